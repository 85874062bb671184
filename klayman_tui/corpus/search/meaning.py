"""Words of like meaning, for search: `piracy` finds "downloads", `jail` "detention".

The resource is WordLlama's static token embeddings (256 dimensions), which the
``wordllama`` package ships inside its install with its tokenizer: nothing is
downloaded. (WordLlama.load would try to fetch a tokenizer it looks for under another
folder name, and importing the package costs 30 MB, so the shipped files are opened
directly: the tokenizer with ``tokenizers``, the table memory-mapped.) It is loaded with the search
index, in the background, never on the start-up path; without it, search works as
before.

Each query word's nearest corpus words (cosine) are the words alike to it, and the
quotes holding them are found below the quotes holding the query's own words
(search/alike.py). Only the most frequent corpus words are embedded, so memory stays
bounded on a large corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from .alike import ALIKE_SIMILARITY

# Of the corpus's words, the most frequent (in documents) are candidates.
MAX_WORDS = 8000
_RELATIVE = 0.5         # and at least this share of the likest word's similarity
_MAX_ALIKE = 24
_WORD_RE = re.compile(r"[a-z]{3,}")
# Short function words carry no meaning of their own.
_MIN_LENGTH = 3
# The corpus words' unit vectors are kept as int16, each row scaled so its largest
# value is 32,767: half of float32's memory (4 MB for 8,000 words) and the same
# similarities to 1e-5. int8 (2 MB) swapped near neighbours ("kept" before
# "journalists"), which changed hits; float16 keeps them too, but numpy converts it
# back slowly (0.7 ms a query for 900 words).
_INT_MAX = 32767
_CHUNK = 1024  # words embedded, or compared, at a time: small float32 transients


class Meaning:
    """Related words for a query, drawn from a corpus's vocabulary."""

    def __init__(self, model, words: list[str]) -> None:
        self._model = model
        self.words = words
        # Names are not meanings ("jen" lies near "jail" in the embedding): the index
        # says which corpus words are names.
        self.is_name = lambda word: False
        self.vectors = np.zeros((len(words), model.table.shape[1]), dtype=np.int16)
        self._scales = np.zeros(len(words), dtype=np.float32)  # a row's value per unit
        for start in range(0, len(words), _CHUNK):
            unit = model.embed(words[start:start + _CHUNK])
            peak = np.maximum(np.abs(unit).max(axis=1), 1e-9)
            self.vectors[start:start + len(unit)] = np.rint(unit * (_INT_MAX / peak)[:, None])
            self._scales[start:start + len(unit)] = peak / _INT_MAX
        model.release()
        self._alike = lru_cache(maxsize=512)(self._find_alike)

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

    def document_vectors(self, items: list, weight, context_parts) -> "DocumentVectors":
        """The meaning tier's vector for each of ``items`` (search/vectors.py);
        ``weight(words)``: each word's weight."""
        from .vectors import DocumentVectors

        vectors = DocumentVectors.build(items, self.word_vector, weight, context_parts)
        self._model.release()
        return vectors

    def word_vector(self, word: str) -> np.ndarray:
        """A word's vector: the sum of its tokens' rows (so its weight in a sum is
        that of its tokens, as in WordLlama's average over a text's tokens)."""
        return self._model.token_sum(word)

    def is_common_word(self, word: str) -> bool:
        """One of the resource's whole-word pieces (32,000 of them: common words)."""
        return self._model.whole(word)

    def alike(self, word: str) -> tuple[list[str], np.ndarray]:
        """The corpus words at least ALIKE_SIMILARITY similar to ``word`` alone, not
        its own forms (the words' own tiers match those), nearest first, at most
        _MAX_ALIKE, and their similarity: what a query word may be matched by, word
        for word."""
        return self._alike(word)

    def _find_alike(self, term: str) -> tuple[list[str], np.ndarray]:
        if len(term) < _MIN_LENGTH or not len(self.words):
            return [], np.zeros(0, dtype=np.float32)
        query = self._model.embed([term], norm=True)[0]
        scores = self._scales * np.concatenate([
            self.vectors[start:start + _CHUNK].astype(np.float32) @ query
            for start in range(0, len(self.vectors), _CHUNK)])
        count = min(len(scores), _MAX_ALIKE * 4)
        best = np.argpartition(-scores, count - 1)[:count]
        best = best[np.argsort(-scores[best])]
        words: list[str] = []
        found: list[float] = []
        pieces = self._model.pieces(term)
        for index in best.tolist():
            word, score = self.words[index], float(scores[index])
            if word.startswith(term[:max(4, len(term) - 2)]) or term.startswith(word):
                continue  # a form of the word: its own tiers find it
            if score < max(ALIKE_SIMILARITY, _RELATIVE * (found[0] if found else score)):
                break
            if pieces & self._model.pieces(word):
                # Near only through a shared word-piece: "right" for copyright,
                # "lawsuits" for sundance (su-nd-ance, law-su-its): spelling, not meaning.
                continue
            if self.is_name(word):  # checked last: it reads a few documents
                continue
            words.append(word)
            found.append(score)
            if len(found) == _MAX_ALIKE:
                break
        return words, np.array(found, dtype=np.float32)


class Embeddings:
    """WordLlama's token table and tokenizer, as its package ships them: a text's
    vector is the average of its tokens' rows (WordLlama's own pooling), normalised.

    The table (32,000 × 256, float16) is memory-mapped, not read: only the rows the
    corpus's words and the queries use are ever loaded, and after the vocabulary is
    embedded those pages are handed back."""

    def __init__(self, table: np.ndarray, tokenizer, mapping=None) -> None:
        self.table = table
        self.tokenizer = tokenizer
        self._mapping = mapping  # the mmap the table is a view of

    def embed(self, texts: list[str], norm: bool = True) -> np.ndarray:
        vectors = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        # One at a time: encode_batch starts a thread pool that keeps 13 MB, and is
        # slower on single words besides.
        encode = self.tokenizer.encode
        for row, text in enumerate(texts):
            ids = [i for i in encode(text, add_special_tokens=False).ids
                   if 0 <= i < len(self.table)]
            if ids:
                vectors[row] = self.table[ids].astype(np.float32).mean(axis=0)
        if norm:
            vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
        return vectors

    def token_sum(self, text: str) -> np.ndarray:
        """The sum of ``text``'s token rows (not normalised)."""
        ids = [i for i in self.tokenizer.encode(text, add_special_tokens=False).ids
               if 0 <= i < len(self.table)]
        if not ids:
            return np.zeros(self.table.shape[1], dtype=np.float32)
        return self.table[ids].astype(np.float32).sum(axis=0)

    @lru_cache(maxsize=4096)
    def pieces(self, text: str) -> frozenset[str]:
        """The word-pieces ``text`` is made of, two letters or more, wherever in a
        word they come."""
        tokens = self.tokenizer.encode(text, add_special_tokens=False).tokens
        return frozenset(p for p in (t.lstrip("\u2581") for t in tokens) if len(p) >= 2)

    @lru_cache(maxsize=4096)
    def whole(self, word: str) -> bool:
        """``word`` is one piece, a word's start: the tokenizer knows it whole."""
        return self.tokenizer.encode(word, add_special_tokens=False).tokens == ["\u2581" + word]

    def release(self) -> None:
        """Give the table's loaded pages back (they are read again if needed)."""
        import mmap

        if self._mapping is not None and hasattr(mmap, "MADV_DONTNEED"):
            self._mapping.madvise(mmap.MADV_DONTNEED)


@lru_cache(maxsize=1)
def load_model() -> Embeddings | None:
    """The shipped embeddings, or None if the package is missing or has changed.

    The package is located, not imported (importing it loads pydantic and requests,
    30 MB, for nothing used here)."""
    try:
        import json
        import mmap
        import struct
        from importlib.util import find_spec
        from pathlib import Path

        from tokenizers import Tokenizer

        spec = find_spec("wordllama")
        root = Path(next(iter(spec.submodule_search_locations)))
        tokenizer = Tokenizer.from_file(str(root / "tokenizers" /
                                            "l2_supercat_tokenizer_config.json"))
        # Its cache of 10,000 words' pieces fills while the corpus's words are embedded
        # (each once) and keeps 3 MB that no later query uses; encoding a word without
        # it takes as long.
        resize = getattr(tokenizer.model, "_resize_cache", None)
        if resize is not None:
            resize(0)
        weights = root / "weights" / "l2_supercat_256.safetensors"
        # safetensors: an 8-byte little-endian header length, a JSON header, the data.
        with weights.open("rb") as stream:
            length = struct.unpack("<Q", stream.read(8))[0]
            header = json.loads(stream.read(length))["embedding.weight"]
        if header["dtype"] != "F16" or len(header["shape"]) != 2:
            return None
        start, end = header["data_offsets"]
        rows, width = header["shape"]
        if end - start != rows * width * 2:
            return None
        with weights.open("rb") as stream:  # the mapping outlives the file object
            mapping = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        table = np.frombuffer(mapping, dtype=np.float16, count=rows * width,
                              offset=8 + length + start).reshape(rows, width)
        return Embeddings(table, tokenizer, mapping)
    except Exception:  # noqa: BLE001 - missing or changed: search goes on without it
        return None
