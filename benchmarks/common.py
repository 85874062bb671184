"""Shared helpers for the benchmarks: synthetic corpora on disk and percentiles."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
sys.path.insert(0, str(HERE))

from synthetic import write_corpus  # noqa: E402


def synthetic_corpus(articles: int, quotes_per_article: int = 5) -> Path:
    """A seeded corpus on disk (made once, then reused)."""
    folder = OUT / f"synthetic-{articles}x{quotes_per_article}"
    marker = folder / ".complete"
    if not marker.exists():
        write_corpus(folder, articles, quotes_per_article)
        marker.write_text("ok")
    return folder


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def summary(values: list[float]) -> str:
    return (f"n={len(values)} p50={statistics.median(values):.2f} "
            f"p95={percentile(values, 0.95):.2f} max={max(values):.2f}")
