"""The corpus model: sources, their paragraphs (blocks) and the quotes in them."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache


class Role(str, Enum):
    """What a paragraph is in its article."""

    HEADLINE = "headline"
    DEK = "dek"
    BYLINE = "byline"
    HEADING = "heading"
    QUESTION = "question"
    ANSWER = "answer"
    NARRATION = "narration"
    CAPTION = "caption"
    COMMENT = "comment"
    BOILERPLATE = "boilerplate"


# Roles that are page furniture or reader talk: shown dimmed, never quoted in an
# article speaker's name.
MUTED_ROLES = frozenset({Role.BOILERPLATE, Role.COMMENT})


class QuoteKind(str, Enum):
    DIRECT = "direct"
    ANSWER = "answer"
    QUESTION = "question"
    FRAGMENT = "fragment"
    PASSAGE = "passage"  # a paragraph of the article itself, cited to its author


def passage(block: "Block") -> "Quote":
    """A paragraph as a citable passage: the article's own words, credited to its
    author (else its outlet), never to a speaker."""
    source = block.source
    meta = source.metadata
    start = block.body_start if block.body_start is not None else block.start
    return Quote(number=0, source=source, speaker=meta.author or meta.outlet or source.label,
                 kind=QuoteKind.PASSAGE, paragraph=block.index, span_data=(start, block.end))


@dataclass(frozen=True, slots=True)
class Metadata:
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    kind: str | None = None
    interviewee: str | None = None
    interviewer: str | None = None
    subject: str | None = None
    url: str | None = None

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None


@lru_cache(maxsize=64)
def _decoded(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


@dataclass(eq=False, slots=True)
class Block:
    """One paragraph: the slice ``source.text[start:end]`` (a view, not a copy)."""

    source: "Source"
    index: int
    role: Role
    start: int
    end: int
    # For a labelled interview turn ("AK: …"): the label and where the words begin.
    label: str | None = None
    body_start: int | None = None

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]

    @property
    def body(self) -> str:
        start = self.start if self.body_start is None else self.body_start
        return self.source.text[start:self.end]


@dataclass(eq=False, slots=True)
class Quote:
    """Words a person said, exactly as the source prints them.

    ``spans`` are ``(start, end)`` offsets into ``source.text``, one per part; the
    text joins the parts with ``joins`` (`` … `` within a sentence split by a cue, a
    space between paragraphs of one running quotation).
    """

    number: int  # 1-based, in the source's reading order
    source: "Source"
    speaker: str
    kind: QuoteKind
    paragraph: int
    # Flat (start, end, start, end, …): one tuple per quote, not one per part.
    span_data: tuple[int, ...]
    joins: tuple[str, ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        data = self.span_data
        return tuple(zip(data[::2], data[1::2]))

    @property
    def id(self) -> str:
        return f"{self.source.id}#{self.number}"

    @property
    def text(self) -> str:
        text, data = self.source.text, self.span_data
        if not self.joins:
            return text[data[0]:data[1]]
        parts = [text[data[0]:data[1]]]
        for index, joint in enumerate(self.joins, start=1):
            parts += (joint, text[data[2 * index]:data[2 * index + 1]])
        return "".join(parts)

    @property
    def start(self) -> int:
        return self.span_data[0]

    @property
    def end(self) -> int:
        return self.span_data[-1]

    @property
    def block(self) -> Block:
        return self.source.blocks[self.paragraph]


class Source:
    """One article file. Once parsed its text is kept as UTF-8 and decoded on demand
    (a few recent articles stay decoded), so 100,000 quotes fit in little memory."""

    __slots__ = ("id", "path", "metadata", "encoding", "blocks", "quotes", "_text", "_data",
                 "_starts", "__weakref__")

    def __init__(self, id: str, path: str, text: str, metadata: Metadata,
                 encoding: str = "utf-8") -> None:
        self.id = id
        self.path = path
        self.metadata = metadata
        self.encoding = encoding
        self.blocks: list[Block] = []
        self.quotes: list[Quote] = []
        self._text: str | None = text
        self._data: bytes | None = None
        self._starts: list[int] | None = None  # block starts, for block_at

    @property
    def text(self) -> str:
        if self._text is not None:
            return self._text
        return _decoded(self._data)

    def compact(self) -> None:
        """Keep the text as UTF-8 bytes from now on."""
        if self._text is not None:
            self._data = self._text.encode("utf-8", "surrogatepass")
            self._text = None

    def __repr__(self) -> str:
        return f"Source({self.id!r})"

    @property
    def label(self) -> str:
        """A short name for lists: the outlet, else the title, else the id."""
        return self.metadata.outlet or self.metadata.title or self.id

    def block_at(self, offset: int) -> Block | None:
        """The paragraph holding ``offset`` (a binary search), or None."""
        if self._starts is None or len(self._starts) != len(self.blocks):
            self._starts = [block.start for block in self.blocks]
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < self.blocks[index].end:
            return self.blocks[index]
        return None
