"""Helpers for driving the app with Pilot and reading what is on screen."""

import html
import re

import klayman_tui
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.settings import Settings

_TEXT_RE = re.compile(r"<text[^>]*>(.*?)</text>", re.S)


def screen_text(app) -> str:
    """Every character on screen, in order (from the SVG screenshot)."""
    svg = app.export_screenshot()
    return html.unescape("".join(_TEXT_RE.findall(svg))).replace("\xa0", " ")


def make_app(paths=None, style="plain", keys=None) -> QuoteExplorer:
    corpus = klayman_tui.load(paths)
    return QuoteExplorer(corpus, Settings(citation_style=style, keys=keys or {}))


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
