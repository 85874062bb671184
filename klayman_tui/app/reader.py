"""The reader: one article, every character as written, quotes marked."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from typing import TYPE_CHECKING

from ..corpus import Quote, Source
from .rendering import (CURRENT_STYLE, SpeakerColours, collection_status, evidence_status,
                        quote_status, render_block, render_collection_item, render_overview)

if TYPE_CHECKING:  # the collection is read after the first paint
    from ..corpus.collection import Item


class Paragraph(Static):
    """One block of the article."""


class Reader(VerticalScroll, can_focus=True):
    """Shows a source with one quote current. ``source`` and ``current`` are its own
    state: their watchers set the title, the highlight and the scroll, so what is
    shown, the title and what is copied always agree.

    A long file is shown a window of paragraphs at a time (one widget per paragraph
    would take minutes to mount for a 20,000-line file); n/N, search and scrolling
    move it."""

    WINDOW = 200

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("home,g", "top", "Top", show=False),
        Binding("end,G", "bottom", "End", show=False),
        Binding("enter", "open_item", "Open", show=False),
    ]

    class OpenQuote(Message):
        """Enter on a collected quote: open it in its article."""

        def __init__(self, quote: Quote) -> None:
            super().__init__()
            self.quote = quote

    source: var[Source | None] = var(None, init=False)
    current: var[Quote | None] = var(None, init=False)

    def __init__(self, colours: SpeakerColours, **kwargs) -> None:
        super().__init__(**kwargs)
        self.colours = colours
        self.border_title = Content("All sources")
        self.border_subtitle = Content("")
        self._quotes_by_block: dict[int, list[Quote]] = {}
        self._paragraphs: dict[int, Paragraph] = {}
        self._window = (0, 0)  # the paragraphs mounted: [first, last)
        self.passage: Quote | None = None  # a paragraph with no quote, opened from a search
        self.starred = lambda quote: False  # the app's collection says
        # The collection, when the reader shows it (★ Collected), and its current item.
        self.items: list[Item] | None = None
        self.item_index: int | None = None

    @staticmethod
    def overview(sources: list[Source], total_quotes: int) -> Paragraph:
        return Paragraph(render_overview(sources, total_quotes), classes="overview")

    def show_message(self, text: str) -> None:
        """One plain paragraph in place of an article (progress, an error)."""
        self._leave_source()
        self.remove_children()
        self._paragraphs = {}
        self.mount(Paragraph(Content(text), classes="overview"))

    @property
    def to_copy(self) -> Quote | None:
        """What c copies here: the current quote, else the passage opened, else in the
        collection its current item (None when that item's words are gone)."""
        if self.items is not None:
            return self.current_item.quote if self.current_item else None
        return self.current or self.passage

    # -- the collection -------------------------------------------------------------

    @property
    def current_item(self) -> Item | None:
        if self.items and self.item_index is not None:
            return self.items[self.item_index]
        return None

    def show_collection(self, items: list[Item], index: int | None = 0) -> None:
        """The collected quotes in the order collected, ``index`` current."""
        self._leave_source()
        self.remove_children()
        self._paragraphs = {}
        self.items = items
        self.item_index = None if not items else max(0, min(index or 0, len(items) - 1))
        if not items:
            self.mount(Paragraph(Content("Nothing collected yet: press s on a quote, or "
                                         "on a search result, to star it."),
                                 classes="overview"))
        else:
            self.mount_all([Paragraph(self._item_content(n), classes="collected")
                            for n in range(len(items))])
        self.border_title = collection_status(items, self.item_index)
        self.border_subtitle = Content("")
        self.scroll_home(animate=False)

    def _item_content(self, number: int) -> Content:
        return render_collection_item(number + 1, self.items[number],
                                      number == self.item_index)

    def step_item(self, step: int) -> None:
        """n / N in the collection."""
        if not self.items:
            return
        old = self.item_index or 0
        self.item_index = max(0, min(len(self.items) - 1, old + step))
        paragraphs = list(self.query(Paragraph))
        for number in {old, self.item_index}:
            paragraphs[number].update(self._item_content(number))
        self.border_title = collection_status(self.items, self.item_index)
        self.call_after_refresh(self.scroll_to_widget, paragraphs[self.item_index],
                                animate=False)

    def action_open_item(self) -> None:
        item = self.current_item
        if item is not None and item.quote is not None:
            self.post_message(self.OpenQuote(item.quote))

    def refresh_marks(self) -> None:
        """Redraw the ★ marks after a star or an un-star."""
        for index, paragraph in self._paragraphs.items():
            paragraph.update(self._paragraph_content(index))

    def show_passage(self, passage: Quote) -> None:
        """Bring a paragraph found by a search into view, as what c copies."""
        self.passage = passage
        self.scroll_to_paragraph(passage.paragraph)

    def _leave_source(self) -> None:
        self.passage = None
        self.items = self.item_index = None
        self.set_reactive(Reader.current, None)
        self.set_reactive(Reader.source, None)
        self.border_title = Content("All sources")
        self.border_subtitle = Content("")

    def show_overview(self, sources: list[Source], total_quotes: int) -> None:
        self._leave_source()
        self.remove_children()
        self._paragraphs = {}
        self.mount(self.overview(sources, total_quotes))
        self.scroll_home(animate=False)

    def _paragraph_at(self, offset: int) -> int:
        block = self.source.block_at(offset)
        return block.index if block is not None else 0

    def show_source(self, source: Source, current: Quote | None = None) -> None:
        """Show ``source`` with ``current`` as its current quote."""
        self.passage = None
        self.items = self.item_index = None
        if source is not self.source:
            self.set_reactive(Reader.current, current)
            self.source = source  # watch_source mounts it around ``current``
        self.current = current
        self._show_title()

    def watch_source(self, source: Source | None) -> None:
        if source is None:
            return
        self._quotes_by_block = {}
        extra = [self.current] if self.current and self.current not in source.quotes else []
        for quote in [*source.quotes, *extra]:  # extra: a collected quote found by its words
            indexes = {self._paragraph_at(start) for start, _ in quote.spans}
            for index in indexes | {quote.paragraph}:
                self._quotes_by_block.setdefault(index, []).append(quote)
        self._mount_window(self.current.paragraph if self.current else 0)
        self.scroll_home(animate=False)
        if self.current is not None:
            self.scroll_to_paragraph(self.current.paragraph, to_current=True)
        self._show_title()

    def _show_title(self) -> None:
        self.border_title = quote_status(self.current, self.source)
        self.border_subtitle = evidence_status(self.current)

    def _mount_window(self, around: int) -> None:
        """Mount the paragraphs near ``around`` (all of them in an ordinary article)."""
        total = len(self.source.blocks)
        first = max(0, min(around - self.WINDOW // 4, total - self.WINDOW))
        last = min(total, first + self.WINDOW)
        self._window = (first, last)
        self.remove_children()
        self._paragraphs = {
            index: Paragraph(self._paragraph_content(index),
                             classes=f"role-{self.source.blocks[index].role.value}")
            for index in range(first, last)}
        widgets: list[Static] = []
        if first:
            widgets.append(Static(Content(f"… {first:,} paragraphs above — N or search "
                                          "to go back").stylize("dim italic")))
        widgets += self._paragraphs.values()
        if last < total:
            widgets.append(Static(Content(f"… {total - last:,} more paragraphs — n or "
                                          "search to go on").stylize("dim italic")))
        self.mount_all(widgets)

    # -- every line reachable: the window moves with the reader -------------------------

    def action_top(self) -> None:
        if self.source is not None and self._window[0] > 0:
            self._mount_window(0)
        self.call_after_refresh(self.scroll_home, animate=False)

    def action_bottom(self) -> None:
        if self.source is not None and self._window[1] < len(self.source.blocks):
            self._mount_window(len(self.source.blocks) - 1)
        self.call_after_refresh(self.scroll_end, animate=False)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        if self.source is None or not self._paragraphs:
            return
        first, last = self._window
        if new >= self.max_scroll_y and new > old and last < len(self.source.blocks):
            self._shift_window(last - 1, at_bottom=True)
        elif new <= 0 and new < old and first > 0:
            self._shift_window(first, at_bottom=False)

    def _shift_window(self, anchor: int, at_bottom: bool) -> None:
        """Move the window past its edge, keeping paragraph ``anchor`` where it was."""
        self._mount_window(anchor if at_bottom else max(0, anchor - self.WINDOW // 2))
        paragraph = self._paragraphs.get(anchor)
        if paragraph is None:
            return

        def keep_in_place() -> None:
            region = paragraph.virtual_region
            height = self.scrollable_content_region.height
            y = region.y + region.height - height if at_bottom else region.y
            self.scroll_to(y=max(0, y), animate=False)

        self.call_after_refresh(keep_in_place)

    def on_resize(self) -> None:
        """After any change of size (a resize, the source list toggled) the current
        quote is brought back into view, so the title, highlight and copy agree."""
        if self.current is not None and self.source is not None:
            self.scroll_to_paragraph(self.current.paragraph, to_current=True)

    def _paragraph_content(self, index: int):
        block = self.source.blocks[index]
        return render_block(block, self._quotes_by_block.get(index, []), self.current,
                            self.colours, self.starred)

    def set_current(self, quote: Quote | None) -> None:
        """Mark ``quote`` as current and scroll it into view."""
        self.current = quote

    def watch_current(self, previous: Quote | None, quote: Quote | None) -> None:
        if self.source is None:
            return
        self._show_title()
        if quote is not None and quote.paragraph not in self._paragraphs:
            self._mount_window(quote.paragraph)
        touched = set()
        for q in (previous, quote):
            if q is not None and self.source is not None:
                touched |= {self._paragraph_at(s) for s, _ in q.spans} | {q.paragraph}
        for index in touched:
            if index in self._paragraphs:
                self._paragraphs[index].update(self._paragraph_content(index))
        if quote is not None:
            self.scroll_to_paragraph(quote.paragraph, to_current=True)

    def scroll_to_paragraph(self, index: int, to_current: bool = False) -> None:
        """Bring paragraph ``index`` to the top; with ``to_current``, scroll further if
        the current quote starts below the bottom of the view."""
        if self.source is not None and index not in self._paragraphs:
            self._mount_window(index)
        if index in self._paragraphs:
            self.call_after_refresh(self._bring_into_view, self._paragraphs[index], to_current)

    def _bring_into_view(self, paragraph: Paragraph, to_current: bool) -> None:
        top = paragraph.virtual_region.y
        line = self._current_line(paragraph) if to_current else 0
        height = self.scrollable_content_region.height
        if line >= height - 2:  # keep two lines above the quote for context
            top += line - 2
        self.scroll_to(y=top, animate=False)

    @staticmethod
    def _current_line(paragraph: Paragraph) -> int:
        """The wrapped line of ``paragraph`` on which the current quote starts."""
        width, content = paragraph.content_size.width, paragraph.content
        if width <= 0 or not isinstance(content, Content):
            return 0
        for number, line in enumerate(content.wrap(width)):
            if any(span.style == CURRENT_STYLE for span in line.spans):
                return number
        return 0
