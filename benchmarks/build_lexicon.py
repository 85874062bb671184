"""Write the attribution engine's general word lists from published sources.

    pip install -e ".[lexicon]"   # nameparser and gender-guesser, pinned
    python benchmarks/build_lexicon.py

- ``titles.txt``: the titles and honorifics of nameparser (its ``TITLES`` and
  ``GIVEN_NAME_TITLES``: "mr", "sen", "secretary", "actor", …), Latin script only,
  without the words that are also its name particles ("san", "st").
- ``first_names.txt``: given names with the gender gender-guesser gives them (Jörg
  Michael's list of some 40,000 names in 54 countries), as it reads them for the United
  States and Britain where it has a reading there, else over all countries: ``m``, ``f``,
  or ``?`` (used for both, and for a name the United States, Britain and Ireland give to
  different sexes).
- ``places.txt``: the names of countries (pycountry's ISO 3166-1), which a he or she
  never stands for.

Nothing here comes from any article: these are the lists the engine reads names with.
The reporting verbs (``reporting_verbs.txt``) are kept by hand: textacy's English
``REPORTING_VERBS`` plus common verbs of speech, all as lemmas.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "klayman_tui" / "corpus" / "words" / "lexicon_data"
_LATIN = re.compile(r"^[a-zà-ɏ][a-zà-ɏ'’.-]*$")


def titles() -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from nameparser.config import particles, titles as source
    words = set(source.TITLES) | set(source.GIVEN_NAME_TITLES)
    # "San", "St", "Santa" are also particles of names and places ("San Francisco").
    words -= {p.rstrip("-’'.") for p in particles.PARTICLES}
    return sorted(w for w in words if _LATIN.match(w) and not w[0].isdigit())


def first_names() -> list[str]:
    import gender_guesser.detector as detector

    guess = detector.Detector(case_sensitive=False)
    kinds = {"male": "m", "mostly_male": "?", "female": "f", "mostly_female": "?",
             "andy": "?"}
    lines = []
    for name in sorted(guess.names):
        if not _LATIN.match(name) or len(name) < 2:
            continue
        # A country's reading wins where it is one; "andy" there also means the name is
        # not counted in that country ("Ahmed", "Priya"), so it gives way to the whole
        # list's reading.
        local = {guess.get_gender(name, country) for country in ("usa", "great_britain")}
        local &= set(kinds) - {"andy"}
        reading = local.pop() if len(local) == 1 else guess.get_gender(name)
        # A name the English-speaking countries of the list give to different sexes
        # ("Dara": a woman's in the United States, mostly a man's in Ireland; "Jordan")
        # is either.
        english = {guess.get_gender(name, country)
                   for country in ("usa", "great_britain", "ireland")}
        if english & {"male", "mostly_male"} and english & {"female", "mostly_female"}:
            reading = "andy"
        if reading in kinds:
            lines.append(f"{name}\t{kinds[reading]}")
    return lines


def places() -> list[str]:
    """Countries (their names, short and official: ISO 3166-1), in lower case; not one
    a given name shares ("Georgia", "Jordan", "Chad": a person's too), nor one with
    characters outside Latin script. (Not their states or provinces: "Washington",
    "Rivers", "Valencia", "Mendoza" are as often a footballer named by one name.)"""
    import pycountry

    names: set[str] = set()
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(country, field, None)
            if value:
                names.add(value)
    given = {line.split("\t")[0] for line in first_names()}
    kept = set()
    for name in names:
        low = name.lower()
        if "," in low or "(" in low or low in given:
            continue
        if all(_LATIN.match(word) for word in low.split()):
            kept.add(low)
    return sorted(kept)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    header = "# from nameparser 2.6.0 (nameparser.config.titles); see benchmarks/build_lexicon.py\n"
    (OUT / "titles.txt").write_text(header + "\n".join(titles()) + "\n", encoding="utf-8")
    header = ("# from gender-guesser 0.4.0 (nam_dict.txt by Jörg Michael); "
              "see benchmarks/build_lexicon.py\n")
    (OUT / "first_names.txt").write_text(header + "\n".join(first_names()) + "\n",
                                         encoding="utf-8")
    header = "# from pycountry 26.2.16 (ISO 3166-1); see benchmarks/build_lexicon.py\n"
    (OUT / "places.txt").write_text(header + "\n".join(places()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
