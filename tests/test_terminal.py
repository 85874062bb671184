"""The installed command in a real terminal (a private tmux server)."""

import time

import pytest
from conftest import require_tools
from tmux_session import TmuxSession, app_env, installed_command

pytestmark = pytest.mark.terminal

EXPECTED_COPY = (
    "“And essentially, that's how people are going to see it. It's going to be distributed "
    "the same way Weiwei's films are – either DVDs passed around, or more likely BitTorrent "
    "and other kinds of downloads. [laughs] I may be the most excited filmmaker to see my "
    "film bootlegged in China. And we are working on a simplified character [subtitled] "
    "version of it.”\n— Alison Klayman, interviewed in “‘Ai Weiwei: Never Sorry’ Director "
    "Actually Hopes Her Movie Will Be Pirated,” TheWrap, [2012].")


@pytest.fixture
def session(tmp_path):
    require_tools("tmux")
    sessions = []

    def start(*args, keep_tmux_env=False, size=(120, 40), env=None):
        s = TmuxSession([installed_command(), *args],
                        {**app_env(tmp_path, keep_tmux_env), **(env or {})}, size)
        sessions.append(s)
        return s

    yield start
    for s in sessions:
        s.close()


def test_search_open_and_copy_in_a_real_terminal(session):
    tmux = session()
    tmux.wait_until_ready("All sources", "dGenerate Films", "Copy+cite")
    tmux.focus_search()  # typed before the bar had the focus, it failed 1 run in 6
    tmux.type("bootlegged")
    tmux.wait_for("Alison Klayman — TheWrap")
    tmux.keys("Enter")
    screen = tmux.wait_for("[laughs]", "quote 19/27")
    assert "bootlegged" in screen and "[subtitled]" in screen
    # OSC 52 only (the app is told it is not in tmux): the terminal's buffer gets the text.
    tmux.keys("c")
    tmux.wait_for("Copied")
    assert tmux.buffer() == EXPECTED_COPY
    tmux.keys("q")


def test_tmux_buffer_is_loaded_directly_inside_tmux(session):
    tmux = session(keep_tmux_env=True)
    tmux.wait_until_ready("All sources")
    tmux.focus_search()
    tmux.type("bootlegged")
    tmux.wait_for("Alison Klayman — TheWrap")
    tmux.keys("Enter")
    tmux.wait_for("quote 19/27")
    tmux.keys("C")
    tmux.wait_for("tmux buffer")
    assert tmux.buffer() == EXPECTED_COPY.split("\n")[0][1:-1]  # bare: no marks
    assert tmux.buffer_count() == 1  # load-buffer only: no second buffer from OSC 52


def test_a_file_with_escape_sequences_cannot_touch_the_terminal(session, tmp_path):
    folder = tmp_path / "evil"
    folder.mkdir()
    (folder / "evil.txt").write_bytes(
        b"Evil article\n\nThis line clears \x1b[2J\x1b[H the screen and sets the clipboard "
        b"\x1b]52;c;cHduZWQ=\x07 and rings \x07 the bell.\n\n"
        b'"And a quote with \x1b[31mred\x1b[0m in it," said Ms Evil.\n')
    tmux = session(str(folder))
    tmux.wait_until_ready("All sources", "Evil article")
    tmux.keys("Down")
    screen = tmux.wait_for("This line clears", "␛[2J")
    assert "All sources" in screen  # not wiped
    assert "␛]52" in screen and "␇" in screen  # shown as symbols, not obeyed
    assert tmux.buffer() is None  # the file never set the clipboard
    tmux.keys("Enter", "n", "C")
    tmux.wait_for("Copied")
    assert tmux.buffer() == "And a quote with ␛[31mred␛[0m in it"


def test_hostile_names_and_sidecar_never_set_the_clipboard(session, tmp_path):
    """File names, a folder name and sources.toml fields holding OSC 52, screen
    clears and bidi overrides: shown as symbols, and the tmux buffer stays empty."""
    from hostile import make_hostile_names_folder

    folder = make_hostile_names_folder(tmp_path / "names")
    tmux = session(str(folder))
    screen = tmux.wait_until_ready("All sources", "Outlet␛]52")
    assert tmux.buffer() is None  # no toast, list entry or title set it at start-up
    for _ in range(8):
        tmux.keys("Down")
        screen = tmux.wait_for("Sources")
    assert "Outlet␛]52" in screen and "╭─ Sources" in screen  # not wiped
    assert tmux.buffer() is None
    tmux.keys("q")


def test_a_large_folder_parses_on_every_core_inside_the_app(session, tmp_path):
    """700 articles, first open: worker processes are spawned from the app's thread
    (once this crashed the app: the app's stderr is no terminal), they write nothing
    on the screen, and the articles arrive while the rest are read."""
    import sys

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write_corpus

    folder = write_corpus(tmp_path / "many", 700, 4)
    tmux = session(str(folder))
    tmux.wait_for("Reading 700 articles", timeout=20)
    screen = tmux.wait_for("All sources — 700 articles, 2,800 quotes", timeout=120)
    assert "error" not in screen.lower() and "Traceback" not in screen
    assert screen.splitlines()[0].startswith("╭─ Sources")  # nothing written over it
    tmux.keys("q")


def test_a_large_file_never_holds_the_first_paint(session, tmp_path):
    """A 3 MB transcript: the screen comes up at once, reading it, then the article."""
    folder = tmp_path / "big"
    folder.mkdir()
    paragraph = ('"We talked for hours about the film and the festival," said Ms Long. '
                 'The interview went on into the night. ') * 4 + "\n\n"
    (folder / "transcript.txt").write_text("Transcript\n\n" + paragraph * 6000)
    tmux = session(str(folder))
    first = tmux.wait_for("Reading 1 article:", timeout=10)
    assert "Sources" in first
    tmux.wait_for("All sources", "Transcript", timeout=60)
    tmux.keys("q")


def test_a_pdf_whose_names_hold_escapes_cannot_touch_the_terminal(session, tmp_path):
    """pypdf logs a PDF's object names; read before the app takes the screen, they
    once reached the terminal raw and set the clipboard."""
    from hostile_pdfs import escaped_names_pdf

    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "evil.pdf").write_bytes(escaped_names_pdf())
    tmux = session(str(folder))
    screen = tmux.wait_for("All sources", "evil  1 quote")  # listed by its file name
    assert tmux.buffer() is None
    assert screen.splitlines()[0].startswith("╭─ Sources")  # not cleared, not written over
    tmux.keys("q")


def test_quit_after_a_copy_to_a_clipboard_tool_that_never_answers(session, tmp_path):
    """xclip with an X server that does not answer: the copy gives up on it and says
    so, and q quits at once (the app used to hang after q)."""
    import os

    from test_copy import never_answering_xclip

    tools = never_answering_xclip(tmp_path)
    tmux = session(env={"PATH": f"{tools}:{os.environ.get('PATH', '')}", "DISPLAY": ":99"})
    tmux.wait_until_ready("All sources")
    tmux.keys("Down", "Enter", "n", "C")
    tmux.wait_for("Copied", timeout=10)
    tmux.keys("q")
    status, _ = tmux.wait_for_exit(timeout=5)
    assert status == 0


def test_quitting_while_a_large_folder_loads_exits_at_once(session, tmp_path):
    """q while 4,000 articles are parsed on every core: the app is gone within two
    seconds, cleanly (it used to go on parsing, 33 s for 20,000, and could end in a
    MountError with status 1)."""
    folder = tmp_path / "many"
    folder.mkdir()
    body = '"We kept the harbour open all night," said Ms Lee. The tide was high.\n\n' * 15
    for number in range(4000):  # 4.5 MB: parsed after the first paint, with progress
        (folder / f"{number:04d}.txt").write_text(f"Article {number}\n\n{body}")
    tmux = session(str(folder))
    tmux.wait_for("Reading 4,000 articles", timeout=20)
    tmux.keys("q")
    start = time.monotonic()
    status, screen = tmux.wait_for_exit(timeout=15)
    assert time.monotonic() - start < 2
    assert status == 0 and "Error" not in screen and "Traceback" not in screen
