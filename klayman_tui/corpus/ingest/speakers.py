"""Speakers: one canonical name per person, with the aliases that point to it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..words.lexicon import FEMALE_TITLES, HONORIFICS, MALE_TITLES, first_names

_HONORIFIC_RE = re.compile(rf"^({'|'.join(sorted(HONORIFICS))})\.?\s+", re.IGNORECASE)


def _without_honorific(name: str) -> str:
    """The name past its honorific ("Ms Dizon": Dizon), but not a party a report names
    by a letter ("Ms B", "Mr. A": a letter alone names nobody)."""
    bare = _HONORIFIC_RE.sub("", name).strip()
    return name.strip() if len(bare) == 1 and bare.isupper() else bare


def unnamed_interviewer(outlet: str | None) -> str:
    """Who asks when the article names nobody: "interviewer (TheWrap)"."""
    return f"interviewer ({outlet})" if outlet else "interviewer"


def is_unnamed_interviewer(speaker: str) -> bool:
    return speaker == "interviewer" or speaker.startswith("interviewer (")


def initials(name: str) -> str:
    """``Alison Klayman`` -> ``AK``; ``dGenerate Films`` -> ``dGF``."""
    parts = name.split()
    if len(parts) == 1:
        word = parts[0]
        return word[0] + "".join(c for c in word[1:] if c.isupper())
    return "".join(part[0] + "".join(c for c in part[1:] if c.isupper()) for part in parts)


class SpeakerBook:
    """Canonical names, their aliases, and the pronoun each one fits."""

    def __init__(self) -> None:
        self._canonical: dict[str, str] = {}
        self._pronoun: dict[str, str] = {}
        self._aliases: dict[str, list[str]] = {}
        self._learned: dict[str, str] = {}

    def copy(self) -> "SpeakerBook":
        book = SpeakerBook()
        book._canonical = dict(self._canonical)
        book._pronoun = dict(self._pronoun)
        book._aliases = {k: list(v) for k, v in self._aliases.items()}
        return book

    def add(self, name: str, aliases: Sequence[str] = (), pronoun: str | None = None) -> str:
        name = _without_honorific(name)
        canonical = self._canonical.get(name.lower(), name)
        self._aliases.setdefault(canonical, [])
        for alias in (name, *aliases):
            key = alias.lower()
            if key not in self._canonical:
                self._canonical[key] = canonical
                if alias != canonical:
                    self._aliases[canonical].append(alias)
        if canonical in aliases and " " in canonical and (
                canonical not in self._aliases[canonical]):
            self._aliases[canonical].append(canonical)  # its own alias: cited whole
        if pronoun and canonical not in self._pronoun:
            self._pronoun[canonical] = pronoun
        return canonical

    def learn(self, name: str, person: bool = True) -> str:
        """Record a person named in the text; a full name makes its surname an alias.
        A name of two words or more that nothing says is a person's (``person``
        false: no title, no given name the lists know, never a he or a she: "Big
        Machine", a record label) is its own alias: it is cited whole, never by a
        last word that is no surname ("Machine")."""
        known = self._learned.get(name)
        if known is None:
            known = self._learned[name] = self._learn(name, person)
        return known

    def _learn(self, name: str, person: bool = True) -> str:
        honorific = _HONORIFIC_RE.match(name)
        pronoun = None
        if honorific:
            title = honorific.group(1).lower()
            pronoun = "she" if title in FEMALE_TITLES else (
                "he" if title in MALE_TITLES else None)
        bare = _without_honorific(name)
        known = self.resolve(bare)
        if known:
            if pronoun and known not in self._pronoun:
                self._pronoun[known] = pronoun
            return known
        parts = bare.split()
        if pronoun is None:
            gender = first_names().get(parts[0].lower()) if len(parts) > 1 else None
            pronoun = {"m": "he", "f": "she"}.get(gender or "")
        aliases = [parts[-1]] if len(parts) >= 2 else []
        if not person and not honorific and pronoun is None and len(parts) >= 2:
            aliases = [bare]  # cited whole (rules.surname)
        return self.add(bare, aliases, pronoun)

    def resolve(self, name: str) -> str | None:
        """The canonical name for ``name`` or one of its aliases, else None."""
        name = name.strip()
        found = self._canonical.get(name.lower())
        if found:
            return found
        if not _HONORIFIC_RE.match(name):
            return None
        return self._canonical.get(_HONORIFIC_RE.sub("", name).lower())

    def pronoun(self, canonical: str) -> str | None:
        return self._pronoun.get(canonical)

    def aliases(self, canonical: str) -> list[str]:
        return list(self._aliases.get(canonical, []))

    def __len__(self) -> int:
        """How many people the book knows (an empty book resolves nothing)."""
        return len(self._aliases)

    def entries(self) -> list[tuple[str, list[str], str | None]]:
        """Every person as (canonical name, aliases, pronoun), to save and restore."""
        return [(name, list(aliases), self._pronoun.get(name))
                for name, aliases in self._aliases.items()]

    def names(self) -> list[str]:
        return sorted(self._aliases)

    def merge(self, other: "SpeakerBook") -> None:
        """Add the people ``other`` knows; names already known keep their meaning."""
        for name, aliases in other._aliases.items():
            self.add(name, aliases, other._pronoun.get(name))
