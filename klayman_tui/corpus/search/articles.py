"""Which articles hold a word, in any of its forms, for search: what a quote's article
is about counts for it too, below what its paragraph says and what it says itself.

"This is leverage, plainly" holds none of the words of "bargaining chip ahead of
negotiations", nor does its paragraph, but its article speaks of the negotiations:
each query word its article holds (by the word's Snowball stem, as the forms tier
matches: "negotiations" is held by "negotiating") and the quote does not adds
ARTICLE_SHARE of the word's weight in the last tier's ranking (search/alike.py,
article_share), on top of what the quote's paragraph holds. Only to a document found
by the rest (its words, its context, its vector): what its article is about ranks a
quote, and finds none alone. So the quotes of the article the query is about come
before the quotes elsewhere holding one of its commoner words, and among them their
own words and their vectors decide.

A word says what one article is about only as far as the others lack it: "is", "his"
or "china" in every one of five articles about one film says nothing of which one a
query is about, yet counted in full it lifted every quote that did not hold them
itself ("great reward" above "he's not superhuman" for "he is not invincible"). So a
word counts for the share of the articles that do not hold it (1 - held / articles:
nothing for a word every article holds, nearly all for one article's own word).
Measured on 115 labelled queries in other words (in the first three, before -> after):
47 written for this before any was searched, over the five bundled articles and 31
news articles (kept outside the repository), 25 -> 28 (the bundled articles, one
subject, 7/17 -> 10/17; the news 18/30 -> 18/30); the 18 news queries of
tests/fixtures 11 -> 12; the 50 earlier ones 32 -> 30 (two quotes moved from second
or third to fourth). Within the noise of so few queries, but the one-subject corpus
gains and no corpus loses more than one in ten.

Article-major like the context words (search/context.py): stems numbered in sorted
order, each stem's articles as postings (search/postings.py), and each document's
article as a number (the search index's own numbering of its sources): at 100,000
synthetic quotes (20,000 articles) about 3.7 MB.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left

import numpy as np

from .folding import fold
from .postings import sorted_postings
from .query import words_of
from .terms import word_stem

# A query word the quote does not hold but its article does adds this much of the
# word's weight (on top of what its paragraph holds: CONTEXT_SHARE), to a document
# found by the rest. On 50 labelled queries in other words over three corpora (sx):
# in the first three 26 -> 32, mean reciprocal rank 0.469 -> 0.517, up on each of
# the three corpora (0.3 to 0.7 within a query of it; 1.0 lost a search-dev query).
ARTICLE_SHARE = 0.4


class ArticleWords:
    """Stems -> the articles holding them, and each document's article, for the
    documents (quotes or paragraphs) of one search index."""

    def __init__(self, items: list) -> None:
        # Each document's article as a number, 0 up, in order of first appearance, by
        # the source itself (the search filter's folded key may join two ids that
        # differ only in case: "Notes" and "notes").
        number_of: dict[int, int] = {}
        self.article_of = article_of = np.fromiter(
            (number_of.setdefault(id(item.source), len(number_of)) for item in items),
            dtype=np.int32, count=len(items))
        stem_of: dict[str, int] = {}  # each distinct word's stem's id, made once
        ids: dict[str, int] = {}  # each stem's id
        stem_ids = array("i")  # each article's stems' ids, article after article
        lengths = array("i")
        for position, number in enumerate(article_of.tolist()):
            if number < len(lengths):
                continue  # its article is read
            words = set(words_of(fold(items[position].source.text)))
            for word in words - stem_of.keys():
                stem_of[word] = ids.setdefault(word_stem(word), len(ids))
            held = {stem_of[word] for word in words}
            stem_ids.extend(held)
            lengths.append(len(held))
        self.articles = articles = len(lengths)
        self.vocabulary, self.postings = sorted_postings(
            ids, stem_ids, np.repeat(np.arange(articles, dtype=np.int32),
                                     np.frombuffer(lengths, dtype=np.int32)), articles)

    def says(self, word: str, numbers: np.ndarray) -> np.ndarray:
        """How much ``word`` (in any form: its stem) says of the article of each of the
        documents ``numbers``: the share of the articles that lack it, where its
        article holds it, else 0. Only those documents are looked at: a keystroke asks
        for the few found by the rest, not for all 100,000."""
        stem = word_stem(word)
        low = bisect_left(self.vocabulary, stem)
        if low == len(self.vocabulary) or self.vocabulary[low] != stem:
            return np.zeros(len(numbers))
        lacking = 1 - int(self.postings.frequency[low]) / max(self.articles, 1)
        return lacking * self.postings.mask(low, low + 1)[self.article_of[numbers]]
