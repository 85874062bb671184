"""Searching while a large folder is still being read: the corpus the app holds is
replaced as articles arrive, in the middle of a search."""

import threading

import pytest
from app_helpers import result_note, screen_text, toasts
from textual.widgets import ProgressBar

import klayman_tui
import klayman_tui.corpus.loading as loading
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import Settings
from klayman_tui.corpus import Corpus, SpeakerBook

EARLY = ('Story {n}\n\nBy Ann Lee\n\n"The harbour opened again on Monday," said Ms Lee '
         'of story {n}.\n')
LATE = ('Story {n}\n\nBy Ann Lee\n\n"The scandal reached the council this week," said '
        'Ms Lee of story {n}.\n')


@pytest.fixture
def folder(tmp_path):
    """60 articles; only the last 20 (read last) hold the word searched for."""
    for number in range(60):
        text = (LATE if number >= 40 else EARLY).format(n=number)
        (tmp_path / f"story{number:02d}.txt").write_text(text)
    return tmp_path


async def test_a_search_while_the_corpus_grows_under_it_fails_nothing_and_is_refreshed(
        folder, monkeypatch):
    """The search started on the first 20 articles is still running when the rest
    arrive (the search is held until the app holds a larger corpus). It used to read
    the app's newer corpus half-way ("Search failed: 'quotes'"), and the list said "No
    matches." until the next keystroke, though the finished corpus had 20."""
    monkeypatch.setattr(loading, "QUICK_PARSE_BYTES", 1000)
    monkeypatch.setattr(loading, "ARRIVAL_BATCH", 20)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    plan = klayman_tui.corpus.plan([folder])
    real_finish = plan.finish
    # Parsing waits after the first 20 articles until the search has begun, and after
    # the next 20 until the test has looked.
    gates = [threading.Event(), threading.Event()]

    def held_finish(progress=None, parallel=True, arrived=None, stop=None):
        batches = iter(gates)

        def hold(sources):
            arrived(sources)
            if (gate := next(batches, None)) is not None:
                gate.wait(30)
        return real_finish(progress=progress, parallel=parallel, arrived=hold, stop=stop)

    plan.finish = held_finish
    app = QuoteExplorer(Corpus([], [], SpeakerBook()), Settings(), pending=plan)
    real_search = Corpus.search

    def search_while_it_grows(corpus, query, *args, **kwargs):
        if query == "scandal" and len(corpus.sources) == 20 and not gates[0].is_set():
            gates[0].set()  # the next 20 arrive while this search runs
            for _ in range(1000):
                if app.corpus is not corpus:
                    break
                threading.Event().wait(0.01)
            assert app.corpus is not corpus, "the corpus did not grow"
        return real_search(corpus, query, *args, **kwargs)

    monkeypatch.setattr(Corpus, "search", search_while_it_grows)
    try:
        async with app.run_test(size=(120, 40), notifications=True) as pilot:
            for _ in range(200):
                await pilot.pause(0.05)
                if "All sources  20" in screen_text(app):
                    break
            await pilot.press("slash", *"scandal")  # nothing is typed after this
            for _ in range(100):
                await pilot.pause(0.05)
                if "All sources  40" in screen_text(app) and app.results.options:
                    break
            await pilot.pause(0.3)
            assert app.query(ProgressBar)  # still reading
            # and the list says its hits are from the articles read so far (a new
            # user took a partial list for the folder's)
            assert result_note(app).endswith(
                "Still reading the folder: these are from the articles read so far.")
            gates[1].set()  # the last 20 articles, which hold the word
            for _ in range(200):
                await pilot.pause(0.05)
                if not app.query(ProgressBar) and app.results.hits:
                    break
            assert not app.query(ProgressBar) and len(app.corpus.sources) == 60
            await pilot.pause(0.2)
            assert not [t for t in toasts(app) if "failed" in t]
            hits = app.results.hits
            assert len(hits) == 20 and {h.quote.source.id for h in hits} == {
                f"story{n}" for n in range(40, 60)}
            assert result_note(app).startswith("20 matches")
            assert "Still reading" not in result_note(app)
    finally:
        for gate in gates:
            gate.set()
