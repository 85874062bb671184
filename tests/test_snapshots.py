"""Snapshots of the main screen and of the search state at a fixed size."""

import pytest
from app_helpers import make_app

SIZE = (100, 32)


async def _no_blink(pilot):
    pilot.app.search_panel.bar.cursor_blink = False
    await pilot.pause()


def test_main_screen(snap_compare):
    async def open_thewrap(pilot):
        await _no_blink(pilot)
        await pilot.press("down", "down", "down", "down", "enter", "n")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=open_thewrap)


def test_search_state(snap_compare):
    async def search(pilot):
        await _no_blink(pilot)
        await pilot.press("slash", *"censorship")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=search)


async def _open_bootlegged(pilot):
    await _no_blink(pilot)
    await pilot.press("slash", *"bootlegged")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.press("enter")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause(0.2)


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
def test_reader_after_toggling_the_sources(snap_compare, size):
    async def toggle(pilot):
        await _open_bootlegged(pilot)
        await pilot.press("ctrl+b")
        await pilot.pause(0.2)

    assert snap_compare(make_app(), terminal_size=size, run_before=toggle)


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
def test_reader_after_a_resize(snap_compare, size):
    async def resize(pilot):
        await _open_bootlegged(pilot)
        await pilot.resize_terminal(size[0] + 20, size[1] + 10)
        await pilot.pause(0.2)
        await pilot.resize_terminal(*size)
        await pilot.pause(0.2)

    assert snap_compare(make_app(), terminal_size=size, run_before=resize)
