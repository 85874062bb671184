"""Which quotes have a word in their context: the question an answer replies to, or
the rest of the quote's paragraph. So a one-word query finds a quote whose paragraph
names what it is about ("censorship" in the narration around “It's something you
are hit in the face with right away”), ranked below the quotes holding the word.

Word-major like the search index (search/postings.py): words numbered in
sorted order, so every word starting with a prefix is one range.
Only words a quote does not hold itself are kept.

``ContextTier`` is the search tier drawn from it: quotes holding some of the words
whose context holds the rest.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from functools import lru_cache

import numpy as np

from ..model import Block, Quote, QuoteKind, Role
from ..words.lexicon import FUNCTION_WORDS
from .documents import Documents
from .folding import fold
from .postings import sorted_postings
from .query import words_of
from .ranking import Ranking
from .terms import TermMatches
from .tiers import CONTEXT, merge, spelled

# Quotes holding some of the words whose context (the question an answer replies to,
# the rest of its paragraph) is read for the others: the best-weighted few only, so a
# keystroke stays quick at 100,000 quotes.
_CONTEXT_CHECK_LIMIT = 60
_QUESTION_LOOKBACK = 8  # paragraphs back from an answer to the question it answers
_OPENING_MARK = 2  # characters before a quotation that opens its paragraph (its mark)
_INTRODUCING = (Role.NARRATION, Role.DEK)  # paragraphs that may introduce a quotation
_TOPIC_WORD = 5  # letters of the shortest word of an introduction read (what it is about)
_BLOCKS_KEPT = 2048  # paragraphs' sorted words kept
# A paragraph longer than this (a file of one long line) is no quote's context whole:
# only the words within CONTEXT_REACH characters either side of the quote are (and of
# a question that long, its last 2 * CONTEXT_REACH). Else each of its quotes reads all
# of it: 20,000 quotes on one 1.5 MB line took minutes to index, and the index's
# thread held the app still meanwhile. News paragraphs are far shorter.
LONG_PARAGRAPH = 5_000
CONTEXT_REACH = 1_000


class ContextWords:
    """Context words -> quotes, for the documents of one search index."""

    def __init__(self, items: list, own_words, context_of) -> None:
        """``own_words(number)``: a document's own words; ``context_of(quote)``: the
        text of a quote's context."""
        ids: dict[str, int] = {}
        word_ids = array("i")
        numbers = array("i")
        for number, item in enumerate(items):
            if not isinstance(item, Quote):
                continue
            own = set(own_words(number))
            for word in set(words_of(fold(context_of(item)))) - own:
                word_ids.append(ids.setdefault(word, len(ids)))
                numbers.append(number)
        self.vocabulary, self.postings = sorted_postings(
            ids, word_ids, np.frombuffer(numbers, dtype=np.int32), len(items))

    def holders(self, forms: tuple[str, ...], count: int) -> np.ndarray:
        """A mask of the quotes whose context holds a word starting with ``forms[0]``
        or ``forms[1]`` (the word, its stem), or one of ``forms[2:]`` whole (typo
        matches), as the context check reads them."""
        mask = np.zeros(count, dtype=bool)
        for position, form in enumerate(forms):
            low = bisect_left(self.vocabulary, form)
            if position < 2:
                high = bisect_left(self.vocabulary, form + "\U0010ffff", low)
            else:
                high = low + int(low < len(self.vocabulary) and self.vocabulary[low] == form)
            if high > low:
                mask |= self.postings.mask(low, high)
        return mask

    def around(self, matches: TermMatches, position: int, count: int) -> np.ndarray:
        """The quotes whose context holds the query's word at ``position`` (as
        ``holders`` reads its forms), worked out once per search: the context tier
        and the last tier both ask (a one-letter prefix is a wide range of words)."""
        mask = matches.around.get(position)
        if mask is None:
            mask = matches.around[position] = self.holders(matches.forms_of[position], count)
        return mask

    def exact_holders(self, word: str) -> np.ndarray:
        """The quotes whose context holds ``word`` whole (their own words do not)."""
        low = bisect_left(self.vocabulary, word)
        if low < len(self.vocabulary) and self.vocabulary[low] == word:
            return self.postings.holders(low)
        return np.zeros(0, dtype=np.int64)


Context = tuple[str, str, list[tuple[int, int]]]  # where, its text, the matched ranges


class ContextTier:
    """Quotes whose context (the question an answer replies to, or the rest of the
    quote's paragraph: "the Internet" named in the sentence before a quote that says
    "it") holds the words they do not hold themselves, those holding more of the
    words (by weight) first."""

    def __init__(self, documents: Documents) -> None:
        self._documents = documents
        # Paragraphs' words, by the block and the part of it read (equal blocks are
        # one paragraph: never by id, as a compacted source makes its blocks afresh).
        self._block_cache: dict[tuple[Block, int, int], list[str]] = {}

    def take(self, context_words: ContextWords | None, matches: TermMatches,
             score: np.ndarray, allowed: np.ndarray, ranking: Ranking) -> dict[int, Context]:
        """Add the quotes found through their context to ``ranking`` and return where
        each one's other words were found. With ``context_words`` (built with the
        meaning tier) every such quote is found, even for one word; without them (or
        for paragraphs), only among the best-weighted quotes holding some of the
        words. ``score``: each document's weight by the words it holds."""
        documents, masks, forms_of = self._documents, matches.term_masks, matches.forms_of
        if context_words is not None:
            reach = allowed & ~matches.loose
            reach[ranking.chosen] = False
            for position, (forms, mask) in enumerate(zip(forms_of, masks)):
                # A speaker's name finds their quotes, not others' beside it.
                if not documents.is_speaker(forms[0]):
                    mask = mask | context_words.around(matches, position, documents.count)
                reach &= mask
            numbers = np.flatnonzero(reach)
            candidates = numbers[np.lexsort((numbers, documents.ranks[numbers],
                                             -score[numbers]))]
            candidates = candidates[: ranking.room + _CONTEXT_CHECK_LIMIT]
        elif len(masks) > 1:
            candidates = documents.by_weight(score, _CONTEXT_CHECK_LIMIT)
        else:
            return {}
        found: dict[int, Context] = {}
        for number in candidates.tolist():
            item = documents.items[number]
            if not isinstance(item, Quote):
                continue
            missing = [forms for forms, mask in zip(forms_of, masks) if not mask[number]]
            for label, where, text in context_parts(item):
                words = self._block_words(where, text)
                if all(_holds(words, forms) for forms in missing):
                    pattern = _context_pattern(tuple(missing))
                    spans = [m.span() for m in pattern.finditer(fold(text))]
                    found[number] = (label, text, merge(spans))
                    break
            if len(found) >= ranking.room:
                break
        for number in found:
            ranking.add(number, CONTEXT)
        return found

    def _block_words(self, where: tuple[Block, int, int], text: str) -> list[str]:
        """The words of ``text``, the part ``where`` of a paragraph, sorted (a few
        thousand are kept)."""
        words = self._block_cache.get(where)
        if words is None:
            if len(self._block_cache) > _BLOCKS_KEPT:
                self._block_cache.clear()
            words = self._block_cache[where] = sorted(set(words_of(fold(text))))
        return words


def context_text(quote: Quote) -> str:
    """The text of a quote's context: its question, if an answer, or its introduction's
    words for what it is about (its longer words, not "for", "very", "said"), and its
    paragraph."""
    return "\n".join(
        " ".join(w for w in words_of(fold(excerpt))
                 if len(w) >= _TOPIC_WORD and w not in FUNCTION_WORDS)
        if label == "introduction" else excerpt for label, _, excerpt in context_parts(quote))


ContextPart = tuple[str, tuple[Block, int, int], str]  # where, (paragraph, start, end), text


def context_parts(quote: Quote) -> list[ContextPart]:
    """What of each paragraph of a quote's context (``context_blocks``) is read: the
    whole paragraph, or of a LONG_PARAGRAPH the stretch around the quote, as (where,
    (the paragraph, start, end: offsets in it), that text)."""
    parts: list[ContextPart] = []
    for label, block in context_blocks(quote):
        length = block.end - block.start  # (not len(block.text): a copy of it)
        start, end = 0, length
        if length > LONG_PARAGRAPH:
            if block is quote.block or block == quote.block:
                spans = quote.spans
                start = max(0, spans[0][0] - block.start - CONTEXT_REACH)
                end = min(length, spans[-1][1] - block.start + CONTEXT_REACH)
            else:
                start = length - 2 * CONTEXT_REACH
        if label == "introduction":
            # (its last sentence, the one leading into the quotation)
            start = max(start, _last_sentence_start(block.source.text, block.start + start,
                                                    block.start + end) - block.start)
        text = block.source.text[block.start + start:block.start + end]
        parts.append((label, (block, start, end), text))
    return parts


def context_blocks(quote: Quote) -> list[tuple[str, Block]]:
    """Where a quote's context is: the question an answer replies to, or the narration
    right before a quotation that opens its paragraph (its introduction: "… said a
    CC-130J Hercules aircraft has been positioned in Yellowknife." ¶ "“If the road is
    cut, we can have that aircraft on the ground …,” Beaulieu said."), then the quote's
    own paragraph."""
    found: list[tuple[str, Block]] = []
    block = quote.block
    blocks = quote.source.blocks
    if quote.kind is QuoteKind.ANSWER:
        for index in range(block.index - 1, max(-1, block.index - _QUESTION_LOOKBACK), -1):
            if blocks[index].role is Role.QUESTION:
                found.append(("question", blocks[index]))
                break
    elif block.index and quote.spans[0][0] - block.start <= _OPENING_MARK and (
            blocks[block.index - 1].role in _INTRODUCING) and not _holds_a_quotation(
                blocks[block.index - 1]):
        # (narration only, a word or two in marks at most: a paragraph of another's
        # words is no introduction to the next)
        found.append(("introduction", blocks[block.index - 1]))
    found.append(("paragraph", block))
    return found


# A sentence's end, then the next one's start.
_SENTENCE_BREAK_RE = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"‘])")


def _last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of ``text[start:end]`` starts."""
    found = start
    for match in _SENTENCE_BREAK_RE.finditer(text, start, end):
        found = match.end()
    return found


# A quotation of a few words or more: a paragraph holding one speaks for itself.
_QUOTATION_RE = re.compile(r"[“\"‘][^”\"’\n]{25,}[”\"’]")


def _holds_a_quotation(block: Block) -> bool:
    text = block.source.text
    end = min(block.end, block.start + LONG_PARAGRAPH)
    return _QUOTATION_RE.search(text, block.start, end) is not None


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
