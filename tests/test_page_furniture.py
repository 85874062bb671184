"""Page furniture in a saved page's text: calls to follow or subscribe, bios,
comment notes and newsletter boxes set apart from the article's body are not the
article; a correction, a subheading and a quotation are. Pages written here, each in
a different markup, so that what is tested is the page's structure, not its words."""

import pytest

from klayman_tui.corpus.ingest.pages import read_html

BODY = [
    "The council met on Tuesday to decide the future of the harbour, closed to ferries "
    "for most of the past two years at a heavy cost to the town and its traders.",
    "Fishermen and ferry crews filled the hall, and the debate over the old quay ran on "
    "past midnight before anyone asked for a vote on the plan before them.",
    "\u201cNobody here wants to lose the ferries for good,\u201d a harbour pilot told the "
    "meeting, to applause from the back of the crowded room.",
    "The plan now goes to the county, which must find most of the money before the first "
    "stone of the new breakwater can be laid on the north side of the bay.",
    "Engineers say the work will take three years and cost far more than the town first "
    "expected when the plan was drawn up by the council's own surveyors.",
    "Traders on the seafront said they would hold the council to its promise of a "
    "temporary landing stage while the work goes on through the winter.",
]


def _page(middle: str = "", end: str = "", paragraph: str = "<p>{}</p>",
          byline: str = "By Ann Lee", copies: int = 1) -> bytes:
    body = [paragraph.format(text.replace("three years", "<a href='/plan'>three years</a>"))
            for text in BODY * copies]  # a link inside a sentence, as articles have
    body.insert(3, middle)
    return (f"<html><head><title>Harbour plan</title></head><body><div class='page'>"
            f"<article><h1>Harbour plan divides the town</h1><div class='byline'>{byline}"
            f"</div><div class='story'>{''.join(body)}{end}</div></article>"
            f"<footer><a href='/about'>About us</a></footer></div></body></html>"
            ).encode()


def _text(page: bytes) -> str:
    return read_html(page).text


def _has_the_body(text: str) -> bool:
    return all(paragraph in text for paragraph in BODY)


@pytest.mark.parametrize("end,gone", [
    pytest.param("<p><i>Follow the Gazette on </i><a href='https://x.test/g'>X</a><i> and "
                 "</i><a href='https://y.test/g'>Instagram</a><i>.</i></p><p><i>Listen to "
                 "our harbour podcast every Friday, or catch up </i><a href='/podcast'>here"
                 "</a>.</p>", ["Follow the Gazette", "harbour podcast"],
                 id="calls to follow, in italics, with links"),
    # No link anywhere in the bio: it is known by starting with the byline's name.
    pytest.param("<p class='bio'>Ann Lee is the Gazette's harbour reporter and has covered "
                 "the town for ten years.</p><p class='note'>Note: comments are moderated "
                 "and may take a day to appear.</p>", ["harbour reporter",
                                                       "comments are moderated"],
                 id="a bio and the comments note after it"),
])
def test_closing_notes_set_apart_from_the_article_are_not_the_article(end, gone):
    text = _text(_page(end=end))
    for furniture in gone:
        assert furniture not in text, furniture
    assert _has_the_body(text)


def test_a_correction_note_at_the_end_stays_part_of_the_article():
    correction = ("Correction, March 6: An earlier version of this article gave the "
                  "wrong length for the new breakwater.")
    text = _text(_page(end=f"<div class='errata'><p><em>{correction}</em></p></div>"))
    assert correction in text and _has_the_body(text)


def test_a_subscription_box_with_a_button_is_not_the_article_wherever_it_is():
    box = ("<div class='promo-wrap'><div class='promo'><h4>Something for you</h4>"
           "<div class='promo-text'><p>If you liked this story, there is more where it "
           "came from: become a member and read everything we publish.</p></div>"
           "<a class='button' href='/join'><span>Join today</span></a></div></div>")
    signup = ("<div class='signup'><h3>The harbour in your inbox</h3><p>Get the week's "
              "news from the quay every Monday morning.</p><form action='/s'>"
              "<input name='email'><button>Sign up</button></form></div>")
    text = _text(_page(middle=signup, end=box))
    for furniture in ("Something for you", "become a member", "harbour in your inbox",
                      "every Monday morning"):
        assert furniture not in text, furniture
    assert _has_the_body(text)


def test_a_subheading_and_a_linked_quotation_inside_the_article_stay():
    middle = ("<h2>What happens next</h2><blockquote><p>The quay will reopen when it is "
              "safe and not a day before, <a href='/statement'>the county said</a>.</p>"
              "</blockquote>")
    text = _text(_page(middle=middle, end="<h2>WHAT THE TRADERS SAY</h2><p>Most of them "
                       "said they would wait and see what the county decides first.</p>"))
    assert "What happens next" in text and "the county said" in text
    assert "WHAT THE TRADERS SAY" in text and "wait and see" in text


def test_a_short_line_in_capitals_that_holds_a_link_is_not_the_article():
    middle = "<p><strong>CLICK <a href='/app'>HERE</a> TO GET THE GAZETTE APP</strong></p>"
    text = _text(_page(middle=middle))
    assert "GAZETTE APP" not in text and _has_the_body(text)


@pytest.mark.parametrize("paragraph", [
    "<div class='para para-{}'><p>{{}}</p></div>",  # each paragraph in a box of its own
    "<p class='story-text-{}'>{{}}</p>",  # classes numbered one by one
])
def test_an_article_whose_paragraphs_each_sit_in_their_own_box_keeps_them_all(paragraph):
    numbered = iter(range(100))

    class Numbered(str):
        def format(self, text):  # a fresh number for each paragraph
            return str.format(str.format(self, next(numbered)), text)

    page = _page(paragraph=Numbered(paragraph), copies=3,
                 end="<p><em>Follow the Gazette on </em><a href='https://x.test'>X</a></p>")
    text = _text(page)
    assert _has_the_body(text) and "Follow the Gazette" not in text
