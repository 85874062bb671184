"""Publication dates as articles print them ("Nov. 20, 2019 5:52 AM EST", "19 November
2019", "11/19/2019", "12.29.14", "Monday, November 18th, 2019", "Updated 5:12 PM ET, Thu
October 3, 2019") and as page metadata gives them (ISO 8601 with or without a time
zone), to ``YYYY-MM-DD``. A date before 1990 or after tomorrow is a placeholder
("0001-01-01") or a mistake, never an article's date.

A date printed in numbers may be read month first or day first ("03/04/2019"). When
one of its numbers is over 12 it is not ambiguous; otherwise another numeric date in
the same text that is unambiguous gives the order its writer uses; else the page's
metadata decides (``settled``), and with nothing to decide, only the year is taken:
a citation's year is never wrong, a guessed month would be."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone

from ..words.lexicon import MONTH_PATTERN, MONTH_STEMS

_MONTH = rf"(?P<month>{MONTH_PATTERN})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    re.compile(rf"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.]{_YEAR}\b"),
    # "12.29.14", "3/4/19": the same separator twice, a two-digit year, and no more
    # numbers around it (not a path "/19/11/19/"); with points, two digits each (not
    # a version, "1.2.10").
    re.compile(r"(?<![\w./-])(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/|(?P<a2>[0-3]\d)\.(?P<b2>[0-3]\d)\.)"
               r"(?P<yy>\d\d)(?![\d/]|\.\d)"),
]
# A label just before a printed date says which date it is.
_UPDATED_RE = re.compile(r"\b(updated|modified|edited|last\s+reviewed)\b[^.\n]{0,40}$",
                         re.IGNORECASE)
EARLIEST_YEAR = 1990
# Every pattern holds two digits in a row (its year): a text without them has no date,
# told with one quick search instead of five (most lines a parse asks about have none;
# blocks.DATE_RE's dates have them too).
_TWO_DIGITS_RE = re.compile(r"\d\d")


@dataclass(frozen=True)
class PrintedDate:
    """One date found in text: where, as ISO, and whether a label calls it an update.
    ``other`` is the day-first reading of an ambiguous numeric date (03/04/2019),
    whose ``iso`` is then the month-first one."""

    start: int
    end: int
    iso: str
    updated: bool = False
    other: str | None = None
    order: str | None = None  # "month" or "day" first: a numeric date that shows it

    @property
    def ambiguous(self) -> bool:
        return self.other is not None

    def settled(self, known: Sequence[str] = ()) -> str:
        """The date, an ambiguous one read the way a date in ``known`` (the page's
        metadata, ISO) agrees with to a day (a UTC stamp may be a day later); with no
        such agreement, only its year."""
        if not self.ambiguous:
            return self.iso
        other = self.other
        assert other is not None  # ambiguous
        near = [reading for reading in (self.iso, other)
                if any(days_apart(reading, k) <= 1 for k in known if _ISO_DAY_RE.match(k))]
        return near[0] if len(near) == 1 else self.iso[:4]


_ISO_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _century(yy: int) -> int:
    """A two-digit year: this century up to next year, else the last (1990-1999)."""
    this = date.today().year
    return 2000 + yy if 2000 + yy <= this + 1 else 1900 + yy


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if plausible(found) else None


def plausible(found: date) -> bool:
    """Not a placeholder (0001-01-01, 1970-01-01) and not in the future."""
    return EARLIEST_YEAR <= found.year and found <= date.today() + timedelta(days=1)


def may_hold_date(text: str) -> bool:
    """Whether ``text`` has two digits in a row, as every printed date has (its year)."""
    return _TWO_DIGITS_RE.search(text) is not None


def find_dates(text: str) -> list[PrintedDate]:
    """Every date printed in ``text``, in order of position."""
    if not may_hold_date(text):
        return []
    found: list[PrintedDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            parts = match.groupdict()
            year = int(parts["year"]) if parts.get("year") else _century(int(parts["yy"]))
            other = order = None
            if parts.get("month"):
                month = MONTH_STEMS.index(parts["month"][:3].lower()) + 1
                iso = _valid(year, month, int(parts["day"]))
            elif parts.get("m"):
                iso = _valid(year, int(parts["m"]), int(parts["d"]))
            else:  # a/b/year: month first unless that cannot be
                a, b = (int(parts.get(k) or parts.get(f"{k}2")) for k in "ab")  # type: ignore[arg-type]
                month_first, day_first = _valid(year, a, b), _valid(year, b, a)
                iso = month_first or day_first
                if month_first and day_first and a != b:
                    other = day_first
                elif a != b:
                    order = "month" if month_first else "day"
            if iso:
                before = text[max(0, match.start() - 60):match.start()]
                found.append(PrintedDate(match.start(), match.end(), iso,
                                         bool(_UPDATED_RE.search(before)), other, order))
                taken.append((match.start(), match.end()))
    return _in_one_order(sorted(found, key=lambda d: d.start))


def _in_one_order(found: list[PrintedDate]) -> list[PrintedDate]:
    """Ambiguous numeric dates read in the order the text's unambiguous ones show
    ("12/29/14" is month first, so "03/04/15" beside it is March 4), when they all
    show the same one."""
    orders = {d.order for d in found} - {None}
    if len(orders) != 1 or not any(d.ambiguous for d in found):
        return found
    month_first = orders == {"month"}
    return [replace(d, iso=d.iso if month_first else d.other, other=None)  # type: ignore[arg-type]
            if d.ambiguous else d for d in found]


_ISO_RE = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2}))?"
                     r"(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?")


@dataclass(frozen=True)
class StampedDate:
    """A date from page metadata: its calendar date as written and, when it gives a
    time zone, whether that zone is UTC (a UTC time may fall on the next day where
    the article was published)."""

    iso: str
    zone: str | None  # "utc", "local" (an offset other than zero) or None (no zone)
    moment: datetime | None = None


def metadata_date(value: object) -> StampedDate | None:
    """``2019-11-19T07:43:27-05:00``, ``20191118``, ``2019/11/19``,
    ``2019-11-19 00:51:04`` -> the date as written; a printed form ("November 19, 2019,
    07:47 PM EST") is read as printed. Placeholders are None."""
    if not isinstance(value, str):
        return None
    text = value.strip().replace("/", "-")
    match = _ISO_RE.match(text)
    if not match:
        printed = find_dates(value)
        return StampedDate(printed[0].iso, None) if printed else None
    year, month, day, hour, minute, second, zone = match.groups()
    iso = _valid(int(year), int(month), int(day))
    if iso is None:
        return None
    if hour is None or zone is None:
        return StampedDate(iso, None)
    offset = timedelta(0)
    if zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute),
                          int(second or 0), tzinfo=timezone(offset))
    except ValueError:
        return StampedDate(iso, None)
    return StampedDate(iso, "utc" if offset == timedelta(0) else "local", moment)


def days_apart(one: str, other: str) -> int:
    return abs((date.fromisoformat(one) - date.fromisoformat(other)).days)


def written_date(value: object) -> str | None:
    """A date a settings format writes as one (TOML's or YAML's date, or date and
    time) as ISO text, a whole number as a year; None for anything else (text is
    read as text)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
        return str(value)
    return None
