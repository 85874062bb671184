"""Who speaks when the sentence says it through a role, an aside or a second clause:
a name set off after a role and the body or place it serves, a description that stands
for someone named before, a subject of two, a verb that shares its clause's subject.
Every article here is written for these tests."""

import textwrap

import pytest

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def speakers_of(tmp_path, text, words):
    return [speaker for speaker, quote in quotes_of(tmp_path, text) if words in quote]


# A name between commas after a role and the place or body it serves is the speaker,
# not the place or the body.
@pytest.mark.parametrize("role,name", [
    ("Its resident representative in Kyiv", "Maarten de Wit"),
    ("The head of the miners' secretariat at Kompania Węglowa", "Henryk Ślęzak"),
    ("The director of the regional office in Lusaka", "Mutale Banda"),
])
def test_a_name_set_off_after_a_role_and_its_body_speaks(tmp_path, role, name):
    text = f'''
        Tariffs rise again

        The fund welcomed the decision. {role}, {name}, said in a statement that the move was "an important step toward a sound energy sector for the country."
        '''
    assert speakers_of(tmp_path, text, "important step") == [name]


# A role that a preposition joins to its body is the speaker, whatever the preposition.
@pytest.mark.parametrize("role", ["A source on the show", "An official in the ministry",
                                  "A spokeswoman with the agency"])
def test_a_role_and_its_body_is_the_role(tmp_path, role):
    text = f'''
        Star banned

        {role} said: "Everyone is gutted for him and nobody is talking about axing him."
        '''
    head = role.split()[1]
    assert speakers_of(tmp_path, text, "gutted") == [head]


def test_a_court_submission_is_a_cue(tmp_path):
    text = '''
        Bail refused

        The senior State Attorney, Ms Josephine Namatovu, told court that files were missing.

        "My Lord, this is a case involving public land worth billions of shillings," Ms Namatovu submitted.
        '''
    assert speakers_of(tmp_path, text, "public land") == ["Josephine Namatovu"]


# A description stands for the person named before who fits it: one the article quotes
# with no first name, or one given an age.
def test_a_role_stands_for_one_quoted_by_surname_alone(tmp_path):
    text = '''
        Reddick and Doyle trade blows

        About forty miles south, the former governor gave his answer.

        "I have heard her speech so many times I could give it for her," Reddick told reporters after a roundtable.

        Paul Brandenburg, a political scientist at the University of Akron, said the race would follow the top of the ticket.

        Reddick said he would prefer more debates.

        "I'd debate her every week if she'd let me," the former governor said.
        '''
    assert speakers_of(tmp_path, text, "every week") == ["Reddick"]


def test_a_description_with_an_age_stands_for_the_one_named(tmp_path):
    text = '''
        Water cut

        One of the protesters, Alejandro Cruz Mendoza, said a driver had asked him for 500 pesos.

        "This is a business for them. If you pay, you get water," the 38-year-old mechanic said.
        '''
    assert speakers_of(tmp_path, text, "business for them") == ["Alejandro Cruz Mendoza"]


def test_a_description_is_not_the_one_a_clause_inside_the_sentence_is_about(tmp_path):
    text = '''
        Trust fraud trial

        Wiremu Tawhai, 58, has pleaded not guilty. "I signed what I was given to sign," Tawhai said.

        Justice Anahera Kahukura reminded the jury that Tawhai was not required to prove anything.

        "The fact that the accused has chosen to give evidence does not change where the burden lies," the judge said.
        '''
    assert speakers_of(tmp_path, text, "burden lies") == ["Anahera Kahukura"]


def test_a_subject_of_two_is_the_one_a_pronoun_stands_for(tmp_path):
    text = '''
        Families in hotels

        Its director, Dr Gráinne Whelan, said: "There is simply nowhere for them to go."

        Louise Kinsella (31) and her three children have been living in a hotel room for 14 months.

        "The hotel staff are very good to us, I can't fault them," she said.
        '''
    assert speakers_of(tmp_path, text, "hotel staff") == ["Louise Kinsella"]


def test_a_second_verb_shares_its_clauses_subject(tmp_path):
    text = '''
        Schools row

        Mervyn Stockdale claimed that most of the schools were in the controlled sector. "This is asset-stripping," Mr Stockdale told MLAs.

        Education Minister Pádraig Ó Muirí rejected the claim as "nonsense" and accused the DUP of "playing orange and green politics with children's education".
        '''
    assert speakers_of(tmp_path, text, "orange and green") == ["Pádraig Ó Muirí"]


def test_a_name_before_its_age_and_a_relative_clause_speaks(tmp_path):
    # The clause names someone else; the age between commas is no subject either.
    text = '''
        Soap star banned

        Danny Greaves, 29, admitted drink-driving.

        Danny's mum Linda Greaves, 54, who sat in the public gallery with his younger brother Jason, said last night: "He is a good lad, he really is, and he rang me in tears."
        '''
    assert speakers_of(tmp_path, text, "good lad") == ["Linda Greaves"]


# A passive verb of speech says whose the words are with "by".
@pytest.mark.parametrize("sentence,expected", [
    ('His last production was described by one critic as "the work of a man with nothing '
     'left to prove".', "critic"),
    ('The plan was called "the work of a man with nothing left to prove" by Senator Maria '
     'Ortiz on Tuesday.', "Maria Ortiz"),
    ('The decision was described by John Okafor, a local councillor, as "the work of a man '
     'with nothing left to prove".', "John Okafor"),
    # no one: "by" is how, not who
    ('He was told by phone that it was "the work of a man with nothing left to prove".',
     "Unknown"),
])
def test_a_passive_verb_of_speech_is_its_agents(tmp_path, sentence, expected):
    text = f'''
        Lear revived

        {sentence}
        '''
    assert speakers_of(tmp_path, text, "nothing left to prove") == [expected]
