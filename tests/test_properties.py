"""Property-based: random text, bytes and quote marks never break the loader, the
quote extractor or search, and every quote is its paragraph's exact words."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import klayman_tui
from klayman_tui.corpus import Corpus
from klayman_tui.corpus.loading import parse_source
from klayman_tui.corpus.ingest.reading import UnreadableFile, decode_bytes, defuse_controls
from klayman_tui.corpus.ingest.speakers import SpeakerBook

MARKS = "“”‘’\"'«»"
PIECES = st.sampled_from([
    "“", "”", "‘", "’", '"', "'", " said Ms Jones", ", she said.", " Klayman explained. ",
    "\n", "\n\n", "AK: ", "Q: ", "A: ", "[laughs]", "[/]", "\x1b[2J", "\x07", "By Ann Lee\n",
    "Mr Smith", " according to Dr Who, ", "?", ".", "—", " ",
])
TEXT = st.lists(st.one_of(PIECES, st.text(min_size=1, max_size=12)), max_size=60).map("".join)


def check_source(text: str) -> None:
    source = parse_source("x", "x.txt", defuse_controls(text), None, SpeakerBook())
    for block in source.blocks:
        assert source.text[block.start:block.end] == block.text
    for quote in source.quotes:
        assert quote.text  # nothing empty, nothing crashes
        for start, end in quote.spans:
            part = source.text[start:end]
            assert part in quote.text
            owner = source.block_at(start)
            assert owner is not None and part in owner.text
    corpus = Corpus([source], [], SpeakerBook())
    for query in ("said", "“", "a b", '"x', "speaker:jones", text[:8]):
        for hit in corpus.search(query):
            assert all(0 <= a <= b <= len(hit.text) for a, b in hit.spans)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_quote_marks_and_cues_in_any_order(text):
    check_source(text)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text(text):
    check_source(text)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_are_refused_cleanly(data):
    try:
        decoded = decode_bytes(data)
    except UnreadableFile as error:
        assert "\n" not in str(error)
        return
    check_source(decoded.text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_search_never_fails_on_the_bundled_corpus(query):
    corpus = _bundled()
    for hit in corpus.search(query, limit=5):
        assert all(0 <= a <= b <= len(hit.text) for a, b in hit.spans)


_CORPUS = []


def _bundled():
    if not _CORPUS:
        _CORPUS.append(klayman_tui.load())
    return _CORPUS[0]
