"""Where each paragraph of an article falls among its wrapped lines, so the article
view can draw only the lines on screen and still scroll through every one."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from rich.cells import cell_len
from textual.content import Content

GAP = 1  # a blank line after every paragraph


def wrapped_height(text: str, width: int) -> int:
    """The lines ``text`` takes wrapped to ``width`` cells, as Textual wraps it (a
    paragraph that fits on one line is not wrapped to find that out)."""
    if "\n" not in text and "\t" not in text and (
            len(text) <= width if text.isascii() else cell_len(text) <= width):
        return 1
    return len(Content(text).wrap(max(1, width)))


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
