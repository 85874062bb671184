"""The moving keys `?` help lists ("↑ ↓  j k", "Home g  End G", "PgUp PgDn") do the
same in every pane: the source list, the search results, the overview of all sources
and the collection (QA: g and G did nothing but in the reader; j and k did nothing in
the overview; PgUp back to the top of the results left no result highlighted)."""

from app_helpers import make_app, search_for, settle


def many_articles(folder, count=30):
    for n in range(count):
        (folder / f"story{n:02d}.txt").write_text(
            f"Harbour story number {n}\n\n"
            f'"The harbour will stay open all winter, whatever the cost {n}," said Ann Lee.\n',
            encoding="utf-8")
    return folder


async def _highlight_after(pilot, widget, key):
    await pilot.press(key)
    await settle(pilot)
    return widget.highlighted


async def test_g_and_G_are_home_and_end_in_the_lists(tmp_path):
    app = make_app([many_articles(tmp_path)])
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await search_for(pilot, "harbour")
        await pilot.press("tab")
        await settle(pilot)
        for widget in (app.search_panel.results, app.source_list):
            widget.focus()
            await settle(pilot)
            end = await _highlight_after(pilot, widget, "end")
            home = await _highlight_after(pilot, widget, "home")
            assert end != home
            assert await _highlight_after(pilot, widget, "G") == end, widget
            assert await _highlight_after(pilot, widget, "g") == home, widget


async def test_page_up_to_the_top_of_the_results_highlights_the_first(tmp_path):
    app = make_app([many_articles(tmp_path)])
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await search_for(pilot, "harbour")
        results = app.search_panel.results
        results.focus()
        first = await _highlight_after(pilot, results, "home")
        await pilot.press("pagedown", "pagedown")
        assert await _highlight_after(pilot, results, "pageup") is not None
        assert await _highlight_after(pilot, results, "pageup") == first


async def _scrolls_like_the_arrows(pilot, view):
    view.focus()
    await settle(pilot)
    assert view.max_scroll_y > 2
    for letter, key in (("j", "down"), ("k", "up"), ("G", "end"), ("g", "home")):
        await pilot.press(key)
        await settle(pilot)
        by_key = view.scroll_y
        await pilot.press({"j": "up", "k": "down", "G": "home", "g": "end"}[letter])
        await settle(pilot)
        await pilot.press(letter)
        await settle(pilot, 0.3)
        assert view.scroll_y == by_key, (type(view).__name__, letter)


async def test_the_overview_and_the_collection_scroll_by_letters_too(tmp_path):
    app = make_app([many_articles(tmp_path)])
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(pilot)
        await _scrolls_like_the_arrows(pilot, app.reader.query_one("Overview"))
        await search_for(pilot, "harbour")
        await pilot.press("tab")
        for _ in range(12):
            await pilot.press("s", "down")
        await settle(pilot)
        await pilot.press("escape")
        app.source_list.focus()
        await pilot.press("home", "enter")  # ★ Collected
        await settle(pilot)
        await _scrolls_like_the_arrows(pilot, app.reader.query_one("CollectionView"))
