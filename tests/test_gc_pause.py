"""Start-up runs with the garbage collector paused (gc_pause.py); it must always be
running again afterwards: after a command, after the app's first paint, after an
error. And the pause never turns on a collector someone else had turned off. Until
the first paint threads also switch sooner, so the first frame is written at once."""

import gc
import sys

import pytest

from app_helpers import make_app, settle
from klayman_tui import cli
from klayman_tui import gc_pause


@pytest.fixture(autouse=True)
def collector_restored():
    interval = sys.getswitchinterval()
    yield
    sys.setswitchinterval(interval)
    gc_pause.resume()
    gc.enable()
    gc.unfreeze()


def test_a_command_leaves_the_collector_running(capsys):
    assert cli.main(["sources"]) == 0
    assert "Fast Company" in capsys.readouterr().out
    assert gc.isenabled()


def test_a_failed_command_leaves_the_collector_running(capsys, tmp_path):
    assert cli.main(["sources", "--data", str(tmp_path / "nothing here")]) == 2
    assert "error" in capsys.readouterr().err
    assert gc.isenabled()


async def test_the_app_resumes_collecting_once_it_has_painted():
    """With what start-up made frozen, so that no long collection of all of it comes
    as the user starts typing."""
    app = make_app()
    gc_pause.pause()  # as the command does before it builds the app
    assert not gc.isenabled()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 10_000


def test_a_collector_turned_off_elsewhere_stays_off(capsys):
    gc.disable()
    assert cli.main(["sources"]) == 0
    assert not gc.isenabled()


async def test_the_first_frame_is_written_without_waiting_for_the_gil(monkeypatch):
    """Textual's writer thread sends the first frame while the app's thread goes on
    drawing: until the first paint the app lets it have the GIL within 0.5 ms (not
    Python's 5), and afterwards threads switch as Python's default says again."""
    from textual.widget import Widget

    during_first_paint = []
    render_lines = Widget.render_lines

    def render_and_note(widget, crop):
        during_first_paint.append(sys.getswitchinterval())
        return render_lines(widget, crop)

    monkeypatch.setattr(Widget, "render_lines", render_and_note)
    default = sys.getswitchinterval()
    async with make_app().run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert during_first_paint[0] <= 0.0005
        assert sys.getswitchinterval() == default


async def test_the_interval_is_python_s_again_when_the_app_ends_early():
    """Help opened before the main screen's first refresh had run its callbacks, and
    the app then closed: the interval is put back when the app ends."""
    default = sys.getswitchinterval()
    async with make_app().run_test(size=(120, 40)) as pilot:
        await pilot.press("question_mark")
    assert sys.getswitchinterval() == default
