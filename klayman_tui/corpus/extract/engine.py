"""Extract the quotes of one source and attribute each: the stages run in order.

1. quotations are paired per paragraph (``quotations``) and grouped into quotes: a split
   quote (`“A,” she said, “B.”`) and a quotation running on into the next paragraph are
   one quote;
2. the article's people are read (``entities``);
3. each quote, in reading order, gets its candidates (``candidates``) and the decision
   (``decide``), which keeps the cue, the rule and a confidence;
4. unmarked quotations after a colon cue, pull quotes repeated elsewhere, and the
   article's subject for a quote nobody is named for (curated articles only).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..ingest.blocks import Turn
from ..ingest.metadata import ASKING_ROLES, EDITED_NOTE_RE, TALKS_WITH_RE
from ..ingest.speakers import SpeakerBook, is_unnamed_interviewer
from ..words.lexicon import HONORIFICS, MONTHS, TITLE_WORDS
from ..words.roles import PLATFORMS, POSTED_NOUNS, ROLE_NOUNS
from ..model import UNCERTAIN_BELOW, UNKNOWN_SPEAKER, Block, Quote, QuoteKind, Role, Source
from . import frames
from .candidates import (QUOTABLE, TURN_ROLES, Article, Candidate, Gatherer, Spoken,
                         add_proposal, entity_features)
from .decide import UNKNOWN_BELOW, decide
from .credits import Excerpt, credited_excerpts
from .embeds import Post, embedded_posts
from .entities import Entity, name_key
from .headline import headline_quote, headline_speaker
from .names import read_run
from .quotations import (TRAILING, Quotation, find_quotations, is_short, is_title,
                         trimmed)
from .tokens import Window

# Set by benchmarks/fit_attribution.py: called with (source, quote text, candidates) for
# every quote decided, to fit the weights on labelled news.
RECORDER = None
_FOLD_RE = re.compile(r"\W+")
_MAX_PULL_QUOTES = 50  # per article: each is compared with every attributed quote
# Decimals a quote's confidence keeps (in the cache and the JSON output): a finer figure
# would only show the noise of the fitted weights.
CONFIDENCE_DIGITS = 3
# Characters of cue between two halves of one quoted sentence: "she said," up to "said
# the bureau's director, James Comey,"; longer, it is narration, not an interruption.
SPLIT_CUE_CHARS = 80
# Quotations of one paragraph one quote may join (see _splits_left).
MAX_SPLIT_PARTS = 6
# Folded characters a speakerless quotation needs before it is matched as a pull quote:
# shorter words ("thank you") recur in an article by chance.
PULL_QUOTE_MIN_CHARS = 20
# The folded characters compared, from the start: a pull quote repeats the opening words
# but is often cut or re-punctuated after them.
PULL_QUOTE_HEAD = 40
# A paragraph after a colon cue shorter than this is a heading or a list item, not a
# quotation set off as a block.
BLOCK_QUOTE_MIN_CHARS = 40
# A block quote's speaker is the subject of the one sentence that introduces it with a
# colon: at worst an even bet, however the candidates' scores fell.
BLOCK_QUOTE_MIN_CONFIDENCE = 0.5


class _Group:
    """One quote in the making: its parts, each a quotation in a paragraph."""

    __slots__ = ("parts",)

    def __init__(self, block: Block, quotation: Quotation) -> None:
        self.parts: list[tuple[Block, Quotation]] = [(block, quotation)]


def _groups(source: Source, article: Article) -> list[_Group]:
    """Quotations grouped into quotes, in reading order."""
    groups: list[_Group] = []
    carried: _Group | None = None
    blocks = source.blocks
    for block in blocks:
        quotations = article.quotations.get(block.index, [])
        if block.role not in QUOTABLE or not quotations:
            carried = None
            continue
        previous: Quotation | None = None
        for quotation in quotations:
            if carried is not None and quotation.open_at == block.start:
                carried.parts.append((block, quotation))
                group = carried
            elif previous is not None and _splits_left(groups[-1], block) and _is_split(
                    article, block, previous, quotation):
                groups[-1].parts.append((block, quotation))
                previous = quotation
                continue
            else:
                group = _Group(block, quotation)
                groups.append(group)
            carried = None
            if quotation.close_at is None and not quotation.recovered:
                nxt = block.index + 1
                # It runs on only if the next paragraph opens with the same mark, or
                # with the other of its kind (curly or straight: a page may mix them,
                # "“It’s …" ¶ "\"They …") when that runs to the paragraph's end (not a
                # quotation nested at its start: "\"… ¶ “I don’t …,” Earnest said.\"").
                if quotation is quotations[-1] and nxt < len(blocks) and _runs_on(
                        source.text, blocks[nxt], article.quotations.get(nxt), quotation):
                    carried = group
                elif group.parts == [(block, quotation)] and not (
                        previous is not None and previous.recovered):
                    # a stray opening mark: not a quotation (but one opening after a
                    # quotation left open, "“A. “B. “C", is the last of its paragraphs,
                    # their breaks lost)
                    groups.pop()
            previous = quotation
        if carried is not None and carried.parts[-1][0] is not block:
            carried = None
    return groups


# Opening marks of one kind: double or single, curly or straight.
_OPENING_KINDS = ({"“", '"'}, {"‘", "'"})


def _runs_on(text: str, block: Block, quotations: list[Quotation] | None,
             quotation: Quotation) -> bool:
    """Whether ``quotation``, left open, runs on into ``block``: the paragraph opens
    with its mark, or with the other mark of its kind where the quotation opening there
    runs to the paragraph's end."""
    opening = text[block.start:block.start + quotation.width]
    if opening == quotation.mark:
        return True
    if not any(opening in kind and quotation.mark in kind for kind in _OPENING_KINDS):
        return False
    first = quotations[0] if quotations else None
    return first is not None and first.open_at == block.start and (
        first.close_at is None or not text[first.outer_end:block.end].strip())


_SPLIT_CUE = re.compile(
    rf"^,?[^.@Q;:]{{0,{frames.CUE_TOKENS}}}V[^.@QV;:]{{0,{frames.CUE_TOKENS}}},?$")


def _splits_left(group: _Group, block: Block) -> bool:
    """Whether one more quotation of ``block`` may join ``group`` as the next half of a
    split sentence: a sentence is split by a cue once or twice, and a chain of 50,000
    ("“Yes,” said Ann Lee, “yes,” said Ann Lee, …") is no one quote."""
    return sum(1 for part, _ in group.parts if part is block) < MAX_SPLIT_PARTS


def _is_split(article: Article, block: Block, previous: Quotation, quotation: Quotation) -> bool:
    """`“nothing,” she said, “was happening …”`: a cue between two quotations of one
    sentence, ending in a comma, joins them."""
    if previous.close_at is None:
        return False
    text = article.source.text
    last = previous.open_at  # the last character before it (not a slice from the
    while last > block.start and text[last - 1].isspace():  # paragraph's start: that
        last -= 1  # made a paragraph of 50,000 quotations quadratic)
    opens_sentence = last == block.start or text[last - 1] in ".!?:"
    if not opens_sentence and is_title(text[previous.inner_start:previous.inner_end]):
        # "After hitting “Takin’ It To the Streets,” the singer told …"; but “Nothing,”
        # opening its sentence is the first half of what the speaker said.
        return False
    if not text[previous.inner_start:previous.inner_end].rstrip().endswith(","):
        return False
    low, high = previous.outer_end - block.start, quotation.open_at - block.start
    between = article.masked[block.index][low:high]
    if (not between.strip() or not between.rstrip().endswith(",")
            or len(between) > SPLIT_CUE_CHARS):
        return False
    window = article.window(block, low, high)
    return _SPLIT_CUE.match(window.classes) is not None


class _Namer:
    """Names for entities: curated ones through the corpus's book, learned ones added."""

    def __init__(self, book: SpeakerBook) -> None:
        self.book = book

    def __call__(self, entity: Entity) -> str:
        root = entity.root()
        if root.kind == "unnamed":
            return root.name
        name = root.name
        known = self.book.resolve(name)
        if known is not None:
            return known
        if root.kind == "org":
            return name
        # (a run of capitals that nothing shows to be a person's name is cited whole)
        return self.book.learn(name, person=root.kind == "person" or bool(
            root.he or root.she or root.titled or root.known_gender))


def extract_quotes(source: Source, turns: dict[int, Turn], book: SpeakerBook) -> list[Quote]:
    """All quotes in ``source``, in reading order, each with its speaker's evidence."""
    text = source.text
    quotations = {b.index: find_quotations(text, b.start, b.end)
                  for b in source.blocks if b.role in QUOTABLE}
    article = Article(source, quotations, book)
    gatherer = Gatherer(article)
    name = _Namer(book)
    quotes: list[Quote] = []
    interviewee = None  # whom an exchange no label or entry names is with, once read
    questioner: str | None = None  # who asks, when the introduction says so, once read
    opened = -1  # where the exchange of turns being read starts
    last_turn = -2  # the index of the last turn read
    was_labelled = False  # whether that turn had a label ("Q:"), not prose set below one
    exchanges = 0  # exchanges of turns read so far
    before_asking = before_answering = None  # who asked and answered in the one before
    posts = embedded_posts(source)
    in_posts = {index for post in posts for index in post.blocks}
    turns_spoken: list[Spoken] = []  # the answers whose speaker the article names
    for block in source.blocks:
        turn = turns.get(block.index)
        if turn is not None and block.role in TURN_ROLES and block.index not in in_posts:
            if block.index != last_turn + 1 or block.label and block.role is Role.QUESTION and (
                    not was_labelled):
                # A new exchange after prose ("On cross-examination, Stiles pressed
                # Echevarria …"): its own introduction may say who asks and who answers;
                # else the exchange before goes on ("Lindahl's reply read …" ¶ "Q: …").
                opened, exchanges = block.start, exchanges + 1
                before_asking, before_answering = questioner, interviewee
                interviewee = questioner = None
            last_turn, was_labelled = block.index, bool(block.label)
            speaker = turn.speaker
            if block.role is Role.QUESTION and speaker and (
                    is_unnamed_interviewer(speaker)
                    or speaker == source.metadata.interviewer
                    or speaker == block.label and not _labels_a_person(article, speaker)):
                # (the byline's author asks unless the introduction names who does:
                # "Labour MP Dev Sharma pressed the general …", "questions from reporters";
                # so does a label that names nobody the article names: "M&G:" after
                # "Sibiya spoke to Thandeka Mokoena")
                if questioner is None:
                    asking = _questioner(article, opened)
                    if asking is None and speaker == block.label:
                        asking = _spoken_to(article, opened, turns)
                    questioner = name(asking) if asking is not None else (
                        before_asking or is_unnamed_interviewer(speaker) and _outlet_asked(
                            article, opened)
                        # (a label naming no one, "WIRED:", "FT:", is the paper's: its
                        # byline's author asks)
                        or speaker == block.label and source.metadata.interviewer
                        or speaker)
                speaker = questioner
            if speaker is None and block.role is Role.ANSWER:
                if interviewee is None:
                    found = _interviewee(article, opened, exchanges > 1)
                    interviewee = name(found) if found is not None else (
                        before_answering or UNKNOWN_SPEAKER)
                speaker = interviewee
            speaker = speaker or UNKNOWN_SPEAKER
            if block.label and speaker.isupper() and len(speaker) > 2:
                speaker = _label_name(article, speaker, name)  # "PENCE:" is Mike Pence
            elif block.label and speaker == block.label or (
                    speaker == turn.speaker and speaker.isupper()):
                # "Dr Nur Hidayah:" is the Dr Nur Hidayah Ismail the introduction names
                # (and "RK" the Renata Kowalczyk whose initials label the turn, in the
                # paragraphs the turn runs on over without a label of their own)
                labelled = _label_entity(article, speaker)
                if labelled is not None and labelled.kind != "org":
                    speaker = name(labelled)
            elif speaker == turn.speaker:
                # The name the introduction gives ("We caught up with Pat") is the person
                # it stands for ("Patricia ‘Pat’ Halloran")
                given = article.people.entities.get(name_key(speaker))
                if given is not None and given.root() is not given and (
                        given.root().kind == "person"):
                    speaker = name(given)
            quotes.append(_turn_quote(source, block, speaker))
            answerer = article.people.named(speaker) if block.role is Role.ANSWER else None
            if answerer is not None:
                turns_spoken.append(
                    Spoken(answerer, block.start, block.end, block.index, []))
    weak: list[Quote] = []
    # The answers spoke before the quotations after them: "“Do it while you have
    # nothing to lose,” she says" after the last answer is the one who answered.
    turns_spoken.reverse()
    for group in _groups(source, article):
        block, first = group.parts[0]
        while turns_spoken and turns_spoken[-1].position < first.open_at:
            article.spoken.append(turns_spoken.pop())
        if block.index in in_posts:
            continue  # the post's, with its words
        inner = "".join(text[q.inner_start:q.inner_end] for _, q in group.parts)
        if is_title(inner) or not any(c.isalnum() for c in inner):
            continue
        turn = turns.get(block.index)
        turn_entity = (article.people.named(turn.speaker)
                       if turn is not None and turn.speaker else None)
        transcript = _transcript_turns(source, group, article, name)
        if transcript:
            quotes += transcript  # "WALLACE: … PENCE: …" inside one quotation
            continue
        candidates = gatherer.gather(group.parts, source.metadata.subject)
        for candidate in candidates:
            entity_features(candidate, inner)
        best, confidence = decide(candidates)
        if RECORDER is not None:
            RECORDER(source, inner, candidates)
        direct = (best is not None and best.best is not None and best.best.rule in frames.DIRECT
                  and not best.best.features.get("verb_weak"))
        short = is_short(inner)
        if turn is not None:
            # Inside an interview turn the words are the turn's speaker's unless a cue in
            # their sentence names somebody else (a he or she only for a person the turn
            # names: "I asked Weiwei what … and he said “the internet.”"; not one the
            # answer tells of unnamed, "I told my mother, “…” She said, “…”").
            if (best is None or not direct or confidence < UNKNOWN_BELOW
                    or turn_entity is not None and best.entity.root() is turn_entity
                    or best.best is not None and best.best.features.get("slot_pronoun")
                    and not (best.entity.root().kind == "person" and not (
                        best.best.features.get("pronoun_paragraphs_back")))):
                continue
        if short and not direct and (best is not None or not gatherer.cued_for_nobody):
            continue  # a short quotation cued for nobody found ("she said") stays, Unknown
        quote = _quote(source, group, QuoteKind.FRAGMENT if short else QuoteKind.DIRECT)
        if quote is None:
            continue
        if best is None or confidence < UNKNOWN_BELOW:
            quote.speaker, quote.rule, quote.confidence = UNKNOWN_SPEAKER, "none", confidence
            weak.append(quote)
        else:
            _attribute(quote, best, confidence, name)
            if confidence < UNCERTAIN_BELOW and quote.rule in GUESSES:
                weak.append(quote)  # a guess: the same words cued elsewhere say more
            best.entity.root().speaks += 1
            # (and the cue right after the quotation, whoever it was read for: "“…,” he
            # said" is the one decided, though the he was read for others too)
            read = [proposal.cue[0] for candidate in candidates
                    for proposal in candidate.proposals
                    if proposal.rule in frames.AFTER_NAMES and proposal.cue]
            article.spoken.append(Spoken(best.entity, quote.start, quote.end,
                                         group.parts[-1][0].index, quote_cue(best), read))
        quotes.append(quote)
    _attribute_pull_quotes(weak, quotes)
    quotes += [_post_quote(article, post, name) for post in posts]
    excerpts = credited_excerpts(source, lambda index: any(
        not is_short(text[q.inner_start:q.inner_end])
        for q in article.quotations.get(index) or ()))
    quotes += [_excerpt_quote(source, excerpt, index) for excerpt in excerpts
               for index in excerpt.blocks]
    in_posts |= {index for excerpt in excerpts for index in excerpt.blocks}
    for block in source.blocks:
        if block.index in in_posts:
            continue
        block_quote = _block_quotation(article, block, turns.get(block.index), gatherer, name)
        if block_quote is not None:
            quotes.append(block_quote)
    headline = headline_quote(article, quotes, name)
    if headline is not None:
        quotes.append(headline)
    quotes.sort(key=lambda q: q.start)
    for number, quote in enumerate(quotes, start=1):
        quote.number = number
    return quotes


def _quote(source: Source, group: _Group, kind: QuoteKind) -> Quote | None:
    kept = [(block, trimmed(source.text, q)) for block, q in group.parts]
    kept = [(block, span) for block, span in kept if span[1] > span[0]]
    if not kept:
        return None
    joins = tuple(" … " if a is b else " " for (a, _), (b, _) in zip(kept, kept[1:]))
    return Quote(number=0, source=source, speaker=UNKNOWN_SPEAKER, kind=kind,
                 paragraph=kept[0][0].index,
                 span_data=tuple(x for _, span in kept for x in span), joins=joins)


# How sure a post's signature makes its speaker: it names who wrote the words.
POST_CONFIDENCE = 0.95


def _post_quote(article: Article, post: Post, name: "_Namer") -> Quote:
    """An embedded post's words as one quote of the one it is signed by: the person
    the article names so ("Rep. Ilhan Omar" for the Ilhan Omar of the story), else the
    name as signed, its title left out ("Governor Kristi Noem": Kristi Noem)."""
    run = read_run(post.name, named=True)  # (a signature names someone: "Jan Kowalski")
    speaker = post.name
    if run is not None and run.kind in ("person", "name", "caps"):
        signed = " ".join(run.core)
        entity = _label_entity(article, signed)
        speaker = (name(entity) if entity is not None
                   else name.book.learn(signed) if run.kind == "person" else signed)
    spans = tuple(x for span in post.lines for x in span)
    return Quote(number=0, source=article.source, speaker=speaker, kind=QuoteKind.DIRECT,
                 paragraph=post.blocks[0], span_data=spans, joins=(" ",) * (len(post.lines) - 1),
                 cue=post.signature, rule="embedded-post", confidence=POST_CONFIDENCE)


def _excerpt_quote(source: Source, excerpt: Excerpt, index: int) -> Quote:
    """One paragraph of an excerpt a roundup credits below it ("[ Engadget ]"), as a
    quote of the one credited."""
    block = source.blocks[index]
    return Quote(number=0, source=source, speaker=excerpt.name, kind=QuoteKind.DIRECT,
                 paragraph=index, span_data=(block.start, block.end), cue=excerpt.credit,
                 rule="credit-line", confidence=POST_CONFIDENCE)


def quote_cue(candidate: Candidate) -> list[tuple[int, int]]:
    proposal = candidate.best
    return list(proposal.cue) if proposal is not None else []


def _attribute(quote: Quote, best: Candidate, confidence: float, name: _Namer) -> None:
    quote.speaker = name(best.entity)
    proposal = best.best
    spans = quote_cue(best) + ([proposal.named] if proposal and proposal.named else [])
    quote.cue = tuple(x for span in spans for x in span)
    quote.rule = proposal.rule if proposal is not None else ""
    quote.confidence = round(confidence, CONFIDENCE_DIGITS)


# A label in capitals after a space, a stop, a dash or a mark; the capital comes first
# (the lookbehind after it reads the character before), so the search skips to capitals.
_LABEL_IN_QUOTE_RE = re.compile(
    r"([A-Z](?<=[\s.?!—–\"“‘'-].)[A-Z’'-]+(?: [A-Z][A-Z’'-]+)?):\s+")


# Roles of one who asks an interview's questions: named so right before the exchange
# ("Reporter Rhys Evans went to see her"), the asker, never the one who answers. (Not a
# presenter, host, editor or columnist: as often the one a paper talks to.)
ASKER_ROLES = frozenset("reporter journalist correspondent interviewer".split())
# Paragraphs from the one naming the person who answers to the first answer: the
# introduction, then the question.
OPENING_PARAGRAPHS = 2


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence or paragraph ("She spoke to Reuters'
    Nadine Karam."; not "Under questioning by …, he described")."""
    before = text[max(0, at - 3):at].rstrip(" ")
    return not before or before[-1] in ".!?\n"


# "The Post’s " before a name: the paper's own reporter.
_PAPERS_RE = re.compile(r"\bThe\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?[’']s\s+$")


def _interviewee(article: Article, before: int, local: bool = False) -> Entity | None:
    """Whom an interview is with when no label or entry says: the one person its
    introduction (what comes before the first answer) names most, twice at least ("Anjali
    Raghavan’s first novel … she told an audience"); of two named as often (a couple),
    the one named nearer the interview ("Thuy Tran spoke with …"); else None. The one
    the sentence before asks ("Stiles pressed Echevarria on why …") answers. ``local``:
    only that, for an exchange after another (whose own introduction may say nothing of
    who answers: "Lindahl's reply, which Abernathy put up on the monitors, …")."""
    headed = (_heading_with(article, before) or headline_speaker(article)
              or _addressed(article, before))
    if headed is not None:
        return headed  # "Q&A: Two minutes with Tawera Ngata", "Graham Pell: ‘…’"
    counts: dict[int, list] = {}
    # the last sentence subject, where it starts and ends, and whom it asks ("Stiles
    # pressed Echevarria")
    opening: tuple[Entity, int, int, Entity | None] | None = None
    meta = article.source.metadata
    askers = {meta.interviewer, *(author.name for author in meta.authors)} - {None}
    for order, mention in enumerate(article.people.mentions):
        if mention.start >= before:
            break
        entity = article.people.entity_of(mention).root()
        if entity.kind in ("unnamed", "org") or not (
                entity.is_person or article.people.person(entity)):
            continue  # (not a body: "Religion News Service spoke with Whitfield")
        if not entity.roles.isdisjoint(ASKER_ROLES) or entity.name in askers or (
                _PAPERS_RE.search(article.source.text, max(0, mention.start - 40),
                                  mention.start)):
            # the reporter who asks ("Reporter Rhys Evans went to see her"; the one whose
            # byline it is, "Petrina Wright sat down with him"; a paper's own, "The
            # Post’s Sujata Adhikari spoke with …"), and no subject before it opens the
            # exchange
            if mention.subject:
                opening = None
            continue
        tally = counts.setdefault(id(entity), [entity, 0, 0])
        tally[1] += 1
        tally[2] = order
        if mention.subject and not mention.embedded and (
                not mention.pronoun or _opens_sentence(article.source.text, mention.start)):
            # (a sentence's subject, not a clause's inside it: "… spoke about … why she
            # thinks Indian B2B payments are still …")
            opening = entity, mention.start, mention.end, None
        elif opening is not None and opening[3] is None and _ASKS_BETWEEN_RE.fullmatch(
                article.source.text, opening[2], mention.start):
            opening = opening[0], opening[1], opening[2], entity  # (asked right after it)
    # The turns set out after a sentence whose subject is a person ("Under
    # cross-examination, Ortiz held firm. According to a court transcript:") are that
    # person's answers: the subject of the paragraph right before the first question.
    if opening is not None and opening[3] is not None:
        return opening[3]  # "Stiles pressed Echevarria on why …": the one pressed answers
    if local:
        return None
    if opening is not None:
        blocks = article.blocks
        answer = bisect_left(blocks, before, key=lambda block: block.start)
        named = bisect_right(blocks, opening[1], key=lambda block: block.start) - 1
        # (farther back, a person's, not a paper's, own sentence of the talk: "spoke
        # with CBC host Anna Laurin", not "Rolling Stone spoke with Haddad", with
        # other paragraphs of the introduction between: a statement the story quotes,
        # the note that it was edited)
        talked = opening[0].kind == "person" and TALKS_WITH_RE.search(
            article.source.text, opening[2], blocks[named].end) is not None
        if (answer - named <= OPENING_PARAGRAPHS or talked) and not any(
                blocks[i].role is Role.ANSWER for i in range(named, answer)):
            return opening[0]
    ranked = sorted(counts.values(), key=lambda tally: (-tally[1], -tally[2]))
    if not ranked or ranked[0][1] < 2:
        return None
    return ranked[0][0]


# Questions read for the name of the one they address.
ADDRESSED_QUESTIONS = 2
_SET_OFF_BEFORE_RE = re.compile(r"(?:^|[,:;]\s+|[.?!]\s+)$")
_SET_OFF_AFTER_RE = re.compile(r"[,.?!]")


def _addressed(article: Article, before: int) -> Entity | None:
    """The person the exchange's first questions address by name ("Congratulations on
    the award, Glenys. How did it feel to win?"): the one who answers them."""
    blocks, text, people = article.blocks, article.source.text, article.people
    at = bisect_left(blocks, before, key=lambda block: block.start)
    questions = [b for b in blocks[at:at + 2 * ADDRESSED_QUESTIONS] if b.role is Role.QUESTION]
    for block in questions[:ADDRESSED_QUESTIONS]:
        for mention in people.within(block.start, block.end):
            entity = people.entity_of(mention).root()
            if mention.pronoun or entity.kind != "person":
                continue
            lead = text[max(block.start, mention.start - 3):mention.start]
            if (_SET_OFF_BEFORE_RE.search(lead) or mention.start - block.start <= 3) and (
                    _SET_OFF_AFTER_RE.match(text, mention.end)):
                return entity
    return None


# A heading's words at most, and "with" right before the name it ends in.
HEADING_WORDS = 12
# "with" after a word for talking to someone ("Two minutes with", "In conversation
# with", "Q&A with"), not after any word ("How to deal with Trump", "The trouble with
# Tesla", "Ukraine's war with Russia").
_WITH_BEFORE_RE = re.compile(
    r"\b(?:minutes|conversation|interview|chat|talk|talking|questions|q&a|lunch|coffee)"
    r"\s+with\s+$", re.IGNORECASE)


def _heading_with(article: Article, before: int) -> Entity | None:
    """The person a short heading right before an exchange says it is with, the name
    ending it: "Q&A: Two minutes with Tawera Ngata", "In conversation with Ana Duarte"
    (no sentence: no full stop at its end); else None."""
    blocks = article.blocks
    at = bisect_left(blocks, before, key=lambda block: block.start) - 1
    if at < 0:
        return None
    block = blocks[at]
    text = article.source.text
    heading = text[block.start:block.end].rstrip(" :")
    if len(heading.split()) > HEADING_WORDS or heading.endswith((".", "!", "?")):
        return None  # (a sentence, not a heading: "Willis spoke to us after a meeting
        #              with Prime Minister Christopher Luxon.")
    for mention in article.people.mentions:
        if mention.start < block.start or mention.pronoun:
            continue
        if mention.start >= block.start + len(heading):
            break
        entity = article.people.entity_of(mention).root()
        if (mention.end >= block.start + len(heading) - 1 and _WITH_BEFORE_RE.search(
                text, block.start, mention.start) and entity.kind != "org"):
            return entity
    return None


# What an introduction says of the one asking a transcript's questions: "Under
# questioning by Assistant U.S. Atty. Karen Whitfield", "cross-examined by".
_ASKED_BY_RE = re.compile(r"\b(?:questioning|questioned|examination|examined|asked|pressed"
                          r"|quizzed|questions)\s+(?:by|from)\s", re.IGNORECASE)
# One the introduction says somebody spoke to ("Sibiya spoke to Thandeka Mokoena"): the
# asker, unless it is the one who answers ("I spoke with Alison at Sundance").
_SPOKE_TO_RE = re.compile(r"\b(?:spoke|talked)\s+(?:to|with)\s")
# Those who ask, unnamed, right after it: "took questions from reporters" (the one
# word for them, in the plural).
_ASKERS_RE = re.compile(r"(?:the\s+)?([a-z]+s)\b")
# A person who asks another, as the subject of the asking: "Labour MP Dev Sharma
# pressed Lieutenant General Sir Duncan Rennie … on when he was first briefed".
_ASKS = r"\s+(?:pressed|questioned|quizzed|grilled|asked|challenged)\s+"
_ASKS_RE = re.compile(_ASKS + "[A-Z]")
_ASKS_BETWEEN_RE = re.compile(_ASKS)  # (between the asker's name and the one asked)
# How far after "by" the one asking is named: past a role ("Brightmoor attorney").
_ASKED_BY_REACH = 60


def _labels_a_person(article: Article, label: str) -> bool:
    """Whether a transcript's label names a person the article names ("WALLACE" for
    Chris Wallace), by a first name or a title, not a body or nobody ("M&G", "Reel
    Notes": a label's words alone, which speak in every turn, make no person)."""
    entity = _label_entity(article, label)
    return entity is not None and (entity.root().kind == "person" or entity.root().titled)


def _paragraph_before(article: Article, before: int) -> Block | None:
    """The paragraph right before the one that starts at ``before`` (a transcript's
    first question); None when there is none."""
    first = bisect_left(article.blocks, before, key=lambda block: block.start)
    return article.blocks[first - 1] if first else None


def _spoken_to(article: Article, before: int, turns: dict[int, Turn]) -> Entity | None:
    """The person the paragraph right before a transcript's first question says
    somebody spoke to, in a sentence that ends with the name and gives no title ("Sibiya
    spoke to Thandeka Mokoena."; not "she spoke to Health MEC Nomantu Nkomo-Ralehoko
    about the waiting lists"), when no labelled answer names them; else None."""
    block = _paragraph_before(article, before)
    if block is None:
        return None
    blocks = article.blocks
    text = article.source.text
    people = article.people
    answering: set[int] = set()  # whom the answers' labels name
    for index, turn in turns.items():
        label = blocks[index].label
        if turn.role is Role.ANSWER and label:
            labelled = _label_entity(article, label)
            if labelled is not None:
                answering.add(id(labelled.root()))
    for spoke in _SPOKE_TO_RE.finditer(text, block.start, block.end):
        for mention in people.within(spoke.end(), spoke.end() + _ASKED_BY_REACH):
            entity = people.entity_of(mention).root()
            if mention.start == spoke.end() and not mention.pronoun and (
                    text.startswith(".", mention.end) and not entity.titled
                    and (entity.is_person or people.person(entity))
                    and id(entity) not in answering):
                return entity
    return None


# An outlet one spoke to, by its letters or its "The" ("Mensah spoke to AFP about …",
# "spoke with The Courier on Tuesday"): the one who asks, when no byline says who. Not
# in a clause about someone ("who spoke to NATO about … last month"), nor an interview
# told before ("she told the BBC in an interview that …").
_OUTLET_ASKED_RE = re.compile(
    r"(?<!\bwho )(?<!\bwhich )\b(spoke|talked|s[ai]ts?\s+down)\s+(?:to|with)\s+(?:the\s+)?"
    r"((?:The\s+)?[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})"
    r"(?=\s+(?:about|in|for|on|this|before|after|during|from|at)\b|[.,:])")


def _outlet_asked(article: Article, before: int) -> str | None:
    """The outlet the paragraph right before a transcript's first question, which says
    it introduces it (its edited note or a colon), says the one who answers spoke to
    ("Mensah spoke to AFP about the obstacles. The interview has been edited …"): a
    name in capitals or one that opens with "The"; None when it names no outlet so."""
    block = _paragraph_before(article, before)
    if block is None:
        return None
    text = article.source.text
    question = article.source.block_at(before)
    introduces = text[block.start:block.end].rstrip().endswith(":") or bool(
        EDITED_NOTE_RE.search(text, block.start, block.end)) or (
        # (or the turns after it are labelled: "Menon-Clarke spoke with CBC Books about
        # writing The Last Crossing." ¶ "Q: Where did the idea …")
        question is not None and question.label is not None)
    for found in _OUTLET_ASKED_RE.finditer(text, block.start, block.end):
        if not introduces and "down" not in found.group(1):
            continue  # (the paragraph does not say it introduces the exchange: "He spoke
            #           to the BBC last year about his diagnosis." opening a profile; one
            #           sits down with whoever asks: "She sat down with BBC Sport at …")
        outlet = found.group(2)
        # (the paragraph's last sentence, or the one before its note: not "In March she
        # spoke to the UN in Geneva …. She received us in her office:")
        end = text.find(". ", found.end(), block.end)
        rest = text[end + 1:block.end].strip() if end >= 0 else ""
        if rest and not (EDITED_NOTE_RE.search(rest) and rest.count(". ") == 0):
            continue
        opening = max(text.rfind(". ", block.start, found.start()) + 1, block.start)
        if _WHEN_RE.search(text, opening, end if end >= 0 else block.end):
            continue  # (a talk of another time: "In March she spoke to the UN …")
        first = outlet.split()[0]
        if outlet.startswith("The ") or first.isupper() and len(first) > 1:
            return outlet  # ("The Jakarta Post", "AFP", "BBC Sport")
    return None


# A time that dates a sentence's talk to another day than this interview's.
_WHEN_RE = re.compile(rf"\b(?:last|earlier|ago|(?:19|20)\d\d|{'|'.join(MONTHS)})\b")


def _questioner(article: Article, before: int) -> Entity | None:
    """Who asks a transcript's questions when its introduction (the paragraphs before
    the first question) names them: the one the dek says the one answering talks to
    ("She talks to Conor Deasy about …"); the first person named just after "questioning
    by", "cross-examined by" …; and in the paragraph right before the exchange, those
    it asks "questions from" ("reporters": a reporter) or the one who "pressed" the
    witness; else None (the article's interviewer asks)."""
    blocks = article.blocks
    first = bisect_left(blocks, before, key=lambda block: block.start)
    text = article.source.text
    people = article.people
    said_who = False  # the introduction says who asks, named or not
    # (the one who answers as the introduction reads, else as the article's own words
    # name him: "The Post’s Sujata Adhikari spoke with Ramesh Prasad Khanal, …")
    interviewee = article.source.metadata.interviewee
    answers = _interviewee(article, before) or (
        people.named(interviewee) if interviewee else None)
    for block in blocks[:first]:
        if block.role is Role.DEK:
            # "She talks to Conor Deasy about mackerel, fishing communities and …"
            talker = _talks_with(article, block, answers)
            if talker is not None:
                return talker
    for block in reversed(blocks[max(0, first - OPENING_PARAGRAPHS - 1):first]):
        for asked in _ASKED_BY_RE.finditer(text, block.start, block.end):
            said_who = True
            named = [people.entity_of(mention).root() for mention in people.within(
                asked.end(), asked.end() + _ASKED_BY_REACH) if not mention.pronoun
                and _ASKER_WORDS_RE.fullmatch(text, asked.end(), mention.start)]
            # (a person named right after, past a body that only modifies a role,
            # "Brightmoor attorney Daniel Abernathy"; not one further on: "questioned
            # by detectives about the death of Karen Price", "from prosecutors, Ortiz")
            found = next((e for e in named if e.is_person), None) or next(
                (e for e in named if people.person(e)), None)
            if found is not None:
                return found
            askers = _ASKERS_RE.match(text, asked.end())
            if askers is not None and block.index == first - 1 and frames.plural_role(
                    askers.group(1)):
                # (named by what they are, right before the exchange: "She took questions
                # from reporters for about 20 minutes. An excerpt:")
                return people.unnamed(askers.group(1)[:-1], askers.group(1)[:-1])
        told = [people.entity_of(m).root() for m in people.within(block.start, block.end)
                if not m.pronoun and not m.subject]
        host = next((e for e in told if e is not answers and e.kind == "person"
                     and not e.roles.isdisjoint(ASKING_ROLES)), None)
        if host is not None:
            return host  # "“…,” Tessier told As It Happens host Sheena Lafferty."
        if block.index != first - 1:
            continue  # (one who pressed another earlier asks no later interview's questions)
        talker = _talks_with(article, block, answers)
        if talker is not None:
            return talker  # "Here, Kearney talks to Niall Moran about home support"
        for mention in people.within(block.start, block.end):
            entity = people.entity_of(mention).root()
            if not mention.pronoun and entity.kind != "org" and _ASKS_RE.match(
                    text, mention.end) and (entity.is_person or people.person(entity)):
                return entity  # "Labour MP Dev Sharma pressed Lieutenant General …"
            if not mention.pronoun and mention.subject and entity.kind != "org" and (
                    not entity.roles.isdisjoint(ASKER_ROLES)):
                return entity  # "Reporter Rhys Evans went to see her at the clubhouse."
    if not said_who and answers is not None and answers.kind == "person":
        for block in reversed(blocks[:max(0, first - 1)]):
            # farther back in the introduction, the one who answers (a person's name,
            # not a paper's: "Rolling Stone spoke with Haddad") "spoke with CBC host
            # Anna Laurin about …" (a statement the story quotes and the note that it
            # was edited between)
            talker = (_talks_with(article, block, answers)
                      if block.role is not Role.DEK else None)
            if talker is not None:
                return talker
    # A court's transcript ("Under cross-examination, Ortiz held firm. According to a
    # court transcript:"): the questions are counsel's, the lawyer named last before,
    # not the one who answers them.
    opening = blocks[max(0, first - OPENING_PARAGRAPHS - 1)].start
    if said_who or _IN_COURT_RE.search(text, opening, before) is None:
        return None  # (not when it says who asks, unnamed: "Under questioning from
        #               prosecutors")
    for mention in people.before(before, 0):
        entity = people.entity_of(mention).root()
        if not mention.pronoun and entity.kind != "unnamed" and entity is not answers and (
                not entity.roles.isdisjoint(_COUNSEL)):
            return entity
    return None


# A he or she right before a verb of talking, the sentence's subject.
_SHE_OR_HE_RE = re.compile(r"(?:^|[.!?]\s+)(?:She|He)\s+$", re.MULTILINE)


def _talks_with(article: Article, block: Block, answers: Entity | None) -> Entity | None:
    """The person one who answers talks to or sits down with in ``block`` ("Here,
    Kearney talks to Niall Moran about …", "Niall Moran sat down with Kearney"): the
    other of the two, who asks."""
    if answers is None:
        return None
    text, people = article.source.text, article.people
    for talk in TALKS_WITH_RE.finditer(text, block.start, block.end):
        subject = [m for m in people.within(block.start, talk.start()) if not m.pronoun]
        spoken_to = [m for m in people.within(talk.end(), block.end) if not m.pronoun]
        if spoken_to and _SHE_OR_HE_RE.search(text, block.start, talk.start()):
            # "She talks to Conor Deasy about mackerel …" (the dek), "She spoke to
            # Reuters' Nadine Karam": the person spoken to asks, when not the one who
            # answers (past a paper's name)
            # (not one given an office's title, here or below: "she spoke to Health
            # MEC Nomantu Nkomo-Ralehoko about …" is no interviewer)
            asker = next((entity for entity in (
                people.entity_of(m).root() for m in spoken_to[:2]) if entity.is_person and (
                    not entity.titled or not entity.roles.isdisjoint(ASKING_ROLES))), None)
            if asker is not None and asker is not answers:
                return asker
        if not subject or not spoken_to:
            continue
        # (past a network's name, one whose role is to ask: "spoke with CBC host Anna
        # Laurin"; not any name after a possessive: "spoke to Pakistan’s Shehbaz Sharif")
        other_named = next((m for m in spoken_to[1:2] if people.entity_of(m).is_person and (
            not people.entity_of(m).root().roles.isdisjoint(ASKING_ROLES))), spoken_to[0])
        named = (subject[-1], other_named)
        for one, other in (named, named[::-1]):
            asker = people.entity_of(other).root()
            if people.entity_of(one).root() is answers and asker is not answers and (
                    asker.is_person) and (not asker.titled or not asker.roles.isdisjoint(
                        ASKING_ROLES)) and (
                    not text[max(0, other.start - 4):other.start].lower().endswith("the ")):
                # (not the paper: "The Jakarta Post spoke to …" is its reporter's)
                return asker
    return None


# What says a transcript is a court's, and who asks there.
_IN_COURT_RE = re.compile(r"\b(?:cross-examin\w*|court transcript|trial transcript"
                          r"|witness stand)\b", re.IGNORECASE)
_COUNSEL = frozenset("""attorney lawyer prosecutor counsel barrister solicitor advocate
""".split())
# The words between "questioning by" and the asker's name: capitalised ones, counsel's
# and a determiner ("Assistant U.S. Atty.", "Brightmoor attorney", "the defence
# barrister"), no comma but after a counsel's role set off first ("the lead
# prosecutor, Capt. Andrea Hollings").
_ASKER_WORDS_RE = re.compile(r"(?:(?:the\s+)?(?:[a-z]+\s+){0,2}(?:" + "|".join(sorted(_COUNSEL))
                             # (and whose: "counsel to the first defendant, ")
                             + r")(?:\s+(?:to|for)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[a-z]+)?,\s+)?"
                             # (a role set off first: "the lead prosecutor, ")
                             r"(?:(?:the|defen[cs]e|[A-Z][\w.’'-]*|"
                             + "|".join(sorted(_COUNSEL)) + r")\s+)*")


def _label_name(article: Article, label: str, name: "_Namer") -> str:
    """A transcript's label in capitals ("PENCE") as the person the article names
    ("Mike Pence"), else in ordinary case ("Pence"), unless the story too writes it in
    capitals ("CNA spoke to …")."""
    entity = _label_entity(article, label)
    if entity is not None and entity.kind == "org":
        return label
    if entity is not None:
        named = name(entity)  # as the article writes it, unless only in capitals
        if not named.isupper():
            return named
        written = re.search(rf"\b{re.escape(named)}\b(?![:/])", article.source.text)
        return named if written else _capitalised(named)
    # A word the article also writes in small letters ("VIDEO:", "a video") labels
    # a clip or a crowd, not a person.
    if re.search(rf"\b{re.escape(label.lower())}\b", article.source.text):
        return UNKNOWN_SPEAKER
    return _capitalised(label)


def _label_entity(article: Article, label: str) -> Entity | None:
    """Whom a transcript's label names: the article's person or organisation of those
    words, the longest named so ("PENCE" where only "Mike Pence" is named, whose name
    ends so; "Dr Nur Hidayah" for Dr Nur Hidayah Ismail, whose name begins so), or the
    one person whose initials it is ("HC" for Harriet Cole), else None."""
    words = label.lower().replace(".", "").split()
    # (past a title or a role before the name: "DIR. TABORA", "MS. DIZON")
    key = tuple(words[1:] if len(words) > 1 and (
        words[0] in HONORIFICS or words[0] in TITLE_WORDS or words[0] in ROLE_NOUNS) else words)
    fitting = {id(root): root for root in (
        e.root() for e in article.people.entities.values()
        if e.key == key or e.key[-len(key):] == key or len(key) > 1 and e.key[:len(key)] == key)}
    if 2 <= len(label) <= 3 and label.isalpha() and label.isupper() and all(
            root.kind == "caps" and root.key == key for root in fitting.values()):
        # "HC:", "RP:" (letters read as a name of their own only there): the one person
        # the article names whose initials they are (Harriet Cole, Richard Pennington)
        by_initials = {id(root): root for root in (
            e.root() for e in article.people.entities.values())
            if root.kind == "person" and len(root.key) == len(label)
            and "".join(word[:1] for word in root.key) == label.lower()}
        fitting = by_initials or fitting
    longest = [root for root in fitting.values()
               if not any(len(other.key) > len(root.key) for other in fitting.values())]
    return longest[0] if len(longest) == 1 else None


def _capitalised(label: str) -> str:
    """A label in capitals in ordinary case ("PENCE": "Pence"), but an abbreviation,
    with no vowel, as written ("M&G", "CNN")."""
    if not any(c in "AEIOUY" for c in label.upper()):
        return label
    return " ".join(word.capitalize() for word in label.split())


def _transcript_turns(source: Source, group: "_Group", article: Article,
                      name: "_Namer") -> list[Quote]:
    """A quotation that is a transcript ("WALLACE: … PENCE: …"), in one paragraph or
    running over several (each opening with a mark): one quote per turn and paragraph,
    in the name of its label; words before a paragraph's first label go on the turn
    before. At least two labels, the first at the quotation's start."""
    text = source.text
    first = group.parts[0][1]
    if _LABEL_IN_QUOTE_RE.match(text, first.inner_start, first.inner_end) is None:
        return []  # most quotations: no label at the start, nothing more to read
    found = [(block, quotation,
              list(_LABEL_IN_QUOTE_RE.finditer(text, quotation.inner_start,
                                               quotation.inner_end)))
             for block, quotation in group.parts]
    if sum(len(labels) for _, _, labels in found) < 2:
        return []
    quotes: list[Quote] = []
    speaker: str | None = None
    label_cue: tuple[int, ...] = ()  # set with speaker
    for block, quotation, labels in found:
        # Each turn's words: from its label (or the paragraph's start) to the next.
        starts: list[tuple[int, re.Match[str] | None]] = [
            (quotation.inner_start, None)] if not labels or (
            labels[0].start() != quotation.inner_start) else []
        starts += [(label.end(), label) for label in labels]
        ends = [label.start() for label in labels] + [quotation.inner_end]
        ends = ends[len(ends) - len(starts):]
        for (start, label), end in zip(starts, ends):
            if label is not None:
                speaker = _label_name(article, label.group(1), name)
                label_cue = (label.start(), label.end(1))
            end = start + len(text[start:end].rstrip(TRAILING))
            if end <= start or speaker is None:
                continue
            known = speaker != UNKNOWN_SPEAKER
            quotes.append(Quote(number=0, source=source, speaker=speaker,
                                kind=QuoteKind.DIRECT, paragraph=block.index,
                                span_data=(start, end), cue=label_cue if known else (),
                                rule="transcript-label" if known else "none",
                                confidence=1.0 if known else 0.0))
    return quotes


def _turn_quote(source: Source, block: Block, speaker: str) -> Quote:
    """A whole interview turn (its label left out) as one quote."""
    kind = QuoteKind.ANSWER if block.role is Role.ANSWER else QuoteKind.QUESTION
    start = block.body_start if block.body_start is not None else block.start
    label = (block.start, block.body_start) if block.body_start is not None else ()
    return Quote(number=0, source=source, speaker=speaker, kind=kind, paragraph=block.index,
                 span_data=(start, block.end), cue=tuple(label),
                 rule="labelled-turn" if label else "interview-turn")


# Rules that name no cue of the quotation's own, only someone near it: a speaker they
# give below the uncertain line yields to the same words cued elsewhere (a pull quote,
# or "As Gaiman put it, “…”" after the pull quote credits him). A cue in the sentence
# before ("the spokesman said. “He continues …”") is the quotation's own.
GUESSES = frozenset(("continues", "named-nearby", "sentence-subject",
                     "previous-sentence-subject", "previous-paragraph-subject"))


def _attribute_pull_quotes(weak: list[Quote], quotes: list[Quote]) -> None:
    """A quotation with no speaker, or with only a guess (``GUESSES``), is often a pull
    quote: the same words appear elsewhere in the article with their speaker."""
    if not weak:
        return
    pulled = {id(q) for q in weak}
    known = [(_FOLD_RE.sub(" ", q.text.lower()).strip(), q) for q in quotes
             if q.speaker != UNKNOWN_SPEAKER and id(q) not in pulled]
    for quote in weak[:_MAX_PULL_QUOTES]:
        words = _FOLD_RE.sub(" ", quote.text.lower()).strip()
        if len(words) < PULL_QUOTE_MIN_CHARS:
            continue
        head = words[:PULL_QUOTE_HEAD]
        found = {q.speaker: q for text, q in known
                 if head in text or text[:PULL_QUOTE_HEAD] in words}
        if len(found) == 1:
            speaker, other = found.popitem()
            quote.speaker, quote.rule = speaker, "pull-quote"
            quote.cue, quote.confidence = other.cue, other.confidence


def _block_quotation(article: Article, block: Block, turn: Turn | None, gatherer: Gatherer,
                     name: _Namer) -> Quote | None:
    """An unmarked quotation set off after a colon cue (`He adds:` then a paragraph)."""
    source = article.source
    if block.index == 0 or turn is not None or block.end - block.start < BLOCK_QUOTE_MIN_CHARS:
        return None
    if block.role not in QUOTABLE or not all(
            is_short(source.text[q.inner_start:q.inner_end])
            for q in article.quotations.get(block.index) or ()):
        return None  # (its own quotation marks only around a term: "… about “unsafe”")
    previous = source.blocks[block.index - 1]
    if previous.role not in QUOTABLE or not previous.text.rstrip().endswith(":"):
        return None
    if block.text.rstrip().endswith(":"):
        return None
    window = article.last_sentence(previous)
    if window is None:
        return None
    classes = window.classes.rstrip(".")
    verb = classes.rfind("V")  # (the one before the colon: "In a blog post published
    #                            in June, the company wrote:")
    if verb < 0 and not _posted(window):
        return None  # "The tour dates:", "Ingredients:": a list follows, not speech
    slots = frames.subjects_before(window, verb) if verb >= 0 else []
    if not slots:
        subject = frames.subject_of_sentence(window, classes)
        if subject is None:
            return None
        slots = [(subject[0], subject[1] - 1, "sentence")]
    found: dict[int, Candidate] = {}

    def propose(entity, rule, features, cue, named):
        add_proposal(found, entity, rule, features, cue, named)

    first, last, _ = slots[0]
    gatherer._propose_slot(propose, "colon-block", window, first, last,
                           verb if verb >= 0 else None, article.floor(block.index), block.start)
    candidates = list(found.values())
    for candidate in candidates:
        entity_features(candidate)
    best, confidence = decide(candidates, {**_BLOCK_WEIGHTS})
    if best is None:
        return None
    quote = Quote(number=0, source=source, speaker=UNKNOWN_SPEAKER, kind=QuoteKind.DIRECT,
                  paragraph=block.index, span_data=(block.start, block.end))
    _attribute(quote, best, max(confidence, BLOCK_QUOTE_MIN_CONFIDENCE), name)
    return quote


def _posted(window: Window) -> bool:
    """Whether a sentence before a colon tells of a post or a statement, or of a
    platform one is posted on ("… celebrated on Twitter shortly after the session
    adjourned:", "addressed the episode in a LinkedIn post last week:"): what follows is
    its text, whatever the verb."""
    return any(cls == "s" and word.lower() in POSTED_NOUNS or word.lower() in PLATFORMS
               for word, cls in zip(window.words, window.classes))


# A colon-introduced block has one frame; its candidates differ only by slot.
_BLOCK_WEIGHTS = {"frame_colon-block": 3.0, "none": 0.0, "pronoun_rank_1": 1.0,
                  "pronoun_agrees": 1.5, "pronoun_clashes": -4.0, "entity_untrusted": -2.0}
