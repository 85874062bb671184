"""Words of like meaning, for search: `piracy` finds "downloads", `jail` "detention".

The resource is WordLlama's static token embeddings (256 dimensions), which the
``wordllama`` package ships inside its install with its tokenizer: nothing is
downloaded (WordLlama.load would try to fetch a tokenizer it looks for under another
folder name, so the shipped files are opened directly). It is loaded with the search
index, in the background, never on the start-up path; without it, search works as
before.

A query's meaning is the average of its words' embeddings; the corpus words nearest
to it (cosine) are its related words, and the quotes holding them are found below the
quotes holding the query's own words. Only the most frequent corpus words are
embedded, so memory stays bounded on a large corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

# Of the corpus's words, the most frequent (in documents) are candidates.
MAX_WORDS = 12000
_MIN_SIMILARITY = 0.2   # cosine below this is noise
_RELATIVE = 0.5         # and at least this share of the best related word's
_MAX_RELATED = 8
_WORD_RE = re.compile(r"[a-z]{3,}")
# Short function words carry no meaning of their own.
_MIN_LENGTH = 3


class Meaning:
    """Related words for a query, drawn from a corpus's vocabulary."""

    def __init__(self, model, words: list[str]) -> None:
        self._model = model
        self.words = words
        # Names are not meanings ("jen" lies near "jail" in the embedding): the index
        # says which corpus words are names.
        self.is_name = lambda word: False
        self.vectors = model.embed(words, norm=True) if words else np.zeros((0, 1))
        self._related = lru_cache(maxsize=512)(self._find)

    @classmethod
    def for_vocabulary(cls, vocabulary: list[str], frequency: np.ndarray) -> "Meaning | None":
        """Meaning over the corpus words ``vocabulary`` (``frequency``: documents
        holding each); None when the resource cannot be loaded."""
        model = load_model()
        if model is None:
            return None
        keep = [i for i, w in enumerate(vocabulary) if _WORD_RE.fullmatch(w)]
        keep.sort(key=lambda i: -int(frequency[i]))
        return cls(model, [vocabulary[i] for i in keep[:MAX_WORDS]])

    def related(self, terms: tuple[str, ...]) -> list[tuple[str, float]]:
        """Corpus words nearest in meaning to ``terms`` taken together, best first,
        leaving out the terms' own forms (which the lexical tiers find)."""
        return self._related(terms)

    def _find(self, terms: tuple[str, ...]) -> list[tuple[str, float]]:
        terms = tuple(t for t in terms if len(t) >= _MIN_LENGTH)
        if not terms or not len(self.words):
            return []
        query = self._model.embed([" ".join(terms)], norm=True)[0]
        scores = self.vectors @ query
        best = np.argsort(-scores)[: _MAX_RELATED * 4]
        found: list[tuple[str, float]] = []
        top = None
        for index in best.tolist():
            word, score = self.words[index], float(scores[index])
            if any(word.startswith(t[:max(4, len(t) - 2)]) or t.startswith(word)
                   for t in terms):
                continue  # a form of a query word: found already
            if self.is_name(word):
                continue
            top = top if top is not None else score
            if score < max(_MIN_SIMILARITY, _RELATIVE * top):
                break
            found.append((word, score))
            if len(found) == _MAX_RELATED:
                break
        return found


@lru_cache(maxsize=1)
def load_model():
    """WordLlama's shipped embeddings and tokenizer, or None if not installed."""
    try:
        from pathlib import Path

        import wordllama
        from safetensors import safe_open
        from tokenizers import Tokenizer
        from wordllama.inference import WordLlamaInference

        root = Path(wordllama.__file__).parent
        tokenizer = Tokenizer.from_file(str(root / "tokenizers" /
                                            "l2_supercat_tokenizer_config.json"))
        with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"),
                       framework="np") as weights:
            table = weights.get_tensor("embedding.weight")
        return WordLlamaInference(table, tokenizer)
    except Exception:  # noqa: BLE001 - missing or changed: search goes on without it
        return None
