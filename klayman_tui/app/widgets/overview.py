"""The overview: what the reader shows for "All sources"."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from ...corpus import Source
from ..keys import SCROLL_MOVES
from ..rendering import render_overview


class Overview(VerticalScroll, can_focus=True):
    """A line per source (the first few hundred of a big folder) and the totals."""

    BINDINGS = SCROLL_MOVES
    copy_target = None  # nothing to copy or star here

    def __init__(self, sources: list[Source], total_quotes: int, **kwargs) -> None:
        super().__init__(**kwargs)
        self._text = Static(render_overview(sources, total_quotes), classes="overview")
        self.border_title = Content("All sources")

    def compose(self) -> ComposeResult:
        yield self._text

    def show(self, sources: list[Source], total_quotes: int) -> None:
        self._text.update(render_overview(sources, total_quotes))
        self.scroll_home(animate=False)

