"""Parsing time against input size, for the inputs that once made it quadratic.
Prints seconds per size and the slope (time ratio per size ratio, from the first to
the last size measured; 1.0 is linear, 2.0 quadratic).

Text shapes, each one article of growing size: one long paragraph of quotations with
cues, `“word” said “` repeated, a one-row Markdown table, ordinary news prose (in
paragraphs, and in one that never ends), a chain of split quotations, an interview
transcript of `NAME:` turns, and one long run of capitalised words.

Shapes of a folder, growing in files or bytes: file ids that collide (the same name in
folders of the same name), a large `sources.toml` beside as many files (parsed on
every core, as a first open does), and a PDF whose title, or a page whose site name,
is megabytes long.

    python benchmarks/parse_scaling.py [--max-mb 64] [--max-seconds 20] [--only NAME]

A shape stops growing once one measurement takes longer than --max-seconds (a shape
still quadratic would otherwise run for hours); its slope is over the sizes measured.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

os.environ["KLAYMAN_TUI_NO_CACHE"] = "1"

from klayman_tui.corpus.loading import parse_source  # noqa: E402
from klayman_tui.corpus.ingest.speakers import SpeakerBook  # noqa: E402

UNITS = {
    "cued quotations, one paragraph":
        '"We kept the harbour open all night," said John Smith, a spokesman for the '
        'Port. He said "it was hard work for everyone." ',
    "“word” said “ repeated": "“word” said “",
    "one-row Markdown table": "| cell a | “quoted” cell | Name Surname said |",
    "news prose, paragraphs":
        'The council met on Monday. "We will not give up," said Mayor Ann Lee.\n\n'
        'Critics disagreed. "It is a costly mistake," one resident said.\n\n',
    "interview transcript, NAME: turns":
        "DGF: What did the festival audience make of the film and its ending?\n\n"
        "AK: They were moved, I think. Weiwei's story is not over, and people felt that "
        "the film was a beginning, not an end.\n\n",
    # QA's shapes: a chain of split quotations ("“…,” said X, “…,” said X, …"), and
    # news prose that never breaks its paragraph.
    "split quotations, one paragraph": '"Yes it is," said Ann Lee, ',
    "news prose, one paragraph":
        'The council met on Monday about the harbour plan. "We will not give up," said '
        'Mayor Ann Lee. Critics disagreed and said it was too costly. ',
    "capitalised words, one run":
        "Harbour Council Chairman Bridge River Village Election Minister Policy ",
}


def text_seconds(unit: str) -> Callable[[int], float]:
    def measure(size: int) -> float:
        text = "Headline\n\n" + unit * (size // len(unit)) + "\n"
        start = time.perf_counter()
        parse_source("x", "x.txt", text, None, SpeakerBook())
        return time.perf_counter() - start
    return measure


def in_a_folder(write: Callable[[Path, int], None],
                measure: Callable[[Path], object]) -> Callable[[int], float]:
    """A shape of a folder: ``write(folder, size)`` makes it (not timed), then
    ``measure(folder)`` is timed."""
    def seconds(size: int) -> float:
        folder = Path(tempfile.mkdtemp(prefix="klayman-scaling-"))
        try:
            write(folder, size)
            start = time.perf_counter()
            measure(folder)
            return time.perf_counter() - start
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return seconds


ARTICLE = 'Story\n\n"We kept the harbour open all night long," said Ms Lee.\n'


def colliding_ids(folder: Path, count: int) -> None:
    """``count`` files all named ``inner/story.txt``, under folders ``0/``, ``1/`` …,
    to be given one by one (``klayman-tui */inner/story.txt``): each file's id is its
    name, the same for all, made unique by its folder's name and then a number."""
    for number in range(count):
        (folder / str(number) / "inner").mkdir(parents=True)
        (folder / str(number) / "inner" / "story.txt").write_text(ARTICLE)


def discover_given_files(folder: Path) -> None:
    from klayman_tui.corpus.ingest.discovery import discover

    discover(sorted(folder.glob("*/inner/story.txt")), [])


def big_sidecar(folder: Path, count: int) -> None:
    """``count`` files and a ``sources.toml`` with an entry for each (about 200 bytes
    an entry)."""
    entries = []
    for number in range(count):
        (folder / f"s{number:05d}.txt").write_text(ARTICLE)
        entries.append(f'[sources.s{number:05d}]\noutlet = "Outlet {number}"\ntitle = '
                       f'"A title for story number {number} of the folder"\n'
                       f'author = "Ann Lee"\ndate = "2012-09-10"\n')
    (folder / "sources.toml").write_text("".join(entries))


def load_folder(folder: Path) -> None:
    import klayman_tui

    klayman_tui.load([folder])


def pdf_title(folder: Path, size: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from hostile_pdfs import FONT, TEXT, stream, write_pdf

    title = b"Long title words " * (size // 17)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               FONT, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                     b"<< /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
               stream(TEXT), b"<< /Title (" + title + b") >>"]
    (folder / "title.pdf").write_bytes(write_pdf(objects, b"/Info 6 0 R "))


def site_name(folder: Path, size: int) -> None:
    site = "Site " * (size // 5)
    body = "<p>“We never gave up on the film, not for one day,” said Ms Quote.</p>" * 3
    (folder / "page.html").write_text(
        f'<html><head><meta property="og:site_name" content="{site}"><title>A page</title>'
        f"</head><body><article>{body}</article></body></html>", encoding="utf-8")


def list_and_cite(folder: Path) -> None:
    """Load, then what the source list and a copy make of it (a page trafilatura
    refuses as too large counts as read: it was, and was skipped)."""
    import klayman_tui
    from klayman_tui.app.widgets.source_list import source_prompt
    from klayman_tui.corpus.cite.citation import format_citation

    try:
        corpus = klayman_tui.load([folder])
    except klayman_tui.corpus.NothingToLoad:
        return
    for source in corpus.sources:
        source_prompt(source)
    for quote in corpus.quotes[:1]:
        format_citation(quote, "mla")


MB = 1024 * 1024
# name: (what is measured, the size unit, first size, factor per step)
SHAPES: dict[str, tuple[Callable[[int], float], str, int, int]] = {
    **{name: (text_seconds(unit), "MB", 100 * 1024, 4) for name, unit in UNITS.items()},
    "colliding file ids (discovery)": (in_a_folder(colliding_ids, discover_given_files),
                                       "files", 1250, 2),
    "large sources.toml, as many files": (in_a_folder(big_sidecar, load_folder), "files",
                                          500, 2),
    "PDF title of growing size": (in_a_folder(pdf_title, list_and_cite), "MB", 256 * 1024, 4),
    "page site name of growing size": (in_a_folder(site_name, list_and_cite), "MB",
                                       256 * 1024, 4),
}
LIMITS = {"MB": lambda args: args.max_mb * MB, "files": lambda args: args.max_files}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=64)
    parser.add_argument("--max-files", type=int, default=20_000)
    parser.add_argument("--max-seconds", type=float, default=20)
    parser.add_argument("--only", help="the shapes whose name holds this")
    args = parser.parse_args()
    for name, (measure, unit, first, factor) in SHAPES.items():
        if args.only and args.only not in name:
            continue
        sizes, times = [], []
        size = first
        while size <= LIMITS[unit](args):
            sizes.append(size)
            times.append(measure(size))
            if times[-1] > args.max_seconds:
                break
            size *= factor
        shown = [f"{s / MB:6.2f} MB" if unit == "MB" else f"{s:,} files" for s in sizes]
        cells = "  ".join(f"{s} {t:6.2f} s" for s, t in zip(shown, times))
        slope = (math.log(times[-1] / times[0]) / math.log(sizes[-1] / sizes[0])
                 if len(times) > 1 and times[0] > 0 else float("nan"))
        print(f"{name}: {cells}  slope {slope:.2f}", flush=True)


if __name__ == "__main__":
    main()
