"""A cache of parsed corpora in the user's cache directory.

Parsing needs the quote extractor's modules and their regular expressions, which cost
more at start-up than reading a small pickle. The key covers every file's path, size
and modification time, the sidecars, and the parser's own source files, and it is
compared whole, so any change parses afresh. A cache that cannot be read or written
is ignored."""

from __future__ import annotations

import os
import pickle
import zlib
from pathlib import Path

from platformdirs import user_cache_path

from .._version import __version__

# Large corpora load faster parsed than unpickled, and would fill the cache directory.
MAX_CACHED_BYTES = 4 * 1024 * 1024
_PARSER_FILES = sorted(Path(__file__).parent.glob("*.py"))


def _stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return f"{path}\0missing\n"
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n"


class CacheKey:
    """Every file's path, size and modification time, as one string: the cache file
    is named by a checksum of it and holds it, and only an exact match is used."""

    def __init__(self, stamps: str, total: int):
        self.stamps = stamps
        self.total = total
        self.name = f"corpus-{zlib.crc32(stamps.encode('utf-8', 'surrogateescape')):08x}"


def cache_key(files: list[Path], extra: list[Path]) -> CacheKey | None:
    """The key for these files, or None when caching is off or pointless."""
    if os.environ.get("KLAYMAN_TUI_NO_CACHE"):
        return None
    parts = [f"{__version__}\n", *map(_stamp, (*_PARSER_FILES, *extra))]
    total = 0
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            parts.append(f"{path}\0missing\n")
            continue
        total += stat.st_size
        if total > MAX_CACHED_BYTES:
            return None  # too big to be worth caching: stop stat-ing
        parts.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n")
    return CacheKey("".join(parts), total)


def _cache_file(key: CacheKey) -> Path:
    return user_cache_path("klayman-tui") / f"{key.name}.pickle"


def read_cached(key: CacheKey):
    try:
        with open(_cache_file(key), "rb") as handle:
            stamps, value = pickle.load(handle)
    except Exception:  # missing, stale format, truncated: parse instead
        return None
    return value if stamps == key.stamps else None


def write_cached(key: CacheKey, value) -> None:
    path = _cache_file(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump((key.stamps, value), handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except (OSError, pickle.PicklingError, RecursionError):
        pass
