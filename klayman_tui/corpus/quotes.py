"""Extract quotes from a parsed source and attribute each to a speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import attribution
from .attribution import Cue, role_phrase
from .blocks import Turn
from .lexicon import ORGANISATION_NOUNS, STATEMENT_NOUNS
from .model import Block, Quote, QuoteKind, Role, Source
from .people import Entity, People
from .quotation_marks import Quotation, find_quotations
from .sentences import sentence_end, sentence_of, sentence_spans, sentence_start
from .speakers import SpeakerBook

UNKNOWN_SPEAKER = "Unknown"
# Quotations are read from these roles; furniture, comments, headlines and captions
# never yield quotes.
_QUOTABLE = {Role.NARRATION, Role.DEK, Role.ANSWER, Role.QUESTION}
_TITLE_WORD_RE = re.compile(r"\w[\w’'-]*")
_TRAILING = " \t\n,;:—–-"


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
    words = _TITLE_WORD_RE.findall(stripped)
    if not words or (len(words) > 1 and all(len(w) <= 3 for w in words)):
        return False  # "So are we": short words, nothing to tell a title by
    return all(w[0].isupper() or w[0].isdigit() for w in words if len(w) > 3 or w is words[0])


def _is_name_like(inner: str) -> bool:
    """“Perry”: a quoted name or short title, which the narration uses as a name."""
    words = inner.strip(" ,.").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) and not any(
        c in inner for c in "!?")


_LOOKBACK = 8  # paragraphs a pronoun or a role noun looks back through
_NAMED_ROLES = (Role.NARRATION, Role.DEK, Role.HEADLINE, Role.HEADING, Role.ANSWER,
                Role.QUESTION, Role.CAPTION)


class _Context:
    """What one article's attribution needs: its people, its masked paragraphs and
    their sentences, and the curated names of the corpus."""

    def __init__(self, source: Source, book: SpeakerBook) -> None:
        self.source = source
        self.book = book
        self.people = People(book)
        self.masked: dict[int, str] = {}
        self.quotations: dict[int, list[Quotation]] = {}
        self._sentences: dict[int, list[tuple[int, int]]] = {}

    def read(self) -> None:
        text = self.source.text
        for block in self.source.blocks:
            if block.role not in _NAMED_ROLES:
                continue
            quotations = (find_quotations(text, block.start, block.end)
                          if block.role in _QUOTABLE else [])
            self.quotations[block.index] = quotations
            masked = _mask(block.text, block.start, quotations)
            self.masked[block.index] = masked
            self.people.scan(masked, block.start, lambda i=block.index: self.sentences(i))
        self.people.link()

    def sentences(self, index: int) -> list[tuple[int, int]]:
        found = self._sentences.get(index)
        if found is None:
            found = self._sentences[index] = sentence_spans(self.masked[index])
        return found

    def floor(self, index: int) -> int:
        blocks = self.source.blocks
        return blocks[max(0, index - _LOOKBACK)].start

    def name(self, entity: Entity) -> str:
        root = entity.root()
        if root.unnamed:
            return root.name
        known = self.book.resolve(root.name)
        if known is not None:
            return known
        if root.organisation:
            return root.name
        # Known to the corpus from now on, with the surname as an alias, so that
        # `--speaker blair` and the palette find "Tony Blair".
        return self.book.learn(root.name)

    def speaker(self, cue: Cue, index: int, base: int, turn: Turn | None) -> str | None:
        """The speaker a cue names, found in the article; None when it names nobody."""
        people = self.people
        at = base + cue.start
        floor = self.floor(index)
        entity: Entity | None = None
        if cue.kind == "pronoun":
            if cue.text == "I":
                return turn.speaker if turn is not None else None
            entity = people.resolve_pronoun(cue.text, at, floor)
            if entity is not None and entity.root().gender is None:
                # "“…,” she said" about a name no list knows: now the article says.
                votes = entity.root().votes
                votes[cue.text] = votes.get(cue.text, 0) + 1
        elif cue.kind == "name":
            entity = self._named(base + cue.start, base + cue.end)
        elif cue.kind == "role":
            entity = self._role(cue, at, floor)
        elif cue.kind == "subject":
            return self._sentence_subject(index, base, cue, turn)
        if entity is None:
            return None
        if not self.trusted(entity):
            return None
        people.add_mention(at, entity)
        return self.name(entity)

    def _named(self, start: int, end: int) -> Entity | None:
        found = [m for m in self.people.before(end, start - 120) if m.end > start]
        found.reverse()
        person = next((m.entity for m in found if not m.entity.root().organisation), None)
        return person or (found[0].entity if found else None)

    def _role(self, cue: Cue, at: int, floor: int) -> Entity | None:
        people = self.people
        words = cue.text.split()
        definite = self.source.text[at:at + 4].lower().startswith(("the ", "that", "this"))
        if cue.head in STATEMENT_NOUNS or cue.head in ORGANISATION_NOUNS:
            if cue.organisation:
                return people.entity(cue.organisation)
            found = people.resolve_organisation(at, floor) if definite else None
            return found or people.add_unnamed(at, cue.text, cue.head)
        if definite:
            found = people.resolve_role(cue.head, at, floor)
            if found is not None:
                return found
        role = " ".join(words)
        if cue.organisation:
            role = f"{role}, {cue.organisation}"
        return people.add_unnamed(at, role, cue.head)

    def _sentence_subject(self, index: int, base: int, cue: Cue,
                          turn: Turn | None) -> str | None:
        """The subject of the sentence in ``masked[cue.start:cue.end]``: its first
        named person, pronoun or role before the main verb."""
        masked = self.masked[index]
        start = sentence_of(masked, max(cue.start, cue.end - 1))[0]
        sentence = masked[start:cue.end]
        mentions = [m for m in self.people.before(base + cue.end, base + start)]
        mentions.reverse()
        for mention in mentions:
            prefix = masked[start:mention.start - base]
            if (not mention.subject or mention.entity.root().organisation
                    or not self.trusted(mention.entity)):
                continue
            if re.search(r"\b(?:that|who|which|about|whom|when|if|because)\b", prefix):
                break
            self.people.add_mention(mention.start, mention.entity)
            return self.name(mention.entity)
        words = sentence.split()
        for position, word in enumerate(words[:20]):
            low = re.sub(r"[’'](?:s|d|ll)$", "", word.lower().strip(","))
            if low in ("he", "she") and position < 12:
                entity = self.people.resolve_pronoun(low, base + start + sentence.find(word),
                                                     self.floor(index))
                return self.name(entity) if entity else None
            if low in _DETERMINERS_FOR_SUBJECT:
                offset = start + sentence.find(word)
                role = role_phrase(masked, offset, offset + len(" ".join(words[position:position + 10])))
                if role is not None and role.head not in STATEMENT_NOUNS:
                    return self.speaker(role, index, base, turn)
        return None

    def trusted(self, entity: Entity) -> bool:
        """A one-word name seen only opening sentences ("Critics said",
        "Nevertheless") is a capitalised word, not a name."""
        root = entity.root()
        return (len(root.tokens) > 1 or root.inside or root.person or root.unnamed
                or self.book.resolve(root.name) is not None)


_DETERMINERS_FOR_SUBJECT = frozenset("a an the one another some".split())
_WORD_RE = re.compile(r"\S+")


def _mask(text: str, start: int, quotations: list[Quotation]) -> str:
    """The paragraph with every quotation (marks included) blanked to spaces, so
    cues and sentence breaks are read from the narration only. A quoted name
    (“Perry” said) keeps its words."""
    if not quotations:
        return text
    pieces: list[str] = []
    cursor = 0
    for q in quotations:
        a, b = q.open_at - start, min(q.outer_end - start, len(text))
        pieces.append(text[cursor:a])
        inner = text[a + 1:b - 1] if q.close_at is not None else ""
        if inner and _is_name_like(inner) and not inner.rstrip().endswith((".", ",")):
            pieces.append(" " + inner + " ")
        else:
            # A quotation that ends its sentence (“… no-brainer.”) still ends it.
            ends = text[a:b].rstrip("”’\"' ")[-1:] in (".", "!", "?") and (
                q.close_at is not None or q.recovered)
            # The opening mark stays, so a sentence break before it is still seen.
            filler = " " * (b - a - 1) + ("." if ends else " ")
            pieces.append(text[a] + filler[1:] if b - a >= 2 else filler)
        cursor = b
    pieces.append(text[cursor:])
    return "".join(pieces)


def extract_quotes(source: Source, turns: dict[int, Turn], book: SpeakerBook) -> list[Quote]:
    """All quotes in ``source``, in reading order (see PRODUCT.md, "Quote")."""
    context = _Context(source, book)
    context.read()
    subject = source.metadata.subject
    quotes: list[Quote] = []
    # The last speaker and the paragraph they spoke in: an uncued quotation opening
    # the next paragraph goes on in their voice.
    last_speaker: str | None = None
    last_paragraph = -10
    carried: _Group | None = None  # a quotation left open at the previous paragraph end
    pull_quotes: list[Quote] = []
    blocks = source.blocks
    reported: Block | None = None  # the paragraph before, when it quoted nobody

    for block in blocks:
        turn = turns.get(block.index)
        if turn is not None and block.role in (Role.ANSWER, Role.QUESTION):
            speaker = turn.speaker or UNKNOWN_SPEAKER
            if block.label:
                entity = context.people.entity(speaker)
                context.people.add_mention(block.start, entity)
            quotes.append(_turn_quote(source, block, speaker))
        if block.role not in _QUOTABLE:
            carried = reported = None
            continue
        quotations = context.quotations.get(block.index, [])
        if not quotations:
            carried = None
            block_quote = _block_quotation(source, block, context, turn)
            if block_quote is not None:
                quotes.append(block_quote)
                last_speaker, last_paragraph = block_quote.speaker, block.index
                continue
            # Reported speech just before a quotation paragraph ("He said Isaac …")
            # names who goes on speaking; read only if a quotation needs it.
            reported = block
            continue
        masked = context.masked[block.index]
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
            if quotation.close_at is None and not quotation.recovered:
                nxt = block.index + 1
                # It runs on only if the next paragraph opens with the same mark.
                if (quotation is quotations[-1] and nxt < len(blocks)
                        and blocks[nxt].text[:1] == quotation.mark):
                    carried = group
                elif group.parts == [part]:
                    paragraph_groups.pop()  # a stray opening mark: not a quotation
            previous = part
        if carried is not None and carried.parts[-1].block is not block:
            carried = None
        speaker_here: str | None = None
        waiting: tuple[Quote, int] | None = None  # an uncued quotation in this paragraph
        for group in paragraph_groups:
            if group is carried:
                continue  # finished, and attributed, in the paragraph that closes it
            inner = "".join(source.text[p.quotation.inner_start:p.quotation.inner_end]
                            for p in group.parts)
            if _is_title(inner) or not any(c.isalnum() for c in inner):
                continue  # a title, or marks around nothing that is words
            cue, after = _attribute(group, block, context, turn)
            cued = cue is not None
            speaker = context.speaker(cue, block.index, block.start, turn) if cue else None
            short = _is_short(inner)
            pull = False
            if turn is not None:
                # Inside an interview turn the words are the turn's speaker's unless a
                # cue names somebody else; those are listed in their own name.
                if not cued or speaker in (None, turn.speaker):
                    continue
            elif not cued:
                if short:
                    continue
                opens = group.parts[0].quotation.open_at == group.parts[0].block.start
                if speaker_here is not None:
                    speaker = speaker_here
                elif opens and group.parts[0].block.index - last_paragraph <= 1:
                    speaker = last_speaker
                elif (opens and reported is not None
                      and reported.index == group.parts[0].block.index - 1):
                    speaker = _reported_speaker(reported, context, turn)
                pull = speaker is None
                if speaker is None:
                    speaker = subject
            if speaker is None:
                if short and not after:
                    continue
                speaker = UNKNOWN_SPEAKER
            kind = QuoteKind.FRAGMENT if short and not after else QuoteKind.DIRECT
            kept = [(p, _trimmed(source.text, p.quotation)) for p in group.parts]
            kept = [(p, span) for p, span in kept if span[1] > span[0]]
            if not kept:
                continue
            parts = [p for p, _ in kept]
            spans = [span for _, span in kept]
            # Parts of one sentence were split by a cue (joined with " … "); parts in
            # consecutive paragraphs are one quotation running on (joined with a space).
            joins = tuple(" … " if before.block is after_part.block else " "
                          for before, after_part in zip(parts, parts[1:]))
            quote = Quote(number=0, source=source, speaker=speaker, kind=kind,
                          paragraph=parts[0].block.index,
                          span_data=tuple(x for span in spans for x in span), joins=joins)
            if waiting is not None and cued and not masked[
                    waiting[1] - block.start:group.parts[0].quotation.open_at - block.start
                    ].strip(" .“\"‘'"):
                # `"…everyone. "Then …," he said.`: nothing but the quotations between.
                waiting[0].speaker = speaker
                if waiting[0] in pull_quotes:
                    pull_quotes.remove(waiting[0])
            waiting = None
            quotes.append(quote)
            if pull:
                pull_quotes.append(quote)
                waiting = (quote, group.parts[-1].quotation.outer_end)
            if turn is None and speaker != UNKNOWN_SPEAKER and not pull:
                last_speaker, last_paragraph = speaker, block.index
                speaker_here = speaker
        reported = block if speaker_here is None else None
    _attribute_pull_quotes(pull_quotes, quotes)
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, start=1):
        quote.number = number
    return quotes


_FOLD_RE = re.compile(r"\W+")
_CUE_WINDOW = 400      # characters either side of a quotation where its cue is read
_MAX_PULL_QUOTES = 50  # per article: each is compared with every attributed quote


def _attribute_pull_quotes(pull_quotes: list[Quote], quotes: list[Quote]) -> None:
    """A quotation set apart with no cue is often a pull quote: the same words
    appear elsewhere in the article with their speaker."""
    if not pull_quotes:
        return
    pulled = {id(q) for q in pull_quotes}
    known = [(_FOLD_RE.sub(" ", q.text.lower()).strip(), q.speaker) for q in quotes
             if q.speaker != UNKNOWN_SPEAKER and id(q) not in pulled]
    for quote in pull_quotes[:_MAX_PULL_QUOTES]:
        words = _FOLD_RE.sub(" ", quote.text.lower()).strip()
        if len(words) < 20:
            continue
        head = words[:40]
        found = {speaker for text, speaker in known if head in text or text[:40] in words}
        if len(found) == 1:
            quote.speaker = found.pop()


def _reported_speaker(block: Block, context: _Context, turn: Turn | None) -> str | None:
    """The speaker of reported speech in a paragraph's last sentence, if any."""
    masked = context.masked[block.index]
    start, end = sentence_of(masked, len(masked) - 1)
    cue = attribution.cue_in_sentence(masked[start:end])
    if cue is None:
        return None
    return context.speaker(_shift(cue, start), block.index, block.start, turn)


def _block_quotation(source: Source, block: Block, context: _Context,
                     turn: Turn | None) -> Quote | None:
    """An unmarked quotation set off after a colon cue (`He adds:` then a paragraph)."""
    if block.index == 0 or turn is not None or len(block.text) < 40:
        return None
    previous = source.blocks[block.index - 1]
    if previous.role not in _QUOTABLE or not previous.text.rstrip().endswith(":"):
        return None
    if block.text.rstrip().endswith(":"):
        return None
    masked = context.masked.get(previous.index)
    if masked is None:
        return None
    start, end = sentence_of(masked, len(masked) - 1)
    cue = attribution.cue_in_sentence(masked[start:end]) or Cue("subject", 0, end - start)
    speaker = context.speaker(_shift(cue, start), previous.index, previous.start, turn)
    if speaker is None:
        return None
    return Quote(number=0, source=source, speaker=speaker, kind=QuoteKind.DIRECT,
                 paragraph=block.index, span_data=(block.start, block.end))


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
    # The words of the first part end in a comma: “nothing,” she said, “was …”
    first_words = previous.block.source.text[previous.quotation.inner_start:
                                             previous.quotation.inner_end].rstrip()
    if not first_words.endswith(","):
        return False
    between = masked[previous.quotation.outer_end - base:quotation.open_at - base]
    if not between.strip() or not between.rstrip().endswith(","):
        return False
    return attribution.cue_after(between) is not None and len(between) < 80


def _attribute(group: _Group, block: Block, context: _Context,
               turn: Turn | None) -> tuple[Cue | None, bool]:
    """(the cue naming the speaker, whether it follows the quotation) for one quote."""
    first, last = group.parts[0], group.parts[-1]
    masked = context.masked[block.index]
    base = block.start
    after = before = ""
    close = 0
    if last.block is block:
        close = last.quotation.outer_end - base
        # Cues sit close to the quotation: a bounded window keeps a paragraph of
        # many quotations linear to read.
        after = masked[close:close + _CUE_WINDOW]
    if len(group.parts) > 1 and group.parts[1].block is first.block is block:
        # A split quotation: the cue sits between its parts.
        gap_start = first.quotation.outer_end - base
        cue = attribution.cue_after(masked[gap_start:group.parts[1].quotation.open_at - base])
        if cue is not None:
            return _shift(cue, gap_start), True
    # `“…done.” When Stern asked`: a quotation ending in a full stop ends its
    # sentence, so what follows is no cue of its own.
    ending = context.source.text[last.quotation.inner_start:last.quotation.inner_end].rstrip()
    if after and ending[-1:] != ".":
        opener = after.split(None, 1)[:1]
        if not (ending[-1:] in "!?" and opener and attribution.is_function_word(opener[0])
                and opener[0][:1].isupper()):
            cue = attribution.cue_after(after) or attribution.cue_as_put(after)
            if cue is not None:
                return _shift(cue, close), True
    # The rest needs the sentence around the quotation, found only now.
    sentence_begins = 0
    if first.block is block:
        opening = first.quotation.open_at - base
        sentence_begins = sentence_start(masked, opening, _CUE_WINDOW)
        before = masked[sentence_begins:opening]
    cue = attribution.cue_before(before)
    if cue is not None:
        return _shift(cue, sentence_begins), False
    if after:
        sentence_stop = sentence_end(masked, max(0, close - 1), _CUE_WINDOW)
        cue = attribution.cue_at_sentence_end(masked[close:sentence_stop])
        if cue is not None:
            return _shift(cue, close), False
    if before.strip() and first.block is block:
        # `Klayman “preferred to be …”`: a name right before the quotation.
        mention = context.people.mention_ending(first.quotation.open_at, slack=2)
        if (mention is not None and not mention.possessive
                and not context.source.text[mention.end:first.quotation.open_at].strip()):
            return Cue("name", mention.start - base, mention.end - base), False
    if not before.strip() and first.block is block:
        # The quotation opens its sentence: a cue in the sentence before
        # (`Klayman explained that …. “…”`, `He adds: “…”`).
        if sentence_begins > 0:
            previous = sentence_of(masked, sentence_begins - 1)
            sentence = masked[previous[0]:previous[1]]
            cue = attribution.cue_in_sentence(sentence)
            if cue is not None:
                return _shift(cue, previous[0]), False
            if sentence.rstrip().endswith(":"):
                return Cue("subject", previous[0], previous[1]), False
            # "She paused. “I don't know.”": the quotation goes on from the
            # person the sentence before was about.
            opener = sentence.split(None, 1)[:1]
            if opener and opener[0] in ("He", "She"):
                at = previous[0] + sentence.index(opener[0])
                return Cue("pronoun", at, at + len(opener[0]), text=opener[0].lower()), False
    return None, False


def _shift(cue: Cue, offset: int) -> Cue:
    cue.start += offset
    cue.end += offset
    return cue
