"""Saved web pages and PDFs open as articles: the main text with its
paragraphs, the page's own metadata, nothing fetched; a scanned PDF is skipped."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import klayman_tui

NEWS_DEV = ROOT.parent / "shared" / "news-dev"
needs_news_dev = pytest.mark.skipif(not (NEWS_DEV / "html").is_dir(),
                                    reason="../shared/news-dev is not beside this checkout")

# Read from each page by hand: its headline, the outlet it names itself, and the
# publication date in its metadata (datePublished / pubdate / published_time).
EXPECTED_PAGES = {
    "bloomberg.com1": ("Job Woes Linger in 29 States as U.S. Recovers Unevenly",
                       "Bloomberg", "2014-09-30"),
    "businessweek.com1": ("Afghanistan's New Millionaires", "Businessweek.com",
                          "2014-12-18"),
    "cnn": ("After storm, forecasters see smooth sailing for Thanksgiving", "CNN",
            "2013-11-27"),
    "foxnews.com1": ("How Oscar Isaac and Jessica Chastain went about bringing to life "
                     "'A Most Violent Year'", "Fox News Latino", "2014-12-29"),
    "huffingtonpost.com1": ("Jamie Dimon Says Banks Are Under Assault As He Announces "
                            "$4.9 Billion Profit", "The Huffington Post", "2015-01-14"),
    "nj.com1": ("Republican N.J. senator rips Christie over State of the State speech",
                "NJ.com", "2015-01-14"),
    "talkingpointsmemo.com1": ("The Small Miracle You Haven't Heard About Amid the "
                               "Carnage in Syria", "Talking Points Memo", "2015-01-14"),
    "theatlantic.com2": ("'The Interview' Is a Pretty Smart Movie", "The Atlantic",
                         "2014-12-29"),
    "thedailybeast.com2": ("Justice League Vigil for Slain NYPD Officers Asks Whose "
                           "Life Matters", "The Daily Beast", "2014-12-22"),
    "upworthy.com1": ("What A Service Dog Really Thinks Of The Injured Vet Who Owns Him",
                      "Upworthy", "2014-11-13"),
    "vanityfair.com1": ("Gwyneth Paltrow Explains Her Breakups with Brad Pitt and Ben "
                        "Affleck", "Vanity Fair", "2015-01-14"),
    # As its headline prints it (the meta title has a straight apostrophe).
    "wired.com2": ("An Extortionist Has Been Making Life Hell for Bitcoin’s Earliest "
                   "Adopters", "WIRED", "2014-12-29"),
}


def _scores(folder: Path, tmp_path: Path) -> dict[str, float]:
    exported = subprocess.run(
        [sys.executable, "-m", "klayman_tui", "--data", str(folder), "quotes", "--format",
         "json"], capture_output=True, text=True, check=True,
        env={"KLAYMAN_TUI_NO_CACHE": "1", "PATH": "/usr/bin:/bin"})
    export = tmp_path / f"{folder.name}.json"
    export.write_text(exported.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(NEWS_DEV / "score_quotes.py"), str(export)],
                            capture_output=True, text=True, check=True)
    last = scored.stdout.strip().splitlines()[-1].split()
    return {last[i]: float(last[i + 1]) for i in range(0, len(last) - 1, 2)}


@needs_news_dev
def test_quotes_from_the_pages_score_as_well_as_from_the_plain_text(tmp_path):
    from_pages = _scores(NEWS_DEV / "html", tmp_path)
    from_text = _scores(NEWS_DEV / "articles", tmp_path)
    for measure in ("recall", "precision", "attribution"):
        assert from_pages[measure] >= from_text[measure] - 0.02, (from_pages, from_text)


@needs_news_dev
def test_each_page_gives_its_title_outlet_and_date(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("a page was read with a network call")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    corpus = klayman_tui.load([NEWS_DEV / "html"])
    got = {s.id: (s.metadata.title, s.metadata.outlet, s.metadata.date)
           for s in corpus.sources}
    assert got == EXPECTED_PAGES
    cnn = corpus.source("cnn")
    assert cnn.metadata.url.startswith("http://www.cnn.com/2013/11/27/")
    assert "CNN" not in (cnn.metadata.author or "")  # the outlet is not an author
    body = cnn.text
    assert "We dodged a bullet" in body and "<" not in body and "function(" not in body


PAGE = """<!doctype html><html><head><title>Harbour plan | Gazette</title>
<meta property="og:title" content="Harbour plan divides the town">
<meta property="og:site_name" content="The Gazette">
<meta name="author" content="Ann Lee">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<script>document.write("\\x1b]0;pwned\\x07")</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour plan divides the town</h1>
<p>The council met on Tuesday to decide the future of the harbour, which has been
closed to ferries for most of the past two years.</p>
<p>"We have waited long enough for this decision," said Peter Okonjo, who chairs the
ferry board, after the vote was taken late in the evening.</p>
<p>Engineers say the work will take three years and will cost far more than the town
first expected when the plan was drawn up.</p></article>
<div class="comments"><p>"Rubbish," wrote a reader.</p></div>
<footer>Copyright The Gazette. Subscribe now for more news.</footer></body></html>"""


def test_a_saved_page_opens_as_its_article_without_its_files_folder(tmp_path):
    (tmp_path / "harbour.html").write_text(PAGE, encoding="utf-8")
    files = tmp_path / "harbour_files"
    files.mkdir()
    (files / "script.html").write_text("<p>not an article</p>", encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["harbour"]
    source = corpus.sources[0]
    meta = source.metadata
    assert (meta.title, meta.outlet, meta.author, meta.date) == (
        "Harbour plan divides the town", "The Gazette", "Ann Lee", "2021-03-04")
    assert [q.speaker for q in source.quotes] == ["Peter Okonjo"]
    assert source.quotes[0].text.startswith("We have waited long enough for this decision")
    assert "Home" not in source.text and "Subscribe" not in source.text
    assert "\x1b" not in source.text and "pwned" not in source.text
    assert "\n\nEngineers say" in source.text  # paragraphs kept


def test_a_sources_toml_entry_wins_over_the_page(tmp_path):
    (tmp_path / "harbour.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sources.toml").write_text(
        '[sources.harbour]\noutlet = "Harbour Weekly"\n', encoding="utf-8")
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert meta.outlet == "Harbour Weekly" and meta.title == "Harbour plan divides the town"


# -- PDFs ------------------------------------------------------------------------------

PARAGRAPHS = [
    "The council met on Tuesday to decide the future of the harbour, which has been "
    "closed to ferries for most of the past two years and has cost the town dearly "
    "in trade and in visitors.",
    "Engineers told the meeting that the work would take three years, and that the "
    "breakwater would need to be rebuilt before any ferry could use the quay again, "
    "whatever the weather.",
    "Councillors argued late into the evening about the cost, which has risen "
    "threefold since the first estimate was published, and about who would pay for "
    "the extraordinarily expensive repairs.",
]
QUOTE = ("\u201cWe have waited long enough for this decision, and the town cannot wait "
         "another winter while the quay stays empty and the shops along the front "
         "close one by one,\u201d said Peter Okonjo, who chairs the ferry board.")


def _make_pdf(path: Path, scanned: bool = False) -> None:
    from fpdf import FPDF

    pdf = FPDF(format=(148, 210))
    pdf.set_title("Harbour plan divides the town")
    pdf.set_author("Ann Lee")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.header = lambda: (pdf.set_font("Helvetica", size=8),
                          pdf.cell(0, 6, "The Gazette - Local news", new_x="LMARGIN",
                                   new_y="NEXT"))
    pdf.footer = lambda: (pdf.set_y(-15), pdf.set_font("Helvetica", size=8),
                          pdf.cell(0, 6, str(pdf.page_no()), align="C"))
    if scanned:
        pdf.header = pdf.footer = lambda: None
        pdf.add_page()
        pdf.image(_blank_png(path.parent), x=10, y=20, w=100)
        pdf.output(str(path))
        return
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)

    def write(text: str) -> None:
        pdf.multi_cell(0, 5, text.replace("\u201c", '"').replace("\u201d", '"'),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    # Page one: paragraphs, the last one broken by hand as "extraor-" / "dinarily".
    write(PARAGRAPHS[0])
    write(PARAGRAPHS[1])
    write(PARAGRAPHS[2].replace("extraordinarily", "extraor-\ndinarily"))
    while pdf.get_y() < pdf.h - 20 - 22:  # filler, until two lines are left
        write(PARAGRAPHS[1])
    write(QUOTE)  # five lines: it runs over the page break
    write(PARAGRAPHS[0])
    pdf.output(str(path))


def _blank_png(folder: Path) -> str:
    from PIL import Image

    image = folder / "scan.png"
    Image.new("RGB", (200, 100), "white").save(image)
    return str(image)


def test_a_text_pdf_opens_as_paragraphs_without_headers_or_page_numbers(tmp_path):
    pytest.importorskip("fpdf")
    _make_pdf(tmp_path / "harbour.pdf")
    source = klayman_tui.load([tmp_path]).sources[0]
    text = source.text
    assert source.metadata.title == "Harbour plan divides the town"
    assert source.metadata.author == "Ann Lee"
    assert "Local news" not in text and "\n1\n" not in text and "\n2\n" not in text
    for paragraph in PARAGRAPHS:  # each paragraph whole, the hyphenation rejoined
        assert f"\n\n{paragraph}\n\n" in text, paragraph
    quotes = [(q.speaker, q.text) for q in source.quotes]
    assert any(speaker == "Peter Okonjo" and "the town cannot wait another winter" in words
               for speaker, words in quotes), quotes


def test_a_pdf_quote_across_the_page_break_is_one_quote(tmp_path):
    pytest.importorskip("fpdf")
    _make_pdf(tmp_path / "harbour.pdf")
    from pypdf import PdfReader

    first_page = PdfReader(tmp_path / "harbour.pdf").pages[0].extract_text()
    assert "We have waited" in first_page and "one by one" not in first_page  # it spans
    source = klayman_tui.load([tmp_path]).sources[0]
    assert any(q.text.startswith("We have waited") and "one by one" in q.text
               for q in source.quotes)


def test_a_scanned_pdf_is_skipped_with_one_line(tmp_path):
    pytest.importorskip("fpdf")
    _make_pdf(tmp_path / "scan.pdf", scanned=True)
    (tmp_path / "story.txt").write_text('Story\n\n"Words," said Ms Lee.\n', encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["story"]
    warning = next(w for w in corpus.warnings if "scan.pdf" in w)
    assert "no text layer" in warning and "\n" not in warning
    assert warning.split("scan.pdf: ", 1)[1].count("skipped") == 1, warning


def test_what_pypdf_says_of_a_broken_pdf_is_in_its_warning_only(tmp_path):
    """Said once, in the file's warning line: not printed again, bare, when the file
    is read a second time to tell whether it is encrypted."""
    import random

    (tmp_path / "random.pdf").write_bytes(random.Random(1).randbytes(4000))
    (tmp_path / "story.txt").write_text('Story\n\n"Words," said Ms Lee.\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "klayman_tui", "--data", str(tmp_path),
                             "sources"], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "KLAYMAN_TUI_NO_CACHE": "1"})
    lines = result.stderr.splitlines()
    assert any("random.pdf" in line and "pypdf" in line for line in lines), lines
    assert all(line.startswith("klayman-tui: ") for line in lines), lines


def test_a_broken_pdf_is_skipped_with_one_line(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF")
    (tmp_path / "story.txt").write_text('Story\n\n"Words," said Ms Lee.\n', encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["story"]
    assert any("broken.pdf" in w and "skipped" in w for w in corpus.warnings)


@pytest.mark.parametrize("name", ["junk.pdf", "junk.html", "junk.htm"])
@pytest.mark.parametrize("data", [
    b"%PDF-1.7\n" + bytes(range(256)) * 40,
    b"%PDF-1.4\n1 0 obj << /Type /Pages /Kids [1 0 R] /Count 1 >> endobj\ntrailer << /Root 1 0 R >>",
    b"<html>" + b"<div>" * 5000 + b"deep" + b"</div>" * 5000 + b"</html>",
    b"<html><body><p>\x1b]52;c;aGk=\x07 \xff\xfe words</p></body></html>",
    bytes(range(256)) * 20,
])
def test_a_malformed_page_or_pdf_is_skipped_never_a_crash(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "story.txt").write_text('Story\n\n"Words," said Ms Lee.\n', encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])  # never raises
    assert "story" in [s.id for s in corpus.sources]
    for source in corpus.sources:
        assert "\x1b" not in source.text and "\x07" not in source.text
    for warning in corpus.warnings:
        assert "\n" not in warning and "\x1b" not in warning


@pytest.mark.parametrize("name, target", [
    ("odd.pdf", "pypdf.PdfReader"),
    ("odd.html", "trafilatura.bare_extraction"),
])
def test_an_extractor_failing_in_any_way_skips_the_file(tmp_path, monkeypatch, name, target):
    """pypdf and trafilatura raise many kinds of error on malformed files; whatever
    they raise, the file is skipped with one line and the rest loads."""
    import importlib

    module, attribute = target.rsplit(".", 1)

    def broken(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'get_object'")

    monkeypatch.setattr(importlib.import_module(module), attribute, broken)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    (tmp_path / name).write_bytes(b"%PDF-1.4\n" if name.endswith(".pdf") else b"<p>x</p>")
    (tmp_path / "story.txt").write_text('Story\n\n"Words," said Ms Lee.\n', encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["story"]
    assert any(name in w and "AttributeError" in w for w in corpus.warnings)


# -- what a page holds that a reader never sees as words ---------------------------------

def _page(headline: str, paragraph: str, charset: str = "utf-8") -> str:
    return (f'<html><head><title>T</title><meta charset="{charset}"></head><body><article>'
            f'<h1>{headline}</h1><p class="byline">By Bob Roe</p>'
            f'<p>{paragraph}</p></article></body></html>')


@pytest.mark.parametrize("headline", ["Headline", "Harbour plan divides the town"])
def test_a_script_or_style_in_the_headline_is_not_in_the_title(tmp_path, headline):
    """``<h1>Headline <script>alert(1)</script></h1>`` was titled "Headline alert(1)"
    (new-user trial): the code of a script or a style is never words of the page."""
    (tmp_path / "page.html").write_text(_page(
        f"{headline} <script>alert(1)</script><style>h1 {{ color: red }}</style>",
        "“We will not be pushed around,” said Mayor Jane Smith."), encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert source.metadata.title == headline
    assert "alert" not in source.text and "color" not in source.text


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1252"])
def test_control_characters_in_a_page_are_shown_as_in_a_text_file(tmp_path, encoding):
    """An ESC in a page's text was dropped by the HTML parser and the rest of its
    sequence kept ("Hello [31m world"), so the escape was half hidden (new-user trial):
    a page's control characters are shown as a text file's are (␛, ␇)."""
    words = "Hello \x1b[31m world, and a bell \x07 too"
    (tmp_path / "page.html").write_bytes(_page(
        "Harbour plan divides the town", f"“{words},” said Bob Roe.",
        encoding).encode(encoding))
    (tmp_path / "plain.txt").write_text(f"Harbour plan divides the town\n\n“{words},” said Bob Roe.\n",
                                        encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    page, plain = corpus.source("page"), corpus.source("plain")
    assert "Hello ␛[31m world, and a bell ␇ too" in page.text
    assert [q.text for q in page.quotes] == [q.text for q in plain.quotes]
    assert "\x1b" not in page.text and "\x07" not in page.text


def test_a_binary_file_named_html_is_skipped_in_plain_words(tmp_path):
    # The warning carried the HTML parser's complaint: "no article text found in this
    # page; trafilatura: parsed tree length: 1, wrong data type or not valid HTML".
    (tmp_path / "photo.html").write_bytes(bytes(range(256)) * 12)
    (tmp_path / "story.txt").write_text('Harbour plan\n\n"We will build it," said Ann Lee.\n')
    corpus = klayman_tui.load([tmp_path])
    warning = next(w for w in corpus.warnings if "photo.html" in w)
    assert warning.endswith("skipped, binary data, not a web page's text"), warning
    assert "trafilatura" not in warning
