"""Second open of a large folder: launch to first paint with every source listed
(the reader's overview says "All sources — N articles"), once the parse cache is warm,
in tmux, with the resident memory of the app at that point.

A bare Textual app is timed alternately in the same run, as the reference.

    python benchmarks/second_open.py [--articles 2000] [--runs 7]
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
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from synthetic import write_corpus  # noqa: E402
from tmux_session import TmuxSession, app_env, installed_command  # noqa: E402


def resident_mb(session: TmuxSession) -> float:
    """Peak resident memory of the app in the pane (the shell's child)."""
    shell = session._tmux("display", "-p", "#{pane_pid}").strip()
    children = subprocess.run(["pgrep", "-P", shell], capture_output=True, text=True).stdout
    for pid in children.split():
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    return float("nan")


def timed(command: list[str], env: dict[str, str], marker: str) -> tuple[float, float]:
    session = TmuxSession(command, env)
    try:
        session.wait_for(marker, timeout=120, settle=False, poll=0.005)
        seconds = time.perf_counter() - session.started_at
        return seconds, resident_mb(session)
    finally:
        session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp())
    folder = write_corpus(home / "corpus", args.articles, 5)
    env = app_env(home)
    env["XDG_CACHE_HOME"] = str(home / "cache")
    command = installed_command()
    started = time.perf_counter()
    subprocess.run([command, "--data", str(folder), "sources"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    print(f"{args.articles} articles: first parse (command line) "
          f"{time.perf_counter() - started:.1f} s")
    marker = f"All sources — {args.articles:,} articles"
    ours, bare, memory = [], [], []
    for _ in range(args.runs):
        seconds, rss = timed([command, "--data", str(folder)], env, marker)
        ours.append(seconds)
        memory.append(rss)
        bare.append(timed([sys.executable, str(HERE / "bare_app.py")], env,
                          "bare app ready")[0])
    o, b = statistics.median(ours), statistics.median(bare)
    print(f"second open to first paint, median of {args.runs}: {o:.2f} s "
          f"(bare Textual app {b:.2f} s, ratio {o / b:.1f}); peak resident "
          f"{statistics.median(memory):.0f} MB")
    print(f"  runs (s): {[round(t, 2) for t in ours]}")


if __name__ == "__main__":
    main()
