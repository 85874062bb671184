"""The meaning tier of search: one vector per quote, 96 bytes, compared with a query's.

A quote's vector is the sum of WordLlama's vectors (search/meaning.py) for its distinct
words, each weighted by how rare it is among the corpus's quotes (SIF's a / (a + p),
Documents.vector_weights: "film" says little in a corpus about a film), plus, weighted lower, the same for its context: the
question an answer replies to and the quote's paragraph; and, at half the weight of
those two, the same for its whole article, so that "We lost everything we had" lies
near "fire victims" in an article about a wildfire. A query's vector is made the same
way (its words alone), so a quote that says the idea in other words lies near it.

Each of the 256 dimensions is kept as 3 bits: which eighth of the corpus's values it
falls in (three bit planes: above the median or not, then the finer bits), so 100,000
quotes take 9.6 MB. A query is compared with every quote by counting differing bits
of the first plane (XOR and popcount in numpy), and the nearest few hundred are scored
again with every plane (the eighths' mean values against the query's own floats).
Eighths, not quarters (2 bits): rebuilt from quarters a quote's vector lies farther
from its own floats, and the quote the idea was put for comes lower. On 50 labelled
queries in other words over three corpora (the 10 news queries of tests/fixtures and
40 more over 96 articles, written without seeing results and kept outside the
repository with the articles they are about) the mean reciprocal rank
goes from 0.32 to 0.36 and the wanted quote comes first 11 times, not 7 (in the first
three: 19 against 21, within the noise); it costs 3.2 MB at 100,000 quotes.
"""

from __future__ import annotations

import itertools

import numpy as np

from ..model import Quote
from .folding import fold
from .query import words_of

# A quote's context counts for this much of its vector (its own words for 1), and
# its article (all its words) for ARTICLE_WEIGHT of what those two make: what the
# article is about says what a short quote's "it" and "them" are.
CONTEXT_WEIGHT = 0.3
ARTICLE_WEIGHT = 0.5
_DIMENSIONS = 256
_BITS = 3          # a dimension's value as one of 2**_BITS bands (see the docstring)
_BANDS = 2 ** _BITS
_SAMPLE = 4000     # documents whose values set each dimension's bands
_SHORTLIST = 600   # documents scored again with every plane
_SUM_BATCH = 256   # documents summed by one matrix product


class DocumentVectors:
    """Each document's vector as _BITS planes of 256 bits, in the index's order."""

    def __init__(self, planes: list[np.ndarray], cuts: np.ndarray,
                 levels: np.ndarray) -> None:
        # Each (documents, 4) uint64, the band's bits, highest first: the first plane
        # says which are above the dimension's median.
        self.planes = planes
        self.high = planes[0]
        self.cuts = cuts      # (_BANDS - 1, 256): where each dimension's bands part
        self.levels = levels  # (_BANDS, 256): each band's mean value

    @classmethod
    def build(cls, items: list, word_vector, weight, context_parts) -> "DocumentVectors":
        """Vectors for ``items`` (quotes or paragraphs). ``word_vector(word)`` gives a
        word's 256 floats; ``weight(words)`` each word's weight; ``context_parts(quote)``
        the parts of paragraphs read as a quote's context, each as (a key for the part,
        its text)."""
        table = _WordTable(word_vector, weight)
        # A paragraph's word rows, while near. By the block itself (and the part read),
        # not its id: a compacted source makes its blocks afresh, so an id is soon
        # another's.
        block_rows: dict = {}

        def context_rows(item) -> list[int]:
            rows: list[int] = []
            for where, text in context_parts(item):
                known = block_rows.get(where)
                if known is None:
                    if len(block_rows) > 4096:
                        block_rows.clear()
                    known = block_rows[where] = table.rows(words_of(fold(text)))
                rows += known
            return list(dict.fromkeys(rows))

        articles: dict[int, np.ndarray] = {}  # the article of the last items, by id

        def article(item) -> np.ndarray:
            source = item.source
            known = articles.get(id(source))
            if known is None:
                articles.clear()  # items come article by article
                words = words_of(fold(source.text))
                known = articles[id(source)] = _units(table.sums([table.rows(words)]))[0]
            return known

        def vectors(start: int, end: int) -> np.ndarray:
            batch = items[start:end]
            own = table.sums([table.rows(words_of(fold(item.text))) for item in batch])
            rows = [context_rows(item) if isinstance(item, Quote) else [] for item in batch]
            near = _units(_units(own) + CONTEXT_WEIGHT * _units(table.sums(rows)))
            return near + ARTICLE_WEIGHT * np.array([article(item) for item in batch])

        count = len(items)
        return cls.from_floats(vectors(start, min(count, start + _SAMPLE))
                               for start in range(0, count, _SAMPLE))

    @classmethod
    def from_floats(cls, blocks) -> "DocumentVectors":
        """The planes of the documents' float vectors, given in ``blocks`` of at most
        _SAMPLE rows (256 floats each); the first block sets each dimension's bands."""
        blocks = iter(blocks)
        sample = next(blocks, None)
        if sample is None or not len(sample):
            raise ValueError("no documents to make vectors of")
        cuts = np.quantile(sample, np.arange(1, _BANDS) / _BANDS, axis=0).astype(np.float32)
        codes = _bands(sample, cuts)
        levels = np.zeros((_BANDS, _DIMENSIONS), dtype=np.float32)
        for band in range(_BANDS):
            inside = codes == band
            count = inside.sum(axis=0)
            levels[band] = np.where(count, (sample * inside).sum(axis=0)
                                    / np.maximum(count, 1), 0)
        parts: list[list[np.ndarray]] = [[] for _ in range(_BITS)]
        for block in itertools.chain([sample], blocks):
            codes = _bands(block, cuts)
            for bit, part in enumerate(parts):
                part.append(_plane(codes >> (_BITS - 1 - bit) & 1 == 1))
        return cls([np.concatenate(part) for part in parts], cuts, levels)

    def query(self, words: list[str], word_vector, weight) -> np.ndarray:
        """A query's vector, made as a quote's is (without context): its distinct
        words' vectors weighted and summed, as a unit vector."""
        words = list(dict.fromkeys(words))
        vectors = np.array([word_vector(word) for word in words], dtype=np.float32)
        return _units(np.asarray(weight(words), dtype=np.float32)[None, :] @ vectors)[0]

    def nearest(self, query: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The few hundred documents nearest ``query``, nearest first, with their
        cosine similarity to it (as their planes rebuild their vectors)."""
        if len(self.high) <= _SHORTLIST:  # every document is on the shortlist
            if self._all_rebuilt is None:
                self._all_rebuilt = self.rebuilt(np.arange(len(self.high)))
            numbers, rebuilt = np.arange(len(self.high)), self._all_rebuilt
        else:
            numbers = self._shortlist(query)
            rebuilt = self.rebuilt(numbers)
        score = rebuilt @ query
        order = np.argsort(-score, kind="stable")
        return numbers[order], score[order]

    _all_rebuilt = None  # a small corpus's documents, rebuilt once (600 kB at most)

    def rebuilt(self, numbers: np.ndarray) -> np.ndarray:
        """Documents' unit vectors as their planes' codes rebuild them."""
        codes = np.zeros((len(numbers), _DIMENSIONS), dtype=np.intp)
        for plane in self.planes:
            codes = 2 * codes + np.unpackbits(plane[numbers].view(np.uint8), axis=1)
        rebuilt = self.levels[codes, np.arange(_DIMENSIONS)]
        rebuilt /= np.maximum(np.linalg.norm(rebuilt, axis=1, keepdims=True), 1e-9)
        return rebuilt


    def _shortlist(self, query: np.ndarray) -> np.ndarray:
        """The _SHORTLIST documents nearest ``query`` by the first plane (fewest
        differing bits; among equals, the earlier)."""
        bits = _plane(query[None, :] > self.cuts[_BANDS // 2 - 1])[0]
        counts = np.bitwise_count(self.high ^ bits)  # uint8, per 64-bit word
        differ = counts[:, 0].astype(np.int16)
        for column in range(1, counts.shape[1]):
            differ += counts[:, column]
        # A histogram of distances gives the cut-off (quicker than a partition at
        # 100,000 quotes).
        histogram = np.cumsum(np.bincount(differ, minlength=_DIMENSIONS + 1))
        cutoff = min(int(np.searchsorted(histogram, _SHORTLIST)), _DIMENSIONS)
        below = np.flatnonzero(differ < cutoff)
        ties = np.flatnonzero(differ == cutoff)[:max(0, _SHORTLIST - len(below))]
        return np.concatenate((below, ties))


class _WordTable:
    """The distinct words met while building: each one's vector and weight, once."""

    def __init__(self, word_vector, weight, capacity: int = 1024) -> None:
        self._word_vector = word_vector
        self._weight = weight
        self._row: dict[str, int] = {}
        self.vectors = np.zeros((capacity, _DIMENSIONS), dtype=np.float32)
        self.weights = np.zeros(capacity, dtype=np.float32)

    def rows(self, words: list[str]) -> list[int]:
        """The rows of ``words`` (each once), new words embedded and weighed."""
        new = [w for w in dict.fromkeys(words) if w not in self._row]
        if new:
            first = len(self._row)
            if first + len(new) > len(self.weights):
                size = max(2 * len(self.weights), first + len(new))
                self.vectors = np.resize(self.vectors, (size, _DIMENSIONS))
                self.weights = np.resize(self.weights, size)
            for offset, word in enumerate(new):
                self._row[word] = first + offset
                self.vectors[first + offset] = self._word_vector(word)
            self.weights[first:first + len(new)] = self._weight(new)
        return list(dict.fromkeys(self._row[w] for w in words))

    def sums(self, documents: list[list[int]]) -> np.ndarray:
        """Each document's weighted sum of its words' vectors: a small dense matrix
        of weights (documents x their distinct words) times those words' vectors,
        so numpy's matrix product does the adding."""
        sums = np.zeros((len(documents), _DIMENSIONS), dtype=np.float32)
        for start in range(0, len(documents), _SUM_BATCH):
            part = documents[start:start + _SUM_BATCH]
            lengths = np.fromiter(map(len, part), dtype=np.int64, count=len(part))
            if not lengths.any():
                continue
            rows = np.fromiter((r for rows in part for r in rows), dtype=np.int64,
                               count=int(lengths.sum()))
            distinct, column = np.unique(rows, return_inverse=True)
            weights = np.zeros((len(part), len(distinct)), dtype=np.float32)
            weights[np.repeat(np.arange(len(part)), lengths), column] = self.weights[rows]
            sums[start:start + len(part)] = weights @ self.vectors[distinct]
        return sums


def _units(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def _bands(vectors: np.ndarray, cuts: np.ndarray) -> np.ndarray:
    """Which band each value falls in (0 to _BANDS - 1)."""
    codes = np.zeros(vectors.shape, dtype=np.int64)
    for cut in cuts:  # one cut at a time: no (documents, cuts, 256) transient
        codes += vectors > cut
    return codes


def _plane(bits: np.ndarray) -> np.ndarray:
    """Rows of 256 booleans as rows of four 64-bit words."""
    return np.packbits(bits, axis=1).view(np.uint64)
