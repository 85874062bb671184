"""A large folder: the app paints at once, shows progress, and fills in the articles
when they are parsed."""

import pytest
from textual.widgets import ProgressBar
from app_helpers import screen_text, settle

import klayman_tui
import klayman_tui.corpus.loading as loading
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import Settings
from klayman_tui.corpus import Corpus, SpeakerBook

ARTICLE = ('Story {n}\n\nBy Ann Lee\n\n"This is quotation number {n} from the story," '
           'said Ms Lee.\n')


@pytest.fixture
def folder(tmp_path):
    for number in range(60):
        (tmp_path / f"story{number:02d}.txt").write_text(ARTICLE.format(n=number))
    return tmp_path


def test_a_large_uncached_folder_is_not_quick(folder, monkeypatch):
    monkeypatch.setattr(loading, "QUICK_PARSE_BYTES", 1000)
    plan = klayman_tui.corpus.plan([folder])
    assert not plan.quick and len(plan.found) == 60
    plan.finish()
    assert klayman_tui.corpus.plan([folder]).quick  # cached now


def test_many_small_files_are_not_quick(tmp_path):
    # 3,000 notes of three lines are little text, but each file costs its opening,
    # reading and caching: a new user saw a blank screen for 2.4 s, no progress.
    for number in range(300):
        (tmp_path / f"note{number:03d}.txt").write_text(ARTICLE.format(n=number))
    plan = klayman_tui.corpus.plan([tmp_path])
    assert not plan.quick and sum(plan.sizes) < 30_000
    for number in range(100, 300):
        (tmp_path / f"note{number:03d}.txt").unlink()
    assert klayman_tui.corpus.plan([tmp_path]).quick  # a hundred are parsed at once


async def test_the_app_paints_first_then_fills_in(folder, monkeypatch):
    monkeypatch.setattr(loading, "QUICK_PARSE_BYTES", 1000)
    seen = []
    plan = klayman_tui.corpus.plan([folder])
    real_finish = plan.finish

    def slow_finish(progress=None, parallel=True, arrived=None, stop=None):
        def spy(done, total):
            seen.append((done, total))
            progress(done, total)
        return real_finish(progress=spy, parallel=parallel, arrived=arrived, stop=stop)

    plan.finish = slow_finish
    app = QuoteExplorer(Corpus([], [], SpeakerBook()), Settings(), pending=plan)
    async with app.run_test(size=(120, 40)) as pilot:
        first = screen_text(app)
        assert "Reading 60 articles" in first or "All sources  60" in first
        bars = app.query(ProgressBar)
        assert not bars or bars.first().total == 60  # files parsed / total, as a bar
        for _ in range(100):  # the worker's last message may still be on its way
            await settle(pilot, 0.05)
            text = screen_text(app)
            if "All sources  60" in text:
                break
        assert "All sources  60" in text and "Story" in text
        assert not app.query(ProgressBar)  # the loader is gone once the list is there
        assert seen and seen[-1] == (60, 60)
        await pilot.press("slash", *"quotation")
        await settle(pilot, 0.3)
        assert app.results.hits


async def test_articles_can_be_opened_and_searched_while_the_rest_are_parsed(
        folder, monkeypatch):
    import threading

    monkeypatch.setattr(loading, "QUICK_PARSE_BYTES", 1000)
    monkeypatch.setattr(loading, "ARRIVAL_BATCH", 10)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    plan = klayman_tui.corpus.plan([folder])
    real_finish = plan.finish
    gate = threading.Event()

    def held_finish(progress=None, parallel=True, arrived=None, stop=None):
        def hold(done, total):
            progress(done, total)
            if done == 50:
                gate.wait(30)  # parsing stops here until the test has looked
        return real_finish(progress=hold, parallel=parallel, arrived=arrived, stop=stop)

    plan.finish = held_finish
    app = QuoteExplorer(Corpus([], [], SpeakerBook()), Settings(), pending=plan)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(100):
                await pilot.pause(0.05)  # not settle: the loader is held
                if "All sources  50" in screen_text(app):
                    break
            text = screen_text(app)
            assert "All sources  50" in text and app.query(ProgressBar)  # still reading
            await pilot.press("slash", *"number 7 from")
            for _ in range(40):
                await pilot.pause(0.05)  # not settle: the loader is held
                if app.results.hits:
                    break
            assert app.results.hits[0].quote.source.id == "story07"
            await pilot.press("enter")  # open it while the rest are still read
            await pilot.pause(0.1)
            assert app.article.source.id == "story07"
            gate.set()
            for _ in range(100):
                await pilot.pause(0.05)  # not settle: the loader is held
                if not app.query(ProgressBar):
                    break
            assert len(app.corpus.sources) == 60 and not app.query(ProgressBar)
            assert app.article.source.id == "story07"  # the reader kept its place
    finally:
        gate.set()


def test_a_stopped_load_ends_its_workers_at_once_and_keeps_what_it_parsed(tmp_path):
    """The app quitting mid-load: parsing on every core stops within a fraction of a
    second (it used to run to the end), and the files parsed are in the cache."""
    import time

    for number in range(900):
        (tmp_path / f"s{number:03d}.txt").write_text(ARTICLE.format(n=number) * 20)
    plan = klayman_tui.corpus.plan([tmp_path])
    calls = []

    def stop():
        calls.append(time.monotonic())
        return len(calls) > 60  # after a few pieces are in
    with pytest.raises(klayman_tui.corpus.LoadStopped):
        plan.finish(stop=stop)
    stopped = time.monotonic() - calls[60]
    assert stopped < 1.0
    again = klayman_tui.corpus.plan([tmp_path])
    assert 0 < len(again.rows) < 900
