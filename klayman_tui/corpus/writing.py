"""Writing the program's own files (settings, the last copy, crash reports, the
collection, exports): whole or not at all, never through a link planted in their way.

- A temporary file is created beside the target with ``O_EXCL | O_NOFOLLOW`` under a
  random name, so nothing planted there (a symlink, a pipe) is ever opened, then
  flushed, given the old file's permissions and renamed over the target: a crash
  leaves the old file or the new one.
- ``through_link``: the user's own files (settings, collections) may be symlinks, as
  dotfiles keep them; the file the link points to is replaced and the link stays.
  Without it a link at the target is replaced by the file, its target never touched.
- ``locked``: an exclusive lock on a file's folder, so two running copies that
  re-read, merge and write it do so one after the other.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from pathlib import Path
from typing import Iterator

APP_NAME = "klayman-tui"  # its folder in each of the user's cache, config, data and state

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_LOCK_WAIT = 5.0  # seconds: past this another copy holding the lock is reported


def write_atomically(path: Path, text: str, through_link: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` whole or not at all, keeping its permissions."""
    path = Path(path)
    if through_link and path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        old = os.lstat(path)
        mode = stat.S_IMODE(old.st_mode) if stat.S_ISREG(old.st_mode) else None
    except FileNotFoundError:
        mode = None  # a new file: the user's umask decides, as for any file they make
    temporary, descriptor = _new_file(path.parent, f".{path.name}.", ".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            if mode is not None and hasattr(os, "fchmod"):  # not on Windows
                os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def write_new(folder: Path, stem: str, suffix: str, text: str) -> Path:
    """Write ``text`` to a new file ``stem.suffix`` in ``folder`` (``stem-2.suffix``
    … when taken): an existing file is never replaced, and a ``folder`` that is a
    symlink is refused rather than followed."""
    folder = Path(folder)
    if folder.is_symlink():
        raise OSError(errno.ELOOP, f"{folder} is a symlink, not followed")
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(1, 1000):
        path = folder / (f"{stem}.{suffix}" if number == 1 else f"{stem}-{number}.{suffix}")
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW,
                                 0o666)
        except FileExistsError:
            continue
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise
        return path
    raise OSError(errno.EEXIST, f"no free file name for {stem}.{suffix} in {folder}")


def _new_file(folder: Path, prefix: str, suffix: str) -> tuple[str, int]:
    """A new file in ``folder`` under a name no one could predict, opened for writing
    (``O_EXCL``: created here and now, never an existing file or a link)."""
    import secrets  # not at start-up: it loads hashlib and OpenSSL (1-2 ms)

    while True:
        name = os.path.join(folder, f"{prefix}{secrets.token_hex(6)}{suffix}")
        try:
            return name, os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW,
                                 0o666)
        except FileExistsError:
            continue


def _sync_folder(folder: Path) -> None:
    """Flush the rename itself to disk (where the system allows opening a folder)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


@contextlib.contextmanager
def locked(folder: Path, wait: float = _LOCK_WAIT) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (the folder of the file to re-read, merge
    and write) while the block runs, so two running copies take turns; no lock file
    is left behind. Another copy holding it for longer than ``wait`` seconds is an
    OSError, never a hang. Where the system has no ``flock`` the block runs as it is."""
    try:
        import fcntl
    except ImportError:  # Windows: one copy at a time is the user's to keep
        yield
        return
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OSError(errno.EWOULDBLOCK, f"{folder} is locked by another "
                                  "running copy") from None
                time.sleep(0.02)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock
