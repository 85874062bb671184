"""The source list for a big folder: grouped by sub-folder with counts,
folding, filtering as you type, titles once, "1 quote", and publication dates only."""

from app_helpers import screen_text, settle

import klayman_tui
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import Settings
from klayman_tui.app.widgets.source_list import GROUP

STORY = 'Story {n}: {topic}\n\nBy Ann Lee\n\n"Quoted words number {n} here," said Ms Lee.\n'


def write_folder(root):
    for folder, topic, count in (("business", "markets", 3), ("sport", "football", 2)):
        (root / folder).mkdir()
        for n in range(count):
            (root / folder / f"{topic}{n}.txt").write_text(
                STORY.format(n=n, topic=topic.title()), encoding="utf-8")
    return root


def rows(app) -> list[str]:
    return [o.id for o in app.source_list.options]


async def test_sources_are_grouped_by_sub_folder_with_counts_and_fold(tmp_path):
    app = QuoteExplorer(klayman_tui.load([write_folder(tmp_path)]), Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        prompts = [str(o.prompt) for o in app.source_list.options]
        assert "▾ business/  3 articles, 3 quotes" in prompts
        assert "▾ sport/  2 articles, 2 quotes" in prompts
        assert rows(app)[:3] == ["__collected__", "__all__", f"{GROUP}business"]
        app.source_list.highlighted = 2
        await pilot.press("enter")  # folds business
        await settle(pilot)
        assert not any(r.startswith("business/") for r in rows(app))
        assert "▸ business/" in screen_text(app)
        await pilot.press("enter")  # and unfolds it
        await settle(pilot)
        assert "business/markets0" in rows(app)


async def test_typing_after_f_filters_the_sources(tmp_path):
    app = QuoteExplorer(klayman_tui.load([write_folder(tmp_path)]), Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"footb", "a", "l", "l", "1")
        await settle(pilot)
        assert [r for r in rows(app) if not r.startswith(("__", GROUP))] == ["sport/football1"]
        assert "Sources — football1" in screen_text(app)
        assert not app.clipboard  # the c of "football" typed, nothing copied
        await pilot.press("escape")
        await settle(pilot)
        assert len([r for r in rows(app) if not r.startswith(("__", GROUP))]) == 5


async def test_the_filter_ignores_accents_and_curly_quotes_as_search_does(tmp_path):
    """Typing "cafe" after f did not find "Café society", nor "its" the title "It’s
    over" (QA): the filter folds what it reads as search does."""
    (tmp_path / "a.txt").write_text("Café society\n\nText.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("It\u2019s over\n\nText.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Harbour plan\n\nText.\n", encoding="utf-8")
    app = QuoteExplorer(klayman_tui.load([tmp_path]), Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"cafe")
        await settle(pilot)
        assert [r for r in rows(app) if not r.startswith(("__", GROUP))] == ["a"]
        await pilot.press("escape", "f", *"it's")
        await settle(pilot)
        assert [r for r in rows(app) if not r.startswith(("__", GROUP))] == ["b"]


async def test_enter_opens_the_first_match_and_esc_clears_the_filter_after(tmp_path):
    """After f and a few letters, Enter opens the first match (the filter stays), and a
    later Esc clears the filter rather than leave the list."""
    app = QuoteExplorer(klayman_tui.load([write_folder(tmp_path)]), Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"football1", "enter")
        await settle(pilot)
        assert "Story 1: Football" in app.article.border_title
        app.source_list.focus()
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert len([r for r in rows(app) if not r.startswith(("__", GROUP))]) == 5
        assert app.focused is app.source_list


async def test_titles_once_one_quote_and_the_first_of_many_in_the_overview(tmp_path):
    for n in range(250):
        (tmp_path / f"s{n:03d}.txt").write_text(STORY.format(n=n, topic="Rain"),
                                                encoding="utf-8")
    app = QuoteExplorer(klayman_tui.load([tmp_path]), Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "1 quote" in text and "1 quotes" not in text
        assert text.count("Story 0: Rain") == 2  # once in the list, once in the overview
        assert "All sources — 250 articles, 250 quotes" in text
        overview = str(app.overview.query_one(".overview").render())
        assert "… and 50 more" in overview and "Story 249" not in overview


def test_a_date_in_the_body_is_not_the_publication_date(tmp_path):
    (tmp_path / "report.txt").write_text(
        "Profits rise at the bank\n\nThe bank reported its results for the year to "
        "2004-12-31 on Monday, saying trade had been strong.\n\n"
        '"We are pleased," said Ms Lee.\n', encoding="utf-8")
    (tmp_path / "dated.txt").write_text(
        "Profits rise at the bank\n\n2005-02-14\n\n"
        '"We are pleased," said Ms Lee.\n', encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert corpus.source("report").metadata.date is None
    assert corpus.source("dated").metadata.date == "2005-02-14"


async def test_counts_are_singular_or_plural_everywhere_a_user_reads_them(tmp_path):
    """"2 matchs" in the filter's title, "1 quotes" in the reader's title and the
    palette: each count is "1 quote", "2 matches"."""
    app = QuoteExplorer(klayman_tui.load([write_folder(tmp_path)]), Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f", *"markets")
        await settle(pilot)
        assert str(app.source_list.border_title).endswith("(3 matches)")
        await pilot.press("1")  # "markets1": one
        await settle(pilot)
        assert str(app.source_list.border_title).endswith("(1 match)")
        await pilot.press("escape", "enter")
        await settle(pilot)
        app.open_source(app.corpus.sources[0])
        await settle(pilot)
        assert str(app.article.border_title).endswith("· 1 quote")
        from klayman_tui.app.commands import QuoteCommands

        helps = [help_text for _, help_text, _ in QuoteCommands(app.screen)._commands()]
        assert "1 quote" in helps and "1 quotes" not in helps


async def test_an_article_with_no_title_is_listed_by_what_the_citation_calls_it():
    """The Epoch Times article has no headline: it was listed under its file id."""
    from conftest import EPOCH

    from klayman_tui.corpus.cite.titles import listed_title

    corpus = klayman_tui.load()
    app = QuoteExplorer(corpus, Settings())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Profile of Alison Klayman" in text and EPOCH not in text
    assert listed_title(corpus.source(EPOCH)) == "Profile of Alison Klayman"
