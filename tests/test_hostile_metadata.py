"""What a sources.toml, a PDF or a page says of an article, when it is wrong or huge:
a warning and the rest used, never a traceback; fields of a sane length; dates that
are dates."""

import json

import pytest
from hostile_pdfs import FONT, TEXT, stream, write_pdf
from test_cli import cli

import klayman_tui
from klayman_tui.corpus.cite.styles import STYLES
from klayman_tui.corpus.cite.rules import date_parts
from klayman_tui.output_formats import EXPORT_FORMATS

ARTICLE = 'Title here\n\n"We kept the harbour open all night long," said Ms Lee.\n'


def folder_with(tmp_path, sidecar: bytes | str):
    (tmp_path / "x.txt").write_text(ARTICLE)
    data = sidecar.encode("utf-8") if isinstance(sidecar, str) else sidecar
    (tmp_path / "sources.toml").write_bytes(data)
    return tmp_path


@pytest.mark.parametrize("sidecar, warning", [
    ('[sources.x]\nboilerplate = 5\n', "[sources.x] boilerplate should be a list of text"),
    ('[speakers."Ann Lee"]\naliases = 5\n', "[speakers.Ann Lee] aliases should be a list"),
    ("[sources.x]\nextra = " + "[" * 2000 + "]" * 2000 + "\n", "not valid TOML (nested too"),
    ('[sources.x]\ntitle = 5\noutlet = "Kept"\n', "[sources.x] title should be text"),
], ids=["boilerplate", "aliases", "nested", "title"])
def test_a_wrong_type_in_sources_toml_is_a_warning_and_the_folder_opens(tmp_path, sidecar,
                                                                        warning):
    result = cli("--data", str(folder_with(tmp_path, sidecar)), "quotes", "--format", "md")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert warning in result.stderr
    assert "We kept the harbour open all night long" in result.stdout


def test_every_problem_in_sources_toml_is_listed_and_left_out(tmp_path):
    """A kind no source has and a link that is no web address are left out too (a
    "javascript:" url went into citations, RIS and BibTeX), and each problem has a line
    of its own ("and 4 more" named none of the four)."""
    sidecar = ('[sources.x]\ntitle = 5\noutlet = 6\ndate = "2012-13-99"\nkind = "banana"\n'
               'url = "javascript:alert(1)"\nboilerplate = 5\n')
    folder = folder_with(tmp_path, sidecar)
    corpus = klayman_tui.load([folder])
    problems = [w for w in corpus.warnings if "sources.toml" in w]
    assert len(problems) == 6, problems
    assert any("kind should be one of interview, profile, news" in w for w in problems)
    assert any("url should be a web address" in w for w in problems)
    metadata = corpus.sources[0].metadata
    assert metadata.kind is None and metadata.url is None


def test_a_sources_toml_of_many_bad_entries_is_a_few_warning_lines(tmp_path):
    """2,000 entries, each with three problems, gave 6,000 warning lines (QA): a problem
    many entries share is named for three and counted for the rest, and many different
    problems end in a count."""
    entries = "".join(f'[sources.s{i}]\nkind = "poem"\ntitle = 5\ndate = "2012-13-{i % 90 + 10}"\n'
                      for i in range(2000))
    corpus = klayman_tui.load([folder_with(tmp_path, '[sources.x]\noutlet = "Kept"\n' + entries)])
    lines = [w for w in corpus.warnings if "sources.toml" in w]
    assert len(lines) <= 30, len(lines)
    assert any("[sources.s0] kind should be one of" in w for w in lines)
    assert any("and 1,997 more entries: kind should be one of" in w for w in lines)
    assert any("and 1,997 more entries: title should be text" in w for w in lines)
    assert "more problems" in lines[-1]
    assert corpus.sources[0].metadata.outlet == "Kept"


def test_a_sources_toml_with_a_byte_order_mark_is_read(tmp_path):
    corpus = klayman_tui.load([folder_with(tmp_path, b'\xef\xbb\xbf[sources.x]\n'
                                                     b'outlet = "BOM Times"\n')])
    assert corpus.sources[0].metadata.outlet == "BOM Times"
    assert not corpus.warnings


@pytest.mark.parametrize("written, date", [
    ("2019-11-19", "2019-11-19"),            # a TOML date: no quotes
    ("2019-11-19T08:30:00Z", "2019-11-19"),  # a TOML date and time
    ("2012", "2012"),                        # a year, as a number
])
def test_a_date_written_as_toml_writes_dates_is_the_date(tmp_path, written, date):
    """`date = 2019-11-19` is how TOML writes a date: it was left out as "should be
    text", and the citation had no date (QA)."""
    corpus = klayman_tui.load([folder_with(tmp_path, f'[sources.x]\ndate = {written}\n')])
    assert corpus.sources[0].metadata.date == date
    assert not corpus.warnings


def test_authors_given_as_one_byline_are_its_people(tmp_path):
    """`authors = "Ann Bell and Cy Dunn"` (one string, not a list) was left out."""
    corpus = klayman_tui.load([folder_with(tmp_path, '[sources.x]\n'
                                                     'authors = "Ann Bell and Cy Dunn"\n')])
    assert [a.family for a in corpus.sources[0].metadata.authors] == ["Bell", "Dunn"]
    assert not corpus.warnings


def test_an_author_list_is_people_not_a_python_list(tmp_path):
    """`author = ["A B", "C D"]` printed `D']` in citations and BibTeX."""
    corpus = klayman_tui.load([folder_with(tmp_path, '[sources.x]\ntitle = "T"\n'
                                                     'author = ["Ann Bell", "Cy Dunn"]\n')])
    quote = corpus.quotes[0]
    from klayman_tui.corpus.cite.citation import format_citation
    from klayman_tui.corpus.cite.exports import Cited
    from klayman_tui.output_formats import export

    texts = [format_citation(quote, style) for style in STYLES]
    texts += [export([Cited.of(quote)], fmt) for fmt in ("bibtex", "ris", "csl-json")]
    for text in texts:
        assert "['" not in text and "']" not in text and '["' not in text
    assert any("Bell" in text and "Dunn" in text for text in texts)


def month_13_pdf() -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               FONT, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                     b"<< /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
               stream(TEXT), b"<< /Title (A PDF of an impossible month) /CreationDate (D:20121399) >>"]
    return write_pdf(objects, b"/Info 6 0 R ")


@pytest.mark.parametrize("where", ["sources.toml", "PDF"])
def test_a_month_above_12_never_breaks_a_citation_or_an_export(tmp_path, where):
    if where == "PDF":
        (tmp_path / "x.pdf").write_bytes(month_13_pdf())
        corpus = klayman_tui.load([tmp_path])
    else:
        corpus = klayman_tui.load([folder_with(tmp_path, '[sources.x]\ntitle = "T"\n'
                                                         'date = "2012-13-99"\n')])
    if where == "sources.toml":  # (a PDF's creation date is at most a fallback)
        assert any("2012-13-99" in w and "not a real date" in w for w in corpus.warnings)
    assert corpus.sources[0].metadata.date != "2012-13-99"
    from klayman_tui.corpus.cite.citation import format_citation
    from klayman_tui.corpus.cite.exports import Cited
    from klayman_tui.output_formats import export

    quote = corpus.quotes[0]
    for style in STYLES:
        format_citation(quote, style)
    for fmt in EXPORT_FORMATS[1:]:
        exported = export([Cited.of(quote)], fmt)
        assert "99" not in exported and "13" not in exported
    assert "date-parts" not in export([Cited.of(quote)], "csl-json")


def test_an_impossible_date_is_never_split_into_parts():
    assert date_parts("2012-13-99") is None and date_parts("2012-02-30") is None
    assert date_parts("2012-02-29") == ("2012", 2, 29)


def test_a_5_mb_pdf_title_is_cut_to_a_title_length(tmp_path):
    huge = b"Long title words " * (5 * 1024 * 1024 // 17)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
               FONT, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                     b"<< /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
               stream(TEXT), b"<< /Title (" + huge + b") >>"]
    (tmp_path / "big.pdf").write_bytes(write_pdf(objects, b"/Info 6 0 R "))
    corpus = klayman_tui.load([tmp_path])
    assert len(corpus.sources[0].metadata.title) <= 500
    assert any("title is cut to 500 characters" in w for w in corpus.warnings)
    from klayman_tui.corpus.cite.citation import format_citation

    assert len(format_citation(corpus.quotes[0], "mla")) < 1000


def test_a_5_mb_site_name_is_cut_too(tmp_path):
    site = "Site " * (5 * 1024 * 1024 // 5)
    body = "<p>“We never gave up on the film, not for one day,” said Ms Quote.</p>" * 3
    (tmp_path / "page.html").write_text(
        f'<html><head><meta property="og:site_name" content="{site}"><title>A page</title>'
        f"</head><body><article>{body}</article></body></html>", encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert len(corpus.sources[0].metadata.outlet or "") <= 500
    records = json.loads(cli("--data", str(tmp_path), "sources", "--json").stdout)
    assert len(json.dumps(records)) < 10_000


def test_a_large_sources_toml_is_read_once_per_process(tmp_path, monkeypatch):
    """A large folder is parsed in pieces of 50 files; each piece re-read and parsed
    the folder's sources.toml (57 s for a big one instead of 0.8 s)."""
    from klayman_tui.corpus import loading
    from klayman_tui.corpus.ingest import sidecar
    from klayman_tui.corpus.ingest.discovery import discover

    for number in range(150):
        (tmp_path / f"a{number:03d}.txt").write_text(ARTICLE)
    (tmp_path / "sources.toml").write_text("".join(
        f'[sources.a{n:03d}]\ntitle = "Title {n}"\n' for n in range(150)))
    parsed = []
    real = sidecar.tomllib.loads
    monkeypatch.setattr(sidecar.tomllib, "loads", lambda text: parsed.append(1) or real(text))
    found = discover([tmp_path], [])
    items = list(enumerate(found))
    for start in range(0, len(items), 50):  # as the worker processes do, one piece each
        loading._parse_piece(items[start:start + 50])
    assert len(parsed) == 1


def test_output_to_a_full_disk_is_one_line_not_a_traceback():
    import subprocess
    import sys

    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "klayman_tui", "quotes"], stdout=full,
                                stderr=subprocess.PIPE, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip() == ("klayman-tui: error: could not write the output "
                                     "(No space left on device)")
