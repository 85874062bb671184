"""The corpus model: sources, their paragraphs (blocks) and the quotes in them.

The classes are written out rather than made by ``dataclass``: the app imports this
module before its first paint, and generating these classes took 3 ms of it."""

from __future__ import annotations

from array import array
from bisect import bisect_right
from enum import Enum
from functools import lru_cache
from typing import NamedTuple


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


# The speaker of a quote nobody can be found for: a wrong name is worse than none.
UNKNOWN_SPEAKER = "Unknown"
# Confidence under which a speaker is shown as uncertain (the decision's own threshold
# for giving a name at all is in extract/decide.py).
UNCERTAIN_BELOW = 0.6


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


class Summary:
    """What a list needs of a source before its quotes are read."""

    __slots__ = ("quote_count", "_speakers")

    def __init__(self, quote_count: int, speakers: dict[str, int]) -> None:
        self.quote_count = quote_count
        # Name, count, name, count…: a tuple, not a dict, while 20,000 sources wait to
        # be read (2 MB less, and fewer holes once they are).
        self.speakers = speakers

    @property
    def speakers(self) -> dict[str, int]:
        """Quotes per speaker."""
        pairs = self._speakers
        return dict(zip(pairs[::2], pairs[1::2]))

    @speakers.setter
    def speakers(self, value: dict[str, int]) -> None:
        self._speakers = tuple(x for pair in value.items() for x in pair)


class Author(NamedTuple):
    """One author: a person (``family`` and ``given`` names, and a ``suffix`` such as
    "Jr." or "III") or an organisation (``literal``, never inverted: "Associated
    Press")."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None
    suffix: str | None = None

    @property
    def name(self) -> str:
        """As a byline prints it: "Mary Clare Jalonick", "Martin Luther King Jr.",
        "Associated Press" (no comma before "Jr.", as the guides write a name in
        running text)."""
        if self.literal:
            return self.literal
        return " ".join(p for p in (self.given, self.family, self.suffix) if p)

    @property
    def organisation(self) -> bool:
        return bool(self.literal)

    @property
    def surname(self) -> str:
        """What an in-text citation names: the family name, or the organisation."""
        return self.literal or self.family or self.given or ""


def names_in_prose(names: list[str]) -> str:
    """"A", "A and B", "A, B, and C" (the serial comma, as Chicago and MLA write it)."""
    if len(names) < 3:
        return " and ".join(names)
    return f"{', '.join(names[:-1])}, and {names[-1]}"


class Metadata(NamedTuple):
    """What is known of an article; immutable (``_replace`` makes a changed copy).
    ``authors``: the people and organisations of its byline, in order; ``author`` is
    them as one line of prose."""

    outlet: str | None = None
    title: str | None = None
    authors: tuple[Author, ...] = ()
    date: str | None = None
    kind: str | None = None
    interviewee: str | None = None
    interviewer: str | None = None
    subject: str | None = None
    url: str | None = None
    # "printed" (a reader sees it), "inferred" (worked out, not printed) or "file" (from
    # the file's own metadata: a page's JSON-LD or meta tags, not shown to a reader).
    date_source: str | None = None

    @property
    def author(self) -> str | None:
        """The authors as one line: "Lisa Mascaro, Mary Clare Jalonick, and Eric Tucker"."""
        return names_in_prose([a.name for a in self.authors]) or None

    @property
    def date_inferred(self) -> bool:
        """The date was worked out (from the film's release, say), not printed."""
        return self.date_source == "inferred"

    @property
    def shown_date(self) -> str | None:
        """The date as lists show it: in square brackets when inferred, not printed."""
        return f"[{self.date}]" if self.date and self.date_inferred else self.date

    @property
    def year(self) -> str | None:
        return self.date[:4] if self.date else None


METADATA_FIELDS = Metadata._fields  # in order: sidecars and cache rows go by it


@lru_cache(maxsize=64)
def _decoded(data: bytes) -> str:
    return data.decode("utf-8", "surrogatepass")


class Block:
    """One paragraph: the slice ``source.text[start:end]`` (a view, not a copy).
    For a labelled interview turn ("AK: …"): ``label``, and where the words begin,
    ``body_start``.

    While its article is parsed a source keeps its blocks as a list; once compacted it
    keeps only their bounds, roles and labels (arrays and a byte string: a few bytes a
    paragraph rather than a 90-byte object, 21 MB less at 260,000 paragraphs), and
    makes a block each time one is asked for. So two blocks are equal when they are
    the same paragraph of the same source, not only when they are the same object."""

    __slots__ = ("source", "index", "role", "start", "end", "label", "body_start")

    def __init__(self, source: Source, index: int, role: Role, start: int, end: int,
                 label: str | None = None, body_start: int | None = None) -> None:
        self.source, self.index, self.role = source, index, role
        self.start, self.end, self.label, self.body_start = start, end, label, body_start

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Block):
            return NotImplemented
        return other.source is self.source and other.index == self.index

    def __hash__(self) -> int:
        return hash((id(self.source), self.index))

    def __repr__(self) -> str:
        return (f"Block(source={self.source!r}, index={self.index}, role={self.role}, "
                f"start={self.start}, end={self.end})")

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]

    @property
    def body(self) -> str:
        start = self.start if self.body_start is None else self.body_start
        return self.source.text[start:self.end]


_ROLES = tuple(Role)  # a compacted paragraph's role is its number here
_ROLE_NUMBERS = {role: number for number, role in enumerate(_ROLES)}


_UNMARKED = (None, None)


def _made_block(source: Source, bounds: array, roles: bytes,
                marks: dict[int, tuple[str | None, int | None]] | None, index: int) -> Block:
    role = _ROLES[roles[index]]  # IndexError past the end, as a list's
    label, body_start = marks.get(index, _UNMARKED) if marks else _UNMARKED
    return Block(source, index, role, bounds[2 * index], bounds[2 * index + 1], label,
                 body_start)


class Paragraphs:
    """A compacted source's blocks, made as they are read (see Block). It holds the
    arrays the source had when it was made, as a list would its blocks."""

    __slots__ = ("_source", "_bounds", "_roles", "_marks")

    def __init__(self, source: Source) -> None:
        self._source = source
        self._bounds, self._roles, self._marks = source._bounds, source._roles, source._marks

    def __len__(self) -> int:
        return len(self._roles)

    def __getitem__(self, index):
        roles = self._roles
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(roles)))]
        if index < 0:
            index += len(roles)
        return _made_block(self._source, self._bounds, roles, self._marks, index)

    def __iter__(self):
        for index in range(len(self._roles)):
            yield self[index]

    def __repr__(self) -> str:
        return f"Paragraphs({self._source!r}, {len(self)})"


class Quote:
    """Words a person said, exactly as the source prints them.

    ``number`` is 1-based, in the source's reading order. ``spans`` are ``(start,
    end)`` offsets into ``source.text``, one per part, kept flat in ``span_data``
    (start, end, start, end, …); the text joins the parts with ``joins`` (`` … ``
    within a sentence split by a cue, a space between paragraphs of one running
    quotation).

    The evidence for the speaker: ``cue`` holds the spans of the cue words (``said Tony
    Blair``, ``he told reporters``) and, after them, where a pronoun's or a continued
    speaker's person is named (flat, like ``span_data``); ``rule`` names the frame or
    rule that decided; ``confidence`` is from 0 to 1.

    Both are kept as machine integers, not as tuples of int objects: while the
    article is parsed in one array of the quote's own (``_offsets``: the spans, then
    the cue, ``_cut`` apart), and once its source is compacted in the source's one
    array for all its quotes (``_offsets`` is then where the quote's values begin
    there, after their count): at 100,000 quotes 13 MB less for the first, 8 MB for
    the second. ``span_data`` and ``cue`` give them back as tuples.
    """

    __slots__ = ("number", "source", "speaker", "kind", "paragraph", "_offsets", "_cut",
                 "joins", "rule", "confidence")

    def __init__(self, number: int, source: Source, speaker: str, kind: QuoteKind,
                 paragraph: int, span_data: tuple[int, ...],
                 joins: tuple[str, ...] = (), cue: tuple[int, ...] = (), rule: str = "",
                 confidence: float = 1.0) -> None:
        self.number, self.source, self.speaker, self.kind = number, source, speaker, kind
        self.paragraph, self.joins = paragraph, joins
        self._offsets, self._cut = array("i", (*span_data, *cue)), len(span_data)
        self.rule, self.confidence = rule, confidence

    def _where(self) -> tuple[array, int]:
        """The array holding this quote's spans and cue, and where they begin in it."""
        own = self._offsets
        if type(own) is int:
            return self.source._spans, own + 1
        return own, 0

    @property
    def _values(self) -> array:
        """This quote's spans, then its cue, as one array of its own."""
        own = self._offsets
        if type(own) is int:
            data = self.source._spans
            return data[own + 1:own + 1 + data[own]]
        return own

    @property
    def span_data(self) -> tuple[int, ...]:
        data, base = self._where()
        return tuple(data[base:base + self._cut])

    @property
    def cue(self) -> tuple[int, ...]:
        values = self._values
        return tuple(values[self._cut:])

    @cue.setter
    def cue(self, value: tuple[int, ...]) -> None:
        self._offsets = array("i", (*self._values[:self._cut], *value))

    @property
    def cue_spans(self) -> tuple[tuple[int, int], ...]:
        values, cut = self._values, self._cut
        return tuple(zip(values[cut::2], values[cut + 1::2]))

    @property
    def uncertain(self) -> bool:
        """A speaker given with little confidence: shown as such, never hidden."""
        return self.confidence < UNCERTAIN_BELOW

    def __repr__(self) -> str:
        return (f"Quote(number={self.number}, source={self.source!r}, "
                f"speaker={self.speaker!r}, kind={self.kind}, span_data={self.span_data})")

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        data, base = self._where()
        end = base + self._cut
        return tuple(zip(data[base:end:2], data[base + 1:end:2]))

    @property
    def id(self) -> str:
        return f"{self.source.id}#{self.number}"

    @property
    def text(self) -> str:
        source = self.source
        text, own = source.text, self._offsets
        data, base = (source._spans, own + 1) if type(own) is int else (own, 0)
        if not self.joins:
            return text[data[base]:data[base + 1]]
        parts = [text[data[base]:data[base + 1]]]
        for index, joint in enumerate(self.joins, start=1):
            at = base + 2 * index
            parts += (joint, text[data[at]:data[at + 1]])
        return "".join(parts)

    @property
    def start(self) -> int:
        own = self._offsets
        return self.source._spans[own + 1] if type(own) is int else own[0]

    @property
    def end(self) -> int:
        own = self._offsets
        return (self.source._spans[own + self._cut] if type(own) is int
                else own[self._cut - 1])

    @property
    def block(self) -> Block:
        return self.source.paragraph(self.paragraph)


class Source:
    """One article file. Once parsed its text is kept as UTF-8 and decoded on demand
    (a few recent articles stay decoded), so 100,000 quotes fit in little memory.

    A source served from the parse cache can start as its summary alone (metadata,
    quote count, speakers): its text, paragraphs and quotes are read from the cache
    the first time anything asks for them, so a folder of 30,000 lists at once."""

    __slots__ = ("id", "path", "metadata", "encoding", "_blocks", "_quotes", "_text",
                 "_data", "_starts", "_bounds", "_roles", "_marks", "_spans", "_loader",
                 "summary",
                 "__weakref__")

    def __init__(self, id: str, path: str, text: str, metadata: Metadata,
                 encoding: str = "utf-8") -> None:
        self.id = id
        self.path = path
        self.metadata = metadata
        self.encoding = encoding
        self._blocks: list[Block] | None = []  # None once compacted
        self._quotes: list[Quote] = []
        self._text: str | None = text
        self._data: bytes | None = None
        self._starts: array | None = None  # block starts, for block_at
        # Once compacted: each block's start and end, its role's number, and the
        # label and body start of those that have them.
        self._bounds: array | None = None
        self._roles: bytes | None = None
        self._marks: dict[int, tuple[str | None, int | None]] | None = None
        self._spans: array | None = None  # the quotes' offsets, once compacted (Quote)
        self._loader = None  # reads the rest from the cache, once
        self.summary: Summary | None = None

    @classmethod
    def deferred(cls, id: str, path: str, metadata: Metadata, encoding: str,
                 summary: Summary, loader) -> Source:
        """A source whose text, paragraphs and quotes ``loader(source)`` fills in
        when they are first needed."""
        source = cls(id, path, "", metadata, encoding)
        source._blocks, source._quotes = None, ()  # set when read: no lists till then
        source.summary = summary
        source._loader = loader
        return source

    def _load(self) -> None:
        loader, self._loader = self._loader, None
        loader(self)
        self.summary = None  # its quotes say it now (1.5 MB per 1,000 files less)

    @property
    def loaded(self) -> bool:
        return self._loader is None

    @property
    def blocks(self) -> list[Block] | Paragraphs:
        """The paragraphs, in order: a list while parsed, then read from the compact
        form (equal blocks, not the same objects, each time)."""
        if self._loader is not None:
            self._load()
        blocks = self._blocks
        return Paragraphs(self) if blocks is None else blocks

    def paragraph(self, index: int) -> Block:
        """``blocks[index]``, without making a sequence to index."""
        if self._loader is not None:
            self._load()
        blocks = self._blocks
        if blocks is not None:
            return blocks[index]
        if index < 0:
            index += len(self._roles)
        return _made_block(self, self._bounds, self._roles, self._marks, index)

    @blocks.setter
    def blocks(self, value: list[Block]) -> None:
        self._blocks, self._starts = value, None
        self._bounds = self._roles = self._marks = None

    @property
    def quotes(self) -> list[Quote]:
        if self._loader is not None:
            self._load()
        return self._quotes

    @quotes.setter
    def quotes(self, value: list[Quote]) -> None:
        self._quotes = value

    @property
    def quote_count(self) -> int:
        """How many quotes, without reading a deferred source."""
        if self._loader is not None and self.summary is not None:
            return self.summary.quote_count
        return len(self.quotes)

    def speaker_counts(self) -> dict[str, int]:
        """Quotes per speaker, without reading a deferred source."""
        if self._loader is not None and self.summary is not None:
            return self.summary.speakers
        counts: dict[str, int] = {}
        for quote in self.quotes:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
        return counts

    @property
    def text(self) -> str:
        if self._loader is not None:
            self._load()
        if self._text is not None:
            return self._text
        return _decoded(self._data)

    def set_content(self, text: str, blocks, quotes: list[Quote]) -> None:
        """Give a deferred source its text, paragraphs (blocks, or ``(role, start,
        end, label, body_start)`` rows) and quotes, kept compact."""
        self._text, self._data, self._starts = text, None, None
        self._blocks = None
        self._pack((b.role, b.start, b.end, b.label, b.body_start)
                   if isinstance(b, Block) else b for b in blocks)
        for quote in quotes:
            quote._offsets = quote._values  # its own again: it leaves its source's array
            quote.source = self
        self._quotes = quotes
        self.compact()

    def _pack(self, paragraphs) -> None:
        bounds, roles, marks = array("i"), bytearray(), {}
        numbers = _ROLE_NUMBERS
        for index, (role, start, end, label, body_start) in enumerate(paragraphs):
            bounds += array("i", (start, end))
            roles.append(numbers[role])
            if label is not None or body_start is not None:
                marks[index] = (label, body_start)
        self._bounds, self._roles, self._marks = bounds, bytes(roles), marks or None

    def compact(self) -> None:
        """Keep the text as UTF-8 bytes, and the paragraphs as arrays, from now on."""
        if self._text is not None:
            self._data = self._text.encode("utf-8", "surrogatepass")
            self._text = None
        self._starts = None
        blocks = self._blocks
        if blocks is not None and all(block.index == index and block.source is self
                                      for index, block in enumerate(blocks)):
            self._pack((b.role, b.start, b.end, b.label, b.body_start) for b in blocks)
            self._blocks = None
        self._pack_quotes()

    def _pack_quotes(self) -> None:
        """The quotes' offsets into the source's one array (each quote's count, then
        its values). The array only grows: a quote packed before, since dropped from
        the list but still held elsewhere, keeps reading its own values."""
        spans = self._spans if self._spans is not None else array("i")
        for quote in self._quotes:
            own = quote._offsets
            if quote.source is self and type(own) is not int:
                quote._offsets = len(spans)
                spans.append(len(own))
                spans += own
        self._spans = spans

    def share_values(self, shared: dict) -> None:
        """Give the quotes' recurring values (speakers' names, rules, rounded
        confidences) as one object each across the corpus: ``shared`` maps a value to
        its one object. A source parsed in another process comes back with its own
        copies (at 100,000 quotes, 60,000 strings for 400 names and 100,000 floats)."""
        for quote in self._quotes:
            quote.speaker = shared.setdefault(quote.speaker, quote.speaker)
            quote.rule = shared.setdefault(quote.rule, quote.rule)
            quote.confidence = shared.setdefault(quote.confidence, quote.confidence)

    def __repr__(self) -> str:
        return f"Source({self.id!r})"

    @property
    def label(self) -> str:
        """A short name for lists: the outlet, else the title, else the id."""
        return self.metadata.outlet or self.metadata.title or self.id

    def block_at(self, offset: int) -> Block | None:
        """The paragraph holding ``offset`` (a binary search), or None."""
        blocks = self.blocks
        if self._blocks is None:
            index = bisect_right(self._bounds[::2], offset) - 1
            if index >= 0 and offset < self._bounds[2 * index + 1]:
                return blocks[index]
            return None
        if self._starts is None or len(self._starts) != len(blocks):
            self._starts = array("i", [block.start for block in blocks])
        index = bisect_right(self._starts, offset) - 1
        if index >= 0 and offset < blocks[index].end:
            return blocks[index]
        return None
