"""Parse a search query: free words, "exact phrases", speaker: and source: filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .folding import fold

FILTER_KEYS = ("speaker", "source")
_TOKEN_RE = re.compile(
    r'(?P<key>\w+):(?:"(?P<qvalue>[^"]*)"?|(?P<value>\S+))?'
    r'|"(?P<phrase>[^"]*)"?'
    r"|(?P<word>\S+)")
_WORD_RE = re.compile(r"\w+(?:'\w+)*")


def words_of(folded: str) -> list[str]:
    """Words of folded text, apostrophes dropped: "it's" is the word "its"."""
    return [w.replace("'", "") for w in _WORD_RE.findall(folded)]


@dataclass
class Query:
    """A folded query: ``terms`` AND together; ``phrases`` must appear as written."""

    terms: list[str] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)
    free_text: str = ""
    # Leading parts of hyphenated words ("self" in "self-censorship"): a document
    # missing only these is offered last when nothing has every word.
    optional: set[str] = field(default_factory=set)

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases or self.filters)


def parse_query(raw: str) -> Query:
    # Curly quotes fold to straight ones, so “exact phrase” works as "exact phrase".
    text = fold(raw)
    query = Query()
    free: list[str] = []
    for match in _TOKEN_RE.finditer(text):
        key = match.group("key")
        if key in FILTER_KEYS:  # "speaker:" with its name still to come filters nothing
            value = (match.group("qvalue") or match.group("value") or "").strip()
            if value:
                query.filters[key] = value
            continue
        if match.group("phrase") is not None:
            phrase = " ".join(match.group("phrase").split())
            if phrase:
                query.phrases.append(phrase)
                query.terms.extend(words_of(phrase))
            continue
        token = match.group()
        free.append(token)
        words = words_of(token)
        query.terms.extend(words)
        if "-" in token and len(words) > 1:
            query.optional.update(words[:-1])
    query.free_text = " ".join(free)
    return query
