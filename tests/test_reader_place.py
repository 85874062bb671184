"""The reader keeps its place and reaches every line (issue 13, items 1 and 2)."""

import pytest
from app_helpers import make_app, screen_text, search_for, settle

from klayman_tui.app.reader import Paragraph


def visible(app, words: str) -> bool:
    return words in " ".join(screen_text(app).split())


@pytest.mark.parametrize("change", ["toggle", "resize"])
async def test_the_current_quote_stays_in_view_after_a_layout_change(change):
    app = make_app()
    start = (60, 20) if change == "toggle" else (120, 40)
    async with app.run_test(size=start) as pilot:
        await search_for(pilot, "bootlegged")
        await pilot.press("enter")
        await settle(pilot, 0.2)
        quote = app.reader.current
        assert quote is not None and "19/27" in str(app.reader.border_title)
        if change == "toggle":
            await pilot.press("ctrl+b")
        else:
            await pilot.resize_terminal(80, 30)
        await settle(pilot, 0.2)
        head = " ".join(quote.text.split()[:5])
        assert visible(app, head), screen_text(app)
        assert app.reader.current is quote and "19/27" in str(app.reader.border_title)
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("“" + quote.text[:30])


@pytest.fixture
def long_file(tmp_path):
    lines = ["A long record", ""] + [f"Paragraph number {n} of the long record." for n in
                                     range(1, 201)]
    (tmp_path / "long.txt").write_text("\n\n".join(lines))
    return tmp_path


async def test_every_line_of_a_long_file_is_reachable(long_file, monkeypatch):
    from klayman_tui.app.reader import Reader

    monkeypatch.setattr(Reader, "WINDOW", 40)  # 200 paragraphs: five windows long
    app = make_app([long_file])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        app.reader.focus()
        await pilot.press("end")
        await settle(pilot, 0.2)
        assert visible(app, "Paragraph number 200 of")
        await pilot.press("home")
        await settle(pilot, 0.2)
        assert visible(app, "A long record")
        for _ in range(40):  # page by page, all the way down (past the 200 mounted)
            await pilot.press(*["pagedown"] * 5)
            if visible(app, "Paragraph number 200 of"):
                break
        assert visible(app, "Paragraph number 200 of")
        assert len(app.reader.query(Paragraph)) <= 41  # only a window is ever mounted
        for _ in range(40):  # and all the way back up
            await pilot.press(*["pageup"] * 5)
            if visible(app, "A long record"):
                break
        assert visible(app, "A long record")
