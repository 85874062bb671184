"""The app driven as a user drives it: keys in, screen and clipboard out (on the tests'
own articles, tests/fixtures/ui_corpus, but for the first test)."""

import re

from app_helpers import (FERRY, KILN, article_text, make_app, result_note, run_command,
                         screen_text, search_for, settle, ui_app)

from klayman_tui.app.widgets.help_screen import HelpScreen
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import load_settings

SIZE = (120, 40)


async def test_opens_on_the_bundled_articles():
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(app)
        for outlet in ("All sources", "dGenerate Films", "The Brown Daily Herald",
                       "The Epoch Times", "TheWrap", "Fast Company"):
            assert outlet in text
        assert f"5 articles, {app.corpus.quote_count} quotes" in text  # the overview
        for key in ("Search", "Next quote", "Copy+cite", "Help", "Quit"):
            assert key in text  # the footer


async def test_open_a_source_shows_every_character_with_its_turns_labelled():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "down")  # the kiln interview
        await settle(pilot)
        assert app.article.source.id == KILN
        shown = article_text(app)
        assert "[laughs]" in shown and "[a retired fisherman]" in shown
        assert "Sign up for our newsletter" in shown  # furniture is kept, dimmed
        assert "dim" in {span.style for span in app.article.paragraph_content(0).spans}
        text = screen_text(app)
        assert "Q  Why driftwood rather than gas?" in text  # unlabelled turns labelled
        assert "A  Salt. The wood" in text and "[laughs]" in text
        await pilot.press("enter", "n")
        await settle(pilot)
        # The current quote's mark (spaces alone in a style are not in the screenshot).
        assert re.search(r"▶ Q\s*Why driftwood", screen_text(app))


async def test_search_and_open_a_hit():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await search_for(pilot, "steering")
        assert app.results.has_class("visible")
        text = screen_text(app)
        assert "Dev Singh — The Daily Tide" in text and "steering" in text
        await pilot.press("enter")
        await settle(pilot)
        assert app.article.source.id == FERRY
        assert "steering through fog" in app.article.current.text
        assert app.focused is app.article
        assert not app.results.has_class("visible")
        assert "quote 4/4 · Dev Singh" in screen_text(app)
        assert "who: said Dev Singh" in screen_text(app)  # the evidence line


async def test_arrow_keys_move_through_results_and_escape_leaves():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_for(pilot, "speaker:brown")
        assert app.results.current_hit is None  # nothing chosen while typing
        await pilot.press("down")  # the first hit (it used to be the second)
        first = app.results.current_hit
        assert first is app.results.hits[0]
        await pilot.press("down")
        second = app.results.current_hit
        assert first.quote.speaker == second.quote.speaker == "Tom Brown"
        assert first.quote is not second.quote
        await pilot.press("up")
        assert app.results.current_hit is first
        await pilot.press("escape")
        assert app.focused is app.reader.view and not app.results.has_class("visible")
        # the query stays, and / shows its results again (as help and the README say)
        await pilot.press("slash")
        await settle(pilot)
        assert app.search_panel.bar.value == "speaker:brown"
        assert app.results.has_class("visible") and app.results.hits


async def test_next_and_previous_quote():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down")  # the ferry story
        await settle(pilot)
        source = app.article.source
        await pilot.press("enter")  # into the reader
        await pilot.press("n")
        assert app.article.current is source.quotes[0]
        await pilot.press("n", "n")
        assert app.article.current is source.quotes[2]
        await pilot.press("N")
        assert app.article.current is source.quotes[1]
        text = screen_text(app)
        assert "quote 2/4 · Tom Brown" in text
        assert "▶ “For months,” Brown said" in text  # the mark, and the quote's first part
        drawn = app.article.paragraph_content(source.quotes[1].paragraph)
        cue = [drawn.plain[s.start:s.end] for s in drawn.spans if s.style == "underline italic"]
        assert cue == ["Brown said"]  # the words that say who speaks, underlined


async def test_copy_with_citation_and_bare():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_for(pilot, "islanders convenience")
        await pilot.press("enter")
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard == (
            "“For months … nothing was happening at the islanders' convenience.”\n"
            "— Tom Brown, quoted in Ann Lee, “Island ferry to run again in spring,” "
            "The Daily Tide, March 2, 2019.")
        await pilot.press("C")
        await settle(pilot)
        assert app.clipboard == "For months … nothing was happening at the islanders' convenience."


async def test_help_lists_every_key():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for binding in app.BINDINGS:  # every app key, with what it does
            line = next(l for l in text.splitlines() if binding.tooltip in l)
            assert app.get_key_display(binding) in line
        for key in ("j k", "Enter", "Tab", "^p", "last-copy.txt"):
            assert key in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_help_lists_the_source_lists_filter_key_from_any_pane():
    """`?` did not list f (the source list's own key), wherever the focus was."""
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")  # an article, the reader focused
        await settle(pilot)
        assert app.focused is app.article
        await pilot.press("question_mark")
        await settle(pilot)
        line = next(l for l in screen_text(app).splitlines() if "filter the source list" in l)
        assert re.search(r"\bf\s{2,}filter the source list", line)


async def test_help_shows_remapped_keys():
    app = ui_app(keys={"copy_cite": "y", "help": "f1"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        lines = screen_text(app).splitlines()
        copy = next(l for l in lines if "with its citation" in l)
        assert re.search(r"\by\s{2,}copy the current", copy), copy
        assert not re.search(r"\bc\s{2,}copy the current", copy)
        helping = next(l for l in lines if "this help" in l)
        assert re.search(r"\bf1\s{2,}this help", helping) and "?" not in helping


async def test_help_scrolls_in_a_small_terminal():
    app = ui_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("question_mark")
        await settle(pilot)
        assert "Esc closes this help" not in screen_text(app)
        await pilot.press("end")
        await settle(pilot)
        assert "Esc closes this help" in screen_text(app)


async def test_key_bar_follows_remapped_keys_and_a_click_presses_the_key():
    app = ui_app(keys={"copy_cite": "y"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = str(app.query_one("#keys").render())
        assert "y Copy+cite" in bar and "c Copy+cite" not in bar
        assert bar.rstrip().endswith("^p palette")
        await pilot.resize_terminal(60, 20)  # narrow: the keys close up, help stays
        await settle(pilot)
        bar = str(app.query_one("#keys").render())
        assert "? Help" in bar and len(bar) <= 60
        assert "q Quit" in bar  # and how to leave (at 80 columns it gave way; QA)
        # then the copy with its citation and starring, before the previous quote and
        # the bare copy (at 60 columns a new user lost c and s, and at 80 the palette)
        assert "y Copy+cite" in bar and "s Star" in bar, bar
        assert "Prev quote" not in bar, bar
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        bar = str(app.query_one("#keys").render())
        assert "palette" in bar and "s Star" in bar, bar
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        bar = str(app.query_one("#keys").render())
        await pilot.click("#keys", offset=(bar.index("? Help") + 2, 0))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_command_palette_sets_the_citation_style():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Citation style: MLA")
        assert app.settings.citation_style == "mla"
        assert load_settings()[0].citation_style == "mla"  # remembered


async def test_command_palette_filters_by_speaker():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Filter by speaker: Tom Brown")
        assert app.search_panel.bar.value.startswith('speaker:"Tom Brown"')
        assert {h.quote.speaker for h in app.results.hits} == {"Tom Brown"}


async def test_the_palette_tells_apart_articles_of_one_title_and_no_outlet(tmp_path):
    """Two saved texts with the same headline and no outlet were both listed as
    "Switch source: Named badly — Named badly": each now says which file it is."""
    for name in ("first", "second"):
        (tmp_path / f"{name}.txt").write_text(
            f'Named badly\n\n"The harbour stays open, {name} of all," said Ann Lee.\n',
            encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Switch source: second")
        assert app.article.source.id == "second"
        await run_command(pilot, "Switch source: first")
        assert app.article.source.id == "first"


async def test_small_terminal_and_toggling_the_source_list():
    app = ui_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("down")
        await settle(pilot)
        assert app.article.size.width > 20
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert not app.query_one("#sources").display
        assert app.article.size.width > 50
        await pilot.resize_terminal(250, 80)
        await settle(pilot)
        await pilot.press("ctrl+b")
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        assert "Sources" in screen_text(app)


async def test_markup_in_an_article_is_shown_as_written(tmp_path):
    (tmp_path / "markup.txt").write_text(
        "A [bold]headline[/bold]\n\n“[red]This is not markup[/], truly [link=x]x[/link],” "
        "said Ms Jones.\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down")
        await settle(pilot)
        text = screen_text(app)
        assert "A [bold]headline[/bold]" in text
        assert "[red]This is not markup[/]" in text
        await pilot.press("enter", "n", "c")
        await settle(pilot)
        assert app.clipboard.startswith("“[red]This is not markup[/], truly [link=x]x[/link]”")


async def test_a_very_long_file_opens_and_every_quote_in_it_is_reached(tmp_path, monkeypatch):
    import klayman_tui.app.widgets.article_view as article_view

    lines = [f'Line {i}: "a quote numbered {i} in a long file," said Ms Jones.'
             for i in range(3000)]
    (tmp_path / "long.txt").write_text("Long file\n\n" + "\n".join(lines), encoding="utf-8")
    drawn = []  # the paragraphs styled for drawing: only those on screen, not 3,001
    render_block = article_view.render_block
    monkeypatch.setattr(article_view, "render_block",
                        lambda block, *args: drawn.append(block.index) or render_block(block, *args))
    app = make_app([tmp_path])
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "enter")
        await settle(pilot)
        assert "Line 0:" in screen_text(app) and "Line 2999:" not in screen_text(app)
        assert 0 < len(set(drawn)) <= 30
        await pilot.press("N")  # the last quote, thousands of paragraphs down
        await settle(pilot)
        last = app.article.source.quotes[-1]
        assert app.article.current is last
        assert "▶ Line 2999: \"a quote numbered 2999 in a long file" in screen_text(app)
        assert "quote 3000/3000" in screen_text(app)
        await pilot.press("g")  # and back to the top
        await settle(pilot)
        assert "Long file" in screen_text(app)


async def test_a_quote_deep_in_a_long_paragraph_is_scrolled_into_view(tmp_path):
    filler = " ".join(f"Sentence {i} of the report goes on about the exhibition." for i in range(40))
    (tmp_path / "report.txt").write_text(
        f"A report\n\n{filler} “The tail end is where I said it,” said Ms Jones.\n\n"
        f"{filler}\n", encoding="utf-8")
    app = make_app([tmp_path])
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("down", "enter", "n")
        await settle(pilot)
        assert app.article.current.text.startswith("The tail end")
        text = screen_text(app)
        assert "tail end is where" in text and "said it" in text


async def test_n_on_the_start_page_opens_the_first_quote():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        first = next(s for s in app.corpus.sources if s.quotes)
        assert app.article.source is first and app.article.current is first.quotes[0]
        await pilot.press("c")
        await settle(pilot)
        assert first.quotes[0].text.split()[0] in app.clipboard


async def test_a_paragraph_found_is_copied_as_a_passage_of_its_article():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await run_command(pilot, "scope all paragraphs")
        assert app.scope == "paragraphs"
        await search_for(pilot, "lighthouse keeper")
        hit = app.results.hits[0]
        assert hit.quote is None
        await pilot.press("tab")  # into the result list, on the first hit
        assert app.focused is app.results and app.results.current_hit is hit
        await pilot.press("c")
        await settle(pilot)
        assert app.clipboard.startswith("“The board will spend the spring repainting the old "
                                        "lighthouse keeper's cottage")
        citation = app.clipboard.splitlines()[-1]
        assert citation.startswith("— Ann Lee") and "quoted in" not in citation
        assert "The Daily Tide" in citation
        await pilot.press("enter")  # opened: c still copies that paragraph
        await settle(pilot)
        assert "The board will spend the spring" in screen_text(app)
        await pilot.press("c")
        await settle(pilot)
        assert "lighthouse keeper's cottage" in app.clipboard
        assert "The Daily Tide" in app.clipboard.splitlines()[-1]


async def test_results_say_how_many_matched_and_cut_snippets_at_words():
    app = ui_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await search_for(pilot, "steering")
        text = screen_text(app)
        note = result_note(app)
        assert note.startswith("1 match")  # words of like meaning may follow, named
        for hit_line in (l for l in text.splitlines() if "…" in l):
            inner = hit_line.split("…")[1] if hit_line.count("…") else hit_line
            assert not inner[:1].isalpha() or inner.startswith(inner.split()[0])
        from klayman_tui.app.rendering import render_hit

        hit = app.results.hits[0]
        snippet = str(render_hit(hit, 20)).split("\n")[1]
        start = snippet.lstrip("…").split()[0]
        assert start in hit.text.split(), start  # a whole word, never "sentially,"


async def test_the_index_is_built_in_the_background_for_each_scope():
    """IndexReady: built after the first frame, and again for the paragraphs scope."""
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, 0.2)
        assert app.results.ready_scopes == {"quotes"}
        app.scope = "paragraphs"
        await settle(pilot, 0.2)
        assert app.results.ready_scopes == {"quotes", "paragraphs"}


def test_the_readme_lists_every_remappable_key_id():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    listed = re.search(r"\(ids: ([^;]+);", readme).group(1)
    ids = {i.strip() for i in listed.replace("\n", " ").split(",")}
    assert ids == {b.id for b in QuoteExplorer.BINDINGS if b.id}


async def test_results_say_how_many_have_every_word_and_list_the_rest_below():
    app = ui_app()
    async with app.run_test(size=SIZE) as pilot:
        await search_for(pilot, "islanders complain")
        note = result_note(app)
        every = app.results.hits.every_word
        assert f"{every} match" in note and "with some of the words" in note
        below = {hit.tier for hit in app.results.hits[every:]}
        assert "partial" in below and below <= {"context", "partial", "meaning"}


async def test_text_in_the_article_can_be_selected_with_the_mouse():
    app = ui_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("down", "enter", "end")  # scrolled: the lines below the top
        await settle(pilot)
        article = app.article
        row = next(y for y in range(article.size.height)
                   if "Traders on the island" in article.render_line(y).text)
        top = article.scrollable_content_region.y - article.region.y  # the border's row
        left = article.scrollable_content_region.x - article.region.x  # border and padding
        await pilot.mouse_down(article, offset=(left, top + row))
        await pilot.hover(article, offset=(left + 10, top + row + 1))
        await pilot.mouse_up(article, offset=(left + 10, top + row + 1))
        await settle(pilot)
        selected = app.screen.get_selected_text()
        assert selected.startswith("Traders on the island welcomed the news. “It is the")
        second = selected.splitlines()[1]  # the next wrapped line, up to the mouse
        assert len(second) >= 10 and article.render_line(row + 1).text.startswith(second)
