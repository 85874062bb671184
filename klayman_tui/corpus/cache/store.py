"""Parsed articles cached one file per row in SQLite, in the user's cache directory.

A row is used only when its stamp matches the file exactly: size, modification and
change times and inode (so a ``chmod``, or an edit that puts the old modification time
back, is seen), plus the parser's version and the folder's ``sources.toml``. Changing,
adding or deleting one file re-parses only that file.

SQLite (standard library) lets two running copies share the cache, and its journal
means a crash mid-write leaves the old rows, never a torn one. Rows are JSON, checked
and neutralised as they are read (``codec``), so a planted or damaged row is only
ever a miss; a database that cannot be read is deleted and rebuilt, never a crash. A
database that is a symlink, or not a regular file of this user's, is never opened (it
could be another program's SQLite file): the load goes on without a cache, and says so.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import zlib
from pathlib import Path

from platformdirs import user_cache_path

from ..._version import __version__
from ..neutralise import neutral_line
from ..writing import APP_NAME

# Every file the parse depends on is in here: the model's code and the engine's word lists.
_CORPUS_FOLDER = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_FORMAT = 4
_BATCH = 900  # SQLite's limit on parameters per statement is 999 in old builds
# A summary (enough to list a source) apart from the body (text, paragraphs, quotes),
# so a large folder lists from the summaries and reads a body when it is needed.
_SCHEMA = ("CREATE TABLE IF NOT EXISTS parsed (path BLOB PRIMARY KEY, stamp TEXT NOT NULL,"
           " summary BLOB NOT NULL, body BLOB NOT NULL)")


def file_stamp(path: Path | str) -> tuple[str, int] | None:
    """(stamp, size) of a file as it is now, or None when it cannot be stat-ed."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (f"{info.st_size}:{info.st_mtime_ns}:{info.st_ctime_ns}:{info.st_ino}",
            info.st_size)


def _parser_files() -> list[str]:
    """The corpus package's .py and .txt files, in the order paths sort in (os.walk:
    a sixth of the time pathlib's rglob took, which was 1 ms of every start-up)."""
    found = []
    for folder, subfolders, names in os.walk(_CORPUS_FOLDER):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        found += [os.path.join(folder, name) for name in names
                  if os.path.splitext(name)[1] in (".py", ".txt")]
    return sorted(found, key=lambda path: path.split(os.sep))


def parser_stamp() -> str:
    """Changes when the program that parses changes (its version or its files)."""
    parts = [f"{__version__}:{_FORMAT}"]
    for path in _parser_files():
        stamp = file_stamp(path)
        parts.append(f"{os.path.basename(path)}:{stamp[0] if stamp else '-'}")
    return f"{zlib.crc32(';'.join(parts).encode()):08x}"


def cache_path() -> Path:
    return user_cache_path(APP_NAME) / "parsed.sqlite3"


class FileCache:
    """Rows of parsed files. Every failure is a miss: the cache is never needed."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or cache_path()
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # bodies are read from the search's thread too
        self.disabled = bool(os.environ.get("KLAYMAN_TUI_NO_CACHE"))
        self.warning: str | None = None  # one line when the cache was refused

    def _connect(self) -> sqlite3.Connection | None:
        if self.disabled:
            return None
        if self._connection is None:
            for attempt in (1, 2):
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    refused = self._refused()
                    if refused:
                        self.warning = (f"parse cache {neutral_line(self.path)}: {refused}; "
                                        "not opened, articles are parsed without it")
                        self.disabled = True
                        return None
                    connection = sqlite3.connect(self.path, timeout=5,
                                                 check_same_thread=False)
                    try:  # a read: no write transaction (and no fsync) on each start
                        connection.execute("SELECT 1 FROM parsed LIMIT 0")
                    except sqlite3.OperationalError:  # a new database: set it up
                        connection.execute("PRAGMA journal_mode=WAL")
                        connection.execute(_SCHEMA)
                        connection.commit()
                    self._connection = connection
                    break
                except sqlite3.DatabaseError:
                    if attempt == 2 or not self._remove():
                        self.disabled = True
                        return None
                except (OSError, sqlite3.Error):
                    self.disabled = True
                    return None
        return self._connection

    def _refused(self) -> str | None:
        """Why the database must not be opened: it (or its journal) is a symlink, or not
        a regular file of this user's, so SQLite would write into someone else's file.
        A missing database is created here, empty and private, for SQLite to fill."""
        for suffix in ("", "-wal", "-shm"):
            try:
                info = os.lstat(f"{self.path}{suffix}")
            except FileNotFoundError:
                continue
            if stat.S_ISLNK(info.st_mode):
                return f"{'its journal is' if suffix else 'it is'} a symlink"
            if not stat.S_ISREG(info.st_mode):
                return "not a regular file"
            if hasattr(os, "getuid") and info.st_uid != os.getuid():
                return "owned by another user"
        try:
            os.close(os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL
                             | getattr(os, "O_NOFOLLOW", 0), 0o600))
        except FileExistsError:
            pass
        return None

    def _remove(self) -> bool:
        """A database that is not one (damaged, planted): delete it to rebuild."""
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            return True
        except OSError:
            return False

    def lookup(self, stamps: dict[bytes, str]) -> dict[bytes, bytes]:
        """The stored summary of each path whose stamp matches exactly."""
        connection = self._connect()
        if connection is None or not stamps:
            return {}
        found: dict[bytes, bytes] = {}
        paths = list(stamps)
        try:
            for start in range(0, len(paths), _BATCH):
                batch = paths[start:start + _BATCH]
                marks = ",".join("?" * len(batch))
                for path, stamp, state in connection.execute(
                        f"SELECT path, stamp, summary FROM parsed WHERE path IN ({marks})",
                        batch):
                    if stamps.get(path) == stamp and isinstance(state, bytes):
                        found[path] = state
        except sqlite3.DatabaseError:
            self.close()
            self._remove()
            return {}
        except sqlite3.Error:
            return {}
        return found

    def body(self, path: bytes, stamp: str) -> bytes | None:
        """The body stored with ``path``'s summary (None: gone or changed since)."""
        with self._lock:
            connection = self._connect()
            if connection is None:
                return None
            try:
                row = connection.execute("SELECT stamp, body FROM parsed WHERE path = ?",
                                         (path,)).fetchone()
            except sqlite3.Error:
                return None
        if row is None or row[0] != stamp or not isinstance(row[1], bytes):
            return None
        return row[1]

    def store(self, rows: list[tuple[bytes, str, bytes, bytes]]) -> None:
        """(path as bytes, stamp, summary, body) rows, in one transaction."""
        connection = self._connect()
        if connection is None or not rows:
            return
        try:
            with self._lock, connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO parsed (path, stamp, summary, body) "
                    "VALUES (?, ?, ?, ?)", rows)
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except sqlite3.Error:
                pass
            self._connection = None
