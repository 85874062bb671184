"""QuoteExplorer: routes between the source list, the reader and the search, and copies."""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList

from .. import gc_pause
from ..corpus import Corpus, LoadPlan, Quote, Source
from ..corpus.citation_styles import STYLE_NAMES
from .copier import Copier
from .guard import guarded
from .key_bar import KeyBar
from .keys import APP_KEYS
from .messages import CorpusReady, SourcesArrived
from .notices import warning_toasts
from .reader import Reader
from .rendering import SpeakerColours
from .search_panel import ResultList, SearchPanel
from .settings import Settings, load_settings
from .source_list import ALL_SOURCES, COLLECTED, SourceList


def _quote_commands():
    """The palette's commands, loaded when the palette first opens."""
    from .commands import QuoteCommands

    return QuoteCommands


class QuoteExplorer(App[None]):
    """Find a quote, read it in context, copy it with its citation."""

    CSS_PATH = "app.tcss"
    AUTO_FOCUS = "#sources"
    TITLE = "klayman-tui"
    COMMANDS = App.COMMANDS | {_quote_commands}
    BINDINGS = APP_KEYS

    scope: reactive[str] = reactive("quotes")

    def __init__(self, corpus: Corpus, settings: Settings | None = None,
                 pending: LoadPlan | None = None, collection=None,
                 collection_paths: list[str] | None = None) -> None:
        """``pending``: a folder still to parse; the app paints at once with the
        (empty) ``corpus`` and a loader, and shows the articles when it is done.
        ``collection``: the starred quotes of this corpus; else the collection of the
        corpus opened from ``collection_paths`` (the bundled one's when None) is read
        just after the first paint."""
        super().__init__()
        self.corpus = corpus
        self._collection = collection
        self._collection_paths = collection_paths
        self._pending = pending
        self._arrived: list[Source] = []  # a large folder's articles parsed so far
        self._notices: list[str] = []  # settings problems, shown with the corpus warnings
        self.crash_message: str | None = None  # set when an exception ends the app
        if settings is None:
            settings, problem = load_settings()
            self._notices += [problem] if problem else []
        self.settings = settings

    def compose(self) -> ComposeResult:
        # The key bar docks at the bottom, the source list left (see app.tcss).
        yield KeyBar(id="keys")
        yield SourceList(self.corpus.sources, self.corpus.quote_count,
                         len(self._collection) if self._collection is not None else None,
                         id="sources")
        yield SearchPanel(self.corpus, id="search-panel")
        if self._pending is not None:
            from .loader import Loader

            yield Loader(self._pending, id="loader")
        colours = SpeakerColours(self.corpus.speaker_counts())
        with Reader(colours, id="reader") as reader:  # the overview is in frame one
            yield reader.overview(self.corpus.sources, self.corpus.quote_count)
        yield Copier()

    def on_mount(self) -> None:
        if self.settings.keys:  # remaps that would lose Quit or Help are refused
            from .keymap import apply_keymap

            self._notices += apply_keymap(self, self.settings.keys)
        # "All sources": the first ↓ opens the first article (★ Collected is above it).
        self.source_list.select_option_id(ALL_SOURCES)
        if self._pending is None:
            self._report_warnings()
        self.call_after_refresh(self._show_collection_count)
        self.call_after_refresh(gc_pause.resume_frozen)  # paused by the command (gc_pause.py)

    @property
    def collection(self):
        """The starred quotes (corpus/collection.py), read when first needed."""
        if self._collection is None:
            from ..corpus.collection import Collection

            self._collection = Collection.for_paths(self._collection_paths)
        return self._collection

    def _show_collection_count(self) -> None:
        collection = self.collection
        self.source_list.set_collected(len(collection))
        self.reader.starred = self.results.starred = collection.__contains__
        if collection.warning:
            self.notify(collection.warning, severity="warning", markup=False, timeout=8)

    def on_sources_arrived(self, message: SourcesArrived) -> None:
        """A large folder's first articles: listed, readable and searchable while the
        rest are parsed (speakers are linked across articles when all are in)."""
        self._arrived += message.sources
        # Not an index per batch (30,000 articles come in 150): the next search builds it.
        self._show_corpus(Corpus(self._arrived, [], self.corpus.speakers), arriving=True)

    def on_corpus_ready(self, message: CorpusReady) -> None:
        self._pending, self._arrived = None, []
        self.main_screen.query_one("#loader").remove()
        self.reader.colours = SpeakerColours(message.corpus.speaker_counts())
        self._show_corpus(message.corpus)
        self._report_warnings()

    def _show_corpus(self, corpus: Corpus, arriving: bool = False) -> None:
        """List ``corpus`` (``arriving``: more of it is still being read), keeping an
        article opened meanwhile in the reader."""
        self.corpus = corpus
        reading = self.reader.source is not None
        self.source_list.show_sources(corpus.sources, corpus.quote_count,
                                      keep_place=arriving or reading)
        if not reading:
            self.reader.show_overview(corpus.sources, corpus.quote_count)
        self.results.set_corpus(corpus, build=not arriving)

    def _report_warnings(self) -> None:
        for warning in warning_toasts(self._notices + list(self.corpus.warnings)):
            self.notify(warning, severity="warning", markup=False, timeout=8)

    def _fatal_error(self) -> None:
        """One line for the terminal and a crash report file, instead of Textual's
        traceback with locals, which could hold file text."""
        from .crash import crash_line

        self.crash_message = crash_line(self._exception)
        self._close_messages_no_wait()

    # -- widgets, looked up on the main screen (found while help or the palette is up) --

    @property
    def main_screen(self) -> Screen:
        return self.screen_stack[0]

    @property
    def reader(self) -> Reader:
        return self.main_screen.query_one(Reader)

    @property
    def source_list(self) -> SourceList:
        return self.main_screen.query_one(SourceList)

    @property
    def search_panel(self) -> SearchPanel:
        return self.main_screen.query_one(SearchPanel)

    @property
    def results(self) -> ResultList:
        return self.search_panel.results

    # -- sources and reading -----------------------------------------------------------

    @guarded
    def open_source(self, source: Source, quote: Quote | None = None) -> None:
        """Show ``source`` in the reader with ``quote`` current."""
        self.search_panel.close()
        self.reader.show_source(source, quote)
        self.source_list.select_source(source.id)

    @on(OptionList.OptionHighlighted, "#sources")
    @guarded
    def _source_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if not self.screen_stack:  # the app is closing
            return
        if event.option_index != event.option_list.highlighted:
            return  # stale: the list has moved on (OptionList highlights row 0 as it is made)
        if event.option.id == ALL_SOURCES:
            if self.reader.source is not None or self.reader.items is not None:
                self.reader.show_overview(self.corpus.sources, self.corpus.quote_count)
        elif event.option.id == COLLECTED:
            from .collecting import show_collection

            show_collection(self)
        elif (source := self.corpus.source(event.option.id or "")) is not None:
            if source is not self.reader.source:
                self.open_source(source)

    @on(OptionList.OptionSelected, "#sources")
    def _source_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id != ALL_SOURCES:
            self.reader.focus()

    @guarded
    def action_step_quote(self, step: int) -> None:
        from ..corpus.navigation import step_quote

        if self.reader.items is not None:  # in the collection: its next quote
            self.reader.step_item(step)
            return
        where = step_quote(self.corpus.sources, self.reader.source, self.reader.current, step)
        if where.reason:
            self.notify(where.reason, severity="warning", timeout=3)
        elif where.source is not self.reader.source:
            self.open_source(where.source, where.quote)
        else:
            self.reader.current = where.quote

    # -- searching ---------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.search_panel.open()

    def action_leave_search(self) -> None:
        if self.screen is self.main_screen:
            self.search_panel.close()
            self.reader.focus()

    def on_search_panel_toggled(self, message: SearchPanel.Toggled) -> None:
        self.reader.set_class(message.searching, "hidden")

    @guarded
    def on_search_panel_hit_chosen(self, message: SearchPanel.HitChosen) -> None:
        from ..corpus.navigation import landing_for_hit

        quote, passage = landing_for_hit(message.hit)
        self.open_source(message.hit.source, quote)
        if passage is not None:  # a paragraph with no quote: c copies the paragraph
            self.reader.show_passage(passage)
        self.reader.focus()

    def watch_scope(self, scope: str) -> None:
        self.results.scope = scope

    # -- copying -----------------------------------------------------------------------

    @property
    def target(self) -> Quote | None:
        """What c copies and s stars: the highlighted search result, else the reader's
        current quote, passage or collected quote."""
        quote = self.search_panel.copy_target
        return self.reader.to_copy if quote is False else quote

    @guarded
    def action_copy(self, bare: bool) -> None:
        """c: the quote with its citation; C (bare): its exact words only."""
        from ..corpus.citation import format_citation  # loaded with the first copy
        from ..corpus.reading import defuse_controls

        quote = self.target
        if quote is None:
            self.notify("No quote selected: press n for the next quote, or / to search.",
                        severity="warning")
            return
        text = format_citation(quote, self.settings.citation_style, bare,
                               self.corpus.speakers.aliases)
        note = None
        if quote.uncertain and not bare:
            from ..corpus.evidence import evidence_line

            note = f"Speaker uncertain ({quote.speaker}: {evidence_line(quote)})"
        self.copy_text(defuse_controls(text), note)

    def copy_text(self, text: str, note: str | None = None) -> None:
        """Everywhere a copy goes (the terminal, the clipboard, the last-copy file);
        ``note`` is said with where it went."""
        self.main_screen.query_one(Copier).copy(text, note)

    @guarded
    def action_star(self) -> None:
        from .collecting import star

        star(self)

    @guarded
    def on_reader_open_quote(self, message: Reader.OpenQuote) -> None:
        self.open_source(message.quote.source, message.quote)
        self.reader.focus()

    @guarded
    def action_help(self) -> None:
        from .help_screen import HelpScreen, live_keys

        self.push_screen(HelpScreen(STYLE_NAMES[self.settings.citation_style],
                                    live_keys(self, self.main_screen)))

    def action_toggle_sources(self) -> None:
        self.source_list.toggle_class("hidden")
