"""How much of a query a document holds, word for word, each word held whole or by a
word of like meaning: a soft match of the query's words (the share of their weight
held, as a partial match counts it, but a word of like meaning counts for how like it
is). "educators quitting over low salaries" is half held by "we keep teachers in the
classroom" (teachers for educators) though it holds none of the words.

Each query word is held by its own forms (counting 1) or by the corpus words alike to
it alone (Meaning.alike: similarity at least ALIKE_SIMILARITY, counting their
similarity, 0.2 to 0.7 for useful ones, less for a word commoner than the query
word), in the document or, counting CONTEXT_SHARE as much, in its context (the
question it answers, its paragraph: "police union" named beside the union leader's
quote). Read from the postings, so every document is scored at once.
"""

from __future__ import annotations

import numpy as np

from .articles import ArticleWords
from .context import ContextWords
from .documents import Documents
from .terms import TermMatches

# A query word is matched, word for word, by corpus words at least this similar to it
# alone (Meaning.alike), the nearest few: 0.2 to 0.3 holds "downloading" for piracy,
# "police" for cop is 0.62; below 0.2 is noise. (0.25 and 0.3 lost "download link"
# for piracy; the news queries scored the same.)
ALIKE_SIMILARITY = 0.2
# A word held only by a document's context counts this much of what it would in the
# document's own words.
CONTEXT_SHARE = 0.7


def held_share(documents: Documents, matches: TermMatches, weights: list[float],
               alike: list[list[tuple[str, float]]],
               context_words: ContextWords | None) -> np.ndarray:
    """Each document's share of the query's weight held, word for word (0 to 1).

    ``weights``: each query word's weight; ``alike``: each one's alike corpus words
    and what they count for (``likeness``; none for a name: its own forms only)."""
    count = documents.count
    total = np.zeros(count)
    for position, (mask, forms, weight) in enumerate(zip(matches.term_masks,
                                                         matches.form_masks, weights)):
        # The word itself (a typo match counts half), as the partial match counts it.
        held = 0.5 * mask + 0.5 * forms
        # A speaker's name finds their quotes, not others' beside it.
        speaker = documents.is_speaker(matches.forms_of[position][0])
        if context_words is not None and not speaker:
            around = context_words.around(matches, position, count)
            held = np.maximum(held, CONTEXT_SHARE * around)
        if alike[position]:
            held = np.maximum(held, _alike_held(documents, context_words, alike[position]))
        total += weight * held
    return total / max(sum(weights), 1e-9)


def article_share(numbers: np.ndarray, matches: TermMatches, weights: list[float],
                  articles: ArticleWords) -> np.ndarray:
    """For each of the documents ``numbers``, the share of the query's weight that its
    article holds and it does not, each word counting as far as it is its article's
    own (ArticleWords.says: a word every article holds counts nothing). A person's
    name counts too: an article that names de Blasio is about him, whoever speaks in
    it (search/beyond.py asks this only for documents found by the rest, so a
    speaker's name never finds others' quotes)."""
    total = np.zeros(len(numbers))
    for position, (mask, weight) in enumerate(zip(matches.term_masks, weights)):
        says = articles.says(matches.forms_of[position][0], numbers)
        total += weight * says * np.logical_not(mask[numbers])
    return total / max(sum(weights), 1e-9)


def likeness(documents: Documents, words: list[str], similarity: np.ndarray,
             weight: float) -> list[tuple[str, float]]:
    """What each word alike to a query word (of IDF ``weight``) counts for: its
    similarity, less in the measure that it is commoner than the query word ("for"
    is 0.23 like "cost", but nearly every quote has it: it says little)."""
    found = []
    rarity = documents.word_weights(words) / max(weight, 1e-9)
    for word, like in zip(words, (similarity * np.minimum(rarity, 1.0)).tolist()):
        if like >= ALIKE_SIMILARITY:
            found.append((word, like))
    return found


def _alike_held(documents: Documents, context_words: ContextWords | None,
                likes: list[tuple[str, float]]) -> np.ndarray:
    """How like a query word the likest word each document holds is (0 to 1)."""
    held = np.zeros(documents.count)
    for word, like in likes:
        index = documents.word_index.get(word)
        if index is not None:
            holders = documents.postings.holders(index)
            held[holders] = np.maximum(held[holders], like)
        if context_words is not None:
            around = context_words.exact_holders(word)
            held[around] = np.maximum(held[around], CONTEXT_SHARE * like)
    return held

