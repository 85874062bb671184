"""The search bar and, under it while searching, the live result list (result_list.py),
which runs the searches itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, OptionList

if TYPE_CHECKING:
    from ...corpus import Corpus, Quote
    from ...corpus.search.results import Hit
    from .result_list import ResultList


class SearchBar(Input):
    """Typing here searches per keystroke; ↑/↓ (the panel's keys) move the results."""


class SearchPanel(Vertical):
    """The search bar, and the results under it while searching.

    ``searching`` is its state: True while results are shown (the app then hides the
    reader). The result list is made and mounted just after the first paint, which it
    would delay (its module brings the search's), or when something first needs it."""

    DEFAULT_CSS = """
    SearchPanel { height: auto; }
    SearchPanel.-searching { height: 1fr; }
    """
    BINDINGS = [
        Binding("down", "move(1)", "Next result", show=False),
        Binding("up", "move(-1)", "Previous result", show=False),
    ]

    class Toggled(Message):
        """Results are shown (``searching``) or put away."""

        def __init__(self, searching: bool) -> None:
            super().__init__()
            self.searching = searching

    class HitChosen(Message):
        """Enter on a hit: open it."""

        def __init__(self, hit: Hit) -> None:
            super().__init__()
            self.hit = hit

    searching: var[bool] = var(False, init=False)
    collected: var[frozenset | None] = var(None, init=False)  # the collection's keys: ★

    def __init__(self, corpus: Corpus, **kwargs) -> None:
        super().__init__(**kwargs)
        self.bar = SearchBar(placeholder="/ to search quotes — words, \"phrase\", "
                                         "speaker:name, source:outlet", id="search")
        self._corpus = corpus
        self._results: ResultList | None = None

    @property
    def results(self) -> ResultList:
        """The result list, made when first needed (mounted by ``_mount_results``)."""
        if self._results is None:
            from .result_list import ResultList

            self._results = ResultList(self._corpus, id="results")
            self._results.collected = self.collected
        return self._results

    def compose(self) -> ComposeResult:
        yield self.bar

    def on_mount(self) -> None:
        self.call_after_refresh(self._mount_results)  # which then builds the index

    def _mount_results(self) -> None:
        if self.results.parent is None:
            self.mount(self.results)

    def watch_collected(self, collected: frozenset | None) -> None:
        if self._results is not None:  # else it is made with them
            self._results.collected = collected

    def watch_searching(self, searching: bool) -> None:
        self._mount_results()
        self.set_class(searching, "-searching")
        self.results.set_class(searching, "visible")
        self.post_message(self.Toggled(searching))

    def open(self) -> None:
        """Focus the bar, showing the results of what is typed there. At once, not
        after the messages waiting (as ``focus()`` does): keys typed just after the
        one that opened it go to the bar."""
        self.screen.set_focus(self.bar)
        self.searching = bool(self.bar.value.strip())

    def close(self) -> None:
        self.searching = False

    def search_for(self, text: str) -> None:
        self.bar.value = text
        self.bar.cursor_position = len(text)
        self.open()

    def action_move(self, step: int) -> None:
        if step > 0:
            self.results.action_cursor_down()
        else:
            self.results.action_cursor_up()

    @on(SearchBar.Changed)
    def _query_changed(self, event: SearchBar.Changed) -> None:
        event.stop()
        self._mount_results()
        self.searching = self.searching and bool(event.value.strip())
        self.results.search(event.value)

    def on_result_list_search_done(self, message: ResultList.SearchDone) -> None:
        message.stop()
        self.searching = self.bar.has_focus or self.results.has_focus

    def on_result_list_search_failed(self, message: ResultList.SearchFailed) -> None:
        message.stop()
        self.notify(message.reason, severity="error", markup=False)

    @on(SearchBar.Submitted)
    @on(OptionList.OptionSelected, "#results")
    def _choose(self, event: Message) -> None:
        event.stop()
        hit = self.results.current_hit
        if hit is None and isinstance(event, SearchBar.Submitted) and self.results.hits:
            hit = self.results.hits[0]  # Enter in the bar, nothing chosen: the best hit
        if hit is not None:
            self.post_message(self.HitChosen(hit))

    @property
    def has_target_focus(self) -> bool:
        """Whether c and s act on the results: they are shown and have the focus (or
        the bar has it)."""
        return self.searching and (self.results.has_focus or self.bar.has_focus)

    @property
    def copy_target(self) -> Quote | None:
        """What c copies and s stars in the results: the highlighted hit's quote, or
        for a paragraph found, the paragraph as a passage (None: no hit)."""
        from ...corpus.state.navigation import hit_target

        hit = self.results.current_hit
        return None if hit is None else hit_target(hit)
