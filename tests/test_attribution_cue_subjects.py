"""Who a cue's verb says spoke: the subject read past asides, titles, datelines and
descriptions, on sentences written for these tests. Each row names the class of error
it guards; each fails without the change that reads its class, except the rows that
keep what was already read right ("one aside", "said a …", "the actress said")."""

import textwrap

import pytest

import klayman_tui
from klayman_tui.corpus.extract import frames
from klayman_tui.corpus.extract.tokens import tokenize

QUOTE = "the bay for ever"
OPENING = "The harbour board met on Tuesday to vote on the new plan."


def speaker_of(tmp_path, *paragraphs):
    text = "\n\n".join(("Harbour plan",) + paragraphs)
    (tmp_path / "story.txt").write_text(textwrap.dedent(text), encoding="utf-8")
    quotes = [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]
    found = [speaker for speaker, quote in quotes if QUOTE in quote]
    assert len(found) == 1, quotes
    return found[0]


# A paragraph after the opening one, and who said "… the bay for ever".
PARAGRAPHS = {
    # Two asides or more between a name and its verb: each describes the one before.
    "asides in a row": [
        ('Nadia Ferreira, chair of the council of Harbour Watch, the group\'s lobbying '
         'arm, said the vote would "change the bay for ever."', "Nadia Ferreira"),
        ('"It will change the bay for ever," Tomas Lindqvist, the mayor of Granvik, a '
         'member of the regional assembly, said.', "Tomas Lindqvist"),
        ('"It will change the bay for ever," Orla Byrne, who farms on the hills above '
         'the old port, Kilbrack, said.', "Orla Byrne"),
        ('"It will change the bay for ever," Ruth Okonjo, 58, a retired pilot in '
         'Dunmore, Kerry, said on Wednesday.', "Ruth Okonjo"),
        ('Senator Paul Haddad, the Liberal who chairs the Harbour Committee, which '
         'oversees the board, said the plan would "change the bay for ever."',
         "Paul Haddad"),
        # A party and home town in AP style ("D-Jackson") is an aside, not a name.
        ('State Sen. Lorene Hatchett, D-Granvik, whose district includes the port, called '
         'the plan "a change to the bay for ever" and said she would vote no.',
         "Lorene Hatchett"),
    ],
    # One aside, and a dateline before a name and its aside, read as before.
    "one aside": [
        ('"It will change the bay for ever," Orla Byrne, a farmer, said.', "Orla Byrne"),
        ('GRANVIK - Orla Byrne, a farmer, said the plan would "change the bay for ever."',
         "Orla Byrne"),
    ],
    # "of" phrases in a row after a name belong to it.
    "of phrases": [
        ('However, as Archbishop Eamon Walsh of the Diocese of Ossory told the Kerry '
         'Times, "It will change the bay for ever."', "Eamon Walsh"),
        ('Canon Ruth Okonjo of the Cathedral of Saint Brendan said the plan would "change '
         'the bay for ever."', "Ruth Okonjo"),
    ],
    # A slot's noun phrase read to its last noun, not cut at its first word or at a
    # run of capitals that modifies it.
    "noun phrase": [
        ('"It will change the bay for ever," according to a senior harbour board '
         'official who spoke on condition of anonymity.', "senior harbour board official"),
        # Its modifiers capitalised, before the body it is in ("A senior Iraqi official
        # in the delegation, who …, told …"): the official, not the delegation.
        ('A senior Kerry official in the delegation, who asked not to be named, told '
         'reporters that the plan would "change the bay for ever."',
         "senior Kerry official, delegation"),
        # A modal and an adverb end the noun phrase: the speaker was cited as "shocked
        # State Department experts somehow cannot".
        ('Our harbour board experts somehow cannot explain why the plan would "change '
         'the bay for ever."', "harbour board experts"),
        ('Senator Paul Haddad of Kerry spoke first. The Kerry senator sought to calm his '
         'supporters, saying the plan would "change the bay for ever."', "Paul Haddad"),
        # Capitalised with its place ("the Kerry TD", "the Strangford MLA"): a role still.
        ('Labour housing spokesman Paul Haddad spoke first. "It will change the bay for '
         'ever," the Kerry TD said.', "Paul Haddad"),
    ],
    # What an unnamed speaker knows of is no subject: "a source close to the talks".
    "close to, familiar with": [
        ('A harbour official familiar with the talks, who spoke on condition of '
         'anonymity, said the plan would "change the bay for ever."', "harbour official"),
        ('A source close to the board said the plan would "change the bay for ever."',
         "source"),
    ],
    # A name before a role noun and a name modifies the role.
    "name modifying a role": [
        ('Former Haddad speechwriter Orla Byrne published a column in the Kerry Echo, '
         'entitled "A change to the bay for ever."', "Orla Byrne"),
    ],
    # A description whose closing comma is missing before the verb: the name before
    # it, when that name opens the clause.
    "unclosed aside": [
        ('"It will change the bay for ever," Orla Byrne, the chair of the Kerry Harbour '
         'Trust said.', "Orla Byrne"),
    ],
    # A relative clause longer than an aside between a name and its verb.
    "long relative clause": [
        ('Senator Paul Haddad, who lost to Orla Byrne in the 2019 county election and '
         'whose views then on the harbour and on other issues clashed with those of the '
         'former mayor of the old town, described the plan during a Tuesday interview as '
         '"a change to the bay for ever."', "Paul Haddad"),
    ],
    # Words of time between a subject and its verb ("The ministry on Tuesday said"):
    # passed over, never the subject themselves ("week", "ministry week").
    "time before the verb": [
        ('The harbour board on Tuesday said the plan would "change the bay for ever."',
         "harbour board"),
        ('The royal commission this week described the plan as one that would "change '
         'the bay for ever."', "royal commission"),
        ('Nadia Ferreira earlier this month said the plan would "change the bay for '
         'ever."', "Nadia Ferreira"),
        ('The ministry late Tuesday said the plan would "change the bay for ever."',
         "ministry"),
        # and a year after "in" ("An Ofsted report in 1996 described")
        ('A council report in 1996 described the plan as one that would "change the bay '
         'for ever."', "council report"),
    ],
    # A word of speech right after an inverted verb and before a role is the role's own
    # ("says charge nurse Tamika Reyes"), no second verb.
    "role after an inverted verb": [
        ('"It will change the bay for ever," says charge nurse Tamika Reyes, who has '
         'worked at the port clinic since 2004.', "Tamika Reyes"),
    ],
}


@pytest.mark.parametrize("paragraph,expected", [
    pytest.param(paragraph, expected, id=f"{kind}-{n}")
    for kind, rows in PARAGRAPHS.items() for n, (paragraph, expected) in enumerate(rows)])
def test_subject_of_the_cue(tmp_path, paragraph, expected):
    assert speaker_of(tmp_path, OPENING, paragraph) == expected


# Cues after “It will change the bay for ever,”, and the speaker, with the paragraph
# before it.
CUES = {
    # "one", "another", "a" before a run of capitals that ends the cue: an unnamed
    # person so described, not nobody (the quote went to the speaker before).
    "indefinite description": [
        ("said one Kerry Republican", "Kerry Republican"),
        ("added another Kerry Republican", "Kerry Republican"),
        ("said a Kerry Republican", "Kerry Republican"),
    ],
    # Titles joined by "and" before a name: the name, not the first title.
    "joined titles": [
        ("said former Kerry Gov. and Harbour Board Chairman Eamon Quinn", "Eamon Quinn"),
        ("said Foreign Minister and Deputy Premier Ana Duarte", "Ana Duarte"),
    ],
    # A run of capitals inside a description after the verb modifies the noun after
    # it; a name that ends the phrase, words of time after it, is the name.
    "name inside a description": [
        ("said a longtime Labour data expert", "longtime Labour data expert"),
        ("said one former Labour leadership aide", "former Labour leadership aide"),
        ("reads a Thursday editorial in the Kerry Echo", "Thursday editorial"),
        ("said the board's new chairman Eamon Quinn last week", "Eamon Quinn"),
    ],
    # A show named for a day and its part ("Saturday Night Live") is named whole, and is
    # nobody's name: the day is not a word of time before a person ("Night Live").
    "a day's show": [
        ("a spokeswoman for Sunday Morning Kerry said", "spokeswoman, Sunday Morning Kerry"),
        ("a spokeswoman for Saturday Night Harbour said", "spokeswoman, Saturday Night Harbour"),
    ],
    # A middle initial is a name's, not the article "A" that makes a run a title.
    "middle initial": [
        ("said Eamon A. Quinn", "Eamon A. Quinn"),
    ],
    # A role after the verb keeps the body it serves, as it does before the verb.
    "role of a body": [
        ("said a spokeswoman for the Kerry Harbour Trust", "spokeswoman, Kerry Harbour Trust"),
        ("a spokeswoman for the Kerry Harbour Trust said", "spokeswoman, Kerry Harbour Trust"),
    ],
    # A relative clause between the name and its verb after the quotation: the name is
    # the verb's subject in the quotation's own sentence, not a clause's cue that the
    # previous paragraph's speaker outweighs.
    "relative clause": [
        ("Nnamdi Okafor, who chairs the residents group, told reporters", "Nnamdi Okafor"),
        ("the harbour trust, which owns the old port, said", "harbour trust"),
    ],
    # A plural description is a group, not the last person named; a singular one in
    # -ss may still be that person.
    "plural description": [
        ("wrote the authors", "authors"),
        ("the lawyers said", "lawyers"),
        ("the actress said", "Orla Byrne"),
    ],
}


@pytest.mark.parametrize("cue,expected", [
    pytest.param(cue, expected, id=f"{kind}-{n}")
    for kind, rows in CUES.items() for n, (cue, expected) in enumerate(rows)])
def test_cue_after_the_quotation(tmp_path, cue, expected):
    before = '"We have waited ten years for this," said Mayor Orla Byrne.'
    quote = f'"It will change the bay for ever," {cue}.'
    assert speaker_of(tmp_path, OPENING, before, quote) == expected


# A dateline (a place in capitals before a dash) is not the sentence's subject.
@pytest.mark.parametrize("dateline", ["GALWAY —", "GALWAY, March 3 (Reuters) —"])
def test_dateline_is_not_the_subject(tmp_path, dateline):
    paragraph = (f'{dateline} Senator Paul Haddad on Friday attacked the plan, calling it '
                 '"a change to the bay for ever."')
    assert speaker_of(tmp_path, paragraph) == "Paul Haddad"


# A round-up's item: a line of text, a dash, then the name the quotation after the
# colon is from.
def test_name_after_a_dash_before_the_colon(tmp_path):
    assert speaker_of(
        tmp_path, 'HARBOUR VOTE NEARS - Orla Byrne: "The board will vote on Friday."',
        "The bay has been the town's main worry for years - Ruth Okonjo: "
        '"It will change the bay for ever."') == "Ruth Okonjo"


# A name inside an opening phrase is not the subject of an unclosed aside after it.
def test_name_inside_an_opening_phrase_is_not_the_subject(tmp_path):
    paragraph = 'To Orla Byrne, the harbour trust said the plan would "change the bay for ever."'
    assert speaker_of(tmp_path, OPENING, paragraph) != "Orla Byrne"


# A description of a body with a capitalised word is not the last body named without it.
def test_organisation_description_keeps_its_name(tmp_path):
    assert speaker_of(
        tmp_path, "Orla Byrne filed a complaint with the Kerry Planning Board on Monday.",
        '"It will change the bay for ever," the Haddad campaign said.') == "Haddad campaign"


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


# "the ministry said": the body last named whose name has the noun, not a place or
# another body named since.
def test_definite_body_is_the_one_its_noun_names(tmp_path):
    named = ("In a statement, the Ministry of Fisheries said it would look for new "
             "buyers in the Middle East and in Asia.")
    quote = '"We will not let the bay for ever be closed to our boats," the ministry said.'
    assert speaker_of(tmp_path, OPENING, named, quote) == "Ministry of Fisheries"


# "the city said", "the district said": a city, a county, a school district speak as
# bodies do, never as the person named since.
@pytest.mark.parametrize("named, noun, expected", [
    ("The City of Granvik said on Monday that the bay would reopen.", "city",
     "City of Granvik"),
    ("The Granvik Education Board said on Monday that counsellors would be available.",
     "district", "Granvik Education Board"),
])
def test_a_city_or_a_district_is_the_body_named(tmp_path, named, noun, expected):
    person = "Angela Reed said her son had swum in the bay every summer."
    quote = f'"We will not let the bay for ever be closed to our boats," the {noun} said.'
    assert speaker_of(tmp_path, OPENING, named, person, quote) == expected


# "the group wrote": the body an aside called a group, not the body named last.
def test_a_definite_body_is_the_one_an_aside_called_so(tmp_path):
    named = ("Voices of the Quay, the volunteer group that organised the protest, said in "
             "a post that the vote was a win and urged supporters to write to the Granvik "
             "City Council.")
    quote = '"We will not let the bay for ever be closed to our boats," the group wrote.'
    assert speaker_of(tmp_path, OPENING, named, quote) == "Voices of the Quay"


# A person "of" a body the aside describes stays the person.
def test_a_person_of_a_body_an_aside_describes_is_the_person(tmp_path):
    paragraph = ('Tomas Berg of Granvik Marine, the shipping company, said the plan would '
                 '"change the bay for ever."')
    assert speaker_of(tmp_path, OPENING, paragraph) == "Tomas Berg"


# "in an Instagram post that …": after "a" and a name, "post" is a noun, not a speech
# verb whose subject is the name.
def test_a_post_after_a_and_a_name_is_no_verb(tmp_path):
    paragraph = ('Voices of the Quay, the volunteer group that organised the protest, said '
                 'in an Instagram post that the plan would "change the bay for ever."')
    assert speaker_of(tmp_path, OPENING, paragraph) == "Voices of the Quay"


# "the statement said": whose statement, as the sentence with "a statement" named them;
# still the statement when no sentence did.
@pytest.mark.parametrize("named, expected", [
    ("The Granvik Harbour Trust said in a statement that it was studying the plan.",
     "statement, Granvik Harbour Trust"),
    ("In an emailed statement on Friday, the Granvik Harbour Trust said it was "
     "studying the plan.", "statement, Granvik Harbour Trust"),
    ("The plan was published on Friday.", "statement"),
    # from a body a nationality and its noun name, not the nationality
    ("According to a statement from the Norwegian military, troops studied the plan.",
     "statement, Norwegian military"),
    # Who provided it, not the paper that reported so; not a body it was sent to.
    ("The Granvik Gazette said Ruth Okonjo provided a written statement to the paper.",
     "statement, Ruth Okonjo"),
    ("The trust, in a statement signed by its Director of Works, Ade Bello, said it was "
     "studying the plan.", "statement"),
    # Sent in other words: "In an email, …" then "the statement said".
    ("In an email, the Granvik Harbour Trust said it was studying the plan.",
     "statement, Granvik Harbour Trust"),
    # A name set off by commas before the verb; any verb of speech; and else the
    # sentence's subject, whatever it did in the statement.
    ("Reacting in a statement on Thursday, the Minister of Works, Chief Bola Adeyemi, "
     "said the plan was sound.", "statement, Bola Adeyemi"),
    ("The harbour master, Tomas Berg, disclosed this in a statement on Friday.",
     "statement, Tomas Berg"),
    ("In a statement signed by its chairman, the Granvik Harbour Trust defended the plan.",
     "statement, Granvik Harbour Trust"),
    # a he opening the sentence, for the one named before it
    ("Harbour owner Tomas Berg did not speak to reporters. In a statement released by "
     "the trust, he backed the plan.", "statement, Tomas Berg"),
])
def test_the_statement_is_whose_statement(tmp_path, named, expected):
    quote = '"The plan would change the bay for ever," the statement said.'
    assert speaker_of(tmp_path, OPENING, named, quote) == expected


# "the letter said" is a letter's words, not those of whoever spoke in a statement.
@pytest.mark.parametrize("named, expected", [
    # "said on social media": a post, whose words "the post said" then are; a place
    # before a body's noun is the body's ("Granvik harbour police")
    ("Granvik harbour police said on social media that the pier was closed.",
     "post, Granvik harbour police"),
    ("The Granvik Harbour Trust wrote on Facebook that the pier was closed.",
     "post, Granvik Harbour Trust"),
])
def test_the_post_is_whose_post_on_social_media(tmp_path, named, expected):
    quote = '"The plan would change the bay for ever," the post said.'
    assert speaker_of(tmp_path, OPENING, named, quote) == expected


def test_the_letter_is_not_the_statement(tmp_path):
    named = "The Granvik Harbour Trust said in a statement that it was studying the plan."
    quote = '"The plan would change the bay for ever," the letter said.'
    assert speaker_of(tmp_path, OPENING, named, quote) == "letter"


# "Responding, the chairman …, Hon. Ade Bello, told them": a long -ing word opening
# the sentence before a comma names nobody.
def test_participle_opening_a_sentence_is_no_name(tmp_path):
    paragraph = ('Responding, the chairman of the harbour board, Ade Bello, told the '
                 'crowd: "I will not let them change the bay for ever."')
    assert speaker_of(tmp_path, OPENING, paragraph) == "Ade Bello"


# "the statement said" after a quote decided in a sentence with "a statement": the
# statement is that speaker's, though no sentence names a body as issuing it.
@pytest.mark.parametrize("named, expected", [
    ('The trust, in a statement signed by its director of works, Mrs Ade Bello, said the '
     'plan was "in the public interest of the whole town."', "statement, Ade Bello"),
    ('In an emailed statement, a trust spokesperson said the board was "listening to '
     'every single one of the fishermen."', "statement, trust spokesperson"),
    # A name in what the spokesperson said is no issuer of the statement.
    ('In an emailed statement, a trust spokesperson said Granvik has added 80 berths and '
     'is "listening to every single one of the fishermen."', "statement, trust spokesperson"),
])
def test_the_statement_is_its_quoted_issuers(tmp_path, named, expected):
    quote = '"The plan would change the bay for ever," the statement said.'
    assert speaker_of(tmp_path, OPENING, named, quote) == expected


# "It added": an "it" after a statement has spoken is the statement (no person).
def test_it_goes_on_with_the_statement_that_spoke(tmp_path):
    named = ('The trust, in a statement signed by its director of works, Mrs Ade Bello, said '
             'the plan was "in the public interest of the whole town."')
    read = 'The statement read, "We will consult every fisherman before the vote."'
    quote = 'It added that the plan would "change the bay for ever," but gave no date.'
    assert speaker_of(tmp_path, OPENING, named, read, quote) == "statement, Ade Bello"


# … or the body, known by a name no list marks as one, that spoke last.
def test_it_goes_on_with_the_body_that_spoke(tmp_path):
    named = "Blue Quay Holdings' rival, Selvik Marine, has twice denied doing anything wrong."
    said = '"At no point did we block the plan," they said in a statement on Friday.'
    again = "Now they have put out another statement, to the harbour board."
    quote = '"We will not let the bay for ever be closed to boats," it says.'
    assert speaker_of(tmp_path, OPENING, named, said, again, quote) == "Selvik Marine"


# "the board's statement said": whose it is is said; not the one who last spoke of one.
def test_a_statement_whose_owner_is_named_stays_theirs(tmp_path):
    named = "Ruth Okonjo said in a statement that she was studying the plan."
    quote = '"The plan would change the bay for ever," the board\'s statement said.'
    assert speaker_of(tmp_path, OPENING, named, quote) == "board's statement"


def test_a_title_that_may_be_a_first_name_before_its_office_and_the_holder(tmp_path):
    # "Dean" is a first name too; before "of Students" and a person's name it is a title.
    assert speaker_of(tmp_path, OPENING, f'"We will keep {QUOTE}," Dean of Students '
                      'Sandra Villarreal said in a statement.') == "Sandra Villarreal"


def test_the_family_of_one_a_relative_clause_tells_of(tmp_path):
    # "family" ends in -ly and is no adverb; the clause "who died after being hit …" has
    # no subject of its own, so the noun before "of" is the verb's subject, not Leeds.
    got = speaker_of(tmp_path, "The family of a cyclist who died after being hit by a van in "
                     f'Leeds have described how he loved "{QUOTE} and every hill in it".')
    assert "family" in got and "Leeds" not in got


def test_a_family_is_no_one_person_and_its_statement_is_its_own(tmp_path):
    # "The victim's family, in a statement …, said" is read past its aside; a family is
    # a group, never the councillor who spoke before.
    got = speaker_of(
        tmp_path, OPENING,
        '"My thoughts are with this man and everyone who loved him," Councillor Donnie '
        'Fraser said.',
        "The victim's family, in a statement released through police, said they were "
        '"devastated" by his death.',
        f'"He loved {QUOTE} and he loved his nephews," the statement said.')
    assert "family" in got and "Fraser" not in got


def test_a_statement_of_one_named_before_a_relative_clause(tmp_path):
    # "Goicoechea, who did not attend, asked … in a letter": the letter is his.
    assert speaker_of(
        tmp_path, OPENING,
        "Martín Goicoechea, who did not attend the meeting, asked for privacy in a letter "
        "that was read aloud by a volunteer.",
        f'"I want to thank everyone who kept {QUOTE}," the letter said.') == (
        "letter, Martín Goicoechea")


@pytest.mark.parametrize("sentence, expected", [
    # an honorific, then a name one of whose words is a title elsewhere
    ("Party standing committee member Mrs Rokeya Sultana Chowdhury rejected the "
     f'claims, saying the rivals "want to keep {QUOTE} for themselves".',
     "Rokeya Sultana Chowdhury"),
    # a surname that is an honorific elsewhere ("Begum") is not taken for one
    ("Shamima Begum has lost her appeal. Begum rejected the claims, saying the rivals "
     f'"want to keep {QUOTE}".', "Shamima Begum"),
    # a role of several words between the body and the name opening the sentence
    ("APC national working committee member Alhaji Bukar Modu Lawan rejected the claims, "
     f'saying the rivals "want to keep {QUOTE} for themselves".', "Bukar Modu Lawan"),
    # Nigeria's "Malam" is an honorific as "Mr" is: the name set off after the role
    ("The party dismissed the claims. Its Publicity Secretary, Malam Sani Aliyu Dutsi, "
     f'said the rivals "want to keep {QUOTE} for themselves".', "Sani Aliyu Dutsi"),
])
def test_a_member_of_a_body_named_after_an_honorific_opens_the_sentence(
        tmp_path, sentence, expected):
    assert speaker_of(tmp_path, OPENING, sentence) == expected


def test_a_name_after_a_preposition_before_a_colon_is_no_label(tmp_path):
    # "… ended his homily in Irish: “…”": the language is no speaker's label; the
    # sentence's subject speaks.
    assert speaker_of(tmp_path, OPENING, "Fr Seán Breathnach ended his homily in Irish: "
                      f'"Keep {QUOTE}, a chairde."') == "Seán Breathnach"


def test_an_ing_verb_after_a_passive_one_cues_the_words(tmp_path):
    # "… were told on Monday night, adding: “…”": the words are the one adding them,
    # not those who told.
    assert speaker_of(tmp_path, OPENING, "Stavros Economou said the volunteers had been told "
                      f'on Monday night, adding: "We will keep {QUOTE} for him."') == (
        "Stavros Economou")


def test_a_speech_verbs_form_after_an_adjective_and_before_the_verb_is_a_noun(tmp_path):
    # "pledge" is a verb of speech too; in "the former pledge said" it is the noun.
    assert speaker_of(
        tmp_path, OPENING,
        "Rachel Lamb, a lawyer for the chapter, said the suspension was unfair.",
        "A former pledge who left last spring, and who asked not to be named, said the "
        "atmosphere had worsened.",
        f'"We kept {QUOTE} as a joke," the former pledge said.') == "former pledge"


def test_a_name_set_off_after_a_role_of_a_body_in_the_possessive(tmp_path):
    # "The chair of Halbrook's Board of Trustees, Patricia Almquist, said": hers, not
    # the board's (nor the president named before).
    assert speaker_of(
        tmp_path, OPENING, '"We will appeal," President Gregory Lindqvist said.',
        "The chair of Halbrook's Board of Trustees, Patricia Almquist, said in a statement "
        f'that the board "stands behind {QUOTE} and the appeal."') == "Patricia Almquist"


def test_a_name_after_from_before_a_colon_is_a_label(tmp_path):
    # ("in Irish:" names no speaker; "from Anthony Albanese:" does)
    assert speaker_of(tmp_path, OPENING, '"We are still waiting," Jon Raven said.',
                      f'The response from Anthony Albanese: "We will keep {QUOTE}."') == (
        "Anthony Albanese")


def test_a_name_in_ing_after_a_subordinator_is_the_clauses_subject(tmp_path):
    # "who turned on the forward after Sterling said …": Sterling's clause, and his words
    got = speaker_of(tmp_path, OPENING, "Chelsea fans who turned on the forward after Raheem "
                     f'Sterling said the club was "{QUOTE} in chaos" were wrong to abuse him, '
                     "the Chelsea Supporters' Trust said on Thursday.")
    assert got == "Raheem Sterling"


def test_a_name_before_the_noun_that_is_the_subject_is_no_speaker(tmp_path):
    # "Kerry football has “lost …”, the parish priest told mourners": the priest's, not
    # Kerry's (Kerry only modifies "football", the sentence's subject).
    got = speaker_of(tmp_path, f'Kerry football has "lost {QUOTE} and a gentleman", the parish '
                     "priest told mourners at the funeral on Saturday.",
                     "Mr Ó Conchúir won an All-Ireland medal with Kerry in 1962 and died at "
                     "University Hospital Kerry on Wednesday.")
    assert "priest" in got and "Kerry" not in got



def test_a_name_after_a_bodys_possessive_opens_the_sentence_as_its_subject(tmp_path):
    """"Slant Magazine’s Tom Pierce was cooler, calling it “…”": he is the subject the
    -ing cue goes back to, not the critic quoted before."""
    assert speaker_of(
        tmp_path, OPENING,
        'In her review, Hannah Cole described the plan as "a genuinely strange piece of '
        'work." Harbour Weekly’s Tom Pierce was cooler, calling it "a way to lose the bay '
        'for ever."') == "Tom Pierce"


def test_a_role_in_capitals_then_the_holders_name_set_off(tmp_path):
    """"the state CAN Chairman, Bishop Samuel Edokpolo, said": the name set off after a
    role run in capitals is who speaks, not a person named "CAN Chairman"."""
    assert speaker_of(
        tmp_path, OPENING,
        'Speaking with journalists on Tuesday, the state CAN Chairman, Bishop Samuel '
        'Edokpolo, said, "They want the bay for ever."') == "Samuel Edokpolo"


def test_a_role_of_a_place_with_a_modifier_then_the_name_set_off(tmp_path):
    """"the Primate of All Nigeria, Most Rev. Nicholas Okoh, described …": the place after
    "of" and its modifier ("All") is no speaker, and the name set off after it, titled
    by capitalised words ("Most Rev."), is."""
    assert speaker_of(
        tmp_path, OPENING,
        'Delivering the sermon, the Primate of All Nigeria, Most Rev. Nicholas Okoh, '
        'described the plan as "a way to keep the bay for ever."') == "Nicholas Okoh"


def test_an_honorific_with_his_opens_the_aside_naming_who_speaks(tmp_path):
    """"The Prelate of the Methodist Church Nigeria, His Eminence Oliver Aba, said": the
    honorific's capitalised "His" and "Eminence" open the aside naming him."""
    assert speaker_of(
        tmp_path, OPENING,
        'The Prelate of the Methodist Church Nigeria, His Eminence Oliver Aba, said the '
        'plan would "close the bay for ever."') == "Oliver Aba"


def test_a_verb_of_a_closed_relative_clause_reports_nothing_after_it(tmp_path):
    """"She accused the Greens, who share power at both federal and state level, of
    betraying …: “…”": hers; "share" (and "state") in the clause set off and closed
    before the quotation are not its cue, whose subject would be the Greens."""
    assert speaker_of(
        tmp_path, OPENING,
        '"The plan is a disgrace," said Orla Byrne, a spokeswoman for the residents.',
        'She accused the Greens, who share power at both federal and state level, of '
        'betraying the town: "They will change the bay for ever."') == "Orla Byrne"
    # but a clause whose closing comma is the one right before the quotation reports it
    # (review 4): ", who testified, “…”"
    assert speaker_of(
        tmp_path, OPENING,
        'The chairman then called the harbour clerk, Nomvula Dube, who testified, "They '
        'told me they would change the bay for ever."') == "Nomvula Dube"


def test_a_passive_in_a_clause_about_a_noun_is_not_the_cue(tmp_path):
    """"She said the penalties being cited by traders were “…”": hers; "being cited by
    traders" is about the penalties, not the verb whose words the quotation is (as
    "she was told by traders that “…”" would be)."""
    assert speaker_of(
        tmp_path, OPENING,
        'Harbour board chair Orla Byrne told this newspaper that the board had listened.',
        '"We have met more than 400 residents since March," Ms Byrne said.',
        'She said the fears being cited by residents were "wrong about the bay for '
        'ever," adding that the plan could still change.') == "Orla Byrne"



# A paragraph with no quotation marks after a sentence that tells of a post and ends on a
# colon is the post's text: found, and its poster's (whatever the verb before the colon).
@pytest.mark.parametrize("intro,expected", [
    ("State Rep. Cole Whitaker (R-Blue Ridge) celebrated on Twitter shortly after the "
     "session adjourned:", "Cole Whitaker"),
    ("The board's chair, Greg Lindqvist, addressed the vote in a LinkedIn post last week:",
     "Greg Lindqvist"),
    ("In a post on its Facebook page on Tuesday, the Harbour Trust thanked its members:",
     "Harbour Trust"),
    ("In a blog post published in June, the harbour trust wrote:", "harbour trust"),
])
def test_an_unmarked_post_after_a_colon_is_its_posters(tmp_path, intro, expected):
    assert speaker_of(tmp_path, OPENING, intro, "The vote is done and the plan will change "
                      "the bay for ever. We thank everyone who stood with us.") == expected


def test_a_list_after_a_colon_is_no_quotation(tmp_path):
    text = "\n\n".join(("Harbour plan", OPENING, "The board's plan for the bay:",
                         "A new slipway, a longer pier and dredging that will change the "
                         "bay for ever."))
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    assert klayman_tui.load([tmp_path]).sources[0].quotes == []


def test_a_colon_after_a_clause_of_time_cues_the_main_clause(tmp_path):
    """"Pruitt posted on X shortly after the trade was announced: “…”": the verb in the
    passive of the clause "after" opens reports nothing; the words are the poster's."""
    assert speaker_of(tmp_path, OPENING, (
        'Nadia Ferreira posted on X shortly after the vote was announced: "This will '
        'change the bay for ever."')) == "Nadia Ferreira"


def test_a_clause_joined_after_the_quotation_tells_of_anothers_words(tmp_path):
    """"Coach Matt LaFleur called Dillard “…” earlier in the week, and kicker Anders
    Carlson said he …": the words are the coach's, not those of the one in the clause
    "and" joins; a list inside an aside is no such clause."""
    assert speaker_of(tmp_path, OPENING, (
        'Mayor Nadia Ferreira called the plan "a change to the bay for ever" earlier in '
        'the week, and the harbour master’s deputy, Tomas Lindqvist, said he would vote '
        'against it.')) == (
        "Nadia Ferreira")
    assert speaker_of(tmp_path, OPENING, (
        'The plan "will change the bay for ever," Anne Richards, assistant secretary for '
        'ports, harbours, and shipping, said on the call.')) == "Anne Richards"
    # (not a phrase the sentence goes on with, no comma inside the marks)
    assert speaker_of(tmp_path, OPENING, (
        'Couple a plan that would "change the bay for ever" and boat owners get nervous, '
        'said Tomas Lindqvist, who chairs the harbour board.')) == "Tomas Lindqvist"
    # (by "while", the comma inside the marks)
    assert speaker_of(tmp_path, OPENING, (
        'Former councillor Nadia Ferreira said the plan would "change the bay for ever," '
        'while councillor Tomas Lindqvist, who represents the harbour ward, said the '
        'board was right.')) == "Nadia Ferreira"


@pytest.mark.parametrize("paragraph, expected", [
    # a past participle and "to" after the clause's first noun: its object is no subject
    ('A letter sent to parents last week warned that the plan would "change the bay '
     'for ever."', "letter"),
    # a present participle's object, with an aside naming a group after it
    ('A petition opposing the expansion, signed by 900 residents and presented by the '
     'group Harbour Watch, asked the board not to "change the bay for ever."', "petition"),
    # a past participle and words of time only: the noun before it, not no one
    ('A Harbour Trust statement issued last night said the plan would "change the bay '
     'for ever."', "statement, Harbour Trust"),
    ('A report published yesterday said the plan would "change the bay for ever."',
     "report"),
])
def test_the_object_of_a_participle_after_the_subject_is_not_the_subject(
        tmp_path, paragraph, expected):
    """"A letter sent to parents warned that", "A petition opposing the expansion, …,
    asked": the noun the participle follows is the subject, not the participle's
    object (the parents, the expansion)."""
    assert speaker_of(tmp_path, OPENING, paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a statement's noun in a verb's plain form before a verb: the noun, not a verb
    ('The national report states that the plan would "change the bay for ever."',
     "national report"),
    # before a participle's phrase, whose agent is no name: the text is the subject
    ('A national report published by the church last year warned that the plan '
     'would "change the bay for ever."', "national report"),
    # set off before a participle's phrase, after a possessive and its modifiers
    ('The inspection report, published in 2023, found that the plan would "change the '
     'bay for ever."', "inspection report"),
    ("Granvik's most recent inspection report, published in 2023, found that the plan "
     'would "change the bay for ever."', "Granvik's most recent inspection report"),
])
def test_a_report_before_a_verb_or_its_participle_is_the_subject(tmp_path, paragraph,
                                                                 expected):
    """"The national report states that", "A national report published by the church
    last year warned of": "report" is the noun (not a verb whose subject is
    "national"), and the report says it when "by" names no one the slot reads."""
    assert speaker_of(tmp_path, OPENING, paragraph) == expected


def test_add_before_an_amount_is_no_verb_of_speech(tmp_path):
    """"a spokesperson for the Ministry of Health said Ontario has added more than
    80,000 new nurses and is “…”": "added" before an amount tells of nurses, not of
    words, so the quotation is the spokesperson's, not Ontario's."""
    assert speaker_of(tmp_path, OPENING, (
        'In an emailed statement, a spokesperson for the Ministry of Transport said '
        'Granvik has added more than 80 new berths since 2018 and would not "change the '
        'bay for ever."')) == "spokesperson, Ministry of Transport"


def test_a_possessives_noun_after_a_preposition_is_not_the_subject(tmp_path):
    """"A man accused of murdering his brother at their family farmhouse in Co Longford
    told gardaí that …": "their family farmhouse" follows a preposition as "the
    farmhouse" would, so the subject is the man, not the farmhouse."""
    assert speaker_of(tmp_path, OPENING, (
        'A man accused of attacking his brother at their family farmhouse in Co Longford '
        'told gardaí that the plan would "change the bay for ever."')) == "man"


def test_what_a_report_finds_is_its_words(tmp_path):
    """"The Harbour Commission’s final report, released in September, found the
    plan’s benefits “…”": a report set off after its owner's possessive is a noun, not
    a verb, and what a text finds is its words, with "that" or without (a person who
    finds something says nothing: "Officers found the words “…” painted")."""
    assert speaker_of(tmp_path, OPENING, (
        'The Harbour Commission’s final report, released in September, found the plan '
        'would "change the bay for ever."')) == "Harbour Commission’s final report"


def test_a_name_set_off_after_a_role_is_the_subject_of_a_verb_after_but(tmp_path):
    """"Bavaria's state interior minister, Thomas Reuter, welcomed the flight but said it
    was “…”": the subject of "said" after "but" is the name set off after the role,
    not whoever else the role's word could stand for."""
    assert speaker_of(tmp_path, OPENING, (
        'Federal harbour minister Markus Feldmann said the plan was sound.'), (
        "Granvik's harbour minister, Thomas Reuter, welcomed the vote but said the plan "
        'would "change the bay for ever."')) == "Thomas Reuter"


def test_a_name_set_off_after_a_possessives_role_with_a_place_in_it(tmp_path):
    """"Its Scotland national official, Morag Sinclair, said": the name set off, not
    the place inside the role's words."""
    assert speaker_of(tmp_path, OPENING, (
        'Equity, the performers\' union, said the case was a warning. Its Scotland '
        'national official, Morag Sinclair, said the plan would "change the bay for '
        'ever."')) == "Morag Sinclair"


# "the report said", "the lawsuit states": whose document, when the sentence that brought
# it in says who wrote or filed it; still the document when it does not.
@pytest.mark.parametrize("named, head, expected", [
    ("Six months ago a report by the Granvik Audit Office found the harbour short of money.",
     "report", "report, Granvik Audit Office"),
    ("The emails are cited in a lawsuit that Ruth Okonjo filed last year against the board.",
     "lawsuit", "lawsuit, Ruth Okonjo"),
    ("A wrongful-death lawsuit filed last month by Ruth Okonjo names the board.",
     "lawsuit", "lawsuit, Ruth Okonjo"),
    # a name after the noun that wrote nothing: the report's alone
    ("A report on Granvik Harbour Trust was published on Friday.", "report", "report"),
    ("A report that Granvik Harbour Trust was short of money came out on Friday.",
     "report", "report"),
    ("The report was published on Friday.", "report", "report"),
    # set off after the noun in the sentence the quotation is in
    (None, "audit, by the Granvik Audit Office,", "audit, Granvik Audit Office"),
])
def test_the_document_is_whose_document(tmp_path, named, head, expected):
    quote = f'"The plan would change the bay for ever," the {head} said.'
    if named is None:
        quote = f'The {head} found that it would "change the bay for ever."'
        assert speaker_of(tmp_path, OPENING, quote) == expected
        return
    assert speaker_of(tmp_path, OPENING, named, quote) == expected


def test_the_letter_is_of_the_name_set_off_after_a_role(tmp_path):
    # "His lawyer, Adam Rosenfeld, later sent ProPublica a 14-page letter … The letter
    # argued that …": the name set off after the role opening the sentence sent it
    # (the words it quotes from him in its sentence are too short to say whose it is)
    text = ('His lawyer, Tomas Berg, later sent Harbour Watch a 14-page letter disputing '
            'the plan, which he described as "riddled with errors." The letter argued that '
            'the board had ignored how it would "change the bay for ever."')
    assert speaker_of(tmp_path, OPENING, text) == "letter, Tomas Berg"
