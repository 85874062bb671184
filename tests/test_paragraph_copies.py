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
