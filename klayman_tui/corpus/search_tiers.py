"""Search's tiers, best first, and the helpers that mark what matched in a text
(shared by the index and by the tiers beyond a query's own words)."""

from __future__ import annotations

import re
from functools import lru_cache

PHRASE, WORDS, PREFIXES, FORMS, FUZZY, CONTEXT, MEANING, PARTIAL = (
    1.0, 0.85, 0.7, 0.6, 0.5, 0.4, 0.35, 0.3)
TIER_NAMES = {PHRASE: "phrase", WORDS: "words", PREFIXES: "prefixes", FORMS: "forms",
               FUZZY: "fuzzy", CONTEXT: "context", MEANING: "meaning", PARTIAL: "partial"}


@lru_cache(maxsize=256)
def highlight_pattern(phrases: tuple[str, ...], terms: tuple[str, ...],
                      similar: tuple[str, ...]) -> re.Pattern[str] | None:
    """What to highlight: the phrases, the words as prefixes, ``similar`` whole."""
    # Longest first, phrases before words, so a phrase is one highlighted span. The
    # words share one \b(?:…) group: two to three times quicker to run than a \b
    # per word.
    parts = [re.escape(p) for p in sorted(phrases, key=len, reverse=True)]
    words = [spelled(t) for t in sorted(terms, key=len, reverse=True)]
    words += [rf"{spelled(w)}\b" for w in similar]
    if words:
        parts.append(r"\b(?:" + "|".join(words) + ")")
    return re.compile("|".join(parts)) if parts else None


def spelled(word: str) -> str:
    """A word as it may stand in the text, with an apostrophe before its last one or
    two letters ("its" -> it's, "dont" -> don't, "youll" -> you'll), where English
    puts them; the rest is literal, which keeps the pattern quick to compile."""
    if len(word) < 3:
        return "'?".join(re.escape(c) for c in word)
    return (re.escape(word[:-2]) + "'?" + re.escape(word[-2]) + "'?"
            + re.escape(word[-1]))


def merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
