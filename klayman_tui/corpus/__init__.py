"""The corpus: every file the app opens, its quotes and what a reader does with them.

Plain Python, no Textual or Rich (tests/test_import_hygiene.py checks). The data path,
one sub-package a stage, each importing only the stages before it
(tests/test_layering.py checks):

    words    English word lists (names, titles, roles, reporting verbs)
    ingest   files -> a source's text, blocks and citation metadata
    extract  blocks -> quotes, each with its speaker and the evidence
    cache    parsed sources kept between runs
    search   a query -> ranked hits
    cite     a quote -> its citation in a style, and reference files
    state    the starred collection, moving from quote to quote

Shared by all: ``model`` (the records: Source, Quote, Block, Metadata), ``neutralise``
(outside text made safe to show), ``suffixes``, ``writing`` (the program's own files)
and ``memory``. ``loading`` runs ingest, extract and the cache over a folder, in worker
processes; ``Corpus`` (here) is what the app and the command line hold.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .ingest.speakers import SpeakerBook
from .loading import LoadPlan, LoadStopped, NothingToLoad, bundled_data_dir, plan_load
from .model import Block, Metadata, Quote, QuoteKind, Role, Source

if TYPE_CHECKING:  # the search engine is loaded with the first search, not at start-up
    from .search.index import SearchIndex
    from .search.results import SearchResult

__all__ = ["Block", "Corpus", "LoadPlan", "LoadStopped", "Metadata", "NothingToLoad", "Quote",
           "QuoteKind", "Role", "Source", "SpeakerBook", "bundled_data_dir", "load", "plan"]


class Corpus:
    """Every loaded source, its quotes in reading order, and the warnings from loading."""

    def __init__(self, sources: list[Source], warnings: list[str], speakers: SpeakerBook):
        self.sources = sources
        self.warnings = warnings
        self.speakers = speakers
        self._quotes: list[Quote] | None = None
        self._by_id = {s.id: s for s in sources}
        self._indexes: dict[str, SearchIndex] = {}
        # Held while an index is built: the index worker and the search worker may
        # both ask for one scope's index at once, and it is built once.
        self._building = threading.Lock()
        self._speaker_counts: list[tuple[str, int]] | None = None

    @classmethod
    def from_result(cls, result) -> "Corpus":
        return cls(result.sources, result.warnings, result.book)

    @property
    def quotes(self) -> list[Quote]:
        """Every quote in reading order (reads any source still deferred)."""
        if self._quotes is None:
            self._quotes = [q for s in self.sources for q in s.quotes]
        return self._quotes

    @property
    def quote_count(self) -> int:
        """How many quotes, without reading deferred sources."""
        return sum(s.quote_count for s in self.sources)

    def speaker_counts(self) -> list[tuple[str, int]]:
        """Every speaker with their number of quotes, most quoted first (from the
        sources' summaries: nothing deferred is read)."""
        if self._speaker_counts is None:
            counts: dict[str, int] = {}
            for source in self.sources:
                for name, count in source.speaker_counts().items():
                    counts[name] = counts.get(name, 0) + count
            self._speaker_counts = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return self._speaker_counts

    @property
    def by_id(self) -> dict[str, Source]:
        return self._by_id

    def source(self, source_id: str) -> Source | None:
        return self._by_id.get(source_id)

    def quotes_by(self, speaker: str | None = None, source: str | None = None) -> list[Quote]:
        """Quotes filtered by speaker (name or alias, any case) and source id."""
        quotes = self.quotes
        if speaker:
            wanted = self.speakers.resolve(speaker) or speaker
            quotes = [q for q in quotes if q.speaker.lower() == wanted.lower()]
        if source:
            quotes = [q for q in quotes if q.source.id == source]
        return quotes

    def search(self, query: str, limit: int = 50, scope: str = "quotes",
               wait: bool = True) -> SearchResult:
        """Hits for ``query``, best first (see ``klayman_tui.corpus.search.index``).
        ``wait=False`` (the app, per keystroke) never waits for the meaning tier:
        hits found without it say ``meaning_pending``."""
        from .memory import give_back

        index = self.search_index(scope)
        built = index.beyond.tried
        hits = index.search(query, limit=limit, wait=wait)
        if not built and index.beyond.tried:
            give_back()  # this query built the meaning tier: what its build left
        return hits

    def search_index(self, scope: str = "quotes") -> SearchIndex:
        """``scope``'s search index ("quotes" or "paragraphs"), built on first use,
        once however many threads ask at the same time."""
        from .search.beyond import MEANING_UP_FRONT

        index = self._indexes.get(scope)
        if index is not None:
            return index
        with self._building:
            index = self._indexes.get(scope)
            if index is not None:  # another thread built it meanwhile
                return index
            index = self._build_index(scope)
        # Outside the lock: others search by its words while this thread builds the
        # rest (larger indexes build it when first needed).
        if index.count <= MEANING_UP_FRONT:
            index.beyond.build()
        return index

    def _build_index(self, scope: str) -> SearchIndex:
        from .memory import give_back, hold_large_blocks_apart
        from .search.index import SearchIndex

        hold_large_blocks_apart()
        index = SearchIndex.for_corpus(self, scope)
        self._indexes[scope] = index  # searched by its words while the rest builds
        give_back()
        return index

    def meaning_built(self, scope: str = "quotes") -> threading.Event:
        """An Event set once ``scope``'s meaning tier is built (or found missing)."""
        return self._indexes[scope].beyond.built

    def meaning_failure(self, scope: str = "quotes") -> Exception | None:
        """What stopped ``scope``'s meaning tier being built in the background."""
        return self._indexes[scope].beyond.error


def plan(paths: Iterable[str | Path] | None = None) -> LoadPlan:
    """Find what ``load`` would read, quickly; ``Corpus.from_result(plan.finish())``
    completes it (the app does that after its first paint for a large folder)."""
    return plan_load([Path(p) for p in paths] if paths is not None else None)


def load(paths: Iterable[str | Path] | None = None) -> Corpus:
    """Load the bundled articles, or the files and folders in ``paths``.

    Raises NothingToLoad when no file could be read; unreadable files are skipped and
    listed in ``corpus.warnings``.
    """
    return Corpus.from_result(plan(paths).finish())
