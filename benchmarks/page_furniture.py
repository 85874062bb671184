"""Page furniture and lost paragraphs: each saved page read as the app reads it, against
a hand-made text of the same article.

    python benchmarks/page_furniture.py HTML_FOLDER ARTICLES_FOLDER [...]

For every ``NAME.html`` with a ``NAME.txt`` beside it in the articles folder:

- **lost**: the article's paragraphs (of five words or more) that the page's text does
  not hold (compared letters and digits only, so quotation marks and spacing aside);
- **furniture**: the page text's paragraphs (the headline aside) that are not part of
  the article: calls to follow, newsletter boxes, link labels, bios, notes.

Prints one line per page and the totals; ``-v`` prints the furniture itself.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rapidfuzz import fuzz

from klayman_tui.corpus.ingest.pages import read_html

MIN_WORDS = 5  # shorter article lines (a bare "Advertisement", a photo credit) are not counted


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _held(paragraph: str, whole: str) -> bool:
    """``paragraph`` is in ``whole`` (letters only), or nearly (one word changed)."""
    mine = _letters(paragraph)
    if not mine or mine in whole:
        return True
    return len(mine) > 40 and fuzz.partial_ratio(mine, whole) >= 95


def measure(page: Path, article: Path) -> tuple[list[str], list[str], int, int]:
    """(lost article paragraphs, furniture paragraphs, article paragraphs, page paragraphs)."""
    found = read_html(page.read_bytes())
    page_paragraphs = _paragraphs(found.text)
    title = found.metadata.title
    if title and page_paragraphs and page_paragraphs[0] == " ".join(title.split()):
        page_paragraphs = page_paragraphs[1:]
    wanted = [p for p in _paragraphs(article.read_text(encoding="utf-8"))
              if len(p.split()) >= MIN_WORDS]
    page_letters = _letters(" ".join(page_paragraphs))
    article_letters = _letters(article.read_text(encoding="utf-8"))
    lost = [p for p in wanted if not _held(p, page_letters)]
    furniture = [p for p in page_paragraphs if not _held(p, article_letters)]
    return lost, furniture, len(wanted), len(page_paragraphs)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"]
    if len(folders) % 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    totals = [0, 0, 0, 0, 0]
    for html_folder, article_folder in zip(folders[::2], folders[1::2]):
        for page in sorted(html_folder.glob("*.html")):
            article = article_folder / f"{page.stem}.txt"
            if not article.exists():
                continue
            lost, furniture, wanted, shown = measure(page, article)
            words = sum(len(p.split()) for p in furniture)
            print(f"{page.stem:28} lost {len(lost):2}/{wanted:3}  furniture {len(furniture):2} "
                  f"paragraphs, {words:4} words (of {shown} paragraphs)")
            if verbose:
                for paragraph in lost:
                    print(f"    LOST  {paragraph[:110]}")
                for paragraph in furniture:
                    print(f"    FURN  {paragraph[:110]}")
            for i, n in enumerate((len(lost), wanted, len(furniture), words, shown)):
                totals[i] += n
    print(f"{'total':28} lost {totals[0]:2}/{totals[1]:3}  furniture {totals[2]:2} paragraphs, "
          f"{totals[3]:4} words (of {totals[4]} paragraphs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
