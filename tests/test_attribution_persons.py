"""A he, a she or a description stands only for someone the article shows to be a
person; a guess yields to the same words cued elsewhere. Every article here is written
for these tests."""

import textwrap

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def speakers_of(tmp_path, text, words):
    return [speaker for speaker, quote in quotes_of(tmp_path, text) if words in quote]


def test_a_guessed_speaker_yields_to_the_same_words_cued_later(tmp_path):
    # The quotation set off on its own is a pull quote: the words come again later, cued.
    text = '''
        The shop on Main Street

        "We opened in 1990 with one table," said Abdul Manaf, the owner.

        Rents rose every spring after that, and the street emptied.

        "My only wish is to prove that the money was never wasted."

        The shop closed in March. Its last tenant, Hikmet Aydin, has since moved to Izmir. "My only wish is to prove that the money was never wasted," Aydin said.
        '''
    assert speakers_of(tmp_path, text, "My only wish") == ["Hikmet Aydin", "Hikmet Aydin"]
