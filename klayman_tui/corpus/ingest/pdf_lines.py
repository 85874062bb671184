"""A PDF's text as lines that know their type size and place, and those lines joined
back into paragraphs.

pypdf gives each page's text line by line (``extract_text``) and, through its visitor,
each piece of text with its font size and position: a line takes the size and height
of the piece it starts with. A paragraph ends where the gap to the next line is wider
than the page's usual line spacing, where the next line is indented, or (when
positions are unknown) at a short line that ends a sentence; a word hyphenated at a
line's end is rejoined (unless the text writes that compound with its hyphen elsewhere,
or it is a compound number). Running headers, footers and page numbers are dropped."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass


@dataclass
class Line:
    text: str
    page: int
    size: float | None = None  # the type size, in points
    y: float | None = None     # height on the page (larger is higher)
    x: float | None = None


_PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d+")
_ENDS_SENTENCE_RE = re.compile(r"[.!?:”\"’')]$")


def page_lines(page, number: int) -> list[Line]:
    """One page's lines, with the size and place of the text each starts with."""
    pieces: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, font, size) -> None:
        if not text or not text.strip():
            return
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1.0
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append((" ".join(text.split()), float(size) * scale, y, x))

    text = page.extract_text(visitor_text=visit) or ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    found = []
    at = 0
    for line in (line for line in lines if line):
        placed = Line(line, number)
        for index in range(at, min(at + 40, len(pieces))):
            piece = pieces[index][0]
            if piece and (line.startswith(piece[:30]) or piece.startswith(line[:30])):
                placed.size, placed.y, placed.x = pieces[index][1:]
                at = index + 1
                break
        found.append(placed)
    return found


def without_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Drop page numbers, and the first and last lines that recur (numbers aside) on
    most pages: running headers and footers."""
    shape = lambda line: _DIGITS_RE.sub("#", line.text.lower())  # noqa: E731
    edges: Counter[str] = Counter()
    prose: set[str] = set()
    for page in pages:
        edges.update({shape(line) for line in page[:2] + page[-2:]})
        prose.update(shape(line) for line in page[:2] + page[-2:]
                     if _SENTENCE_TAIL_RE.match(line.text))
    running = {s for s, n in edges.items() if len(pages) > 1 and n >= max(2, len(pages) * 0.6)
               and s not in prose}
    return [[line for index, line in enumerate(page)
             if not _PAGE_NUMBER_RE.match(line.text)
             and not ((index < 2 or index >= len(page) - 2) and shape(line) in running)]
            for page in pages]


# A line that opens in small letters and ends a sentence is the end of one, however
# often it recurs: "he said." ending two pages is the article's, no running footer
# (a footer opens with a capital, a number or an address, and ends no sentence).
_SENTENCE_TAIL_RE = re.compile(r"[a-z][^\n]*[.!?][”\"’')]?$")


def _spacing(lines: list[Line], body: float | None) -> float | None:
    """The distance between two lines of one paragraph: the low end of the gaps
    between lines of body text (where most paragraphs are a line or two long, most
    gaps are between paragraphs)."""
    gaps = sorted(a.y - b.y for a, b in zip(lines, lines[1:])
                  if a.page == b.page and a.y is not None and b.y is not None
                  and a.size == b.size == body and 0 < a.y - b.y < 4 * (body or 12))
    return gaps[len(gaps) // 10] if gaps else None


def body_size(lines: list[Line]) -> float | None:
    """The type size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.size:
            sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def paragraphs(lines: list[Line]) -> list[str]:
    """Join lines into paragraphs across pages (see the module's docstring)."""
    if not lines:
        return []
    widths = sorted(len(line.text) for line in lines)
    full = widths[int(len(widths) * 0.75)]
    body = body_size(lines)
    spacing = _spacing(lines, body)
    margin = min((line.x for line in lines if line.x is not None), default=None)
    found: list[str] = []
    current = ""
    compounds = None  # the text's compounds, read at its first hyphen at a line's end
    for index, line in enumerate(lines):
        if not current:
            current = line.text
        elif current.endswith("-") and line.text[:1].islower() and current[-2:-1].isalpha():
            # A word broken by the typesetter is joined; a compound broken at its own
            # hyphen keeps it ("decision-" / "making" where the text has "decision-making").
            if compounds is None:
                compounds = _compounds(lines)
            hyphen = "-" if _keeps_hyphen(current, line.text, compounds) else ""
            current = current[:-1] + hyphen + line.text
        else:
            current = f"{current} {line.text}"
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is None or _breaks(line, following, full, spacing, margin):
            found.append(current)
            current = ""
    if current:
        found.append(current)
    return found


_COMPOUND_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_LAST_PART_RE = re.compile(r"([^\W\d_]+)-$")
_FIRST_PART_RE = re.compile(r"[^\W\d_]+")
# Compound numbers are always hyphenated (twenty-one to ninety-nine).
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())


def _compounds(lines: list[Line]) -> set[str]:
    """Every pair of words the text joins with a hyphen inside a line ("decision-making",
    and "first-century" of "twenty-first-century"), in lower case."""
    pairs: set[str] = set()
    for line in lines:
        if "-" in line.text:
            for found in _COMPOUND_RE.finditer(line.text):
                parts = found.group().lower().split("-")
                pairs.update(f"{a}-{b}" for a, b in zip(parts, parts[1:]))
    return pairs


def _keeps_hyphen(current: str, following: str, compounds: set[str]) -> bool:
    """Whether a hyphen at a line's end is a compound's own, not the typesetter's."""
    left = _LAST_PART_RE.search(current)
    right = _FIRST_PART_RE.match(following)
    if left is None or right is None:
        return False
    first = left.group(1).lower()
    return first in _TENS or f"{first}-{right.group().lower()}" in compounds


def _breaks(line: Line, following: Line, full: int, spacing: float | None,
            margin: float | None) -> bool:
    """Whether a paragraph ends between ``line`` and the line after it."""
    if line.size and following.size and abs(line.size - following.size) > 0.5:
        return True  # a headline over a byline, a byline over the text
    placed = (spacing is not None and line.y is not None and following.y is not None
              and line.page == following.page)
    if placed:
        if line.y - following.y > spacing * 1.3 or line.y - following.y < 0:
            return True
        size = following.size or 10
        if margin is not None and following.x is not None and line.x is not None \
                and following.x - margin > size and following.x > line.x + size:
            return True  # the next line is indented: a new paragraph
        return len(line.text) < full * 0.6 and bool(_ENDS_SENTENCE_RE.search(line.text))
    return len(line.text) < full * 0.85 and bool(_ENDS_SENTENCE_RE.search(line.text))
