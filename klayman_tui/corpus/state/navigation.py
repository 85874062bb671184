"""Moving from quote to quote: what `n` and `N` do, decided without any widget."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Quote, Source

if TYPE_CHECKING:
    from ..search.results import Hit


@dataclass(frozen=True)
class Step:
    """Where a step lands: a source and quote to show, or a reason it cannot move."""

    source: Source | None = None
    quote: Quote | None = None
    reason: str | None = None


def step_quote(sources: list[Source], source: Source | None, current: Quote | None,
               step: int) -> Step:
    """The quote ``step`` (+1 or -1) away from ``current`` in ``source``.

    From the start page (no source) it is the first quote of the first article with
    quotes (-1: the last quote of the last one); with no current quote, the first (or
    last) quote of ``source``."""
    if source is None:
        ordered = sources if step > 0 else sources[::-1]
        first = next((s for s in ordered if s.quotes), None)
        if first is None:
            return Step(reason="No quotes in these articles.")
        return Step(first, first.quotes[0 if step > 0 else -1])
    if not source.quotes:
        return Step(reason="No quotes in this article: open another, or / to search.")
    if current is None or current.source is not source:
        return Step(source, source.quotes[0 if step > 0 else -1])
    index = current.number - 1 + step  # numbers are 1-based, in reading order
    if not 0 <= index < len(source.quotes):
        return Step(reason="No more quotes in this article.")
    return Step(source, source.quotes[index])


def quotes_in_paragraph(source: Source, paragraph: int) -> list[Quote]:
    """The quotes that start in paragraph ``paragraph``, in reading order."""
    return [q for q in source.quotes if q.paragraph == paragraph]


def landing_for_hit(hit: "Hit") -> tuple[Quote | None, Quote | None]:
    """Where a search hit opens: (the quote to make current, the passage to copy).

    A quote hit is its quote. A paragraph hit is the first quote in that paragraph;
    a paragraph with no quote is a passage of the article, citable on its own."""
    if hit.quote is not None:
        return hit.quote, None
    quote = next(iter(quotes_in_paragraph(hit.source, hit.block.index)), None)
    if quote is not None:
        return quote, None
    from ..model import passage

    return None, passage(hit.block)
