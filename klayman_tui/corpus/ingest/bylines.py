"""Bylines as people: "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER / Associated
Press" -> three people, and "Analysis by Chris Cillizza, CNN Editor-at-large" -> one.

A byline is cut into pieces at its separators (commas, "and", "&", "|", "/", line
breaks); each piece keeps the run of name-like words it starts with, and that run is a
person (two to five capitalised words), an organisation (a newsroom word such as
"Press" or "News", or an acronym) or nothing (a role, "Staff Writer", a date, a place).
Roles, outlets and dates are never authors; an organisation is an author only when the
byline names no person. People's names are split into given and family names by
``nameparser`` ("Van Der Beek" is one family name)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Author
from ..words.lexicon import DAYS_AND_MONTHS, FUNCTION_WORDS, NAME_PARTICLES
from ..words.roles import ROLE_NOUNS

# Words that make a byline piece a role, not a name ("Staff Writer", "CNN
# Editor-at-large", "Special to the Pioneer Press").
ROLE_WORDS = ROLE_NOUNS | frozenset("""writer writers editor editors reporter reporters
correspondent correspondents columnist columnists contributor contributors contributing
staff intern interns freelance freelancer special guest senior deputy managing associate
assistant desk team analysis opinion commentary review reviewed photos photography video
videos graphics illustration illustrations updated published posted written reporting
additional research researcher fact checked checker sub copy sports politics political
business entertainment science health technology tech culture music film arts travel food
world national foreign local metro investigative economics finance markets religion
education environment climate legal crime justice weather style fashion""".split())
# Words that make a byline piece an organisation ("Associated Press", "BBC News").
NEWSROOM_WORDS = frozenset("""press news times post journal network service services agency
agence media magazine daily weekly radio tv television channel broadcasting corporation inc
corp ltd llc plc group company wire associated united herald tribune gazette telegraph
chronicle reuters bureau newsroom online digital publishing publications editorial
board foundation institute university council association""".split())
# Generational suffixes, kept with the name ("Martin Luther King Jr."); degrees and
# honorifics ("PhD", "Esq.") are not part of a name a citation gives.
SUFFIXES = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}

_LEAD_RE = re.compile(r"^(?:[^\n]{0,40}?\b)?by\s*:?\s+(?=\S)", re.IGNORECASE)
_SEPARATORS_RE = re.compile(
    r"\s*(?:\n|\||/|•|·|;|,|&|\s[–—-]\s|\band\b|\bAND\b|\bwith\b)\s*")
_NOISE_RE = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|@\w+|\([^)]*\)")
_TOKEN_RE = re.compile(r"[^\s]+")
_INITIAL_RE = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]\.?$")
_WORD_RE = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)*\.?$")


def _is_name_word(token: str) -> bool:
    """A capitalised word, an initial ("J.", "J.K."), or a particle ("van")."""
    if _INITIAL_RE.match(token):
        return True
    if token.lower() in NAME_PARTICLES:
        return True
    return (bool(_WORD_RE.match(token)) and token[0].isupper()
            and _bare(token) not in FUNCTION_WORDS)


def _bare(token: str) -> str:
    return token.lower().strip(".,:;’'")


def _name_run(piece: str) -> tuple[list[str], bool]:
    """The name-like words ``piece`` starts with, and whether anything follows them."""
    tokens = _TOKEN_RE.findall(piece)
    run: list[str] = []
    for at, token in enumerate(tokens):
        bare = _bare(token)
        parts = set(bare.split("-"))
        if run and parts & NEWSROOM_WORDS and len(run) >= 3 \
                and _bare(run[-1]) not in FUNCTION_WORDS \
                and not set(_bare(tokens[at + 1] if at + 1 < len(tokens) else "")
                            .split("-")) & NEWSROOM_WORDS:
            # "Ann Lee New York Times": the capitalised words before a lone newsroom
            # word begin the outlet's name ("Associated Press" needs none), so they
            # leave the person's, which keeps two.
            del run[max(2, len(run) - 2):]
            break
        if (not _is_name_word(token) or bare in DAYS_AND_MONTHS
                or parts & ROLE_WORDS or (run and parts & NEWSROOM_WORDS)):
            break
        if len(run) >= 2 and _bare(token) in SUFFIXES:
            run.append(token)  # "Martin Luther King Jr.", "William Gates III"
            break
        if run and _acronym(token) and not any(t.isupper() for t in run):
            break  # "Chris Cillizza CNN": an acronym after a name is its outlet
        run.append(token)
    while run and _bare(run[-1]) in NAME_PARTICLES:
        run.pop()
    if len(run) < len(tokens) and any(_acronym(t) for t in run) \
            and not all(t.isupper() for t in run) \
            and set(_bare(tokens[len(run)]).split("-")) & NEWSROOM_WORDS:
        return [], True  # "NJ Advance Media": an organisation's name, not a person's
    return run, len(run) < len(tokens)


def is_person_name(text: str) -> bool:
    """Two to four words of a person's name and nothing else ("Ann Lee", "MARY CLARE
    JALONICK"); not an organisation's ("Los Angeles Times", "Associated Press")."""
    run, rest = _name_run(text)
    return 2 <= len(run) <= 4 and not rest \
        and not {_bare(t) for t in run} & NEWSROOM_WORDS


def _acronym(token: str) -> bool:
    """"CNN", "NJ": capitals, no periods (not the initials "J." or "S.A.")."""
    return len(token) > 1 and token.isupper() and token.isalpha()


def is_organisation_name(name: str) -> bool:
    """"Associated Press", "BBC", "Reuters": a newsroom word, or one word alone."""
    words = [_bare(t) for t in _TOKEN_RE.findall(name)]
    if not words:
        return False
    return bool(set(words) & NEWSROOM_WORDS) or len(words) == 1


def _organisation_piece(piece: str) -> bool:
    """A byline piece that names an organisation: capitalised words (with "of", "the"
    between them), no role, no date, and a newsroom word or one word alone."""
    tokens = _TOKEN_RE.findall(piece)
    if not tokens or any(c.isdigit() for c in piece):
        return False
    for token in tokens:
        bare = _bare(token)
        if set(bare.split("-")) & ROLE_WORDS or bare in DAYS_AND_MONTHS:
            return False
        if not _is_name_word(token) and bare not in FUNCTION_WORDS:
            return False
    return is_organisation_name(piece) and (_is_name_word(tokens[0])
                                            or _bare(tokens[0]) == "the")


@lru_cache(maxsize=4096)
def person(name: str) -> Author | None:
    """A person's name as given and family names; None for what is not a name."""
    from nameparser import HumanName  # loaded with the first byline

    name = " ".join(name.split()).strip(" ,.;:")
    if not name:
        return None
    if name.isupper() or name.islower():
        name = _capitalised(name)
    parsed = HumanName(name)
    given = " ".join(p for p in (parsed.first, parsed.middle) if p) or None
    family = parsed.last or None
    if family is None:
        family, given = given, None
    return Author(family=family, given=given, suffix=suffix(parsed.suffix)) \
        if family else None


def suffix(text: str | None) -> str | None:
    """The generational suffix in ``text``, as the guides write it: "jr" -> "Jr.",
    "iii" -> "III"; None for none (and for a degree: "PhD")."""
    for word in re.split(r"[\s,]+", text or ""):
        if _bare(word) in SUFFIXES:
            return SUFFIXES[_bare(word)]
    return None


def _capitalised(name: str) -> str:
    """"MARY CLARE JALONICK" -> "Mary Clare Jalonick" (a byline set in capitals)."""
    from nameparser import HumanName

    parsed = HumanName(name.lower())
    parsed.capitalize(force=True)
    return str(parsed) or name.title()


def split_byline(text: str, outlet: str | None = None) -> list[Author]:
    """The authors of a byline: its people in order, else the one organisation it
    names (never the outlet the article is in, which cites itself)."""
    people, organisations = parse_byline(text)
    if people:
        return people
    for name in organisations:
        if not outlet or _squashed(name) != _squashed(outlet):
            return [Author(literal=name)]
    return []


def parse_byline(text: str) -> tuple[list[Author], list[str]]:
    """(people, organisations) a byline names, in order."""
    text = _NOISE_RE.sub(" ", text or "")
    text = _LEAD_RE.sub("", text.strip(), count=1)
    people: list[Author] = []
    organisations: list[str] = []
    for piece in _SEPARATORS_RE.split(text):
        piece = piece.strip(" .:")
        if not piece:
            continue
        if people and _bare(piece) in SUFFIXES and not people[-1].suffix:
            people[-1] = people[-1]._replace(suffix=SUFFIXES[_bare(piece)])
            continue  # "Harry Connick, Jr.": the comma's suffix is the name's
        run, rest = _name_run(piece)
        words = [_bare(t) for t in run]
        if len(run) >= 2 and not set(words) & NEWSROOM_WORDS and not (
                # (letters in capitals before words that are not: "CBC Books" is a
                # desk's, not a person's; "MARCUS KEARNEY" is a name in capitals)
                len(run[0]) > 1 and run[0].isupper() and not all(w.isupper() for w in run)):
            found = person(" ".join(run))
            if found and not any(_same_person(found, p) for p in people):
                people.append(found)
        elif _organisation_piece(piece):  # "by the Associated Press": "The Associated Press"
            organisations.append(piece[0].upper() + piece[1:])
    return people, organisations


def _same_person(one: Author, other: Author) -> bool:
    """"Follow Victor Davis Hanson" is the "Victor Davis Hanson" already named."""
    return one.family == other.family and (
        one.name.endswith(other.name) or other.name.endswith(one.name))


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower().removeprefix("the "))


def author_record(value: object) -> Author | None:
    """One author from ``sources.toml`` or the cache: ``{given, family}`` or
    ``{literal}``, or a string (a person's name, or an organisation's)."""
    if isinstance(value, str):
        value = " ".join(value.split())
        if not value:
            return None
        if is_organisation_name(value):
            return Author(literal=value)
        return person(value) or Author(literal=value)
    if isinstance(value, dict):
        fields = {k: " ".join(v.split()) for k in ("family", "given", "literal", "suffix")
                  if isinstance(v := value.get(k), str) and v.strip()}
        if fields.get("literal"):
            return Author(literal=fields["literal"])
        if fields.get("family"):
            return Author(family=fields["family"], given=fields.get("given"),
                          suffix=fields.get("suffix"))
    return None
