"""The live result list under the search bar: it runs the searches itself, in a worker.

Not on the first screen: the search panel makes and mounts it just after the first
paint (or when first asked for), so its module, and the search's, load then."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual import work
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...corpus.search.results import Hit, SearchResult
from ..guard import error_line, swallowed
from ..keys import LIST_MOVES
from ..rendering import is_collected, render_hit

if TYPE_CHECKING:
    from ...corpus import Corpus

RESULT_LIMIT = 50


class ResultList(OptionList):
    """Hits, best first: speaker, outlet, the words with the matches highlighted.

    It searches ``corpus`` in a worker (a newer query supersedes an older one) and
    posts what happened: ``SearchDone``, ``SearchFailed``, ``IndexReady``."""

    BINDINGS = LIST_MOVES

    def action_page_up(self) -> None:
        """A page up to the top lands on the first hit, not on the count above it
        (OptionList finds no enabled row above the disabled heading: none was left
        highlighted, and Enter opened nothing)."""
        super().action_page_up()
        if self.highlighted is None:
            self.action_first()

    class SearchDone(Message):
        """The hits for ``text`` are shown."""

        def __init__(self, text: str, hits: SearchResult) -> None:
            super().__init__()
            self.text = text
            self.hits = hits

    class SearchEnded(Message):
        """A search's thread is done (found, failed or superseded)."""

    class SearchFailed(Message):
        def __init__(self, text: str, reason: str) -> None:
            super().__init__()
            self.text = text
            self.reason = reason

    class IndexReady(Message):
        """The index for ``scope`` is built: the next keystroke is answered at once."""

        def __init__(self, scope: str) -> None:
            super().__init__()
            self.scope = scope

    scope: var[str] = var("quotes", init=False)
    collected: var[frozenset | None] = var(None, init=False)  # the collection's keys: ★

    def __init__(self, corpus: Corpus, **kwargs) -> None:
        super().__init__(**kwargs)
        self.corpus = corpus
        self.hits = SearchResult()
        self.arriving = False  # more of the folder is still being read (set_corpus)
        self.query_text = ""  # the newest query; an older answer is dropped
        self.ready_scopes: set[str] = set()
        self._reported: set[BaseException] = set()  # meaning tier failures shown
        self._threads = 0  # search threads in a search now (see _refresh)
        self._threads_lock = threading.Lock()
        self._searched: Corpus | None = None  # the corpus the newest search ran on

    def on_mount(self) -> None:
        self.build_index()  # mounted after the first frame, so that is not delayed

    # -- searching ------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Search for ``text`` (an empty query clears the list)."""
        self.query_text = text
        if not text.strip():
            self.show_hits(SearchResult())
            return
        self._start_search()

    def set_corpus(self, corpus: Corpus, build: bool = True, arriving: bool = False) -> None:
        """Search ``corpus`` from now on, the query shown included; ``build``: build
        its index now (else the next search does, as while a large folder's articles
        are still arriving); ``arriving``: more of the folder is still being read, as
        the results say."""
        self.corpus = corpus
        self.arriving = arriving
        self.ready_scopes = set()
        if build:
            self.build_index()
        if self.query_text.strip():
            self._refresh()

    def watch_scope(self) -> None:
        self.build_index()
        if self.query_text.strip():
            self._start_search()

    def _start_search(self) -> None:
        """The newest query on the corpus held now, which the whole search uses: the
        app replaces the corpus as a large folder's articles arrive."""
        self._searched = self.corpus
        self._search(self.query_text, self.scope, self.corpus)

    def _refresh(self) -> None:
        """The query again, on a corpus that grew. While a search runs (its thread
        may be building an index that cannot be stopped), once it ends: a folder's
        articles arrive faster than their indexes are built, one after another."""
        if not self._threads:
            self._start_search()

    def on_result_list_search_ended(self, message: SearchEnded) -> None:
        message.stop()
        if (not self._threads and self._searched is not self.corpus
                and self.query_text.strip()):
            self._start_search()  # the corpus grew while it ran

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, text: str, scope: str, corpus: Corpus) -> None:
        worker = get_current_worker()
        # Counted here, not where it is started: a worker superseded before its
        # thread starts never runs.
        with self._threads_lock:
            self._threads += 1
        try:
            self._find(text, scope, corpus, worker)
        except Exception as error:  # noqa: BLE001 - shown, and typing goes on
            swallowed(error)
            self.post_message(self.SearchFailed(text, f"Search failed: {error_line(error)}"))
        finally:
            with self._threads_lock:
                self._threads -= 1
            self.post_message(self.SearchEnded())

    def _find(self, text: str, scope: str, corpus: Corpus, worker) -> None:
        hits = corpus.search(text, limit=RESULT_LIMIT, scope=scope, wait=False)
        if not worker.is_cancelled:
            self.post_message(self.SearchDone(text, hits))
        if hits.meaning_pending:
            # Its words are shown; once the meaning tier is built (in its own
            # thread), the same query again, unless typing moved on or the corpus grew.
            built = corpus.meaning_built(scope)
            while not built.wait(0.05):
                if worker.is_cancelled or self.corpus is not corpus:
                    return
            hits = corpus.search(text, limit=RESULT_LIMIT, scope=scope, wait=False)
            if not worker.is_cancelled:
                self.post_message(self.SearchDone(text, hits))
        failure = corpus.meaning_failure(scope)
        if failure is not None and failure not in self._reported:
            self._reported.add(failure)  # said once; search goes on by its words
            swallowed(failure)
            self.post_message(self.SearchFailed(
                text, f"Search by meaning is unavailable: {error_line(failure)}"))

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def build_index(self) -> None:
        """Build the index for the current scope before a keystroke needs it."""
        scope = self.scope
        # An empty query builds the index (and, up to MEANING_UP_FRONT quotes, the
        # meaning tier) and searches nothing, so it loads nothing a query would.
        self.corpus.search("", limit=1, scope=scope, wait=False)
        self.post_message(self.IndexReady(scope))

    def on_result_list_index_ready(self, message: IndexReady) -> None:
        self.ready_scopes.add(message.scope)

    def on_result_list_search_done(self, message: SearchDone) -> None:
        if message.text != self.query_text:
            message.stop()  # typing moved on
            return
        note = self._count_note(message.hits)
        if self.arriving:
            # (searched again when every article is in: the list is not yet the folder's)
            note = f"{note} Still reading the folder: these are from the articles read so far."
        self.show_hits(message.hits, note)

    def _count_note(self, hits: SearchResult) -> str:
        if not hits:
            return "No matches."
        total, every, context, meaning = (hits.total, hits.every_word, hits.in_context,
                                          hits.by_meaning)
        some = sum(1 for hit in hits if hit.tier == "partial")
        related = ", ".join(hits.related[:4])
        if every == 0 and not context and not meaning:
            return "Nothing has every word; these have some of them, rarest words first."
        shown = len(hits) - context - meaning - some
        parts = []
        if every:
            count = f"{total:,} match{'' if total == 1 else 'es'}"
            parts.append(count + (f", the best {shown:,} shown" if total > shown else ""))
        elif context:
            parts.append("Nothing has every word itself")
        else:
            parts.append("Nothing has these words")
        if context:
            parts.append(f"then {context:,} found through their question or paragraph")
        # Found by meaning: through related words (named) or the quote's vector.
        like = f"words of like meaning ({related})" if related else "their meaning"
        if meaning and some:
            parts.append(f"then {meaning + some:,} with some of the words or by {like}, "
                         "best first")
        elif meaning:
            parts.append(f"then {meaning:,} found by {like}")
        elif some:
            parts.append(f"below them, {some:,} with some of the words")
        count = "; ".join(parts)
        if self.scope == "paragraphs":
            return f"{count} in every paragraph (Ctrl+P to search quotes only)."
        return f"{count}."

    # -- showing --------------------------------------------------------------------

    def show_hits(self, hits: SearchResult, note: str | None = None) -> None:
        self.hits = hits
        width = self._text_width()
        options = [Option(self._prompt(hit, width), id=f"h{i}") for i, hit in enumerate(hits)]
        if note:
            options.insert(0, Option(Content(note).stylize("dim italic"), disabled=True))
        self.set_options(options)
        # Nothing highlighted while typing: the first Down goes to the first hit (it
        # went to the second), and Enter in the bar opens the first.
        self.highlighted = None

    def _text_width(self) -> int:
        # Just mounted it has no size yet; the screen's width will do, as the width
        # only bounds how much of a long quote is kept around the match.
        return max(40, (self.size.width or self.screen.size.width) - 4)

    def _prompt(self, hit: Hit, width: int):
        from ...corpus.state.navigation import hit_target

        # ★: what s would star (a paragraph hit reads its article's quotes: only then).
        starred = bool(self.collected) and is_collected(hit_target(hit), self.collected)
        return render_hit(hit, width, starred)

    def watch_collected(self) -> None:
        """The ★ marks again, after a star or an un-star."""
        width = self._text_width()
        for index, option in enumerate(self.options):
            if option.id is not None and option.id.startswith("h"):
                self.replace_option_prompt_at_index(
                    index, self._prompt(self.hits[int(option.id[1:])], width))

    def on_focus(self) -> None:
        if self.highlighted is None and self.hits:  # Tab into the list: the first hit
            self.action_cursor_down()

    @property
    def current_hit(self) -> Hit | None:
        index = self.highlighted
        if index is None:
            return None
        option = self.get_option_at_index(index)
        if option.id is None or not option.id.startswith("h"):
            return None
        return self.hits[int(option.id[1:])]
