"""Collecting quotes in the app, as a student gathering them for an essay would."""

import json
import re
import shutil

import pytest
from app_helpers import (FERRY, HARBOUR, UI_CORPUS, article_text, run_command, screen_text,
                         search_for, settle, toasts, ui_app)
from textual.widgets import Static

import klayman_tui
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import Settings
from klayman_tui.app.widgets.source_list import COLLECTED
from klayman_tui.corpus.state.collection import Collection

SIZE = (120, 40)


def collection_text(app) -> str:
    return "\n".join(str(entry.render()) for entry in app.collection_view.query(Static))


async def open_collected(pilot):
    app = pilot.app
    app.source_list.focus()
    app.source_list.select_option_id(COLLECTED)
    await settle(pilot)


async def star_three_across_two_sources(pilot):
    """The 2nd quote of the ferry story, then a search hit in the harbour interview,
    then the 1st of the ferry story."""
    app = pilot.app
    await pilot.press("down", "enter")  # the ferry story
    await settle(pilot)
    assert app.article.source.id == FERRY
    await pilot.press("n", "n", "s")
    second = app.article.current
    await search_for(pilot, "sharing boats")
    await pilot.press("tab")  # into the result list, where s stars the highlighted hit
    hit = app.results.current_hit.quote
    await pilot.press("s")
    await settle(pilot)
    assert "★ Mara Holt — Coastal Review" in screen_text(app)  # the result is marked
    await pilot.press("escape")
    app.open_source(app.corpus.source(FERRY))
    app.focus_reader()
    await pilot.press("n", "s")
    await settle(pilot)
    assert "▶ ★ “We have waited" in screen_text(app)  # marked at once, current and starred
    first = app.article.current
    return [second, hit, first]


async def test_star_three_quotes_restart_and_they_are_there_in_order():
    app = ui_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        starred = await star_three_across_two_sources(pilot)
        assert [q.source.id for q in starred] == [FERRY, HARBOUR, FERRY]
        assert any(t.startswith("★ Collected (3)") for t in toasts(app))
        shown = article_text(app)  # marked in the reader, before both paragraphs
        assert "★ “We have waited" in shown and "★ “For months,” Brown said" in shown
        assert "★ “For months,” Brown said" in screen_text(app)
        assert "★ Collected (3)" in screen_text(app)
    texts = [" ".join(q.text.split()) for q in starred]

    again = ui_app()  # a new run of the app
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "★ Collected (3)" in screen_text(again)
        await open_collected(pilot)
        shown = collection_text(again)
        positions = [shown.index(text) for text in texts]
        assert positions == sorted(positions)  # in the order collected
        assert "The Daily Tide" in shown and "Coastal Review" in shown
        assert str(again.collection_view.border_title).startswith("★ Collected · 3 quotes")
        # n moves through the collection, c copies the current one, Enter opens it.
        again.focus_reader()
        await pilot.press("n", "c")
        await settle(pilot)
        assert again.clipboard.startswith(f"“{texts[1]}”\n— Mara Holt, interviewed by Jon Reyes")
        assert "▶ ★ 2. “Of course they did." in screen_text(again)
        await pilot.press("enter")
        await settle(pilot)
        assert again.article.source.id == HARBOUR
        assert " ".join(again.article.current.text.split()) == texts[1]


async def test_s_again_unstars_and_the_collection_view_follows():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await star_three_across_two_sources(pilot)
        await open_collected(pilot)
        app.focus_reader()
        await pilot.press("s")  # un-star the first collected
        await settle(pilot)
        assert len(app.collection) == 2
        assert len(app.collection_view.items) == 2
        assert "★ Collected (2)" in screen_text(app)
        assert "For months … nothing was happening" not in collection_text(app)


async def test_export_markdown_and_csl_json_from_the_palette(private_dirs):
    app = ui_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        starred = await star_three_across_two_sources(pilot)
        files = {}
        for name in ("Markdown", "CSL-JSON"):
            await run_command(pilot, f"Export collection as {name}")
            toast = next(t for t in toasts(app) if t.startswith(f"Exported 3 quotes as {name}"))
            path = re.search(r" to (\S+)$", toast.replace("\n", "")).group(1)
            files[name] = open(path, encoding="utf-8").read()
            assert path.startswith(str(private_dirs / "data"))
            assert app.clipboard == files[name]  # and copied
    markdown = files["Markdown"]
    for number, quote in enumerate(starred, start=1):
        assert f"[^{number}]" in markdown
    assert "[^2]: Mara Holt, interview by Jon Reyes" in markdown
    items = json.loads(files["CSL-JSON"])
    assert [item["id"] for item in items] == [FERRY, HARBOUR]


@pytest.fixture
def folder(tmp_path):
    for name in (f"{FERRY}.txt", "sources.toml"):
        shutil.copy(UI_CORPUS / name, tmp_path / name)
    return tmp_path


async def test_a_quote_edited_out_of_its_file_is_shown_as_missing(folder):
    """Kept and marked missing; c copies nothing and says why, and s removes it (c
    said "No quote selected: press n …" and s "Nothing to star", so it could never be
    removed: QA)."""
    corpus = klayman_tui.load([folder])
    quotes = corpus.source(FERRY).quotes
    gone = next(q for q in quotes if q.text.startswith("It is the best"))
    kept = next(q for q in quotes if q is not gone)
    for quote in (gone, kept):
        Collection.for_paths([folder]).toggle(quote)
    article = folder / f"{FERRY}.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("the best news", "good news"),
                       encoding="utf-8")
    app = QuoteExplorer(klayman_tui.load([folder]), Settings(),
                        collection=Collection.for_paths([folder]))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_collected(pilot)
        shown = collection_text(app)
        assert "It is the best news we have had all winter" in shown and "missing:" in shown
        app.focus_reader()
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == ""  # words no longer in the article are not cited
        assert "no longer in their article" in toasts(app)[-1]
        assert len(app.collection) == 2  # kept, never dropped
        app.clear_notifications()
        await settle(pilot)
        await pilot.press("enter")  # nothing to open: said so (it was silent)
        await settle(pilot)
        assert app.reader.current == "collection" and "no longer" in toasts(app)[-1]
        await pilot.press("s")
        await settle(pilot)
        assert "Removed from the collection (1 left)" in toasts(app)[-1]
        assert [e.text for e in Collection.for_paths([folder]).entries] == [kept.text]
        shown = collection_text(app)
        assert "It is the best news" not in shown and kept.text[:30] in shown


async def test_a_damaged_collection_file_is_reported_in_a_toast():
    path = Collection.for_paths([str(UI_CORPUS)]).path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\xff not json")
    app = ui_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert any("could not be read" in t for t in toasts(app))
        assert "★ Collected (0)" in screen_text(app)


async def test_the_filter_for_an_unnamed_interviewer_finds_the_questions():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_command(pilot, "Filter by speaker: interviewer (Clay Weekly)")
        hits = app.results.hits
        assert {h.quote.speaker for h in hits} == {"interviewer (Clay Weekly)"}
        assert len(hits) == 3 == sum(1 for q in app.corpus.quotes
                                     if q.speaker == "interviewer (Clay Weekly)")


async def test_a_starred_quote_survives_an_extractor_change(folder, monkeypatch):
    corpus = klayman_tui.load([folder])
    quote = next(q for q in corpus.source(FERRY).quotes if q.text.startswith("For months"))
    Collection.for_paths([folder]).toggle(quote)

    from klayman_tui.corpus.extract import engine as quotes_module
    real = quotes_module.extract_quotes

    def changed(*args, **kwargs):  # a new extractor that no longer sees this quote
        return [q for q in real(*args, **kwargs) if not q.text.startswith("For months")]

    monkeypatch.setattr(quotes_module, "extract_quotes", changed)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    app = QuoteExplorer(klayman_tui.load([folder]), Settings(),
                        collection=Collection.for_paths([folder]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_collected(pilot)
        assert "missing:" not in collection_text(app)
        app.focus_reader()
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("“For months … nothing was happening at the islanders' "
                                        "convenience.”\n— Tom Brown, quoted in Ann Lee")
        await pilot.press("enter")  # opens the article at those words
        await settle(pilot)
        assert app.article.source.id == FERRY
        assert app.article.current.spans == quote.spans
        assert "▶ ★ “For months,” Brown said" in screen_text(app)  # current, and collected


async def test_a_paragraph_found_with_the_paragraphs_scope_can_be_starred():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.scope = "paragraphs"
        await settle(pilot)
        await search_for(pilot, "lighthouse keeper")
        await pilot.press("tab", "s")
        await settle(pilot)
        assert len(app.collection) == 1 and app.collection.entries[0].kind == "passage"
        await pilot.press("escape")
        await open_collected(pilot)
        item = app.collection_view.items[0]
        assert not item.missing and "lighthouse keeper" in item.quote.text
        app.focus_reader()
        await pilot.press("c")
        await settle(pilot)
        assert "lighthouse keeper" in app.clipboard and "Ann Lee" in app.clipboard
