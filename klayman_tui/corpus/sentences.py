"""Sentence boundaries in narration, without breaking after "Mr.", "J.C." or "U.S."."""

from __future__ import annotations

import re

from .lexicon import TITLES, UPPER

_BREAK_RE = re.compile(rf"[.!?…]+[”’\"')\]]*(?=\s+[\"“‘'(\[{UPPER}0-9])|[.!?]+(?=\s*$)")
_ABBREVIATIONS = TITLES | frozenset("""st jr sr inc corp co ltd no vs etc u.s u.k u.n e.g i.e
mt ft dept gov sen rep gen col lt capt sgt prof dr mr mrs ms jan feb mar apr jun jul aug sep
sept oct nov dec approx est fig""".split())


def _is_abbreviation(text: str, end: int) -> bool:
    if text[end - 1:end] != ".":
        return False
    low = max(0, end - 40)  # an abbreviation is a short word: never scan further back
    space = max(text.rfind(" ", low, end), text.rfind("\n", low, end), low - 1)
    word = text[space + 1:end - 1].lower().lstrip("(\"“‘'")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "Brian M. Good"
    return word in _ABBREVIATIONS or bool(re.fullmatch(r"(?:\w\.)+\w", word))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, in order, covering all of it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BREAK_RE.finditer(text):
        end = match.end()
        if _is_abbreviation(text, match.start() + 1) and match.group()[:1] == ".":
            continue
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def _breaks(text: str, low: int, high: int):
    """Ends of the sentence breaks in ``text[low:high]`` (not after "Mr." or "J.")."""
    for match in _BREAK_RE.finditer(text, low, high):
        if match.group()[:1] == "." and _is_abbreviation(text, match.start() + 1):
            continue
        yield match.end()


def sentence_start(text: str, position: int, window: int = 400) -> int:
    """Where the sentence holding ``position`` starts, looking back at most ``window``
    characters, so a paragraph of many quotations stays linear."""
    low = max(0, position - window)
    start = low
    # Two characters past the position let a break see the quotation mark after it.
    for end in _breaks(text, low, min(len(text), position + 2)):
        if end <= position:
            start = end
    return start


def sentence_end(text: str, position: int, window: int = 400) -> int:
    """Where the sentence holding ``position`` ends, looking at most ``window`` on."""
    high = min(len(text), position + window)
    for end in _breaks(text, max(0, position - 3), high):
        if end > position:
            return end
    return high


def sentence_of(text: str, position: int, window: int = 400) -> tuple[int, int]:
    """(start, end) of the sentence holding ``position``."""
    return sentence_start(text, position, window), sentence_end(text, position, window)
