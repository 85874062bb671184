"""Who a cue's verb says spoke: the subject read past asides, titles and descriptions,
on sentences written for these tests."""

import textwrap

import pytest

import klayman_tui
from klayman_tui.corpus.extract import frames
from klayman_tui.corpus.extract.tokens import tokenize


def speaker_of(tmp_path, text, words):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    quotes = [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]
    found = [speaker for speaker, quote in quotes if words in quote]
    assert len(found) == 1, quotes
    return found[0]


def story(paragraph):
    return f'''
        Harbour plan

        The harbour board met on Tuesday to vote on the new plan.

        {paragraph}
        '''


# Two asides or more between a name and its verb: each describes the one before, and
# the name that opens the row is the speaker, not a name or a role inside an aside.
@pytest.mark.parametrize("paragraph,expected", [
    ('Nadia Ferreira, chair of the council of Harbour Watch, the group\'s lobbying arm, '
     'said the vote would "change the bay for ever."', "Nadia Ferreira"),
    ('"It will change the bay for ever," Tomas Lindqvist, the mayor of Granvik, a member '
     'of the regional assembly, said.', "Tomas Lindqvist"),
    ('"It will change the bay for ever," Orla Byrne, who farms on the hills above the '
     'old port, Kilbrack, said.', "Orla Byrne"),
    ('"It will change the bay for ever," Ruth Okonjo, 58, a retired pilot in Dunmore, '
     'Kerry, said on Wednesday.', "Ruth Okonjo"),
    ('Senator Paul Haddad, the Liberal who chairs the Harbour Committee, which oversees '
     'the board, said the plan would "change the bay for ever."', "Paul Haddad"),
])
def test_name_before_asides_in_a_row(tmp_path, paragraph, expected):
    assert speaker_of(tmp_path, story(paragraph), "the bay for ever") == expected


# One aside after a name still reads as before; a dateline is not a name opening a row.
@pytest.mark.parametrize("paragraph,expected", [
    ('"It will change the bay for ever," Orla Byrne, a farmer, said.', "Orla Byrne"),
    ('GRANVIK - Orla Byrne, a farmer, said the plan would "change the bay for ever."',
     "Orla Byrne"),
])
def test_one_aside_keeps_its_name(tmp_path, paragraph, expected):
    assert speaker_of(tmp_path, story(paragraph), "the bay for ever") == expected


# "one", "another", "a" before a run of capitals that ends the cue: an unnamed person so
# described, not nobody (which left the quote to the speaker before).
@pytest.mark.parametrize("cue,expected", [
    ("said one Kerry Republican", "Kerry Republican"),
    ("added another Kerry Republican", "Kerry Republican"),
    ("said a Kerry Republican", "Kerry Republican"),
])
def test_indefinite_description_after_the_verb(tmp_path, cue, expected):
    text = story(f'''"We have waited ten years for this," said Mayor Orla Byrne.

        "It will change the bay for ever," {cue}.''')
    assert speaker_of(tmp_path, text, "the bay for ever") == expected


# "of" phrases in a row after a name belong to it: the person, not the organisation.
@pytest.mark.parametrize("paragraph,expected", [
    ('However, as Archbishop Eamon Walsh of the Diocese of Ossory told the Kerry Times, '
     '"It will change the bay for ever."', "Eamon Walsh"),
    ('Canon Ruth Okonjo of the Cathedral of Saint Brendan said the plan would "change the '
     'bay for ever."', "Ruth Okonjo"),
])
def test_of_phrases_in_a_row_after_a_name(tmp_path, paragraph, expected):
    assert speaker_of(tmp_path, story(paragraph), "the bay for ever") == expected


# Titles joined by "and" before a name: the name, not the first title.
@pytest.mark.parametrize("cue,expected", [
    ("said former Kerry Gov. and Harbour Board Chairman Eamon Quinn", "Eamon Quinn"),
    ("said Foreign Minister and Deputy Premier Ana Duarte", "Ana Duarte"),
])
def test_titles_joined_before_a_name(tmp_path, cue, expected):
    text = story(f'"It will change the bay for ever," {cue}.')
    assert speaker_of(tmp_path, text, "the bay for ever") == expected


# A run of capitals inside a description after the verb modifies the noun after it;
# the speaker is the described person or document, not the run of capitals.
@pytest.mark.parametrize("cue,expected", [
    ("said a longtime Labour data expert", "longtime Labour data expert"),
    ("said one former Labour leadership aide", "former Labour leadership aide"),
    ("reads a Thursday editorial in the Kerry Echo", "Thursday editorial"),
    # A name that ends the phrase, words of time after it: the name.
    ("said the board's new chairman Eamon Quinn last week", "Eamon Quinn"),
])
def test_name_inside_a_description_after_the_verb(tmp_path, cue, expected):
    text = story(f'"It will change the bay for ever," {cue}.')
    assert speaker_of(tmp_path, text, "the bay for ever") == expected


# A noun phrase as a slot's subject is read to its last noun, not cut at its first word
# or at a run of capitals that modifies it.
@pytest.mark.parametrize("paragraph,expected", [
    ('"It will change the bay for ever," according to a senior harbour board official '
     'who spoke on condition of anonymity.', "senior harbour board official"),
    ('Senator Paul Haddad of Kerry spoke first. The Kerry senator sought to calm his '
     'supporters, saying the plan would "change the bay for ever."', "Paul Haddad"),
])
def test_noun_phrase_subject_read_whole(tmp_path, paragraph, expected):
    assert speaker_of(tmp_path, story(paragraph), "the bay for ever") == expected


# A dateline (a place in capitals before a dash) is not the sentence's subject.
@pytest.mark.parametrize("paragraph,expected", [
    ('GALWAY — Senator Paul Haddad on Friday attacked the plan, calling it "a change to '
     'the bay for ever."', "Paul Haddad"),
    ('GALWAY, March 3 (Reuters) — Senator Paul Haddad on Friday attacked the plan, '
     'calling it "a change to the bay for ever."', "Paul Haddad"),
])
def test_dateline_is_not_the_subject(tmp_path, paragraph, expected):
    text = f'''
        Harbour plan

        {paragraph}
        '''
    assert speaker_of(tmp_path, text, "the bay for ever") == expected


# A round-up's item: a line of text, a dash, then the name that the quotation after the
# colon is from.
def test_name_after_a_dash_before_the_colon(tmp_path):
    text = '''
        Harbour plan

        HARBOUR VOTE NEARS - Orla Byrne: "The board will vote on Friday."

        The bay has been the town's main worry for years - Ruth Okonjo: "It will change the bay for ever."
        '''
    assert speaker_of(tmp_path, text, "the bay for ever") == "Ruth Okonjo"


# A name before a role noun and a name modifies the role: the second name is the subject.
def test_name_modifying_a_role_before_the_subject(tmp_path):
    text = story('Former Haddad speechwriter Orla Byrne published a column in the Kerry '
                 'Echo, entitled "A change to the bay for ever."')
    assert speaker_of(tmp_path, text, "the bay for ever") == "Orla Byrne"


# A plural description is a group, not the last person named; a singular one (even
# ending in "s") may still be that person.
@pytest.mark.parametrize("cue,expected", [
    ("wrote the authors", "authors"),
    ("the lawyers said", "lawyers"),
    ("the actress said", "Orla Byrne"),
])
def test_plural_description_is_not_the_last_person_named(tmp_path, cue, expected):
    text = story(f'''Orla Byrne read the report to the board.

        "It will change the bay for ever," {cue}.''')
    assert speaker_of(tmp_path, text, "the bay for ever") == expected


# A description after a name whose closing comma is missing before the verb: the name,
# when it opens the clause.
def test_name_before_an_unclosed_aside(tmp_path):
    text = story('"It will change the bay for ever," Orla Byrne, the chair of the Kerry '
                 'Harbour Trust said.')
    assert speaker_of(tmp_path, text, "the bay for ever") == "Orla Byrne"


def test_name_inside_an_opening_phrase_is_not_the_subject(tmp_path):
    text = story('To Orla Byrne, the harbour trust said the plan would "change the bay '
                 'for ever."')
    assert speaker_of(tmp_path, text, "the bay for ever") != "Orla Byrne"


# A relative clause longer than an aside between a name and its verb.
def test_name_before_a_long_relative_clause(tmp_path):
    text = story('Senator Paul Haddad, who lost to Orla Byrne in the 2019 county election '
                 'and whose views then on the harbour and on other issues clashed with those '
                 'of the former mayor of the old town, described the plan during a Tuesday '
                 'interview as "a change to the bay for ever."')
    assert speaker_of(tmp_path, text, "the bay for ever") == "Paul Haddad"


# A description of a body with a capitalised word is not the last body named without it.
def test_organisation_description_keeps_its_name(tmp_path):
    text = story('''Orla Byrne filed a complaint with the Kerry Planning Board on Monday.

        "It will change the bay for ever," the Haddad campaign said.''')
    assert speaker_of(tmp_path, text, "the bay for ever") == "Haddad campaign"


# After "to" a verb has no subject after it: "to describe the Haddad administration"
# names the object, not who spoke (read on the sentence's tokens: in a whole article the
# object may or may not outscore the real speaker).
def test_infinitive_has_no_subject_after_it():
    sentence = "the man shouted, using a curse to describe the Haddad administration."
    window = tokenize(sentence, 0, len(sentence), 0, lambda start, end: [])
    verb = window.words.index("describe")
    assert window.classes[verb] == "V" and window.classes[verb - 1] == "t"
    assert frames.subjects_after(window, verb) == []
    # the same words with no "to" before the verb: the phrase after it is its subject
    inverted = "the man shouted, and describe the Haddad administration."
    window = tokenize(inverted, 0, len(inverted), 0, lambda start, end: [])
    assert frames.subjects_after(window, window.words.index("describe"))
