"""Start-up to first paint, in tmux: klayman-tui on the bundled corpus (until its
source list is on screen) against a bare Textual app with one Static, measured the
same way, alternating, in the same run.

    python benchmarks/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from tmux_session import TmuxSession, app_env, installed_command  # noqa: E402


def time_to_screen(command: list[str], markers: tuple[str, ...], home: Path) -> float:
    session = TmuxSession(command, app_env(home))
    try:
        session.wait_for(*markers, timeout=30, settle=False, poll=0.005)
        return time.perf_counter() - session.started_at
    finally:
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    ours_cmd = [installed_command()]
    bare_cmd = [sys.executable, str(HERE / "bare_app.py")]
    time_to_screen(ours_cmd, ("All sources", "Fast Company"), home)  # warm the caches
    time_to_screen(bare_cmd, ("bare app ready",), home)
    ours, bare = [], []
    for _ in range(args.runs):
        ours.append(time_to_screen(ours_cmd, ("All sources", "Fast Company"), home))
        bare.append(time_to_screen(bare_cmd, ("bare app ready",), home))
    o, b = statistics.median(ours), statistics.median(bare)
    # Each pair ran back to back, so its ratio is least disturbed by the machine's load.
    paired = statistics.median(x / y for x, y in zip(ours, bare))
    print(f"start-up to first paint, median of {args.runs}: klayman-tui {o * 1000:.0f} ms, "
          f"bare Textual app {b * 1000:.0f} ms, ratio {o / b:.2f}; median of paired "
          f"ratios {paired:.2f} (budget 1.3)")
    print(f"  klayman-tui runs (ms): {[round(t * 1000) for t in ours]}")
    print(f"  bare app runs (ms):    {[round(t * 1000) for t in bare]}")


if __name__ == "__main__":
    main()
