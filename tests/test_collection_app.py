"""Collecting quotes in the app, as a student gathering them for an essay would."""

import json
import re
import shutil

import pytest
from app_helpers import make_app, run_command, screen_text, search_for, settle, toasts
from conftest import FAST_COMPANY, HERALD

import klayman_tui
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.reader import Paragraph
from klayman_tui.app.settings import Settings
from klayman_tui.app.source_list import COLLECTED
from klayman_tui.corpus.collection import Collection

SIZE = (120, 40)


def reader_text(app) -> str:
    return "\n".join(str(p.render()) for p in app.reader.query(Paragraph))


async def open_collected(pilot):
    app = pilot.app
    app.source_list.focus()
    app.source_list.select_option_id(COLLECTED)
    await settle(pilot)


async def star_three_across_two_sources(pilot):
    """The 2nd quote of the Herald, then a search hit, then the 1st of the Herald."""
    app = pilot.app
    await pilot.press("down", "down", "enter")  # the Herald
    await settle(pilot)
    assert app.reader.source.id == HERALD
    await pilot.press("n", "n", "s")
    second = app.reader.current
    await search_for(pilot, "accredited journalist")
    await pilot.press("tab")  # into the result list, where s stars the highlighted hit
    hit = app.results.current_hit.quote
    await pilot.press("s")
    await settle(pilot)
    assert "★" in screen_text(app)  # the result is marked
    await pilot.press("escape")
    app.open_source(app.corpus.source(HERALD))
    app.reader.focus()
    await pilot.press("n", "s")
    await settle(pilot)
    first = app.reader.current
    return [second, hit, first]


async def test_star_three_quotes_restart_and_they_are_there_in_order():
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        starred = await star_three_across_two_sources(pilot)
        assert [q.source.id for q in starred] == [HERALD, FAST_COMPANY, HERALD]
        assert any(t.startswith("★ Collected (3)") for t in toasts(app))
        assert "★" in reader_text(app)  # marked in the reader
        assert "★ Collected (3)" in screen_text(app)
    texts = [" ".join(q.text.split()) for q in starred]

    again = make_app()  # a new run of the app
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "★ Collected (3)" in screen_text(again)
        await open_collected(pilot)
        shown = reader_text(again)
        positions = [shown.index(text) for text in texts]
        assert positions == sorted(positions)  # in the order collected
        assert "The Brown Daily Herald" in shown and "Fast Company" in shown
        assert str(again.reader.border_title).startswith("★ Collected · 3 quotes")
        # n moves through the collection, c copies the current one, Enter opens it.
        again.reader.focus()
        await pilot.press("n", "c")
        await settle(pilot)
        assert again.clipboard.startswith(f"“{texts[1]}”\n— Alison Klayman, quoted in Ari Karpel")
        await pilot.press("enter")
        await settle(pilot)
        assert again.reader.source.id == FAST_COMPANY
        assert " ".join(again.reader.current.text.split()) == texts[1]


async def test_s_again_unstars_and_the_collection_view_follows():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await star_three_across_two_sources(pilot)
        await open_collected(pilot)
        app.reader.focus()
        await pilot.press("s")  # un-star the first collected
        await settle(pilot)
        assert len(app.collection) == 2
        assert len(app.reader.items) == 2
        assert "★ Collected (2)" in screen_text(app)


async def test_export_markdown_and_csl_json_from_the_palette(private_dirs):
    app = make_app()
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
    assert "[^2]: Alison Klayman, quoted in Ari Karpel" in markdown
    items = json.loads(files["CSL-JSON"])
    assert [item["id"] for item in items] == [HERALD, FAST_COMPANY]


@pytest.fixture
def folder(tmp_path):
    data = klayman_tui.corpus.bundled_data_dir()
    for name in (f"{HERALD}.txt", "sources.toml"):
        shutil.copy(data / name, tmp_path / name)
    return tmp_path


async def test_a_quote_edited_out_of_its_file_is_shown_as_missing(folder):
    corpus = klayman_tui.load([folder])
    gone = next(q for q in corpus.source(HERALD).quotes if q.text.startswith("do whatever"))
    Collection.for_paths([folder]).toggle(gone)
    article = folder / f"{HERALD}.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("do whatever", "do all"),
                       encoding="utf-8")
    app = QuoteExplorer(klayman_tui.load([folder]), Settings(),
                        collection=Collection.for_paths([folder]))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await open_collected(pilot)
        shown = reader_text(app)
        assert "do whatever is required." in shown and "missing:" in shown
        app.reader.focus()
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == ""  # words no longer in the article are not cited
        assert len(app.collection) == 1  # kept, never dropped


async def test_a_damaged_collection_file_is_reported_in_a_toast():
    path = Collection.for_paths(None).path
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00\xff not json")
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert any("could not be read" in t for t in toasts(app))
        assert "★ Collected (0)" in screen_text(app)


async def test_the_interviewer_filter_from_the_palette_finds_thewraps_questions():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_command(pilot, "Filter by speaker: interviewer (TheWrap)")
        hits = app.results.hits
        assert len(hits) == 8 and {h.quote.speaker for h in hits} == {"interviewer (TheWrap)"}


async def test_a_starred_quote_survives_an_extractor_change(folder, monkeypatch):
    corpus = klayman_tui.load([folder])
    quote = next(q for q in corpus.source(HERALD).quotes if q.text.startswith("nothing"))
    Collection.for_paths([folder]).toggle(quote)

    from klayman_tui.corpus.extract import engine as quotes_module
    real = quotes_module.extract_quotes

    def changed(*args, **kwargs):  # a new extractor that no longer sees this quote
        return [q for q in real(*args, **kwargs) if not q.text.startswith("nothing")]

    monkeypatch.setattr(quotes_module, "extract_quotes", changed)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    app = QuoteExplorer(klayman_tui.load([folder]), Settings(),
                        collection=Collection.for_paths([folder]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_collected(pilot)
        assert "missing:" not in reader_text(app)
        app.reader.focus()
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("“nothing … was happening at my convenience.”\n"
                                        "— Alison Klayman, quoted in “Alum draws praise")
        await pilot.press("enter")  # opens the article at those words
        await settle(pilot)
        assert app.reader.source.id == HERALD
        assert app.reader.current.spans == quote.spans


async def test_a_paragraph_found_with_the_paragraphs_scope_can_be_starred():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.scope = "paragraphs"
        await settle(pilot)
        await search_for(pilot, "Sundance")
        await pilot.press("tab", "s")
        await settle(pilot)
        assert len(app.collection) == 1 and app.collection.entries[0].kind == "passage"
        await pilot.press("escape")
        await open_collected(pilot)
        item = app.reader.items[0]
        assert not item.missing and "Sundance" in item.quote.text
        app.reader.focus()
        await pilot.press("c")
        await settle(pilot)
        assert "Sundance" in app.clipboard and "Maya Eva Gunst Rudolph" in app.clipboard
