"""The search engine behind the search bar and ``klayman-tui search``: one index per
corpus and scope, composed of its parts.

``Documents`` (search/documents.py) holds the documents and their words' postings;
a query's words are matched against them (search/terms.py) and each tier adds its
documents to a ``Ranking`` (search/ranking.py) below the last, best first: the
phrase, the words whole, as prefixes, in other forms, misspelt; then the quotes whose
context holds the other words (``ContextTier``, search/context.py); then one ranking
of partial and meaning matches (``BeyondTheWords``, search/beyond.py).
"""

from __future__ import annotations

import numpy as np

from ..model import Quote, QuoteKind, Role
from .beyond import BeyondTheWords
from .context import Context, ContextTier
from .documents import Document, Documents
from .folding import fold
from .query import Query, parse_query
from .ranking import REFINE_LIMIT, Ranking
from .results import Hit, SearchResult
from .terms import TermMatches, match_terms
from .tiers import (CONTEXT, FORMS, FUZZY, MEANING, PARTIAL, PHRASE, PREFIXES, TIER_NAMES,
                    WORDS, Highlight, highlight_pattern)

__all__ = ["Hit", "SearchIndex", "SearchResult"]

_KIND_RANK = {QuoteKind.ANSWER: 0, QuoteKind.DIRECT: 0, QuoteKind.FRAGMENT: 1,
              QuoteKind.QUESTION: 2}
_ROLE_RANK = {Role.ANSWER: 0, Role.NARRATION: 0, Role.QUESTION: 1, Role.DEK: 1,
              Role.HEADLINE: 1, Role.HEADING: 2, Role.CAPTION: 2, Role.BYLINE: 3,
              Role.COMMENT: 3, Role.BOILERPLATE: 4}
# Past this many candidates in one tier the phrase check looks at the best-ranked only.
_PHRASE_CHECK_LIMIT = 1500


class SearchIndex:
    """Words-to-documents index over quotes (or paragraphs) of one corpus."""

    def __init__(self, docs: list[Document]):
        self.documents = Documents(docs)
        self.count = self.documents.count
        self.beyond = BeyondTheWords(self.documents)
        self._context = ContextTier(self.documents)

    @classmethod
    def for_corpus(cls, corpus, scope: str = "quotes") -> "SearchIndex":
        docs: list[Document] = []
        if scope == "paragraphs":
            for source in corpus.sources:
                source_key = fold(f"{source.id} {source.metadata.outlet or ''}")
                speakers = {q.paragraph: q.speaker for q in source.quotes
                            if q.kind in (QuoteKind.ANSWER, QuoteKind.QUESTION)}
                for block in source.blocks:
                    speaker = speakers.get(block.index, "")
                    docs.append(Document(block,
                                         _speaker_key(corpus, speaker) if speaker else "",
                                         source_key, _ROLE_RANK.get(block.role, 2)))
        else:
            speaker_keys: dict[str, str] = {}
            for source in corpus.sources:
                source_key = fold(f"{source.id} {source.metadata.outlet or ''}")
                for quote in source.quotes:
                    key = speaker_keys.get(quote.speaker)
                    if key is None:
                        key = speaker_keys[quote.speaker] = _speaker_key(corpus, quote.speaker)
                    docs.append(Document(quote, key, source_key, _KIND_RANK[quote.kind]))
        return cls(docs)

    def search(self, raw: str, limit: int = 50, wait: bool = True) -> SearchResult:
        """Hits for ``raw``, best first; an empty query returns nothing.
        ``.total`` says how many documents match in all (``limit`` or not). If the
        meaning tier is not built yet, ``wait`` builds it first; otherwise it is
        built in the background and the result says ``meaning_pending``."""
        query = parse_query(raw)
        if query.empty or limit <= 0 or self.count == 0:
            return SearchResult()
        allowed = np.ones(self.count, dtype=bool)
        for key, value in query.filters.items():
            allowed &= self.documents.filter_mask(key, value)
        if not query.terms:
            return self._filtered(allowed, limit)
        terms = tuple(dict.fromkeys(query.terms))
        matches = match_terms(self.documents, terms, query.optional, allowed,
                              self.beyond.spelled_right)
        ranking = Ranking(self.documents, terms, limit)
        phrases = list(query.phrases)
        if not phrases and len(query.terms) > 1:
            phrases = [query.free_text]  # the words typed together, preferred side by side
        pattern = highlight_pattern(tuple(phrases), terms + tuple(matches.stems),
                                    tuple(matches.typos))
        if phrases:
            holding = self._take_phrases(query, phrases, matches, ranking)
            if query.phrases:  # a quoted phrase is a requirement, not a preference
                # Each holds the phrase, so every word.
                return self._result(ranking, pattern, total=holding, every_word=holding)
        total = self._take_words(query, matches, ranking)
        has_every_word = any(tier != PARTIAL for tier in ranking.tiers.values())
        contexts: dict[int, Context] = {}
        related: list[tuple[str, float]] = []
        if not ranking.full:
            idfs = [self.documents.idf(mask) for mask in matches.term_masks]
            contexts = self._context.take(self.beyond.context_words, matches,
                                          self._weights(matches, idfs, allowed, ranking),
                                          allowed, ranking)
            if not ranking.full:
                related = self.beyond.take_the_rest(terms, matches, idfs, allowed, ranking,
                                                    wait)
        words = tuple(w for w, _ in related)
        return self._result(ranking, pattern, total=total,
                            every_word=total if has_every_word else 0,
                            contexts=contexts, related=words,
                            related_pattern=highlight_pattern((), (), words),
                            meaning_pending=self.beyond.pending)

    # -- the steps of a search --------------------------------------------------------

    def _filtered(self, allowed: np.ndarray, limit: int) -> SearchResult:
        """Filters alone: every document they allow matches all there is."""
        numbers = np.flatnonzero(allowed)
        ranking = Ranking(self.documents, (), limit)
        for number in numbers[:limit].tolist():
            ranking.add(number, PREFIXES)
        return self._result(ranking, None, total=len(numbers), every_word=len(numbers))

    def _take_phrases(self, query: Query, phrases: list[str], matches: TermMatches,
                      ranking: Ranking) -> int:
        """The documents holding the phrases (and so every word as a prefix), into
        the phrase tier; returns how many were found. A quoted phrase is required:
        checked widely. The words typed together are only preferred side by side:
        checked in the window where the other refinements apply (each check reads a
        quote's text, the costliest step of a keystroke at 100,000 quotes)."""
        window = _PHRASE_CHECK_LIMIT if query.phrases else REFINE_LIMIT
        folded = self.documents.folded
        checked = np.flatnonzero(matches.prefix)[:window].tolist()
        if len(phrases) == 1:  # the usual case, without a generator per document
            phrase = phrases[0]
            holding = [n for n in checked if phrase in folded(n)]
        else:
            holding = [n for n in checked if all(p in folded(n) for p in phrases)]
        ranking.take(np.asarray(holding, dtype=np.int64), PHRASE)
        return len(holding)

    def _take_words(self, query: Query, matches: TermMatches, ranking: Ranking) -> int:
        """The lexical tiers, best first: every word whole, as prefixes, in another
        form, with a typo; if none and some words are optional ("self-censorship"
        has "censorship" whole), the documents holding the required ones, last.
        Returns how many match in all."""
        for mask, tier in ((matches.exact, WORDS), (matches.prefix & ~matches.exact, PREFIXES),
                           (matches.forms & ~matches.prefix, FORMS),
                           (matches.loose & ~matches.forms, FUZZY)):
            if ranking.full:
                break
            ranking.take(np.flatnonzero(mask), tier)
        if not ranking.chosen and query.optional:
            ranking.take(np.flatnonzero(matches.required), PARTIAL)
            return int(np.count_nonzero(matches.required))
        return int(np.count_nonzero(matches.loose))

    def _weights(self, matches: TermMatches, idfs: list[float], allowed: np.ndarray,
                 ranking: Ranking) -> np.ndarray:
        """A BM25-style weight for each document holding some of the words (a rare
        word counts for more than a common one); 0 for the rest and those chosen."""
        score = np.zeros(self.count)
        for mask, idf in zip(matches.term_masks, idfs):
            score += mask * idf
        score[~allowed | matches.loose] = 0
        score[ranking.chosen] = 0
        return score

    def _result(self, ranking: Ranking, pattern: Highlight | None, total: int,
                every_word: int, contexts: dict[int, Context] | None = None,
                related: tuple[str, ...] = (), related_pattern: Highlight | None = None,
                meaning_pending: bool = False) -> SearchResult:
        """The chosen documents as hits, with their matches marked."""
        documents, tiers, contexts = self.documents, ranking.tiers, contexts or {}
        hits = []
        for number in ranking.chosen:
            item = documents.items[number]
            tier = tiers[number]
            shown = related_pattern if tier == MEANING else pattern
            spans = shown.spans(documents.folded(number)) if shown else []
            quote = item if isinstance(item, Quote) else None
            block = item.block if quote else item
            hits.append(Hit(quote, block, block.source, item.text,
                            # Meaning and partial hits are one ranking: one score base.
                            (PARTIAL if tier == MEANING else tier)
                            - 0.01 * int(documents.ranks[number]), spans,
                            TIER_NAMES[tier], contexts.get(number)))
        # How many matched the words themselves (context, meaning and some-word hits
        # are counted apart).
        own = sum(1 for n in ranking.chosen if tiers[n] not in (CONTEXT, MEANING, PARTIAL))
        return SearchResult(
            tuple(hits), total=max(total, own) if own else max(total, len(hits)),
            every_word=every_word, in_context=len(contexts), related=related,
            by_meaning=sum(1 for n in ranking.chosen if tiers[n] == MEANING),
            meaning_pending=meaning_pending)


def _speaker_key(corpus, speaker: str) -> str:
    aliases = corpus.speakers.aliases(speaker) if corpus.speakers.resolve(speaker) else []
    return fold(" | ".join([speaker, *aliases]))
