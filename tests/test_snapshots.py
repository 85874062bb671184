"""Snapshots of the screen at fixed sizes, on the tests' own articles
(tests/fixtures/ui_corpus): an article with its current quote, an interview, the
search, the collection, and the reader after the layout changes."""

import pytest
from app_helpers import ui_app

SIZE = (100, 32)


async def _no_blink(pilot):
    pilot.app.search_panel.bar.cursor_blink = False
    await pilot.pause()


async def _settle(pilot, delay=0.0):
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(delay)


def test_main_screen(snap_compare):
    """The ferry story, its second quote current: ▶, the quote's two parts reversed,
    the cue underlined, the evidence line in the border."""
    async def open_the_ferry_story(pilot):
        await _no_blink(pilot)
        await pilot.press("down", "enter", "n", "n")
        await _settle(pilot)

    assert snap_compare(ui_app(), terminal_size=SIZE, run_before=open_the_ferry_story)


def test_an_interview(snap_compare):
    """Q and A labels on unlabelled turns, furniture dimmed, [laughs] as written."""
    async def open_the_interview(pilot):
        await _no_blink(pilot)
        await pilot.press("down", "down", "down", "enter", "n", "n")
        await _settle(pilot)

    assert snap_compare(ui_app(), terminal_size=SIZE, run_before=open_the_interview)


def test_search_state(snap_compare):
    async def search(pilot):
        await _no_blink(pilot)
        await pilot.press("slash", *"steering")
        await _settle(pilot)

    assert snap_compare(ui_app(), terminal_size=SIZE, run_before=search)


def test_the_collection(snap_compare):
    """Two quotes starred, the second current; ★ Collected (2) in the source list."""
    async def collect(pilot):
        await _no_blink(pilot)
        await pilot.press("down", "enter", "n", "s", "n", "n", "s")
        await _settle(pilot, 0.1)
        pilot.app.source_list.focus()
        await pilot.press("home", "enter", "n")
        await _settle(pilot, 0.1)
        pilot.app.clear_notifications()  # the stars' toasts, gone at their own pace
        await pilot.pause()

    assert snap_compare(ui_app(), terminal_size=SIZE, run_before=collect)


async def _open_steering(pilot):
    await _no_blink(pilot)
    await pilot.press("slash", *"steering")
    await _settle(pilot)
    await pilot.press("enter")
    await _settle(pilot, 0.2)


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
def test_reader_after_toggling_the_sources(snap_compare, size):
    async def toggle(pilot):
        await _open_steering(pilot)
        await pilot.press("ctrl+b")
        await pilot.pause(0.2)

    assert snap_compare(ui_app(), terminal_size=size, run_before=toggle)


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
def test_reader_after_a_resize(snap_compare, size):
    async def resize(pilot):
        await _open_steering(pilot)
        await pilot.resize_terminal(size[0] + 20, size[1] + 10)
        await pilot.pause(0.2)
        await pilot.resize_terminal(*size)
        await pilot.pause(0.2)

    assert snap_compare(ui_app(), terminal_size=size, run_before=resize)
