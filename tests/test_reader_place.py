"""The reader keeps its place and reaches every line."""

import pytest
from app_helpers import article_on_screen, make_app, screen_text, search_for, settle, ui_app


def visible(app, words: str) -> bool:
    return words in " ".join(screen_text(app).split())


@pytest.mark.parametrize("change", ["toggle", "resize"])
async def test_the_current_quote_stays_in_view_after_a_layout_change(change):
    app = ui_app()
    start = (60, 20) if change == "toggle" else (120, 40)
    async with app.run_test(size=start) as pilot:
        await search_for(pilot, "steering")
        await pilot.press("enter")
        await settle(pilot, 0.2)
        quote = app.article.current
        assert quote is not None and "4/4" in str(app.article.border_title)
        if change == "toggle":
            await pilot.press("ctrl+b")
        else:
            await pilot.resize_terminal(80, 30)
        await settle(pilot, 0.2)
        head = " ".join(quote.text.split()[:5])
        assert head in article_on_screen(app), article_on_screen(app)
        assert app.article.current is quote and "4/4" in str(app.article.border_title)
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("“" + quote.text[:30])


@pytest.fixture
def long_file(tmp_path):
    lines = ["A long record", ""] + [f"Paragraph number {n} of the long record." for n in
                                     range(1, 201)]
    (tmp_path / "long.txt").write_text("\n\n".join(lines))
    return tmp_path


async def test_every_line_of_a_long_file_is_reachable(long_file):
    app = make_app([long_file])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert app.focused is app.article
        await pilot.press("end")
        await settle(pilot, 0.2)
        assert visible(app, "Paragraph number 200 of")
        await pilot.press("home")
        await settle(pilot, 0.2)
        assert visible(app, "A long record")
        pages = 0
        while not visible(app, "Paragraph number 200 of"):  # page by page, to the end
            shown = screen_text(app)
            await pilot.press("pagedown")
            await settle(pilot)
            pages += 1
            assert screen_text(app) != shown, "PgDn did not move"
        assert pages > 10  # 200 paragraphs and their gaps: many pages
        for _ in range(pages):  # and all the way back up
            await pilot.press("pageup")
        await settle(pilot, 0.2)
        assert visible(app, "A long record")
        await pilot.press("G", "g")  # End and Home by their letters too
        await settle(pilot, 0.2)
        assert visible(app, "A long record")


async def test_a_paragraph_keeps_its_place_at_the_top_after_a_resize(long_file):
    app = make_app([long_file])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "enter")
        await settle(pilot)
        for _ in range(60):
            await pilot.press("j")
        await settle(pilot)
        top = next(line for line in screen_text(app).splitlines() if "Paragraph number" in line)
        number = top.split("Paragraph number ")[1].split()[0]
        await pilot.resize_terminal(50, 24)  # narrower: the lines above re-wrap
        await settle(pilot, 0.2)
        assert visible(app, f"Paragraph number {number} of")


@pytest.fixture
def short_and_long(tmp_path):
    (tmp_path / "a_short.txt").write_text(
        "A short note\n\nOne paragraph only, said the clerk.\n")
    paragraphs = [f"Paragraph number {n} of the long record." for n in range(1, 40)]
    paragraphs.append('"Nobody wanted the orchard sold to the developers," said Ann Lee.')
    (tmp_path / "b_long.txt").write_text("A long record\n\n" + "\n\n".join(paragraphs))
    return tmp_path


async def test_a_hit_further_down_another_article_opens_there(short_and_long):
    """Open a short article, then a search hit in paragraph 40 of another: the reader
    shows the hit (it once kept the short article's place to bring into view after the
    results took the screen, and crashed on the longer one's paragraph number)."""
    app = make_app([short_and_long])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")  # the short note, in the reader
        await settle(pilot)
        assert "One paragraph only" in article_on_screen(app)
        await search_for(pilot, "orchard")
        await pilot.press("enter")
        await settle(pilot, 0.2)
        assert app.is_running
        assert "Nobody wanted the orchard" in article_on_screen(app)
