"""Search quality on labelled queries: for each query set, the share of queries whose
first three hits hold a quote a person would accept (hit@3, the search-dev scorer's
rule) and the mean reciprocal rank over the first ten, overall and per kind (exact,
morph, typo, person, multi, concept: the idea in other words, context: words only the
quote's paragraph says).

    python benchmarks/search_quality.py [SET …]

With no argument it scores the sets beside the checkout: ../shared/search-dev over the
bundled articles, and tests/fixtures/news_queries.json and news_concept_queries.json
over ../shared/news-dev and news-dev-2. A SET is a folder holding ``queries.json`` (a
list of {"query", "kind", "accept": [snippets], "why"}) and ``folders.txt`` (one
folder of articles per line, relative to the set's folder, searched as one corpus), for query sets kept outside the
repository with the articles they are about.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

from common import HERE

import klayman_tui

ROOT = HERE.parent
SHARED = ROOT.parent / "shared"
_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                        "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " "})


def normalised(text: str) -> str:
    """As search-dev's scorer compares: NFKC, straight marks, one space, lower case."""
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    return re.sub(r"\s+", " ", text).strip().lower()


def rank_of(corpus, query: dict) -> int | None:
    """Where the first accepted quote comes among the first ten hits (1 up)."""
    # (a snippet copied from a gold row may end in the comma inside the marks, which
    # the quote's text leaves out)
    accepted = [normalised(snippet).rstrip(",;:") for snippet in query["accept"]]
    for rank, hit in enumerate(corpus.search(query["query"], limit=10)[:10], start=1):
        text = normalised(hit.text)
        if any(snippet in text for snippet in accepted):
            return rank
    return None


def score(name: str, corpus, queries: list[dict]) -> None:
    by_kind: dict[str, list[int | None]] = defaultdict(list)
    for query in queries:
        by_kind[query.get("kind", "?")].append(rank_of(corpus, query))
    ranks = [rank for kind in by_kind.values() for rank in kind]

    def line(label: str, found: list[int | None]) -> str:
        hits = sum(1 for rank in found if rank is not None and rank <= 3)
        reciprocal = sum(1 / rank for rank in found if rank) / len(found)
        return f"  {label:<9} hit@3 {hits:>3}/{len(found):<3} = {hits / len(found):.2f}   MRR {reciprocal:.2f}"

    print(name)
    print(line("all", ranks))
    for kind in sorted(by_kind):
        print(line(kind, by_kind[kind]))


def default_sets() -> list[tuple[str, list[Path] | None, Path]]:
    fixtures = ROOT / "tests" / "fixtures"
    news = [SHARED / "news-dev" / "articles", SHARED / "news-dev-2" / "articles"]
    sets: list[tuple[str, list[Path] | None, Path]] = []
    if (SHARED / "search-dev" / "queries.json").is_file():
        sets.append(("search-dev (bundled articles)", None, SHARED / "search-dev" / "queries.json"))
    if all(folder.is_dir() for folder in news):
        sets.append(("news queries (news-dev + news-dev-2)", news, fixtures / "news_queries.json"))
        sets.append(("news queries in other words", news, fixtures / "news_concept_queries.json"))
    return sets


def main() -> None:
    sets = default_sets()
    for argument in sys.argv[1:]:
        folder = Path(argument)
        folders = [folder / line.strip() for line in
                   (folder / "folders.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
        sets.append((folder.name, folders, folder / "queries.json"))
    corpora: dict[tuple, object] = {}
    for name, folders, path in sets:
        key = tuple(folders or ())
        if key not in corpora:
            corpora[key] = klayman_tui.load(folders)
        score(name, corpora[key], json.loads(path.read_text(encoding="utf-8")))


if __name__ == "__main__":
    main()
