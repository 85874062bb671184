"""PDF clippings: the outlet, headline, byline and date printed at the top
of the first page are the citation; the file's creation date (the day it was saved)
never is; the paragraphs stay apart."""

from datetime import datetime, timezone

import pytest
from clippings import Clipping, write_clipping

import klayman_tui
from klayman_tui.corpus.model import Author

pytest.importorskip("fpdf")

PARAGRAPHS = [
    "The council met on Tuesday to decide the future of the harbour, which has been "
    "closed to ferries for most of the past two years and has cost the town dearly.",
    "It was short.",
    "\u201cWe have waited long enough for this decision,\u201d said Peter Okonjo, who "
    "chairs the ferry board, after the vote was taken late in the evening on Tuesday.",
    "Engineers told the meeting that the work would take three years, and that the "
    "breakwater would need to be rebuilt before any ferry could use the quay again.",
]
CREATED = datetime(2026, 5, 4, 9, 30, tzinfo=timezone.utc)
PEOPLE = {1: ["Ann Lee"], 2: ["Ann Lee", "Bo Ray"], 3: ["Ann Lee", "Mary Clare Jalonick",
                                                        "Cy Wu"]}


def _read(tmp_path, clip: Clipping, layout: int):
    write_clipping(tmp_path / "clip.pdf", clip, layout, created=CREATED)
    corpus = klayman_tui.load([tmp_path])
    return corpus.sources[0]


@pytest.mark.parametrize("layout", range(10))
@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_clipping_gives_its_printed_outlet_headline_byline_and_date(tmp_path, layout,
                                                                      count):
    clip = Clipping("The Harbour Gazette", "Harbour plan divides the town after a long "
                    "and bitter night of argument over the ferries", PEOPLE[count],
                    "2019-10-03", PARAGRAPHS)
    meta = _read(tmp_path, clip, layout + count).metadata
    assert meta.title == clip.title
    assert [a.name for a in meta.authors] == PEOPLE[count]
    assert meta.authors[-1] == Author("Wu" if count == 3 else PEOPLE[count][-1].split()[-1],
                                      PEOPLE[count][-1].split()[0])
    assert meta.outlet == "The Harbour Gazette"
    # Printed, and not the creation date (2026-05-04) the PDF's metadata carries.
    assert (meta.date, meta.date_source) == ("2019-10-03", "printed")


def test_a_clipping_keeps_its_paragraphs_apart(tmp_path):
    clip = Clipping("The Harbour Gazette", "Harbour plan divides the town",
                    ["Ann Lee", "Bo Ray"], "2019-10-03", PARAGRAPHS)
    source = _read(tmp_path, clip, 0)
    body = source.text.strip().split("\n\n")
    for paragraph in PARAGRAPHS:
        assert paragraph.replace("\u201c", '"').replace("\u201d", '"') in body, paragraph
    assert any(q.speaker == "Peter Okonjo" for q in source.quotes)


def _clipping_pdf(path, top: list[tuple]) -> None:
    """A PDF of ``top`` (lines with their type size, 20 for a headline, and the gap
    after them, 3 mm unless given), then the article's paragraphs."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    for text, size, *gap in top:
        pdf.set_font("Helvetica", style="B" if size >= 14 else "", size=size)
        pdf.multi_cell(0, size * 0.45, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap[0] if gap else 3)
    pdf.set_font("Helvetica", size=11)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 5, paragraph.replace("\u201c", '"').replace("\u201d", '"'),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))


def test_a_pdf_with_no_printed_date_has_no_date_not_its_creation_date(tmp_path):
    _clipping_pdf(tmp_path / "plain.pdf", [])
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert meta.date is None and meta.date_source is None


def test_a_paragraph_whose_last_line_is_full_still_ends_at_the_gap(tmp_path):
    """Lines set one by one: the first paragraph's last line is as long as the others,
    so only the space before the next paragraph says where it ends."""
    from fpdf import FPDF

    first = ["The council met on Tuesday to decide the future of the harbour, which",
             "has been closed to ferries for most of the past two years, they said.",
             "Engineers told the meeting that the work would take three years at most."]
    second = ["The breakwater would need to be rebuilt before any ferry could use the",
              "quay again, whatever the weather and whatever the council decided then.",
              "Councillors argued late into the evening about the cost of the repairs."]
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in (first, second, first):
        for line in paragraph:
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(str(tmp_path / "lines.pdf"))
    text = klayman_tui.load([tmp_path]).sources[0].text
    assert f"\n\n{' '.join(second)}\n\n" in text


def test_a_compound_broken_at_its_hyphen_keeps_it_where_the_text_writes_it_so():
    """A line that ends on a compound's own hyphen ("decision-" / "making") was joined
    into "decisionmaking", a word the article never prints (QA): where the text writes
    the compound whole elsewhere it keeps its hyphen; a word the typesetter broke
    ("fish-" / "erman") is joined, as before."""
    from klayman_tui.corpus.ingest.pdf_lines import Line, paragraphs

    lines = ["Its decision-making was slow, and the long-suffering town knew it.",
             "“The council’s decision-", "making has been a disaster for the long-",
             "suffering fishermen,” said Tom Brown, a fish-", "erman of thirty-",
             "five years."]
    text = paragraphs([Line(line, page=1) for line in lines])
    assert "decision-making has been a disaster for the long-suffering" in " ".join(text)
    assert "a fisherman of thirty-five years." in " ".join(text)


def test_a_masthead_in_the_headlines_type_is_the_outlet_not_part_of_the_headline(tmp_path):
    """The outlet's name set as large as the headline, a wider gap between them: the
    headline was read across the gap ("The Times Harbour plan divides the town") and
    the clipping had no outlet (QA)."""
    _clipping_pdf(tmp_path / "masthead.pdf", [
        ("The Evening Courier", 20, 10), ("Harbour plan divides the town", 20),
        ("By Ann Lee", 10, 1), ("Oct. 3, 2019", 10, 6)])
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert meta.title == "Harbour plan divides the town"
    assert meta.outlet == "The Evening Courier"
    assert [a.name for a in meta.authors] == ["Ann Lee"]


@pytest.mark.parametrize("line, people", [
    ("Ann Lee in Cork", ["Ann Lee"]),
    ("Ann Lee and Bo Ray, Reuters", ["Ann Lee", "Bo Ray"]),
    ("MARY CLARE JALONICK", ["Mary Clare Jalonick"]),
    ("Ai Weiwei and the Art of Defiance", []),  # a dek in headline style
    ("Rolling Stone", []),  # an outlet's name under the headline
])
def test_a_byline_without_by_under_the_headline_names_the_authors(tmp_path, line, people):
    """"Ann Lee in Cork" under the headline, as the Guardian prints a byline, was taken
    for the outlet and the clipping had no author (QA)."""
    _clipping_pdf(tmp_path / "clip.pdf", [("Harbour plan divides the town", 20),
                                          (line, 10), ("Thu 3 Oct 2019 18.00 BST", 9)])
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert [a.name for a in meta.authors] == people
    if people:  # and not the outlet
        assert meta.outlet is None
    assert (meta.title, meta.date) == ("Harbour plan divides the town", "2019-10-03")


def test_a_date_line_with_times_and_an_update_gives_the_first_date(tmp_path):
    """"Published Oct. 3, 2019 at 6:00 am | Updated Oct. 4, 2019 at 8:10 pm" was no
    date line (too many words besides its dates), and the clipping had no date (QA)."""
    _clipping_pdf(tmp_path / "clip.pdf", [
        ("The Evening Courier", 12), ("Harbour plan divides the town", 20),
        ("By Ann Lee", 10),
        ("Published Oct. 3, 2019 at 6:00 am | Updated Oct. 4, 2019 at 8:10 pm", 9)])
    meta = klayman_tui.load([tmp_path]).sources[0].metadata
    assert (meta.date, meta.date_source) == ("2019-10-03", "printed")


def test_a_headline_set_in_capitals_is_the_title_in_headline_style(tmp_path):
    _clipping_pdf(tmp_path / "clip.pdf", [("HARBOUR PLAN DIVIDES THE TOWN", 20),
                                          ("By Ann Lee", 10), ("Oct. 3, 2019", 10)])
    source = klayman_tui.load([tmp_path]).sources[0]
    assert source.metadata.title == "Harbour Plan Divides the Town"
    assert source.blocks[0].role.value == "headline"


@pytest.mark.parametrize("masthead, outlet", [("THE EVENING COURIER", "The Evening Courier"),
                                              ("BBC NEWS", "BBC News"), ("WIRED", "WIRED")])
def test_a_masthead_in_capitals_is_the_outlet_as_guides_write_it(tmp_path, masthead, outlet):
    """"THE HARBOUR GAZETTE" went into every citation in capitals (QA); an acronym (no
    vowel) and a one-word name keep them."""
    _clipping_pdf(tmp_path / "clip.pdf", [(masthead, 11), ("Harbour plan divides the town", 20),
                                          ("By Ann Lee", 10), ("Oct. 3, 2019", 10)])
    assert klayman_tui.load([tmp_path]).sources[0].metadata.outlet == outlet


def test_the_end_of_a_sentence_ending_each_page_is_no_running_footer():
    """A line that recurs at the foot of most pages is a running footer, but "he said."
    ending both pages of an article was dropped as one (a new user's find: the quote
    before it went to the next paragraph's subject). A line that opens in small letters
    and ends a sentence is the article's; the masthead and page numbers still go."""
    from klayman_tui.corpus.ingest.pdf_lines import Line, without_running_lines

    ordinal = {1: "first", 2: "second"}
    pages = [[Line("The Daily Ledger — Business", page),
              Line(f"The {ordinal[page]} page's text goes on here and runs to its foot,", page),
              Line("“Nobody should expect a date from me,”", page),
              Line("he said.", page), Line(str(page), page)] for page in (1, 2)]
    kept = [[line.text for line in page] for page in without_running_lines(pages)]
    assert kept == [[f"The {ordinal[page]} page's text goes on here and runs to its foot,",
                     "“Nobody should expect a date from me,”", "he said."] for page in (1, 2)]


@pytest.mark.parametrize("header,outlet_line", [
    ("The Daily Ledger \u2014 Business    Friday, October 3, 2025", None),
    (None, "Coastal Times | Science")])
def test_a_masthead_on_every_page_or_with_its_section_gives_the_outlet(tmp_path, header,
                                                                      outlet_line):
    """A masthead printed atop every page is dropped as a running header, and was lost
    as the outlet too (no publication in any reference); one printed once with its
    section after a bar kept the section in the outlet. Both from a new user's PDFs."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)
    if header:
        pdf.header = lambda: (pdf.set_font("Helvetica", size=9),
                              pdf.cell(0, 8, header.replace("\u2014", "-"), new_x="LMARGIN", new_y="NEXT"))
    pdf.add_page()
    if outlet_line:
        pdf.set_font("Helvetica", size=12)
        pdf.cell(0, 8, outlet_line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 12, "Harbour Plan Divides the Town", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, "By Ann Lee", new_x="LMARGIN", new_y="NEXT")
    for paragraph in PARAGRAPHS * 6:
        pdf.multi_cell(0, 6, paragraph.replace("\u201c", '"').replace("\u201d", '"'))
        pdf.ln(4)
    pdf.output(str(tmp_path / "clip.pdf"))
    source = klayman_tui.load([tmp_path]).sources[0]
    expected = "The Daily Ledger" if header else "Coastal Times"
    assert source.metadata.outlet == expected
    assert source.metadata.title == "Harbour Plan Divides the Town"
