"""What a search returns: each hit, and the result around them (how many matched in
all, how many hold every word, what was found beyond the words)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Block, Quote, Source


@dataclass
class Hit:
    """One search result: a quote (or, in paragraph scope, a paragraph).

    ``spans`` are the matched ``(start, end)`` ranges in ``text``; ``tier`` says how
    it matched, best first: phrase, words, prefixes, forms (another form of a word),
    fuzzy (a typo), context (some words in the quote, the rest in its question or
    paragraph), then meaning (a word of like meaning) and partial (some of the words),
    which share one ranking."""

    quote: Quote | None
    block: Block
    source: Source
    text: str
    score: float
    spans: list[tuple[int, int]]
    tier: str
    # For a "context" hit: where the other words were found ("question" or
    # "paragraph"), that text, and the matched ranges in it.
    context: tuple[str, str, list[tuple[int, int]]] | None = None


def meaning_note(hit: Hit) -> str | None:
    """What a hit found beyond the query's words says of itself: the words of like
    meaning it holds ("found by a word of like meaning: downloads"), or that it holds
    none of the words (found by its vector alone); None for any other hit."""
    if hit.tier != "meaning":
        return None
    held = dict.fromkeys(hit.text[start:end].lower() for start, end in hit.spans)
    if held:
        return f"found by a word of like meaning: {', '.join(held)}"
    return "found by meaning: it holds none of the words"


@dataclass(frozen=True)
class SearchResult(Sequence[Hit]):
    """The hits shown, best first (the result reads as a sequence of them), and what
    the search panel's note says of them.

    ``total`` is how many matched in all; ``every_word`` how many of those hold every
    word (listed first; the rest hold some); ``in_context`` how many, after those,
    were found through their question or paragraph; ``related`` the words of like
    meaning searched too and ``by_meaning`` the hits found by meaning;
    ``meaning_pending``: the meaning tier is still being built, so search again once
    it is."""

    hits: tuple[Hit, ...] = ()
    total: int = 0
    every_word: int = 0
    in_context: int = 0
    related: tuple[str, ...] = ()
    by_meaning: int = 0
    meaning_pending: bool = False

    def __getitem__(self, position):
        return self.hits[position]

    def __len__(self) -> int:
        return len(self.hits)

    def __iter__(self):
        return iter(self.hits)
