"""Find article files, read them, and parse each into a Source."""

from __future__ import annotations

import gc
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .discovery import Found, discover
from .model import Metadata, Source
from .neutralise import neutral_line
from .parse_cache import CacheKey, cache_key, read_cached, write_cached
from .speakers import SpeakerBook

SIDECAR_NAME = "sources.toml"


class NothingToLoad(Exception):
    """No path given could be read; the message is one line for the user."""


def bundled_data_dir() -> Path:
    """The bundled articles: inside the installed package, or ``data/`` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "data", here.parent / "data"):
        if (candidate / "sources.toml").is_file():
            return candidate
    return here / "data"


@dataclass
class LoadResult:
    sources: list[Source] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    book: SpeakerBook = field(default_factory=SpeakerBook)


def parse_source(source_id: str, path: str, text: str, entry: dict | None,
                 book: SpeakerBook, encoding: str = "utf-8",
                 page: Metadata | None = None) -> Source:
    """Parse one article's text into paragraphs with roles and quotes. ``page``: what
    a web page or PDF says of itself; a ``sources.toml`` entry wins over it."""
    # Imported here: a start-up served from the parse cache never needs them.
    from .blocks import build_blocks
    from .metadata import curated_metadata, infer_metadata
    from .quotes import extract_quotes

    metadata = curated_metadata(entry) if entry else Metadata()
    if entry and page:
        metadata = _filled(metadata, page)
    boilerplate = frozenset(neutral_line(b) for b in (entry or {}).get("boilerplate", []))
    source = Source(id=source_id, path=path, text=text, metadata=metadata, encoding=encoding)

    def blocks_for(meta: Metadata):
        return build_blocks(source, kind=meta.kind, interviewee=meta.interviewee,
                            interviewer=meta.interviewer, outlet=meta.outlet,
                            title=meta.title, extra_boilerplate=boilerplate, book=book)

    blocks, turns = blocks_for(metadata)
    if entry is None:
        metadata = source.metadata = _filled(page, infer_metadata(text, blocks)) \
            if page else infer_metadata(text, blocks)
        if metadata.kind == "interview":
            blocks, turns = blocks_for(metadata)
    if metadata.interviewee:
        book.learn(metadata.interviewee)
    source.blocks = blocks
    source.quotes = extract_quotes(source, turns, book)
    source.compact()
    return source


def _filled(first: Metadata, then: Metadata) -> Metadata:
    """``first``, its missing fields taken from ``then``."""
    from dataclasses import fields, replace

    return replace(first, **{f.name: getattr(then, f.name) for f in fields(Metadata)
                             if getattr(first, f.name) is None})


Progress = Callable[[int, int], None]  # (files read, files in all)


@dataclass
class LoadPlan:
    """What a load will read, found quickly: the files, discovery's warnings, and the
    cached result when there is one. ``finish`` does the (possibly long) parsing."""

    found: list[Found]
    warnings: list[str]
    key: CacheKey | None
    cached: LoadResult | None

    @property
    def quick(self) -> bool:
        """Cached, or small enough to parse before the first paint."""
        return self.cached is not None or (self.key is not None
                                           and self.key.total <= QUICK_PARSE_BYTES)

    def finish(self, progress: Progress | None = None, parallel: bool = True) -> LoadResult:
        # Parsing allocates many small objects and none of them is garbage, so the
        # cyclic collector would only re-scan them (a third of the time on 2,000).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return _finish(self, progress, parallel)
        finally:
            if collecting:
                gc.enable()


# Under this much text a corpus is parsed before the app paints (a fraction of a
# second); above it the app paints first and shows progress while it parses.
QUICK_PARSE_BYTES = 1024 * 1024


def plan_load(paths: list[Path] | None) -> LoadPlan:
    """Find the files under ``paths`` (the bundled ones when None) and look for a
    cached parse; raises NothingToLoad when there is no file at all."""
    if paths is None:
        paths = [bundled_data_dir()]
    warnings: list[str] = []
    found = discover(paths, warnings)
    warnings = [neutral_line(w) for w in warnings]
    if not found:
        reason = warnings[-1] if warnings else "nothing given"
        raise NothingToLoad(f"no readable articles ({reason})")
    folders = list(dict.fromkeys(item.folder for item in found))
    key = cache_key([item.path for item in found], [f / SIDECAR_NAME for f in folders])
    cached = read_cached(key) if key else None
    return LoadPlan(found, warnings, key, cached if isinstance(cached, LoadResult) else None)


def load_sources(paths: list[Path] | None) -> LoadResult:
    """Read every article under ``paths`` (the bundled ones when None)."""
    return plan_load(paths).finish()


def _finish(plan: LoadPlan, progress: Progress | None, parallel: bool) -> LoadResult:
    found_warnings, found, key = plan.warnings, plan.found, plan.key
    cached = plan.cached
    if cached is not None:
        cached.warnings = [neutral_line(w) for w in found_warnings + cached.warnings]
        return cached
    result = _parse_all(found, progress, parallel)
    link_bare_surnames(result.sources)
    # Warnings name files and folders: one line each, nothing raw from a name.
    result.warnings = [neutral_line(w) for w in result.warnings]
    found_warnings = [neutral_line(w) for w in found_warnings]
    if not result.sources:
        warnings = found_warnings + result.warnings
        reason = warnings[-1] if warnings else "nothing given"
        raise NothingToLoad(f"no readable articles ({reason})")
    if key:
        write_cached(key, result)  # with the parse warnings only: discovery's are fresh
    result.warnings = found_warnings + result.warnings
    return result


def link_bare_surnames(sources: list[Source]) -> None:
    """Across the corpus, the same full name is one speaker, and a bare surname
    ("Blair", from an article that never gives the full name) is that person when
    exactly one full name in the corpus ends with it."""
    full: dict[str, set[str]] = {}
    for source in sources:
        for quote in source.quotes:
            words = quote.speaker.split()
            if len(words) >= 2 and quote.speaker[:1].isupper() and "," not in quote.speaker:
                full.setdefault(words[-1], set()).add(quote.speaker)
    if not full:
        return
    for source in sources:
        checked: dict[str, bool] = {}
        for quote in source.quotes:
            name = quote.speaker
            names = full.get(name) if " " not in name else None
            if names is None or len(names) != 1:
                continue
            if name not in checked:
                # An article that gives full names ending in it (two Coles) left it
                # bare on purpose: only an article with no such name is linked.
                checked[name] = re.search(rf"\b[A-Z][\w’'.-]*\s+{re.escape(name)}\b",
                                          source.text) is None
            if checked[name]:
                quote.speaker = next(iter(names))


# Below this many files one process is quicker than starting others.
PARALLEL_MIN_FILES = 300
_PIECE = 100


def _parse_all(found: list[Found], progress: Progress | None = None,
               parallel: bool = True) -> LoadResult:
    """Parse every file; large folders are split across processes (fork only, so
    the children start with everything already imported)."""
    workers = min(os.cpu_count() or 1, 4)
    if len(found) < PARALLEL_MIN_FILES or workers < 2 or not parallel:
        return _parse_serial(found, progress)
    import multiprocessing  # only for large folders: it costs start-up time otherwise

    if "fork" not in multiprocessing.get_all_start_methods():
        return _parse_serial(found)
    # Small pieces, merged as they arrive, keep the pickled results in flight small.
    chunks = [found[i:i + _PIECE] for i in range(0, len(found), _PIECE)]
    result = LoadResult()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for part in pool.imap(_parse_serial, chunks):
                if progress is not None:
                    progress(len(result.sources) + len(part.sources), len(found))
                result.sources += part.sources
                result.warnings += part.warnings
                result.book.merge(part.book)
    except (OSError, multiprocessing.ProcessError):
        return _parse_serial(found)
    return result


def _parse_serial(found: list[Found], progress: Progress | None = None) -> LoadResult:
    from .metadata import read_sidecar, register_speakers
    from .reading import UnreadableFile, read_text

    result = LoadResult()
    # Each source learns names on a copy of its folder's curated people, so that a
    # "Smith" met in one article never names the speaker of another.
    sidecars = {}
    curated: dict[Path, SpeakerBook] = {}
    for done, item in enumerate(found):
        if progress is not None and done % 25 == 0:
            progress(done, len(found))
        if item.folder not in sidecars:
            sidecars[item.folder] = read_sidecar(item.folder, result.warnings)
            book = SpeakerBook()
            register_speakers(book, sidecars[item.folder])
            curated[item.folder] = book
            result.book.merge(book)
        sidecar = sidecars[item.folder]
        try:
            decoded = read_text(item.path)
        except UnreadableFile as error:
            result.warnings.append(f"{item.path}: skipped, {error}")
            continue
        if decoded.encoding not in ("utf-8", "utf-8-sig"):
            result.warnings.append(f"{item.path}: read as {decoded.encoding}")
        entry = (sidecar.entries.get(item.source_id)
                 or sidecar.entries.get(neutral_line(item.path.stem)))
        book = curated[item.folder].copy()
        result.sources.append(parse_source(
            item.source_id, neutral_line(item.path), decoded.text, entry, book,
            decoded.encoding, decoded.metadata))
        result.book.merge(book)
    if progress is not None:
        progress(len(found), len(found))
    return result
