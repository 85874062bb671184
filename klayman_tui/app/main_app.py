"""QuoteExplorer: routes between the source list, the reader and the search, and copies."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from textual import on
from textual.app import App, ComposeResult
from textual.reactive import reactive, var
from textual.screen import Screen
from textual.widgets import Input, OptionList

from .. import gc_pause
from ..corpus import Corpus, LoadPlan, Quote, Source
from ..corpus.model import UNKNOWN_SPEAKER
from .guard import guarded
from .keys import APP_KEYS
from .messages import (CorpusReady, ExportChosen, ScopeChosen, SourceChosen,
                       SourcesArrived, SpeakerChosen, StyleChosen)
from .notices import warning_toasts
from .rendering import GONE_FROM_ARTICLE, SpeakerColours
from .settings import Settings, load_settings
from .widgets.key_bar import KeyBar
from .widgets.overview import Overview
from .widgets.reader import Reader, View
from .widgets.search_panel import SearchPanel
from .widgets.source_list import ALL_SOURCES, COLLECTED, SourceList

if TYPE_CHECKING:  # mounted just after the first paint (see _mount_unseen)
    from .widgets.article_view import ArticleView
    from .widgets.collection_view import CollectionView
    from .widgets.copier import Copier
    from .widgets.result_list import ResultList


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

    # Set by the palette; the result list starts on quotes too (and is made after the
    # first paint: no watcher call at start-up).
    scope: reactive[str] = reactive("quotes", init=False)
    # The collection's keys (None until it is read): the views' ★ marks follow it.
    collected: var[frozenset | None] = var(None)

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
        self._held_copy: str | None = None  # a copy that went by tmux, not OSC 52
        self.crash_message: str | None = None  # set when an exception ends the app
        self._unseen_mounted = False  # the views not on the first screen (_mount_unseen)
        self._switch_interval: float | None = None  # Python's, while lowered (below)
        if settings is None:
            settings, problem = load_settings()
            self._notices += [problem] if problem else []
        self.settings = settings

    def compose(self) -> ComposeResult:
        # The key bar docks at the bottom, the source list left (see app.tcss).
        yield KeyBar(id="keys")
        yield SourceList(self.corpus.sources, self.corpus.quote_count,
                         id="sources").data_bind(QuoteExplorer.collected)
        yield SearchPanel(self.corpus, id="search-panel").data_bind(QuoteExplorer.collected)
        if self._pending is not None:
            from .widgets.loader import Loader

            yield Loader(self._pending, id="loader")
        with Reader(id="reader"):
            yield Overview(self.corpus.sources, self.corpus.quote_count, id=View.OVERVIEW.value)
        # The article and collection views and the copier are not on the first screen:
        # they are mounted just after it is painted (_mount_unseen).

    def on_mount(self) -> None:
        if self.settings.keys:  # remaps that would lose Quit or Help are refused
            from .keymap import apply_keymap

            self._notices += apply_keymap(self, self.settings.keys)
        # "All sources": the first ↓ opens the first article (★ Collected is above it).
        self.source_list.select_option_id(ALL_SOURCES)
        if self._pending is None:
            self._report_warnings()
        self._hand_over_the_first_frame()
        self.call_after_refresh(self._mount_unseen)
        self.call_after_refresh(self._read_collection)
        self.call_after_refresh(gc_pause.resume_frozen)  # paused by the command (gc_pause.py)

    def _hand_over_the_first_frame(self) -> None:
        """Textual's writer thread sends each frame to the terminal, and needs the GIL
        to do it, while this thread goes on laying out and drawing: at Python's default
        switch interval (5 ms) the first frame waited 5-9 ms between being queued and
        written in tmux, 1.5 ms at 0.5 ms. Until the first paint, threads switch every
        0.5 ms; then as before."""
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch_interval, 0.0005))
        self.call_after_refresh(self._first_frame_handed_over)

    def _first_frame_handed_over(self) -> None:
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None

    def on_unmount(self) -> None:
        # Also when the app ends before the main screen's first refresh ran its
        # callbacks (help opened at once, then quit).
        self._first_frame_handed_over()

    def _mount_unseen(self) -> None:
        """Mount what the first screen does not show: the article and collection views
        (hidden in the reader) and the copier. Called just after the first paint, or
        earlier by whatever first needs one of them; their imports come with them."""
        if self._unseen_mounted:
            return
        self._unseen_mounted = True
        from .widgets.article_view import ArticleView
        from .widgets.collection_view import CollectionView
        from .widgets.copier import Copier

        article = ArticleView(SpeakerColours(self.corpus.speaker_counts()),
                              id=View.ARTICLE.value)
        article.set_reactive(ArticleView.collected, self.collected)  # then watch_collected
        views = (article, CollectionView(id=View.COLLECTION.value))
        for view in views:
            view.display = False  # the reader shows one view at a time
        self.reader.mount(*views)
        self.main_screen.mount(Copier())

    def watch_collected(self, collected: frozenset | None) -> None:
        if self._unseen_mounted:
            self.article.collected = collected

    @property
    def collection(self):
        """The starred quotes (corpus/state/collection.py), read when first needed."""
        if self._collection is None:
            from ..corpus.state.collection import Collection

            self._collection = Collection.for_paths(self._collection_paths)
        return self._collection

    def _read_collection(self) -> None:
        self.collected = frozenset(entry.key for entry in self.collection.entries)
        if self.collection.warning:
            self.notify(self.collection.warning, severity="warning", markup=False, timeout=8)

    def on_sources_arrived(self, message: SourcesArrived) -> None:
        """A large folder's first articles: listed, readable and searchable while the
        rest are parsed (speakers are linked across articles when all are in)."""
        # A new list: the corpus shown so far, which a search may be reading, keeps its own.
        self._arrived = self._arrived + message.sources
        # Not an index per batch (30,000 articles come in 150): the next search builds it.
        self._show_corpus(Corpus(self._arrived, [], self.corpus.speakers), arriving=True)

    def on_corpus_ready(self, message: CorpusReady) -> None:
        self._pending, self._arrived = None, []
        self.main_screen.query_one("#loader").remove()
        self.article.colours = SpeakerColours(message.corpus.speaker_counts())
        self._show_corpus(message.corpus)
        self._report_warnings()

    def _show_corpus(self, corpus: Corpus, arriving: bool = False) -> None:
        """List ``corpus`` (``arriving``: more of it is still being read), keeping an
        article opened meanwhile in the reader."""
        self.corpus = corpus
        reading = self.reader.current == View.ARTICLE
        self.source_list.show_sources(corpus.sources, corpus.quote_count,
                                      keep_place=arriving or reading)
        self.overview.show(corpus.sources, corpus.quote_count)
        self.results.set_corpus(corpus, build=not arriving, arriving=arriving)

    def _report_warnings(self) -> None:
        for warning in warning_toasts(list(self.corpus.warnings), self._collection_paths,
                                      settings=self._notices):
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
    def article(self) -> ArticleView:
        self._mount_unseen()
        return self.reader.get_child_by_id(View.ARTICLE.value)

    @property
    def collection_view(self) -> CollectionView:
        self._mount_unseen()
        return self.reader.get_child_by_id(View.COLLECTION.value)

    @property
    def copier(self) -> Copier:
        self._mount_unseen()
        return self.main_screen.query_one("Copier")

    @property
    def overview(self) -> Overview:
        return self.reader.get_child_by_type(Overview)

    @property
    def source_list(self) -> SourceList:
        return self.main_screen.query_one(SourceList)

    @property
    def search_panel(self) -> SearchPanel:
        return self.main_screen.query_one(SearchPanel)

    @property
    def results(self) -> ResultList:
        return self.search_panel.results

    def focus_reader(self) -> None:
        """Focus the view the reader shows."""
        self.reader.view.focus()

    # -- what the reader shows ---------------------------------------------------------

    def show_view(self, view: View) -> None:
        """Switch the reader to ``view``; an article left is closed."""
        if view is not View.ARTICLE:
            self.article.close()
        self.reader.current = view

    @guarded
    def open_source(self, source: Source, quote: Quote | None = None) -> None:
        """Show ``source`` in the reader with ``quote`` current."""
        self.search_panel.close()
        self.article.show(source, quote)
        self.show_view(View.ARTICLE)
        self.source_list.select_source(source.id)

    def show_collection(self, index: int | None = 0) -> None:
        self.collection_view.show(self.collection.items(self.corpus.by_id), index)
        self.show_view(View.COLLECTION)

    @on(OptionList.OptionHighlighted, "#sources")
    @guarded
    def _source_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if not self.screen_stack:  # the app is closing
            return
        if event.option_index != event.option_list.highlighted:
            return  # stale: the list has moved on (OptionList highlights row 0 as it is made)
        if event.option.id == ALL_SOURCES:
            if self.reader.current != View.OVERVIEW:
                self.overview.show(self.corpus.sources, self.corpus.quote_count)
                self.show_view(View.OVERVIEW)
        elif event.option.id == COLLECTED:
            self.show_collection()
        elif (source := self.corpus.source(event.option.id or "")) is not None:
            if self.reader.current != View.ARTICLE or source is not self.article.source:
                self.open_source(source)

    @on(OptionList.OptionSelected, "#sources")
    def _source_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id != ALL_SOURCES:
            self.focus_reader()

    @guarded
    def action_step_quote(self, step: int) -> None:
        from ..corpus.state.navigation import step_quote

        if self.reader.current == View.COLLECTION:  # in the collection: its next quote
            self.collection_view.step(step)
            return
        reading = self.reader.current == View.ARTICLE
        source = self.article.source if reading else None
        where = step_quote(self.corpus.sources, source, self.article.copy_target, step)
        if where.reason:
            self.notify(where.reason, severity="warning", timeout=3)
        elif where.source is not source:
            self.open_source(where.source, where.quote)
        else:
            self.article.current = where.quote

    @guarded
    def on_collection_view_open_quote(self, message: CollectionView.OpenQuote) -> None:
        self.open_source(message.quote.source, message.quote)
        self.article.focus()

    # -- searching ---------------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.search_panel.open()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """None (shown dimmed, the key goes on to the focused widget): `/`, a priority
        key (keys.py), is a character in a text field and on another screen."""
        if action == "focus_search" and (self.screen is not self.main_screen
                                         or isinstance(self.focused, Input)):
            return None
        return True

    def action_leave_search(self) -> None:
        if self.screen is self.main_screen:
            self.search_panel.close()
            self.focus_reader()

    def on_search_panel_toggled(self, message: SearchPanel.Toggled) -> None:
        self.reader.set_class(message.searching, "hidden")

    @guarded
    def on_search_panel_hit_chosen(self, message: SearchPanel.HitChosen) -> None:
        from ..corpus.state.navigation import landing_for_hit

        quote, passage = landing_for_hit(message.hit)
        self.open_source(message.hit.source, quote)
        if passage is not None:  # a paragraph found: c copies it, as it did in the list
            self.article.show_passage(passage)
        self.article.focus()

    def watch_scope(self, scope: str) -> None:
        self.results.scope = scope

    # -- copying and collecting ----------------------------------------------------------

    @property
    def target(self) -> Quote | None:
        """What c copies and s stars: while the search has the focus, its highlighted
        result; else what the reader shows as current."""
        panel = self.search_panel
        return panel.copy_target if panel.has_target_focus else self.reader.view.copy_target

    @guarded
    def action_copy(self, bare: bool) -> None:
        """c: the quote with its citation; C (bare): its exact words only."""
        from ..corpus.cite.citation import format_citation  # loaded with the first copy
        from ..corpus.ingest.reading import defuse_controls

        quote = self.target
        if quote is None:
            self.notify(GONE_FROM_ARTICLE if self._missing_item() else
                        "No quote selected: press n for the next quote, or / to search.",
                        severity="warning")
            return
        text = format_citation(quote, self.settings.citation_style, bare,
                               self.corpus.speakers.aliases)
        note = None
        if quote.uncertain and not bare:
            from ..corpus.extract.evidence import evidence_line

            note = (f"Speaker unknown, cited to the article ({evidence_line(quote)})"
                    if quote.speaker == UNKNOWN_SPEAKER else
                    f"Speaker uncertain ({quote.speaker}: {evidence_line(quote)})")
        self.copy_text(defuse_controls(text), note)

    def copy_text(self, text: str, note: str | None = None) -> None:
        """Everywhere a copy goes (the terminal, the clipboard, the last-copy file);
        ``note`` is said with where it went."""
        self.copier.copy(text, note)

    @property
    def clipboard(self) -> str:
        """The last text copied in the app, including a copy that went by tmux's
        buffer rather than by OSC 52 (see Copier)."""
        return self._held_copy if self._held_copy is not None else super().clipboard

    def hold_copy(self, text: str) -> None:
        """Keep ``text`` as the app's clipboard without sending it by OSC 52."""
        self._held_copy = text

    def copy_to_clipboard(self, text: str) -> None:
        self._held_copy = None
        super().copy_to_clipboard(text)

    @guarded
    def action_star(self) -> None:
        """s: star what c would copy; s again un-stars it."""
        target = self.target
        missing = self._missing_item() if target is None else None
        if missing is not None:  # words edited out of the article: only s removes it
            self.collection.remove(missing.entry)
        elif target is None:
            self.notify("Nothing to star: press n for the next quote, or / to search.",
                        severity="warning")
            return
        starred = target is not None and self.collection.toggle(target)
        count = len(self.collection)
        self.notify(f"★ Collected ({count})" if starred else
                    f"Removed from the collection ({count} left)", timeout=3)
        self.collected = frozenset(entry.key for entry in self.collection.entries)
        if self.reader.current == View.COLLECTION:  # un-starred there: it goes
            self.show_collection(self.collection_view.index)

    def _missing_item(self):
        """The collected entry current in the collection when its words are no longer
        in its article (there is no quote to copy or star), else None."""
        if self.reader.current != View.COLLECTION or self.search_panel.has_target_focus:
            return None
        item = self.collection_view.current_item
        return item if item is not None and item.missing else None

    # -- the palette's commands ----------------------------------------------------------

    @guarded
    def on_style_chosen(self, message: StyleChosen) -> None:
        """Copies use the style from now on, and in later runs."""
        from .settings import save_settings

        self.settings.citation_style = message.style.name
        self.notify(f"Citation style: {message.style.display}", markup=False, timeout=3)
        if problem := save_settings(self.settings):
            self.notify(problem, severity="warning", markup=False)

    def on_speaker_chosen(self, message: SpeakerChosen) -> None:
        """Put ``speaker:name`` in the search bar and search."""
        speaker = message.speaker
        self.search_panel.search_for(f'speaker:"{speaker}" ' if " " in speaker
                                     else f"speaker:{speaker} ")

    def on_scope_chosen(self, message: ScopeChosen) -> None:
        self.scope = message.scope
        self.notify("Searching every paragraph." if message.scope == "paragraphs"
                    else "Searching quotes only.", timeout=3)

    def on_source_chosen(self, message: SourceChosen) -> None:
        self.open_source(message.source)

    @guarded
    def on_export_chosen(self, message: ExportChosen) -> None:
        """The collection in the chosen format, to a new file and copied too."""
        from ..corpus.cite.exports import cited_from_collection

        if not len(self.collection):
            self.notify("The collection is empty: press s on a quote to star it.",
                        severity="warning")
            return
        cited = cited_from_collection(self.corpus, self.collection)
        self.copier.export(cited, message.format, self.collection.path)

    @guarded
    def action_help(self) -> None:
        from ..corpus.cite.styles import style_named
        from .widgets.help_screen import HelpScreen, live_keys

        self.push_screen(HelpScreen(style_named(self.settings.citation_style).display,
                                    live_keys(self, self.main_screen)))

    def action_toggle_sources(self) -> None:
        self.source_list.toggle_class("hidden")
