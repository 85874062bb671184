"""Parsing time against input size, for the inputs that once made it quadratic:
one long paragraph of quotations with cues, `“word” said “` repeated, a one-row
Markdown table, and ordinary news prose. Prints seconds per size and the slope
(time ratio per size ratio; 1.0 is linear, 2.0 would be quadratic).

    python benchmarks/parse_scaling.py [--max-mb 64]
"""

from __future__ import annotations

import argparse
import math
import os
import time

os.environ["KLAYMAN_TUI_NO_CACHE"] = "1"

from klayman_tui.corpus.loading import parse_source  # noqa: E402
from klayman_tui.corpus.speakers import SpeakerBook  # noqa: E402

UNITS = {
    "cued quotations, one paragraph":
        '"We kept the harbour open all night," said John Smith, a spokesman for the '
        'Port. He said "it was hard work for everyone." ',
    "“word” said “ repeated": "“word” said “",
    "one-row Markdown table": "| cell a | “quoted” cell | Name Surname said |",
    "news prose, paragraphs":
        'The council met on Monday. "We will not give up," said Mayor Ann Lee.\n\n'
        'Critics disagreed. "It is a costly mistake," one resident said.\n\n',
}


def seconds_for(unit: str, size: int) -> float:
    text = "Headline\n\n" + unit * (size // len(unit)) + "\n"
    start = time.perf_counter()
    parse_source("x", "x.txt", text, None, SpeakerBook())
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max-mb", type=float, default=64)
    args = parser.parse_args()
    sizes = [100 * 1024]
    while sizes[-1] * 4 <= args.max_mb * 1024 * 1024:
        sizes.append(sizes[-1] * 4)
    for name, unit in UNITS.items():
        times = [seconds_for(unit, size) for size in sizes]
        cells = "  ".join(f"{size / 1048576:6.2f} MB {t:6.2f} s" for size, t in zip(sizes, times))
        slope = (math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])
                 if times[0] > 0 else float("nan"))
        print(f"{name}: {cells}  slope {slope:.2f}")


if __name__ == "__main__":
    main()
