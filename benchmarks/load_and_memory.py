"""Parsing time for 2,000 news articles (~5 MB) and resident memory at 100,000 quotes,
parsed and served from the parse cache.

    python benchmarks/load_and_memory.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import HERE, synthetic_corpus

import klayman_tui

# Parsing is what is measured here, so the parse cache is bypassed.
os.environ["KLAYMAN_TUI_NO_CACHE"] = "1"

MEMORY_PROBE = """
import resource, sys
sys.path.insert(0, {here!r})
import klayman_tui
def rss():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
before = rss()
corpus = klayman_tui.load([{folder!r}])
loaded = rss()
corpus.search("censorship")
indexed = rss()
hits = corpus.search("incarceration")  # its words barely found: the meaning tier is built
meaning = rss()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{{len(corpus.quotes)}} {{before:.0f}} {{loaded:.0f}} {{indexed:.0f}} {{meaning:.0f}} "
      f"{{peak:.0f}} {{len(hits.related)}}")
"""


def main() -> None:
    folder = synthetic_corpus(2000)
    size = sum(p.stat().st_size for p in folder.rglob("*.txt")) / 1e6
    times = []
    for _ in range(7):
        start = time.perf_counter()
        corpus = klayman_tui.load([folder])
        times.append(time.perf_counter() - start)
    print(f"parse: {len(corpus.sources)} articles, {size:.1f} MB, {len(corpus.quotes)} quotes: "
          f"median {statistics.median(times):.2f} s, min {min(times):.2f} s "
          f"(budget 1 s)")
    bundled = []
    for _ in range(20):
        start = time.perf_counter()
        klayman_tui.load()
        bundled.append((time.perf_counter() - start) * 1000)
    print(f"parse: the 5 bundled articles: median {statistics.median(bundled):.1f} ms")

    big = synthetic_corpus(20000)
    probe = MEMORY_PROBE.format(here=str(HERE.parent), folder=str(big))
    for cached in (False, True):
        quotes, before, loaded, indexed, meaning, peak, related = _probe(probe, cached)
        how = ("served from the parse cache (its second run)" if cached
               else "parsed, without the parse cache")
        print(f"memory, {how}: {quotes} quotes: RSS {before} MB after import, {loaded} MB "
              f"loaded, {indexed} MB with the search index, {meaning} MB once a query "
              f"builds the meaning tier (resource, quote vectors, context words; {related} "
              f"related words found), peak {peak} MB (budget 200 MB)")


def _probe(probe: str, cached: bool) -> list[str]:
    """The memory probe's figures in a fresh process; ``cached``: with a parse cache
    of its own, filled by a first run (a user's every start after the first)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ)
        if cached:
            del env["KLAYMAN_TUI_NO_CACHE"]
            env["XDG_CACHE_HOME"] = home
            subprocess.run([sys.executable, "-c", probe], capture_output=True, env=env,
                           check=True)
        return subprocess.run([sys.executable, "-c", probe], capture_output=True,
                              text=True, env=env, check=True).stdout.split()


if __name__ == "__main__":
    main()
