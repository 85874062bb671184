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


_ROLES = {role.value: role for role in Role}
_KINDS = {kind.value: kind for kind in QuoteKind}


def _offsets(values, limit: int) -> tuple[int, ...]:
    """Whole numbers within [0, limit], checked together (one pass, no call each)."""
    values = tuple(values)
    if values and (any(type(v) is not int for v in values)
                   or min(values) < 0 or max(values) > limit):
        raise ValueError("offset out of range")
    return values


def _source_from_state(state: dict) -> Source:
    text = _string(state["text"], line=False)
    metadata = Metadata(**{name: _optional(value)
                           for name, value in zip(_METADATA_FIELDS, state["metadata"],
                                                  strict=True)})
    source = Source(id=_string(state["id"]), path=_string(state["path"]), text=text,
                    metadata=metadata, encoding=_string(state["encoding"]))
    size = len(text)
    roles, kinds = _ROLES, _KINDS
    blocks = source.blocks
    for index, (role, start, end, label, body_start) in enumerate(state["blocks"]):
        start, end = _offsets((start, end), size)
        blocks.append(Block(
            source=source, index=index, role=roles[role], start=start, end=end,
            label=None if label is None else _string(label),
            body_start=None if body_start is None else _offsets((body_start,), size)[0]))
    last_paragraph = len(blocks) - 1
    speakers: dict[str, str] = {}  # one neutralising per name, and one string object
    for number, speaker, kind, paragraph, spans, joins in state["quotes"]:
        if not spans or len(spans) % 2:
            raise ValueError("spans come in pairs")
        if len(joins) != len(spans) // 2 - 1:
            raise ValueError("one join between each two parts")
        name = speakers.get(speaker) if isinstance(speaker, str) else None
        if name is None:
            name = speakers[speaker] = _string(speaker)
        number, paragraph = _offsets((number, paragraph), 10**9)
        if paragraph > last_paragraph:
            raise ValueError("no such paragraph")
        source.quotes.append(Quote(
            number=number, source=source, speaker=name, kind=kinds[kind],
            paragraph=paragraph, span_data=_offsets(spans, size),
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
