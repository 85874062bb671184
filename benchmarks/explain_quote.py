"""Why a quote got its speaker: every candidate with its features and score.

    python benchmarks/explain_quote.py FILE WORDS

WORDS: a few words of the quote. Prints each candidate, best first, with the frames
that proposed it and each feature's contribution."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("KLAYMAN_TUI_NO_CACHE", "1")

from klayman_tui.corpus.extract import engine  # noqa: E402
from klayman_tui.corpus.extract.decide import score  # noqa: E402
from klayman_tui.corpus.extract.decide import WEIGHTS  # noqa: E402
from klayman_tui.corpus.loading import plan_load  # noqa: E402
from pathlib import Path  # noqa: E402


def main() -> None:
    path, words = Path(sys.argv[1]), sys.argv[2]

    def record(source, text, candidates):
        if words not in text:
            return
        print(f"quote: {text[:100]!r}")
        for c in sorted(candidates, key=score, reverse=True):
            score(c)
            parts = sorted(((WEIGHTS.get(k, 0) * v, k) for k, v in c.features(c.best).items()),
                           reverse=True)
            print(f"  {score(c):+6.2f} {c.entity.root().name!r} ({c.entity.root().kind}) "
                  f"rules={c.rules}")
            print("         " + ", ".join(f"{k} {v:+.2f}" for v, k in parts if v))
        print(f"  none {WEIGHTS.get('none', 0):+.2f}")

    engine.RECORDER = record
    plan_load([path]).finish(parallel=False)


if __name__ == "__main__":
    main()
