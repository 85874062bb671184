"""A cache of parsed corpora in the user's cache directory.

Parsing needs the quote extractor's modules and their regular expressions, which cost
more at start-up than reading a small pickle. The key covers every file's path, size
and modification time, the sidecars, and the parser's own source files, so any change
parses afresh. A cache that cannot be read or written is ignored."""

from __future__ import annotations

import hashlib
import os
import pickle
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


def cache_key(files: list[Path], extra: list[Path]) -> tuple[str, int] | None:
    """(key, total size) for these files, or None when caching is off or pointless."""
    if os.environ.get("KLAYMAN_TUI_NO_CACHE"):
        return None
    digest = hashlib.sha256(f"{__version__}\n".encode())
    for path in (*_PARSER_FILES, *extra):
        digest.update(_stamp(path).encode("utf-8", "surrogateescape"))
    total = 0
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            digest.update(f"{path}\0missing\n".encode("utf-8", "surrogateescape"))
            continue
        total += stat.st_size
        if total > MAX_CACHED_BYTES:
            return None  # too big to be worth caching: stop stat-ing
        digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode(
            "utf-8", "surrogateescape"))
    return digest.hexdigest()[:40], total


def _cache_file(key: str) -> Path:
    return user_cache_path("klayman-tui") / f"corpus-{key}.pickle"


def read_cached(key: str):
    try:
        with open(_cache_file(key), "rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, stale format, truncated: parse instead
        return None


def write_cached(key: str, value) -> None:
    path = _cache_file(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(path)
    except (OSError, pickle.PicklingError, RecursionError):
        pass
