"""Snapshots of the main screen and of the search state at a fixed size."""

from app_helpers import make_app

SIZE = (100, 32)


async def _no_blink(pilot):
    pilot.app.search_bar.cursor_blink = False
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
