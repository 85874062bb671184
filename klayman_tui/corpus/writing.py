"""Writing the program's own files (settings, the last copy, crash reports, the
collection, exports): whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "klayman-tui"  # its folder in each of the user's cache, config, data and state


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, flush it to disk and rename
    it over ``path``: a crash leaves the old file or the new one, and a pipe planted
    at ``path`` is replaced, never written into (which would block)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
