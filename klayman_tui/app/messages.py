"""Messages posted to the app (typed, not callbacks): by background work, and by the
command palette's commands."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from ..corpus import Corpus, Source

if TYPE_CHECKING:  # loaded with the palette, not at start-up
    from ..corpus.cite.styles import CitationStyle
    from ..output_formats import OutputFormat


@dataclass
class LoadProgress(Message):
    """``done`` of ``total`` files parsed."""

    done: int
    total: int


@dataclass
class SourcesArrived(Message):
    """More articles are parsed (the whole corpus comes later, with CorpusReady)."""

    sources: list[Source]


@dataclass
class CorpusReady(Message):
    """Every file is parsed: here is the corpus."""

    corpus: Corpus


@dataclass
class LoadFailed(Message):
    """Nothing could be read; ``reason`` is one line for the user."""

    reason: str


@dataclass
class CopyDelivered(Message):
    """The copy reached the places it could; ``summary`` says which, and
    ``fallback`` is text to send by OSC 52 because tmux could not take it."""

    summary: str
    severity: str
    fallback: str | None = None


# -- the command palette's choices, routed by the app ------------------------------------


@dataclass
class StyleChosen(Message):
    """Copy with this citation style from now on."""

    style: CitationStyle


@dataclass
class ExportChosen(Message):
    """Export the collection in this format."""

    format: OutputFormat


@dataclass
class SpeakerChosen(Message):
    """Search this speaker's quotes."""

    speaker: str


@dataclass
class SourceChosen(Message):
    """Open this source."""

    source: Source


@dataclass
class ScopeChosen(Message):
    """Search ``"quotes"`` or every paragraph (``"paragraphs"``)."""

    scope: str
