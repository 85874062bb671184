"""QuoteExplorer: the source list, the reader and the live search bar."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import OptionList
from textual.worker import get_current_worker

from ..corpus import Corpus, LoadPlan, NothingToLoad, Quote, Source
from ..corpus.citation_styles import STYLE_NAMES
from .commands import QuoteCommands
from .guard import guarded, swallowed
from .key_bar import KeyBar
from .loading_messages import CorpusReady, LoadFailed, LoadProgress
from .reader import Reader
from .rendering import SpeakerColours
from .search_panel import ResultList, SearchBar
from .settings import Settings, load_settings, save_settings
from .source_list import ALL_SOURCES, SourceList

if TYPE_CHECKING:  # numpy and rapidfuzz load with the first search, not at start-up
    from ..corpus.search import Hit

RESULT_LIMIT = 50
_MAX_WARNING_TOASTS = 3


class QuoteExplorer(App[None]):
    """Find a quote, read it in context, copy it with its citation."""

    CSS_PATH = "app.tcss"
    AUTO_FOCUS = "#sources"
    TITLE = "klayman-tui"
    COMMANDS = App.COMMANDS | {QuoteCommands}
    # The one list of the app's keys: the key bar shows ``description``, help shows
    # ``tooltip``, and settings remap them by ``id``.
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="search",
                tooltip="search (live, per keystroke)"),
        Binding("escape", "leave_search", "Leave search", id="leave_search", show=False,
                tooltip="leave the search bar"),
        Binding("n", "next_quote", "Next quote", id="next_quote",
                tooltip="next quote in the reader"),
        Binding("N", "previous_quote", "Prev quote", id="previous_quote",
                tooltip="previous quote in the reader"),
        Binding("c", "copy_cite", "Copy+cite", id="copy_cite",
                tooltip="copy the current quote with its citation"),
        Binding("C", "copy_bare", "Copy", id="copy_bare",
                tooltip="copy the current quote's exact words only"),
        Binding("question_mark", "help", "Help", id="help", tooltip="this help"),
        Binding("ctrl+b", "toggle_sources", "Sources", id="toggle_sources", show=False,
                tooltip="show / hide the source list"),
        Binding("q", "quit", "Quit", id="quit", tooltip="quit"),
    ]

    scope: reactive[str] = reactive("quotes")

    def __init__(self, corpus: Corpus, settings: Settings | None = None,
                 pending: LoadPlan | None = None) -> None:
        """``pending``: a folder still to parse. The app paints at once with
        ``corpus`` (empty) and shows the articles when the parse is done."""
        super().__init__()
        self.corpus = corpus
        self._pending = pending
        self._settings_warning: str | None = None
        self._refused_keys: list[str] = []
        self.crash_message: str | None = None  # set when an exception ends the app
        self._passage: Quote | None = None  # a paragraph opened from a search
        if settings is None:
            settings, self._settings_warning = load_settings()
        self.settings = settings
        self.colours = SpeakerColours(corpus.speaker_counts())
        # Hidden until the first search, so it is mounted after the first frame.
        self._results = ResultList(id="results")

    # -- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # No containers: the key bar docks at the bottom, the source list docks left
        # (leaving the key bar's row, see app.tcss), the search bar and the reader fill
        # the rest. Two fewer nodes to style and lay out makes the first frame sooner.
        yield KeyBar(id="keys")
        sources = SourceList(self.corpus.sources, len(self.corpus.quotes), id="sources")
        sources.border_title = Content("Sources")
        yield sources
        yield SearchBar(placeholder="/ to search quotes — words, \"phrase\", "
                                    "speaker:name, source:outlet", id="search")
        reader = Reader(self.colours, id="reader")
        with reader:  # the overview is there at the first paint
            yield reader.overview(self.corpus.sources, len(self.corpus.quotes))

    def on_mount(self) -> None:
        if self.settings.keys:
            from .keymap import checked_keymap

            keymap, self._refused_keys = checked_keymap(self.settings.keys, self.BINDINGS)
            self.set_keymap(keymap)
        self.source_list.highlighted = 0  # "All sources": the first ↓ opens the first article
        self.call_after_refresh(self._mount_results)
        if self._pending is not None:
            self._show_progress(0, len(self._pending.found))
            self.load_pending(self._pending)
            return
        self._report_warnings()
        # After the first paint, so building the index never delays the first screen.
        self.set_timer(0.3, self.build_index)

    # -- a large folder, parsed after the first paint ----------------------------------

    @work(thread=True, exclusive=True, group="load")  # an error ends the app: no hang
    def load_pending(self, plan: LoadPlan) -> None:
        """Parse in a thread, posting progress; one process, so nothing is forked
        from a program that has threads."""
        def progress(done: int, total: int) -> None:
            self.post_message(LoadProgress(done, total))

        try:
            result = plan.finish(progress=progress, parallel=False)
        except NothingToLoad as error:
            self.post_message(LoadFailed(str(error)))
            return
        self.post_message(CorpusReady(Corpus.from_result(result)))

    def _show_progress(self, done: int, total: int) -> None:
        self.source_list.border_title = Content(f"Sources — reading {done:,}/{total:,}")
        self.reader.show_message(
            f"Reading {total:,} article{'' if total == 1 else 's'}: {done:,} done. The "
            "list fills in when they are all read; you can search once it does.")

    def on_load_progress(self, message: LoadProgress) -> None:
        self._show_progress(message.done, message.total)

    def on_load_failed(self, message: LoadFailed) -> None:
        self.source_list.border_title = Content("Sources")
        self.reader.show_message(message.reason)
        self.notify(message.reason, severity="error", markup=False, timeout=30)

    def on_corpus_ready(self, message: CorpusReady) -> None:
        self._pending = None
        self.corpus = message.corpus
        self.colours = SpeakerColours(self.corpus.speaker_counts())
        self.reader.colours = self.colours
        self.source_list.set_options(
            SourceList.options_for(self.corpus.sources, len(self.corpus.quotes)))
        self.source_list.border_title = Content("Sources")
        self.source_list.highlighted = 0
        self.show_overview()
        self._report_warnings()
        self.build_index()

    def _fatal_error(self) -> None:
        """An unexpected exception: one line for the terminal (printed by the command
        line after the app has left the screen), the details in a crash report file.

        Replaces Textual's full traceback with locals, which could hold file text."""
        from .crash import crash_line

        self.crash_message = crash_line(self._exception)
        self._close_messages_no_wait()

    def _report_warnings(self) -> None:
        warnings = list(self.corpus.warnings)
        warnings[:0] = self._refused_keys
        if self._settings_warning:
            warnings.insert(0, self._settings_warning)
        for warning in warnings[:_MAX_WARNING_TOASTS]:
            self.notify(warning, severity="warning", markup=False, timeout=8)
        if len(warnings) > _MAX_WARNING_TOASTS:
            self.notify(f"{len(warnings) - _MAX_WARNING_TOASTS} more warnings: run "
                        "`klayman-tui sources` to list them.", severity="warning",
                        markup=False, timeout=8)

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def build_index(self) -> None:
        """Build the search index before the first keystroke needs it."""
        self.corpus.search("warm up", limit=1, scope=self.scope)

    # -- widgets ------------------------------------------------------------------
    # Looked up on the main screen, so they are found while help or the palette is up.

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
    def results(self) -> ResultList:
        self._mount_results()  # in case a search comes first
        return self._results

    def _mount_results(self) -> None:
        if self._results.parent is None:
            self.main_screen.mount(self._results, after=self.search_bar)

    @property
    def search_bar(self) -> SearchBar:
        return self.main_screen.query_one(SearchBar)

    def _set_results_visible(self, visible: bool) -> None:
        self.results.set_class(visible, "visible")
        self.reader.set_class(visible, "hidden")

    # -- sources and reading ---------------------------------------------------------

    def show_overview(self) -> None:
        self.reader.show_overview(self.corpus.sources, len(self.corpus.quotes))

    @guarded
    def open_source(self, source: Source, quote: Quote | None = None) -> None:
        """Show ``source`` in the reader with ``quote`` current."""
        self._passage = None
        self._set_results_visible(False)
        self.reader.show_source(source, quote)
        self.source_list.select_source(source.id)

    @on(OptionList.OptionHighlighted, "#sources")
    @guarded
    def _source_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        option_id = event.option.id
        if option_id == ALL_SOURCES:
            if self.reader.source is not None:
                self.show_overview()
            return
        source = self.corpus.source(option_id or "")
        if source is not None and source is not self.reader.source:
            self.open_source(source)

    @on(OptionList.OptionSelected, "#sources")
    @guarded
    def _source_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id != ALL_SOURCES:
            self.reader.focus()

    def action_next_quote(self) -> None:
        self._step_quote(+1)

    def action_previous_quote(self) -> None:
        self._step_quote(-1)

    @guarded
    def _step_quote(self, step: int) -> None:
        from ..corpus.navigation import step_quote

        landing = step_quote(self.corpus.sources, self.reader.source, self.reader.current,
                             step)
        if landing.reason:
            self.notify(landing.reason, severity="warning", timeout=3)
        elif landing.source is not self.reader.source:
            self.open_source(landing.source, landing.quote)
        else:
            self.reader.current = landing.quote

    # -- searching ----------------------------------------------------------------

    def action_focus_search(self) -> None:
        self.search_bar.focus()
        if self.search_bar.value.strip():
            self._set_results_visible(True)

    def action_leave_search(self) -> None:
        if self.screen is not self.main_screen:
            return
        self._set_results_visible(False)
        self.reader.focus()

    @on(SearchBar.Changed, "#search")
    @guarded
    def _query_changed(self, event: SearchBar.Changed) -> None:
        if not event.value.strip():
            self.results.show_hits([])
            self._set_results_visible(False)
            return
        self.run_search(event.value, self.scope)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, text: str, scope: str) -> None:
        """Search off the UI thread; a newer keystroke supersedes this one."""
        try:
            hits = self.corpus.search(text, limit=RESULT_LIMIT, scope=scope)
        except Exception as error:  # noqa: BLE001 - shown, and typing goes on
            swallowed(error)
            self.call_from_thread(self.notify, f"Search failed: {error}", severity="error",
                                  markup=False)
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_hits, text, hits)

    @guarded
    def _show_hits(self, text: str, hits: list[Hit]) -> None:
        if text != self.search_bar.value:
            return  # typing moved on
        total = getattr(hits, "total", len(hits))
        count = f"{total:,} match{'' if total == 1 else 'es'}"
        if total > len(hits):
            count += f", the best {len(hits):,} shown"
        if not hits:
            note = "No matches."
        elif hits[0].tier == "partial":
            note = f"Nothing has every word; these miss one ({count})."
        elif self.scope == "paragraphs":
            note = f"{count} in every paragraph (Ctrl+P to search quotes only)."
        else:
            note = f"{count}."
        self.results.show_hits(hits, note)
        self._set_results_visible(self.search_bar.has_focus or self.results.has_focus)

    def action_result_down(self) -> None:
        self.results.action_cursor_down()

    def action_result_up(self) -> None:
        self.results.action_cursor_up()

    @on(SearchBar.Submitted, "#search")
    @on(OptionList.OptionSelected, "#results")
    @guarded
    def _open_current_hit(self) -> None:
        """Enter in the search bar, or on a result: open the highlighted hit."""
        hit = self.results.current_hit
        if hit is not None:
            self.open_hit(hit)

    @guarded
    def open_hit(self, hit: Hit) -> None:
        quote = hit.quote
        if quote is None:  # a paragraph: the first quote in it, if any
            from ..corpus.navigation import quotes_in_paragraph

            quote = next(iter(quotes_in_paragraph(hit.source, hit.block.index)), None)
        self.open_source(hit.source, quote)
        if quote is None:
            from ..corpus.model import passage

            self._passage = passage(hit.block)  # what c copies: the paragraph found
            self.reader.scroll_to_paragraph(hit.block.index)
        self.reader.focus()

    def watch_scope(self, scope: str) -> None:
        if self.is_mounted and self.search_bar.value.strip():
            self.run_search(self.search_bar.value, scope)

    @guarded
    def action_toggle_scope(self) -> None:
        self.scope = "paragraphs" if self.scope == "quotes" else "quotes"
        self.notify("Searching every paragraph." if self.scope == "paragraphs"
                    else "Searching quotes only.", timeout=3)
        self.build_index()

    @guarded
    def filter_by_speaker(self, speaker: str) -> None:
        value = f'speaker:"{speaker}" ' if " " in speaker else f"speaker:{speaker} "
        self.search_bar.value = value
        self.search_bar.cursor_position = len(value)
        self.action_focus_search()

    # -- copying ------------------------------------------------------------------

    def _quote_to_copy(self) -> Quote | None:
        from ..corpus.model import passage

        if self.results.has_class("visible") and (self.results.has_focus
                                                  or self.search_bar.has_focus):
            hit = self.results.current_hit
            if hit is None:
                return None
            return hit.quote or passage(hit.block)  # a paragraph found: a passage
        return self.reader.current or self._passage

    def action_copy_cite(self) -> None:
        self._copy(bare=False)

    def action_copy_bare(self) -> None:
        self._copy(bare=True)

    @guarded
    def _copy(self, bare: bool) -> None:
        # Loaded with the first copy, not at start-up.
        from ..corpus.citation import format_citation
        from ..corpus.reading import defuse_controls

        quote = self._quote_to_copy()
        if quote is None:
            self.notify("No quote selected: press n for the next quote, or / to search.",
                        severity="warning")
            return
        text = defuse_controls(format_citation(quote, self.settings.citation_style, bare))
        if os.environ.get("TMUX"):
            # tmux load-buffer -w reaches tmux and the outer terminal: OSC 52 as well
            # would leave two identical buffers. It is the fallback if that fails.
            self._clipboard = text
        else:
            self.copy_to_clipboard(text)  # OSC 52, and app.clipboard
        self.deliver_copy(text)

    @work(thread=True, group="copy", exit_on_error=False)
    def deliver_copy(self, text: str) -> None:
        """The native clipboard, tmux and the last-copy file, off the UI thread."""
        from .clipboard import deliver_elsewhere  # loaded with the first copy

        try:
            delivery = deliver_elsewhere(text)
        except Exception as error:  # noqa: BLE001 - OSC 52 already went out
            swallowed(error)
            self.call_from_thread(self.notify, f"Copied to the terminal only ({error})",
                                  severity="warning", markup=False)
            return
        if os.environ.get("TMUX") and not delivery.tmux:
            self.call_from_thread(self.copy_to_clipboard, text)
        message, severity = delivery.summary(len(text))
        self.call_from_thread(self.notify, message, severity=severity, markup=False)

    @guarded
    def set_citation_style(self, style: str) -> None:
        self.settings.citation_style = style
        problem = save_settings(self.settings)
        self.notify(f"Citation style: {STYLE_NAMES[style]}", markup=False, timeout=3)
        if problem:
            self.notify(problem, severity="warning", markup=False)

    # -- the rest -----------------------------------------------------------------

    @guarded
    def action_help(self) -> None:
        from .help_screen import HelpScreen

        keys = []  # (keys as shown, what they do), from the live, remapped bindings
        seen: dict[str, int] = {}
        for binding in self.main_screen.active_bindings.values():
            binding = binding.binding
            if binding.id is None and binding.action != "command_palette":
                continue
            shown = self.get_key_display(binding)
            if binding.action in seen:
                index = seen[binding.action]
                keys[index] = (f"{keys[index][0]}  {shown}", keys[index][1])
                continue
            seen[binding.action] = len(keys)
            keys.append((shown, binding.tooltip or binding.description))
        self.push_screen(HelpScreen(STYLE_NAMES[self.settings.citation_style], keys))

    def action_toggle_sources(self) -> None:
        self.source_list.toggle_class("hidden")
