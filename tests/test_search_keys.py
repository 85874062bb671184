"""Keys typed right after `/`, faster than the app handles them (a fast typist, a
paste, a busy first open): every one goes to the search bar, in order."""

from app_helpers import settle, ui_app
from textual import events


def burst(app, keys: str) -> None:
    """Send ``keys`` as a terminal does in one read: all queued before the app handles
    the first (Pilot.press waits for the app to be idle after each key)."""
    for key in keys:
        name = {"/": "slash", " ": "space"}.get(key, key)
        event = events.Key(name, key)
        event.set_sender(app)
        app._driver.send_message(event)


async def test_letters_typed_with_the_slash_in_one_burst_all_go_to_the_search_bar():
    """`/censor` in one burst, focus on the source list: the search bar used to get
    nothing (focus moved only after the queued letters were handled), `s` starred a
    quote and `c` copied one."""
    app = ui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down")  # the source list, on an article: s would star
        await settle(pilot)
        assert app.focused is app.source_list
        burst(app, "/censor")
        await settle(pilot, 0.2)
        assert len(app.collection) == 0  # nothing starred
        assert app.search_panel.bar.value == "censor"
        assert app.focused is app.search_panel.bar
        burst(app, " /x")  # in the bar, / is typed like any letter
        await settle(pilot, 0.2)
        assert app.search_panel.bar.value == "censor /x"


async def test_the_slash_is_a_character_in_the_command_palette():
    """`/` is taken by the app before the focused widget sees it: not on another
    screen, where a text field has the focus."""
    from textual.widgets import Input

    app = ui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        burst(app, "a/b")
        await settle(pilot, 0.2)
        assert app.screen is not app.main_screen
        assert app.screen.query_one(Input).value == "a/b"
        assert not app.search_panel.bar.value
