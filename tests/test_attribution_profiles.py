"""Attribution in profiles, obituaries, interviews and the regional press: who a he or
she is when the person was brought in by a role, a nickname or a topic phrase, and who
answers an interview whose headline quotes its subject. Sentences written for these
tests."""

import pytest

from test_attribution_classes import speaker_of


def test_a_name_after_a_number_word_is_no_subject(tmp_path):
    """"her 1.2 million Tiktok followers": Tiktok is no one a she can stand for."""
    text = '''
        Soap star Kelsey Danvers has announced she is expecting her first child.

        The 33-year-old shared the news with her 1.2 million Tiktok followers on Sunday.

        "Our little miracle is on the way," she wrote.
        '''
    assert speaker_of(tmp_path, text, "little miracle") == "Kelsey Danvers"


def test_a_gendered_role_before_a_name_says_she(tmp_path):
    """"Soap actress Brinley Danvers": a she, as "Brinley Danvers, an actress," would be,
    before a woman named since in a clause about her (the part she plays)."""
    text = '''
        Soap actress Brinley Danvers has announced she is expecting her first child.

        The 33-year-old, who has played barmaid Tanya Sugden since 2017, shared the news on Sunday.

        "Our little miracle is on the way," she wrote.
        '''
    assert speaker_of(tmp_path, text, "little miracle") == "Brinley Danvers"


def test_a_noun_in_the_possessive_after_a_name_is_not_its_verb(tmp_path):
    """"the tiny western Queensland town’s nursing post": no subject Queensland (nor the
    union of that name named later), so the she after it is the nurse named before."""
    text = '''
        The bush nurse who sewed a stockman’s hand back on: Sister Brinley Hammond

        For 41 years, if you got hurt near Murrilla, you ended up on Brinley Hammond’s verandah.

        The nurse, who ran the tiny western Queensland town’s nursing post until 1999, died last month.

        She arrived in Murrilla at 24, expecting to stay a year.

        “You didn’t have the luxury of being squeamish,” she told ABC Western Queensland in 2016.

        A spokeswoman for the Queensland Nurses and Midwives’ Union praised Ms Hammond’s generation.
        '''
    assert speaker_of(tmp_path, text, "squeamish") == "Brinley Hammond"


def test_a_nickname_inside_a_name_is_that_person(tmp_path):
    """"Patricia ‘Pat’ Halloran": "Pat" alone, later, is her, in prose and as the one
    an interview is with."""
    text = '''
        For great-grandmother Patricia ‘Pat’ Halloran, 79, the walk is simply ‘something I should have done years ago’.

        Her son Michael follows in a camper van.

        We caught up with Pat during a rest day in Carlisle.

        Q: What has been the hardest part so far?

        A: The blisters! Nobody warned me about the hills in Devon.

        Q: Have people been generous along the way?

        A: Oh, unbelievably. People stop their cars to hand money through the window.

        Q: And what happens when you reach John o' Groats?

        A: A large gin and a long sit down.

        ‘I have never felt fitter,’ Pat said.
        '''
    assert speaker_of(tmp_path, text, "never felt fitter") == "Patricia Halloran"
    assert speaker_of(tmp_path, text, "The blisters!") == "Patricia Halloran"


def test_a_headline_that_quotes_a_person_names_the_interviewee(tmp_path):
    """"Graham Pell: ‘Finishing Ruth’s novel …’": Pell answers, though the introduction
    names his late wife more often."""
    text = '''
        Graham Pell: ‘Finishing Ruth’s novel was the last conversation we had’

        When the novelist Ruth Ferrier died in 2021, she left 212 pages of an unfinished book. Ruth Ferrier asked her husband to finish it.

        Interview by Nadia Rahman

        Graham Pell is 76. The book was begun by Ruth Ferrier in 2019.

        Her note, which he found clipped to the manuscript, was brisk. Ruth Ferrier wrote it in 2020.

        We meet at the house in Hebden Bridge they shared for 38 years.

        When did you first read the note?

        About a week after the funeral. I had been avoiding the study for days.

        How much of the finished novel is hers?

        The first 212 pages are entirely hers. I changed perhaps a dozen words.

        Did you obey her about the sister?

        I did. I wanted to disobey her, and I could hear Ruth saying so.

        Did she ever say that to you directly?

        Constantly. It was the great argument of our marriage.

        Will you write another?

        I doubt it. I think I have said what I had to say.
        '''
    assert speaker_of(tmp_path, text, "avoiding the study") == "Graham Pell"


def test_a_person_a_sentence_opens_for_after_a_role_is_its_topic(tmp_path):
    """"For factory worker Rosmah Ismail, 27, …, the increase is a relief. “…,” she said":
    hers, not the subject of the paragraph before."""
    text = '''
        Economist Aminuddin Yusof said about 1.3 million workers would see a pay rise.

        For factory worker Rosmah Ismail, 27, who earns RM1,250 a month, the increase is a welcome relief.

        "Rent, petrol, milk powder: everything went up," she said.
        '''
    assert speaker_of(tmp_path, text, "everything went up") == "Rosmah Ismail"


def test_a_description_opening_a_sentence_before_a_colon_is_the_one_described(tmp_path):
    """"The Coventry fighter was gracious in defeat, posting on X:": the boxer named
    before, not Coventry (a noun for a person no list holds, after a place)."""
    text = '''
        Connor Lacey stopped defending champion Aaron Whitehouse in the ninth round.

        Whitehouse, 31, struggled with Lacey's speed from the opening bell.

        The Coventry fighter was gracious in defeat, posting on X: "No excuses. Better man won tonight. I'll be back."
        '''
    assert speaker_of(tmp_path, text, "Better man won") == "Aaron Whitehouse"


def test_the_one_man_a_paragraph_names_before_its_he(tmp_path):
    """"In 1968 she married the lighting designer Alan Freer. They separated …, and he
    lit her shows": the he is Freer, the one man the paragraph names, not the man who
    was the subject of a paragraph before."""
    text = '''
        Peggy Ashdown, who founded the Crescent Theatre, has died aged 88.

        In 1994 the arts board withdrew the theatre's grant. Its chair, Gerald Finch, called the theatre "structurally unsustainable".

        Ashdown had the phrase printed on T-shirts.

        In 1968 she married the lighting designer Alan Freer. They separated in 1980 but remained close, and he lit most of her productions.

        "We were much better at being friends than husband and wife," he said.
        '''
    assert speaker_of(tmp_path, text, "better at being friends") == "Alan Freer"


def test_a_woman_named_in_a_participles_clause_is_not_the_she_after_it(tmp_path):
    """"Asked about her own vote in the event that Clinton faces Trump, she replied": the
    she is the one the paragraphs before quote, not Clinton, named inside the clause."""
    text = '''
        Actress Susan Sarandon says she may not vote for Hillary Clinton.

        "I think Bernie would encourage people to back her," she said.

        Asked about her own vote in the event that Hillary Clinton faces Donald Trump, she replied: "I don't know. I'm going to see what happens."
        '''
    assert speaker_of(tmp_path, text, "see what happens") == "Susan Sarandon"


def test_kin_set_off_after_a_first_name_bears_the_family_name(tmp_path):
    """"Gemma’s husband, Craig, 41," after "Gemma Rowbotham": Craig Rowbotham, as "Mrs
    Rowbotham’s husband, Craig," is."""
    text = '''
        Mum-of-two Gemma Rowbotham, 38, had all but given up on ever seeing Poppy again.

        'I honestly thought it was a wind-up at first,' Gemma said.

        Gemma’s husband, Craig, 41, said the couple had explained to their children that Poppy might not come home.

        'That was the worst conversation we’ve ever had to have,' he said.
        '''
    assert speaker_of(tmp_path, text, "worst conversation") == "Craig Rowbotham"


def test_an_age_stands_for_the_one_the_article_gave_it(tmp_path):
    """"the 34-year-old said" is Kerry Bates, 34, not the neighbour, 61, named since;
    "the 61-year-old" is the neighbour; "The mum-of-two said:" is a woman named before,
    not the man named last."""
    text = '''
        Kerry Bates, 34, from Wigan, said the urn was taken from her car on Tuesday night.

        Her neighbour Tom Riley, 61, said he saw two men near the car.

        "I just want him back," the 34-year-old said.

        "It's disgusting," the 61-year-old said.

        The mum-of-two said: "It's all I have left of him."
        '''
    assert speaker_of(tmp_path, text, "want him back") == "Kerry Bates"
    assert speaker_of(tmp_path, text, "disgusting") == "Tom Riley"
    assert speaker_of(tmp_path, text, "all I have left") == "Kerry Bates"


def test_an_age_no_one_was_given_is_the_person_named_before(tmp_path):
    """"Daniel Okonkwo headed the winner. “…,” the 21-year-old said": Okonkwo, whom the
    article gave no age, not a speaker called "21-year-old"."""
    text = '''
        Daniel Okonkwo headed the winner four minutes from time.

        "I've been waiting for that one," the 21-year-old said.
        '''
    assert speaker_of(tmp_path, text, "waiting for that one") == "Daniel Okonkwo"


def test_an_obituarys_he_is_its_subject_named_again_since_another_man(tmp_path):
    """The headline's "Mikey Considine" is "Micheál “Mikey” Considine"; after "The GAA
    … described Mr Considine as …", a he further on is Considine, not the president
    who led the tributes two paragraphs before."""
    text = '''
        Mikey Considine: Clare hurler whose voice became the soundtrack of summer Sundays

        Micheál "Mikey" Considine, the former Clare hurler who became one of the best-loved voices in Irish broadcasting, has died at the age of 79.

        President Michael D Higgins led the tributes on Wednesday.

        The GAA said it was "deeply saddened" by the news and described Mr Considine as "a giant of the game".

        Born in Sixmilebridge in 1942, he left school at 15 to work on the family farm.

        "I was never a stylist. I was a fella who'd get in your way and stay there," he said in 2012.
        '''
    assert speaker_of(tmp_path, text, "never a stylist") == "Micheál Considine"



def test_the_headlines_person_named_again_does_not_take_the_he_of_one_who_spoke(tmp_path):
    """After "“…,” Mr Ryan said" and "The county board described Mr Considine as …", the
    next "“…,” he said" is Ryan's, the one named as speaking, not the dead man the
    headline names (review 7)."""
    text = '''
        Mikey Considine dies aged 81

        Former Clare hurler Mikey Considine has died aged 81.

        Club chairman Tom Ryan paid tribute on Monday.

        “He was a legend of this parish,” Mr Ryan said.

        The county board described Mr Considine as a giant of the game.

        “I will miss my old friend terribly,” he said.
        '''
    assert speaker_of(tmp_path, text, "miss my old friend") == "Tom Ryan"


def test_an_age_written_for_someone_unnamed_too_is_no_ones_alone(tmp_path):
    """"Firefighter Dave Jones, 34, rescued a woman …. The woman, also 34, …. “…,” the
    34-year-old said": not Jones, whose age the woman shares (review 7)."""
    text = '''
        Fire

        Firefighter Dave Jones, 34, rescued a woman from a blaze on Friday.

        The woman, also 34, was treated in hospital.

        “I thought I was going to die,” the 34-year-old said.
        '''
    assert speaker_of(tmp_path, text, "going to die") != "Dave Jones"


def test_a_she_in_an_obituary_of_a_woman_is_hers_after_a_mans_words(tmp_path):
    """"Judith Carrow obituary" … "Alan Fairlie, who produced the series, recalls: “…”" ¶
    "…, she told peers: “…”": the she is the woman the obituary is of, not the man whose
    words came last."""
    text = '''
        Judith Carrow obituary

        Judith Carrow, who has died aged 89, was a botanist and broadcaster.

        She presented the radio series Verge and Hedgerow for 19 years.

        Alan Fairlie, who produced the series for most of its run, recalls: “Judith could make ten minutes on ribwort plantain feel like a thriller.”

        Giving evidence to a select committee in 1995, she told peers: “The verges of this country are the largest nature reserve we have.”
        '''
    assert speaker_of(tmp_path, text, "largest nature reserve") == "Judith Carrow"


def test_one_who_owns_a_man_named_after_her_may_be_the_she(tmp_path):
    """"Theresa Gomez’s father, Ernesto, lived at the home …. She says …": the she is
    Theresa, whose father is a he, not a body named before."""
    text = '''
        Care home chain cut staff

        Lakeshore Senior Living said its homes met every staffing rule.

        Theresa Gomez’s father, Ernesto, lived at Lakeshore Terrace for 18 months. She says she began visiting every day at dinnertime.

        “I’d walk in and his tray would be sitting there, cold, out of reach,” she says.
        '''
    assert speaker_of(tmp_path, text, "tray would be") == "Theresa Gomez"


@pytest.mark.parametrize("sentence,expected", [
    # a word that opens longer titles ("Senior Minister") is no title before a body's
    # last word
    ("Lakeshore Senior Living said its homes “have always met or exceeded state and "
     "federal staffing requirements.”", "Lakeshore Senior Living"),
    # nor a nationality that opens them ("British Ambassador"): the British Library is no
    # woman named Library for the she after it
    ("In a 2003 interview for the British Library’s oral history project, she said her "
     "work was “a kind of good manners towards the ground.”", "Judith Carrow"),
])
def test_a_word_that_opens_titles_makes_no_person_of_one_word(tmp_path, sentence, expected):
    text = f'''
        Botanist dies

        Judith Carrow, a botanist, has died aged 89.

        {sentence}
        '''
    words = "staffing requirements" if "staffing" in sentence else "good manners"
    assert speaker_of(tmp_path, text, words) == expected


def test_one_who_owns_a_person_of_the_other_sex_may_be_the_she_of_the_next_paragraph(
        tmp_path):
    """"Sunita Devi's son Rohit was one of the children in the trial." ¶ "“…,” she
    said": her son is a he, so the she is Sunita, not a man quoted before."""
    text = '''
        Shorter treatment for children works

        "There is no longer any excuse for treating children the old way," said Dr Thabo Nkosi, who led the trial. "These results are clear," he said.

        In a village in Gaya district, Sunita Devi's son Rohit, nine, was one of the children in the trial. Her husband works on building sites.

        "Every trip to the hospital costs us a day's wages," she said, speaking through an interpreter.
        '''
    assert speaker_of(tmp_path, text, "costs us a day") == "Sunita Devi"
