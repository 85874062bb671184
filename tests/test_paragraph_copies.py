"""Searching every paragraph: what c copies for a paragraph found, in the result list
and once it is opened, and how a paragraph of an unsigned article is cited."""

from app_helpers import run_command, search_for, settle, ui_app


async def _paragraph_hit(pilot, words):
    app = pilot.app
    await settle(pilot)
    if app.scope != "paragraphs":
        await run_command(pilot, "scope all paragraphs")
    await pilot.press("escape")
    app.search_panel.bar.value = ""
    await search_for(pilot, words)
    hit = app.results.hits[0]
    assert hit.quote is None  # a paragraph, not a quote
    await pilot.press("tab")  # into the list, on that hit
    assert app.results.current_hit is hit
    return hit


async def test_a_paragraph_of_an_unsigned_article_is_cited_from_its_title():
    """No author: the citation starts with the title; the outlet is named once (it
    was named twice, as the author and as the outlet)."""
    app = ui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _paragraph_hit(pilot, "driftwood north beach twenty years")
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("“Nora Quill has fired her pots with driftwood")
        citation = app.clipboard.splitlines()[-1]
        assert citation == ("— “The Potter Who Fires Her Kiln With Driftwood,” "
                            "Clay Weekly, [2019].")


async def _copied_in_the_list_and_opened(pilot, words, text, citation):
    """c on the paragraph hit for ``words`` in the list, then Enter and c again: both
    copies start with ``text`` and cite from ``citation`` on, and are the same."""
    app = pilot.app
    await _paragraph_hit(pilot, words)
    await pilot.press("c")
    await settle(pilot)
    in_the_list = app.clipboard
    assert in_the_list.startswith(text)
    assert in_the_list.splitlines()[-1].startswith(citation)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("c")
    await settle(pilot)
    assert app.clipboard == in_the_list


async def test_an_opened_paragraph_copies_the_paragraph_it_was_found_by():
    """A paragraph holding a quote among the article's own words: c copies the
    paragraph, in the list and once opened (opened, it copied the paragraph's first
    quote: Grace Park's words, not what was found)."""
    app = ui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _copied_in_the_list_and_opened(
            pilot, "traders welcomed", "“Traders on the island welcomed the news.",
            "— Ann Lee, “Island ferry")
        await pilot.press("s")  # and s stars that paragraph
        await settle(pilot)
        assert [e.kind for e in app.collection.entries] == ["passage"]
        await pilot.press("n")  # the next quote from that paragraph on: Grace Park's
        await settle(pilot)
        assert app.article.current.speaker == "Grace Park"


async def test_an_interview_answer_found_as_a_paragraph_is_the_interviewees():
    """A paragraph that is one quote as a whole (an interview's answer) is that quote,
    in the list and once opened: never the article's own words."""
    app = ui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _copied_in_the_list_and_opened(
            pilot, "salt glazes the pots", "“Salt. The wood has soaked in the sea",
            "— Nora Quill, interviewed in")
