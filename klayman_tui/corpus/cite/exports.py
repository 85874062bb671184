"""Quotes as references a reference manager reads: CSL-JSON (Zotero, Pandoc,
citeproc), RIS and BibTeX, plus a Markdown document with footnoted citations.

A reference is the article; the quotes taken from it travel in its note, each with its
speaker, so ten quotes from two articles are two references. RIS is written by
``rispy`` and BibTeX by ``bibtexparser``; the values are escaped for each format here
(BibTeX's special characters), and everything from outside has already been
neutralised by the model."""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path

from ..model import Author, Metadata, Quote
from ..words.lexicon import MONTH_STEMS
from .citation import chicago_note, markdown_escape, normalise_space, quoted
from .rules import date_parts, description, reference_name

_INFERRED_NOTE = "Date inferred, not printed in the article."


def author_record(author: Author) -> dict:
    """``{"given", "family"}`` for a person (given only when known), ``{"literal"}``
    for an organisation: the CSL-JSON shape."""
    if author.literal:
        return {"literal": author.literal}
    record = {"given": author.given} if author.given else {}
    record |= {"family": author.family}
    return record | ({"suffix": author.suffix} if author.suffix else {})


@dataclass
class Cited:
    """One quote to export: its words, who said them, and where from. ``quote`` is
    None for a collected quote whose words are no longer in its article."""

    source_id: str
    metadata: Metadata
    text: str
    speaker: str
    quote: Quote | None = None

    @classmethod
    def of(cls, quote: Quote) -> "Cited":
        return cls(quote.source.id, quote.source.metadata, normalise_space(quote.text),
                   quote.speaker, quote)


def cited_from_collection(corpus, collection) -> list[Cited]:
    """A collection's items in the order collected; a missing one keeps its saved
    words and, when its source is gone too, the outlet and title saved with it."""
    cited = []
    for item in collection.items(corpus.by_id):
        if item.quote is not None:
            cited.append(Cited.of(item.quote))
            continue
        entry = item.entry
        source = corpus.source(entry.source)
        meta = source.metadata if source else Metadata(outlet=entry.outlet, title=entry.title)
        cited.append(Cited(entry.source, meta, entry.text, entry.speaker))
    return cited


def _grouped(cited: list[Cited]) -> list[tuple[str, Metadata, list[Cited]]]:
    """Quotes by source, sources in the order their first quote comes, each with a
    citation key of its own: ids that clean to the same key ("a/b", "a-b") get -2,
    -3, so a reference manager never merges two articles."""
    groups: dict[str, tuple[Metadata, list[Cited]]] = {}
    for item in cited:
        groups.setdefault(item.source_id, (item.metadata, []))[1].append(item)
    taken: set[str] = set()
    keyed = []
    for source_id, (meta, items) in groups.items():
        key = base = _key(source_id)
        number = 2
        while key in taken:
            key, number = f"{base}-{number}", number + 1
        taken.add(key)
        keyed.append((key, meta, items))
    return keyed


def _key(source_id: str) -> str:
    """A citation key from a source id: letters, digits, - and _ only."""
    return re.sub(r"[^A-Za-z0-9_-]+", "-", source_id).strip("-") or "source"


def _quote_note(items: list[Cited]) -> list[str]:
    return [f"{quoted(item.text)} — {item.speaker}" + ("" if item.quote else
                                                " (no longer found in the article)")
            for item in items]


def _notes(meta: Metadata, items: list[Cited]) -> list[str]:
    return _quote_note(items) + ([_INFERRED_NOTE] if meta.date_inferred else [])


def _names(meta: Metadata) -> list[tuple[str, str | None, str | None]]:
    """(family, given, suffix) for each author; an organisation is all family."""
    return [reference_name(author) for author in meta.authors]


def _title(meta: Metadata) -> str | None:
    """The title, or for an untitled article the description the citations use, in
    square brackets (a supplied fact, as APA 7 and Zotero write it), so that a CSL
    processor has something to print."""
    if meta.title:
        return meta.title
    if meta.kind or meta.subject or meta.interviewee:
        return f"[{description(meta)}]"
    return None


# -- CSL-JSON -----------------------------------------------------------------------


def csl_json(cited: list[Cited]) -> str:
    items = []
    for key, meta, quotes in _grouped(cited):
        item: dict = {"id": key, "type": "article-newspaper"}
        if _title(meta):
            item["title"] = _title(meta)
        if meta.outlet:
            item["container-title"] = meta.outlet
        authors = [author_record(a) for a in meta.authors]
        if authors:
            item["author"] = authors
        parts = date_parts(meta.date)
        if parts:
            item["issued"] = {"date-parts": [[int(p) for p in parts if p]]}
            if meta.date_inferred:
                item["issued"]["circa"] = True
        if meta.url:
            item["URL"] = meta.url
        item["note"] = "\n".join(_notes(meta, quotes))
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


# -- RIS ----------------------------------------------------------------------------


def ris(cited: list[Cited]) -> str:
    import rispy

    records = []
    for key, meta, quotes in _grouped(cited):
        record: dict = {"type_of_reference": "NEWS", "id": key}
        if meta.authors:
            # RIS: "Last, First, Suffix"
            record["authors"] = [", ".join(p for p in name if p) for name in _names(meta)]
        if _title(meta):
            record["title"] = _title(meta)
        if meta.outlet:
            record["secondary_title"] = meta.outlet
        parts = date_parts(meta.date)
        if parts:
            record["year"] = parts[0]
            record["date"] = "/".join([parts[0]] + [f"{p:02d}" for p in parts[1:] if p])
        if meta.url:
            record["urls"] = [meta.url]
        record["notes"] = _notes(meta, quotes)
        records.append(record)

    class Writer(rispy.RisWriter):
        def set_header(self, count: int) -> str:
            return ""  # no "1." counter lines: plain RIS, as Zotero writes it

    return rispy.dumps(records, implementation=Writer)


# -- BibTeX -------------------------------------------------------------------------

_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&",
                   "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
                   "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_BIBTEX_RE = re.compile("|".join(re.escape(c) for c in _BIBTEX_SPECIAL))


def bibtex_escape(text: str) -> str:
    return _BIBTEX_RE.sub(lambda m: _BIBTEX_SPECIAL[m.group()], normalise_space(text))


def bibtex_unescape(text: str) -> str:
    """The inverse of ``bibtex_escape`` (for reading our own output back)."""
    reverse = {v: k for k, v in _BIBTEX_SPECIAL.items()}
    return re.sub("|".join(re.escape(v) for v in sorted(reverse, key=len, reverse=True)),
                  lambda m: reverse[m.group()], text)


def _bibtex_name(family: str, given: str | None, suffix: str | None) -> str:
    """"Lee, Ann", "King, Jr., Martin Luther" (BibTeX's "von Last, Jr, First"), and an
    organisation, "{Associated Press}", in braces so that it is never split."""
    if not given and not suffix:
        return f"{{{bibtex_escape(family)}}}"
    parts = [family, suffix, given] if suffix else [family, given]
    return ", ".join(bibtex_escape(p or "") for p in parts)


def bibtex(cited: list[Cited]) -> str:
    import bibtexparser
    from bibtexparser import model

    library = bibtexparser.Library()
    for key, meta, quotes in _grouped(cited):
        fields = []
        if meta.authors:  # an organisation in braces: never split into names
            fields.append(("author", " and ".join(_bibtex_name(*name) for name in _names(meta))))
        if _title(meta):  # braces keep the title's capitals as written
            fields.append(("title", f"{{{bibtex_escape(_title(meta))}}}"))
        if meta.outlet:
            fields.append(("journal", bibtex_escape(meta.outlet)))
        parts = date_parts(meta.date)
        if parts:
            fields.append(("year", parts[0]))
            if parts[1]:
                fields.append(("month", MONTH_STEMS[parts[1] - 1]))
        if meta.url:
            fields.append(("url", bibtex_escape(meta.url)))
        fields.append(("annote", "\n".join(bibtex_escape(n) for n in _notes(meta, quotes))))
        # The month is BibTeX's macro ("mar", printed as the style spells March): written
        # bare, as every other value is written in braces.
        library.add(model.Entry("article", key, [
            model.Field(k, v, enclosing="no-enclosing" if k == "month" else None)
            for k, v in fields]))
    return bibtexparser.write_string(library)


# -- Markdown -----------------------------------------------------------------------


def markdown(cited: list[Cited], heading: str = "Collected quotes") -> str:
    """A document for an essay: each quote as a block quote with a footnote holding
    its Chicago note; a missing quote keeps its words and says it is missing."""
    lines = [f"# {markdown_escape(heading)}", ""]
    notes = []
    for number, item in enumerate(cited, start=1):
        # As a copy has it: one line, a quotation inside it in single marks.
        lines.append(f"> {markdown_escape(quoted(item.text))}[^{number}]")
        lines.append(">")
        lines.append(f"> — {markdown_escape(item.speaker)}")
        lines.append("")
        if item.quote is not None:
            notes.append(f"[^{number}]: {markdown_escape(chicago_note(item.quote))}")
        else:
            where = item.metadata.title or item.metadata.outlet or item.source_id
            notes.append(f"[^{number}]: {markdown_escape(item.speaker)}, quoted in "
                         f"{markdown_escape(where)}. (No longer found in the article.)")
    return "\n".join(lines + notes) + "\n"


def write_export(text: str, suffix: str, collection_path: Path | None) -> Path:
    """``text`` in a new file in the user's exports folder, named for the collection
    and the time (never one replaced, never written through a link)."""
    from platformdirs import user_data_path

    from ..writing import APP_NAME, write_new

    stem = collection_path.stem if collection_path is not None else "collection"
    return write_new(user_data_path(APP_NAME) / "exports",
                     f"{stem}-{time.strftime('%Y%m%d-%H%M%S')}", suffix, text)
