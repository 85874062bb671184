"""Quotation marks as real pages type them: a quotation over several paragraphs whose
paragraphs open with curly and straight marks in turn, and an opening mark typed with
a space after it following a comma. Articles written for these tests."""

import textwrap

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def test_a_quotation_runs_on_through_paragraphs_that_mix_curly_and_straight_marks(tmp_path):
    text = '''
        Pubs to close again

        Wet pubs across the country will close again after two weeks.

        VFI Chief Executive, Padraig Cribben, said: “It is impossible to overstate the impact this news will have.

        "They now join their colleagues in Donegal on Level 3 with all the uncertainty.

        “Our members face another prolonged bout of uncertainty at the worst time.”
        '''
    assert quotes_of(tmp_path, text) == [(
        "Padraig Cribben",
        "It is impossible to overstate the impact this news will have. They now join their"
        " colleagues in Donegal on Level 3 with all the uncertainty. Our members face"
        " another prolonged bout of uncertainty at the worst time.")]


def test_a_quotation_nested_at_a_paragraphs_start_does_not_carry_the_outer_one(tmp_path):
    """"\\"… ¶ “I don’t want to talk about it,” Earnest said.\\"": the curly quotation
    opening the paragraph is closed inside it, a quotation of its own with its own cue."""
    text = '''
        Administration slow to call it terror

        As the Courier reported on Friday:

        "The administration is still reluctant to call the attack an act of terrorism, citing the investigation.

        “I don’t want to talk about the situation because there is still an investigation,” Earnest said."
        '''
    found = quotes_of(tmp_path, text)
    assert ("Earnest", "I don’t want to talk about the situation because there is still"
            " an investigation") in found


def test_an_opening_mark_typed_with_a_space_after_a_comma(tmp_path):
    text = '''
        Forex motion defeated

        Finance Minister Brian Manning spoke against the motion on Tuesday.

        He added, " A devaluation will cause an increase in those costs across the board."
        '''
    assert quotes_of(tmp_path, text) == [
        ("Brian Manning", "A devaluation will cause an increase in those costs across the board.")]
