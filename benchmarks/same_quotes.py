"""Does a change to the parser leave every result as it was? Parses every visible
article (the bundled ``data/`` folder, news-dev, news-dev-2 and, when built, PolNeAR's
train and dev splits, from ``benchmarks/out/polnear`` or $POLNEAR_GOLD, as
``attribution_eval.py`` finds them) as a user's folder is loaded, one process, no parse cache, and
writes each paragraph's role and each quote's evidence to a JSON dump; with
``--against`` it compares the dump to one taken before the change.

    python benchmarks/same_quotes.py --save /tmp/before.json     # on the old code
    python benchmarks/same_quotes.py --against /tmp/before.json  # on the new code

Prints the number of quotes and every source whose results differ (with the first
difference, and every quote whose speaker changed); exits 1 when any does. A
performance change must print "identical".
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

os.environ["KLAYMAN_TUI_NO_CACHE"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import attribution_eval as ev  # noqa: E402
from klayman_tui.corpus.loading import bundled_data_dir, plan_load  # noqa: E402


def folders() -> dict[str, Path]:
    found = {"data": bundled_data_dir()}
    for name in ("news-dev", "news-dev-2", "polnear-train", "polnear-dev"):
        folder = ev.sets()[name] / "articles"
        if folder.is_dir():
            found[name] = folder
    return found


def dump() -> dict[str, list]:
    """Per source (``set/id``): its paragraphs' roles and its quotes' evidence."""
    results = {}
    for name, folder in folders().items():
        for source in plan_load([folder]).finish(parallel=False).sources:
            paragraphs = [(b.start, b.end, str(b.role), b.label, b.body_start)
                          for b in source.blocks]
            quotes = [(q.start, q.end, q.text, q.speaker, q.rule,
                       [list(span) for span in q.cue_spans], round(q.confidence, 9),
                       q.uncertain, str(q.kind), q.paragraph, list(q.span_data),
                       list(q.joins)) for q in source.quotes]
            results[f"{name}/{source.id}"] = [str(source.metadata), paragraphs, quotes]
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the dump here")
    group.add_argument("--against", type=Path, help="compare with this dump")
    args = parser.parse_args()
    now = json.loads(json.dumps(dump()))  # tuples as lists, as they are read back
    quotes = sum(len(entry[2]) for entry in now.values())
    print(f"{len(now)} sources, {quotes} quotes")
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False, indent=0))
        return
    before = json.loads(args.against.read_text())
    differing = sorted(set(before) ^ set(now))
    speakers = 0  # quotes (by their span) whose speaker changed, over every source
    for key in sorted(set(before) & set(now)):
        if before[key] != now[key]:
            differing.append(key)
            for part, (old, new) in enumerate(zip(before[key], now[key])):
                if old != new:
                    first = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b),
                                 min(len(old), len(new)))
                    print(f"{key} ({('metadata', 'paragraphs', 'quotes')[part]}): "
                          f"{old[first] if first < len(old) else '-'} -> "
                          f"{new[first] if first < len(new) else '-'}")
                    break
            changed = _speakers_changed(before[key][2], now[key][2])
            speakers += len(changed)
            for span, (old_speaker, new_speaker) in changed.items():
                # every one, not only the first difference above: a change may move
                # many quotes of one article
                print(f"    speaker at {span}: {old_speaker} -> {new_speaker}")
    if differing:
        print(f"{len(differing)} sources differ; {speakers} quotes change speaker")
        sys.exit(1)
    print("identical")


def _speakers_changed(before: list, now: list) -> dict[tuple[int, int], tuple[str, str]]:
    """The quotes found both times (by their start and end) whose speaker differs."""
    old = {(q[0], q[1]): q[3] for q in before}
    return {span: (old[span], q[3]) for q in now
            if (span := (q[0], q[1])) in old and old[span] != q[3]}


if __name__ == "__main__":
    main()
