"""The output formats, one record each: `klayman-tui quotes --format` offers every
one; `collection export --format` and the palette's "Export collection…" offer those
that write a collection; the README's table of formats lists them all (a test checks
that it does)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import output
from .corpus.cite import exports


@dataclass(frozen=True)
class OutputFormat:
    name: str  # what --format takes
    display: str  # what the palette and the toasts call it
    suffix: str  # an exported file's suffix
    about: str  # a line for the README's table
    quotes: Callable[..., str]  # (quotes, style, aliases) → the text `quotes` prints
    collection: Callable[[list[exports.Cited]], str] | None = None  # an export


def _references(write: Callable[[list[exports.Cited]], str]) -> Callable[..., str]:
    """Quotes written as references: each article once, its quotes in its note."""
    def quotes(quotes, style=None, aliases=None) -> str:
        return write([exports.Cited.of(quote) for quote in quotes])

    return quotes


FORMATS = (
    OutputFormat("text", "Text", "txt", "each quote with its speaker, or its citation "
                 "with `--style`", output.text_quotes),
    OutputFormat("json", "JSON", "json", "every field of every quote", output.json_quotes),
    OutputFormat("csv", "CSV", "csv", "one row per quote (no cell starts a formula)",
                 output.csv_quotes),
    OutputFormat("md", "Markdown", "md", "each quote cited in Markdown; a collection as "
                 "block quotes with footnoted Chicago notes", output.markdown_quotes,
                 exports.markdown),
    OutputFormat("csl-json", "CSL-JSON", "json", "references for Zotero, Pandoc, citeproc",
                 _references(exports.csl_json), exports.csl_json),
    OutputFormat("ris", "RIS", "ris", "references for reference managers",
                 _references(exports.ris), exports.ris),
    OutputFormat("bibtex", "BibTeX", "bib", "references for LaTeX",
                 _references(exports.bibtex), exports.bibtex),
)
EXPORTS = tuple(f for f in FORMATS if f.collection is not None)
QUOTE_FORMATS = tuple(f.name for f in FORMATS)  # what `quotes --format` takes
EXPORT_FORMATS = tuple(f.name for f in EXPORTS)  # what `collection export --format` takes


def format_named(name: str, exports: bool = False) -> OutputFormat:
    """The format called ``name`` (``exports``: one that writes a collection);
    anything else is an error, never a silent fallback."""
    offered = EXPORTS if exports else FORMATS
    found = next((f for f in offered if f.name == name), None)
    if found is None:
        raise ValueError(f"unknown format {name!r} "
                         f"(one of {', '.join(f.name for f in offered)})")
    return found


def export(cited: list[exports.Cited], fmt: str) -> str:
    """``cited`` in the export format named ``fmt``."""
    return format_named(fmt, exports=True).collection(cited)
