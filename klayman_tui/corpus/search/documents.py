"""The documents one search index is over, and their words: what every tier reads.

Every document (a quote, or a paragraph) is folded and split into words; words are
numbered in sorted order, so every word starting with a prefix is one range, and its
postings (the documents holding it) are one mask (search/postings.py). Documents are
numbered best-kind-first (answers and quotations before fragments and questions), so
within a tier the lowest numbers are the best hits. rapidfuzz only ever looks at the
vocabulary (for typos) and never at every document.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from ..model import Block, Quote
from .folding import fold
from .postings import sorted_postings
from .query import words_of

_FUZZY_MIN_LENGTH = 4
_FUZZY_CUTOFF = 80
_FOLDED_KEPT = 8192  # documents' folded texts kept (each made on demand)
# A word held by one document in this many weighs half as much as the rarest in the
# meaning tier's vectors (vector_weights: SIF's a = 1 / VECTOR_RARE).
VECTOR_RARE = 10


@dataclass(slots=True)
class Document:
    """A document while the index is built; kept as parallel lists afterwards."""

    item: Quote | Block
    speaker_key: str
    source_key: str
    rank: int


_SQUEEZE_RE = re.compile(r"[\W_]+")


class Documents:
    """Words-to-documents postings over the quotes (or paragraphs) of one corpus."""

    def __init__(self, docs: list[Document]):
        docs.sort(key=lambda d: d.rank)  # stable: reading order within a rank
        self.items: list[Quote | Block] = [d.item for d in docs]
        self.speaker_keys = [d.speaker_key for d in docs]
        self.source_keys = [d.source_key for d in docs]
        # Each distinct key once, and each document's key as a number: a filter tests
        # the few hundred speakers, not 100,000 quotes, on the keystroke that adds it.
        self._distinct = {name: _distinct(keys) for name, keys in
                          (("speaker", self.speaker_keys), ("source", self.source_keys))}
        self.ranks = np.fromiter((d.rank for d in docs), dtype=np.int8, count=len(docs))
        self.count = len(docs)
        # Word ids per document, doc-major, then regrouped word-major with numpy: no
        # Python list per word, so building stays small at 100,000 quotes.
        ids: dict[str, int] = {}
        word_ids = array("i")
        lengths = array("i")
        for doc in docs:
            # A quote is found by its speaker's names too: "fineran", "klayman twitter".
            words = {ids.setdefault(w, len(ids))
                     for w in (*words_of(fold(doc.item.text)), *words_of(doc.speaker_key))}
            word_ids.extend(words)
            lengths.append(len(words))
        self.vocabulary, self.postings = sorted_postings(
            ids, word_ids, np.repeat(np.arange(self.count, dtype=np.int32),
                                     np.frombuffer(lengths, dtype=np.int32)), self.count)
        self.frequency = self.postings.frequency  # documents holding each word
        self.word_index = {w: i for i, w in enumerate(self.vocabulary)}
        self._buckets: dict[tuple[str, int], list[str]] = {}
        self._filter_cache: dict[tuple[str, str], np.ndarray] = {}
        self._folded_cache: dict[int, str] = {}
        self._names: dict[str, bool] = {}
        self._speaker_words: set[str] | None = None

    def folded(self, number: int) -> str:
        """A document's folded text, made on demand (a few thousand are kept)."""
        folded = self._folded_cache.get(number)
        if folded is None:
            if len(self._folded_cache) > _FOLDED_KEPT:
                self._folded_cache.clear()
            folded = self._folded_cache[number] = fold(self.items[number].text)
        return folded

    # -- masks: which documents hold a word --------------------------------------

    def range(self, prefix: str) -> tuple[int, int]:
        """The numbers of the words starting with ``prefix`` (low to high - 1)."""
        low = bisect_left(self.vocabulary, prefix)
        return low, bisect_left(self.vocabulary, prefix + "\U0010ffff", low)

    def mask(self, low: int, high: int) -> np.ndarray:
        """The documents holding any of the words numbered ``low`` to ``high - 1``."""
        return self.postings.mask(low, high)

    def prefix_mask(self, prefix: str) -> np.ndarray:
        """The documents holding a word starting with ``prefix``."""
        return self.mask(*self.range(prefix))

    def exact_mask(self, word: str) -> np.ndarray:
        """The documents holding ``word`` whole."""
        index = self.word_index.get(word)
        if index is None:
            return np.zeros(self.count, dtype=bool)
        return self.mask(index, index + 1)

    def filter_mask(self, key: str, value: str) -> np.ndarray:
        """The documents a ``speaker:`` or ``source:`` filter lets through."""
        cached = self._filter_cache.get((key, value))
        if cached is None:
            keys, numbers = self._distinct[key]
            if key == "speaker":  # a name or alias starting with the value: "fin", "AK"
                pattern = re.compile(rf"(?:^|[\s|]){re.escape(value)}")
                keep = (pattern.search(k) is not None for k in keys)
            else:  # any part of the id or the outlet: "wrap", "003"; spaces and marks
                # aside too: "the wrap" is TheWrap, "fastcompany" Fast Company (each
                # key squeezed once, on the first such filter)
                squeezed = self.__dict__.get("_squeezed_sources")
                if squeezed is None:
                    squeezed = self._squeezed_sources = [_SQUEEZE_RE.sub("", k) for k in keys]
                compact = _SQUEEZE_RE.sub("", value)
                keep = (value in k or (compact and compact in s)
                        for k, s in zip(keys, squeezed))
            cached = np.fromiter(keep, dtype=bool, count=len(keys))[numbers]
            self._filter_cache[(key, value)] = cached
        return cached

    # -- words: typos, names, weights -------------------------------------------

    def fuzzy_words(self, term: str) -> list[str]:
        """Vocabulary words within a typo or two of ``term`` (same first letter)."""
        if len(term) < _FUZZY_MIN_LENGTH:
            return []
        words: list[str] = []
        for length in range(len(term) - 2, len(term) + 3):
            bucket = self._bucket(term[0], length)
            if bucket:
                words += [w for w, _, _ in process.extract(
                    term, bucket, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF,
                    limit=20)]
        return words

    def _bucket(self, first: str, length: int) -> list[str]:
        key = (first, length)
        bucket = self._buckets.get(key)
        if bucket is None:
            low, high = self.range(first)
            bucket = [w for w in self.vocabulary[low:high] if len(w) == length]
            self._buckets[key] = bucket
        return bucket

    def is_name(self, word: str) -> bool:
        """A word the documents holding it (a sample) only ever write with a capital,
        or only as a speaker's name: a name, not a meaning."""
        known = self._names.get(word)
        if known is None:
            known = self._names[word] = self._looks_like_name(word)
        return known

    def _looks_like_name(self, word: str) -> bool:
        index = self.word_index.get(word)
        if index is None:
            return False
        numbers = self.postings.holders(index)[:3]
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        seen = False
        for number in numbers.tolist():
            item = self.items[number]
            for match in pattern.finditer(item.text):
                seen = True
                if match.group()[0].islower():
                    return False
            if word in words_of(self.speaker_keys[number]):
                seen = True
        return seen

    def is_speaker(self, word: str) -> bool:
        """One of the words of a speaker's names or aliases."""
        if self._speaker_words is None:
            self._speaker_words = {w for key in self._distinct["speaker"][0]
                                   for w in words_of(key)}
        return word in self._speaker_words

    def word_weights(self, words: list[str]) -> np.ndarray:
        """Each word's IDF among the documents (a word none holds weighs as the
        rarest): a word every quote holds says little of what one means."""
        counts = self._holding(words)
        return np.log(1 + (self.count - counts + 0.5) / (counts + 0.5))

    def vector_weights(self, words: list[str]) -> np.ndarray:
        """Each word's weight in a vector of the meaning tier (search/vectors.py):
        a / (a + p), p the share of documents holding it (SIF's weight, Arora et al.
        2017, with a share of documents for a word's frequency). A word in most
        quotes weighs little, as by its IDF; but every word rarer than about one
        quote in VECTOR_RARE weighs nearly alike, where IDF goes on telling them
        apart, and in a corpus of a few hundred quotes whether a word is held by one
        quote or five is chance. (On 50 labelled queries in other words over three
        corpora: in the first three 23 -> 26, mean reciprocal rank 0.447 -> 0.469,
        up on each corpus.)"""
        share = self._holding(words) / max(self.count, 1)
        return 1 / (1 + VECTOR_RARE * share)

    def _holding(self, words: list[str]) -> np.ndarray:
        """How many documents hold each of ``words``."""
        counts = np.zeros(len(words))
        for position, word in enumerate(words):
            index = self.word_index.get(word)
            if index is not None:
                counts[position] = self.frequency[index]
        return counts

    def idf(self, mask: np.ndarray) -> float:
        """The IDF of a word held by the documents in ``mask`` (0 if none hold it)."""
        holding = int(np.count_nonzero(mask))
        if not holding:
            return 0.0
        return float(np.log(1 + (self.count - holding + 0.5) / (holding + 0.5)))

    def by_weight(self, score: np.ndarray, most: int | None = None) -> np.ndarray:
        """Documents with a weight, best first; among equals the better kind, then the
        earlier document. With ``most``, only the first ``most``: only the weights
        in the top buckets that hold them are sorted (a soft match weighs nearly
        every quote of 100,000)."""
        candidates = np.flatnonzero(score)
        weights = score[candidates]
        if most is not None and len(candidates) > most:
            keep = _best_buckets(weights, most)
            candidates, weights = candidates[keep], weights[keep]
        order = np.lexsort((candidates, self.ranks[candidates], -weights))
        return candidates[order][:most]


def _best_buckets(weights: np.ndarray, most: int) -> np.ndarray:
    """A mask of ``weights`` that holds the ``most`` largest and their equals: the
    values cut into 1,024 buckets (one pass), the top buckets that hold ``most``.
    (np.partition took 14 ms on 99,000 weights of 7 distinct values; this 1 ms.)"""
    low, high = float(weights.min()), float(weights.max())
    if most <= 0 or high <= low:
        return np.full(len(weights), most > 0)
    buckets = np.minimum(((weights - low) * (_BUCKETS / (high - low))).astype(np.int64),
                         _BUCKETS - 1)
    from_top = np.cumsum(np.bincount(buckets, minlength=_BUCKETS)[::-1])
    return buckets >= _BUCKETS - 1 - int(np.searchsorted(from_top, most))


_BUCKETS = 1024


def _distinct(keys: list[str]) -> tuple[list[str], np.ndarray]:
    """The distinct ``keys``, and for each position the number of its key."""
    numbers: dict[str, int] = {}
    positions = np.fromiter((numbers.setdefault(k, len(numbers)) for k in keys),
                            dtype=np.int32, count=len(keys))
    return list(numbers), positions
