"""The engine's shortcuts give what the patterns they stand in for give: a name's
speaker, role and gender are read from the word before it and the word after it, so a
shortcut that found another word would change who is credited with a quote."""

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from klayman_tui.corpus.extract.entities import _NEXT_WORD_RE, _next_word_match
from klayman_tui.corpus.extract.tokens import PREVIOUS_WORD_RE, previous_word

# Word characters and the marks around words, in ASCII and beyond ("é", "²", "٣" are
# word characters to the regex engine, "’" and "-" are not).
CHARACTERS = st.sampled_from(list("ab Z9_ .,;:-’'\n\t\x01()“") + ["é", "²", "٣", "\u00a0"])
PIECES = st.sampled_from(["said", " who ", ", ", "Mr. ", " (D-Calif.)", "quickly ", ", 24,",
                          ", Iowa,", " of Iowa", "it’s", "--", "x" * 90])
TEXT = st.lists(st.one_of(CHARACTERS, PIECES), max_size=40).map("".join)


def _spans(match):
    return None if match is None else (match.span(), match.span(1))


@settings(max_examples=500, deadline=None)
@given(TEXT, st.integers(0, 200), st.integers(0, 40))
def test_the_word_before_is_the_one_the_pattern_finds(text, start, reach):
    start = min(start, len(text))
    expected = PREVIOUS_WORD_RE.search(text, max(0, start - reach), start)
    assert _spans(previous_word(text, start, reach)) == _spans(expected)


def test_the_word_before_in_every_short_text():
    # Every text of up to four characters a word's edges are made of, at every position.
    for size in range(5):
        for letters in product("a_ -’.", repeat=size):
            text = "".join(letters)
            for start in range(size + 1):
                for reach in range(size + 2):
                    expected = PREVIOUS_WORD_RE.search(text, max(0, start - reach), start)
                    assert _spans(previous_word(text, start, reach)) == _spans(expected)


@settings(max_examples=500, deadline=None)
@given(TEXT, st.integers(0, 200))
def test_the_word_after_a_name_is_the_one_the_pattern_finds(text, end):
    end = min(end, len(text))
    for masked in (text, "," + text):
        assert _spans(_next_word_match(masked, end)) == _spans(_NEXT_WORD_RE.match(masked, end))


def test_an_aside_of_any_length_up_to_its_reach_is_read_past():
    # "Ann Lee, <an aside of n characters>, said": the second comma at either end of its reach
    for length in (*range(0, 4), *range(95, 106)):
        for tail in (", said", ", Iowa, said", ",said"):
            masked = "," + "x" * length + tail
            expected = _NEXT_WORD_RE.match(masked, 0)
            assert _spans(_next_word_match(masked, 0)) == _spans(expected)
