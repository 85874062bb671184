"""The search engine behind the search bar and ``klayman-tui search``.

Built once per corpus: every document (a quote, or a paragraph) is folded and split
into words; words are numbered in sorted order, so every word starting with a prefix
is one range, and its postings (the documents holding it) are one mask
(search/postings.py).
Documents are numbered best-kind-first (answers and quotations before fragments
and questions), so within a tier the lowest numbers are the best hits. rapidfuzz
only ever looks at the vocabulary (for typos) and never at every document.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from ..model import Block, Quote, QuoteKind, Role, Source
from .beyond import BeyondTheWords
from .folding import fold
from .postings import Postings
from .query import parse_query, words_of
from .tiers import (CONTEXT, FORMS, FUZZY, MEANING, PARTIAL, PHRASE, PREFIXES, TIER_NAMES,
                    WORDS, Highlight, highlight_pattern)

_KIND_RANK = {QuoteKind.ANSWER: 0, QuoteKind.DIRECT: 0, QuoteKind.FRAGMENT: 1,
              QuoteKind.QUESTION: 2}
_ROLE_RANK = {Role.ANSWER: 0, Role.NARRATION: 0, Role.QUESTION: 1, Role.DEK: 1,
              Role.HEADLINE: 1, Role.HEADING: 2, Role.CAPTION: 2, Role.BYLINE: 3,
              Role.COMMENT: 3, Role.BOILERPLATE: 4}
# Tiers, best first; a hit's score is its tier's base less a little for a lower kind.
# A word's stem, searched as a prefix, finds its other forms: censored -> censor* finds
# "censorship", heroes -> hero* finds "heroic". Shorter stems would match too much.
_STEM_MIN_LENGTH = 4
# Tiers this small are ordered by match density as well as kind; larger ones (a
# one-letter prefix over 100,000 quotes) by kind and reading order alone.
_REFINE_LIMIT = 400
_FUZZY_MIN_LENGTH = 4
_FUZZY_CUTOFF = 80
# Past this many candidates in one tier the phrase check looks at the best-ranked only.
_PHRASE_CHECK_LIMIT = 1500


class Hits(list):
    """The hits shown, best first; ``total`` is how many matched in all, and
    ``every_word`` how many of those hold every word (the rest, listed after them,
    hold some)."""

    total: int = 0
    every_word: int = 0
    in_context: int = 0  # found through their question or paragraph, after every_word
    related: tuple[str, ...] = ()  # words of like meaning searched too, after those
    by_meaning: int = 0  # hits found through them
    meaning_pending: bool = False  # the meaning tier is still being built: search again


@dataclass
class Hit:
    """One search result: a quote (or, in paragraph scope, a paragraph).

    ``spans`` are the matched ``(start, end)`` ranges in ``text``; ``tier`` says how
    it matched, best first: phrase, words, prefixes, forms (another form of a word),
    fuzzy (a typo), context (some words in the quote, the rest in its question or
    paragraph), then meaning (a word of like meaning) and partial (some of the words),
    which share one ranking."""

    quote: Quote | None
    block: Block
    source: Source
    text: str
    score: float
    spans: list[tuple[int, int]]
    tier: str
    # For a "context" hit: where the other words were found ("question" or
    # "paragraph"), that text, and the matched ranges in it.
    context: tuple[str, str, list[tuple[int, int]]] | None = None


@dataclass(slots=True)
class _Doc:
    """A document while the index is built; kept as parallel lists afterwards."""

    item: Quote | Block
    speaker_key: str
    source_key: str
    rank: int


def _distinct(keys: list[str]) -> tuple[list[str], np.ndarray]:
    """The distinct ``keys``, and for each position the number of its key."""
    numbers: dict[str, int] = {}
    positions = np.fromiter((numbers.setdefault(k, len(numbers)) for k in keys),
                            dtype=np.int32, count=len(keys))
    return list(numbers), positions


class SearchIndex(BeyondTheWords):
    """Words-to-documents index over quotes (or paragraphs) of one corpus."""

    def __init__(self, docs: list[_Doc]):
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
        self.vocabulary: list[str] = sorted(ids)
        rank_of_id = np.empty(len(ids), dtype=np.int32)
        rank_of_id[[ids[w] for w in self.vocabulary]] = np.arange(len(ids), dtype=np.int32)
        word_ranks = rank_of_id[np.frombuffer(word_ids, dtype=np.int32)]
        doc_numbers = np.repeat(np.arange(self.count, dtype=np.int32),
                                np.frombuffer(lengths, dtype=np.int32))
        self.postings = Postings(word_ranks, doc_numbers, len(ids), self.count)
        self.frequency = self.postings.frequency  # documents holding each word
        del word_ranks, doc_numbers
        self._word_index = {w: i for i, w in enumerate(self.vocabulary)}
        self._buckets: dict[tuple[str, int], list[str]] = {}
        self._filter_cache: dict[tuple[str, str], np.ndarray] = {}
        self._folded_cache: dict[int, str] = {}
        self._block_cache: dict[int, list[str]] = {}  # paragraphs' words, by id(block)
        self.meaning = None  # words of like meaning (search/meaning.py), once built
        self.meaning_built = threading.Event()  # set once build_meaning has run
        self._nearest_cache: dict = {}  # the meaning tier's nearest quotes, by words
        self._names: dict[str, bool] = {}

    def folded(self, number: int) -> str:
        """A document's folded text, made on demand (a few thousand are kept)."""
        folded = self._folded_cache.get(number)
        if folded is None:
            if len(self._folded_cache) > 8192:
                self._folded_cache.clear()
            folded = self._folded_cache[number] = fold(self.items[number].text)
        return folded

    @classmethod
    def for_corpus(cls, corpus, scope: str = "quotes") -> "SearchIndex":
        docs: list[_Doc] = []
        if scope == "paragraphs":
            for source in corpus.sources:
                source_key = fold(f"{source.id} {source.metadata.outlet or ''}")
                speakers = {q.paragraph: q.speaker for q in source.quotes
                            if q.kind in (QuoteKind.ANSWER, QuoteKind.QUESTION)}
                for block in source.blocks:
                    speaker = speakers.get(block.index, "")
                    docs.append(_Doc(block, _speaker_key(corpus, speaker) if speaker else "",
                                     source_key, _ROLE_RANK.get(block.role, 2)))
        else:
            speaker_keys: dict[str, str] = {}
            for source in corpus.sources:
                source_key = fold(f"{source.id} {source.metadata.outlet or ''}")
                for quote in source.quotes:
                    key = speaker_keys.get(quote.speaker)
                    if key is None:
                        key = speaker_keys[quote.speaker] = _speaker_key(corpus, quote.speaker)
                    docs.append(_Doc(quote, key, source_key, _KIND_RANK[quote.kind]))
        return cls(docs)

    # -- matching ---------------------------------------------------------------

    def _range(self, prefix: str) -> tuple[int, int]:
        """The numbers of the words starting with ``prefix`` (low to high - 1)."""
        low = bisect_left(self.vocabulary, prefix)
        return low, bisect_left(self.vocabulary, prefix + "\U0010ffff", low)

    def _mask_of(self, low: int, high: int) -> np.ndarray:
        return self.postings.mask(low, high)

    def _exact_mask(self, word: str) -> np.ndarray:
        index = self._word_index.get(word)
        if index is None:
            return np.zeros(self.count, dtype=bool)
        return self._mask_of(index, index + 1)

    def _fuzzy_words(self, term: str) -> list[str]:
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
            low = bisect_left(self.vocabulary, first)
            high = bisect_left(self.vocabulary, first + "\U0010ffff", low)
            bucket = [w for w in self.vocabulary[low:high] if len(w) == length]
            self._buckets[key] = bucket
        return bucket

    def _filter_mask(self, key: str, value: str) -> np.ndarray:
        cached = self._filter_cache.get((key, value))
        if cached is None:
            keys, numbers = self._distinct[key]
            if key == "speaker":  # a name or alias starting with the value: "fin", "AK"
                pattern = re.compile(rf"(?:^|[\s|]){re.escape(value)}")
                keep = (pattern.search(k) is not None for k in keys)
            else:  # any part of the id or the outlet: "wrap", "003"
                keep = (value in k for k in keys)
            cached = np.fromiter(keep, dtype=bool, count=len(keys))[numbers]
            self._filter_cache[(key, value)] = cached
        return cached

    # -- searching --------------------------------------------------------------

    def search(self, raw: str, limit: int = 50, wait: bool = True) -> "Hits":
        """Hits for ``raw``, best first; an empty query returns nothing.
        ``.total`` says how many documents match in all (``limit`` or not). If the
        meaning tier is not built yet, ``wait`` builds it first; otherwise it is
        built in the background and the hits say ``meaning_pending``."""
        query = parse_query(raw)
        if query.empty or limit <= 0 or self.count == 0:
            return Hits()
        allowed = np.ones(self.count, dtype=bool)
        for key, value in query.filters.items():
            allowed &= self._filter_mask(key, value)
        if not query.terms:  # filters alone: every hit matches all there is
            numbers = np.flatnonzero(allowed)
            hits = self._hits(numbers[:limit].tolist(),
                              dict.fromkeys(numbers[:limit].tolist(), PREFIXES), None,
                              total=len(numbers))
            hits.every_word = hits.total
            return hits

        exact = allowed.copy()
        prefix = allowed.copy()
        forms = allowed.copy()
        loose = allowed.copy()
        stems: list[str] = []
        forms_of: list[tuple[str, ...]] = []  # per word: the forms context may hold
        fuzzy_words: dict[str, list[str]] = {}
        required = allowed.copy()
        term_masks: list[np.ndarray] = []  # per word: the documents holding any form
        form_masks: list[np.ndarray] = []  # per word: holding it, a prefix or its stem
        for term in dict.fromkeys(query.terms):
            term_prefix = self._mask_of(*self._range(term))
            similar = [] if self._spelled_right(term) else [
                w for w in self._fuzzy_words(term) if not w.startswith(term)]
            fuzzy_words[term] = similar
            term_forms = term_prefix
            stem = _stem(term)
            if stem == term or len(stem) < _STEM_MIN_LENGTH:
                stem = term  # no other forms worth searching
            else:
                term_forms = term_prefix | self._mask_of(*self._range(stem))
                stems.append(stem)
            # (word, its stem or the word again, typo matches): what context may hold.
            forms_of.append((term, stem, *similar))
            term_loose = term_forms.copy()
            for word in similar:
                term_loose |= self._exact_mask(word)
            exact &= self._exact_mask(term)
            prefix &= term_prefix
            forms &= term_forms
            loose &= term_loose
            term_masks.append(term_loose)
            form_masks.append(term_forms)
            if term not in query.optional:
                required &= term_loose

        chosen: list[int] = []
        tiers: dict[int, float] = {}

        phrases = list(query.phrases)
        if not phrases and len(query.terms) > 1:
            phrases = [query.free_text]
        pattern = highlight_pattern(tuple(phrases),
                                     tuple(dict.fromkeys(query.terms)) + tuple(stems),
                                     tuple(w for ws in fuzzy_words.values() for w in ws))

        terms = tuple(dict.fromkeys(query.terms))

        def take(numbers: np.ndarray, tier: float) -> None:
            numbers = [n for n in numbers[:_REFINE_LIMIT].tolist() if n not in tiers]
            if len(numbers) < _REFINE_LIMIT and terms:
                numbers.sort(key=lambda n: (self.ranks[n], -_density(terms, self.folded(n))))
            for number in numbers[: limit - len(chosen)]:
                tiers[number] = tier
                chosen.append(number)

        if phrases:
            candidates = np.flatnonzero(prefix)
            # A quoted phrase is required: checked widely. The words typed together
            # are only preferred side by side: checked in the window where the other
            # refinements apply (each check reads a quote's text, the costliest step
            # of a keystroke at 100,000 quotes).
            window = _PHRASE_CHECK_LIMIT if query.phrases else _REFINE_LIMIT
            folded, checked = self.folded, candidates[:window].tolist()
            if len(phrases) == 1:  # the usual case, without a generator per document
                phrase = phrases[0]
                phrase_hits = [n for n in checked if phrase in folded(n)]
            else:
                phrase_hits = [n for n in checked if all(p in folded(n) for p in phrases)]
            take(np.asarray(phrase_hits, dtype=np.int64), PHRASE)
            if query.phrases:  # a quoted phrase is a requirement, not a preference
                hits = self._hits(chosen, tiers, pattern, total=len(phrase_hits))
                hits.every_word = len(phrase_hits)  # each holds the phrase, so every word
                return hits
        for mask, tier in ((exact, WORDS), (prefix & ~exact, PREFIXES),
                           (forms & ~prefix, FORMS), (loose & ~forms, FUZZY)):
            if len(chosen) >= limit:
                break
            take(np.flatnonzero(mask), tier)
        total = int(np.count_nonzero(loose))
        if not chosen and query.optional:
            # Nothing has "self-censorship" whole: offer what has "censorship", last.
            take(np.flatnonzero(required), PARTIAL)
            total = int(np.count_nonzero(required))
        hits_all = sum(1 for n in chosen if tiers[n] != PARTIAL)
        contexts: dict[int, tuple[str, str, list[tuple[int, int]]]] = {}
        idfs = [self._idf(mask) for mask in term_masks] if len(chosen) < limit else []
        if len(chosen) < limit:
            weights = self._weights(term_masks, idfs, allowed, loose, chosen)
            contexts = self._take_context(term_masks, forms_of, weights, allowed, loose,
                                          tiers, chosen, limit)
        related: list[tuple[str, float]] = []
        if len(chosen) < limit:
            related = self._take_the_rest(terms, term_masks, form_masks, idfs, allowed,
                                          loose, tiers, chosen, limit, wait)
        related_pattern = highlight_pattern((), (), tuple(w for w, _ in related))
        hits = self._hits(chosen, tiers, pattern, total=total, contexts=contexts,
                          related_pattern=related_pattern)
        hits.every_word = total if hits_all else 0
        hits.in_context = len(contexts)
        hits.related = tuple(w for w, _ in related)
        hits.by_meaning = sum(1 for n in chosen if tiers[n] == MEANING)
        hits.meaning_pending = self.meaning_pending
        return hits

    def _hits(self, numbers: list[int], tiers: dict[int, float],
              pattern: Highlight | None, total: int = 0,
              contexts: dict | None = None,
              related_pattern: Highlight | None = None) -> "Hits":
        hits = Hits()
        # How many matched the words themselves (context, meaning and some-word hits
        # are counted apart).
        own = sum(1 for n in numbers if tiers[n] not in (CONTEXT, MEANING, PARTIAL))
        hits.total = max(total, own) if own else max(total, len(numbers))
        for number in numbers:
            item = self.items[number]
            tier = tiers[number]
            shown = related_pattern if tier == MEANING else pattern
            spans = shown.spans(self.folded(number)) if shown else []
            quote = item if isinstance(item, Quote) else None
            block = item.block if quote else item
            hits.append(Hit(quote, block, block.source, item.text,
                            # Meaning and partial hits are one ranking: one score base.
                            (PARTIAL if tier == MEANING else tier)
                            - 0.01 * int(self.ranks[number]), spans,
                            TIER_NAMES[tier], (contexts or {}).get(number)))
        return hits


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    """The Snowball (Porter 2) English stem of a folded word."""
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # loaded with the index, off the start-up path

    return snowballstemmer.stemmer("english")


def _density(terms: tuple[str, ...], text: str) -> float:
    """How much of a text its query words are (a cheap count, for ordering a tier)."""
    return sum(text.count(term) for term in terms) / (len(text) + 40)


def _speaker_key(corpus, speaker: str) -> str:
    aliases = corpus.speakers.aliases(speaker) if corpus.speakers.resolve(speaker) else []
    return fold(" | ".join([speaker, *aliases]))
