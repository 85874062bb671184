"""Bounds on what a file, a page or a ``sources.toml`` says of an article: every
field of a sensible length, and a date that is a date.

A PDF can carry a 5 MB title and a page a 5 MB site name: kept whole, they went into
every list row and every citation on the clipboard. A month of 13 made every citation
style raise. Here each text field is cut to a length no real title or name reaches
(with a note), and an ISO-shaped date that is no real day is left out (with a note).
"""

from __future__ import annotations

import datetime
import re

from ..model import Metadata

FIELD_CHARACTERS = 500  # a long headline is some 250
LONGER = {"url": 2048}
_ISO_RE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


MAX_RECORDS = 100  # authors of one article


def _cut(value: str, limit: int) -> str:
    return value[:limit - 1].rstrip() + "…"


def _is_record(value: object) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_replace")


def _bounded_record(record):
    """An author (a named tuple of text fields) with each field cut to length."""
    long = {k: _cut(v, FIELD_CHARACTERS) for k, v in record._asdict().items()
            if isinstance(v, str) and len(v) > FIELD_CHARACTERS}
    return record._replace(**long) if long else record


def real_date(value: str) -> bool:
    """False for an ISO-shaped date that no calendar has (``2012-13-99``); other
    shapes ("Spring 2012") are not judged here."""
    match = _ISO_RE.fullmatch(value.strip())
    if match is None:
        return True
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        datetime.date(year or 1, month or 1, day or 1)
    except ValueError:
        return False
    return year is not None and year >= 1


def bounded(metadata: Metadata) -> tuple[Metadata, list[str]]:
    """``metadata`` with its text fields cut to length and an impossible date left out,
    and one note per change."""
    changes: dict[str, object] = {}
    notes: list[str] = []
    for name in metadata._fields:
        value = getattr(metadata, name)
        limit = LONGER.get(name, FIELD_CHARACTERS)
        if isinstance(value, str) and len(value) > limit:
            changes[name] = _cut(value, limit)
            notes.append(f"its {name} is cut to {limit:,} characters (it had {len(value):,})")
        elif isinstance(value, tuple) and value and all(_is_record(v) for v in value):
            records = tuple(_bounded_record(v) for v in value[:MAX_RECORDS])
            if records != value:
                changes[name] = records
                notes.append(f"its {name} are cut to {MAX_RECORDS} of "
                             f"{FIELD_CHARACTERS:,} characters each (it had {len(value):,})")
    date = changes.get("date", metadata.date)
    if isinstance(date, str) and not real_date(date):
        changes["date"] = changes["date_source"] = None
        notes.append(f"its date {date[:40]!r} is not a real date: left out")
    return (metadata._replace(**changes) if changes else metadata), notes  # type: ignore[arg-type]
