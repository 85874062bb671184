"""Who said it, scored on every labelled set there is: recall, precision and attribution
as the sets' own scorer counts them (``../shared/news-dev/score_quotes.py``), computed per
article so that thousands of quotes score in seconds, plus what went wrong with each
missed quotation (not found, Unknown, another speaker) and, per rule that decided a
speaker, how often it decided and how often it was right.

    python benchmarks/attribution_eval.py [SET …] [--misses N] [--rules]

SET is news-dev, news-dev-2, polnear-dev, polnear-train, or a folder holding
``articles/`` and ``gold.json``. PolNeAR's gold is built once by
``../shared/polnear/polnear_gold.py`` from the corpus (fetch github:networkdynamics/PolNeAR
and pass its git folder with ``--polnear-corpus``, or set $POLNEAR_CORPUS) into
``benchmarks/out/polnear/{train,dev}`` ($POLNEAR_GOLD to put it elsewhere). Its test split
is never built here: it is kept for acceptance.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import os
import random
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("KLAYMAN_TUI_NO_CACHE", "1")

import klayman_tui  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = Path(os.environ.get("POLNEAR_GOLD", ROOT / "benchmarks" / "out" / "polnear"))
POLNEAR_SPLITS = ("train", "dev")  # never "test"


def build_polnear(corpus: Path) -> None:
    """The PolNeAR gold of the train and dev splits, built once from the corpus."""
    import subprocess

    converter = SHARED / "polnear" / "polnear_gold.py"
    for split in POLNEAR_SPLITS:
        if not (POLNEAR / split / "gold.json").is_file():
            subprocess.run([sys.executable, str(converter), str(corpus), split,
                            str(POLNEAR / split)], check=True)
QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
INTERVIEWER = {"dGenerate Films", "TheWrap", "(reader comment)"}


def sets() -> dict[str, Path]:
    return {"news-dev": SHARED / "news-dev", "news-dev-2": SHARED / "news-dev-2",
            "polnear-dev": POLNEAR / "dev", "polnear-train": POLNEAR / "train"}


def toks(s: str) -> list[str]:
    return re.findall(r"\w+", s.translate(QUOTE_MAP).lower())


def speaker_ok(gold: str, got: str | None) -> bool:
    if "|" in gold:
        return any(speaker_ok(g, got) for g in gold.split("|"))
    got = (got or "").lower()
    if gold in INTERVIEWER:
        return "klayman" not in got and got not in ("ak",)
    last = gold.split()[-1].lower()
    if last in toks(got):
        return True
    return gold == "Alison Klayman" and got.strip() in ("ak", "alison", "klayman")


def coverage(small, big) -> float:
    a, b = collections.Counter(small), collections.Counter(big)
    n = sum(a.values())
    return sum(min(c, b[t]) for t, c in a.items()) / n if n else 0.0


def aligned(small, big) -> set[int]:
    sm = difflib.SequenceMatcher(None, small, big, autojunk=False)
    return {b + k for _, b, size in sm.get_matching_blocks() for k in range(size)}


def joined_rows(et, rows, pool):
    if coverage(et, pool) < 0.8:
        return []
    parts, covered = [], set()
    for g in rows:
        if g["t"] and coverage(g["t"], et) >= 0.5:
            pos = aligned(g["t"], et)
            if len(pos) >= 0.5 * len(g["t"]):
                parts.append(g)
                covered |= pos
    return parts if len(parts) >= 2 and len(covered) / len(et) >= 0.8 else []


def stem(source_id: str) -> str:
    return Path(source_id).name


def score(gold: list[dict], quotes: list[dict]) -> dict:
    """The scorer's counts, per article (a quote is matched only within its article)."""
    by_source: dict[str, list[dict]] = collections.defaultdict(list)
    for g in gold:
        g["t"] = toks(g["text"])
        by_source[stem(g["source"])].append(g)
    pools = {s: [t for g in rows for t in g["t"]] for s, rows in by_source.items()}
    cover = {id(g): collections.Counter() for g in gold}
    best_quote: dict[int, dict] = {}
    valid = fp = attr_ok = attr_n = 0
    rules: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    false_positives = []
    for q in quotes:
        et = toks(q["text"])
        if not et:
            continue
        rows = by_source.get(stem(q["source"]), [])
        cands = [g for g in rows if coverage(et, g["t"]) >= 0.8]
        joined = joined_rows(et, rows, pools.get(stem(q["source"]), []))
        if not cands and not joined:
            fp += 1
            false_positives.append(q)
            rules[q.get("rule") or "-"][2] += 1
            continue
        valid += 1
        if cands:
            best = max(cands, key=lambda g: (speaker_ok(g["speaker"], q["speaker"]),
                                             coverage(et, g["t"])))
        else:
            best = max(joined, key=lambda g: (speaker_ok(g["speaker"], q["speaker"]),
                                              g["tier"] == "required", coverage(g["t"], et)))
        ok = speaker_ok(best["speaker"], q["speaker"])
        if best["tier"] == "required":
            attr_n += 1
            attr_ok += ok
            if q["speaker"] != "Unknown":
                stats = rules[q.get("rule") or "-"]
                stats[0] += 1
                stats[1] += ok
        for g in cands + joined:
            best_quote.setdefault(id(g), q)
            if speaker_ok(g["speaker"], q["speaker"]):
                cover[id(g)] |= collections.Counter(et)
    required = [g for g in gold if g["tier"] == "required"]
    hit = {id(g) for g in required
           if coverage(g["t"], list(cover[id(g)].elements())) >= 0.8}
    misses = collections.defaultdict(list)
    for g in required:
        if id(g) in hit:
            continue
        q = best_quote.get(id(g))
        kind = ("not found" if q is None else "Unknown" if q["speaker"] == "Unknown"
                else "partly found" if speaker_ok(g["speaker"], q["speaker"]) else "wrong speaker")
        misses[kind].append((g, q))
    return {"recall": len(hit) / max(1, len(required)),
            "precision": valid / max(1, valid + fp),
            "attribution": attr_ok / max(1, attr_n), "required": len(required),
            "quotes": len(quotes), "misses": misses, "rules": rules,
            "false_positives": false_positives}


def extract(folder: Path, limit: int | None = None) -> tuple[list[dict], float]:
    paths = sorted(folder.glob("*.txt"))
    if limit:
        paths = paths[:limit]
    started = time.perf_counter()
    corpus = klayman_tui.load([str(p) for p in paths])
    seconds = time.perf_counter() - started
    quotes = []
    for q in corpus.quotes:
        quotes.append({"source": q.source.id, "speaker": q.speaker, "text": q.text,
                       "rule": getattr(q, "rule", None),
                       "confidence": getattr(q, "confidence", None),
                       "cue": getattr(q, "cue_text", None)})
    return quotes, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", default=["news-dev", "news-dev-2", "polnear-dev"])
    parser.add_argument("--misses", type=int, default=0, help="print N missed rows per kind")
    parser.add_argument("--rules", action="store_true", help="per-rule accounting")
    parser.add_argument("--limit", type=int, help="first N articles of each set")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fp", type=int, default=0, help="print N false positives")
    parser.add_argument("--polnear-corpus", default=os.environ.get("POLNEAR_CORPUS"),
                        help="the PolNeAR repository (its git folder), to build its gold")
    args = parser.parse_args()
    if args.polnear_corpus:
        build_polnear(Path(args.polnear_corpus))
    known = sets()
    totals = collections.defaultdict(lambda: [0, 0, 0])
    for name in args.sets:
        folder = known.get(name, Path(name))
        if not (folder / "gold.json").is_file():
            print(f"{name}: no gold.json in {folder}; skipped")
            continue
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        quotes, seconds = extract(folder / "articles", args.limit)
        if args.limit:
            keep = {stem(q["source"]) for q in quotes} | {
                p.stem for p in sorted((folder / "articles").glob("*.txt"))[:args.limit]}
            gold = [g for g in gold if stem(g["source"]) in keep]
        result = score(gold, quotes)
        kinds = ", ".join(f"{k} {len(v)}" for k, v in sorted(result["misses"].items()))
        print(f"{name}: recall {result['recall']:.3f} precision {result['precision']:.3f} "
              f"attribution {result['attribution']:.3f} ({result['required']} required, "
              f"{result['quotes']} quotes, parsed in {seconds:.2f} s); missed: {kinds}")
        if args.rules:
            for rule, (decided, right, false) in sorted(result["rules"].items(),
                                                       key=lambda kv: -kv[1][0]):
                precision = right / decided if decided else 0
                print(f"    {rule:<28} decided {decided:5d}  right {precision:6.1%}"
                      f"  false positives {false}")
        rng = random.Random(args.seed)
        for kind, rows in sorted(result["misses"].items()):
            for g, q in rng.sample(rows, min(args.misses, len(rows))):
                got = f"{q['speaker']!r} [{q.get('rule')}]" if q else "-"
                print(f"  {kind:>13}: {stem(g['source'])[:40]} gold {g['speaker']!r} got {got}"
                      f" | {g['text'][:90]!r}")
        for q in result["false_positives"][:args.fp]:
            print(f"  false+: {stem(q['source'])[:40]} {q['speaker']!r} | {q['text'][:90]!r}")


if __name__ == "__main__":
    main()
