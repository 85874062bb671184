"""Speaker quality on any folder of articles: how many quotes have no speaker, how many
are credited to a bare surname although the article gives the full name, how many to a
name with a title or job inside it ("Foreign Secretary Jack Straw", "Sen. Jones"), how
many speaker names are malformed (sentence fragments, possessives, dates, digits), and
how many are given as uncertain.

    python benchmarks/speaker_quality.py FOLDER [FOLDER …]

No labels are needed, so it runs on any folder people keep; the figures are shares of
all quotes (and of distinct speaker names for malformed ones).
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections import Counter

import klayman_tui
from klayman_tui.corpus.extract.surnames import is_given_name
from klayman_tui.corpus.words.lexicon import (ABBREVIATIONS, DAYS_AND_MONTHS, FUNCTION_WORDS,
                                                HONORIFICS, TITLES, first_names)

os.environ.setdefault("KLAYMAN_TUI_NO_CACHE", "1")
UNKNOWN = "Unknown"


def is_malformed(name: str) -> bool:
    """A speaker name that is not a name as written: "Blair. The Lib Dems", "Blair's",
    "Monday Tony Blair", "Conti. And"."""
    if name == UNKNOWN or not name[:1].isupper():
        return False  # Unknown, and roles ("spokesman, Acme"), are not names
    words = name.replace(",", " ").split()
    return bool(
        re.search(r"[A-Za-z]{2,}[.!?]\s", name) or re.search(r"[’']s$", name) or re.search(r"\d", name)
        or any(w.lower().strip(".") in DAYS_AND_MONTHS for w in words[_first_name_too(words):])
        or words[0].lower() in FUNCTION_WORDS or len(words) > 5)


def _first_name_too(words: list[str]) -> int:
    """1 when a name's first word is a month's or a day's that is a first name too
    ("May Chen", "Jun Galang", "Thu Hà Pham"; not "Monday Tony Blair"), else 0."""
    first = words[0].lower()
    return int(len(words) > 1 and first in DAYS_AND_MONTHS and first in first_names())


def is_titled(name: str) -> bool:
    """A person's name with a title or a job kept inside it: "Foreign Secretary Jack
    Straw", "Mr Blair", "Sen. Jones" (a role for an unnamed speaker is not a name)."""
    if name == UNKNOWN or not name[:1].isupper() or "," in name:
        return False
    words = [w.lower().rstrip(".") for w in name.split()]
    return len(words) > 1 and any(w in TITLES or w in HONORIFICS or w in ABBREVIATIONS
                                  for w in words[_first_name_too(name.split()):-1])


def bare_surname_with_full_name(quote) -> bool:
    """Credited to "Blair" while the article also writes "Tony Blair" ("Mr Blair" and
    "Prime Minister Blair" are not a full name)."""
    name = quote.speaker
    if name == UNKNOWN or " " in name or not name[:1].isupper():
        return False
    pattern = rf"\b([A-Z][\w’'.-]+)\s+{re.escape(name)}\b"
    return any(is_given_name(m.group(1)) for m in re.finditer(pattern, quote.source.text))


def report(folder: str) -> None:
    start = time.perf_counter()
    corpus = klayman_tui.load([folder])
    seconds = time.perf_counter() - start
    quotes = corpus.quotes
    total = len(quotes) or 1
    unknown = sum(q.speaker == UNKNOWN for q in quotes)
    bare = [q for q in quotes if bare_surname_with_full_name(q)]
    names = Counter(q.speaker for q in quotes)
    malformed = sorted(n for n in names if is_malformed(n))
    titled = [q for q in quotes if is_titled(q.speaker)]
    uncertain = sum(getattr(q, "uncertain", False) for q in quotes)
    print(f"{folder}: {len(corpus.sources)} articles, {len(quotes)} quotes, "
          f"{len(names)} speakers, parsed in {seconds:.2f} s")
    print(f"  Unknown speaker:                 {unknown / total:6.1%} ({unknown})")
    print(f"  bare surname, full name in text: {len(bare) / total:6.1%} ({len(bare)})")
    print(f"  title or job inside the name:    {len(titled) / total:6.1%} ({len(titled)})")
    print(f"  given as uncertain:              {uncertain / total:6.1%} ({uncertain})")
    print(f"  malformed speaker names:         {len(malformed) / max(1, len(names)):6.1%} "
          f"({len(malformed)} of {len(names)} names)")
    for name in malformed[:10]:
        print(f"    {name!r}")
    for quote in bare[:5]:
        print(f"    bare: {quote.speaker!r} in {quote.source.id}")
    for name in sorted({q.speaker for q in titled})[:5]:
        print(f"    titled: {name!r}")


def main() -> None:
    folders = sys.argv[1:]
    if not folders:
        sys.exit("usage: speaker_quality.py FOLDER [FOLDER …]")
    for folder in folders:
        report(folder)


if __name__ == "__main__":
    main()
