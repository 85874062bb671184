"""Memory handed back (corpus/memory.py): large arrays live apart from the heap, so
what the search index's and the meaning tier's builds free goes back to the system
(resident memory at 100,000 quotes is measured by benchmarks/load_and_memory.py)."""

import ctypes
import subprocess
import sys

import pytest

PROBE = """
import ctypes, sys
import numpy as np
class MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks",
                "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]
libc = ctypes.CDLL(None)
libc.mallinfo2.restype = MallInfo2
if sys.argv[1] == "held":
    from klayman_tui.corpus.memory import hold_large_blocks_apart
    hold_large_blocks_apart()
big = np.ones(16 << 20, dtype=np.uint8)
del big  # freed: glibc would raise its mmap threshold to 16 MB
before = libc.mallinfo2().arena
blocks = [np.ones(4 << 20, dtype=np.uint8) for _ in range(4)]
print((libc.mallinfo2().arena - before) >> 20)
"""


def _has_mallinfo2() -> bool:
    try:
        return hasattr(ctypes.CDLL(None), "mallinfo2")
    except OSError:
        return False


@pytest.mark.skipif(not _has_mallinfo2(), reason="glibc's allocator only")
def test_blocks_of_a_megabyte_and_more_are_kept_out_of_the_heap():
    """After a 16 MB array is freed, four 4 MB arrays come from the heap (which keeps
    them once freed), unless large blocks are held apart, as the index does."""

    def heap_growth(mode: str) -> int:
        run = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True,
                             text=True, check=True)
        return int(run.stdout)

    assert heap_growth("default") >= 15  # what glibc does on its own
    assert heap_growth("held") == 0


def test_the_search_index_holds_large_blocks_apart(tmp_path, monkeypatch):
    import klayman_tui
    from klayman_tui.corpus import memory

    held = []
    monkeypatch.setattr(memory, "hold_large_blocks_apart", lambda: held.append(True))
    (tmp_path / "a.txt").write_text("A\n\n\u201cThe garden grew beans all summer "
                                    "long,\u201d said Bo Reyes.\n", encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    corpus.search("garden")
    assert held == [True]


def test_a_query_that_builds_the_meaning_tier_hands_back_what_it_left(tmp_path,
                                                                      monkeypatch):
    """Above MEANING_UP_FRONT quotes a query builds the tier; what the build and the
    rest of that query freed is handed back once it is done (12 MB at 100,000)."""
    import klayman_tui
    from klayman_tui.corpus import memory
    from klayman_tui.corpus.search import beyond as search_beyond

    monkeypatch.setattr(search_beyond, "MEANING_UP_FRONT", 1)
    (tmp_path / "a.txt").write_text(
        "A\n\n\u201cThe garden grew beans all summer long,\u201d said Bo Reyes.\n\n"
        "\u201cHe spent three weeks in detention,\u201d said Ann Cole.\n", encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    calls = []
    monkeypatch.setattr(memory, "give_back", lambda: calls.append("corpus"))
    monkeypatch.setattr(search_beyond, "give_back", lambda: calls.append("build"))
    corpus.search("jail")
    # The index's build, the tier's build, then what the rest of the query left.
    assert calls == ["corpus", "build", "corpus"]
    calls.clear()
    corpus.search("prison")
    assert calls == []
