"""Extract quotes from a parsed source and attribute each to a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import attribution
from .blocks import Turn
from .model import Block, Quote, QuoteKind, Role, Source
from .quotation_marks import Quotation, find_quotations
from .speakers import FIRST_NAMES, SpeakerBook

UNKNOWN_SPEAKER = "Unknown"
# Quotations are read from these roles; furniture, comments, headlines and captions
# never yield quotes.
_QUOTABLE = {Role.NARRATION, Role.DEK, Role.ANSWER, Role.QUESTION}
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?=\s)")
_WORD_RE = re.compile(r"\w[\w’'-]*")
_TRAILING_RE = re.compile(r"[\s,;:—–-]+$")
_OPENING_MARKS = "“\"‘'"
# People worth remembering for he/she even before they speak: "Ms Baker", "Jen Fineran".
_PERSON_RE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w’'-]+"
    r"|(?:" + "|".join(sorted(n.title() for n in FIRST_NAMES)) + r")\s+[A-Z][\w’'-]+)")


@dataclass
class _Part:
    """A quotation with the masked context around it in its paragraph."""

    quotation: Quotation
    block: Block


@dataclass
class _Group:
    """One quote in the making: one or more parts that are the same utterance."""

    parts: list[_Part] = field(default_factory=list)
    speaker: str | None = None
    cued: bool = False


def _words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def _is_title(inner: str) -> bool:
    """“Ai Weiwei: Never Sorry”, “All Things Considered,”: a quoted title."""
    stripped = inner.strip().rstrip(".,;:")
    if not stripped or stripped[-1] in "?!" or len(stripped.split()) > 8:
        return False
    words = _WORD_RE.findall(stripped)
    if not words:
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words if len(w) > 3 or w is words[0])


def _mask(text: str, start: int, quotations: list[Quotation]) -> str:
    """The paragraph with every quotation (marks included) blanked to spaces, so
    cues and sentence breaks are read from the narration only."""
    chars = list(text)
    for q in quotations:
        for i in range(q.open_at - start, min(q.outer_end - start, len(chars))):
            chars[i] = " "
        # A quotation that ends its sentence (“… no-brainer.”) still ends it.
        inner = text[q.inner_start - start:q.inner_end - start].rstrip()
        if inner[-1:] in (".", "!", "?") and q.close_at is not None:
            chars[q.close_at - start] = "."
    return "".join(chars)


class _Mentions:
    """Named people in reading order, for resolving he/she to the last one that fits."""

    def __init__(self, book: SpeakerBook) -> None:
        self.book = book
        self.found: list[tuple[int, str]] = []
        self._pattern: re.Pattern[str] | None = None
        self._size = -1

    def _regex(self) -> re.Pattern[str] | None:
        names = [alias for name in self.book.names()
                 for alias in (name, *self.book.aliases(name)) if len(alias) > 1]
        if len(names) != self._size:
            self._size = len(names)
            names.sort(key=len, reverse=True)
            self._pattern = re.compile(
                r"\b(" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
        return self._pattern

    def scan(self, masked: str, offset: int) -> None:
        for match in _PERSON_RE.finditer(masked):
            self.book.learn(match.group())
        pattern = self._regex()
        if pattern is None:
            return
        for match in pattern.finditer(masked):
            person = self.book.resolve(match.group())
            if person:
                self.found.append((offset + match.start(), person))
        self.found.sort()

    def add(self, position: int, person: str) -> None:
        self.found.append((position, person))
        self.found.sort()

    def resolve(self, pronoun: str, position: int) -> str | None:
        for at, person in reversed(self.found):
            if at >= position:
                continue
            fits = self.book.pronoun(person)
            if fits is None or fits == pronoun:
                return person
        return None


def extract_quotes(source: Source, turns: dict[int, Turn], book: SpeakerBook) -> list[Quote]:
    """All quotes in ``source``, in reading order (see PRODUCT.md, "Quote")."""
    mentions = _Mentions(book)
    subject = source.metadata.subject
    groups: list[_Group] = []
    quotes: list[Quote] = []
    last_speaker: str | None = None
    last_paragraph = -10
    carried: _Group | None = None  # a quotation left open at the previous paragraph end

    for block in source.blocks:
        turn = turns.get(block.index)
        if turn is not None and block.role in (Role.ANSWER, Role.QUESTION):
            speaker = turn.speaker or UNKNOWN_SPEAKER
            if block.label:
                mentions.add(block.start, speaker)
            quotes.append(_turn_quote(source, block, speaker))
        if block.role not in _QUOTABLE:
            mentions.scan(block.text, block.start)
            carried = None
            continue
        text = source.text
        quotations = find_quotations(text, block.start, block.end)
        masked = _mask(block.text, block.start, quotations)
        mentions.scan(masked, block.start)
        paragraph_groups: list[_Group] = []
        previous: _Part | None = None
        for quotation in quotations:
            part = _Part(quotation, block)
            if carried is not None and quotation.open_at == block.start:
                carried.parts.append(part)
                group = carried
                paragraph_groups.append(group)
                carried = None
            elif previous is not None and _is_split(masked, block.start, previous, quotation):
                paragraph_groups[-1].parts.append(part)
                previous = part
                continue
            else:
                group = _Group([part])
                paragraph_groups.append(group)
            if quotation.close_at is None:
                nxt = block.index + 1
                if (nxt < len(source.blocks)
                        and source.blocks[nxt].text[:1] in _OPENING_MARKS):
                    carried = group
                elif group.parts == [part]:
                    paragraph_groups.pop()  # a stray opening mark: not a quotation
            previous = part
        if carried is not None and carried.parts[-1].block is not block:
            carried = None
        for group in paragraph_groups:
            if group is carried:
                continue  # finished, and attributed, in the paragraph that closes it
            inner = "".join(source.text[p.quotation.inner_start:p.quotation.inner_end]
                            for p in group.parts)
            if _is_title(inner):
                continue
            speaker, cued = _attribute(group, masked, block, mentions, book, turn)
            short = _words(inner) <= 3
            if turn is not None:
                # Inside an interview turn the words are the turn's speaker's unless a
                # cue names somebody else; those are listed in their own name.
                if not cued or speaker in (None, turn.speaker):
                    continue
            elif not cued:
                if short:
                    continue
                if speaker is None and group.parts[0].block.index - last_paragraph <= 1:
                    speaker = last_speaker
                if speaker is None:
                    speaker = subject
            if speaker is None:
                if short:
                    continue
                speaker = UNKNOWN_SPEAKER
            kind = QuoteKind.FRAGMENT if short else QuoteKind.DIRECT
            spans = [_trimmed(source.text, p.quotation) for p in group.parts]
            # Parts of one sentence were split by a cue (joined with " … "); parts in
            # consecutive paragraphs are one quotation running on (joined with a space).
            text = source.text[spans[0][0]:spans[0][1]]
            for before, after, span in zip(group.parts, group.parts[1:], spans[1:]):
                joint = " … " if before.block is after.block else " "
                text += joint + source.text[span[0]:span[1]]
            quotes.append(Quote(id="", source=source, speaker=speaker, text=text, kind=kind,
                                paragraph=group.parts[0].block.index, spans=tuple(spans)))
            if turn is None and speaker != UNKNOWN_SPEAKER:
                last_speaker, last_paragraph = speaker, block.index
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, start=1):
        quote.id = f"{source.id}#{number}"
    return quotes


def _trimmed(text: str, quotation: Quotation) -> tuple[int, int]:
    """The quotation's words without the comma that stands for a full stop."""
    start, end = quotation.inner_start, quotation.inner_end
    while start < end and text[start].isspace():
        start += 1
    inner = text[start:end]
    trail = _TRAILING_RE.search(inner)
    if trail:
        end = start + trail.start()
    return start, max(end, start)


def _turn_quote(source: Source, block: Block, speaker: str) -> Quote:
    """A whole interview turn (its label left out) as one quote."""
    kind = QuoteKind.ANSWER if block.role is Role.ANSWER else QuoteKind.QUESTION
    start = block.body_start if block.body_start is not None else block.start
    return Quote(id="", source=source, speaker=speaker, text=source.text[start:block.end],
                 kind=kind, paragraph=block.index, spans=((start, block.end),))


def _is_split(masked: str, base: int, previous: _Part, quotation: Quotation) -> bool:
    """`“nothing,” she said, “was happening …”`: a cue between two quotations of one
    sentence, ending in a comma, joins them."""
    if previous.quotation.close_at is None:
        return False
    between = masked[previous.quotation.outer_end - base:quotation.open_at - base]
    if not between.strip() or not between.rstrip().endswith(","):
        return False
    return attribution.cue_after(between) is not None and len(between) < 80


def _attribute(group: _Group, masked: str, block: Block, mentions: _Mentions,
               book: SpeakerBook, turn: Turn | None) -> tuple[str | None, bool]:
    """(speaker, whether a cue named them) for one quote."""
    first, last = group.parts[0], group.parts[-1]
    base = block.start
    if last.block is block:
        after = masked[last.quotation.outer_end - base:]
        after_sentence = after[:_sentence_end(after)]
    else:
        after = after_sentence = ""
    if first.block is block:
        before_all = masked[:first.quotation.open_at - base]
    else:
        before_all = ""
    sentence_start = _sentence_start(before_all)
    before = before_all[sentence_start:]
    raw = (attribution.cue_after(after)
           or attribution.cue_before(before)
           or attribution.cue_at_sentence_end(after_sentence)
           or attribution.name_just_before(before))
    if raw is None and not before.strip():
        previous_sentence = before_all[_sentence_start(before_all[:sentence_start].rstrip()):
                                       sentence_start]
        raw = attribution.cue_in_sentence(previous_sentence)
    if raw is None:
        return None, False
    position = first.quotation.open_at
    if raw in ("he", "she"):
        # A pronoun nobody fits is still a cue: the quote is not the previous speaker's.
        return mentions.resolve(raw, position), True
    elif raw == "I":
        speaker = turn.speaker if turn is not None else None
    else:
        speaker = book.learn(raw)
        mentions.add(position - 1, speaker)
    return speaker, speaker is not None


def _sentence_start(text: str) -> int:
    found = None
    for found in _SENTENCE_BREAK_RE.finditer(text):
        pass
    return found.end() if found else 0


def _sentence_end(text: str) -> int:
    found = _SENTENCE_BREAK_RE.search(text)
    return found.end() if found else len(text)
