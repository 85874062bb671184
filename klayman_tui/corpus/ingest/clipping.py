"""The top of a PDF's first page read as a clipping prints it: the outlet's name, the
headline (in the largest type), a "By …" byline and the date, in any order, before the
article begins.

A PDF printed from a browser or a clipping service carries no title or author of its
own, and its creation date is the day it was printed: so what the page prints decides,
and the creation date is never taken for the article's date. A date printed in the
running header that is the day the file was made is the printing, not the article."""

from __future__ import annotations

import re

from ..model import Metadata
from ..words.lexicon import NAME_PARTICLES, first_names
from .bylines import is_person_name, parse_byline, split_byline
from .dates import find_dates
from .pdf_lines import Line, body_size

_BY_RE = re.compile(r"^\s*(?:[\w-]+\s+){0,2}by\b", re.IGNORECASE)
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
HEADER_LINES = 12  # the most lines the top of a clipping takes


_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?|[|•·]",
                      re.IGNORECASE)


def date_line(text: str) -> bool:
    """Mostly dates: "Oct. 3, 2019", "Updated 5:12 PM ET, Thu October 3, 2019",
    "Published Oct. 3, 2019 at 6:00 am | Updated Oct. 4, 2019 at 8:10 pm"."""
    dates = find_dates(text)
    if not dates:
        return False
    rest = text
    for found in dates:
        rest = rest.replace(text[found.start:found.end], " ")
    return len(_TIME_RE.sub(" ", rest).split()) <= 7


def _outlet_line(line: Line, body: float | None) -> bool:
    """A short line that is no byline, date or sentence; in no larger type than a
    headline's (``body`` None: any type, as a masthead above the headline is)."""
    words = line.text.split()
    return (0 < len(words) <= 6 and len(line.text) <= 50 and not _BY_RE.match(line.text)
            and line.text[-1:] not in ".?!,;:" and not date_line(line.text)
            and not any(c.isdigit() for c in line.text)
            and (body is None or line.size is None or line.size <= body * 1.6))


def clipping_metadata(lines: list[Line], created: str | None = None) -> tuple[Metadata, int]:
    """(metadata, how many lines the heading takes) from the first page's lines.
    ``created``: the file's creation date (ISO), which a printed date must not be."""
    top = [line for line in lines[:HEADER_LINES] if line.page == lines[0].page] if lines else []
    body = body_size(lines)
    used: set[int] = set()
    authors: tuple = ()
    for index, line in enumerate(top):
        if _BY_RE.match(line.text):
            authors = tuple(split_byline(line.text))
            if authors:
                used.add(index)
                break
    dates = []
    for index, line in enumerate(top):
        if index in used or date_line(line.text):
            found = [d for d in find_dates(line.text)]
            if found:
                dates += [(index, d) for d in found]
                used.add(index)
    date = _article_date([d for _, d in dates], created)
    headline = _headline(top, body, used)
    used |= set(headline)
    if not authors and headline:  # a byline with no "By": "Ann Lee in Cork"
        for index in range(headline[-1] + 1, len(top)):
            found = _unlabelled_byline(top[index].text) if index not in used else ()
            if found:
                authors = found
                used.add(index)
                break
    title = " ".join(top[i].text for i in headline) or None
    outlet = None
    url = None
    end = max(used) + 1 if used else 0
    for index, line in enumerate(top[:end + 1]):
        if index in used:
            continue
        if _URL_RE.match(line.text):
            url = line.text if "://" in line.text else f"https://{line.text}"
            used.add(index)
        elif outlet is None and (index < end or _alone(top, index)) and _outlet_line(
                line, None if headline and index < headline[0] else body):
            outlet = line.text
            used.add(index)
    heading = max(used) + 1 if used else 0
    return Metadata(outlet=outlet, title=title, authors=authors, date=date,
                    date_source="printed" if date else None, url=url), heading


# "Ann Lee in Cork", "Ann Lee and Bo Ray, Reuters", "ANN LEE | Staff Writer": the
# names, then what a byline adds after them (a place, an outlet, a role).
_BYLINE_REST_RE = re.compile(r"\s*(?:[,|/•·–—]|\s(?:in|for|at|from)\s)")
_NAMES_JOINED_RE = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _unlabelled_byline(text: str) -> tuple:
    """The people a line under the headline names when it is a byline without "By":
    it opens with people's names only, joined by "and" ("Ann Lee and Bo Ray"), and
    holds no sentence and no figures; never a dek ("Ai Weiwei and the Art of
    Defiance", "Peter Okonjo says the town has waited")."""
    if len(text.split()) > 12 or any(c.isdigit() for c in text) or text[-1:] in ".?!":
        return ()
    head = _BYLINE_REST_RE.split(text, maxsplit=1)[0]
    names = _NAMES_JOINED_RE.split(head)
    if not all(is_person_name(name) for name in names):
        return ()
    first = text.split()[0].lower()
    if head == text and len(names) == 1 and (first not in first_names()
                                             or first in NAME_PARTICLES):
        return ()  # a name alone, with no first name: an outlet ("Rolling Stone", "Le Monde")
    people, _ = parse_byline(text)
    return tuple(people)


def _alone(top: list[Line], index: int) -> bool:
    """A short line standing apart from the text that follows it (the outlet's name
    under the byline), not the first line of a paragraph."""
    line = top[index]
    following = top[index + 1] if index + 1 < len(top) else None
    if following is None or line.y is None or following.y is None:
        return False
    return line.y - following.y > 1.6 * (following.size or 10)


def _headline(top: list[Line], body: float | None, used: set[int]) -> list[int]:
    """The lines of the headline: the run of lines in the largest type above the
    body's; where the headline is set in the body's type, the longest run of lines
    above the byline and date that is no smaller than the body's type and no sentence
    (the outlet's name is shorter, a browser's running header smaller)."""
    sizes = [line.size for i, line in enumerate(top) if i not in used and line.size]
    if sizes and body and max(sizes) > body * 1.15:
        largest = max(sizes)
        big = [i for i, line in enumerate(top) if i not in used and line.size
               and abs(line.size - largest) < 0.5]
        # Runs of lines set together: a masthead in the headline's type stands apart
        # from it by a wider gap, and is no part of it.
        runs = [[big[0]]]
        for index in big[1:]:
            if index == runs[-1][-1] + 1 and _same_paragraph(top[index - 1], top[index]):
                runs[-1].append(index)
            else:
                runs.append([index])
        return max(runs, key=lambda run: (_headline_like(_joined(top, run)),
                                          len(_joined(top, run).split())))
    if not used:
        return []  # no byline or date: not a clipping's heading
    runs: list[list[int]] = []
    for index, line in enumerate(top[:min(used)]):
        if body and line.size and line.size < body - 0.5:
            continue
        if runs and runs[-1][-1] == index - 1 and _same_paragraph(top[index - 1], line):
            runs[-1].append(index)
        else:
            runs.append([index])
    runs = [run for run in runs if _headline_like(_joined(top, run))]
    return max(runs, key=lambda run: sum(len(top[i].text.split()) for i in run), default=[])


def _joined(top: list[Line], run: list[int]) -> str:
    return " ".join(top[i].text for i in run)


def _same_paragraph(line: Line, following: Line) -> bool:
    if line.y is None or following.y is None or line.size != following.size:
        return False
    return 0 < line.y - following.y < 1.6 * (line.size or 10)


def _headline_like(text: str) -> bool:
    words = text.split()
    return 3 <= len(words) <= 30 and not date_line(text) and text[-1:] != "."


def _article_date(dates: list, created: str | None) -> str | None:
    """The printed date: a publication date before an "Updated" one, and never the
    day the file was made (a browser prints it in its header, "5/4/26, 10:00 AM", as
    often as not the only date in figures): an article saved the day it came out has
    no date rather than a wrong one."""
    dates = [d for d in dates if created is None or created not in (d.iso, d.other)]
    if not dates:
        return None
    return sorted(dates, key=lambda d: d.updated)[0].settled()
