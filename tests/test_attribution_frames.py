"""Each cue frame decides the shape it is named for: a sentence written in that
shape gets its speaker from that frame (the rule in the quote's evidence), so a frame
that stops matching, or is removed, fails here."""

import textwrap

import pytest

import klayman_tui
from klayman_tui.corpus.extract import frames

OPENING = "The council met on Tuesday to vote on the harbour budget.\n\n"

CASES = {
    "quote-subject-verb": ('"The harbour needs dredging now," Maria Okafor said.', "Maria Okafor"),
    "quote-verb-subject": ('"The harbour needs dredging now," said Maria Okafor.', "Maria Okafor"),
    "quote-clause-cue": ('"The harbour needs dredging now" if the boats are to dock, '
                         'said Maria Okafor.', "Maria Okafor"),
    "quote-according-to": ('"The harbour needs dredging now," according to Maria Okafor.',
                           "Maria Okafor"),
    "quote-as-put": ('"The harbour needs dredging now," as Maria Okafor put it.',
                     "Maria Okafor"),
    "quote-dash-name": ('"The harbour needs dredging now." — Maria Okafor', "Maria Okafor"),
    "quote-statement-of": ('"The harbour needs dredging now," is the blunt verdict of Maria '
                           'Okafor.', "Maria Okafor"),
    "quote-quoted-as": ('"The harbour needs dredging now," the Courier quoted Maria Okafor '
                        'as saying.', "Maria Okafor"),
    "verb-that": ('Maria Okafor said that "the harbour needs dredging now."', "Maria Okafor"),
    "according-to": ('According to Maria Okafor, "the harbour needs dredging now."',
                     "Maria Okafor"),
    "quoted-as-saying": ('The Courier quoted Maria Okafor as saying that "the harbour needs '
                         'dredging now."', "Maria Okafor"),
    "statement-of": ('The harbour is, in the words of Maria Okafor, "in need of dredging '
                     'now."', "Maria Okafor"),
    "statement-subject": ('The communique also "reaffirmed that the harbour needs dredging '
                          'now."', "communique"),
    "possessive-statement": ('Maria Okafor\'s statement that "the harbour needs dredging '
                             'now" surprised nobody.', "Maria Okafor"),
}


UNNAMED_SPEAKERS = {"statement-subject"}


def test_every_frame_has_a_case():
    assert {f.name for f in frames.AFTER + frames.BEFORE} == set(CASES)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_a_frame_decides_its_own_shape(tmp_path, rule):
    sentence, speaker = CASES[rule]
    (tmp_path / "story.txt").write_text("Harbour vote\n\n" + OPENING + sentence + "\n",
                                        encoding="utf-8")
    quotes = [q for q in klayman_tui.load([tmp_path]).sources[0].quotes
              if "dredging" in q.text]
    assert len(quotes) == 1
    assert (quotes[0].speaker, quotes[0].rule) == (speaker, rule)
    # (a statement that names no one's is marked uncertain: "communique" is no name)
    assert quotes[0].uncertain == (rule in UNNAMED_SPEAKERS)


def quotes_of(tmp_path, text):
    """The quotes of one story written with ``text``."""
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    return klayman_tui.load([tmp_path]).sources[0].quotes


def test_whose_words_a_sentence_says_stands_before_its_subject(tmp_path):
    """"Kelvinhaugh has … flats, and nearly all of them are, in the words of the project's
    lead engineer, “…”": the engineer's words, not Kelvinhaugh's, the sentence's subject."""
    quotes = quotes_of(tmp_path, (
        "Tenements\n\n“We were cold for 40 years,” says Docherty, 71, who moved into a flat in "
        "Kelvinhaugh in 1983.\n\n"
        "Kelvinhaugh has tens of thousands of pre-1919 tenement flats, most of them "
        "in mixed ownership, and nearly all of them are, in the words of the project's lead "
        "engineer, “leaky, lovely and extremely difficult”.\n"))
    assert [(q.speaker, q.rule) for q in quotes if "leaky" in q.text] == [
        ("project's lead engineer", "statement-of")]


def test_a_subject_a_relative_clause_follows_is_the_verbs(tmp_path):
    """"The family that has run the pub for half a century says …": the family, the
    noun the relative clause is about, not "century", the word before the verb."""
    quotes = quotes_of(tmp_path, (
        "Pub fight\n\nThe family that has run one of the oldest pubs for half a century says "
        "a heritage listing would leave them with a \"museum piece nobody can afford to "
        "run\", as the council prepares to hear submissions.\n"))
    assert [q.speaker for q in quotes] == ["family"]


def test_a_cue_that_tells_someone_a_clause_of_its_own_is_no_cue(tmp_path):
    """"… described the participants as “…permit.” Deputy Irina Sedykh told the news
    agency RIA Novosti that prosecutors should act": Sedykh's sentence reports words of
    its own, so the quotation before it is not hers."""
    quotes = quotes_of(tmp_path, (
        "Forum\n\nOn Sunday, a talk show on state television described the participants as "
        "\"people who have sold their homeland for a residence permit.\" State Duma deputy "
        "Irina Sedykh told the state news agency RIA Novosti that prosecutors should ban "
        "the forum.\n"))
    assert [q.speaker for q in quotes if "homeland" in q.text] != ["Irina Sedykh"]


def test_a_name_set_off_after_a_role_and_its_body_is_the_coordinated_verbs_subject(tmp_path):
    """"The Cathaoirleach of Cavan County Council, Cllr Eamon Tierney, attended the
    presentation and said Phil represented “…”": Tierney, not "Cathaoirleach"."""
    quotes = quotes_of(tmp_path, (
        "Nurse retires\n\nThe Cathaoirleach of Cavan County Council, Cllr Eamon Tierney, "
        "attended the presentation and said Phil represented \"the very best of what our "
        "health service can be.\"\n"))
    assert [q.speaker for q in quotes] == ["Eamon Tierney"]


def test_what_a_possessive_statement_was_is_its_owners(tmp_path):
    """"Gauvreau's central message, repeated several times during the news conference,
    was a simple one: “…”": Gauvreau's words, not "times" (the verb inside the aside is
    no cue of its own)."""
    quotes = quotes_of(tmp_path, (
        "Tramway\n\nPremier Stéphane Gauvreau announced the funding on Monday.\n\n"
        "Gauvreau's central message, repeated several times during the 40-minute news "
        "conference, was a simple one: \"This time, the money is on the table.\"\n"))
    assert [(q.speaker, q.rule) for q in quotes] == [("Stéphane Gauvreau", "possessive-statement")]
