"""Settings: a bad file is reported, not overwritten; a change is written atomically;
Quit and Help cannot be remapped out of reach."""

import json
import os
import threading

import pytest
from app_helpers import make_app, settle, toasts

from klayman_tui.app.clipboard import save_last_copy
from klayman_tui.app.keymap import checked_keymap
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import (last_copy_path, load_settings,
                                      save_settings, settings_path)


def write_settings(text: str):
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_trailing_comma_keeps_the_file_and_says_where():
    text = '{"citation_style": "mla", "keys": {"copy_cite": "y"},}'
    path = write_settings(text)
    settings, warning = load_settings()
    assert "not valid JSON" in warning and "line 1" in warning
    assert path.read_text() == text


def test_a_capitalised_style_is_understood():
    write_settings('{"citation_style": "Chicago", "keys": {"copy_cite": "y"}}')
    settings, warning = load_settings()
    assert warning is None
    assert settings.citation_style == "chicago" and settings.keys == {"copy_cite": "y"}


def test_one_bad_value_is_named_and_the_rest_is_used():
    text = '{"citation_style": "klingon", "keys": {"copy_cite": "y", "help": 7}, "colour": 1}'
    path = write_settings(text)
    settings, warning = load_settings()
    assert "citation_style 'klingon' should be one of plain" in warning
    assert "keys.help should be a key name" in warning and "colour is not a setting" in warning
    assert settings.keys == {"copy_cite": "y"} and settings.citation_style == "plain"
    assert path.read_text() == text


def test_deeply_nested_settings_do_not_crash():
    path = write_settings("[" * 100_000 + "]" * 100_000)
    settings, warning = load_settings()
    assert settings.citation_style == "plain" and warning and "\n" not in warning
    assert path.stat().st_size == 200_000


def test_a_change_is_saved_atomically_and_keeps_the_rest():
    write_settings('{"citation_style": "mla", "keys": {"copy_cite": "y"}, "later": [1]}')
    settings, _ = load_settings()
    settings.citation_style = "apa"
    assert save_settings(settings) is None
    data = json.loads(settings_path().read_text())
    assert data == {"citation_style": "apa", "keys": {"copy_cite": "y"}, "later": [1]}
    assert not [p for p in settings_path().parent.iterdir() if p.name.endswith(".tmp")]


def test_an_unreadable_file_is_not_overwritten_by_a_change():
    path = write_settings("{ broken")
    settings, _ = load_settings()
    settings.citation_style = "apa"
    problem = save_settings(settings)
    assert problem and "left as it is" in problem
    assert path.read_text() == "{ broken"


def in_time(function, seconds=5):
    """Run ``function`` in a thread; fail (instead of hanging) if it blocks."""
    result = {}
    thread = threading.Thread(target=lambda: result.update(value=function()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"{function.__name__} blocked"
    return result["value"]


def test_settings_that_are_a_fifo_do_not_hang():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    settings, warning = in_time(load_settings)
    assert "not a regular file" in warning and settings.citation_style == "plain"


def test_a_last_copy_fifo_is_replaced_not_written_into():
    path = last_copy_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    assert in_time(lambda: save_last_copy("words")) is None
    assert path.read_text() == "words"


BINDINGS = QuoteExplorer.BINDINGS


@pytest.mark.parametrize("remap,refused", [
    ({"search": "q"}, "would take the quit key away"),
    ({"copy_bare": "question_mark"}, "would take the help key away"),
    ({"help": "n"}, "help must keep a key"),
    ({"nonsense": "x"}, "no such binding"),
    ({"quit": "nosuchkey"}, "no such key ('nosuchkey'"),
    ({"copy_cite": "ctrl+nosuch,y"}, "no such key ('ctrl+nosuch'"),
    ({"help": "hyper+"}, "no such key"),
    # A key written as its character is the same key as its name: "?" is Help's.
    ({"quit": "?"}, "quit must keep a key"),
    ({"copy_bare": "?"}, "would take the help key away"),
])
def test_remaps_that_take_quit_or_help_away_are_refused(remap, refused):
    keymap, messages = checked_keymap(remap, BINDINGS)
    assert keymap == {} and len(messages) == 1 and refused in messages[0]


@pytest.mark.parametrize("remap,refused", [
    # Another key's key: it was taken without a word, and that key lost (star on n
    # starred, and n no longer went to the next quote; copy on / lost the search).
    ({"star": "n"}, "star → 'n' refused: n is already next_quote's key"),
    ({"copy_cite": "slash"}, "copy_cite → 'slash' refused: slash is already search's key"),
    ({"copy_cite": "y,s"}, "copy_cite → 'y,s' refused: s is already star's key"),
])
def test_a_remap_onto_another_keys_key_is_refused(remap, refused):
    keymap, messages = checked_keymap(remap, BINDINGS)
    assert keymap == {} and messages == [f"Key remap {refused} (remap that one too)."]


@pytest.mark.parametrize("remap,refused", [
    # A key the app keeps for itself: next_quote on j left no key for the next quote
    # (j still moved the cursor); search on f took the source filter's key away.
    ({"next_quote": "j"}, "j is the app's own key (down)"),
    ({"search": "f"}, "f is the app's own key (filter the sources)"),
    ({"copy_bare": "tab"}, "tab is the app's own key (next pane)"),
    ({"star": "y,G"}, "G is the app's own key (end)"),
    # A picture's name is no key ("banana" is 🍌 to Unicode), with modifiers or not.
    ({"star": "banana"}, "no such key ('banana'"),
    ({"star": "ctrl+shift+banana"}, "no such key ('ctrl+shift+banana'"),
])
def test_a_remap_onto_the_apps_own_keys_or_a_picture_is_refused(remap, refused):
    keymap, messages = checked_keymap(remap, BINDINGS)
    assert keymap == {} and len(messages) == 1 and refused in messages[0], messages


def test_a_keyboard_symbol_by_its_name_is_a_key():
    remaps = {"star": "pound_sign", "copy_cite": "é"}
    assert checked_keymap(remaps, BINDINGS) == (remaps, [])


def test_two_keys_may_swap():
    remaps = {"star": "n", "next_quote": "s"}
    assert checked_keymap(remaps, BINDINGS) == (remaps, [])


@pytest.mark.parametrize("remaps", [
    {"quit": "f10", "copy_cite": "y"},
    {"quit": "f10", "copy_cite": "ctrl+y", "star": "exclamation_mark,space"},  # key names
])
def test_harmless_remaps_are_kept(remaps):
    keymap, messages = checked_keymap(remaps, BINDINGS)
    assert keymap == remaps and messages == []


@pytest.mark.parametrize("remap,refused", [
    ({"search": "q"}, "would take the quit key away"),
    # The README says a remap to a key that does not exist is refused: it was
    # accepted, and Quit was lost.
    ({"quit": "nosuchkey"}, "no such key"),
])
async def test_a_refused_remap_is_a_toast_and_q_still_quits(remap, refused):
    app = make_app(keys=remap)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert any(refused in t for t in toasts(app))
        await pilot.press("q")
        await settle(pilot)
    assert app.return_code == 0
