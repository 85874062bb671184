"""Names in running text: runs of capitalised words, and what each run names.

A run (``NAME_RUN_RE``) takes titles with their full stops ("Sen.", "Mr."), initials
("G.K.", "John F."), particles ("de", "van", "bin") and hyphens. ``read_run`` splits it
into the words before the name (titles, roles, parties, places: "Foreign Secretary",
"U.S. Rep.", "Republican") and the name itself, and says whether it is a person, an
organisation or a place, or cannot tell; a person's he or she comes from an honorific or
a first name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..words.lexicon import (ABBREVIATED_GIVEN_NAMES, ABBREVIATIONS, DAYS, DAYS_AND_MONTHS,
                             FEMALE_TITLES, FUNCTION_WORDS, HONORIFICS, MALE_TITLES,
                             NAME_PARTICLES, ORDINALS, SPEECH_VERBS, TITLES, UPPER, first_names,
                             places)
from ..words.roles import (LEGAL_FORMS, ORGANISATION_WORDS, PARTY_MEMBERS, ROLE_NOUNS,
                           SPELLED_OUT)

# Titles grouped by their capital, the longest first ("Mrs" before "Mr"): the regex
# engine tries only the titles of the letter it is at.
_BY_LETTER: dict[str, list[str]] = {}
for _abbreviation in sorted(ABBREVIATIONS, key=len, reverse=True):
    _BY_LETTER.setdefault(_abbreviation[0].upper(), []).append(re.escape(_abbreviation[1:]))
_TITLE = "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in _BY_LETTER.items()) + r")\."
_INITIALS = rf"[{UPPER}]\.(?:\s?[{UPPER}]\.)*"
# A plural's possessive mark before a capital, inside a body's name ("National Farmers’
# Union", "Workers' Party"; read_run keeps it only before a body's word).
_PLURAL_MARK = rf"(?:(?<=s)[’'](?=[ \t]+[{UPPER}]))?"
_WORD = rf"[{UPPER}](?:[\w’'&-]*\w)?{_PLURAL_MARK}"  # ("M&S", "AT&T": an ampersand inside)
_PARTICLE = "(?:{})".format("|".join(
    re.escape(p) for p in sorted(NAME_PARTICLES, key=lambda p: (-len(p), p))))
_PART = rf"(?:{_TITLE}|{_INITIALS}|{_WORD})"
# The first part with its capital read already (by the character class before it): a
# title, initials or a word. A title's letters after its capital are checked first, so
# a capital that opens no title ("Smith") does not try every letter's titles.
_TITLE_TAIL = {tail for tails in _BY_LETTER.values() for tail in tails}
_TITLE_SHAPE = (f"(?=[{''.join(sorted(set(''.join(_TITLE_TAIL))))}]"
                f"{{{min(map(len, _TITLE_TAIL))},{max(map(len, _TITLE_TAIL))}}}\\.)")
_TITLE_REST = _TITLE_SHAPE + "(?:" + "|".join(f"(?<={c})(?:{'|'.join(rest)})"
                                              for c, rest in _BY_LETTER.items()) + r")\."
_PART_REST = rf"(?:{_TITLE_REST}|\.(?:\s?[{UPPER}]\.)*|(?:[\w’'&-]*\w)?{_PLURAL_MARK})"
# A run opens on a capital that follows no letter, stop, mark or hyphen. The capital
# comes first (the lookbehind after it reads the character before), so a search skips
# from capital to capital rather than trying the pattern at every position.
# An Arabic article joined to the name it opens: "Mubarak Jaber al-Sabah", "Abd
# ar-Rahman", "Zia ud-Din".
_JOINED_PARTICLE = rf"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-{_WORD}"
# An Irish article before a name it mutates: "Síle Nic an tSaoi", "Mac an Bhaird"
# (after the words for "son of", "daughter of", "descendant of").
_IRISH_PATRONYMS = frozenset("mac mhic nic ní uí ó ua".split())
_AFTER_PATRONYM = "|".join(f"(?<={w.capitalize()} )" for w in sorted(_IRISH_PATRONYMS))
_IRISH_ARTICLE = rf"(?:{_AFTER_PATRONYM})an[ \t]+[tnh]?{_WORD}"
_RUN_REST = (rf"(?:[ \t]+(?:(?:{_PARTICLE}[ \t]+){{0,2}}{_PART}|{_JOINED_PARTICLE}"
             rf"|{_IRISH_ARTICLE}))*")
NAME_RUN_RE = re.compile(rf"[{UPPER}](?<![\w’'.-].){_PART_REST}" + _RUN_REST)
# ... or on such an article in small letters, alone ("Back in Baghdad, al-Jubouri was
# unmoved"): searched only in paragraphs that hold one (a search that may start on a
# small letter tries far more places).
PARTICLE_START = rf"(?<![\w’'.-])(?:al|el)-[{UPPER}]"
PARTICLE_START_RE = re.compile(PARTICLE_START)
PARTICLE_RUN_RE = re.compile(rf"{PARTICLE_START}{_PART_REST}{_RUN_REST}|" + NAME_RUN_RE.pattern)
TOKEN_RE = re.compile(r"\S+")  # a run's words, split as str.split does
# A romanised given name of two syllables ("Ji-yeon", "Jae-hoon", "Wing-yan"), which
# ends a name whose surname comes before it.
SYLLABLE_GIVEN_RE = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,5}")
_INITIALISM_RE = re.compile(rf"(?:[{UPPER}]\.)+")
_POSSESSIVE_RE = re.compile(r"[’']s?$")
# What those two match at a word's end, told by ``str.endswith`` (a run's words hold no
# newline, where ``$`` would differ).
_POSSESSIVE_ENDS = ("’", "'", "’s", "'s")
_PLURAL_POSSESSIVE_ENDS = ("s’", "s'")  # "Farmers’", "Workers'"
_BASED = ("-based", "–based")  # where a body is, before its name: "London-based"
# Letters written after a person's name for a rank of counsel, a seat or an honour
# ("Eleanor Whitfield KC", "Jess Phillips MP", "Mary Lou McDonald TD"): not the name's.
_POST_NOMINALS = frozenset("""KC QC SC MP MSP MLA MEP TD OBE MBE CBE KBE DBE""".split())
# Whose 's a body's name holds before its word for a body ("Coroner’s Court", "Mayor’s
# Office", "Children’s Hospital", "People’s Party"): a role's, or an irregular plural's
# (a person's 's ends their name: "Trump’s White House").
_OFFICE_POSSESSORS = ROLE_NOUNS | frozenset("children women men people".split())
_CONTRACTION_ENDS = tuple(mark + end for mark in "’'"
                          for end in ("ve", "re", "ll", "d", "m", "t"))  # ("Don’t")


# Not frozen, though never changed (``read_run`` caches one for every reader): a frozen
# dataclass sets each field through object.__setattr__, which made building one eight
# times slower (and the compiled engine's a Python call).
@dataclass(slots=True)
class Run:
    """What one run of capitals names: ``first``/``last`` (word indexes, ``last``
    exclusive) of the name, the words before it, and what it is."""

    lead: int                   # the first word that is not a function word
    first: int
    last: int
    core: tuple[str, ...]       # the name's words, without titles or a possessive
    before: tuple[str, ...]     # titles, roles, parties before the name
    kind: str                   # "person", "org", "caps" (all capitals), or "name"
    gender: str | None          # "m" or "f", from an honorific or a first name
    possessive: bool
    titled_gender: bool = False  # the gender is an honorific's ("Ms", "Mr"), not a guess
    holder: int = 0             # in an organisation's run, where the name of a person
    #                             holding its title may start ("South African President
    #                             Thabo Mbeki"), or 0: only the article can tell which


# How nationalities and parties end ("Republican", "Chinese", "British", "Democratic";
# "Americans" ends in "an" and "s").
DEMONYM_ENDS = ("an", "ese", "ish", "ic")
# Initials that stand for a country or city, not a person's names ("U.S. Marines").
PLACE_INITIALS = frozenset("u.s u.k u.n e.u d.c l.a n.y u.a.e".split())
DAY_NAMES = frozenset(day.lower() for day in DAYS)  # "friday"
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_NOT_NAMES_ALONE = TITLES | ABBREVIATIONS | ROLE_NOUNS
_BEFORE_NAMES = TITLES | ABBREVIATIONS | ROLE_NOUNS
SUFFIXES = frozenset("jr sr ii iii iv".split())
# A judge's title, which nameparser's list lacks: a title only before a name ("Justice
# Ngozi Okafor", "Justice Kennedy"), never alone nor before an organisation's word or a
# role, where it is a surname or a name's word ("Jim Justice", "Justice said", "Justice
# Democrats", "the Justice Department").
_COURT_TITLES = frozenset({"justice"})
_TITLED_BY = TITLES | HONORIFICS | ROLE_NOUNS | _COURT_TITLES  # a word before the name
# Before a judge's title, a rank that makes the two an office ("the Chief Justice said",
# "an Associate Justice"), nobody's name unless one follows ("Governor Justice" is Jim).
_COURT_RANKS = frozenset("chief associate lord lady".split())
# Words that only ever stand before a person's name: honorifics and abbreviated titles.
_PERSON_MARKS = HONORIFICS | frozenset(SPELLED_OUT)
# The words ``_organisation_word`` may find: a run with none of them has no organisation's.
_ORGANISATION_OR_PLACE = ORGANISATION_WORDS | PLACE_INITIALS


def _organisation_word(words: list[str], bare: list[str], index: int) -> bool:
    """An organisation word ("Park", "Church", "House") names an organisation unless it
    stands where a surname goes: after an honorific or an abbreviated title and any first
    names or initials ("Dr. House", "Sen. Church", "Rep. Bill Bank", "Mr. Park")."""
    if bare[index] not in ORGANISATION_WORDS:
        return bare[index] in PLACE_INITIALS
    given = first_names()
    before = index - 1
    while before >= 0 and bare[before] not in _PERSON_MARKS:
        if bare[before] not in given and not _is_initials(words[before]):
            return True
        before -= 1
    return before < 0


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _is_initials(word: str) -> bool:
    return _INITIALISM_RE.fullmatch(word) is not None


# Words of a title-holder's name after the title: "Thabo Mbeki", "Park Geun-hye".
HOLDER_WORDS = 3


def _holder(names: list[str], lows: list[str]) -> int:
    """Where, in an organisation's run, the words after its last title or role may be a
    person's name: one to ``HOLDER_WORDS`` words, none a function word or initials
    ("Republican National Committee Chairman Reince Priebus" -> 4); else 0."""
    for j in range(len(names) - 2, -1, -1):
        if lows[j] in _BEFORE_NAMES:
            tail = lows[j + 1:]
            if len(tail) > HOLDER_WORDS or any(
                    w in FUNCTION_WORDS or _is_initials(n) or not n[:1].isupper()
                    for w, n in zip(tail, names[j + 1:])):
                return 0
            return j + 1
    return 0


def has_title(words: tuple[str, ...]) -> bool:
    """Whether any of the words before a name is a title, an honorific or a role."""
    return not _TITLED_BY.isdisjoint(_bare(word) for word in words)


def _honoured_holder(names: list[str], lows: list[str]) -> bool:
    """Whether an organisation's run ends in an office, an honorific and a name: the
    honorific says a person is named ("Kilosa District Commissioner Ms Rehema
    Mwakalinga", "Kenya Ports Authority chairman Mr Juma Ali"), whatever the words
    before it are; not when a body's word follows ("Sir John Soane Museum")."""
    holder = _holder(names, lows)
    return holder >= 2 and lows[holder - 1] in HONORIFICS and ORGANISATION_WORDS.isdisjoint(
        lows[holder:])


def _he_surname(words: list[str], bare: list[str], first: int, last: int) -> bool:
    """"He" before one or two capitalised words that are not function words, titles,
    roles or speech verbs opens a Chinese name, surname first ("He Jianxiong"); the
    pronoun is not followed so (a headline's "He Says" is)."""
    rest = bare[first + 1:last]
    return (1 <= len(rest) <= 2 and all(w[:1].isupper() for w in words[first + 1:last])
            and not any(w in FUNCTION_WORDS or w in TITLES or w in ROLE_NOUNS
                        or w in SPEECH_VERBS for w in rest))


def _court_title(lows: list[str], index: int) -> bool:
    return lows[index] in _COURT_TITLES and len(lows) - index > 1 and not any(
        w in ORGANISATION_WORDS or w in ROLE_NOUNS for w in lows[index + 1:])


def _inside_name(names: list[str], lows: list[str], i: int, inside: bool) -> bool:
    """Whether the first name at ``i`` (not the run's first word) is inside a name, not
    its start: after initials ("C. Stewart Verdery"), or, inside a sentence, a particle
    after a word no list has ("said Nguyen Van Thanh": a family name written first; at
    a sentence's start the word may be any: "Meanwhile Van Morrison")."""
    before = lows[i - 1]
    return _is_initials(names[i - 1]) or inside and lows[i] in NAME_PARTICLES and not (
        before in _BEFORE_NAMES or before in HONORIFICS or before in ORGANISATION_WORDS
        or before.rstrip("s").endswith(DEMONYM_ENDS) or before in first_names())


def _titled_after(bare: list[str], start: int, last: int) -> bool:
    """Whether a title and a given name after it come in ``bare[start:last]``."""
    given = first_names()
    return any(_is_title(bare[i]) and bare[i + 1] in given for i in range(start, last - 1))


def _unknown_word(name: str, low: str, given: dict[str, str]) -> bool:
    """Whether a capitalised word is one no list knows: no given name, title, role,
    honorific, small word, day, month, place, party or body's word."""
    return (name.isalpha() and not name.isupper() and len(name) > 1 and low not in given
            and not _is_title(low) and low not in ABBREVIATIONS and low not in ROLE_NOUNS
            and low not in HONORIFICS and low not in FUNCTION_WORDS
            and low not in DAYS_AND_MONTHS and low not in ORGANISATION_WORDS
            and low not in PARTY_MEMBERS and low not in NAME_PARTICLES
            and low not in places())


def _is_title(low: str) -> bool:
    """A title, or titles joined by hyphens ("director-general", "secretary-general",
    "lieutenant-colonel": each part a title or a role)."""
    return low in TITLES or "-" in low and all(
        part in TITLES or part in ROLE_NOUNS for part in low.split("-"))


# An Arabic name's opening for "mother of" or "father of" and a given name, which is
# the child's ("Um Ahmad Abu Taha" is a she, "Abu Omar Ali" a he): the name's own words,
# no title (not "Abu Dhabi", "Umm Qasr": no given name after them), and its gender in a
# name of three words or more ("Um Ahmad" is hers as her full name's short form; "Um
# Sang-ho" is a Korean surname and given name, a he's).
KUNYA = {"umm": "f", "um": "f", "oum": "f", "abu": "m", "abou": "m"}  # (not "Om": Om Prakash)


def _month_word(word: str, low: str) -> bool:
    """A month's short form with no full stop: a name's word ("Lim Jun Hao", "Jan
    Smith"), not the abbreviation of a date or a title ("Jun.")."""
    return low in DAYS_AND_MONTHS and not word.endswith(".")


# Numbers that Lakota, Dakota and other peoples' surnames hold ("Two Feathers", "Three
# Irons", "Four Bears"), in a name after a given name.
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def _letters(word: str, run: str) -> bool:
    """Whether ``word`` is letters among words in small letters, no given name however it
    spells ("AI Companions Act" is no Ai's); a run all in capitals may be a name's."""
    return word.isupper() and len(word) > 1 and not run.isupper()


def _rank_letters(names: list[str], j: int, organisation: bool) -> bool:
    """Whether the word at ``j`` is a rank's letters between a place or a body and a
    name of two words or more ("Thrikkakara ACP Saju George", "Kerala DGP Anil Kant"):
    a title, whatever letters it has."""
    return (0 < j <= len(names) - 3 and not organisation and 2 <= len(names[j]) <= 4
            and names[j].isalpha() and names[j].isupper()
            and not any(w.isupper() for w in names[j + 1:]))


def _given_of(given: dict[str, str], low: str) -> str | None:
    """The sex the list gives a given name ("m", "f" or "?"), or None when it is no
    given name; a compound one the list lacks ("Marc-André", "Anne-Sophie") is its
    first part's, when both parts are given names."""
    found = given.get(low)
    if found is None and "-" in low:
        first, _, second = low.partition("-")
        if given.get(first) in ("m", "f") and second in given:
            return given[first]
    return found


@lru_cache(maxsize=65536)
def read_run(run: str, inside: bool = False, named: bool = False) -> Run | None:
    """The name in one run of capitalised words, or None when it names nobody.
    ``inside``: the run is inside a sentence, where a capital opens only names, titles
    and the like (at a sentence's start it may open any word: "Meanwhile Van
    Morrison"). ``named``: the words before it say a person's name follows ("weather
    specialist Jun Galang", "said May Chen"), so a first word that is also a month's
    opens the name, not a date ("in May Chen said")."""
    words = TOKEN_RE.findall(run)
    bare = [w.lower().rstrip(".") for w in words]  # as _bare, without a call each
    first, last = 0, len(words)
    if named and last > 1 and bare[0] in DAYS_AND_MONTHS and bare[0] in first_names() \
            and not words[0].endswith("."):
        first = 1  # (read from the word after it, then the month's word put back)
        found = read_run(" ".join(words[1:]), inside)
        if (found is not None and found.kind in ("person", "name") and not found.before
                and found.lead == 0):
            return Run(0, 0, found.last + 1, (words[0], *found.core), (), "person",
                       {"m": "m", "f": "f"}.get(first_names().get(bare[0], "")),
                       found.possessive)
        first = 0
    while first < last and (bare[first] in FUNCTION_WORDS or bare[first] in DAYS_AND_MONTHS
                            or bare[first].endswith(_BASED)):  # ("Denver-based Alder …")
        if words[first] == "He" and _he_surname(words, bare, first, last):
            break  # "He Jianxiong", "He Lifeng": the surname He, written first
        if bare[first] in DAY_NAMES and first + 1 < last and bare[first + 1] in _PARTS_OF_DAY:
            # "Saturday Night Live", "Monday Night Football": a show's name, nobody's
            possessive = bool(_POSSESSIVE_RE.search(words[last - 1]))
            core = (*words[first:last - 1], _POSSESSIVE_RE.sub("", words[last - 1]))
            return Run(first, first, last, core, (), "org", None, possessive)
        first += 1
    given = first_names()
    while last > first and (bare[last - 1] in DAYS_AND_MONTHS or bare[last - 1] in FUNCTION_WORDS):
        if last - first == 2 and words[last - 1] == "A" and bare[first] in HONORIFICS:
            break  # "Mr. A": a party a report names by a letter, not the article "a"
        if last - first >= 2 and bare[last - 2] in given and (
                bare[last - 1] not in DAY_NAMES or named and last - first == 2) and (
                words[last - 1][:1].isupper()):
            break  # "Theresa May", "Mary June": a surname that is also a month (not
            #        "Kerry on Wednesday": a word in small letters is no surname); a day's
            #        after a role that says a name follows, the given name's own surname:
            #        "sevens coach Mike Friday" (not "captain Terry Kennedy Sunday")
        if inside and last - first >= 3 and bare[last - 1] in FUNCTION_WORDS and (
                bare[last - 1] != "i") and words[last - 1][:1].isupper():
            break  # "said Collins Otieno Were": inside a sentence a word in capitals
            # after a name is its surname, whatever else it is
        last -= 1
    for index in range(first, last - 1):
        if words[index].endswith(_POSSESSIVE_ENDS) and len(words[index]) > 2 and not (
                (words[index].endswith(_PLURAL_POSSESSIVE_ENDS)
                 or _POSSESSIVE_RE.sub("", bare[index]) in _OFFICE_POSSESSORS)
                and not ORGANISATION_WORDS.isdisjoint(bare[index + 1:last])) and not (
                    # (a body's name before: "Court of King's Bench Justice …")
                    not ORGANISATION_WORDS.isdisjoint(bare[first:index])
                    and _titled_after(bare, index + 1, last)):
            last = index + 1  # "Howard Stern’s Sirius XM": the name ends at the 's
            break  # (not a plural's before a body's word: "National Farmers’ Union",
            #        "Depositors’ Rights Committee"; nor a
            #        court's before a judge: "Court of King's Bench Justice Martin Oleksiuk")
    # (Each test below is first told for the whole run by one set operation or string
    # search, where most runs fail it: a name is read once per process, but a process
    # parsing half a folder meets nearly all of the folder's names.)
    if first >= last or ("’" in run or "'" in run) and any(
            w.endswith(_CONTRACTION_ENDS) for w in words[first:last]):
        return None  # "We’ve", "I’m", "Don’t": words, not names
    organisation = not (_ORGANISATION_OR_PLACE.isdisjoint(bare[first:last])) and any(
        _organisation_word(words, bare, i)
        # (not a county's "Co" before its name: "Naas, Co Kildare", as a company's is
        # after it: "Ford Motor Co")
        and not (i == first and bare[i] == "co" and last - first == 2)
        and not (i == first and bare[i] in LEGAL_FORMS)  # ("SA": South Australia)
        for i in range(first, last)) and not (
        # a romanised given name of two syllables ends a person's name: "Park Ji-yeon"
        last - first in (2, 3) and SYLLABLE_GIVEN_RE.fullmatch(
            _POSSESSIVE_RE.sub("", words[last - 1])))  # (with its 's: "Park Seo-yeon's")
    if not organisation and last - first >= 3 and bare[first].endswith("s") and (
            bare[first][:-1] in ROLE_NOUNS) and not words[first].isupper() and (
            last - first <= 5) and not FUNCTION_WORDS.isdisjoint(
            bare[first + 1:last - 1]):
        # "Doctors Without Borders", "Mothers Against Drunk Driving": people by what
        # they do, and what they are for or against, name a body, not a work
        organisation = True
    if last - first == 1 and bare[first] in _NOT_NAMES_ALONE and not organisation:
        return None  # "Secretary", "Rep.", "Critics": a title or a role, not a name
    if not organisation and bare[first] not in HONORIFICS and not FUNCTION_WORDS.isdisjoint(
            bare[first + 1:last - 1]) and any(
            b in FUNCTION_WORDS and not _is_initials(w) and not (
                len(w) > 1 and w.isupper() and sum(
                    word.isupper() for word in words[first:last]) <= 2) and not (
                b == "an" and bare[i - 1] in _IRISH_PATRONYMS) and not (
                b in _NUMBER_WORDS and bare[first] in given) and not (
                b in ORDINALS and bare[i + 1] in TITLES)
            for i, b, w in zip(range(first + 1, last - 1), bare[first + 1:last - 1],
                               words[first + 1:last - 1])):
        return None  # "Growing Up Weightless", "Gone With The Wind": a title (not the
        #              letters of "Junior IT Minister Rakesh Malhotra", nor the
        #              initial of "Jock A. Finlayson"; not after an honorific: "Dr. Than
        #              Than Aye", "U Than Shwe" are names; nor a number after a given
        #              name: "Lorraine Two Feathers"; nor an ordinal of a title:
        #              "Belarusian First Deputy Prime Minister Viktor Rusakovich")
    possessive = words[last - 1].endswith(_POSSESSIVE_ENDS) and len(words[last - 1]) > 2
    names = words[first:last]
    lows = bare[first:last]
    if possessive:
        names[-1] = _POSSESSIVE_RE.sub("", names[-1])
        lows[-1] = _bare(names[-1])
    # A first name after other words starts the person's name: "Foreign Secretary Jack
    # Straw", "Republican Donald Trump", "Chicago Police Superintendent Eddie Johnson".
    # Not one inside a name (``_inside_name``): "C. Stewart Verdery", "Nguyen Van Thanh".
    start = None if given.keys().isdisjoint(lows[:-1]) else next(
        (i for i in range(len(names) - 1)
         if lows[i] in given and (lows[i] not in _BEFORE_NAMES or _month_word(
             names[i], lows[i]))
         and names[i][:1].isupper() and lows[i] not in FUNCTION_WORDS
         and not _letters(names[i], run)
         and ORGANISATION_WORDS.isdisjoint(lows[i:])
         # (not after "of" in a body's name: "Acme Systems of Sterling Heights")
         and not (organisation and i and lows[i - 1] in FUNCTION_WORDS)
         and not (i and (lows[i] in NAME_PARTICLES  # "Hessa Al Marzouqi": Al is no first name
                         or _inside_name(names, lows, i, inside)))), None)
    if len(lows) > 1 and lows[0] in KUNYA and lows[1] in given:
        start = 0  # "Um Ahmad Abu Taha", "Um Ahmad": the whole is the name (KUNYA)
    if start and (not organisation or any(_is_title(low) for low in lows[:start])):
        # (a body's word in a title too: "Senior Superintendent of Police Navneet Kaur
        # Brar", whose Navneet no list holds)
        # Words no list knows between a title and the given name are the name's own:
        # "Datuk Rosli Mat Nor", "Judge Siti Aminah Rahman" (not "Republican Donald
        # Trump", "Foreign Secretary Jack Straw": words for what one is; nor, with no
        # title before, "Hollywood Tom Hanks").
        own = start
        while own and start - own < 2 and _unknown_word(names[own - 1], lows[own - 1], given):
            own -= 1
        if 0 < own < start and (_is_title(lows[own - 1]) or lows[own - 1] in HONORIFICS) or (
                own == 0 < start and named):
            # (or opening the run, after a role or a speech verb that says a name
            # follows: "general secretary Tushar Kanti Barua", whose Tushar no list has)
            start = own
    if start is None:
        if organisation and not _honoured_holder(names, lows):
            return Run(first, first, last, tuple(names), (), "org", None, possessive,
                       holder=_holder(names, lows))
        start = 0
        while start < len(names) - 1 and (_is_title(lows[start]) or lows[start] in ABBREVIATIONS
                                          and not _month_word(names[start], lows[start])
                                          or lows[start] in ROLE_NOUNS and (
                                              not inside or lows[start] in PARTY_MEMBERS)
                                          or _court_title(lows, start)
                                          or _is_initials(names[start])
                                          and _bare(names[start + 1]) in _BEFORE_NAMES):
            start += 1
        if start == 0 and len(names) == 3 and SYLLABLE_GIVEN_RE.fullmatch(names[2]) and (
                not _is_initials(names[0])):
            # "Housewife Cheung Mei-yee": before a surname and a romanised given name of
            # two syllables, a word that is no given name is what the person is
            start = 1
    # A title inside the run ends what comes before the name: "Charlotte Mayor Jennifer
    # Roberts", "Homeland Security Secretary Jeh Johnson" (never the last word: "Martin
    # Luther King"; never leaving only a suffix: "… King Jr.").
    # (After an honorific only right after it, "Mr Justice Kwok": a name's word that is
    # a title elsewhere is the name's, "Begum Rokeya Sultana Chowdhury".)
    honoured = bool(start) and lows[start - 1] in HONORIFICS
    for j in range(len(names) - 2, start - 1, -1):
        if honoured and j > start:
            continue
        if (_is_title(lows[j]) or lows[j] in ABBREVIATIONS and not _month_word(
                names[j], lows[j]) or _court_title(lows, j) or lows[j] in ROLE_NOUNS
                and len(names[j]) > 1 and names[j].isupper()
                or _rank_letters(names, j, organisation)) and lows[j + 1] not in SUFFIXES and not (
                    j > start and lows[j] in NAME_PARTICLES and lows[start] in given):
            # (a role in capitals too: "Labour MP Dev Sharma", "Acme CEO Ravi Patel"; but
            # not a particle after a given name: "Rogelio Sta. Maria")
            start = j + 1
            break
    post = len(names)
    while post - start >= 3 and names[post - 1] in _POST_NOMINALS and not names[post - 2].isupper():
        post -= 1  # "Eleanor Whitfield KC", "Jess Phillips MP": letters after the name, read
        #            with it (its verb is after them) but not part of it
    before, core = tuple(names[:start]), tuple(names[start:post])
    if (start and len(core) == 1 and (lows[start] in _NOT_NAMES_ALONE or lows[start] in (
            _COURT_TITLES) and lows[start - 1] in _COURT_RANKS)
            and _PERSON_MARKS.isdisjoint(lows[:start])):
        # "US Secretary", "Foreign Secretary": an office, nobody's name ("Mr. King",
        # "Sen. Prince": a surname).
        return None
    gender = None
    for low in lows[:start]:  # the words before the name, bare
        if low in FEMALE_TITLES:
            gender = "f"
        elif low in MALE_TITLES:
            gender = "m"
    titled_gender = gender is not None
    # "The Night Shift", "The Grace Commission": a name after "The" is a title's or a
    # body's, however its first word reads.
    # (So is one after "the" and words that are no title, unless its first name is a
    # he's or a she's: "The Indonesian Red Cross", not "The Spaniard Carlos Alcaraz".)
    after_the = bool(first) and bare[first - 1] == "the" and (not start or _TITLED_BY.isdisjoint(
        lows[:start]) and given.get(lows[start]) not in ("m", "f"))
    kunya = len(core) > 1 and lows[start] in KUNYA and lows[start + 1] in given
    letters = _letters(names[start], run)
    if kunya and len(core) > 2:
        gender = KUNYA[lows[start]]  # "Um Ahmad Abu Taha": Ahmad's mother, a she
    elif gender is None and len(core) > 1 and not after_the and not letters:
        gender = {"m": "m", "f": "f"}.get(_given_of(given, lows[start]) or "")
        if gender is not None and len(lows) - start > 2 and given.get(lows[start + 1]) == (
                "f" if gender == "m" else "m") and lows[start + 1] not in ABBREVIATED_GIVEN_NAMES:
            # "Gul Ahmad Noori": two given names of both sexes say neither (a father's
            # name after a Malay given name says nothing, abbreviated as it mostly is:
            # "Aishah Mohd Nor"; nor one further on)
            gender = None
    titled = not _TITLED_BY.isdisjoint(lows[:start]) or bool(start) and _rank_letters(
        names, start - 1, organisation)  # ("Thrikkakara ACP Saju George": a rank's)
    if len(core) == 1 and len(core[0]) > 1 and core[0].isupper() and not titled:
        kind = "caps"     # "SURABAYA", "CNN", a transcript's "PENCE"
    elif (len(core) > 2 and len(core[0]) > 2 and core[0].isupper() and core[0].isalpha()
          and not titled and lows[start + 1] not in given):
        kind = "org"      # "RTÉ Raidió na Gaeltachta", "BBC Radio Ulster": a body's
        #                   letters begin it (not a rank's before a surname, "SSP
        #                   Rathnayake", nor one before a given name, "SSP Nihal …")
    elif titled or kunya or (len(core) > 1 and _given_of(given, lows[start]) is not None
                             and not after_the
                             and not letters and not (
            # (not a particle the list of names gives no sex: "El Geneina", "Da Nang")
            lows[start] in NAME_PARTICLES and given[lows[start]] not in ("m", "f"))) or any(
            _is_initials(w) and _bare(w) not in PLACE_INITIALS for w in core[:-1]) or (
            # a surname before a romanised given name of two syllables: "Park Seo-yeon"
            len(core) == 2 and SYLLABLE_GIVEN_RE.fullmatch(core[1])):
        kind = "person"
    else:
        kind = "name"
    return Run(first, first + start, last, core, before, kind, gender, possessive,
               titled_gender)
