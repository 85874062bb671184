"""The hits of one search as its tiers find them: the documents chosen, in order,
and the tier each was chosen in."""

from __future__ import annotations

import numpy as np

from .documents import Documents

# Tiers this small are ordered by match density as well as kind; larger ones (a
# one-letter prefix over 100,000 quotes) by kind and reading order alone.
REFINE_LIMIT = 400


class Ranking:
    """Up to ``limit`` documents, best first; each tier adds below the last."""

    def __init__(self, documents: Documents, terms: tuple[str, ...], limit: int) -> None:
        self._documents = documents
        self._terms = terms
        self.limit = limit
        self.chosen: list[int] = []
        self.tiers: dict[int, float] = {}

    @property
    def room(self) -> int:
        """How many more documents may be chosen."""
        return self.limit - len(self.chosen)

    @property
    def full(self) -> bool:
        return len(self.chosen) >= self.limit

    def add(self, number: int, tier: float) -> None:
        self.tiers[number] = tier
        self.chosen.append(number)

    def take(self, numbers: np.ndarray, tier: float) -> None:
        """Add ``numbers`` (best kind first) not chosen yet, as many as there is room
        for; a small tier is ordered by kind, then by how much of a document the
        query's words are."""
        documents, terms = self._documents, self._terms
        numbers = [n for n in numbers[:REFINE_LIMIT].tolist() if n not in self.tiers]
        if len(numbers) < REFINE_LIMIT and terms:
            numbers.sort(key=lambda n: (documents.ranks[n],
                                        -_density(terms, documents.folded(n))))
        for number in numbers[: self.room]:
            self.add(number, tier)


def _density(terms: tuple[str, ...], text: str) -> float:
    """How much of a text its query words are (a cheap count, for ordering a tier)."""
    return sum(text.count(term) for term in terms) / (len(text) + 40)
