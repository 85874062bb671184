"""Helpers for driving the app with Pilot and reading what is on screen."""

import html
import re
from pathlib import Path

import klayman_tui
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import Settings

_TEXT_RE = re.compile(r"<text[^>]*>(.*?)</text>", re.S)

# The app's tests drive it on these few small articles of their own, so what they
# assert changes only when the app does (not when extraction improves on the bundled
# articles, which the extraction, search and citation tests assert on).
UI_CORPUS = Path(__file__).resolve().parent / "fixtures" / "ui_corpus"
FERRY, HARBOUR, KILN = "ferry", "harbour", "kiln"  # in the source list's order


def screen_text(app) -> str:
    """Every character on screen, in order (from the SVG screenshot)."""
    svg = app.export_screenshot()
    return html.unescape("".join(_TEXT_RE.findall(svg))).replace("\xa0", " ")


def make_app(paths=None, style="plain", keys=None) -> QuoteExplorer:
    """The app on ``paths`` (the bundled articles when None), with its collection."""
    corpus = klayman_tui.load(paths)
    return QuoteExplorer(corpus, Settings(citation_style=style, keys=keys or {}),
                         collection_paths=[str(p) for p in paths] if paths else None)


def ui_app(style="plain", keys=None) -> QuoteExplorer:
    """The app on the tests' own articles (UI_CORPUS)."""
    return make_app([UI_CORPUS], style, keys)


def article_on_screen(app) -> str:
    """The words in the article view's lines on screen now, lines joined by a space."""
    article = app.article
    lines = [article.render_line(y).text for y in range(article.scrollable_content_region.height)]
    return " ".join(" ".join(lines).split())


def article_text(app) -> str:
    """Every paragraph of the article in the reader, as drawn (on screen or not); ""
    when the reader shows no article."""
    article = app.article
    if article.source is None:
        return ""
    return "\n".join(str(article.paragraph_content(i)) for i in range(len(article.source.blocks)))


async def settle(pilot, delay=0.05):
    """Let workers post back and the screen refresh."""
    from textual.worker import WorkerCancelled

    await pilot.pause(delay)
    try:
        await pilot.app.workers.wait_for_complete()
    except WorkerCancelled:  # superseded by a newer one (a newer search, more articles)
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def type_text(pilot, text):
    await pilot.press(*[{" ": "space"}.get(c, c) for c in text])


async def search_for(pilot, text):
    """/, the query typed key by key, and the results on screen."""
    await pilot.press("slash")
    await type_text(pilot, text)
    await settle(pilot)


async def run_command(pilot, text):
    """Ctrl+P, ``text`` typed into the palette, Enter on the command it finds."""
    await pilot.press("ctrl+p")
    await type_text(pilot, text)
    await settle(pilot, 0.3)
    await pilot.press("enter")
    await settle(pilot)


def result_note(app) -> str:
    """The result list's first line: how many matched, and how."""
    return str(app.results.get_option_at_index(0).prompt)


def toasts(app) -> list[str]:
    """The text of every notification on screen."""
    return [str(toast.render()) for toast in app.screen.query("Toast")]
