"""One entity per person (or organisation) per article, and every mention of each.

Names are read from the narration with its quotations masked. A bare surname or first
name, "Mr Surname" and a shorter form of a full name are the same entity as the one full
name in the article they fit ("Mr Blair", "Blair" -> "Tony Blair"); where two full names
share the surname (Bill and Hillary Clinton), each mention goes to the one its title's
gender fits, else to the one named last. He or she comes from honorifics, first names and
the pronouns the article uses after a name; a he or she that opens a clause is resolved
as the text goes (the person last named as a subject who fits), so that it too counts as
a mention: "Jane Starner lives in … She gave me …" keeps Jane Starner the last she. Only
an entity the article shows to be a person (``persons``) may be one; a subject that is
not ("Heavy rain fell. …, he said") leaves the he or she to nobody named.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache
from operator import itemgetter

from ..words.lexicon import (AUXILIARIES, CONJUNCTIONS, DAYS_AND_MONTHS, DETERMINERS,
                             FUNCTION_WORDS, HONORIFICS, NAME_PARTICLES, ORDINALS, OWN_PRONOUNS,
                             PEERAGE, PREPOSITIONS, PRONOUN_GENDER, SPEECH_VERBS, SUBJECT_PRONOUNS,
                             SUBORDINATORS, TITLE_WORDS, TITLES, UPPER, VERB_LEMMA, first_names,
                             places)
from ..words.roles import (COLLECTIVE_NOUNS, DEMONYM_NOUNS, FEMALE_NOUNS, MALE_NOUNS,
                           ORGANISATION_NOUNS, ORGANISATION_WORDS, ROLE_NOUNS, SPELLED_OUT,
                           STATEMENT_NOUNS, TITLE_ROLES)
from . import persons
from .names import (DAY_NAMES, DEMONYM_ENDS, KUNYA, NAME_RUN_RE, PARTICLE_RUN_RE,
                    PARTICLE_START_RE, SUFFIXES, SYLLABLE_GIVEN_RE, TOKEN_RE, Run, has_title,
                    read_run)
from .quotations import OPENING_MARKS
from .tokens import (PREVIOUS_WORD_RE, QUOTE_MARK, is_abbreviation, previous_word,
                     sentence_end, sentence_start)

# Patterns that open on a word start with its first letter, and a lookbehind after it
# says no letter comes before (``\b``): the regex engine then skips from one such letter
# to the next instead of trying the whole pattern at every position.
_SUBJECT_PRONOUN = r"(?:(?<=[Hh])e|(?<=[Ss])he)\b(?![’'-]\w\w)(?<!He(?= [A-Z][a-z]))"
# Characters of an appositive after a name, "a spokeswoman for Acme": a noun phrase;
# a longer run without a stop or comma is a clause of its own.
APPOSITIVE_CHARS = 60
# Characters of a bracketed aside between a name and its verb: "(D-Calif.)", "(pictured)".
BRACKET_ASIDE_CHARS = 40
# Characters of an aside set off by commas there: ", the county's chairman since 2011,".
COMMA_ASIDE_CHARS = 100
_RELATIVE_WORDS = frozenset(("that", "which", "who", "whose"))
# A comma, then an age before a name ("His daughter, 12-year-old Ellie,"), up to the name.
_AGED_SET_OFF_RE = re.compile(r", \d{1,3}-year-old ")
# A phrase opening a sentence with a past participle or "Under" and "by", up to a name
# ("Led in evidence by EFCC counsel, ", "Under cross-examination by counsel to the first
# defendant, ").
_OPENING_AGENT_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:[A-Z][a-z-]*(?:ed|en|wn)|Under)\s[^.;:!?]*\bby\s[^.;:!?]*$")
OPENING_AGENT_REACH = 160
_HOUR_BEFORE_RE = re.compile(r"\b\d{1,2}(?::\d\d)?\s?$")  # "5", "12:40 " before AM, PM
_TIME_BEFORE_RE = re.compile(r"\b\d{1,2}(?::\d\d)?\s?[AP]M\s$")  # "12:40 PM ", "5AM "
TIME_REACH = 12
_SENTENCE_END_AFTER_RE = re.compile(r"\.(?:\s|$)")  # a full stop ending a sentence
# "…, 61, of " or "…, 61, from " before a name: where the one of that age lives.
_AGED_FROM_RE = re.compile(r", \d{1,3}, (?:of|from) $")
AGED_FROM_REACH = 12
_THING_RELATIVES = frozenset(("that", "which"))
_APPOSITIVE_RE = re.compile(
    r",\s*(?:who\s+(?:is|was)\s+)?(?:a|an|the|his|her|its|their|[\w’'-]+[’']s)\s+"
    rf"((?:[^,.;:()\x01]|\([A-Z][A-Za-z]{{1,7}}\)){{1,{APPOSITIVE_CHARS}}})")
# (a body's letters in brackets inside it: "a Justice and Development Party (AKP) member")
# A role and the body it is of, set off after a name with no article: ", coxswain of",
# ", chief executive of" (group 1: the role's words).
_ROLE_MODIFIERS = frozenset("former acting deputy senior chief assistant associate vice "
                            "general managing executive interim".split())
_BARE_ROLE_RE = re.compile(r",\s*((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:of|for|at|with)\s")
# An aside may go on past a place's region or an age, each set off by commas and
# opening with a capital or a digit (", a philanthropist from Monsey, New York,", ", a
# Neptune, N.J., native and graduate,"), and hold the stops of abbreviations.
PLACE_CHARS = 30
_ASIDE_PART = r"(?:[^,.;:\x01]|\.(?=[\w,]))"
_NEXT_WORD_RE = re.compile(
    rf"(?:\s*\([^()]{{0,{BRACKET_ASIDE_CHARS}}}\))?"
    rf"(?:\s*,{_ASIDE_PART}{{1,{COMMA_ASIDE_CHARS}}}(?:(?:,\s*[A-Z\d]{_ASIDE_PART}{{0,{PLACE_CHARS}}})+"
    rf"(?:,{_ASIDE_PART}{{1,{COMMA_ASIDE_CHARS}}})?)?,)?"
    r"\s+(?:[a-z]+ly\s+)?([a-z][\w’'-]*)")
_COMMA_WORD_RE = re.compile(r",\s+([a-z][\w’'-]*)")
# An aside between dashes after a name, and the word after it (within a sentence).
DASH_ASIDE_CHARS = 120
_DASH_ASIDE_RE = re.compile(rf"\s+[—–]\s*[^—–\n.!?]{{1,{DASH_ASIDE_CHARS}}}?\s*[—–]\s+"
                            rf"(?:[a-z]+ly\s+)?([a-z][\w’'-]*)")
_FINITE_AUXILIARIES = frozenset("""has have had is was were are will would can could
may might shall should does did""".split())


def _next_word_match(masked: str, end: int) -> re.Match[str] | None:
    """``_NEXT_WORD_RE`` matched at ``end``. After a comma the pattern needs a second
    comma within an aside's reach: without one (half the names a comma follows) it
    cannot match, and trying is what costs the most, so it is not tried."""
    if masked.startswith(",", end) and masked.find(",", end + 2,
                                                    end + 2 + COMMA_ASIDE_CHARS) < 0:
        return None
    return _NEXT_WORD_RE.match(masked, end)


def _next_word(masked: str, end: int) -> re.Match[str] | None:
    """The word after a name, past a bracket, an aside or an adverb; or a speech verb
    after a comma, when the name closes an aside ("Trump's attorney, Alan Garten,
    said"); past a chain of asides when one aside is not enough (``_past_asides``)."""
    found = _next_word_match(masked, end)
    if found is None and masked.startswith((" —", " –"), end):
        # "Tommy — who only goes by his first name online — retired", "John Smith — a
        # former aide to the mayor — said": past an aside set off by dashes, to a verb
        dashed = _DASH_ASIDE_RE.match(masked, end)
        if dashed is not None and _acts_verb(dashed.group(1)):
            return dashed
    if found is None:
        found = _COMMA_WORD_RE.match(masked, end)
        if found is not None and found.group(1) not in SPEECH_VERBS:
            found = None
    if found is None or found.group(1) in _NOT_AFTER_SUBJECT and (
            "," in masked[end:found.start(1)] or found.group(1) in _RELATIVE):
        return _past_asides(masked, end) or found
    if found.group(1) in _AFFILIATIONS:
        # "Dan McLaughlin at the National Review agreed", "Mr. Morgan of the Sierra
        # Club said": past where the person is from, a verb of their own; or past an
        # aside after it ("Pastor Linnea Sorum of Glenwood Lutheran, who will officiate,
        # called him").
        affiliated = _AFFILIATED_RE.match(masked, end)
        if affiliated is not None and (_acts_verb(affiliated.group(1)) or _present_tense(
                affiliated.group(1))):
            # (a verb in the present too: "Wang at Mysteel sees little hope")
            return affiliated
        place = _AFFILIATION_RE.match(masked, end)
        after = _past_asides(masked, place.end()) if place is not None else None
        if after is not None and _acts_verb(after.group(1)):
            return after
    return found


def _present_tense(word: str) -> bool:
    """A word in small letters that reads as a verb's present ("sees", "expects"), where
    only a verb may stand: after a name and where the person works."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# What a name may be followed by to say where the person works or is from, before the
# verb: "of", "at" or "from" and a run of capitalised words.
_AFFILIATIONS = frozenset(("of", "at", "from"))
_AFFILIATION = (rf"\s+(?:of|at|from)\s+(?:the\s+)?[{UPPER}][\w.’'-]*"
                rf"(?:\s+(?:(?:of|for|and|&|de|del|la|da|di|do|dos|das|du|van|von|der|y)\s+)?"
                rf"[{UPPER}][\w.’'-]*)*")  # ("of Lanao del Sur", "from Rio de Janeiro", "of the
#                                University of Technology and Design")
_AFFILIATION_RE = re.compile(_AFFILIATION)
# ... and the word after it.
_AFFILIATED_RE = re.compile(_AFFILIATION + r",?\s+(?:[a-z]+ly\s+)?([a-z][\w’'-]*)")


def _acts_verb(word: str) -> bool:
    """A word that can only be a verb of a subject there: a speech verb, an auxiliary,
    a past in -ed ("agreed", "warned")."""
    return word in SPEECH_VERBS or word in AUXILIARIES or len(word) > 3 and word.endswith("ed")


# An aside may be a chain of parts set off by commas, an age, a role, a clause about the
# person, a name inside it: "C. Boyden Gray, who served as counsel under Mr. Bush's
# father, George Bush, ticked through", "Jacob Shiansky, 24, who was visiting
# Manhattan, told me". At most this many parts, within this many characters.
# A relative clause right after the name opens a chain too ("A woman who lives …, and
# who asked …, said").
ASIDE_PARTS = 4
ASIDE_CHAIN_CHARS = 250
_RELATIVE = frozenset(("who", "whose"))
_LEADING_COMMA_RE = re.compile(
    rf"(?:\s*\([^()]{{0,{BRACKET_ASIDE_CHARS}}}\))?"
    r"(?:\s*,(?=\s*(?!(?:he|she|it|we|they|i|you)\b)[a-z\d]|\s*[A-Z]{2,4},"
    # (or a name's role in the possessive, set off: "Ron Burgess, Kylie's
    # father-in-law, who …, said")
    r"|\s*[A-Z][\w-]*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3},)"
    r"|(?=\s+(?:who|whose)\s))")
_CHAIN_WORD_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z][\w’'-]*)")
_ASIDE_STOP_RE = re.compile(r"[,.;:!?\x01()]")


def _past_asides(masked: str, end: int) -> re.Match[str] | None:
    """The word after a chain of asides, the first after one of its commas that is no
    function, role or organisation word (as ``_next_word`` gives it); else None.
    The chain opens with a word in lower case or a number, not a pronoun (after a
    capital or a pronoun a clause of its own starts: "After meeting Trump, Smith said",
    "Soon, he became"), or by letters set off after a name ("Sarah Okonjo, QC, for
    Walsh, said"), and holds no stop but an abbreviation's ("Mr. Bush")."""
    comma = _LEADING_COMMA_RE.match(masked, end)
    if comma is None:
        return None
    position = comma.end()
    limit = min(len(masked), end + ASIDE_CHAIN_CHARS)
    for _ in range(ASIDE_PARTS):
        while True:
            stop = _ASIDE_STOP_RE.search(masked, position, limit)
            if stop is None:
                return None
            position = stop.end()
            if stop.group() in ",\x01":
                break  # a quotation may end the aside: its mask holds the comma
            if stop.group() == "(":
                # a bracket inside it: "a hydrochemist at the Council (CONICET) who …,"
                close = masked.find(")", position, limit)
                if close == -1:
                    return None
                position = close + 1
                continue
            following = masked[position:position + 1]
            if stop.group() != "." or not (
                    following and (following in ",-" or following.isalnum())
                    or is_abbreviation(masked, position)):
                return None  # "U.S." and "Mr." go on; a full stop ends the sentence
        word = _CHAIN_WORD_RE.match(masked, position)
        if word is not None and word.group(1) not in _NOT_AFTER_SUBJECT:
            return word
    return None


# "once" is an adverb there too ("Smith once said").
_NOT_VERBS = PREPOSITIONS | DETERMINERS | CONJUNCTIONS | (SUBORDINATORS - AUXILIARIES) | frozenset(
    "to and or who which whom whose that".split())
# A name between a determiner and a noun is a modifier: "the Obama administration's
# record comes under fire" has no Obama as its subject.
# A name after a word of number is a modifier in a noun phrase ("her 1.2 million Instagram
# followers"), never a clause's subject.
_QUANTITIES = frozenset("hundred hundreds thousand thousands million millions billion "
                        "billions dozen dozens".split())
# One word in quotation marks set between a person's names: "Patricia ‘Pat’ Halloran".
_NICKNAME_IN_NAME_RE = re.compile(r" [“\"‘']([A-Z][\w’'-]*)[”\"’'] ")
# An age given with a name: after it, set off ("Kerry Bates, 34, from Wigan", "Tom
# Riley, 61."; "Louise Kinsella (31)", ", aged 34"), or before it ("34-year-old mum
# Kerry Bates"), within a few words.
_AGE_AFTER_RE = re.compile(r"(?:,\s+(?:aged\s+)?|\s+\()(\d{1,3})"
                           r"(?=[,.;)]|\s+(?:and|from|of|who|was|is)\b)")
AGE_BEFORE_REACH = 40
# An age set off by commas, whoever it is given to ("Kerry Bates, 34,", "The woman, also
# 34, was treated").
_AGE_SET_OFF_RE = re.compile(r",\s+(?:also\s+|aged\s+|now\s+)?(\d{1,3})(?=[,.;])")
_AGE_BEFORE_NAME_RE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,3}$")
# A participle opening a sentence and its clause, to the comma: "Asked about her own
# vote in the event that Clinton faces Trump, ".
_PARTICIPLE_OPENING_RE = re.compile(r"[A-Z][a-z]+(?:ed|ing)\b[^,.;:!?]*,")
# A noun in the possessive after a name is the name's noun phrase, never its verb.
_POSSESSIVE_ENDS = ("’s", "'s")
_NOT_BEFORE_SUBJECT = PREPOSITIONS | (DETERMINERS - {"that"}) | _QUANTITIES
# "Among them was X", "Also at the meeting were X and Y": a sentence opened by a
# preposition or "also", then "was", has its subject after the verb.
_INVERTING_VERBS = frozenset(("was", "were", "is", "are"))
# "Those who came included X": the one named is the one the sentence brings in.
_INTRODUCING_VERBS = frozenset(("included", "includes", "include", "including"))
# ("One of them is Halyna Petrivna, 71, who lives …", "Another was …": the one named.)
_INVERTED_RE = re.compile(r"(?:^|[.!?]\s+)(?:Among|Also|Joining|Alongside|Beside|Behind|"
                          r"Outside|Inside|Next|With|One|Another)\b[^.!?,]{0,30}$")
# How far back an "Among" opening may be ("Among the top learners honoured at the
# ceremony was Lethabo Mahlangu": 48 characters; not "One of the players the coach
# singled out after the match was Pedri", whose he is the coach's).
INVERTED_OPENING = 70
_AMONG_RE = re.compile(r"(?:^|[.!?]\s+)Among\b[^.!?,]{0,%d}$" % INVERTED_OPENING)
_NOT_AFTER_SUBJECT = _NOT_VERBS | ROLE_NOUNS | ORGANISATION_NOUNS | STATEMENT_NOUNS
# "one mother", "a retired police officer", "A Welsh Government spokesman", "Her client"
# (His, Her or The with its capital: a sentence's start): an article, at most two words
# (names among them), a noun for a person (read in Python: an alternation of every
# noun cost a tenth of the parse).
_ARTICLE = r"(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Aa])nother|(?<=H)(?:is|er)|(?<=T)he)"
# A he or she (group "pronoun"), or an article and the words after it (groups 1, 3 and
# 5, the spaces between them 2 and 4; read in a lookahead, so a he or she among them is
# found too): one search of a paragraph finds both, where each had a search of its own
# and every article a match of its words.
_PRONOUN_OR_ARTICLE_RE = re.compile(
    rf"[HhSsAaOoT](?<!\w.)(?:{_ARTICLE}(?=\s+([A-Za-z0-9][\w-]*(?:['’]s)?)(?:(\s+)"
    rf"([A-Za-z][\w-]*(?:['’]s)?)(?:(\s+)([a-z][\w-]*))?)?)|(?P<pronoun>{_SUBJECT_PRONOUN}))")
_PERSON_NOUNS = FEMALE_NOUNS | MALE_NOUNS
_NAME_SET_OFF_RE = re.compile(rf"\S*,\s+[{UPPER}]")  # "…, Lesieli Lātū"
# "…, Svitlana,": a name of up to four words closed by a comma (no 's: "Oleh's neighbour"),
# after a phrase of where or whom the role is ("A labour economist at the University of
# Lagos, Dr Kehinde Adeyemi,")
# (or a second role "and" joins: "An energy lawyer and analyst, Dr Ayodele Oni,")
_NAME_CLOSED_RE = re.compile(rf"(?:\s+and\s+[a-z]+(?:\s+[a-z]+)?)?"
                             rf"(?:\s+(?:at|of|from|for|in|with|near|on|by|behind|outside|"
                             rf"inside|among)\s+[^,.;:!?\x01]{{1,50}}?)?"
                             rf",\s+(?P<name>[{UPPER}][\w.-]*(?:\s+[{UPPER}][\w.-]*){{0,3}}),")
# A role and a phrase of where or whom it is, opening its clause and set off before a
# name: "A delegate from Tonga, ", ", the mayor of Tuzla, " (group 1: the role); not
# "said a lawyer for the mayor of Lagos, …", "a letter to the editor of the Irish
# Times, …".
_ROLE_OF_PLACE_RE = re.compile(
    r"(?:^|[.!?;:,—]\s+)(?:(?:But|And|Yet|So)\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[A-Z]{2,}\s+)?"
    r"([A-Za-z][\w-]*)\s+"
    r"(?:from|of|for|at|in)\s+"
    r"[^,.;:\x01]{1,40},\s*$")
# An office and its place, capitalised as a title, set off before "the" and the holder's
# titles and name: "The Bishop of Durham, the Rt Rev Dr Tom Wright," (group 1: the office).
_OFFICE_OF_PLACE_RE = re.compile(
    r"(?:^|[.!?;:,—]\s+)[Tt]he\s+([A-Z][a-z-]+)\s+(?:of|for|at|in)\s+[^,.;:\x01]{1,40},$")


# After a description, the name it gives: "who gave her name only as", "identified
# only by his first name,", "who would give only her first name, Ana", "who gave only
# his surname, Zhao," "who identified herself as Loretta" (and whose: "his", "her").
_GAVE_NAME_RE = re.compile(
    rf"[^.!?\x01]{{0,120}}?(?:\b(?P<own>his|her)\s+(?:first\s+)?)?"
    rf"\b(?:(?:sur)?names?|named|identified(?:\s+(?P<self>him|her)self)?)\b"
    rf"[^.!?\x01]{{0,30}}?(?:\bas|,)\s+(?P<name>[{UPPER}])")


# A name given in marks as a call sign or a nickname ("who goes by the call sign
# “Tesla”", "known as “Bison”", "nicknamed ‘Doc’"; group 1: the name).
_CALL_NAME_RE = re.compile(
    r"\b(?:call\s*sign|nom\s+de\s+guerre|nicknamed|nickname|goes\s+by|known\s+as)"
    rf"(?:\s+the)?\s+[“\"‘']([{UPPER}][\w’'-]*)[”\"’']")


# (A name of one word in marks is blanked with the quotation; one read as a name in
# marks is joined to its owner by ``_NICKNAMED_RE`` below.)
# What gives a nickname in marks, right before the mark: "known on the local circuit as
# “", "nicknamed ‘", "better known as “" (or set off with none: "known to everyone on
# the wards simply as Phil,").
_NICKNAMED_RE = re.compile(r"\b(?:known(?:\s+[a-z]+){0,7}\s+as|nicknamed|dubbed)\s+[“\"‘']?")
# A description opening a sentence, to its first comma ("The unit's deputy commander",
# "A former farmer").
_DESCRIPTION_OPENS_RE = re.compile(r"(?:The|A|An|Her|His|Their)\s[^,.;:!?\x01]{1,60}?(?=,)")


# A style one is addressed by ("His Majesty", "Her Royal Highness", "His Excellency"),
# and the title words that may come between it and the name it styles ("His Majesty King
# Pema Lhundrup", "Her Royal Highness Princess Solveig").
_STYLE_RE = re.compile(r"\b(?:His|Her|Their)\s+(?:Royal\s+)?(?:Majesty|Majesties|Highness|"
                       r"Highnesses|Excellency|Holiness|Eminence|Beatitude|Lordship|Ladyship)\b")
_STYLED_NAME_RE = re.compile(rf"\s+(?:the\s+)?(?:[{UPPER}][a-z]+\s+)?")


# Nouns for anyone, which an aside may give one a sentence opens on by a role.
_GENERIC_PERSONS = frozenset("man woman person".split())
# A sentence opening on "The" and a role, set off before an aside ("The property
# manager on site, "; group 1: the role's noun).
_DEFINITE_BEFORE_RE = re.compile(
    r"(?:^|[.!?]\s+)The\s+(?:[a-z-]+\s+){0,3}?([a-z-]+)(?:\s+(?:on|at|in|of)\s+[a-z]+){0,2},\s+$")
DEFINITE_BEFORE_REACH = 80


def _described_head(match: re.Match, opens: bool = False) -> tuple[str, int] | None:
    """The first of the (up to three) words after the article that is a noun for a
    person, and where it ends ("mother-to-be" is a mother). Where the description opens
    its sentence, the subject a he or she after it may stand for, a noun for a person by
    what they do counts too ("Another resident was less sure."), as does any noun a
    speech verb follows ("A local shopkeeper said …"). A body's name of any length may
    come first ("A Department of Health spokesman said", "A New Zealand Rugby
    spokeswoman said")."""
    first = match.group(1)
    if opens and first is not None and first[:1].isupper() and (match.group(5) is None or (
            not match.group(5).islower() or match.group(5) in FUNCTION_WORDS)):
        body = _BODY_THEN_ROLE_RE.match(match.string, match.start(1))
        if body is not None and (body.group(1) in _PERSON_NOUNS or body.group(1) in (
                _PERSON_ROLES) and _ends_phrase(match.string, body.end(1))):
            return body.group(1), body.end(1)
    for group in (1, 3, 5):
        word = match.group(group)
        if word is None:
            return None
        head = word.partition("-")[0]
        if head in _PERSON_NOUNS:
            return head, match.start(group) + len(head)
        if opens and head in _PERSON_ROLES and _ends_phrase(match.string, match.end(group)):
            return head, match.end(group)
        if opens and word.islower() and word not in FUNCTION_WORDS and (
                word not in _NOT_SPEAKERS and word not in COLLECTIVE_NOUNS) and (
                _WHO_AFTER_PLACE_RE.match(match.string, match.end(group))
                or _role_set_after(match.string, match.end(group))):
            # "One former recruit, who …", "Another applicant, a former cultural adviser
            # …,": a person's noun
            return word, match.end(group)
        if opens and group > 1 and word in SPEECH_VERBS and VERB_LEMMA.get(word) != word:
            noun = match.group(group - 2)
            if noun in FUNCTION_WORDS or noun in _NOT_SPEAKERS or not noun.islower() or (
                    match.string.startswith(" as ", match.end(group))):
                return None  # "An early tweet quoted …", "A report said …"; "A course
                #              described as “…”" (a participle's: what it is called)
            return noun, match.end(group - 2)
        if word in FUNCTION_WORDS and (group > 1 or word not in ORDINALS):
            return None  # "a label the actress says": the phrase ended at "label"
    return None


# A body's name (capitalised words, with "of", "and", "for" inside) and the word in small
# letters after it (group 1).
_BODY_THEN_ROLE_RE = re.compile(rf"[{UPPER}][\w’'&.-]*(?:\s+(?:(?:of|and|for|&)\s+)?"
                                rf"[{UPPER}][\w’'&.-]*){{0,5}}\s+([a-z][\w-]*)")


def _role_set_after(text: str, end: int) -> bool:
    """Whether an aside after a noun calls it by a role: ", a former cultural adviser"."""
    aside = _AN_ASIDE_RE.match(text, end)
    return aside is not None and not _PERSON_ROLES.isdisjoint(aside.group(1).split())


_AN_ASIDE_RE = re.compile(r",\s+(?:a|an)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\b")
# A role after an age opens with an article ("…, 62, the 11th prosecution witness").
_ROLE_AFTER_AGE_RE = re.compile(r"\s*(?:the|a|an)\s")
# Nouns for what is said or who speaks as a body, not for a person.
_NOT_SPEAKERS = STATEMENT_NOUNS | ORGANISATION_NOUNS | SPEECH_VERBS
# Nouns for one person by what they do ("a group", "the district" are bodies).
# (and a peer's rank, a role set off after the name, "Prince Frederick, the Duke of
# Clarence,", though no title before a name: "Earl Ray Tomblin" is a given name's)
_PERSON_ROLES = (ROLE_NOUNS | PEERAGE) - ORGANISATION_NOUNS
_AGENT_NOUN_RE = re.compile(r"..(?:ist|ian|er|or)$")  # a noun for one who does something
# What may follow a noun that ends its phrase: a comma, a relative, a preposition, a
# verb ("A resident, who …", "Another resident was", "One farmer from …"); not another
# noun ("A general strike", "A senior Democrat").
_PHRASE_END_RE = re.compile(r",|\s+([a-z][\w’'-]*)")


def _ends_phrase(text: str, end: int) -> bool:
    found = _PHRASE_END_RE.match(text, end)
    if found is None:
        return False
    word = found.group(1)
    return word is None or word in FUNCTION_WORDS or _acts_verb(word)


_LOCATIVES = frozenset("in at near across throughout outside inside".split())
_CLAUSE_MARKS = frozenset(".!?:;,\x01—–-(\"“«")
# Characters back within which one named right after a speech verb ("says David
# Axelrod, an adviser to Barack Obama") counts as a subject for a he or she: about a
# news paragraph (PolNeAR train: 250 to 350 gained 13 quotes; 500 and more lost some
# on dev, a speaker named once long before).
_SPEAKING_REACH = 250
# Characters a sentence may go on after "…, Whitlock said" ("on Sunday", "in a
# statement") for Whitlock to be the one telling all of it.
TELLER_TAIL = 30
# A word in capitals this short, or with no vowel, is an acronym ("FBI", "NHS"), not
# a name ("BUSH", "KERRY"); "NATO" is written "Nato", as British papers do.
ACRONYM_LETTERS = 3


def _acronym(word: str) -> bool:
    """Whether a word in capitals is an acronym ("NHS", "F.B.I.", "AT&T"), kept as
    written."""
    return len(word) <= ACRONYM_LETTERS or not any(c in "AEIOUY" for c in word) or (
        "." in word and all(len(letter) <= 1 for letter in word.split("."))) or "&" in word


_CHAIN_REACH = 1200   # characters back a clause-opening he or she looks for its person
# Characters back the word before a name is read in: the word itself and the spaces and
# marks before the name.
PREVIOUS_WORD_REACH = 25
# Characters back from a he or she its clause's opening word is read in: the longest
# opener ("repeatedly", "previously") and a space.
PRONOUN_OPENER_REACH = 12
# A curated pronoun counts as this many read in the text: no article's guesses outweigh
# what the user's sources.toml says.
CURATED_PRONOUN_WEIGHT = 10


_ORG_JOIN_RE = re.compile(rf"(?:\s+(?:of|for|on|de)\s+(?:the\s+)?{NAME_RUN_RE.pattern})+")


# After a title alone: "of" (or "of the") and the one word of the office, then a name;
# the office may go on with "for" and its one word ("Minister of State for Transport").
_OFFICE_RE = re.compile(rf"\s+of\s+(?:the\s+)?[{UPPER}][\w’'-]*"
                        rf"(?:\s+for\s+(?:the\s+)?[{UPPER}][\w’'-]*)?[ \t]+(?=[{UPPER}])")


def _office_holder(masked: str, match) -> tuple[tuple | None, int]:
    """The name after "Title of Office" ("Secretary of State Condoleezza Rice"), as
    ``_run_info`` gives it with its mention from the title on (as a title's run is),
    and where it ends; else (None, 0)."""
    office = _OFFICE_RE.match(masked, match.end())
    rest = office and NAME_RUN_RE.match(masked, office.end())
    found = rest and _run_info(rest.group())
    if not found or found[0].kind == "org" or len(found[1]) < 2:
        return _long_office_holder(masked, match)
    assert office is not None and rest is not None  # found needs both
    shift = office.end() - match.start()
    return (found[0], found[1], 0, found[3] + shift), rest.end()


# "of" or "for" after a title, then an office of several words and the holder's name
# in one run of capitals ("Minister for Foreign Affairs Simon Coveney").
_OFFICE_OPENS_RE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")


def _long_office_holder(masked: str, match) -> tuple[tuple | None, int]:
    """The name ending a run of capitals after "Title for" or "Title of", from the
    first word that is a first name ("French Minister for Digital Affairs Claire
    Delaunay": Claire Delaunay), as ``_office_holder`` gives it; else (None, 0)."""
    opens = _OFFICE_OPENS_RE.match(masked, match.end())
    run = opens and NAME_RUN_RE.match(masked, opens.end())
    if run is None:
        return None, 0
    given = first_names()
    words = list(TOKEN_RE.finditer(run.group()))
    for word in words[1:-1]:
        if word.group().lower() in given:
            found = _run_info(run.group()[word.start():])
            if found is None or found[0].kind != "person":
                return None, 0
            shift = run.start() + word.start() - match.start()
            return (found[0], found[1], 0, found[3] + shift), run.end()
    return None, 0


_OFFICE_TITLES = TITLES | ROLE_NOUNS
# Before a place's one-word place: "of Upper Tarodale, " ("31, of Upper Tarodale, Carenage,"),
# "in Gaya district, " (a kind of place after the name: "district", "county", "province").
_PLACE_BEFORE_RE = re.compile(
    rf"\b(?:of|in|from|near)\s+(?:[{UPPER}][\w’'-]*\s+){{0,3}}[{UPPER}][\w’'-]*"
    rf"(?:\s+(?:district|county|province|state|region|municipality|village|town))?,\s$")


def _ends_in_office(run: str) -> bool:
    """Whether a run of several words ends in a title or a role ("Teifi Valley
    Member", "Trinidad Minister"), which an office may follow ("of the Senedd")."""
    space = run.rfind(" ")
    return space > 0 and run[space + 1:].lower().rstrip(".") in _OFFICE_TITLES


def _called_a_body(masked: str, match) -> tuple[tuple, int] | None:
    """A name of runs joined by "of" that an aside right after it calls a body of some
    kind ("Friends of the Earth, the environmental group, said", "Voices of the Quay,
    the volunteer group that organised the protest,"), or by "for" before a verb of
    speech ("Fairfax Families for Phone Choice said"): one organisation's name, though
    no word in it says so; with where it ends. None for any other run."""
    if not masked.startswith(_JOINING, match.end()):
        return None  # most runs: told without the regex
    joined = _ORG_JOIN_RE.match(masked, match.end())
    if joined is not None and masked.startswith(" for ", match.end()) and (
            TITLE_WORDS.isdisjoint(word.lower().rstrip(".") for word in match.group().split())):
        # (not an office: "Minister for Foreign Affairs Simon Coveney said")
        after = _next_word(masked, joined.end())
        if after is not None and after.group(1) in SPEECH_VERBS:
            # "Fairfax Families for Phone Choice said": a name with "for" that speaks is
            # a body's (a group for a cause), whatever its words
            return _one_body(masked, match.start(), 0, joined.end())
    if joined is None or masked[joined.end():joined.end() + 1] != ",":
        return None
    aside = _APPOSITIVE_RE.match(masked, joined.end())
    if aside is None:
        return None
    phrase = []  # the aside's noun phrase, up to a clause or a preposition
    for word in aside.group(1).lower().split():
        if word in PREPOSITIONS or word in _OPENS_CLAUSE or word == "which":
            break
        phrase.append(word)
    if not phrase or len(phrase) > APPOSITIVE_NOUN_WORDS or phrase[-1] not in ORGANISATION_NOUNS:
        return None  # (its head: "the party leader" is a person)
    return _one_body(masked, match.start(), 0, joined.end())


def _joined_by_and(masked: str, at: int, end: int, text: str, lead: int
                   ) -> tuple[tuple, int] | None:
    """One body's name of two runs joined by "and": the second ends in a word for a
    body ("Food and Drug Administration", "House Ways and Means Committee"), or the
    first is a body's name with "of" or "for" and the second one word for a field of
    work ("Centers for Disease Control and Prevention", "Ministry of Environment and
    Forestry"; not "Bank of America and Citigroup", nor, alas, "Office of Management
    and Budget"). Only after "the", and not after a name that is whole already ("the
    State Department and White House", "the Ministry of Health and Kenyatta National
    Hospital": one with "of" before a name of three words) or in capitals ("the FBI
    and …"); whatever the words, when the letters in brackets after it are the whole's
    initials ("Department of Public Works and Highways (DPWH)"). None when either is a
    person's or the second ends in 's. ``lead``: where the first run's name starts in
    it (past "The")."""
    opening = text[lead:].split()
    second = NAME_RUN_RE.match(masked, end + 5)
    if second is not None and _spelled_by_initials(masked, at + lead, second.end()):
        # "a Department of Public Works and Highways (DPWH) official": the bracketed
        # letters are the initials of the whole
        return _one_body(masked, at, lead, second.end())
    if not opening or opening[-1].lower() in ORGANISATION_WORDS or opening == [
            opening[0].upper()] or not (
            masked[max(0, at + lead - 4):at + lead].lower() in ("the ", "for ")
            or text[:4] == "The "):
        return None  # (one named in full already, "the State Department and …", or no "the"
        #             nor a role's "for": "A spokesperson for East Ayrshire Health and
        #             Social Care Partnership said")
    if second is None or second.group().endswith(("’s", "'s")) or masked.startswith(
            _JOINING, second.end()):
        return None  # (nor where the second goes on: "… and National Association of …")
    words = second.group().split()
    read = _run_info(second.group())
    if len(words) > AND_JOINED_WORDS or len(words) == AND_JOINED_WORDS and (
            " of " in text or " for " in text) or read is not None and read[0].kind == "person":
        return None
    last = words[-1].lower()
    if last not in ORGANISATION_WORDS and not (
            len(words) == 1 and (" of " in text or " for " in text) and _FIELD_RE.search(last)):
        return None
    return _one_body(masked, at, lead, second.end())


def _one_body(masked: str, at: int, lead: int, end: int) -> tuple[tuple, int]:
    """The run of a body's name from ``at + lead`` to ``end``, and where it ends."""
    parts = tuple(masked[at + lead:end].split())
    run = Run(0, 0, len(parts), parts, (), "org", None, False)
    key = tuple(w.lower().rstrip(".") for w in parts)
    return (run, key, lead, end - at), end


_BRACKETED_LETTERS_RE = re.compile(r"\s*\(([A-Z]{3,8})\)")


def _spelled_by_initials(masked: str, start: int, end: int) -> bool:
    """Whether the letters in brackets right after ``masked[start:end]`` are the
    initials of its words in capitals ("Department of Public Works and Highways
    (DPWH)")."""
    letters = _BRACKETED_LETTERS_RE.match(masked, end)
    if letters is None:
        return False
    initials = "".join(w[0] for w in masked[start:end].split() if w[:1].isupper())
    return initials == letters.group(1)


def _spelled_on(masked: str, start: int, end: int) -> int | None:
    """Where a body's name that opens at ``start`` and is read to ``end`` really ends:
    past more of its words, in capitals or short small ones ("of those", "and", "by"),
    up to letters in brackets that are the initials of its words in capitals ("Survivors
    Network of those Abused by Priests (SNAP)", "Pharmaceutical Research and
    Manufacturers of America (PhRMA)"). None when there are no such letters or the
    words before them go on past a clause's marks."""
    bracket = _LETTERS_AHEAD_RE.match(masked, end)
    if bracket is None:
        return None
    letters = "".join(c for c in bracket.group(2) if c.isupper())
    if len(letters) < (2 if letters != bracket.group(2) else 3):
        return None  # (two only with small letters among them: "TfL", not "(UK)")
    initials = "".join(w[0] for w in masked[start:bracket.end(1)].split() if w[:1].isupper())
    return bracket.end(1) if initials == letters else None


# The words of a body's name after what was read of it, then letters in brackets: its
# capitalised words, and small words of five letters or fewer between them.
_LETTERS_AHEAD_RE = re.compile(
    r"((?:\s+(?:[A-Z][\w’'&.-]*|[a-z]{1,5}))+?)\s*\(([A-Z][A-Za-z]{1,9})\)")


# Words of the second run of a body's name joined by "and"; the endings of a word for a
# field of work ("Forestry", "Prevention", "Development", "Fisheries", "Statistics").
AND_JOINED_WORDS = 3
_FIELD_RE = re.compile(r"(?:ion|ment|ry|ies|ics|ce|ure|ism|ity|ty)$")


_JOINING = (" of ", " for ", " on ", " de ")  # what _ORG_JOIN_RE opens with, spaced once
# Words of an aside's noun phrase for the kind of body it calls a name: "the volunteer
# group", "the nonprofit advocacy group".
APPOSITIVE_NOUN_WORDS = 3
# What an appositive's words may name: a role, or the kind of body ("the volunteer
# group"). One set, not the union of the two made again for every aside (4 us each).
_APPOSITIVE_NOUNS = ROLE_NOUNS | PEERAGE | ORGANISATION_NOUNS


class _Joined:
    """A run of capitals joined to the next one by "of"/"for" (an organisation's name)."""

    def __init__(self, first, end: int, text: str) -> None:
        self._start, self._end, self._text = first.start(), end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start:self._end]


# Of the ends of nationalities (``DEMONYM_ENDS``), the ends many surnames have too ("Ryan", "Evans"); not "Democratic",
# "Chinese", "British", which a first name before them makes a name ("Virginia
# Democratic primary voters").
_SURNAME_ENDS = ("an", "ans")
_HYPHENATED_RE = re.compile(r"-[a-z]+$")  # "Spanish-language"
_FOLLOWING_RE = re.compile(r"\s+([a-z][\w’'-]*)")


def _modifies(masked: str, end: int, word: str) -> bool:
    """A nationality or a party before a noun ("Democratic inquisitors", "Chinese
    officials", "London-based think tank") describes; it names nobody."""
    if word.endswith("ans") or "-" in word and _HYPHENATED_RE.search(word):
        return True  # "Mexicans", "London-based": always a description
    if not word.endswith(DEMONYM_ENDS):  # by str.endswith: read at every one-word name
        return False
    following = _FOLLOWING_RE.match(masked, end)
    if following is None:
        return False
    nxt = following.group(1)
    return not (nxt in SPEECH_VERBS or nxt in AUXILIARIES or nxt in _NOT_VERBS
                or nxt.endswith("ed"))


def _participle_opener(masked: str, start: int, end: int, run) -> bool:
    """"Responding, the chairman … told them", "Contacted, an engineer … admitted": one
    long -ing or -ed word that opens a sentence, followed by a comma, opens a clause; it
    names nobody (the caller asks only for a word no earlier run named: "Chelsea Manning
    … Manning, 29, said"; and an -ed word no list has as a first name: not "Mohammed,").
    """
    if len(run.core) != 1 or run.kind != "name" or run.possessive:
        return False
    word = run.core[0]
    if not (len(word) >= persons.GERUND_LETTERS and word.endswith("ing")
            or len(word) >= persons.GERUND_LETTERS - 1 and word.endswith("ed")
            and word.lower() not in first_names()):
        return False
    lead = masked[start - 2:start].rstrip()[-1:] if start >= 2 else ""
    if start and lead not in _SENTENCE_ENDS:
        return False
    if masked[end:end + 1] == ",":
        return True
    # "Edited excerpts from the interview:": an -ed word before its noun, no verb after;
    # "Looking ahead to the election, he pledged": an -ing word before its phrase
    after = _LOWER_AFTER_RE.match(masked, end)
    return after is not None and not _acts_verb(after.group(1)) and (
        word.endswith("ed") or after.group(1) not in CONJUNCTIONS
        and word.lower() not in first_names())


# " and Serena Williams": a first name and a surname after "and".
_AND_FULL_NAME_RE = re.compile(r" and ([A-Z][a-z’'-]+) ([A-Z][\w’'-]*[a-z])(?![\w’'-]| [A-Z])")


def _shared_surname(masked: str, end: int, run, key: tuple[str, ...], entities: dict):
    """"Venus and Serena Williams": the key and core of the first as a Williams, when
    it is a first name (after a word for kin: "Brothers Jake"), followed by "and", a
    first name and a surname, and no name the article has read ends with it ("Harris
    and Tim Walz" after "Kamala Harris"; "Pierre-Hugues Herbert and Nicolas Mahut" is
    two surnames); else None."""
    if run.possessive or len(key) > 2 or masked[end:end + 5] != " and ":
        return None
    given = first_names()
    if key[-1] not in given or len(key) == 2 and key[0] not in persons.KIN_NOUNS:
        return None
    found = _AND_FULL_NAME_RE.match(masked, end)
    if found is None or found.group(1).lower() not in given:
        return None
    word = key[-1]
    if any(other[-1] == word and len(other) > 1 for other in entities):
        return None
    surname = found.group(2)
    return (word, surname.lower().rstrip(".")), (run.core[-1], surname)


def _previous_word(masked: str, start: int) -> re.Match | None:
    """The word before ``start`` (looking back at most ``PREVIOUS_WORD_REACH``)."""
    return previous_word(masked, start, PREVIOUS_WORD_REACH)


_AGE_BEFORE_RE = re.compile(r"\d+-year-old")


# A preposition and a name before "and": the name after it is the preposition's second
# object ("director of Precision Cybertechnologies and Digital Solutions").
SECOND_OBJECT_REACH = 80
_SECOND_OBJECT_RE = re.compile(rf"\b(?:of|for|at|from|with)\s+(?:the\s+)?[{UPPER}][\w’'&.-]*"
                               rf"(?:\s+[{UPPER}][\w’'&.-]*)*\s+$")


# The word right after a name, past an adverb only: "The Food Standards Agency warned".
_VERB_RIGHT_AFTER_RE = re.compile(r"\s+(?:[a-z]+ly\s+)?([a-z][\w’'-]*)")


def _not_a_persons(name: str) -> bool:
    """Whether a name is read as no person's ("Food Standards Agency"; not "Da Vinci
    Code", whose "the" says it is a thing's though it reads as a man's)."""
    run = read_run(name)
    return run is not None and run.kind != "person"


def _verb_follows(masked: str, end: int) -> bool:
    """Whether a verb that can only be a subject's follows a name ending at ``end``
    right after it (not past an aside: "runs the AMAs, Dick Clark Productions, denies")."""
    after = _VERB_RIGHT_AFTER_RE.match(masked, end)
    return after is not None and _acts_verb(after.group(1))


def _after_preposition(masked: str, at: int) -> bool:
    """Whether a preposition (not a subordinating word) is the word before ``at``."""
    before = _previous_word(masked, at)
    word = before.group(1).lower() if before is not None else ""
    return word in PREPOSITIONS and word not in SUBORDINATORS


# A sentence opening on a role and the body or place it is of ("The Member of Parliament
# for ", "The Paramount Chief of the Wassa Fiase Traditional Area"; group 1: the role).
_ROLE_OF_OPENING_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:The|A|An|Its|His|Her|Their)\s+(?:[\w’'-]+\s+){0,3}?([\w-]+)\s+"
    r"(?:of|for|at|in|to)\s+[^,.;:!?\x01]{1,60}$")


def _role_of_body_before(masked: str, at: int) -> bool:
    """Whether the sentence opens, up to ``at``, with a role and what it is of."""
    found = _ROLE_OF_OPENING_RE.search(masked, max(0, at - 100), at)
    return found is not None and all(part in ROLE_NOUNS or part in TITLES
                                     for part in found.group(1).lower().split("-"))


def _is_subject(masked: str, start: int, end: int, after=None, before=False) -> bool:
    """A name is a clause's subject when a verb follows it (past an aside) and no
    preposition comes right before it: "Cook said", "Buser, however, is counting".
    ``after`` and ``before`` are the next and previous words when already found."""
    if masked.startswith(",", end) and (_in_relative(masked, start) or _ROLE_ASIDE_RE.match(
            masked, max(0, masked.rfind(",", max(0, start - RELATIVE_REACH), start)), start)):
        return False  # "Lucman, whose district includes Marawi, said": not Marawi's verb;
        #               "Hugill, a spokesman for the campaign group Liberty, told": nor
        #               Liberty's, the body of a role set off
    if before is False:
        before = _previous_word(masked, start)
    if before is not None and _AGE_BEFORE_RE.fullmatch(before.group(1)):
        start = before.start(1)  # "Among them was 68-year-old Ouk Savy": read past the age
        before = _previous_word(masked, start)
    if before is not None and not masked[before.end(1):start].strip():
        word = before.group(1).lower()
        if word in _NOT_BEFORE_SUBJECT and not _ranked(masked, before) and not (
                word == "the" and _verb_follows(masked, end) and _not_a_persons(
                    masked[start:end]) and not _after_preposition(masked, before.start(1))
        ) and not (word == "the" and " " in masked[start:end] and masked[start:end].split(
                None, 1)[0].lower().rstrip(".") in HONORIFICS):
            return False  # "by Trump", "the Obama administration" (not "The Food
            #               Standards Agency warned": a body's name after "the"; but
            #               "deliveries into the Gaza Strip had been cut": a place's;
            #               nor "the Rev Helen Marsh, the rector, led": a style of
            #               address, no noun's determiner)
        if word in ("and", "&") and _SECOND_OBJECT_RE.search(
                masked, max(0, before.start(1) - SECOND_OBJECT_REACH), before.start(1)):
            return False  # "managing director of Precision Cybertechnologies and Digital
            #               Solutions, a cyber security firm, said": the preposition's
        if word in _INVERTING_VERBS and (_INVERTED_RE.search(
                masked, max(0, before.start(1) - 40), before.start(1)) or _AMONG_RE.search(
                masked, max(0, before.start(1) - INVERTED_OPENING), before.start(1))
                or _role_is(masked, before.start(1))):
            return True  # "Among them was Pádraig Ó Cualáin, who farms …"
        if word in _INTRODUCING_VERBS:
            return True  # "Customers on Saturday included Carlos Ibarra, who drove …"
        if word.endswith("ed") and word not in SPEECH_VERBS:
            subject = _previous_word(masked, before.start(1))
            if subject is not None and subject.group(1).lower() in SUBJECT_PRONOUNS and not (
                    masked[subject.end(1):before.start(1)].strip()):
                return False  # "he represented Cardiff seats": its verb's object
    if after is None:
        after = _next_word(masked, end)
        if after is None and before and before.group(0).rstrip().endswith(",") and (
                before.group(1).lower() in ROLE_NOUNS or _role_of_body_before(
                    masked, before.start(1))):
            # "Mr Tierney's widow, Bernadette Tierney, gave evidence": a name set off
            # after a role, then the clause's verb, whatever verb it is (after the role's
            # body too: "The Member of Parliament for Mpohor, Hon. Francis Kwesi Ewusi,
            # threw his weight behind …")
            after = _COMMA_WORD_RE.match(masked, end)
            if after is not None and after.group(1) in FUNCTION_WORDS:
                after = None  # "…, a teacher,": another aside
    if after is not None and after.group(1) == "and":
        return _coordinated_subject(masked, after.end(1))
    return after is not None and after.group(1) not in _NOT_AFTER_SUBJECT and not (
        after.group(1).endswith(_POSSESSIVE_ENDS))  # "the western Queensland town’s post"


# A sentence opening on a role before "is" or "was": "The musical's British director is
# Matthew Warchus" (the role's word last).
_ROLE_OPENING_RE = re.compile(
    r"(?:^|[.!?]\s+)(?:The|Its|His|Her|Their|Our)\b[^.!?,;:\x01]{0,%d}?\b([a-z]+)\s+$"
    % INVERTED_OPENING)


def _role_is(masked: str, verb: int) -> bool:
    """Whether the sentence before the verb at ``verb`` ("is", "was") is a role alone,
    so that the name after it is who the sentence is about: "The musical's British
    director is Matthew Warchus, best known for …"."""
    found = _ROLE_OPENING_RE.search(masked, max(0, verb - INVERTED_OPENING - 10), verb)
    return found is not None and found.group(1) in ROLE_NOUNS


# Characters back from a subject that "said that" is looked for in its sentence.
REPORTED_CLAUSE_REACH = 300


def _ranked(masked: str, before: re.Match) -> bool:
    """Whether the word before a name is a rank's number: "British number one Jack
    Draper", "world No two" (a title, not a determiner)."""
    if before.group(1).lower() not in _RANK_NUMBERS:
        return False
    rank = _previous_word(masked, before.start(1))
    return rank is not None and rank.group(1).lower() in ("number", "no")


_RANK_NUMBERS = frozenset("one two three four five six seven eight nine ten".split())


# A verb and, after it, names in a list up to the last one's "and" ("said Pasir Mas,
# Tumpat and "; group 1: the verb).
_NAMES_AFTER_VERB_RE = re.compile(
    rf"\b([a-z]+)\s+(?:[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*,\s+)+"
    rf"(?:[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*,?\s+)?and\s+$")


def _in_reported_clause(masked: str, start: int) -> bool:
    """Whether a speech verb and "that" come before ``start`` in its sentence: "Lord
    Heseltine said that despite their differences, he and Lord Callaghan became
    friends" (Callaghan the subject of what was said, not of the sentence); or a
    speech verb and a list of names whose last ``start`` is."""
    if masked.endswith("and ", max(0, start - 4), start):  # (read only after "and ")
        listed = _NAMES_AFTER_VERB_RE.search(masked, max(0, start - REPORTED_CLAUSE_REACH),
                                             start)
        if listed is not None and listed.group(1) in SPEECH_VERBS:
            return True  # "Rosli said Pasir Mas, Tumpat and Kota Baru were the worst hit"
    that = masked.rfind(" that ", max(0, start - REPORTED_CLAUSE_REACH), start)
    if that < 0:
        return False  # (most sentences: told without the sentence's start)
    opening = sentence_start(masked, start)
    while that >= opening:
        verb = _previous_word(masked, that + 1)
        if verb is not None and verb.group(1) in SPEECH_VERBS and not _a_noun(masked, verb):
            return True
        that = masked.rfind(" that ", opening, that)
    return False


def _a_noun(masked: str, word: re.Match[str]) -> bool:
    """Whether a verb's base form is a noun there, after a determiner one or two words
    before it ("In a Facebook post that evening, Ms Nadia wrote": no verb of speech
    before "that")."""
    if VERB_LEMMA.get(word.group(1)) != word.group(1):
        return False
    before = _previous_word(masked, word.start(1))
    for _ in range(2):
        if before is None:
            return False
        if before.group(1).lower() in DETERMINERS:
            return True
        before = _previous_word(masked, before.start(1))
    return False


# An aside of a role and its body, from its comma: ", a spokesman for the campaign group ".
_ROLE_ASIDE_RE = re.compile(
    r",\s+(?:a|an|the)\s+[^,.;:!?\x01]*?\b(?:for|of|at|with)\s[^,.;:!?\x01]*$")


def _in_relative(masked: str, start: int) -> bool:
    """Whether the words before ``start`` back to the last comma open a relative
    clause set off by it ("…, whose district includes ", "…, who met ")."""
    comma = masked.rfind(",", max(0, start - RELATIVE_REACH), start)
    for _ in range(RELATIVE_LIST_ITEMS):
        if comma < 0 or _RELATIVE_RE.match(masked, comma + 1, start) is not None:
            break
        if len(masked[comma + 1:start].split()) > RELATIVE_ITEM_WORDS:
            return False
        # a name set off or listed inside the clause: "…, whose nine-year-old daughter,
        # Linh,", "…, who shares daughters Poppy, 14, and Isla, 11,"
        start, comma = comma, masked.rfind(",", max(0, comma - RELATIVE_REACH), comma)
    return comma >= 0 and _RELATIVE_RE.match(masked, comma + 1, start) is not None


# Kin who mostly bear the surname of the one they are kin to, and the words between
# that one's name in the possessive and the kin's first name set off ("’s widow, ",
# "'s eldest daughter, ").
_FAMILY_NOUNS = frozenset("""wife husband widow widower son sons daughter daughters
child children mother mum mom mam father dad brother brothers sister sisters grandson
grandsons granddaughter granddaughters grandchildren grandmother grandfather""".split())
_KIN_AFTER_RE = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,2}[a-z]+,?\s+")
# "her son Michael, 54", "their children, Isla,", "His mother, Lorraine,": kin of the
# person a his, her or their stands for (``People._kin_owner``), read back from the name.
_KIN_OF_PRONOUN_RE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}([a-z]+),?\s+$")
# "Craig Toohey, whose son Harrison captains …": kin of the one named before "whose"
# (group 1: the word for kin).
_KIN_OF_WHOSE_RE = re.compile(r",\s+whose\s+(?:[a-z-]+\s+){0,2}([a-z]+),?\s+$")
# Characters back the person a his, her or their stands for is looked for.
KIN_OWNER_REACH = 600


# Characters back a relative clause's comma is looked for; its opening words.
RELATIVE_REACH = 60
# Items of a list (or a name set off) inside the clause, each of a few words, read past
# back to its opening: "who shares daughters Poppy, 14, and Isla,".
RELATIVE_LIST_ITEMS = 4
RELATIVE_ITEM_WORDS = 2
_RELATIVE_RE = re.compile(r"\s*(?:who|whose|which)\s[^,.;:!?\x01]*$")


# Words after "and" within which the verb of a subject of two is looked for.
COORDINATED_WORDS = 5
_CLAUSE_END_RE = re.compile(r"[,.;:!?\x01—–()]")


def _first_run(words: list[str], nouns: set[str]) -> list[str]:
    """The first run of words in a row that are among ``nouns``."""
    run: list[str] = []
    for word in words:
        if word in nouns:
            run.append(word)
        elif run:
            break
    return run


def _either_gender(entity: Entity) -> bool:
    """Whether the first name of ``entity`` is one the lists give to both ("Ray")."""
    return len(entity.key) > 1 and first_names().get(entity.key[0]) == "?"


_TALKING = frozenset(("spoke", "talked", "speaking", "talking"))


def _speaks_there(mention: "Mention") -> bool:
    """Whether the one a description names is the subject of a verb of speech in its
    sentence ("A 15-year-old boy …, who …, said", "The young man …, who …, spoke to
    Kathimerini"), not only told of ("A 19-year-old man remains in a stable
    condition")."""
    text, end = mention._text, mention.end - mention._base
    stop = _SENTENCE_STOP_RE.search(text, end)
    previous = ""
    for found in _WORD_RE.finditer(text, end, stop.start() if stop else len(text)):
        word = found.group().lower()
        if (word in SPEECH_VERBS or word in _TALKING) and previous not in _BE_WORDS:
            # (not "The woman's family have been told", nor another's tag at the end:
            # "A 19-year-old man remains in hospital, police said")
            return not _TAG_BEFORE_RE.search(text, max(end, found.start() - 40), found.start())
        previous = word
    return False


_TAG_BEFORE_RE = re.compile(r",\s+(?!who\b|which\b)(?:[\w’'-]+\s+){1,2}$")
_SENTENCE_STOP_RE = re.compile(r"[.!?\x01](?:\s|$)")
_WORD_RE = re.compile(r"[A-Za-z’'-]+")
_BE_WORDS = frozenset("be been being was were is are".split())


def _opening_participle(masked: str, at: int, end: int, word: str) -> bool:
    """Whether a capitalised word opening a sentence is a speech verb's participle
    before its phrase ("Asked whether …,", "Pressed on the delay,"), not a name."""
    return (word.endswith("ed") and word in SPEECH_VERBS
            and (at < 2 or masked[at - 2:at].rstrip()[-1:] in _SENTENCE_ENDS)
            and _LOWER_AFTER_RE.match(masked, end) is not None)


# Letters an adverb in -ly opening a sentence has at least ("Finally"; not "Ely").
ADVERB_LETTERS = 6


def _opening_adverb(masked: str, at: int, end: int, word: str) -> bool:
    """Whether a capitalised word opening a sentence, before a comma, is an adverb in
    -ly ("Separately,", "Additionally,"), not a name ("Kimberly,": a given name)."""
    if not (len(word) >= ADVERB_LETTERS and word.endswith("ly") and masked.startswith(",", end)
            and (at < 2 or masked[at - 2:at].rstrip()[-1:] in _SENTENCE_ENDS)
            and word not in first_names()):
        return False
    # (not one set off by an aside of small words before its verb, as a name is:
    # "Splitly, one of the largest providers, said"; but "Additionally, a spokesman for
    # the bank, Tom Hale, said")
    after = _next_word(masked, end)
    return after is None or not _acts_verb(after.group(1)) or any(
        c.isupper() for c in masked[end:after.start(1)])


_LOWER_AFTER_RE = re.compile(r"\s+([a-z][a-z’'-]*)")  # a word in small letters after it


def _coordinated_subject(masked: str, start: int) -> bool:
    """Whether "and" after a name joins a second subject to it: "Louise Kinsella (31)
    and her three children have been living …", "Ward and Lin said" (a verb within a
    few words, before any comma); not "Ward and Lin's house" or "met Ward and Lin"."""
    stretch = masked[start:start + 80]
    stop = _CLAUSE_END_RE.search(stretch)
    words = (stretch[:stop.start()] if stop else stretch).split()[1:COORDINATED_WORDS + 1]
    return any(_acts_verb(w) for w in words)


class Entity:
    """A person, organisation or unnamed speaker of one article. (A plain class: the
    compiled engine builds it natively, a dataclass with a default factory through an
    interpreted __init__, ten times slower, and an article has dozens.)"""

    __slots__ = ("key", "core", "kind", "he", "she", "roles", "mentions", "titled",
                 "inside", "speaks", "known_gender", "said_so", "sure_gender", "located",
                 "alias_of", "teams", "ages")

    def __init__(self, key: tuple[str, ...], core: tuple[str, ...], kind: str) -> None:
        self.key = key
        self.core = core
        self.kind = kind                    # person, org, caps, name, unnamed
        self.he = 0                         # evidence for he and she
        self.she = 0
        self.roles: set[str] = set()
        self.mentions = 0
        self.titled = False                 # named with a title or role before the name
        self.inside = False                 # named somewhere other than a sentence's start
        self.speaks = 0                     # quotes given to it so far
        self.known_gender = False           # he or she from a title, a first name or the book
        self.said_so = False                # followed by a speech verb somewhere ("Cook said")
        self.sure_gender = False            # from a title ("Ms Green"), a role noun or the book
        self.located = 0                    # mentions right after "in", "at", "near" …
        self.alias_of: Entity | None = None
        self.teams: set[str] = set()        # words naming whose role it is ("Athletic boss")
        self.ages: set[str] = set()         # ages the article gives ("Kerry Bates, 34,")

    def __repr__(self) -> str:
        return f"Entity({self.key!r}, {self.kind!r})"

    def root(self) -> "Entity":
        entity = self
        while entity.alias_of is not None:
            entity = entity.alias_of
        return entity

    @property
    def gender(self) -> str | None:
        if self.he > self.she:
            return "m"
        if self.she > self.he:
            return "f"
        return None

    @property
    def name(self) -> str:
        if self.kind == "caps":
            # A name in capitals is written as a name ("WALLACE", "BUSH": Wallace,
            # Bush), an acronym as it is ("the NHS said", "the MP said": not "Nhs"), and
            # so is a body's ("The UN agency for Palestinian refugees, UNRWA,") and one
            # the story's sentences name, not only a transcript's labels ("the KCCI said").
            body = not self.roles.isdisjoint(ORGANISATION_NOUNS) or self.inside
            return " ".join(w if body or _acronym(w) else w.capitalize() for w in self.core)
        return " ".join(self.core)

    @property
    def trusted(self) -> bool:
        """Whether this is a name at all: a word seen only opening sentences ("Stalls
        opened", "Nevertheless") and never with a title, a first name or a speech verb
        after it is a capitalised word."""
        return (self.kind != "name" or len(self.key) > 1 or self.inside or self.titled
                or self.speaks > 0 or self.said_so or self.he + self.she > 0)

    @property
    def is_place(self) -> bool:
        """Only ever named where a place goes ("rallied in San Diego", "at Fort
        Bragg"), never with a title or a speech verb: a first name in a place's name
        does not make it a person."""
        return (self.located > 0 and self.located == self.mentions and not self.titled
                and not self.said_so and self.speaks == 0)

    @property
    def is_person(self) -> bool:
        if self.is_place:
            return False
        if self.kind in ("person", "unnamed"):
            return True
        return self.kind in ("name", "caps") and (self.titled or self.speaks > 0
                                                  or self.he + self.she > 0)


class Mention:
    """One naming of an entity: a run of capitals, an unnamed "one mother", or a
    clause-opening he or she resolved as the text goes. What the words around it say
    (a subject? a speaker? asked?) is read when first wanted: most mentions never are."""

    __slots__ = ("start", "end", "entity", "gender", "possessive", "initial", "pronoun",
                 "_text", "_base", "_subject", "_speaks", "_asked", "_embedded", "resolved",
                 "described", "_named_speaking", "_verb")

    def __init__(self, start: int, end: int, entity: Entity, gender: str | None,
                 possessive: bool, initial: bool, pronoun: str = "", text: str = "",
                 base: int = 0) -> None:
        self.start, self.end, self.entity, self.gender = start, end, entity, gender
        self.possessive, self.initial, self.pronoun = possessive, initial, pronoun
        self._text, self._base = text, base  # the masked paragraph, and where it starts
        self._subject = self._speaks = self._asked = self._embedded = None
        self._named_speaking = None
        self._verb = ""
        self.resolved: Entity | None = None  # the entity it names, once linked
        self.described = False  # "one mother": a person named by what they are
        if pronoun:
            self._subject, self._speaks, self._asked, self._embedded = True, False, False, False
            self._named_speaking = False

    def _read(self) -> None:
        text, start, end = self._text, self.start - self._base, self.end - self._base
        following = _next_word(text, end)
        if text[start - 2:start] == ", ":
            # Set off by commas, an aside naming the one before ("Her husband, Patrick,
            # was less sure", "the boy's uncle, Mehmet Aslan, waited"): a verb after it
            # is its verb (an auxiliary however far an aside would reach: "Kharkiv’s
            # regional governor, Yevhen Hrebenyuk, has tried to reassure residents of
            # the city, which …").
            found = _COMMA_WORD_RE.match(text, end)
            if found is not None and (following is None and _acts_verb(found.group(1))
                                      or found.group(1) in _FINITE_AUXILIARIES
                                      or found.group(1) in SPEECH_VERBS):
                # (a verb of speech however far the sentence goes on: "Te Whata's
                # partner, Mereana Tipene, says the findings …, but not all")
                following = found
        previous = _previous_word(text, start)
        self._subject = not self.possessive and _is_subject(
            text, start, end, following, previous)
        if self._subject and following is not None:  # (none after an inverted one)
            self._verb = following.group(1)
        self._speaks = bool(self._subject and following
                            and following.group(1) in SPEECH_VERBS) or None  # None: unread
        word = previous.group(1).lower() if previous is not None else ""
        self._asked = word in _ASKED
        right_after = previous is not None and bool(word) and not text[
            previous.end(1):start].strip()
        self._embedded = bool(self._subject and (word and (
            word in SPEECH_VERBS or word in _OPENS_CLAUSE
            or word == "which" and not self._speaks) and right_after
            or _in_reported_clause(text, start)))
        # "…," says David Axelrod, an adviser to Barack Obama: the one speaking; not
        # the one spoken to ("Bolton said he would advise Trump", "she told Ruiz"):
        # the verb opens its clause, after a quotation, a comma or a colon.
        self._named_speaking = False
        if previous is not None and not self._subject and right_after and word in SPEECH_VERBS:
            verb = previous.start(1)
            self._named_speaking = text[max(0, verb - INVERTED_REACH):verb].rstrip()[-1:] in (
                _BEFORE_INVERTED)
        elif previous is not None and not self._subject and right_after and (
                word in ROLE_NOUNS or len(word) > 5 and word.endswith(_AGENT_ENDS)) and (
                not _after_a_modal(text, previous.start(1) - 1)):
            # "…, says Selangor public works committee chairman Datuk Ahmad Hashim": a
            # role and its modifiers between the verb and the name (a role noun or one
            # for what someone does: "says pharmacist Dr. Leslie Helou").
            found = _ROLE_AFTER_VERB_RE.search(text, max(0, start - ROLE_AFTER_VERB_REACH), start)
            self._named_speaking = bool(
                found and found.group(2) in SPEECH_VERBS and VERB_LEMMA.get(found.group(2))
                != found.group(2) and not SPEECH_VERBS.intersection(found.group(3).split()))
        if not self._named_speaking and not self._subject and "according" in text[
                max(0, start - ROLE_AFTER_VERB_REACH):start]:
            # "…, according to Q magazine editor Paul Rees. ¶ “…” He added": the source
            self._named_speaking = _ACCORDING_TO_RE.search(
                text, max(0, start - ROLE_AFTER_VERB_REACH), start) is not None

    @property
    def subject(self) -> bool:
        """What follows is a verb, not a preposition or the sentence's end."""
        if self._subject is None:
            self._read()
        return self._subject  # type: ignore[return-value]  # read: a bool

    @property
    def speaks(self) -> bool:
        """A speech verb follows ("Ham explained", "McLenney said"), or a relative
        clause says the one named spoke (``_who_spoke``)."""
        if self._subject is None:
            self._read()
        if self._speaks is None:
            self._speaks = _who_spoke(self)
        return self._speaks  # type: ignore[return-value]  # read: a bool

    @property
    def verb(self) -> str:
        """The word after a subject, past its asides ("Ann Ruiz, the mayor, said": said);
        empty when not a subject."""
        if self._subject is None:
            self._read()
        return self._verb

    @property
    def embedded(self) -> bool:
        """The subject of a clause inside the sentence ("said Nunberg was", "who Ali
        was"), not the person the sentence is about."""
        if self._subject is None:
            self._read()
        return self._embedded  # type: ignore[return-value]  # read: a bool

    @property
    def named_speaking(self) -> bool:
        """Named right after a speech verb as the one who speaks ("says David
        Axelrod, an adviser"), not as a clause's subject ("said Nunberg was")."""
        if self._subject is None:
            self._read()
        return self._named_speaking  # type: ignore[return-value]  # read: a bool

    @property
    def asked(self) -> bool:
        """Asked right before: "when I asked Weiwei what …"."""
        if self._subject is None:
            self._read()
        return self._asked  # type: ignore[return-value]  # read: a bool


_WHO_AFTER_RE = re.compile(r",?\s+who\b")
# A role's word that is an office's ("Chairman", "Chairwoman", "Chairperson"; not
# "Voter" in "National Voter Access Act").
_OFFICE_ENDS = ("man", "woman", "person")
# A relative clause of "which" right after a noun or a name: "a statement, which read:",
# "Rand Water, which supplies …".
WHICH_AFTER_RE = re.compile(r",?\s+which\s")
_WHO_RESTRICTS_RE = re.compile(r"\s+who\s+[a-z]")  # "The executive who took the call"
# ... and a name set off after that clause ("… who took the sample, Abena Boateng,").
_RELATIVE_THEN_NAME_RE = re.compile(
    rf"\s+who\s+[^,.;:!?\x01]{{1,60}},\s+[{UPPER}][\w.’'-]*(?:\s+[{UPPER}][\w.’'-]*){{0,3}},")
# (and past a phrase of where one described is: "A salesclerk at the store, who asked not
# to be named, said")
_WHO_AFTER_PLACE_RE = re.compile(r"(?:\s+(?:at|of|from|in|on)\s+[^,.;:!?\x01]{1,40}?)?,?"
                                 r"\s+who\b")
# The capitalised word right before a role before a name: whose the role is ("a decision
# Athletic boss Gary Pennock described"); opening a sentence (``opens``) only if it is a
# word of a name ("Wetherfield manager Neil Farraday said"; not "Former boss …").
_TEAM_BEFORE_RE = re.compile(r"(?:(?<=[a-z,;:] )|(?<![^.!?\n] )(?P<opens>))"
                             r"(?P<word>[A-Z][\w’'-]+) $")
TEAM_REACH = 40
# A place a person is from, right after a given name alone: "Steve from Penrith", the
# way radio phone-ins and vox pops name callers and passers-by (or set off with the way
# they speak from there: "Theresa, calling from Tignish,").
_FROM_PLACE_RE = re.compile(r"(?:, [a-z]+ing)? from [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)*")
# A clause of "who" set off after a name, its verb one for one person ("has", "is",
# "was", "plays"; "also", "now" or the like between): not "who have", "who were".
_WHO_ONE_RE = re.compile(
    r",\s+who\s+(?:(?:also|now|still|once|since|then|never|often|already|[a-z]+ly)\s+)?"
    r"(?:has|is|was|does|[a-z]*[a-rt-z]s)\b")


def told_of(mention: Mention) -> bool:
    """Whether the words around a name tell of the person as one who acts: the subject
    of a clause ("Chandor laughed") or with a clause of their own ("directed by Greta
    Lindqvist, who also wrote it"); not one named in passing ("an ad attacking
    Governor Ruth Kaplan", "an attack by Sen. Lindsey Graham")."""
    return mention.subject or bool(mention._text) and _WHO_AFTER_RE.match(
        mention._text, mention.end - mention._base) is not None


_OWNED_RE = re.compile(r"(?:[’']s?)?\s+([a-z]+)")


def owned_role(mention: Mention) -> str | None:
    """The word for a person after a name with an 's, if there is one: "Sioned Jones's
    daughter Elan", "Trump's lawyer": the one who acts is that person, not the one
    named."""
    if not mention._text:
        return None
    found = _OWNED_RE.match(mention._text, mention.end - mention._base)
    return found.group(1) if found is not None and found.group(1) in ROLE_NOUNS else None


def says(mention: Mention) -> bool:
    """Whether a speech verb follows the name as its verb ("Acme said", "Sport Ireland
    said"), as ``acts`` reads it."""
    if not acts(mention):
        return False
    after = _next_word(mention._text, mention.end - mention._base)
    if after is not None and after.group(1) in _PERFECT:
        after = _AFTER_PERFECT_RE.match(mention._text, after.end(1))  # "have confirmed"
    if after is not None and after.group(1) in SPEECH_VERBS:
        return True
    # (or a second verb of its clause: "Movera did not dispute the figures but said")
    second = _SECOND_VERB_RE.match(mention._text, mention.end - mention._base)
    return second is not None and second.group(1) in SPEECH_VERBS


# A relative clause set off after a name, and the verb after it (group 1).
_RELATIVE_ASIDE_RE = re.compile(r",\s+(?:which|who)\s[^,.;:!?\x01]{1,150},\s+([a-z]+)\b")


def in_relative(mention: Mention) -> bool:
    """Whether a name is inside a relative clause set off before it ("Corbridge, which
    … owns US snacks maker …")."""
    return bool(mention._text) and _in_relative(mention._text, mention.start - mention._base)


def verb_after_aside(mention: Mention) -> int:
    """Where in its paragraph the verb after a relative clause set off after a name
    starts ("Corbridge, which manages …, said"), or -1."""
    if not mention._text:
        return -1
    aside = _RELATIVE_ASIDE_RE.match(mention._text, mention.end - mention._base)
    return -1 if aside is None else aside.start(1)
# A verb a clause's subject shares after "but" or "and", in the same sentence.
_SECOND_VERB_RE = re.compile(r"[^.;:!?\x01,]{1,80}?\s(?:but|and)\s+(?:also\s+)?([a-z]+)\b")


_PERFECT = frozenset(("has", "have", "had"))
_AFTER_PERFECT_RE = re.compile(r"\s+(?:also\s+|since\s+|now\s+)?([a-z]+)")


def acts(mention: Mention) -> bool:
    """Whether a verb follows the name (past asides), whatever comes before it: "The
    Granvik Education Board said", "the Times reported" (a determiner before a name
    makes ``subject`` read it as a modifier)."""
    if not mention._text:
        return False
    text, start, end = mention._text, mention.start - mention._base, mention.end - mention._base
    after = _next_word(text, end)
    if after is None or not _acts_verb(after.group(1)):
        return False
    if text.startswith(",", end) and _in_relative(text, start):
        return False  # "ExxonMobil, which operates the Stabroek Block, declined": not its act
    before = _previous_word(text, start)
    # (not a preposition's object: "the officer, from Market Harborough, Leicestershire,
    # were killed" is no Market Harborough's act)
    word = before.group(1).lower() if before is not None else ""
    return word not in PREPOSITIONS or word in SUBORDINATORS  # ("after Intel warned")


def modifies(mention: Mention) -> bool:
    """A name between a determiner and what it describes: "the Trump team", "an Obama
    ad" name a team and an ad, not the person."""
    if mention.pronoun or not mention._text:
        return False
    before = _previous_word(mention._text, mention.start - mention._base)
    return (before is not None and before.group(1).lower() in _NOT_BEFORE_SUBJECT
            and before.group(1).lower() in DETERMINERS
            and not mention._text[before.end(1):mention.start - mention._base].strip())


_ASKED = frozenset(("asked", "asks", "ask"))
# Verbs that make the words after a name's comma a clause of their own ("…, the mayor
# also said", "…, the group has"), not an aside about the name.
_CLAUSE_VERBS = frozenset("has had have was is were will would also did does".split())
# Characters back from a name to the speech verb of an inverted cue, past a role and
# its modifiers ("says Selangor infrastructure and public amenities committee chairman");
# the verb opens its clause after a mark, or after a long quotation's blanks that run
# past the reach ("“…,” said chief executive Sam Yagan").
ROLE_AFTER_VERB_REACH = 120
_ROLE_AFTER_VERB_RE = re.compile(
    r"(^|[,\x01:;—–]\s*|(?<=\s\s))([a-z]+)\s+((?:[\w’'&.-]+\s+){1,8})$")
# "according to" and up to six words of a role before a name.
_ACCORDING_TO_RE = re.compile(r"\baccording to\s+(?:[\w’'&.-]+\s+){0,6}$")
# Characters before a speech verb read for what opens its clause (spaces at most).
INVERTED_REACH = 8
# What comes before a speech verb that opens its clause ("…,” says X", "…. Said X:"):
# a quotation's mask, a stop, a comma, a colon, a dash or nothing.
_BEFORE_INVERTED = frozenset(("", "\x01", ".", ",", ":", ";", "—", "–", "-", "(", "!", "?"))
_PLACE_PREPOSITIONS = _LOCATIVES | {"of", "from"}
# After a name: a place ("of California"), an aside, then "who" and a speech verb; the
# "who" is within this many characters (a place, an aside of ``COMMA_ASIDE_CHARS``).
WHO_SPOKE_REACH = 160
_WHO_SPOKE_RE = re.compile(
    rf"(?:\s+of\s+[{UPPER}][\w.’'-]*(?:\s+[{UPPER}][\w.’'-]*)*)?"
    rf"(?:,{_ASIDE_PART}{{1,{COMMA_ASIDE_CHARS}}})?,\s+who\s+(?:[a-z]+ly\s+)?([a-z]+)")


_QUOTED_RE = re.compile(QUOTE_MARK + " *")


def _narration_between(named: Mention, start: int, masked: str, base: int) -> int:
    """The characters of narration between ``named`` and ``start`` in ``masked`` (the
    paragraph at ``base``): its quotations left out, so that the speaker of a long
    quotation is as near as the words after it ("“…,” said Williams. “…” ¶ “…,” he
    added"). From a paragraph before the one right before, every character counts."""
    if named._base == base:
        between = masked[named.end - base:start - base]
    elif 0 <= base - (named._base + len(named._text)) <= 4:
        between = named._text[named.end - named._base:] + masked[:start - base]
    else:
        return start - named.end
    return len(_QUOTED_RE.sub("", between))


def _who_spoke(mention: Mention) -> bool:
    """"Ann Ruiz, the ranking Democrat, who said …": a relative clause says the one
    named spoke, so she is the one a he or she after it goes on about."""
    text, start, end = mention._text, mention.start - mention._base, mention.end - mention._base
    if text.find(" who ", end, end + WHO_SPOKE_REACH) < 0:
        return False  # most names: told without the regex
    before = _previous_word(text, start)
    if before is not None and before.group(1).lower() in _PLACE_PREPOSITIONS and (
            mention.entity.root().kind != "person"):
        return False  # "Ann Ruiz of Iowa, who said": Iowa is where she is from (not a
        #               person's name: "an angry response from Coun Whitaker, who said")
    found = _WHO_SPOKE_RE.match(text, end)
    return found is not None and found.group(1) in SPEECH_VERBS


_OPENS_CLAUSE = frozenset("that who whom what where when why how if whether".split())
_SENTENCE_ENDS = frozenset((".", "!", "?", ":", "\x01", ""))


# How a lower-case word for what somebody does ends ("specialist", "librarian"): one
# the role list lacks still says a name follows.
_AGENT_ENDS = ("ist", "ian")


def _names_follow(masked: str, start: int, role_only: bool = False) -> bool:
    """Whether the word right before a run that opens with a month's or a day's word, or
    has three words or more (``_run_shape``), says a person's name follows: a role
    ("weather specialist Jun Galang", "general secretary Tushar Kanti Barua") or a speech
    verb ("said May Chen"), not a preposition or a determiner ("in May", "a June Trump
    rally"). ``role_only``: a role alone, for a run that ends with a day's word ("sevens
    coach Mike Friday", not "said Kerry Friday")."""
    before = _previous_word(masked, start)
    if before is None or masked[before.end(1):start] != " ":
        return False
    word = before.group(1)
    if role_only:
        return word in ROLE_NOUNS
    return word.islower() and (word in ROLE_NOUNS or word in SPEECH_VERBS
                               or len(word) > 5 and word.endswith(_AGENT_ENDS))


_ACRONYM_RE = re.compile(r"[A-Z]{2,5}")  # a rank or an office in capitals: "SSP", "DIG"


@lru_cache(maxsize=65536)
def _run_shape(text: str) -> tuple[bool, bool, bool, bool] | None:
    """What a run's own words tell, read once however often it recurs (a name recurs
    through an article, and "He", "But" open sentence after sentence): None for a word
    that names nobody alone (``_NOT_NAMES``); else whether it has three words or more,
    opens with a day's or a month's word (then the word before it may say a name
    follows, ``_names_follow``), ends with a day's (then a role before it says the day's
    word is a surname: "sevens coach Mike Friday"), and ends in a title
    (``_ends_in_office``)."""
    if text in _NOT_NAMES:
        return None
    space = text.find(" ")
    dated = space >= 0 and text[:space].lower().rstrip(".") in DAYS_AND_MONTHS
    day_last = space >= 0 and text[text.rfind(" ") + 1:].lower() in DAY_NAMES
    return text.count(" ") >= 2, dated, day_last, _ends_in_office(text)



# "and", a given name and a surname ending the name (group 2) after a given name alone:
# " and Mallory Brennan" after "Jake".
_SHARED_SURNAME_RE = re.compile(r"\s+and\s+([A-Z][a-z]+)\s+([A-Z][\w’'-]+)\b(\s+[A-Z])?")


@lru_cache(maxsize=65536)
def _run_info(text: str, inside: bool = False, named: bool = False
              ) -> tuple[Run, tuple[str, ...], int, int] | None:
    """A run of capitals, read once however often it recurs: (the run, its key, where
    the mention starts and ends in it), or None when it names nobody. ``inside``: the
    run is inside a sentence, ``named``: the word before says a name follows
    (``read_run``)."""
    run = read_run(text, inside, named)
    if run is None:
        return None
    if "  " in text or "\t" in text:
        # Words set apart by more than a space (a nickname's marks blanked: "Anthony
        # “Tony” Lezama"): where each word is.
        spans = [word.span() for word in TOKEN_RE.finditer(text)]
        lead = spans[run.lead][0] if run.lead else 0
        kept = spans[run.last - 1][1] if run.last else 0
    else:
        words = text.split()
        lead = len(" ".join(words[:run.lead])) + 1 if run.lead else 0
        kept = len(" ".join(words[:run.last]))
    return run, tuple(w.lower().rstrip(".") for w in run.core), lead, kept



# The words after a company's name that say what kind of company it is, which news
# leaves out when it names the company again ("Alder Hospitality Group" … "Alder
# Hospitality said").
_COMPANY_WORDS = frozenset("""group inc corp corporation co company ltd limited llc plc
holdings""".split())
# The nouns that end a body's name and say what kind of body it is, which news may
# leave out with the words before them when it names the body again by its first word
# ("Pennine" for "Pennine Building Society", "Halden" for "Halden Trust").
_BODY_ENDS = _COMPANY_WORDS | frozenset("""society bank trust foundation association
institute union""".split())


def forget_runs() -> None:
    """Drop the runs read so far (see loading._forget_parsing)."""
    _run_shape.cache_clear()
    _run_info.cache_clear()
    _roles_of.cache_clear()


_SAID_FORMS = frozenset("said told wrote spoke".split())  # (past forms not in -ed)
# After a title that "the" opens (a verb of speech in a past or third-person form, not
# a noun's: "the Wim report"): the end of the clause, a verb of speech, a capitalised
# word, or a preposition ("the Emir said", "the Emir, Sheikh …", "the Emir on Friday").
_THE_TITLE_AFTER_RE = re.compile(
    r"(?:[,.;:!?)]|\s+(?:[A-Z]|(?:" + "|".join(sorted(
        verb for verb in SPEECH_VERBS if verb.endswith(("ed", "s")) or verb in _SAID_FORMS))
    + r"|on|in|at|of|for|to|and)\b))")


# A noun for a body or a business, whose, then the name set off after it ("her business,
# Wee Crumbs, has a shop"; "the company, Acme,").
_THINGS = ORGANISATION_NOUNS | frozenset("business shop bakery cafe café restaurant brand "
                                         "venture store".split())
_THING_SET_OFF_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir|[Ii]ts|[Tt]he|[Oo]ur)\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(_THINGS)) + r"),\s+$")
THING_REACH = 50
# A noun for a work, a programme or a vessel right before its name.
_WORKS = frozenset("programme program show series film movie album novel song single "
                   "podcast documentary musical ship vessel yacht app".split())


_BORN_RE = re.compile(r",?\s+was\s+born\b")  # after a name: "… was born on"
# "were born Isobel and Jean Reid": before a name borne at birth (and another's given
# name before it, sharing its surname).
_BORN_AS_RE = re.compile(r"\b(?:was|were)\s+born\s+(?:[A-Z][\w’'-]*\s+and\s+)?$")
BORN_AS_REACH = 40  # characters back to "born"
# "Born Margaret Anne MacLellan in 1928", "She was born Agnes Mairi MacAskill in …"
_BORN_BEFORE_RE = re.compile(r"(?:(?:^|[.!?]\s+)Born|\bwas\s+born)\s+$")
# A person named this often is an article's own, its main character (with no headline
# naming one; a role may stand for that person, candidates._described).
SALIENT_MENTIONS = 3


@lru_cache(maxsize=4096)
def _roles_of(before: tuple[str, ...]) -> frozenset[str]:
    words = {w.lower().rstrip(".") for w in before}
    return frozenset(words | {SPELLED_OUT[w] for w in words if w in SPELLED_OUT}
                     | {TITLE_ROLES[w] for w in words if w in TITLE_ROLES})
_NOT_NAMES = frozenset(w.capitalize() for w in FUNCTION_WORDS | DAYS_AND_MONTHS)


def _gender_of_role(role: str, entity: Entity) -> None:
    """A role only a she or only a he has ("actress", "spokesman") says so of ``entity``."""
    if role in FEMALE_NOUNS:
        entity.she += 2
    elif role in MALE_NOUNS:
        entity.he += 2
    else:
        return
    entity.known_gender = entity.sure_gender = True


def name_key(name: str) -> tuple[str, ...]:
    """The key of the entity a name written out stands for ("Dr. Jane Roe": dr, jane,
    roe)."""
    return tuple(w.lower().rstrip(".") for w in name.split())


class People:
    """The entities and mentions of one article."""

    def __init__(self, book=None) -> None:
        self.book = book  # the corpus's curated people: their he or she is known
        self.entities: dict[tuple[str, ...], Entity] = {}
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self._ambiguous: dict[int, list[Entity]] = {}
        # (start, end, he or she, its paragraph masked or "" when it opens its sentence,
        # where that paragraph starts, where the words it is said to say start or -1,
        # whether a speech verb follows it, its paragraph masked whatever the sentence)
        self._pronouns: list[tuple[int, int, str, str, int, int, bool, str]] = []
        # Organisations whose run may end in the name of the person holding its title:
        # the run's key -> (the name's words, the words before it).
        self._holders: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # A title word alone ("Law said") or a word that may be a nationality ("Ryan
        # holds"): (start, end, the word, masked paragraph, base).
        self._title_words: list[tuple[int, int, str, str, int]] = []
        # A first name after a his, her or their and a word for kin ("her son Michael"):
        # (where the his is, the his, the kin's entity), given the surname in ``link``.
        self._kin_of_pronouns: list[tuple[int, str, Entity]] = []
        # "His mother, told of this later, laughed": kin by a his or her and a noun,
        # opening a sentence (start, end, pronoun, noun, paragraph, its offset)
        self._kin_described: list[tuple[int, int, str, str, str, int]] = []
        # "The striker also posted …": where a sentence opens on "the" and a role, read
        # once the article's people are known (``_name_role_openers``)
        self._role_openers: list[tuple[int, int, str, str, int]] = []
        # The one person the headline names in full, named again (``_headline_person``),
        # once the article's people are known
        self.topic: Entity | None = None
        # A nickname in marks inside a full name ("Patricia ‘Pat’ Halloran"): the word
        # alone names that person ("We caught up with Pat").
        self._nicknames: dict[str, list[Entity]] = {}
        # Ages given to people named (each time) and ages written set off at all ("The
        # woman, also 34,"): an age written more often than given is no one's alone.
        self.ages_given: dict[str, int] = {}
        self.ages_written: dict[str, int] = {}
        # Whether each root entity is a person a he or she may stand for (``persons``),
        # read when a pronoun first asks: id -> (entity, verdict).
        self._persons: dict[int, tuple[Entity, bool]] = {}
        self._named_by: dict[int, list[Mention]] | None = None
        # Where each entity is named, for telling apart two full names that share a
        # surname (``_entity_of``); set by ``link`` when the article has such a surname.
        self._named_at: _NamedAt | None = None
        self._told: dict[int, str] = {}  # told_gender's answers, by the root's id
        # what the words around each entity's names say of it, read once when first
        # asked (candidates._body_by_name): by its id, a role after a name, words before
        self.around: dict[int, tuple[bool, set[str]]] | None = None
        self._texts: list[str] = []        # the paragraphs read, masked
        # A style and the one the article first names after it ("His Majesty King Pema
        # Lhundrup"): the style alone names that person ("His Majesty said").
        self._styles: dict[str, Entity] = {}
        # For a he or she set off after the words it says ("Mr Ortega has failed, he
        # claimed"), by where it is: the ids of the roots those words are about, whom
        # it does not stand for (``_named_unheard``).
        self.said_about: dict[int, set[int]] = {}
        self._headlines: set[int] = set()  # where headlines start
        self._headline_texts: list[str] = []  # and what they say
        # Words a call sign or a nickname in marks gives someone ("goes by the call sign
        # “Tesla”"): alone, a person's name ("Tesla’s unit", "Bison says").
        self._call_names: set[str] = set()
        # A name in marks given as someone's nickname, and the entity it is theirs.
        self._aliases: list[tuple[Entity, Entity]] = []
        # A given name alone before "and" and a full name ("Petro and Liudmyla
        # Kovalchuk"): the given name's entity, and the surname it shares.
        self._couples: list[tuple[Entity, str, str]] = []

    # -- reading ---------------------------------------------------------------------
    def scan(self, masked: str, base: int, headline: bool = False,
             unmasked: str | None = None) -> None:
        """Read the names of one paragraph (``masked``, at offset ``base``; ``headline``
        when it is the article's headline; ``unmasked``: the paragraph as written, where a
        nickname blanked inside a name is read)."""
        self._texts.append(masked)
        if unmasked is not None and ("call" in unmasked or "known as" in unmasked
                                     or "goes by" in unmasked or "nickname" in unmasked):
            self._call_names.update(found.group(1).lower()
                                    for found in _CALL_NAME_RE.finditer(unmasked))
        year_old = "-year-old" in masked  # (ages before names are looked for only then)
        if ", " in masked:
            for written in _AGE_SET_OFF_RE.finditer(masked):
                self.ages_written[written.group(1)] = self.ages_written.get(
                    written.group(1), 0) + 1
        if headline:
            self._headlines.add(base)
            self._headline_texts.append(masked)
        skip_to = 0
        position = 0
        entities = self.entities
        mentions = self.mentions
        # ("al-Jubouri" in small letters: a run of its own, looked for only where one is)
        runs = PARTICLE_RUN_RE if "l-" in masked and PARTICLE_START_RE.search(masked) else (
            NAME_RUN_RE)
        while True:
            match = runs.search(masked, position)
            if match is None:
                break
            at, run_end = match.span()
            position = run_end
            if at < skip_to:
                continue
            text = match.group()
            shape = _run_shape(text)
            if shape is None:
                continue  # "The", "But", "In": most runs, so told first
            if text[-1:].isdigit() and masked[run_end:run_end + 1] in (",", ".") and (
                    masked[run_end + 1:run_end + 2].isdigit()):
                continue  # "RM5,000", "S$1.5": an amount in a currency's letters
            several, dated, day_last, office = shape
            office_role = ""  # the title a holder's office opens with ("Minister for Water")
            # Inside a sentence a run is read as names are written there (``read_run``).
            inside = not headline and at >= 2 and (
                masked[at - 2:at].rstrip()[-1:] not in _SENTENCE_ENDS)
            found = _run_info(text, inside, (dated or several) and _names_follow(masked, at)
                              or day_last and _names_follow(masked, at, role_only=True))
            if found is not None and office:
                # "Teifi Valley Member of the Senedd Mererid Huws": a run that ends in a
                # title goes on with its office, then the holder's name.
                holder, holder_end = _office_holder(masked, match)
                if holder is not None:
                    found, skip_to = holder, holder_end
            elif found is not None and len(found[1]) == 1 and found[0].kind == "name" and (
                    masked.startswith((" of ", " for "), run_end)):
                # "Dean of Students Sandra Villarreal": a word that may be a first name
                # is a title when an office and a person's name follow it
                holder, holder_end = _office_holder(masked, match)
                if holder is not None:
                    found, skip_to = holder, holder_end
            body = None if found is not None and found[0].kind == "person" or not (
                masked.startswith(_JOINING, run_end)) else _called_a_body(masked, match)
            if body is not None:
                found, skip_to = body
                position = at + found[3]
            elif found is None:
                # A title alone may open a longer one: "Secretary of State John Kerry",
                # "Speaker of the House Paul Ryan" (the run stops at "of").
                joined = _ORG_JOIN_RE.match(masked, run_end)
                longer = joined and _run_info(masked[at:joined.end()])
                if joined is not None and longer and longer[0].kind == "person":
                    found, skip_to = longer, joined.end()
                else:
                    # "Secretary of State Condoleezza Rice": the office's one word, then
                    # the name (a first name the lists lack leaves the whole an org's).
                    found, skip_to = _office_holder(masked, match)
                    if found is None:
                        self._title_word(masked, base, match)
                        continue
                    office_role = match.group().split()[-1].lower()
                position = at + found[3]
            run, key, lead, kept = found
            start, end = at + lead, at + kept
            if start and masked[start - 1] == "@" and len(key) == 1 and not (
                    masked[start - 2:start - 1].isalnum()):
                # "Another fan, @Thandi_M, posted:": a handle, named as written (not the
                # domain of an address, "press@Acme.com")
                key = ("@" + key[0],)
                run = dataclasses.replace(run, core=("@" + run.core[0],))
            if len(key) == 1 and len(key[0]) == 1:
                honorific = run.before[-1] if run.before else ""
                as_written = unmasked if unmasked is not None and len(unmasked) == len(
                    masked) else masked
                if not (honorific.lower().rstrip(".") in _ANONYMISING_HONORIFICS and (
                        run.core[0].isupper()) and as_written[at - 1:at] not in OPENING_MARKS):
                    continue  # a letter alone is nobody's name: "Mrs E" (a nickname), "X"
                # "Ms B", "Mr. A": a party the report leaves anonymous, named by an
                # honorific and a letter (both kept: "B" alone names nobody)
                run = dataclasses.replace(run, core=(honorific, run.core[0]), kind="person")
                key = (honorific.lower().rstrip("."), key[0])
            if masked[at:at + 2] in ("AM", "PM") and _HOUR_BEFORE_RE.search(
                    masked, max(0, at - TIME_REACH), at) or len(key) == 1 and (
                    run.core[0].isupper() and len(key[0]) <= 4 and _TIME_BEFORE_RE.search(
                        masked, max(0, at - TIME_REACH), at)):
                continue  # "at 5AM PT", "12:40 PM ET": a time of day and its zone (not
                #           "PM", a prime minister)
            if len(key) == 1 and lead == 0 and run.kind != "org" and (
                    masked[max(0, at - 4):at].lower() == "the ") and (
                    key[0] in first_names() and key[0] not in DEMONYM_NOUNS) and (
                    _THE_TITLE_AFTER_RE.match(masked, end)):
                continue  # "His Highness the Emir said", "the Amir on Friday": a ruler's
                #           title, no given name (not a people's, "the Scot", nor a noun's
                #           word, "the Wim report")
            if len(key) == 1 and run.kind == "name" and (_opening_participle(
                    masked, at, end, key[0]) or _opening_adverb(masked, at, end, key[0])
                    and not any(len(other) > 1 and other[-1] == key[0]
                                for other in self.entities)):
                continue  # "Asked whether the team would …, Zafar said", "Separately,
                #           the IMF's resident representative …, said": no name (but
                #           "Everly, speaking to reporters," after "Tom Everly": his)
            if kept < len(text) and run.possessive:
                position = end  # "Zionist Union Party’s Nachman Shai": read on after the 's
            if run.kind == "org":
                # "Centre for Economic Policy Research", "Department of Justice".
                joined = _ORG_JOIN_RE.match(masked, run_end)
                if joined:
                    longer = _run_info(masked[at:joined.end()])
                    if longer is not None:
                        run, key, lead, kept = longer
                        start, end = at + lead, at + kept
                    skip_to = position = joined.end()
            if run.kind != "person" and not run.possessive and "(" in masked[end:end + 120]:
                spelled = _spelled_on(masked, at + lead, end)
                if spelled is not None:
                    # "the Survivors Network of those Abused by Priests (SNAP)": a body's
                    # name goes on as far as the letters in brackets after it spell
                    (run, key, lead, kept), skip_to = _one_body(masked, at, lead, spelled)
                    start, end = at + lead, at + kept
                    position = skip_to
            if run.kind != "person" and not run.possessive and masked.startswith(" and ", end):
                both = _joined_by_and(masked, at, end, masked[at:end], lead)
                if both is not None:
                    (run, key, lead, kept), skip_to = both
                    start, end = at + lead, at + kept
                    position = skip_to
            if len(key) == 1 and not run.possessive and run.kind in ("person", "name") and (
                    key[0] in first_names()):
                shared = _SHARED_SURNAME_RE.match(masked, end)
                if shared is not None and shared.group(1).lower() in first_names() and (
                        shared.group(3) is None) and not any(
                        len(other) > 1 and other[-1] == key[0]
                        and first_names().get(other[0]) in ("m", "f") for other in self.entities):
                    # "Jake and Mallory Brennan": the first given name bears the surname
                    # the second's name ends with (where the name ends there, not in a
                    # headline's capitals; and not a surname named before: "Kamala
                    # Harris …. Harris and Tim Walz spoke")
                    run = dataclasses.replace(run, core=(run.core[0], shared.group(2)),
                                              kind="person")
                    key = (key[0], shared.group(2).lower())
            if len(key) == 1 and run.kind == "name" and not run.possessive and _modifies(
                    masked, end, run.core[0]):
                # "Democratic inquisitors", "American farmers", "London-based"; but a
                # surname may look so ("Ryan holds", "Kaplan team"): kept to be read as
                # one if the article names someone by it. (Never one with an 's:
                # "Halloran’s future" names Halloran.)
                if key[0].endswith(_SURNAME_ENDS) and key[0] not in ROLE_NOUNS:
                    self._title_words.append((base + start, base + end, key[0], masked, base))
                continue
            if (len(key) == 1 and mentions and mentions[-1].end == base + start - 2
                    and masked[start - 2:start] == ", " and masked[end:end + 1] in (",", ".")
                    and run.kind == "caps" and mentions[-1].entity.kind == "person"):
                # "Sarah Okonjo, QC, for Walsh, said", "Jane Roe, KC,": letters after a
                # person's name (a rank, an honour, a degree), nobody of their own
                continue
            if (len(key) == 1 and mentions and mentions[-1].end == base + start - 2
                    and masked[start - 2:start] == ", " and masked[end:end + 1] == ","
                    and (mentions[-1].entity.kind == "org" or key[0][1:2] == "-")):
                # "the University of the West Indies, Mona, said": its campus; "State
                # Sen. Lorene Hatchett, D-Jackson, whose district …": her party and town
                continue
            if (len(key) == 1 and run.kind == "name" and masked[start - 2:start] == ", "
                    and masked[end:end + 1] == "," and "." not in text
                    and _PLACE_BEFORE_RE.search(masked, max(0, start - 60), start)
                    and not persons.AGE_RE.match(masked, end)
                    and not (masked.startswith(", who ", end)
                             and self._opens_its_clause(masked, base, start))):
                continue  # "of Upper Tarodale, Carenage, the witness": a place's place
                # (not one given an age: "at his lawyer's office in Scottsdale,
                # Whitcomb, 61, said"; nor one a who-clause is about after a phrase
                # opening the sentence: "Reached at his home in Friendswood, Pruitt,
                # who left the office in 2009, defended"; but "Jen, a mom in Columbus,
                # Ohio, who asked …": a place's place)
            entity = entities.get(key)
            if entity is None and _participle_opener(masked, start, end, run):
                continue  # "Responding, the chairman … told them": no one's name
            shared = _shared_surname(masked, end, run, key, entities) if masked.startswith(
                " and ", end) else None
            if shared is not None:
                # "Venus and Serena Williams", "Brothers Jake and Kieran Ashworth": the
                # first is a Williams (an Ashworth) too, and named by the first name.
                key, core = shared
                start = end - len(core[0])
                entity = entities.get(key)
                if entity is None:
                    entity = entities[key] = self._new(key, core, "person")
                entity.kind = "person"

            if entity is None:
                entity = entities[key] = self._new(key, run.core, run.kind)
            elif run.kind == "person" and entity.kind != "person":
                entity.kind = "person"
            entity.mentions += 1
            if office_role in ROLE_NOUNS:
                # "Minister for Water Kate Ellison … The Water Minister said": hers
                entity.roles.add(office_role)
            if run.kind != "org" and not run.possessive:
                age = _AGE_AFTER_RE.match(masked, end)
                if age is None and year_old:
                    age = _AGE_BEFORE_NAME_RE.search(masked, max(0, start - AGE_BEFORE_REACH),
                                                     start)
                if age is not None:
                    entity.ages.add(age.group(1))
                    self.ages_given[age.group(1)] = self.ages_given.get(age.group(1), 0) + 1
            if unmasked is not None and len(key) >= 2 and run.kind != "org" and (
                    "  " in masked[start:end]):
                nickname = _NICKNAME_IN_NAME_RE.search(unmasked, start, end)
                if nickname is not None:
                    self._nicknames.setdefault(nickname.group(1).lower(), []).append(entity)
            if run.holder:
                self._holders[key] = (run.core[run.holder:], run.core[:run.holder])
            if entity.kind != "org" and not entity.titled and masked[
                    masked.rfind(" ", 0, max(0, start - 1)) + 1:start - 1] in _WORKS:
                # "the BBC World Service programme Go Digital": a work's or a ship's
                # name, nobody a he stands for
                entity.kind = "org"
            if entity.kind in ("name", "caps") and masked[end:end + 1] == "," and (
                    _THING_SET_OFF_RE.search(masked, max(0, start - THING_REACH), start)):
                # "her business, Wee Crumbs, has a shop": a body, as after it (set off on
                # both sides: not "Besides his ministry, Dukes registered voters")
                entity.kind = "org"
            if run.before:
                # (words before a name that are no title leave a body's name untitled:
                # "The Indonesian Red Cross")
                entity.titled = entity.titled or run.kind != "name" or has_title(run.before)
                entity.roles.update(_roles_of(run.before))
            if run.gender is not None:
                if run.gender == "m":
                    entity.he += 2
                else:
                    entity.she += 2
                entity.known_gender = True
                if run.titled_gender:
                    entity.sure_gender = True
            lead_char = masked[start - 2:start].rstrip()[-1:] if start >= 2 else ""
            initial = start == 0 or lead_char in _SENTENCE_ENDS
            if not initial:
                entity.inside = True
                space = masked.rfind(" ", 0, start - 1)
                previous = masked[space + 1:start - 1].lower()
                if previous in ROLE_NOUNS and not _after_a_modal(masked, space):
                    entity.roles.add(previous)  # "meteorologist Todd Borek"
                    entity.titled = True
                    set_off = _ROLE_SET_OFF_BEFORE_RE.search(
                        masked, max(0, space - ROLE_SET_OFF_REACH), space + 1)
                    if set_off is not None and set_off.group(1).lower() in ROLE_NOUNS:
                        # "His mother, the theatre critic Vera Dudareva,": the role set
                        # off before the description that ends in the name is hers too
                        self._role_set_off(set_off.group(1).lower(), entity)
                    # "Emmerdale actress Kelsey Danvers": a she, as the same role set
                    # off after the name says ("Kelsey Danvers, an actress,")
                    _gender_of_role(previous, entity)
                    team = _TEAM_BEFORE_RE.search(masked, max(0, space - TEAM_REACH), space + 1)
                    if team is not None and (team.group("opens") is None or any(
                            team.group("word").lower() in key for key in entities)):
                        # "Athletic boss Gary Pennock"; opening a sentence, a word of a
                        # name read before ("Dockside manager Neil Farraday told …")
                        entity.teams.add(team.group("word").lower())
                elif previous in _LOCATIVES and not run.possessive or (
                        _AGED_FROM_RE.search(masked, max(0, start - AGED_FROM_REACH), start)):
                    # (and where one named with an age is of: "Curtis Dockery, 61, of
                    # Rocky Face"; a place, though its first word is a given name)
                    entity.located += 1
                elif (previous.endswith(",") or lead and masked[:at].rstrip().endswith(",")
                      or _AGED_SET_OFF_RE.fullmatch(masked, max(0, space - 1), start)
                      ) and (masked[end:end + 1] == "," or _SENTENCE_END_AFTER_RE.match(
                          masked, end)):
                    # (past titles too: "the Minister of Labour, Dr. Ngozi Ezenwa,"; and
                    # past an age: "His daughter, 12-year-old Ellie,"; or ending the
                    # sentence: "a sharp response from the committee's chairman, Robert
                    # Vellacott.")
                    named_at = at if lead else start
                    if not lead and not previous.endswith(","):
                        named_at = space + 1  # (the age's start)
                    role_of = _ROLE_OF_PLACE_RE.search(masked, max(0, named_at - 80), named_at)
                    # (a role and where it is from: "A delegate from Tonga, Semisi Latu,")
                    # ("the Minister of Labour and Employment, Dr. Ngozi Ezenwa,": an
                    # office capitalised as a title)
                    self._role_set_off(role_of.group(1).lower() if role_of else (
                        masked[:named_at].rstrip()[:-1].rsplit(" ", 1)[-1].lower()), entity)
                elif previous == "the" and masked[end:end + 1] == "," and (
                        masked[:space].endswith(",")):
                    # "The Bishop of Durham, the Rt Rev Dr Tom Wright,": the office
                    # before, set off, is the holder's, whose titles follow a "the"
                    held = _OFFICE_OF_PLACE_RE.search(masked, max(0, space - 80), space)
                    if held is not None:
                        self._role_set_off(held.group(1).lower(), entity)
                self._family_name(masked, base, start, previous.rstrip(","), entity)
            if len(key) == 1 and entity.kind == "name" and not run.possessive and (
                    masked.startswith((" from ", ", "), end)) and first_names().get(key[0]) in (
                    "m", "f"):
                place = _FROM_PLACE_RE.match(masked, end)
                if place is not None:
                    # "Steve from Penrith, an electrician," "put through Vicky from
                    # Campbelltown", "Theresa, calling from Tignish,": a caller or
                    # passer-by named by a given name and a place, a person; the place
                    # no one, and the aside and the verb after it hers (the mention
                    # reaches past the place)
                    entity.kind = "person"
                    if first_names()[key[0]] == "m":
                        entity.he += 2
                    else:
                        entity.she += 2
                    entity.known_gender = True
                    skip_to = position = end = place.end()
            if masked[end:end + 1] == "," and not run.possessive and not (
                    masked.find(" by ", max(0, start - OPENING_AGENT_REACH), start) >= 0
                    and _OPENING_AGENT_RE.search(
                        masked, max(0, start - OPENING_AGENT_REACH), start)):
                # (not after the agent of a phrase opening the sentence: "Led in evidence
                # by EFCC counsel, Mr. Kelechi Onuoha, the witness … said": the witness
                # is the subject, not the counsel)
                self._appositive(masked, end, entity)
                from_place = _ONE_FROM_RE.match(masked, end) if entity.kind == "name" else None
                if from_place is not None and from_place.group(1) not in ORGANISATION_NOUNS:
                    entity.kind = "person"  # "Sione, a postie from Manurewa, said"
                aged = persons.AGE_RE.match(masked, end)
                if aged is not None:
                    if entity.kind in ("name", "caps"):
                        entity.kind = "person"  # "Halyna Petrivna, 71, who lives …"
                    # (and a role after the age: "Lim Chee Keong, 62, the 11th
                    # prosecution witness"; not "John Doe, 34, his attorney, Mark
                    # Green, said": the attorney's)
                    if _ROLE_AFTER_AGE_RE.match(masked, aged.end()):
                        self._appositive(masked, aged.end() - 1, entity, aged=True)
            if initial and not entity.said_so:
                after = _next_word(masked, end)
                entity.said_so = after is not None and after.group(1) in SPEECH_VERBS
            if entity.kind == "name" and _WHO_ONE_RE.match(masked, end) and not any(
                    word.lower() in ORGANISATION_WORDS or len(word) > 1 and word.isupper()
                    for word in run.core):
                # "Moana, who has scored nine tries in 10 games this season, was typically
                # understated": who and a verb for one is a person's clause (a team takes
                # a verb for many in the papers that give it "who": "Canterbury, who
                # have won 10 of the past 12 titles"; not a name a body's word or letters
                # end, which US papers give a verb for one: "Nashville SC, who has lost")
                entity.kind = "person"
            if len(key) == 2 and entity.kind in ("person", "name") and masked.endswith(
                    " and ", 0, start) and mentions and mentions[-1].end == base + start - 5:
                partner = mentions[-1].entity
                if len(partner.key) == 1 and partner.kind != "org" and (
                        partner.key[0] in first_names() or _KIN_GROUP_BEFORE_RE.search(
                            masked, max(0, mentions[-1].start - base - KIN_GROUP_REACH),
                            mentions[-1].start - base)):
                    # (or any two words a family's noun sets off: "The twins, Kgosi and
                    # Kabelo Maseko,")
                    # "Petro and Liudmyla Kovalchuk": two given names before one surname,
                    # a couple's or siblings'; the first is Petro Kovalchuk, and the
                    # second a person too, whatever the lists know of her given name
                    self._couples.append((partner, key[-1], run.core[-1]))
                    entity.kind = "person"
            mentions.append(Mention(base + start, base + end, entity, run.gender,
                                    run.possessive, initial, "", masked, base))
        if unmasked is not None and self._call_names:
            self._called_described(masked, base, unmasked)
        if unmasked is not None and ("known" in masked or "nicknamed" in masked):
            self._nicknamed(masked, base, unmasked)
        if "His " in masked or "Her " in masked or "Their " in masked:
            self._styled(masked, base)
        described_to = 0  # the end of the last description read: the next starts after
        for match in _PRONOUN_OR_ARTICLE_RE.finditer(masked):
            if match.group("pronoun") is not None:
                self._pronoun(masked, base, match)
                continue
            if match.start() < described_to:
                continue
            # "WIRED spoke to one mother, who …": someone he or she may stand for.
            at = match.start()
            opens = at == 0 or masked[max(0, at - 3):at].rstrip()[-1:] in _SENTENCE_ENDS or (
                _after_opening_phrase(masked, at) or _unnamed_after_phrase(masked, at))
            # ("Speaking afterwards, a spokeswoman"; "In Tahirpur, a schoolteacher, who
            # did not want to be named, said")
            if masked[at:at + 1] == "T":
                if opens:
                    self._definite(masked, base, match)
                continue
            if not opens and masked.endswith(", ", 0, at) and self._name_ends_at(base + at - 2):
                continue  # "Abdullahi Farah, a businessman who …, told": the name's role
            described = _described_head(match, opens)
            if described is None and match.group(1) == "of":
                described = "", match.end(1)  # "One of the sellers, who gave his name …"
            if described is None:
                continue
            head, described_to = described
            if head in _GENERIC_PERSONS and masked.endswith(", ", 0, at):
                # "The property manager on site, a man in his thirties who asked that
                # his name not be printed,": the manager, whom the aside describes
                role = _DEFINITE_BEFORE_RE.search(masked, max(0, at - DEFINITE_BEFORE_REACH), at)
                if role is not None and role.group(1) in _PERSON_ROLES:
                    head = role.group(1)
            closed = _NAME_CLOSED_RE.match(masked, described_to)
            said_next = _next_word(masked, described_to)
            if masked[at:at + 1] == "H" and head in _FAMILY_NOUNS and opens and not closed and (
                    said_next is None or said_next.group(1) not in SPEECH_VERBS
                    or masked.startswith(",", described_to)):
                # (not one a speech verb follows, whom the cue reads itself: "His
                # sister replied in the same thread: “…”")
                self._kin_described.append((base + at, base + described_to,
                                            masked[at:at + 3].lower().rstrip(), head, masked,
                                            base))
            if masked[at:at + 1] == "H" and (head in _PERSON_NOUNS or _NAME_SET_OFF_RE.match(
                    masked, described_to)) or closed:
                # "His" or "Her" before a word for kin ("Her daughter", named as such
                # elsewhere) or before a name set off ("His eldest daughter, Lesieli
                # Lātū,"), any description before a name set off by two commas
                # ("Another resident, Svitlana, said"): the one named, not someone new
                # ("Her client … He had been"; not "One witness, Suspilne reported,"),
                # and a person, as the description of a person before it says ("A
                # delegate from Tonga, Semisi Latu,")
                if closed and head:
                    self._a_person_at(base + closed.start("name"))
                continue
            given, told = self.given_name(masked, base, described_to)
            if not head and given is None:
                continue
            if given is not None:
                # "a woman who gave her name only as Jacqueline": the one named, as the
                # description says ("woman": a she).
                given.mentions += 1
                given.kind = "person"
                if head in FEMALE_NOUNS or head in MALE_NOUNS or told:
                    if head in FEMALE_NOUNS or told == "her":
                        given.she += 2
                    else:
                        given.he += 2
                    given.known_gender = given.sure_gender = True
                mention = Mention(base + at, base + described_to, given, None, False,
                                  opens, "", masked, base)
                mention.described = True
                self.mentions.append(mention)
                continue
            # (brought in by an age in figures, only when speaking: "A 19-year-old man
            # remains in hospital" is told of)
            self._described_mention(masked, base, at, described_to, self.unnamed(head, head),
                                    opens, speaking=match.group(1)[:1].isdigit())

    def _definite(self, masked: str, base: int, match: re.Match) -> None:
        """"The" and a noun for a person opening a sentence: a mention of the one the
        article brought in by that noun before ("a 21-year-old man from Aleppo … The
        young man at the center of the case, who …, spoke"); nobody new, unless someone's
        ("The pledge's mother … said"). (Not of the person last named with a role it
        names, "The chief selector also rejected …": PolNeAR lost three quotes to it and
        gained none.)"""
        at = match.start()
        described = _described_head(match, True)
        if described is not None and described[0] in _PERSON_NOUNS:
            known = self.entities.get(("\x00role", described[0]))
            if known is None and described[0] in persons.KIN_NOUNS and not _NAME_CLOSED_RE.match(
                    masked, described[1]) and not masked.startswith(" of ", described[1]) and (
                    not match.group(1).endswith(("'s", "’s"))) and (
                    not any(described[0] in e.roles for e in self.entities.values())):
                # "The mother, who attended court each day, said …": kin a report names
                # only so (a family court's parties), when no one named has that role,
                # someone of their own (not "The mother of two added": one named, so
                # described)
                known = self.unnamed(described[0], described[0])
            if known is None and match.group(1).endswith(("'s", "’s")) and (
                    described[0] in persons.KIN_NOUNS) and not _NAME_CLOSED_RE.match(
                    masked, described[1]):
                # "The pledge's mother, reached by phone, said": someone new, whose
                # kin the words say (not "The ministry's spokeswoman": one named so;
                # nor one a name is set off after: "The couple's granddaughter, Ellie
                # Thurston, 24, marked …")
                known = self.unnamed(masked[match.start(1):described[1]], described[0])
            if known is not None:
                # (only when speaking: "The man remains in police custody" is told of)
                self._described_mention(masked, base, at, described[1], known, True,
                                        speaking=True)
                return
        if described is not None and (described[0] in _PERSON_NOUNS or described[0] in (
                _PERSON_ROLES)) and _WHO_RESTRICTS_RE.match(masked, described[1]) and (
                self.entities.get(("\x00role", described[0])) is None) and (
                base not in self._headlines) and not _RELATIVE_THEN_NAME_RE.match(
                    masked, described[1]):
            # "The finance executive who took the call, a 29-year-old who asked that WIRED
            # not use her name, says …": someone new, whom a relative clause picks out (not
            # in a headline: "The bush nurse who sewed a stockman’s hand back on: Sister
            # Brinley Hammond" is the one it names; nor when a name is set off after the
            # clause: "The nurse who took the sample, Abena Boateng, said": hers)
            self._described_mention(masked, base, at, described[1],
                                    self.unnamed(described[0], described[0]), True)
            return
        if described is not None and described[0] in _PERSON_ROLES and (
                described[0] not in _PERSON_NOUNS):
            self._role_openers.append((base + at, base + described[1], described[0],
                                       masked, base))
        elif described is None and (word := match.group(1)) is not None and (
                word.islower() and word not in FUNCTION_WORDS) and _ends_phrase(
                masked, match.end(1)):
            # "The coroner was critical of …": a noun no list holds, which is a mention
            # if the article made it the title of one person ("Coroner Helen Rasmussen")
            self._role_openers.append((base + at, base + match.end(1), word, masked, base))

    def _described_mention(self, masked: str, base: int, at: int, end: int,
                           entity: Entity, opens: bool, speaking: bool = False) -> None:
        """A mention of ``entity`` by a description; ``speaking``: only if it is the
        subject of a verb of speech in its sentence (``_speaks_there``)."""
        mention = Mention(base + at, base + end, entity, None, False, opens, "", masked, base)
        there = (speaking or opens) and _speaks_there(mention)
        if speaking and not there:
            return
        if there and opens:
            # "A second-year master's student in engineering, who asked not to be
            # named, said she …": the one described speaks, past the phrases between
            mention._read()
            mention._subject = mention._speaks = True
        entity.mentions += 1
        mention.described = True
        self.mentions.append(mention)

    def _nicknamed(self, masked: str, base: int, unmasked: str) -> None:
        """A nickname in marks given to the person its sentence has named ("Jackie, known
        on the local circuit as “Jackpot Jackie”, quickly worked her way …"): the name in
        marks is that person's (joined in ``link``)."""
        for found in _NICKNAMED_RE.finditer(unmasked):
            at = base + found.end()
            named = next((m for m in reversed(self.mentions)
                          if m.start == at and not m.pronoun), None)
            if named is None:
                continue
            opened = base + max(masked.rfind(". ", 0, found.start()), 0)
            owner = next((m for m in reversed(self.mentions)
                          if opened <= m.start < base + found.start() and not m.pronoun
                          and m.entity.kind in ("person", "name")), None)
            if owner is not None and owner.entity is not named.entity and (
                    found.group()[-1:] in OPENING_MARKS
                    or masked[owner.end - base:found.start()].strip() == ","):
                # (a name in no marks only right after the one it names: "Philomena
                # McCabe, known to everyone simply as Phil,"; not "Mr Justice Ravensworth
                # said the case of the woman, known as Mrs P,")
                self._aliases.append((named.entity, owner.entity))

    def _called_described(self, masked: str, base: int, unmasked: str) -> None:
        """A description opening a sentence that goes on to give the call sign ("The
        unit's deputy commander, a former farmer with the call sign “Bison”, is
        blunter"), with no name between: a mention of the one so called, where the
        description stands."""
        for found in _CALL_NAME_RE.finditer(unmasked):
            opened = max(masked.rfind(". ", 0, found.start()), masked.rfind("? ", 0, found.start()))
            opened = opened + 2 if opened >= 0 else 0
            head = _DESCRIPTION_OPENS_RE.match(masked, opened)
            if head is None or any(base + opened <= m.start < base + found.start()
                                   and not m.pronoun for m in self.mentions):
                continue
            key = (found.group(1).lower(),)
            entity = self.entities.get(key)
            if entity is None:
                entity = self.entities[key] = self._new(key, (found.group(1),), "person")
            entity.kind = "person"
            entity.mentions += 1
            mention = Mention(base + opened, base + head.end(), entity, None, False, True, "",
                              masked, base)
            mention.described = True
            self.mentions.append(mention)
            self.mentions.sort(key=lambda m: m.start)

    def _styled(self, masked: str, base: int) -> None:
        """A style before a name ("His Majesty King Pema Lhundrup", its run read from
        "Majesty" on) is that person's; the style alone after it ("His Majesty said") is
        a mention of them."""
        for style in _STYLE_RE.finditer(masked):
            key = style.group(0).lower()
            after = _STYLED_NAME_RE.match(masked, style.end())
            named = None
            if after is not None:
                # (the name's run may take the title in: "King Pema Lhundrup")
                low, high = base + style.start(), base + after.end()
                named = next((m for m in reversed(self.mentions) if low <= m.start <= high
                              and not m.pronoun), None)
            if named is not None:
                self._styles.setdefault(key, named.entity)
            elif key in self._styles:
                entity = self._styles[key]
                gender = "m" if key.startswith("his") else "f" if key.startswith("her") else None
                self.mentions.append(Mention(base + style.start(), base + style.end(), entity,
                                             gender, False, False, "", masked, base))
                entity.mentions += 1

    def _opens_its_clause(self, masked: str, base: int, start: int) -> bool:
        """Whether the name at ``start`` follows only a phrase opening its sentence:
        no one is named before it in the sentence but places."""
        opened = base + max(masked.rfind(". ", 0, start), masked.rfind("? ", 0, start),
                            masked.rfind("! ", 0, start))
        for mention in reversed(self.mentions):
            if mention.start < opened or mention.start < base:
                return True
            if not mention.pronoun and not mention.entity.located:
                return False
        return True

    def _name_ends_at(self, end: int) -> bool:
        """Whether a name read last ends at ``end`` (not a body's)."""
        for mention in reversed(self.mentions):
            if mention.end == end and not mention.pronoun:
                return mention.entity.kind != "org"
            if mention.end < end:
                return False
        return False

    def _a_person_at(self, start: int) -> None:
        """The name read at ``start`` is a person's."""
        for mention in reversed(self.mentions):
            if mention.start == start and not mention.pronoun:
                if mention.entity.kind == "name":
                    mention.entity.kind = "person"
                return
            if mention.start < start:
                return

    def given_name(self, masked: str, base: int, end: int) -> tuple[Entity | None, str]:
        """The entity of the name a description goes on to give ("a woman who gave her
        name only as Jacqueline", "a man who asked to be identified only by his first
        name, Ahmed"), if the run there was read as a name; and "his" or "her" when the
        words say whose name it is."""
        found = _GAVE_NAME_RE.match(masked, end)
        if found is None:
            return None, ""
        at = base + found.start("name")
        for mention in reversed(self.mentions):
            if mention.start == at and not mention.pronoun:
                entity = mention.entity if mention.entity.kind != "org" else None
                own = found.group("own") or {"him": "his", "her": "her"}.get(
                    found.group("self") or "", "")
                return entity, own
            if mention.start < at:
                break
        return None, ""

    def _title_word(self, masked: str, base: int, match) -> None:
        """A title word alone, not after a determiner ("Law said", not "the Bishop
        said"): kept to be read as a surname if the article names someone by it
        (``_surnamed_titles``)."""
        words = match.group().split(" ")
        if not all(word.isalpha() and word.lower() in TITLES for word in words):
            return
        before = _previous_word(masked, match.start())
        if before is not None and before.group(1).lower() in DETERMINERS:
            return
        # (of titles in a row, the last: "Chief Cardinal said", for Chief Lorraine Cardinal)
        word = words[-1]
        self._title_words.append((base + match.end() - len(word), base + match.end(),
                                  word.lower(), masked, base))

    def _surnamed_titles(self, by_last: dict[str, list["Entity"]]) -> None:
        """A title word alone, or a word read as a nationality, is the surname of the
        person the article names in full with it ("Steven Law … Law said", "Colleen
        Deacon … Deacon said", "Paul Ryan … Ryan holds"): a mention of a name, which
        the short forms' joining then links to that person."""
        for start, end, word, masked, base in self._title_words:
            people = [e for e in _distinct_roots(by_last.get(word, [])) if e.kind == "person"]
            if len(people) > 1:
                # two of that surname: the one the title before it names ("Chief
                # Cardinal" is Chief Lorraine Cardinal, not Const. Amanda Cardinal),
                # named so at once (the short forms' joining would take either)
                before = _previous_word(masked, start - base)
                title = before.group(1).lower() if before is not None else ""
                people = [e for e in people if title in e.roles]
                if len(people) == 1:
                    people[0].mentions += 1
                    self.mentions.append(Mention(start, end, people[0], None, False, False,
                                                 "", masked, base))
                continue
            if not people:
                continue
            key = (word,)
            entity = self.entities.get(key)
            if entity is None:
                entity = self.entities[key] = self._new(key, (masked[start - base:end - base],),
                                                        "name")
            entity.mentions += 1
            entity.inside = True
            self.mentions.append(Mention(start, end, entity, None, False, False, "", masked,
                                         base))

    def _pronoun(self, masked: str, base: int, match) -> None:
        """A he or she that opens a clause, to be resolved by ``_follow_pronouns``."""
        start = match.start()
        before = masked[max(0, start - PRONOUN_OPENER_REACH):start].rstrip()
        opens = not before or before[-1] in ".!?"  # its sentence names nobody before it
        if before and before[-1] not in _CLAUSE_MARKS:
            word = PREVIOUS_WORD_RE.search(before)
            if word is None or word.group(1).lower() not in _CLAUSE_OPENERS:
                # After a short phrase opening its sentence, no comma ("In interview he
                # told officers", "At the hearing she said"): it opens the clause.
                phrase = _OPENING_PHRASE_RE.search(masked, max(0, start - OPENING_PHRASE_CHARS),
                                                   start)
                if phrase is None or phrase.group(1).lower() not in PREPOSITIONS:
                    return
                opens = True
        reported = _reported_before(masked, start, match.end())
        verb = _WORD_AFTER_RE.match(masked, match.end())
        self._pronouns.append((base + start, base + match.end(), match.group().lower(),
                               "" if opens else masked, base,
                               -1 if reported is None else base + reported,
                               verb is not None and verb.group(1) in SPEECH_VERBS, masked))

    def _new(self, key: tuple[str, ...], core: tuple[str, ...], kind: str) -> Entity:
        entity = Entity(key, core, kind)
        # An empty book resolves nothing (and most articles come with none).
        curated = self.book.resolve(" ".join(core)) if self.book else None
        if curated is not None:
            entity.kind = "person"
            pronoun = self.book.pronoun(curated)
            if pronoun == "he":
                entity.he += CURATED_PRONOUN_WEIGHT
            elif pronoun == "she":
                entity.she += CURATED_PRONOUN_WEIGHT
            entity.known_gender = entity.sure_gender = pronoun is not None
        return entity

    def _family_name(self, masked: str, base: int, start: int, kin: str,
                     entity: Entity) -> None:
        """A first name alone after a word for close kin of someone named bears that
        person's surname, as news names a family: "Mr Fairclough's widow, Janet," is
        Janet Fairclough, "Lātū's eldest daughter, Mele," Mele Lātū, when the article
        names that person in full or after an honorific; "her son Michael" is the
        surname of the person the her stands for (``_kin_owner``). (One whose surname
        is another's is named in full: "his widow, Jane Roe".)"""
        if kin not in _FAMILY_NOUNS or len(entity.key) != 1 or not self.mentions:
            return
        of_pronoun = _KIN_OF_PRONOUN_RE.search(masked, max(0, start - 60), start)
        if of_pronoun is not None and of_pronoun.group(2) == kin:
            # (whose the his is, once the article's people are all read: ``link``)
            self._kin_of_pronouns.append((base + of_pronoun.start(),
                                          of_pronoun.group(1).lower(), entity))
            return
        owner = self.mentions[-1]
        whose = _KIN_OF_WHOSE_RE.search(masked, max(0, owner.end - base), start)
        if whose is not None and whose.start() == owner.end - base and whose.group(1) == kin:
            # "Craig Toohey, whose son Harrison": the one named before "whose" owns him
            if owner.pronoun or owner.possessive or owner.entity.kind in ("org", "unnamed"):
                return
        elif (not owner.possessive or owner.pronoun or owner.start < base
                or owner.entity.kind in ("org", "unnamed")):
            return
        elif not _KIN_AFTER_RE.fullmatch(masked, owner.end - base, start):
            return
        surname = owner.entity.core[-1]
        last = surname.lower().rstrip(".")
        titled = masked[owner.start - base:owner.end - base].split(None, 1)[0].lower(
            ).rstrip(".") in HONORIFICS  # "Mr Fairclough's"
        if len(owner.entity.key) == 1 and not titled:
            # "Gemma’s husband, Craig," after "Gemma Rowbotham": the surname of the one
            # person the article has named in full by that first name
            full = {id(e): e for key, e in self.entities.items() if len(key) > 1
                    and key[0] == last and e.kind == "person"}
            if len(full) == 1:
                named = next(iter(full.values()))
                surname, last, titled = named.core[-1], named.key[-1], True
        if len(owner.entity.key) == 1 and not titled and not any(
                len(key) > 1 and key[-1] == last for key in self.entities):
            return  # one word the article gives as nobody's surname: "Prince Harry's
            #         wife", "Ayaan's father"
        if last != entity.key[0] and len(entity.core) == 1:
            entity.core = (entity.core[0], surname)

    def _kin_owner(self, position: int, pronoun: str, kin: Entity) -> Entity | None:
        """The person a his, her or their before a word for kin stands for, read as the
        nearest person named before it with a surname (a his or her of the person's
        sex, when the article has said it): "great-grandmother Patricia Halloran … her
        son Michael", "Gemma’s husband, Craig, … their children, Isla"."""
        gender = {"his": "m", "her": "f"}.get(pronoun)
        at = bisect_left(self._starts, position)
        for mention in reversed(self.mentions[:at]):
            if mention.start < position - KIN_OWNER_REACH:
                return None
            owner = mention.entity.root()
            if mention.pronoun or owner.kind != "person" or len(owner.core) < 2 or (
                    owner is kin.root()):
                continue
            if gender is not None and owner.gender not in (None, gender):
                continue
            return owner
        return None

    def _name_kin_of_pronouns(self) -> None:
        """Kin named by a first name after a his, her or their ("her son Michael") take
        the surname of the one it stands for (``_kin_owner``)."""
        for position, pronoun, entity in self._kin_of_pronouns:
            owner = self._kin_owner(position, pronoun, entity)
            if owner is not None and len(entity.core) == 1 and (
                    entity.key[0] != owner.key[-1]):
                entity.core = (entity.core[0], owner.core[-1])

    def _kin_by_family_name(self) -> None:
        """"His mother, told of this later, laughed" after "Dr. Huw Morgan": the one
        person of the family name the his or her stands for, of the noun's sex, is named
        there (a mention a he or she after it may stand for)."""
        added = []
        for start, end, pronoun, noun, masked, base in self._kin_described:
            sex = "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else None
            owner = self._kin_owner(start, pronoun, NOBODY)
            if owner is None or sex is None:
                continue
            family = {id(e.root()): e.root() for e in self.entities.values()
                      if e.root().kind == "person" and e.root() is not owner
                      and len(e.root().key) > 1 and e.root().key[-1] == owner.key[-1]
                      and e.root().gender in (None, sex)}
            if len(family) == 1:
                kin = next(iter(family.values()))
                mention = Mention(start, end, kin, sex, False, True, "", masked, base)
                mention.described = True
                added.append(mention)
        if added:
            self.mentions = sorted(self.mentions + added, key=lambda m: m.start)
            self._starts = [m.start for m in self.mentions]

    @staticmethod
    def _role_set_off(role: str, entity: Entity) -> None:
        """A name set off by commas after a role names who has it ("Dizon's mother,
        Luzviminda Dizon, told Rappler"): a person, of the role's gender if it has one."""
        if role in ORGANISATION_NOUNS:
            entity.roles.add(role)  # "The UN agency for Palestinian refugees, UNRWA,":
            return  #                 a body, by its noun
        if role not in ROLE_NOUNS:
            return
        entity.roles.add(role)
        entity.titled = True
        if entity.kind == "name" and len(entity.key) > 1 and (
                role in persons.KIN_NOUNS or role in FEMALE_NOUNS or role in MALE_NOUNS):
            # (a role only a person has: not "developer, Toplace Properties", "Their
            # next opponent, Inter Milan")
            entity.kind = "person"  # "Her granddaughter, Tahlia Carpenter,": a person's
        _gender_of_role(role, entity)

    def _appositive(self, masked: str, end: int, entity: Entity, aged: bool = False) -> None:
        """Roles in an appositive: "Jane Doe, a spokeswoman for Acme,"; "Declan Hurley,
        coxswain of the Fenit lifeboat," (a role and its body with no article).
        ``aged``: an age was set off before it ("Tobias Krämer, 29, a crane operator,":
        a person, whatever else the noun may be)."""
        bare = _BARE_ROLE_RE.match(masked, end)
        if bare is not None and bare.group(1).split()[-1] in _PERSON_ROLES and all(
                word in _PERSON_ROLES or word in TITLE_WORDS or word in _ROLE_MODIFIERS
                for word in bare.group(1).split()):  # (not "Kora Freight, matches truck
            #                                          owners with": a verb's words)
            entity.roles.add(bare.group(1).split()[-1])
            entity.titled = True
            return
        appositive = _APPOSITIVE_RE.match(masked, end)
        if appositive:
            words: list[str] = []
            thing = False  # the noun is a thing's: "a developer that …", "… which …"
            for word in appositive.group(1).lower().split():
                if word in PREPOSITIONS or word in _RELATIVE_WORDS:
                    thing = word in _THING_RELATIVES
                    break  # "a survey conducted by analyst X": the noun is "survey"; "a
                    #        union that represents 300 workers": "union"
                if word in _CLAUSE_VERBS or word in SPEECH_VERBS and VERB_LEMMA.get(
                        word) != word:  # (a speech verb's bare form may be a noun: "protest")
                    words = []  # "At a press conference in Chelsea, the mayor also
                    break  # said": the subject of a clause, not Chelsea's aside
                words.append(word)
            # (and what kind of body it is: "Friends of the Library, the volunteer
            # group that organised the turnout,": the group a later "the group" is)
            roles = {w.strip("’'") for w in words} & _APPOSITIVE_NOUNS
            # (a body's noun only as the head: "Bob, a former Army medic," is no army)
            roles -= ORGANISATION_NOUNS - _PERSON_ROLES - ({words[-1].strip("’'")} if words
                                                          else set())
            aged = aged or any(w.endswith("-year-old") for w in words)
            if aged and entity.kind in ("name", "caps"):
                # "Serhii, a 34-year-old drone operator,", "Fonua, the 22-year-old dubbed
                # …,": an age is a person's
                entity.kind = "person"
            if roles and thing and not aged and entity.kind in ("name", "caps") and (
                    roles.isdisjoint(FEMALE_NOUNS | MALE_NOUNS)):
                # "Nordlys Offshore, a developer that had been expected to bid,": what a
                # "that" or "which" follows is a body, whatever else its noun may be
                entity.roles |= roles
                entity.kind = "org"
            elif roles:
                entity.roles |= roles
                if not roles.isdisjoint(_PERSON_ROLES):
                    entity.titled = True
                    # (of the gender of its first nouns for people, whatever the first
                    # name: "Losana Tuimoala, a spokeswoman for …," and "a veteran
                    # actress" are shes, "a lawyer representing the woman" neither)
                    head_nouns = _first_run([w.strip("’'") for w in words], roles)
                    female = not FEMALE_NOUNS.isdisjoint(head_nouns)
                    male = not MALE_NOUNS.isdisjoint(head_nouns)
                    if female != male:
                        if female:
                            entity.she += 2
                        else:
                            entity.he += 2
                        entity.known_gender = entity.sure_gender = True
                elif entity.kind in ("name", "caps") or entity.kind == "person" and not (
                        entity.titled or entity.sure_gender or aged):
                    entity.kind = "org"  # "ReCell, the company she started,": a body
                    # (a first name's guess too: "Kora Freight, a company that …")

    def link(self) -> None:
        """Join short forms to the one full name they fit, then follow the article's
        clause-opening he and she."""
        for alias, owner in self._aliases:
            if owner.root() is not alias:
                self._join(alias, owner)  # "Jackie, known … as “Jackpot Jackie”"
        for partner, surname, written in self._couples:
            key = (partner.key[0], surname)
            whole = self.entities.get(key)
            if whole is None:
                whole = self.entities[key] = self._new(key, (partner.core[0], written), "person")
            self._join(partner, whole)
        for word in self._call_names:
            called = self.entities.get((word,))
            if called is not None and called.kind == "name":
                called.kind = "person"  # "the call sign “Bison”" … "Bison says"
        if self._holders:
            self._find_holders()
        full = [e for e in self.entities.values()
                if len(e.key) >= 2 and e.kind not in ("org",) and e.alias_of is None]
        by_last: dict[str, list[Entity]] = {}
        by_first: dict[str, list[Entity]] = {}
        # The first of two surnames ("Melba Acosta Febo" is "Ms. Acosta"), or a middle
        # name ("Hillary Rodham Clinton"), for a surname no one else has.
        by_paternal: dict[str, list[Entity]] = {}
        for entity in full:
            by_last.setdefault(_surname_of(entity), []).append(entity)
            by_first.setdefault(entity.key[0], []).append(entity)
            if len(entity.key) >= 3 and entity.key[-1] not in SUFFIXES and len(
                    entity.key[-2]) > 1 and entity.key[-2] not in NAME_PARTICLES:
                by_paternal.setdefault(entity.key[-2], []).append(entity)
        if self._title_words:
            self._surnamed_titles(by_last)
        # "Hillary Clinton" is "Hillary Rodham Clinton"; "John Kerry" is "John F. Kerry".
        given = first_names()
        self._name_kin_by_given_name(full, by_last, given)
        first_seen: dict[int, int] | None = None  # where each entity is first named, once read
        in_body: set[int] | None = None  # the entities named outside a headline, once read
        for entity in full:
            # Not one that only adds a suffix: "Duncan Hunter" and "Duncan Hunter Sr."
            # are son and father.
            longer = [o for o in by_last[_surname_of(entity)]
                      if len(o.key) > len(entity.key) and o.key[0] == entity.key[0]
                      and _subsequence(entity.key, o.key)
                      and not (o.key[:-1] == entity.key and o.key[-1] in SUFFIXES)]
            if not longer:
                # "Van Der Beek" is "James Van Der Beek", "Le Pen" "Marine Le Pen": the
                # end of one longer name, a surname of more than one word (not a first
                # name and a surname: "Donald Trump" in a headline's "Rip Donald Trump";
                # unless the longer name came first: "Sergio Paz Posse … Paz Posse said").
                # (Not the end of a name for "mother of" or "father of": "Ahmad Abu
                # Srour" is the son "Um Ahmad Abu Srour" is named for, names.KUNYA.)
                longer = _distinct_roots([o for o in by_last[_surname_of(entity)]
                                          if len(o.key) > len(entity.key)
                                          and o.key[-len(entity.key):] == entity.key
                                          and not (o.key[0] in KUNYA
                                                   and len(o.key) == len(entity.key) + 1)])
                if entity.key[0] in given and entity.key[0] not in NAME_PARTICLES:
                    if first_seen is None:
                        first_seen = self._first_named()
                    here = first_seen.get(id(entity), -1)
                    longer = [o for o in longer if -1 < first_seen.get(id(o), here) < here]
                if len(longer) == 1 and not entity.sure_gender:
                    # ("Paz" in "Paz Posse", "Al" in "Al Marzouqi" are no first names here:
                    # no she for Sergio Paz Posse, no he for Hessa Al Marzouqi)
                    entity.he = entity.she = 0
                    entity.known_gender = False
            if not longer and len(entity.key) > 1 and (_ACRONYM_RE.fullmatch(
                    entity.core[0]) or entity.key[0] in _PERSON_ROLES or _AGENT_NOUN_RE.search(
                    entity.key[0]) and entity.key[0] not in given):
                # "SSP Rathnayake", "DIG Perera": a rank in capitals before the surname
                # of the one person named in full with it ("SSP Nihal Rathnayake"); so
                # is a role's word with a capital, or a noun for one who does something
                # that is no given name ("Coroner Rasmussen" is "Coroner Helen Rasmussen").
                longer = _distinct_roots([o for o in by_last[_surname_of(entity)]
                                          if o.kind == "person" and o is not entity
                                          and o.key[-len(entity.key) + 1:] == entity.key[1:]])
            if not longer and entity.key[0] in self._nicknames:
                # "Mikey Considine" in the headline is "Micheál “Mikey” Considine"
                longer = _distinct_roots([o for o in self._nicknames[entity.key[0]]
                                          if o.key[-1] == entity.key[-1] and o is not entity])
            if not longer and len(entity.key) >= 2 and entity.kind == "person":
                # "Te Kaurinui" for "Te Kaurinui Robert Parata": given names alone, the
                # first words of one longer name whose surname another person has (his
                # father's, Hori Parata: given names tell the two apart)
                # (the longer named outside the headline and the first line, a title
                # however written: not "Hillary Clinton Says Trump …")
                if in_body is None:
                    in_body = {id(m.entity) for m in self.mentions
                               if m._base > 0 and m._base not in self._headlines}
                # (or by one word more, named in full before them and not a suffix's
                # name: "Ahmad Fauzi" for "Ahmad Fauzi Hashim", "Nur Aisyah" for "Nur
                # Aisyah binti Zainal", as Malay names are shortened to the given names)
                if first_seen is None:
                    first_seen = self._first_named()
                here = first_seen.get(id(entity), -1)
                longer = _distinct_roots([o for o in full if o is not entity
                                          and o.kind == "person" and id(o) in in_body
                                          and len(o.key) > len(entity.key)
                                          and o.key[:len(entity.key)] == entity.key
                                          and (len(o.key) > len(entity.key) + 1 and len(
                                              _distinct_roots(by_last[_surname_of(o)])) > 1
                                               or -1 < first_seen.get(id(o), here) < here
                                               and o.key[-1] not in SUFFIXES)])
            if len(longer) == 1:
                self._join(entity, longer[0])
        self._join_namesakes(full)
        self._join_short_bodies()
        self._join_sentence_openers(full, by_first, by_last, given)
        self._join_born_names()
        for entity in self.entities.values():
            if len(entity.key) != 1:
                continue
            word = entity.key[0]
            if entity.kind == "org":
                # A body's word alone is a person's name when it is one of a person's
                # the article names ("Park Sung-min … Park said"), else a body's.
                targets = [t for t in _distinct_roots(by_last.get(word, []) + by_first.get(
                    word, [])) if t.kind == "person" and t is not entity]
                if len(targets) == 1:
                    self._join(entity, targets[0])
                continue
            targets = _distinct_roots(by_last.get(word, []))
            if given.get(word) in ("m", "f") and targets and all(
                    given.get(t.key[0]) not in ("m", "f") for t in targets):
                # a given name alone is the first name of one named in full before it is
                # the last word of a run no given name opens ("Jake and Mallory Brennan"
                # … "Jake said"; not the headline's "Country Duo Jake")
                targets = _distinct_roots(by_first.get(word, [])) or targets
            targets = targets or _distinct_roots(
                by_first.get(word, [])) or _distinct_roots(
                [e for e in by_paternal.get(word, []) if e.key[0] in given])
            targets = [t for t in targets if t is not entity] or _distinct_roots(
                self._nicknames.get(word, []))
            if len(targets) == 1:
                self._join(entity, targets[0])
            elif len(targets) > 1:
                self._ambiguous[id(entity)] = targets
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        if self._ambiguous:
            self._named_at = _NamedAt(self.mentions, self._ambiguous)
        if self._kin_of_pronouns:
            self._name_kin_of_pronouns()
        if self._kin_described:
            self._kin_by_family_name()
        if self._role_openers:
            self._name_role_openers()
        self._persons_the_text_says()
        if self._headline_texts:
            self._headline_role()
        self._gender_the_text_says()
        self._bodies_the_text_says()
        self.topic = self._headline_person()
        own = self.topic or self._most_named()
        if own is not None:
            self._birth_names(own)
        self._follow_pronouns()

    def _first_named(self) -> dict[int, int]:
        """Where each entity (by id, as written) is first named."""
        first: dict[int, int] = {}
        for mention in self.mentions:
            first.setdefault(id(mention.entity), mention.start)
        return first

    def _most_named(self) -> Entity | None:
        """The person the article names most, three times at least and more than anyone
        else: its own person, when the headline names nobody."""
        persons = sorted((e for e in self.entities.values() if e.alias_of is None
                          and e.kind == "person" and e.mentions >= SALIENT_MENTIONS),
                         key=lambda e: -e.mentions)
        if persons and (len(persons) == 1 or persons[0].mentions > persons[1].mentions):
            return persons[0]
        return None

    def _join_born_names(self) -> None:
        """Names after "were born" or "was born" are those the sentence named before
        them bore at birth, given name for given name ("Isobel Gauld and Jean Milne were
        born Isobel and Jean Reid": Jean Reid is Jean Milne)."""
        for mention in self.mentions:
            entity = mention.entity.root()
            if mention.pronoun or entity.kind != "person" or len(entity.key) < 2:
                continue
            at = mention.start - mention._base
            if not _BORN_AS_RE.search(mention._text, max(0, at - BORN_AS_REACH), at):
                continue
            low = mention._base + sentence_start(mention._text, at)
            named = [m.entity.root() for m in self.mentions
                     if low <= m.start < mention.start and not m.pronoun]
            same = {id(e): e for e in named if e is not entity and e.kind == "person"
                    and len(e.key) > 1 and e.key[0] == entity.key[0]
                    and e.key[-1] != entity.key[-1]}
            if len(same) == 1:
                self._join(entity, next(iter(same.values())))

    def _birth_names(self, own: Entity) -> None:
        """The article's own person under the name they were born with: a full name of
        the same given name that "was born" ("Harriet Vossberg, …, Dies at 84" …
        "Harriet Ann Lindqvist was born on Aug. 19, 1937, in Duluth"), or any full name
        after "Born" opening a sentence ("Born Margaret Anne MacLellan in 1928, she grew
        up …" in a profile of Peggy Doucette): the same person."""
        for mention in self.mentions:
            entity = self.entity_of(mention)
            if (entity is own or entity.kind != "person" or len(entity.key) < 2
                    or entity.key[-1] == own.key[-1] or mention.pronoun):
                continue
            at = mention.start - mention._base
            if (entity.key[0] == own.key[0]
                    and _BORN_RE.match(mention._text, mention.end - mention._base)) or (
                    _BORN_BEFORE_RE.search(mention._text, max(0, at - 12), at)
                    or mention._text.startswith("Born ", at)):  # (read with the name)
                self._join(entity, own)

    def _name_role_openers(self) -> None:
        """"The" and a role opening a sentence ("The striker also posted a farewell
        message"), where the one person the article gave that role is named before it
        ("Dundee United striker Kieran Mowat"), is a mention of that person: the subject
        a he or she after it stands for."""
        holders: dict[str, list[Entity]] = {}
        for entity in self.entities.values():
            root = entity.root()
            if root.kind == "person":
                for role in entity.roles:
                    if root not in holders.setdefault(role, []):
                        holders[role].append(root)
        added = False
        for start, end, head, masked, base in self._role_openers:
            people = holders.get(head, [])
            if len(people) != 1:
                continue
            at = bisect_left(self._starts, start)
            if not any(m.entity.root() is people[0] and m._base not in self._headlines
                       for m in self.mentions[:at]):
                continue  # (named before, outside a headline: not "A Man Developed …")
            mention = Mention(start, end, people[0], None, False, True, "", masked, base)
            mention.described = True
            people[0].mentions += 1
            self.mentions.insert(at, mention)
            self._starts.insert(at, start)
            added = True
        if added and self._ambiguous:
            self._named_at = _NamedAt(self.mentions, self._ambiguous)

    def _bodies_the_text_says(self) -> None:
        """A name read as a person's only by its first word ("Rand Water": Rand is a
        given name) that the article writes as a body's ("Rand Water, which supplies
        bulk water to the City, said") is a body: no title, no sex the text gives."""
        for mention in self.mentions:
            entity = mention.entity.root()
            if (entity.kind == "person" and not entity.titled and not entity.sure_gender
                    and len(entity.key) > 1 and mention._text and WHICH_AFTER_RE.match(
                        mention._text, mention.end - mention._base)
                    and mention.subject):  # (not "told Benioff, which …"; read last: a
                #                            subject is costly to read)
                entity.kind = "org"

    def _headline_role(self) -> None:
        """A role the headline gives one who speaks ("EFCC witness tells court") is the
        role of the person the first sentence of the body has do that ("Mr. Yakubu
        Garba Ladan, on Wednesday told a Federal High Court …"), so that "the witness
        said" later is that person."""
        for text in self._headline_texts:
            for found in _ROLE_THEN_WORD_RE.finditer(text):
                role, verb = found.group(1).lower(), found.group(2)
                if role not in _PERSON_ROLES or verb not in SPEECH_VERBS:
                    continue
                lemma = VERB_LEMMA.get(verb, verb)
                first = next((m for m in self.mentions if m._base not in self._headlines
                              and not m.pronoun and m.entity.root().kind == "person"), None)
                if first is None:
                    return
                at = first.end - first._base
                sentence = first._text[at:sentence_end(first._text, at)]
                if any(VERB_LEMMA.get(word) == lemma for word in _LOWER_WORD_RE.findall(sentence)):
                    first.entity.root().roles.add(role)
                return

    def _persons_the_text_says(self) -> None:
        """A name of two words no list knows as a person's is one when, as its clause's
        subject, the clause goes on with his or her ("In the stand, Mossie Daly was
        wiping his eyes": a he, though no list has Mossie)."""
        for mention in self.mentions:
            entity = mention.entity.root()
            if entity.kind != "name" or len(entity.key) != 2 or mention.pronoun or (
                    mention.possessive) or not mention.subject:
                continue
            at = mention.start - mention._base
            before = _previous_word(mention._text, at)
            if not _DOING_RE.match(mention._text, mention.end - mention._base) or (
                    before is not None and before.group(1).lower() == "whose") or len(
                    mention._text[at:mention.end - mention._base].split()) < 2:
                continue  # (named in full, doing something: not "frozen Musang King
                #           durians at his booth", nor "whose CrispAir Duo caught fire
                #           … her children", nor "Dolan is her equal")
            gender = _clause_gender(mention)
            if gender is None:
                continue
            entity.kind = "person"
            if gender == "m":
                entity.he += 2
            else:
                entity.she += 2
            entity.known_gender = True

    def _gender_the_text_says(self) -> None:
        """A person whose he or she came from a list of given names only, and whom the
        article calls the other in the clauses after the name, twice or more (once if
        another word of the name is the other's given name), once at least as the
        clause's subject, and never what the list says ("Wren Castellano
        is apologizing for the state of her kitchen", "… opened for Castellano on her
        2018 tour": a she, though the list has Wren as a man's name), is what the
        article says. (Not from an object's clause alone: "apologised to Clinton and to
        his supporters".)"""
        said: dict[int, tuple[Entity, Counter[str]]] = {}
        for mention in self.mentions:
            entity = mention.entity.root()
            if mention.pronoun or not entity.known_gender or entity.sure_gender or (
                    entity.kind != "person"):
                continue
            at, end = mention.start - mention._base, mention.end - mention._base
            if mention._text.endswith(" and ", 0, at) or mention._text.startswith(" and ", end):
                continue  # ("Kieran and Leah dumped as his mum slams": one of two, whose
                #           his or her may be the other's)
            gender = _clause_gender(mention)
            if gender is not None:  # (counted by sex, and by sex as the subject)
                counts = said.setdefault(id(entity), (entity, Counter()))[1]
                counts[gender] += 1
                counts[gender + " as subject"] += mention.subject
                written = mention._text[mention.start - mention._base:
                                        mention.end - mention._base].split()
                counts[gender + " in full"] += mention.subject and len(
                    [word for word in written if word.lower().rstrip(".") not in TITLE_WORDS
                     and word.lower() not in ROLE_NOUNS]) > 1  # (not "Judge Conroy")
        given = first_names()
        for entity, counts in said.values():
            listed = entity.gender
            other = "f" if listed == "m" else "m" if listed == "f" else None
            if listed is None or other is None:
                continue
            # (once is enough, where the name is written in full as the subject, when
            # another of the name's words is the other's given name: "Gul Ahmad sat by a
            # small fire with the surviving members of his family"; not "… to see Clinton
            # embrace some of his top priorities")
            once = counts[other + " in full"] and any(
                given.get(word) == other for word in entity.key[1:])
            if (counts[other] >= 2 or once) and counts[other + " as subject"] and (
                    not counts[listed]):
                entity.he, entity.she = entity.she, entity.he

    def _join_short_bodies(self) -> None:
        """"Alder Hospitality said" after "Alder Hospitality Group": a body's name
        without the words that say what kind of company it is is that body's (when one
        body's name alone starts so); so is a name of two words or more without its
        trade and those words ("Desert Bloom" for "Desert Bloom Dairy Holdings"); so is
        one word, no place's, that starts one body's name of two or three words ending in
        a noun for a body ("Pennine" for "Pennine Building Society")."""
        orgs = [e for e in self.entities.values() if e.kind == "org" and len(e.key) >= 2]
        bodies = [e for e in orgs if e.key[-1] in _COMPANY_WORDS]
        for entity in list(self.entities.values()):
            if entity.kind == "person" or entity.alias_of is not None:
                continue
            size = len(entity.key)
            if size == 1 and entity.kind != "caps":
                longer = _distinct_roots([o for o in orgs if o.key[0] == entity.key[0]])
                if (len(longer) == 1 and len(longer[0].key) <= 3 and not entity.is_place
                        and longer[0].key[-1] in _BODY_ENDS):
                    self._join(entity, longer[0])
                    continue
            longer = _distinct_roots([o for o in bodies if len(o.key) > size
                                      and o.key[:size] == entity.key
                                      and (all(w in _COMPANY_WORDS for w in o.key[size:])
                                           or size >= 2 and len(o.key) - size == 2)])
            if len(longer) == 1 and longer[0] is not entity:
                self._join(entity, longer[0])

    def _join_namesakes(self, full: list[Entity]) -> None:
        """"Charlotte Maxeke Johannesburg Academic Hospital" … "who has worked at
        Charlotte Maxeke": a name that begins the name of one body the article names,
        mostly where a place goes and never with a title or as one who speaks, is that
        body called by its namesake's name, not a person."""
        bodies = [e for e in self.entities.values() if e.kind == "org" and len(e.key) >= 3]
        if not bodies:
            return
        for entity in full:
            if (entity.alias_of is not None or entity.titled or entity.said_so
                    or entity.speaks or entity.located * 2 < entity.mentions):
                continue
            named = _distinct_roots([b for b in bodies if b.key[:len(entity.key)] == entity.key
                                     and len(b.key) > len(entity.key)])
            if len(named) == 1:
                self._join(entity, named[0])

    def _join_sentence_openers(self, full: list[Entity], by_first: dict[str, list[Entity]],
                               by_last: dict[str, list[Entity]], given) -> None:
        """"Hosting Cook at the summit, …", "Day-by-day Schiff has …": an ordinary word
        that only ever opens a sentence, before the surname of one person the article
        names in full, is no part of a name: the run is that person. The word is
        ordinary when the article writes it in lower case too, it is a long -ing word or
        hyphenated in lower case (``persons.plain_word``), or the run is only in a
        headline; never when the article shows the run to be a person's own name
        ("Rakeyia Scott said", "Ama Osei, whose husband …")."""
        for entity in full:
            if (entity.inside or entity.titled or entity.roles or entity.kind == "person"
                    or entity.alias_of is not None or entity.key[0] in given):
                continue
            others = [o for o in _distinct_roots(by_last[_surname_of(entity)])
                      if o is not entity and o.kind == "person" and o.key[0] in given
                      and len(o.key) >= 2]
            if len(others) != 1:
                continue
            named = [m for m in self.mentions if m.entity is entity]
            if not (persons.plain_word(entity.core[0], self._texts)
                    or all(m._base in self._headlines for m in named)):
                continue
            if not persons.SPEAKS_AS_PERSON.isdisjoint(persons.evidence(entity, named)):
                continue
            self._join(entity, others[0])
            # Its first word names nobody alone ("ESPN" in "ESPN Fires Schilling").
            by_first[entity.key[0]].remove(entity)
            by_last[_surname_of(entity)].remove(entity)

    def _find_holders(self) -> None:
        """An organisation's run that ends in a title and a name ("South African
        President Thabo Mbeki") names that person when the article names the person
        elsewhere as one (``_named_as_person``). The run then is a mention of that
        person, the words before the name the person's roles."""
        for key, (core, before) in self._holders.items():
            org = self.entities[key]
            if org.kind != "org" or org.alias_of is not None:
                continue
            name = tuple(w.lower().rstrip(".") for w in core)
            if not self._named_as_person(name) and not (
                    ORGANISATION_WORDS.isdisjoint(name) and (
                        self._who_after(org) or self._titled_holder_speaks(org, before))):
                continue
            person = self.entities.get(name)
            if person is None:
                person = self.entities[name] = self._new(name, core, "person")
                run = read_run(" ".join(core))
                if run is not None and run.gender is not None and not person.known_gender:
                    # (the he or she of the given name, as a run of its own would give:
                    # "Commission President Marc-André Théberge" is a he)
                    if run.gender == "m":
                        person.he += 2
                    else:
                        person.she += 2
                    person.known_gender = True
            person.kind = "person"
            person.titled = True
            person.roles.update(_roles_of(before))
            self._join(org, person)

    def _titled_holder_speaks(self, entity: Entity, before: tuple[str, ...]) -> bool:
        """Whether a run that ends in a title and a name is the subject of a verb of
        speech: "Local Union Parishad Chairman Mokhlesur Rahman said" (a body's
        short form that speaks has no title before its last words: "Pacific Command
        said")."""
        title = before[-1].lower().rstrip(".") if before else ""
        return (title in TITLES or title in ROLE_NOUNS and title.endswith(_OFFICE_ENDS)) and any(
            m.entity is entity and m.speaks and not m.possessive for m in self.mentions)

    def _who_after(self, entity: Entity) -> bool:
        """Whether a mention of ``entity`` has a person's clause after it: "… District
        Commissioner Rehema Mwakalinga, who visited the villages, said"."""
        return any(m.entity is entity and not m.possessive and m._text and _WHO_AFTER_RE.match(
            m._text, m.end - m._base) is not None for m in self.mentions)

    def _named_as_person(self, name: tuple[str, ...]) -> bool:
        """Whether the article names ``name``, or its surname alone, as a person: with
        an honorific or a gendered title ("Mr Mbeki"), after a first name whose he or
        she is known, or (the surname alone) as the subject of a speech verb ("Mbeki
        said"; not the whole name: an organisation's short form speaks too, "Pacific
        Command said"). A title alone is no evidence: the title lists hold
        nationalities, and "British Columbia" reads as titled."""
        whole = self.entities.get(name)
        if whole is not None and whole.he + whole.she > 0:
            return True
        # (a romanised given name of two syllables ends a name whose surname comes
        # first: "Park Sung-min" is "Park said", though a park is a body's word)
        family_first = len(name) == 2 and _LOWER_SYLLABLE_GIVEN_RE.fullmatch(name[1])
        surname = self.entities.get(name[:1] if family_first else name[-1:]) if len(
            name) > 1 else None
        if surname is None or surname.kind == "org" and not family_first:
            # (or the first name alone, as a given name is in much of Asia and Africa:
            # "West Java Governor Ridwan Kamil said … “…,” Ridwan wrote")
            given = self.entities.get(name[:1]) if len(name) == 2 and not family_first else None
            return given is not None and given.kind != "org" and given.said_so
        return surname.he + surname.she > 0 or surname.said_so or any(
            m.speaks for m in self.mentions if m.entity is surname and not m.possessive)

    def person(self, entity: Entity) -> bool:
        """Whether what the article shows about ``entity`` (a root) makes it a person a
        he or she may stand for (``persons``); not the he or she given to it so far,
        which is what is being decided."""
        known = self._persons.get(id(entity))
        if known is None:
            # A title, a role or a known name settles it without reading the mentions;
            # a country's name alone, that it is none ("Australia is bidding …. …, he
            # said": not Australia; a state's may be a footballer's, "Washington").
            verdict = persons.sure_person(entity, self._headlines) or not (
                entity.kind in ("name", "caps") and " ".join(entity.key) in places()
            ) and persons.is_person(entity, self._named_by_root().get(id(entity), []),
                                    self._texts, self._headlines)
            known = self._persons[id(entity)] = (entity, verdict)
        return known[1]

    def _named_by_root(self) -> dict[int, list[Mention]]:
        """The mentions naming each root entity (not pronouns), read once a verdict or a
        told gender first needs them (after the names are linked)."""
        if self._named_by is None:
            self._named_by = {}
            for mention in self.mentions:
                if not mention.pronoun:
                    # Not kept: a shared surname is read again once the pronouns are
                    # resolved ("Clinton said" after "she continued").
                    self._named_by.setdefault(id(self._entity_of(mention)), []).append(
                        mention)
        return self._named_by

    def told_gender(self, entity: Entity) -> str:
        """The he and she the article's own words give ``entity`` (a root): his or her
        in a clause it opens ("Maria Lopez lost her home"); "mf" for both, "" for none.
        Not the pronouns resolved to it: one wrong guess there ("President Obama
        adopted it. She …") would bar every he after it."""
        told = self._told.get(id(entity))
        if told is None:
            told = ""
            for mention in self._named_by_root().get(id(entity), [])[:persons.MENTIONS_READ]:
                gender = None if mention.possessive else _clause_gender(mention)
                if gender is not None and gender not in told:
                    told += gender
            self._told[id(entity)] = told
        return told

    def nicknames(self, word: str) -> list[Entity]:
        """The people the article calls ``word`` in quotation marks inside their name
        (Jesús “Chuy” Villarreal)."""
        return self._nicknames.get(word, [])

    def _follow_pronouns(self) -> None:
        """Each clause-opening he or she is a mention of the person it stands for: the
        last one named as a subject (or, within _SPEAKING_REACH, right after a speech
        verb) who fits, else the last one named who fits."""
        if not self._pronouns:
            return
        added: list[Mention] = []
        names = self.mentions
        index = 0
        recent: list[tuple[int, Entity, Mention | bool]] = []  # (position, entity, subject)
        topic = self.topic
        possessed: list[tuple[int, Entity]] = []  # people named with an 's ("Halloran's")
        owned_sex: dict[int, str] = {}  # of those, the sex of the person owned ("her son")
        for start, end, pronoun, masked, base, words, says, paragraph in self._pronouns:
            while index < len(names) and names[index].start < start:
                mention = names[index]
                entity = self.entity_of(mention)
                if mention.possessive and entity.kind != "org":
                    role = owned_role(mention)
                    if role is None:
                        possessed.append((mention.start, entity))
                    elif role in _PERSON_NOUNS:
                        # "Theresa Gomez’s father, Ernesto, lived …. She says": one who
                        # owns a person of the other sex may be the he or she
                        possessed.append((mention.start, entity))
                        owned_sex[mention.start] = "f" if role in FEMALE_NOUNS else "m"
                if entity.kind != "org" and not mention.possessive:
                    # A surname two people share ("Woods said she", Dorothy and Ty
                    # Woods) is either in the pronoun's own sentence (only there: a
                    # "Clinton" two sentences back is not Bill for a "he"); the one it
                    # was read as is tried first.
                    for other in self._ambiguous.get(id(mention.entity), ()):
                        if other.root() is not entity:
                            recent.append((mention.start, other.root(), mention))
                    recent.append((mention.start, entity, mention))
                index += 1
            gender = PRONOUN_GENDER[pronoun]
            chosen = None
            contested = False
            pool, owners = recent, possessed
            teller = self._teller_after(start, paragraph, base)
            if teller is not None:
                # "… after he walked toward a creek and didn't come back, Whitlock said":
                # the he of words one tells of is not the one telling
                pool = [item for item in pool if item[1] is not teller]
            if words >= 0:
                # "Mr Blair has failed, he claimed": the words a he or she is said to say
                # are about the people they name, not by them; not about one heard
                # before, though ("Ms. Olivieri said …" ¶ "Though Ms. Olivieri has spent
                # …, the influx has led …, she said").
                about = _named_unheard(recent, possessed, words, start)
                if about:
                    # (the one it goes on about is still its he: "Ronnie O'Sullivan
                    # arrived in good spirits. O'Sullivan had thought about retiring,
                    # he revealed"; and the headline's person)
                    going_on = _last_subject(recent, words)
                    about = [entity for entity in about
                             if entity is not going_on and entity is not topic]
                if about:
                    self.said_about[start] = {id(entity.root()) for entity in about}
                pool = [item for item in recent if item[1] not in about]
                owners = [item for item in possessed if item[1] not in about]
            if masked and pool and pool[-1][0] >= base:  # a name before it, near
                sentence = base + sentence_start(masked, start - base)
                chosen = _in_own_sentence(pool, sentence, gender, self.person)
                contested = chosen is not None and chosen.gender is None and _other_fits(
                    pool, sentence, gender, chosen)
            for subjects_only in (True, False):
                if chosen is not None:
                    break
                for position, entity, named in reversed(pool):
                    subject = named
                    if position < start - _CHAIN_REACH:
                        break
                    if isinstance(subject, Mention):  # else True: a pronoun's own
                        if entity is not subject.resolved:
                            continue  # the other of a shared surname: own sentence only
                        subject = (subject.subject and not subject.embedded
                                   or subject.described and subject.initial
                                   or _fronted_topic(subject)
                                   or subject.named_speaking
                                   and _narration_between(subject, start, paragraph, base)
                                   <= _SPEAKING_REACH
                                   or entity.is_person and _who_spoke(subject)
                                   or _asked_a_question(subject))
                    if subject and isinstance(named, Mention) and _asks_a_question(named):
                        continue  # "Another reporter asked whether …" ¶ "“…,” he said":
                        #           not the one asking, who is answered
                    if subject and not self.person(entity):
                        chosen = NOBODY  # "Heavy rain fell. …, he said": no one named
                        break
                    if (subject or not subjects_only) and (
                            entity.is_person or subject and entity.kind == "name") and (
                            entity.gender in (None, gender)):
                        chosen = entity
                        if subjects_only and isinstance(named, Mention) and not (
                                named.initial or says and _says_after(named)):
                            # "Brodie confirmed that …, while hooker Stuart Lennox was
                            # nursing a dead leg. … he said": the subject its sentence
                            # opens with, before one of a clause inside it (not before
                            # the subject of a clause as main as its own, known to be a
                            # she where the opener is not: "Hussain says …, and Brereton
                            # says …. “…,” she says"; but "Pelham has run it since 2015,
                            # and her curate Okonkwo says …. “…,” she says": Pelham).
                            opening = self._opening_subject(pool, named, gender)
                            coordinated = chosen.gender == gender and (
                                opening is not None and opening.gender != gender) and (
                                _COORDINATED_RE.search(named._text, 0,
                                                       named.start - named._base))
                            if opening is not None and not coordinated and (
                                    opening.gender == gender or chosen.gender is None
                                    or not _either_gender(opening)):
                                # (not one whose first name is either a he's or a she's
                                # before one known to be: "Commissioner Ray Tolliver
                                # chaired the meeting, and board member Dolores Whitfield
                                # questioned him. …, she said"; a first name no list has
                                # leaves the opener: "Professor Tomasi Vuetilovoni …")
                                chosen = opening
                        if position < base:
                            # "The row fuelled speculation about Halloran's future. …, he
                            # said": one named with an 's in the pronoun's paragraph, when
                            # its subjects were named in paragraphs before.
                            chosen = self._possessed_in(
                                owners, base, start, gender, owned_sex) or chosen
                            if chosen.gender is None:
                                # "… asked whether Várkonyi would describe … She paused":
                                # one its paragraph names who is known to be a she, before
                                # an unknown one named as a subject paragraphs back; or
                                # one the chosen's own clause names who is ("His older
                                # sister, Kalia Vang, addressed Pryor directly." ¶ "“…,”
                                # she said": not Pryor, whose sex nothing told; not
                                # across "but": "Van Nistelrooy is fit again, but the
                                # Scot admitted …")
                                chosen = self._known_in(pool, base, start, gender) or (
                                    isinstance(named, Mention) and self._known_in(
                                        pool, _clause_start(named), named.start,
                                        gender)) or chosen
                            else:
                                # "In 1968 she married the lighting designer Alan Freer.
                                # They separated …, and he lit most of her productions":
                                # the one person its paragraph names before it who is
                                # known to be a he, as an object, before a subject of a
                                # paragraph before.
                                chosen = self._object_in(pool, base, start, gender,
                                                         masked) or chosen
                        break
                if chosen is not None:
                    break
            if chosen is not None and chosen is not NOBODY and topic is not None and (
                    chosen is not topic):
                chosen = self._back_to_topic(pool, chosen, topic, gender, base) or chosen
            if (chosen is None or chosen is NOBODY) and (masked or paragraph and not any(
                    position >= base for position, _, _ in pool)):
                # "The film marks Străjescu’s second feature … Speaking to Screen, she
                # said": no subject fits, one its paragraph names with an 's does (at a
                # sentence's opening too, when its paragraph names no one else before
                # it: "Pettaway's house is on the list for next year. She says …")
                chosen = self._possessed_in(
                    owners, base, start, gender, owned_sex) or chosen
            if chosen is None or chosen is NOBODY:
                continue
            if chosen.gender is None and not contested and chosen.kind != "unnamed":
                # Its he or she counts as what the article says of it, unless one its
                # own sentence names is known to be that ("Chris Christie described
                # Hillary Clinton as … after she attacked"): a guess between two. (Not
                # for one known by a role: "a resident" is one entity for every
                # resident the article quotes.)
                if gender == "m":
                    chosen.he += 1
                else:
                    chosen.she += 1
            recent.append((start, chosen, True))
            added.append(Mention(start, end, chosen, gender, False, False, pronoun, masked, base))
        self.mentions = sorted(self.mentions + added, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def _opening_subject(self, recent: list[tuple[int, Entity, Mention | bool]],
                         mention: Mention, gender: str) -> Entity | None:
        """The person who opens the sentence of ``mention`` as its subject, if one fits."""
        if not mention._text:
            return None
        opening = mention._base + sentence_start(mention._text, mention.start - mention._base)
        index = bisect_left(recent, opening, key=itemgetter(0))  # (positions in order)
        if index == len(recent):
            return None
        position, entity, other = recent[index]
        if position >= mention.start or not (
                isinstance(other, Mention) and other.initial and other.subject):
            return None
        if entity.is_person and entity.gender in (None, gender) and self.person(entity):
            return entity
        return None

    def _teller_after(self, start: int, paragraph: str, base: int) -> Entity | None:
        """The one named after a comma at the end of the sentence of ``start`` as saying
        its words ("…, Whitlock said.", "…, Whitlock said on Sunday."), if any; not one
        whose words go on ("When Ms. Friedan … recommended that she …, Mrs. Schlafly
        replied that …")."""
        end = sentence_end(paragraph, start - base)
        for mention in self.within(start, base + end):
            if mention.speaks and paragraph[:mention.start - base].rstrip().endswith(","):
                verb = _WORD_AFTER_RE.match(paragraph, mention.end - base)
                rest = paragraph[verb.end() if verb else mention.end - base:end].strip(" .")
                if len(rest) <= TELLER_TAIL and "that" not in rest.split():
                    return self.entity_of(mention).root()
        return None

    def _known_in(self, recent: list[tuple[int, Entity, Mention | bool]], low: int,
                  high: int, gender: str) -> Entity | None:
        """The last person named between ``low`` and ``high`` known to be ``gender``."""
        for position, entity, _ in reversed(recent):
            if position < low:
                return None
            if position < high and entity.is_person and entity.gender == gender and (
                    self.person(entity)):
                return entity
        return None

    def _headline_person(self) -> Entity | None:
        """The one person the headline names in full (not "Mosul’s Old City", a place a
        misread aside made a man's), if the article names that person again."""
        named = {id(e): e for m in self.mentions if m._base in self._headlines
                 and (e := self.entity_of(m)).kind == "person" and len(e.key) > 1
                 and e.mentions > 1}
        return next(iter(named.values())) if len(named) == 1 else None

    def _back_to_topic(self, recent: list[tuple[int, Entity, Mention | bool]], chosen: Entity,
                       topic: Entity, gender: str, base: int) -> Entity | None:
        """The person the headline names, for a he or she whose search took someone last
        named paragraphs before the headline's person was named again ("President
        Michael D Higgins led the tributes. …" ¶ "The GAA … described Mr Considine as
        …" ¶ "Born in 1942, he left school at 15": the Considine the obituary is of);
        else None."""
        if not (topic.known_gender and topic.gender == gender):
            return None
        chosen_at = topic_at = None
        for position, entity, mention in reversed(recent):
            if chosen_at is None and entity is chosen:
                if not isinstance(mention, Mention) or mention.speaks:
                    return None  # (a he or she of its own since, or named as speaking:
                    #              "“…,” Mr Ryan said" is who goes on)
                chosen_at = mention._base
            if topic_at is None and entity is topic and isinstance(mention, Mention):
                topic_at = mention._base
            if chosen_at is not None and topic_at is not None:
                break
        if chosen_at is None or topic_at is None or topic_at <= chosen_at:
            return None
        return topic

    def _object_in(self, recent: list[tuple[int, Entity, Mention | bool]], low: int,
                   high: int, gender: str, masked: str) -> Entity | None:
        """The one person named between ``low`` and ``high`` (``masked`` the paragraph
        there; empty when the he or she opens its sentence) known to be ``gender``, not
        after a preposition ("after meeting with Smith") nor in a participle's clause
        opening its sentence, when no other fits."""
        opened = opening = high
        if masked:
            opened = low + sentence_start(masked, high - low)
            participle = _PARTICIPLE_OPENING_RE.match(masked, opened - low)
            if participle is not None:
                opening = low + participle.end()
        found = None
        for position, entity, mention in reversed(recent):
            if position < low:
                break
            if position >= high or not entity.is_person or entity.gender not in (None, gender):
                continue
            if opened <= position < opening:
                continue  # "Asked about her vote in case Clinton faces Trump, she": the
                #           participle's subject is the she, not one named in its clause
            if found is not None and entity is not found or not isinstance(mention, Mention):
                return None
            before = _previous_word(mention._text, mention.start - mention._base)
            if not (entity.known_gender and entity.gender == gender) or self.person(
                    entity) is False or before is not None and before.group(1).lower() in (
                    _PREPOSITIONS_AND_TO):
                return None
            found = entity
        return found

    def _possessed_in(self, possessed: list[tuple[int, Entity]], low: int, high: int,
                      gender: str, owned_sex: dict[int, str]) -> Entity | None:
        """The last person named with an 's between ``low`` and ``high`` who fits (not
        one who owns a person of that sex: "Trayvon's father … he" is the father)."""
        for position, entity in reversed(possessed):
            if position < low:
                return None
            if position < high and entity.is_person and entity.gender in (None, gender) and (
                    owned_sex.get(position) != gender) and self.person(entity):
                return entity
        return None

    def _name_kin_by_given_name(self, full: list[Entity], by_last: dict[str, list[Entity]],
                                given: dict[str, str]) -> None:
        """"Fraser McLeod … with his wife, Ailsa" … "Mr McLeod said" … "Mrs McLeod said":
        a given name set off after a word for someone's kin, whose sex the title before
        that person's surname gives elsewhere, is that kin's, with the surname: Ailsa
        McLeod, whom "Mrs McLeod" names (as a shared surname, read by its title)."""
        for entity in list(self.entities.values()):
            sex = given.get(entity.key[0]) if len(entity.key) == 1 else None
            if sex not in ("m", "f") or entity.kind == "org" or entity.alias_of is not None:
                continue
            mention = next((m for m in self.mentions if m.entity is entity and m._text
                            and not m.pronoun), None)
            at = mention.start - mention._base if mention is not None else 0
            if mention is None or not _KIN_SET_OFF_RE.search(
                    mention._text, max(0, at - KIN_SET_OFF_REACH), at):
                continue
            # (the person named in full before it in its paragraph, nearest first)
            owner = max((m for m in self.mentions if m._base == mention._base
                         and m.start < mention.start and not m.pronoun
                         and len(m.entity.key) >= 2 and m.entity.kind == "person"),
                        key=lambda m: m.start, default=None)
            if owner is None or owner.entity.root().gender == sex:
                continue
            surname = _surname(owner.entity.key)
            key = (entity.key[0], surname)
            if key in self.entities or not any(
                    m.entity.key == (surname,) and m.gender == sex for m in self.mentions):
                continue
            kin = self.entities[key] = self._new(key, (entity.core[0], owner.entity.core[
                owner.entity.key.index(surname)]), "person")
            if sex == "f":
                kin.she += 2
            else:
                kin.he += 2
            kin.known_gender = True
            self._join(entity, kin)
            full.append(kin)
            by_last.setdefault(surname, []).append(kin)

    def _join(self, short: Entity, full: Entity) -> None:
        full = full.root()
        if short is full:
            return
        short.alias_of = full
        full.he += short.he
        full.she += short.she
        full.roles |= short.roles
        full.titled = full.titled or short.titled
        full.inside = full.inside or short.inside
        full.known_gender = full.known_gender or short.known_gender
        full.said_so = full.said_so or short.said_so
        full.sure_gender = full.sure_gender or short.sure_gender
        full.mentions += short.mentions
        full.located += short.located
        if full.kind in ("name", "caps") and short.kind == "person":
            full.kind = "person"

    # -- looking up ------------------------------------------------------------------
    def entity_of(self, mention: Mention) -> Entity:
        """The entity a mention names; a surname two full names share goes to the one
        its title fits, else to the one named last before it."""
        found = mention.resolved
        if found is None or found.alias_of is not None:
            found = mention.resolved = self._entity_of(mention)
        return found

    def _entity_of(self, mention: Mention) -> Entity:
        entity = mention.entity
        options = self._ambiguous.get(id(entity))
        if options is None:
            return entity.root()
        gender = mention.gender or _clause_gender(mention)
        if gender:
            fitting = [o for o in options if o.root().gender == gender] or [
                o for o in options if o.root().gender is None]
            if len(fitting) == 1:
                return fitting[0].root()
            options = fitting or options
        written = mention._text[mention.start - mention._base:mention.end - mention._base]
        title = written.split(None, 1)[0].lower().rstrip(".") if " " in written else ""
        if title in HONORIFICS or title in TITLES:
            # "Dr. Holm" after "Dr. Birgitte Holm" and her husband "Anders Holm": the one
            # the article gave that title
            titled = [o for o in options if title in o.root().roles]
            if len(titled) == 1:
                return titled[0].root()
        # The one the article has named most so far ("Obama said" after Michelle Obama
        # is named once in a story about Barack Obama), and of those the last named.
        wanted = {id(o.root()): 0 for o in options}
        last: dict[int, int] = {}  # the place of its nearest naming among the names
        named_at = self._named_at
        assert named_at is not None  # set by link, which set the ambiguous surnames
        before = bisect_left(named_at.starts, mention.start)
        for key in wanted:
            places = named_at.by_root.get(key, ())
            count = bisect_left(places, before)
            if count:
                wanted[key] = count
                last[key] = places[count - 1]
        # A shared surname named before counts as the one it names: each is read once,
        # in order (``entity_of`` keeps what it read; those before it are read first,
        # and nothing the reading weighs changes while they are read).
        shared = named_at.shared
        needed = bisect_left(shared, before)
        while named_at.read < needed:
            place = shared[named_at.read]
            named_at.by_reading.setdefault(id(self.entity_of(named_at.names[place])),
                                           []).append(place)
            named_at.read += 1
        for key in wanted:
            places = named_at.by_reading.get(key, ())
            count = bisect_left(places, before)
            if count:
                wanted[key] += count
                if key not in last or last[key] < places[count - 1]:
                    last[key] = places[count - 1]
        named = [key for key, count in wanted.items() if count]
        if not named:
            return entity  # "Cole" before either Cole is named: it stays as written
        best = max(named, key=lambda key: (wanted[key], last[key]))
        return next(o.root() for o in options if id(o.root()) == best)

    def before(self, position: int, floor: int) -> Iterator[Mention]:
        """Mentions starting before ``position`` and at or after ``floor``, nearest first."""
        index = bisect_left(self._starts, position) - 1
        mentions = self.mentions
        while index >= 0 and mentions[index].start >= floor:
            yield mentions[index]
            index -= 1

    def ordinary_word(self, word: str) -> bool:
        """Whether the article writes ``word`` (a name's) in lower case too, as a word
        of English (``persons.plain_word``)."""
        return persons.plain_word(word, self._texts)

    def in_headline(self, mention: Mention) -> bool:
        """Whether ``mention`` is in the article's headline."""
        return mention._base in self._headlines

    def within(self, start: int, end: int) -> list[Mention]:
        """Name mentions inside ``[start, end)``, in order (not pronouns)."""
        index = bisect_left(self._starts, start)
        found = []
        mentions = self.mentions
        while index < len(mentions) and mentions[index].start < end:
            mention = mentions[index]
            if mention.end <= end and not mention.pronoun and not mention.described:
                found.append(mention)
            index += 1
        return found

    def pronoun_at(self, start: int) -> Mention | None:
        index = bisect_left(self._starts, start)
        while index < len(self.mentions) and self.mentions[index].start == start:
            if self.mentions[index].pronoun:
                return self.mentions[index]
            index += 1
        return None

    def unnamed(self, role: str, head: str) -> Entity:
        """A speaker known by role ("spokesman, Acme"): one entity per role per article."""
        key = ("\x00role", role.lower())
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(key, (role,), "unnamed")
            entity.roles.add(head)
            if head in FEMALE_NOUNS:
                entity.she += 2
            elif head in MALE_NOUNS:
                entity.he += 2
            entity.known_gender = head in FEMALE_NOUNS or head in MALE_NOUNS
            entity.sure_gender = entity.known_gender
        return entity

    def named(self, name: str) -> Entity:
        """The entity of a name given outside the text (a curated interviewee)."""
        key = name_key(name)
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = self._new(key, tuple(name.split()), "person")
        return entity.root()


class _NamedAt:
    """The names of an article (its mentions but pronouns, in order), and where each
    entity is named among them: by root, the places of its names that are no surname
    two full names share, and apart the places of those that are. Counting one
    entity's names before a place is then a bisection, where walking back over every
    name made each shared surname's reading as long as the article. The shared surnames
    are read in order as a reading first needs them (``read`` of them so far), and
    where each is named by what it was read as (``by_reading``)."""

    __slots__ = ("names", "starts", "by_root", "shared", "read", "by_reading")

    def __init__(self, mentions: list[Mention], ambiguous: dict[int, list[Entity]]) -> None:
        self.names = [m for m in mentions if not m.pronoun]
        self.starts = [m.start for m in self.names]
        self.by_root: dict[int, list[int]] = {}
        self.shared: list[int] = []
        for place, mention in enumerate(self.names):
            if id(mention.entity) in ambiguous:
                self.shared.append(place)
            elif not _by_given_name(mention.entity):
                self.by_root.setdefault(id(mention.entity.root()), []).append(place)
        self.read = 0
        self.by_reading: dict[int, list[int]] = {}


def _by_given_name(entity: Entity) -> bool:
    """Whether a name is a person's given name alone ("Linda" for Linda Garvey): what
    news calls one of a family, not how it names the one the shared surname is for
    ("Tom Garvey drives with his wife, Linda. … Garvey says")."""
    root = entity.root()
    return len(entity.key) == 1 and len(root.key) > 1 and entity.key[0] == root.key[0]


# What a he or she stands for when the subject before it is no person ("Heavy rain fell.
# …, he said"): nobody the article names, rather than someone named further back.
NOBODY = Entity(("\x00nobody",), (), "unnamed")


# A phrase of up to four words opening a sentence, its first word a preposition, right
# before a pronoun.
OPENING_PHRASE_CHARS = 40
_OPENING_PHRASE_RE = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)(?:\s+[\w’'-]+){1,3}\s+$")
# A short phrase opening its sentence, set off by a comma (group 1: its first word).
_OPENING_SET_OFF_RE = re.compile(r"(?:^|[.!?]\s+)([A-Z][a-z]+)\b[^,.;:!?\x01]{0,30},\s+$")


def _after_opening_phrase(masked: str, at: int) -> bool:
    """Whether a phrase of a verb in -ing opens the sentence and is set off right before
    ``at``: "Speaking afterwards, ". (Not one of a preposition: "At the ceremony, a
    reporter asked Quill …" ¶ "“…,” she replied" is Quill's, whom the reporter asked.)"""
    found = _OPENING_SET_OFF_RE.search(masked, max(0, at - OPENING_PHRASE_CHARS), at)
    return found is not None and found.group(1).lower().endswith("ing")


def _unnamed_after_phrase(masked: str, at: int) -> bool:
    """Whether a description set off after a sentence's opening phrase is of someone
    the article leaves unnamed ("In Tahirpur, a schoolteacher, who did not want to be
    named, said"): the subject a he or she after it may stand for, as when it opens the
    sentence."""
    return _OPENING_SET_OFF_RE.search(masked, max(0, at - OPENING_PHRASE_CHARS), at) is not None \
        and _UNNAMED_AFTER_RE.match(masked, at) is not None


# A description, then an aside saying its person is left unnamed.
_UNNAMED_AFTER_RE = re.compile(
    r"[Aa]n?\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+who\s+(?:did\s+not\s+want|asked\s+not|"
    r"declined|requested|spoke\s+on\s+condition)\b")


_CLAUSE_OPENERS = CONJUNCTIONS | frozenset("""when while as after before because since
although though if that so then but and where until once""".split()) | AUXILIARIES


# Words for a family's members as a group, set off before their names: "The twins, ",
# "brothers ", "the couple, ".
_KIN_GROUP_BEFORE_RE = re.compile(
    r"\b(?:twins|brothers|sisters|siblings|couple|parents|grandparents)\b,?\s+$")
KIN_GROUP_REACH = 20  # characters back to it
# A role set off before a description that ends in a name: "His mother, the theatre
# critic " (group 1: the role set off).
_ROLE_SET_OFF_BEFORE_RE = re.compile(r"\b([A-Za-z]+),\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$")
ROLE_SET_OFF_REACH = 60  # characters back to it
# An aside of one noun and where its one is from: ", a postie from Manurewa" (group 1:
# the noun; a body's noun is no person's: ", a firm from Ohio").
_ONE_FROM_RE = re.compile(r",\s+an?\s+([a-z]+)\s+from\s+[A-Z]")
# Honorifics a report gives a party it leaves anonymous ("Ms B", "Mr. A", "Mrs P"; not
# "“Mrs E”" in marks, what children called her).
_ANONYMISING_HONORIFICS = frozenset("mr ms mrs miss mx".split())
# A word and the word after it, overlapping: "witness tells" in "EFCC witness tells court".
_ROLE_THEN_WORD_RE = re.compile(r"\b([A-Za-z]+)\s+(?=([a-z]+)\b)")
_LOWER_WORD_RE = re.compile(r"[a-z]+")
# A verb right after a name, as a clause's: "Mossie Daly was wiping", "Daly wiped",
# "Nwosu is already on" (not "Dolan is her equal": what one is, not what one does; nor
# a passive's, "Little Lai is run by Grace Lai and her father": what is done to it).
_DOING_RE = re.compile(r"\s+(?:[a-z]+ed|(?:has|had|is|was|were|are|did)\s+(?!(?:his|her)\b)"
                       r"[a-z]+)\b(?!\s+by\b)")
_CLAUSE_GENDER_RE = re.compile(rf"[,.;:!?\x01]|\b({OWN_PRONOUNS})\b")


def _fronted_topic(mention: Mention) -> bool:
    """Whether a name is the topic its sentence opens with, set off by a comma ("For
    Brian Hollis, 58, from Swindon, the debate is personal. He had a stroke …", "For
    factory worker Siti Aminah Yusof, 27, …"): whom
    a he or she after it is about, as a subject's."""
    text = mention._text
    if not text:
        return False
    at, end = mention.start - mention._base, mention.end - mention._base
    return text.startswith(",", end) and _TOPIC_RE.fullmatch(
        text, sentence_start(text, at), at) is not None


# (after a role or a group in small letters: "For factory worker Siti Aminah Yusof, 27,",
# "For smallholders such as Rosmah Ismail, 61,")
_TOPIC_RE = re.compile(r"(?:For|As for)\s+(?:[a-z][\w’'-]*\s+){0,4}")


def _clause_start(mention: Mention) -> int:
    """Where the clause of ``mention`` starts: its sentence's start, or past the last
    "but", "and", "while" or semicolon that opens a clause of its own before it."""
    text, at = mention._text, mention.start - mention._base
    low = sentence_start(text, at)
    breaks = list(_CLAUSE_BREAK_RE.finditer(text, low, at))
    return mention._base + (breaks[-1].end() if breaks else low)


_CLAUSE_BREAK_RE = re.compile(r",\s+(?:but|and|while|although|though|as|whereas)\s+|;\s+")


# What a question put to someone opens with after the name: "asked Ellery what he would
# say", "asked her whether …".
_QUESTION_AFTER_RE = re.compile(r",?\s+(?:what|whether|if|why|how|when|where|who|about)\b")


def _asks_a_question(mention: Mention) -> bool:
    """Whether the one named asks a question there, as its clause's subject ("Another
    reporter asked whether the government would …")."""
    if not mention.subject or mention.verb not in _ASKED or not mention._text:
        return False
    verb = mention._text.find(mention.verb, mention.end - mention._base)
    return verb >= 0 and _QUESTION_AFTER_RE.match(
        mention._text, verb + len(mention.verb)) is not None


def _asked_a_question(mention: Mention) -> bool:
    """Whether the one named was asked a question there ("a reporter asked Ellery what
    he would say …"): the one who goes on to answer."""
    return mention.asked and bool(mention._text) and _QUESTION_AFTER_RE.match(
        mention._text, mention.end - mention._base) is not None


def _clause_gender(mention: Mention) -> str | None:
    """He or she as the words after a name say in its clause: "Woods shared her
    belief" is a she, whichever of two Woods was named last."""
    text = mention._text
    if not text:
        return None
    end = mention.end - mention._base
    found = _CLAUSE_GENDER_RE.search(text, end, end + APPOSITIVE_CHARS)
    if found is None or found.group(1) is None:
        return None
    return PRONOUN_GENDER[found.group(1)]


_LOWER_SYLLABLE_GIVEN_RE = re.compile(r"[a-z]{1,5}-[a-z]{2,5}")  # "ji-yeon", "sung-min"


# A word for someone's kin set off before a name: "with his wife, Ailsa".
_KIN_SET_OFF_RE = re.compile(rf"\b(?:{'|'.join(sorted(persons.KIN_NOUNS))}),\s+$")
KIN_SET_OFF_REACH = 20  # characters back to the word for kin: "granddaughter, "


def _surname(key: tuple[str, ...]) -> str:
    """The last word of a name that is not a suffix: "Joseph R. Biden Jr." is the Biden
    that "Mr. Biden" names."""
    return key[-2] if len(key) > 2 and key[-1] in SUFFIXES else key[-1]


def _surname_of(entity: Entity) -> str:
    """An entity's surname (``_surname``), or the word before a romanised given name
    of two syllables that ends the name, as Hong Kong and Korean names are written:
    "Cheung Mei-yee" and "Josephine Tsang Wing-yan" are the Cheung and the Tsang that
    "Cheung said" and "Tsang said" name (not a surname of two, "Lloyd-Ellis")."""
    core = entity.core
    if len(core) >= 2 and "-" in core[-1] and len(entity.key) == len(core) and (
            SYLLABLE_GIVEN_RE.fullmatch(core[-1])):
        return entity.key[-2]
    return _surname(entity.key)


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    iterator = iter(long)
    return all(word in iterator for word in short)


def _distinct_roots(entities: list[Entity]) -> list[Entity]:
    roots: list[Entity] = []
    for entity in entities:
        root = entity.root()
        if root not in roots:
            roots.append(root)
    return roots


def _other_fits(recent, sentence: int, gender: str, chosen: Entity) -> bool:
    """Whether the sentence from ``sentence`` on names, before the pronoun, a person
    other than ``chosen`` whose he or she a title or a first name gives as ``gender``."""
    for position, entity, _ in reversed(recent):
        if position < sentence:
            return False
        if entity is not chosen and entity.known_gender and entity.gender == gender:
            return True
    return False


# Before the subject of a main clause joined to another: ", and", ", but", ";" and at
# most three words of a role ("…, and board member Dolores Whitfield questioned him").
_COORDINATED_RE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?:[\w’'-]+\s+){0,3}$")


# Verbs a role noun's form after which is a verb: "the region would judge Australia".
_MODALS = frozenset("would will can could should may might must shall".split())


def _after_a_modal(masked: str, space: int) -> bool:
    """Whether the word before ``space`` (the one before a role noun) is a modal: "would
    judge Australia", "will chair the inquiry" (no judge, no chair)."""
    return masked[masked.rfind(" ", 0, space) + 1:space].lower() in _MODALS


# The word after a he or she: "he said" (past an adverb: "he later said").
_WORD_AFTER_RE = re.compile(r"\s+(?:[a-z]+ly\s+|later\s+|also\s+)?([a-z]+)")
# A speech verb set off after the words it reports: "…, he claimed," "“…” he added."
_SET_OFF_VERB_RE = re.compile(r" ([a-z]+)\s*[,.;]")


def _last_mark(text: str, end: int) -> int:
    """Where the last character before ``end`` that is no space is (-1: none), read back
    over the spaces only (a quotation's blanks), not the paragraph before."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _reported_before(masked: str, at: int, end: int) -> int | None:
    """Where the words begin that a he or she (at ``at`` to ``end`` in ``masked``) is
    said to say, when it is the subject of a speech verb set off after them ("Mr Blair
    has failed, he claimed"; "Mr Blair's government was a “…” he added", a quotation
    inside its clause): its sentence's start, or just after a colon in it; None when it
    is no such cue, or says only a quotation that opens its clause ("Howard was
    scathing: “…,” he said")."""
    verb = _SET_OFF_VERB_RE.match(masked, end)
    if verb is None or verb.group(1) not in SPEECH_VERBS:
        return None
    mark = _last_mark(masked, at)
    if mark < 0 or masked[mark] not in (",", QUOTE_MARK):
        return None
    if masked[mark] == QUOTE_MARK:
        prior = _last_mark(masked, mark)
        if prior < 0 or not masked[prior].isalnum():
            return None  # the quotation is all it says ("Sondland has amended it — “…,” he
            #              said")
    sentence = sentence_start(masked, at)
    colon = masked.rfind(":", sentence, at)
    return colon + 1 if colon >= 0 else sentence


def _named_unheard(recent: list[tuple[int, Entity, Mention | bool]],
                   possessed: list[tuple[int, Entity]], low: int, high: int) -> list[Entity]:
    """The entities named between ``low`` and ``high`` (with an 's too; not as saying
    something there: "…, and “…,” Smith said, then “…,” he added") who were never
    named saying anything before."""
    named = [entity for position, entity, mention in recent if low <= position < high
             and isinstance(mention, Mention) and not (mention.speaks or mention.named_speaking)]
    named += [entity for position, entity in possessed if low <= position < high]
    if not named:
        return named
    heard = {id(entity) for position, entity, mention in recent if position < low
             and isinstance(mention, Mention) and (mention.speaks or mention.named_speaking)}
    return [entity for entity in named if id(entity) not in heard]


def _last_subject(recent: list[tuple[int, Entity, Mention | bool]],
                  before: int) -> Entity | None:
    """The subject (a name or a he or she) the last sentence before ``before`` that
    names one opens with ("…, and she doesn't think Clinton can …": she), or the one it
    ends saying it (``_says_after``), within a he or she's reach."""
    index = bisect_left(recent, before, key=itemgetter(0))
    opening = None
    for position, entity, mention in reversed(recent[:index]):
        if position < before - _CHAIN_REACH:
            break
        if isinstance(mention, Mention) and mention._text:
            opening = mention._base + sentence_start(mention._text,
                                                     mention.start - mention._base)
            break
    if opening is None:
        return None
    sentence = recent[bisect_left(recent, opening, key=itemgetter(0)):index]
    for position, entity, mention in sentence:
        if isinstance(mention, Mention) and _says_after(mention):
            return entity  # "Tony Blair has … failed, Michael Howard has said.": Howard
    for position, entity, mention in sentence:
        if not isinstance(mention, Mention) or mention.subject and not mention.embedded:
            return entity
    return None


def _says_after(mention: Mention) -> bool:
    """Whether the one named says the words before it, set off at its sentence's end
    ("Tony Blair has failed, Michael Howard has said."): the subject its sentence opens
    with is in what is said."""
    text = mention._text
    mark = _last_mark(text, mention.start - mention._base)
    if mark < 0 or text[mark] not in (",", QUOTE_MARK):
        return False
    verb = _VERB_CLOSING_RE.match(text, mention.end - mention._base)
    return verb is not None and verb.group(1) in SPEECH_VERBS


# The verb after a subject, past its auxiliaries, closing its sentence ("…, Michael
# Howard has said.", "…, Smith said, adding …"; not "One witness, Suspilne reported,
# said he …", an aside inside the sentence).
_VERB_CLOSING_RE = re.compile(
    r"(?:\s+(?:has|have|had|also|has also))?\s+([a-z]+)(?=\s*(?:[.;]|$|,\s+[a-z]+ing\b))")


def _in_own_sentence(recent: list[tuple[int, Entity, Mention | bool]], sentence: int,
                     gender: str, person: Callable[[Entity], bool]) -> Entity | None:
    """The person a he or she stands for in its own sentence, before it: the sentence's
    subject, else a person named as its object ("The commission arraigned Idris,
    alleging that he laundered …" is Idris, not a subject of an earlier sentence); not
    one after a preposition ("after meeting with Smith, he said"). ``NOBODY`` when the
    subject is no person (``person``): the he or she stands for nobody named."""
    own = []
    for item in reversed(recent):
        if item[0] < sentence:
            break
        own.append(item)
    for position, entity, mention in own:
        if (not isinstance(mention, Mention) or mention.subject and not mention.embedded) and (
                entity.is_person or entity.kind == "name") and entity.gender in (None, gender):
            return entity if person(entity) else NOBODY
    for position, entity, mention in own:
        if not isinstance(mention, Mention) or mention.subject or not (
                entity.kind == "person" or entity.kind == "name" and len(entity.key) > 1
                and not entity.is_place) or entity.gender not in (None, gender) or not (
                person(entity)):
            continue
        before = _previous_word(mention._text, mention.start - mention._base)
        if before is not None and before.group(1).endswith(("'s", "’s")) and (
                before.group(1)[:1].isupper()):
            # (past a name in the possessive: "In an interview with CBC's Mainstreet
            # Cape Breton, she said", "Speaking to RTÉ's Nationwide, he said")
            before = _previous_word(mention._text, before.start(1))
        if before is None or before.group(1).lower() not in _PREPOSITIONS_AND_TO:
            return entity  # (not "Asked what he had said to Kearney, he smiled")
    return None


_PREPOSITIONS_AND_TO = PREPOSITIONS | {"to"}
