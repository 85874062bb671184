"""Citation metadata from saved pages: the printed headline, the byline
nearest it split into people, the printed date on the page's own calendar, the
publication's name; scored on news-dev-2's hand-checked pages, and checked on small
pages written here."""

import json
import subprocess
import sys

import pytest
from conftest import ROOT

import klayman_tui
from klayman_tui.corpus.ingest.bylines import split_byline
from klayman_tui.corpus.model import Author

NEWS_DEV_2 = ROOT.parent / "shared" / "news-dev-2"


@pytest.mark.skipif(not (NEWS_DEV_2 / "score_metadata.py").is_file(),
                    reason="../shared/news-dev-2 is not beside this checkout")
def test_the_visible_pages_score_at_least_095_on_every_field(tmp_path):
    listed = subprocess.run(
        [sys.executable, "-m", "klayman_tui", "--data", str(NEWS_DEV_2 / "html"), "sources",
         "--json"], capture_output=True, text=True, check=True, timeout=600,
        env={"KLAYMAN_TUI_NO_CACHE": "1", "PATH": "/usr/bin:/bin"})
    sources = tmp_path / "sources.json"
    sources.write_text(listed.stdout, encoding="utf-8")
    scored = subprocess.run([sys.executable, str(NEWS_DEV_2 / "score_metadata.py"),
                             str(sources), "--min", "0.95"], capture_output=True, text=True)
    last = scored.stdout.strip().splitlines()[-1]
    assert scored.returncode == 0, scored.stdout
    fields = last.split()[1:]
    accuracy = {fields[i]: float(fields[i + 1]) for i in range(0, len(fields), 3)}
    assert set(accuracy) == {"title", "authors", "date", "outlet"}
    assert min(accuracy.values()) >= 0.95, last


@pytest.mark.parametrize("byline, expected", [
    ("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER\nAssociated Press",
     [("Mascaro", "Lisa"), ("Jalonick", "Mary Clare"), ("Tucker", "Eric")]),
    ("By Kevin McCoy and Kevin Johnson, USA TODAY", [("McCoy", "Kevin"), ("Johnson", "Kevin")]),
    ("Analysis by Chris Cillizza, CNN Editor-at-large", [("Cillizza", "Chris")]),
    ("Greg Beacham, Ap Sports Writer", [("Beacham", "Greg")]),
    ("Jeff Foust Monday", [("Foust", "Jeff")]),
    ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", [("Jacobson", "Louis")]),
    ("By Bill Hoppe | Special to the Pioneer Press", [("Hoppe", "Bill")]),
    ("By James Van Der Beek & Jo O’Brien", [("Van Der Beek", "James"), ("O’Brien", "Jo")]),
    ("Matt Friedman | NJ Advance Media for NJ.com", [("Friedman", "Matt")]),
    ("The Russian, Syrian defense ministries", []),
    # No separator between the name and the outlet: the outlet's words are not the name's.
    ("By Ann Lee New York Times", [("Lee", "Ann")]),
    ("By Ann Lee Irish Times", [("Lee", "Ann")]),
    ("By Mary Clare Jalonick Associated Press", [("Jalonick", "Mary Clare")]),
])
def test_a_byline_is_its_people_without_roles_outlets_or_dates(byline, expected):
    assert [(a.family, a.given) for a in split_byline(byline)] == expected


@pytest.mark.parametrize("byline, expected", [
    ("By Henry Louis Gates Jr. and Ann Lee", [("Gates", "Henry Louis", "Jr."),
                                              ("Lee", "Ann", None)]),
    ("By HARRY CONNICK, JR., Staff Writer", [("Connick", "Harry", "Jr.")]),
    ("By William H. Gates III | AP", [("Gates", "William H.", "III")]),
    ("John Smith Sr", [("Smith", "John", "Sr.")]),
    ("By Jane Doe, PhD", [("Doe", "Jane", None)]),  # a degree is no part of the name
])
def test_a_generational_suffix_stays_with_its_name(byline, expected):
    assert [(a.family, a.given, a.suffix) for a in split_byline(byline)] == expected


def test_an_organisation_is_an_author_only_when_no_person_is_named():
    assert split_byline("Associated Press") == [Author(literal="Associated Press")]
    assert split_byline("By Ann Lee, Associated Press") == [Author("Lee", "Ann")]
    assert split_byline("BBC News", outlet="BBC News") == []  # the outlet cites itself
    # "by the Associated Press" in running text: the name begins with its capital, not
    # a lower-case "the" that every citation then began with (QA).
    assert split_byline("By the Associated Press") == [Author(literal="The Associated Press")]


PAGE = """<!doctype html><html><head><title>SEO words for the story | The Gazette</title>
<meta property="og:title" content="A social-media title nobody prints">
<meta property="og:site_name" content="gazette">
<meta name="author" content="Gazette Media Group">
<meta property="article:published_time" content="2021-03-05T02:30:00+00:00">
<link rel="canonical" href="https://www.thegazette.com/2021/03/04/harbour-plan/">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished":
"0001-01-01T00:00:00Z", "publisher": {"@type": "Organization", "name": "The Gazette"}}
</script></head>
<body><header><div class="today">Friday, March 5, 2021</div>
<div class="byline">By Kim Park, Chief Photographer</div></header>
<article><h1>Harbour plan divides the town after a long night</h1>
<div class="article-byline">By <a href="/staff/ann-lee">ANN LEE</a>, <a>Bo Ray</a>
and <a>Cy Wu</a><span class="role">Staff Writers</span></div>
<p>Fishermen and ferry crews filled the hall, and the debate over the old quay ran
on past midnight before anyone asked for a vote.</p>
<p>"Nobody here wants to lose the ferries for good," a harbour pilot told the meeting,
to applause from the back of the room.</p>
<p>The plan now goes to the county, which must find most of the money before the
first stone of the new breakwater is laid.</p></article>
<footer>© 2021 Gazette Media Group</footer></body></html>"""


def test_a_page_gives_its_printed_headline_byline_and_outlet_not_its_metadata(tmp_path):
    (tmp_path / "harbour.html").write_text(PAGE, encoding="utf-8")
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert meta.title == "Harbour plan divides the town after a long night"
    # The byline under the headline, not the header's, nor the publisher's meta author.
    assert meta.authors == (Author("Lee", "Ann"), Author("Ray", "Bo"), Author("Wu", "Cy"))
    assert meta.outlet == "The Gazette"  # fits the domain; the lower-case handle does not
    # No date printed: the metadata's UTC time, on the publisher's calendar (the URL's
    # day), never the placeholder 0001-01-01 nor the header's "today".
    assert (meta.date, meta.date_source) == ("2021-03-04", "file")


def test_an_outlet_written_as_mid_sentence_opens_with_a_capital(tmp_path):
    # og:site_name "the Gazette" (as the Guardian writes itself): every citation began
    # with a lower-case "the" ("… Says Union.” the Guardian, 19 Nov. 2019").
    page = PAGE.replace('content="gazette"', 'content="the Gazette"').replace(
        ', "publisher": {"@type": "Organization", "name": "The Gazette"}', "")
    (tmp_path / "harbour.html").write_text(page, encoding="utf-8")
    assert klayman_tui.load([tmp_path]).sources[0].metadata.outlet == "The Gazette"


def test_the_date_printed_under_the_headline_wins_and_is_printed(tmp_path):
    page = PAGE.replace('<span class="role">', '<time>Published Mar. 4, 2021 9:30 PM'
                        '</time><span class="role">')
    (tmp_path / "harbour.html").write_text(page, encoding="utf-8")
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert (meta.date, meta.date_source) == ("2021-03-04", "printed")


def test_a_page_with_no_date_gets_none_from_the_years_in_its_text(tmp_path):
    """Missing stays missing: "founded in 1987", "last closed in 2003" are no date of
    the page (trafilatura's extensive search took the latter as 2003-01-01)."""
    page = """<!doctype html><html><head><title>Museum reopens after flood</title></head>
<body><article><h1>Museum reopens after flood</h1>
<p>The city museum, founded in 1987, opened its doors again on Saturday after the river
flooded its lower floors for the second time; it last closed in 2003.</p>
<p>"We lost the archive once and we were not going to lose it again," said Sam Hill,
who has run the museum since the first flood and saw both of them from the roof.</p>
<p>Visitors queued round the block for the first hour and the cafe ran out of cake.</p>
</article></body></html>"""
    (tmp_path / "founded.html").write_text(page, encoding="utf-8")
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert meta.title == "Museum reopens after flood"
    assert (meta.date, meta.date_source) == (None, None)


def test_sources_json_lists_each_author(tmp_path):
    (tmp_path / "harbour.html").write_text(PAGE, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "klayman_tui", "--data", str(tmp_path),
                             "sources", "--json"], capture_output=True, text=True, check=True)
    record = json.loads(result.stdout)[0]
    assert record["authors"] == [{"given": "Ann", "family": "Lee"},
                                 {"given": "Bo", "family": "Ray"},
                                 {"given": "Cy", "family": "Wu"}]
    assert record["author"] == "Ann Lee, Bo Ray, and Cy Wu"
    assert record["date_source"] == "file"


LINKED = """<html><head><title>Harbour</title></head><body><article>
<h1>Harbour plan divides the town</h1>
<p>The council met on Tuesday to decide the future of the harbour, which has been
closed to ferries for most of the past two years and has cost the town dearly.</p>
<p>SEE MORE: <a href="/a">Ferry firm cuts jobs as the quay stays closed</a></p>
<p>"We have waited long enough for this decision," said Peter Okonjo, who chairs the
ferry board, after the vote was taken late in the evening.</p>
<p>DON'T MISS</p>
<p><a href="/b">Storm floods the seafront again</a> [VIDEO]</p>
<p><a href="/c">CLICK HERE TO GET THE GAZETTE APP</a></p>
<p>Engineers say the work will take <a href="/d">three years</a> and will cost far more
than the town first expected when the plan was drawn up by the council.</p>
</article></body></html>"""


def test_link_lists_and_their_labels_are_not_the_article(tmp_path):
    (tmp_path / "harbour.html").write_text(LINKED, encoding="utf-8")
    text = klayman_tui.load([tmp_path]).sources[0].text
    for furniture in ("SEE MORE", "Ferry firm cuts", "DON'T MISS", "Storm floods",
                      "CLICK HERE"):
        assert furniture not in text, furniture
    assert "will take three years and will cost" in text  # a link inside a sentence stays
    assert "Peter Okonjo" in text


def test_a_body_trafilatura_cuts_short_is_read_from_the_article(tmp_path, monkeypatch):
    """When trafilatura returns a fraction of what the page's <article> holds (it
    stopped at the first of its blocks), the article's own paragraphs are the text."""
    import trafilatura

    sentence = "The harbour story goes on with another careful sentence about ferries. "
    paragraphs = [f"<p>Paragraph {n}. {sentence * 3}</p>" for n in range(12)]
    page = f"<html><body><article><h1>Harbour plan divides the town</h1>" \
           f"{''.join(paragraphs)}</article></body></html>"
    (tmp_path / "long.html").write_text(page, encoding="utf-8")
    real = trafilatura.bare_extraction

    def first_blocks_only(*args, **kwargs):
        document = real(*args, **kwargs)
        for element in list(document.body)[3:]:
            document.body.remove(element)
        return document

    monkeypatch.setattr(trafilatura, "bare_extraction", first_blocks_only)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    text = klayman_tui.load([tmp_path]).sources[0].text
    assert "Paragraph 11." in text and text.count("\n\nParagraph ") == 12
