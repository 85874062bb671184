"""The search bar and its live result list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.content import Content
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from .rendering import render_hit

if TYPE_CHECKING:  # numpy and rapidfuzz load with the first search, not at start-up
    from ..corpus.search import Hit


class SearchBar(Input):
    """Typing here searches per keystroke; ↑/↓ move through the results."""

    BINDINGS = [
        Binding("down", "app.result_down", "Next result", show=False),
        Binding("up", "app.result_up", "Previous result", show=False),
    ]


class ResultList(OptionList):
    """Hits, best first: speaker, outlet, the words with the matches highlighted."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.hits: list[Hit] = []

    def show_hits(self, hits: list[Hit], note: str | None = None) -> None:
        self.hits = hits
        # Just mounted it has no size yet; the screen's width will do, as the width
        # only bounds how much of a long quote is kept around the match.
        width = max(40, (self.size.width or self.screen.size.width) - 4)
        options = [Option(render_hit(hit, width), id=f"h{i}") for i, hit in enumerate(hits)]
        if note:
            options.insert(0, Option(Content(note).stylize("dim italic"), disabled=True))
        self.set_options(options)
        if hits:
            self.highlighted = 1 if note else 0

    @property
    def current_hit(self) -> Hit | None:
        index = self.highlighted
        if index is None:
            return None
        option = self.get_option_at_index(index)
        if option.id is None or not option.id.startswith("h"):
            return None
        return self.hits[int(option.id[1:])]
