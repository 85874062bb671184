"""Format a quote with its citation: plain, Markdown, MLA, APA, Chicago."""

from __future__ import annotations

import re

from .model import Metadata, Quote, QuoteKind

from .citation_styles import STYLE_NAMES, STYLES  # noqa: F401 - re-exported
_MONTHS = ("January February March April May June July August September October "
           "November December").split()
_MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()


def normalise_space(text: str) -> str:
    """Runs of whitespace (line breaks included) become one space."""
    return " ".join(text.split())


# Markdown syntax a quote or a title could carry: links and images ([x](…), ![x](…),
# which need the brackets), raw HTML and autolinks (<…>), emphasis, code, tables,
# headings. Escaped with a backslash, each is shown as written and none is acted on.
_MARKDOWN_RE = re.compile(r"([\\`*_\[\]<>#|~])")


def markdown_escape(text: str) -> str:
    """``text`` as literal Markdown on one line: syntax characters escaped."""
    return _MARKDOWN_RE.sub(r"\\\1", normalise_space(text))


def quoted(text: str) -> str:
    return f"“{normalise_space(text)}”"


def _date_parts(date: str | None) -> tuple[str, int | None, int | None] | None:
    if not date:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    if not match:
        return None
    year, month, day = match.groups()
    return year, int(month) if month else None, int(day) if day else None


def _spelled_date(date: str | None, month_names: list[str], with_day: str) -> str | None:
    parts = _date_parts(date)
    if parts is None:
        return date
    year, month, day = parts
    if not month:
        return year
    name = month_names[month - 1]
    return with_day.format(day=day, month=name, year=year) if day else f"{name} {year}"


def _long_date(date: str | None) -> str | None:
    """``2012-09-10`` -> ``September 10, 2012``; ``2012`` -> ``2012``."""
    return _spelled_date(date, _MONTHS, "{month} {day}, {year}")


def _title_in_quotes(title: str, closing: str) -> str:
    """“Title,” with inner double quotes turned single and the comma inside."""
    inner = title.replace("“", "‘").replace("”", "’")
    if inner.endswith("’"):
        return f"“{inner[:-1]}{closing}’”"
    return f"“{inner}{closing}”"


def _surname(name: str) -> str:
    return name.split()[-1]


def _speaker_phrase(quote: Quote) -> str:
    meta = quote.source.metadata
    if quote.kind is QuoteKind.QUESTION and quote.speaker != meta.author:
        return f"{quote.speaker} (interviewer)"
    return quote.speaker


def citation_line(quote: Quote) -> str:
    """The plain citation, e.g. ``— Alison Klayman, quoted in Ari Karpel, “Title,”
    Fast Company, 2012.``; parts the source lacks are left out, never invented."""
    meta = quote.source.metadata
    head = f"— {_speaker_phrase(quote)}"
    work = _work(meta)
    if quote.speaker in (meta.author, meta.outlet):
        return f"{head}, {work}"
    answer = quote.kind is QuoteKind.ANSWER
    if meta.author:
        return f"{head}, {'interviewed by' if answer else 'quoted in'} {meta.author}, {work}"
    return f"{head}, {'interviewed in' if answer else 'quoted in'} {work}"


def _work(meta: Metadata) -> str:
    """``“Title,” Outlet, date.`` with whatever is known."""
    tail = ", ".join(p for p in (meta.outlet, _long_date(meta.date)) if p)
    if meta.title:
        title = _title_in_quotes(meta.title, "," if tail else ".")
        return f"{title} {tail}." if tail else title
    return f"{tail}." if tail else "source unknown."


def _mla_date(date: str | None) -> str | None:
    """``2012-09-10`` -> ``10 Sept. 2012``."""
    return _spelled_date(date, _MLA_MONTHS, "{day} {month} {year}")


def _apa_date(date: str | None) -> str:
    parts = _date_parts(date)
    if parts is None:
        return f"({date or 'n.d.'})"
    year, month, day = parts
    if month and day:
        return f"({year}, {_MONTHS[month - 1]} {day})"
    if month:
        return f"({year}, {_MONTHS[month - 1]})"
    return f"({year})"


def _mla_entry(meta: Metadata) -> str:
    parts: list[str] = []
    if meta.author:
        names = meta.author.split()
        parts.append(f"{names[-1]}, {' '.join(names[:-1])}." if len(names) > 1
                     else f"{meta.author}.")
    if meta.title:
        parts.append(_title_in_quotes(meta.title, "."))
    tail = ", ".join(p for p in (meta.outlet, _mla_date(meta.date)) if p)
    if tail:
        parts.append(f"{tail}.")
    return " ".join(parts)


def _apa_entry(meta: Metadata) -> str:
    date = _apa_date(meta.date)
    title = meta.title
    if meta.author:
        names = meta.author.split()
        initials = " ".join(f"{n[0]}." for n in names[:-1])
        author = f"{names[-1]}, {initials}" if initials else names[-1]
        head = f"{author} {date}."
        body = _sentence(title) if title else ""
    elif title:
        head = f"{_sentence(title)} {date}."
        body = ""
    else:
        head = f"{meta.outlet or 'Unknown source'}. {date}."
        return head
    outlet = f"{meta.outlet}." if meta.outlet else ""
    return " ".join(p for p in (head, body, outlet) if p)


def _sentence(text: str) -> str:
    return text if text[-1:] in ".?!" else f"{text}."


_MINOR_WORDS = {"a", "an", "and", "the", "of", "for", "on", "in", "to", "with", "at", "by"}


def _in_text_author(meta: Metadata) -> str:
    """Who an in-text citation names: the author's surname, else a short title."""
    if meta.author:
        return _surname(meta.author)
    if meta.title:
        words = meta.title.replace("“", "‘").replace("”", "’").split()[:4]
        while len(words) > 1 and words[-1].lower() in _MINOR_WORDS:
            words.pop()
        return f"“{' '.join(words)}”"
    return meta.outlet or "unknown source"


def _in_text_speaker(quote: Quote) -> str:
    """The speaker inside parentheses: "TheWrap interviewer", not nested brackets."""
    if quote.kind is QuoteKind.QUESTION and quote.speaker != quote.source.metadata.author:
        return f"{quote.speaker} interviewer" if quote.speaker == quote.source.metadata.outlet \
            else f"{quote.speaker}, interviewer"
    return quote.speaker


def _plain(quote: Quote, words: str) -> str:
    return f"{words}\n{citation_line(quote)}"


def _markdown(quote: Quote, words: str) -> str:
    return f"> {markdown_escape(words)}\n>\n> {markdown_escape(citation_line(quote))}"


def _mla(quote: Quote, words: str) -> str:
    meta = quote.source.metadata
    return (f"{words} ({_in_text_speaker(quote)}, qtd. in {_in_text_author(meta)})\n\n"
            f"{_mla_entry(meta)}")


def _apa(quote: Quote, words: str) -> str:
    meta = quote.source.metadata
    return (f"{words} ({_in_text_speaker(quote)}, as cited in {_in_text_author(meta)}, "
            f"{meta.year or 'n.d.'})\n\n{_apa_entry(meta)}")


def _chicago(quote: Quote, words: str) -> str:
    return f"{words}¹\n\n1. {citation_line(quote)[2:]}"


_FORMATTERS = {"plain": _plain, "markdown": _markdown, "mla": _mla, "apa": _apa,
               "chicago": _chicago}
assert tuple(_FORMATTERS) == STYLES, "one formatter per style in citation_styles.py"


def format_citation(quote: Quote, style: str = "plain", bare: bool = False) -> str:
    """The text a copy puts on the clipboard: the quote's exact words in “ ”, then
    (unless ``bare``) its citation in ``style``. An unknown style is an error."""
    if bare:
        return normalise_space(quote.text)  # the exact words only, no marks
    formatter = _FORMATTERS.get(style)
    if formatter is None:
        raise ValueError(f"unknown citation style {style!r} (one of {', '.join(STYLES)})")
    return formatter(quote, quoted(quote.text))
