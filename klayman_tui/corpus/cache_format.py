"""A parsed corpus as plain JSON data, and back, for the parse cache.

Reading checks every value's type and bounds and passes every string through the
neutralising step, so a cache file written by anyone else can only fail to load
(raising ValueError, TypeError, KeyError or IndexError), never inject anything.
"""

from __future__ import annotations

import json

from .model import Block, Metadata, Quote, QuoteKind, Role, Source
from .neutralise import neutral, neutral_line

_METADATA_FIELDS = ("outlet", "title", "author", "date", "kind", "interviewee",
                    "interviewer", "subject", "url")


def _source_state(source: Source) -> dict:
    meta = source.metadata
    return {
        "id": source.id, "path": source.path, "encoding": source.encoding,
        "text": source.text,
        "metadata": [getattr(meta, name) for name in _METADATA_FIELDS],
        "blocks": [[b.role.value, b.start, b.end, b.label, b.body_start]
                   for b in source.blocks],
        "quotes": [[q.number, q.speaker, q.kind.value, q.paragraph, list(q.span_data),
                    list(q.joins)] for q in source.quotes],
    }


def _string(value, line: bool = True) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return neutral_line(value) if line else neutral(value)


def _optional(value) -> str | None:
    return None if value is None else _string(value)


def _offset(value, limit: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
        raise ValueError("offset out of range")
    return value


def _source_from_state(state: dict) -> Source:
    text = _string(state["text"], line=False)
    metadata = Metadata(**{name: _optional(value)
                           for name, value in zip(_METADATA_FIELDS, state["metadata"],
                                                  strict=True)})
    source = Source(id=_string(state["id"]), path=_string(state["path"]), text=text,
                    metadata=metadata, encoding=_string(state["encoding"]))
    size = len(text)
    for index, (role, start, end, label, body_start) in enumerate(state["blocks"]):
        source.blocks.append(Block(
            source=source, index=index, role=Role(role), start=_offset(start, size),
            end=_offset(end, size), label=_optional(label),
            body_start=None if body_start is None else _offset(body_start, size)))
    paragraphs = len(source.blocks)
    for number, speaker, kind, paragraph, spans, joins in state["quotes"]:
        if not spans or len(spans) % 2:
            raise ValueError("spans come in pairs")
        if len(joins) != len(spans) // 2 - 1:
            raise ValueError("one join between each two parts")
        source.quotes.append(Quote(
            number=_offset(number, 10**9), source=source, speaker=_string(speaker),
            kind=QuoteKind(kind), paragraph=_offset(paragraph, paragraphs - 1),
            span_data=tuple(_offset(x, size) for x in spans),
            joins=tuple(_string(j) for j in joins)))
    source.compact()
    return source


def file_row(source: Source, speakers: list, warnings: list[str]) -> bytes:
    """One parsed file as a cache row (JSON, ASCII-escaped so any text survives)."""
    state = {"source": _source_state(source), "speakers": [list(e) for e in speakers],
             "warnings": list(warnings)}
    return json.dumps(state, separators=(",", ":")).encode("ascii")


def from_file_row(row: bytes, source_id: str, path: str):
    """(source, speakers, warnings) from a cache row; raises on anything malformed.
    The id and path are today's, not the row's."""
    state = json.loads(row.decode("ascii"))
    source_state = dict(state["source"], id=source_id, path=path)
    speakers = [(_string(name), [_string(a) for a in aliases],
                 pronoun if pronoun in ("he", "she") else None)
                for name, aliases, pronoun in state["speakers"]]
    return (_source_from_state(source_state), speakers,
            [_string(w) for w in state["warnings"]])
