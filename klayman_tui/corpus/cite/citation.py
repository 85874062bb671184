"""Format a quote with its citation: plain, Markdown, MLA 9, APA 7, Chicago 17.

A quotation found in an article is cited as the guides cite a source quoted in
another: "qtd. in" (MLA), "as cited in" (APA), "quoted in" (Chicago); an interview
answer is "interviewed by"; the article's own words (its author's, or an unnamed
interviewer's question) are cited to the article directly. The rules the styles share
(names, capitalisation, dates, titles) live in ``rules``."""

from __future__ import annotations

import re
from typing import Callable

from ..model import UNKNOWN_SPEAKER, Metadata, Quote, QuoteKind
from . import rules
from .styles import STYLES, style_named  # noqa: F401 - STYLES re-exported

Aliases = Callable[[str], list[str]]  # a person's aliases (SpeakerBook.aliases)


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
    """The words in “ ”, a quotation inside them turned to ‘ ’ (as all three guides
    nest quotation marks)."""
    return f"“{rules.nested_quotes(normalise_space(text))}”"


def _own_words(quote: Quote) -> bool:
    """The article speaking for itself: its author, its outlet, or an unnamed
    interviewer's question; or words whose speaker is not known, which the article is
    all a reader can be sent to. Cited to the article, not as "quoted in" ("(Unknown,
    qtd. in …)" named nobody)."""
    meta = quote.source.metadata
    return (rules.is_author(quote.speaker, meta) or quote.speaker == meta.outlet
            or quote.kind is QuoteKind.PASSAGE or rules.is_unnamed_interviewer(quote.speaker)
            or quote.speaker == UNKNOWN_SPEAKER)


def _speaker_phrase(quote: Quote) -> str:
    if rules.is_unnamed_interviewer(quote.speaker):
        return "Interviewer"
    if rules.is_question(quote):
        return f"{quote.speaker} (interviewer)"
    return quote.speaker


# How a note names an interview: by its interviewer, or, when the article does not name
# them, as an interview in the article (plain), or as the guide's description (Chicago).
_PLAIN_INTERVIEW = ("interviewed by {who}, ", "interviewed in ")
_CHICAGO_INTERVIEW = ("interview by {who}, ", "interview, ")


def _note(quote: Quote, title: str | None, lead: str,
          interview: tuple[str, str] = _PLAIN_INTERVIEW, date: str | None = None) -> str:
    """The running citation plain and Chicago share: ``Alison Klayman, quoted in Ari
    Karpel, “Title,” Fast Company, [2012], URL.``; missing parts are left out (``date``
    stands in for a missing date). Two or three authors are all named, four or more as
    "First Author et al."."""
    meta = quote.source.metadata
    when = rules.spelled_date(meta) or date
    tail = ", ".join(p for p in (meta.outlet, when, meta.url) if p)
    end = rules.end_with_period(tail) if tail else ""  # "n.d." keeps its own period
    if title:
        work = rules.in_quotes(title, "," if tail else ".") + (f" {end}" if tail else "")
    elif meta.outlet:
        work = end  # "quoted in The Epoch Times, [2012]."
    else:  # nothing names the work: described, not invented ("Untitled article, n.d.")
        work = f"{rules.description(meta)}, {end}" if tail else f"{rules.description(meta)}."
    if _own_words(quote):
        return f"{lead}, {work}" if lead else work
    if quote.kind is QuoteKind.ANSWER:
        asked_by = rules.interviewer(meta)
        named, unnamed = interview
        return f"{lead}, {named.format(who=asked_by) if asked_by else unnamed}{work}"
    if meta.authors:
        return f"{lead}, quoted in {rules.chicago_names(meta.authors)}, {work}"
    return f"{lead}, quoted in {work}"


def citation_line(quote: Quote) -> str:
    """The plain citation, e.g. ``— Alison Klayman, quoted in Ari Karpel, “Title,”
    Fast Company, [2012].`` (titles as the source writes them)."""
    meta = quote.source.metadata
    # A passage (the article's own words) is led by its author, else by its title: the
    # outlet it is shown under when unsigned is named after the title anyway.
    lead = (meta.author or "") if quote.kind is QuoteKind.PASSAGE \
        or quote.speaker == UNKNOWN_SPEAKER else _speaker_phrase(quote)
    return f"— {_note(quote, meta.title, lead)}"


def chicago_note(quote: Quote) -> str:
    """Chicago 17 note: headline-style title; a source quoted in the article is
    "quoted in" it (14.273); an interview answer is cited under the interviewee, "interview
    by" the interviewer (14.218), or "interview" where the article does not name them;
    an undated article has "n.d." in place of the date (14.145); an unsigned article's
    own words start from the title."""
    meta = quote.source.metadata
    title = rules.title_case(meta.title) if meta.title else None
    lead = (rules.chicago_names(meta.authors) or "") if _own_words(quote) \
        else _speaker_phrase(quote)
    return _note(quote, title, lead, _CHICAGO_INTERVIEW, "n.d.")


def _surname(name: str, aliases: Aliases | None) -> str:
    return rules.surname(name, aliases(name) if aliases else ())


def _mla_work(meta: Metadata) -> str:
    """What an MLA in-text citation names for the article: the authors' surnames ("Lee
    and Ray", "Lee et al."), else a short title in quotes, else the description that
    stands for a missing title."""
    if _cited_authors(meta):
        return rules.in_text_names(_cited_authors(meta))
    if meta.title:
        return f"“{rules.title_case(rules.short_title(meta.title))}”"
    return rules.description(meta)


def _in_text(quote: Quote, aliases: Aliases | None, cited: str, work: str) -> str:
    """``Klayman, qtd. in Karpel`` or, for the article's own words, ``Karpel``."""
    if _own_words(quote):
        return work
    role = ", interviewer" if rules.is_question(quote) else ""
    return f"{_surname(quote.speaker, aliases)}{role}, {cited} {work}"


def mla_entry(meta: Metadata) -> str:
    """MLA 9 works-cited entry: Author. “Title.” Container, Date, URL. An organisation
    that is also the outlet is not repeated as the author: the entry begins with the
    title. An undated article has no date: MLA 9 writes no "n.d."."""
    parts: list[str] = []
    authors = _cited_authors(meta)
    if authors:
        parts.append(rules.end_with_period(rules.mla_authors(authors)))
    if meta.title:
        parts.append(rules.in_quotes(rules.title_case(meta.title), "."))
    elif not authors:
        parts.append(f"{rules.description(meta)}.")
    return " ".join(parts + _mla_container(meta))


def mla_interview_entry(meta: Metadata, interviewee: str, surname: str) -> str:
    """MLA 9 works-cited entry for a published interview: the interviewee is the
    author, the interviewer follows the title as "Interview by …" (MLA 9 5.107, other
    contributors); an untitled interview is described as "Interview"."""
    parts = [rules.end_with_period(rules.inverted_name(interviewee, surname))]
    asked_by = rules.interviewer(meta)
    if meta.title:
        parts.append(rules.in_quotes(rules.title_case(meta.title), "."))
        if asked_by:
            parts.append(f"Interview by {asked_by}.")
    else:
        parts.append(f"Interview by {asked_by}." if asked_by else "Interview.")
    return " ".join(parts + _mla_container(meta))


def _mla_container(meta: Metadata) -> list[str]:
    """The container's part of an MLA entry: "Outlet, 10 Sept. 2012, URL."."""
    url = rules.bare_url(meta.url) if meta.url else None
    tail = ", ".join(p for p in (meta.outlet, rules.mla_date(meta), url) if p)
    return [f"{tail}."] if tail else []


def _cited_authors(meta: Metadata):
    """The authors a reference names: not an organisation that is only the outlet
    itself ("BBC News" by BBC News), which the guides name once, as the outlet."""
    authors = meta.authors
    if len(authors) == 1 and authors[0].literal and meta.outlet and \
            rules.same_name(authors[0].literal, meta.outlet):
        return ()
    return authors


def apa_entry(meta: Metadata, text: str = "") -> str:
    """APA 7 reference: Author. (Date). Title in sentence case. Outlet. URL"""
    date = rules.apa_date(meta)
    title = None
    if meta.title:
        # Names are the words the article capitalises in its own sentences (the
        # headline itself, capitalised throughout, says nothing).
        names = rules.proper_words(text.replace(meta.title, " "))
        # and the people the article's metadata names ("A conversation with Nora
        # Vance", her name nowhere else in an interview's turns)
        people = [meta.interviewee or "", meta.interviewer or ""] + [
            f"{author.given or ''} {author.family or ''}" for author in meta.authors
            if not author.literal]  # (a person's: "BBC News" says nothing of "news")
        names |= {word.lower() for person in people for word in person.split()}
        title = rules.end_sentence(rules.sentence_case(meta.title, names))
    authors = _cited_authors(meta)
    if authors:
        head = f"{rules.end_with_period(rules.apa_authors(authors))} {date}."
        body = title or f"[{rules.description(meta)}]."
    elif title:
        head, body = f"{title} {date}.", ""
    else:
        head, body = f"[{rules.description(meta)}]. {date}.", ""
    outlet = f"{meta.outlet}." if meta.outlet else ""
    return " ".join(p for p in (head, body, outlet, meta.url or "") if p)


def _apa_work(meta: Metadata) -> str:
    """What an APA in-text citation names: as MLA (with "&" between two authors), but
    a title keeps the comma inside its quotes and a description is in square brackets."""
    if _cited_authors(meta):
        return f"{rules.in_text_names(_cited_authors(meta), '&')},"
    if meta.title:
        return rules.in_quotes(rules.title_case(rules.short_title(meta.title)), ",")
    return f"[{rules.description(meta)}],"


def plain_citation(quote: Quote, words: str, aliases: Aliases | None) -> str:
    return f"{words}\n{citation_line(quote)}"


def markdown_citation(quote: Quote, words: str, aliases: Aliases | None) -> str:
    return f"> {markdown_escape(words)}\n>\n> {markdown_escape(citation_line(quote))}"


def mla_citation(quote: Quote, words: str, aliases: Aliases | None) -> str:
    meta = quote.source.metadata
    if rules.is_interview_answer(quote):  # the interview is the interviewee's work
        surname = _surname(quote.speaker, aliases)
        return f"{words} ({surname})\n\n{mla_interview_entry(meta, quote.speaker, surname)}"
    work = _mla_work(meta)
    return f"{words} ({_in_text(quote, aliases, 'qtd. in', work)})\n\n{mla_entry(meta)}"


def apa_citation(quote: Quote, words: str, aliases: Aliases | None) -> str:
    meta = quote.source.metadata
    reference = apa_entry(meta, quote.source.text)
    if rules.is_interview_answer(quote):
        # APA 7 8.7: a published interview is cited as the article it appeared in, and
        # the interviewee is named in the sentence (not "as cited in" it, 8.6).
        return (f"In an interview {_apa_narrative(meta)} ({rules.apa_year(meta)}), "
                f"{quote.speaker} said, {words}\n\n{reference}")
    where = f"{_apa_work(meta)} {rules.apa_year(meta)}"
    return f"{words} ({_in_text(quote, aliases, 'as cited in', where)})\n\n{reference}"


def _apa_narrative(meta: Metadata) -> str:
    """The article in an APA narrative citation: "with Lee and Ray" (its authors, "and"
    in running text), else "in “Short Title”" or "in [Description]"."""
    if _cited_authors(meta):
        return f"with {rules.in_text_names(_cited_authors(meta))}"
    if meta.title:
        return f"in “{rules.title_case(rules.short_title(meta.title))}”"
    return f"in [{rules.description(meta)}]"


def chicago_citation(quote: Quote, words: str, aliases: Aliases | None) -> str:
    note = chicago_note(quote)
    # A note opens as a sentence does: "1. Spokeswoman, Northwind Energy, quoted in …"
    return f"{words}¹\n\n1. {note[:1].upper()}{note[1:]}"


def format_citation(quote: Quote, style: str = "plain", bare: bool = False,
                    aliases: Aliases | None = None) -> str:
    """The text a copy puts on the clipboard: the quote's exact words in “ ”, then
    (unless ``bare``) its citation in ``style``. ``aliases`` (the corpus's
    ``speakers.aliases``) picks the surname a parenthetical uses ("Ai" for Ai
    Weiwei); without it a name's last word is used. An unknown style is an error."""
    if bare:
        return normalise_space(quote.text)  # the exact words only, no marks
    return style_named(style).format(quote, quoted(quote.text), aliases)
