"""The article view: one article, every character as written, quotes marked.

Only the lines on screen are drawn (Textual's line API, as toolong draws a log): each
paragraph is wrapped when it first comes into view and kept in a small cache, so a
file of 20,000 paragraphs opens and scrolls as a short one does."""

from __future__ import annotations

from textual.binding import Binding
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Offset, Size
from textual.reactive import var
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual

from ...corpus import Quote, Source
from ..paragraph_lines import GAP, GIANT, GiantStrips, ParagraphLines, wrapped_height
from ..rendering import (CURRENT_STYLE, SpeakerColours, block_marker, evidence_status,
                         quote_status, render_block, shown_text)

PARAGRAPHS_KEPT = 256  # paragraphs kept drawn: several screens of the longest article
CONTEXT_LINES = 2  # lines kept above a current quote that starts below the view


class ArticleView(ScrollView, can_focus=True):
    """Shows ``source`` with ``current`` as its current quote. Both are its own state:
    their watchers set the title, the highlight and the scroll, so what is shown, the
    title and what is copied always agree. ``collected`` (the collection's keys)
    decides the ★ marks."""

    BINDINGS = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("home,g", "top", "Top", show=False),
        Binding("end,G", "bottom", "End", show=False),
    ]

    source: var[Source | None] = var(None, init=False)
    current: var[Quote | None] = var(None, init=False)
    collected: var[frozenset | None] = var(None, init=False)
    colours: var[SpeakerColours | None] = var(None, init=False)

    def __init__(self, colours: SpeakerColours, **kwargs) -> None:
        super().__init__(**kwargs)
        self.set_reactive(ArticleView.colours, colours)
        self.passage: Quote | None = None  # a paragraph with no quote, opened from a search
        self.border_title = Content("")
        self.border_subtitle = Content("")
        self._quotes_by_block: dict[int, list[Quote]] = {}
        self._marked: dict[int, str] = {}  # paragraphs shown with ▶ or ★, and the marks
        self._lines = ParagraphLines([])
        self._width = 0  # the width the article is laid out at (0: not yet)
        self._strips: LRUCache[int, list[Strip]] = LRUCache(PARAGRAPHS_KEPT)
        self._waiting: tuple[int, bool] | None = None  # a place to show once laid out

    # -- what is shown --------------------------------------------------------------

    def show(self, source: Source, current: Quote | None = None) -> None:
        """Show ``source`` with ``current`` as its current quote."""
        self.passage = None
        if source is not self.source:
            self.set_reactive(ArticleView.current, current)
            self.source = source  # watch_source lays it out around ``current``
        self.current = current
        self._show_title()

    def show_passage(self, passage: Quote) -> None:
        """Bring a paragraph found by a search into view, as what c copies."""
        self.passage = passage
        self._bring_into_view(passage.paragraph, to_current=False)

    def close(self) -> None:
        """Forget the article (the reader shows something else)."""
        self.passage = None
        self.set_reactive(ArticleView.current, None)
        self.set_reactive(ArticleView.source, None)
        self._quotes_by_block, self._marked = {}, {}
        self._lines, self._width = ParagraphLines([]), 0
        self._strips.clear()
        self.virtual_size = Size(0, 0)

    @property
    def copy_target(self) -> Quote | None:
        """What c copies and s stars here: the current quote, else the passage opened."""
        return self.current or self.passage

    def paragraph_content(self, index: int) -> Content:
        """Paragraph ``index`` as it is drawn, marks and highlights included."""
        return render_block(self.source.blocks[index], self._quotes_by_block.get(index, []),
                            self.current, self.colours, self.collected)

    def watch_source(self, source: Source | None) -> None:
        if source is None:
            return
        by_block: dict[int, list[Quote]] = {}
        extra = [self.current] if self.current and self.current not in source.quotes else []
        for quote in [*source.quotes, *extra]:  # extra: a collected quote found by its words
            for index in self._paragraphs_of(quote, source):
                by_block.setdefault(index, []).append(quote)
        self._quotes_by_block = by_block
        self._marked = self._marks()
        # Laid out afresh, now or (hidden, with no width yet) once it has a size: the
        # lines measured and the place kept are the last article's.
        self._lines, self._width, self._waiting = ParagraphLines([]), 0, None
        self._lay_out(again=True)
        self.scroll_to(y=0, animate=False, force=True)
        if self.current is not None:
            self._bring_into_view(self.current.paragraph, to_current=True)
        self._show_title()

    def watch_current(self, previous: Quote | None, quote: Quote | None) -> None:
        if self.source is None:
            return
        self._show_title()
        touched = set().union(*(self._paragraphs_of(q) for q in (previous, quote) if q))
        self._redraw(touched)
        if quote is not None:
            self._bring_into_view(quote.paragraph, to_current=True)

    def watch_collected(self) -> None:
        if self.source is not None:
            self._redraw(set())

    def watch_colours(self) -> None:
        self._strips.clear()
        self.refresh()

    def _show_title(self) -> None:
        self.border_title = quote_status(self.current, self.source)
        self.border_subtitle = evidence_status(self.current)

    def _paragraphs_of(self, quote: Quote, source: Source | None = None) -> set[int]:
        """The paragraphs ``quote`` has words in."""
        source = source or self.source
        spans = quote.spans
        own = source.blocks[quote.paragraph]
        if all(own.start <= start and end <= own.end for start, end in spans):
            return {quote.paragraph}  # most quotes: within the paragraph they start in
        blocks = (source.block_at(start) for start, _ in spans)
        return {block.index for block in blocks if block is not None} | {quote.paragraph}

    def _marks(self) -> dict[int, str]:
        """The paragraphs shown with a mark (▶ the current quote's, ★ a collected
        quote's), and their marks."""
        candidates = self._paragraphs_of(self.current) if self.current else set()
        if self.collected and any(source == self.source.id for source, _ in self.collected):
            candidates |= set(self._quotes_by_block)
        marks = {index: block_marker(self._quotes_by_block.get(index, []), self.current,
                                     self.collected) for index in candidates}
        return {index: mark for index, mark in marks.items() if mark}

    def _redraw(self, touched: set[int]) -> None:
        """Draw again the paragraphs ``touched`` and those whose marks changed; a mark
        can change a paragraph's height, and so move the lines below it."""
        marks = self._marks()
        touched |= {i for i in marks.keys() | self._marked.keys()
                    if marks.get(i) != self._marked.get(i)}
        self._marked = marks
        for index in touched:
            self._strips.discard(index)
        if self._width and self._lines.change({i: self._measure(i) for i in touched}):
            self.virtual_size = Size(self._width, self._lines.total)
        self.refresh()

    # -- laying out and scrolling ---------------------------------------------------

    def _measure(self, index: int) -> int:
        return wrapped_height(shown_text(self.source.blocks[index], self._marked.get(index, "")),
                              self._width)

    def _measure_all(self) -> ParagraphLines:
        marked, width = self._marked, self._width
        return ParagraphLines([wrapped_height(shown_text(block, marked.get(i, "")), width)
                               for i, block in enumerate(self.source.blocks)])

    def _lay_out(self, again: bool = False) -> bool:
        """Measure every paragraph at the view's width (``again``: even if the width
        is the same); False when there is nothing to lay out yet."""
        width = self.scrollable_content_region.width
        if self.source is None or width <= 0:
            return False
        if width != self._width or again:
            self._width = width
            self._strips.clear()
            self._lines = self._measure_all()
            self.virtual_size = Size(width, self._lines.total)
        return True

    def on_resize(self) -> None:
        """After any change of size (a resize, the source list toggled) the current
        quote is brought back into view, so the title, highlight and copy agree; with
        no current quote, the paragraph at the top stays at the top."""
        top = self._lines.paragraph_at(round(self.scroll_y)) if self._lines.heights else None
        if not self._lay_out():
            return
        if self._waiting is not None:
            self._bring_into_view(*self._waiting)
        elif self.current is not None:
            self._bring_into_view(self.current.paragraph, to_current=True)
        elif top is not None:
            self.scroll_to(y=self._lines.top(top), animate=False, force=True)

    def _bring_into_view(self, index: int, to_current: bool) -> None:
        """Paragraph ``index`` at the top; with ``to_current``, further down if the
        current quote starts below the bottom of the view (two lines of context kept
        above it). Done once the view has a size, if it has none yet."""
        if not self._lay_out():
            self._waiting = (index, to_current)
            return
        self._waiting = None
        top = self._lines.top(index)
        line = self._current_line(index) if to_current else 0
        if line >= self.scrollable_content_region.height - CONTEXT_LINES:
            top += line - CONTEXT_LINES
        self.scroll_to(y=top, animate=False, force=True)

    def _current_line(self, index: int) -> int:
        """The wrapped line of paragraph ``index`` on which the current quote starts."""
        strips = self._paragraph_strips(index)
        if isinstance(strips, GiantStrips):
            block = self.source.blocks[index]
            spans = [s for s, _ in self.current.spans] if self.current else []
            shift = len(strips.content) - len(block.text)  # its mark and label
            return strips.row_at(shift + min(spans) - block.start) if spans else 0
        for number, line in enumerate(self.paragraph_content(index).wrap(self._width)):
            if any(span.style == CURRENT_STYLE for span in line.spans):
                return number
        return 0

    def action_top(self) -> None:
        self.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.scroll_end(animate=False)

    # -- drawing: only the lines on screen ------------------------------------------

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        found = self._lines.locate(line) if self._width else None
        strip = self._line_strip(*found, line) if found is not None else None
        if strip is None:
            strip = Strip.blank(self.scrollable_content_region.width, self.rich_style)
        return strip.apply_offsets(0, line)  # where a mouse selection is, in the article

    def _line_strip(self, index: int, row: int, line: int) -> Strip | None:
        strips = self._paragraph_strips(index)
        if row >= len(strips):
            return None
        span = self.text_selection.get_span(line) if self.text_selection else None
        if span is None:
            return strips[row]
        start, end = span  # a selected line is drawn again, with the selection shown
        content = self._wrapped_line(index, row)
        content = content.stylize(Style.from_styles(self.screen.get_component_styles(
            "screen--selection")), start, len(content) if end == -1 else end)
        return Visual.to_strips(self, content, self._width, 1, self.visual_style, pad=True,
                                apply_selection=False)[0]

    def _paragraph_strips(self, index: int) -> list[Strip] | GiantStrips:
        strips = self._strips.get(index)
        if strips is None:
            content = self.paragraph_content(index)
            if len(content) > GIANT:  # drawn a line at a time, as each is shown
                strips = GiantStrips(content, self._width, self._one_line)
            else:
                strips = Visual.to_strips(self, content, self._width, None,
                                          self.visual_style, pad=True, apply_selection=False)
            self._strips[index] = strips
            if self._lines.change({index: len(strips)}):  # measured otherwise: never so far
                self.virtual_size = Size(self._width, self._lines.total)
        return strips

    def _one_line(self, content: Content) -> Strip:
        return Visual.to_strips(self, content, self._width, 1, self.visual_style, pad=True,
                                apply_selection=False)[0]

    def _wrapped_line(self, index: int, row: int) -> Content:
        strips = self._paragraph_strips(index)
        if isinstance(strips, GiantStrips):
            return strips.line(row)
        return self.paragraph_content(index).wrap(self._width)[row]

    def _plain_lines(self, index: int) -> list[str]:
        """Paragraph ``index``'s wrapped lines as text (a giant one's sliced from its
        text, not styled line by line)."""
        strips = self._paragraph_strips(index)
        if isinstance(strips, GiantStrips):
            return strips.plain_lines()
        return [line.plain for line in self.paragraph_content(index).wrap(self._width)]

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The text under a mouse selection, as the article's lines are wrapped."""
        if self.source is None or not self._width:
            return None
        first = self._lines.paragraph_at(selection.start.y if selection.start else 0)
        last = selection.end.y if selection.end else self._lines.total
        lines: list[str] = []
        index = first
        while index < len(self.source.blocks) and self._lines.top(index) <= last:
            lines += self._plain_lines(index) + [""] * GAP
            index += 1
        base = self._lines.top(first)  # the selection, counted from the first line taken
        shifted = Selection(*(None if at is None else Offset(at.x, at.y - base)
                              for at in selection))
        return shifted.extract("\n".join(lines)), "\n"
