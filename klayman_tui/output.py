"""What the subcommands print: tables for people, JSON/CSV/Markdown for scripts."""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Iterable

from .corpus import Corpus, Quote, Source
from .corpus.cite.citation import citation_line, format_citation, normalise_space
from .corpus.cite.exports import author_record
from .corpus.cite.rules import listed_title
from .corpus.neutralise import without_invisibles, without_invisibles_at
from .corpus.search.results import SearchResult, meaning_note
from .wording import counted


def source_record(source: Source) -> dict:
    meta = source.metadata
    return {
        "id": source.id, "path": source.path, "outlet": meta.outlet, "title": meta.title,
        "author": meta.author, "authors": [author_record(a) for a in meta.authors],
        "date": meta.date, "date_source": meta.date_source or ("printed" if meta.date else None),
        "kind": meta.kind,
        "interviewee": meta.interviewee, "interviewer": meta.interviewer,
        "encoding": source.encoding, "paragraphs": len(source.blocks),
        "quotes": len(source.quotes),
    }


def quote_record(quote: Quote) -> dict:
    return {
        "id": quote.id, "source": quote.source.id, "outlet": quote.source.metadata.outlet,
        "speaker": quote.speaker, "text": quote.text, "kind": quote.kind.value,
        "paragraph": quote.paragraph, "start": quote.start, "end": quote.end,
        "spans": [list(span) for span in quote.spans], "citation": citation_line(quote),
        "cue": [list(span) for span in quote.cue_spans] or None, "rule": quote.rule,
        "confidence": quote.confidence,
    }


def write_words(text: str) -> None:
    """Print what holds an article's words (quotes, citations, exports, search hits)
    without the characters that show as nothing, as the app's copy leaves them out:
    the words, not what hides between them. Every format goes out through here."""
    sys.stdout.write(without_invisibles(text))


def csv_cell(value: object) -> object:
    """A cell a spreadsheet will not run: text opening with = + - @ (or a tab or
    carriage return, which some strip first) gets a leading apostrophe (OWASP).
    Judged as printed: a zero-width space before the = is left out (write_words)."""
    formula = ("=", "+", "-", "@", "\t", "\r")
    if isinstance(value, str) and without_invisibles(value)[:1] in formula:
        return "'" + value
    return value


# Columns at most of the sources' ids before their details: a longer one (a file name of
# 230 characters pushed every row's details past it) gets a line of its own.
ID_COLUMN = 40


def _dash(value: str | None) -> str:
    return value if value else "—"


def print_sources(corpus: Corpus, as_json: bool) -> None:
    if as_json:
        json.dump([source_record(s) for s in corpus.sources], sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
        return
    from rich.cells import cell_len  # (columns as a terminal shows them: 中文 is four)

    width = max((n for n in (cell_len(s.id) for s in corpus.sources) if n <= ID_COLUMN),
                default=ID_COLUMN)
    for source in corpus.sources:
        meta = source.metadata
        id_width = cell_len(source.id)
        details = (f"{_dash(meta.outlet)}  ·  {_dash(meta.shown_date)}  ·  "
                   f"{counted(len(source.quotes), 'quote')}")
        if id_width > width:  # a long name on a line of its own, the rest in the column
            print(source.id)
            print(f"{'':<{width}}  {details}")
        else:
            print(f"{source.id}{' ' * (width - id_width)}  {details}")
        print(f"{'':<{width}}  {listed_title(source)}")
        print(f"{'':<{width}}  by {_dash(meta.author)}")


def json_quotes(quotes: list[Quote], style: str | None = None, aliases=None) -> str:
    return json.dumps([quote_record(q) for q in quotes], ensure_ascii=False, indent=2) + "\n"


def csv_quotes(quotes: list[Quote], style: str | None = None, aliases=None) -> str:
    buffer = io.StringIO()
    fields = ["id", "source", "speaker", "kind", "paragraph", "start", "end", "text",
              "citation", "rule", "confidence"]
    writer = csv.DictWriter(buffer, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    for quote in quotes:
        writer.writerow({k: csv_cell(v) for k, v in quote_record(quote).items()})
    return buffer.getvalue()


def markdown_quotes(quotes: list[Quote], style: str | None = None, aliases=None) -> str:
    return "".join(format_citation(quote, style or "markdown", aliases=aliases) + "\n\n"
                   for quote in quotes)


def text_quotes(quotes: list[Quote], style: str | None = None, aliases=None) -> str:
    lines = []
    for quote in quotes:
        lines.append(f"{quote.id}  {quote.speaker} ({quote.kind.value})")
        lines.append(format_citation(quote, style, aliases=aliases) if style
                     else f"  “{normalise_space(quote.text)}”")
        lines.append("")
    return "".join(line + "\n" for line in lines)


def print_quotes(quotes: Iterable[Quote], fmt: str, style: str | None,
                 aliases=None) -> None:
    """Print ``quotes`` in format ``fmt`` (a name in output_formats.py; anything else
    is an error, never a silent fallback). ``aliases`` (the corpus's
    ``speakers.aliases``) gives the surnames citations use."""
    from .output_formats import format_named

    write_words(format_named(fmt).quotes(list(quotes), style, aliases))


def print_collection(corpus: Corpus, collection, fmt: str) -> None:
    """The collection in ``fmt``, in the order collected; each missing quote is
    reported on stderr and exported with its saved words."""
    from .corpus.cite.exports import cited_from_collection
    from .output_formats import export

    items = cited_from_collection(corpus, collection)
    if not items:
        print("klayman-tui: warning: the collection is empty (star quotes with s in the app)",
              file=sys.stderr)
    for item in items:
        if item.quote is None:
            print(f"klayman-tui: warning: collected quote from {item.source_id} is no longer "
                  "found in its article", file=sys.stderr)
    write_words(export(items, fmt))


def print_hits(hits: SearchResult, as_json: bool) -> None:
    if as_json:
        records = []
        for hit in hits:
            text, spans = without_invisibles_at(hit.text, hit.spans)  # matches kept on
            record = quote_record(hit.quote) if hit.quote else {
                "source": hit.source.id, "paragraph": hit.block.index}
            record["text"] = text
            record["score"] = round(hit.score, 3)
            record["matches"] = [list(span) for span in spans]
            record["tier"] = hit.tier
            if hit.context is not None:  # the other words, in its question or paragraph
                where, text, spans = hit.context
                text, spans = without_invisibles_at(text, spans)
                record["context"] = {"where": where, "text": text,
                                     "matches": [list(span) for span in spans]}
            records.append(record)
        write_words(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return
    if not hits:
        print("no matches", file=sys.stderr)
        return
    tty = sys.stdout.isatty()
    if tty:
        from rich.console import Console
        from rich.text import Text

        console = Console(highlight=False)
    for hit in hits:
        who = hit.quote.speaker if hit.quote else hit.block.role.value
        where = hit.source.metadata.outlet or hit.source.id
        ident = hit.quote.id if hit.quote else f"{hit.source.id} ¶{hit.block.index}"
        header = f"{who} — {where}  [{ident}]"
        text, spans = without_invisibles_at(hit.text, hit.spans)
        if tty:  # marked before it is printed: the matches follow the words left
            body = Text(text)
            for start, end in spans:
                body.stylize("bold reverse", start, end)
            console.print(Text(without_invisibles(header), style="bold"), markup=False)
            console.print(Text("  ") + body, markup=False)
        else:
            write_words(f"{header}\n  {normalise_space(text)}\n")
        if hit.context is not None:
            where, text, _ = hit.context
            found = "the rest found" if hit.spans else "found"
            write_words(f"  ↳ {found} in its {where}: {normalise_space(text)}\n")
        elif note := meaning_note(hit):
            write_words(f"  ↳ {note}\n")
        print()
