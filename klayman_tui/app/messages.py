"""Messages background work posts to the app (typed, not callbacks)."""

from __future__ import annotations

from textual.message import Message

from ..corpus import Corpus


class LoadProgress(Message):
    """``done`` of ``total`` files parsed."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class SourcesArrived(Message):
    """More articles are parsed (the whole corpus comes later, with CorpusReady)."""

    def __init__(self, sources: list) -> None:
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
