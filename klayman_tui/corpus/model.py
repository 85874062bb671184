"""The corpus model: sources, their paragraphs (blocks) and the quotes in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


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


@dataclass(frozen=True)
class Metadata:
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    kind: str | None = None
    interviewee: str | None = None
    interviewer: str | None = None
    subject: str | None = None

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None


@dataclass(eq=False)
class Block:
    """One paragraph, as a slice ``source.text[start:end]``."""

    index: int
    role: Role
    start: int
    end: int
    text: str
    # For a labelled interview turn ("AK: …"): the label and where the words begin.
    label: str | None = None
    body_start: int | None = None

    @property
    def body(self) -> str:
        if self.body_start is None:
            return self.text
        return self.text[self.body_start - self.start:]


@dataclass(eq=False)
class Quote:
    """Words a person said, exactly as the source prints them.

    ``spans`` are ``(start, end)`` offsets into ``source.text``, one per part; a split
    quote's text joins its parts with `` … ``.
    """

    id: str
    source: "Source"
    speaker: str
    text: str
    kind: QuoteKind
    paragraph: int
    spans: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def block(self) -> Block:
        return self.source.blocks[self.paragraph]


@dataclass(eq=False)
class Source:
    """One article file."""

    id: str
    path: str
    text: str
    metadata: Metadata
    encoding: str = "utf-8"
    blocks: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @property
    def label(self) -> str:
        """A short name for lists: the outlet, else the title, else the id."""
        return self.metadata.outlet or self.metadata.title or self.id

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None
