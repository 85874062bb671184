"""Start-up runs with the garbage collector paused (gc_pause.py); it must always be
running again afterwards: after a command, after the app's first paint, after an
error. And the pause never turns on a collector someone else had turned off."""

import gc

import pytest

from app_helpers import make_app, settle
from klayman_tui import cli
from klayman_tui import gc_pause


@pytest.fixture(autouse=True)
def collector_restored():
    yield
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
