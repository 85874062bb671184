"""The app's own commands in the command palette (Ctrl+P): each posts the app a
message saying what was chosen, or runs one of its actions."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable, Iterator

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.message import Message

from ..corpus.cite.styles import CITATION_STYLES
from ..corpus.cite.titles import listed_title
from ..output_formats import EXPORTS
from ..wording import counted
from .messages import ExportChosen, ScopeChosen, SourceChosen, SpeakerChosen, StyleChosen

if TYPE_CHECKING:
    from .main_app import QuoteExplorer

# Help strings are parsed as markup by the palette, so they never hold file text;
# names from the articles go only into the titles, as plain Content.
_Command = tuple[str, str, Callable[[], object]]


class QuoteCommands(Provider):
    """Citation style, speaker filters, sources, search scope, copying, export."""

    def _commands(self) -> Iterator[_Command]:
        app: QuoteExplorer = self.app  # type: ignore[assignment]
        post = self._posting
        for style in CITATION_STYLES:
            yield (f"Citation style: {style.display}",
                   "Copies with c use this style; remembered between runs",
                   post(StyleChosen, style))
        other = "paragraphs" if app.scope == "quotes" else "quotes"
        yield (f"Search scope: {'all paragraphs' if other == 'paragraphs' else 'quotes only'}",
               "Search quotes only, or every paragraph", post(ScopeChosen, other))
        yield ("Toggle source list", "Show or hide the list of sources (Ctrl+B)",
               app.action_toggle_sources)
        yield ("Copy quote with citation", "Same as c", partial(app.action_copy, False))
        yield ("Copy bare quote", "Same as C", partial(app.action_copy, True))
        for fmt in EXPORTS:
            yield (f"Export collection… as {fmt.display}",
                   f"The {counted(len(app.collection), 'starred quote')} to a file, and "
                   "copied", post(ExportChosen, fmt))
        for speaker, count in app.corpus.speaker_counts():
            yield (f"Filter by speaker: {speaker}", counted(count, "quote"),
                   post(SpeakerChosen, speaker))
        for source in app.corpus.sources:
            # The outlet, else the file: two untitled or same-titled texts are told apart.
            yield (f"Switch source: {source.metadata.outlet or source.id} — "
                   f"{listed_title(source)}",
                   counted(source.quote_count, "quote"), post(SourceChosen, source))

    def _posting(self, message: type[Message], *args: object) -> Callable[[], object]:
        """A callback posting the app ``message(*args)`` (made when it is chosen)."""
        return lambda: self.app.post_message(message(*args))

    async def discover(self) -> Hits:
        for title, help_text, callback in list(self._commands())[:12]:
            yield DiscoveryHit(Content(title), callback, text=title, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), callback, text=title, help=help_text)
