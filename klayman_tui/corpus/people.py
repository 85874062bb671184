"""The people (and organisations) an article names, in reading order.

Names are read from the narration with the quotations blanked out: runs of capitalised
words with their titles, initials, particles and hyphens. Each run becomes a mention of
one entity; a bare surname or first name is the same entity as the one full name in the
article it fits ("Mr Blair", "Blair" -> "Tony Blair"). Whether an entity is a person,
and whether he or she fits, comes from titles, first names, role words around the
name, and the pronouns the article itself uses after naming them.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from .lexicon import (DAYS_AND_MONTHS, FEMALE_FIRST_NAMES, FEMALE_NOUNS, FEMALE_TITLES,
                      FUNCTION_WORDS, MALE_FIRST_NAMES, MALE_NOUNS, MALE_TITLES,
                      ORGANISATION_WORDS, PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLES, UPPER)
from .sentences import sentence_spans

if TYPE_CHECKING:
    from .speakers import SpeakerBook

_INITIALS = rf"[{UPPER}]\.(?:\s?[{UPPER}]\.)*"
_WORD = rf"[{UPPER}](?:[\w’'-]*\w)?"
_PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|le|la|bin|ibn|al|el|du|dos|das|ter|ten)"
NAME_RUN_RE = re.compile(  # the lookahead first: most positions fail on it, cheaply
    rf"(?=[{UPPER}])(?<![\w’'-])(?:{_INITIALS}|{_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:{_INITIALS}|{_WORD}))*")
_POSSESSIVE_RE = re.compile(r"[’']s?$")
_PRONOUN_RE = re.compile(r"\b(?:he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
_PREPOSITIONS = frozenset("""of to in on at by from with about for into onto over under
like than as via between among against toward towards after before during""".split())
_APPOSITIVE_RE = re.compile(
    r"\s*,\s*(?:who\s+(?:is|was)\s+)?(?:(?:a|an|the|his|her|its|their)\s+([\w’'-]+(?:\s+[\w’'-]+){0,3})"
    r"|([\w’'-]+)\s+(?:of|for|at)\b)")


def _bare(word: str) -> str:
    return word.lower().strip(".")


@dataclass(eq=False)
class Entity:
    """One person or organisation in an article."""

    name: str
    tokens: tuple[str, ...]
    organisation: bool = False
    person: bool = False          # some evidence that this is a person
    prior: str | None = None      # he/she from a title or a first name
    votes: dict[str, int] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    unnamed: bool = False         # "a spokesman for …": a role, not a name
    # Named somewhere other than at the start of a sentence, where any word is capitalised.
    inside: bool = False
    speaks: bool = False          # the subject of a speech verb somewhere
    alias_of: "Entity | None" = None

    @property
    def gender(self) -> str | None:
        if self.prior:
            return self.prior
        he, she = self.votes.get("he", 0), self.votes.get("she", 0)
        if he > she:
            return "he"
        if she > he:
            return "she"
        return None

    def fits(self, pronoun: str | None) -> bool:
        gender = self.gender
        return pronoun is None or gender is None or gender == pronoun

    def root(self) -> "Entity":
        entity = self
        while entity.alias_of is not None:
            entity = entity.alias_of
        return entity


@dataclass
class Mention:
    start: int   # absolute offsets in the source text
    end: int
    entity: Entity
    subject: bool = False   # opens its clause (not after a preposition)
    possessive: bool = False


def clean_run(words: list[str]) -> tuple[int, int, str | None, bool]:
    """The name inside a run of capitalised words: (first, end) word indexes, he/she
    from a title, and whether there was a title."""
    first, end = 0, len(words)
    gender = None
    titled = False
    while first < end:
        low = _bare(words[first])
        if low in FUNCTION_WORDS or low in DAYS_AND_MONTHS:
            first += 1
            gender, titled = None, False
        elif ((low in TITLES or low in ROLE_NOUNS) and end - first > 1
              and not any(_bare(w) in ORGANISATION_WORDS for w in words[first + 1:end])):
            titled = True
            if low in FEMALE_TITLES:
                gender = "she"
            elif low in MALE_TITLES:
                gender = "he"
            first += 1
        else:
            break
    while end > first and (_bare(words[end - 1]) in DAYS_AND_MONTHS
                           or _bare(words[end - 1]) in FUNCTION_WORDS):
        end -= 1
    return first, end, gender, titled


_TOKEN_RE = re.compile(r"\S+")
_NEVER_NAMES = FUNCTION_WORDS | DAYS_AND_MONTHS
_NEXT_WORD_RE = re.compile(r"\s+(\w+)")


@lru_cache(maxsize=65536)
def _classify(name: str) -> tuple[tuple[str, ...], bool, str | None]:
    """(words, is an organisation or place, he/she from a common first name)."""
    words = tuple(name.split())
    low = [_bare(w) for w in words]
    if any(w in ORGANISATION_WORDS for w in low) or (
            len(words) == 1 and len(name) > 1 and name.isupper()):
        return words, True, None
    if low[0] in FEMALE_FIRST_NAMES:
        return words, False, "she"
    if low[0] in MALE_FIRST_NAMES:
        return words, False, "he"
    return words, False, None


def _backwards(mentions: list[Mention], starts: list[int], position: int, floor: int):
    index = bisect_left(starts, position) - 1
    while index >= 0 and mentions[index].start >= floor:
        yield mentions[index]
        index -= 1


class People:
    """Every name in one article's narration, and what each refers to."""

    def __init__(self, book: "SpeakerBook | None" = None) -> None:
        self.book = book
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self._starts: list[int] | None = None
        # Speakers named by cues while quotes are read, kept apart from the names
        # read first so that adding one never shifts the long list.
        self._cued: list[Mention] = []
        self._cued_starts: list[int] = []

    # -- reading names ------------------------------------------------------------
    def entity(self, name: str) -> Entity:
        key = name.lower()
        found = self.entities.get(key)
        if found is None:
            words, organisation, prior = _classify(name)
            found = self.entities[key] = Entity(name, words, organisation, prior is not None,
                                                prior)
            curated = self.book.resolve(name) if self.book else None
            if curated is not None:
                found.organisation = False
                found.person = True
                found.prior = self.book.pronoun(curated)
        return found

    def scan(self, text: str, base: int,
             sentences: "Callable[[], list[tuple[int, int]]] | None" = None) -> list[Mention]:
        """Read the names in one paragraph (``text`` masked, starting at ``base``)."""
        found: list[Mention] = []
        for match in NAME_RUN_RE.finditer(text):
            run = match.group()
            if " " not in run and "\t" not in run:
                if run.lower().rstrip(".") in _NEVER_NAMES:
                    continue  # "The", "But", "Monday": most runs, so checked first
                words = [run]
                offsets = [(0, len(run))]
            else:
                tokens = list(_TOKEN_RE.finditer(run))
                words = [t.group() for t in tokens]
                offsets = [t.span() for t in tokens]
            first, last, gender, titled = clean_run(words)
            if first >= last:
                continue
            words = words[first:last]
            possessive = words[-1].endswith(("’s", "'s", "’", "'"))
            if possessive:
                words[-1] = _POSSESSIVE_RE.sub("", words[-1])
                if not words[-1]:
                    continue
            start = match.start() + offsets[first][0]
            end = match.start() + offsets[last - 1][1]
            name = " ".join(words)
            entity = self.entity(name)
            if titled and not entity.organisation:
                entity.person = True
                if gender and entity.prior is None:
                    entity.prior = gender
            before = text[max(0, start - 30):start].rsplit(None, 1)
            previous = before[-1].lower().strip(",") if before else ""
            if previous in ROLE_NOUNS and not entity.organisation:
                entity.person = True   # "meteorologist Todd Borek"
                entity.roles.add(previous)
            after = _APPOSITIVE_RE.match(text, end) if text[end:end + 1] == "," else None
            if (after is None and previous not in ("of", "the", "at", "in", "for")
                    and not (before and before[-1].endswith(","))
                    and text.startswith((", who ", ", whom ", ", whose "), end)):
                entity.person = entity.person or not entity.organisation  # "X, who …"
            if after and not entity.organisation:
                phrase = after.group(1) or after.group(2)
                nouns = {w.lower() for w in phrase.split()} & ROLE_NOUNS
                if nouns:
                    entity.person = True  # "Jane Doe, a spokeswoman for Acme"
                    entity.roles |= nouns
            if not entity.inside and start:
                # Past a blanked quotation (a run of spaces) the name is mid-sentence:
                # `“…,” Amtrak said`. Otherwise the character before tells.
                window = text[max(0, start - 3):start].rstrip()
                if window[-1:] not in ".!?:;—–-(" if window else start >= 3:
                    entity.inside = True
            subject = previous not in _PREPOSITIONS and not possessive
            following = _NEXT_WORD_RE.match(text, end)
            if (subject and following and following.group(1).lower() in SPEECH_VERBS
                    and not entity.organisation):
                entity.speaks = True
                if len(words) > 1 or entity.inside:
                    entity.person = True
            found.append(Mention(base + start, base + end, entity, subject, possessive))
        # Votes only matter for people no title or first name has told about.
        if any(m.subject and m.entity.prior is None and not m.entity.organisation
               for m in found) and _PRONOUN_RE.search(text) is not None:
            self._vote(text, base, found,
                       sentences() if sentences is not None else sentence_spans(text))
        self.mentions += found
        self._starts = None
        return found

    def _vote(self, text: str, base: int, found: list[Mention],
              sentences: list[tuple[int, int]]) -> None:
        """The first named subject of a sentence is he or she by the pronouns after it."""
        index = 0
        for _, end in sentences:
            sentence_mentions = []
            while index < len(found) and found[index].start - base < end:
                sentence_mentions.append(found[index])
                index += 1
            subject = next((m for m in sentence_mentions if m.subject), None)
            if subject is None or subject.entity.organisation:
                continue
            after = text[subject.end - base:end]
            genders = {PRONOUNS[p.lower()] for p in _PRONOUN_RE.findall(after)}
            if len(genders) == 1:
                gender = genders.pop()
                subject.entity.votes[gender] = subject.entity.votes.get(gender, 0) + 1

    def add_unnamed(self, position: int, role: str, head: str) -> Entity:
        """A speaker known only by role ("a spokesman for …"), as a mention at ``position``."""
        entity = Entity(role, (role,), person=head not in ORGANISATION_WORDS, unnamed=True)
        entity.roles.add(head)
        if head in FEMALE_NOUNS:
            entity.prior = "she"
        elif head in MALE_NOUNS:
            entity.prior = "he"
        self._insert(Mention(position, position, entity, True))
        return entity

    def add_mention(self, position: int, entity: Entity) -> None:
        """Record that ``entity`` was named (by a cue) at ``position``."""
        self._insert(Mention(position, position, entity, True))

    def _insert(self, mention: Mention) -> None:
        """Keep cue mentions in order; quotes are read in order, so this appends."""
        index = bisect_right(self._cued_starts, mention.start)
        self._cued_starts.insert(index, mention.start)
        self._cued.insert(index, mention)

    def link(self) -> None:
        """Join bare surnames and first names to the one full name they fit."""
        full = [e for e in self.entities.values() if len(e.tokens) >= 2 and not e.organisation]
        by_last: dict[str, list[Entity]] = {}
        by_first: dict[str, list[Entity]] = {}
        for entity in full:
            by_last.setdefault(entity.tokens[-1].lower(), []).append(entity)
            by_first.setdefault(entity.tokens[0].lower(), []).append(entity)
        for entity in list(self.entities.values()):
            if len(entity.tokens) != 1 or entity.organisation:
                continue
            key = entity.tokens[0].lower()
            target = by_last.get(key) or by_first.get(key) or []
            if len(target) == 1 and target[0] is not entity:
                entity.alias_of = target[0]
                longest = target[0]
                longest.person = longest.person or entity.person or entity.speaks
                for gender, count in entity.votes.items():
                    longest.votes[gender] = longest.votes.get(gender, 0) + count
                longest.roles |= entity.roles
                entity.inside = True
                if entity.prior and not longest.prior:
                    longest.prior = entity.prior
        # Sub-runs of a longer name ("Michael Doherty" in "Sen. Michael Doherty …").
        by_words = {entity.tokens: entity for entity in full}
        for other in full:
            for size in range(len(other.tokens) - 1, 1, -1):
                shorter = by_words.get(other.tokens[-size:])
                if shorter is not None and shorter.alias_of is None and other.alias_of is None:
                    other.alias_of = shorter
                    break
        self.mentions.sort(key=lambda m: m.start)
        self._starts = None

    # -- looking back -------------------------------------------------------------
    def before(self, position: int, floor: int):
        """Mentions that start before ``position`` and at or after ``floor``, nearest first."""
        if self._starts is None:
            self.mentions.sort(key=lambda m: m.start)
            self._starts = [m.start for m in self.mentions]
        read = _backwards(self.mentions, self._starts, position, floor)
        if not self._cued:
            yield from read
            return
        cued = _backwards(self._cued, self._cued_starts, position, floor)
        yield from heapq.merge(read, cued, key=lambda m: -m.start)

    def resolve_pronoun(self, pronoun: str, position: int, floor: int) -> Entity | None:
        """The nearest person before ``position`` whom ``pronoun`` fits."""
        for mention in self.before(position, floor):
            entity = mention.entity.root()
            if entity.organisation or not (entity.person or entity.unnamed):
                continue
            if entity.fits(pronoun):
                return entity
        return None

    def resolve_role(self, head: str, position: int, floor: int) -> Entity | None:
        """"The director said": the nearest person known by that role, else by an
        unnamed speaker of that role, else the nearest person who fits."""
        gender = "she" if head in FEMALE_NOUNS else "he" if head in MALE_NOUNS else None
        candidates = [m.entity.root() for m in self.before(position, floor)]
        for entity in candidates:
            if head in entity.roles and entity.fits(gender):
                return entity
        if head in ("man", "woman", "guy", "person", "voice", "caller", "men", "women",
                    "people", "boy", "girl", "source", "official", "officials"):
            return next((e for e in candidates if e.unnamed and e.fits(gender)), None)
        for entity in candidates:
            if not entity.organisation and entity.person and not entity.unnamed \
                    and entity.fits(gender):
                return entity
        return None

    def resolve_organisation(self, position: int, floor: int) -> Entity | None:
        for mention in self.before(position, floor):
            entity = mention.entity.root()
            if entity.organisation:
                return entity
        return None

    def mention_ending(self, position: int, slack: int = 0) -> Mention | None:
        """The mention that ends at ``position`` (within ``slack`` characters)."""
        for mention in self.before(position, position - 200):
            if position - slack <= mention.end <= position:
                return mention
            if mention.end < position - slack:
                break
        return None
