"""Per-keystroke search latency, on the bundled corpus and on 100,000 quotes, with
``fzf --filter`` over the same quote texts as a reference measured in the same run.

    python benchmarks/search_latency.py [--articles 20000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time

from common import percentile, summary, synthetic_corpus

import klayman_tui

QUERIES = ["censorship", "bootlegged", "moving target", "internet power", "twitter china",
           "documentary festival", "censorshp", "hope future", "speaker:fineran",
           "freedom of expression", "source:wrap piracy", "government police"]


def keystrokes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def time_search(corpus, rounds: int = 3) -> list[float]:
    corpus.search("warm up the index")
    times: list[float] = []
    for _ in range(rounds):
        for query in QUERIES:
            for typed in keystrokes(query):
                start = time.perf_counter()
                corpus.search(typed, limit=50)
                times.append((time.perf_counter() - start) * 1000)
    return times


def time_fzf(corpus, queries: list[str]) -> list[float] | None:
    fzf = shutil.which("fzf")
    if fzf is None:
        return None
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        for quote in corpus.quotes:
            handle.write(" ".join(quote.text.split()) + "\n")
        lines = handle.name
    times: list[float] = []
    for query in queries:
        with open(lines, "rb") as stdin:
            start = time.perf_counter()
            subprocess.run([fzf, "--filter", query], stdin=stdin, stdout=subprocess.DEVNULL,
                           check=False)
            times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, corpus) -> None:
    ours = time_search(corpus)
    print(f"{name}: {len(corpus.quotes)} quotes; corpus.search per keystroke (ms): "
          f"{summary(ours)}")
    plain = [q for q in QUERIES if ":" not in q]
    sample = [typed for q in plain for typed in keystrokes(q)[2::3]]
    fzf = time_fzf(corpus, sample)
    if fzf is None:
        print(f"{name}: fzf not installed, no reference")
        return
    print(f"{name}: fzf --filter, same quote texts, {len(sample)} typed prefixes (ms): "
          f"{summary(fzf)}")
    print(f"{name}: fzf p50 / ours p50 = {statistics.median(fzf) / statistics.median(ours):.1f}x, "
          f"fzf p95 / ours p95 = {percentile(fzf, .95) / percentile(ours, .95):.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20000,
                        help="synthetic articles (5 quotes each): 20000 = 100,000 quotes")
    args = parser.parse_args()
    report("bundled", klayman_tui.load())
    folder = synthetic_corpus(args.articles)
    start = time.perf_counter()
    corpus = klayman_tui.load([folder])
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    corpus.search("index")
    indexed = time.perf_counter() - start
    print(f"synthetic: loaded in {loaded:.1f} s, index built in {indexed:.1f} s")
    report("synthetic", corpus)


if __name__ == "__main__":
    main()
