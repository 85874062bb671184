"""Where each paragraph of an article falls among its wrapped lines, so the article
view can draw only the lines on screen and still scroll through every one."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate

from rich.cells import cell_len
from textual.content import Content, Span

from .rendering import GIANT

GAP = 1  # a blank line after every paragraph


def wrapped_height(text: str, width: int) -> int:
    """The lines ``text`` takes wrapped to ``width`` cells, as Textual wraps it (a
    paragraph that fits on one line is not wrapped to find that out)."""
    if len(text) > GIANT:
        return len(giant_starts(text, width))
    if "\n" not in text and "\t" not in text and (
            len(text) <= width if text.isascii() else cell_len(text) <= width):
        return 1
    return len(Content(text).wrap(max(1, width)))


# Characters a terminal shows two cells wide: East Asian scripts, full-width forms and
# most emoji.
_WIDE_RE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3"
                      "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
                      "\U0001f300-\U0001faff\U00020000-\U0003fffd]")


@lru_cache(maxsize=8)
def _line_re(cells: int) -> re.Pattern[str]:
    # A line starts on a character that is no space and runs to the last space that
    # fits; a word longer than the line is cut.
    return re.compile(rf"\S[^\n]{{0,{cells - 1}}}(?=\s|$)|\S{{1,{cells}}}")


@lru_cache(maxsize=4)  # measured, then drawn: the same text at the same width
def giant_starts(text: str, width: int) -> tuple[int, ...]:
    """Where each wrapped line of a very long paragraph starts: greedy, at spaces, by
    one regular expression (10 MB in a few tenths of a second). In a text with wide
    characters each counts as two cells, so no line is ever wider than ``width``."""
    cells = max(1, width // 2 if _WIDE_RE.search(text) else width)
    starts: list[int] = []
    at = 0
    for part in text.split("\n"):
        found = [at + m.start() for m in _line_re(cells).finditer(part)]
        starts += found or [at]
        at += len(part) + 1
    return tuple(starts) or (0,)


class GiantStrips:
    """The strips of a very long paragraph, each line drawn when it is first shown
    (and a few hundred kept), so opening it never draws all of it."""

    KEPT = 512

    # A span longer than this (a style over the whole paragraph) is checked for every
    # line; the others are found by where they start.
    LONG_SPAN = 4096

    def __init__(self, content: Content, width: int, draw) -> None:
        self.content = content
        self.starts = giant_starts(content.plain, width)
        self._draw = draw  # one line's Content -> its Strip
        self._drawn: dict[int, object] = {}
        # A line's spans are looked up, not sliced out of all of them (Content's own
        # slicing reads every span: 20,000 quotes on one line made each screen of it
        # take a second). Each kept with its place, as later spans style over earlier.
        spans = list(enumerate(content.spans))
        self._long = [(i, span) for i, span in spans if span.end - span.start > self.LONG_SPAN]
        self._short = sorted(((span.start, i, span) for i, span in spans
                              if span.end - span.start <= self.LONG_SPAN),
                             key=lambda entry: entry[:2])
        self._short_starts = [start for start, _, _ in self._short]
        self._reach = max((span.end - span.start for _, _, span in self._short), default=0)

    def __len__(self) -> int:
        return len(self.starts)

    def line(self, row: int) -> Content:
        start = self.starts[row]
        end = self.starts[row + 1] if row + 1 < len(self.starts) else len(self.content)
        low = bisect_left(self._short_starts, start - self._reach)
        high = bisect_left(self._short_starts, end)
        found = [(i, span) for _, i, span in self._short[low:high] if span.end > start]
        found += [(i, span) for i, span in self._long if span.start < end and span.end > start]
        found.sort(key=lambda entry: entry[0])
        spans = [Span(max(span.start, start) - start, min(span.end, end) - start, span.style)
                 for _, span in found]
        return Content(self.content.plain[start:end], spans, strip_control_codes=False).rstrip()

    def plain_lines(self) -> list[str]:
        text = self.content.plain
        ends = [*self.starts[1:], len(text)]
        return [text[start:end].rstrip() for start, end in zip(self.starts, ends)]

    def row_at(self, offset: int) -> int:
        """The line holding character ``offset`` of the paragraph."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def __getitem__(self, row: int):
        strip = self._drawn.get(row)
        if strip is None:
            if len(self._drawn) >= self.KEPT:
                self._drawn.clear()
            strip = self._drawn[row] = self._draw(self.line(row))
        return strip


class ParagraphLines:
    """The heights of an article's paragraphs at one width, and where each starts."""

    def __init__(self, heights: list[int]) -> None:
        self.heights = heights
        self._tops = [0, *accumulate(height + GAP for height in heights)]

    @property
    def total(self) -> int:
        """Every line of the article, gaps included."""
        return self._tops[-1]

    def top(self, index: int) -> int:
        """The first line of paragraph ``index``."""
        return self._tops[index]

    def paragraph_at(self, y: int) -> int:
        """The paragraph whose lines, or the gap after them, hold line ``y`` (the
        first or the last paragraph for a line before or after them all)."""
        return max(0, min(len(self.heights) - 1, bisect_right(self._tops, y) - 1))

    def locate(self, y: int) -> tuple[int, int] | None:
        """(paragraph, its line) drawn at line ``y``; None on a gap or past the end."""
        if not 0 <= y < self.total:
            return None
        index = self.paragraph_at(y)
        line = y - self._tops[index]
        return (index, line) if line < self.heights[index] else None

    def change(self, heights: dict[int, int]) -> bool:
        """New heights for some paragraphs; True when any line moved."""
        changed = {i: h for i, h in heights.items() if self.heights[i] != h}
        if not changed:
            return False
        for index, height in changed.items():
            self.heights[index] = height
        self._tops = [0, *accumulate(height + GAP for height in self.heights)]
        return True
