"""A cache of parsed corpora in the user's cache directory.

Parsing needs the quote extractor's modules and their regular expressions, which cost
more at start-up than reading a small JSON file. The key covers every file's path,
size, modification and change times and inode (so a ``chmod``, or an edit that puts
the old modification time back, is seen), the sidecars, and the parser's own source
files, and it is compared whole, so any change parses afresh.

The cache is JSON: reading it can never run code. What it holds is checked as it is
read and passes the same neutralising step as file text, so a planted or damaged
cache file is only ever a cache miss. Only the newest few cache files are kept.
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path

from platformdirs import user_cache_path

from .._version import __version__

# Large corpora load faster parsed than read back, and would fill the cache directory.
MAX_CACHED_BYTES = 4 * 1024 * 1024
KEEP_CACHE_FILES = 8
_PARSER_FILES = sorted(Path(__file__).parent.glob("*.py"))
_FORMAT = 2


def _stamp(path: Path) -> str:
    try:
        stat = path.stat()
    except OSError:
        return f"{path}\0missing\n"
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}\0{stat.st_ino}\n"


class CacheKey:
    """Every file's path and stat, as one string: the cache file is named by a
    checksum of it and holds it, and only an exact match is used."""

    def __init__(self, stamps: str, total: int):
        self.stamps = stamps
        self.total = total
        self.name = f"corpus-{zlib.crc32(stamps.encode('utf-8', 'surrogateescape')):08x}"


def cache_key(files: list[Path], extra: list[Path]) -> CacheKey | None:
    """The key for these files, or None when caching is off or pointless."""
    if os.environ.get("KLAYMAN_TUI_NO_CACHE"):
        return None
    parts = [f"{__version__}\0{_FORMAT}\n", *map(_stamp, (*_PARSER_FILES, *extra))]
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
        parts.append(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ctime_ns}"
                     f"\0{stat.st_ino}\n")
    return CacheKey("".join(parts), total)


def _cache_dir() -> Path:
    return user_cache_path("klayman-tui")


def _cache_file(key: CacheKey) -> Path:
    return _cache_dir() / f"{key.name}.json"


def read_cached(key: CacheKey):
    """The cached LoadResult for ``key``, or None (missing, stale, damaged, planted)."""
    path = _cache_file(key)
    try:
        if not path.is_file() or path.stat().st_size > 4 * MAX_CACHED_BYTES:
            return None
        with open(path, "rb") as handle:
            data = json.loads(handle.read(4 * MAX_CACHED_BYTES + 1).decode("utf-8"))
        if not isinstance(data, dict) or data.get("stamps") != key.stamps:
            return None
        from .cache_format import result_from_state

        return result_from_state(data["result"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError):
        return None


def write_cached(key: CacheKey, value) -> None:
    """Write atomically (a temporary file renamed over the old one), then trim."""
    from .cache_format import result_to_state

    path = _cache_file(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        text = json.dumps({"stamps": key.stamps, "result": result_to_state(value)},
                          ensure_ascii=False, separators=(",", ":"))
        with open(temporary, "w", encoding="utf-8", errors="surrogateescape") as handle:
            handle.write(text)
        temporary.replace(path)
        _trim(path.parent)
    except (OSError, ValueError, RecursionError):
        pass


def _trim(folder: Path) -> None:
    """Keep only the newest cache files, and no old pickles from earlier versions."""
    files = []
    for entry in os.scandir(folder):
        if entry.name.startswith("corpus-") and entry.is_file(follow_symlinks=False):
            if entry.name.endswith(".pickle"):  # never read, so never left behind
                os.unlink(entry.path)
                continue
            if not entry.name.endswith(".json"):
                continue
            files.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.path))
    files.sort(reverse=True)
    for _, stale in files[KEEP_CACHE_FILES:]:
        try:
            os.unlink(stale)
        except OSError:
            pass
