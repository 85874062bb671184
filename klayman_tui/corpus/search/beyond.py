"""The tiers beyond a query's own words, for the search index: quotes whose context
(the question an answer replies to, the rest of the paragraph) holds the other words,
then one ranking of quotes holding some of the words and quotes holding words of like
meaning (search/meaning.py)."""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from functools import lru_cache

import numpy as np

from ..memory import give_back
from ..model import Block, Quote, QuoteKind, Role
from .folding import fold
from .query import words_of
from .tiers import CONTEXT, MEANING, PARTIAL, merge, spelled

# Quotes holding some of the words whose context (the question an answer replies to,
# the rest of its paragraph) is read for the others: the best-weighted few only, so a
# keystroke stays quick at 100,000 quotes.
_CONTEXT_CHECK_LIMIT = 60
_QUESTION_LOOKBACK = 8  # paragraphs back from an answer to the question it answers
# A partial match's score is the share of the query's weight it holds, times this; a
# related word's is its similarity (0.2 to 0.6 for useful ones): holding the rarer of
# two words beats a loosely related word, holding the commoner does not.
_PARTIAL_SHARE = 0.6
_MEANING_BELOW = 10   # words of like meaning only when fewer hits have the words
_MAX_BY_MEANING = 20  # and at most this many found through them
# The meaning tier: the nearest quotes by vector (cosine as their 2-bit codes rebuild
# it), at least this similar: the best quote for an unrelated query scores 0.14-0.23.
_VECTOR_CANDIDATES = 20
_VECTOR_FLOOR = 0.15
# A vector's similarity less this is added to a quote's word score (0 to 0.6).
_VECTOR_BASE = 0.1
# Up to this many documents the meaning resource (about 25 MB) is loaded with the
# index; above it, by the first query its own words barely find, so that a large
# corpus searched by its words never carries it.
MEANING_UP_FRONT = 20_000
# Past this many documents (the paragraphs of a very large folder) no vectors are
# made: 64 bytes each, and about 0.15 ms each to build.
MAX_VECTORS = 200_000
_loading = threading.Lock()  # one load at a time (the app searches in threads)
_loading_started = threading.Lock()


class BeyondTheWords:
    """Mixed into SearchIndex: uses its postings, items, ranks and speaker keys."""

    meaning_tried = False  # the meaning resource loaded, or found missing
    meaning_started = False  # being built in the background (start_meaning)
    meaning_error: Exception | None = None  # what stopped a background build
    vectors = None  # the meaning tier's vector per document (search/vectors.py)
    context_words = None  # the quotes' context words (search/context.py)

    def build_meaning(self) -> None:
        """Build what lies beyond the words, once: the quotes' context words, the
        meaning resource for this vocabulary and the quotes' vectors (off the
        keystroke path: with the index in its worker for a corpus of up to
        MEANING_UP_FRONT documents, else in a thread of its own, see
        start_meaning)."""
        from .context import ContextWords
        from .meaning import Meaning

        with _loading:
            if self.meaning_tried:
                return
            try:
                self.context_words = ContextWords(
                    self.items, lambda number: words_of(self.folded(number)), _context_text)
                meaning = Meaning.for_vocabulary(self.vocabulary, self.frequency)
                if meaning is not None:
                    meaning.is_name = self._is_name
                if meaning is not None and 0 < self.count <= MAX_VECTORS:
                    self.vectors = meaning.document_vectors(
                        self.items, self._word_weights,
                        lambda quote: [block for _, block in _context_blocks(quote)])
                self.meaning = meaning
            finally:
                self.meaning_tried = True
                self.meaning_built.set()
        give_back()

    def start_meaning(self) -> None:
        """Build the meaning tier in a thread of its own, once; searches go on
        without it meanwhile (their hits say ``meaning_pending``)."""
        with _loading_started:
            if self.meaning_started or self.meaning_tried:
                return
            self.meaning_started = True
        threading.Thread(target=self._build_meaning_quietly, name="meaning",
                         daemon=True).start()

    def _build_meaning_quietly(self) -> None:
        try:
            self.build_meaning()
        except Exception as error:  # noqa: BLE001 - search goes on with its words
            self.meaning_error = error

    @property
    def meaning_pending(self) -> bool:
        """The meaning tier is being built in the background."""
        return self.meaning_started and not self.meaning_built.is_set()

    def _spelled_right(self, term: str) -> bool:
        """A common English word (whole in the meaning resource's vocabulary), so not
        a typo: "prison" is not fuzzily "person"; words of like meaning find what it
        means. Without the resource every word may be a typo."""
        return self.meaning is not None and self.meaning.is_common_word(term)

    def _is_name(self, word: str) -> bool:
        """A word the documents holding it (a sample) only ever write with a capital,
        or only as a speaker's name: a name, not a meaning."""
        known = self._names.get(word)
        if known is None:
            known = self._names[word] = self._looks_like_name(word)
        return known

    def _looks_like_name(self, word: str) -> bool:
        index = self._word_index.get(word)
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

    def _take_the_rest(self, terms: tuple[str, ...], masks: list[np.ndarray],
                       form_masks: list[np.ndarray], idfs: list[float], allowed: np.ndarray,
                       every: np.ndarray, tiers: dict[int, float], chosen: list[int],
                       limit: int, wait: bool = True) -> list[tuple[str, float]]:
        """Below the rest, one ranking of the documents that hold some of the words,
        those that hold a word of like meaning ("downloads" for piracy) and those
        whose vector is near the query's (the idea in other words).

        A partial match scores the share of the query's weight it holds (rare words
        weigh more; a word matched only as a typo counts half; a word nothing holds
        weighs as the rarest), times _PARTIAL_SHARE; a related word scores its
        similarity to the query; the better of the two counts, plus the vector's
        similarity less _VECTOR_BASE. So "bittorrent" alone ranks high for
        "bittorrent film", "ending" outranks a typo-match "sense" for "final scene",
        and a quote both near in meaning and holding a word beats either alone."""
        partial = np.zeros(self.count)
        if len(masks) > 1:
            rarest = float(np.log(1 + (self.count - 0.5) / 1.5))
            weights = [idf or rarest for idf in idfs]
            for mask, forms, weight in zip(masks, form_masks, weights):
                partial += weight * (0.5 * mask + 0.5 * forms)
            partial *= _PARTIAL_SHARE / sum(weights)
            partial[~allowed | every] = 0
            partial[chosen] = 0
        # Words of like meaning are for a query its own words barely find.
        related = (self._related(terms, bool(chosen), wait) if len(chosen) < _MEANING_BELOW
                   else [])
        meaning = np.zeros(self.count)
        for word, similarity in related:  # straight from the postings: no mask per word
            holders = self.postings.holders(self._word_index[word])
            meaning[holders] = np.maximum(meaning[holders], similarity)
        meaning[~allowed] = 0
        meaning[chosen] = 0
        found = np.flatnonzero(meaning)
        if len(found) > _MAX_BY_MEANING:  # the nearest few (the earliest among equals)
            order = np.lexsort((found, -meaning[found]))
            meaning[found[order[_MAX_BY_MEANING:]]] = 0
        # One ranking: the better of the two word scores, plus how near the quote's
        # vector is (a measured blend; reciprocal rank fusion of the three did no
        # better and let two weak rankings outvote a rare word held).
        score = np.maximum(partial, meaning)
        near, similarity = self._by_vector(terms, allowed, every, chosen)
        score[near] += similarity - _VECTOR_BASE
        for number in self._by_weight(score)[: limit - len(chosen)].tolist():
            # Holding none of the words, it was found by its meaning alone.
            tiers[number] = MEANING if not partial[number] else PARTIAL
            chosen.append(number)
        return related if any(t == MEANING for t in tiers.values()) else []

    def _by_vector(self, terms: tuple[str, ...], allowed: np.ndarray, every: np.ndarray,
                   chosen: list[int]) -> tuple[np.ndarray, np.ndarray]:
        """The quotes whose vectors are nearest the query's (the meaning tier) and
        their similarity, leaving out those listed, holding every word or filtered
        out. Only the query's words that mean something are embedded: corpus words,
        common English words and other words no corpus word starts with; not names,
        nor the start of a word still being typed."""
        none = np.zeros(0, dtype=np.int64), np.zeros(0)
        if self.vectors is None or self.meaning is None:
            return none
        meant = tuple(word for word in map(self._meant, terms) if word)
        if not meant:
            return none
        numbers, similarity = self._nearest(meant)
        keep = (similarity >= _VECTOR_FLOOR) & allowed[numbers] & ~every[numbers]
        numbers, similarity = numbers[keep], similarity[keep]
        listed = set(chosen)  # a few dozen: quicker than np.isin's sort
        take = []
        for position, number in enumerate(numbers.tolist()):
            if number not in listed:
                take.append(position)
                if len(take) == _VECTOR_CANDIDATES:
                    break
        return numbers[take], similarity[take]

    def _nearest(self, meant: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
        """The quotes nearest these words, kept for the next keystrokes (typing the
        next word leaves the words embedded the same until it is whole)."""
        found = self._nearest_cache.get(meant)
        if found is None:
            if len(self._nearest_cache) > 32:
                self._nearest_cache.clear()
            query = self.vectors.query(list(meant), self.meaning.word_vector,
                                       self._word_weights)
            found = self._nearest_cache[meant] = self.vectors.nearest(query)
        return found

    def _meant(self, term: str) -> str | None:
        """The form of a query word to embed: the word if the corpus or the resource
        knows it whole, else its stem if they know that ("blames": blame), else the
        word if no corpus word starts with it (a rare word, embedded by its pieces);
        None for a name, a short word or the start of a word still being typed."""
        if len(term) < 3:
            return None
        known = lambda word: word in self._word_index or self.meaning.is_common_word(word)
        if known(term):
            meant = term
        else:
            from .index import _stem

            stem = _stem(term)
            start, end = self._range(term)
            meant = stem if len(stem) >= 3 and known(stem) else term if start == end else None
        # Checked last: it may read a few quotes' text.
        return meant if meant and not self._is_name(term) else None

    def _word_weights(self, words: list[str]) -> np.ndarray:
        """Each word's IDF among the documents (a word none holds weighs as the
        rarest): a word every quote holds says little of what one means."""
        counts = np.zeros(len(words))
        for position, word in enumerate(words):
            index = self._word_index.get(word)
            if index is not None:
                counts[position] = self.frequency[index]
        return np.log(1 + (self.count - counts + 0.5) / (counts + 0.5))

    def _related(self, terms: tuple[str, ...], found: bool,
                 wait: bool) -> list[tuple[str, float]]:
        """Words of like meaning to the query's words that are not names (a name's
        neighbours in an embedding are other names, not its meaning); closer ones
        only when the words themselves ``found`` something. The first query that
        needs them builds the meaning tier: now if ``wait``, else in the background."""
        if not self.meaning_tried:
            if wait:
                self.build_meaning()
            else:
                self.start_meaning()
                return []
        if self.meaning is None:
            return []
        from .meaning import FOUND_SIMILARITY, NOTHING_FOUND_SIMILARITY

        meant = tuple(t for t in terms if not self._is_name(t))
        floor = FOUND_SIMILARITY if found else NOTHING_FOUND_SIMILARITY
        return self.meaning.related(meant, floor) if meant else []

    def _idf(self, mask: np.ndarray) -> float:
        holding = int(np.count_nonzero(mask))
        if not holding:
            return 0.0
        return float(np.log(1 + (self.count - holding + 0.5) / (holding + 0.5)))

    def _weights(self, masks: list[np.ndarray], idfs: list[float], allowed: np.ndarray,
                 every: np.ndarray, chosen: list[int]) -> np.ndarray:
        """A BM25-style weight for each document holding some of the words (a rare
        word counts for more than a common one); 0 for the rest and those chosen."""
        score = np.zeros(self.count)
        for mask, idf in zip(masks, idfs):
            score += mask * idf
        score[~allowed | every] = 0
        score[chosen] = 0
        return score

    def _by_weight(self, score: np.ndarray) -> np.ndarray:
        """Documents with a weight, best first; among equals the better kind, then the
        earlier document."""
        candidates = np.flatnonzero(score)
        order = np.lexsort((candidates, self.ranks[candidates], -score[candidates]))
        return candidates[order]

    def _is_speaker(self, word: str) -> bool:
        """One of the words of a speaker's names or aliases."""
        if self._speaker_words is None:
            self._speaker_words = {w for key in self._distinct["speaker"][0]
                                   for w in words_of(key)}
        return word in self._speaker_words

    _speaker_words: set[str] | None = None

    def _take_context(self, masks: list[np.ndarray], forms_of: list[tuple[str, ...]],
                      score: np.ndarray, allowed: np.ndarray, every: np.ndarray,
                      tiers: dict[int, float], chosen: list[int],
                      limit: int) -> dict[int, tuple[str, str, list[tuple[int, int]]]]:
        """Quotes whose context (the question an answer replies to, or the rest of
        the quote's paragraph: "the Internet" named in the sentence before a quote
        that says "it") holds the words they do not hold themselves, those holding
        more of the words (by weight) first. With the context words built, every such
        quote is found, even for one word; before (or for paragraphs), only among
        the best-weighted quotes holding some of the words."""
        if self.context_words is not None:
            reach = allowed & ~every
            reach[chosen] = False
            for forms, mask in zip(forms_of, masks):
                # A speaker's name finds their quotes, not others' beside it.
                if not self._is_speaker(forms[0]):
                    mask = mask | self.context_words.holders(forms, self.count)
                reach &= mask
            numbers = np.flatnonzero(reach)
            candidates = numbers[np.lexsort((numbers, self.ranks[numbers], -score[numbers]))]
            candidates = candidates[: limit - len(chosen) + _CONTEXT_CHECK_LIMIT]
        elif len(masks) > 1:
            candidates = self._by_weight(score)[:_CONTEXT_CHECK_LIMIT]
        else:
            return {}
        found: dict[int, tuple[str, str, list[tuple[int, int]]]] = {}
        for number in candidates.tolist():
            item = self.items[number]
            if not isinstance(item, Quote):
                continue
            missing = [forms for forms, mask in zip(forms_of, masks) if not mask[number]]
            for label, block in _context_blocks(item):
                words = self._block_words(block)
                if all(_holds(words, forms) for forms in missing):
                    pattern = _context_pattern(tuple(missing))
                    spans = [m.span() for m in pattern.finditer(fold(block.text))]
                    found[number] = (label, block.text, merge(spans))
                    break
            if len(found) >= limit - len(chosen):
                break
        for number in found:
            tiers[number] = CONTEXT
            chosen.append(number)
        return found

    def _block_words(self, block: Block) -> list[str]:
        """A paragraph's words, sorted (a few thousand paragraphs are kept)."""
        key = id(block)
        words = self._block_cache.get(key)
        if words is None:
            if len(self._block_cache) > 2048:
                self._block_cache.clear()
            words = self._block_cache[key] = sorted(set(words_of(fold(block.text))))
        return words


def _context_text(quote: Quote) -> str:
    """The text of a quote's context: its question, if an answer, and its paragraph."""
    return "\n".join(block.text for _, block in _context_blocks(quote))


def _context_blocks(quote: Quote) -> list[tuple[str, Block]]:
    """Where a quote's context is: the question an answer replies to, then the
    quote's own paragraph."""
    found: list[tuple[str, Block]] = []
    block = quote.block
    if quote.kind is QuoteKind.ANSWER:
        blocks = quote.source.blocks
        for index in range(block.index - 1, max(-1, block.index - _QUESTION_LOOKBACK), -1):
            if blocks[index].role is Role.QUESTION:
                found.append(("question", blocks[index]))
                break
    found.append(("paragraph", block))
    return found


@lru_cache(maxsize=256)
def _context_pattern(missing: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """Every form of the missing words, as word starts (stems and words as prefixes,
    typo matches whole)."""
    parts = []
    for forms in missing:
        parts += [rf"\b{spelled(forms[0])}"] + [rf"\b{spelled(f)}" for f in forms[1:2]]
        parts += [rf"\b{spelled(f)}\b" for f in forms[2:]]
    return re.compile("|".join(sorted(set(parts), key=len, reverse=True)) or r"(?!)")


def _holds(words: list[str], forms: tuple[str, ...]) -> bool:
    """Whether sorted ``words`` hold a word starting with the word or its stem
    (``forms[:2]``), or one of its typo matches whole (``forms[2:]``)."""
    for position, form in enumerate(forms):
        index = bisect_left(words, form)
        if index < len(words) and (words[index] == form or (
                position < 2 and words[index].startswith(form))):
            return True
    return False
