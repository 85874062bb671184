"""The reader on a long file: the time to open a file of 20,000 paragraphs in the
reader until its first lines are on screen, to go to its end (End) and to its last
quote from the top (N), per PgDn keystroke, and the memory the open article takes.
Headless (App.run_test), in-process, with the file parsed before the clock starts.

    python benchmarks/reader_long_file.py [--paragraphs 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from app_helpers import screen_text  # noqa: E402

import klayman_tui  # noqa: E402
from klayman_tui.app.main_app import QuoteExplorer  # noqa: E402
from klayman_tui.app.settings import Settings  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def _idle(pilot) -> None:
    """Until the keys' work is done and the screen is drawn."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def one_run(corpus) -> dict[str, float]:
    app = QuoteExplorer(corpus, Settings())
    times: dict[str, float] = {}
    app.animation_level = "none"  # PgDn's scroll is timed, not its animation
    async with app.run_test(size=(120, 40)) as pilot:
        await _idle(pilot)
        before = rss_mb()
        start = time.perf_counter()
        await pilot.press("down")  # the article opens as it is highlighted
        await _idle(pilot)
        times["open"] = time.perf_counter() - start
        times["rss"] = rss_mb() - before
        assert "Line 0:" in screen_text(app), "the article is not on screen"
        await pilot.press("enter")
        start = time.perf_counter()
        await pilot.press("end")
        await _idle(pilot)
        times["end"] = time.perf_counter() - start
        assert "Line 19999:" in screen_text(app) or "Line 1999" in screen_text(app)
        await pilot.press("home")
        await _idle(pilot)
        start = time.perf_counter()
        for _ in range(20):
            await pilot.press("pagedown")
        await _idle(pilot)
        times["pgdn"] = (time.perf_counter() - start) / 20
        await pilot.press("home")
        await _idle(pilot)
        app.source_list.focus()
        await pilot.press("home", "down")  # the start page, then the article again
        await _idle(pilot)
        await pilot.press("enter")
        start = time.perf_counter()
        await pilot.press("N")  # no quote current: N is the article's last quote
        await _idle(pilot)
        times["last_quote"] = time.perf_counter() - start
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--paragraphs", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="klayman-reader-bench-"))
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[name] = str(home / name.lower())
    folder = home / "long"
    folder.mkdir()
    lines = [f'Line {i}: "a quote numbered {i} in a long file," said Ms Jones.'
             for i in range(args.paragraphs)]
    (folder / "long.txt").write_text("Long file\n\n" + "\n\n".join(lines), encoding="utf-8")
    corpus = klayman_tui.load([folder])
    runs = [asyncio.run(one_run(corpus)) for _ in range(args.runs)]
    print(f"reader, a file of {args.paragraphs:,} paragraphs, median of {args.runs} runs:")
    for key, label in (("open", "open to first lines on screen"), ("end", "End"),
                       ("last_quote", "N to the last quote"), ("pgdn", "per PgDn")):
        values = [run[key] * 1000 for run in runs]
        print(f"  {label:32} {statistics.median(values):8.1f} ms  "
              f"(runs: {', '.join(f'{v:.0f}' for v in values)})")
    memory = [run["rss"] for run in runs]
    print(f"  {'memory taken by the open':32} {statistics.median(memory):8.1f} MB  "
          f"(runs: {', '.join(f'{v:.0f}' for v in memory)})")


if __name__ == "__main__":
    main()
