"""Moving from quote to quote: what `n` and `N` do, decided without any widget."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Quote, QuoteKind, Source

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
    last) quote of ``source``; from a paragraph opened as a passage, the first quote
    from that paragraph on (-1: the last before it)."""
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
    if current.kind is QuoteKind.PASSAGE:  # a paragraph opened from a search
        if step > 0:
            nearest = next((q for q in source.quotes if q.paragraph >= current.paragraph), None)
        else:
            nearest = next((q for q in reversed(source.quotes)
                            if q.paragraph < current.paragraph), None)
        return Step(source, nearest) if nearest else Step(
            reason="No more quotes in this article.")
    index = current.number - 1 + step  # numbers are 1-based, in reading order
    if not 0 <= index < len(source.quotes):
        return Step(reason="No more quotes in this article.")
    return Step(source, source.quotes[index])


def quotes_in_paragraph(source: Source, paragraph: int) -> list[Quote]:
    """The quotes that start in paragraph ``paragraph``, in reading order."""
    return [q for q in source.quotes if q.paragraph == paragraph]


def landing_for_hit(hit: "Hit") -> tuple[Quote | None, Quote | None]:
    """Where a search hit opens: (the quote to make current, the passage to copy).

    A quote hit is its quote. A paragraph hit is what it was found by: the paragraph,
    as a passage of the article citable on its own, unless one quote is the whole
    paragraph (an interview's answer or question), which is then that quote: the
    paragraph is someone's words, not the article's."""
    if hit.quote is not None:
        return hit.quote, None
    block = hit.block
    body = block.body_start if block.body_start is not None else block.start
    whole = next((q for q in quotes_in_paragraph(hit.source, block.index)
                  if q.start <= body and q.end >= block.end), None)
    if whole is not None:
        return whole, None
    from ..model import passage

    return None, passage(block)


def hit_target(hit: "Hit") -> Quote:
    """What c copies and s stars for a search hit, in the list and once opened."""
    quote, passage = landing_for_hit(hit)
    return quote or passage
