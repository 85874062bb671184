"""The reader: one article, every character as written, quotes marked."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from ..corpus import Quote, Source
from .rendering import SpeakerColours, render_block, render_overview


class Paragraph(Static):
    """One block of the article."""


class Reader(VerticalScroll, can_focus=True):
    """Shows a source; the app tells it which quote is current."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
    ]

    def __init__(self, colours: SpeakerColours, **kwargs) -> None:
        super().__init__(**kwargs)
        self.colours = colours
        self.source: Source | None = None
        self.current: Quote | None = None
        self._quotes_by_block: dict[int, list[Quote]] = {}
        self._paragraphs: list[Paragraph] = []

    @staticmethod
    def overview(sources: list[Source], total_quotes: int) -> Paragraph:
        return Paragraph(render_overview(sources, total_quotes), classes="overview")

    def show_overview(self, sources: list[Source], total_quotes: int) -> None:
        self.source = None
        self.current = None
        self.remove_children()
        self._paragraphs = []
        self.mount(self.overview(sources, total_quotes))
        self.scroll_home(animate=False)

    def show_source(self, source: Source, current: Quote | None = None) -> None:
        if source is not self.source:
            self.source = source
            self._quotes_by_block = {}
            for quote in source.quotes:
                for block in {source.block_at(start) for start, _ in quote.spans} | {quote.block}:
                    if block is not None:
                        self._quotes_by_block.setdefault(block.index, []).append(quote)
            self.current = current
            self.remove_children()
            self._paragraphs = [Paragraph(self._paragraph_content(block.index),
                                          classes=f"role-{block.role.value}")
                                for block in source.blocks]
            self.mount_all(self._paragraphs)
            self.scroll_home(animate=False)
        self.set_current(current)

    def _paragraph_content(self, index: int):
        block = self.source.blocks[index]
        return render_block(block, self._quotes_by_block.get(index, []), self.current,
                            self.colours)

    def set_current(self, quote: Quote | None) -> None:
        """Mark ``quote`` as current and scroll it into view."""
        previous, self.current = self.current, quote
        touched = {q.paragraph for q in (previous, quote) if q is not None}
        for q in (previous, quote):
            if q is not None and self.source is not None:
                touched |= {b.index for b in (self.source.block_at(s) for s, _ in q.spans) if b}
        for index in touched:
            self._paragraphs[index].update(self._paragraph_content(index))
        if quote is not None:
            self.scroll_to_paragraph(quote.paragraph)

    def scroll_to_paragraph(self, index: int) -> None:
        if 0 <= index < len(self._paragraphs):
            self.call_after_refresh(self.scroll_to_widget, self._paragraphs[index],
                                    animate=False, top=True)
