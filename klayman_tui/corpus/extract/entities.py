"""One entity per person (or organisation) per article, and every mention of each.

Names are read from the narration with its quotations masked. A bare surname or first
name, "Mr Surname" and a shorter form of a full name are the same entity as the one full
name in the article they fit ("Mr Blair", "Blair" -> "Tony Blair"); where two full names
share the surname (Bill and Hillary Clinton), each mention goes to the one its title's
gender fits, else to the one named last. He or she comes from honorifics, first names and
the pronouns the article uses after a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from .names import NAME_RUN_RE, read_run
from .roles import FEMALE_NOUNS as _FEMALE, MALE_NOUNS as _MALE, ROLE_NOUNS as _ROLE_WORDS

_PRONOUN_RE = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)
_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m",
           "she": "f", "her": "f", "herself": "f"}
_APPOSITIVE_RE = re.compile(
    r",\s*(?:who\s+(?:is|was)\s+)?(?:a|an|the|his|her|its|their|[\w’'-]+[’']s)\s+"
    r"([^,.;:()\x01]{1,60})")
_VOTE_REACH = 160   # characters after a name in which a pronoun tells he or she
_SUBJECT_AFTER_RE = re.compile(r"[\s,]*(?:\([^()]{0,40}\)\s*)?(?:\w+ly\s+)?([a-z]+)")


@dataclass(eq=False, slots=True)
class Entity:
    """A person, organisation or unnamed speaker of one article."""

    key: tuple[str, ...]
    core: tuple[str, ...]
    kind: str                       # person, org, caps, name, unnamed
    he: int = 0                     # evidence for he and she
    she: int = 0
    roles: set[str] = field(default_factory=set)
    mentions: int = 0
    titled: bool = False            # named with a title or role before the name
    inside: bool = False            # named somewhere other than a sentence's start
    speaks: int = 0                 # quotes given to it so far
    alias_of: "Entity | None" = None

    def root(self) -> "Entity":
        entity = self
        while entity.alias_of is not None:
            entity = entity.alias_of
        return entity

    @property
    def gender(self) -> str | None:
        if self.he > self.she:
            return "m"
        if self.she > self.he:
            return "f"
        return None

    @property
    def name(self) -> str:
        if self.kind == "caps":
            return " ".join(w.capitalize() for w in self.core)
        return " ".join(self.core)

    @property
    def is_person(self) -> bool:
        return self.kind in ("person", "unnamed") or (
            self.kind in ("name", "caps") and (self.titled or self.speaks > 0 or self.he + self.she > 0))


@dataclass(slots=True)
class Mention:
    start: int          # the whole run, titles included (absolute offsets)
    end: int
    entity: Entity
    gender: str | None  # from this mention's title or first name
    possessive: bool
    initial: bool       # opens its sentence


class People:
    """The entities and mentions of one article."""

    def __init__(self) -> None:
        self.entities: dict[tuple[str, ...], Entity] = {}
        self.mentions: list[Mention] = []
        self._starts: list[int] = []
        self._ambiguous: dict[int, list[Entity]] = {}

    # -- reading ---------------------------------------------------------------------
    def scan(self, masked: str, base: int) -> None:
        """Read the names of one paragraph (``masked``, at offset ``base``)."""
        for match in NAME_RUN_RE.finditer(masked):
            run = read_run(match.group())
            if run is None:
                continue
            key = tuple(w.lower().rstrip(".") for w in run.core)
            entity = self.entities.get(key)
            if entity is None:
                entity = self.entities[key] = Entity(key, run.core, run.kind)
            elif run.kind == "person" and entity.kind != "person":
                entity.kind = "person"
            entity.mentions += 1
            if run.before:
                entity.titled = True
                entity.roles.update(w.lower().rstrip(".") for w in run.before)
            if run.gender == "m":
                entity.he += 2
            elif run.gender == "f":
                entity.she += 2
            lead = masked[max(0, match.start() - 3):match.start()].rstrip()
            initial = match.start() == 0 or lead[-1:] in (".", "!", "?", ":", "\x01", "")
            if not initial:
                entity.inside = True
            prefix = masked[max(0, match.start() - 30):match.start()].split()
            if prefix and prefix[-1].lower() in _ROLE_WORDS:
                entity.roles.add(prefix[-1].lower())  # "meteorologist Todd Borek"
                entity.titled = True
            self._read_after(masked, match.end(), entity, run.possessive)
            start = match.start()
            if run.first:  # "But Mr. Kim": the mention starts at the title
                start += len(" ".join(match.group().split()[:run.first])) + 1
            self.mentions.append(Mention(base + start, base + match.end(), entity,
                                         run.gender, run.possessive, initial))

    def _read_after(self, masked: str, end: int, entity: Entity, possessive: bool) -> None:
        """Roles in an appositive ("Jane Doe, a spokeswoman for Acme,") and he or she
        from the pronouns that follow the name."""
        if possessive:
            return
        if masked[end:end + 1] == ",":
            appositive = _APPOSITIVE_RE.match(masked, end)
            if appositive:
                words = appositive.group(1).lower().split()
                roles = {w.strip("’'") for w in words} & _ROLE_WORDS
                if roles:
                    entity.roles |= roles
                    entity.titled = True
        if entity.kind in ("org",):
            return
        following = _SUBJECT_AFTER_RE.match(masked, end)
        if following is None:
            return
        pronoun = _PRONOUN_RE.search(masked, end, end + _VOTE_REACH)
        if pronoun is not None and not NAME_RUN_RE.search(masked, end, pronoun.start()):
            if _GENDER[pronoun.group().lower()] == "m":
                entity.he += 1
            else:
                entity.she += 1

    def link(self) -> None:
        """Join short forms to the one full name they fit."""
        full = [e for e in self.entities.values()
                if len(e.key) >= 2 and e.kind not in ("org",)]
        by_last: dict[str, list[Entity]] = {}
        by_first: dict[str, list[Entity]] = {}
        for entity in full:
            by_last.setdefault(entity.key[-1], []).append(entity)
            by_first.setdefault(entity.key[0], []).append(entity)
        # "Hillary Clinton" is "Hillary Rodham Clinton"; "John Kerry" is "John F. Kerry".
        for entity in full:
            longer = [o for o in by_last[entity.key[-1]]
                      if len(o.key) > len(entity.key) and o.key[0] == entity.key[0]
                      and _subsequence(entity.key, o.key)]
            if len(longer) == 1:
                self._join(entity, longer[0])
        for entity in self.entities.values():
            if len(entity.key) != 1 or entity.kind == "org":
                continue
            word = entity.key[0]
            targets = _distinct_roots(by_last.get(word, [])) or _distinct_roots(
                by_first.get(word, []))
            targets = [t for t in targets if t is not entity]
            if len(targets) == 1:
                self._join(entity, targets[0])
            elif len(targets) > 1:
                self._ambiguous[id(entity)] = targets
        self.mentions.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]

    def _join(self, short: Entity, full: Entity) -> None:
        full = full.root()
        if short is full:
            return
        short.alias_of = full
        full.he += short.he
        full.she += short.she
        full.roles |= short.roles
        full.titled = full.titled or short.titled
        full.inside = full.inside or short.inside
        full.mentions += short.mentions
        if full.kind in ("name", "caps") and short.kind == "person":
            full.kind = "person"

    # -- looking up ------------------------------------------------------------------
    def entity_of(self, mention: Mention) -> Entity:
        """The entity a mention names; a surname two full names share goes to the one
        its title fits, else to the one named last before it."""
        entity = mention.entity
        options = self._ambiguous.get(id(entity))
        if options is None:
            return entity.root()
        if mention.gender:
            fitting = [o for o in options if o.root().gender == mention.gender]
            if len(fitting) == 1:
                return fitting[0].root()
            options = fitting or options
        last = {id(o): -1 for o in options}
        for other in self.before(mention.start, 0):
            root = other.entity.root()
            if id(root) in last or id(other.entity) in last:
                return root
        return options[0].root()

    def before(self, position: int, floor: int):
        """Mentions starting before ``position`` and at or after ``floor``, nearest first."""
        index = bisect_left(self._starts, position) - 1
        mentions = self.mentions
        while index >= 0 and mentions[index].start >= floor:
            yield mentions[index]
            index -= 1

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions inside ``[start, end)``, in order."""
        index = bisect_left(self._starts, start)
        found = []
        mentions = self.mentions
        while index < len(mentions) and mentions[index].start < end:
            if mentions[index].end <= end:
                found.append(mentions[index])
            index += 1
        return found

    def unnamed(self, role: str, head: str) -> Entity:
        """A speaker known by role ("spokesman, Acme"): one entity per role per article."""
        key = ("\x00role", role.lower())
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(key, (role,), "unnamed")
            entity.roles.add(head)
            if head in _FEMALE:
                entity.she += 2
            elif head in _MALE:
                entity.he += 2
        return entity

    def named(self, name: str) -> Entity:
        """The entity of a name given outside the text (a curated interviewee)."""
        key = tuple(w.lower().rstrip(".") for w in name.split())
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(key, tuple(name.split()), "person")
        return entity.root()


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    iterator = iter(long)
    return all(word in iterator for word in short)


def _distinct_roots(entities: list[Entity]) -> list[Entity]:
    roots: list[Entity] = []
    for entity in entities:
        root = entity.root()
        if root not in roots:
            roots.append(root)
    return roots

