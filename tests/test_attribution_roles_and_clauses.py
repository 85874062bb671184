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


# A role that a preposition joins to its body is the speaker, whatever the preposition,
# with the body it names.
@pytest.mark.parametrize("role,speaker", [("A source on the show", "source, show"),
                                          ("An official in the ministry", "official, ministry"),
                                          ("A spokeswoman with the agency", "spokeswoman, agency")])
def test_a_role_and_its_body_is_the_role(tmp_path, role, speaker):
    text = f'''
        Star banned

        {role} said: "Everyone is gutted for him and nobody is talking about axing him."
        '''
    assert speakers_of(tmp_path, text, "gutted") == [speaker]


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


# An Arabic article joined to a name is part of it.
@pytest.mark.parametrize("name", ["Mubarak Jaber al-Sabah", "Hessa al-Otaibi",
                                  "Abd ar-Rahman Haddad"])
def test_a_name_with_a_joined_article_is_whole(tmp_path, name):
    text = f'''
        Gulf ministers meet

        "It is significant that they were all in the room," said {name}, a researcher in Kuwait.
        '''
    assert speakers_of(tmp_path, text, "all in the room") == [name]


def test_a_described_person_who_gives_a_name_is_that_name(tmp_path):
    text = '''
        Tenants without heat

        Ms. Ortega, a spokeswoman for the landlord, said repairs were under way. "We are doing everything we can," she said.

        On the third floor, a woman who gave her name only as Jacqueline, 29, had taped plastic over the windows.

        "My mother showed me this," she said, pointing to the plastic.
        '''
    assert speakers_of(tmp_path, text, "My mother showed me") == ["Jacqueline"]


def test_a_name_an_aside_calls_a_company_is_no_she(tmp_path):
    text = '''
        The Fixer

        Renata Olszewski likes to start meetings by taking something apart. "Everything in here is worth something," she says.

        That conviction has made Olszewski, 39, one of the most watched founders in tech. ReCell, the company she started in a garage in 2011, now resells nine million devices a year.

        Her path there was not obvious. The daughter of immigrants who ran a dry cleaner in Cleveland, she studied engineering at Purdue.

        "I saw the factories, and I saw the dumps," she says.
        '''
    assert speakers_of(tmp_path, text, "factories") == ["Renata Olszewski"]


def test_a_name_set_off_after_a_title_in_capitals_speaks(tmp_path):
    text = '''
        Rail sell-off

        The Opposition Leader, Peter Halloran, accused the Government of selling off public assets "one depot at a time, with nobody told".
        '''
    assert speakers_of(tmp_path, text, "one depot") == ["Peter Halloran"]


def test_one_of_a_group_who_gives_a_name_is_that_name(tmp_path):
    text = '''
        Fuel queues

        Mr. Taiwo Adebayo, a marketer, said supply would improve. "The trucks are on the way," he said.

        One of the sellers, who gave his name simply as Kazeem, said he bought the product at night. "We don't steal it. We buy it ourselves at a high price," he said.
        '''
    assert speakers_of(tmp_path, text, "We don't steal it") == ["Kazeem"]


def test_a_role_after_his_or_her_is_the_one_given_that_role(tmp_path):
    text = '''
        Hedge feud

        Derek Whitmore, 71, and his wife Pauline, 68, say the conifers plunge their garden into shade.

        Mr Whitmore, a former postman, said: 'It's like living in a cave, even in the middle of summer.'

        His wife added: 'I've grown tomatoes and runner beans out there since 1985 and this year nothing came up.'
        '''
    # (and she bears his surname, as news names a family: "his wife Pauline")
    assert speakers_of(tmp_path, text, "runner beans") == ["Pauline Whitmore"]


# A month's short form with no full stop is a name's word, not a date's or a title's.
@pytest.mark.parametrize("name", ["Lim Jun Hao", "Jan Kowalski"])
def test_a_month_word_without_its_stop_is_part_of_a_name(tmp_path, name):
    text = f'''
        Road rage

        "I am very sorry for what I did and I have learnt my lesson," said District Judge {name}.
        '''
    assert speakers_of(tmp_path, text, "learnt my lesson") == [name]


def test_a_description_stands_for_one_brought_in_without_a_name(tmp_path):
    text = '''
        Trade talk

        Marcus Tillery said he was frustrated. "I want to win now," Tillery said.

        One Western Conference executive, who spoke on condition of anonymity, said he did not expect the Kings to trade Tillery this season.

        "They just paid him. Trading him now would be admitting the whole plan failed," the executive said.
        '''
    assert speakers_of(tmp_path, text, "whole plan failed") == ["executive"]


# "The board said" is the body the article tells of as acting, not one named only as
# whom someone spoke to or where an analyst works; "the state secretary's office" is
# the state secretary's.
def test_a_body_described_is_not_one_named_in_passing(tmp_path):
    text = '''
        Halberd cuts dividend

        Halberd cut its dividend on Tuesday. "Cash is king in this environment," Ms Pryce told the Financial Times.

        "The balance sheet is in better shape than the market feared," said Oliver Grantham at Numis Securities.

        In a statement accompanying the results, the board said: "The decision to reduce the dividend has not been taken lightly."
        '''
    assert speakers_of(tmp_path, text, "taken lightly") == ["board"]


def test_an_office_whose_holder_is_said_is_no_body_named_before(tmp_path):
    text = '''
        Flood report

        The Association of Penang Residents urged the state to publish the report. "Families have a right to know," its chairman said.

        When contacted, the state secretary's office said the report would be tabled "at an appropriate time, once it is ready".
        '''
    assert speakers_of(tmp_path, text, "appropriate time") == ["state secretary's office"]


def test_a_description_of_a_place_or_team_stands_for_the_one_named(tmp_path):
    text = '''
        Scotland stumble

        Captain Euan McKerrow, who made 19 tackles, said the dressing room had been quiet.

        "There wasn't much celebrating in there, put it that way," said the Edinburgh lock.
        '''
    assert speakers_of(tmp_path, text, "celebrating") == ["Euan McKerrow"]


def test_one_named_with_where_they_are_from_and_an_aside_is_a_subject(tmp_path):
    text = '''
        Hal Brandvold, 1931-2001

        His sister, Ruth Brandvold, said he had kept the farm going through the 1980s. "He never complained," she said.

        Pastor Linnea Sorum of Glenwood Lutheran, who will officiate at the service, called him "one of the quiet pillars of this town."

        "Hal was the kind of man who showed up, whether it was for a fire or a leaky pipe," she said.
        '''
    assert speakers_of(tmp_path, text, "kind of man who showed up") == ["Linnea Sorum"]


def test_a_name_after_a_role_aside_of_its_own_words_speaks(tmp_path):
    text = '''
        Ghana counts

        The head of the African Union observer mission, former Botswana foreign minister Lesedi Motsumi, said the delays had been "regrettable but not decisive in any constituency".
        '''
    assert speakers_of(tmp_path, text, "regrettable") == ["Lesedi Motsumi"]


def test_a_he_after_a_spokesman_of_a_body_in_capitals_is_the_spokesman(tmp_path):
    text = '''
        Hospital waits

        Rhian Pritchard, the Conservative AM for the area, said the figures were shameful. "These are not isolated incidents," she said.

        A Welsh Government spokesman said it had provided an additional £30m to health boards.

        "We expect health boards to ensure that patients are treated with dignity," he said.
        '''
    assert speakers_of(tmp_path, text, "treated with dignity") == ["spokesman"]


def test_the_release_is_whoever_the_release_was_from(tmp_path):
    # "According to a news release from the Durham Police Department, … “…,” the release
    # said": the police department's words.
    text = '''
        Suspect shot

        According to a news release from the Durham Police Department, officers were called to the store at 1:40 a.m.

        "An officer located a subject matching the description a short distance away," the release said.
        '''
    assert speakers_of(tmp_path, text, "matching the description") == [
        "release, Durham Police Department"]


@pytest.mark.parametrize("body,expected", [
    ("with Transport for London (TfL) warning there will be", "TfL"),
    ("with police warning there will be", None),
])
def test_with_a_name_and_a_participle_is_that_name_speaking(tmp_path, body, expected):
    # "…, with Transport for London (TfL) warning there will be ‘…’": the participle's
    # own subject, not the sentence's ("Members of the union").
    text = f'''
        Tube strike

        Members of the RMT union will walk out on Monday, {body} "little or no service across the network".
        '''
    got = speakers_of(tmp_path, text, "little or no service")
    assert got == [expected] if expected else got != ["Members"]


# A verb that takes an object ("described the mood as") is not inverted: the noun after
# it is what is described, not who speaks.
def test_the_object_of_a_verb_of_describing_does_not_speak(tmp_path):
    text = '''
        Producers hold their nerve

        Prices fell for a third week. A delegate from a Gulf member state, who spoke on condition of anonymity because he was not authorised to talk to the media, described the mood among producers as "cautious but not alarmed about the months ahead".
        '''
    speakers = speakers_of(tmp_path, text, "cautious but not")
    assert len(speakers) == 1 and "delegate" in speakers[0]


# No object of a preposition is a subject: before a verb, a noun phrase after "over",
# "on" or "near" is passed over for the first of its clause ("A lorry driver charged over
# a crash on a motorway told", "Residents near the plant said").
@pytest.mark.parametrize("subject,expected", [
    ("A lorry driver charged over a crash on the motorway", "driver"),
    ("Residents near the chemical plant", "Residents"),
])
def test_the_object_of_a_preposition_does_not_speak(tmp_path, subject, expected):
    text = f'''
        Crash trial opens

        {subject} told the hearing on Monday that they had "never seen anything like it in all their years there".
        '''
    speakers = speakers_of(tmp_path, text, "never seen anything")
    assert len(speakers) == 1 and expected in speakers[0]


# A number's separators are no commas of the sentence: the aside "which provided
# £250,000 of the film's £1.2m budget," closes where it does, and its role speaks.
def test_a_number_with_separators_does_not_break_an_aside(tmp_path):
    text = '''
        Debut takes the prize

        Critic Helen Ruskin called it "the most assured British debut in years".

        A spokesman for the UK Film Council, which provided £250,000 of the film's £1.2m budget, said: "This is a fantastic result for British film and for new talent."
        '''
    speakers = speakers_of(tmp_path, text, "fantastic result")
    assert len(speakers) == 1 and "spokesman" in speakers[0], speakers


# An acronym with its stops is written as the article writes it: "the F.B.I. said" is
# the F.B.I.'s, not "F.b.i.".
def test_an_acronym_with_stops_keeps_its_capitals(tmp_path):
    text = '''
        Diplomats expelled

        WASHINGTON, June 12 — The F.B.I. said today that two Soviet diplomats had been ordered to leave the country.

        "Their activities were incompatible with their diplomatic status," the F.B.I. said in a statement.
        '''
    assert speakers_of(tmp_path, text, "incompatible") == ["F.B.I."]


# Past a preposition's object inside a relative clause without commas, the subject is
# the one the clause is about: "A city official who has taken part in the talks said".
def test_the_subject_before_a_relative_clause_speaks(tmp_path):
    text = '''
        Hospital strike goes on

        A city official who has taken part in the talks said privately that the gap between the two sides was "not as large as the rhetoric suggests".
        '''
    speakers = speakers_of(tmp_path, text, "not as large")
    assert len(speakers) == 1 and "official" in speakers[0], speakers


# A feeling reported after the speech verb ("wrote … that she was worried about the
# cost:") is no passive verb of speech: the words are the writer's.
def test_a_feeling_after_the_verb_is_no_passive(tmp_path):
    text = '''
        Group texting app launches

        Not everyone is sold. Dana Reilly, who writes the mobile blog Thumbstruck, wrote in a post this morning that she was worried about the cost to users: "Most people are still paying per text, and a chatty group could cost them a fortune."
        '''
    assert speakers_of(tmp_path, text, "Most people") == ["Dana Reilly"]


# "One" or "Another" opening a clause as its subject is one of the people the sentence
# before names by a word for them: "Fans reacted … One, posting as …, wrote:" is a fan
# (the verb after "Another" stays a verb); with nobody named so, it is nobody named.
def test_one_of_a_group_the_sentence_before_names_speaks(tmp_path):
    text = '''
        Band splits

        Fans also reacted with dismay on the band's message board.

        One, posting under the name "sheffgirl78", wrote: "Gutted. Absolutely gutted. They were my teenage years."

        The band's last album sold poorly. Another wrote: "Saw them in 1997 when twenty people came. Best gig of my life."
        '''
    got = {quote[:6]: speaker for speaker, quote in quotes_of(tmp_path, text)}
    assert got["Gutted"] == "fan", got
    assert got["Saw th"] == "Unknown", got


# "The company said" stands for a body known by a name of its own when the article shows
# it is one (a person's role after its name: "Lajur co-founder and CEO"); not for a
# name shown only as a person's ("Ayu's father").
def test_the_company_is_the_body_named_by_a_name_of_its_own(tmp_path):
    text = '''
        Ride-hailing fares cut

        Lajur co-founder and CEO Hendra Salim launched the cheaper tier in June.

        Drivers say their pay has fallen. Lajur says the change is working as intended.

        "Driver earnings are calculated fairly and transparently," the company said in a statement.
        '''
    assert speakers_of(tmp_path, text, "calculated fairly") == ["Lajur"]


def test_the_company_is_no_person_named_before(tmp_path):
    text = '''
        Gun auction pulled

        The listing offered the gun used to kill Ayu Lestari in 2012. Ayu's father, Budi Lestari, issued a statement condemning it. Ayu was 17.

        "We want no part in the listing on our web site or in any of the publicity," the company said.
        '''
    assert speakers_of(tmp_path, text, "no part in the listing") != ["Ayu Lestari"]


# A he after "a spokesman for X … said" is that spokesman, as after one who asked not to
# be named: the one the sentence before has speak, unnamed by custom, not a man named
# paragraphs back.
def test_a_he_after_a_spokesman_for_a_body_is_the_spokesman(tmp_path):
    text = '''
        Hospital cleaning a disgrace, MPs say

        Its national health officer, Mick Garside, said: "Privatisation has been a disaster for hospital cleaning."

        But a spokesman for the Hospital Support Services Federation, which represents private contractors, said it was "unfair" to blame his members.

        "Our members work to the specifications the trusts set and the prices they pay," he said.
        '''
    speakers = speakers_of(tmp_path, text, "Our members work")
    assert len(speakers) == 1 and "spokesman" in speakers[0], speakers


# A description right after one the story leaves unnamed ("who asked not to be named")
# is that one, whatever its noun: "the MP" after "another Labour backbencher", not the
# MP named before.
def test_a_description_after_one_left_unnamed_is_that_one(tmp_path):
    text = '''
        Minister resigns over contract

        Labour MP Ian Gibb defended his colleague. "He has done nothing wrong," Mr Gibb said.

        But another Labour backbencher, who asked not to be named, was less sympathetic.

        "He should have declared the friendship from day one," the MP said.
        '''
    speakers = speakers_of(tmp_path, text, "declared the friendship")
    assert speakers and speakers != ["Ian Gibb"], speakers


# Military and police ranks with their stops, as the AP Stylebook writes them, end no
# sentence: "said Spc. Latoya Granger", "said Pfc. Anthony Russo".
@pytest.mark.parametrize("rank", ["Spc.", "Pfc.", "Sgt. 1st Class", "Ens.", "Const."])
def test_a_rank_with_its_stop_ends_no_sentence(tmp_path, rank):
    text = f'''
        Clearing the mine lanes

        It is slow, careful work. A good day, the soldiers said, is 200 meters of lane.

        "Nobody here is in a hurry, and I'm glad nobody's pushing us to be," said {rank} Latoya Granger, 22, of Dayton, Ohio.
        '''
    assert speakers_of(tmp_path, text, "Nobody here") == ["Latoya Granger"]


# A number inside a name after a given name is the name's ("Lorraine Two Feathers"); a
# description set off with a name in its aside is that name, not someone named before.
def test_a_name_may_hold_a_number_and_an_aside_names_its_description(tmp_path):
    text = '''
        Pipeline approved

        The tribe, which has fought the project for three years, said it would appeal.

        "They heard us, and then they voted as if we had never spoken," said Lorraine Two Feathers, chairwoman of the tribal council.

        The pipeline's developer, Prairie Midstream Partners of Houston, said in a statement that the project "meets or exceeds every federal and state safety standard".
        '''
    assert speakers_of(tmp_path, text, "They heard us") == ["Lorraine Two Feathers"]
    speakers = speakers_of(tmp_path, text, "meets or exceeds")
    assert len(speakers) == 1 and "Prairie Midstream" in speakers[0], speakers


# Nouns for bodies ("the South African presidency", "the Indian delegation") are no
# description of a person named before.
@pytest.mark.parametrize("body", ["The South African presidency", "The Indian delegation",
                                  "The UN climate secretariat"])
def test_a_body_by_its_noun_is_no_person_named_before(tmp_path, body):
    text = f'''
        Climate talks run late

        Mark Hallworth, the British envoy, said talks would run into the night.

        {body}, which had pressed for a deal, said in a statement that it was "confident that a balanced package is within reach".
        '''
    assert speakers_of(tmp_path, text, "balanced package") != ["Mark Hallworth"]


# A second verb of speech shares its sentence's subject when that subject is a noun
# phrase too: "An analysis by Peatland Watch Indonesia … found that … and warned that
# “…”" is the analysis's, not the farmer quoted before.
def test_a_coordinated_verb_shares_a_noun_phrase_subject(tmp_path):
    text = '''
        Haze returns

        "Now they say it is a crime, but nobody gives us the machines," Sutarno said.

        An analysis by Peatland Watch Indonesia, a coalition of environmental groups, found that most of the burned area lay inside concessions, and warned that "the same concessions that burned in 2015 are burning again".
        '''
    speakers = speakers_of(tmp_path, text, "same concessions")
    assert len(speakers) == 1 and "Peatland Watch" in speakers[0], speakers


# ... but not a pronoun of its own: in "This is why Democrats can't just point their
# fingers and cry “…”", "This" is no subject of "cry".
def test_a_demonstrative_is_no_subject_of_a_coordinated_verb(tmp_path):
    text = '''
        How the party lost its base

        Wall Street executives are overwhelmingly white. This is why Democrats can't just point their fingers and cry "but they're racist!" when they lose.
        '''
    assert not any("why" in speaker for speaker in speakers_of(tmp_path, text, "racist"))


# An aside that is "the" and a name names the description before it: "A third, the
# Acequia del Llano, said" is the Acequia's, not "third"'s.
def test_an_aside_of_the_and_a_name_names_the_description(tmp_path):
    text = '''
        Water fight

        Officials from two of the acequia associations said they were open to talks. A third, the Acequia del Llano, said in a written statement that it "will defend the water rights of its members by every legal means available".
        '''
    speakers = speakers_of(tmp_path, text, "will defend")
    assert len(speakers) == 1 and "Llano" in speakers[0], speakers


# A weak verb inside the "that" clause an earlier verb of speech reports is part of
# what was said, not a cue: the words are the reporter's subject's.
def test_a_weak_verb_inside_a_reported_clause_is_no_cue(tmp_path):
    text = '''
        Truce talks stall

        Prime Minister Ana Ruiz's office said in a statement that the rebels' demands were "unserious" and that Colombia would continue the campaign "until every hostage is home".
        '''
    assert speakers_of(tmp_path, text, "every hostage") != ["Colombia"]
    assert speakers_of(tmp_path, text, "every hostage") == speakers_of(tmp_path, text, "unserious")


@pytest.mark.parametrize("says", ["police say", "prosecutors said", "she said", "officers allege"])
def test_who_others_say_did_something_is_the_relative_clauses_subject(tmp_path, says):
    """"A man who police say stabbed his neighbour on Washington Boulevard told
    reporters he was “…”": the man, not the neighbour nor the boulevard; "police say"
    only says who says it."""
    text = f'''
        Stabbing on Washington Boulevard

        A man who {says} stabbed his neighbour on Washington Boulevard told reporters he was "defending myself against a man with a hammer."
        '''
    speakers = speakers_of(tmp_path, text, "defending myself")
    assert speakers == ["man"]


@pytest.mark.parametrize("role,place,speaker", [
    ("a spokesman for one armed group", "Sagaing region", "spokesman"),
    ("a doctor", "Mandalay city", "doctor"),
])
def test_a_place_a_preposition_joins_to_a_role_is_no_speaker(tmp_path, role, place, speaker):
    """"“…,” a spokesman for one armed group in Sagaing region told the BBC": the
    spokesman, not the region after "in"."""
    text = f'''
        Quake toll rises

        "Even as people pull their families out of the rubble, the junta is dropping bombs," {role} in {place} told the BBC.
        '''
    assert speakers_of(tmp_path, text, "dropping bombs") == [speaker]


def test_a_role_to_someone_is_the_speaker_not_the_one_it_serves(tmp_path):
    """"An aide to the president, speaking on condition of anonymity, said …": the aide;
    "Brazil’s ambassador to the EU, Ricardo Alves, said …": the ambassador named, not
    the EU (a role's "to" joins it to whom it serves, as "of" and "for" do)."""
    text = '''
        Government survives vote

        An aide to the president, speaking on condition of anonymity, said the head of state was "following the debates closely and calmly."

        Brazil's ambassador to the EU, Ricardo Alves, said the deal had been "25 years in the making and is worth it."
        '''
    assert speakers_of(tmp_path, text, "following the debates") == ["aide"]
    assert speakers_of(tmp_path, text, "25 years in the making") == ["Ricardo Alves"]


@pytest.mark.parametrize("title", ["Secretary-General", "Director-General"])
def test_a_name_set_off_after_titles_joined_by_a_hyphen_speaks(tmp_path, title):
    """"The Secretary-General of the TUC, Comrade Yakubu Shehu, said …, “…”": the one
    named, not the title (titles joined by a hyphen are a title)."""
    text = f'''
        Unions threaten strike

        The {title} of the TUC, Comrade Yakubu Shehu, said in a statement on Wednesday, "Our members in the oil and gas sector are ready."
        '''
    speakers = speakers_of(tmp_path, text, "Our members in the oil")
    assert len(speakers) == 1 and speakers[0].endswith("Yakubu Shehu")


def test_he_after_a_name_set_off_after_a_role_and_its_place_is_that_name(tmp_path):
    """"The Member of Parliament for Mpohor, Hon. Francis Kwesi Ewusi, threw his weight
    behind the chiefs in a Facebook post" ¶ "“…,” he wrote": Ewusi, the subject, not the
    man who spoke paragraphs before."""
    text = '''
        Chiefs issue ultimatum

        A cocoa farmer at Wassa Akropong, Opanin Kwaku Mensah, told GhanaWeb that his farm had been destroyed by illegal miners.

        "They came with their machines at night. Who sold it? I have my documents," he lamented.

        The Member of Parliament for Mpohor, Hon. Francis Kwesi Ewusi, threw his weight behind the chiefs in a Facebook post on Friday.

        "I stand with our chiefs. Let us go to the riverbanks," he wrote.
        '''
    assert speakers_of(tmp_path, text, "I stand with our chiefs") == ["Francis Kwesi Ewusi"]


def test_a_body_in_a_possessive_phrase_before_of_speaks(tmp_path):
    """"Poland's largest association of judges said in a statement that the veto
    “…”": the association, not nobody (a possessive opens the phrase whose preposition's
    object comes right before the verb)."""
    text = '''
        President vetoes court reform

        Poland's largest association of judges said in a statement that the veto "prolongs a crisis that has lasted nearly a decade."
        '''
    speakers = speakers_of(tmp_path, text, "prolongs a crisis")
    assert len(speakers) == 1 and "association" in speakers[0]


def test_a_spokesperson_for_a_body_whose_name_has_and_speaks(tmp_path):
    """"A spokesperson for the City and Borough of Juneau said …": the spokesperson, not
    "Borough" (the body's name joins two words with "and")."""
    text = '''
        Glacier flood warning

        A spokesperson for the City and Borough of Juneau said the city was "working closely with the U.S. Geological Survey to improve forecasting."
        '''
    speakers = speakers_of(tmp_path, text, "working closely with")
    assert len(speakers) == 1 and speakers[0].startswith("spokesperson")


def test_a_name_set_off_before_of_a_body_is_who_the_relative_clause_is_about(tmp_path):
    """"Among the few who voted against was Rubén Tapia Cruz, of the ruling party, who
    called the vote “…”": Tapia Cruz, not the party his aside names."""
    text = '''
        Peru's Congress removes the president

        Congress voted to remove the president on Thursday.

        Among the few who voted against was Rubén Tapia Cruz, of the ruling party, who called the vote "an act of political cannibalism that will deepen instability."
        '''
    assert speakers_of(tmp_path, text, "political cannibalism") == ["Rubén Tapia Cruz"]


def test_a_role_for_two_places_joined_by_and_is_the_subject_before_a_clause(tmp_path):
    # "Michelin's chief inspector for Great Britain and Ireland, who …, said": the
    # inspector, not Ireland (as with one place: "for Britain").
    text = '''
        Seven new stars

        Seven restaurants won their first star on Monday night.

        The guide's chief inspector for Great Britain and Ireland, who by tradition is not named, said the capital was going through "a real generational shift" in its kitchens.
        '''
    speaker, = speakers_of(tmp_path, text, "generational shift")
    assert speaker.startswith("guide's chief inspector")


def test_a_place_a_word_in_small_letters_places_is_no_subject(tmp_path):
    # "A caseworker at a county office in eastern Kentucky, who …, said": the
    # caseworker, as with "in Kentucky"; the place's name is no one's.
    text = '''
        Work rules strain offices

        The new rules take effect in January.

        A caseworker at a county assistance office in eastern Kentucky, who spoke on the condition of anonymity, said her office was "barely keeping its head above water" this year.
        '''
    speaker, = speakers_of(tmp_path, text, "barely keeping")
    assert speaker.startswith("caseworker")  # ("caseworker, Kentucky": where she works)


def test_a_claim_someone_denied_after_the_quote_is_not_their_words(tmp_path):
    # "“…,” a claim Arai has denied": a relative clause about the quote; the words are
    # the newspaper's, whom the sentence has say them.
    text = '''
        Funds scandal widens

        The minister failed to report income from fundraising parties, the Daily Courier reported last week.

        The newspaper said some of the money had been "kept off the books at the request of the faction," a claim Minister Hiroshi Arai has denied.
        '''
    assert speakers_of(tmp_path, text, "kept off the books") == ["Daily Courier"]


def test_an_aside_of_the_kind_of_body_and_its_name_names_the_subject(tmp_path):
    # "Its owner, the Leeds-based pub company Moorland Inns, told": the company the
    # aside names, not an unnamed owner.
    text = '''
        Village pub for sale

        The Black Swan has served the village since 1782.

        Its owner, the Leeds-based pub company Harrowgate Inns, told its tenants in a letter that the building would be sold "following a strategic review of our estate".
        '''
    assert speakers_of(tmp_path, text, "strategic review") == ["Harrowgate Inns"]


def test_who_said_after_a_description_set_off_after_a_name_is_that_name(tmp_path):
    # "Dennis Ochoa, a retired bus mechanic who said he has eaten there “…”, ordered":
    # the relative clause is about the mechanic, who is the one named before him.
    text = '''
        Taqueria to close

        The owners posted the news on Monday.

        Dennis Alcala, a retired bus mechanic who said he has eaten at the taqueria "at least twice a week since Reagan," ordered his usual plate.
        '''
    assert speakers_of(tmp_path, text, "at least twice a week") == ["Dennis Alcala"]


def test_a_verb_inside_the_opening_phrase_is_not_the_cue(tmp_path):
    # "In an email to Whitlow that he shared with the paper, a company representative
    # wrote: “…”": the representative's words, not Whitlow's.
    text = '''
        Tenants fight deposit deductions

        Jordan Whitcombe moved out of his apartment in March. His landlord kept most of his deposit.

        In an email to Whitcombe that he shared with the Post, a company representative wrote: "All deductions are consistent with the terms of your lease."
        '''
    assert speakers_of(tmp_path, text, "All deductions") == ["company representative"]


def test_a_teams_officer_named_after_the_role_and_its_field_is_the_speaker(tmp_path):
    # "“…,” Pistons president of basketball operations Marcus Ellington said": the
    # president, not the team before the role (the words after "of" are no body).
    text = '''
        Harbor City fires coach

        The Harbor City Mariners fired coach Mark Rudd on Monday.

        "This was a difficult decision, and it was not one we made lightly," Mariners president of basketball operations Marcus Ellison said in a statement.
        '''
    assert speakers_of(tmp_path, text, "difficult decision") == ["Marcus Ellison"]


def test_a_comma_inside_a_party_and_seat_bracket_opens_no_aside(tmp_path):
    # "But the Minority Leader, Musibau Akande (APC, Ibarapa East), described the
    # proposal as “…”": Akande, not the party in the bracket.
    text = '''
        Budget presented

        The governor presented the budget on Tuesday.

        But the Minority Leader, Musibau Adeyemo (APC, Ibarapa East), described the proposal as "another beautiful document that will end up on the shelf."
        '''
    assert speakers_of(tmp_path, text, "beautiful document") == ["Musibau Adeyemo"]
