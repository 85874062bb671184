"""One, two, three or more, and organisation authors in every citation style and
export, read from a ``sources.toml`` ``authors`` list. The expected strings
are written from the guides: MLA 9 (2 authors "Lee, Ann, and Bo Ray", 3+ "Lee, Ann, et
al."; in text "Lee and Ray", "Lee et al."), APA 7 (initials, "&", up to 20 names; in
text "Lee & Ray", "Lee et al."), Chicago 17 notes (all of up to three, "et al." from
four); an organisation is never inverted."""

import json

import pytest

import klayman_tui
from klayman_tui.corpus.cite.citation import format_citation
from klayman_tui.corpus.cite.exports import Cited
from klayman_tui.output_formats import export

WORDS = "“We have waited long enough for this decision”"
TAIL = "“Harbour plan divides the town,” The Gazette, October 3, 2019."
AUTHORS = {
    "one": '["Ann Lee"]',
    "two": '["Ann Lee", {given = "Bo", family = "Ray"}]',
    "three": '["Ann Lee", "Mary Clare Jalonick", "Cy Wu"]',
    "four": '["Ann Lee", "Mary Clare Jalonick", "Cy Wu", "Di Fox"]',
    "organisation": '[{literal = "Associated Press"}]',
    # A generational suffix: after the given name in an inverted name, after a comma
    # (MLA 9 "King, Martin Luther, Jr."; APA 7 "Gates, H. L., Jr."); in running text
    # with no comma (Chicago 17 6.43, "Henry Louis Gates Jr."); never the in-text name.
    "suffix": '[{given = "Henry Louis", family = "Gates", suffix = "Jr."}, "Ann Lee"]',
    "suffix as written": '["Henry Louis Gates Jr.", "Ann Lee"]',
}
SUFFIXED = {
    "plain": f"{WORDS}\n— Peter Okonjo, quoted in Henry Louis Gates Jr. and Ann Lee, {TAIL}",
    "markdown": f"> {WORDS}\n>\n> — Peter Okonjo, quoted in Henry Louis Gates Jr. and Ann "
                f"Lee, {TAIL}",
    "mla": f"{WORDS} (Okonjo, qtd. in Gates and Lee)\n\nGates, Henry Louis, Jr., and Ann "
           "Lee. “Harbour Plan Divides the Town.” The Gazette, 3 Oct. 2019.",
    "apa": f"{WORDS} (Okonjo, as cited in Gates & Lee, 2019)\n\nGates, H. L., Jr., & Lee, A. "
           "(2019, October 3). Harbour plan divides the town. The Gazette.",
    "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Henry Louis Gates Jr. and Ann Lee, "
               "“Harbour Plan Divides the Town,” The Gazette, October 3, 2019.",
}
EXPECTED = {
    "one": {
        "plain": f"{WORDS}\n— Peter Okonjo, quoted in Ann Lee, {TAIL}",
        "markdown": f"> {WORDS}\n>\n> — Peter Okonjo, quoted in Ann Lee, {TAIL}",
        "mla": f"{WORDS} (Okonjo, qtd. in Lee)\n\nLee, Ann. “Harbour Plan Divides the "
               "Town.” The Gazette, 3 Oct. 2019.",
        "apa": f"{WORDS} (Okonjo, as cited in Lee, 2019)\n\nLee, A. (2019, October 3). "
               "Harbour plan divides the town. The Gazette.",
        "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Ann Lee, “Harbour Plan "
                   "Divides the Town,” The Gazette, October 3, 2019.",
    },
    "two": {
        "plain": f"{WORDS}\n— Peter Okonjo, quoted in Ann Lee and Bo Ray, {TAIL}",
        "markdown": f"> {WORDS}\n>\n> — Peter Okonjo, quoted in Ann Lee and Bo Ray, {TAIL}",
        "mla": f"{WORDS} (Okonjo, qtd. in Lee and Ray)\n\nLee, Ann, and Bo Ray. “Harbour "
               "Plan Divides the Town.” The Gazette, 3 Oct. 2019.",
        "apa": f"{WORDS} (Okonjo, as cited in Lee & Ray, 2019)\n\nLee, A., & Ray, B. (2019, "
               "October 3). Harbour plan divides the town. The Gazette.",
        "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Ann Lee and Bo Ray, “Harbour "
                   "Plan Divides the Town,” The Gazette, October 3, 2019.",
    },
    "three": {
        "plain": f"{WORDS}\n— Peter Okonjo, quoted in Ann Lee, Mary Clare Jalonick, and Cy "
                 f"Wu, {TAIL}",
        "markdown": f"> {WORDS}\n>\n> — Peter Okonjo, quoted in Ann Lee, Mary Clare "
                    f"Jalonick, and Cy Wu, {TAIL}",
        "mla": f"{WORDS} (Okonjo, qtd. in Lee et al.)\n\nLee, Ann, et al. “Harbour Plan "
               "Divides the Town.” The Gazette, 3 Oct. 2019.",
        "apa": f"{WORDS} (Okonjo, as cited in Lee et al., 2019)\n\nLee, A., Jalonick, M. C., "
               "& Wu, C. (2019, October 3). Harbour plan divides the town. The Gazette.",
        "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Ann Lee, Mary Clare Jalonick, "
                   "and Cy Wu, “Harbour Plan Divides the Town,” The Gazette, October 3, 2019.",
    },
    "four": {
        "plain": f"{WORDS}\n— Peter Okonjo, quoted in Ann Lee et al., {TAIL}",
        "markdown": f"> {WORDS}\n>\n> — Peter Okonjo, quoted in Ann Lee et al., {TAIL}",
        "mla": f"{WORDS} (Okonjo, qtd. in Lee et al.)\n\nLee, Ann, et al. “Harbour Plan "
               "Divides the Town.” The Gazette, 3 Oct. 2019.",
        "apa": f"{WORDS} (Okonjo, as cited in Lee et al., 2019)\n\nLee, A., Jalonick, M. C., "
               "Wu, C., & Fox, D. (2019, October 3). Harbour plan divides the town. The "
               "Gazette.",
        "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Ann Lee et al., “Harbour Plan "
                   "Divides the Town,” The Gazette, October 3, 2019.",
    },
    "organisation": {
        "plain": f"{WORDS}\n— Peter Okonjo, quoted in Associated Press, {TAIL}",
        "markdown": f"> {WORDS}\n>\n> — Peter Okonjo, quoted in Associated Press, {TAIL}",
        "mla": f"{WORDS} (Okonjo, qtd. in Associated Press)\n\nAssociated Press. “Harbour "
               "Plan Divides the Town.” The Gazette, 3 Oct. 2019.",
        "apa": f"{WORDS} (Okonjo, as cited in Associated Press, 2019)\n\nAssociated Press. "
               "(2019, October 3). Harbour plan divides the town. The Gazette.",
        "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Associated Press, “Harbour Plan "
                   "Divides the Town,” The Gazette, October 3, 2019.",
    },
    "suffix": SUFFIXED,
    "suffix as written": SUFFIXED,
}


def _corpus(tmp_path, who: str):
    folder = tmp_path / who.replace(" ", "-")
    folder.mkdir()
    (folder / "harbour.txt").write_text(
        "Harbour plan divides the town\n\n“We have waited long enough for this decision,” "
        "said Peter Okonjo, who chairs the ferry board.\n", encoding="utf-8")
    (folder / "sources.toml").write_text(
        f'[sources.harbour]\noutlet = "The Gazette"\ntitle = "Harbour plan divides the '
        f'town"\ndate = "2019-10-03"\nauthors = {AUTHORS[who]}\n', encoding="utf-8")
    return klayman_tui.load([folder])


@pytest.mark.parametrize("who", list(EXPECTED))
def test_every_style_names_the_authors_as_its_guide_says(tmp_path, who):
    corpus = _corpus(tmp_path, who)
    quote = next(q for q in corpus.quotes if q.speaker == "Peter Okonjo")
    for style, expected in EXPECTED[who].items():
        assert format_citation(quote, style, aliases=corpus.speakers.aliases) == expected, style


def test_an_organisation_that_is_the_outlet_is_named_once(tmp_path):
    corpus = _corpus(tmp_path, "organisation")
    source = corpus.sources[0]
    source.metadata = source.metadata._replace(outlet="Associated Press")
    quote = next(q for q in corpus.quotes if q.speaker == "Peter Okonjo")
    mla = format_citation(quote, "mla").split("\n\n")[1]
    assert mla == "“Harbour Plan Divides the Town.” Associated Press, 3 Oct. 2019."
    apa = format_citation(quote, "apa").split("\n\n")[1]
    assert apa.count("Associated Press") == 1


def _render_with_citeproc(items: list[dict]) -> str:
    from citeproc import (Citation, CitationItem, CitationStylesBibliography,
                          CitationStylesStyle, formatter)
    from citeproc.source.json import CiteProcJSON

    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    for item in items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return "\n".join(str(entry) for entry in bibliography.bibliography())


def _cited(tmp_path):
    cited = []
    for who in ("three", "organisation", "suffix"):
        corpus = _corpus(tmp_path, who)
        quote = next(q for q in corpus.quotes if q.speaker == "Peter Okonjo")
        item = Cited.of(quote)
        item.source_id = who
        cited.append(item)
    return cited


def test_csl_json_carries_each_author_and_citeproc_prints_them(tmp_path):
    items = json.loads(export(_cited(tmp_path), "csl-json"))
    assert items[0]["author"] == [{"family": "Lee", "given": "Ann"},
                                  {"family": "Jalonick", "given": "Mary Clare"},
                                  {"family": "Wu", "given": "Cy"}]
    assert items[1]["author"] == [{"literal": "Associated Press"}]
    assert items[2]["author"][0] == {"given": "Henry Louis", "family": "Gates",
                                     "suffix": "Jr."}
    rendered = _render_with_citeproc(items)
    assert "Lee, A., Jalonick, M.C. and Wu, C." in rendered, rendered
    assert "Gates, H.L., Jr. and Lee, A." in rendered, rendered
    assert "Associated Press (2019)" in rendered and "Press, A" not in rendered, rendered


def test_ris_carries_each_author_as_rispy_reads_it(tmp_path):
    import rispy

    records = rispy.loads(export(_cited(tmp_path), "ris"))
    assert records[0]["authors"] == ["Lee, Ann", "Jalonick, Mary Clare", "Wu, Cy"]
    assert records[1]["authors"] == ["Associated Press"]
    assert records[2]["authors"] == ["Gates, Henry Louis, Jr.", "Lee, Ann"]  # Last, First, Suffix


def test_bibtex_carries_each_author_as_bibtexparser_splits_them(tmp_path):
    import bibtexparser
    from bibtexparser.middlewares import SeparateCoAuthors, SplitNameParts

    library = bibtexparser.parse_string(
        export(_cited(tmp_path), "bibtex"),
        append_middleware=[SeparateCoAuthors(), SplitNameParts()])
    assert not library.failed_blocks
    three, organisation, suffixed = (e.fields_dict["author"].value for e in library.entries)
    assert [(n.last, n.first) for n in three] == [
        (["Lee"], ["Ann"]), (["Jalonick"], ["Mary", "Clare"]), (["Wu"], ["Cy"])]
    assert [(n.last, n.first) for n in organisation] == [(["{Associated Press}"], [])]
    assert [(n.last, n.first, n.jr) for n in suffixed] == [
        (["Gates"], ["Henry", "Louis"], ["Jr."]), (["Lee"], ["Ann"], [])]


def test_the_parse_cache_keeps_each_author(tmp_path, monkeypatch):
    monkeypatch.delenv("KLAYMAN_TUI_NO_CACHE", raising=False)
    first = _corpus(tmp_path, "three").sources[0].metadata.authors
    again = klayman_tui.load([tmp_path / "three"]).sources[0]
    assert not again.loaded  # listed from the cache, its body not read
    assert again.metadata.authors == first and len(first) == 3
    assert again.metadata.authors[1].given == "Mary Clare"
    suffixed = _corpus(tmp_path, "suffix").sources[0].metadata.authors
    assert klayman_tui.load([tmp_path / "suffix"]).sources[0].metadata.authors == suffixed
    assert suffixed[0].suffix == "Jr."
