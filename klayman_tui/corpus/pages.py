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
from collections import Counter
from dataclasses import dataclass

from .bylines import split_byline
from .model import Author, Metadata
from .neutralise import neutral_line

from .suffixes import HTML_SUFFIXES, PDF_SUFFIXES  # noqa: F401 - the readers' suffixes


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

def read_html(data: bytes) -> Page:
    import trafilatura  # loaded with the first page
    from trafilatura.utils import load_html

    from .page_metadata import page_metadata

    document = trafilatura.bare_extraction(
        data, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False, fast=False)
    body = getattr(document, "text", None) or ""
    paragraphs = [" ".join(line.split()) for line in body.splitlines()]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise NoText("no article text found in this page")
    tree = load_html(data)
    metadata, _ = page_metadata(tree, document, body) if tree is not None \
        else (Metadata(), None)
    metadata = _neutral(metadata)
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

_PAGE_NUMBER_RE = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_DIGITS_RE = re.compile(r"\d+")
_ENDS_SENTENCE_RE = re.compile(r"[.!?:”\"’')]$")


def read_pdf(data: bytes) -> Page:
    from pypdf import PdfReader  # loaded with the first PDF
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata or {}
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise NoText(f"not a readable PDF ({neutral_line(str(error))[:80]})") from None
    lines = [[" ".join(line.split()) for line in page.splitlines()] for page in pages]
    lines = [[line for line in page if line] for page in lines]
    if not any(lines):
        raise NoText("a PDF with no text layer (a scan?): skipped")
    paragraphs = _paragraphs(_without_running_lines(lines))
    title = _clean(info.get("/Title"))
    metadata = Metadata(title=title, authors=tuple(split_byline(_clean(info.get("/Author")) or "")),
                        date=_pdf_date(info.get("/CreationDate")))
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs.insert(0, title)
    return Page("\n\n".join(paragraphs) + "\n", metadata)


def _pdf_date(value: object) -> str | None:
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", str(value or ""))
    return f"{match[1]}-{match[2]}-{match[3]}" if match else None


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page numbers, and the first and last lines that recur (numbers aside) on
    most pages: running headers and footers."""
    shape = lambda line: _DIGITS_RE.sub("#", line.lower())  # noqa: E731
    edges: Counter[str] = Counter()
    for page in pages:
        edges.update({shape(line) for line in page[:2] + page[-2:]})
    running = {s for s, n in edges.items() if len(pages) > 1 and n >= max(2, len(pages) * 0.6)}
    return [[line for index, line in enumerate(page)
             if not _PAGE_NUMBER_RE.match(line)
             and not ((index < 2 or index >= len(page) - 2) and shape(line) in running)]
            for page in pages]


def _paragraphs(pages: list[list[str]]) -> list[str]:
    """Join lines into paragraphs across pages: a line well short of the usual width
    that ends a sentence ends its paragraph; a word hyphenated at a line end is joined."""
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    widths = sorted(len(line) for line in lines)
    full = widths[int(len(widths) * 0.75)]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not current:
            current = line
        elif current.endswith("-") and line[:1].islower() and current[-2:-1].isalpha():
            current = current[:-1] + line
        else:
            current = f"{current} {line}"
        if len(line) < full * 0.85 and _ENDS_SENTENCE_RE.search(line):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
