"""Who could have said a quotation: candidates from the cue frames and from the context
(the previous speaker, the sentence before, the people named near it), each with the
features the decision weighs and the evidence it would show.

A candidate is an entity. Several frames may propose the same one: each proposal keeps
its own features (the frame, the verb, the slot, a pronoun's antecedent), and the
decision takes the best proposal of each candidate; what holds whatever proposed it (the
previous speaker, the entity itself, how many frames agree) is added to it.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from operator import itemgetter

from ..ingest.speakers import SpeakerBook
from ..model import Block, Role, Source
from ..words.lexicon import (AUXILIARIES, CORE_LEMMAS, DAYS_AND_MONTHS, DEFINITE_DETERMINERS,
                             FUNCTION_WORDS, HONORIFICS, MENTAL_LEMMAS, ONE_OF_A_GROUP,
                             PRONOUN_GENDER, SPEECH_VERBS, SUBORDINATORS, TITLES, VERB_LEMMA,
                             WEAK_LEMMAS)
from ..words.roles import (ANONYMOUS_ROLES, COLLECTIVE_NOUNS, COMPASS_WORDS, DEMONYM_NOUNS,
                           FEMALE_NOUNS, GOVERNING_NOUNS, GOVERNMENT_NOUNS, ISSUED_NOUNS,
                           MALE_NOUNS, ORGANISATION_NOUNS, OWN_NAME_BODY_NOUNS, PARENT_NOUNS,
                           PARTY_MEMBERS, PLACE_FEATURE_WORDS, PLATFORMS, ROLE_NOUNS,
                           ROLE_SYNONYMS, STATEMENT_NOUNS)
from . import frames
from .entities import (NOBODY, PREVIOUS_WORD_REACH, SALIENT_MENTIONS, WHICH_AFTER_RE, Entity,
                       Mention, People, acts, in_relative, modifies, owned_role, says,
                       told_of, verb_after_aside)
from .names import DEMONYM_ENDS
from .persons import KIN_NOUNS
from .quotations import Quotation
from .tokens import (QUOTE_MARK, SENTENCE_REACH, Window, mask, previous_word, sentence_end,
                     sentence_start, tokenize)

# One a description or a pronoun may stand for: the entity, its features, where named.
Standing = tuple[Entity, dict[str, float], tuple[int, int] | None]
# Gatherer.gather's propose(entity, rule, features, cue, named).
Proposer = Callable[[Entity, str, dict[str, float], list[tuple[int, int]], tuple[int, int] | None],
                    None]

LOOKBACK = 8        # paragraphs a pronoun or a role looks back through
# A role ("the director said") may also stand for the article's most mentioned person,
# not only the last one fitting, once that person is named SALIENT_MENTIONS times (see
# entities): a main character.
# Antecedents a pronoun is offered, nearest first: past four, the right one is rarely
# further back and each more is another wrong guess to outweigh.
MAX_ANTECEDENTS = 4
# Ranks of antecedent told apart by a feature; every one past the third shares its
# weight ("pronoun_rank_3"), as the training news has few.
PRONOUN_RANKS = 3
# Paragraphs back to an antecedent, as a feature from 0 to 1: four and more count alike.
ANTECEDENT_PARAGRAPHS = 4
# Token classes from the closing mark to the verb of a cue that belongs to the quotation
# after a full stop ("“…?” Will Estrada, the county chairman, said" is within it);
# further, the words are a sentence of their own.
CUE_AFTER_STOP_REACH = 6
# Words at most of a body a role is of, named in lower case ("the library service").
BODY_WORDS = 4
# Sentence windows an article keeps tokenized for the quotes that read them again
# (the next quote reads the sentence before it); a paragraph of 8,000 quotes kept
# them all (1.2 GB).
WINDOWS_KEPT = 256
# Mentions a pronoun's antecedents are looked for among, nearest first: a few
# paragraphs' worth (a paragraph of 10,000 "John Smith … He said" read them all for
# each he, which made it quadratic).
MENTIONS_BACK = 200
# Characters from the cue's subject to the quotation, as a feature from 0 to 1: a
# sentence's reach (``SENTENCE_REACH``) and further count alike.
CUE_DISTANCE_SCALE = 400
# Counts fed to a feature (speech verbs between, others named between, frames agreeing,
# the log of an entity's mentions) saturate at three: the training news has few beyond.
COUNT_CAP = 3
# Paragraphs back a quote with no cue of its own may continue the last speaker's; the
# features ("continues_back_1", "continues_back_2") were fitted for these.
CONTINUES_PARAGRAPHS = 2
# Characters from the last quote's end within which a quote that names nobody between
# is "adjacent": the next sentence, or the one after.
ADJACENT_CHARS = 80
# An exchange of turns (one quotation a paragraph) is read this many paragraphs back;
# a turn's cue has at most DIALOGUE_CUE_WORDS words ("the prosecutor asked").
DIALOGUE_TURNS = 12
DIALOGUE_CUE_WORDS = 5
_NAMED_ROLES = (Role.NARRATION, Role.DEK, Role.HEADLINE, Role.HEADING, Role.ANSWER,
                Role.QUESTION, Role.CAPTION)
QUOTABLE = (Role.NARRATION, Role.DEK, Role.ANSWER, Role.QUESTION)


@dataclass(slots=True)
class Proposal:
    """One frame's case for a candidate: its features and the evidence it would show."""

    rule: str
    features: dict[str, float]
    cue: list[tuple[int, int]]            # the cue words
    named: tuple[int, int] | None = None  # where a pronoun's person is named


# Proposals that add to a candidate's best one rather than compete with it.
CONTEXT_RULES = frozenset({"continues"})


@dataclass(slots=True)
class Candidate:
    entity: Entity
    proposals: list[Proposal] = field(default_factory=list)
    context: dict[str, float] = field(default_factory=dict)
    best: Proposal | None = None  # set by the decision

    @property
    def rules(self) -> list[str]:
        return [p.rule for p in self.proposals]

    def features(self, proposal: Proposal | None) -> dict[str, float]:
        """The features of the candidate with ``proposal`` as its case."""
        return {**(proposal.features if proposal else {}), **self.context}


@dataclass(slots=True)
class Spoken:
    """A decided quote, as later quotes see it."""

    entity: Entity
    position: int       # where the quote starts
    end: int
    paragraph: int
    cue: list[tuple[int, int]]
    # Cue words after the quotation read for any candidate ("he said"): the speaker
    # decided is who they meant, when a later quote reads them again.
    read: list[tuple[int, int]] = field(default_factory=list)


TURN_ROLES = (Role.ANSWER, Role.QUESTION)  # the roles of a transcript's turns
# A dateline opening a paragraph: a place in capitals, perhaps a region and the agency
# in brackets, then a dash ("WASHINGTON —", "PARIS (Reuters) -", "SURABAYA, Indonesia
# —"); or, opening the story, a colon ("ISLAMABAD:").
_DATELINE_RE = re.compile(r"[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3}"
                          r"(?:,[ ][A-Z][\w.]*(?:[ ][A-Z0-9][\w.]*){0,3})?"
                          r"(?:[ ]?\([A-Za-z .&-]{1,40}\))?[ ]?(?P<mark>—|–|--?|:)[ ]+(?=\S)")


def _without_dateline(masked: str, lede: bool) -> str:
    """A paragraph of narration with the dateline it opens with blanked, so that its
    first sentence's subject is the words after it ("WASHINGTON — Democratic lawmakers
    said"); a colon's only in the story's first paragraph (a turn is "PENCE: …")."""
    found = _DATELINE_RE.match(masked)
    if found is None or found.group("mark") == ":" and not lede:
        return masked
    return " " * found.end() + masked[found.end():]


class Article:
    """What one article's attribution reads: its paragraphs masked, their quotations,
    its people, and the quotes decided so far."""

    def __init__(self, source: Source, quotations: dict[int, list[Quotation]],
                 book: SpeakerBook | None = None) -> None:
        self.source = source
        self.blocks = source.blocks
        self.people = People(book)
        self.quotations = quotations
        self.masked: dict[int, str] = {}
        text = source.text
        # Names after the last quotation (and the paragraph after it, which may be an
        # unmarked quotation after a colon) can name no speaker.
        # (An interview's introductions, up to its last turn, say whom each exchange
        # is with and who asks.)
        last = max([i for i, found in quotations.items() if found]
                   + [b.index for b in self.blocks if text[b.end - 1:b.end] == ":"]
                   + [b.index for b in self.blocks if b.role in TURN_ROLES],
                   default=-1) + 1
        lede = True  # the story's first paragraph is still to come
        for block in self.blocks:
            if block.role not in _NAMED_ROLES or block.index > last:
                continue
            masked = mask(text[block.start:block.end], block.start,
                          quotations.get(block.index, []))
            if block.role is Role.NARRATION or block.role is Role.DEK:
                masked = _without_dateline(masked, lede)
                lede = False
            self.masked[block.index] = masked
            self.people.scan(masked, block.start, block.role is Role.HEADLINE,
                             text[block.start:block.end])
        self.people.link()
        _lede_role_to_name(self)
        self.spoken: list[Spoken] = []
        self._windows: dict[tuple[int, int, int], Window] = {}
        self._starts: dict[int, int] = {}

    # -- sentences -------------------------------------------------------------------
    def sentence_start(self, block: Block, position: int) -> int:
        """Where the sentence holding ``position`` starts, as an offset into the
        paragraph (kept: a quotation's sentence is asked for again to find the one
        before it)."""
        found = self._starts.get(position)
        if found is None:
            found = self._starts[position] = sentence_start(
                self.masked[block.index], position - block.start, SENTENCE_REACH)
        return found

    def window(self, block: Block, low: int, high: int) -> Window:
        key = (block.index, low, high)
        found = self._windows.get(key)
        if found is None:
            if len(self._windows) >= WINDOWS_KEPT:
                self._windows.clear()  # those of quotes long past: memory stays bounded
            found = self._windows[key] = tokenize(self.masked[block.index], low, high,
                                                  block.start, self.people.within)
        return found

    def sentence_around(self, block: Block, open_at: int, outer_end: int) -> tuple[Window, int]:
        """The sentence holding a quotation, as a window, and the quotation's token."""
        masked = self.masked[block.index]
        a = open_at - block.start
        low = self.sentence_start(block, open_at)
        high = sentence_end(masked, max(a + 1, outer_end - block.start), SENTENCE_REACH)
        window = self.window(block, low, high)
        at = bisect_left(window.spans, open_at, key=itemgetter(0))  # spans are in order
        if at == len(window.spans) or window.spans[at][0] != open_at:
            at = -1
        return window, at

    def sentence_before(self, block: Block, position: int) -> Window | None:
        """The sentence before the one starting at ``position`` (same paragraph)."""
        masked = self.masked[block.index]
        a = position - block.start
        if a <= 0 or not masked[:a].strip():
            return None
        low = sentence_start(masked, a - 1, SENTENCE_REACH)
        return self.window(block, low, a)

    def block_index(self, position: int) -> int:
        """The index of the paragraph ``position`` is in; -1 before the first."""
        return bisect_left(self.blocks, position + 1, key=lambda block: block.start) - 1

    def last_sentence(self, block: Block) -> Window | None:
        masked = self.masked.get(block.index)
        if masked is None or not masked.strip():
            return None
        end = len(masked.rstrip())
        low = sentence_start(masked, max(0, end - 1), SENTENCE_REACH)
        return self.window(block, low, end)

    def floor(self, index: int) -> int:
        return self.blocks[max(0, index - LOOKBACK)].start


# -- slots --------------------------------------------------------------------------------
def _slot_entities(article: Article, window: Window, first: int, last: int,
                   before: int, back: bool = True
                   ) -> list[tuple[Entity, dict[str, float], tuple[int, int] | None]]:
    """Who the words of a speaker slot (tokens ``first``..``last``) stand for, each with
    the slot's features and where a pronoun's person is named; ``back``: a body's noun
    may stand for the body the sentence before has for its subject."""
    classes = window.classes
    people = article.people
    if first == last and classes[first] == "D" and (
            window.words[first].lower() in ONE_OF_A_GROUP):
        # "Fans also reacted with dismay. One, posting under the name …, wrote:": one
        # of the group named last before it, by its noun; no one when none is named,
        # nor when its sentence names a person ("One, a retired teacher named Mary
        # Jones, said": hers, as the other cues read it).
        noun = _group_before(article, window.spans[first][0])
        if noun is None or any(people.entity_of(m).is_person for m in people.within(
                window.spans[first][1], window.spans[-1][1])):
            return []
        return [(people.unnamed(noun, noun), {"slot_role": 1.0}, None)]
    if classes[first] == "D" and last == first + 1 and classes[last] == "N":
        first += 1  # "the New York Times": the name
    if first == last and classes[first] == "N" and first and (
            window.words[first - 1].lower() in DEFINITE_DETERMINERS):
        *place_words, last_word = window.words[first].split()
        noun = last_word.lower()
        if not place_words and _ACRONYM_RE.fullmatch(last_word):
            # "Attorney General Khalid Jameel Rana told the bench … “…,” the AG said": the
            # person named before whose title's initials the letters are
            initialled = _title_initials(people, noun, window.spans[first][0], before) or (
                _spelled_out(article, noun, window.spans[first][0], before))
            if initialled is not None:
                return [initialled]
        if place_words and noun in PARTY_MEMBERS:
            # "the Social Democrat said", "the Christian Democrat": a member of the party
            # the words name, as "the Democrat" is, whatever office the one named before
            # holds
            holders = _described(people, noun, window.spans[first][0], before,
                                 {"slot_role_definite": 1.0}, said=frozenset((noun,)))
            if holders:
                return holders
        if place_words and noun in ROLE_NOUNS:
            # "the Donegal TD said", "the Strangford MLA": a role of a place, capitalised
            # with it; the person named before who fits, as "the Ohio senator" is.
            holders = _described(people, noun, window.spans[first][0], before,
                                 {"slot_role_definite": 1.0}, named_as=tuple(place_words),
                                 said=frozenset((noun,)))
            if last_word[:1].isupper() and not last_word.isupper():
                # "The Water Minister told reporters": an office by its title, which is
                # the one given it, or one named last with no role ("Katy Gallagher
                # said …. The Finance Minister said"), else the office itself, not one
                # given another role ("Local farmer Jane Smith")
                holders = [h for h in holders if "role_named_before" in h[1] or not (
                    h[0].roles & ROLE_NOUNS)] or [
                    (people.unnamed(window.words[first], noun), {"slot_role_definite": 1.0},
                     None)]
            if holders:
                return holders
        if all(w.lower() in COMPASS_WORDS for w in place_words) and (
                noun.endswith(DEMONYM_ENDS) or noun in DEMONYM_NOUNS):
            # "the Brazilian said", "the Swede", "the South Korean": a nationality for
            # the person named before who fits (not one the article shows to be a body
            # or a person's name: "the Guardian said").
            mentions = people.within(*window.span(first, last))
            named = people.entity_of(mentions[0]) if mentions else None
            if named is not None and named.kind in ("name", "caps") and not named.is_person:
                holders = _described(people, noun, window.spans[first][0], before,
                                     {"slot_role_definite": 1.0},
                                     named_as=(window.words[first],))
                if holders:
                    return holders
    if last == first + 1 and classes[first:last + 1] == "DW" and (
            window.words[first].lower() in DEFINITE_DETERMINERS):
        noun = window.words[last].lower()
        if noun.endswith(DEMONYM_ENDS) or noun in DEMONYM_NOUNS:
            # "the German said", "the Swede": a nationality no name is read in, for the
            # person named before who fits, as one read as a name is (above)
            holders = _described(people, noun, window.spans[last][0], before,
                                 {"slot_role_definite": 1.0}, named_as=(window.words[last],))
            if holders:
                return holders
    cls = classes[first]
    if cls == "D" and first < last and classes[first + 1] == "M" and (
            window.words[first].lower() == "the"):
        # "the Government's own assessment": the Government's, as "Obama's assessment"
        first, cls = first + 1, "M"
    span = window.span(first, last)
    if cls == "N" and first < last <= first + 3 and not classes[first + 1:last].strip("w") and (
            classes[last] in "nO" or frames.group_noun(window.words[last].lower())):
        # "Federal police said", "Toronto police", "Kumamoto prefectural police": the
        # body, by its noun; "Clinton aides said", "Federal inspectors wrote": the
        # group, not the name before its noun
        pass
    elif cls == "N" or cls == "M" and first == last:
        mentions = people.within(span[0], span[1]) or list(people.before(span[1], span[0]))
        word = window.words[first]
        if first == last and cls == "N" and not word.isupper() and (
                word[:-1].lower() in ROLE_NOUNS and word.endswith("s")) and (
                first == 0 or classes[first - 1] in ".Q") and (not mentions or (
                people.entity_of(mentions[0]).kind == "name"
                and not people.entity_of(mentions[0]).is_person
                and people.entity_of(mentions[0]).mentions == 1)):  # (not "the Chiefs")
            # "Inspectors who visited the school described it as …": a group its
            # sentence opens with, a capital only for that (a word for people in the
            # plural, not a name such as "Sanders")
            return [(people.unnamed(word.lower(), word.lower()), {"slot_bare_role": 1.0},
                     None)]
        if first == last == 0 and window.classes[1:3] == ":Q" and (
                not mentions or not people.entity_of(mentions[0]).root().trusted) and (
                frames.AGENT_RE.search(word) and word.lower() not in STATEMENT_NOUNS):
            # "Caller: “…”": a label of one who speaks by a noun no list holds, which
            # names the speaker as a name would
            return [(people.unnamed(word.lower(), word.lower()), {"slot_name": 1.0}, None)]
        if not mentions:
            return []
        entity = people.entity_of(mentions[0])
        kind = "slot_org" if entity.kind == "org" else "slot_name"
        return [(entity, {kind: 1.0}, None)]
    if cls == "p" and first == last and window.words[first].lower() in _OBJECTS:
        # the object that speaks ("captured him shouting at officers:"): the he or she
        return _antecedents(article, _SUBJECT_OF[window.words[first].lower()], span[0],
                            before)
    if cls == "P":
        pronoun = _CONTRACTED_RE.sub("", window.words[first].lower())  # "he’d" is "he"
        if pronoun == "it" and window.words[last + 1:last + 2] in (["read"], ["reads"]):
            # "Greaves issued his own statement through the League Managers' Association.
            # “…,” it read.": a text, the one the sentence before had its owner issue
            issued_by = _text_owner(article, span[0], before)
            if issued_by:
                return issued_by
        if pronoun == "it" and (first == 0 or classes[first - 1] in ".Q" or (
                classes[:1] == "o" and classes.find(",") == first - 1) or first == 1 and (
                window.words[0].lower() in _CLAUSE_JOINERS)):
            # (opening its clause after an opening phrase too: "In a statement released
            # on Thursday evening, it said"; or after "But": "But it said:")
            described = _it_described(article, span[0], before)
            if described:
                return described
        return _antecedents(article, pronoun, span[0], before)
    words = [w.lower().strip(",.’'") for w in window.words[first:last + 1]]
    # The head is the phrase's last noun, or the role before "of", "for", "at", "on" …
    # and its body ("an official of the city's forestry division": an official).
    body = next((i for i, c in enumerate(classes[first:last + 1]) if c == "o" and i
                 and classes[first + i - 1] == "n" and words[i] in frames.ROLE_WITHIN), None)
    if body is None:
        # (a statement and where it is: "A post on Sorano's official X account said": a
        # post, the body's)
        body = next((i for i, c in enumerate(classes[first:last + 1]) if c == "o" and i
                     and classes[first + i - 1] == "s" and words[i] in _WHERE_POSTED), None)
    head_index = max((i for i, c in enumerate(classes[first:last + 1]) if c in "nOswW"
                      and (body is None or i < body)), default=len(words) - 1)
    # "a spokesman for the Pennsylvania Democratic Party": the role and the organisation.
    organisation = ""
    of_body: tuple[Entity, Mention] | None = None  # the first body named after the head
    persons_body = False  # the role is of a body in a person's possessive
    for i in range(head_index + 1, last - first + 1):
        if classes[first + i] in "NM":
            mentions = people.within(*window.spans[first + i])
            if mentions and (classes[first + i] == "N" or not people.entity_of(
                    mentions[0]).root().is_person):
                # (or a body's in the possessive, "of the FBI's field office"; two that
                # "and" joins, both: "for Great Britain and Ireland")
                joined = organisation and classes[first + i - 1] == "c" and (
                    window.words[first + i - 1].lower() in ("and", "&"))
                if organisation and not joined and people.entity_of(mentions[0]).is_place:
                    break  # (a place after the body: "a statement from the Chinese
                    #         Embassy in Manila" is the embassy's)
                of_body = of_body or (people.entity_of(mentions[0]), mentions[0])
                name = people.entity_of(mentions[0]).name
                rest = range(first + i + 1, last + 1)
                if classes[first + i] == "N" and rest and all(
                        classes[k] in "wnO" for k in rest) and len(rest) <= BODY_WORDS:
                    # (with the nouns in small letters that end the phrase: "a senior
                    # member of the Test squad" is of the Test squad, not of Test)
                    name = " ".join([name, *(window.words[k] for k in rest)])
                organisation = f"{organisation} and {name}" if joined else name
            elif mentions:
                persons_body = True  # "the head of Clinton's campaign"
    head = words[head_index]
    if head in _ACCOUNT_NOUNS and of_body is not None:
        # "the official account of the Chinese Embassy said": the account speaks as
        # its owner
        return [(of_body[0], {"slot_organisation_noun": 1.0},
                 (of_body[1].start, of_body[1].end))]
    role_words = [w for w, c in zip(window.words[first:first + head_index + 1],
                                    classes[first:first + head_index + 1]) if c not in "DMa"]
    if len(role_words) > 1 and frames.YEAR_RE.fullmatch(role_words[0]):
        del role_words[0]  # (nor the year it opens with: "A 2017 inspection report")
    if head in STATEMENT_NOUNS and not organisation:
        # "A Harbour Trust statement said": the statement of the body it names, as
        # "the statement said" after it is ("statement, Harbour Trust")
        issuing = [k for k in range(first, first + head_index) if classes[k] == "N"]
        mentions = people.within(*window.spans[issuing[-1]]) if issuing else []
        if mentions and not people.entity_of(mentions[0]).root().is_person:
            organisation = people.entity_of(mentions[0]).name
            role_words = [w for k, w in enumerate(window.words[first:first + head_index + 1],
                                                   first) if classes[k] not in "DMaN"]
    role = " ".join(role_words) or head
    if not organisation and not persons_body and body is not None:
        # "the head of the largest inshore fishing union", "a spokesperson for the
        # library service": the body its words name, in lower case as written (its
        # plain words only: not "an official with knowledge of the talks")
        after = [(w, c) for w, c in zip(words[body + 1:], classes[first + body + 1:last + 1])
                 if c not in "DMa" and not w.endswith("est")]  # (not "largest")
        if after and len(after) <= BODY_WORDS and all(c in "wnGO" for _, c in after) and (
                after[-1][1] in "wnO"):
            organisation = " ".join(w for w, _ in after)
    if organisation:
        role = f"{role}, {organisation}"
    elif persons_body and body is not None and head in _PERSON_HEADS:
        # "the head of Clinton's campaign said": someone of that person's, left unnamed,
        # not the person named before
        return [(people.unnamed(role, head), {"slot_role": 1.0}, None)]
    definite = cls == "M" or words[0] in DEFINITE_DETERMINERS
    if definite and cls == "D" and not organisation and head not in ORGANISATION_NOUNS:
        # "Mariam began boiling the leaves …" ¶ "“…,” says the 34-year-old mother of
        # five, who asked that her full name not be published": the one named by her
        # first name alone, as the clause says she was
        partly = _partly_named(article, people, span[1], before)
        if partly is not None:
            return [(partly[0], {"slot_role_definite": 1.0, "role_named_before": 1.0},
                     partly[1])]
    age = next((aged_word.group(1) for w in words
                if (aged_word := frames.AGE_WORD_RE.fullmatch(w))), None)
    if definite and cls == "D" and age is not None:
        if people.ages_written.get(age, 0) > people.ages_given.get(age, 0):
            return []  # "Dave Jones, 34, … The woman, also 34, …": the age is no one's alone
        # "the 34-year-old said": the one the article gave that age ("Kerry Bates, 34,"),
        # the nearest named before
        for mention in people.before(span[0], before):
            entity = people.entity_of(mention)
            if age in entity.ages and entity.kind != "org" and not mention.pronoun:
                return [(entity, {"slot_role_definite": 1.0, "role_named_before": 1.0},
                         (mention.start, mention.end))]
    features: dict[str, float] = {}
    if head in STATEMENT_NOUNS:
        features["slot_statement"] = 1.0
    elif head in ORGANISATION_NOUNS:
        features["slot_organisation_noun"] = 1.0
    elif cls in "nO":
        features["slot_bare_role"] = 1.0
    else:
        features["slot_role_definite" if definite else "slot_role"] = 1.0
    found: list[tuple[Entity, dict[str, float], tuple[int, int] | None]] = []
    possessor = None
    if cls == "M":
        # "Ford’s father", "Obama's former strategist": someone else than Ford or Obama.
        mentions = people.within(*window.spans[first])
        possessor = people.entity_of(mentions[0]) if mentions else None
        # A person is named as the article names them in full, with no honorific: "Mr
        # Darling's official spokesman" is "Alistair Darling's official spokesman"
        # ("FDIC's" stays as written).
        owner = window.words[first]
        if possessor is not None and possessor.kind in ("person", "name") and len(
                possessor.key) > 1:
            ending = _POSSESSIVE_END_RE.search(owner)
            assert ending is not None  # a possessor's word ends in 's
            owner = possessor.name + ending.group()
        role = f"{owner} {role}"
        if possessor is not None and head in _ACCOUNT_NOUNS:
            # "Lumora’s official account just posted on X:": the account's owner posts
            return [(possessor, features, (mentions[0].start, mentions[0].end))]
    # "the state secretary's office", "the campaign’s statement": whose the words say
    owned = any(w.endswith(("’s", "'s")) for w in window.words[first:last + 1])
    aged = age is not None  # "the 52-year-old farmer", "the 21-year-old"
    if definite and cls not in "nO" and (not organisation or aged):
        # (a place after an age: "the 52-year-old farmer of Dharmapasha" is one named)
        # A description of someone already named is that person (a role noun stands for
        # the person last named who fits: README, "Python"), not a new, unnamed speaker.
        # Its capitalised words ("the Trump campaign") name what it stands for.
        named_as = tuple(w for w, c in zip(window.words[first:first + head_index],
                                           classes[first:first + head_index])
                         if c not in "DMa" and w[:1].isupper())
        # Every word for a role in it: "the independent Vermont senator and Democratic
        # presidential candidate" is the one the article calls a senator.
        said = frozenset(w for w in words[:head_index + 1] if w in ROLE_NOUNS) | {head} | (
            ROLE_SYNONYMS.get(head, frozenset()))  # ("the Town boss": its manager)
        # "One Western Conference executive, who spoke on condition of anonymity, said
        # … “…,” the executive said": one the article brought in without a name.
        unnamed = _introduced(article.source.text, head, before, span[0])
        # (brought in by the noun as its head, "A Department of Health spokesperson
        # said", not by a phrase that ends in it, "a question for the president")
        plainly = unnamed if unnamed >= 0 and _heads_introduction(
            article.source.text, unnamed, head) else -1
        if unnamed < 0 and head in _PERSON_HEADS and not named_as and _ANOTHER_UNNAMED_RE.search(
                article.source.text, max(before, span[0] - ANONYMOUS_REACH), span[0]):
            # "another Labour backbencher, who asked not to be named, was less
            # sympathetic. “…,” the MP said": another of the kind, just left unnamed,
            # not the MP named before
            return [(people.unnamed(role, head), features, None)]
        heard = article.spoken[-1] if article.spoken else None
        if heard is not None and heard.position >= before and head in _PERSON_HEADS and (
                heard.entity.kind == "unnamed" and head in heard.entity.roles) and not any(
                head in people.entity_of(m).roles for m in people.within(heard.end, span[0])):
            # "Michelin’s chief inspector, who by tradition is not named, said …. “…,” the
            # chief inspector said": the one who spoke last, by that role, unnamed
            return [(heard.entity, features, None)]
        anonymous = _ANONYMOUS_RE.search(article.source.text,
                                         max(before, span[0] - ANONYMOUS_REACH), span[0])
        if unnamed < 0 and anonymous is not None and (
                head in KIN_NOUNS or _left_unnamed_before(article.source.text, head, anonymous)
        ) and not any(
                people.entity_of(m).is_person for m in people.within(anonymous.end(), span[0])):
            # "the successful buyers, a couple who declined to give their names, said
            # …. “…,” the husband said": one of those left unnamed, with nobody named
            # since, not the man named before; so is one the noun itself brought in so
            # ("The principal, who asked not to be named for safety reasons, said …")
            return [(people.unnamed(role, head), features, None)]
        if head in _PERSON_HEADS and _left_unnamed(article.source.text, span[1]):
            # "said the health commissioner of a large Midwestern county, who spoke on
            # condition of anonymity": someone new, not the person named before
            return [(people.unnamed(role, head), features, None)]
        if head in ORGANISATION_NOUNS:
            unnamed = _described_body(article.source.text, head, before, span[0])
        if cls == "D" and words[0] == "the" and head in _PERSON_HEADS and not aged and (
                head not in ANONYMOUS_ROLES):
            # "The housing minister has conceded …, telling a radio interviewer that the
            # figure had become “…”" ¶ "Speaking on …, Helen Ashworth said": the lede's
            # role is the one the next paragraph brings in, by a new full name, speaking
            holder = _lede_named_next(article, head, span[1], opening=False)
            if holder is not None:
                return [(holder[0], {**features, "role_named_after": 1.0}, holder[1])]
        written = window.words[last]
        if cls == "D" and words[0] == "the" and last == first + 1 and written[:1].isupper() and (
                not written.isupper()) and head in _PERSON_HEADS and head not in PARTY_MEMBERS:
            # "the Speaker repeatedly asked the members … “…,” the Speaker said": an office
            # by its title, capitalised as one, is the one given it or one named last with
            # no role, else the office itself (not "Congress MP Mohan Krishnan Nair",
            # named last with another role)
            holders = [standing for standing in _described(
                people, head, span[0], before, features, possessor, named_as, said, aged,
                unnamed, owned, plainly)
                if "role_named_before" in standing[1] or not (standing[0].roles & ROLE_NOUNS)]
            return holders or [(people.unnamed(written, head), features, None)]
        given = _name_it_gives(article, people, head, span[1]) if (
            head not in ORGANISATION_NOUNS and not organisation) else None
        if given is not None:
            # "said the first caller, who identified herself as Loretta from
            # Northridge": the one it names, not one given the role before
            return [(given, features, None)]
        # (not one the article gave another age: "Tom Riley, 61," is no 34-year-old)
        found += [standing for standing in _described(
            people, head, span[0], before, features, possessor, named_as, said, aged,
            unnamed, owned, plainly)
            if age is None or not standing[0].ages or age in standing[0].ages]
        if found:
            return found
    if cls == "n" and first and classes[first - 1] == "p" and (
            window.words[first - 1].lower() in frames.POSSESSIVES):
        # "Derek Whitmore and his wife Pauline … His wife added": the one the article
        # gave that role, if any (never the last one named: "his lawyer said"); kin
        # however far back ("her daughter, Patricia Jennings-Moore, said" in the lede)
        for mention in people.before(span[0], 0 if head in KIN_NOUNS else before):
            entity = people.entity_of(mention)
            if head in entity.roles and entity.kind in ("person", "name"):
                return [(entity, {**features, "role_named_before": 1.0},
                         (mention.start, mention.end))]
        if head in _SURNAME_KIN:
            kin = _kin_by_surname(article, window.words[first - 1].lower(), head, span[0],
                                  before)
            if kin is not None:
                return [(kin[0], {**features, "role_named_before": 1.0}, kin[1])]
    if head in STATEMENT_NOUNS and not organisation and not owned:
        # (not "the campaign’s statement": whose it is is said)
        issuer = None
        if words[0] in DEFINITE_DETERMINERS:
            issuer = _issuer(article, people, head, span[0], before) or _quoted_issuer(
                article, head, span[0], before) or _subject_issuer(article, head, span[0],
                                                                   before)
        elif words[0] in ("a", "an") and WHICH_AFTER_RE.match(article.source.text, span[1]):
            # "The council then issued a statement, which read:": whose statement its
            # own sentence says
            issuer = _issuer(article, people, head, span[1], before)
        if issuer is None and words[0] in DEFINITE_DETERMINERS and head in AUTHORED_NOUNS:
            issuer = _author_by(article, span[1]) or _author(article, head, span[0], before)
        if issuer is not None:
            role = f"{role}, {issuer.root().name}"  # "the statement said": whose statement
    if words[0] in ("a", "an") and cls not in "nO" and not organisation and (
            head in ROLE_NOUNS):
        # "A High Court judge yesterday dismissed …, calling it “…”", and the next
        # paragraph names "Mr Justice Anderson Kwok": the lede's role is the person
        # named with it next. (Not a definite one: "the coach said" ¶ "Al Ahly coach
        # Marcel Koller" is the other side's.) A word that news leaves unnamed ("a
        # man") only in the lede, before the next paragraph opens on a new full name:
        # "A man accused of murdering his brother … told gardaí" ¶ "Declan Farrelly
        # (58), of Corboy, has pleaded not guilty".
        holder = (_named_next(article, head, span[1]) if head not in ANONYMOUS_ROLES
                  else None) or _lede_named_next(article, head, span[1])
        if holder is not None:
            return [(holder[0], {**features, "role_named_after": 1.0}, holder[1])]
    elif words[0] in ("a", "an") and cls not in "nO" and head in _PERSON_HEADS:
        # (a role with its body too: "A former senior engineer with the county council
        # has told the tribunal …" ¶ "Michael Tierney, who was senior executive engineer
        # …,")
        holder = _lede_named_next(article, head, span[1])
        if holder is not None:
            return [(holder[0], {**features, "role_named_after": 1.0}, holder[1])]
    if not found and head not in ORGANISATION_NOUNS and not organisation:
        given = _name_it_gives(article, people, head, span[1])
        if given is not None:
            return [(given, features, None)]
    if back and not found and definite and cls not in "nO" and head in ORGANISATION_NOUNS and (
            not organisation and not owned):
        # "Brazil’s athletics confederation said it respected the process." ¶ "“…,” the
        # body said": the body the sentence before has for its subject by its noun, when
        # no body is named for it
        # (its own noun, or any body's for a noun any body is: "the governing body")
        described = _body_subject_before(
            article, span[0], before, across=True,
            heads=ORGANISATION_NOUNS if head in _ANY_BODY_NOUNS else frozenset((head,)))
        if described:
            return [(entity, features, named) for entity, _, named in described]
    found.append((people.unnamed(role, head), features, None))
    return found


def _name_it_gives(article: Article, people: People, head: str, end: int) -> Entity | None:
    """The one a description ending at ``end`` goes on to name: "said a 36-year-old
    buyer who gave only his surname, Zhao," (by a noun no list holds when "his" or "her"
    says the name is a person's: "says a gatekeeper who asked that only his first name,
    Abdi, be used"); None when it names no one."""
    index = article.block_index(end)
    block = article.blocks[index] if index >= 0 else None
    masked = article.masked.get(block.index) if block is not None else None
    if block is None or masked is None:
        return None
    given, own = people.given_name(masked, block.start, end - block.start)
    if given is not None and (head in _PERSON_HEADS or own):
        return given.root()
    return None


# Kin who mostly bear the surname of the one whose kin they are.
_SURNAME_KIN = frozenset("mother father mum mom dad son daughter sister brother".split())


def _kin_by_surname(article: Article, possessive: str, head: str, position: int,
                    floor: int) -> tuple[Entity, tuple[int, int]] | None:
    """The one person named before ``position`` who bears the surname of the one "his"
    or "her" stands for and is of the kin noun's sex ("Michael Kowalczyk … “…,” his
    mother said": Judith Kowalczyk, the teacher the article is about), with where; None
    when nobody does, or two do."""
    pronoun = _OWNER_PRONOUNS.get(possessive)
    if pronoun not in ("he", "she"):
        return None
    standing = _antecedents(article, pronoun, position, floor)
    if not standing:
        return None
    owner = standing[0][0].root()
    if owner.kind != "person" or len(owner.key) < 2:
        return None
    gender = "f" if head in FEMALE_NOUNS else "m" if head in MALE_NOUNS else None
    people = article.people
    found: tuple[Entity, tuple[int, int]] | None = None
    for mention in people.before(position, 0):
        entity = people.entity_of(mention).root()
        if (mention.pronoun or entity is owner or entity.kind != "person"
                or entity.key[-1] != owner.key[-1]
                or gender is not None and entity.gender not in (None, gender)):
            continue
        if found is not None and found[0] is not entity:
            return None
        if found is None:
            found = entity, (mention.start, mention.end)
    return found


# What news says of a speaker it leaves unnamed ("a farmer who asked not to be named
# said", "requesting anonymity", "who asked RFE/RL not to publish her name").
_ANONYMOUS_RE = re.compile(
    r"\banonymity\b|\bnot\s+(?:to\s+)?be\s+(?:named|identified)\b"
    r"|\bnot\s+to\s+(?:\S+\s+)?(?:publish|use|give)\s+(?:his|her|their)\s+(?:full\s+)?names?\b"
    r"|\bdeclined\s+to\s+(?:be\s+named|give\s+(?:his|her|their)\s+(?:full\s+)?names?)\b"
    r"|\bnot\s+authori[sz]ed\s+to\s+(?:speak|talk|comment)\b")


# A clause saying only part of one's name is given: "who asked that her full name not
# be published", "asked that his surname be withheld" (group 1: whose).
_PARTLY_NAMED_RE = re.compile(
    r"\b(his|her)\s+(?:full\s+name|surname|last\s+name|family\s+name)\s+"
    r"(?:not\s+be\s+(?:published|used|given|printed)|be\s+withheld|withheld)\b")


def _partly_named(article: Article, people: People, end: int, floor: int
                  ) -> tuple[Entity, tuple[int, int]] | None:
    """The one named before by one word alone, of the clause's sex, when the clause set
    off after a description says only part of their name is given (with where)."""
    clause = _WHO_AFTER_RE.match(article.source.text, end)
    found = clause and _PARTLY_NAMED_RE.search(
        article.source.text, clause.end(), min(len(article.source.text),
                                               clause.end() + ANONYMOUS_CLAUSE))
    if not found:
        return None
    gender = "f" if found.group(1) == "her" else "m"
    for mention in people.before(end, floor):
        entity = people.entity_of(mention).root()
        if not mention.pronoun and len(entity.key) == 1 and entity.kind in ("person", "name") \
                and entity.gender in (None, gender):
            return entity, (mention.start, mention.end)
    return None


def _left_unnamed(text: str, end: int) -> bool:
    """Whether the clause set off right after a description (past its "of …") says
    its person is left unnamed: "the health commissioner of a large county, who spoke
    on condition of anonymity because he was not authorized to …"."""
    clause = _WHO_AFTER_RE.match(text, end)
    return clause is not None and _ANONYMOUS_RE.search(text, clause.end(), min(
        len(text), clause.end() + ANONYMOUS_CLAUSE)) is not None


# A relative clause set off right after a description or its "of" phrase (not after
# the verb's object: "the president told the group of senators, who spoke on condition
# of anonymity").
_WHO_AFTER_RE = re.compile(r"(?:\s+(?:of|in|at|from|with)\s+[^.;:,!?\"“”\n]{1,50})?,\s+who\s")
# Characters of that clause read for its anonymity.
ANONYMOUS_CLAUSE = 60
# Characters back a description looks for one just left unnamed ("who asked not to be
# named"): about the sentence before.
ANONYMOUS_REACH = 300
# Characters between a noun and the words that leave it unnamed: ", who asked ".
UNNAMED_CLAUSE_REACH = 30


def _left_unnamed_before(text: str, head: str, anonymous: re.Match[str]) -> bool:
    """Whether the words that leave someone unnamed (``anonymous``) are said of the noun
    ``head`` set off right before them: "The principal, who asked not to be named"."""
    before = text[max(0, anonymous.start() - UNNAMED_CLAUSE_REACH):anonymous.start()]
    found = re.search(rf"\b{re.escape(head)},\s+who\s", before, re.IGNORECASE)
    return found is not None


# "another" of the kind named before, whom the story leaves unnamed: "another Labour
# backbencher, who asked not to be named," (not "A government source, who …").
_ANOTHER_UNNAMED_RE = re.compile(
    r"\b[Aa]nother\s+[^.,;:!?]{1,60},\s*who\s+"
    r"(?:asked|requested|declined|spoke|was\s+not|is\s+not)\b")
# One who speaks for a body, unnamed by the story's custom ("a spokesman for the
# Hospital Support Services Federation … said"): a speaker left unnamed as one who
# asked not to be named is.
_SPEAKS_FOR_RE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}spokes(?:man|woman|person)"
                            r"\s+(?:for|of|at|with)\b")
# Quotes decided last whose cues a quote with none of its own may read again.
DECIDED_CUES = 3
# Nouns for one person, whom a he or she may stand for.
_PERSON_HEADS = ROLE_NOUNS - ORGANISATION_NOUNS - STATEMENT_NOUNS
# Paragraphs after a description's own in which the person it stands for is named.
NAMED_AFTER_PARAGRAPHS = 3


# Letters a title is shortened to: "AG", "DG", "PM".
_ACRONYM_RE = re.compile(r"[A-Z]{2,4}")


def _written_with(mention: Mention, letters: str) -> bool:
    """Whether the letters, in capitals, stand as a rank with the name where it is named
    ("DIG CTD Raja Faisal Mehmood", "SSP Investigation Sheikhupura Ahsan Tariq Warraich",
    "Officer-in-Charge (OC) Abu Bakar Siddique"): in its words or right before them."""
    if mention.pronoun or mention.possessive or not mention._text:
        return False
    start, end = mention.start - mention._base, mention.end - mention._base
    rank = re.compile(rf"(?<![\w(]){letters.upper()}(?![\w)])|\({letters.upper()}\)")
    return rank.search(mention._text, max(0, start - RANK_BEFORE_REACH), end) is not None


# Characters before a name in which its rank's letters may stand: "Officer-in-Charge
# (OC) Abu Bakar Siddique" (the run of capitals breaks at the bracket).
RANK_BEFORE_REACH = 12


def _initialled_by(roles: set[str], wanted: list[str]) -> bool:
    """Whether ``wanted`` (letters, in order of the alphabet) are the first letters of
    the words of a title among ``roles``: every title word's ("BBC Director-General": d
    and g; not the body's "bbc", nor "Mr"), and as many of the words written with them
    as the letters need ("Interior Cabinet Secretary" for "the CS")."""
    words = [part for role in roles for part in role.split("-") if part]
    titles = sorted(word[0] for word in words if word not in HONORIFICS and (
        word in TITLES or word in ROLE_NOUNS))
    if not titles or titles == wanted:
        return bool(titles)
    left = list(wanted)
    for letter in titles:
        if letter not in left:
            return False
        left.remove(letter)
    others = [word[0] for word in words if word not in HONORIFICS and not (
        word in TITLES or word in ROLE_NOUNS)]
    for letter in left:
        if letter not in others:
            return False
        others.remove(letter)
    return True


def _title_initials(people: People, letters: str, position: int, floor: int
                    ) -> tuple[Entity, dict[str, float], tuple[int, int]] | None:
    """The one person named before ``position`` whose title has words whose first
    letters are ``letters`` ("ag": Attorney General Khalid Jameel Rana), with where it
    is named last; None when none is, or two are ("Prime Minister Anthony Albanese and
    his New Zealand counterpart" … "the PM said"), or a name the letters are the
    initials of is named before."""
    wanted = sorted(letters)
    found: tuple[Entity, dict[str, float], tuple[int, int]] | None = None
    for mention in people.before(position, floor):
        entity = people.entity_of(mention).root()
        if _initials(entity.key) == letters:
            return None  # a body's own initials ("the NSA" after the National Security
            # Agency, not its National Security Adviser)
        if entity.kind != "person" or not (_initialled_by(entity.roles, wanted)
                                           or _written_with(mention, letters)):
            continue
        if found is not None and found[0] is not entity:
            return None
        if found is None:
            found = entity, {"slot_role_definite": 1.0, "role_named_before": 1.0}, (
                mention.start, mention.end)
    return found


def _bodys_initials(people: People, letters: str, position: int, floor: int) -> bool:
    """Whether a name before ``position`` has the initials ``letters`` ("the National
    Security Agency" for "nsa")."""
    return any(_initials(people.entity_of(mention).root().key) == letters
               for mention in people.before(position, floor))


def _initials(key: tuple[str, ...]) -> str:
    """The first letters of a name's words, its small words left out ("nsa")."""
    return "".join(word[0] for word in key if word not in FUNCTION_WORDS)


def _spelled_out(article: Article, letters: str, position: int, floor: int
                 ) -> tuple[Entity, dict[str, float], tuple[int, int]] | None:
    """The person named right after the title the letters stand for, spelled out (with
    its letters or a place in brackets), before ``position``: "Capital City Police
    Officer (CCPO) Lahore Bilal Siddique Kamyana" … "the CCPO said"; "Deputy
    commissioner of police (Shahdara) Surendra Chaudhary" … "the DCP said" (a title in
    small letters that no role of the name keeps). Only a person's title: one of its
    words a role of a person's."""
    if not 2 <= len(letters) <= 5:
        return None
    words = r"\s+(?:of\s+(?:the\s+)?)?".join(rf"[{c.upper()}{c}]\w+" for c in letters)
    pattern = re.compile(rf"\b(?:{words})(?:\s*\([^()]{{1,30}}\))?\s+")
    people = article.people
    text = article.source.text
    for found in reversed(list(pattern.finditer(text, floor, position))):
        if _PERSON_HEADS.isdisjoint(_WORD_RE.findall(found.group().lower())):
            continue  # a body's name, no person's title: "Motion Picture Association of
            #           America (MPAA) president Dan Glickman" … "the MPAA said"
        for mention in people.within(found.start(), found.end() + SPELLED_OUT_REACH):
            if mention.end <= found.end():
                continue  # (a name inside the title: "Chief Minister of Punjab")
            entity = people.entity_of(mention).root()
            if entity.kind in ("person", "name") and not mention.pronoun and (
                    mention.start <= found.start() and not _bodys_initials(
                        people, letters, position, floor)
                    or _PLACE_WORDS_RE.fullmatch(text, found.end(), mention.start)):
                # (the title read as the name's own words: "Senior Superintendent of
                # Police Navneet Kaur Brar" … "the SSP told PTI"; not when a body of
                # those initials is named: "the National Security Agency … National
                # Security Adviser Jake Sullivan … the NSA said")
                # (a place's capitalised words at most between: "… (CCPO) Lahore Bilal
                # …"; not "The Republican National Committee is welcoming the Sanders
                # show")
                # (a name the title makes a person's: "Surendra Chaudhary")
                return entity, {"slot_role_definite": 1.0, "role_named_before": 1.0}, (
                    mention.start, mention.end)
            break
    return None


# Characters between a title spelled out and the name it is of (a place: "Lahore ").
SPELLED_OUT_REACH = 40
_WORD_RE = re.compile(r"[a-z]+")
_PLACE_WORDS_RE = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}")


def _named_next(article: Article, head: str, position: int
                ) -> tuple[Entity, tuple[int, int]] | None:
    """The person the article names after ``position``, in the rest of its paragraph
    or the ``NAMED_AFTER_PARAGRAPHS`` after it, with the role ``head``."""
    blocks = article.blocks
    index = bisect_left(blocks, position, key=lambda block: block.end)
    if index == len(blocks):
        return None
    last = blocks[min(index + NAMED_AFTER_PARAGRAPHS, len(blocks) - 1)]
    people = article.people
    for mention in people.within(position, last.end):
        entity = people.entity_of(mention)
        if entity.kind != "org" and head in entity.roles:
            return entity, (mention.start, mention.end)
    return None


def _lede_named_next(article: Article, head: str, position: int, opening: bool = True
                     ) -> tuple[Entity, tuple[int, int]] | None:
    """The person whose full name opens the paragraph after the story's first, when a
    role ("a" and a noun) at ``position`` is in that first one and nobody is named
    between: the lede's way of bringing the story's person in ("A financial adviser
    accused of … has told a jury he “never took a penny”" ¶ "Martin Hollis, 56, is
    alleged to …"). Not ``opening``: the first name in that paragraph, when it is its
    sentence's subject and speaks ("Speaking on …, Helen Ashworth said")."""
    lede_and_next = next((pair for pair in _lede_pairs(article)
                          if pair[0].start <= position < pair[0].end), None)
    if lede_and_next is None:
        return None
    body = list(lede_and_next)
    people = article.people
    if any(people.entity_of(m).is_person for m in people.within(position, body[0].end)):
        return None
    named = people.within(body[1].start, body[1].end)
    if not opening:  # (past the names of where: "On Radio Meridian’s Morning Agenda")
        named = [m for m in named if people.entity_of(m).root().kind == "person"][:1]
    if not named or (named[0].start != body[1].start if opening else not (
            named[0].subject and named[0].speaks)):
        return None
    entity = people.entity_of(named[0]).root()
    if entity.kind != "person" or len(entity.key) < 2 or any(
            people.entity_of(m).root() is entity
            for m in people.before(named[0].start, 0)):
        return None  # (a full name, not one named before: someone new)
    if head not in entity.roles and not entity.roles.isdisjoint(_PERSON_HEADS):
        return None  # (one given another role: "Lawyer Miriam Okafor said" is no judge)
    return entity, (named[0].start, named[0].end)


# A lede that opens on a role ("A military judge has sentenced …", "An Ottawa
# councillor said …"): its head noun.
_LEDE_ROLE_RE = re.compile(r"An?\s+(?:[\w’'-]+\s+){0,3}?([a-z][a-z-]+)\s+(?:has|have|had|was|is|"
                           r"who|on|in|said|says|told|yesterday|today|,)\b")
# Titles before the name that opens the paragraph after the lede ("Cmdr. Martin
# Pelletier", "Dr Jane Roe"): capitalised words, a full stop after some.
_OPENING_TITLES_RE = re.compile(r"(?:[A-Z][\w-]*\.?\s+){0,3}")


def _lede_pairs(article: Article) -> list[tuple[Block, Block]]:
    """The story's lede and the paragraph after it: its first paragraph of narration, or
    (after a dek) the one after that."""
    body = [b for b in article.blocks if b.role is Role.NARRATION or b.role is Role.DEK]
    return list(zip(body, body[1:3 if body and body[0].role is Role.DEK else 2]))


def _lede_role_to_name(article: Article) -> None:
    """The role a lede opens on is the person whose full name opens the paragraph after
    it ("A military judge has sentenced …" ¶ "Cmdr. Martin Pelletier delivered the
    sentence …"): that person is given the role, so "the judge said" later is his."""
    text = article.source.text
    found = following = None
    for lede, following in _lede_pairs(article):
        found = _LEDE_ROLE_RE.match(text, lede.start)
        if found is not None:
            break
    if found is None or following is None or found.group(1) not in ROLE_NOUNS:
        return
    people = article.people
    opening = people.within(following.start, following.end)
    if not opening or opening[0].pronoun or not _OPENING_TITLES_RE.fullmatch(
            text, following.start, opening[0].start):
        return
    head = found.group(1)
    entity = people.entity_of(opening[0]).root()
    if any(head in other.roles and other.root() is not entity and other.kind == "person"
           for other in people.entities.values()):
        return  # the article names who has the role: "Coroner Anna Whitcombe" (not the
        #         man whose death the next paragraph tells of)
    named = {word.lower() for word in entity.core}
    if any(word.lower() in ROLE_NOUNS and word.lower() != head and word.lower() not in named
           for word in text[following.start:opening[0].end].split()):
        return  # one given another role: "Lawyer Miriam Okafor said" is no judge (a rank's
        #         abbreviation is no other role: "Cmdr. Martin Pelletier")
    if entity.kind == "person" and len(entity.key) >= 2 and not any(
            people.entity_of(m).root() is entity for m in people.before(opening[0].start, 0)):
        entity.roles.add(head)


def _heard_subject(window: Window, participle: re.Match[str] | None
                   ) -> tuple[int, int] | None:
    """The one a verb's object says is speaking, right before the -ing verb of speech:
    "Body-worn camera footage captured him shouting at officers: “…”" (him), "heard
    Smith saying: “…”"; None when no him, her or name is right before it."""
    if participle is None:
        return None
    at = participle.start()
    if at < 2 or window.classes[at - 1] not in "PpN" or window.classes[at - 2] not in "VwW":
        return None
    if window.classes[at - 1] in "Pp" and window.words[at - 1].lower() not in _OBJECTS:
        return None  # (a subject's he: "when he started shouting")
    return at - 1, at


_SUBJECT_OF = {"him": "he", "her": "she", "them": "they"}
_OBJECTS = frozenset(_SUBJECT_OF)


def _with_subject(window: Window, head: str) -> tuple[int, int] | None:
    """The participle's own subject after "with" ("…, with Transport for London
    warning there will be “…”", "with police saying"): the name or noun right before it."""
    verb = head.rfind("G")
    found = _WITH_NAME_RE.search(head, 0, verb)
    if found is None or window.words[found.start()].lower() != "with":
        return None
    # (the short form in brackets when there is one: the name of several words may be
    # read as several)
    return found.span("short") if found.group("short") else found.span("name")


# "with", a name ("Transport for London") or a noun ("police", "the agency", "the chief
# justice"), perhaps a short form in brackets, at the end.
_WITH_NAME_RE = re.compile(
    r"o(?P<name>N(?:[oD]*N)*|D[wWn]{0,2}[nOw]|[wn]?[nO])(?:\((?P<short>N)\))?$")


def _issuer(article: Article, people: People, head: str, position: int, floor: int
            ) -> Entity | None:
    """Whose is "the statement" (the letter, the release): who the last sentence with
    "a statement" names as saying or sending something ("The City of Winnipeg said in a
    statement", "In an emailed statement, the Ministry of Health said"); not an earlier
    one ("… said in an e-mail to staff" ¶ "In a statement, the company said": the
    company's, read from that sentence's subject), and not one that issues none ("a
    request for a statement"). None when that sentence names none, or there is none
    since ``floor`` (or the noun is one nobody issues: "the poll", "the report")."""
    last = next(_issued_before(article, head, position, floor), None)
    return None if last is None else _issuer_in(people, *last, position, floor)


def _names_a_body_after(text: str, end: int) -> bool:
    """Whether the words in small letters right after a name (at ``end``) end in a
    body's noun, which the name only places or describes ("Kumamoto prefectural
    police", "Toronto police")."""
    words = _SMALL_WORDS_RE.match(text, end)
    if words is None:
        return False
    phrase = []
    for word in words.group(1).split():
        if word in SPEECH_VERBS or word in FUNCTION_WORDS:
            break
        phrase.append(word)
    return bool(phrase) and phrase[-1] in ORGANISATION_NOUNS


_SMALL_WORDS_RE = re.compile(r"((?:\s+[a-z][\w-]*){1,3})")


# A text's writer named right after it ("a letter written by"; not "signed by its
# communications officer", who signs for a body), and the characters within which the
# writer's name starts (past "his son," and the like).
_WRITTEN_BY_RE = re.compile(r"\s+(?:written|penned)\s+by\s+")
WRITTEN_BY_REACH = 40


def _issuer_in(people: People, block: Block, masked: str, found: re.Match[str],
               position: int, floor: int) -> Entity | None:
    """Who the sentence of ``found`` ("a statement" in ``block``) names as issuing it."""
    low = sentence_start(masked, found.start())
    sentence = (block.start, low, found.start(), found.end())
    said_in = masked[low:sentence_end(masked, found.start())]
    before = after = None  # the issuer nearest before it, and the first after it
    person_subject = False  # whether a person named there is a subject in it
    subject: Entity | None = None  # the first named there as a subject
    pronoun_subject: Entity | None = None  # the he or she opening it, as read
    written = _WRITTEN_BY_RE.match(masked, found.end())
    if written is not None:
        # "Mr Pegg read from a letter written by Gedge's son, Daniel Gedge, who …": the
        # one who wrote it, not the one who read it out
        at = block.start + written.end()
        for mention in people.within(at, at + WRITTEN_BY_REACH):
            if not mention.possessive and not mention.pronoun:
                return people.entity_of(mention).root()
    described = _FROM_DESCRIBED_RE.match(masked, found.end())
    if described is not None and described.group(2) in ORGANISATION_NOUNS:
        # "a statement from the Israeli military": the body its words describe (a
        # nationality is no name of a body's)
        return people.unnamed(described.group(1), described.group(2))
    for mention in people.before(position, floor):
        text, at = mention._text, mention.start - mention._base
        if mention._base < block.start or mention._base == block.start and at < low:
            break  # (read back: past the sentence)
        if mention.pronoun and mention.subject and mention._base == block.start and (
                sentence_start(text, at) == low) and _OPENS_CLAUSE_RE.fullmatch(text, low, at):
            # "In a statement released by the team, he backed the front office": the
            # one the he stands for, if no name issues it
            pronoun_subject = people.entity_of(mention)
        if mention.pronoun or mention.described or mention._base != block.start or (
                sentence_start(text, at) != low) or _names_a_body_after(
                    text, mention.end - mention._base):
            continue  # (nor a name before the noun it modifies: "Kumamoto prefectural
            #           police said on social media")
        entity = people.entity_of(mention)
        if _BY_ROLE_RE.search(text, max(0, at - BY_ROLE_REACH), at):
            continue  # one a "by" names, set off after a role: "signed by its Director of
            #           Works, Ade Bello," (the trust said it)
        person_subject = person_subject or entity.is_person and mention.subject
        if mention.subject and not mention.possessive and entity.kind != "unnamed" and (
                _OPENS_CLAUSE_RE.fullmatch(text, low, at)):
            subject = entity  # opening the sentence, or after its opening phrase
        if entity.kind != "unnamed" and _FROM_RE.fullmatch(text, sentence[3], at):
            return entity  # "a news release from the Durham Police Department"
        if entity.kind != "unnamed" and sentence[2] < at and (
                mention.end - mention._base < sentence[3]):
            return entity  # "A PCB press release said": the body its words name
        if (entity.kind != "unnamed" and not mention.possessive
                and _ISSUED_ASIDE_RE.fullmatch(text, mention.end - mention._base, sentence[2])
                and not _PLACE_BEFORE_ISSUED_RE.search(text, max(0, at - 4), at)):
            return entity  # "The US Embassy in Dhaka, in a post on X, condemned …"
        if (not mention.possessive and entity.kind != "unnamed"
                and not _AFTER_PREPOSITION_RE.search(text, max(0, at - 12), at)
                and _ISSUES_RE.match(text, mention.end - mention._base)):
            if at < sentence[2]:
                before = before or entity  # the loop reads back: the first is nearest
            elif not _SAID_RE.search(text, sentence[3], at):
                after = entity  # the last read is the first after it (not one in what
                #                 is said: "In an emailed statement, a spokesperson said
                #                 Ontario has added …")
    if before is None and after is None and not person_subject:
        # "The band announced the split in a statement", "In a statement released ahead
        # of the show, the agency said": the body its noun stands for (not where a
        # person is the sentence's subject: "Sharon Graham … criticised the council in
        # a statement after the council confirmed …").
        body = _BODY_ISSUES_RE.search(said_in)
        if body is not None and body.group(1).lower() in ORGANISATION_NOUNS:
            holders = _described(people, body.group(1).lower(), sentence[0] + sentence[1],
                                 floor, {})
            if holders:
                return holders[0][0]
            if position == sentence[0] + sentence[3]:
                # "The council issued a statement, which read:": a body nobody names
                return people.unnamed(body.group(1).lower(), body.group(1).lower())
    # else the one the sentence names as its subject, whatever its verb: "Senator Rashidi
    # Ladoja also faulted the timing in a statement issued by his media aide"
    # (and else the person a he or she opening it stands for)
    return before or after or subject or (
        pronoun_subject if pronoun_subject is not None and pronoun_subject.is_person else None)


# A body by its noun that says or issues something: "The band announced", "the
# agency said", "The council then issued".
_BODY_ISSUES_RE = re.compile(r"\b[Tt]he\s+([a-z]+)\s+(?:(?:has|had|have|then|also|later|[a-z]+ly)\s+)"
                             r"{0,2}(?:said|says|issued|released|sent|wrote|posted|announced|"
                             r"added|confirmed|stated)\b")


def _quoted_issuer(article: Article, head: str, position: int, floor: int) -> Entity | None:
    """Whose is "the statement" when no sentence names a body as issuing it: the
    speaker of a quote decided in the last sentence before it with "a statement" ("But
    the ministry, in a statement signed by its director, Mrs Ada Bello, said the notice
    was “…”" ¶ "The statement read, “…”": Ada Bello's; "In an emailed statement, a
    company spokesperson said it was “devastated”": the spokesperson's). None when that
    sentence (since ``floor``) holds no quote decided by a cue in it, or there is none."""
    last = _last_issued(article, head, position, floor)
    if last is None:
        return None
    block, masked, found = last
    low = block.start + sentence_start(masked, found.start())
    high = block.start + sentence_end(masked, found.start())
    # (its cue there too: a quote only guessed to go on from the one before is the
    # statement's own words, "“…,” begins a scripted message")
    said = [s.entity for s in article.spoken if low <= s.position < high
            and any(low <= a < high for a, _ in s.cue)]
    return said[-1] if said else None


def _last_issued(article: Article, head: str, position: int, floor: int
                 ) -> tuple[Block, str, re.Match[str]] | None:
    """The last "a statement" (for ``head``, see ``_statement_pattern``) before
    ``position`` and since ``floor``: its paragraph, the paragraph's masked text and the
    match; None when there is none (or the noun is one nobody issues)."""
    return next(_issued_before(article, head, position, floor), None)


# Documents whose writer or filer a sentence may name: "a report by the Auditor-General",
# "a lawsuit that Mr. Pierce filed".
AUTHORED_NOUNS = frozenset("""report lawsuit suit complaint audit review study filing
petition judgment judgement opinion communique communiqué declaration""".split())
# Characters after the document's noun to "by" or "that" and the name: "a wrongful-death
# lawsuit filed last month by".
AUTHOR_REACH = 40


def _author(article: Article, head: str, position: int, floor: int) -> Entity | None:
    """Who wrote or filed the document "the report" (the lawsuit, the audit) stands
    for, as the last sentence before ``position`` that brings one in says: "a report by
    the NSW Auditor-General found", "a lawsuit that Mr. Pierce filed last year", "a
    lawsuit filed last month by the families"; None when that sentence names nobody so
    (the last one brought in is the one meant: an earlier author is another's)."""
    pattern = _AUTHORED_RE.get(head)
    if pattern is None:
        pattern = _AUTHORED_RE[head] = re.compile(
            rf"\b(?:[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){{0,3}}{head}\b")
    people = article.people
    text = article.source.text
    for block in reversed(article.blocks):
        if block.end <= floor:
            return None
        if block.start >= position:
            continue
        found = list(pattern.finditer(text, block.start, min(block.end, position)))
        if not found:
            continue
        end = found[-1].end()
        named = [m for m in people.within(found[-1].start(), end) if not m.possessive]
        if named and not text[named[-1].end:end - len(head)].strip():
            # "a National Audit Office report published on Wednesday warned": the body
            # named before the noun wrote it
            return people.entity_of(named[-1]).root()
        by = _BY_AUTHOR_RE.match(text, end, end + AUTHOR_REACH)
        if by is not None:
            named = people.within(by.end(), by.end() + AUTHOR_REACH)
            if named and named[0].start == by.end() and not named[0].possessive:
                return people.entity_of(named[0]).root()
            return None
        that = _THAT_AUTHOR_RE.match(text, end)
        if that is not None:
            named = people.within(that.end(), that.end() + AUTHOR_REACH)
            if named and named[0].start == that.end() and _FILED_RE.match(
                    text, named[0].end):
                return people.entity_of(named[0]).root()
        return None
    return None


def _author_by(article: Article, end: int) -> Entity | None:
    """Who the document's own words say wrote it, by "by" right after its noun (which
    ends at ``end``): "The audit, by the Arizona Auditor General’s office, found"."""
    text = article.source.text
    by = _BY_AUTHOR_RE.match(text, end) or _SET_OFF_BY_RE.match(text, end)
    if by is None:
        return None
    named = article.people.within(by.end(), by.end() + AUTHOR_REACH)
    if not named or named[0].start != by.end():
        return None
    return article.people.entity_of(named[0]).root()


_SET_OFF_BY_RE = re.compile(r",\s+by\s+(?:the\s+)?")
_AUTHORED_RE: dict[str, re.Pattern] = {}
# After the noun: "by", past a participle and words of time ("filed last month by the"),
# or of place, and who signed it ("issued at the end of the meeting, signed by").
_BY_AUTHOR_RE = re.compile(
    r"(?:\s+(?:filed|brought|written|authored|published|released|issued|commissioned|"
    r"compiled|prepared|lodged)(?:\s+[\w-]+){0,8}?)?(?:,\s+signed)?\s+by\s+(?:the\s+)?")
_THAT_AUTHOR_RE = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")
# The author's verb after the name: "that Mr. Pierce filed".
_FILED_RE = re.compile(r"\s+(?:(?:has|had|have)\s+)?(?:filed|brought|wrote|published|"
                       r"released|issued|commissioned|compiled|lodged)\b")


def _issued_before(article: Article, head: str, position: int, floor: int
                   ) -> Iterator[tuple[Block, str, re.Match[str]]]:
    """Every "a statement" (``_last_issued``) before ``position`` and since ``floor``,
    the last first."""
    if head not in ISSUED_NOUNS:
        return
    pattern = _statement_pattern(head)
    for block in reversed(article.blocks):
        if block.end <= floor:
            return
        masked = article.masked.get(block.index)
        if block.start >= position or masked is None:
            continue
        for found in reversed(list(pattern.finditer(masked, 0, position - block.start))):
            if not _NOT_ISSUED_RE.search(masked, max(0, found.start() - 12), found.start()):
                yield block, masked, found


# Before "a statement" nobody issued: "a request for a statement", "Asked whether a
# statement would follow".
_NOT_ISSUED_RE = re.compile(r"\b(?:for|whether)\s+$")


def _subject_issuer(article: Article, head: str, position: int, floor: int) -> Entity | None:
    """Whose is "the statement" when no name issues it and no quote there is decided:
    the subject of the speech verb in the last sentence before it with "a statement"
    ("Federal police said in a statement that …", "Begum, 29, was unable to attend,
    but sent a message read out by the host"), or of its verb of sending. None when
    that sentence has no such subject."""
    issued = _last_issued(article, head, position, floor)
    if issued is None:
        return None
    block, masked, found = issued
    low = sentence_start(masked, found.start(), SENTENCE_REACH)
    high = sentence_end(masked, found.start(), SENTENCE_REACH)
    if _ON_BEHALF_RE.match(masked, found.end(), high):
        return None  # "Her lawyer read a statement on her behalf": not the lawyer's
    window = article.window(block, low, high)
    classes = window.classes
    for verb, word in enumerate(window.words):
        if not (classes[verb] == "V" and word.lower() in SPEECH_VERBS
                or word.lower() in _ISSUING_VERBS) or "s" in (
                    classes[verb - 1:verb], classes[verb + 1:verb + 2]):
            continue  # (not "a short written statement", "a statement issued through
            # the union": words of the statement's)
        subjects = frames.subjects_before(window, verb)
        for first, last, how in subjects:
            if classes[first] == "s" or how not in ("next-to-verb", "coordinated") and (
                    how != "aside" or first > 0):
                continue  # "the statement said" itself; a subject read past asides only
                # when it opens the sentence ("The victim's family, in a statement …,
                # said"; not "The trust, in a statement signed by its Director of Works,
                # Ade Bello, said": not the Director's works)
            for entity, _, _ in _slot_entities(article, window, first, last, floor):
                if entity.roles.isdisjoint(STATEMENT_NOUNS):
                    return entity
        if subjects:
            return None  # the first verb with a subject only ("Sharon Graham, …,
            # criticised the council in a statement after the council confirmed")
    return None


# A statement made for someone else: "on her behalf", "on behalf of his family".
_ON_BEHALF_RE = re.compile(r"\S*(?:\s+\S+){0,3}?\s+on\s+(?:\w+\s+)?behalf\b")
# Verbs of sending what is said, besides the verbs of saying: "Begum … sent a message
# read out by the host".
_ISSUING_VERBS = frozenset("sent issued released posted published".split())


def _statement_pattern(head: str) -> re.Pattern:
    """"a statement", "an emailed statement", "a joint written statement", "In the
    letter, the KCCI said"; for "the statement", whatever was issued ("In an email, …
    said"); "the letter" is a letter."""
    if head == "statement":
        return _AN_ISSUED_RE
    pattern = _A_STATEMENT_RE.get(head)
    if pattern is None:
        # ("said on social media", "wrote on X": a post, as "in a post" is)
        # (not "in a post on X": that post)
        posted = (rf"|(?<!post )(?<!tweet )\bon\s+(?:social\s+media|X|{_PLATFORM_NAMES})\b"
                  if head in ("post", "tweet") else "")
        pattern = _A_STATEMENT_RE[head] = re.compile(
            rf"\b(?:[Aa]n?|(?<=\b[Ii]n )the)\s+(?:[\w-]+\s+){{0,2}}{re.escape(head)}\b"
            + posted)
    return pattern


_PLATFORM_NAMES = "|".join(sorted(name.capitalize() for name in PLATFORMS))


# Before a name that is no sentence's subject: "signed by its Director", "sent to the NAACP".
_AFTER_PREPOSITION_RE = re.compile(
    r"\b(?:by|to|from|of|with|for|at|in|its|his|her|their)\s+(?:the\s+)?$", re.IGNORECASE)
# What may come before a sentence's subject: nothing, or opening phrases and "the" and a
# role set off ("In a statement signed by its chairman, the Granvik Harbour Trust
# defended …", "Reacting in a statement, the Minister of Works, Chief Bola Adeyemi,").
_OPENS_CLAUSE_RE = re.compile(r"\s*(?:[^,.;:]*,\s+){0,2}(?:the\s+(?:[^,.;:]*,\s+)?)?")
# "by" and a role set off before a name: "signed by its Director of Works, "
_BY_ROLE_RE = re.compile(r"\bby\s+(?:its|his|her|their|the)\s+[^,.;:]{1,50},\s+$")
BY_ROLE_REACH = 70
# After an issuer's name: the rest of a body's name ("and Livestock Development"), its
# letters in brackets ("(SPCC)"), an aside, then a verb of saying or sending.
_ISSUES_RE = re.compile(r"(?:\s+(?:and|of|for|&)?\s*[A-Z][\w’'-]*)*(?:\s*\([^()\n]{1,30}\))?"
                        r"(?:,[^,\n]{1,80},|,)?\s+(?:(?:later|also|then|[a-z]+ly)\s+)?"
                        r"(?:has\s+|had\s+|have\s+)?(?:said|says|issued|released|sent|wrote|"
                        r"writes|posted|announced|added|tweeted|told|stated|provided|gave|put)\b")


# A verb of saying between "a statement" and a name after it: the name is in what is said.
_SAID_RE = re.compile(r"\b(?:said|says|told|stated|wrote|added)\b")

_A_STATEMENT_RE: dict[str, re.Pattern] = {}
_PLACE_BEFORE_ISSUED_RE = re.compile(r"\b(?:in|at)\s+$")  # (not the place: "in Dhaka")
# Between a name and "a statement" set off after it, whatever the verb after: "The
# Human Rights Commission of Pakistan (HRCP), in ", "The US Embassy in Dhaka, in ".
_ISSUED_ASIDE_RE = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?"
                              r"(?:\s*\([^()]{1,20}\))?,\s+(?:in|on|via|through)\s+")
# A statement's issuer described by capitalised words and a noun in small letters:
# "from the Israeli military", "issued by the Kenyan police".
_FROM_DESCRIBED_RE = re.compile(
    r"\s+(?:(?:issued|signed|sent|released)\s+)?(?:from|by)\s+the\s+"
    r"((?:[A-Z][\w’'-]*\s+){1,2}([a-z]+))\b")
# Between "a statement" and the name of whose it is: "a news release from the".
_FROM_RE = re.compile(r"\s+(?:(?:issued|signed|sent|released)\s+)?(?:from|by)\s+(?:the\s+)?")
# "a statement", "an emailed statement", "In an email": what "the statement" may be.
_AN_ISSUED_RE = re.compile(r"\b(?:[Aa]n?|(?<=\b[Ii]n )the)\s+(?:[\w-]+\s+){0,2}(?:%s)\b"
                           % "|".join(sorted(ISSUED_NOUNS)))


# Words read after an article for the noun of someone brought in without a name: at
# most four, then the noun.
INTRODUCED_WORDS = 4
# An article (a word start: no word character before it) and, in a lookahead, the
# whitespace-separated pieces of text after it, as many as an introduction may hold.
_INTRODUCING_RE = re.compile(
    r"[AaOo](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne|(?<=[Aa])nother)(?=\s+(\S+)"
    + r"(?:\s+(\S+))?" * INTRODUCED_WORDS + ")")
_POSSESSIVE_ENDINGS = frozenset(("’s", "'s", "’", "'"))
_PLAIN_WORD_MARKS = "’'-+"  # what a word before the noun may hold beside word characters
# ("+": "An OPEC+ delegate")


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"  # what ``\w`` matches


def _heads_introduction(text: str, at: int, head: str) -> bool:
    """Whether the introduction at ``at`` ("A Department of Health spokesperson") has
    ``head`` for its noun: no function word before it but "of" after "one" and those
    inside a name ("of Health")."""
    words = text[at:at + 200].split()[1:INTRODUCED_WORDS + 2]
    for index, word in enumerate(words):
        low = word.lower().strip(",.’'")
        if low == head:
            return True
        if low in FUNCTION_WORDS and not (index == 0 and low == "of") and not (
                index + 1 < len(words) and words[index + 1][:1].isupper()):
            return False
    return False


def _described_body(text: str, head: str, low: int, high: int) -> int:
    """Where ``text[low:high]`` last calls a body by ``head`` in small letters after
    words of its own ("Taiwan’s defence ministry said", "a state-run company"), not in
    a name; -1 where it does not."""
    at = high
    while True:
        at = text.rfind(head, low, at)
        if at < 0:
            return -1
        after = text[at + len(head):at + len(head) + 1]
        if not (after.isalnum() or after in "-’'") and _opens_body_description(
                text[max(low, at - DESCRIBED_BODY_CHARS):at]):
            return at
        if at <= low:
            return -1


# Characters before a body's noun read for the words that open its description.
DESCRIBED_BODY_CHARS = 40


def _opens_body_description(before: str) -> bool:
    """Whether the words right before a noun open a description of a body of its own:
    a possessive or "a"/"an", past up to two words in small letters or a name's
    ("Taiwan’s defence ", "a state-run ", "the RNLI’s Stromness lifeboat "); not "the",
    which stands for one named before ("the Chinese company")."""
    words = before.split()
    if not before.endswith(" ") or not words:
        return False
    for word in reversed(words[-3:]):
        if word.endswith(("’s", "'s")) or word in ("a", "an"):
            return True
        if not (word.islower() or word.istitle()) or word.lower() in FUNCTION_WORDS:
            return False  # (a place's name may be among them: "the RNLI’s Stromness
            #               lifeboat station")
    return False


def _introduced(text: str, head: str, low: int, high: int) -> int:
    """Where ``text[low:high]`` last brings someone in by ``head`` without a name: "a
    senior executive", "One Western Conference executive" (an article, up to four
    words, the noun ending a word); -1 where it does not. One pattern for every noun,
    the noun compared here: a pattern per noun cost more to compile than all its
    searches."""
    found = -1
    for match in _INTRODUCING_RE.finditer(text, low, high):
        for piece in match.groups():
            if piece is None:
                break
            if piece.startswith(head) and (bool(head) and _is_word_character(head[-1])) != (
                    len(piece) > len(head) and _is_word_character(piece[len(head)])) and (
                    piece[len(head):] not in _POSSESSIVE_ENDINGS):
                # (not the noun as an owner: "a bare office in the bishop’s palace"
                # brings in a palace, no bishop)
                found = match.start()  # the noun, and a word's edge after it
                break
            if not all(_is_word_character(c) or c in _PLAIN_WORD_MARKS for c in piece):
                break  # no word: nothing after it is read
    return found


# Bodies news names by a name of their own more than by a noun and a name (not "the
# ministry", "the government", "the team": a country's, a city's or a study's name is
# no body of theirs).
_NAMED_BODY_NOUNS = frozenset("""company firm band club association startup start-up
airline bank studio network channel website site publication newspaper magazine paper
charity trust foundation institute society union label retailer""".split())
# Roles only a person has ("Trayvon's father"): no body's.
_KIN = frozenset("""father mother son daughter wife husband brother sister widow widower
uncle aunt nephew niece cousin grandmother grandfather grandson granddaughter girlfriend
boyfriend fiance fiancé fiancee fiancée partner friend dad mum mom""".split())
# A name's word after it, for a role it holds: "Latchwell CEO Owen Brandt", "Dropwell
# spokeswoman".
_NAME_ROLE_RE = re.compile(r"\s+([\w-]+)")
# Verbs in the plural after one name: a group's ("Glass Canyon have broken up").
_PLURAL_VERBS = frozenset(("have", "are"))  # (not "were": "Even if Neymar were …")


def _body_by_name(people: People, entity: Entity, head: str) -> bool:
    """Whether a name that no title, first name, he or she makes a person's, and that is
    not only a place's, names a body the article shows as one: the name before a role
    of one person, as a body's name goes ("Latchwell CEO Owen Brandt", "Lajur co-founder",
    "the Scarlets coach"; not "Marsh's lawyer": a person has one too), a verb in the
    plural after it ("Glass Canyon have broken up"), a clause about it that opens with
    "which" ("Tiga, which represents developers,"), or the description's own noun
    before it ("the trade association Tiga" for "the association"). What the words
    around each name say is read once an article."""
    if entity.kind not in ("name", "caps") or entity.is_person or entity.is_place:
        return False
    if people.around is None:
        people.around = {}
        for mention in people.mentions:
            if mention.pronoun or not mention._text or mention.possessive:
                continue
            text = mention._text
            start, end = mention.start - mention._base, mention.end - mention._base
            key = id(people.entity_of(mention))
            role, before = people.around.get(key, (False, set()))
            after = _NAME_ROLE_RE.match(text, end)
            word = after.group(1).lower() if after is not None else ""
            found = previous_word(text, start, PREVIOUS_WORD_REACH)
            # (the word right before, in its phrase: not "… Golf Foundation. Almost")
            word_before = found.group(1).lower() if found is not None and text[
                found.end(1):start].isspace() else ""
            role = role or text.startswith(", which ", end) or (
                word in _PERSON_HEADS and not frames.plural_role(word)
                and word not in _KIN) or (
                # a verb in the plural after it alone: "Glass Canyon have broken up" (not
                # "Calapan and Batangas are")
                word in _PLURAL_VERBS and word_before != "and" and mention.subject)
            if word_before:
                before.add(word_before)
            people.around[key] = (role, before)
    role, before = people.around.get(id(entity), (False, set()))
    return role or head in before


def _called(people: People, entity: Entity, head: str) -> bool:
    """Whether a body ``_body_by_name`` shows as one has the noun right before its name
    ("the trade association Tiga" for "the association")."""
    around = people.around if _body_by_name(people, entity, head) else None
    return around is not None and head in around[id(entity)][1]


# A parent by the number of children, as the British press names one: "mum-of-two",
# "father-of-three", "grandmother-of-five" (the parent's noun, one of PARENT_NOUNS, in
# group 1).
_KIN_OF_RE = re.compile(r"([a-z]+)-of-(?:[a-z]+|\d+)")


def _of_another(people: People, named_as: tuple[str, ...], entity: Entity) -> bool:
    """Whether a description's own name ("the Town boss") is of another body than the one
    whose role the article gave ``entity`` ("Athletic boss Gary Pennock"): no name the
    article gives holds both words (as "Wetherfield Town" holds "Wetherfield" and
    "Town")."""
    if not named_as or not entity.teams:
        return False
    named = {word.lower() for word in named_as}
    if not named.isdisjoint(entity.teams):
        return False
    return not any(not named.isdisjoint(key) and not entity.teams.isdisjoint(key)
                   for key in people.entities)


def _described(people: People, head: str, position: int, floor: int,
               features: dict[str, float], possessor: Entity | None = None,
               named_as: tuple[str, ...] = (),
               said: frozenset[str] = frozenset(), aged: bool = False,
               unnamed: int = -1, owned: bool = False, plainly: int = -1
               ) -> list[Standing]:
    """Who a definite description stands for: "the company said" is the organisation
    named before; "the director said" the person named before with that role (or any
    role of ``said``, its words for roles), else the person last named who fits, if the
    article tells of that person as one who acts or speaks (see ``_told_of``); "the
    spokesman said" only someone given that role. ``aged``: the description gives an
    age ("the 38-year-old mechanic"), so it is a person's whatever its noun; so does a
    place or a team it is of (``named_as``: "the Edinburgh lock", "the Ohio senator").
    ``unnamed``: where the article brought in someone by the noun without a name ("One
    executive, who spoke on condition of anonymity, said"; -1: nowhere), whom the
    description stands for unless a person named was given the role; ``plainly``: where
    the noun was that introduction's head, which stands before any person given the
    role before it. ``owned``: its words say whose it is ("the state secretary's
    office"), so a body is not the last one named."""
    if head in STATEMENT_NOUNS:
        return []
    if head in ORGANISATION_NOUNS:
        if possessor is not None or owned:
            return []  # "Powell's office said": the possessor's, not the last one named
        # The body last named whose name has the noun ("the ministry": the Ministry of
        # Agriculture, not the Middle East named since) or that an aside called so
        # ("Friends of the Library, the volunteer group that …,"), else the body last
        # named.
        last = None
        for mention in people.before(position, floor):
            entity = people.entity_of(mention)
            if head in entity.roles and entity.kind != "person":
                last = (entity, mention)
                break
            if entity.key and entity.key[-1] in PLACE_FEATURE_WORDS:
                continue  # "the Red Sea remains too dangerous": a place, not "the company"
            if len(entity.core) == 1 and people.ordinary_word(entity.core[0]):
                continue  # "New signs in stores appeared …" ¶ "its new prices": a word
            if in_relative(mention):
                continue  # "Corbridge, which … owns US snacks maker …": not what acts
            if entity.kind != "org" and not (
                    head in _NAMED_BODY_NOUNS and _body_by_name(people, entity, head)):
                if last is None and _plain_body(people, entity, mention, head):
                    last = (entity, mention)  # "Acme said …. the company said"
                continue
            if head in entity.key or head in _NAMED_BODY_NOUNS and _called(people, entity, head):
                # (its own name has the noun, or the noun stands before it: "indie band
                # Vanity Kills" for "the band", not an album named since)
                last = (entity, mention)
                break
            if last is None and head not in OWN_NAME_BODY_NOUNS and head not in (
                    GOVERNMENT_NOUNS) and (told_of(mention) or acts(mention)):
                # (one that acts or speaks: not "told the Financial Times", "said
                # Oliver Grantham at Numis Securities")
                last = (entity, mention)
        if (last is None or head not in last[0].key and head not in last[0].roles) and (
                floor > 0):
            # a body named by the noun earlier in the article stands before one named
            # nearer without it ("The Solicitors Disciplinary Tribunal heard …" … "the
            # Solicitors Regulation Authority" … "The tribunal accepted …")
            last = next(((people.entity_of(m), m) for m in people.before(floor, 0)
                         if people.entity_of(m).kind == "org"
                         and head in people.entity_of(m).key), last)
        if last is None:
            return []
        entity, mention = last
        if unnamed > mention.end and head not in entity.key and head not in entity.roles:
            return []  # "Taiwan’s defence ministry said …" since: that ministry, unnamed
        if not all(word in entity.name or word.lower().endswith(DEMONYM_ENDS)
                   for word in named_as):
            return []  # "the Trump campaign said": not the last body named (but "the
            #           Danish carrier" may be Maersk: a nationality is no name's word)
        return [(entity, {**features, "role_organisation_before": 1.0},
                 (mention.start, mention.end))]
    if frames.plural_role(head) or head in COLLECTIVE_NOUNS:
        # "the lawyers said", "wrote the authors", "the victim's family said": a group,
        # not one named person
        return []
    kin_of = _KIN_OF_RE.fullmatch(head)  # "the mum-of-two", "the father-of-three"
    if kin_of is not None and kin_of.group(1) not in PARENT_NOUNS:
        kin_of = None  # (not "the man-of-the-year")
    noun = kin_of.group(1) if kin_of else head
    gender = "f" if noun in FEMALE_NOUNS else "m" if noun in MALE_NOUNS else None
    last_fitting = salient = None
    passing: Mention | None = None
    in_passing = False
    ranks = said & _RANKS - ROLE_SYNONYMS.get(head, frozenset())
    unranked: Standing | None = None  # the nearest given the role but not the rank
    for mention in people.before(position, floor):
        entity = people.entity_of(mention)
        if entity.kind == "org" or mention.pronoun or entity is possessor:
            continue
        if (head in entity.roles or not said.isdisjoint(entity.roles) and possessor is None
                or entity.kind == "name" and not people.in_headline(mention)
                and entity.key[-1] == head and all(w.lower() in entity.key for w in named_as)
                or named_as and entity.kind == "person" and head in ROLE_NOUNS and all(
                    w.lower() in entity.roles for w in named_as)) and (
                said.issuperset(entity.roles & _LESSER_RANKS) or head in _PRESIDING) and (
                not _of_another(people, named_as, entity)):
            # (not one of a lesser rank than the description says: "the first minister"
            # is no Deputy First Minister; but one who presides over a hearing is "the
            # judge" or "the coroner" whatever the grade: "Deputy District Judge
            # Josephine Tsang Wing-yan … the judge said")
            if plainly > mention.start:
                return []  # "A Department of Health spokesperson said" since: that one
            standing = (entity, {**features, "role_named_before": 1.0},
                        (mention.start, mention.end))
            if entity.roles.issuperset(ranks):
                return [standing]
            # (one of the rank the description says before one without it, named
            # since: "the Chief Justice" is Chief Justice Maraga, not Justice Lenaola;
            # else that one: "the chief imam" for "The National Chief Imam, Sheikh
            # Osman Nuhu Sharubutu," whose "Chief" no role of his keeps)
            unranked = unranked or standing
            continue
        if possessor is not None or owned:
            continue  # "Ford’s father" is only someone given that role (so is "the
            #           programme's host": a thing's, in the possessive)
        if not (entity.kind == "person" and not entity.is_place or entity.kind in (
                "name", "caps") and entity.speaks > 0) or (
                gender is not None and entity.gender not in (None, gender)):
            # A description stands for a person the article names as one, or quotes
            # as one ("Reddick told reporters": no first name, and no title).
            continue
        if last_fitting is None and not modifies(mention) and not mention.embedded and not (
                in_relative(mention)):
            # (not one a clause inside the sentence is about: "Justice Kahukura reminded
            # the jury that Tāwhai was not required …, the judge said"; nor one named in
            # a relative clause set off: "Jonah Petersen, whose pass was intercepted by
            # Tuilau, fronted up")
            last_fitting = (entity, mention) if _told_of(entity, mention) else False
            passing = mention  # named in passing: the sentence's subject may be told of
            in_passing = not told_of(mention)
        elif (last_fitting is False or in_passing and entity.roles.isdisjoint(
                _PERSON_HEADS - {head})) and mention.initial and mention.subject and not (
                modifies(mention) or mention.embedded) and passing is not None and (
                _same_sentence(mention, passing)):
            # "Al Hammadi, who has captained Wahda since 2012, was less guarded. “…,” the
            # defender said": the subject opening the sentence, not the club named in its
            # aside; nor one quoted before but named here in passing ("Bill Clinton got
            # in on the game, bashing Sanders. “…,” the former president said").
            last_fitting = (entity, mention)
            in_passing = False
        if salient is None or entity.mentions > salient[0].mentions:
            salient = (entity, mention)
    if unranked is not None:
        return [unranked]
    if aged and not last_fitting and unnamed < 0 and salient is not None and (
            salient[0].mentions >= SALIENT_MENTIONS) and not _another_at_hand(
                people, salient, position, floor):
        # "Jose Mourinho has agreed a deal … Mourinho's representatives … The
        # 56-year-old said": an age no one was given, after people named only in
        # passing, is the article's own person's, the one it names most; not when
        # another person has been told of or set off after a role since that one was
        # last named ("Her landlord, Peter Ward, lives in Spain. “…,” the 71-year-old
        # said", "McKibbin’s caddie, Ricky Elliott, spent years …")
        return [(salient[0], {**features, "role_salient_person": 1.0},
                 (salient[1].start, salient[1].end))]
    if not last_fitting or unnamed >= 0 or head in ANONYMOUS_ROLES or not (
            aged or named_as or head in ROLE_NOUNS or kin_of or frames.AGENT_RE.search(head)
            or len(head) > 6 and head.endswith("ant")):  # ("the tournament debutant")
        return []  # "the voice asked": not a word for what somebody named does
    assert isinstance(last_fitting, tuple) and salient is not None  # set together
    found: list[Standing] = [(last_fitting[0], {**features, "role_last_person": 1.0},
                              (last_fitting[1].start, last_fitting[1].end))]
    if salient[0] is not last_fitting[0] and salient[0].mentions >= SALIENT_MENTIONS:
        found.append((salient[0], {**features, "role_salient_person": 1.0},
                      (salient[1].start, salient[1].end)))
    return found


# Nouns a plain name that speaks never stands for: bodies only their own name calls so,
# and the governments of places ("Russia said … the government said": not Russia).
_PLAIN_NAME_NOT = OWN_NAME_BODY_NOUNS | GOVERNING_NOUNS


def _plain_body(people: People, entity: Entity, mention: Mention, head: str) -> bool:
    """Whether "the <head>" may stand for ``entity``, named at ``mention`` by a name no
    word of which says it is a body ("Acme said demand had fallen. … the company
    said"): written there as one word or letters in capitals ("AER", "Latchwell"; not
    "Sipho Ndlovu", a person whose first name no list has) and spoken of as "it", that
    speaks there; or a name written as a body's (``_written_as_body``: "The Indonesian
    Red Cross said", "The Panthers have confirmed", "Animals Australia, which …,
    welcomed"), that speaks or acts there; outside the headline ("Panel reports"), and
    no person (no title, no he or she, not the end of a longer name: "Viktor
    Rusakovich … Rusakovich said") nor a place (never named where one goes: "in
    Russia") nor a body called by another noun ("the Unite union" is no "the
    company"); and a noun such a name may be (``_PLAIN_NAME_NOT``)."""
    named = mention.entity  # (the words written there: "Latchwell", of Latchwell Touch)
    return (head not in _PLAIN_NAME_NOT and entity.kind in ("name", "caps")
            and ((named.kind == "caps" or len(named.key) == 1) and says(mention)
                 and _spoken_of_as_it(people, entity)
                 or (says(mention) or told_of(mention)) and _written_as_body(people, entity))
            # (where one is, unless its name is a body's, "coached at Penybryn RFC", or
            # that is in fewer than half its namings: "administrators at Lakeshore
            # Senior Living warned …. Lakeshore Senior Living said its facilities")
            and (not entity.located or _letters_end(entity)
                 or entity.located * 2 < entity.mentions)
            and not entity.titled and entity.he + entity.she == 0
            and not people.in_headline(mention)
            and entity.roles.isdisjoint(ORGANISATION_NOUNS - {head})
            and not (_ends_a_longer_name(people, named)
                     and not _written_as_body(people, entity))  # ("The Jaguars said" is
            #            the Jacksonville Jaguars')
            and not _called_by_noun_after(people, entity, head))


def _written_as_body(people: People, entity: Entity) -> bool:
    """Whether a name is written as a body's, never as a person's is: after "the" ("The
    Indonesian Red Cross said"), or with "its", "said its" or ", which" right after it
    ("Animals Australia, which provided the footage,"; "Médecins Sans Frontières (MSF),
    which"; "Lakeshore Senior Living said its facilities"), or a name of words that
    letters in capitals end ("Penybryn RFC"). A name of one word only as a plural or in
    capitals ("The Panthers"; "The Edge" is a person). (A person's name of words no list
    has, "Sipho Ndlovu said it was", is neither.)"""
    if len(entity.key) == 1 and not (entity.key[0].endswith("s") or entity.kind == "caps"):
        return False
    if _letters_end(entity):
        return True
    for mention in people.mentions:
        if mention.pronoun or not mention._text or people.entity_of(mention) is not entity:
            continue
        start, end = mention.start - mention._base, mention.end - mention._base
        the = _THE_BEFORE_RE.search(mention._text, 0, start)
        if the is not None and (the.group(1) == "the" or mention._text[:the.start()].rstrip(
                )[-1:] in ("", ".", "!", "?", ":")) or _BODY_AFTER_RE.match(mention._text, end):
            # ("The" inside a sentence opens a title: 'space drama “The Long Orbit”')
            return True
    return False


def _letters_end(entity: Entity) -> bool:
    """Whether letters in capitals end a name of words, as a body's do ("Penybryn RFC";
    not a number in Roman figures: "John Doe III")."""
    return len(entity.core) > 1 and _ACRONYM_RE.fullmatch(entity.core[-1]) is not None and (
        _ROMAN_RE.fullmatch(entity.core[-1]) is None)


# A number in Roman figures, as after a person's name ("Henry Ford II").
_ROMAN_RE = re.compile(r"[IVX]+")
_THE_BEFORE_RE = re.compile(r"\b(the|The)\s+(?:[A-Z][\w’'.-]*\s+){0,2}$")
_BODY_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,12}\))?(?:\s+(?:said\s+|says\s+)?its\b|,\s+which\b)")


def _spoken_of_as_it(people: People, entity: Entity) -> bool:
    """Whether the article speaks of ``entity`` as "it" right after a mention of it, in
    the same sentence ("Latchwell said it had released an update", "Eskom said its
    plan"), as of a body and never of a person ("Musk said … Musk wrote")."""
    for mention in people.mentions:
        if mention.pronoun or not mention._text or people.entity_of(mention) is not entity:
            continue
        if _IT_AFTER_RE.match(mention._text, mention.end - mention._base):
            return True
        verb = verb_after_aside(mention)  # ("Corbridge, which owns …, said it was")
        if verb >= 0 and _IT_AFTER_RE.match(mention._text, verb - 1):
            return True
        aside = _DESCRIBED_ASIDE_RE.match(mention._text, mention.end - mention._base)
        if aside is not None and _IT_AFTER_RE.match(mention._text, aside.end()):
            return True  # ("Vantara, the market leader, said it would")
    return False


# A description set off after a name: ", the market leader,".
_DESCRIBED_ASIDE_RE = re.compile(r",\s+(?:the|a|an)\s[^,;:.!?]{1,60},")


# "it" or "its" within a few words after a name, in its sentence and before any "he",
# "she", "his" or "her".
_IT_AFTER_RE = re.compile(
    r"(?:[’']s)?(?:\s+(?!(?:he|she|his|her)\b)[\w,’'-]+){0,4}?\s+(?:it|its)\b")


def _called_by_noun_after(people: People, entity: Entity, head: str) -> bool:
    """Whether a mention of ``entity`` has a body's noun other than ``head`` right
    after it ("the Unite union said": a union, no "the company"; not what it owns:
    "Movera’s office")."""
    for mention in people.mentions:
        if mention.pronoun or mention.possessive or people.entity_of(mention) is not entity or (
                not mention._text):
            continue
        after = _NOUN_AFTER_RE.match(mention._text, mention.end - mention._base)
        if after is not None and after.group(1) in ORGANISATION_NOUNS and (
                after.group(1) != head):
            return True
    return False


_NOUN_AFTER_RE = re.compile(r"\s+([a-z]+)\b")  # the word in small letters after a name


def _ends_a_longer_name(people: People, entity: Entity) -> bool:
    """Whether the words of ``entity``'s name end a longer name the article gives."""
    key = entity.key
    return any(len(other.key) > len(key) and other.key[-len(key):] == key
               for other in people.entities.values())


# The roles of one who presides over a hearing, which a deputy or acting holder holds
# in full there.
_PRESIDING = frozenset("judge coroner magistrate sheriff recorder".split())
# Words that make a title a lesser one than the title without them.
_LESSER_RANKS = frozenset("deputy vice assistant associate acting under junior shadow".split())
# Words of a rank a description's holder must have too.
_RANKS = _LESSER_RANKS | {"chief"}


def _same_sentence(earlier: Mention, later: Mention) -> bool:
    """Whether two mentions of one paragraph have no sentence's end between them."""
    if earlier._text is not later._text or not earlier._text:
        return False
    between = earlier._text[earlier.end - earlier._base:later.start - later._base]
    return _SENTENCE_END_RE.search(between) is None


# A verb that says what the subject is: "India is a “dramatically growing economy”" is
# somebody's words about India, not India's.
_COPULAS = frozenset("is was are were".split())


def _described_as(window: Window, after_subject: int) -> bool:
    """Whether the subject ending before ``after_subject`` is followed by a copula."""
    return after_subject < len(window.words) and (
        window.words[after_subject].lower() in _COPULAS)


def _another_at_hand(people: People, salient: tuple[Entity, Mention], position: int,
                     floor: int) -> bool:
    """Whether another person is named between the salient person's last mention and
    ``position`` as one the story tells of or sets off after a role ("McKibbin’s caddie,
    Ricky Elliott, spent years …"), not only in passing ("Mourinho's representatives",
    "talking to Real Madrid sporting director Emilio Butragueno")."""
    for mention in people.before(position, floor):
        if mention is salient[1]:
            return False
        entity = people.entity_of(mention)
        if entity is not salient[0] and not mention.pronoun and entity.kind == "person" and (
                _set_off(mention) or told_of(mention)):
            return True
    return False


def _set_off(mention: Mention) -> bool:
    """Whether a name is set off by a comma before it ("Her landlord, Peter Ward,")."""
    start = mention.start - mention._base
    return mention._text[max(0, start - 2):start] == ", "


def _told_of(entity: Entity, mention) -> bool:
    """Whether the person last named is one the article tells of, whom a description
    after may stand for: quoted already, or named as one who acts (``told_of``:
    "Chandor laughed. … the director said"). One only named in passing ("an ad attacking
    President Obama. … the announcer said") is not the announcer: the description
    is someone the article has not named (PolNeAR train and dev: 12 of 12 such were
    somebody else; on the hand-labelled news no such person was the one)."""
    return entity.speaks > 0 or told_of(mention)


# Characters back the sentence before is looked for in ("Fans …. One … wrote:").
GROUP_REACH = 400
# A word in lower case, or opening a sentence ("Fans also reacted"), never a name's.
_LOWER_WORD_RE = re.compile(r"(?<![\w’'-])(?:[^\W\d_A-Z]|(?<=[.!?]\s)[A-Z]|(?<=\n)[A-Z]|^[A-Z])"
                            r"[\w’'-]*", re.MULTILINE)
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’]?\s")
SCARE_QUOTE_WORDS = 4  # (as the labelled sets' required rows: four words or more)
_QUOTED_RE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
_ONE_ALONE_RE = re.compile(r"\s*(?:One|Another)\b(?!\s+(?:of\b|[a-z]+\s))")


def _blank_quoted(found: re.Match[str]) -> str:
    """A quotation's words as spaces, keeping a full stop that ends it and its mark;
    not a scare quote's few words ("a group calling themselves “concerned parents”")."""
    quoted = found.group()
    if len(quoted.split()) < SCARE_QUOTE_WORDS:
        return quoted
    kept = 2 if quoted[-2:-1] in (".", "!", "?") else 0
    return " " * (len(quoted) - kept) + quoted[len(quoted) - kept:]


def _group_before(article: Article, position: int) -> str | None:
    """The noun, in the singular, of the last people the sentence before ``position``
    names by a word for them ("Fans also reacted": "fan"; "… one user wrote": "user"),
    or None."""
    low = max(0, position - GROUP_REACH)
    text = article.source.text[low:position]
    # (the words quoted are no one's noun, and their full stops end no sentence: "One
    # customer wrote: “… my order. Rest in peace Pat.” ¶ Another said:")
    text = _QUOTED_RE.sub(_blank_quoted, text)
    ends = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    back = 2
    # (past a sentence of one of the group: "One, posting as …, wrote: “…” Another wrote:")
    while back < len(ends) and _ONE_ALONE_RE.match(text, ends[-back]):
        back += 1
    # (the sentences before, not the words of its own before it: "“The manager has
    # lost the dressing room,” one said" is no manager's)
    opening = ends[-back] if back <= len(ends) else 0
    for found in reversed(list(_LOWER_WORD_RE.finditer(text, opening, ends[-1]))):
        word = found.group().lower()
        if found.group()[:1].isupper() and article.people.within(
                low + found.start(), low + found.end()):
            continue  # a name opening the sentence: "Waters tweeted, “…”"
        if frames.plural_role(word):
            return word[:-1]
        if word in _PERSON_HEADS and word not in ANONYMOUS_ROLES:
            return word
    return None


def _goes_on(window: Window, at: int) -> bool:
    """The words after a quotation that ends with a full stop, a question or an
    exclamation go on in lower case: its sentence goes on, and a cue there is its own
    however long ("“…?” the party's nominee, Donald Trump, said"); a new sentence
    opens with a capital."""
    after = at + 1
    if after < len(window.classes) and window.classes[after] == ".":
        after += 1  # the full stop the quotation's mask keeps
    return after < len(window.words) and window.words[after][:1].islower()


_OPENS_CUE = frozenset("NPDMnOaV")  # what a cue right after a quotation starts with
_CONTRACTED_RE = re.compile(r"[’'](?:s|d|ll|re|ve|m)$")
_POSSESSIVE_END_RE = re.compile(r"[’']s?$|$")  # "Blair’s", "Jones’"


_REPLY_LEMMAS = frozenset("reply respond answer".split())
_WORD_AFTER_PRONOUN_RE = re.compile(r"\w+\s+(\w+)")


def _replies_to(article: Article, spoken: Spoken, position: int) -> bool:
    """Whether the he or she at ``position`` replies (its verb says so) to a question,
    the last quote decided before it, by a cue right after it ("… ?” a reporter
    asked")."""
    text = article.source.text
    verb = _WORD_AFTER_PRONOUN_RE.match(text, position)
    return verb is not None and VERB_LEMMA.get(verb.group(1).lower()) in _REPLY_LEMMAS and (
        text[spoken.position:spoken.end].rstrip("”’\"' ,").endswith("?")) and any(
        spoken.end <= cue[0] <= spoken.end + OWN_CUE_CHARS and cue[1] <= position
        for cue in spoken.cue)  # (not the words that reply: "…?” He answered, “…”")


OWN_CUE_CHARS = 6  # a quotation's own cue starts this close after it (past its marks)


def _antecedents(article: Article, pronoun: str, position: int,
                 floor: int) -> list[Standing]:
    """The people a pronoun may stand for, nearest first (at most ``MAX_ANTECEDENTS``): he
    and she a person who fits, they an organisation, a group or a person."""
    if pronoun == "i":
        # "“Is that a good sign or a bad sign?” I ask.": the I of the narration is the
        # writer's, the one the byline names (if one)
        authors = article.source.metadata.authors
        if len(authors) != 1:
            return []
        return [(article.people.unnamed(authors[0].name, "writer"),
                 {"slot_pronoun": 1.0}, None)]
    if pronoun == "we":
        return []
    gender = PRONOUN_GENDER.get(pronoun)
    people = article.people
    chained = people.pronoun_at(position)
    chained_entity = chained.entity.root() if chained is not None else None
    last_speaker = None
    last_spoken = None
    for spoken in reversed(article.spoken):  # in reading order: the last before it
        if spoken.position < position:
            if spoken.position >= floor:
                last_speaker, last_spoken = spoken.entity.root(), spoken
            break
    seen: list[int] = []
    found = _antecedents_named(article, pronoun, position, floor, seen, chained_entity,
                               last_speaker, False)
    if last_spoken is not None and len(found) > 1 and _replies_to(article, last_spoken, position):
        # "“Will the buses be running on Thursday?” a reporter asked." ¶ "“I can’t tell
        # you that,” she replied": the one who asked does not reply
        found = [standing for standing in found if standing[0] is not last_speaker]
    if (chained_entity is not None and last_speaker is not None and chained_entity.kind
            == last_speaker.kind == "unnamed" and chained_entity is not last_speaker
            and not chained_entity.roles.isdisjoint(last_speaker.roles)):
        # "A spokesman for Iarnród Éireann said … “…,” he said": the he is the spokesman
        # the speaker's slot named with his organisation, not a second one.
        found = [(last_speaker, features, named) if entity is chained_entity
                 else (entity, features, named) for entity, features, named in found]
        seen.append(id(last_speaker))
    if not found and pronoun == "it":
        # "The hospital’s own infection control committee has been blunt. In an internal
        # report, it noted that …": the body the sentence before has for its subject by
        # its noun, when no name is there for the it
        found = _body_subject_before(article, position, floor)
    if not found and gender is not None:
        # Nobody named a person by title, role, known name or a pronoun before: one the
        # article shows to be a person (``persons``: "The governor, Xolani Dube,
        # visited …") whose name no list holds.
        found = _antecedents_named(article, pronoun, position, floor, seen,
                                   chained_entity, last_speaker, True)
    if people.topic is not None and any(
            entity is people.topic and "pronoun_agrees" in features
            for entity, features, _ in found):
        # In an article about one person, the headline's, a he or she that fits that
        # person stands for no one named in a paragraph before whose given name says the
        # other sex ("Judith Carrow obituary" … "Alan Fairlie … recalls: “…”" ¶ "…, she
        # told peers: “…”": Judith). (Not one its own paragraph names, whose he or she
        # the text tells: "Ilhan Omar asked …. She added"; nor in an article about no
        # one: "Rosario", a woman's name too, that the list gives a man.)
        found = [standing for standing in found if "pronoun_clashes" not in standing[1]
                 or not standing[1].get("pronoun_paragraphs_back")]
    if last_spoken is not None and id(last_speaker) not in seen and _goes_on_unnamed(
            article, last_spoken, pronoun, position):
        # "In a statement read to the court, the man, who is in his 50s, said he had
        # been “too frightened …”" ¶ "“They took my keys …,” he said": a he, she or
        # they right after the words of one known only by a role, with nobody named
        # between, goes on with that speaker. (The chain of pronouns the names were
        # read for never saw the role: it ran back past it, to the man named before.)
        return [_unnamed_antecedent(article, last_spoken, pronoun, position)] + [
            (entity, _ranked_lower(features), named) for entity, features, named in found]
    if last_speaker is not None and id(last_speaker) not in seen and (
            pronoun != "it" or _a_thing(last_speaker)) and (
            gender is None or last_speaker.gender in (None, gender)) and not (
            pronoun == "they" and last_speaker.kind == "person"):
        found.append((last_speaker, {"slot_pronoun": 1.0, "pronoun_last_speaker": 1.0,
                                     f"pronoun_rank_{PRONOUN_RANKS}": 1.0}, None))
    return found


# A paragraph that only labels the topic of the remarks after it: "ON INFLATION:".
_TOPIC_LABEL_RE = re.compile(r"[^\n.!?“”\"]{1,60}:\s*")
_LABEL_ROLES = (Role.CAPTION, Role.HEADING)
# Nouns for what one says, whose owner a list of quotations after a colon is by.
_REMARKS = frozenset("comments remarks words answers testimony speech".split())
# Nouns for any body at all: "the body", "the organisation".
_ANY_BODY_NOUNS = frozenset("body organisation organization".split())


def _body_subject_before(article: Article, position: int, floor: int,
                         across: bool = False,
                         heads: frozenset[str] = ORGANISATION_NOUNS) -> list[Standing]:
    """The body the sentence before the one at ``position`` (in its paragraph, or
    ``across`` the paragraph before when it opens its own) has for its subject by a
    definite noun phrase whose head is a body's noun (one of ``heads``: "The
    hospital’s own infection control committee"), as its slot reads it."""
    index = article.block_index(position)
    if index < 0:
        return []
    block = article.blocks[index]
    masked = article.masked.get(block.index)
    if masked is None:
        return []
    start = block.start + sentence_start(masked, position - block.start, SENTENCE_REACH)
    window = article.sentence_before(block, start)
    if window is None and across and index > 0 and article.blocks[index - 1].start >= floor:
        window = article.last_sentence(article.blocks[index - 1])
    if window is None or not window.classes:
        return []
    subject = frames.subject_of_sentence(window, window.classes)
    if subject is None or window.classes[subject[0]] not in "DM" or (
            window.words[subject[1] - 1].lower() not in heads):
        return []
    first, end = subject
    return [(entity, {**slot, "slot_pronoun": 1.0, "pronoun_subject": 1.0,
                      "pronoun_rank_1": 1.0}, window.span(first, end - 1))
            for entity, slot, _ in _slot_entities(article, window, first, end - 1, floor,
                                                  back=False)]


# Sentences an "it" opening each looks back over to the statement the first one names.
IT_CHAIN = 3
# The pronoun of whose a possessive says a statement is: "her statement" is the she's.
_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _text_issued_before(window: Window, start: int, verb: int) -> bool:
    """Whether the -ing verb at ``verb`` says what a text its subject issued says, a noun
    for one (a statement, a post, a letter) after the subject and before it, past no other
    verb ("The ministry later published a short statement on its Telegram channel saying
    that “…”")."""
    return any(window.words[k].lower() in ISSUED_NOUNS and "V" not in window.classes[k:verb]
               for k in range(start, verb))


def _text_owner(article: Article, position: int, floor: int) -> list[Standing]:
    """Whose is the text an "it" before "read" stands for: the owner a possessive gives
    it in the sentence before ("Greaves issued his own statement through the union"),
    as that he or she would be read there; none when that sentence has no such text."""
    blocks = article.blocks
    at = article.block_index(position)
    if at < 0:
        return []
    block = blocks[at]
    window = article.sentence_before(block, block.start + article.sentence_start(block, position))
    if window is None and at > 0 and blocks[at - 1].start >= floor:
        window = article.last_sentence(blocks[at - 1])  # (its paragraph's first sentence)
    if window is None:
        return []
    for k, word in enumerate(window.words):
        owner = _OWNER_PRONOUNS.get(word.lower())
        noun = next((w.lower() for w in window.words[k + 1:k + 3] if w.lower() in ISSUED_NOUNS),
                    None)
        if owner is not None and owner != "it" and noun is not None:
            standing = _antecedents(article, owner, window.spans[k][0], floor)
            return [(entity, {**features, "pronoun_described_subject": 1.0}, named)
                    for entity, features, named in standing[:1]]
    return []


def _it_described(article: Article, position: int, floor: int) -> list[Standing]:
    """What an "it" opening its sentence stands for when the sentence before has for its
    subject a statement or a body by its noun ("The lawsuit names Pine Ridge County ….
    It seeks damages …" ¶ "It also alleges that …": the lawsuit; "The department has
    also warned …. It posted a list …, writing:": the department), through "it"s opening
    the sentences between; none when that subject is anything else."""
    blocks = article.blocks
    at = article.block_index(position)
    if at < 0:
        return []
    block = blocks[at]
    start = block.start + article.sentence_start(block, position)
    for _ in range(IT_CHAIN):
        window = article.sentence_before(block, start)
        if window is None:  # its paragraph's first sentence: the last of the one before
            if at == 0 or blocks[at - 1].start < floor:
                return []
            at -= 1
            block = blocks[at]
            window = article.last_sentence(block)
            if window is None:
                return []
        if window.words[:1] == ["It"]:
            # ("It seeks damages": the one before says what)
            start = block.start + article.sentence_start(block, window.spans[0][0])
            continue
        classes = window.classes
        subject = frames.subject_of_sentence(window, classes)
        if subject is None:
            # (a sentence in the passive: "Her statement was read aloud by Fournier.")
            noun = classes.find("s")
            if noun < 1 or classes[0] not in "Dp" or classes[1:noun].strip("wWnO"):
                return []
            subject = 0, noun + 1
        first, end = subject
        opening = [w.lower() for w in window.words[:first]]
        # ("In a statement released through police, Mr Owen's family thanked …" ¶ "“…,”
        # it said": the statement, the subject's, whoever the subject is)
        issued = opening[:1] == ["in"] and not ISSUED_NOUNS.isdisjoint(opening)
        if not issued and (window.words[first].lower() not in DEFINITE_DETERMINERS and (
                window.words[first].lower() not in frames.POSSESSIVES) or (
                window.words[end - 1].lower() not in _THINGS) or not _acts(window, end)):
            return []  # (the statement, or hers: "Her statement was read aloud")
        owner = _OWNER_PRONOUNS.get(window.words[first].lower())
        if owner is not None:
            # "Her statement was read aloud by Fournier. It said, in part:": whose
            # statement it is, as the she would be read there
            standing = _antecedents(article, owner, window.spans[first][0], floor)
            return [(entity, {**features, "pronoun_described_subject": 1.0}, named)
                    for entity, features, named in standing[:1]]
        return [(entity, {**features, "slot_pronoun": 1.0, "pronoun_subject": 1.0,
                          "pronoun_described_subject": 1.0}, window.span(first, end - 1))
                for entity, features, _ in _slot_entities(article, window, first, end - 1,
                                                          floor)]
    return []


# Tokens from a passive verb to a quotation its own words may be ("was told that",
# "was described by one critic as").
PASSIVE_OBJECT_TOKENS = 4
# Words that open a clause of what is asked about or told of: "what Cárdenas said".
# (Tokens back from a verb to such a word: "what ministers in the government had been".)
ASKED_ABOUT_REACH = 8
_ASKED_ABOUT = frozenset("what whatever how why whether".split())


# Verbs after which the subject does nothing an "it" goes on with ("The lawsuit is the
# latest blow for Meridian. It said …": Meridian's; "The announcement comes as …").
_LINKING_VERBS = frozenset("""is was are were be been being comes came follows followed
marks marked becomes became remains remained seems seemed appears appeared""".split())
# Participles by which a text is passed on, so that the text still speaks ("Her statement
# was read aloud by Fournier. It said:"), unlike one a reply to it disputes ("The report
# was disputed by the contractor. It said …": the contractor's).
_PASSED_ON = frozenset("""read issued released published posted sent written signed shared
delivered presented submitted filed handed emailed tweeted circulated""".split())


def _acts(window: Window, end: int) -> bool:
    """Whether the verb after a subject ending before token ``end`` has it do something
    an "it" goes on with: not a linking verb, and in the passive only a verb of passing
    a text on."""
    words = [w.lower() for w in window.words[end:end + 4]]
    while words and words[0] in ("also", "now", "then", "later", "has", "had", "have"):
        words.pop(0)  # ("has also been", "now seeks")
    if not words or words[0] not in _LINKING_VERBS:
        return True
    rest = [w for w in words[1:] if w not in ("been", "being", "also", "then", "later")]
    return bool(rest) and rest[0] in _PASSED_ON


def _a_thing(entity: Entity) -> bool:
    """A speaker an "it" may stand for: a statement or a body known by what it is
    ("The statement read, “…”. It added that …"), an organisation, or a name nothing
    shows to be a person; never a person."""
    if entity.kind in ("org", "name"):
        # (a name nothing shows to be a person: "Big Machine … they said, “…”" ¶ "… it
        # says": the label)
        return entity.he + entity.she == 0 and not entity.titled and not entity.known_gender
    return entity.kind == "unnamed" and not entity.roles.isdisjoint(_THINGS)


_THINGS = STATEMENT_NOUNS | ORGANISATION_NOUNS


def _said_so_before(people: People, mention: Mention, entity: Entity) -> bool:
    """Whether a he or she stands for one its sentence shows speaking before it ("A
    second-year student …, who asked not to be named because she has applied …, said"):
    the mention of ``entity`` before it in its sentence speaks."""
    text = mention._text
    if not text:
        return False
    low = mention._base + sentence_start(text, mention.start - mention._base, SENTENCE_REACH)
    for earlier in people.before(mention.start, low):
        if people.entity_of(earlier) is entity:
            return earlier.speaks
    return False


_PERSONAL = frozenset(("he", "she"))
_CLAUSE_BREAK_RE = re.compile(f"[,:;–—{QUOTE_MARK}]")


def _named_later_in_sentence(article: Article, position: int) -> set[int]:
    """The ids of the people named after ``position`` (a he or she) in its sentence,
    outside quotes: none of them is the one it stands for ("he said Pereyra was",
    "she told Ms Ortiz that")."""
    blocks = article.blocks
    at = article.block_index(position)
    masked = article.masked.get(blocks[at].index) if at >= 0 else None
    if masked is None:
        return set()
    base = blocks[at].start
    end = sentence_end(masked, position - base)
    stop = _CLAUSE_BREAK_RE.search(masked, position - base, end)
    end = base + (stop.start() if stop is not None else end)  # (up to a quote, a comma,
    #  a colon or a dash: "he told the Journal …: “…,” Roffman predicted" is Roffman's
    #  he; so is "he told Hannity, to cheers from the crowd where Trump spoke" Trump's)
    people = article.people
    return {id(people.entity_of(mention).root())
            for mention in people.within(position + 1, end) if not mention.possessive}


def _plural_possessive(mention: Mention) -> bool:
    """Whether a name ending in s has the mark of possession right after it ("until she
    saw Brooks’ post"), which the name's run leaves out."""
    text, end = mention._text, mention.end - mention._base
    return bool(text) and text[end - 1:end] == "s" and text[end:end + 1] in ("’", "'") and (
        not text[end + 1:end + 2].isalnum())


def _antecedents_named(article: Article, pronoun: str, position: int, floor: int,
                       seen: list[int], chained_entity: Entity | None,
                       last_speaker: Entity | None, shown: bool) -> list[Standing]:
    """The people named before a pronoun it may stand for, nearest first, with their
    features; ``shown``: only names no list or title makes a person that the article
    shows to be one (``People.person``)."""
    gender = PRONOUN_GENDER.get(pronoun)
    people = article.people
    found: list[Standing] = []
    about = people.said_about.get(position, ())  # "Mr Ortega has failed, he claimed"
    later = _named_later_in_sentence(article, position) if pronoun in _PERSONAL else ()
    for mention in islice(people.before(position, floor), MENTIONS_BACK):
        entity = people.entity_of(mention)
        if about and id(entity.root()) in about or later and id(entity.root()) in later:
            continue  # (nor one named after it in its sentence: "he said Pereyra was
            #            “two weeks away”" is not Pereyra's he)
        if id(entity) in seen or (mention.possessive or _plural_possessive(mention)) and (
                not mention.pronoun) and (
                gender is None or _owns_one_it_may_be(mention, gender)
                or _paragraphs_between(article, mention.start, position) > (
                    1 if _owns_the_other_sex(mention, gender) else 0)):
            continue  # (one named with an 's stands for a he or she in its own paragraph,
            # or the next when what it owns is of the other sex: "Sunita Devi's son
            # Rohit was one of the children in the trial." ¶ "“…,” she said")
        if pronoun == "they" and _before_its_noun(mention):
            continue  # "surveyed 1,200 US shoppers. … they wrote": a name that describes
        group = entity.kind in ("org", "unnamed") or (
            entity.kind in ("name", "caps") and not entity.titled and not entity.known_gender)
        if pronoun == "it" and not (group and entity.kind != "name") or (
                pronoun == "it" and entity.kind == "unnamed" and _one_person(entity)):
            continue  # "it says": an organisation, a statement, never a person (nor one
            # known by a role: "A doctor … said …. The commission … what it called")
        if pronoun not in ("they", "it") and (entity.kind == "org" or not (
                entity.kind == "name" and not entity.is_person and people.person(entity)
                if shown else entity.is_person)):
            continue
        if gender is not None and entity.gender not in (None, gender) and (
                entity.sure_gender or _told_otherwise(people, entity, gender)):
            continue  # "he" never stands for "Ms Green", nor for one the article calls she
        seen.append(id(entity))
        rank = len(seen)
        features = {"slot_pronoun": 1.0, f"pronoun_rank_{min(rank, PRONOUN_RANKS)}": 1.0}
        if pronoun in ("they", "it"):
            features[f"pronoun_{pronoun}_" + ("group" if group else "person")] = 1.0
        if gender is not None and entity.gender is not None:
            told = entity.known_gender  # from a title, a first name or a curated entry
            agrees = "pronoun_agrees" if entity.gender == gender else "pronoun_clashes"
            features[agrees if told else agrees + "_by_pronouns"] = 1.0
        elif entity is chained_entity and entity.kind == "unnamed" and gender is not None:
            # "Another resident was less sure. … she said": the he or she that follows
            # a person known by a role tells that person's gender.
            features["pronoun_agrees"] = 1.0
        if mention.subject:
            features["pronoun_subject"] = 1.0
        # (named as the one speaking counts as speaking: "…, according to Q magazine
        # editor Paul Rees. “…” He added", "…, said Batchelder")
        if mention.speaks or mention.named_speaking or mention.pronoun and _said_so_before(
                people, mention, entity):
            features["pronoun_antecedent_speaks"] = 1.0
        if mention.embedded:
            features["pronoun_antecedent_embedded"] = 1.0
        if mention.asked:
            features["pronoun_antecedent_asked"] = 1.0
        if (entity.kind in ("name", "caps") and not (
                entity.titled or entity.speaks
                or entity.said_so and entity.he + entity.she and len(entity.key) > 1)
                and gender is not None):
            # A he or she, for a bare word; not for a name of two words or more that
            # the text has say something and calls he or she ("Dawit Bekele … Bekele
            # said he had no complaints")
            features["pronoun_antecedent_unsure"] = 1.0
        if entity is chained_entity:
            features["pronoun_chain"] = 1.0
        if entity is last_speaker:
            features["pronoun_last_speaker"] = 1.0
        features["pronoun_paragraphs_back"] = min(
            _paragraphs_between(article, mention.start, position),
            ANTECEDENT_PARAGRAPHS) / ANTECEDENT_PARAGRAPHS
        found.append((entity, features, _named_at(people, entity, mention)))
        if len(seen) >= MAX_ANTECEDENTS:
            break
    return found


def _cue_distance(window: Window, token: int, position: int) -> float:
    """How far a cue's token is from the quotation, as a feature (0 to 1)."""
    distance = abs(window.spans[token][0] - position)
    return min(distance, CUE_DISTANCE_SCALE) / CUE_DISTANCE_SCALE


def _goes_on_unnamed(article: Article, spoken: Spoken, pronoun: str, position: int) -> bool:
    """Whether a pronoun at ``position`` goes on with the last speaker, ``spoken``, one
    known only by a role: a he or she for one person of that sex or of none the role
    says ("the man", "the paramedic"), they for a group ("Liam's family"); nobody named
    after that speaker's words and cue, before the pronoun."""
    entity = spoken.entity.root()
    if entity.kind != "unnamed" or pronoun not in ("he", "she", "they"):
        return False
    gender = PRONOUN_GENDER.get(pronoun)
    if (pronoun == "they") == _one_person(entity) or (
            gender is not None and entity.gender not in (None, gender)):
        return False
    people = article.people
    roles = {_role_stem(role) for role in entity.roles}
    if any(other.kind == "person" and not roles.isdisjoint(map(_role_stem, other.roles))
           for other in people.entities.values()):
        return False  # the role is a named person's too ("MSNBC host Joe Scarborough" …
        #               "the host said"): who the he is stays the names' to say
    last = max([spoken.end] + [end for _, end in spoken.cue])
    # (nobody named or described between: "An officer at the site said …. “…,” he
    # said")
    if last >= position or any(not mention.pronoun and people.entity_of(mention).is_person
                               for mention in people.before(position, last)):
        return False
    # Nor one that its sentence's subject, before the cue, heard ("she recalled being
    # told by a senior colleague that fieldwork was “…”" ¶ "“…,” she said" is hers),
    # nor one its sentence names ("a reporter asked Montoya-Lewis, “…?”" ¶ "“…,” she
    # replied"); the one whose the speaker is does not count ("Liam's family said he
    # was “…”").
    cued = min([spoken.position] + [start for start, _ in spoken.cue])
    block = article.source.block_at(cued)
    if block is None:
        return False
    opens = block.start + article.sentence_start(block, cued)
    asked = _ASKED_OBJECT_RE.search(article.source.text, opens, max(cued, spoken.position))
    if asked is not None and _SUBJECT_OF.get(asked.group(1).lower()) == pronoun:
        return False  # "an APTN reporter put a question to her: “…?”" ¶ "“…,” she said":
        #               the one asked answers
    return not any(
        mention.pronoun and mention.start < cued
        or not (mention.pronoun or mention.possessive)
        and people.entity_of(mention).is_person
        and people.entity_of(mention).root() is not entity
        for mention in people.before(last, opens))


# One asked, by the pronoun the pronoun after the question is: "put a question to her".
_ASKED_OBJECT_RE = re.compile(r"\b(?:to|asked|asks|pressed|questioned)\s+(her|him|them)\b")


def _role_stem(role: str) -> str:
    """A role without the sex its word may give it: "spokeswoman", "spokesman" and
    "spokesperson" are one role ("Foreign Ministry spokesperson Mao Ning" … "The
    ministry's spokeswoman said")."""
    for ending in ("woman", "person", "man"):
        if role.endswith(ending) and len(role) > len(ending) + 2:
            return role[:-len(ending)]
    return role


def _unnamed_antecedent(article: Article, spoken: Spoken, pronoun: str,
                        position: int) -> Standing:
    """The last speaker, known by a role, as the nearest antecedent of a pronoun that
    goes on with it (``_goes_on_unnamed``): the subject of its own words, the chain."""
    entity = spoken.entity.root()
    features = {"slot_pronoun": 1.0, "pronoun_rank_1": 1.0, "pronoun_chain": 1.0,
                "pronoun_subject": 1.0, "pronoun_antecedent_speaks": 1.0,
                "pronoun_last_speaker": 1.0}
    if pronoun == "they":
        features["pronoun_they_group"] = 1.0
    elif entity.gender is not None:
        features["pronoun_agrees"] = 1.0
    features["pronoun_paragraphs_back"] = min(
        _paragraphs_between(article, spoken.end, position),
        ANTECEDENT_PARAGRAPHS) / ANTECEDENT_PARAGRAPHS
    return entity, features, None


def _ranked_lower(features: dict[str, float]) -> dict[str, float]:
    """An antecedent's features one rank further back, and not the chain."""
    lower = {name: value for name, value in features.items()
             if not name.startswith("pronoun_rank_") and name != "pronoun_chain"}
    rank = next((int(name[-1]) for name in features if name.startswith("pronoun_rank_")),
                PRONOUN_RANKS)
    lower[f"pronoun_rank_{min(rank + 1, PRONOUN_RANKS)}"] = 1.0
    return lower


def _owns_one_it_may_be(mention: Mention, gender: str) -> bool:
    """Whether a name with an 's owns a person a he or she may stand for ("Trump's
    lawyer … he": the lawyer): not one whose word says the other sex ("Theresa Gomez’s
    father, Ernesto, lived …. She says": hers)."""
    role = owned_role(mention)
    return role is not None and role not in (MALE_NOUNS if gender == "f" else FEMALE_NOUNS)


def _before_its_noun(mention: Mention) -> bool:
    """Whether a name stands before the noun it describes ("1,200 US shoppers", "the
    Dunmore team"): a word in small letters right after it that is no verb."""
    if mention.pronoun or not mention._text:
        return False
    after = _SMALL_WORD_AFTER_RE.match(mention._text, mention.end - mention._base)
    if after is None:
        return False
    word = after.group(1)
    return not (word in SPEECH_VERBS or word in AUXILIARIES or word in FUNCTION_WORDS
                or word.endswith("ed"))


_SMALL_WORD_AFTER_RE = re.compile(r" ([a-z][a-z-]*)\b")


def _owns_the_other_sex(mention: Mention, gender: str) -> bool:
    """Whether a name with an 's owns a person of the sex a he or she is not ("Sunita
    Devi's son" for a she): then the he or she is the owner's."""
    return owned_role(mention) in (MALE_NOUNS if gender == "f" else FEMALE_NOUNS)


def _one_person(entity: Entity) -> bool:
    """Whether an entity known by a role is one person's: its head a role noun for a
    person ("doctor", "spokesman"), not a body's or a group's ("the ministry")."""
    return any(role in ROLE_NOUNS and role not in ORGANISATION_NOUNS
               and role not in COLLECTIVE_NOUNS and not frames.plural_role(role)
               for role in entity.roles)


def _told_otherwise(people: People, entity: Entity, gender: str) -> bool:
    """The article's own words give ``entity`` only the other gender ("Maria Lopez
    lost her home" for a he); a first name the lists know is not enough ("Dewi")."""
    told = people.told_gender(entity)
    return bool(told) and gender not in told


def _named_at(people: People, entity: Entity, mention: Mention) -> tuple[int, int]:
    """Where ``entity`` is named by name at or before ``mention`` (which may be a
    pronoun that stands for it): the evidence a reader can check."""
    if not mention.pronoun:
        return mention.start, mention.end
    for earlier in people.before(mention.start, 0):
        if not earlier.pronoun and people.entity_of(earlier) is entity:
            return earlier.start, earlier.end
    return mention.start, mention.end


def _paragraphs_between(article: Article, a: int, b: int) -> int:
    first = article.source.block_at(a)
    second = article.source.block_at(b)
    if first is None or second is None:
        return 0
    return second.index - first.index


# -- gathering ------------------------------------------------------------------------------

# Verbs that report what a study or an inquiry found: only a "that" clause after them,
# and never in the passive ("he was found").
_FINDING_LEMMAS = frozenset(("find",))
# The "that" after such a verb: right after it, or past an adverb, a short phrase of a
# preposition ("found in March that", "concluded in its report that") or of time
# ("found last year that", "found earlier this month that"), not past an object
# ("found the car that was stolen").
_FINDING_THAT_RE = re.compile(r"(?:a|o[DwWds]{1,3})?T")
_TIME_WORDS = frozenset("""last this next earlier later week weeks month months year years
weekend morning afternoon evening night day days today yesterday ago recently""".split())


_CLAUSE_JOINERS = frozenset(("but", "and", "yet"))  # opening a sentence, before its subject
# An account on a platform, which speaks as its owner ("Lumora’s official account
# posted"; "the official account of the Chinese Embassy said" reads the body after "of").
_ACCOUNT_NOUNS = frozenset("account accounts handle feed".split())
_WHERE_POSTED = frozenset(("on", "in"))  # where a statement is: "a post on its X account"


def _text_finds(window: Window, verb: int) -> bool:
    """Whether the subject of a verb of finding is a text ("The Commission’s final
    report, released in September, found the project’s benefits “…”"): what a report
    finds is its words, "that" or not."""
    return any(window.classes[last] == "s" for _, last, _ in frames.subjects_before(window, verb))


def _finding_that(window: Window, verb: int) -> bool:
    """Whether the "that" a verb of finding reports comes after it (``_FINDING_THAT_RE``,
    or past words of time)."""
    if _FINDING_THAT_RE.match(window.classes, verb + 1):
        return True
    at = verb + 1
    while at < len(window.words) and at - verb <= TIME_PHRASE_WORDS:
        word = window.words[at].lower()
        if word not in _TIME_WORDS and word not in DAYS_AND_MONTHS:
            break
        at += 1
    return at > verb + 1 and window.classes[at:at + 1] == "T"


TIME_PHRASE_WORDS = 3  # words of time between a verb of finding and its "that"


def _its_reporter(window: Window, outer_verb: int, slot: tuple[int, int, str]) -> bool:
    """Whether ``slot`` is an "it" or "they" opening the clause the speech verb
    ``outer_verb`` reports ("said in a statement that it had asked"): a "that" right
    before it, and no verb between."""
    first, last, _ = slot
    classes = window.classes
    return (first == last and classes[first] == "P"
            and window.words[first].lower() in ("it", "they")
            and first >= 1 and classes[first - 1] == "T"
            and "V" not in classes[outer_verb + 1:first])


def _in_closed_aside(head: str, verb: int) -> bool:
    """Whether the verb at ``verb`` of ``head`` (a sentence's token classes up to the
    quotation's ``@``) is in a relative clause set off by a comma and closed by one
    before the words that lead to the quotation: ", who share power …, of"."""
    opening = head.rfind(",x", 0, verb)
    closing = head.find(",", verb)
    rest = head[closing + 1:].rstrip("@:,") if closing >= 0 else ""
    # (not closed by the comma right before the quotation, ", who testified, “…”", nor
    # by one before where the words were: ", who wrote, in a letter to members: “…”")
    return opening >= 0 and "," not in head[opening + 1:verb] and rest != "" and not (
        "s" in rest and set(rest) <= _MEDIUM_CLASSES)


_MEDIUM_CLASSES = frozenset("oDdwWsMNtn")  # where words were: "in a letter to members"


# Words that deny the verb after them: one who "did not respond" said nothing.
_NEGATIONS = frozenset(("not", "never"))


def _negated(window: Window, verb: int) -> bool:
    """Whether the words before a verb, past its auxiliaries, deny it ("did not respond",
    "has never commented", "didn't return": a word ending in "n't")."""
    i = verb - 1
    while i >= 0:
        word = window.words[i].lower()
        if word in _NEGATIONS or word.endswith(("n't", "n’t")):
            return True
        if window.classes[i] != "a":
            return False
        i -= 1
    return False


def _joined_clause(window: Window, start: int, verb: int, comma_inside: bool) -> bool:
    """Whether the tokens between a quotation (ending before ``start``; ``comma_inside``:
    its words end on a comma) and a verb after it open a clause of that verb's own with a
    comma and "and", "but" or "while", no name before it (“…” earlier in the week, and
    kicker Mason Crosby's successor, Anders Carlson, said"; "… had become “…,” while DMK
    councillor P. Revathi … said"), not a list in the aside of one named there ("Anne
    Richards, assistant secretary of state for population, refugees, and migration,
    said")."""
    between = window.classes[start:verb]
    if between.endswith(",P"):
        return False  # (the sentence's own cue after its clauses: "…, but some events were
        #              unforeseeable to either of them, she said")
    if comma_inside and between and window.words[start].lower() in _JOINING:
        return True  # (its comma inside the marks: "“… apathy,” while DMK councillor …";
        #              not a phrase the sentence goes on with: "a “…” and Clevelanders
        #              get nervous, said Christine Link")
    joined = next((i for i in range(len(between) - 1) if between[i] == "," and (
        window.words[start + i + 1].lower() in _JOINING)), -1)
    return joined >= 0 and "N" not in between[:joined] and "P" not in between[:joined]


# Words that join a clause of its own after a comma.
_JOINING = frozenset(("and", "but", "while", "whereas", "yet"))


def _subordinate(window: Window, verb: int) -> bool:
    """"When Stern asked …, Paltrow revealed": the verb is in a clause that opens with
    a subordinating word, with no comma between."""
    for i in range(verb - 1, -1, -1):
        cls = window.classes[i]
        if cls in ",.;:@Q":
            return False
        if window.words[i].lower() in SUBORDINATORS:
            return True
    return False


def _reports_a_clause(window: Window, verb: int, follows: bool) -> bool:
    """"Martha added that …": a speech verb (not one of thought, "X believes that") with
    a clause of its own after it; and after a quotation that goes on from another
    (``follows``), "Ian McCafferty said the economy had …", a clause or an object
    opening otherwise, but not with a verb of telling or asking someone ("told
    Britain's ITV"), whose object comes first."""
    after = window.classes[verb + 1:verb + 2]
    if after not in _CLAUSE_OPENERS or after != "T" and not follows or frames.time_at(
            window, verb + 1):
        return False  # (not "said yesterday", "said this week")
    lemma = VERB_LEMMA.get(window.words[verb].lower())
    if lemma in frames.ADDRESSING and after != "T":
        # (but past the one told, a "that": "told the state news agency RIA Novosti
        # that prosecutors should …")
        told = window.classes[verb + 1:verb + 1 + TOLD_OBJECT_TOKENS]
        return _TOLD_THEN_THAT_RE.match(told) is not None
    return lemma not in MENTAL_LEMMAS and (after == "T" or lemma not in frames.ADDRESSING)


TOLD_OBJECT_TOKENS = 7  # tokens of the one told and its "that": "the state news agency RIA Novosti that"
_TOLD_THEN_THAT_RE = re.compile(r"[DMwWnON]+T")  # the one told, then "that"


# What a clause reported after a speech verb, or its object, opens with: "that", a
# determiner, a pronoun, a noun or a name ("said the economy had", "said he would",
# "said it was", "said gamers were", "has threatened three-time champion Edith Masai",
# "had accused Mr Hariri of").
_CLAUSE_OPENERS = frozenset("TDPpwdNM")


def _verb_features(window: Window, verb: int | None) -> dict[str, float]:
    if verb is None:
        return {}
    lemma = VERB_LEMMA.get(window.words[verb].lower(), "")
    if lemma in CORE_LEMMAS:
        return {"verb_core": 1.0}
    return {"verb_weak": 1.0} if lemma in WEAK_LEMMAS else {"verb_other": 1.0}


class Gatherer:
    """Candidates for the quotes of one article, in reading order."""

    def __init__(self, article: Article) -> None:
        self.article = article

    def gather(self, parts: list[tuple[Block, Quotation]], subject: str | None = None
               ) -> list[Candidate]:
        """Candidates for one quote (its parts, in order); ``subject`` is the person a
        curated article is about, who says what nobody else is cued for."""
        article = self.article
        found: dict[int, Candidate] = {}

        def propose(entity: Entity, rule: str, features: dict[str, float],
                    cue: list[tuple[int, int]], named: tuple[int, int] | None) -> None:
            add_proposal(found, entity, rule, features, cue, named)
        first_block, first = parts[0]
        floor = article.floor(first_block.index)
        opens_sentence = True
        self._claimed: set[tuple[int, int]] = set()  # (window, verb) proposed already
        self._cued = False  # a cue of its own names someone, found or not
        self._cued_for_nobody = False
        self._cued_by_pronoun = ""  # "he said": the he or she that is the cue's subject
        self._pronoun_cue: tuple[str, list[tuple[int, int]], dict[str, float]] = ("", [], {})
        for index, (block, quotation) in enumerate(parts):
            window, at = article.sentence_around(block, quotation.open_at, quotation.outer_end)
            if at < 0:
                continue
            classes = window.classes[:at] + "@" + window.classes[at + 1:]
            position = quotation.open_at
            opens_here = not classes[:at].strip("Q,.-(")  # it opens its sentence
            if index == len(parts) - 1 or parts[index + 1][0] is block:
                ending = article.source.text[quotation.inner_start:quotation.inner_end].rstrip()
                after_stop = {"after_full_stop": 1.0} if ending[-1:] == "." else {}
                ended = (ending.rstrip("”’\"'»")[-1:] in (".", "?", "!")
                         and not _goes_on(window, at))
                # (one that goes on from another of its paragraph, "“…,” said Kiplagat.
                # “… us.” KA has also threatened …", or ends a sentence of narration:
                # "… with pep talks like “….” Trump has also announced …")
                follows = ended and (
                    (article.quotations.get(block.index) or [quotation])[0] is not quotation)
                # (or has its cue before it: "When a journalist asked, “…?” X replied:")
                cue_before = classes[:at].rstrip()[-2:] in ("V,", "V:")
                for frame in frames.AFTER:
                    match = frame.pattern.match(classes, at)
                    if match and ended and "v" in match.re.groupindex and ((
                            "," in classes[at + 1:match.start("v")]
                            or match.start("v") - at > CUE_AFTER_STOP_REACH
                            or classes[at + 1:at + 3].lstrip(".")[:1] not in _OPENS_CUE) and (
                            classes[at + 1:at + 4].lstrip(".")[:2] != "N,")
                            or after_stop and _reports_a_clause(
                                window, match.start("v"), (follows or not opens_here) and len(
                                    ending.split()) >= SCARE_QUOTE_WORDS)
                            or (follows or cue_before)
                            and classes[match.end("v"):match.end("v") + 1] == ":"):
                        # “…people.” When Stern asked …: a sentence of its own follows;
                        # only a cue right after the quotation is its own ("“Why?” X asked",
                        # "“…?” Will Estrada, the county chairman, said"), not one that
                        # reports a clause of its own (“…letters.” Martha added that …)
                        # nor, after a quotation that goes on from another or ends a
                        # sentence of narration, one with an object or a clause of its own
                        # ("“… us.” KA has also threatened …"; not after a few words, "“…,”
                        # Murphy said. “Not even close.” Murphy said the group …"); nor,
                        # after one that goes on from another or has its cue before it, one
                        # that opens the next quotation (“…year.” Hayes said: “…”). A
                        # quotation opening its paragraph keeps them ("“It was terrifying.”
                        # Mrs Joan Hale, 72, said she had been woken …", "“…” Judge Rudland
                        # said: “…”").
                        continue
                    if match and "v" in match.re.groupindex and _negated(
                            window, match.start("v")):
                        continue  # "“…value.” The Brauers did not respond to questions"
                    if match and "v" in match.re.groupindex and not opens_here and (
                            _joined_clause(window, at + 1, match.start("v"),
                                           ending.endswith(","))):
                        # "Coach Matt LaFleur called Dillard “…” earlier in the week, and
                        # kicker Anders Carlson said he …": a clause joined to the
                        # quotation's by "and" tells of another one's words
                        continue
                    if match:
                        self._frame(propose, frame, window, match, floor, position, at + 1,
                                    after_stop)
            if index == 0:
                head = classes[:at + 1]
                opens_sentence = opens_here
                for frame in frames.BEFORE:
                    match = frame.pattern.search(head)
                    if match:
                        self._frame(propose, frame, window, match, floor, position, 0)
                self._reported(propose, window, head, floor, position)
        if opens_sentence and not self._cued:
            # A cue already read for a quote before says who it is again: "“…,” he
            # said. “…”" is the one decided for the first quotation, however the he
            # would be read afresh (a speaker the sentence before left unnamed is no
            # antecedent of it).
            decided = {span: spoken.entity for spoken in article.spoken[-DECIDED_CUES:]
                       for span in spoken.cue + spoken.read}

            def as_decided(entity: Entity, rule: str, features: dict[str, float],
                           cue: list[tuple[int, int]], named: tuple[int, int] | None) -> None:
                propose(decided.get(cue[0], entity) if cue else entity, rule, features, cue,
                        named)
            self._sentence_before(as_decided if decided else propose, first_block, first,
                                  floor)
        elif opens_sentence and self._cued_by_pronoun:
            # "A farmer who asked not to be named said he had received an envelope. “…,”
            # he said": the he is the one the sentence before has speak and says is
            # left unnamed, whom no name the pronoun looks back to stands for.
            gender = PRONOUN_GENDER.get(self._cued_by_pronoun)
            people = article.people
            own_rule, own_cue, own_features = self._pronoun_cue

            def unnamed_only(entity: Entity, rule: str, features: dict[str, float],
                             cue: list[tuple[int, int]], named: tuple[int, int] | None) -> None:
                if (entity.kind == "unnamed" and entity is not NOBODY
                        and (_ANONYMOUS_RE.search(article.source.text, cue[0][0], first.open_at)
                             or _SPEAKS_FOR_RE.search(article.source.text, cue[0][0],
                                                      first.open_at))
                        and not entity.roles.isdisjoint(_PERSON_HEADS)
                        and not any(frames.plural_role(head) for head in entity.roles)
                        and entity.gender in (None, gender)
                        and not any(people.entity_of(m).is_person
                                    for m in people.within(cue[0][1], first.open_at))):
                    # (the quote's own cue decides, its he named where the sentence
                    # before has the speaker speak)
                    propose(entity, own_rule, {**own_features, "slot_pronoun": 1.0,
                                               "pronoun_unnamed_subject": 1.0},
                            own_cue, cue[0])
            self._sentence_before(unnamed_only, first_block, first, floor)
            self._described_subject(propose, first_block, first, floor, gender)
        if not self._cued:
            self._self_named(propose, first)
        cued = set(found)
        self._context(propose, first_block, first, cued, self._cued)
        if subject and not self._cued:
            propose(article.people.named(subject), "article-subject", {}, [], None)
        return list(found.values())

    @property
    def cued_for_nobody(self) -> bool:
        """Whether the last quote gathered has a cue of its own right after it ("“…,”
        she told reporters") whose words stand for nobody the article names."""
        return self._cued_for_nobody

    def _frame(self, propose: Proposer, frame: frames.Frame, window: Window, match: re.Match[str],
               floor: int, position: int, low: int, extra: dict[str, float] | None = None) -> None:
        extra = extra or {}
        if frame.subject == "slot":
            first, last = match.span("s")
            if window.words[first].lower() in SUBORDINATORS:
                return  # "“…,” while Le Pen voters said …": the clause after is theirs
            self._propose_slot(propose, frame.name, window, first, last - 1, None, floor,
                               position, extra)
            return
        verb = match.start("v")
        if (id(window), verb) in self._claimed:
            return
        if frame.name == "verb-that" and VERB_LEMMA.get(window.words[verb].lower()) in (
                _FINDING_LEMMAS) and not _finding_that(window, verb):
            return  # "Officers found the car that was “…”": a relative clause, no finding
        slots = []
        if frame.subject in ("before", "either"):
            slots += frames.subjects_before(window, verb, low)
        if low and slots:
            # "“…,” while Le Pen voters said it was …": a clause a subordinator opens
            # after the quotation, its subject right after it, is no cue of its (not
            # "“…,” as his father dreamed, Mr. Turry said")
            slots = [slot for slot in slots if not (
                slot[0] > low and window.words[slot[0] - 1].lower() in SUBORDINATORS)]
        if frame.subject in ("after", "either") and not slots:
            slots += frames.subjects_after(window, verb)
        if slots:  # a frame that finds no subject leaves the verb to the next one
            self._claimed.add((id(window), verb))
        for first, last, how in slots:
            self._propose_slot(propose, frame.name, window, first, last, verb, floor,
                               position, {f"subject_{how}": 1.0, **extra})

    def _propose_slot(self, propose: Proposer, rule: str, window: Window, first: int, last: int,
                      verb: int | None, floor: int, position: int,
                      extra: dict[str, float] | None = None) -> None:
        if rule in frames.DIRECT:
            self._cued = True
        features = {**_verb_features(window, verb), **(extra or {})}
        cue_first = min(first, verb) if verb is not None else first
        cue_last = max(last, verb) if verb is not None else last
        cue = [window.span(cue_first, cue_last)]
        if rule in frames.DIRECT and window.classes[first] == "P" and (
                window.words[first].lower() in ("he", "she")):
            self._cued_by_pronoun = window.words[first].lower()
            self._pronoun_cue = (rule, cue, features)
        features["cue_distance"] = _cue_distance(window, first, position)
        classes = window.classes
        if classes[first] == "D" and last > first + 2 and classes[first + 1:first + 3] == (
                "N(") and classes[last] == ")" and not rule.startswith("previous"):
            # "The Bar Association of Sri Lanka (BASL) condemned the arrests, saying “…”":
            # the name, its letters in brackets after it (in the quotation's own sentence:
            # one before that only names a body, "The Consumer Electronics Show (CES)
            # featured …", tells nothing of who goes on speaking)
            last = first + 1
        found = _slot_entities(self.article, window, first, last, floor)
        if not found and rule in frames.AFTER_NAMES:
            self._cued_for_nobody = True
        for entity, slot, named in found:
            propose(entity, rule, {**features, **slot}, cue, named)

    def _reported(self, propose: Proposer, window: Window, head: str, floor: int, position: int) -> None:
        """Every speech verb before the quotation in its sentence ("X said the deal was
        “…”"), with its subject, the outermost first; and the sentence's subject for an
        -ing cue ("…, calling the protester “…”") or a colon ("X gloated: “…”")."""
        verbs = [m.start() for m in frames.VERB.finditer(head)]
        # (a finding's verb reports only a "that" clause, and never in the passive:
        # "Officers found the words “…” painted", "before he was found, after telling a
        # nurse he had “…”")
        verbs = [verb for verb in verbs if VERB_LEMMA.get(window.words[verb].lower()) not in
                 _FINDING_LEMMAS or (_finding_that(window, verb) or _text_finds(window, verb))
                 and not frames.passive(window, verb)]
        # (nor a verb of what one asks about, before a clause of its own: "argued that
        # the video did not show what Cárdenas said or did …, and that his client had
        # “…”"; not "for what Gemma describes as “…”")
        verbs = [verb for verb in verbs if not (
            verb >= 2 and window.classes[verb - 1] in "NP"
            and window.words[verb - 2].lower() in _ASKED_ABOUT and "T" in head[verb:])]
        if frames.COLON.search(head):
            # (nor, before a colon, a verb in the passive of a clause a subordinating
            # word opens: the words after the colon are the main clause's, "Pruitt
            # posted on X shortly after the trade was announced: “…”")
            verbs = [verb for verb in verbs if not (
                frames.passive(window, verb) and _subordinate(window, verb))]
        if len(verbs) > 1:
            # a verb that reported a quotation before the nearest verb reports nothing
            # after it ("Harlow said Lindgren “should be good to go”, and a spokesperson
            # said the wrist was “…”": the spokesperson's)
            # (the nearest with a subject of its own right before it: not "… (think Eleanor
            # Roosevelt) but for her “…”")
            if head[verbs[-1] - 1:verbs[-1]] in ("N", "n", "P", "O"):
                verbs = [verb for verb in verbs
                         if verb == verbs[-1] or "Q" not in head[verb:verbs[-1]]]
        if len(verbs) > 1:
            # a verb of a relative clause set off and closed before the quotation reports
            # nothing after it ("She accused the Greens, who share power at federal and
            # state level, of betraying …: “…”": hers, not the Greens')
            verbs = [verb for verb in verbs if not _in_closed_aside(head, verb)] or verbs[-1:]
        if len(verbs) > 1 and "," in head and (head[:1] == "o" or head[:1] == "V" and (
                window.words[0].lower().endswith("ed"))):
            # nor one inside the opening phrase, when the main clause after it has a verb
            # ("In an email to Whitlow that he shared with The Post, a company
            # representative wrote: “…”": the representative's; "Asked later what His
            # Majesty had said to her, she replied: “…”": hers)
            verbs = [verb for verb in verbs if verb > head.find(",")] or verbs
        if len(verbs) > 1 and "T" in head[verbs[-2]:verbs[-1]] and (
                VERB_LEMMA.get(window.words[verbs[-1]].lower()) in WEAK_LEMMAS):
            # a weak verb inside the "that" clause a verb before reports is what was
            # said, not who says it ("Netanyahu's office said … that Israel would continue
            # the war “until …”")
            verbs = verbs[:-1]
        if len(verbs) > 1 and VERB_LEMMA.get(window.words[verbs[-1]].lower()) in MENTAL_LEMMAS:
            # the thought reported is in the reporter's words ("wrote … that she was
            # worried about the cost: “…”": not a passive's)
            verbs = verbs[:-1]
        participle = frames.PARTICIPLE.search(head)
        if verbs and participle is not None and participle.start() > verbs[-1] and (
                frames.passive(window, verbs[-1])) and "with" not in (
                    word.lower() for word in window.words[verbs[-1]:participle.start()]):
            # "Smith said the players were told on Monday, adding: “…”": the -ing verb
            # after the passive one cues the words (not one with a subject of its own:
            # "was criticised by MPs, with one saying:")
            verbs = verbs[:-1]
        if len(verbs) > 1 and frames.passive(window, verbs[-1]) and frames.passive_agent(
                window, verbs[-1]) is None and _thing_before(window, verbs[-1]):
            # a thing's passive is no speech: "Tom Hartley said the fourth day had been
            # added because “the demand is simply there”" (Hartley's)
            verbs = verbs[:-1]
        if verbs and head.endswith(":@") and frames.passive(window, verbs[-1]) and any(
                window.words[k].lower() in _ASKED_ABOUT
                for k in range(max(0, verbs[-1] - ASKED_ABOUT_REACH), verbs[-1])):
            # a passive in what is asked about reports nothing the colon opens ("Claire
            # Hepburn pressed the officials on what ministers had been told about the
            # costs: “…?”": hers, the sentence's subject)
            verbs = verbs[:-1]
        if len(verbs) > 1 and frames.passive(window, verbs[-1]) and (
                len(head) - 1 - verbs[-1] > PASSIVE_OBJECT_TOKENS
                and head[-2:-1] not in ("T", ":", "z", ",")
                and "t" in head[verbs[-1]:]):
            # a passive whose own clause goes on to an infinitive reports nothing the
            # quotation says ("said she had been asked to supervise two classes at once
            # “more times than I can count”": hers)
            verbs = verbs[:-1]
        if verbs and frames.passive(window, verbs[-1]):
            # "X said she was told that “…”": somebody else's words; whose, when "by"
            # says so ("was described by one critic as “…”").
            agent = frames.passive_agent(window, verbs[-1])
            if agent is not None and (id(window), verbs[-1]) not in self._claimed:
                self._claimed.add((id(window), verbs[-1]))
                self._propose_slot(propose, "reported", window, agent[0], agent[1],
                                   verbs[-1], floor, position, {"subject_passive-agent": 1.0})
            self._cued = True
            return
        outer: list[tuple[int, int, str]] = []  # the subjects of the verb before
        for rank, verb in enumerate(verbs):
            nearest = rank == len(verbs) - 1
            if (id(window), verb) in self._claimed:
                outer = []
                continue
            self._claimed.add((id(window), verb))
            rule = "reported" if nearest else "reported-farther"
            extra = {"verbs_between": min(len(verbs) - rank - 1, COUNT_CAP) / COUNT_CAP}
            if _subordinate(window, verb):
                extra["verb_subordinate"] = 1.0
            slots = frames.subjects_before(window, verb) or (
                frames.subjects_after(window, verb) if frames.inverted(window, verb) else [])
            if outer and len(slots) == 1 and _its_reporter(window, verbs[rank - 1], slots[0]):
                # "China's embassy said in a statement that it had asked …": the it of
                # the clause the verb before reports is that verb's subject
                slots = list(outer)
            for first, last, how in slots:
                self._propose_slot(propose, rule, window, first, last, verb, floor, position,
                                   {f"subject_{how}": 1.0, **extra})
            outer = [slot for slot in slots if window.classes[slot[0]] != "P"]
        if participle is not None or frames.COLON.search(head):
            # "Former secretary of state Hillary Clinton: “…”": the name before the
            # colon; else the sentence's subject ("Smith told reporters: “…”").
            named = frames.name_colon(window, head)
            subject = named.span("s") if named else (
                _with_subject(window, head) or _heard_subject(window, participle)
                or frames.subject_of_sentence(window, head))
            if subject:
                first, last = subject
                # (", saying", ", telling parliament that", ", writing:": a verb of
                # speech as "said" is, set off after its clause, before a colon too;
                # not "footage of Hillary Clinton asking")
                cue_verb = participle.start() if (
                    participle is not None and participle.start() > last) and (
                    window.classes[participle.start() - 1] == ",") else None
                rule = "colon-subject" if head.endswith(":@") and cue_verb is None else (
                    "participle-subject")
                if cue_verb is None and participle is not None and participle.start() > last and (
                        _text_issued_before(window, last, participle.start())):
                    # "The ministry issued a statement saying that “…”": what its
                    # statement says, as "said in a statement that" reports it
                    cue_verb, rule = participle.start(), "reported"
                self._propose_slot(propose, rule, window, first, last - 1, cue_verb, floor,
                                   position)
        elif not verbs:
            subject = frames.subject_of_sentence(window, head)
            if subject and head[subject[0]] in "NP" and not (
                    head[subject[1]:subject[1] + 2] in ("wa", "wV")
                    and window.words[subject[1]].lower() not in FUNCTION_WORDS) and not (
                    _described_as(window, subject[1])) and not frames.STATEMENT_OF.search(head):
                # (not a name before the noun that is the subject: "Kerry football has
                # “lost a giant”"; but "Trump now has"; nor a sentence that says whose
                # words they are: "Glasgow has …, in the words of its lead engineer,
                # “…”")
                first, last = subject
                self._propose_slot(propose, "sentence-subject", window, first, last - 1, None,
                                   floor, position)

    def _sentence_before(self, propose: Proposer, block: Block, quotation: Quotation, floor: int) -> None:
        article = self.article
        start = article.sentence_start(block, quotation.open_at)
        window = article.sentence_before(block, block.start + start)
        where = "previous-sentence"
        if window is None and block.index > 0:
            previous = article.blocks[block.index - 1]
            while previous.role in _LABEL_ROLES and previous.index > 0 and (
                    _TOPIC_LABEL_RE.fullmatch(article.source.text, previous.start, previous.end)):
                # past the topic's label in a list of someone's remarks ("Following are
                # highlights of Villanueva's comments …:" ¶ "ON INFLATION:" ¶ "“…”")
                previous = article.blocks[previous.index - 1]
            if previous.role in QUOTABLE and previous.index in article.masked and (
                    previous.role is not Role.HEADLINE):  # (a headline tells no one's cue)
                window = article.last_sentence(previous)
                where = "previous-paragraph"
        if window is None or not window.classes:
            return
        classes = window.classes.rstrip(".")
        colon = classes.endswith(":")
        verbs = [m.start() for m in frames.VERB.finditer(classes)]
        subjects = 0
        for verb in verbs[:2]:
            found = (frames.subjects_after(window, verb)
                     if frames.ends_on_its_subject(window, verb) else [])
            # (a paragraph that tells of the text the next one quotes: "The club confirmed
            # the decision in a statement on its website on Sunday." ¶ "“…”")
            issued = float(where == "previous-paragraph" and not colon and any(
                window.words[k].lower() in ISSUED_NOUNS and window.classes[k - 1] == "D"
                and window.words[k - 2].lower() == "in"
                for k in range(verb + 2, len(window.words))))
            for first, last, how in found or frames.subjects_before(window, verb) or (
                    frames.subjects_after(window, verb) if frames.inverted(window, verb) else []):
                subjects += 1
                self._propose_slot(propose, f"{where}-cue", window, first, last, verb, floor,
                                   quotation.open_at,
                                   {f"subject_{how}": 1.0, "colon": float(colon),
                                    "previous_paragraph_text": issued})
        if colon:
            self._remarks_owner(propose, window, where, quotation.open_at)
        if colon or not subjects:
            # (a speech verb with no subject of its own, "… if asked", is no cue)
            subject = frames.subject_of_sentence(window, classes)
            if subject:
                rule = f"{where}-colon" if colon else f"{where}-subject"
                first, last = subject
                self._propose_slot(propose, rule, window, first, last - 1, None, floor,
                                   quotation.open_at)

    def _remarks_owner(self, propose: Proposer, window: Window, where: str,
                       position: int) -> None:
        """A sentence ending in a colon that names whose remarks follow ("Following are
        highlights of Villanueva's comments at a news briefing:"): that person's."""
        people = self.article.people
        for k in range(len(window.classes) - 1):
            if window.classes[k] != "M" or window.words[k + 1].lower() not in _REMARKS:
                continue
            mentions = people.within(*window.spans[k])
            entity = people.entity_of(mentions[0]) if mentions else None
            if entity is not None and entity.is_person:
                propose(entity, f"{where}-colon",
                        {"cue_distance": _cue_distance(window, k, position)},
                        [window.span(k, k + 1)], window.span(k, k))

    def _described_subject(self, propose: Proposer, block: Block, quotation: Quotation,
                           floor: int, gender: str | None) -> None:
        """"The judge rejected that account. “…,” he said": the he is the person the
        sentence before has for its subject by a description ("the judge"), whom no
        name the pronoun looks back to puts first."""
        article = self.article
        start = article.sentence_start(block, quotation.open_at)
        window = article.sentence_before(block, block.start + start)
        if window is None or not window.classes:
            return
        subject = frames.subject_of_sentence(window, window.classes)
        if subject is None or window.classes[subject[0]] not in "DM":
            return  # a name or a pronoun: the pronoun's own antecedents
        first, end = subject
        if window.classes[end:end + 1] == "N" or window.classes[end:end + 3] == ",N,":
            return  # "The Hungarian director Lili Fekete, whose …, said", "Nigeria's
            # delegate, Olufunke Adeyemi, said": her name's
        own_rule, own_cue, own_features = self._pronoun_cue
        if window.classes[first] == "D" and (
                window.words[first].lower() not in DEFINITE_DETERMINERS):
            return  # "An Uzbek water specialist …": someone new
        for entity, slot, _ in _slot_entities(article, window, first, end - 1, floor):
            # (one the article gave that role, not a guess at the person last named)
            if slot.get("role_named_before") and entity.kind in ("person", "name") and (
                    entity.gender in (None, gender)):
                propose(entity, own_rule,
                        {**own_features, "slot_pronoun": 1.0, "pronoun_subject": 1.0,
                         "pronoun_described_subject": 1.0}, own_cue,
                        window.span(first, end - 1))

    def _sentence_after(self, propose, block: Block, quotation: Quotation) -> None:
        """An article's first quotation, a paragraph of its own with no cue, whose
        speaker the next sentence names ("“You can hear the leaves crackling.” ¶ That
        is how Hoang Thi Mai describes her crop …"): the subject of that sentence's
        speech verb."""
        article = self.article
        if not _quote_only(article, block, 0) or block.index + 1 >= len(article.blocks):
            return
        following = article.blocks[block.index + 1]
        masked = article.masked.get(following.index)
        if following.role not in QUOTABLE or not masked or article.quotations.get(
                following.index):
            return
        window = self.article.window(following, 0, sentence_end(masked, 0, SENTENCE_REACH))
        classes = window.classes
        for verb in (m.start() for m in frames.VERB.finditer(classes)):
            if window.words[verb].lower() not in SPEECH_VERBS:
                continue
            for first, last, how in frames.subjects_before(window, verb):
                self._propose_slot(propose, "next-sentence-cue", window, first, last, verb,
                                   block.start, quotation.open_at, {f"subject_{how}": 1.0})
            return

    def _self_named(self, propose: Proposer, quotation: Quotation) -> None:
        """A quotation with no cue of its own in which the speaker names themself at the
        start of a call ("“Camp, camp, this is Tor. Bear on the ridge.”"): the one person
        the article names so."""
        text = self.article.source.text
        found = _SELF_NAMING_RE.search(text, quotation.inner_start, min(
            quotation.inner_end, quotation.inner_start + SELF_NAMING_REACH))
        if found is None:
            return
        word = found.group("name").lower()
        named = {id(e.root()): e.root() for e in self.article.people.entities.values()
                 if word in (e.key[:1] + e.key[-1:]) and e.root().is_person}
        if len(named) == 1:
            propose(next(iter(named.values())), "self-named", {"self_named": 1.0},
                    [found.span("says")], None)

    def _dialogue_turn(self, block: Block, quotation: Quotation) -> Spoken | None:
        """An exchange of questions and answers, one quotation a paragraph ("“Without
        reading them?” ¶ “Yes.”"): a turn with no cue is the one before the last's
        speaker's, when the turns before it alternate between two people the cues name
        and one of them asks. The decided turn of that speaker, nearest, or None."""
        article = self.article
        if not _quote_only(article, block, 0):
            return None
        text = article.source.text
        asks = own_question = text[quotation.inner_start:quotation.inner_end].rstrip()[-1:] == "?"
        several = False  # a turn before it of several quotations
        nearest_asks = False  # the turn right before it asks
        run: list[int] = []  # the paragraphs of turns before it, nearest first
        for index in range(block.index - 1, max(-1, block.index - 1 - DIALOGUE_TURNS), -1):
            turn = _turn_quotes(article, article.blocks[index], DIALOGUE_CUE_WORDS)
            opener = turn is None
            # (the turn that opens the exchange may follow narration: "Tanner Bynum …
            # pokes his head around the corner. “Chuy, you got me tonight?”")
            before = _ending_quote(article, article.blocks[index]) if opener else turn
            if before is None:
                break
            several = several or len(article.quotations.get(index) or []) > 1
            if not run:
                nearest_asks = text[before.inner_start:before.inner_end].rstrip()[-1:] == "?"
            run.append(index)
            asks = asks or text[before.inner_start:before.inner_end].rstrip()[-1:] == "?"
            if opener:
                break
        if len(run) < 2 or not asks or several and not (own_question or nearest_asks):
            # (with turns of several quotations, a statement after a statement goes on
            # from the last speaker: only a question or an answer to one is a new turn)
            return None
        decided = {spoken.paragraph: spoken for spoken in article.spoken[-len(run) - 1:]}
        known = [(distance, decided[index]) for distance, index in enumerate(run, 1)
                 if index in decided]
        if len(known) < 2:
            return None
        first = known[0][1].entity.root()
        other = next((spoken for distance, spoken in known
                      if (distance - known[0][0]) % 2), None)
        if other is None or other.entity.root() is first:
            return None
        for distance, spoken in known:  # every decided turn alternates between the two
            expected = first if (distance - known[0][0]) % 2 == 0 else other.entity.root()
            if spoken.entity.root() is not expected:
                return None
        # Turns alternate: an even number of turns back is the same speaker.
        return known[0][1] if known[0][0] % 2 == 0 else other

    def _context(self, propose: Proposer, block: Block, quotation: Quotation, cued: set[int],
                 direct: bool) -> None:
        """The speaker of the quote before, and the person named last before it (when
        no cue proposed them already)."""
        article = self.article
        opens_paragraph = quotation.open_at == block.start
        if article.spoken and not direct:  # a quote with no cue of its own goes on
            last = article.spoken[-1]
            back = block.index - last.paragraph
            if back <= CONTINUES_PARAGRAPHS:
                between = [m for m in article.people.before(quotation.open_at, last.end)
                           if article.people.entity_of(m) is not last.entity.root()]
                features = {"continues_same_paragraph" if back == 0 else
                            f"continues_back_{back}": 1.0,
                            "continues_adjacent": float(
                                back == 0 and quotation.open_at - last.end < ADJACENT_CHARS
                                and not between),
                            "continues_opens_paragraph": float(opens_paragraph),
                            "continues_others_named": min(len(between), COUNT_CAP) / COUNT_CAP}
                propose(last.entity, "continues", features, last.cue, None)
        if direct:
            return  # the cue of its own names somebody: nobody else is guessed at
        if opens_paragraph:
            turn = self._dialogue_turn(block, quotation)
            addressed = None if turn is not None else _addressed(article, block, quotation)
            if turn is not None:
                # (a turn that speaks to "you" right after the other's answers them:
                # "“I remember,” Spence said." ¶ "“So you didn't see his face.”")
                addresses = _ADDRESSES_YOU_RE.match(
                    article.source.text, quotation.inner_start) is not None
                propose(turn.entity, "dialogue-turn",
                        {"dialogue_turn": 1.0, "dialogue_turn_you": float(addresses)},
                        turn.cue, None)
            elif addressed is not None:
                # "Tanner Bynum … pokes his head around the corner. “Chuy, you got me
                # tonight?”" ¶ "“I always got you, man.”": the one the question
                # before calls by name answers it
                propose(addressed, "dialogue-turn", {"dialogue_turn": 1.0}, [], None)
            elif not article.spoken:
                self._sentence_after(propose, block, quotation)
        floor = article.blocks[max(0, block.index - 1)].start
        for mention in article.people.before(quotation.open_at, floor):
            entity = article.people.entity_of(mention)
            if entity.kind == "org" or mention.possessive or (
                    len(entity.key) == 1 and entity.key[0] in PLATFORMS):
                continue  # (nor where it was posted: "on the restaurant’s Facebook page:")
            if id(entity) in cued:
                break
            same = mention.start >= block.start
            propose(entity, "named-nearby",
                    {"nearby_same_paragraph": float(same),
                     "nearby_is_person": float(entity.is_person),
                     "nearby_subject": float(mention.subject)},
                    [(mention.start, mention.end)], None)
            break


# A turn that opens by speaking to "you" ("So you didn't see his face.", "You told the
# officers …", "And you never asked?").
_ADDRESSES_YOU_RE = re.compile(r"(?:(?:So|And|But|Then|Now),?\s+)?[Yy]ou\b")
# A speaker naming themself at a call's or a message's start: "Camp, camp, this is Tor.",
# "Carla, it’s Ray. Ray Baca." (group "name": the name).
SELF_NAMING_REACH = 60  # characters into a quotation where one names themself
# The words one names oneself with ("this is", "it’s", "my name is"), which
# ``_SELF_NAMED_RE`` reads too.
_NAMING_ONESELF = r"this\s+is|it[’']s|name\s+is"
_SELF_NAMING_RE = re.compile(rf"(?:^|[.!?,]\s+)(?P<says>(?i:(?:my\s+)?(?:{_NAMING_ONESELF}))"
                             r"\s+(?P<name>[A-Z][\w’'-]+))[.!?,]")


# A name that calls someone, opening a sentence of a quotation ("Chuy, you got me
# tonight?") or ending one ("Where were you, Marisol?", "Hands UP, Callum. He’s no’
# going to wait").
_VOCATIVE_RE = re.compile(
    r"(?:^|[.?!]\s+)([A-Z][\w’'-]+),\s|,\s+([A-Z][\w’'-]+)[.?!](?=\s|$)")


def _addressed(article: Article, block: Block, quotation: Quotation) -> Entity | None:
    """The person the quotation ending the paragraph before calls by name, when this
    paragraph is one quotation with no cue ("“Chuy, you got me tonight?”" ¶ "“I always
    got you, man.”"; "“Hands UP, Callum.”" ¶ "“I’m thinking with my hands, Tam.”"): the
    one person the article names so, else None."""
    if not block.index or not _quote_only(article, block, 0):
        return None
    before = article.quotations.get(block.index - 1) or []
    if not before or before[-1].close_at is None:
        return None
    text = article.source.text
    asked = text[before[-1].inner_start:before[-1].inner_end].strip()
    previous = article.blocks[block.index - 1]
    if text[before[-1].close_at + 1:previous.end].strip():
        return None
    called = _VOCATIVE_RE.search(asked)
    if called is None:
        return None
    word = (called.group(1) or called.group(2)).lower()
    people = article.people
    named = {id(e.root()): e.root() for e in [
        *(e for e in people.entities.values() if word in (e.key[:1] + e.key[-1:])),
        *people.nicknames(word)] if e.root().is_person}
    return next(iter(named.values())) if len(named) == 1 else None


def _thing_before(window: Window, verb: int) -> bool:
    """Whether the subject before a passive verb's auxiliaries is a plain noun, no name,
    pronoun or word for a person ("the fourth day had been added")."""
    i = verb - 1
    while i >= 0 and window.classes[i] == "a":
        i -= 1
    return i >= 1 and window.classes[i] == "w" and window.classes[i - 1] in "Dwd"


def _quote_only(article: Article, block: Block, cue_words: int) -> Quotation | None:
    """The one quotation a paragraph is, with at most ``cue_words`` words after it
    ("Doyle asked."), or None."""
    found = article.quotations.get(block.index) or []
    if len(found) != 1 or found[0].close_at is None:
        return None
    quotation = found[0]
    text = article.source.text
    if text[block.start:quotation.open_at].strip():
        return None
    after = text[quotation.outer_end:block.end].split()
    return quotation if len(after) <= cue_words else None


def _ending_quote(article: Article, block: Block) -> Quotation | None:
    """The quotation that ends a paragraph, closed, or None."""
    found = article.quotations.get(block.index) or []
    if not found or found[-1].close_at is None or article.source.text[
            found[-1].outer_end:block.end].strip():
        return None
    return found[-1]


def _turn_quotes(article: Article, block: Block, cue_words: int) -> Quotation | None:
    """The last quotation of a paragraph that is quotations, with at most ``cue_words``
    words between and after them ("“…,” Vance replied. “…?”"), or None."""
    found = article.quotations.get(block.index) or []
    if not found or any(quotation.close_at is None for quotation in found):
        return None
    text = article.source.text
    if text[block.start:found[0].open_at].strip():
        return None
    words = len(text[found[-1].outer_end:block.end].split())
    for quotation, following in zip(found, found[1:]):
        words += len(text[quotation.outer_end:following.open_at].split())
    return found[-1] if words <= cue_words else None


def add_proposal(found: dict[int, Candidate], entity: Entity, rule: str,
                 features: dict[str, float], cue: list[tuple[int, int]],
                 named: tuple[int, int] | None) -> None:
    entity = entity.root()
    if not entity.trusted:
        return  # "Stalls opened at dawn": a capitalised word, not a name
    candidate = found.get(id(entity))
    if candidate is None:
        candidate = found[id(entity)] = Candidate(entity)
    features = {f"frame_{rule}": 1.0, **features}
    if rule in frames.DIRECT:
        # What every cue in the quotation's own sentence shares, so a frame the training
        # news seldom has ("as X put it") is not left with no weight of its own.
        features["cue_in_sentence"] = 1.0
    if rule in CONTEXT_RULES:
        candidate.context.update(features)
        if not candidate.proposals:
            candidate.best = Proposal(rule, {}, cue, named)
        candidate.proposals.append(Proposal(rule, {}, cue, named))
        return
    candidate.proposals.append(Proposal(rule, features, cue, named))


def entity_features(candidate: Candidate, said: str = "") -> None:
    """Features of the entity itself, whatever proposed it; ``said``: the quote's words."""
    entity = candidate.entity
    f = candidate.context
    f[f"entity_{entity.kind}"] = 1.0
    if said and (entity.kind == "person" or entity.kind == "name" and entity.he + entity.she) and (
            _named_in(entity, said)):  # (a name no he or she stands for may be a body's:
        #                               "Tarvex Guyana" in "for the people of Guyana")
        f["named_in_quote"] = 1.0
    if entity.speaks:
        f["entity_has_spoken"] = 1.0
    f["entity_mentions"] = min(math.log1p(entity.mentions), COUNT_CAP) / COUNT_CAP
    if entity.kind in ("name", "caps") and not (entity.inside or entity.titled
                                                or len(entity.key) > 1):
        f["entity_untrusted"] = 1.0
    if entity.is_place:
        f["entity_place"] = 1.0
    rules = {p.rule for p in candidate.proposals}
    if len(rules) > 1:
        f["frames_agree"] = min(len(rules) - 1, COUNT_CAP) / COUNT_CAP


def _named_in(entity: Entity, said: str) -> bool:
    """Whether a quote's words name the person, as someone spoken of or to ("Mia has
    had to be patient", "I am not angry anymore, Setsu"): then they are seldom that
    person's own. By the first name of a full name, or by the surname where no other
    capitalised word is right before it ("my brother Kwame Mensah" names a brother);
    not where the speaker names themself ("I'm Mia", "my name is Mia Larsson")."""
    said = _INNER_QUOTE_RE.sub(" ", said)  # (not in words it quotes: "'Mr. Khan, you're …'")
    core = entity.core
    words = [core[0]] if len(core) > 1 else []
    words.append(core[-1])
    for word in words:
        if len(word) < 3 or not word[:1].isupper():
            continue
        at = said.find(word)
        while at >= 0:
            end = at + len(word)
            whole = (at == 0 or not said[at - 1].isalnum()) and (
                end == len(said) or not said[end].isalnum())
            before = said[max(0, at - NAMED_IN_BEFORE):at]
            noun = _WORD_AFTER_RE.match(said, end)
            if whole and not _SELF_NAMED_RE.search(before) and not (
                    word == core[-1] and len(core) > 1 and _CAPITAL_BEFORE_RE.search(before)
                    ) and not (noun is not None and (
                        noun.group(1) in ORGANISATION_NOUNS
                        or noun.group(1).rstrip("s") in ROLE_NOUNS)):
                # (nor a name before a noun it modifies: "the Trump campaign", "Trump
                # supporters")
                return True
            at = said.find(word, end)
    return False


# Characters before a name in a quote read for whether the speaker names themself or
# another of that surname.
NAMED_IN_BEFORE = 16
_SELF_NAMED_RE = re.compile(rf"(?:\bI[’']m|\bI\s+am|\bcall\s+me|\b(?:{_NAMING_ONESELF}))\s+$",
                            re.IGNORECASE)
_CAPITAL_BEFORE_RE = re.compile(r"\b[A-Z][\w’'-]*\s+$")
_WORD_AFTER_RE = re.compile(r"\s+([a-z]+)")
# Words a quote quotes in turn: in single marks, curly or straight, or in double curly
# ones inside a quotation in single marks, as British news nests them (‘She said to me,
# “Bring her home, Declan,”’ he said).
_INNER_QUOTE_RE = re.compile(r"‘.*?(?:’(?!\w)|$)|(?<!\w)'.*?(?:'(?!\w)|$)|“[^”]*(?:”|$)",
                             re.DOTALL)
