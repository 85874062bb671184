"""Citation metadata from PDF clippings made from news-dev-2's hand-checked gold.

usage: python benchmarks/clipping_metadata.py [OUT_FOLDER] [--shift N]

For each page in ../shared/news-dev-2/metadata.json with its article text, writes a
clipping (tests/clippings.py: outlet, headline, byline, date, then the article; no
title or author in the PDF's metadata, a creation date that is not the article's) in
one of its layouts, in turn, then runs ``klayman-tui sources --json`` on them and
scores the result with news-dev-2's score_metadata.py."""

import json
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "news-dev-2"
sys.path.insert(0, str(ROOT / "tests"))

from clippings import Clipping, write_clipping  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    shift = int(sys.argv[sys.argv.index("--shift") + 1]) if "--shift" in sys.argv else 0
    args = [a for a in args if a != str(shift)]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    gold = json.loads((SHARED / "metadata.json").read_text(encoding="utf-8"))
    made = {}
    for layout, (stem, page) in enumerate(sorted(gold.items())):
        article = SHARED / "articles" / f"{stem}.txt"
        if not article.is_file():
            continue
        paragraphs = [p.strip() for p in article.read_text(encoding="utf-8").split("\n")
                      if p.strip()][:12]
        names = [a.get("literal") or f"{a.get('given', '')} {a['family']}".strip()
                 for a in page["authors"]]
        clip = Clipping(page["outlet"], page["title"], names, page["date"], paragraphs)
        write_clipping(out / f"{stem}.pdf", clip, layout + shift,
                       created=datetime(2026, 5, 4, 10, 0, tzinfo=timezone.utc))
        made[stem] = page
    (out / "gold.json").write_text(json.dumps(made, indent=1), encoding="utf-8")
    env = dict(os.environ, KLAYMAN_TUI_NO_CACHE="1")
    listed = subprocess.run([sys.executable, "-m", "klayman_tui", "--data", str(out),
                             "sources", "--json"], capture_output=True, text=True,
                            check=True, env=env)
    (out / "sources.json").write_text(listed.stdout, encoding="utf-8")
    subprocess.run([sys.executable, str(SHARED / "score_metadata.py"),
                    str(out / "sources.json"), "--gold", str(out / "gold.json")])


if __name__ == "__main__":
    main()
