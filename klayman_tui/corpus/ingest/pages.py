"""Saved web pages and PDFs as articles: their main text, paragraphs kept, and the
metadata they carry themselves (never invented, never fetched).

Web pages go through trafilatura (main text without navigation, ads, comments or
scripts; title, authors, date, site name and canonical URL from the page's own
metadata). PDFs go through pypdf: lines joined back into paragraphs, words hyphenated
across lines rejoined, running headers, footers and page numbers dropped.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from ..model import Author, Metadata
from ..neutralise import error_line, neutral_line
from ..suffixes import HTML_SUFFIXES, PDF_SUFFIXES  # noqa: F401 - the readers' suffixes
from ..words.lexicon import DAY_PATTERN, MONTH_PATTERN
from .bylines import split_byline


class NoText(Exception):
    """The page or PDF has no article text; the message is one line for the user."""


@dataclass(frozen=True)
class Page:
    text: str
    metadata: Metadata


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return neutral_line(value) if value else None


# -- web pages ---------------------------------------------------------------------------

def read_html(data: bytes | str) -> Page:
    import trafilatura  # loaded with the first page
    from trafilatura.settings import set_date_params
    from trafilatura.utils import decode_file, load_html

    from .page_furniture import without_furniture
    from .page_metadata import page_metadata
    from .page_text import main_paragraphs
    from .reading import defuse_controls, normalise_newlines

    # Control characters shown as a text file's are (ESC -> ␛), before the page is
    # parsed: the HTML parser drops those XML forbids, and kept the rest of an escape
    # sequence ("Hello [31m world"), half hidden. (Decoded as trafilatura would.)
    data = defuse_controls(normalise_newlines(decode_file(data)))
    # With its links, so that link lists can be told from the article's paragraphs.
    # Dates from the page's markup only: htmldate's "extensive search" reads any year
    # in the text ("founded in 1987, last closed in 2003") as the page's date.
    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=True, deduplicate=False, fast=False,
        date_extraction_params=set_date_params(extensive=False))
    tree = load_html(data)
    paragraphs = main_paragraphs(document, tree)
    if not paragraphs:
        raise NoText("no article text found in this page")
    metadata, _ = page_metadata(tree, document, "\n".join(paragraphs)) \
        if tree is not None else (Metadata(), None)
    metadata = _neutral(metadata)
    paragraphs = without_furniture(paragraphs, tree, [a.name for a in metadata.authors])
    title = metadata.title
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)  # the headline heads the article, as on the page
    return Page("\n\n".join(paragraphs) + "\n", metadata)


def _neutral(metadata: Metadata) -> Metadata:
    """Every field on one line, neutralised (it came from the page)."""
    fields = {name: _clean(getattr(metadata, name)) for name in
              ("outlet", "title", "date", "url", "date_source")}
    authors = tuple(Author(*(_clean(part) for part in author))
                    for author in metadata.authors)
    return metadata._replace(**fields, authors=tuple(a for a in authors
                                                     if a.family or a.literal))


# -- PDFs --------------------------------------------------------------------------------


def read_pdf(data: bytes) -> Page:
    """A text PDF as paragraphs, its metadata from what its first page prints (a
    clipping's outlet, headline, byline and date); the PDF's own title and author only
    where nothing is printed, and its creation date never (it is the day the file was
    made, as often as not the day a page was saved)."""
    from pypdf import PdfReader  # loaded with the first PDF
    from pypdf.errors import PdfReadError

    from .clipping import clipping_metadata
    from .pdf_budget import Budget
    from .pdf_lines import page_lines, paragraphs, without_running_lines

    try:
        reader = PdfReader(io.BytesIO(data))
        # Each page read within the file's time and size budgets (pdf_budget).
        pages = Budget(len(data)).pages(reader, page_lines, empty=[])
        info = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise NoText(f"not a readable PDF ({error_line(error, 80)})") from None
    if not any(pages):
        raise NoText("a PDF with no text layer (a scan?)")
    kept = without_running_lines(pages)
    lines = [line for page in kept for line in page]
    printed, heading = clipping_metadata(lines, _pdf_date(info.get("/CreationDate")))
    # A masthead printed atop every page is dropped as a running header; it is still
    # the outlet when nothing else names one ("The Daily Ledger — Business").
    top = pages[0][0] if pages[0] else None
    if printed.outlet is None and top is not None and all(line is not top for line in kept[0]):
        masthead = _DATED_RE.split(top.text, 1)[0]  # (its page's date set beside it)
        if _MASTHEAD_RE.fullmatch(masthead):
            printed = printed._replace(outlet=masthead)
    if printed.outlet:
        printed = printed._replace(outlet=_without_section(printed.outlet))
    head = [line.text for line in lines[:heading]]
    if printed.title and printed.title not in head:  # a headline over two lines: one
        first = next(i for i, text in enumerate(head) if printed.title.startswith(text))
        head = head[:first] + [printed.title] + [t for t in head[first:]
                                                 if t not in printed.title]
    found = head + paragraphs(lines[heading:])
    if printed.title or printed.outlet:  # a headline or masthead set in capitals, as
        from .metadata import readable_title  # the guides want them

        body = "\n\n".join(found)
        # (An outlet of one word keeps its capitals: "WIRED", "CNN".)
        printed = printed._replace(**{name: readable_title(value, body) for name, value in
                                      (("title", printed.title), ("outlet", printed.outlet))
                                      if value and (name == "title" or " " in value)})
    title = _clean(info.get("/Title"))
    own = Metadata(title=title, authors=tuple(split_byline(_clean(info.get("/Author")) or "")))
    metadata = _neutral(printed._replace(
        title=printed.title or title, authors=printed.authors or own.authors))
    if not printed.title and title and (not found or found[0] != title):
        found.insert(0, title)
    return Page("\n\n".join(found) + "\n", metadata)


# A section printed after a masthead, after a dash or a bar: " — Business", " | Science".
_SECTION = r"\s+[—–|-]\s+[A-Z][\w’'&.-]*(?:\s+[A-Z&][\w’'&.-]*)?"
# A masthead: a few capitalised words (and a section), no sentence, no page number.
_MASTHEAD_RE = re.compile(r"(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|and|&|the)){0,4}"
                          rf"(?:{_SECTION})?")
# Where a date set beside a masthead begins: a day's or a month's name, capitalised, or
# a date in figures.
_DATED_RE = re.compile(rf"\s+(?:(?=[A-Z])(?i:{DAY_PATTERN}|{MONTH_PATTERN})"
                       r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b")
_SECTION_RE = re.compile(_SECTION + "$")


def _without_section(outlet: str) -> str:
    """A masthead without the section printed after it: "Coastal Times | Science" is
    Coastal Times, "The Daily Ledger — Business" The Daily Ledger."""
    return _SECTION_RE.sub("", outlet) or outlet


def _pdf_date(value: object) -> str | None:
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(value or ""))
    return f"{match[1]}-{match[2]}-{match[3]}" if match else None
