"""Build styled Content from the model: article paragraphs and search hits.

Text from files only ever enters Content as plain text (never markup), so "[laughs]"
and "[/]" are shown as written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content, Span

from ..corpus import Block, Quote, QuoteKind, Role, Source
from ..corpus.cite.titles import listed_title
from ..corpus.model import UNKNOWN_SPEAKER
from ..wording import counted

if TYPE_CHECKING:  # numpy and rapidfuzz load with the first search, not at start-up
    from ..corpus.search.results import Hit
    from ..corpus.state.collection import Item

STAR = "★"  # a collected quote, in the reader, the results and the source list

SPEAKER_COLOURS = ("#e5a50a", "#62a0ea", "#57e389", "#f66151", "#c061cb", "#5bc8af",
                   "#ffa348", "#99c1f1", "#dc8add", "#8ff0a4")
CURRENT_STYLE = "reverse bold"
CUE_STYLE = "underline italic"
MATCH_STYLE = "bold reverse"
_ROLE_LABELS = {Role.QUESTION: "Q", Role.ANSWER: "A", Role.HEADLINE: "", Role.DEK: "",
                Role.BYLINE: "", Role.HEADING: "", Role.CAPTION: "", Role.COMMENT: "",
                Role.BOILERPLATE: "", Role.NARRATION: ""}
_ROLE_STYLES = {Role.HEADLINE: "bold", Role.DEK: "italic", Role.HEADING: "bold underline",
                Role.BYLINE: "italic", Role.CAPTION: "italic dim",
                Role.BOILERPLATE: "dim", Role.COMMENT: "dim"}


class SpeakerColours:
    """A stable colour per speaker, most quoted first."""

    def __init__(self, speaker_counts: list[tuple[str, int]]):
        self._colours = {speaker: SPEAKER_COLOURS[i % len(SPEAKER_COLOURS)]
                         for i, (speaker, _) in enumerate(speaker_counts)}

    def __getitem__(self, speaker: str) -> str:
        return self._colours.get(speaker, SPEAKER_COLOURS[0])


def block_label(block: Block) -> str:
    """Q / A for an unlabelled interview turn, "comment" for a reader comment."""
    if block.role in (Role.QUESTION, Role.ANSWER):
        return _ROLE_LABELS[block.role]
    if block.role is Role.COMMENT:
        return "comment"
    return ""


def is_collected(quote: Quote, collected: frozenset | None) -> bool:
    """Whether ``quote`` is in the collection whose keys are ``collected``."""
    if not collected:
        return False
    from ..corpus.state.collection import key_of  # read after the first paint

    return key_of(quote) in collected


def block_marker(quotes: list[Quote], current: Quote | None,
                 collected: frozenset | None) -> str:
    """"▶ " before the current quote's paragraph, "★ " before a collected one's."""
    marker = "▶ " if current is not None and current in quotes else ""
    if any(is_collected(q, collected) for q in quotes):
        marker = f"{marker}{STAR} "
    return marker


def shown_text(block: Block, marker: str = "") -> str:
    """The characters ``render_block`` shows for ``block`` with ``marker`` in front:
    what an article is laid out by, measured without being styled."""
    label = "" if block.label and block.body_start is not None else block_label(block)
    return f"{marker}{label}  {block.text}" if label else f"{marker}{block.text}"


# A paragraph longer than this (a file of one 12 MB line) is wrapped and drawn a line at
# a time (paragraph_lines.GiantStrips), never whole by Textual, which took 25 s for 12 MB
# and held the app still meanwhile.
GIANT = 100_000


def render_block(block: Block, quotes: list[Quote], current: Quote | None,
                 colours: SpeakerColours, collected: frozenset | None = None) -> Content:
    """One paragraph, every character as written, quotes coloured by speaker; ★ when a
    quote in it is in the collection (``collected``: its keys)."""
    text = block.text
    # File text is neutralised as it is read (controls shown as symbols); stripping it
    # again cost a second for a paragraph of 10 MB, each time it was drawn.
    content = Content(text, strip_control_codes=len(text) <= GIANT)
    style = _ROLE_STYLES.get(block.role)
    if style:
        content = content.stylize(style)
    # The spans are gathered, then added at once: stylize copies every span so far,
    # which for a paragraph of 20,000 quotes (a file of one long line) is quadratic.
    spans: list[Span] = []
    for quote in quotes:
        is_current = quote is current
        if quote.kind in (QuoteKind.ANSWER, QuoteKind.QUESTION) and not is_current:
            continue  # a whole turn: its label says who speaks
        for start, end in quote.spans:
            local_start, local_end = start - block.start, end - block.start
            if local_end <= 0 or local_start >= len(text):
                continue
            local_start, local_end = max(0, local_start), min(len(text), local_end)
            if local_end <= local_start:
                continue
            spans.append(Span(local_start, local_end, colours[quote.speaker]))
            if is_current:
                spans.append(Span(local_start, local_end, CURRENT_STYLE))
        if is_current:
            for start, end in quote.cue_spans:  # the words that say who speaks
                local_start, local_end = start - block.start, end - block.start
                if 0 <= local_start < local_end <= len(text):
                    spans.append(Span(local_start, local_end, CUE_STYLE))
    content = content.add_spans(spans)
    turn = next((q for q in quotes if q.kind in (QuoteKind.ANSWER, QuoteKind.QUESTION)), None)
    colour = colours[turn.speaker] if turn else "dim"
    marker = block_marker(quotes, current, collected)
    if block.label and block.body_start is not None:
        # The transcript's own label ("AK:") is the turn label: colour it in place.
        content = content.stylize(f"bold {colour}", 0, block.body_start - block.start)
        return _led(content, marker, "bold")
    label = block_label(block)
    if label:
        return _led(content, f"{marker}{label}  ", f"bold {colour}", len(f"{marker}{label}"))
    return _led(content, marker, "bold")


def _led(content: Content, lead: str, style: str, styled: int | None = None) -> Content:
    """``lead`` (its first ``styled`` characters in ``style``) before ``content``."""
    if not lead:
        return content
    if len(content) <= GIANT:
        return Content.assemble((lead[:styled], style), lead[styled:] if styled else "",
                                content)
    shifted = [Span(s.start + len(lead), s.end + len(lead), s.style) for s in content.spans]
    return Content(lead + content.plain, [Span(0, styled or len(lead), style), *shifted],
                   strip_control_codes=False)


OVERVIEW_ROWS = 200  # a big folder's first articles; the source list has them all


def render_overview(sources: list[Source], total_quotes: int) -> Content:
    """What the reader shows for "All sources": a line per source (the first few
    hundred of a big folder), each title shown once."""
    lines = [Content.assemble((f"All sources — {counted(len(sources), 'article')}, "
                               f"{counted(total_quotes, 'quote')}", "bold"))]
    for source in sources[:OVERVIEW_ROWS]:
        meta = source.metadata
        title = listed_title(source)
        lines.append(Content.assemble(
            (source.label, "bold"), f"  {meta.shown_date or 'undated'}  ",
            (counted(source.quote_count, "quote"), "italic"),
            *(() if title == source.label else ("\n   ", (title, "dim")))))
    if len(sources) > OVERVIEW_ROWS:
        lines.append(Content(f"… and {len(sources) - OVERVIEW_ROWS:,} more: the source "
                             "list has them all (f filters it).").stylize("dim"))
    lines.append(Content("\nPress / to search every quote, or pick an article."))
    return Content("\n").join(lines)


def render_hit(hit: Hit, width: int = 200, starred: bool = False) -> Content:
    """A search result: who and where (★ when collected), then the words with
    matches highlighted."""
    from ..corpus.search.results import meaning_note  # loaded by then, with the search

    who = speaker_shown(hit.quote) if hit.quote else hit.block.role.value
    kind = f" · {hit.quote.kind.value}" if hit.quote and hit.quote.kind is not QuoteKind.DIRECT else ""
    header = Content.assemble((f"{STAR} " if starred else "", "bold"), (who, "bold"),
                              f" — {hit.source.label}{kind}")
    body = _excerpt(hit.text, hit.spans, max(40, width * 3))
    lines = [header, body]
    if hit.context is not None:
        label, context, spans = hit.context
        found = "the rest found" if hit.spans else "found"  # the quote holds some, or none
        lines.append(Content.assemble((f"  ↳ {found} in its {label}: ", "dim italic"),
                                      _excerpt(context, spans, 100)))
    elif note := meaning_note(hit):
        lines.append(Content(f"  ↳ {note}").stylize("dim italic"))
    return Content("\n").join(lines)


def _excerpt(text: str, spans: list[tuple[int, int]], limit: int) -> Content:
    """``text`` on one line with ``spans`` highlighted, cut to about ``limit``
    characters around the first match at word boundaries ("…essentially, that's
    how…", never "…sentially")."""
    # Whitespace is folded one-for-one so the match offsets still line up.
    text = "".join(" " if c.isspace() else c for c in text)
    body = Content(text)
    for start, end in spans:
        body = body.stylize(MATCH_STYLE, start, end)
    if len(text) <= limit:
        return body
    first = spans[0][0] if spans else 0
    begin = max(0, min(first - 40, len(text) - limit))
    end = begin + limit
    if begin:
        space = text.find(" ", begin, first if spans else end)
        begin = space + 1 if space >= 0 else begin
    space = text.rfind(" ", max(begin, end - 20), end)
    end = space if space > begin else end
    body = body[begin:end]
    if begin:
        body = Content("…") + body
    return body + Content("…")


def render_collection_item(number: int, item: Item, current: bool) -> Content:
    """One collected quote: its words, who said them and where; a quote whose words
    are no longer in its article says so."""
    entry = item.entry
    where = " · ".join(p for p in (entry.outlet or entry.source, entry.title) if p)
    marker = "▶ " if current else ""
    words = Content(f"“{entry.text}”")
    if current:
        words = words.stylize(CURRENT_STYLE)
    lines = [Content.assemble((f"{marker}{STAR} {number}. ", "bold"), words),
             Content.assemble("   — ", (entry.speaker, "bold"), f", {where}")]
    if item.missing:
        lines.append(Content("   missing: these words are no longer in the article "
                             f"{entry.source} (kept here, not dropped)").stylize("bold red"))
    return Content("\n").join(lines)


def collection_status(items: list[Item], index: int | None) -> Content:
    title = f"{STAR} Collected · {counted(len(items), 'quote')}"
    if index is not None and items:
        title += f" · {index + 1}/{len(items)}"
    return Content(title)


def quote_status(quote: Quote | None, source: Source | None) -> Content:
    """The reader's title line (plain text from the files, never markup)."""
    if source is None:
        return Content("All sources")
    if quote is None:
        return Content(f"{source.label} · {counted(len(source.quotes), 'quote')}")
    return Content(f"{source.label} · quote {quote.number}/{len(source.quotes)} · "
                   f"{speaker_shown(quote)} · {quote.kind.value}")


UNCERTAIN_MARK = " (uncertain)"
# c or Enter on a collected quote whose words were edited out of its article.
GONE_FROM_ARTICLE = ("These words are no longer in their article, so there is nothing to "
                     "cite or open; s removes them from the collection.")


def speaker_shown(quote: Quote) -> str:
    """The speaker's name, marked when the engine gave it with little confidence
    (Unknown is not marked: it names nobody to be unsure of)."""
    marked = quote.uncertain and quote.speaker != UNKNOWN_SPEAKER
    return quote.speaker + (UNCERTAIN_MARK if marked else "")


def evidence_status(quote: Quote | None) -> Content:
    """The reader's bottom line: what decided the current quote's speaker."""
    if quote is None or quote.kind is QuoteKind.PASSAGE:
        return Content("")
    from ..corpus.extract.evidence import evidence_line

    return Content(f"who: {evidence_line(quote)}")
