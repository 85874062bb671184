"""Quotes for reference managers: CSL-JSON read by a real CSL processor (citeproc-py),
RIS and BibTeX read back by their well-kept parsers, and the command line."""

import json

import pytest
from conftest import DGENERATE, EPOCH, FAST_COMPANY, HERALD

from klayman_tui.corpus.model import Author, Metadata
from klayman_tui.corpus.cite.exports import Cited, bibtex_unescape
from klayman_tui.output_formats import export


def cited(corpus, *source_ids):
    return [Cited.of(q) for s in source_ids for q in corpus.source(s).quotes[:2]]


def render_with_citeproc(csl_items: list[dict]) -> list[str]:
    from citeproc import (Citation, CitationItem, CitationStylesBibliography,
                          CitationStylesStyle, formatter)
    from citeproc.source.json import CiteProcJSON

    source = CiteProcJSON(csl_items)
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for item in csl_items:
        bibliography.register(Citation([CitationItem(item["id"])]))
    return [str(entry) for entry in bibliography.bibliography()]


def test_csl_json_is_rendered_by_citeproc(corpus):
    items = json.loads(export(cited(corpus, HERALD, EPOCH, FAST_COMPANY), "csl-json"))
    assert [i["id"] for i in items] == [HERALD, EPOCH, FAST_COMPANY]  # one per article
    rendered = render_with_citeproc(items)
    assert len(rendered) == 3
    joined = "\n".join(rendered)
    assert "Alum draws praise for film on Chinese dissident" in joined
    assert "Karpel" in joined and "Fast Company" in joined
    herald = items[0]
    assert herald["issued"] == {"date-parts": [[2012, 9, 10]]}
    assert items[2]["issued"] == {"date-parts": [[2012]], "circa": True}  # inferred
    assert herald["note"].startswith("“do whatever is required.” — Alison Klayman")
    # The untitled profile keeps the description the copies use, in square brackets
    # (a supplied fact, never an invented title), so a CSL processor prints something.
    assert items[1]["title"] == "[Profile of Alison Klayman]"
    assert "[Profile of Alison Klayman]" in joined


def test_ris_round_trips_through_rispy(corpus):
    import rispy

    text = export(cited(corpus, HERALD, FAST_COMPANY), "ris")
    records = rispy.loads(text)
    assert len(records) == 2
    herald, fast = records
    assert herald["type_of_reference"] == "NEWS"
    assert herald["title"] == "Alum draws praise for film on Chinese dissident"
    assert herald["secondary_title"] == "The Brown Daily Herald"
    assert herald["date"] == "2012/09/10"
    assert fast["authors"] == ["Karpel, Ari"]
    assert herald["notes"][0] == "“do whatever is required.” — Alison Klayman"
    assert "Date inferred, not printed in the article." in fast["notes"]


HOSTILE = Metadata(outlet="A & B {News} 100%", title="Costs $5 #1 under_score ~x^ \\end{x}",
                   authors=(Author("O’Brien", "Jo"),), date="2020-03", url="https://x.org/a_b?c=1&d=2#e")


def test_bibtex_round_trips_through_bibtexparser_even_with_special_characters(corpus):
    import bibtexparser

    items = cited(corpus, HERALD, FAST_COMPANY)
    items.append(Cited("odd/one", HOSTILE, "50% of {this} & that", "Some One"))
    text = export(items, "bibtex")
    # LaTeX's special characters are escaped, so BibTeX and LaTeX read them as text.
    assert r"50\% of \{this\} \& that" in text and r"Costs \$5 \#1 under\_score" in text
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    entries = {e.key: e.fields_dict for e in library.entries}
    assert set(entries) == {HERALD, FAST_COMPANY, "odd-one"}
    odd = {k: bibtex_unescape(v.value) for k, v in entries["odd-one"].items()}
    assert odd["title"] == "{" + HOSTILE.title + "}"  # braces keep its capitals
    assert odd["journal"] == HOSTILE.outlet
    assert odd["url"] == HOSTILE.url
    assert odd["author"] == "O’Brien, Jo"
    assert odd["year"] == "2020" and odd["month"] == "mar"
    # The month is BibTeX's macro (printed "March"), not the text "{mar}".
    assert "month = mar,\n" in text and "{mar}" not in text
    assert odd["annote"] == "“50% of {this} & that” — Some One (no longer found in the article)"
    herald = entries[HERALD]
    assert herald["journal"].value == "The Brown Daily Herald"


def test_markdown_export_has_footnoted_citations(corpus):
    text = export(cited(corpus, HERALD), "md")
    assert text.startswith("# Collected quotes\n")
    assert "> “do whatever is required.”[^1]" in text
    assert ("[^1]: Alison Klayman, quoted in “Alum Draws Praise for Film on Chinese "
            "Dissident,” The Brown Daily Herald, September 10, 2012.") in text


def test_the_markdown_export_quotes_as_a_copy_does(corpus):
    """A quotation inside a collected quote kept its double marks in the Markdown
    export (“… declaration that “it makes no difference …” …”), where every copy and
    the other exports turn them single (QA)."""
    question = next(q for q in corpus.source(DGENERATE).quotes if "catch mice" in q.text
                    and q.text.startswith("The film opens"))
    text = export([Cited.of(question)], "md")
    assert "declaration that ‘it makes no difference" in text
    assert "mice.’ Can you discuss this opening?”[^1]" in text
    assert "“it makes" not in text


def test_quotes_command_writes_each_reference_format(corpus):
    from test_cli import cli

    for fmt, check in (("csl-json", lambda out: json.loads(out)[0]["id"] == HERALD),
                       ("ris", lambda out: out.startswith("TY  - NEWS")),
                       ("bibtex", lambda out: out.startswith(f"@article{{{HERALD},"))):
        result = cli("quotes", "--source", HERALD, "--format", fmt)
        assert result.returncode == 0 and check(result.stdout), fmt


def test_collection_export_command(corpus):
    from test_cli import cli

    from klayman_tui.corpus.state.collection import Collection

    empty = cli("collection", "export")
    assert empty.returncode == 0 and "the collection is empty" in empty.stderr
    saved = Collection.for_paths(None)
    saved.toggle(corpus.source(FAST_COMPANY).quotes[0])
    saved.toggle(corpus.source(HERALD).quotes[0])
    md = cli("collection", "export", "--format", "md")
    assert md.stdout.index("Karpel") < md.stdout.index("Brown Daily Herald")  # as starred
    items = json.loads(cli("collection", "export", "--format", "csl-json").stdout)
    assert [i["id"] for i in items] == [FAST_COMPANY, HERALD]
    bad = cli("collection", "export", "--format", "docx")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


@pytest.mark.parametrize("fmt", ["md", "csl-json", "ris", "bibtex"])
def test_no_control_character_reaches_an_export(fmt):
    hostile = Metadata(outlet="Out\x1b[31mlet", title="T\x07itle")
    from klayman_tui.corpus.neutralise import neutral_line
    meta = Metadata(outlet=neutral_line(hostile.outlet), title=neutral_line(hostile.title))
    text = export([Cited("s", meta, neutral_line("w\x1bords"), "S")], fmt)
    assert "\x1b" not in text and "\x07" not in text


@pytest.mark.parametrize("fmt", ["csl-json", "ris", "bibtex"])
def test_two_articles_never_share_a_citation_key(fmt):
    """Ids that clean to the same key ("a/b" and "a-b") stay two references."""
    import rispy
    import bibtexparser

    cited = [Cited(source_id, Metadata(outlet=outlet, title=outlet), "words", "S")
             for source_id, outlet in (("a/b", "One"), ("a-b", "Two"), ("a b", "Three"))]
    text = export(cited, fmt)
    if fmt == "csl-json":
        keys = [item["id"] for item in json.loads(text)]
    elif fmt == "ris":
        keys = [record["id"] for record in rispy.loads(text)]
    else:
        keys = [entry.key for entry in bibtexparser.parse_string(text).entries]
    assert keys == ["a-b", "a-b-2", "a-b-3"]
