"""The article view lays an article out without drawing it: each paragraph's height
is measured from the characters it shows, and must be the height it is drawn at, or
the lines below it would be out of place."""

import pytest
from app_helpers import UI_CORPUS

import klayman_tui
from klayman_tui.app.paragraph_lines import GAP, ParagraphLines, wrapped_height
from klayman_tui.app.rendering import CURRENT_STYLE, SpeakerColours, render_block, shown_text


@pytest.fixture(scope="module")
def articles(corpus):
    return corpus.sources + klayman_tui.load([UI_CORPUS]).sources


@pytest.mark.parametrize("width", [12, 37, 80])
def test_a_paragraph_is_measured_at_the_height_it_is_drawn(articles, width):
    colours = SpeakerColours([])
    for source in articles:
        for block in source.blocks:
            quotes = [q for q in source.quotes if q.paragraph == block.index]
            current = quotes[0] if quotes else None
            for marked, drawn in ((False, render_block(block, quotes, None, colours)),
                                  (True, render_block(block, quotes, current, colours))):
                marker = "▶ " if marked and current else ""
                assert shown_text(block, marker) == drawn.plain
                assert wrapped_height(drawn.plain, width) == len(drawn.wrap(width)), (
                    source.id, block.index, width)


def test_wide_characters_tabs_and_line_breaks_are_measured_as_drawn():
    from textual.content import Content

    for text in ("北京的艺术家" * 9, "a\tb\tc" * 12, "one line\nand another", "x" * 80, ""):
        for width in (7, 20, 80):
            assert wrapped_height(text, width) == len(Content(text).wrap(width)), (text, width)


def test_lines_are_found_by_paragraph_and_moved_by_a_change_of_height():
    lines = ParagraphLines([2, 1, 3])
    assert lines.total == 2 + 1 + 3 + 3 * GAP
    assert [lines.locate(y) for y in range(lines.total)] == [
        (0, 0), (0, 1), None, (1, 0), None, (2, 0), (2, 1), (2, 2), None]
    assert lines.locate(lines.total) is None and lines.locate(-1) is None
    assert lines.change({1: 2}) and lines.top(2) == 6 and lines.locate(4) == (1, 1)
    assert not lines.change({1: 2})  # the same height: nothing moves


async def test_a_paragraph_of_megabytes_is_drawn_a_line_at_a_time(tmp_path, monkeypatch):
    """A file of one long line (here 400,000 characters; a 12 MB one held the app
    still for 25 s and took 600 MB, wrapped whole by Textual) opens, goes to its quote
    and to its end, and every line drawn is one of its own (QA). Textual never wraps a
    paragraph that long: the test fails if it is asked to."""
    from textual.content import Content

    from app_helpers import article_on_screen, make_app, settle
    from klayman_tui.app.paragraph_lines import GIANT

    words = " ".join(f"word{n % 97}" for n in range(60_000))
    (tmp_path / "long.txt").write_text(
        f"Long article\n\n{words} “We waited a very long time,” said Peter Okonjo. "
        f"{words[:2000]} The last words.\n", encoding="utf-8")
    wrap = Content.wrap

    def guarded_wrap(self, width, *args, **kwargs):
        assert len(self) <= GIANT, "a giant paragraph wrapped whole"
        return wrap(self, width, *args, **kwargs)

    monkeypatch.setattr(Content, "wrap", guarded_wrap)
    app = make_app([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        shown = article_on_screen(app)
        assert "“We waited a very long time,” said Peter Okonjo." in shown
        # A mouse selection over its lines gives their words (a line's text is sliced
        # from the paragraph's, never drawn whole).
        from textual.geometry import Offset
        from textual.selection import Selection

        top = round(app.article.scroll_y)
        picked, _ = app.article.get_selection(Selection(Offset(0, top), Offset(200, top + 3)))
        assert picked.replace("\n", " ") in shown.replace("\n", " ")
        assert len(picked.split("\n")) == 4
        assert "Long article · quote 1/1 · Peter Okonjo" in str(app.article.border_title)
        app.set_focus(app.article)
        await pilot.press("end")
        await settle(pilot)
        assert article_on_screen(app).endswith("The last words.")
        width = app.article.scrollable_content_region.width
        lines = [app.article.render_line(y).text.rstrip()
                 for y in range(app.article.scrollable_content_region.height)]
        assert all(len(line) <= width for line in lines) and any(lines)


def _many_quotes(folder, count=4_000):
    """One paragraph of ``count`` quotes on one line (past GIANT characters)."""
    (folder / "many.txt").write_text("Many\n\n" + "".join(
        f"“We waited {n} days,” said Ann Lee. " for n in range(count)) + "\n",
        encoding="utf-8")
    source = klayman_tui.load([folder]).sources[0]
    block = max(source.blocks, key=lambda b: b.end - b.start)
    return block, [q for q in source.quotes if q.paragraph == block.index]


def test_a_paragraph_of_thousands_of_quotes_is_styled_at_once(tmp_path, monkeypatch):
    """A file of one line holding 200,000 quotes held the app still for minutes, and
    `q` with it: each quote's colour was a stylize, which copies every span so far.
    The spans are added at once, whatever their number."""
    from textual.content import Content

    from klayman_tui.app.paragraph_lines import GIANT

    block, quotes = _many_quotes(tmp_path)
    assert len(quotes) == 4_000 and block.end - block.start > GIANT
    calls = []
    stylize = Content.stylize
    monkeypatch.setattr(Content, "stylize",
                        lambda self, *a, **k: calls.append(1) or stylize(self, *a, **k))
    content = render_block(block, quotes, quotes[7], SpeakerColours([("Ann Lee", 4_000)]))
    assert len(calls) <= 2
    current = quotes[7].spans[0][0] - block.start + len("▶ ")
    assert any(s.start <= current < s.end and s.style == CURRENT_STYLE for s in content.spans)
    assert len(content.spans) >= 4_000 + 1  # every quote coloured, the current marked


def test_a_long_paragraphs_lines_keep_the_styles_over_them(tmp_path, monkeypatch):
    """Each line of a giant paragraph is cut from it with just the spans over it (Content's
    own slicing read all 4,000 for every line drawn), styled as the slice would be."""
    from textual.content import Content

    from textual.content import Span

    from klayman_tui.app.paragraph_lines import GiantStrips

    block, quotes = _many_quotes(tmp_path)
    content = render_block(block, quotes, quotes[1_234], SpeakerColours([]))
    # and styles over the whole paragraph, under the quotes' and over them
    content = Content(content.plain, [Span(0, len(content), "italic"), *content.spans],
                      strip_control_codes=False).stylize("bold")
    strips = GiantStrips(content, 70, draw=lambda line: line)
    expected = []
    for row in range(len(strips)):
        end = strips.starts[row + 1] if row + 1 < len(strips) else len(content)
        expected.append(content[strips.starts[row]:end].rstrip())
    monkeypatch.setattr(Content, "__getitem__", None)  # never sliced whole again
    for row, want in enumerate(expected):
        got = strips[row]
        assert got.plain == want.plain
        assert [(s.start, s.end, str(s.style)) for s in got.spans] == [
            (s.start, s.end, str(s.style)) for s in want.spans], row
