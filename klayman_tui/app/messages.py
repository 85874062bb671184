"""Messages posted to the app (typed, not callbacks): by background work, and by the
command palette's commands.

Plain classes rather than dataclasses: making ten dataclasses at import took 1-2 ms
of every start-up (benchmarks/startup.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # loaded with the palette, not at start-up
    from ..corpus import Corpus, Source
    from ..corpus.cite.styles import CitationStyle
    from ..output_formats import OutputFormat


class LoadProgress(Message):
    """``done`` of ``total`` files parsed."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class SourcesArrived(Message):
    """More articles are parsed (the whole corpus comes later, with CorpusReady)."""

    def __init__(self, sources: list[Source]) -> None:
        super().__init__()
        self.sources = sources


class CorpusReady(Message):
    """Every file is parsed: here is the corpus."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus


class LoadFailed(Message):
    """Nothing could be read; ``reason`` is one line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class CopyDelivered(Message):
    """The copy reached the places it could; ``summary`` says which, and
    ``fallback`` is text to send by OSC 52 because tmux could not take it."""

    def __init__(self, summary: str, severity: str, fallback: str | None = None) -> None:
        super().__init__()
        self.summary = summary
        self.severity = severity
        self.fallback = fallback


# -- the command palette's choices, routed by the app ------------------------------------


class StyleChosen(Message):
    """Copy with this citation style from now on."""

    def __init__(self, style: CitationStyle) -> None:
        super().__init__()
        self.style = style


class ExportChosen(Message):
    """Export the collection in this format."""

    def __init__(self, format: OutputFormat) -> None:  # noqa: A002 - the field's name
        super().__init__()
        self.format = format


class SpeakerChosen(Message):
    """Search this speaker's quotes."""

    def __init__(self, speaker: str) -> None:
        super().__init__()
        self.speaker = speaker


class SourceChosen(Message):
    """Open this source."""

    def __init__(self, source: Source) -> None:
        super().__init__()
        self.source = source


class ScopeChosen(Message):
    """Search ``"quotes"`` or every paragraph (``"paragraphs"``)."""

    def __init__(self, scope: str) -> None:
        super().__init__()
        self.scope = scope
