"""Find article files, read them, and parse each into a Source."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import Callable

from .cache.codec import DAMAGED_ROW_ERRORS
from .cache.store import FileCache, file_stamp, parser_stamp
from .ingest.discovery import Found, discover
from .ingest.speakers import SpeakerBook
from .model import Metadata, Source, Summary
from .neutralise import neutral_line
from .suffixes import HTML_SUFFIXES, MARKDOWN_SUFFIXES, PDF_SUFFIXES, SIDECAR_NAME


class NothingToLoad(Exception):
    """No path given could be read; the message is one line for the user."""


def bundled_data_dir() -> Path:
    """The bundled articles: inside the installed package, or ``data/`` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "data", here.parent / "data"):
        if (candidate / "sources.toml").is_file():
            return candidate
    return here / "data"


class LoadResult:
    """The sources read, the warnings, and the people met."""

    def __init__(self) -> None:
        self.sources: list[Source] = []
        self.warnings: list[str] = []
        self.book = SpeakerBook()


def parse_source(source_id: str, path: str, text: str, entry: dict | None,
                 book: SpeakerBook, encoding: str = "utf-8",
                 page: Metadata | None = None, compact: bool = True) -> Source:
    """Parse one article's text into paragraphs with roles and quotes. ``page``: what
    a web page or PDF says of itself; a ``sources.toml`` entry wins over it."""
    # Imported here: a start-up served from the parse cache never needs them.
    from .extract.engine import extract_quotes
    from .ingest.blocks import build_blocks
    from .ingest.metadata import curated_metadata, infer_metadata

    metadata = curated_metadata(entry) if entry else Metadata()
    # A field the entry names is decided, even blank (`authors = []`: no author).
    decided = _decided(entry or {})
    if entry and page:
        metadata = _filled(metadata, page, decided)
    boilerplate = frozenset(neutral_line(b) for b in (entry or {}).get("boilerplate", []))
    source = Source(id=source_id, path=path, text=text, metadata=metadata, encoding=encoding)

    markdown = path.lower().endswith(MARKDOWN_SUFFIXES)  # front matter is Markdown's

    def blocks_for(meta: Metadata):
        return build_blocks(source, kind=meta.kind, interviewee=meta.interviewee,
                            interviewer=meta.interviewer, outlet=meta.outlet,
                            title=meta.title, extra_boilerplate=boilerplate, book=book,
                            markdown=markdown)

    blocks, turns = blocks_for(metadata)
    # What the entry and the page leave out, the text says: an entry that gives only
    # the outlet keeps the text's headline, byline and date.
    inferred = infer_metadata(text, blocks, markdown=markdown)
    if page or metadata.date:
        # A page's or PDF's reader has weighed its dates already (and left out the day
        # a PDF was printed, which its running header shows): never one from its text;
        # and an entry's date is the entry's, with its own date_source.
        inferred = inferred._replace(date=None, date_source=None)
    if metadata.authors:  # the entry's byline: the text's interviewer is not to be had
        inferred = inferred._replace(interviewer=None)
    kind = metadata.kind
    metadata = source.metadata = _filled(metadata if entry else page or metadata, inferred,
                                         decided)
    if metadata.kind == "interview" and kind != "interview":
        blocks, turns = blocks_for(metadata)
    if metadata.interviewee:
        book.learn(metadata.interviewee)
    source.blocks = blocks
    # Quotes are found in the text with its no-break spaces as plain ones ("Gov.\xa0John
    # Kasich" is a title and a name): the same length, so every span is the original's.
    spaced = text
    for space in _NO_BREAK_SPACES:  # str.translate would cost 2% of a parse
        if space in spaced:
            spaced = spaced.replace(space, " ")
    source._text = spaced
    source.quotes = extract_quotes(source, turns, book)
    source._text = text
    if compact:
        source.compact()
    return source


_NO_BREAK_SPACES = ("\u00a0", "\u2007", "\u202f")


def _filled(first: Metadata, then: Metadata, decided: frozenset[str] = frozenset()
            ) -> Metadata:
    """``first``, its missing fields taken from ``then`` (no authors is missing too),
    but for those ``decided``."""
    return first._replace(**{name: getattr(then, name) for name in Metadata._fields
                             if getattr(first, name) in (None, ()) and name not in decided})


def _decided(entry: dict) -> frozenset[str]:
    """The metadata fields a ``sources.toml`` entry names ("author" is the authors, and
    a date brings its date_source)."""
    named = set(entry) & set(Metadata._fields)
    if "author" in entry:
        named.add("authors")
    if "date" in named:
        named.add("date_source")
    return frozenset(named)


Progress = Callable[[int, int], None]  # (files read, files in all)
Arrived = Callable[[list[Source]], None]  # sources available so far (a new batch)
Stop = Callable[[], bool]  # true when the load should end now


class LoadStopped(Exception):
    """The load was stopped before it finished (``stop`` turned true)."""


class LoadPlan:
    """What a load will read, found quickly: the files, discovery's warnings, and the
    cache rows that still match their files. ``finish`` parses the rest."""

    def __init__(self, found: list[Found], warnings: list[str], stamps: list[str | None],
                 sizes: list[int], rows: dict[bytes, bytes], cache: FileCache,
                 sidecars: dict[Path, str | None]) -> None:
        self.found, self.warnings = found, warnings
        self.stamps = stamps  # per file: what its cache row must match
        self.sizes = sizes
        self.rows = rows  # cached rows by path, for the files unchanged
        self.cache = cache
        self.sidecars = sidecars  # per folder: what its sources.toml row must match

    @property
    def to_parse(self) -> list[int]:
        return [i for i, item in enumerate(self.found) if _key(item) not in self.rows]

    @property
    def quick(self) -> bool:
        """Cached, or small enough to parse before the first paint: little text in few
        files (each file costs its opening, reading and caching, whatever its size)."""
        to_parse = self.to_parse
        return len(to_parse) <= QUICK_PARSE_FILES and sum(
            self.sizes[i] for i in to_parse) <= QUICK_PARSE_BYTES

    def finish(self, progress: Progress | None = None, parallel: bool = True,
               arrived: Arrived | None = None, stop: Stop | None = None) -> LoadResult:
        """Parse what the cache does not have. ``arrived`` is given the sources as they
        become available (the cached ones first, then batches as they are parsed),
        before the whole corpus is returned with its speakers linked. When ``stop()``
        turns true (the app is quitting) parsing ends within a fraction of a second,
        worker processes and all, and LoadStopped is raised."""
        # Parsing allocates many small objects and none of them is garbage, so the
        # cyclic collector would only re-scan them (a third of the time on 2,000).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return _finish(self, progress, parallel, arrived, stop)
        finally:
            if collecting:
                gc.enable()


# Under this much text to parse a corpus is parsed before the app paints (a fraction
# of a second); above it the app paints first and shows progress while it parses.
QUICK_PARSE_BYTES = 1024 * 1024
# Nor more files than this: 3,000 notes of three lines left a new user 2.4 s of blank
# screen on the first open (about 0.8 ms a file here).
QUICK_PARSE_FILES = 200


def _key(item: Found) -> bytes:
    return os.fsencode(item.file)


def _sidecar_key(folder: Path) -> bytes:
    return b"sidecar:" + os.fsencode(folder / SIDECAR_NAME)  # never a file's key


def plan_load(paths: list[Path] | None) -> LoadPlan:
    """Find the files under ``paths`` (the bundled ones when None) and the cache rows
    that still match them; raises NothingToLoad when there is no file at all."""
    if paths is None:
        paths = [bundled_data_dir()]
    warnings: list[str] = []
    found = discover(paths, warnings)
    warnings = [neutral_line(w) for w in warnings]
    if not found:
        reason = warnings[-1] if warnings else "nothing given"
        raise NothingToLoad(f"no readable articles ({reason})")
    parser = parser_stamp()
    folders = {folder: file_stamp(folder / SIDECAR_NAME)
               for folder in dict.fromkeys(item.folder for item in found)}
    stamps: list[str | None] = []
    sizes: list[int] = []
    for item in found:
        stamp = file_stamp(item.file)
        sidecar = folders[item.folder]
        stamps.append(None if stamp is None
                      else f"{parser}|{stamp[0]}|{sidecar[0] if sidecar else '-'}")
        sizes.append(stamp[1] if stamp else 0)
    sidecars = {folder: f"{parser}|{stamp[0]}" if stamp else None
                for folder, stamp in folders.items()}
    cache = FileCache()
    rows = cache.lookup({_key(item): stamp for item, stamp in zip(found, stamps) if stamp}
                        | {_sidecar_key(f): stamp for f, stamp in sidecars.items() if stamp})
    if cache.warning:
        warnings.append(cache.warning)
    return LoadPlan(found, warnings, stamps, sizes, rows, cache, sidecars)


class _Parsed:
    """One file's outcome: a source (deferred or read), what it adds to the speaker
    book, its warnings, and the bare names it leaves free for the corpus to link."""

    __slots__ = ("source", "book", "warnings", "free", "body")

    def __init__(self, source: Source | None, book: list, warnings: list[str],
                 free: list[str]) -> None:
        self.source, self.book, self.warnings, self.free = source, book, warnings, free
        self.body: _CachedBody | None = None  # a deferred source's, to read it later


class _CachedBody:
    """Fills a deferred source from its cached body when it is first needed (and
    parses the file again if the body is gone or damaged by then), then renames its
    speakers as ``_link_surnames`` said. One small object rather than a closure and
    its cells: 20,000 sources waiting to be read hold 8 MB less, and leave fewer
    holes in memory once read."""

    __slots__ = ("item", "stamp", "cache", "renames")

    def __init__(self, item: Found, stamp: str, cache: FileCache) -> None:
        self.item, self.stamp, self.cache = item, stamp, cache
        self.renames: dict[str, str] | None = None

    def __call__(self, source: Source) -> None:
        from .cache.codec import fill_from_body

        body = self.cache.body(_key(self.item), self.stamp)
        try:
            if body is None:
                raise ValueError("no body")
            fill_from_body(source, body)
        except DAMAGED_ROW_ERRORS:
            _, fresh, _ = next(_parse_serial([(0, self.item)], rows=False))
            if fresh.source is not None:
                source.set_content(fresh.source.text, fresh.source.blocks,
                                   fresh.source.quotes)
        if self.renames:
            from .extract.surnames import rename_speakers

            rename_speakers(source, self.renames)


def _deferred(item: Found, summary_row: bytes, stamp: str, cache: FileCache) -> _Parsed:
    """A source listed from its cached summary; its body is read when first needed."""
    from .cache.codec import RowSummary

    summary = RowSummary(summary_row)
    body = _CachedBody(item, stamp, cache)
    source = Source.deferred(item.source_id, neutral_line(item.file), summary.metadata,
                             summary.encoding,
                             Summary(summary.quote_count, summary.speakers), body)
    parsed = _Parsed(source, summary.book, summary.warnings, summary.free)
    parsed.body = body
    return parsed


ARRIVAL_BATCH = 200


def _finish(plan: LoadPlan, progress: Progress | None, parallel: bool,
            arrived: Arrived | None = None, stop: Stop | None = None) -> LoadResult:
    result = LoadResult()
    for folder, stamp in plan.sidecars.items():
        people, warnings = _curated(folder, stamp, plan)
        for name, aliases, pronoun in people:
            result.book.add(name, list(aliases), pronoun)
        result.warnings += warnings
    parsed: list[_Parsed | None] = [None] * len(plan.found)
    seen: set[tuple] = set()  # people already in some file's list
    misses = []
    for index, item in enumerate(plan.found):
        row = plan.rows.get(_key(item))
        if row is not None:
            try:
                parsed[index] = _deferred(item, row, plan.stamps[index], plan.cache)
                parsed[index].book = _new_people(parsed[index].book, seen, stored=True)
                continue
            except DAMAGED_ROW_ERRORS:
                pass  # a damaged or planted row: parse the file again
        misses.append(index)
    done = len(plan.found) - len(misses)
    if arrived is not None and done:
        arrived([p.source for p in parsed if p is not None and p.source is not None])
    batch: list[Source] = []
    new_rows = []
    shared: dict = {}  # recurring values of the parsed quotes, one object each
    parsing = _parse_files(plan.found, misses, progress, done, parallel, plan.sizes,
                           rows=not plan.cache.disabled, stop=stop) if misses else ()
    for index, outcome, row in parsing:
        if stop is not None and stop():
            parsing.close()  # ends the worker processes
            break
        parsed[index] = outcome
        if outcome.source is not None:
            outcome.source.share_values(shared)
        outcome.book = _new_people(outcome.book, seen)  # held until all are in: few
        if arrived is not None and outcome.source is not None:
            batch.append(outcome.source)
            if len(batch) >= ARRIVAL_BATCH:
                arrived(batch)
                batch = []
        if row is not None and plan.stamps[index] is not None:
            new_rows.append((_key(plan.found[index]), plan.stamps[index], *row))
    plan.cache.store(new_rows)  # what was parsed is kept, stopped or not
    if stop is not None and stop():
        raise LoadStopped()
    kept = [p for p in parsed if p is not None]
    result.warnings += _grouped(plan.found, parsed)
    for outcome in kept:
        if outcome.source is not None:
            result.sources.append(outcome.source)
            for name, aliases, pronoun in outcome.book:
                result.book.add(name, list(aliases), pronoun)
    _link_surnames([p for p in kept if p.source is not None])
    # Warnings name files and folders: one line each, nothing raw from a name.
    result.warnings = plan.warnings + [neutral_line(w) for w in result.warnings]
    if not result.sources:
        reason = result.warnings[-1] if result.warnings else "nothing given"
        raise NothingToLoad(f"no readable articles ({reason})")
    return result


SHOWN_PER_MESSAGE = 3  # files named for one warning; the rest are counted


def _grouped(found: list[Found], parsed: list[_Parsed | None]) -> list[str]:
    """Each file's warnings, those that many files share said once: 20,000 empty
    files are three lines and a count, not 20,000 lines."""
    by_message: dict[str, list[str]] = {}
    for item, outcome in zip(found, parsed):
        if outcome is None or not outcome.warnings:
            continue  # most files: no Path made (some 2 µs each)
        prefix = f"{item.path}: "
        for warning in outcome.warnings:
            if warning.startswith(prefix):
                by_message.setdefault(warning[len(prefix):], []).append(prefix)
            else:
                by_message.setdefault(warning, []).append("")
    lines = []
    for message, prefixes in by_message.items():
        lines += [f"{prefix}{message}" for prefix in prefixes[:SHOWN_PER_MESSAGE]]
        if len(prefixes) > SHOWN_PER_MESSAGE:
            lines.append(f"… and {len(prefixes) - SHOWN_PER_MESSAGE:,} more files: {message}")
    return lines


def _curated(folder: Path, stamp: str | None,
             plan: LoadPlan) -> tuple[list[tuple], list[str]]:
    """The people a folder's ``sources.toml`` names, and its warnings: from the cache
    while the file is unchanged (so a cached start needs no TOML parser), else read
    and stored."""
    if stamp is None:  # no sources.toml
        return [], []
    key = _sidecar_key(folder)
    if (row := plan.rows.get(key)) is not None:
        from .cache.codec import sidecar_from_row

        try:
            return sidecar_from_row(row)
        except DAMAGED_ROW_ERRORS:
            pass  # a damaged or planted row: read the file again
    from .cache.codec import sidecar_row
    from .ingest.sidecar import curated_people, read_sidecar

    warnings: list[str] = []
    people = curated_people(read_sidecar(folder, warnings))
    plan.cache.store([(key, stamp, sidecar_row(people, warnings), b"")])
    return people, warnings


def _new_people(book: list, seen: set, stored: bool = False) -> list[tuple]:
    """The entries of ``book`` not yet in ``seen`` (which learns them): the same
    people come with file after file, and 20,000 copies would be held to the end.
    ``stored``: entries read from the cache, checked (once each) before use."""
    from .cache.codec import checked_person

    new = []
    for entry in book:
        try:
            key = (entry[0], tuple(entry[1]), entry[2])
            if key in seen:
                continue
            seen.add(key)
        except (TypeError, IndexError, KeyError):
            continue
        person = checked_person(entry) if stored else (entry[0], list(entry[1]), entry[2])
        if person is not None:
            new.append(person)
    return new


def _link_surnames(parsed: list[_Parsed]) -> None:
    """The same person across the corpus (see ``surnames``): read sources are renamed
    now, deferred ones when they are read, and their summaries at once."""
    from .extract.surnames import rename_speakers, surname_links
    from .words.lexicon import first_names

    held = first_names.cache_info().currsize  # (given back after parsing: kept so)
    # A generator: one source's counts at a time, not 30,000 dicts held at once.
    links = surname_links((p.source.speaker_counts() for p in parsed),
                          [p.free for p in parsed])
    if not held:
        first_names.cache_clear()  # read for the honorifics' sexes only
    for outcome, renames in zip(parsed, links):
        if not renames:
            continue
        source = outcome.source
        if source.loaded:
            rename_speakers(source, renames)
            continue
        outcome.body.renames = {**(outcome.body.renames or {}), **renames}
        counts: dict[str, int] = {}
        for name, count in source.summary.speakers.items():
            name = renames.get(name, name)
            counts[name] = counts.get(name, 0) + count
        source.summary.speakers = counts


# Below this much work one process is quicker than starting others (a web page or a
# PDF counts as ten text files).
PARALLEL_MIN_WORK = 300
_HEAVY = (*HTML_SUFFIXES, *PDF_SUFFIXES)
# Bytes of files a worker parses and sends back at a time: what 36 KB of text parses
# into pickles to some 50 KB, within a pipe's buffer, so a worker need not wait for
# the parent, parsing too, to read it (pieces of 50 short articles, or 16 long ones,
# left it idle a tenth of its time or more).
PIECE_BYTES = 36_000


def _parse_files(found: list[Found], indexes: list[int], progress: Progress | None,
                 done: int, parallel: bool, sizes: list[int], rows: bool = True,
                 stop: Stop | None = None):
    """Parse the files at ``indexes``, yielding (index, _Parsed, row) as each is
    parsed; a large amount of work is spread over worker processes on every core.
    ``sizes``: each file's bytes, by its index in ``found``."""
    work = sum(10 if found[i].file.lower().endswith(_HEAVY) else 1 for i in indexes)
    workers = os.cpu_count() or 1
    if not parallel or work < PARALLEL_MIN_WORK or workers < 2:
        for count, parsed in enumerate(_parse_serial([(i, found[i]) for i in indexes],
                                                     rows)):
            if progress is not None and count % 25 == 0:
                progress(done + count, len(found))
            yield parsed
        if progress is not None:
            progress(done + len(indexes), len(found))
        return
    yield from _parse_parallel(found, indexes, progress, done, workers, sizes, rows, stop)


_STOP_POLL = 0.1  # seconds between looks at ``stop`` while the workers parse


def _parse_parallel(found, indexes, progress, done, workers, sizes, rows=True, stop=None):
    import multiprocessing  # only for large folders: it costs start-up time otherwise
    import threading
    from functools import partial

    # Fork starts quickest, with everything imported, but is unsafe from a program
    # with threads running (the app parses from a worker thread): spawn there, with
    # the children's output sent nowhere, so nothing can reach the app's screen.
    forking = (threading.current_thread() is threading.main_thread()
               and "fork" in multiprocessing.get_all_start_methods())
    context = multiprocessing.get_context("fork" if forking else "spawn")
    pieces = _cut_in_pieces([(i, found[i]) for i in indexes], sizes)
    # In the main thread this process parses too, with one worker fewer, each taking
    # the next piece nobody has taken: what it parses is never sent between processes,
    # and it loads the engine and its word lists while the worker does (giving the
    # lists back after: _forget_parsing). From the app's thread it only collects,
    # leaving the interpreter to the screen.
    try:
        taken = context.Value("i", 0) if forking else None
        pool = (context.Pool(workers - 1, initializer=_share, initargs=(pieces, taken))
                if forking else context.Pool(workers, initializer=_quiet_child))
    except (OSError, ValueError):
        # No processes to be had (spawning needs a real stderr for its resource
        # tracker, which a full-screen app has replaced): parse here instead.
        yield from _parse_files([*found], indexes, progress, done, False, sizes, rows, stop)
        return
    _widen_results(pool)
    count = done
    with pool:  # leaving it (finished, stopped or closed) terminates the workers
        if forking:  # one call for each piece, which takes whichever is left, if any
            results = pool.imap_unordered(partial(_parse_next, rows=rows), range(len(pieces)))
        else:
            results = pool.imap_unordered(partial(_parse_piece, rows=rows), pieces)
        waiting = len(pieces)  # results still to come from the workers
        while forking and (number := _take(taken, len(pieces))) is not None:
            yield from _parse_serial(pieces[number], rows)
            count += len(pieces[number])
            while waiting and (part := _ready(results, 0)) is not None:
                waiting -= 1  # a worker's result, come in meanwhile
                yield from part
                count += len(part)
            if progress is not None:
                progress(count, len(found))
        while waiting:
            part = _ready(results, _STOP_POLL)
            if part is None:
                if stop is not None and stop():
                    return
                continue
            waiting -= 1
            yield from part
            count += len(part)
            if progress is not None:
                progress(count, len(found))
    if forking:
        _forget_parsing()


# Bytes a worker's results may fill before it waits for them to be read: the parent,
# parsing too, reads them only when its collecting thread gets the interpreter (every
# few milliseconds), so with a pipe of 64 KB a worker sending a piece with its cache
# rows (some 80 KB) waited there for a fifth of the load. 1 MB is Linux's default most.
RESULT_PIPE_BYTES = 1 << 20


def _widen_results(pool) -> None:
    """Let the workers send several pieces' results before any is read (Linux; the
    pool's result pipe is not public, so elsewhere, or built otherwise, nothing changes)."""
    try:
        import fcntl

        descriptor = pool._outqueue._reader.fileno()
        fcntl.fcntl(descriptor, fcntl.F_SETPIPE_SZ, RESULT_PIPE_BYTES)
    except (AttributeError, ImportError, OSError, ValueError):
        pass


def _forget_parsing() -> None:
    """Give back what parsing in this process kept to go faster: the names read and
    the list of first names (some 10 MB at 100,000 quotes, which a corpus once loaded
    has no use for; a later parse reads them again)."""
    from .extract import entities, names
    from .memory import give_back
    from .words.lexicon import first_names

    names.read_run.cache_clear()
    entities.forget_runs()
    first_names.cache_clear()
    give_back()


def _cut_in_pieces(items: list[tuple[int, Found]], sizes: list[int]) -> list[list]:
    """``items`` in pieces of at most ``PIECE_BYTES`` (or one larger file)."""
    pieces: list[list] = []
    piece: list = []
    total = 0
    for index, item in items:
        if piece and total + sizes[index] > PIECE_BYTES:
            pieces.append(piece)
            piece, total = [], 0
        piece.append((index, item))
        total += sizes[index]
    return pieces + [piece] if piece else pieces


def _ready(results, timeout: float) -> list | None:
    """The next result of the workers, or None when none comes within ``timeout``."""
    from multiprocessing import TimeoutError

    try:
        return results.next(timeout=timeout)
    except TimeoutError:
        return None


def _take(taken, total: int) -> int | None:
    """The number of the next piece nobody has taken (and now taken), or None."""
    with taken.get_lock():
        number = taken.value
        if number >= total:
            return None
        taken.value = number + 1
    return number


# In a forked worker: the load's pieces, and the count of those taken (see _parse_next).
_pieces: list = []
_taken = None


def _share(pieces: list, taken) -> None:
    global _pieces, _taken
    _pieces, _taken = pieces, taken


def _parse_next(_call: int, rows: bool = True) -> list[tuple]:
    """In a forked worker: the next piece nobody has taken, parsed (none when all are)."""
    number = _take(_taken, len(_pieces))
    return [] if number is None else _parse_piece(_pieces[number], rows)


def start_worker_support() -> None:
    """Before a full-screen app takes over the terminal: start what spawning worker
    processes needs (its resource tracker), so the app can parse on every core."""
    from multiprocessing import resource_tracker

    try:
        resource_tracker.ensure_running()
    except (OSError, ValueError):
        pass  # then the app parses in one process


def _quiet_child() -> None:
    """A spawned worker writes nothing to the terminal the app is drawing on."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def _parse_piece(items: list[tuple[int, Found]], rows: bool = True) -> list[tuple]:
    """In a worker process: the parsed sources (pickled back) and their cache rows."""
    return list(_parse_serial(items, rows))


def _parse_serial(items: list[tuple[int, Found]], rows: bool = True):
    from .cache.codec import file_row
    from .extract.surnames import free_bare_names
    from .ingest.metadata_limits import bounded
    from .ingest.reading import UnreadableFile, read_text
    from .ingest.sidecar import read_sidecar, register_speakers

    # Each source learns names on a copy of its folder's curated people, so that a
    # "Smith" met in one article never names the speaker of another.
    sidecars = {}
    curated: dict[Path, SpeakerBook] = {}
    for index, item in items:
        if item.folder not in sidecars:
            sidecars[item.folder] = read_sidecar(item.folder, [])  # reported by _finish
            curated[item.folder] = SpeakerBook()
            register_speakers(curated[item.folder], sidecars[item.folder])
        warnings: list[str] = []
        path = item.path  # made once, not once for each use (2 µs each)
        try:
            decoded = read_text(path)
        except UnreadableFile as error:
            yield index, _Parsed(None, [], [f"{path}: skipped, {error}"], []), None
            continue
        if decoded.encoding not in ("utf-8", "utf-8-sig"):
            warnings.append(f"{path}: read as {decoded.encoding}")
        warnings += [f"{path}: {note}" for note in decoded.notes]
        sidecar = sidecars[item.folder]
        entry = (sidecar.entries.get(item.source_id)
                 or sidecar.entries.get(neutral_line(path.stem)))
        book = curated[item.folder].copy()
        source = parse_source(item.source_id, neutral_line(path), decoded.text, entry,
                              book, decoded.encoding, decoded.metadata, compact=False)
        source.metadata, notes = bounded(source.metadata)  # lengths, a real date
        warnings += [f"{path}: {note}" for note in notes]
        # Only what this file added to its folder's people: kept until the whole
        # corpus is in, so the less the better.
        entries = book.entries()
        warnings = [neutral_line(w) for w in warnings]
        free = free_bare_names(source)  # while the text is still a string
        row = file_row(source, entries, warnings, free) if rows else None
        source.compact()
        yield index, _Parsed(source, entries, warnings, free), row
