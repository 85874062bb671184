"""A cue after a quotation that ends its own sentence ("“…?” …"): the words after the
closing mark go on in lower case when the cue is the quotation's, and a new sentence
opens with a capital. Sentences written for these tests."""

import textwrap

import pytest

import klayman_tui

BEFORE = ("Senator Jane Porter spoke first about the budget at the hearing on Monday, "
          "and then she left.\n\n")
WORDS = "We should all go home now and rest before the vote"


def speaker_of(tmp_path, paragraph):
    (tmp_path / "story.txt").write_text("Test story\n\n" + BEFORE + textwrap.dedent(paragraph),
                                        encoding="utf-8")
    found = [q.speaker for q in klayman_tui.load([tmp_path]).sources[0].quotes
             if WORDS in q.text]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("paragraph,expected", [
    # The sentence goes on past "!" and "?": the cue is the quotation's, however long.
    (f'"{WORDS}, in disgrace!" the presumptive Republican nominee, Donald Trump, '
     'tweeted Sunday.', "Donald Trump"),
    (f'"{WORDS}? Are we?" the party\'s nominee, Ann Lopez, asked the crowd.', "Ann Lopez"),
    (f'"{WORDS}." the nominee, Ann Lopez, said, with a full stop where a comma goes.',
     "Ann Lopez"),
    # A new sentence after the quotation: its long cue is about something else.
    (f'"{WORDS}, in disgrace!" The new chairman, Tom Reed, said the vote would go '
     'ahead anyway.', "Jane Porter"),
])
def test_a_cue_after_a_full_stop_in_lower_case_is_the_quotations(tmp_path, paragraph,
                                                                  expected):
    assert speaker_of(tmp_path, paragraph) == expected
