"""A parsed corpus as plain JSON data, and back, for the parse cache.

Reading checks every value's type and bounds and passes every string through the
neutralising step, so a cache file written by anyone else can only fail to load
(raising one of ``DAMAGED_ROW_ERRORS``), never inject anything.
"""

from __future__ import annotations

import json
import sys

from ..model import METADATA_FIELDS, Author, Metadata, Quote, QuoteKind, Role, Source
from ..neutralise import neutral, neutral_line

# What reading a damaged or planted row can raise: the checks' own errors, a field of the
# wrong shape (AttributeError), JSON nested too deeply (RecursionError) or not UTF-8.
DAMAGED_ROW_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError,
                      RecursionError, UnicodeDecodeError)


def _body_state(source: Source) -> dict:
    return {
        "text": source.text,
        "blocks": [[b.role.value, b.start, b.end, b.label, b.body_start]
                   for b in source.blocks],
        "quotes": [[q.number, q.speaker, q.kind.value, q.paragraph, list(q.span_data),
                    list(q.joins), list(q.cue), q.rule, q.confidence]
                   for q in source.quotes],
    }


def _string(value, line: bool = True) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return neutral_line(value) if line else neutral(value)


def _optional(value) -> str | None:
    return None if value is None else _string(value)


_ROLES = {role.value: role for role in Role}
_KINDS = {kind.value: kind for kind in QuoteKind}


def _offsets(values, limit: int) -> tuple[int, ...]:
    """Whole numbers within [0, limit], checked together (one pass, no call each)."""
    values = tuple(values)
    if values and (any(type(v) is not int for v in values)
                   or min(values) < 0 or max(values) > limit):
        raise ValueError("offset out of range")
    return values


# Fields whose values recur from file to file (an outlet, a day, "printed"): each
# value is kept once across the corpus (sys.intern), not once a file.
_SHARED_FIELDS = frozenset(("outlet", "date", "kind", "interviewee", "interviewer",
                            "date_source"))


def _metadata(values) -> Metadata:
    """As ``curated_metadata``: one line per field, and a blank one is missing;
    authors as [family, given, literal] or [family, given, literal, suffix] each."""
    fields = {}
    for name, value in zip(METADATA_FIELDS, values, strict=True):
        if name == "authors":
            fields[name] = tuple(_author(v) for v in value)
        else:
            value = (_optional(value) or "").strip() or None
            fields[name] = sys.intern(value) if value and name in _SHARED_FIELDS else value
    return Metadata(**fields)


def _author(value) -> Author:
    if not isinstance(value, list) or len(value) not in (3, 4):
        raise ValueError("an author is 3 or 4 fields")
    # A byline's names recur across an outlet's files: one string each.
    family, given, literal, suffix = [None if v is None else sys.intern(_string(v))
                                      for v in value] + [None] * (4 - len(value))
    if not (family or literal):
        raise ValueError("an author with no name")
    return Author(family=family, given=given, literal=literal, suffix=suffix)


# Confidences are rounded (extract/engine.py), so few values recur across 100,000
# quotes: one float object each, not one a quote (2.4 MB at 100,000 quotes).
_CONFIDENCES: dict[float, float] = {}
_CONFIDENCES_KEPT = 4096


def fill_from_body(source: Source, row: bytes) -> None:
    """Give ``source`` the text, paragraphs and quotes of a cache row's body."""
    state = json.loads(row.decode("ascii"))
    text = _string(state["text"], line=False)
    size = len(text)
    roles, kinds = _ROLES, _KINDS
    # Rows, not Block objects: the source keeps its paragraphs compact (model.py).
    paragraphs: list[tuple] = []
    for role, start, end, label, body_start in state["blocks"]:
        start, end = _offsets((start, end), size)
        paragraphs.append((
            roles[role], start, end, None if label is None else _string(label),
            None if body_start is None else _offsets((body_start,), size)[0]))
    last_paragraph = len(paragraphs) - 1
    quotes: list[Quote] = []
    speakers: dict[str, str] = {}  # one neutralising per name, and one string object
    rules: dict[str, str] = {}
    confidences = _CONFIDENCES
    for number, speaker, kind, paragraph, spans, joins, cue, rule, confidence in state["quotes"]:
        if not spans or len(spans) % 2 or len(cue) % 2:
            raise ValueError("spans come in pairs")
        if type(confidence) not in (int, float) or not 0 <= confidence <= 1:
            raise ValueError("a confidence is from 0 to 1")
        confidence = float(confidence)
        checked_rule = rules.get(rule) if isinstance(rule, str) else None
        if checked_rule is None:
            checked_rule = rules[rule] = sys.intern(_string(rule))  # a few, corpus-wide
        if len(joins) != len(spans) // 2 - 1:
            raise ValueError("one join between each two parts")
        name = speakers.get(speaker) if isinstance(speaker, str) else None
        if name is None:
            # One string per name in the whole corpus: names recur across files.
            name = speakers[speaker] = sys.intern(_string(speaker))
        number, paragraph = _offsets((number, paragraph), 10**9)
        if paragraph > last_paragraph:
            raise ValueError("no such paragraph")
        quotes.append(Quote(
            number=number, source=source, speaker=name, kind=kinds[kind],
            paragraph=paragraph, span_data=_offsets(spans, size),
            joins=tuple(sys.intern(_string(j)) for j in joins), cue=_offsets(cue, size),
            rule=checked_rule, confidence=confidences.setdefault(confidence, confidence)))
    if len(confidences) > _CONFIDENCES_KEPT:
        confidences.clear()
    source.set_content(text, paragraphs, quotes)


class RowSummary:
    """A cache row's summary, read and checked: enough to list the source."""

    def __init__(self, row: bytes) -> None:
        state = json.loads(row.decode("ascii"))
        self.metadata = _metadata(state["metadata"])
        self.encoding = _string(state["encoding"])
        speakers = state["speakers"]
        if not isinstance(speakers, dict):
            raise TypeError("speakers must be a table")
        self.speakers = {sys.intern(_string(k)): _offsets((v,), 10**9)[0] for k, v in speakers.items()}
        self.quote_count = _offsets((state["quotes"],), 10**9)[0]
        self.free = [_string(name) for name in state["free"]]
        # People, as stored: the same ones come with many files, so each is checked
        # and neutralised once, by ``checked_person``, when first met.
        self.book = state["book"] if isinstance(state["book"], list) else []
        self.warnings = [_string(w) for w in state["warnings"]]


def sidecar_row(people: list, warnings: list[str]) -> bytes:
    """A folder's ``sources.toml`` as a cache row: its people and its warnings."""
    return json.dumps({"people": [list(p) for p in people], "warnings": warnings},
                      separators=(",", ":")).encode("ascii")


def sidecar_from_row(row: bytes) -> tuple[list[tuple], list[str]]:
    """(people, warnings) from ``sidecar_row``, checked and neutralised."""
    state = json.loads(row.decode("ascii"))
    people = [checked_person(entry) for entry in state["people"]]
    if None in people:
        raise ValueError("a malformed person")
    return people, [_string(w) for w in state["warnings"]]


def file_row(source: Source, book: list, warnings: list[str],
             free: list[str]) -> tuple[bytes, bytes]:
    """One parsed file as a cache row: (summary, body), JSON, ASCII-escaped so any
    text survives. ``free``: its bare names left free for linking (``surnames``)."""
    meta = source.metadata
    summary = {"metadata": [[list(a) for a in meta.authors] if name == "authors"
                            else getattr(meta, name) for name in METADATA_FIELDS],
               "encoding": source.encoding, "quotes": len(source.quotes),
               "speakers": source.speaker_counts(), "free": free,
               "book": [list(e) for e in book], "warnings": list(warnings)}
    dump = json.dumps
    return (dump(summary, separators=(",", ":")).encode("ascii"),
            dump(_body_state(source), separators=(",", ":")).encode("ascii"))


def checked_person(entry) -> tuple[str, tuple[str, ...], str | None] | None:
    """A stored (name, aliases, pronoun), checked and neutralised; None if malformed."""
    try:
        name, aliases, pronoun = entry
        return (_string(name), tuple(_string(a) for a in aliases),
                pronoun if pronoun in ("he", "she") else None)
    except (TypeError, ValueError):
        return None
