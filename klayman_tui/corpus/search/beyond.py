"""What lies beyond a query's own words, for the search index: what it builds once
(the quotes' context words, search/context.py; their articles' words,
search/articles.py; the meaning resource, search/meaning.py; the quotes' vectors,
search/vectors.py), and the last tier drawn from it: one ranking of the documents
holding some of the words, those holding words of like meaning and those whose vector
is near the query's, each raised by the query's words its article holds."""

from __future__ import annotations

import threading

import numpy as np

from ..memory import give_back
from .alike import article_share, held_share, likeness
from .articles import ARTICLE_SHARE, ArticleWords
from .context import ContextWords, context_parts, context_text
from .documents import Documents
from .query import words_of
from .ranking import Ranking
from .terms import TermMatches, word_stem
from .tiers import MEANING, PARTIAL

# The share of the query's weight a document holds (search/alike.py) counts this
# much; a vector's similarity less _VECTOR_BASE (0 to 0.5) is added.
_HELD_SHARE = 0.5
_MEANING_BELOW = 10   # words of like meaning only when fewer hits have the words
# The meaning tier: the nearest quotes by vector (cosine as their 3-bit codes rebuild
# it), at least this similar: the best quote for an unrelated query scores 0.14-0.23.
_VECTOR_FLOOR = 0.15
# A vector's similarity less this is added to a quote's word score (0 to 0.5); a
# quote holding some of the words, its similarity to the rest of the query less this,
# never below 0 (_beyond_the_words_held).
_VECTOR_BASE = 0.1
# Up to this many documents the meaning resource (about 25 MB) is loaded with the
# index; above it, by the first query its own words barely find, so that a large
# corpus searched by its words never carries it.
MEANING_UP_FRONT = 20_000
# Past this many documents (the paragraphs of a very large folder) no vectors are
# made (96 bytes each, and about 0.15 ms each to build), nor articles' words.
MAX_VECTORS = 200_000
_loading = threading.Lock()  # one load at a time (the app searches in threads)
_loading_started = threading.Lock()


class BeyondTheWords:
    """The context words, the meaning resource and the vectors of one index's
    ``documents``, built once (now, or in a thread of their own), and the tier drawn
    from them."""

    def __init__(self, documents: Documents) -> None:
        self._documents = documents
        self.context_words: ContextWords | None = None  # the quotes' context words
        self.article_words: ArticleWords | None = None  # the documents' articles' words
        self.meaning = None  # words of like meaning (search/meaning.py), once built
        self.vectors = None  # the meaning tier's vector per document (search/vectors.py)
        self.tried = False  # built, or the resource found missing
        self.started = False  # being built in the background (start)
        self.error: Exception | None = None  # what stopped a background build
        self.built = threading.Event()  # set once build has run
        self._nearest_cache: dict = {}  # the nearest quotes, by the words embedded
        self._query_cache: dict = {}  # a query's vector, by the words embedded

    # -- building -------------------------------------------------------------------

    def build(self) -> None:
        """Build what lies beyond the words, once: the quotes' context words, the
        meaning resource for this vocabulary and the quotes' vectors (off the
        keystroke path: with the index in its worker for a corpus of up to
        MEANING_UP_FRONT documents, else in a thread of its own, see start)."""
        from .meaning import Meaning

        documents = self._documents
        with _loading:
            if self.tried:
                return
            try:
                self.context_words = ContextWords(
                    documents.items, lambda number: words_of(documents.folded(number)),
                    context_text)
                if documents.count <= MAX_VECTORS:
                    self.article_words = ArticleWords(documents.items)
                meaning = Meaning.for_vocabulary(documents.vocabulary, documents.frequency)
                if meaning is not None:
                    meaning.is_name = documents.is_name
                if meaning is not None and 0 < documents.count <= MAX_VECTORS:
                    self.vectors = meaning.document_vectors(
                        documents.items, documents.vector_weights,
                        lambda quote: [(where, text) for _, where, text in context_parts(quote)])
                self.meaning = meaning
            finally:
                self.tried = True
                self.built.set()
        give_back()

    def start(self) -> None:
        """Build in a thread of its own, once; searches go on without it meanwhile
        (their results say ``meaning_pending``)."""
        with _loading_started:
            if self.started or self.tried:
                return
            self.started = True
        threading.Thread(target=self._build_quietly, name="meaning", daemon=True).start()

    def _build_quietly(self) -> None:
        try:
            self.build()
        except Exception as error:  # noqa: BLE001 - search goes on with its words
            self.error = error

    @property
    def pending(self) -> bool:
        """Being built in the background."""
        return self.started and not self.built.is_set()

    # -- reading ------------------------------------------------------------------

    def spelled_right(self, term: str) -> bool:
        """A common English word (whole in the meaning resource's vocabulary), so not
        a typo: "prison" is not fuzzily "person"; words of like meaning find what it
        means. Without the resource every word may be a typo."""
        return self.meaning is not None and self.meaning.is_common_word(term)

    def take_the_rest(self, terms: tuple[str, ...], matches: TermMatches, idfs: list[float],
                      allowed: np.ndarray, ranking: Ranking,
                      wait: bool = True) -> list[tuple[str, float]]:
        """Below the rest, one ranking of the documents that hold some of the words,
        those that hold a word of like meaning ("downloads" for piracy) and those
        whose vector is near the query's (the idea in other words); returns the words
        of like meaning searched, if any hit was found by meaning.

        Each document scores the share of the query's weight it holds, word for word
        (search/alike.py: rare words weigh more; a word matched only as a typo counts
        half, one held only by the quote's context CONTEXT_SHARE; a word of like
        meaning to one query word counts for how like it is, once the words
        themselves barely find anything), times _HELD_SHARE, plus the vector's
        similarity less _VECTOR_BASE; a document so found gains, for each query word
        its article holds and it does not, ARTICLE_SHARE of what that word would count
        (search/articles.py). So "bittorrent" alone ranks high for "bittorrent film",
        "teachers" counts for "educators", a quote both near in meaning and holding
        a word beats either alone, and the quotes of the article the query is about
        come first."""
        documents, chosen, every = self._documents, ranking.chosen, matches.loose
        rarest = float(np.log(1 + (documents.count - 0.5) / 1.5))
        weights = [idf or rarest for idf in idfs]
        partial = np.zeros(documents.count)  # its own words: then it is no meaning hit
        for mask in matches.term_masks:
            partial += mask
        # Words of like meaning are for a query its own words barely find.
        barely = len(chosen) < _MEANING_BELOW and self._ready(wait)
        alike = [likeness(documents, *words, weight) if words else []
                 for words, weight in zip((self._alike(t) if barely else None
                                           for t in terms), weights)]
        # One ranking: the words held, plus how near the quote's vector is (a
        # measured blend; reciprocal rank fusion did no better and let two weak
        # rankings outvote a rare word held).
        score = _HELD_SHARE * held_share(documents, matches, weights, alike,
                                         self.context_words)
        score[~allowed | every] = 0
        near, similarity = self._by_vector(terms, allowed, every)
        similarity = self._beyond_the_words_held(terms, matches, near, similarity)
        score[near] += similarity - _VECTOR_BASE
        score[chosen] = 0
        if self.article_words is not None:
            # What its article is about ranks a document found by the rest, and finds
            # none alone: every quote of an article that says "jail" once is no hit.
            found = np.flatnonzero(score > 0)
            score[found] += _HELD_SHARE * ARTICLE_SHARE * article_share(
                found, matches, weights, self.article_words)
        by_meaning = np.zeros(documents.count, dtype=bool)
        for number in documents.by_weight(score, ranking.room).tolist():
            # Holding none of the words, it was found by its meaning alone.
            by_meaning[number] = not partial[number]
            ranking.add(number, MEANING if by_meaning[number] else PARTIAL)
        if not by_meaning.any():
            return []
        # The words of like meaning those hits hold, to name and mark, likest first.
        named: dict[str, float] = {}
        for word, like in sorted((pair for likes in alike for pair in likes),
                                 key=lambda pair: -pair[1]):
            index = documents.word_index.get(word)
            if (word not in named and index is not None
                    and by_meaning[documents.postings.holders(index)].any()):
                named[word] = like
        return list(named.items())

    def _alike(self, term: str) -> tuple[list[str], np.ndarray] | None:
        """The corpus words alike to a query word, or None for a name, a short word
        or the start of a word being typed (matched by its own forms only)."""
        if self.meaning is None or self.vectors is None:
            return None
        meant = self._meant(term)
        return self.meaning.alike(meant) if meant else None

    def _by_vector(self, terms: tuple[str, ...], allowed: np.ndarray,
                   every: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The quotes whose vectors are nearest the query's (the meaning tier: the
        few hundred nearest, at least _VECTOR_FLOOR similar) and their similarity,
        leaving out those holding every word or filtered out. Only the query's words
        that mean something are embedded: corpus words, common English words and
        other words no corpus word starts with; not names, nor the start of a word
        still being typed."""
        none = np.zeros(0, dtype=np.int64), np.zeros(0)
        if self.vectors is None or self.meaning is None:
            return none
        meant = tuple(word for word in map(self._meant, terms) if word)
        if not meant:
            return none
        numbers, similarity = self._nearest(meant)
        keep = (similarity >= _VECTOR_FLOOR) & allowed[numbers] & ~every[numbers]
        return numbers[keep], similarity[keep]

    def _beyond_the_words_held(self, terms: tuple[str, ...], matches: TermMatches,
                               near: np.ndarray, similarity: np.ndarray) -> np.ndarray:
        """How near each of the ``near`` documents is to the query's words it does not
        hold: a quote holding some of the words is scored for those by the words
        themselves (held_share), so its vector is compared with the rest of the query
        only. Else a shared word counts twice, and the quotes holding the commonest
        query word ("trade" in "populist backlash against open trade") come before the
        one that says the rest of the idea in other words. (On 50 labelled queries in
        other words: hit@3 19 -> 23, mean reciprocal rank 0.36 -> 0.45.)"""
        if not len(near):
            return similarity
        held = np.array([mask[near] for mask in matches.term_masks], dtype=bool).T
        meant = [self._meant(term) for term in terms]
        similarity = similarity.copy()
        for pattern in {row for row in map(tuple, held.tolist()) if any(row)}:
            group = np.flatnonzero((held == np.array(pattern)).all(axis=1))
            rest = tuple(word for word, holds in zip(meant, pattern) if word and not holds)
            if not rest:  # the words it lacks mean nothing to embed: nothing is added
                similarity[group] = _VECTOR_BASE
                continue
            query = self._query_vector(rest)
            # Never less than nothing added: a quote near the whole query does not
            # come below one holding the same words that was never near it.
            similarity[group] = np.maximum(self.vectors.rebuilt(near[group]) @ query,
                                           _VECTOR_BASE)
        return similarity

    def _nearest(self, meant: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """The quotes nearest these words, kept for the next keystrokes (typing the
        next word leaves the words embedded the same until it is whole)."""
        found = self._nearest_cache.get(meant)
        if found is None:
            if len(self._nearest_cache) > 32:
                self._nearest_cache.clear()
            found = self._nearest_cache[meant] = self.vectors.nearest(
                self._query_vector(meant))
        return found

    def _query_vector(self, words: tuple[str, ...]) -> np.ndarray:
        """The vector of these query words, kept for the next keystrokes: the rest of
        a query (_beyond_the_words_held) stays the same while a word is being typed."""
        found = self._query_cache.get(words)
        if found is None:
            if len(self._query_cache) > 64:
                self._query_cache.clear()
            found = self._query_cache[words] = self.vectors.query(
                list(words), self.meaning.word_vector, self._documents.vector_weights)
        return found

    def _meant(self, term: str) -> str | None:
        """The form of a query word to embed: the word if the corpus or the resource
        knows it whole, else its stem if they know that ("blames": blame), else the
        word if no corpus word starts with it (a rare word, embedded by its pieces);
        None for a name, a short word or the start of a word still being typed."""
        if len(term) < 3:
            return None
        documents = self._documents
        known = lambda word: word in documents.word_index or self.meaning.is_common_word(word)
        if known(term):
            meant = term
        else:
            stem = word_stem(term)
            start, end = documents.range(term)
            meant = stem if len(stem) >= 3 and known(stem) else term if start == end else None
        # Checked last: it may read a few quotes' text.
        return meant if meant and not documents.is_name(term) else None

    def _ready(self, wait: bool) -> bool:
        """Whether the meaning tier is there to be read. The first query that needs
        it builds it: now if ``wait``, else in the background (not ready yet)."""
        if not self.tried:
            if wait:
                self.build()
            else:
                self.start()
                return False
        return self.meaning is not None
