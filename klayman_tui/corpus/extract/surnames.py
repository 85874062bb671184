"""Across a corpus, a bare surname ("Blair", from an article that never gives the full
name) is the one full name in the corpus that ends with it.

Decided from each source's speakers and a per-source list of the bare names it leaves
free (computed once, at parse time), so sources still unread from the cache take part
without being read."""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Source
from ..words.lexicon import PEERAGE


def _is_full(name: str) -> bool:
    return " " in name and name[:1].isupper() and "," not in name


def free_bare_names(source: Source) -> list[str]:
    """The one-word speakers of ``source`` that it never gives as a full name: an
    article that names two Coles left "Cole" bare on purpose. "President Obama" and
    "Mr. Obama" give no full name. One the article gives after a he's or a she's
    honorific is kept with it ("Ms Abbott": only a she's full name may be hers); one
    given after a peer's title is not free ("Lord Bach" is a whole name)."""
    from ..words.lexicon import FEMALE_TITLES, MALE_TITLES

    free = []
    text = source.text
    for name in dict.fromkeys(q.speaker for q in source.quotes):
        if " " in name or not name[:1].isupper():
            continue
        before = [word.lower().rstrip(".") for word in _words_before(text, name)]
        if any(is_given_name(word) for word in before) or PEERAGE.intersection(before):
            continue
        gendered = next((w for w in before if w in FEMALE_TITLES or w in MALE_TITLES), None)
        free.append(f"{gendered.capitalize()} {name}" if gendered else name)
    return free


_RUN_CHARS = frozenset("’'.-")


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _words_before(text: str, name: str):
    """The capitalised words right before each whole-word ``name`` in ``text``, past
    white space: what ``\\b([A-Z][\\w’'.-]*)\\s+NAME\\b`` finds, read with string
    searches (a pattern compiled for every name cost a tenth of a cold parse)."""
    size, end_word = len(text), _is_word(name[-1])
    taken = 0  # where the last word found ended: words found never overlap
    position = text.find(name)
    while position >= 0:
        after = position + len(name)
        if (_is_word(text[after]) != end_word) if after < size else end_word:  # \b
            space = position
            while space > taken and text[space - 1].isspace():
                space -= 1
            if space < position:
                start = space
                while start > taken and (_is_word(text[start - 1])
                                         or text[start - 1] in _RUN_CHARS):
                    start -= 1
                for first in range(start, space):
                    if "A" <= text[first] <= "Z" and (
                            first == 0 or not _is_word(text[first - 1])):
                        yield text[first:space]
                        taken = after
                        break
        position = text.find(name, position + 1)


def is_given_name(word: str) -> bool:
    """A word before a surname that makes it a full name: not a title ("President",
    "Mr.", "Senior"), nor a word that opens a sentence ("When Obama …")."""
    from ..words.lexicon import ABBREVIATIONS, FUNCTION_WORDS, HONORIFICS, TITLE_WORDS

    low = word.lower().rstrip(".")
    return not (low in TITLE_WORDS or low in HONORIFICS or low in ABBREVIATIONS
                or low in FUNCTION_WORDS)


def surname_links(speakers_by_source: Iterable[dict[str, int]],
                  free_by_source: list[list[str]]) -> list[dict[str, str]]:
    """Per source, bare name -> full name, where exactly one full name in the corpus
    ends with that bare name, and its given name is not the other sex's from the
    honorific the bare name had ("Ms Abbott" is no Greg Abbott)."""
    from ..words.lexicon import FEMALE_TITLES, first_names

    full: dict[str, set[str]] = {}
    for speakers in speakers_by_source:
        for name in speakers:
            if _is_full(name):
                full.setdefault(name.split()[-1], set()).add(name)
    given: dict[str, str] | None = None  # read only for an honorific with a full name
    links = []
    for free in free_by_source:
        found: dict[str, str] = {}
        for entry in free:
            honorific, _, bare = entry.rpartition(" ")
            names = full.get(bare, ())
            if len(names) != 1:
                continue
            name = next(iter(names))
            if honorific:
                sex = "f" if honorific.lower() in FEMALE_TITLES else "m"
                if given is None:
                    given = first_names()
                if given.get(name.split()[0].lower(), "?") not in (sex, "?"):
                    continue
            found[bare] = name
        links.append(found)
    return links


def rename_speakers(source: Source, renames: dict[str, str]) -> None:
    for quote in source.quotes:
        if quote.speaker in renames:
            quote.speaker = renames[quote.speaker]
