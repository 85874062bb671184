"""Extract quotes from a parsed source and attribute each to a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import attribution
from .blocks import Turn
from .model import MUTED_ROLES, Block, Quote, QuoteKind, Role, Source
from .quotation_marks import Quotation, find_quotations
from .speakers import FIRST_NAMES, SpeakerBook

UNKNOWN_SPEAKER = "Unknown"
# Quotations are read from these roles; furniture, comments, headlines and captions
# never yield quotes.
_QUOTABLE = {Role.NARRATION, Role.DEK, Role.ANSWER, Role.QUESTION}
_SENTENCE_BREAK_RE = re.compile(r"[.!?](?=\s)")
_WORD_RE = re.compile(r"\w[\w’'-]*")
_TRAILING = " \t\n,;:—–-"
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


def _is_short(text: str) -> bool:
    """One to three words: a fragment or a scare quote."""
    return len(text.split(None, 3)) <= 3


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
    if not quotations:
        return text
    pieces: list[str] = []
    cursor = 0
    for q in quotations:
        a, b = q.open_at - start, min(q.outer_end - start, len(text))
        pieces.append(text[cursor:a])
        # A quotation that ends its sentence (“… no-brainer.”) still ends it.
        ends = q.close_at is not None and text[a:b - 1].rstrip()[-1:] in (".", "!", "?")
        pieces.append(" " * (b - a - 1) + ("." if ends else " "))
        cursor = b
    pieces.append(text[cursor:])
    return "".join(pieces)


_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


class _Mentions:
    """Named people in reading order, for resolving he/she to the last one that fits.

    Paragraphs are scanned for names only when a pronoun needs them, walking back
    from the pronoun, so articles without pronoun cues cost nothing here."""

    _LOOKBACK = 12  # paragraphs

    def __init__(self, book: SpeakerBook, blocks: list[Block]) -> None:
        self.book = book
        self.blocks = blocks
        self.masked: dict[int, str] = {}
        self.named: dict[int, list[tuple[int, str]]] = {}  # labels and cue names
        self._scanned: dict[int, list[tuple[int, str]]] = {}

    def add(self, block: int, position: int, person: str) -> None:
        self.named.setdefault(block, []).append((position, person))

    def _scan(self, index: int) -> list[tuple[int, str]]:
        found = self._scanned.get(index)
        if found is not None:
            return found
        block = self.blocks[index]
        text = self.masked.get(index, block.text)
        for match in _PERSON_RE.finditer(text):
            self.book.learn(match.group())
        found = []
        resolve = self.book.resolve
        for match in _CAPITALISED_RUN_RE.finditer(text):
            run = match.group()
            person = resolve(run)
            if person is None and " " in run:
                # "Though Klayman chalks": the name may be one word of the run.
                person = next((p for p in map(resolve, run.split()) if p), None)
            if person:
                found.append((block.start + match.start(), person))
        self._scanned[index] = found
        return found

    def resolve(self, pronoun: str, block: int, position: int) -> str | None:
        for index in range(block, max(-1, block - self._LOOKBACK), -1):
            if self.blocks[index].role in MUTED_ROLES:
                continue
            candidates = sorted(self._scan(index) + self.named.get(index, []))
            for at, person in reversed(candidates):
                if at >= position:
                    continue
                fits = self.book.pronoun(person)
                if fits is None or fits == pronoun:
                    return person
        return None


def extract_quotes(source: Source, turns: dict[int, Turn], book: SpeakerBook) -> list[Quote]:
    """All quotes in ``source``, in reading order (see PRODUCT.md, "Quote")."""
    mentions = _Mentions(book, source.blocks)
    subject = source.metadata.subject
    quotes: list[Quote] = []
    last_speaker: str | None = None
    last_paragraph = -10
    carried: _Group | None = None  # a quotation left open at the previous paragraph end

    for block in source.blocks:
        turn = turns.get(block.index)
        if turn is not None and block.role in (Role.ANSWER, Role.QUESTION):
            speaker = turn.speaker or UNKNOWN_SPEAKER
            if block.label:
                mentions.add(block.index, block.start, speaker)
            quotes.append(_turn_quote(source, block, speaker))
        if block.role not in _QUOTABLE:
            carried = None
            continue
        quotations = find_quotations(source.text, block.start, block.end)
        masked = _mask(block.text, block.start, quotations)
        mentions.masked[block.index] = masked
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
                # It runs on only if the next paragraph opens with the same mark.
                if (nxt < len(source.blocks)
                        and source.blocks[nxt].text[:1] == quotation.mark):
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
            if _is_title(inner) or not any(c.isalnum() for c in inner):
                continue  # a title, or marks around nothing that is words
            speaker, cued = _attribute(group, masked, block, mentions, book, turn)
            short = _is_short(inner)
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
            kept = [(p, _trimmed(source.text, p.quotation)) for p in group.parts]
            kept = [(p, span) for p, span in kept if span[1] > span[0]]
            parts = [p for p, _ in kept]
            spans = [span for _, span in kept]
            # Parts of one sentence were split by a cue (joined with " … "); parts in
            # consecutive paragraphs are one quotation running on (joined with a space).
            joins = tuple(" … " if before.block is after.block else " "
                          for before, after in zip(parts, parts[1:]))
            quotes.append(Quote(number=0, source=source, speaker=speaker, kind=kind,
                                paragraph=parts[0].block.index,
                                span_data=tuple(x for span in spans for x in span),
                                joins=joins))
            if turn is None and speaker != UNKNOWN_SPEAKER:
                last_speaker, last_paragraph = speaker, block.index
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, start=1):
        quote.number = number
    return quotes


def _trimmed(text: str, quotation: Quotation) -> tuple[int, int]:
    """The quotation's words without the comma that stands for a full stop."""
    start, end = quotation.inner_start, quotation.inner_end
    while start < end and text[start].isspace():
        start += 1
    end = start + len(text[start:end].rstrip(_TRAILING))
    return start, end


def _turn_quote(source: Source, block: Block, speaker: str) -> Quote:
    """A whole interview turn (its label left out) as one quote."""
    kind = QuoteKind.ANSWER if block.role is Role.ANSWER else QuoteKind.QUESTION
    start = block.body_start if block.body_start is not None else block.start
    return Quote(number=0, source=source, speaker=speaker, kind=kind, paragraph=block.index,
                 span_data=(start, block.end))


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
        return mentions.resolve(raw, block.index, position), True
    elif raw == "I":
        speaker = turn.speaker if turn is not None else None
    else:
        speaker = book.learn(raw)
        mentions.add(block.index, position - 1, speaker)
    return speaker, speaker is not None


def _sentence_start(text: str) -> int:
    found = attribution.last_match(_SENTENCE_BREAK_RE, text)
    return found.end() if found else 0


def _sentence_end(text: str) -> int:
    found = _SENTENCE_BREAK_RE.search(text)
    return found.end() if found else len(text)
