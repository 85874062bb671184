"""A query's words matched against the documents: for each word, the documents
holding it whole, as a prefix, in another form (its stem) or misspelt (a typo); and
for all the words together, the masks each lexical tier is drawn from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .documents import Documents

# A word's stem, searched as a prefix, finds its other forms: censored -> censor* finds
# "censorship", heroes -> hero* finds "heroic". Shorter stems would match too much.
_STEM_MIN_LENGTH = 4


@dataclass
class TermMatches:
    """The documents (masks, among those allowed) holding a query's words.

    ``exact``: every word whole; ``prefix``: every word as a word start; ``forms``:
    every word or its stem; ``loose``: those or a typo match; ``required``: every
    word a document must hold (all but the optional ones). Per word, in query order:
    ``term_masks`` (any form or typo), ``form_masks`` (the word or its stem) and
    ``forms_of`` (the word, its stem or the word again, then its typo matches: what a
    quote's context may hold); ``around``: the quotes whose context holds a word, by
    its position, once asked (ContextWords.around)."""

    exact: np.ndarray
    prefix: np.ndarray
    forms: np.ndarray
    loose: np.ndarray
    required: np.ndarray
    stems: list[str] = field(default_factory=list)
    typos: list[str] = field(default_factory=list)
    term_masks: list[np.ndarray] = field(default_factory=list)
    form_masks: list[np.ndarray] = field(default_factory=list)
    forms_of: list[tuple[str, ...]] = field(default_factory=list)
    around: dict[int, np.ndarray] = field(default_factory=dict)


def match_terms(documents: Documents, terms: tuple[str, ...], optional, allowed: np.ndarray,
                spelled_right) -> TermMatches:
    """Match each of ``terms`` (distinct, in query order) among the ``allowed``
    documents; ``spelled_right(word)``: a word not to read as a typo; ``optional``:
    words a document need not hold."""
    matches = TermMatches(allowed.copy(), allowed.copy(), allowed.copy(), allowed.copy(),
                          allowed.copy())
    for term in terms:
        term_prefix = documents.prefix_mask(term)
        similar = [] if spelled_right(term) else [
            w for w in documents.fuzzy_words(term) if not w.startswith(term)]
        matches.typos += similar
        term_forms = term_prefix
        stem = word_stem(term)
        if stem == term or len(stem) < _STEM_MIN_LENGTH:
            stem = term  # no other forms worth searching
        else:
            term_forms = term_prefix | documents.prefix_mask(stem)
            matches.stems.append(stem)
        matches.forms_of.append((term, stem, *similar))
        term_loose = term_forms.copy()
        for word in similar:
            term_loose |= documents.exact_mask(word)
        matches.exact &= documents.exact_mask(term)
        matches.prefix &= term_prefix
        matches.forms &= term_forms
        matches.loose &= term_loose
        matches.term_masks.append(term_loose)
        matches.form_masks.append(term_forms)
        if term not in optional:
            matches.required &= term_loose
    return matches


@lru_cache(maxsize=4096)
def word_stem(word: str) -> str:
    """The Snowball (Porter 2) English stem of a folded word."""
    return _stemmer().stemWord(word)


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer  # loaded with the index, off the start-up path

    return snowballstemmer.stemmer("english")
