"""Dates printed in numbers: a two-digit year ("12.29.14", "3/4/19") is read
where a page, a text or a PDF clipping prints it; a day and month that could be either
way round are read the way the page's metadata or the text's other dates show, and
otherwise only the year is taken (a guessed month would be wrong half the time)."""

from datetime import datetime, timezone

import pytest

import klayman_tui
from klayman_tui.corpus.ingest.dates import find_dates


@pytest.mark.parametrize("text,iso", [
    ("12.29.14", "2014-12-29"),  # a two-digit year, month first (29 is no month)
    ("Posted 19.11.19 at 10:04", "2019-11-19"),  # day first (19 is no month)
    ("11/19/19", "2019-11-19"),
    ("3/4/19", "2019"),  # March 4 or 3 April: nothing says which, so the year only
    ("03/04/2019", "2019"),
    ("3/4/19, beside 12/29/19", "2019-03-04"),  # the text's own order: month first
    ("3/4/19, beside 29.12.19", "2019-04-03"),  # ... day first
])
def test_a_numeric_date_is_read_as_far_as_it_can_be(text, iso):
    assert find_dates(text)[0].settled() == iso


@pytest.mark.parametrize("text", ["version 1.2.10", "/news/19/11/19/story", "1.93.07",
                                  "3/4/19/2"])
def test_numbers_that_are_not_a_date_are_not_read_as_one(text):
    assert find_dates(text) == []


def test_the_metadata_settles_the_order_to_a_day():
    found = find_dates("3/4/19")[0]
    assert found.settled(["2019-04-03"]) == "2019-04-03"
    assert found.settled(["2019-03-05"]) == "2019-03-04"  # a UTC stamp a day later
    assert found.settled(["2019-06-01"]) == "2019"  # agrees with neither


PAGE = """<html><head><title>Harbour plan</title>{meta}</head><body><article>
<h1>Harbour plan divides the town after a long night</h1>
<div class="byline">By Ann Lee</div><time>{printed}</time>
<p>Fishermen and ferry crews filled the hall, and the debate over the old quay ran on
past midnight before anyone asked for a vote on the plan before them.</p>
<p>The plan now goes to the county, which must find most of the money before the first
stone of the new breakwater can be laid on the north side of the bay.</p>
</article></body></html>"""
STAMP = '<meta property="article:published_time" content="2019-04-03T09:00:00-04:00">'


@pytest.mark.parametrize("printed,meta,date", [
    ("12.29.14", "", "2014-12-29"),
    ("3/4/19", STAMP, "2019-04-03"),  # the metadata says April 3
    ("3/4/19", "", "2019"),
])
def test_a_page_prints_a_numeric_date(tmp_path, printed, meta, date):
    (tmp_path / "page.html").write_text(PAGE.format(printed=printed, meta=meta),
                                        encoding="utf-8")
    found = klayman_tui.load([tmp_path]).sources[0].metadata
    assert (found.date, found.date_source) == (date, "printed")


@pytest.mark.parametrize("printed,date", [("12.29.14", "2014-12-29"), ("3/4/19", "2019")])
def test_a_text_prints_a_numeric_date(tmp_path, printed, date):
    (tmp_path / "story.txt").write_text(
        f"Harbour plan divides the town\n\nBy Ann Lee\n\n{printed}\n\nThe council met on "
        "Tuesday to decide the future of the harbour.\n", encoding="utf-8")
    found = klayman_tui.load([tmp_path]).sources[0].metadata
    assert (found.date, found.date_source) == (date, "printed")


def test_a_clipping_prints_a_two_digit_year(tmp_path, monkeypatch):
    pytest.importorskip("fpdf")
    import clippings

    clip = clippings.Clipping(
        "The Harbour Gazette", "Harbour plan divides the town after a long night",
        ["Ann Lee"], "2014-12-29", ["The council met on Tuesday to decide the future of "
                                    "the harbour, closed to ferries for two years."])
    monkeypatch.setattr(clippings, "printed_date", lambda iso, style: "12.29.14")
    clippings.write_clipping(tmp_path / "clip.pdf", clip, 0,
                             created=datetime(2026, 5, 4, tzinfo=timezone.utc))
    found = klayman_tui.load([tmp_path]).sources[0].metadata
    assert (found.date, found.date_source) == ("2014-12-29", "printed")


@pytest.mark.parametrize("title", ["Harbour plan divides the town after a long night",
                                   "Harbour plan"])
def test_the_day_a_browser_printed_a_pdf_is_never_its_date(tmp_path, monkeypatch, title):
    """A browser's header prints the day of printing ("5/4/26, 10:00 AM  Title"), the
    file's creation date: with no other date printed, the article has none."""
    pytest.importorskip("fpdf")
    import clippings

    clip = clippings.Clipping("The Harbour Gazette", title, ["Ann Lee"], "2014-12-29",
                              ["The council met on Tuesday to decide the future of the "
                               "harbour, closed to ferries for two years."] * 3)
    monkeypatch.setattr(clippings, "printed_date", lambda iso, style: "Tuesday")
    clippings.write_clipping(tmp_path / "clip.pdf", clip, 2,  # layout 2: a browser's
                             created=datetime(2026, 5, 4, tzinfo=timezone.utc))
    found = klayman_tui.load([tmp_path]).sources[0].metadata
    assert (found.date, found.date_source) == (None, None)
