"""Which quotes have a word in their context: the question an answer replies to, or
the rest of the quote's paragraph. So a one-word query finds a quote whose paragraph
names what it is about ("censorship" in the narration around “It's something you
are hit in the face with right away”), ranked below the quotes holding the word.

Word-major like the search index (search/postings.py): words numbered in
sorted order, so every word starting with a prefix is one range.
Only words a quote does not hold itself are kept.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

import numpy as np

from ..model import Quote
from .folding import fold
from .postings import Postings
from .query import words_of


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
        self.vocabulary: list[str] = sorted(ids)
        rank_of_id = np.empty(len(ids), dtype=np.int32)
        rank_of_id[[ids[w] for w in self.vocabulary]] = np.arange(len(ids), dtype=np.int32)
        ranks = rank_of_id[np.frombuffer(word_ids, dtype=np.int32)]
        self.postings = Postings(ranks, np.frombuffer(numbers, dtype=np.int32),
                                 len(ids), len(items))

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
