"""A role set off after a name that holds a place's state ("a scientist at NASA in
Greenbelt, Maryland,") or opens with a word for a study ("study lead author"), and a
compound noun a word for speaking opens ("think tank"): the cue is still the name's.
Sentences written for these tests, on forms met in real web news of 2019."""

import pytest
from test_attribution_classes import speaker_of

QUOTE = '"Water is hard to find beyond the Earth, and we looked very hard,"'


@pytest.mark.parametrize("cue", [
    # a town's state, and a city's initials, set off inside the aside
    "study lead author Lucas Paganini, a planetary scientist at NASA's Goddard Space"
    " Flight Center in Greenbelt, Maryland, said in a statement.",
    "study lead author Lucas Paganini, a planetary scientist at the Goddard Center in"
    " Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.",
    # a role opening with a word for a study
    "study lead author Lucas Paganini said in a statement.",
])
def test_the_name_before_an_aside_with_a_place_in_it_speaks(tmp_path, cue):
    text = f'''
        Plumes on Europa

        Researchers have detected water vapour above Europa, a new study reports.

        {QUOTE} {cue}
        '''
    assert speaker_of(tmp_path, text, "Water is hard") == "Lucas Paganini"


def test_a_mayor_of_a_town_named_in_an_aside_still_speaks(tmp_path):
    """The comma after a town ends the aside when a person's name follows it: "The
    mayor of Springfield, Tom Jones, said" is Tom Jones's."""
    text = f'''
        Plumes on Europa

        Researchers have detected water vapour above Europa, a new study reports.

        {QUOTE} the mayor of Springfield, Tom Jones, said.
        '''
    assert speaker_of(tmp_path, text, "Water is hard") == "Tom Jones"


def test_a_think_tank_is_no_verb(tmp_path):
    text = f'''
        Smog returns to Delhi

        Air quality improved slightly on Monday.

        {QUOTE} Jane Doe, a fellow at the Cato think tank, said.
        '''
    assert speaker_of(tmp_path, text, "Water is hard") == "Jane Doe"


@pytest.mark.parametrize("cue,expected", [
    ('said the Red Cross.', "Red Cross"),
    ('writes the Associated Press.', "Associated Press"),
    ('said the Rev. Peter Wherry.', "Peter Wherry"),
])
def test_a_body_named_after_the_verb_with_the_speaks(tmp_path, cue, expected):
    """"“…,” said the Red Cross": the body is the speaker, as "said Reuters" is, though
    "the" stands before its name (it gave Unknown); a title after "the" still opens a
    person's name."""
    text = f'''
        Plague fears in Beijing

        In the wake of that outbreak, China "vastly improved its detection and management of infectious diseases," {cue}
        '''
    assert speaker_of(tmp_path, text, "vastly improved") == expected


@pytest.mark.parametrize("subject", ["Paganini and his team wrote in the paper.",
                                     "Paganini and her colleagues wrote in the paper."])
def test_one_named_with_his_team_is_the_one_who_speaks(tmp_path, subject):
    """"“…,” Paganini and his team wrote": Paganini, not "team"."""
    text = f'''
        Plumes on Europa

        Lucas Paganini led the study of the moon's thin atmosphere.

        "We suggest that the outgassing of water vapour on Europa occurs at lower levels," {subject}
        '''
    assert speaker_of(tmp_path, text, "We suggest") == "Lucas Paganini"


def test_the_second_body_after_a_preposition_in_an_aside_is_not_a_subject(tmp_path):
    """"Dr Ronald Walcott, managing director of Precision Cybertechnologies and Digital
    Solutions, a cyber security firm, said …": the he after is Walcott's, not the
    firm's that the aside names."""
    text = '''
        Stores stalled by cyber attack

        Yesterday, Dr Ronald Walcott, managing director of Precision Cybertechnologies and Digital Solutions, a cyber security firm, said the attack appeared to be a denial of service.

        "I would not like to speculate on what transpired. It seemed to be more of a denial of service attack," he said.

        Staff at the Westmoorings store wait outside during its closure yesterday.

        NICOLE DRAYTON

        However, he noted that cyber-attacks had been on the rise in the region.

        "What is happening here is happening globally, and it will only increase," he warned.
        '''
    assert speaker_of(tmp_path, text, "happening globally") == "Ronald Walcott"


def test_a_name_before_an_aside_between_dashes_is_the_subject(tmp_path):
    """"Tommy — who only goes by his first name online — retired …": the verb after
    the dashes is his, so the he after it stands for him (it stood for nobody)."""
    text = '''
        Retiring early

        8. If you have a mortgage, consider paying it off

        In preparing for early retirement, eliminating consumer debt is a no-brainer, but paying off a mortgage early with good terms isn't so cut-and-dry.

        Tommy — who only goes by his first name online — retired nearly 10 years ago at age 51, after a three-decade career in telecom. He never earned a six-figure salary, but focused on saving since his 20s and living frugally with his wife and three kids, he wrote in a blog post.

        "So much of our having a great retirement is mental," he wrote.
        '''
    assert speaker_of(tmp_path, text, "retirement is mental") == "Tommy"


def test_a_relative_clause_with_a_verb_of_its_own_inside_the_aside(tmp_path):
    """"“…,” Alberto Shiguematsu, a São Paulo resident who tweeted about the smoke,
    said": the name before the aside, not the editor who said something before."""
    text = '''
        Amazon smoke reaches the city

        Gustavo Faleiros, an editor at InfoAmazonia, said in an email that the air was worse in the countryside.

        "Countryside residents started complaining about the smoke, because the air used to be clean there," Alberto Shiguematsu, a São Paulo resident who tweeted about the smoke, said.
        '''
    assert speaker_of(tmp_path, text, "Countryside residents") == "Alberto Shiguematsu"


@pytest.mark.parametrize("cue", [
    "according to media and PR strategist Glen Yearwood, who represents the industry.",
    "according to PR strategist Glen Yearwood.",
    "said defence and security analyst Glen Yearwood.",
])
def test_a_roles_words_before_a_name_after_the_cue(tmp_path, cue):
    """The name after a role's words, fields joined by "and" among them, not "PR" nor
    nobody."""
    text = f'''
        Labels pledge to drop offensive songs

        The record companies have pledged not to release any offensive songs.

        "The industry will work with the artists while still maintaining their freedom of speech," {cue}
        '''
    assert speaker_of(tmp_path, text, "industry will work") == "Glen Yearwood"


def test_an_age_before_a_noun_bodies_share_makes_a_person(tmp_path):
    # "Tobias Meier, 29, a crane operator, said he …": an operator may be a body, but
    # one given an age is a person, the he after him
    text = '''
        Steel jobs cut

        Dirk Weber, head of the union in the region, said the union would strike. "The heart of our industry is being ripped out," he said.

        Outside the plant gates, the mood was gloomy. Tobias Meier, 29, a crane operator, said he had hoped to stay. "My father worked here for 38 years," he told DW.
        '''
    assert speaker_of(tmp_path, text, "My father worked") == "Tobias Meier"


def test_a_person_of_a_body_that_nouns_describe(tmp_path):
    # "Sabine Haslinger of the aid group Asylhilfe Österreich told": where she works,
    # described by a noun or two after "of the", is not who spoke
    text = '''
        Smugglers jailed

        "Every new fence pushes people into the hands of smugglers," Sabine Haslinger of the aid group Asylhilfe Österreich told the Kurier newspaper.
        '''
    assert speaker_of(tmp_path, text, "Every new fence") == "Sabine Haslinger"


def test_the_name_set_off_after_a_description_that_opens_the_colons_sentence(tmp_path):
    # "Jalen’s sister, Kiana Carter, 22, turned … and spoke directly to Tillery:" ¶ "“…”":
    # the name set off after the description, not the one spoken to
    text = '''
        Man sentenced for killing

        Raymond Tillery, 24, was sentenced to 30 years on Friday.

        Jalen’s sister, Kiana Carter, 22, turned from the lectern and spoke directly to Tillery:

        “I want you to know who he was. He made sure I ate when Mom was working doubles.”
        '''
    assert speaker_of(tmp_path, text, "I want you to know who he was") == "Kiana Carter"
