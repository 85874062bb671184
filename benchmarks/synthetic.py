"""Write a seeded, reproducible corpus of news-style articles with quotes.

    python benchmarks/synthetic.py OUT_DIR --articles 2000 [--quotes-per-article 5]
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

FIRST = ("Alison Maya Jen Adam Karen Phil Sarah David Laura Tom Peter Anna Mark Emily "
         "James Rachel Daniel Helen Paul Linda").split()
LAST = ("Klayman Rudolph Fineran Schlesinger Smith Tinari Brown Lee Okafor Patel Jones "
        "Green Baker Adams Chen Garcia Novak Haddad Kowalski Moreau").split()
OUTLETS = ("The Daily Planet", "Metro Herald", "City Times", "The Observer Review",
           "Harbour News", "Valley Courier")
VERBS = ("said", "says", "told reporters", "explained", "added", "recalled", "wrote")
WORDS = """film festival censorship internet twitter artist documentary government court
police studio detention freedom expression audience editor footage screening premiere
distribution piracy bootleg download china beijing history culture museum exhibition
gallery interview journalist politics activism activist earthquake school children
students protest surveillance lawsuit taxes passport release prison courage hope fear
camera director producer story character portrait community network social media power
truth violence transparency voice individual society country future world market money
investment budget council bridge river village election minister policy reform health
hospital doctor nurse patient teacher classroom technology software platform science
research climate energy water farm harvest weather storm flood transport railway airport
""".split()
SYLLABLES = "ba ko ri mu sen ta lo vi dra ne shu pol gar ten mi zo ka fe ru lin".split()
# A long tail of rarer words, drawn with Zipf-like weights, as in real text.
RARE = sorted({"".join(random.Random(i).choices(SYLLABLES, k=2 + i % 3)) for i in range(9000)})
RARE_CUMULATIVE = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(RARE))))
FILLER = """the a of and to in that it is was for on with as by at from this but not
they we you he she his her their our more very really just so what when how about
""".split()


def sentence(rng: random.Random, low: int, high: int) -> str:
    words = []
    for _ in range(rng.randint(low, high)):
        roll = rng.random()
        if roll < 0.3:
            words.append(rng.choice(WORDS))
        elif roll < 0.5:
            words.append(rng.choices(RARE, cum_weights=RARE_CUMULATIVE)[0])
        else:
            words.append(rng.choice(FILLER))
    words[0] = words[0].capitalize()
    return " ".join(words)


def quote_text(rng: random.Random) -> str:
    """About 200–500 characters: a few sentences of speech."""
    parts = [sentence(rng, 8, 16) + rng.choice(".!?.") for _ in range(rng.randint(3, 5))]
    return " ".join(parts)[:480].rstrip(" .") + "."


def article(rng: random.Random, number: int, quotes: int) -> str:
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(3)]
    lines = [sentence(rng, 5, 9).title(), "",
             f"By {rng.choice(FIRST)} {rng.choice(LAST)}",
             f"March {rng.randint(1, 28)}, {rng.randint(2008, 2024)}", ""]
    for index in range(quotes):
        speaker = people[index % len(people)]
        lines.append(sentence(rng, 15, 30) + ".")
        lines.append("")
        text = quote_text(rng)
        verb = rng.choice(VERBS)
        if rng.random() < 0.5:
            lines.append(f"“{text[:-1]},” {speaker} {verb}.")
        else:
            lines.append(f"{speaker} {verb}: “{text}”")
        lines.append("")
    return "\n".join(lines) + "\n"


def write_corpus(out: Path, articles: int, quotes_per_article: int, seed: int = 2012) -> Path:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    for number in range(articles):
        folder = out / f"{number // 1000:03d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{number:05d}.txt").write_text(
            article(rng, number, quotes_per_article), encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--quotes-per-article", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2012)
    args = parser.parse_args()
    write_corpus(args.out, args.articles, args.quotes_per_article, args.seed)


if __name__ == "__main__":
    main()
