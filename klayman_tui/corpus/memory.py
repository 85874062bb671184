"""Freed memory handed back to the system.

Building a search index, or loading the meaning resource, frees many small blocks that
glibc's allocator keeps for later; ``malloc_trim`` returns them (at 100,000 quotes,
4 MB after the index and 13 MB after the meaning resource: benchmarks/load_and_memory.py).
Where there is no ``malloc_trim`` (macOS, musl) this does nothing.
"""

from __future__ import annotations


def give_back() -> None:
    try:
        import ctypes

        trim = ctypes.CDLL(None).malloc_trim
    except (ImportError, OSError, AttributeError):
        return
    trim(0)
