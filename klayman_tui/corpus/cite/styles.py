"""The citation styles, one record each, kept apart from the formatters so that the
app can list and check them without loading citation.py: the palette, help, the
settings and `--style` all read ``CITATION_STYLES``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Quote


@dataclass(frozen=True)
class CitationStyle:
    name: str  # what settings.json and --style say
    display: str  # what the palette, help and the toasts say
    formatter: str  # its function in citation.py: (quote, words, aliases) → the text

    def format(self, quote: Quote, words: str, aliases=None) -> str:
        from . import citation  # loaded with the first copy

        return getattr(citation, self.formatter)(quote, words, aliases)


CITATION_STYLES = (
    CitationStyle("plain", "Plain", "plain_citation"),
    CitationStyle("markdown", "Markdown", "markdown_citation"),
    CitationStyle("mla", "MLA", "mla_citation"),
    CitationStyle("apa", "APA", "apa_citation"),
    CitationStyle("chicago", "Chicago", "chicago_citation"),
)
STYLES = tuple(style.name for style in CITATION_STYLES)


def style_named(name: str) -> CitationStyle:
    """The style called ``name``; an unknown one is an error, never plain."""
    found = next((style for style in CITATION_STYLES if style.name == name), None)
    if found is None:
        raise ValueError(f"unknown citation style {name!r} (one of {', '.join(STYLES)})")
    return found
