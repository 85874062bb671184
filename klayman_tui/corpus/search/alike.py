"""How much of a query a document holds, word for word, each word held whole or by a
word of like meaning: a soft match of the query's words (the share of their weight
held, as a partial match counts it, but a word of like meaning counts for how like it
is). "educators quitting over low salaries" is half held by "we keep teachers in the
classroom" (teachers for educators) though it holds none of the words.

Each query word is held by its own forms (counting 1) or by the corpus words alike to
it alone (Meaning.alike: similarity at least ALIKE_SIMILARITY, counting their
similarity, 0.2 to 0.7 for useful ones), in the document or, counting CONTEXT_SHARE as
much, in its context (the question it answers, its paragraph: "police union" named
beside the union leader's quote). Read from the postings, so every document is scored
at once.
"""

from __future__ import annotations

import numpy as np

from .context import ContextWords
from .documents import Documents
from .terms import TermMatches

# A word held only by a document's context counts this much of what it would in the
# document's own words.
CONTEXT_SHARE = 0.7


def held_share(documents: Documents, matches: TermMatches, weights: list[float],
               alike: list[tuple[list[str], np.ndarray] | None],
               context_words: ContextWords | None) -> np.ndarray:
    """Each document's share of the query's weight held, word for word (0 to 1).

    ``weights``: each query word's weight; ``alike``: each one's alike corpus words
    and their similarity (None: matched by its own forms only, as a name is)."""
    count = documents.count
    total = np.zeros(count)
    for position, (mask, forms, weight) in enumerate(zip(matches.term_masks,
                                                         matches.form_masks, weights)):
        # The word itself (a typo match counts half), as the partial match counts it.
        held = 0.5 * mask + 0.5 * forms
        if context_words is not None and not documents.is_speaker(matches.forms_of[position][0]):
            around = context_words.holders(matches.forms_of[position], count)
            held = np.maximum(held, CONTEXT_SHARE * around)
        words = alike[position] if position < len(alike) else None
        if words is not None:
            held = np.maximum(held, _alike_held(documents, context_words, *words))
        total += weight * held
    return total / max(sum(weights), 1e-9)


def _alike_held(documents: Documents, context_words: ContextWords | None,
                words: list[str], similarity: np.ndarray) -> np.ndarray:
    """How like a query word the likest word each document holds is (0 to 1)."""
    held = np.zeros(documents.count)
    for word, like in zip(words, similarity.tolist()):
        index = documents.word_index.get(word)
        if index is not None:
            holders = documents.postings.holders(index)
            held[holders] = np.maximum(held[holders], like)
        if context_words is not None:
            around = context_words.exact_holders(word)
            held[around] = np.maximum(held[around], CONTEXT_SHARE * like)
    return held

