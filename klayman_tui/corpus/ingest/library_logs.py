"""What the libraries that read pages and PDFs say (pypdf, trafilatura, htmldate,
lxml …), through the one neutralising step: never printed raw.

Their log records and Python warnings would go to stderr as they are — a PDF object
name holding an escape sequence set the clipboard and coloured the screen. While a
file is read (``collected``) they become that file's warning, one line, neutralised;
at any other time a record nobody configured logging for (and a warning) is printed
neutralised and prefixed with its library's name, where Python would print it bare.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import warnings
from typing import Iterator

from ..neutralise import neutral_line

_SHOWN = 160  # characters of a library's message kept in a warning line
_state = threading.local()  # .notes: the list of the file being read in this thread
_installed = False
_lock = threading.Lock()


class _Router(logging.Handler):
    """Stands in for ``logging.lastResort`` (used only when no handler is set up)."""

    def emit(self, record: logging.LogRecord) -> None:
        _note(record.name.split(".")[0], _message(record))


class _Collector(logging.Handler):
    """On the root logger while one thread reads a file: that thread's records."""

    def __init__(self, notes: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.notes = notes
        self.thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread == self.thread:
            self.notes.append(neutral_line(f"{record.name.split('.')[0]}: "
                                           f"{_message(record)}"))


def _message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except Exception:  # noqa: BLE001 - a library's bad format string is no crash
        return str(record.msg)


def _note(library: str, message: str) -> None:
    line = neutral_line(f"{library}: {message}")
    notes = getattr(_state, "notes", None)
    if notes is not None:
        notes.append(line)
    else:
        try:
            sys.stderr.write(f"{line[:_SHOWN * 2]}\n")
        except (OSError, ValueError, AttributeError):
            pass


def install() -> None:
    """Route library logs and warnings through ``_note`` (once per process)."""
    global _installed
    with _lock:
        if _installed:
            return
        logging.lastResort = _Router(logging.WARNING)
        original = warnings.showwarning

        def show(message, category, filename, lineno, file=None, line=None):
            if file is not None:  # sent somewhere on purpose: as asked
                return original(message, category, filename, lineno, file, line)
            _note(category.__name__, str(message))

        warnings.showwarning = show
        _installed = True


@contextlib.contextmanager
def collected(notes: list[str]) -> Iterator[None]:
    """While the block reads a file, what libraries say goes into ``notes`` as one
    line: the first message, and how many more there were. (A handler on the root
    logger while it runs, so the record is neither printed by ``lastResort`` nor
    missed because a library gave its logger a NullHandler.)"""
    install()
    previous = getattr(_state, "notes", None)
    said: list[str] = []
    _state.notes = said
    collector = _Collector(said)
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        yield
    finally:
        root.removeHandler(collector)
        _state.notes = previous
        if said:
            more = f" (and {len(said) - 1} more)" if len(said) > 1 else ""
            first = said[0] if len(said[0]) <= _SHOWN else said[0][:_SHOWN - 1] + "…"
            notes.append(f"{first}{more}")
