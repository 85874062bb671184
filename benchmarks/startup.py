"""Start-up to first paint, in tmux: klayman-tui on the bundled corpus (until its
source list is on screen) against a bare Textual app with one Static, measured the
same way, alternating, in the same run. The limit is 1.2x (issue 24; PRODUCT.md's
budget is 1.3x); tests/test_import_hygiene.py keeps what the first screen does not
need out of its imports.

The app is installed the way the README's app command installs it (`pip install .`
into a venv of its own, under benchmarks/out/), so it runs from compiled bytecode as a
user's does; the bare app runs on that venv's interpreter too. `--here` times the
`klayman-tui` beside the current interpreter instead (an editable install, say).

Also reported: the time until the whole first screen is there (search bar, reader
overview and key bar), which comes a frame or two after the source list.

    python benchmarks/startup.py [--runs 20] [--here]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE.parent / "tests"))

from tmux_session import TmuxSession, app_env, installed_command  # noqa: E402

SOURCE_LIST = ("All sources", "Fast Company")
WHOLE_SCREEN = SOURCE_LIST + ("to search quotes", "Quit")
BARE = ("bare app ready",)


def installed_venv() -> Path:
    """A venv with the project installed as the README does it (made once, then the
    project reinstalled each run so the timing is of the current code)."""
    venv = HERE / "out" / "startup-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", str(ROOT)], check=True)
    else:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps",
                        "--force-reinstall", str(ROOT)], check=True)
    return venv


def time_to_screen(command: list[str], home: Path, *stages: tuple[str, ...]) -> list[float]:
    """Seconds from launch until each stage's texts are all on screen."""
    session = TmuxSession(command, app_env(home))
    try:
        times = []
        for markers in stages:
            session.wait_for(*markers, timeout=30, poll=0.005)
            times.append(time.perf_counter() - session.started_at)
        return times
    finally:
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--here", action="store_true",
                        help="time the klayman-tui beside this interpreter")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    if args.here:
        ours_cmd, python = [installed_command()], sys.executable
    else:
        venv = installed_venv()
        ours_cmd, python = [str(venv / "bin" / "klayman-tui")], str(venv / "bin" / "python")
    bare_cmd = [python, str(HERE / "bare_app.py")]
    time_to_screen(ours_cmd, home, SOURCE_LIST)  # warm the caches (and the parse cache)
    time_to_screen(bare_cmd, home, BARE)
    ours, whole, bare = [], [], []

    def run_ours() -> None:
        first, complete = time_to_screen(ours_cmd, home, SOURCE_LIST, WHOLE_SCREEN)
        ours.append(first)
        whole.append(complete)

    def run_bare() -> None:
        bare.append(time_to_screen(bare_cmd, home, BARE)[0])

    for run in range(args.runs):
        # Which goes first alternates, and each launch waits for the last one's exit
        # to settle, so neither is timed while the other is still shutting down.
        for launch in ((run_ours, run_bare) if run % 2 == 0 else (run_bare, run_ours)):
            time.sleep(0.2)
            launch()
    o, w, b = (statistics.median(x) for x in (ours, whole, bare))
    # Each pair ran back to back, so its ratio is least disturbed by the machine's load.
    paired = statistics.median(x / y for x, y in zip(ours, bare))
    paired_whole = statistics.median(x / y for x, y in zip(whole, bare))
    print(f"start-up, median of {args.runs}: bare Textual app {b * 1000:.0f} ms")
    print(f"  klayman-tui source list painted: {o * 1000:.0f} ms, ratio {o / b:.2f}, "
          f"median of paired ratios {paired:.2f} (limit 1.2)")
    print(f"  klayman-tui whole first screen:  {w * 1000:.0f} ms, ratio {w / b:.2f}, "
          f"median of paired ratios {paired_whole:.2f}")
    print(f"  source list runs (ms):  {[round(t * 1000) for t in ours]}")
    print(f"  whole screen runs (ms): {[round(t * 1000) for t in whole]}")
    print(f"  bare app runs (ms):     {[round(t * 1000) for t in bare]}")


if __name__ == "__main__":
    main()
