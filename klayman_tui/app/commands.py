"""The app's own commands in the command palette (Ctrl+P)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable, Iterator

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..corpus.citation_styles import STYLE_NAMES, STYLES
from ..wording import counted
from .collecting import FORMAT_NAMES
from .guard import guarded
from .rendering import title_of
from .settings import save_settings

if TYPE_CHECKING:
    from .main_app import QuoteExplorer

# Help strings are parsed as markup by the palette, so they never hold file text;
# names from the articles go only into the titles, as plain Content.
_Command = tuple[str, str, Callable[[], object]]


@guarded
def set_citation_style(app: QuoteExplorer, style: str) -> None:
    """Copies use ``style`` from now on, and in later runs."""
    app.settings.citation_style = style
    app.notify(f"Citation style: {STYLE_NAMES[style]}", markup=False, timeout=3)
    if problem := save_settings(app.settings):
        app.notify(problem, severity="warning", markup=False)


@guarded
def filter_by_speaker(app: QuoteExplorer, speaker: str) -> None:
    """Put ``speaker:name`` in the search bar and search."""
    app.search_panel.search_for(f'speaker:"{speaker}" ' if " " in speaker
                                else f"speaker:{speaker} ")


@guarded
def _export(app: QuoteExplorer, fmt: str) -> None:
    from .collecting import export_collection

    export_collection(app, fmt)


def _switch_scope(app: QuoteExplorer) -> None:
    app.scope = "paragraphs" if app.scope == "quotes" else "quotes"
    app.notify("Searching every paragraph." if app.scope == "paragraphs"
               else "Searching quotes only.", timeout=3)


class QuoteCommands(Provider):
    """Citation style, speaker filters, sources, search scope, copying."""

    def _commands(self) -> Iterator[_Command]:
        app: QuoteExplorer = self.app  # type: ignore[assignment]
        for style in STYLES:
            yield (f"Citation style: {STYLE_NAMES[style]}",
                   "Copies with c use this style; remembered between runs",
                   partial(set_citation_style, app, style))
        other = "all paragraphs" if app.scope == "quotes" else "quotes only"
        yield (f"Search scope: {other}", "Search quotes only, or every paragraph",
               partial(_switch_scope, app))
        yield ("Toggle source list", "Show or hide the list of sources (Ctrl+B)",
               app.action_toggle_sources)
        yield ("Copy quote with citation", "Same as c", partial(app.action_copy, False))
        yield ("Copy bare quote", "Same as C", partial(app.action_copy, True))
        for fmt, name in FORMAT_NAMES.items():
            yield (f"Export collection… as {name}",
                   f"The {counted(len(app.collection), 'starred quote')} to a file, and "
                   "copied",
                   partial(_export, app, fmt))
        for speaker, count in app.corpus.speaker_counts():
            yield (f"Filter by speaker: {speaker}", counted(count, "quote"),
                   partial(filter_by_speaker, app, speaker))
        for source in app.corpus.sources:
            title = title_of(source)
            yield (f"Switch source: {source.label} — {title}",
                   counted(source.quote_count, "quote"), partial(app.open_source, source))

    async def discover(self) -> Hits:
        for title, help_text, callback in list(self._commands())[:12]:
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), callback, text=title, help=help_text)
