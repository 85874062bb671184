"""Fold text for matching: case, accents, curly quotes and dashes are ignored.

Folding maps every character to exactly one character, so a position in folded text
is the same position in the original (match spans need no mapping back). A character
that shows as nothing (a zero-width space, a soft hyphen, a tag character) folds to an
apostrophe, which words ignore inside them: "cen\u200bsor\u00adship" is the word
"censorship"."""

from __future__ import annotations

import unicodedata

from ..neutralise import INVISIBLE

_SAME_AS = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
            "‟": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " "}
_TABLE: dict[int, str] = {}
_KNOWN: set[str] = set()


def _fold_char(char: str) -> str:
    if char in _SAME_AS:
        return _SAME_AS[char]
    if char in INVISIBLE:
        return "'"
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    base = "".join(c for c in unicodedata.normalize("NFKD", lower)
                   if not unicodedata.combining(c))
    if len(base) == 1 and len(base.lower()) == 1:
        return base.lower()
    return lower


def fold(text: str) -> str:
    """Lower-case, accent-free, straight-quoted text of the same length."""
    if text.isascii():
        return text.lower()
    for char in set(text).difference(_KNOWN):
        _TABLE[ord(char)] = _fold_char(char)
        _KNOWN.add(char)
    return text.translate(_TABLE)
