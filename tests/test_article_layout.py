"""The article view lays an article out without drawing it: each paragraph's height
is measured from the characters it shows, and must be the height it is drawn at, or
the lines below it would be out of place."""

import pytest
from app_helpers import UI_CORPUS

import klayman_tui
from klayman_tui.app.paragraph_lines import GAP, ParagraphLines, wrapped_height
from klayman_tui.app.rendering import SpeakerColours, render_block, shown_text


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
