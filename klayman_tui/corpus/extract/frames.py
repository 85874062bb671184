"""Cue frames: the ways news writing says who spoke, as patterns over token classes.

Each frame is a named sieve over one sentence's class string (see ``tokens``): ``@`` is
the quotation being attributed, ``Q`` another one, ``N`` a name (``M`` one with 's),
``P`` he/she/they, ``V`` a speech verb, ``G`` its -ing form, ``D`` a determiner,
``n``/``O``/``s`` a role, organisation or statement noun, ``a`` an auxiliary or adverb,
``T`` "that", ``k t`` "according to", ``x`` who/which, ``w``/``W`` other words. A frame
places the speech verb (group ``v``) or the speaker (group ``s``) relative to the
quotation; ``subjects_before`` and ``subjects_after`` then read who the verb's subject
is, past asides ("Smith, a spokesman for Acme, said"), titles and modifiers ("said
Montclair State University political scientist Brigid Harrison"). The decision weighs
every frame that proposed a speaker with the weight fitted for that frame, so a frame
that does not earn its place shows it (``benchmarks/attribution_eval.py --rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..words.lexicon import (CORE_LEMMAS, DAYS, DEFINITE_DETERMINERS, DETERMINERS, FUNCTION_WORDS,
                             MONTHS, OBJECT_LEMMAS, ONE_OF_A_GROUP, SUBORDINATORS,
                             TITLE_WORDS, TITLES, VERB_LEMMA, first_names)
from ..words.roles import COLLECTIVE_NOUNS, ORGANISATION_NOUNS, ROLE_NOUNS
from .names import PLACE_INITIALS, read_run
from .tokens import Window


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    pattern: re.Pattern[str]
    subject: str     # where the speaker is: "before" or "after" the verb, or "slot"
    describes: str   # for the evidence line


def _frame(name: str, pattern: str, subject: str, describes: str) -> Frame:
    return Frame(name, re.compile(pattern), subject, describes)


# Token classes of a bracketed aside after a name: "(D-Calif.)", "(pictured, left)".
BRACKET_ASIDE_TOKENS = 8
# Token classes from a quotation to its cue's verb, or back from a verb to the comma that
# opens an aside: room for "the bureau's director, James Comey, a former prosecutor,".
SUBJECT_REACH = 24
# Words a noun phrase's run of modifiers goes past its first: "the former Florida state
# senator", "Montclair State University political scientist"; a longer run is a clause.
MODIFIER_RUN = 6
# Words of one item of a list inside an aside: "Space", "refugees", "Latin America".
LIST_ITEM_WORDS = 3
# Token classes between a cue's verb and the comma that sets the cue off: "“…” if …,
# said the party's new leader" before the verb, "“…,” she said," after it.
CUE_TOKENS = 9
# Token classes of a clause between a quotation and the comma before its cue: "“…” if
# the measure passes in its present form, said X".
CLAUSE_TOKENS = 16
# Words before the head of a noun phrase ("the party's new deputy leader"), and inside
# an "of" phrase after it ("a spokesman for the city's housing authority").
NP_MODIFIERS = 5
OF_PHRASE_MODIFIERS = 3
# Tokens after the verb "was" to the colon: "was a simple one:".
COPULA_TOKENS = 5
# Words between a possessive and the statement noun: "X's long-awaited declaration".
POSSESSIVE_MODIFIERS = 3
# Token classes of an opening adverbial before the comma and the sentence's subject:
# "On Monday,", "In a statement on Friday,".
ADVERBIAL_TOKENS = 5
# A longer opening phrase, which may name others, when it opens with a preposition or a
# participle of speech: "During a speech in Ohio, Trump attacked …", "On Thursday, after
# remaining neutral, Warren appeared …", "Speaking to Fox News, which …, Bush referred
# to Rubio as “…”". Token classes of each of its (at most three) parts; the subject
# after it is followed by its verb ("At a rally in Ames, Iowa, on Sunday, Clinton
# tried": not Iowa).
OPENING_PHRASE_TOKENS = 20
_OPENING_PHRASE = (rf"[oG][^.@QPV;:,]{{0,{OPENING_PHRASE_TOKENS}}},"
                   rf"(?:[^.@QPV;:,]{{1,{OPENING_PHRASE_TOKENS}}},){{0,2}}")
# Token classes of a dateline after its place: ", Dec. 8 (UPI)".
DATELINE_TOKENS = 7

# A noun phrase naming a role, an organisation or a statement.
_NP = (rf"[DM][wWnOsdNaM]{{0,{NP_MODIFIERS}}}[nOsW]"
       rf"(?:oD?[wWnOdN]{{0,{OF_PHRASE_MODIFIERS}}}[NWnO])?")
SUBJECT = rf"(?P<s>{_NP}|D?N(?:\([^()]{{0,{BRACKET_ASIDE_TOKENS}}}\))?|P|[nO])"

# A role's words before the name "according to" gives ("according to media and PR
# strategist Glen Yearwood": the name, not "PR").
_ROLE_BEFORE_NAME = r"(?:[wWnNOc]{0,6}?[nO](?=N))?"

# Read from the quotation on (matched at its ``@``).
AFTER = (
    _frame("quote-subject-verb",
           rf"@[,.]?(?=[NPDMnOaWw]|s[wn]|p[wWnOs])(?![DM]s[NP])[^.@QVGTx;:]{{1,{SUBJECT_REACH}}}?"
           rf"(?:x[^.@QGTx;:,]{{1,{CLAUSE_TOKENS}}},[^.@QVGTx;:]{{0,{CUE_TOKENS}}}?)?(?P<v>V)",
           "before", "“…,” she said"),  # (a relative clause may hold a verb of its own:
    #                                     "“…,” X, a resident who tweeted about it, said";
    #                                     not a statement's noun and a name or pronoun,
    #                                     whose verb is a relative clause's: "“…,” a
    #                                     claim Arai has denied")
    _frame("quote-verb-subject", r"@[,.]?a*(?P<v>V)", "after", "“…,” said X"),
    _frame("quote-clause-cue",
           rf"@[^.@Q;:]{{1,{CLAUSE_TOKENS}}}?,(?!x)[^.@QVGTx,;:]{{0,{CUE_TOKENS}}}?(?P<v>V)",
           "either", "“…” if …, said X"),
    _frame("quote-according-to", rf"@[,.]?kt{_ROLE_BEFORE_NAME}{SUBJECT}", "slot",
           "“…,” according to X"),
    _frame("quote-as-put", rf"@[,.]?z{SUBJECT}a*(?P<v>V)", "slot", "“…,” as X put it"),
    # (with the credit's role after a comma: "“…” — Dr. Maya Singh, housing economist")
    _frame("quote-dash-name", r"@[.,]?-(?P<s>N)(?:,[^.@QV;:]{1,6})?[.,]?$", "slot", "“…” — X"),
    _frame("quote-statement-of",
           rf"@[,.]?a+[DM][wWa]{{0,3}}so(?P<s>N|{_NP})",
           "slot", "“…” is the verdict of X"),
    _frame("quote-quoted-as",
           rf"@[,.]?[^.@QVGx;:]{{1,{SUBJECT_REACH}}}?(?<![ot])(?P<s>N|{_NP})"
           rf"(?:,[^.@QVGz;:]{{1,{SUBJECT_REACH}}},)?a*zG",
           "slot", "“…,” the paper quoted X as saying"),  # (not "was quoted by the Sun
    #                                as", "a source close to Keir Starmer as")
)
# Read before the quotation, in its sentence (searched in the classes up to ``@``).
BEFORE = (
    _frame("verb-that", r"(?P<v>V)a*(?:[NPp]|[DM]?[wn])?a*T[^.@]*?@$", "before",
           "X said that “…”"),
    _frame("according-to", rf"kt{_ROLE_BEFORE_NAME}{SUBJECT}[^.@]*?@$", "slot",
           "according to X, “…”"),
    _frame("quoted-as-saying",
           rf"(?P<s>N|{_NP})(?:\([^()]{{0,{BRACKET_ASIDE_TOKENS}}}\))?"
           rf"(?:,[^.@QVGz;:]{{1,{SUBJECT_REACH}}},)?a*zG[^.@]*?@$", "slot",
           "quoted X as saying “…”"),
    _frame("statement-of", rf"[DM][wWa]{{0,3}}so(?P<s>N|{_NP})[,:]?@$", "slot",
           "in the words of X, “…”"),
    _frame("statement-subject",
           rf"^(?P<s>[DM][wWd]{{0,3}}s)(?:,[^.@QVGTx;:]{{1,{SUBJECT_REACH}}},)?a*@$", "slot",
           "the communiqué “reaffirmed …”"),
    _frame("possessive-statement",
           rf"(?P<s>M)[wWd]{{0,{POSSESSIVE_MODIFIERS}}}s(?:[,:]?(?:T|[,:])?"
           rf"|(?:,[^.@Q;:]{{1,{SUBJECT_REACH}}},)?a[^.@QV;:]{{0,{COPULA_TOKENS}}}:)@$", "slot",
           "X’s declaration that “…”"),  # (or what it was: "Gauvreau's central message,
    #                                    repeated several times, was a simple one: “…”")
)
# "in the words of X, “…”": a cue with no verb, before which the sentence's own subject
# is no speaker.
STATEMENT_OF = next(f.pattern for f in BEFORE if f.name == "statement-of")
AFTER_NAMES = frozenset(f.name for f in AFTER)
# Frames that tie a quotation to its speaker tightly enough to keep a short one
# ("…,” she said of the “hopes and fears”) or one nested in an interview answer.
DIRECT = frozenset(f.name for f in AFTER if f.name != "quote-clause-cue") | {
    "verb-that", "according-to", "statement-of", "statement-subject", "possessive-statement",
    "reported", "reported-farther"}
# Any speech verb before the quotation in its sentence ("X said the deal was “…”").
VERB = re.compile(r"V")
PARTICIPLE = re.compile(r"(?<!z)G[^.@]*?@$")  # (not "as saying": quoted-as-saying)
COLON = re.compile(r":@$")
# A label: the sentence is only a name and its description before the colon, or a name
# after a dash ("… for Republican contests - Philip Bump: “…”").
NAME_COLON = re.compile(
    rf"(?:^[^.@QVGTx,;:]{{0,{MODIFIER_RUN}}}?|-)(?P<s>N)"
    rf"(?:\([^()]{{0,{BRACKET_ASIDE_TOKENS}}}\))?:@$")
# The sentence's subject: its first name, pronoun or noun phrase (past an opening
# adverbial: "On Monday, Smith …").
# (Opened by a conjunction or an adverb or two: "And then Trump went on, saying, “…”".)
_SUBJECT_OPENING = (
    rf"(?:[^.@QNPVGM,]{{1,{ADVERBIAL_TOKENS}}},|(?P<o>{_OPENING_PHRASE})|c?a{{0,2}})?{SUBJECT}"
    r"(?(o)(?=[wVaG]))")
_SUBJECT_AT = re.compile(_SUBJECT_OPENING)  # matched at a position (after a dateline)
# A dateline: a place in capitals before a dash ("TALLAHASSEE —", "WASHINGTON, Dec. 8
# (UPI) —"), not the sentence's subject.
DATELINE = re.compile(rf"N[^.@QPVGM\-]{{0,{DATELINE_TOKENS}}}-")


def name_colon(window: Window, head: str) -> re.Match[str] | None:
    """A label before the colon (``NAME_COLON``), but not a name after "in", "into",
    "on" or "to", a language or a medium ("ended his homily in Irish:", "wrote on
    Facebook:"; "The response from Anthony Albanese:" is his)."""
    found = NAME_COLON.search(head)
    at = found.start("s") if found is not None else 0
    if at and head[at - 1] == "o" and window.words[at - 1].lower() in _MEDIUM_BEFORE:
        return None
    return found


_MEDIUM_BEFORE = frozenset(("in", "into", "on", "to"))


def _subordinate_opening(window: Window, classes: str, start: int) -> int | None:
    """Where the main clause starts after a clause a subordinating word opens at
    ``start`` ("When the appeals court blocked the plan, …"), within the reach of an
    opening phrase; None when the sentence opens otherwise."""
    lead = start
    while lead < min(start + 2, len(classes)) and (
            window.words[lead].lower() not in SUBORDINATORS) and (
            classes[lead] in "wda" or lead == start and classes[lead] == "N"
            and " " not in window.words[lead]):
        # (past a word or two of time before it, the first read as a name for its
        # capital: "Hours after the charges were announced, …", "Two days before …")
        lead += 1
    if lead >= len(classes) or window.words[lead].lower() not in SUBORDINATORS:
        return None
    comma = classes.find(",", start, start + OPENING_PHRASE_TOKENS + 1)
    if comma < 0 or any(c in "@Q.;:" for c in classes[start:comma]):
        return None
    return comma + 1


# Tokens of a lead-in before a colon that opens a sentence ("Worth noting:", "Also on
# the list:").
LEAD_IN_TOKENS = 4


def subject_of_sentence(window: Window, classes: str) -> tuple[int, int] | None:
    """The sentence's subject in ``classes`` (the window's, or the part before the
    quotation), past a dateline, as its first token and the token after its last; a
    name before a role and a name is the second name's modifier ("Former Obama
    speechwriter Jon Favreau published …")."""
    start = 0
    dateline = DATELINE.match(classes)
    if dateline and window.words[0].isupper():
        start = dateline.end()
    lead = classes.find(":", start, start + LEAD_IN_TOKENS + 1)
    if lead > start + 1 and classes[lead + 1:lead + 2] in ("N", "D", "M", "P") and (
            "V" not in classes[start:lead]):
        # "Worth noting: Kettle herself was on the airwaves, telling …": a few words set
        # before a colon lead in to the sentence, whose subject comes after it (two or
        # more: one is a name's, "Sanders: Clinton needs to …" is Sanders's)
        start = lead + 1
    opening = _subordinate_opening(window, classes, start)
    if opening is not None:
        # "When the appeals court blocked the plan, Missouri Attorney General Andrew Bailey
        # celebrated on X, writing": the subject after the clause, followed by its verb
        found = _SUBJECT_AT.match(classes, opening)
        if found is not None and found.group("s") and (
                classes[found.end("s"):found.end("s") + 1] in ("w", "V", "a", "G")):
            start = opening
    found = _SUBJECT_AT.match(classes, start)
    if found is None or not found.group("s"):
        if classes[start:start + 2] == "Dd" and AGE_WORD_RE.fullmatch(window.words[start + 1]):
            return start, start + 2  # "The 34-year-old added:"
        if classes[start:start + 3] == "DwN" and window.words[start + 1].endswith(("'s", "’s")):
            return start + 2, start + 3  # "The state's Water Minister": the office named
        if classes[start:start + 2] == "MN":
            return start + 1, start + 2  # "Slant Magazine’s Tom Pierce was cooler": his
        if classes[start:start + 2] in ("pn", "pO") and (
                window.words[start].lower() in POSSESSIVES) and (
                "s" not in classes[start + 2:start + 4]):
            # "His office put out a statement saying": his office (not a role's word in a
            # statement's name: "Her victim impact statement was read")
            return start + 1, start + 2
        return None
    first, end = found.span("s")
    if classes[first] in "nO" and all(c in "nOw" for c in classes[first:end]):
        # "Republican presidential candidate Donald Trump took to Twitter, writing:": the
        # name after the words of a role that open the sentence, not the first of them
        name = end
        while name < len(classes) and name - first <= MODIFIER_RUN and classes[name] in "nOw":
            name += 1
        if name < len(classes) and classes[name] == "N" and name - first <= MODIFIER_RUN:
            return name, name + 1
    if classes[first] == "D" and classes[end - 1] == "N" and classes[end:end + 2] in (
            "wa", "wV", "w,") and AGENT_RE.search(window.words[end]):
        # "The Coventry fighter was gracious in defeat, posting on X:": the one the
        # description stands for, not Coventry (a noun for a person that no list holds)
        return first, end + 1
    if classes[end - 1] != "N" and classes[end:end + 2] == ",N" and (
            classes[end + 2:end + 3] in (",", "(", "V", "w", "a")):
        # "Jalen’s sister, Kiana Carter, 22, turned … and spoke directly to Tillery:": the
        # name set off after the description that opens the sentence
        return end + 1, end + 2
    if classes[end - 1] == "N":
        # (the role's words: "standing committee member" too, a role noun among them)
        role = end
        while role < len(classes) and role - end < MODIFIER_RUN and (
                classes[role] in "nOw"):
            role += 1
        if role > end and role < len(classes) and classes[role] in "NM" and (
                "n" in classes[end:role] or all(
                    classes[k] == "w" and AGENT_RE.search(window.words[k])
                    for k in range(end, role))):
            return role, role + 1
    return first, end


_NOMINAL = set("nOsW")
_MODIFIER = set("wWnNOdaM")
_MODIFIER_BACK = set("wWnNOdaQ")  # reading back, a determiner or an 's ends the phrase
# ("the “Pose” actor": a quoted title inside the phrase is one of its words)


# A name set off after a role and its body, if any: ", Thomas Reuter," / " of Cavan
# County Council, Cllr Eamon Tierney," (the name is the token before the last).
_NAME_SET_OFF_AFTER = re.compile(r"(?:o[DMwWnNOd]{1,5})?,N,")
# A sentence opening on a noun phrase and a relative clause with no comma: "The family
# that has run …", "A man who lives next door …" (group head: the noun).
_RELATIVE_SUBJECT_RE = re.compile(r"[DM][wd]{0,3}(?P<head>[nO])[Tx][aw]")
_CLAUSE_BREAKS = frozenset(",;:.@QVTx")


def subjects_before(window: Window, verb: int, floor: int = 0) -> list[tuple[int, int, str]]:
    """Who is the subject of the verb at token ``verb``, reading back: (first token,
    last token, how), nearest first. Adverbs, a bracket ("Sen. Jane Doe (R-Warren)
    said") and asides between commas ("Smith, a spokesman for Acme, said", "X, for
    example, said") are passed over; a name inside an aside is offered too ("the
    bureau's director, James Comey, said")."""
    classes = window.classes
    found: list[tuple[int, int, str]] = []
    if passive(window, verb, floor):
        return found  # "she was told that “…”": the words are somebody else's
    relative = _RELATIVE_SUBJECT_RE.match(classes, floor)
    if relative is not None and relative.end() < verb and not (
            _CLAUSE_BREAKS.intersection(classes[relative.end():verb])):
        # "The family that has run one of Fitzroy's oldest pubs for half a century
        # says": the noun a relative clause is about, which the verb comes back to
        # (not a verb right after the clause's first word, its subject: "A teenager
        # who detectives described as “…”")
        return [(floor, relative.start("head"), "aside")]
    i = _skip_back(classes, verb - 1, floor)
    if i - 1 > floor and classes[i] == "t" and window.words[i - 1].lower() in _HABITS:
        # "“A choir is a coalface,” he liked to tell new members": he, who liked to
        i = _skip_back(classes, i - 2, floor)
    i = _skip_back(classes, _past_time(window, i, floor), floor)
    if i - 1 > floor and classes[i] == "w" and _participle(window, i) and (
            _past_time(window, verb - 1, floor) < verb - 1 or classes[verb - 1] == "a"):
        # "A BGMEA statement issued last night said", "A report published yesterday
        # found": the noun the participle and its time are said of
        i -= 1
    if i < floor or window.words[i].lower() in SUBORDINATORS:
        return found  # "… if asked", "when told": a clause with no subject of its own
    how = "next-to-verb"
    # Before a plain verb of saying any noun will do: "the voice said", "the harbour
    # trust, which owns the port, said".
    loose = VERB_LEMMA.get(window.words[verb].lower()) in CORE_LEMMAS
    if classes[i] in ",-":
        named = _before_asides(classes, i, floor)
        if named is not None:
            return [(named, named, "aside")]
        # An aside: "Smith, a spokesman for Acme, said" / "X, who represents Y, said".
        opening = _aside_opening(classes, i, floor, window.words)
        if opening <= floor:
            opening = _relative_opening(classes, i, floor)
        if opening <= floor:
            named = _from_body(window, i, floor)
            return [(named, named, "aside")] if named is not None else found
        inside = [j for j in range(opening + 1, i) if classes[j] == "N"]
        before = _skip_back(classes, opening - 1, floor)
        if before - 1 > floor and (classes[before] == "d" or _PARTY_RE.match(
                window.words[before])) and classes[before - 1] == ",":
            # "Linda Greaves, 54, who sat … with his brother Jason, said": past an age,
            # or a party and state ("Rep. Colleen Brandt, D-Va., a member of …, said")
            before = _skip_back(classes, before - 2, floor)
        if before - 1 > floor and classes[before] == "x" and classes[before - 1] == ",":
            # "Bret Stephens, who, after trading insults with Mr. Hannity, said"
            before = _skip_back(classes, before - 2, floor)
        head = _past_places(window, _head_before(window, before, floor, loose), floor)
        if head is not None and classes[head[0]] == "D" and (
                not inside or classes[opening + 1] not in "NDW"):
            # "An aide to the president, speaking on condition of anonymity, said": the
            # aide, not the preposition's object (nor when the aside names others: "A
            # petition opposing the expansion, presented by the group Center Hill
            # Concerned Citizens, asked")
            head = _before_prepositions(window, head[0], floor, loose) or head
        if head is not None and inside and head[0] == head[1] and (
                window.words[head[0]].lower() in ONE_OF_A_GROUP):
            head = None  # "One, a retired teacher named Mary Jones, said": hers
        if head is not None:
            found.append((*head, "aside"))
        # (an aside that is a name, or "the" and a name: "A third, the Acequia del Llano,")
        named_aside = inside and (classes[opening + 1] == "N" or opening + 3 == i and (
            classes[opening + 1:i] == "DN" and window.words[opening + 1].lower() == "the"
            # (or an age before it: "Her grandson, 16-year-old Marcus, said")
            or classes[opening + 1:i] == "dN" and AGE_WORD_RE.fullmatch(
                window.words[opening + 1]) is not None)
            # (or capitalised words of a title before it: "Most Rev. Nicholas Okoh",
            # "His Eminence Oliver Aba")
            or classes[opening + 1:i].lstrip("pwW") == "N" and all(
                window.words[k][:1].isupper() for k in range(opening + 1, i)))
        titled = head is not None and classes[head[0]] == "N" and (_is_title(
            window.words[head[0]]) or head[0] - 1 >= floor and classes[head[0] - 1] == "p"
            and window.words[head[0] - 1].lower() in POSSESSIVES)
        # (or a name in a possessive's phrase: "Its Scotland national official, Morag
        # Sinclair, said": hers, not Scotland's)
        of = head is not None and _after_preposition(classes, head[0], floor)
        if named_aside and (
                head is None or classes[head[0]] in "DMnO" or classes[head[0]] == "N" and (
                    of
                    # (a body's in the possessive between, after the one role opening
                    # the clause: "The chair of Halbrook’s Board of Trustees, Patricia
                    # Almquist, said"; not "An aide to the national chairman of
                    # Nigeria's Labour Party, Julius Abure, said")
                    or _role_of_possessive(classes, head[0], floor)
                    or titled
                    # (the second of two a preposition joins: "the Minister of Youth and
                    # Sports Development, Abdullahi Garba Idris, said")
                    or _second_of_two(classes, head[0], floor))):
            # (after a name that a preposition makes a place or a body: "The head of
            # the … secretariat at Kompania Węglowa, Henryk Ślęzak, said"; or after a
            # title in capitals: "The Opposition Leader, Peter Halloran, accused")
            if head is not None and (classes[head[0]] in "DM" or titled or of or (
                    head[0] - 1 >= floor and _second_of_two(classes, head[0], floor))):
                # "The pipeline's developer, Prairie Midstream Partners of Houston,
                # said": the description is the one its aside names, no one before; so
                # is a role's body ("the Minister of Youth and Sports Development,
                # Abdullahi Garba Idris, said": not Sports Development)
                found.remove((*head, "aside"))
            found.append((inside[0], inside[0], "appositive-name"))
        elif inside and classes[i - 1] == "N" and (head is None or classes[head[0]] in "DMnO") \
                and (all(c in _ROLE_ASIDE for c in classes[opening + 1:i]) or (
                    window.words[opening + 1].lower() == "the" and not set("nO").isdisjoint(
                        classes[opening + 2:i]) and all(c in _ROLE_ASIDE
                                               for c in classes[opening + 2:i]))):
            # "The head of the observer mission, former Botswana foreign minister Lesedi
            # Motsumi, said": an aside of a role's words ending in the name (after "the"
            # too: "Marsh’s coach, the former Davis Cup player Andy Kemp, said"; "Its
            # owner, the Leeds-based pub company Moorland Inns, told")
            found.append((i - 1, i - 1, "appositive-name"))
        return found
    if classes[i] == "x":
        # "Charlie Sykes, who lamented in an interview, “…”", "Rikkie Wells who
        # tweeted, “…”": the one the relative clause is about.
        before = _skip_back(classes, i - 1, floor)
        if before > floor and classes[before] == ",":
            before = _skip_back(classes, before - 1, floor)
        # A name right before it is the one ("this tweet from Rikkie Wells who", "the
        # mouth of Donald Trump, who"), but not a place after "of" or "in" ("Sen.
        # Marco Rubio of Florida, who", "the mayor of London, who", "a voter in Ohio
        # who"): the one before it is.
        if before >= floor and classes[before] == "N":
            place = (before - 2 >= floor and classes[before - 1] == "o"
                     and window.words[before - 1].lower() in _PLACE_PREPOSITIONS
                     and not _person_named(window.words[before]))
            if place and classes[before - 2] == "N":
                head = (before - 2, before - 2)
            elif place:
                head = _head_before(window, before - 2, floor)
            else:
                head = _past_places(window, (before, before), floor)
        else:
            head = _past_places(window, _head_before(window, before, floor, loose), floor)
            if head is not None:
                head = _named_before_of(window, head, floor)
            if head is not None and classes[head[0]] == "D" and head[0] - 2 >= floor and (
                    classes[head[0] - 2:head[0]] == "N,"):
                # "Dennis Ochoa, a retired bus mechanic who said he …": the one the
                # description is set off after
                head = (head[0] - 2, head[0] - 2)
        if head is not None:
            found.append((*head, "aside"))
        return found
    if classes[i] == "c":
        # "Roberts said Friday that … but said “…”": the subject of the verb before.
        earlier = classes.rfind("V", floor, i)
        that = classes.rfind("T", max(earlier, floor), i)
        if earlier >= 0 and that > earlier and that + 1 < i and classes[that + 1] in "NP":
            # "Mrs Marsh told the court that Greaves was … and had told officers: “…”":
            # the verb is the reported clause's, and so is its subject.
            return [(that + 1, that + 1, "coordinated")]
        if earlier >= 0:
            return [(a, b, "coordinated") for a, b, _ in subjects_before(window, earlier, floor)]
        if floor == 0:
            # "Ó Muirí rejected the claim as “…” and accused the DUP of “…”": the verb
            # before is no speech verb, and the sentence's subject is the one.
            subject = subject_of_sentence(window, classes[:i])
            opens = classes[subject[0]] if subject is not None else ""
            set_off = _NAME_SET_OFF_AFTER.match(classes, subject[1]) if (
                subject is not None and opens in "DM") else None
            if set_off is not None:
                # "Bavaria's state interior minister, Thomas Reuter, welcomed the flight
                # but said it was “…”": the name set off after the role (past the role's
                # body: "The Cathaoirleach of Cavan County Council, Cllr Eamon Tierney,
                # attended … and said")
                return [(set_off.end() - 2, set_off.end() - 2, "coordinated")]
            if subject is not None and (opens in "NP" or opens in "DM" and classes[
                    subject[0] + 1:subject[0] + 2] in ("w", "W", "n", "N", "O", "s")):
                # (a determiner that opens a noun phrase, "An analysis by …", not a
                # pronoun of its own: "This is why Democrats … cry “…”")
                return [(subject[0], subject[1] - 1, "coordinated")]
        return found
    head = _participle_subject(window, i, floor)
    if head is None:
        head = _head_before(window, i, floor, loose)
        if head is not None and classes[head[0]] == "N":
            head = _joined_body(window, head, floor)
        if head is not None and (classes[head[0]] in "DM" or _opens_an_object(
                window, head[0], floor) or classes[head[0]] == "N" and (
                head[1] > head[0] and classes[head[1]] in "nOw" or head[0] > floor
                and classes[head[0] - 1] == "o"
                and window.words[head[0] - 1].lower() in _WHERE_PREPOSITIONS)):
            # (or a name and its noun: "a doctor in Mandalay city told", "a spokesman for
            # one armed group in Sagaing region told"; or a name where one is: "A war
            # blogger with half a million followers on Telegram wrote")
            outer = _before_prepositions(window, head[0], floor, loose)
            if outer is not None and classes[head[0]] == "M" and classes[outer[0]] in "Dn":
                # "the co-chairs of the BMA's junior doctors committee said": the role
                # and the body it is of, as "the co-chairs of the BMA" is read
                outer = outer[0], head[1]
            head = outer or head
        elif head is None and (classes[i] in "sOn" or loose and classes[i] == "w"):
            head = _phrase_before_of(window, i, floor, loose)
        elif head is None and classes[i] == "w":
            head = _text_before_of(window, i, floor)
    if head is None or classes[head[0]] != "P":  # ("… who gained fame when he yelled")
        head = _before_relative(window, head[0] if head is not None else i, floor) or head
    if head is not None:
        named = _unclosed_aside(classes, head[0], floor)
        if named is None and head[0] == head[1] and classes[head[0]] == "N":
            named = _role_holder(window, head[0], floor) or _affiliated(window, head[0],
                                                                          floor)
        if named is not None:
            return [(named, named, "aside")]
        owner = head[0] - (classes[head[0]] != "p")  # (his, in "his team")
        if owner - 2 >= floor and classes[owner - 2:owner + 1] == "Ncp" and (
                window.words[owner].lower() in ("his", "her")):
            # "Paganini and his team wrote": the one named, whose the others are
            head = owner - 2, owner - 2
        found.append((*head, how))
    return found


def _role_of_possessive(classes: str, name: int, floor: int) -> bool:
    """Whether the name at token ``name`` is a body's in the possessive after "of" and
    the one role noun opening its clause ("The chair of Halbrook’s Board of …")."""
    role = name - 3
    if role - 1 < floor or classes[role:name] != "noM" or classes[role - 1] != "D":
        return False
    return role - 2 < floor or classes[role - 2] in ",.;:@Q"


def _text_before_of(window: Window, i: int, floor: int) -> tuple[int, int] | None:
    """A text's noun phrase and the "of" phrase in small letters after it, ending at
    token ``i`` ("The Environmental Protection Agency's most recent assessment of water
    quality found"): the text's phrase; None when the words before ``i`` are no such
    phrase."""
    classes = window.classes
    k = i
    while k - 1 >= floor and i - k < OF_PHRASE_MODIFIERS and classes[k - 1] == "w":
        k -= 1
    if k - 2 < floor or classes[k - 1] != "o" or window.words[k - 1].lower() != "of" or (
            classes[k - 2] != "s"):
        return None
    head = _head_before(window, k - 2, floor, True)
    return head if head is not None and classes[head[0]] in "DM" else None


def _phrase_before_of(window: Window, i: int, floor: int, loose: bool
                     ) -> tuple[int, int] | None:
    """"A board of inquiry found that", "a spokesman for committee Democrats said": a
    preposition's object with no determiner of its own (ending at token ``i``) ends the
    phrase the clause opens with."""
    start = i
    while start - 1 >= floor and window.classes[start - 1] in "wWnNOd":
        start -= 1
    return _before_prepositions(window, start, floor, loose)


# Participles that say who wrote a text: "a statement issued by the ministry said" is
# the ministry's (not "a document seen by Reuters says": the document's).
_AUTHORSHIP_PARTICIPLES = frozenset("""issued released published written signed sent
posted prepared produced compiled drafted filed submitted authored""".split())


def _participle_subject(window: Window, i: int, floor: int) -> tuple[int, int] | None:
    """The subject when the clause opens with a noun phrase and a participle's "by"
    ("A document seen by Reuters says", "The man arrested by police on Monday said",
    "A board of inquiry convened by the army found"): the noun phrase, not the agent
    after "by"; but when the phrase is a text and the participle says who wrote it, the
    agent ("a statement issued by the ministry said"). None when the clause opens with
    no such phrase."""
    classes, words = window.classes, window.words
    start = i
    while start - 1 >= floor and classes[start - 1] not in _CLAUSE_MARKS:
        start -= 1
    for by in range(start + 2, i + 1):
        if classes[by] != "o" or words[by].lower() != "by":
            continue
        participle = words[by - 1].lower()
        if classes[by - 1] not in "wV" or not participle.endswith(("ed", "en", "wn")):
            return None
        head = _head_before(window, by - 2, floor, True)
        if head is None and classes[by - 2] in "sO":
            head = _phrase_before_of(window, by - 2, floor, True)
        if head is None or head[0] != start or classes[start] not in "DMnN":
            return None
        if classes[by - 2] == "s" and participle in _AUTHORSHIP_PARTICIPLES:
            # the one who wrote it: "A report published by the agency on Monday said"
            # (or the text, where the agent is no name nor role the slot can read: "A
            # national report published by the church last year warned")
            return passive_agent(window, by - 1) or head
        return head
    return None


def _named_before_of(window: Window, head: tuple[int, int], floor: int) -> tuple[int, int]:
    """The name set off before "of" and the phrase at ``head`` ("Rubén Tapia Cruz, of the
    ruling party, who called …": his, whose party the aside says), else ``head``."""
    classes, start = window.classes, head[0]
    while start - 1 >= floor and classes[start - 1] in "wWsnO":
        start -= 1
    if start - 1 >= floor and classes[start - 1] == "D":
        start -= 1
    if start - 3 >= floor and classes[start - 3:start] == "N,o" and (
            window.words[start - 1].lower() in ("of", "from")):
        return start - 3, start - 3
    return head


def _joined_body(window: Window, head: tuple[int, int], floor: int) -> tuple[int, int]:
    """The whole name of a body a role is for when "and" joins two names in it ("A
    spokesperson for the City and Borough of Juneau said"), else ``head`` (not "The
    International Federation of Red Cross and Red Crescent Societies said": one name,
    after "of")."""
    classes, at = window.classes, head[0]
    if at - 4 < floor or classes[at - 2:at] != "Nc" or window.words[at - 1] != "and":
        return head
    joined = at - 2 - (classes[at - 3] == "D")
    if joined - 2 >= floor and window.words[joined - 1].lower() == "for" and (
            classes[joined - 2] == "n"):
        return joined, head[1]
    return head


# Prepositions of where one is or what one has, never of whom a role serves ("of", "for",
# "at": "a spokesman for Acme said" is read with its body).
_WHERE_PREPOSITIONS = frozenset("on in with from near inside outside across".split())


def _before_relative(window: Window, start: int, floor: int) -> tuple[int, int] | None:
    """The subject when the phrase at ``start`` closes a relative clause with no
    commas ("Inspectors who visited the school described it as …"): the noun the
    clause is about, before "who"; None when no "who" opens the words back to the
    clause's start."""
    classes = window.classes
    k = start - 1
    while k - 1 >= floor and classes[k] not in _CLAUSE_MARKS:
        if window.words[k].lower() in SUBORDINATORS and not (
                window.words[k + 1].endswith("ing") and window.words[k + 1][:1].islower()):
            # "the congressman who gained fame when the crowd yelled" (but "who died
            # after being hit by a van": a clause with no subject of its own; "after
            # Sterling said" has one)
            return None
        k -= 1
    if k - 1 >= floor and classes[k] == "x" and window.words[k].lower() == "who" and (
            classes[k - 1] in "nNOwW") and (classes[k + 1] not in "DNnMPOp" and not (
            group_noun(window.words[k + 1].lower())) or _says_between(window, k + 1, start)):
        # (a clause whose subject is "who": not "A teenager who detectives described
        # as …", "The official who Judge Helen Okafor called …"; but "A man who police
        # say stabbed his neighbour": who, as others say)
        return _head_before(window, k - 1, floor, True)
    return None


def _says_between(window: Window, at: int, end: int) -> bool:
    """Whether a short subject at ``at`` and a verb of speech after it only say who
    says what follows ("who police say stabbed", "who she said attacked her"), a verb
    of the clause coming after them before ``end``."""
    classes = window.classes
    verb = at + 1 if classes[at] in "NOP" or group_noun(window.words[at].lower()) else (
        at + 2 if classes[at:at + 2] in ("Dn", "DO") else -1)
    return 0 < verb < end - 1 and classes[verb] == "V" and classes[verb + 1] in "wW"


def _unclosed_aside(classes: str, start: int, floor: int) -> int | None:
    """A name before a description that opens with a comma and is not closed by one
    before the verb: "Sam Lau, the communications director for the Iowa Democratic
    Party said", "Eric Abensur, Wanadoo's chief executive told" are theirs (the name
    opening its clause: not "To Trump, the nominee said")."""
    if classes[start] not in "DnM" or start - 2 < floor or classes[start - 1] != ",":
        return None
    return _name_opening(classes, start - 2, floor, "@Q:(c")


def _role_holder(window: Window, body: int, floor: int) -> int | None:
    """The name before a role whose words end in the body named at ``body`` after a
    preposition, set off by a comma that is never closed, or by nothing: "Will Davies,
    senior research fellow at the IPPR told", "Dr Mark Tuffy games systems director at
    digital content firm THX told", "Doug Andres, a spokesman for House Speaker Paul Ryan
    told", "Jeff Joseph, from the Consumer Electronics Association told" (the name
    opening its clause; not the body)."""
    classes = window.classes
    k = body - 1
    while k >= floor and classes[k] in "wWOD":  # "the", "digital content firm"
        k -= 1
    if k - 1 < floor or classes[k] != "o":
        return None
    if classes[k - 1] == "," and window.words[k].lower() == "from":
        return _name_opening(classes, k - 2, floor, "@Q:(c")
    role = k - 1
    k = role
    while k >= floor and role - k < MODIFIER_RUN and classes[k] in "nwW":
        k -= 1
    if k == role or "n" not in classes[k + 1:role + 1]:
        return None
    if k - 1 >= floor and classes[k] == "D" and classes[k - 1] == ",":
        k -= 1  # "Doug Andres, a spokesman for House Speaker Paul Ryan told"
    if k >= floor and classes[k] == ",":
        k -= 1
    name = _name_opening(classes, k, floor, "@Q:(c")
    if name is not None and _person_named(window.words[body]) and not _person_named(
            window.words[name]):
        return None  # "Pistons president of basketball operations Marcus Ellington
        #              said": the person after the role, of the team before it
    return name


def _from_body(window: Window, comma: int, floor: int) -> int | None:
    """The person named before a body after "from", "of" or "at" that a comma closes
    though none opened it: "Kirsten Pfeifer from the Consumer Electronics Association,
    told" (the person's name opening the clause)."""
    classes = window.classes
    k = comma - 1
    if k < floor or classes[k] != "N":
        return None
    k -= 1
    while k >= floor and classes[k] in "DwWO":
        k -= 1
    if k - 1 < floor or classes[k] != "o" or window.words[k].lower() not in _AFFILIATING:
        return None
    name = _name_opening(classes, k - 1, floor, "@Q:(c")
    return name if name is not None and _person_named(window.words[name]) else None


_AFFILIATING = frozenset(("from", "of", "at", "with"))


def _affiliated(window: Window, body: int, floor: int) -> int | None:
    """The person named before a body set off by a comma that is never closed: "Colin
    Asplin, Blackpool Hotel Association said" (the person's name opening the clause, a
    first name and more; the body's no person's)."""
    if body - 2 < floor or window.classes[body - 1] != "," or _person_named(
            window.words[body]):
        return None
    name = _name_opening(window.classes, body - 2, floor, "@Q:(c")
    return name if name is not None and _person_named(window.words[name]) else None


def _name_opening(classes: str, i: int, floor: int, marks: str) -> int | None:
    """The name at or before ``i`` (past adverbs and a bracketed aside), if it opens
    its clause: nothing but adverbs between it and one of ``marks`` or the floor."""
    name = _skip_back(classes, i, floor)
    if name < floor or classes[name] != "N":
        return None
    before = name - 1
    while before >= floor and classes[before] == "a":
        before -= 1
    if before - 1 >= floor and classes[before] == "c" and classes[before - 1] == "N":
        return None  # the second of two names one "and" joins: "In a post shared to
        #              Instagram and X, the 27-year-old wrote"
    return name if before < floor or classes[before] in marks else None


def _past_places(window: Window, head: tuple[int, int] | None, floor: int
                 ) -> tuple[int, int] | None:
    """A name after a preposition, with the region after it ("Clinton, at a meeting in
    Columbus, Ohio, said", "Johnnie Wilson, of Springfield, Va., said") or after "of
    the" ("Mulgrew, president of the Federation, which …, said"), is a place or an
    organisation inside the aside, not the subject: the subject is before the comma that
    opens the whole aside, past an age ("Cecelia Purner, 67, a retiree in Allentown,
    Pa.,")."""
    classes = window.classes
    if head is None or classes[head[0]] != "N":
        return head
    start = head[0]
    if start - 2 >= floor and classes[start - 1] == "," and classes[start - 2] == "N":
        start -= 2  # "Ashton, Md.,": the town before its region
    elif start - 2 >= floor and classes[start - 1] == "D" and classes[start - 2] == "o":
        start -= 1  # "Michael Mulgrew, president of the United Federation of Teachers,
        #             which represents …, said": the organisation is the person's
    if start - 1 < floor or classes[start - 1] != "o":
        return head
    j = start - 1
    for _ in range(2):  # the aside's opening comma, and one more past an age
        comma = classes.rfind(",", max(floor, start - SUBJECT_REACH), j)
        if comma <= floor:
            return head
        j = _skip_back(classes, comma - 1, floor)
        if j < floor or classes[j] != "d":
            break
    found = _head_before(window, j, floor)
    return found if found is not None and classes[found[0]] in "NPDM" else head


# An age as a noun or before one: "the 34-year-old", "the 52-year-old farmer".
AGE_WORD_RE = re.compile(r"(\d+)-year-old")
# A noun for someone who does something: "speechwriter", "columnist", "musician",
# "chairperson".
AGENT_RE = re.compile(r"(?:ist|ian|ess|or|er|person)s?$")
_BE = frozenset("was were is are been being be".split())
# Before a name, what makes it a place or an affiliation, not a person ("of Florida").
_PLACE_PREPOSITIONS = frozenset("of in at near".split())


def _opens_with_title(name: str) -> bool:
    """A run of capitals that opens with a title: "Rev. Peter Wherry", "Hon. Jo Bloggs",
    "Vice President Kamala Harris"."""
    return name.split(None, 1)[0].rstrip(".").lower() in TITLE_WORDS


def _is_title(name: str) -> bool:
    """A run of capitals that ends with a title or a role: "Pennsylvania Gov.", "Foreign
    Minister", "CAN Chairman"."""
    last = name.rsplit(None, 1)[-1].rstrip(".").lower()
    # (titles joined by a hyphen too: "Secretary-General", "Director-General")
    return all(part in TITLES or part in ROLE_NOUNS for part in last.split("-"))


def _after_preposition(classes: str, at: int, floor: int) -> bool:
    """Whether the token at ``at`` is a preposition's object, past its modifiers ("of
    All Nigeria"), or the object of a role's "to" ("ambassador to the EU")."""
    k = at - 1
    while k >= floor and classes[k] in "wW":
        k -= 1
    if k - 2 >= floor and classes[k] == "D" and classes[k - 1] == "t" and classes[k - 2] in "nO":
        return True
    return k >= floor and classes[k] == "o"


def _ends_in_a_person(run: str) -> bool:
    """Whether a run of capitals ends, after a word of its own, in a person's name, as
    names are read (``read_run``): "Commons Oliver Heald" (not "New York Police
    Department", "Saturday Night Harbour", "Mary Smith")."""
    found = read_run(run, True)
    return found is not None and found.kind == "person" and bool(found.before) and (
        len(found.core) >= 2)


def _person_named(name: str) -> bool:
    """A first name and more: a person ("Donald Trump"), not a place ("New York")."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in first_names()


def passive(window: Window, verb: int, floor: int = 0) -> bool:
    """"She was told that …": a speech verb after a form of "to be"; or right after a
    statement's noun and before "by" and its agent ("It is a view shared by Rooney, who
    believes “…”": the view is shared, not sharing)."""
    i = verb - 1
    if i >= floor and window.classes[i] == "s" and window.words[verb + 1:verb + 2] == [
            "by"] and window.classes[verb + 2:verb + 3] in ("N", "D", "M"):
        return True
    while i >= floor and window.classes[i] == "a":
        if window.words[i].lower() in _BE:
            if window.words[i].lower() == "being" and (
                    i - 1 < floor or window.classes[i - 1] not in "aV"):
                return False  # "the penalties being cited by traders were “…”": a
                #               clause about the penalties, not its sentence's verb
                #               (but "she recalled being told by a colleague that")
            return window.words[verb].lower() not in _BE  # "was quoted as saying"
        i -= 1
    return False


def passive_agent(window: Window, verb: int) -> tuple[int, int] | None:
    """Who a passive speech verb's words are, when "by" says so: "was described by one
    critic as “…”", "was called “…” by Senator Maria Ortiz" (first and last token of
    the name or noun phrase after "by"); None when no "by" follows within the cue's
    reach ("was told by phone" is no one's)."""
    classes, words = window.classes, window.words
    quotations = 0
    for k in range(verb + 1, min(len(classes), verb + 1 + CUE_TOKENS)):
        cls = classes[k]
        if cls in ".;:" or cls == "Q" and quotations:
            return None
        if cls == "Q":  # the quotation itself may come between: "called “…” by X"
            quotations += 1
        elif cls == "o" and words[k].lower() == "by":
            first = k + 1
            if first < len(classes) and classes[first] == "N":
                return first, first
            if first < len(classes) and classes[first] in "DM":
                end = first + 1
                while end < len(classes) and end - first <= NP_MODIFIERS and (
                        classes[end] in "wWnNOd"):
                    end += 1
                if end - 1 > first and classes[end - 1] in "nNO":
                    return first, end - 1
            return None
    return None


_LIST_ITEM_RE = re.compile(rf"[wWnNOd]{{1,{LIST_ITEM_WORDS}}}")
# Asides in a row between a name and its verb: "Mark Holden, chairman of the board of
# Freedom Partners, the network's funding arm, said"; "Michael Seaman, who lives outside
# the state capital, Sacramento, said".
ASIDES_IN_A_ROW = 4
# What an aside holds: no quotation, no sentence break and, unless it is a relative
# clause ("who heads the Senate Banking Committee"), no verb, pronoun or "that".
_ASIDE_STOPS = frozenset("@Q.;:")
_CLAUSE_WORDS = frozenset("VGTPk")


def _is_aside(item: str) -> bool:
    if not item or len(item) > SUBJECT_REACH or _ASIDE_STOPS.intersection(item):
        return False
    return item[0] == "x" or (item[0] in "DMnwWdNOo" and not _CLAUSE_WORDS.intersection(item))


def _before_asides(classes: str, closing: int, floor: int) -> int | None:
    """The name before two or more asides in a row that the comma at ``closing`` ends:
    each aside reads as a description of the one before it unless the name that opens
    the row is taken as the subject ("Jean-Marc Ayrault, the foreign minister of France,
    a permanent member of the Security Council, said"). One aside is left to
    ``subjects_before``; a row that does not open with a name alone, at the start of
    its clause, gives None."""
    end = closing
    asides = 0
    while asides <= ASIDES_IN_A_ROW:
        opening = _aside_opening(classes, end, floor)
        if opening <= floor or not _is_aside(classes[opening + 1:end]):
            return None
        asides += 1
        name = _name_opening(classes, opening - 1, floor, ",-@Q:(c")
        if name is None:
            end = opening
            continue  # "the chairman of Freedom Partners,": the name is inside an aside
        # The name opens the clause or stands alone between commas: the row's first
        # ("Smith, 67, a retiree, said"); after one aside, "WASHINGTON — Smith, a
        # spokesman, said" is left as it is read now.
        return name if asides >= 2 else None
    return None


# Words that carry a clause on after an aside set inside it, never opening an aside.
_CLAUSE_GOES_ON = frozenset("was were is are has have had".split())
_RELATIVE_OPENERS = frozenset("who whose which".split())


def _aside_opening(classes: str, closing: int, floor: int,
                   words: list[str] | None = None) -> int:
    """The comma or dash that opens the aside closed at ``closing``, past the commas of
    a list inside it ("Jim Chilton, senior vice president at Boeing Defense, Space, and
    Security, said": the item that opens with "and" ends a list, whose other items are
    a few words with no verb; "the spokesman, Josh Earnest, said" has no list), and
    past the comma between a place and its state or country after a preposition
    ("Lucas Paganini, a scientist at NASA in Greenbelt, Maryland, said"; ``words``
    given, one in initials: "in Washington, D.C.,")."""
    end = closing
    listed = False
    while True:
        low = max(floor, end - SUBJECT_REACH)
        opening = max(classes.rfind(",", low, end), classes.rfind("-", low, end))
        bracket = classes.rfind("(", low, end)
        if opening > bracket >= 0 and ")" in classes[opening:end]:
            # (not a comma inside a bracket: "Musibau Akande (APC, Ibarapa East),")
            end = bracket
            continue
        item = classes[opening + 1:end]
        if words is not None and opening > floor and item and (
                words[opening + 1].lower() in _CLAUSE_GOES_ON):
            # (a relative clause's verb after an aside of its own: "Ní Fhlatharta, whose
            # debut, “Low Tide”, was one of the hits of 2019, has said": the comma
            # before "whose" opens it)
            relative = next((k for k in range(opening - 1, max(floor, opening - SUBJECT_REACH),
                                              -1) if words[k].lower() in _RELATIVE_OPENERS),
                            None)
            if relative is not None and relative - 1 > floor and classes[relative - 1] == ",":
                return relative - 1
        if opening > floor and item[:1] == "c":
            listed = True
        elif opening - 2 >= floor and classes[opening - 2:opening] == "oN" and (
                item == "W" or item == "N" and words is not None
                and words[opening + 1].lower().rstrip(".") in PLACE_INITIALS):
            pass  # a town's state or country: "at NASA in Greenbelt, Maryland," "D.C.,"
        elif opening <= floor or not (listed and _LIST_ITEM_RE.fullmatch(item)):
            return opening
        end = opening


# Token classes of a relative clause between commas: "California Gov. Jerry Brown, who
# lost to Bill Clinton in the 1992 Democratic primaries and whose views then on trade
# and other issues clashed with those of the former Arkansas governor, described".
RELATIVE_REACH = 3 * SUBJECT_REACH


def _second_of_two(classes: str, at: int, floor: int) -> bool:
    """Whether the name at ``at`` is the second of two a preposition joins ("of Youth
    and Sports Development")."""
    return at - 3 >= floor and classes[at - 3:at] == "oNc"


def _relative_opening(classes: str, closing: int, floor: int) -> int:
    """The comma that opens a relative clause ("…, who …,") closed at ``closing``, too
    long for an aside; or -1."""
    opening = classes.rfind(",x", max(floor, closing - RELATIVE_REACH), closing)
    if opening <= floor or any(c in classes[opening + 1:closing] for c in "@Q.;:"):
        return -1
    return opening


# A party and a state after a lawmaker's name: "D-Va.", "R-Texas", "I-Vt."
_PARTY_RE = re.compile(r"[A-Z]-[A-Z][A-Za-z.]*$")


_WEEKDAYS = frozenset(d.lower() for d in DAYS) | frozenset(("yesterday", "today", "tonight"))
_TIME_NOUNS = frozenset("week weekend month year night morning afternoon evening".split())
_TIME_DEICTICS = frozenset(("this", "last", "earlier", "later"))
_BEFORE_A_DAY = frozenset(("on", "late", "early", "last", "this"))


def time_at(window: Window, i: int) -> bool:
    """Whether words of time start at token ``i``: "yesterday", "on Tuesday", "this
    week", "last month", "afterwards"."""
    words = window.words
    if i >= len(words):
        return False
    word = words[i].lower()
    following = words[i + 1].lower() if i + 1 < len(words) else ""
    return word in _WEEKDAYS or word in _TIME_ADVERBS or following in _TIME_NOUNS or (
        word in _BEFORE_A_DAY and following in _WEEKDAYS)


_TIME_ADVERBS = frozenset("afterwards afterward overnight beforehand too again".split())


# A year in figures, as news writes one ("in 1996").
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")


_MONTH_NAMES = frozenset(month.lower() for month in MONTHS)


def _past_time(window: Window, i: int, floor: int) -> int:
    """The token before words of time that end at ``i``, between a subject and its
    verb ("The ministry on Tuesday said", "The royal commission this week described",
    "The company late Tuesday said", "Trump earlier this month said", "An Ofsted report
    in 1996 described"); ``i`` when there are none."""
    words = window.words
    j = i
    if j - 1 >= floor and words[j - 1].lower() == "in" and (
            YEAR_RE.fullmatch(words[j]) or words[j].lower() in _MONTH_NAMES):
        return j - 2  # "An Ofsted report in 1996 described", "… in October stated"
    if j >= floor and words[j].lower() in _TIME_NOUNS and j - 1 >= floor:
        if words[j - 1].lower() in _WEEKDAYS:
            j -= 1  # "on Tuesday night"
        elif words[j - 1].lower() in _TIME_DEICTICS:
            j -= 2  # "this week", "last month"
            if j >= floor and words[j].lower() in _TIME_DEICTICS:
                j -= 1  # "earlier this month"
            return j
        else:
            return i
    if j >= floor and words[j].lower() in _WEEKDAYS:
        j -= 1
        if j >= floor and words[j].lower() in _BEFORE_A_DAY:
            j -= 1
        return j
    return i


# Verbs of habit before "to" and a verb of speech, whose subject is the speaker's: "he
# liked to tell". (Not of beginning: "As the crowd began to chant, Silverman … joked,
# “…”"; nor "used": "the word officials used to describe it".)
_HABITS = frozenset("liked likes loved loves".split())


def _skip_back(classes: str, i: int, floor: int) -> int:
    """The token before ``i`` once adverbs and a bracketed aside are passed over."""
    while i >= floor and classes[i] == "a":
        i -= 1
    if i >= floor and classes[i] == ")":
        opening = classes.rfind("(", floor, i)
        if opening >= 0 and i - opening <= BRACKET_ASIDE_TOKENS:
            i = opening - 1
    while i >= floor and classes[i] == "a":
        i -= 1
    return i


def _head_before(window: Window, i: int, floor: int, loose: bool = False
                 ) -> tuple[int, int] | None:
    """The subject ending at token ``i``: a name (with a place after it: "Holger
    Schmieding of Berenberg"), he/she, or a noun phrase back to its determiner."""
    classes = window.classes
    if i < floor:
        return None
    cls = classes[i]
    if cls in "NP":
        # "Holger Schmieding of Berenberg", "James Hall with the New York Police
        # Department": the person, not the firm; "a spokesman for the Harbour
        # Authority": the spokesman, of that authority.
        if cls == "N" and i - 2 >= floor and classes[i - 1] == "t":
            # "an aide to Macron said", "a source close to Bayrou said": the aide,
            # Macron's (not Macron)
            role = i - 2
            if role - 1 >= floor and classes[role] == "w" and (
                    window.words[role].lower() == "close"):
                role -= 1
            inner = _head_before(window, role, floor, loose) if classes[role] == "n" else None
            if inner is not None and classes[inner[0]] in "DMn":
                return inner[0], i
        if cls == "N" and i - 3 >= floor and classes[i - 2:i] == "ow" and (
                window.words[i - 1].islower()
                and window.words[i - 2].lower() in _PLACE_PREPOSITIONS):
            # "A caseworker at a county office in eastern Kentucky, who …, said": a
            # place a word in small letters places, as one right after "in" is
            inner = _head_before(window, i - 3, floor, loose)
            if inner is not None and classes[inner[0]] in "DMOn":
                return inner[0], i
        if cls == "N" and i - 3 >= floor and classes[i - 3:i] in ("oNc", "DNc") and (
                window.words[i - 1].lower() in ("and", "&")):
            # "Michelin's chief inspector for Great Britain and Ireland, who …, said": two
            # names a preposition's "and" joins end the phrase as one would
            inner = _head_before(window, i - 2, floor, loose)
            if inner is not None and inner[0] < i - 2:
                return inner[0], i
        if cls == "N" and i - 4 >= floor and classes[i - 1] in "wWnO":
            # "Sabine Haslinger of the aid group Asylhilfe Österreich told", "Wang Jing of
            # the consultancy Mysteel said": the body a noun or two say what it is, named
            # after "of the" and a person's name, is where the person works
            k = i - 1
            if classes[k - 1] in "wWnO":
                k -= 1
            if k - 3 >= floor and classes[k - 2:k] == "oD" and (
                    window.words[k - 2].lower() in _PLACE_PREPOSITIONS | {"from"}
                    and window.words[k - 1].lower() == "the"):
                inner = _head_before(window, k - 3, floor, loose)
                if inner is not None and classes[inner[0]] == "N" and inner[1] == k - 3:
                    return inner
        if cls == "N" and i - 3 >= floor and classes[i - 1] == "o" and _participle(
                window, i - 2):
            # "A briefing note prepared for Belinda Carrick stated": the text the
            # participle is said of, not its preposition's object
            inner = _head_before(window, i - 3, floor, loose)
            if inner is not None and classes[inner[0]] in "DMs":
                return inner
        if cls == "N" and i - 2 >= floor and classes[i - 1] in "oD" and _ends_in_a_person(
                window.words[i]):
            # "Shadow leader of the Commons Oliver Heald said": the office's body, then
            # the holder's name, one run; the holder
            return i, i
        if cls == "N" and i - 2 >= floor and classes[i - 1] in "oD":
            j = i - 1 if classes[i - 1] == "o" else i - 2
            if j - 1 >= floor and classes[j] == "o":
                # "Archbishop Aris Shirvanian of the Armenian Patriarchate of
                # Jerusalem": "of" phrases in a row belong to what the first ends.
                # "Its resident representative in Kyiv, Maarten de Wit, said": a role
                # with no determiner before it is the head too, not the place.
                # (a noun of no known kind only before a place: "Japan's consulate in
                # Mombasa said", not "three days after Trump told" nor "the official
                # account of the Chinese Embassy said")
                inner = _head_before(window, j - 1, floor, loose and (
                    window.words[j].lower() in _PLACE_PREPOSITIONS - {"of"}))
                if inner is not None and (classes[inner[0]] in "DMO" or classes[
                        inner[0]] == "n"):
                    # (and a body or a group: "police in Limerick said", "officials
                    # in Beijing said": theirs, not the place's)
                    return inner[0], i
                if inner is not None and classes[inner[0]] == "N":
                    return inner
                if inner is None and window.words[j].lower() not in ROLE_OF:
                    opener = _past_phrases(window, j, floor)
                    if opener is not None:
                        return opener  # "Ruto at a rally in Eldoret said": not Eldoret
        return i, i
    if cls == "d" and i - 1 >= floor and classes[i - 1] == "D" and (
            AGE_WORD_RE.fullmatch(window.words[i])):
        return i - 1, i  # "the 34-year-old said": the one the article gave that age
    if cls == "D" and window.words[i].lower() in ONE_OF_A_GROUP and (
            i == floor or classes[i - 1] in ".@Q:;"):
        return i, i  # "Fans reacted. One, posting as “sheffgirl78”, wrote:": one fan
    if cls in _NOMINAL or cls == "w":
        if cls in "wW" and not loose and group_noun(window.words[i].lower()):
            # "Farmers' unions have described the measures as", "FDA reviewers wrote":
            # a group, by a plural noun for people or bodies, opening its clause
            j = i
            while j - 1 >= floor and i - j < MODIFIER_RUN and classes[j - 1] in "nNwW":
                j -= 1
            if j == floor or classes[j - 1] in _CLAUSE_MARKS:
                return j, i
            if classes[j - 1] == "D" and (j - 1 == floor or classes[j - 2] in _CLAUSE_MARKS):
                return j - 1, i  # "which the judges described as": the group, by "the"
        if cls in "wW" and (window.words[i].lower().endswith("ing") or not loose and (
                window.words[i].lower() not in COLLECTIVE_NOUNS)):
            # "the drinking continued", "the past described": no role noun (but a group
            # of people as one is one: "The panel found that", "the jury concluded")
            return None
        j = i
        while j - 1 >= floor and i - j < MODIFIER_RUN and (
                classes[j - 1] in _MODIFIER_BACK
                # "the singer and guitarist": two nouns for one person.
                or classes[j - 1] == "c" and j - 2 >= floor and classes[j - 2] in "nwW"):
            j -= 1
        if j - 3 >= floor and classes[j - 1] == "D" and classes[j - 2] in "to" and (
                classes[j - 3] == "w" and window.words[j - 3].lower() in _ANONYMOUS_AFTER):
            # "A source close to the talks said", "A U.S. official familiar with the
            # talks, who …, said": the one who knows of them, not what they know of
            inner = _head_before(window, j - 4, floor, loose) if j - 4 >= floor and (
                classes[j - 4] in "nO") else None
            if inner is not None:
                return inner
        if j - 1 >= floor and classes[j - 1] in "DM":
            return _role_of_body(window, j - 1, floor), i
        if j - 1 >= floor and classes[j - 1] == "p" and window.words[j - 1][:1].isupper() and (
                window.words[j][:1].isupper()):
            return None  # a style, "His Highness said": the one styled so, named before
        if j - 1 >= floor and classes[j - 1] == "p" and window.words[j - 1].lower() in (
                POSSESSIVES) and (classes[j] in "nOs" or cls == "s" or j == i and group_noun(
                    window.words[i].lower())):
            return j, i  # "Its resident representative": a possessive, then a role (or
            #              a group: "Its authors write:"; or a text: "its report said",
            #              "Its 2023 report warned")
        if cls in "nO" and j == i:
            return i, i  # "Critics said", "police said"
        group = _bare_group(window, i, floor)
        if group is not None:
            return group
        if cls in "nO" and classes[j] == "N":
            return j, i  # "Federal police said"
        # "the Florida senator" without its determiner in reach, or "Aral Sea": no.
        return None
    return None


# The words by which news says what an unnamed speaker knows of ("a person familiar with
# the matter", "a source close to the talks", "an official involved in the planning").
_ANONYMOUS_AFTER = frozenset("close familiar knowledgeable involved briefed".split())
_IN_PHRASES = frozenset("oDdwWa")  # what phrases of place and occasion hold


def _past_phrases(window: Window, j: int, floor: int) -> tuple[int, int] | None:
    """The name or he/she opening the clause before phrases of place and occasion that
    end at ``j`` ("William Ruto at a rally in", "Zelensky in an interview with"): the
    subject, when only such phrases stand between it and the verb; else None."""
    classes = window.classes
    k = j
    while k - 1 >= floor and classes[k - 1] in _IN_PHRASES:
        k -= 1
    k -= 1
    if k < floor or classes[k] not in "NP" or classes[k + 1] != "o":
        return None
    if k == floor or classes[k - 1] in _CLAUSE_MARKS:
        return k, k
    return None


def _bare_group(window: Window, i: int, floor: int) -> tuple[int, int] | None:
    """"Democratic lawmakers said", "Federal inspectors wrote", "while Le Pen voters
    said": a group by its plural noun (at ``i``) and the words before it, none a word of
    grammar, opening its clause; no determiner needed, as a single role needs one."""
    classes, words = window.classes, window.words
    if not group_noun(words[i].lower()):
        return None
    j = i
    while j - 1 >= floor and i - j < MODIFIER_RUN and classes[j - 1] in "wWnNOd" and (
            words[j - 1].lower() not in FUNCTION_WORDS):
        j -= 1
    if j < i and (j == floor or classes[j - 1] in _CLAUSE_MARKS
                  or words[j - 1].lower() in SUBORDINATORS):
        return j, i
    return None


def plural_role(head: str) -> bool:
    """"lawyers", "authors", "protesters": the plural of a word for somebody (not
    "boss", "actress", "witness")."""
    if not head.endswith("s") or head.endswith("ss"):
        return False
    single = head[:-3] + "y" if head.endswith("ies") else head[:-1]  # ("allies": ally)
    return single in ROLE_NOUNS or bool(AGENT_RE.search(single))


def group_noun(word: str) -> bool:
    """A plural noun for people or bodies: "reviewers", "inspectors", "unions"."""
    return plural_role(word) or word.endswith("s") and word[:-1] in ORGANISATION_NOUNS


POSSESSIVES = frozenset("its his her their our my your".split())
# What opens a clause, so that the noun phrase after it is the clause's first.
_CLAUSE_MARKS = frozenset(",;:.@Q(cTx")


def _before_prepositions(window: Window, start: int, floor: int, loose: bool
                         ) -> tuple[int, int] | None:
    """The subject when the noun phrase at ``start`` is the object of a preposition
    after a noun or a verb ("A farmer accused of murdering his neighbour in a dispute
    over a boundary ditch told", "Residents near the plant said"): no preposition's
    object is a subject, and the clause's subject is its first noun phrase, or the one
    a relative clause is about ("A city official who has taken part in the talks
    said"). None when the phrase follows no preposition, or the clause opens with none
    ("Many of the residents said": theirs)."""
    classes = window.classes
    at = start - 1
    if at - 1 > floor and classes[start] == "M" and classes[at] == "D":
        at -= 1  # "the" before a name in the possessive: "Agent Daniel Royce of the FBI's
        #          Cincinnati field office said"
    elif at - 1 > floor and classes[at] == "p" and window.words[at].lower() in POSSESSIVES:
        at -= 1  # "A man accused of murdering his brother at their family farmhouse in
        #          Co Longford told": a possessive's noun after the preposition
    # (a preposition; or a role's "to", "An aide to the president", or a participle's,
    # "A report presented to the board describes"; or a present participle, whose object
    # follows, "A petition opposing the expansion, signed by …, asked")
    opener = classes[at] == "o" if at >= floor else False
    opener = opener or classes[at] == "t" and (
        classes[at - 1] in "nO" or _participle(window, at - 1)) or classes[at] == "w" and (
        _present_participle(window, at))
    if at - 1 < floor or not opener or classes[at - 1] not in "wWnNOsV" or (
            window.words[at].lower() in SUBORDINATORS):
        return None  # (not a clause's opening word: "Investors panicked after the minister said")
    k = at - 1
    while k - 1 >= floor and classes[k - 1] not in _CLAUSE_MARKS and (
            window.words[k - 1].lower() not in SUBORDINATORS):
        k -= 1
    if k - 2 >= floor and classes[k - 1] == "x" and classes[k - 2] in "nNO":
        # "A city official who has taken part in the talks said": the one the
        # relative clause is about
        return _head_before(window, k - 2, floor, loose)
    while k < at and classes[k] == "a":
        k += 1
    if classes[k] not in "DNM" and not (classes[k] in "nO" and k == at - 1 or classes[k] == "n"):
        return None
    end = k + 1 if classes[k] in "DM" else k  # ("Poland's largest association of judges")
    while end + 1 < at and classes[end] in "wW":  # its modifiers, then its nouns
        end += 1
    while end + 1 < at and classes[end + 1] in "nNOs":
        end += 1
    # (a text too: "An order issued by the district collector said that …")
    if end >= at or end - k > 3 or classes[end] not in "nNOs" and not (
            loose and classes[end] in "wW"):
        return None  # (no phrase of a few words: "several environmental groups granted")
    return _head_before(window, end, floor, loose)


# What an aside that ends in a name may hold before it: a role's words and names.
_ROLE_ASIDE = frozenset("wWnNaO")


def _opens_an_object(window: Window, start: int, floor: int) -> bool:
    """Whether the phrase at ``start`` may be a preposition's object as one opening on
    "the" may: after a possessive ("at their family farmhouse") or a participle's "to"
    ("A letter sent to parents")."""
    if start - 2 < floor:
        return False
    before = window.classes[start - 1]
    return (before == "p" and window.words[start - 1].lower() in POSSESSIVES
            or before == "t" and _participle(window, start - 2))


def _participle(window: Window, at: int) -> bool:
    """Whether token ``at`` is a past participle after a noun, opening what is said of
    it ("A letter sent to parents", "a report presented to the board")."""
    word = window.words[at].lower()
    return window.classes[at] in "wV" and at >= 1 and window.classes[at - 1] in "nNOs" and (
        word.endswith(("ed", "en", "wn")) or word in _AUTHORSHIP_PARTICIPLES)


def _present_participle(window: Window, at: int) -> bool:
    """Whether token ``at`` is a present participle right after a noun, whose object
    follows ("A petition opposing the expansion")."""
    return window.words[at].lower().endswith("ing") and at >= 2 and (
        window.classes[at - 1] in "nNOs" or window.classes[at - 2:at] == "Dw") and len(
        window.words[at]) > 5


def _role_of_body(window: Window, start: int, floor: int) -> int:
    """Where a noun phrase starting at ``start`` starts when it is the body of a role
    before it ("an official of the city's forestry division": the official's), else
    ``start``."""
    classes = window.classes
    at = start - 1
    if at - 1 >= floor and classes[at] == "o" and window.words[at].lower() in ROLE_WITHIN \
            and classes[at - 1] == "n":
        j = at - 1
        # (its modifiers may be capitalised: "A senior Iraqi official in the delegation")
        while j - 1 >= floor and at - j < MODIFIER_RUN and classes[j - 1] in "wWnN":
            j -= 1
        if j - 1 >= floor and classes[j - 1] == "D":
            return j - 1
    return start


def inverted(window: Window, verb: int) -> bool:
    """Whether a verb comes before its subject: it opens the clause ("…,” said X",
    "Said X:"), after only adverbs; never one whose object follows it ("described the
    mood as")."""
    if VERB_LEMMA.get(window.words[verb].lower()) in OBJECT_LEMMAS:
        return False
    i = verb - 1
    while i >= 0 and window.classes[i] == "a":
        i -= 1
    word = window.words[verb].lower()
    lemma = VERB_LEMMA.get(word)
    if i < 0 and lemma in ADDRESSING and word != lemma:
        return False  # "Asked whether Okonkwo could …, Lindqvist smiled": a participle
        #               of one spoken to opens the sentence; its subject comes later
    if i < 0 or window.classes[i] in "@Q:(":
        return True
    if window.classes[i] in ",-":
        # "…,” said X" opens the clause; "X, for example, said" closes an aside.
        return ends_on_its_subject(window, verb) or not subjects_before(window, verb)
    return False


# Verbs whose object is the one spoken to, before any words of their own ("“…?” Trump
# told Britain's ITV", "“…,” she assured reporters"); not those whose object is what the
# words are about ("Critics had accused Mr Hariri of …").
ADDRESSING = frozenset("tell ask assure advise beg inform remind urge warn".split())
_ADDRESSED = OBJECT_LEMMAS | ADDRESSING


def ends_on_its_subject(window: Window, verb: int) -> bool:
    """Whether a verb after a comma has a name right after it that ends the clause: "So
    MP3 players - the gadget of the moment - will disappear, says Mr Pearson." (the
    name is its subject, whatever an aside before the comma seems to hold); not a verb
    whose object follows it ("…, told CNN.")."""
    if VERB_LEMMA.get(window.words[verb].lower()) in _ADDRESSED:
        return False
    classes = window.classes
    after = verb + 1
    while after < len(classes) and classes[after] == "a":
        after += 1
    return (verb > 0 and classes[verb - 1] == "," and after < len(classes)
            and classes[after] == "N" and classes[after + 1:after + 2] in ("", ".", ",", ";"))


_PHRASE_ENDS = frozenset(".,;:-)Q")
# Determiners before a run of capitals that make it one unnamed person's description
# ("said one New Hampshire Democrat"), not a name ("said the New York Times").
_INDEFINITE = DETERMINERS - DEFINITE_DETERMINERS - frozenset(
    "the his her their its our my same".split())


_MODIFIER_AFTER = _MODIFIER | {"s"}  # "said a Wednesday editorial"


def _modifies(classes: str, name: int, reach: int) -> bool:
    """Whether the name at ``name`` modifies a noun after it in its phrase: "a longtime
    GOP data expert", "one former GOP leadership aide", "the printed Cruz slate card."
    (a noun, or a single other word that ends the phrase: "one Trump confidant.")."""
    n = len(classes)
    k = name + 1
    while k < n and k <= reach and classes[k] in "wW":
        k += 1
    if k < n and k <= reach and classes[k] in "nOs":
        return True
    return k == name + 2 and (k == n or classes[k] in _PHRASE_ENDS)


# Prepositions that join a role to the body it serves: "a spokesman for", "the head of";
# and, for where a role's phrase starts, those that may join a role to where it works:
# "a source on the show", "an official in the ministry", "a spokeswoman with the agency".
ROLE_OF = frozenset({"for", "of", "at"})
ROLE_WITHIN = ROLE_OF | {"on", "in", "with", "from", "within", "inside"}


def subjects_after(window: Window, verb: int) -> list[tuple[int, int, str]]:
    """The subject after an inverted verb: "said Brigid Harrison", "said former Sen.
    Evan Bayh", "says a senior official", "said the bureau's director, James Comey"."""
    classes = window.classes
    n = len(classes)
    if verb > 0 and classes[verb - 1] == "t":
        return []  # "using an expletive to describe the Bush administration": its object
    i = verb + 1
    while i < n and classes[i] == "a":
        i += 1
    if i >= n:
        return []
    if classes[i] == "V" and i + 1 < n and classes[i + 1] in "nN" and (
            window.words[i].islower()):
        # "says charge nurse Tamika Reyes": a word of speech right after the verb and
        # before a role or a name is the role's own ("charge nurse"), no second verb
        classes = classes[:i] + "w" + classes[i + 1:]
    if classes[i] in "P":
        return [(i, i, "after-verb")]
    if classes[i] in "DM" or classes[i] == "p" and i + 1 < n and classes[i + 1] in _NOMINAL:
        # "said the party's leader", "added his campaign manager Jeff Weaver".
        j = i + 1
        while j < n and j - i <= MODIFIER_RUN and classes[j] in _MODIFIER_AFTER and (
                # "said an Iowa Democrat": a name before a role noun modifies it, or
                # before the noun that ends the phrase ("said one Trump confidant.").
                classes[j] != "N" or _modifies(classes, j, i + MODIFIER_RUN)):
            j += 1
        head = j - 1 if j - 1 > i else None
        found = []
        if (j < n and classes[j] == "N" and classes[j - 1] in "nwW" and j - i <= MODIFIER_RUN
                and (j + 1 == n or classes[j + 1] not in "wWnO")):
            found.append((j, j, "after-verb"))  # "said the party's leader Jo Bloggs"
        elif (j == i + 1 and j < n and classes[j] == "N" and (j + 1 == n or classes[j + 1]
                                                           not in "wWnO")
              and (window.words[i].lower() in _INDEFINITE or classes[i] == "M"
                   or window.words[i].lower() == "the" and (
                       _opens_with_title(window.words[j]) or " " in window.words[j]
                       or window.words[j].isupper()))):
            # "said an Iowa Democrat", "one …"; "said the Rev. Peter Wherry" (a title
            # news style puts "the" before), "said the Red Cross", "writes the
            # Associated Press", "said the FBI" (a body's name of words or letters;
            # not one word, "said the Dubliner", "the Dane": a description of someone
            # named); "said Amazon's Robin Terrell"
            found.append((j, j, "after-verb"))
        elif head is not None and classes[head] in "nOswW":
            last = head
            after = j  # past the role's body, where a name set off may follow
            if j + 1 < n and classes[j] == "o" and window.words[j].lower() in ROLE_OF:
                # "said a spokesman for the State Department": the role and its body, as
                # before the verb ("a spokesman for the State Department said").
                k = j + 2 if classes[j + 1] == "D" and j + 2 < n else j + 1
                if classes[k] == "N":
                    last = k
                if k == j + 1 and (classes[i] == "M" or any(
                        w.endswith(("’s", "'s")) for w in window.words[i:j])):
                    # "said Alpha Violet's head of sales, Virginie Laporte": a role of
                    # someone's, of what it deals in (no "the", no name, no role: "a
                    # spokesman for the prime minister, Anthony Albanese" is his)
                    after = k
                    while after < n and after - k < MODIFIER_RUN and classes[after] in "wW":
                        after += 1
            found.append((i, last, "after-verb"))
            if after + 1 < n and classes[after] == "," and classes[after + 1] == "N":
                found.append((after + 1, after + 1, "appositive-name"))
        return found
    # Modifiers before a name: "said Montclair State University political scientist X",
    # and titles or fields joined by "and": "said former Pennsylvania Gov. and Democratic
    # National Committee Chairman Ed Rendell", "said defence and security analyst X".
    j = i
    while j < n and j - i <= MODIFIER_RUN and (classes[j] in _MODIFIER or (
            classes[j] == "c" and j > i and j + 1 < n and classes[j + 1] in _MODIFIER
            and (classes[j - 1] in "nw" or classes[j - 1] == "N"
                 and _is_title(window.words[j - 1])))):
        j += 1
    names = [k for k in range(i, j) if classes[k] == "N"]
    if names and j + 1 < n and classes[j - 1] == "n" and classes[j:j + 2] == ",N":
        # "said EEF chief economist, Steve Radley": the role's holder set off after it
        return [(j + 1, j + 1, "appositive-name")]
    if names:
        return [(names[-1], names[-1], "after-verb")]
    if classes[i] in "nO":
        return [(i, i, "after-verb")]
    return []
