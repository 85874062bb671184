"""Parsing real news: 2,000 articles from the labelled sets (news-dev, news-dev-2 and,
when built, PolNeAR's train and dev), repeated as needed, loaded as a user's folder is
(worker processes on every core, no parse cache), against the budget of 1 s; and
the same folder opened for the first time with the parse cache on (a fresh cache each
run), as a user's first open is, which also writes every file's row.

    python benchmarks/parse_real.py [--articles 2000] [--runs 3] [--folder PATH]

``--folder`` takes the articles (its .txt files, in name order) from a folder of your
own instead. Prints the best and median of the runs, the megabytes parsed, and the time
for the first 5 MB (the size of 2,000 short news articles) at the measured rate, with a
serial (one process) run for reference, and whether the engine is compiled (``pip
install .`` compiles it, see hatch_build.py; an editable install is pure Python).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["KLAYMAN_TUI_NO_CACHE"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import attribution_eval as ev  # noqa: E402
from klayman_tui.corpus.extract import engine  # noqa: E402
from klayman_tui.corpus.loading import plan_load  # noqa: E402


def pool() -> list[Path]:
    files = []
    for name in ("news-dev", "news-dev-2", "polnear-dev", "polnear-train"):
        folder = ev.sets()[name] / "articles"
        if folder.is_dir():
            files += sorted(folder.glob("*.txt"))
    return files


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--folder", type=Path, help="articles of your own (its .txt files)")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt")) if args.folder else pool()
    if not files:
        sys.exit("no labelled articles found beside the checkout")
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as caches:
        folder = Path(tmp)
        size = 0
        for i in range(args.articles):
            source = files[i % len(files)]
            target = folder / f"{i:05d}_{source.name}"
            shutil.copyfile(source, target)
            size += target.stat().st_size
        mb = size / 1e6
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            result = plan_load([folder]).finish()
            times.append(time.perf_counter() - started)
        cached = []
        for run in range(args.runs):
            cached.append(first_open(folder, Path(caches) / str(run)))
        started = time.perf_counter()
        plan_load([folder]).finish(parallel=False)
        serial = time.perf_counter() - started
        quotes = sum(len(s.quotes) for s in result.sources)
    best = min(times)
    print(f"{args.articles} real articles ({min(args.articles, len(files))} distinct: a "
          f"repeated one finds its names already read), {mb:.1f} MB, {quotes} quotes, "
          f"{os.cpu_count()} cores, engine {engine_build()}")
    print(f"  parallel: best {best:.2f} s, median {statistics.median(times):.2f} s "
          f"({mb / best:.1f} MB/s; 5 MB at that rate: {5 / (mb / best):.2f} s)")
    print(f"  parallel, first open with the parse cache on: best {min(cached):.2f} s, "
          f"median {statistics.median(cached):.2f} s")
    print(f"  serial:   {serial:.2f} s ({mb / serial:.1f} MB/s)")


def engine_build() -> str:
    compiled = Path(engine.__file__).suffix in (".so", ".pyd")
    return "compiled (mypyc)" if compiled else "pure Python"


def first_open(folder: Path, cache_home: Path) -> float:
    """Seconds to load ``folder`` with an empty parse cache under ``cache_home``."""
    saved = {name: os.environ.pop(name, None)
             for name in ("KLAYMAN_TUI_NO_CACHE", "XDG_CACHE_HOME")}
    os.environ["XDG_CACHE_HOME"] = str(cache_home)
    try:
        started = time.perf_counter()
        plan = plan_load([folder])
        plan.finish()
        elapsed = time.perf_counter() - started
        if plan.cache.disabled:
            sys.exit("the parse cache could not be opened under a fresh folder")
        return elapsed
    finally:
        for name, value in saved.items():
            os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value


if __name__ == "__main__":
    main()
