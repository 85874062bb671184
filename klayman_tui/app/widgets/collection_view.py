"""The collection view: the starred quotes, in the order collected."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static

from ...corpus import Quote
from ..keys import SCROLL_MOVES
from ..rendering import GONE_FROM_ARTICLE, collection_status, render_collection_item

if TYPE_CHECKING:  # the collection is read after the first paint
    from ...corpus.state.collection import Item

EMPTY = "Nothing collected yet: press s on a quote, or on a search result, to star it."


class CollectionView(VerticalScroll, can_focus=True):
    """The collected quotes with their sources, ``index`` current (n/N move it, c
    copies it, Enter opens it in its article)."""

    BINDINGS = [
        *SCROLL_MOVES,
        Binding("enter", "open", "Open", show=False),
    ]

    @dataclass
    class OpenQuote(Message):
        """Enter on a collected quote: open it in its article."""

        quote: Quote

    index: var[int | None] = var(None, init=False)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.items: list[Item] = []
        self.border_title = collection_status([], None)

    def show(self, items: list[Item], index: int | None = 0) -> None:
        """``items`` in the order collected, ``index`` current (kept in range)."""
        self.items = items
        self.set_reactive(CollectionView.index,
                          None if not items else max(0, min(index or 0, len(items) - 1)))
        self.remove_children()
        if items:
            self.mount_all([Static(self._item_content(n), classes="collected")
                            for n in range(len(items))])
        else:
            self.mount(Static(Content(EMPTY), classes="overview"))
        self.border_title = collection_status(items, self.index)
        self.scroll_home(animate=False)

    @property
    def current_item(self) -> Item | None:
        return self.items[self.index] if self.items and self.index is not None else None

    @property
    def copy_target(self) -> Quote | None:
        """What c copies and s stars here: the current item's quote (None when its
        words are gone from its article)."""
        item = self.current_item
        return item.quote if item else None

    def step(self, step: int) -> None:
        """n / N: the next or previous collected quote."""
        if self.items:
            self.index = max(0, min(len(self.items) - 1, (self.index or 0) + step))

    def watch_index(self, previous: int | None, index: int | None) -> None:
        entries = list(self.query(Static))
        for number in {previous, index} - {None}:
            entries[number].update(self._item_content(number))
        self.border_title = collection_status(self.items, index)
        if index is not None:
            self.call_after_refresh(self.scroll_to_widget, entries[index], animate=False)

    def _item_content(self, number: int) -> Content:
        return render_collection_item(number + 1, self.items[number], number == self.index)

    def action_open(self) -> None:
        item = self.current_item
        if item is not None and item.quote is not None:
            self.post_message(self.OpenQuote(item.quote))
        elif item is not None:  # its words are gone from the article: said, not silent
            self.notify(GONE_FROM_ARTICLE, severity="warning")
