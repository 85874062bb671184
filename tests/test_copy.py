"""Copying: what reaches app.clipboard, the last-copy file, the settings, the toasts."""

import subprocess
import time

import pytest
from app_helpers import make_app, search_for, settle, toasts, ui_app
from conftest import require_tools

from klayman_tui.app import clipboard
from klayman_tui.app.settings import last_copy_path, load_settings, settings_path
from klayman_tui.corpus.cite.citation import format_citation


async def test_copy_from_a_selected_search_result():
    app = ui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await search_for(pilot, "speaker:brown")
        await pilot.press("down", "down", "tab")  # the second hit, then into the list
        assert app.focused is app.results
        await pilot.press("C")
        await settle(pilot)
        second = app.results.hits[1].quote
        assert app.clipboard == "For months … nothing was happening at the islanders' convenience."
        assert second.text == app.clipboard
        assert last_copy_path().read_text(encoding="utf-8") == app.clipboard


async def test_copy_uses_the_chosen_style_and_toasts():
    app = ui_app(style="apa")
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await search_for(pilot, "sharing boats")
        await pilot.press("enter", "c")
        await settle(pilot)
        quote = app.article.current
        assert app.clipboard == format_citation(quote, "apa")
        assert app.clipboard.startswith("In an interview with Reyes (2019), Mara Holt said")
        assert any(t.startswith(f"Copied {len(app.clipboard)} characters") for t in toasts(app))


async def test_copy_with_nothing_selected_warns():
    app = ui_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == ""
        assert any("No quote selected" in t for t in toasts(app))


async def test_control_characters_never_reach_the_clipboard(tmp_path):
    (tmp_path / "evil.txt").write_bytes(
        b'Headline\n\n"Clear \x1b[2J the screen and \x1b]52;c;aGVsbG8=\x07 ring," said Ms Jones.\n')
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("down", "enter", "n", "C")
        await settle(pilot)
        assert app.clipboard == "Clear ␛[2J the screen and ␛]52;c;aGVsbG8=␇ ring"
        assert not any(ord(c) < 32 and c != "\n" for c in app.clipboard)


def test_corrupt_settings_are_reported_and_never_overwritten():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{ not json", encoding="utf-8")
    settings, warning = load_settings()
    assert settings.citation_style == "plain"
    assert warning and "settings.json" in warning and "\n" not in warning
    assert path.read_text() == "{ not json"  # the user's file, untouched


async def test_the_app_shows_the_settings_warning():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"citation_style": "klingon"}', encoding="utf-8")
    from klayman_tui.app.main_app import QuoteExplorer
    import klayman_tui
    app = QuoteExplorer(klayman_tui.load())
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        assert any("citation_style 'klingon' should be one of" in t for t in toasts(app))
        assert app.settings.citation_style == "plain"


def test_keys_can_be_remapped_in_settings():
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"citation_style": "mla", "keys": {"copy_cite": "y"}}', encoding="utf-8")
    settings, warning = load_settings()
    assert warning is None and settings.keys == {"copy_cite": "y"}


async def test_remapped_copy_key_works():
    app = ui_app(keys={"copy_cite": "y"})
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("down", "enter", "n", "y")
        await settle(pilot)
        assert app.clipboard.startswith("“We have waited long enough for this”\n— Tom Brown")


@pytest.fixture
def xvfb_display():
    require_tools("Xvfb", "xclip")
    display = ":87"
    server = subprocess.Popen(["Xvfb", display, "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    yield display
    server.terminate()
    server.wait(timeout=5)


@pytest.mark.display
def test_native_clipboard_under_xvfb(xvfb_display, monkeypatch):
    monkeypatch.setenv("DISPLAY", xvfb_display)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    text = "“I was an accredited journalist”\n— Alison Klayman, quoted in Ari Karpel"
    delivery = clipboard.deliver_elsewhere(text)
    assert delivery.native, delivery.problems
    pasted = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True,
                            timeout=5, env={"DISPLAY": xvfb_display}).stdout.decode("utf-8")
    assert pasted == text
    message, severity = delivery.summary(len(text))
    assert severity == "information" and "clipboard" in message


def test_without_a_native_clipboard_the_toast_warns(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    delivery = clipboard.deliver_elsewhere("x")
    message, severity = delivery.summary(1)
    assert not delivery.native and severity == "warning" and "OSC 52 only" in message
    assert delivery.saved and last_copy_path().read_text() == "x"


def test_the_toast_names_the_last_copy_file_neutralised(tmp_path, monkeypatch):
    """The state folder comes from outside (XDG_STATE_HOME): its name reached the toast
    raw, escape sequence and all (QA)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "st\x1b]0;owned\x07ate"))
    message, _ = clipboard.Delivery(saved=True).summary(1)
    assert "\x1b" not in message and "\x07" not in message and "␛]0;owned␇" in message


def never_answering_xclip(tmp_path) -> str:
    """An `xclip` that waits for ever, as with an X server that does not answer."""
    folder = tmp_path / "bin"
    folder.mkdir()
    tool = folder / "xclip"
    tool.write_text("#!/bin/sh\nexec sleep 60\n")
    tool.chmod(0o755)
    return str(folder)


def test_a_clipboard_tool_that_never_answers_is_given_up_on(tmp_path, monkeypatch):
    import threading

    monkeypatch.setenv("PATH", f"{never_answering_xclip(tmp_path)}:/usr/bin:/bin")
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    done = {}
    start = time.monotonic()
    worker = threading.Thread(target=lambda: done.update(d=clipboard.deliver_elsewhere("x")),
                              daemon=True)
    worker.start()
    worker.join(clipboard.TOOL_SECONDS + 5)
    assert not worker.is_alive(), "the copy never came back"
    assert time.monotonic() - start < clipboard.TOOL_SECONDS + 2
    delivery = done["d"]
    assert not delivery.native and delivery.saved
    assert "the native clipboard did not answer within 3 s" in delivery.problems
    message, severity = delivery.summary(1)  # the README: the toast names it
    assert severity == "warning" and "did not answer within 3 s" in message


INVISIBLE_ARTICLE = ('Invisible ink\n\n"We fought cen\u200bsor\u00adship every day, and '
                     'the \u200dnews\U000e0068\U000e0069 was never quiet," said Ms Lee.\n')


async def test_invisible_characters_are_searched_through_and_never_copied(tmp_path):
    """Zero-width spaces and joiners, soft hyphens and tag characters: `censorship`
    finds "cen\\u200bsor\\u00adship", and the copy holds the words without them."""
    (tmp_path / "ink.txt").write_text(INVISIBLE_ARTICLE, encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await search_for(pilot, "censorship")
        assert app.results.hits, "not found"
        await pilot.press("enter", "C")
        await settle(pilot)
        assert app.clipboard == ("We fought censorship every day, and the news was never "
                                 "quiet")
        assert last_copy_path().read_text(encoding="utf-8") == app.clipboard


def test_a_clipboard_error_with_no_message_is_named_in_the_toast(monkeypatch):
    """pyperclip's error with an empty message broke the copy's summary (IndexError:
    the toast said "Copied to the terminal only (list index out of range)"), and what
    failed was never in the toast (QA)."""
    import pyperclip

    def no_clipboard():
        raise pyperclip.PyperclipException("")

    monkeypatch.setattr(pyperclip, "determine_clipboard", no_clipboard)
    delivery = clipboard.deliver_elsewhere("x")
    message, severity = delivery.summary(1)
    assert message.startswith("Copied 1 character — terminal (OSC 52 only")
    assert severity == "warning" and "no native clipboard (PyperclipException)" in message
    assert delivery.saved and last_copy_path().read_text() == "x"


def test_inside_tmux_a_missing_native_clipboard_is_no_warning(monkeypatch):
    """Over ssh in tmux there is no native clipboard, and the tmux buffer has the copy:
    the toast says where it went, with no warning about the clipboard that is not
    there."""
    import pyperclip

    def no_clipboard():
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "determine_clipboard", no_clipboard)
    monkeypatch.setattr(clipboard, "copy_tmux", lambda text: None)
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    message, severity = clipboard.deliver_elsewhere("xy").summary(2)
    assert (message, severity) == ("Copied 2 characters — tmux buffer, terminal",
                                   "information")
