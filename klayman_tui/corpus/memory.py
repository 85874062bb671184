"""Freed memory handed back to the system.

Building a search index, or the meaning tier, frees many small blocks that glibc's
allocator keeps for later; ``malloc_trim`` returns them (at 100,000 quotes, 4 MB after
the index and 13 MB after the meaning resource: benchmarks/load_and_memory.py).

glibc also raises its mmap threshold each time a large block is freed (up to 32 MB),
so after the index's build every array below that size comes from the heap, and the
heap keeps what they leave: 12 MB after the first query at 100,000 quotes. With the
threshold held at 1 MB, blocks of 1 MB and more are mapped apart and handed back when
freed, while a keystroke's arrays (800 kB at 100,000 quotes) still reuse the heap.

Where there is no glibc (macOS, musl) these do nothing.
"""

from __future__ import annotations

_M_MMAP_THRESHOLD = -3  # mallopt's parameter number in glibc's malloc.h
LARGE_BLOCK = 1 << 20
_held = False


def _libc():
    try:
        import ctypes

        return ctypes.CDLL(None)
    except (ImportError, OSError):
        return None


def give_back() -> None:
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None)
    if trim is not None:
        trim(0)


def hold_large_blocks_apart() -> None:
    """Keep blocks of LARGE_BLOCK and more out of the heap from now on (once)."""
    global _held
    if _held:
        return
    _held = True
    mallopt = getattr(_libc(), "mallopt", None)
    if mallopt is not None:
        mallopt(_M_MMAP_THRESHOLD, LARGE_BLOCK)
