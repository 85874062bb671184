"""A he, a she or a description stands only for someone the article shows to be a
person; a guess yields to the same words cued elsewhere. Every article here is written
for these tests."""

import textwrap

import pytest

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


# What the article itself shows decides whether a he or she may stand for a name, with
# no list of names: a word that opens a sentence, a plural, a storm named in the
# headline are nobody; names from anywhere that act, speak or are described are someone.
@pytest.mark.parametrize("before,pronoun", [
    ("Storm lashes Gulf coast\n\nHeavy rain fell across the region on Tuesday.", "he"),
    ("Schools ask Salem for road funds\n\nDistricts want more state aid this year.", "she"),
    ("Hurricane Nora hits Sonora\n\nThe storm made landfall on Sunday night.", "she"),
    ("Ferry back in service\n\nIslanders say the old ferry is safe again.", "she"),
    ("Floods reach Tulsa\n\nMaria Lopez lost her home when the river rose on Monday.\n\n"
     "Officials in Tulsa said the damage was severe.", "he"),
])
def test_a_pronoun_after_no_person_is_unknown(tmp_path, before, pronoun):
    text = f'{before}\n\n"We need more money for our schools and our roads," {pronoun} said.\n'
    assert speakers_of(tmp_path, text, "more money") == ["Unknown"]


def test_a_short_quotation_cued_for_nobody_named_is_kept_as_unknown(tmp_path):
    text = ('Hurricane Nora hits Sonora\n\nThe storm made landfall on Sunday.\n\n'
            '"It was terrifying," she told reporters.\n')
    assert speakers_of(tmp_path, text, "terrifying") == ["Unknown"]


NAMES = [("Tri Rismaharini", "she"), ("Nnamdi Kanu", "he"), ("Xu Zhiyong", "he"),
         ("Siti Nurhaliza", "she"), ("Kasongo Mwamba", "he"), ("Oluwaseun Adeyemi", "she"),
         ("Dewi Sartika", "she"),  # "Dewi" is in the lists as a man's name
         ("Jokowi", "he")]  # one word, as a name that is no word of English


@pytest.mark.parametrize("name,pronoun", NAMES)
@pytest.mark.parametrize("sentence", [
    "{N} opened a bakery in the old market in 2010.",
    "{N}, 48, was arrested in June.",
    "{N} leads the union of market traders.",
    "{N} believes the city can recover.",
])
def test_a_pronoun_reaches_a_name_no_list_holds(tmp_path, name, pronoun, sentence):
    text = (f'City news\n\n{sentence.format(N=name)}\n\n'
            f'"We will rebuild every house in this district," {pronoun} said.\n')
    assert speakers_of(tmp_path, text, "rebuild") == [name]


@pytest.mark.parametrize("name,pronoun", NAMES[:-1])
@pytest.mark.parametrize("sentence", [
    "The governor, {N}, visited the flooded district on Monday.",
    "Flood waters reached the home of {N} on Monday.",
])
def test_a_pronoun_reaches_a_name_no_list_holds_when_no_one_else_is_named(
        tmp_path, name, pronoun, sentence):
    # Not the subject: the one the article shows to be a person, when no one with a
    # title or a known name is named before.
    text = (f'City news\n\n{sentence.format(N=name)}\n\n'
            f'"We will rebuild every house in this district," {pronoun} said.\n')
    assert speakers_of(tmp_path, text, "rebuild") == [name]


def test_a_pronoun_after_a_thing_does_not_reach_back_past_it(tmp_path):
    # "China may outnumber …, he says": the subject is no person, so the he is not the
    # analyst two paragraphs back (as it would be by skipping China), and the nearest
    # person, the minister, is who says it.
    text = '''
        Border talks

        Tom Miller, an analyst in Beijing, said trade across the border would keep growing.

        Trucks wait for days at the crossing near Khorgos.

        Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns. China may outnumber the country by 80 to 1, but its growth is good news, he says.

        "We should get on board that train," he said.
        '''
    assert speakers_of(tmp_path, text, "board that train") == ["Erlan Idrissov"]


# A surname two people share: the one named last is the husband; a she is the wife when
# her pronoun follows the surname in its clause ("Osei shared her view") or in the
# pronoun's own sentence ("Keane said that she").
@pytest.mark.parametrize("wife,husband,host,sentence", [
    ("Ama Osei", "Kofi Osei", "Paul Mensah",
     "Osei shared her view that none of it went too far."),
    ("Nora Keane", "Tom Keane", "Amina Diallo",
     "Keane said that she does not believe the family should be spared criticism."),
])
def test_a_surname_two_people_share_is_the_one_a_pronoun_fits(tmp_path, wife, husband,
                                                               host, sentence):
    text = (f"A widow speaks\n\n{wife}, whose husband, navy diver {husband}, died in the "
            f"2012 attack, spoke to the radio host {host} on Thursday.\n\n"
            f"{host.split()[-1]} asked about the critics. {sentence}\n\n"
            '"I would never wish that loss on anyone, and I never will," she said.\n')
    assert speakers_of(tmp_path, text, "wish that loss") == [wife]


def test_a_she_between_two_people_does_not_make_the_one_of_unknown_gender_a_she(tmp_path):
    # "after she lost" may be either woman's; Robin, a name of either sex, must not
    # become a she by that guess, or the he who speaks later skips past Robin Hale.
    text = '''
        Council backs the bridge

        Robin Hale praised Maria Lopez after she lost the vote on Tuesday.

        Hale, who has led the council since 2015, then turned to the budget. Hale thanked Tom Reyes for his work on it.

        "We will build the bridge whatever it costs," he said.
        '''
    assert speakers_of(tmp_path, text, "build the bridge") == ["Robin Hale"]


def test_a_name_before_if_or_when_is_not_the_subject_a_she_goes_on_with(tmp_path):
    # "back Julia Stone if she loses": Stone is who is backed, not a clause's subject.
    text = '''
        Council race

        Maria Vance told reporters on Monday that her supporters would not back Julia Stone if she loses the primary.

        "We will see what happens in June," she said.
        '''
    assert speakers_of(tmp_path, text, "what happens") == ["Maria Vance"]


@pytest.mark.parametrize("sentence", [
    "Tomas Berg said he would advise Mark Ruiz on the harbour plan.",
    "Tomas Berg said he had told Mark Ruiz about the harbour plan.",
])
def test_the_one_spoken_to_is_not_the_subject_a_he_goes_on_with(tmp_path, sentence):
    # "would advise Mark Ruiz", "had told Mark Ruiz": Ruiz is spoken to, not speaking
    # ("…," says Mark Ruiz is).
    text = f'''
        Harbour plan

        {sentence}

        He warned that the port "will not survive another winter of closures."
        '''
    assert speakers_of(tmp_path, text, "another winter") == ["Tomas Berg"]


def test_a_name_after_an_inverted_verb_and_a_role_is_the_one_speaking(tmp_path):
    # "…, says … committee chairman Datuk Tomas Berg": the one a he goes on with.
    text = '''
        Flood wall

        The flood project for the Sungai Granvik lower basin is about 70% complete, says Granvik public works committee chairman Datuk Tomas Berg.

        He said the pump house in Taman Sri Wangsa had been rebuilt.

        "No system can promise zero floods," he told reporters.
        '''
    assert speakers_of(tmp_path, text, "zero floods") == ["Tomas Berg"]


def test_a_clause_after_a_place_and_a_comma_is_no_aside_about_it(tmp_path):
    # "in Granvik, the mayor also said": the mayor is no name for Granvik.
    text = '''
        Harbour plan

        Mayor Ana Ruiz opened the new harbour wall on Monday.

        At a press conference in Granvik, the mayor also said the port would stay open. "We will not close the bay to our own boats," the mayor said.
        '''
    assert speakers_of(tmp_path, text, "close the bay") == ["Ana Ruiz"]


def test_a_speech_verb_with_no_subject_of_its_own_is_no_cue(tmp_path):
    # "… if asked": the sentence before a quotation is still about its subject.
    text = '''
        Harbour plan

        "We need the port open all winter," Ana Ruiz said.

        Tomas Berg distanced himself from the plan but offered his help to the Harbour Trust if asked. "I am going to support the board, but not this plan."
        '''
    quotes_of(tmp_path, text)  # (writes the story)
    quote, = [q for q in klayman_tui.load([tmp_path]).sources[0].quotes
              if "support the board" in q.text]
    # The subject of the sentence before, not a guess at a name nearby: not uncertain.
    assert (quote.speaker, quote.uncertain) == ("Tomas Berg", False)


def test_a_name_before_a_role_and_a_possessive_is_its_modifier(tmp_path):
    # "Labour councillor Ana Ruiz's first message": the post is Ruiz's.
    text = '''
        Harbour plan

        "We need the port open all winter," Tomas Berg said.

        Labour councillor Ana Ruiz's first message on Sunday was a short warning about the storm. "Stay home tonight. The roads to the port are closed."
        '''
    assert speakers_of(tmp_path, text, "Stay home tonight") == ["Ana Ruiz"]


# A definite description ("the narrator says") stands for the person named last only
# when the article tells of that person as one who acts or speaks; one named in
# passing, as the object of a verb, is not the narrator.
@pytest.mark.parametrize("story,words,speaker", [
    ("The group released a television ad on Monday attacking Governor Ruth Kaplan over "
     "the state budget.\n\n\"She broke her promise on taxes,\" the narrator says.",
     "broke her promise", "narrator"),
    ("Ruth Kessler spoke at the county fair on Monday. Later the Kessler team released "
     "a new ad.\n\n\"We will fix the roads,\" the candidate said.",
     "fix the roads", "Ruth Kessler"),
    ("Sen. Tom Udall met voters in Santa Fe on Monday, and Gov. Ann Price joined them "
     "later.\n\n\"We need more water for the farms,\" the senator and Democratic "
     "candidate said.", "more water", "Tom Udall"),
])
def test_a_description_stands_for_a_person_the_article_tells_of(tmp_path, story, words,
                                                                 speaker):
    text = f"Campaign notes\n\n{story}\n"
    assert speakers_of(tmp_path, text, words) == [speaker]


def test_a_surname_shaped_like_a_nationality_is_still_a_name(tmp_path):
    # "Kaplan wants" reads like "American farmers"; the article names Ruth Kaplan, so
    # it is her, and the she after it goes on with her.
    text = '''
        Budget vote

        Council member Ruth Kaplan met Mayor Ann Price on Monday. Price backed the plan.

        Kaplan wants a new vote on it next week.

        "I will not sign this budget," she said.
        '''
    assert speakers_of(tmp_path, text, "sign this budget") == ["Ruth Kaplan"]


@pytest.mark.parametrize("name,later", [
    ("Nguyen Van Thanh", "Thanh"),    # family name first, then a particle-like name
    ("C. Stewart Verdery", "Verdery"),  # an initial before the given name
])
def test_a_name_inside_a_sentence_keeps_its_first_words(tmp_path, name, later):
    text = f'''
        Port rules anger fishermen

        "We cannot feed our families like this," said {name}, a boat owner.

        "Nobody asked us," {later} said.
        '''
    assert [s for s, _ in quotes_of(tmp_path, text)] == [name, name]


def test_a_surname_reaches_a_full_name_that_ends_in_a_suffix(tmp_path):
    text = '''
        Mayor visits the plant

        Mayor Joseph R. Halloran Jr. toured the water plant on Friday.

        "The pipes are older than I am," Mr. Halloran said.
        '''
    assert speakers_of(tmp_path, text, "pipes are older") == ["Joseph R. Halloran Jr."]


def test_a_name_and_the_same_name_with_a_suffix_are_two_people(tmp_path):
    text = '''
        Endorsement

        "We need a leader, not a policy wonk," said Rep. Paul Whitcombe, a Republican. His father, Paul Whitcombe Sr., ran for governor in 2008.
        '''
    assert speakers_of(tmp_path, text, "policy wonk") == ["Paul Whitcombe"]


def test_the_first_of_two_surnames_names_the_person(tmp_path):
    text = '''
        Bank in trouble

        The bank's president, Lucia Herrera Quintana, met creditors on Monday.

        "We need more time to pay," Ms. Herrera said.
        '''
    assert speakers_of(tmp_path, text, "more time") == ["Lucia Herrera Quintana"]


def test_a_name_and_where_the_person_works_is_still_the_subject(tmp_path):
    # "Dan Hale at the National Review agreed": Hale is the one who agreed (and wrote).
    text = '''
        Who won the debate

        Dan Hale at the National Review agreed with Tom Baker about the winner.

        "Pence won the night with ease," he wrote.
        '''
    assert speakers_of(tmp_path, text, "won the night") == ["Dan Hale"]
    # with a verb in the present that is no verb of speech ("Wang at Mysteel sees"),
    # before another the she may stand for
    text = '''
        Iron ore slides

        "Mills are buying hand to mouth," said Wang Jing, an analyst at the consultancy Mysteel.

        "Supply is the bigger story this year," said Sophie Nguyen, a strategist. "Simandou changes the picture," she said.

        Wang at Mysteel sees little hope of a quick turnaround. "Steel demand from property is not coming back," she said.
        '''
    assert speakers_of(tmp_path, text, "not coming back") == ["Wang Jing"]


def test_an_aside_that_ends_in_a_quotation_still_leaves_its_subject(tmp_path):
    # The comma that closes the aside is inside the quotation marks.
    text = '''
        Budget row

        Tom Lane, who has called the plan by Bill Ruiz "a disaster," told reporters that the vote was rushed.

        "Nobody on the council read the bill," he said.
        '''
    assert speakers_of(tmp_path, text, "Nobody on the council") == ["Tom Lane"]


# A person the article describes without a name, as the subject that opens a sentence,
# is the one a he or she right after stands for, not someone named paragraphs before:
# "Another resident was less sure. "…," she said." The role is the speaker.
VILLAGE = '''
    Village split over car park

    Councillor Margaret Ellis, who chairs the parish council, backed the plan. "Visitors block the lanes every weekend," she said.

    {description} "It's a lot of tarmac for a few summer Sundays," {pronoun} said.

    Mrs Ellis said the council would listen. "Nothing is decided yet," she added.
    '''


@pytest.mark.parametrize("description,pronoun,speaker", [
    ("Another resident was less sure.", "she", "resident"),
    ("One mother of two, walking her dog by the pond, was blunt.", "she", "mother"),
    # a noun no list holds: the verb says a person speaks
    ("A local shopkeeper said trade had fallen.", "he", "shopkeeper"),
    ("A publican told the meeting he was worried.", "he", "publican"),
])
def test_a_pronoun_after_a_described_subject_stands_for_it(tmp_path, description, pronoun,
                                                            speaker):
    text = VILLAGE.format(description=description, pronoun=pronoun)
    assert speakers_of(tmp_path, text, "tarmac") == [speaker]
    assert speakers_of(tmp_path, text, "Nothing is decided") == ["Margaret Ellis"]


def test_a_role_is_no_gender_for_the_next_one_described_by_it(tmp_path):
    # Two residents, a woman and then a man: the first one's "she" does not make
    # "resident" a woman that the second one's "he" cannot stand for.
    text = '''
        Village split over car park

        Councillor Mark Ellis backed the plan. "Visitors block the lanes," he said.

        Another resident was less sure. "It's a lot of tarmac," she said.

        One resident was angry. "We were never asked about any of this," he said.
        '''
    assert speakers_of(tmp_path, text, "never asked") == ["resident"]


@pytest.mark.parametrize("description", [
    "A general strike was called for Friday.",   # a noun for a person, then its noun
    "An early report said the vote was close.",  # a thing that "said"
    "A new statement was issued on Monday.",
])
def test_a_description_of_no_person_is_no_one_a_pronoun_stands_for(tmp_path, description):
    text = VILLAGE.format(description=description, pronoun="she")
    assert speakers_of(tmp_path, text, "tarmac") == ["Margaret Ellis"]


def test_a_pronoun_stands_for_one_named_with_an_s_in_its_paragraph(tmp_path):
    # A surname that ends like a nationality ("-an") is a name when it has an 's; the
    # he of the paragraph that names him so is his, not the last man named as a subject
    # paragraphs before.
    text = '''
        Minister under pressure

        The home secretary, Richard Halloran, yesterday promised an overhaul of the system.

        Halloran has asked the head of the directorate, Sir Clive Manning, to report by June. Sir Clive wrote that teams had been overwhelmed.

        The row has fuelled speculation about Halloran's future. Asked on his way into the Commons whether he expected to keep his job, he said only: "That is a matter for the prime minister."
        '''
    assert speakers_of(tmp_path, text, "matter for the prime minister") == ["Richard Halloran"]


def test_a_pronoun_stands_for_the_subject_its_sentence_opens_with(tmp_path):
    # The sentence before names a second person as the subject of a clause inside it;
    # the he is the one the sentence is about.
    text = '''
        Scotland labour past Italy

        SCOTLAND head coach Alastair Brodie admitted his side had got out of jail. "We'll take the win," Brodie said.

        Brodie confirmed that Laidlaw had been taken for an X-ray on his wrist, while hooker Stuart Lennox was nursing a dead leg.

        "We're one from two. If we go to Cardiff and win, everybody will be talking about a good championship," he said.
        '''
    assert speakers_of(tmp_path, text, "one from two") == ["Alastair Brodie"]


def test_one_named_with_an_s_before_a_role_is_not_the_one_who_acts(tmp_path):
    # "Sioned Jones's daughter Elan … she said": the daughter (who bears her mother's
    # surname, as news names a family), not her mother.
    text = '''
        School closure

        Sioned Jones, whose two children attend the school, said: "This school has been here since 1874."

        The council's director of education, Gareth Price, said the decision had not been taken lightly.

        Sioned Jones's daughter Elan, who is nine, had made her own sign. "I don't want to go on a big bus," she said.
        '''
    assert speakers_of(tmp_path, text, "big bus") == ["Elan Jones"]


def test_one_named_after_one_of_them_is_and_an_age_is_the_she_that_follows(tmp_path):
    # "One of them is Halyna Petrivna, 71, …": named after the verb, with an age, and
    # neither first name in any list; the she is her, not the medic quoted before.
    text = '''
        Holding on in the ruins

        Combat medic Olena Kravets said the wounded were arriving in greater numbers. "The hardest thing is the evacuation," Kravets said.

        Some residents refuse to leave. One of them is Halyna Petrivna, 71, who lives in the basement of a ruined block. She refused a lift to the city last week.

        "Where would I go? My husband is buried here," she said.
        '''
    assert speakers_of(tmp_path, text, "Where would I go") == ["Halyna Petrivna"]


def test_one_described_with_an_age_is_a_person_whatever_the_noun(tmp_path):
    # "a 34-year-old drone operator": an operator may be a company, one with an age
    # is not; the he who answers later is him.
    text = '''
        Night shift at the front

        "They will try again in an hour," says Serhii, a 34-year-old drone operator with the brigade.

        Regional Governor Vadym Lysenko wrote that two civilians had been killed. "Leave now," Lysenko wrote.

        Asked what he needed most, Serhii did not hesitate. "Batteries, drones and sleep," he said.
        '''
    assert speakers_of(tmp_path, text, "Batteries") == ["Serhii"]


def test_a_she_is_the_woman_her_paragraph_names_not_an_unknown_subject_before(tmp_path):
    # Várkonyi is named inside a clause ("asked whether Várkonyi would …"), so she is
    # no subject; the spokesperson paragraphs back is one, but not known to be a she.
    text = '''
        A second chance for the nominee

        "I will keep the oath," Ilona Várkonyi told MEPs in her opening statement.

        "The president-elect has full confidence in all the candidates," a spokesperson for the incoming Commission said.

        During the hearing, Joost van den Heuvel asked whether Várkonyi would describe her country as "a functioning democracy." She paused for several seconds before answering.

        "My country is a member state that holds free elections," she said.
        '''
    assert speakers_of(tmp_path, text, "free elections") == ["Ilona Várkonyi"]


def test_a_he_after_a_spokesman_for_a_body_is_that_spokesman(tmp_path):
    # The spokesman is named with his organisation where he speaks; the he that follows
    # is him, not the union leader quoted before.
    text = '''
        Rail strike to go ahead

        "We have a duty to our members, and they have spoken very clearly," union leader Kevin Walsh said.

        The Labour Court had called the offer fair and reasonable.

        A spokesman for Irish Rail said the company was "extremely disappointed" by the ballot. "The company accepted the recommendation in full," he said.
        '''
    assert speakers_of(tmp_path, text, "accepted the recommendation") == [
        "spokesman, Irish Rail"]


def test_a_he_after_a_short_opening_phrase_is_the_subject_before(tmp_path):
    # "In interview he told officers …": no comma after the opening phrase, and the he
    # is still the one the sentence before is about, not the witness quoted earlier.
    text = '''
        Driver jailed

        The driver of the bus, Paul Hesketh, said in a statement: "I heard the engine before I saw the car."

        Kyle Brannigan stopped further along the road and returned to the scene, where he was arrested. In interview he told officers he "thought I could make the lights" before the crash.
        '''
    assert speakers_of(tmp_path, text, "make the lights") == ["Kyle Brannigan"]


def test_a_double_surname_after_the_full_name_is_that_person(tmp_path):
    # "Paz" is a woman's first name in the lists, but "Paz Posse" after "Sergio Paz
    # Posse" is his two surnames: him, and a he.
    text = '''
        Protest in Tucumán

        Opposition candidate Sergio Paz Posse led the march to the square on Sunday.

        His rival's spokesman, Ramiro Chebaia, said the governor "respects the right to protest".

        Paz Posse, for his part, said his coalition would file a formal request for the annulment of the election.

        "They can send the horses, they can send the gas," he told reporters.
        '''
    assert speakers_of(tmp_path, text, "send the horses") == ["Sergio Paz Posse"]


def test_a_nickname_inside_a_name_is_left_out_and_the_name_still_speaks(tmp_path):
    # 'Anthony “Tony” Lezama, who …, said': one person, named without the nickname, the
    # subject of his sentence, and the he that follows.
    text = '''
        Carnival

        "Carnival is our biggest product," Minister Clarence Hosein said.

        Not everyone was celebrating. Veteran mas man Anthony “Tony” Lezama, who has designed traditional mas for four decades, said the bands were pushing traditional characters off the road.

        "The Carnival is getting richer and the mas is getting poorer," he said.
        '''
    assert speakers_of(tmp_path, text, "getting poorer") == ["Anthony Lezama"]


def test_an_aside_with_a_bracket_inside_still_leaves_its_name_the_subject(tmp_path):
    # "(CONICET)" inside the aside no longer ends it: Reinoso Mamani is the subject of
    # "said", so the she after is her, not the minister named before.
    text = '''
        Lithium

        "Mining can coexist with traditional activities," Andes Litio said in a statement.

        Environment minister Laura Etchecopar said the permits had been granted lawfully.

        Dr. Paula Reinoso Mamani, a hydrochemist at the National Scientific and Technical Research Council (CONICET) who has studied the basin for a decade, said the ponds could consume large amounts of water.

        She added: "It is not a question of being for or against lithium."
        '''
    assert speakers_of(tmp_path, text, "for or against") == ["Paula Reinoso Mamani"]


def test_a_name_set_off_after_a_role_is_the_subject_of_the_verb_after_it(tmp_path):
    # "Her husband, Patrick, was less sanguine.": Patrick is the subject, the he after.
    text = '''
        Shooting in Cancún

        "The bars were full and then everyone ran," said Jorge Arellano Tamez, a waiter.

        "It hasn't changed our plans," said Megan Doucette, a nurse from Halifax who was on the beach with her husband.

        Her husband, Patrick, was less sanguine. "Five kilometers isn't that far," he said.
        '''
    assert speakers_of(tmp_path, text, "Five kilometers") == ["Patrick Doucette"]


def test_a_name_set_off_after_a_gendered_role_is_a_person_of_that_gender(tmp_path):
    # "Dizon's mother, Luzviminda Dizon, told …": a first name no list holds, a surname
    # her son shares; the role says she is a woman, so the she after is her.
    text = '''
        Police operation

        Caloocan City Police said officers had fired after Jerome Dizon drew a gun. "The suspect fought back," the police said in a report.

        But Dizon's mother, Luzviminda Dizon, told reporters that her son was asleep when the men kicked open the door. He had come home from work at midnight, and he was still in his uniform.

        "He had no gun. We don't have a gun," she said.
        '''
    assert speakers_of(tmp_path, text, "He had no gun") == ["Luzviminda Dizon"]


def test_one_brought_in_by_included_is_the_he_that_follows(tmp_path):
    # "Customers included Carlos Ibarra, who …": the one the sentence brings in, not
    # the man quoted in the paragraph before.
    text = '''
        Bakery opens

        "We needed a morning anchor," said Joe Mancuso, president of the merchants association.

        Customers on Saturday included Carlos Ibarra, who drove from Brandon after seeing photos of the sandwiches. "I'm coming back tomorrow," he said.
        '''
    assert speakers_of(tmp_path, text, "coming back tomorrow") == ["Carlos Ibarra"]


@pytest.mark.parametrize("nationality", ["Brazilian", "Swede", "Spaniard", "German", "Dutchman"])
def test_a_nationality_after_the_stands_for_the_player_named_before(tmp_path, nationality):
    # "…,” the Brazilian said": the striker named before, not a speaker "Brazilian";
    # "the Swede", "the Spaniard" too, which do not end as most nationalities do.
    text = f'''
        Wahda stun leaders

        "We cannot keep saying next game," the goalkeeper Khalid Al Kaabi said.

        Tavares, who has scored nine goals this season, insisted he was "not worried" about the title race. "We have a good squad and a good coach," the {nationality} said.
        '''
    assert speakers_of(tmp_path, text, "good squad") == ["Tavares"]


def test_an_aged_description_with_its_place_stands_for_the_one_named_before(tmp_path):
    # "said the 52-year-old farmer of Dharmapasha upazila": Abdul Malek, named before;
    # the place after "of" is no organisation the farmer speaks for.
    text = '''
        Floods drown the harvest

        "The embankments broke like sand castles," said Rafiqul Alam, a local official.

        Standing knee-deep in water, Abdul Malek could only point at the grey expanse.

        "Six bighas. All of it is under water," said the 52-year-old farmer of Dharmapasha upazila.
        '''
    assert speakers_of(tmp_path, text, "Six bighas") == ["Abdul Malek"]


def test_a_past_participle_opening_a_sentence_names_nobody(tmp_path):
    # "Contacted, an executive engineer …, admitted": "Contacted" is no one's name.
    text = '''
        Floods drown the harvest

        Contacted, an executive engineer of the board, requesting anonymity, admitted that work had been delayed. "The allocation reached us late," the engineer said.
        '''
    assert "Contacted" not in speakers_of(tmp_path, text, "reached us late")


def test_al_inside_a_gulf_name_is_no_first_name(tmp_path):
    # "Dr Hessa Al Marzouqi … Al Marzouqi": "Al" is the article of her family name, not
    # the man's first name "Al"; so she is the one the she stands for.
    text = '''
        Oil slides

        "Compliance is the cheapest cut there is," said Nadia Haddad, an analyst in Dubai.

        Dr Hessa Al Marzouqi, an assistant professor of economics at UAE University in Al Ain, said Gulf governments had little reason to panic. Al Marzouqi has advised two finance ministries.

        She said: "Gulf budgets for this year were built on oil at $50 or $60."
        '''
    assert speakers_of(tmp_path, text, "Gulf budgets") == ["Hessa Al Marzouqi"]


def test_a_name_set_off_after_a_role_is_the_subject_of_any_verb_after_it(tmp_path):
    # "The boy's uncle, Mehmet Aslan, waited outside": Aslan acts, so the he is him.
    text = '''
        Boy pulled from rubble

        "We heard a voice under the concrete," said Hasan Demir, a rescuer.

        The boy's uncle, Mehmet Aslan, waited outside the ambulance. "God gave him back to us," he said.
        '''
    assert speakers_of(tmp_path, text, "God gave him back") == ["Mehmet Aslan"]


def test_a_name_opening_with_al_in_small_letters_is_a_name(tmp_path):
    # "Back in Baghdad, al-Jubouri was unmoved": Nada Kareem al-Jubouri, and the she.
    text = '''
        Oil dispute

        "Our oil will reach the market," said Hawre Qadir, the Kurdish oil minister.

        Nada Kareem al-Jubouri, an Iraqi lawmaker, has led the opposition to the deal.

        In Erbil, government spokeswoman Lana Hussein said the pipeline would stay open.

        Back in Baghdad, al-Jubouri was unmoved by such assurances. Speaking by phone, she called the Kurdish offer "a trick to buy time for the smugglers."
        '''
    assert speakers_of(tmp_path, text, "a trick to buy time") == ["Nada Kareem al-Jubouri"]


def test_a_korean_name_whose_surname_is_an_english_place_word_is_a_person(tmp_path):
    # "Park Ji-yeon": "Park" would make a run a place ("Gorky Park"), but a romanised
    # given name of two syllables ends a person's name; "Ms. Park" is then her.
    text = '''
        Chipmaker posts record profit

        Park Ji-yeon, an analyst at Mirae Asset, said the numbers were "a turning point for the industry". "Investors have waited a long time," Ms. Park said.
        '''
    assert speakers_of(tmp_path, text, "Investors have waited") == ["Park Ji-yeon"]


def test_a_nickname_opening_with_an_article_is_left_out_of_the_name(tmp_path):
    """"Horacio “el Turco” Saldívar had to face the press … “…,” he said": one person,
    Horacio Saldívar, whom the he stands for (the nickname opens with "el" in small
    letters, so it was read as a quotation that split the name in two)."""
    (tmp_path / "story.txt").write_text(
        "Coach under pressure\n\n"
        "River won 2-0, and Horacio “el Turco” Saldívar had to face the press with the "
        "chants of the fans still ringing.\n\n"
        "\"I am not going to talk about me,\" he said.\n", encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).sources[0].quotes
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Horacio Saldívar", "I am not going to talk about me")]


def test_a_surname_first_that_is_also_a_bodys_word(tmp_path):
    """"Park Sung-min … Park said": a romanised given name of two syllables ends a name
    whose surname comes first, though "park" names places and bodies too."""
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Carriers race to fix 5G coverage

        Hanul Telecom CEO Park Sung-min acknowledged the problems in a meeting with reporters on Thursday.

        "Building a network takes time, and 5G uses higher frequencies," Park said.
        ''').lstrip(), encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).sources[0].quotes
    assert [q.speaker for q in quotes] == ["Park Sung-min"]


def test_a_surname_that_is_also_a_function_word(tmp_path):
    """"said team captain Collins Otieno Were": inside a sentence, a capitalised word
    after a name is its surname, though "were" is a word of grammar."""
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Sevens strike

        The players met on Monday.

        "Nobody wants to miss Hong Kong," said team captain Collins Otieno Were.
        ''').lstrip(), encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).sources[0].quotes
    assert [q.speaker for q in quotes] == ["Collins Otieno Were"]


def test_a_person_brought_in_by_an_age_and_a_noun(tmp_path):
    # "A 15-year-old boy …, who …, said": someone new the next "he" stands for, not the
    # man named before; "Losana Tuimoala, a spokeswoman for …," is a she, whatever her
    # first name.
    text = '''
        Border chaos

        Rubén Castaño Gil, the city's mayor, said the town could not cope. "We have nowhere to put them," he said.

        A 15-year-old boy from Fnideq, the Moroccan town across the border, who spoke through an interpreter, said he had heard the border was open.

        “Everybody in my neighbourhood was saying it: the police are not stopping anyone,” he said.
        '''
    assert speakers_of(tmp_path, text, "Everybody in my neighbourhood") == ["boy"]
    text = '''
        Cyclone recovery

        Losana Tuimoala, a spokeswoman for the Fiji Red Cross Society, said volunteers in the towns of Ba and Tavua had seen whole settlements flattened.

        She added: "Water and sanitation is our biggest worry now, and disease follows quickly."
        '''
    assert speakers_of(tmp_path, text, "Water and sanitation") == ["Losana Tuimoala"]


def test_a_description_is_the_subject_not_one_named_in_passing(tmp_path):
    # "the former governor" after "Jeb Bush hit back …, mocking Sanders": the subject
    # who acts, not the man quoted before and named here only in passing; and "a bare
    # office in the bishop’s palace" brings in no unnamed bishop for "the bishop".
    text = '''
        Rivals trade blows

        Bernie Sanders spoke to a crowd in Iowa. "We are going to win this state," Sanders said. "Nobody thought we could."

        Jeb Bush hit back at a rally in Des Moines on Monday, mocking Sanders over his tax plan. "He is great at the one-liners, but he is a chaos candidate," the former governor said.
        '''
    assert speakers_of(tmp_path, text, "chaos candidate") == ["Jeb Bush"]
    text = '''
        Bishop speaks out

        Ignacio Valverde Ruano receives visitors in a bare office in the bishop’s palace in Cádiz.

        The bishop, who last month described the deaths as “a wound on the conscience of Andalusia,” has opened two parish halls.
        '''
    assert speakers_of(tmp_path, text, "a wound on the conscience") == ["Ignacio Valverde Ruano"]


def test_the_description_of_someone_brought_in_before(tmp_path):
    # "The young man at the center of the case, who …, spoke" is the man the article
    # brought in before ("a 21-year-old man from Aleppo"), and the next "he" his.
    text = '''
        Appeals committee blocks return of refugee

        The committee upheld the appeal of a 21-year-old man from Aleppo who arrived on the island in March.

        "These decisions are taken by independent bodies and we respect them," Migration Minister Yiannis Kostopoulos told reporters.

        Mr Kostopoulos added that the government was considering changes to the committees.

        "It is an attempt to change the referee because you do not like the score," said Eleni Marinaki, a lawyer who represented the man.

        The European Commission said in a statement that it was "aware of the decisions" and in close contact with the authorities.

        The young man at the center of the case, who asked that his name not be published, spoke to reporters through an interpreter at the camp.

        "When they told me I was going back to Turkey I did not sleep for ten days," he said.
        '''
    assert speakers_of(tmp_path, text, "did not sleep for ten days") == ["man"]


def test_a_she_after_two_main_clauses_is_the_nearer_subject_who_fits(tmp_path):
    """"Okonkwo says …, and Pelham says …" ¶ "“…,” she says": the she is Pelham, the
    subject of the second main clause, known to be a she, not the first clause's
    subject whose first name no list has (the opener is preferred only over the
    subject of a clause inside its sentence, "…, while hooker Stuart Lennox was …")."""
    text = '''
        Food bank moves in with the mosque

        “We had the room, they had the volunteers,” says Chidubem Okonkwo, who chairs the mosque’s trustees.

        The Rev Alison Pelham, vicar of St Anne’s, laughs when she hears this.

        Not everyone has been supportive. Okonkwo says the mosque received a few angry emails, and Pelham says two parishioners asked whether the church was “losing its way”.

        “I told them that feeding people is the way,” she says. “It is in Matthew 25.”
        '''
    assert speakers_of(tmp_path, text, "feeding people is the way") == ["Alison Pelham"]
    # but not past an opener known to be a she (review 4): "Pelham has run …, and her
    # former curate Okonkwo says …" ¶ "“…,” she says" is Pelham
    text = '''
        Food bank marks ten years

        “We had the room, they had the volunteers,” says Chidubem Okonkwo, who chairs the mosque’s trustees.

        The Rev Alison Pelham, vicar of St Anne’s, laughs when she hears this.

        Pelham has run the food bank since 2015, and her former curate Okonkwo says it now feeds 300 families a week.

        “I never imagined we would still need it ten years later,” she says.
        '''
    assert speakers_of(tmp_path, text, "still need it ten years later") == ["Alison Pelham"]


def test_a_he_is_never_a_country_nor_a_role_noun_after_a_modal_a_title(tmp_path):
    """"Australia is bidding …" ¶ "Fiji's head of delegation, Inoke Waqabaca, told
    reporters the region would judge Australia …" ¶ "“…,” he said": Waqabaca (a first
    name no list has), not Australia: a country's name alone is nobody a he stands
    for, and "would judge Australia" makes no Judge Australia who speaks."""
    text = '''
        Pacific leaders push for fund

        Australia is bidding to host the summit in 2026, a move that has drawn support from the Pacific Islands Forum.

        Fiji’s head of delegation, Inoke Waqabaca, told reporters the region would judge Australia on its actions at home.

        “Co-hosting a summit is a privilege, not a public relations exercise,” he said.
        '''
    assert speakers_of(tmp_path, text, "not a public relations exercise") == ["Inoke Waqabaca"]
    # the country's name alone, the subject nearest before the he
    text = '''
        Pacific leaders push for fund

        Inoke Waqabaca, Fiji's head of delegation, spoke first on Tuesday.

        Australia has approved three new coal mines this year and is bidding to host the summit.

        “Co-hosting a summit is a privilege, not a public relations exercise,” he said.
        '''
    assert speakers_of(tmp_path, text, "not a public relations exercise") == ["Inoke Waqabaca"]
    # a role noun after a modal is a verb: no "judge Kowalczyk" named as speaking
    text = '''
        Club backs manager

        The board met on Monday after a fourth straight defeat.

        Its longest-serving member, Inoke Waqabaca, told reporters the board would judge Kowalczyk on results alone.

        “Nobody here is talking about the sack, not after one bad month,” he said.
        '''
    assert speakers_of(tmp_path, text, "Nobody here is talking") == ["Inoke Waqabaca"]


def test_titles_in_a_row_end_in_the_surname_of_one_named_in_full(tmp_path):
    """"Chief Lorraine Cardinal" … "Chief Cardinal said her community …" ¶ "“…,” she
    said": Cardinal (a title word too) is her surname after "Chief", so she is the
    she, not the woman quoted before her."""
    text = '''
        Leak angers downstream communities

        “We were lied to,” said Chief Lorraine Cardinal, whose First Nation lies downstream of the mine.

        “By the time you see discoloured water, it has been moving for a long time,” said Priya Raman, a toxicologist.

        Dr. Raman said public monitoring would help restore confidence.

        Chief Cardinal said her community would seek independent testing of water and fish.

        “Sorry doesn’t clean the water,” she said.
        '''
    assert speakers_of(tmp_path, text, "Sorry doesn’t clean the water") == ["Lorraine Cardinal"]
    # two of that surname: the one the title names (review 5)
    text = text.replace("Dr. Raman said public monitoring would help restore confidence.",
                        "Const. Amanda Cardinal of the local RCMP said the highway was "
                        "dangerous. “Every one of those crashes was preventable,” she said.")
    assert speakers_of(tmp_path, text, "Sorry doesn’t clean the water") == ["Lorraine Cardinal"]


def test_an_arabic_name_opening_with_mother_of_is_a_she(tmp_path):
    """"Um Ahmad Abu Taha, 61" is one woman's name (Ahmad's mother), not a man Ahmad
    titled "Um": the she after it is hers, not the spokeswoman quoted before; "Abu
    Dhabi" (no given name after "Abu") stays a place."""
    text = '''
        Strikes hit Rafah

        “There is nowhere safe in Gaza,” said Juliette Touma, a spokeswoman for the agency, speaking from Abu Dhabi.

        Back at the hospital, Um Ahmad Abu Taha, 61, sat on a plastic chair holding the hand of her granddaughter.

        “I have buried four people from my family since October,” she said.
        '''
    assert speakers_of(tmp_path, text, "I have buried four people") == ["Um Ahmad Abu Taha"]
    assert speakers_of(tmp_path, text, "nowhere safe in Gaza") == ["Juliette Touma"]
    # her son named after her is himself (review 4); "Om Prakash" is a man's name
    text = '''
        Families wait at the crossing

        Um Ahmad Abu Taha, 61, has waited at the crossing for eleven days with her grandchildren.

        Her son, Ahmad Abu Taha, a 38-year-old taxi driver, was injured in January and needs surgery abroad.

        “The doctors here have nothing, no anaesthetic and no antibiotics,” he said.

        Om Prakash Rajbhar, a visiting minister from India, spoke to the families on Monday.

        “We will send medicines within the week,” he said.
        '''
    assert speakers_of(tmp_path, text, "The doctors here have nothing") == ["Ahmad Abu Taha"]
    assert speakers_of(tmp_path, text, "We will send medicines") == ["Om Prakash Rajbhar"]
    # two words are no such name: "Um Sang-ho" is a Korean skater, a he (review 5)
    text = '''
        South Korea's Um Sang-ho wins 1,000m gold as short-track team dominate in Seoul

        SEOUL (Yonhap) — Um Sang-ho held off a late charge from Canada's William Dandjinou to win the men's 1,000 metres at the ISU World Tour event in Seoul on Sunday, the 22-year-old's first individual gold at senior level.

        Um crossed the line in 1 minute 24.3 seconds, just 0.04 seconds ahead of Dandjinou, with China's Sun Long taking bronze. Thousands of fans at Mokdong Ice Rink rose to their feet as the result flashed on the big screen.

        "I could hear the crowd screaming in the last lap and I just kept my head down," he told reporters. "I have dreamed about winning here since I was a little boy."

        Um, who comes from Chuncheon in Gangwon Province, was a reserve at the 2022 Beijing Olympics and spent most of the following season recovering from an ankle injury.

        His coach, Um Tae-hoon, who is no relation, said the skater's patience had paid off. "Last year he could not even walk properly for three months," Um Tae-hoon said. "He never complained once. He watched videos of every race and studied his rivals."

        Dandjinou said he had misjudged the final corner. "I thought I had the space on the inside, but he closed the door very well," the Canadian said. "Credit to him, he was the better skater today."

        In the women's 1,500m, Choi Min-jeong, the three-time Olympic champion, took silver behind the Netherlands' Xandra Velzeboer, who won her third world tour race of the season.

        "I am not at my best yet, but I am getting closer," Choi said. "My body feels good and the Olympics are still a year away."

        Among the officials from the Korea Skating Union watching from the stands was its president, Yoon Hong-geun, who presented the medals.

        "Sang-ho showed today that the next generation is ready," Yoon said after the ceremony.

        Korean short track has been shaken in recent years by disputes between athletes and the federation, including a bitter public row during the 2023 world championships. Um said the atmosphere in the national team was now much calmer.

        "We trust each other now. Everyone supports each other on and off the ice," he said.

        The men's relay team, which included Um, finished fourth after a fall on the penultimate lap by Park Ji-won, who said he had caught a rut in the ice.

        The world tour moves to Beijing next weekend before the world championships in March.
        '''
    assert speakers_of(tmp_path, text, "We trust each other now") == ["Um Sang-ho"]
    # but two words are her short name once her full one is given (reviews 4, 5)
    text = '''
        In a West Bank village, families count the olives they cannot pick

        UMM AL-KHAIR, West Bank - Um Ahmad Abu Srour has picked olives from the same twelve trees every October for forty years. This year she has not been allowed near them.

        The trees stand on a slope above her village in the South Hebron Hills, about 300 metres from the fence of an Israeli settlement. Since the war in Gaza began, settlers and soldiers have turned back anyone who tries to reach them, she said.

        "These trees were planted by my husband's father. Now I watch them from my window like a stranger," she said.

        Her son, Ahmad Abu Srour, 34, was beaten by settlers when he tried to reach the grove in late October. He showed the stitches on his forehead.

        "They told me this land is theirs now. I said, show me the paper," he said.

        The Israeli military said it was investigating reports of violence against olive pickers in the area. In a statement, the military said soldiers were deployed to "prevent friction" between residents and settlers.

        Abu Ali, a village elder who asked to be identified by his nickname, said at least 40 families in Umm al-Khair had been unable to harvest this year.

        "Olives are not just money for us. They are who we are," he said.

        The United Nations Office for the Coordination of Humanitarian Affairs says thousands of Palestinian families across the West Bank have been kept from their groves since October. In Abu Dis, east of Jerusalem, farmers reported that trees had been cut down.

        Yehuda Shaul, an Israeli activist who has documented settler violence for two decades, said the army was not enforcing the law.

        "When soldiers stand and watch, it is a decision," he said.

        A spokesman for the Mount Hebron Regional Council, which represents settlements in the area, rejected the accusations. He said Palestinians had attacked settlers.

        Um Mohammed al-Hathalin, a neighbour, brings Um Ahmad a bag of olives from her cousin's trees in Yatta each week. She said the women of the village had agreed to share whatever they could harvest.

        "Nobody will be without oil this winter. We will make sure of that," she said.

        Um Ahmad laughed when asked whether she would try to reach her trees again.

        "Every morning I think about it," she said. "Then I look at my son's face."
        '''
    # (named in full: her given names open the one longer name whose surname her
    # son shares)
    assert speakers_of(tmp_path, text, "Every morning I think about it") == [
        "Um Ahmad Abu Srour"]


def test_a_long_inverted_opening_names_its_subject_after_was(tmp_path):
    """"Among the top learners honoured at the ceremony was Lethabo Mahlangu, 18, …"
    ¶ "“…,” she told News24": the one named after "was" is the sentence's subject
    however long its opening, so the she is hers (a first name no list has), not
    the official quoted before."""
    text = '''
        Matric pass rate rises

        Director-general Mathanzima Mweli said the department had tightened security around the exams.

        “Nothing compromised the integrity of the examination as a whole,” Mweli said.

        Among the top learners honoured at the ceremony was Lethabo Mahlangu, 18, from a no-fee school in Tembisa, who achieved seven distinctions.

        “I studied by candlelight a lot of nights because of load shedding,” she told News24.
        '''
    assert speakers_of(tmp_path, text, "studied by candlelight") == ["Lethabo Mahlangu"]


def test_an_age_set_off_after_a_name_and_a_reply_shot_back(tmp_path):
    # "Fonua, the 22-year-old dubbed …," is a person whatever his first name, the he
    # after it his; "Tolliver shot back" is a cue like "replied".
    text = '''
        Panthers lose

        Josh Calder scored twice and Kalani Fonua was sent to the bin.

        “We were good enough to win it today,” Calder said.

        Fonua, the 22-year-old dubbed the “Tongan Torpedo” by the faithful, admitted he had let his teammates down.

        “It’s the ref’s call and I’ve got to live with it,” he told reporters.
        '''
    assert speakers_of(tmp_path, text, "ref’s call") == ["Kalani Fonua"]
    text = '''
        Police review board clashes

        Commissioner Ray Tolliver chaired the meeting, and board member Dolores Whitfield questioned him.

        “With respect, Commissioner, you were one of them,” she said.

        “I’m still one of them and proud of it,” Tolliver shot back.
        '''
    quotes_of(tmp_path, text)
    quotes = {q.text.rstrip(","): (q.speaker, q.rule)
              for q in klayman_tui.load([tmp_path]).sources[0].quotes}
    # (she is the one known to be a she, not the sentence's opener whose first name
    # tells nothing: Ray)
    assert quotes["With respect, Commissioner, you were one of them"][0] == "Dolores Whitfield"
    assert quotes["I’m still one of them and proud of it"] == ("Ray Tolliver", "quote-subject-verb")


def test_a_participle_opening_a_sentence_is_no_name(tmp_path):
    # "Asked whether …, Zafar smiled and said:" is Zafar's (the participle "Asked" is
    # nobody, and its phrase no subject); "Asked what he had said to Kearney …, he
    # smiled" is not Kearney's he: the one spoken to is no antecedent.
    text = '''
        Squad named

        Captain Kamran Zafar said he was satisfied with the squad and the staff.

        Asked whether the team would prepare spinning tracks for the series, Zafar smiled and said: "That is for the groundsmen to decide, not me."
        '''
    assert speakers_of(tmp_path, text, "groundsmen") == ["Kamran Zafar"]
    text = '''
        Everton win

        Rui Valente praised his side. Liam Kearney scored.

        Valente's side travel to Newcastle next Saturday. Asked what he had said to Kearney at the final whistle, he smiled.

        "I told him he should score more often, because then I would not need so many grey hairs," he said.
        '''
    assert speakers_of(tmp_path, text, "grey hairs") == ["Rui Valente"]


def test_a_councillor_by_the_abbreviated_title_and_a_who_after_from(tmp_path):
    # "said Coun. Joanne Leblanc" is Leblanc ("Coun." and "Cllr" are titles, as "Sen."
    # is); "an angry response from Coun Whitaker, who said …" makes Whitaker the he
    # after it (a person named after "from" is no place).
    text = '''
        Rooming houses row

        “We are talking about some of the most vulnerable people in this city,” said Coun. Joanne Leblanc, who chairs the housing committee.
        '''
    assert speakers_of(tmp_path, text, "most vulnerable people") == ["Joanne Leblanc"]
    text = '''
        Leeds budget approved

        The council's deputy leader, Coun Neil Whitaker, presented the budget on Wednesday.

        The Conservative group leader, Coun Stewart Golding, said the pandemic was being used as "a convenient excuse".

        "Long before anybody had heard of Covid-19, this administration was raiding its reserves," Coun Golding said.

        That drew an angry response from Coun Whitaker, who said it was "a bit rich" to be lectured on funding.

        "I would gently remind Coun Golding who has been in charge in Westminster for eleven years," he said.
        '''
    assert speakers_of(tmp_path, text, "gently remind") == ["Neil Whitaker"]


def test_a_first_name_set_off_after_kin_of_someone_named_bears_the_surname(tmp_path):
    # "Mr Okafor's widow, Ngozi," is Ngozi Okafor, as news names a family; one named in
    # full keeps her own name, and a friend's first name gets none.
    text = '''
        Tributes paid to baker killed on ring road

        Emeka Okafor, 58, died at the scene after his van was struck on Tuesday night.

        Mr Okafor’s widow, Ngozi, said the family was heartbroken. “He was the first up every morning and the last to bed,” she said.

        His sister, Adaeze Nwosu, said: “He fed half this street for thirty years.”

        Okafor's friend, Tunde, said: “Nobody ever left his shop hungry, whatever they could pay.”
        '''
    assert speakers_of(tmp_path, text, "first up") == ["Ngozi Okafor"]
    assert speakers_of(tmp_path, text, "fed half") == ["Adaeze Nwosu"]
    assert speakers_of(tmp_path, text, "Nobody ever left") == ["Tunde"]


def test_she_after_one_described_who_spoke_in_her_sentence_is_that_one(tmp_path):
    # The student is described, not named, past a possessive ("master's"), a phrase and
    # a clause; the she after her speaks for her, not for the woman named before.
    text = '''
        Graduate housing to be cut

        Jenna Halvorsen, an undergraduate senator who attended the rally, said she worried the same reasoning could be applied to undergraduates. "We were told this would never happen," Halvorsen said.

        Not all graduate students opposed the change. A second-year master's student in mechanical engineering, who asked not to be named because she has applied for a resident assistant post, said she had been waitlisted twice.

        "I understand why people are upset, but I've been on a waitlist since I got here," she said.
        '''
    assert speakers_of(tmp_path, text, "waitlist since") == ["student"]


def test_a_name_set_off_after_a_role_or_a_description_is_the_one_who_goes_on(tmp_path):
    # "Another resident, Svitlana, said" is Svitlana, not a second unnamed resident;
    # the governor set off after his role is the subject of "has tried", however far an
    # aside after it would reach (", has tried … the city, which"), so the he is his.
    text = '''
        Evacuations go on near Kharkiv

        Anatoliy, 74, was brought out on Tuesday with his cat. “I stayed through the occupation, but now there is nothing left,” says Anatoliy, sitting on a bench.

        Kharkiv’s regional governor, Yevhen Hrebenyuk, has tried to reassure residents of the city, which is again being hit by glide bombs almost daily. “The situation is difficult but under control,” he wrote on Telegram.

        One resident said the shelling had gone on all night. Another resident, Svitlana, said the building had no basement. “We used to sit in the corridor between two walls,” she said.
        '''
    assert speakers_of(tmp_path, text, "under control") == ["Yevhen Hrebenyuk"]
    assert speakers_of(tmp_path, text, "corridor") == ["Svitlana"]


def test_a_name_set_off_after_a_role_for_a_person_is_a_persons(tmp_path):
    # "Her granddaughter, Tahlia Carpenter," is a person even with a first name no list
    # has, so the words she goes on with in the next paragraph are hers.
    text = '''
        Elder farewelled

        Hundreds gathered on Friday for the funeral of Wiradjuri elder Mavis Carpenter.

        Her granddaughter, Tahlia Carpenter, who now teaches the language at a high school, read a passage during the service.

        "Nan never let us say we were losing the language," she told the ABC afterwards. "She said it was sleeping."

        "She'd be a bit cranky with all of us for making this much fuss. But she'd be proud, too."
        '''
    assert speakers_of(tmp_path, text, "cranky") == ["Tahlia Carpenter"]


def test_the_kin_of_someone_unnamed_who_speaks_is_someone_new(tmp_path):
    # "The pledge's mother, reached by phone, said": someone the article had not brought
    # in, whose the she after is, not the woman who spoke before.
    text = '''
        Fraternity suspended

        "The guys who do this know it's wrong," said Maya Okonkwo, a public health sophomore.

        The pledge's mother, reached by phone in Houston, said her son had returned to classes.

        "He's lucky. We're all lucky," she said.
        '''
    assert speakers_of(tmp_path, text, "lucky") == ["pledge's mother"]


@pytest.mark.parametrize("aside, expected", [
    ("Suspilne reported", "witness"),      # a parenthesis naming a broadcaster
    ("Oleh's neighbour", "witness"),       # a possessive: someone else's neighbour
])
def test_a_description_before_an_aside_that_names_someone_else(tmp_path, aside, expected):
    text = f'''
        Strike on Kherson market

        Oleh Kovalchuk, 61, was among those killed, officials said.

        One witness, {aside}, said he had been buying bread when the first shell landed. "I saw a woman fall next to me," he said.
        '''
    assert speakers_of(tmp_path, text, "fall next to me") == [expected]


@pytest.mark.parametrize("owner, expected", [
    ("Ayaan", "Imran"),                   # the child's first name is no family name
    ("Prince Harry", "Imran"),            # nor is a prince's
])
def test_kin_of_one_named_by_a_first_name_keeps_the_name_given(tmp_path, owner, expected):
    text = f'''
        Boy, 6, pulled from canal

        {owner}'s father, Imran, said the family was grateful. "He is home and he is safe, and that is all that matters," he said.
        '''
    assert speakers_of(tmp_path, text, "home and he is safe") == [expected]


WHO_HAS = '''
    Magpies ready for the final

    Canterbury coach Reuben Kershaw was wary of the home side's backline.

    “They’ve got some real X-factor out wide,” Kershaw told reporters on Wednesday. “If you give them space they’ll punish you.”

    The visitors arrive with two of their forwards carrying knocks.

    Tauroa, who has scored nine tries in 10 games this season, was typically understated when asked about his form.

    “I just get the ball in a bit of space, the forwards do all the hard work,” he says.
    '''


def test_a_name_with_a_who_clause_for_one_is_a_person(tmp_path):
    """A one-word name no list holds, set off with "who has", is a person: the he right
    after its sentence is that player, not the coach quoted two paragraphs before."""
    assert speakers_of(tmp_path, WHO_HAS, "the forwards do all") == ["Tauroa"]


def test_a_team_with_a_who_clause_for_many_is_no_person(tmp_path):
    """"Canterbury, who have won …": a verb for many is a team's, and its he is still
    the coach who spoke."""
    text = WHO_HAS.replace(
        "Tauroa, who has scored nine tries in 10 games this season, was typically "
        "understated when asked about his form.",
        "Canterbury, who have won 10 of the past 12 titles, were not short of confidence.")
    assert speakers_of(tmp_path, text, "the forwards do all") == ["Reuben Kershaw"]


def test_an_office_holder_named_later_by_the_first_name_alone(tmp_path):
    """"West Java Governor Ridwan Kamil said …" and later "“…,” Ridwan wrote": the first
    name alone speaking shows the words after the office are a person's, so the quote
    is Ridwan Kamil's (it was a speaker named "Ridwan", the office a body)."""
    text = '''
        Quake toll rises in Cianjur

        Rescuers pulled more survivors from the rubble on Tuesday.

        West Java Governor Ridwan Kamil said on his Instagram account that 14 landslide points had been identified.

        "Please do not come to Cianjur just to take pictures. Bring your help to the command post," Ridwan wrote.
        '''
    assert speakers_of(tmp_path, text, "just to take pictures") == ["Ridwan Kamil"]


def test_given_names_alone_are_the_one_whose_surname_another_shares(tmp_path):
    """"Hori Parata and his son, Te Kaurinui Robert Parata, …" ¶ "“…,” says Te Kaurinui":
    the son, by the given names that tell him from his father."""
    text = '''
        The whale whisperer

        Hori Parata has overseen more than 500 strandings.

        Parata and his 22-year-old son, Te Kaurinui Robert Parata, were called in to assist.

        "Our own ancestors would not say to go down there and hug the whales," says Te Kaurinui.
        '''
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).sources[0].quotes
    assert [q.speaker for q in quotes if "hug the whales" in q.text] == [
        "Te Kaurinui Robert Parata"]


@pytest.mark.parametrize("title", ["Coroner", "Examiner", "Adjudicator"])
def test_a_title_no_list_holds_names_the_one_person_given_it(tmp_path, title):
    """"Coroner Helen Rasmussen" … "“…,” Coroner Rasmussen wrote" is one person; and
    "The coroner was critical of …" ¶ "“…,” she found" is she, not the woman who spoke
    last: the article made the word her title, whatever a list of roles holds."""
    noun = title.lower()
    text = f'''
        Inquest findings on heat death

        In findings handed down on Thursday, {title} Helen Rasmussen said the tenant had asked for air conditioning for three years.

        "He was an elderly man living alone in a brick unit that became dangerously hot," {title} Rasmussen wrote.

        The authority's director, Michelle Baird, told the inquest last year that the requests had been treated as routine.

        "It should have been escalated and it wasn't," Ms Baird told the court.

        The {noun} was critical of the authority's systems rather than of any one member of staff.

        "The failure here was not the failure of a single officer," she found.
        '''
    assert speakers_of(tmp_path, text, "dangerously hot") == ["Helen Rasmussen"]
    assert speakers_of(tmp_path, text, "The failure here") == ["Helen Rasmussen"]


def test_a_place_opening_on_a_particle_is_no_person_an_age_stands_for(tmp_path):
    """"Hawa Abdallah carried her child … from El Geneina in West Darfur" ¶ "“…,” the
    34-year-old said": hers; "El" opens place names as often as people's, so a list of
    names that gives it no sex does not make El Geneina a person."""
    text = '''
        Refugees crowd into border town

        ADRE, Chad (AP) — Hawa Abdallah carried her youngest child on her back for most of the journey from El Geneina in West Darfur to the border town of Adre. She left El Geneina in June.

        "We walked for nine days, mostly at night, because the men on motorbikes were looking for people," the 34-year-old said Wednesday.

        Aid workers say thousands more are on the road from El Geneina.
        '''
    assert speakers_of(tmp_path, text, "We walked for nine days") == ["Hawa Abdallah"]


@pytest.mark.parametrize("first,other", [("Gul", "his"), ("Hillary", "her")])
def test_a_name_of_both_sexes_goes_by_the_pronoun_of_its_own_sentence(tmp_path, first, other):
    """"Gul Ahmad sat by a small fire with … his family" ¶ "“…,” he said": a he, though
    the list gives Gul as a woman's name, since Ahmad is a man's and his own sentence
    says "his"; while a she's name stays a she's when no such word says otherwise."""
    pronoun = "he" if other == "his" else "she"
    text = f'''
        Quake survivors face winter

        A Red Crescent official in Herat said tents were running short. "It is not enough," he said.

        As night fell on the village, {first} Ahmad sat by a small fire with the surviving members of {other} family, a blanket around {other} shoulders.

        "We have no house, no animals, no food for the winter," {pronoun} said.
        '''
    assert speakers_of(tmp_path, text, "We have no house") == [f"{first} Ahmad"]


def test_one_named_with_an_s_is_the_she_opening_the_next_sentence(tmp_path):
    """"Pettaway's house is on the list for next year. She says she'll be glad …" ¶
    "“…,” she says": Pettaway, named with an 's in the paragraph, though the last
    naming of her as a subject is many paragraphs back."""
    councillors = "\n\n".join(
        f'        Council member Dwayne Okafor{i} said the plan was "the only way to pay for the pipes we need."'
        for i in range(9))
    text = f'''
        Water rates rise

        "I am choosing between water and my heart medicine," says Gloria Pettaway, a retired nurse.

{councillors}

        Pettaway's house is on the list for next year. She says she'll be glad to see the crews.

        "I want the lead out. I'm not arguing about that," she says.
        '''
    assert speakers_of(tmp_path, text, "I want the lead out") == ["Gloria Pettaway"]


def test_a_she_stays_a_she_for_a_his_after_her_surname_alone(tmp_path):
    """"Senator Anna Clinton spoke first" … "Bernie Sanders said he wants to see Clinton
    embrace some of his top priorities" ¶ "“…,” she said": Anna Clinton; a "his" after
    her surname alone (a man's given name too) does not make her a he."""
    text = '''
        Democrats meet

        Senator Anna Clinton spoke first at the meeting in Denver on Monday.

        Later, Bernie Sanders said he wants to see Clinton embrace some of his top priorities.

        "We will find common ground on the issues that matter to working families," she said.
        '''
    assert speakers_of(tmp_path, text, "common ground") == ["Anna Clinton"]


def test_a_name_after_a_title_keeps_the_words_no_list_knows(tmp_path):
    """"State Disaster Management Committee secretary Datuk Rosli Mat Nor said Pasir
    Mas, Tumpat and Kota Baru were the worst-hit districts." ¶ "“…,” he told reporters"
    ¶ "Rosli said …. “…,” he added": Rosli Mat Nor each time (his name starts after
    the title, not at the first word a list of given names has; the places listed after
    "said" are what he said, not who goes on speaking)."""
    text = '''
        Floods worsen in Kelantan

        KOTA BARU: State Disaster Management Committee secretary Datuk Rosli Mat Nor said Pasir Mas, Tumpat and Kota Baru were the worst-hit districts.

        "The situation is still not under control. Water levels are still rising," he told reporters at the committee's operations room.

        Rosli said the weather department had forecast more rain. "We have prepared enough food supplies for two weeks," he added.
        '''
    assert speakers_of(tmp_path, text, "still not under control") == ["Rosli Mat Nor"]
    assert speakers_of(tmp_path, text, "enough food supplies") == ["Rosli Mat Nor"]


@pytest.mark.parametrize("name,short", [("Rogelio Sta. Maria", "Sta. Maria"),
                                        ("John St. Clair", "St. Clair")])
def test_a_particle_abbreviated_inside_a_name_is_the_names(tmp_path, name, short):
    """"Bulacan district engineer Rogelio Sta. Maria" … "“…,” Sta. Maria replied":
    one person, Sta. Maria his surname (after a given name "Sta." is no title)."""
    text = f'''
        Flood control hearing turns tense

        Senator Carmela Dizon questioned district engineer {name} about the project.

        "Your Honor, it was inspected by our team," {short} replied.

        "That is not my question. Did you, yourself, go there?" Dizon asked.
        '''
    assert speakers_of(tmp_path, text, "Your Honor, it was inspected") == [name]


@pytest.mark.parametrize("court", ["Court of King's Bench", "Court of Queen's Bench"])
def test_a_judge_named_after_a_court_with_an_s_is_the_judge(tmp_path, court):
    """"“…,” {court} Justice Martin Oleksiuk said" … "Oleksiuk said …" ¶ "“…,” the judge
    said": the judge (a court's 's does not end the name before the judge's title),
    never the man sentenced."""
    text = f'''
        Man sentenced for killing

        "This was a senseless killing," {court} Justice Martin Oleksiuk said as he sentenced Dakota Sinclair to six years.

        Sinclair's lawyer described a childhood marked by neglect. Oleksiuk said he had given that history real weight.

        "Mr. Sinclair's circumstances are tragic, and they are not of his making," the judge said.
        '''
    assert speakers_of(tmp_path, text, "circumstances are tragic") == ["Martin Oleksiuk"]


def test_a_name_set_off_before_says_is_its_subject_however_long_the_sentence(tmp_path):
    """"Te Whata's partner, Mereana Tipene, says the findings have given the family some
    answers, but not all of them." ¶ "“…,” she says": Mereana Tipene (the verb after
    her aside is hers, though a second comma comes later in the sentence)."""
    text = '''
        Coroner's findings on quad bike death

        In findings released on Thursday, Coroner Heather Kane says the bike tipped and rolled. Kane also found he was not wearing a helmet, although she says this did not contribute to his death.

        "We'd talked about the slope on that paddock. I just wish that bar had been on the bike," the farm's owner, Graeme McKenzie, said.

        Te Whata's partner, Mereana Tipene, says the findings have given the family some answers, but not all of them.

        "He left the house at 5.30 like every other morning. I didn't know anything was wrong until nine," she says.
        '''
    assert speakers_of(tmp_path, text, "He left the house") == ["Mereana Tipene"]


def test_a_given_name_before_and_a_full_name_shares_its_surname(tmp_path):
    """"Jake and Mallory Brennan had more than a trophy on their minds" … "Jake, 34,
    said …. “…,” he said": Jake Brennan (the first given name bears the surname the
    second's name ends with), not the headline's "Country Duo Jake"."""
    text = '''
        Country Duo Jake and Mallory Brennan Reveal They're Expecting Baby No. 2

        Jake and Mallory Brennan had more than a trophy on their minds at the Grammy Awards.

        Jake, 34, said the couple's daughter already knows. "She told her whole preschool class before we'd told our parents," he said.
        '''
    assert speakers_of(tmp_path, text, "She told her whole preschool") == ["Jake Brennan"]


def test_her_daughter_is_the_daughter_named_in_the_lede_however_far_back(tmp_path):
    """"Mrs. Jennings, 79, died Tuesday …, her daughter, Patricia Jennings-Moore, said."
    … many paragraphs … "She took the crossing guard job, her daughter said, “…”": the
    daughter the lede named, kin being who they are all article long."""
    filler = "\n\n".join(f"        Paragraph {i} of her long life was spent at the corner of Glenwood and Parkside."
                         for i in range(10))
    text = f'''
        Dorothy Jennings, crossing guard for 31 years, dies at 79

        Mrs. Jennings, 79, died Tuesday in hospital of complications from a stroke, her daughter, Patricia Jennings-Moore, said.

{filler}

        She took the crossing guard job, her daughter said, "because the lady who had the corner before her retired and somebody had to."
        '''
    assert speakers_of(tmp_path, text, "the lady who had the corner") == ["Patricia Jennings-Moore"]


def test_a_surname_in_ly_opening_a_sentence_is_the_person_not_an_adverb(tmp_path):
    """"Speaker Tom Everly" … "Everly, speaking to reporters shortly afterward, sought to
    play down the defeat. “…,” he said": Everly (a surname named before, not an adverb
    such as "Separately,")."""
    text = '''
        Conservatives sink rule vote

        Speaker Tom Everly had urged members to back the rule. Rep. Garrett Polk led the rebels.

        "We were promised cuts. We got neither," Polk told reporters after the vote.

        Everly, speaking to reporters shortly afterward, sought to play down the defeat. "This is a family disagreement," he said.
        '''
    assert speakers_of(tmp_path, text, "family disagreement") == ["Tom Everly"]


def test_a_name_before_its_institution_whose_name_has_and_is_the_subject(tmp_path):
    """"Associate Professor Terence Goh of the Singapore University of Technology and
    Design, who …, said" ¶ "“…,” he said": Goh is the subject of "said" (the
    institution's name goes on past "and"), the he the next paragraph stands for, not a
    man named before him."""
    text = '''
        Trains stop again

        Mr Suresh Nair, 56, a taxi driver, said business had been brisk that morning. "What people want is for the trains to just work," he said.

        Associate Professor Terence Goh of the Singapore University of Technology and Design, who specialises in railway systems, said the incident showed how one failure could spread.

        "Modern rail systems have many layers of redundancy, but they only help if every part works," he said.
        '''
    assert speakers_of(tmp_path, text, "Modern rail systems") == ["Terence Goh"]


def test_an_unnamed_person_after_an_opening_phrase_is_whom_he_stands_for(tmp_path):
    """"In the town of Tahirpur, a schoolteacher, who did not want to be named, said …
    “…,” he said": the teacher, as when the description opens the sentence (not the
    doctor named before)."""
    text = '''
        Floods

        Dr Shamima Akhter, a specialist at the hospital, said the risk was real. "The risk of an outbreak is very real," she said.

        In the town of Tahirpur, a schoolteacher, who did not want to be named, said students had not attended classes. "Books, benches, everything is under water," he said.
        '''
    assert speakers_of(tmp_path, text, "Books, benches") == ["schoolteacher"]


def test_an_apostrophe_opening_a_name_inside_a_sentence_hides_nothing(tmp_path):
    """"resident 'Ana Fifita said …" (a Tongan name's ʻokina written as '): a mark left
    open after a word inside a sentence is no quotation, so the sentence is read and
    the she after it is hers, not the man named before."""
    text = '''
        Cyclone hits Tonga

        Prime Minister Dr Viliami Latu said the government had declared a state of emergency. "Help is coming," Dr Latu said.

        In Pangai, resident 'Ana Fifita said her family had sheltered in the church hall as the wind peaked.

        "You could hear the roofs going, one after another," she said.
        '''
    assert speakers_of(tmp_path, text, "You could hear the roofs") == ["Fifita"]


def test_letters_after_a_name_are_read_with_it_but_are_not_the_name(tmp_path):
    """"Eleanor Whitfield KC, who represented AB, said" and "Jess Phillips MP said":
    the speaker is the person's name, without the letters of their rank or seat, and
    "Ms Whitfield" later is the same person."""
    text = '''
        Tribunal ruling

        Eleanor Whitfield KC, who represented the man, said the decision was "a vindication for every person told they are lying".

        "The Home Office took a piece of evidence it knew to be weak," Ms Whitfield said.

        Jess Phillips MP said the ruling "should be read by every minister in the department".
        '''
    assert speakers_of(tmp_path, text, "a vindication for every person") == ["Eleanor Whitfield"]
    assert speakers_of(tmp_path, text, "The Home Office took a piece") == ["Eleanor Whitfield"]
    assert speakers_of(tmp_path, text, "should be read by every minister") == ["Jess Phillips"]


def test_letters_that_spell_a_given_name_open_no_persons_name(tmp_path):
    """"the Protecting Kids from AI Companions Act" … "Colorado Gov. Dana Whitlock, who
    signed a state law, weighed in on X. “…,” she posted": "AI" among words in small
    letters is letters, not the given name Ai, so the act is no she."""
    text = '''
        Senators press AI companion apps on teen safety

        Moreland and Harmon are the sponsors of the Protecting Kids from AI Companions Act, which would ban AI companion apps from offering their services to minors and allow parents to sue companies that fail to check ages.

        Colorado Gov. Dana Whitlock, who signed a state law regulating AI companions in May, weighed in on X while the hearing was still underway. "Washington is finally catching up with the states," she posted.
        '''
    assert speakers_of(tmp_path, text, "Washington is finally catching up") == ["Dana Whitlock"]


def test_a_name_set_off_by_a_role_in_anothers_possessive_is_the_subject(tmp_path):
    """"Former student Ron Burgess, Kylie's father-in-law, who started at the school in
    1961, said …" ¶ "“…,” he said": the aside "Kylie's father-in-law" opens on a
    capital, yet it is an aside, and Ron Burgess is the subject the he stands for (not
    the man named before)."""
    text = '''
        School review

        Mr Whitfield said the department would look at projected enrolments as part of the review.

        Former student Ron Burgess, Kylie's father-in-law, who started at the school in 1961, said it had always been more than a place of learning.

        "This hall is where we had the bushfire meetings, the wedding receptions, the wakes," he said.
        '''
    assert speakers_of(tmp_path, text, "This hall is where we had") == ["Ron Burgess"]


def test_a_person_the_quote_speaks_of_is_not_its_speaker(tmp_path):
    # "she said" after a sentence that names the coach and then the player she was
    # asked about: the quote speaks of the player by her first name, so it is the
    # coach's; a name inside words the quote quotes in turn counts for nothing.
    text = '''
        Róisín Brannock: 'We never stopped believing' as Harrowfield beat leaders

        Harrowfield Women came from two goals down to beat Castlebridge 3-2 at Meadow Lane on Sunday.

        Substitute Mia Sandqvist completed the turnaround with eight minutes remaining, curling into the top corner from 20 yards.

        Speaking to reporters after the game, Harrowfield head coach Róisín Brannock said:

        "At 2-0 down, honestly, I was thinking about damage limitation. We were second to everything for half an hour.

        "But the girls showed what this group is about. We changed the shape and from then on we were the better team."

        Brannock was also asked about Sandqvist, the Swedish forward who has started only three league games since joining in September.

        "Mia has had to be patient and she has been brilliant about it," she said. "She is in every day doing extra finishing."

        Sandqvist herself was more measured. "People stop me and say, 'Mia, you saved the season,' and I laugh," she said.
        '''
    assert speakers_of(tmp_path, text, "Mia has had to be patient") == ["Róisín Brannock"]
    assert speakers_of(tmp_path, text, "People stop me") == ["Mia Sandqvist"]


@pytest.mark.parametrize("said, named", [
    ("Mia has had to be patient", True),
    ("I am not angry any more, Mia", True),
    ("Sandqvist was the best player on the pitch", True),
    ("I'm Mia, I'm 21, and I just want to play", False),     # she names herself
    ("My name is Mia Sandqvist and I play for Harrowfield", False),
    ("They say, 'Mia, you saved the season,' every day", False),  # words she quotes
    ("My cousin Anna Sandqvist taught me to shoot", False),  # another Sandqvist
    ("The Sandqvist supporters sang all game", False),       # a name before its noun
    ("we ran the Sandqvist campaign for years", False),
    ("Miami was lovely", False),                              # not the whole word
])
def test_whether_a_quote_names_a_person(said, named):
    from klayman_tui.corpus.extract.candidates import _named_in
    from klayman_tui.corpus.extract.entities import Entity

    person = Entity(("mia", "sandqvist"), ("Mia", "Sandqvist"), "person")
    assert _named_in(person, said) is named


def test_a_he_is_no_one_named_after_it_in_its_own_clause(tmp_path):
    # "he said Pereyra was “…”": the he is not Pereyra (the manager, the subject of the
    # sentence before, is).
    text = '''
        Manager guarded on injuries

        Asked whether Tomlinson was ready for a second start, Arrieta smiled. "He was ready two months ago," he said.

        The manager was more guarded on the fitness of Facundo Pereyra, the midfielder signed in the summer, who has not played since tearing a hamstring on Boxing Day. Switching to Spanish, he said Pereyra was "two weeks away, maybe three" from a return.
        '''
    assert speakers_of(tmp_path, text, "two weeks away") == ["Arrieta"]


def test_a_surname_given_an_age_after_a_place_is_a_person(tmp_path):
    # "at his lawyer's office in Scottsdale, Whitcomb, 61, said": not a town's region
    # ("of Upper Tarodale, Carenage,"): an age is a person's, the he after it his
    text = '''
        Charter school paid founder

        The network has paid $31 million to companies owned by its founder, Douglas Whitcomb, the audit found.

        Marcus Bell, a teacher, said staff went without. "We had teachers buying paper," Bell said.

        In an interview at his lawyer’s office in Scottsdale, Whitcomb, 61, said the audit was wrong. “I took the risk personally,” he said.
        '''
    assert speakers_of(tmp_path, text, "took the risk") == ["Douglas Whitcomb"]


def test_a_surname_written_first_before_a_given_name_of_two_syllables(tmp_path):
    # "director Park Seo-yeon's The Night Ferry … Park, who studied in New York, accepted
    # in English. “…,” she said": a park is a body's word, but a romanised given name of
    # two syllables after it makes the name a person's, with its 's too
    text = '''
        Berlin prizes

        The Golden Bear went to Nino Beridze. "I want to thank my brother," Beridze said. Her brother Levan Beridze spoke too. "The car was very old," he said.

        The Silver Bear went to South Korean director Park Seo-yeon's The Night Ferry, set aboard an overnight crossing. Park, who studied at film school in New York, accepted in English. "I wrote this film during a very lonely year," she said.
        '''
    assert speakers_of(tmp_path, text, "a very lonely year") == ["Park Seo-yeon"]


def test_a_word_no_list_has_opens_a_name_a_role_brings_in(tmp_path):
    # "general secretary Tushar Kanti Barua said … he said": Tushar opens the name (no
    # list has it), so Kanti, a she's name in the lists, gives him no sex
    text = '''
        Dues unpaid

        CWAB general secretary Tushar Kanti Barua said the association had written to the board. "Every season, the same franchises do this," he said.
        '''
    assert speakers_of(tmp_path, text, "Every season") == ["Tushar Kanti Barua"]


def test_a_given_name_set_off_after_kin_and_an_age(tmp_path):
    # "His daughter, 12-year-old Ellie, held a sign. “…,” she told the BBC": Ellie, whom
    # the kin noun makes a she (not her father, a he)
    text = '''
        Farmers protest

        Tom Dawson, a farmer from Devon, drove his tractor to London. His daughter, 12-year-old Ellie, held a hand-painted sign. "I want to be a farmer like my dad, but there might not be a farm left," she told the BBC.
        '''
    assert speakers_of(tmp_path, text, "I want to be a farmer") == ["Ellie"]


def test_a_he_goes_with_a_name_no_list_holds_that_said_he_just_before(tmp_path):
    # "Dawit Bekele … Bekele said he had no complaints. “…,” he said": the text calls
    # Bekele a he who speaks, so the he is his, not the man last quoted (whose given
    # name a list holds)
    text = '''
        Haugland wins in Oslo

        Dawit Bekele finished second behind Sindre Haugland.

        "I have dreamed of winning here since I was a little boy," said Haugland.

        Bekele said he had no complaints. "He was stronger at the end," he said.
        '''
    assert speakers_of(tmp_path, text, "stronger at the end") == ["Dawit Bekele"]


def test_a_time_inside_an_aside_does_not_end_it(tmp_path):
    # "Rotich, who led … in 61:10, said": the colon of a time is no stop, so Rotich is
    # the subject the he after it goes on with
    text = '''
        Gudeta wins in Chicago

        Abebe Gudeta won the race ahead of Josphat Rotich.

        "I was not thinking about the record," Gudeta told reporters.

        Rotich, who led a group of six through halfway in 61:10, said cool conditions had suited the leaders. "The weather was perfect," he said.
        '''
    assert speakers_of(tmp_path, text, "weather was perfect") == ["Josphat Rotich"]


def test_a_post_that_evening_reports_nothing(tmp_path):
    # "In a Facebook post that evening, Ms Nadia wrote": "post" is a noun there, so Ms
    # Nadia is the sentence's subject, not one inside what a post reports
    text = '''
        Caregivers ask for support

        Lee Bee Choo, who cares for her mother, said she had left her job. "I am on duty all day," she said.

        In a Facebook post that evening, Ms Nadia Samad wrote that she was heartened by the minister's openness.

        "Caregivers save the state a great deal of money," she wrote.
        '''
    assert speakers_of(tmp_path, text, "save the state") == ["Nadia Samad"]


def test_a_body_named_before_a_role_is_no_person(tmp_path):
    # "Civil Defence emergency management officer Hemi Walker told …": Civil Defence is
    # a body's name, so the he after it is Walker's
    text = '''
        Storm warning came too late, residents say

        "Where was the warning?" Mere Houkamau asked the staff who attended.

        Civil Defence emergency management officer Hemi Walker told the meeting the alert had gone out as soon as the data supported it.

        "I hear you, and we will look at it," he said.
        '''
    assert speakers_of(tmp_path, text, "I hear you") == ["Hemi Walker"]


def test_a_wife_named_by_her_given_name_is_the_mrs_of_his_surname(tmp_path):
    # "Fraser McLeod … with his wife, Ailsa" … "Mrs McLeod said …. “…,” she said": Ailsa
    # McLeod, whom "Mrs McLeod" names; "Mr McLeod" stays her husband
    text = '''
        Ombudsman orders insurer to pay heart attack bill

        Fraser McLeod, 66, was taken to hospital in Alicante in April, two days into a holiday with his wife, Ailsa.

        "I remember the pain in my chest and the ambulance," Mr McLeod said.

        Mrs McLeod said the hospital asked for a guarantee of payment within hours.

        "They were very kind, but they made it clear someone had to pay," she said.
        '''
    assert speakers_of(tmp_path, text, "someone had to pay") == ["Ailsa McLeod"]
    assert speakers_of(tmp_path, text, "pain in my chest") == ["Fraser McLeod"]


def test_a_name_in_ly_set_off_by_an_aside_is_no_adverb(tmp_path):
    # "Splitly, one of the largest providers, said …": a company's name, not an adverb
    # opening the sentence ("Additionally, a spokesman for the bank, Tom Hale, said" is
    # one)
    text = '''
        Late fees pile up

        "It's very easy to say yes five or six times," said Jenna Whitfield, an analyst at CreditPath.

        Splitly, one of the largest providers, said in a statement that it caps late fees and that "the vast majority of our customers pay on time, every time."

        Additionally, a spokesman for the bank, Tom Hale, said: "We are watching closely."
        '''
    assert speakers_of(tmp_path, text, "vast majority") == ["Splitly"]
    assert speakers_of(tmp_path, text, "watching closely") == ["Tom Hale"]


@pytest.mark.parametrize("sentence", [
    "One of them, a 29-year-old nurse who gave only her surname, Leung, said outside court that she had lost her savings.",
    "Leung, a 29-year-old nurse, said outside court that she had lost her savings.",
])
def test_one_who_gave_only_a_surname_is_named_by_it(tmp_path, sentence):
    # "a nurse who gave only her surname, Leung,": Leung, a she, not the judge named
    # before
    text = f'''
        Agent jailed

        "Restitution offered only after one has been caught carries limited weight," Judge Eleanor Fung said.

        {sentence}

        "We saved for six years. Every weekend we went to see flats," she said.
        '''
    assert speakers_of(tmp_path, text, "saved for six years") == ["Leung"]


def test_a_description_after_the_verb_that_gives_a_surname(tmp_path):
    # "said a 36-year-old buyer who gave only his surname, Zhao,": Zhao's words
    text = '''
        Buyers wait

        "I've paid my mortgage every month for three years for a flat I can't live in," said a 36-year-old buyer who gave only his surname, Zhao, citing fear of reprisals.
        '''
    assert speakers_of(tmp_path, text, "paid my mortgage") == ["Zhao"]


def test_a_name_his_or_hers_after_a_noun_no_list_holds(tmp_path):
    # "says a gatekeeper who … asked that only his first name, Abdi, be used": a noun
    # for no known role, but "his" makes the name a person's, and the words his
    text = '''
        Camps

        Many of the sites are run by so-called gatekeepers.

        "We are not thieves. We give the land," says a gatekeeper who manages three sites on the road to the airport and asked that only his first name, Abdi, be used.
        '''
    assert speakers_of(tmp_path, text, "We are not thieves") == ["Abdi"]


def test_a_counted_description_set_off_with_a_given_name_is_the_he_after_it(tmp_path):
    # "A third witness, a farmer who gave his name only as Tesfaye, said …. “…,” he
    # said": the farmer, not the health worker quoted before ("third" counts the
    # witnesses; it does not end the description)
    text = '''
        Drone strike on a market

        A health worker at the local centre said 46 wounded people had been brought in. "At least nine died here," said the health worker, who asked not to be named.

        A third witness, a farmer who gave his name only as Tesfaye, said there had been no fighters at the market. "It was market day. There were only farmers, women and children," he said.
        '''
    assert speakers_of(tmp_path, text, "It was market day") == ["Tesfaye"]


def test_a_peers_rank_set_off_after_the_name_is_the_one_the_rank_says_later(tmp_path):
    # "Prince Frederick, the Duke of Clarence, has accused …" ¶ "“…,” the duke writes":
    # Frederick; a rank before a name is a given name still ("Earl Ray Tomblin")
    text = '''
        Memoir row

        Prince Frederick, the Duke of Clarence, has accused senior palace officials of waging a war against his wife.

        The Guardian has seen an advance copy of the book.

        "I knew the tabloids would come for Olivia," the duke writes in one passage.

        Governor Earl Ray Tomblin said the plan was "a new and innovative way to keep the mines open".
        '''
    assert speakers_of(tmp_path, text, "tabloids would come") == ["Frederick"]
    assert speakers_of(tmp_path, text, "keep the mines open") == ["Earl Ray Tomblin"]


def test_given_names_of_both_sexes_say_neither(tmp_path):
    # "Gul Ahmad Noori … He said": Gul is a woman's name in the list, Ahmad a man's; the
    # he is his, not the man quoted before
    text = '''
        Deported Afghans wait at the border

        "The numbers have doubled since June," said Abdul Wahid Sharifi, who runs the reception centre.

        Among them last week was Gul Ahmad Noori, 34, a construction worker who had lived in Tehran for 11 years. He said he had been detained at a checkpoint.

        "They did not let me call anyone. My wife still doesn't know where I am," he said.
        '''
    assert speakers_of(tmp_path, text, "did not let me call") == ["Gul Ahmad Noori"]


def test_a_compound_given_name_the_list_lacks_is_its_first_parts(tmp_path):
    # "Commission President Marc-André Théberge asked Kewageshig …" ¶ "“…,” she
    # replied": Marc-André is a he as Marc is, so the she is the chief asked
    text = '''
        Hearing

        Chief Darlene Kewageshig told the commission her people had not been consulted.

        Commission President Marc-André Théberge asked Kewageshig what meaningful consultation would look like in practice.

        "It would look like our people in the room when the decisions are drafted," she replied.
        '''
    assert speakers_of(tmp_path, text, "our people in the room") == ["Darlene Kewageshig"]


def test_a_name_in_s_with_its_mark_of_possession_after_it_is_no_she(tmp_path):
    # "… until she saw Brooks’ post." ¶ "“…,” she continued": Lanford, the subject who
    # spoke, not Brooks, whose name only owns the post (its mark outside the name)
    text = '''
        Apology

        Influencer Skye Lanford has apologised after small-business owner Tanisha Brooks accused her of copying the packaging of her brand, Honey & Clay.

        The post has since been shared more than 400,000 times.

        In her video, Lanford said she had hired an outside design agency and "had no idea" Honey & Clay existed until she saw Brooks’ post.

        "But that doesn't matter at all," she continued.
        '''
    assert speakers_of(tmp_path, text, "doesn't matter") == ["Skye Lanford"]


def test_kin_after_a_capitalised_his_take_the_surname_of_the_one_it_stands_for(tmp_path):
    # "His mother, Lorraine, noticed first. “…,” she says": his, the footballer's, so
    # Lorraine Ferns, as "his mother, Lorraine," would be
    text = '''
        From the pitch to the bookmaker's

        Jamie Ferns was earning £3,000 a week at 22. By 27 he was sleeping on his sister's sofa.

        The first bet Jamie Ferns remembers placing was £2 on a horse, when he was 16. It lost.

        By 19, Ferns was a professional footballer. On away trips, he says, half the squad would be on their phones.

        In 2021 Ferns was suspended for eight months after the Football Association found he had placed more than 300 bets.

        His mother, Lorraine, noticed first. "He'd come home at Christmas with nothing. No presents, no car," she says.

        When his contract was not renewed, Ferns moved into the spare room of his older sister, Kirsty.

        "I'd lost £11,000 on the tennis in about four hours," he says. "I went inside and told Kirsty everything."

        Kirsty Ferns says she had no idea of the scale of it. "He showed me the banking app and I just kept scrolling."
        '''
    assert speakers_of(tmp_path, text, "come home at Christmas") == ["Lorraine Ferns"]


def test_the_one_who_asked_does_not_reply(tmp_path):
    # "“Will the buses be running on Thursday morning?” a reporter asked." ¶ "“…,” she
    # replied": the union's president, not the reporter whose question it answers
    text = '''
        Strike vote

        Union president Denise Okafor said the result was "overwhelming" and the strike would go ahead.

        "Will the buses be running on Thursday morning?" a reporter asked.

        "I honestly can't tell you that. I hope so," she replied.
        '''
    assert speakers_of(tmp_path, text, "honestly can't tell you") == ["Denise Okafor"]


def test_where_one_named_with_an_age_is_of_is_a_place_though_a_given_name_opens_it(
        tmp_path):
    """"her half brother, Curtis Dockery, 61, of Rocky Face." ¶ "“…,” he said": Rocky
    Face is where he lives, no man the he stands for."""
    text = '''
        Remains identified after 36 years

        The identification was confirmed in August through a DNA comparison with her half brother, Curtis Dockery, 61, of Rocky Face.

        “I knew the minute they said blue sweater. Mama knitted her that sweater,” he said in a phone interview.
        '''
    assert speakers_of(tmp_path, text, "blue sweater") == ["Curtis Dockery"]


def test_a_name_in_words_the_quote_quotes_in_turn_is_no_sign_of_another_speaker(tmp_path):
    """‘She said to me on the phone, “Bring her home, Declan,”’ he said: the words his
    mother said to him call him by name, in double marks inside single ones as British
    news nests them; he still said them, not the councillor named before."""
    text = '''
        Search for missing woman resumes

        Local councillor Tommy Doran said the mood in the village was ‘very sombre’.

        Declan Kearney said his mother, Bridget, who is 86, was too frail to travel to the site.

        ‘She said to me on the phone last night, “Bring her home, Declan,”’ he said.
        '''
    assert speakers_of(tmp_path, text, "Bring her home") == ["Declan Kearney"]


def test_one_a_who_clause_is_about_after_a_town_and_a_comma_is_a_person(tmp_path):
    """"Reached by phone at his home in Friendswood, Pruitt, who left the office in
    2009, defended his handling of the trial." ¶ "“…,” he said": Pruitt, after a phrase
    opening the sentence, is a man the clause tells of, not a place's place ("of Upper
    Tarodale, Carenage,"; "Jen, a mom of three in Columbus, Ohio, who asked")."""
    text = '''
        Conviction overturned

        Ruben Castañeda Ortiz was convicted in 1998. He has always said he was innocent. The case was prosecuted by Glenn Pruitt.

        Reached by phone at his home in Friendswood, Pruitt, who left the district attorney's office in 2009, defended his handling of the trial.

        "I prosecuted that case on the evidence we had at the time," he said.

        Jen, a mom of three in Columbus, Ohio, who asked that we use only her first name, followed the case. "I was a little impressed," she says.
        '''
    assert speakers_of(tmp_path, text, "I prosecuted") == ["Glenn Pruitt"]
    # (but after a name in its sentence, a place's place: Ohio is no she)
    assert speakers_of(tmp_path, text, "a little impressed") == ["Jen"]


def test_a_bodys_letters_in_brackets_inside_a_role_set_off_keep_the_role_a_persons(
        tmp_path):
    """"said Hülya Ertem, a Justice and Development Party (AKP) member from Ümraniye": a
    member, a person (not the party); "Ertem was unconvinced. “…,” she told reporters"
    is hers, not the nurse's quoted before."""
    text = '''
        Metro tender row

        "I just want to get home before my kids are asleep," said Elif Sarıkaya, a nurse who commutes from Sultanbeyli.

        "The money is not there, and everyone in this room knows it," said Hülya Ertem, a Justice and Development Party (AKP) member from Ümraniye.

        The municipality posted on X that the project "will be completed, whatever it takes," and shared a photograph of a machine.

        Ertem was unconvinced. "A photograph of a machine in a car park is not a metro line," she told reporters.
        '''
    assert speakers_of(tmp_path, text, "not a metro line") == ["Hülya Ertem"]


def test_a_call_sign_given_in_marks_names_a_person(tmp_path):
    """"The unit's deputy commander, a former farmer … and the call sign “Bison”, is
    blunter." ¶ "“…,” he says" … "Bison says the Russians have learned fast. “…,” he
    says": Bison is a soldier the he stands for, and the description giving his call
    sign is he, not the commander named before."""
    text = '''
        The drone war near Pokrovsk

        The commander, Maj Roman Lytvyn, says the fighting has changed. "Now drones are the front line," Lytvyn says.

        The unit's deputy commander, a former farmer with a grey beard and the call sign "Bison", is blunter.

        "We hunt them before they hunt us," he says through an interpreter.

        Bison says the Russians have learned fast. "They come in rain, in fog, at dawn," he says.
        '''
    assert speakers_of(tmp_path, text, "in rain, in fog") == ["Bison"]
    # (and the description that gives the call sign is his: the he after it)
    assert speakers_of(tmp_path, text, "We hunt them") == ["Bison"]


def test_a_hong_kong_name_is_named_again_by_the_surname_before_its_given_name(tmp_path):
    """"Housewife Cheung Mei-yee, 45, said …" ¶ "“…,” Cheung said"; "chairman Raymond Kwan
    Ho-yin told …" ¶ "Kwan said …" ¶ "“…,” he said", his sister "Winnie Kwan Wai-man"
    named later: the surname comes before a romanised given name of two syllables (Kwan,
    not Ho-yin, is the one "Kwan said" names); a word before it that is no given name
    ("Housewife") is what she is."""
    text = '''
        Minibus route to be cut

        Housewife Cheung Mei-yee, 45, said her mother cannot manage the footbridge.

        "The minibus stops right downstairs. Without it, my mother will be stuck at home," Cheung said.

        "Prices have not yet bottomed out," chairman Raymond Kwan Ho-yin told a results briefing.

        Kwan said the company would launch the second phase of its Tuen Mun project next month.

        Asked whether now was the right time to buy, he paused. "If you ask me, it's a very good time to look," he said.

        His sister Winnie Kwan Wai-man, the group's chief financial officer, said net gearing had fallen.

        Interest rates remained the biggest uncertainty, Winnie Kwan said. "Every cut makes a real difference to our financing costs."
        '''
    assert speakers_of(tmp_path, text, "stops right downstairs") == ["Cheung Mei-yee"]
    assert speakers_of(tmp_path, text, "a very good time to look") == ["Raymond Kwan Ho-yin"]
    assert speakers_of(tmp_path, text, "Every cut") == ["Winnie Kwan Wai-man"]


def test_two_given_names_before_one_surname_share_it(tmp_path):
    """"Petro and Liudmyla Kovalchuk are packing." ¶ "“…,” says Petro, 67" ¶ "Liudmyla,
    standing by the fence, is crying. “…,” she says": Petro Kovalchuk, and Liudmyla
    Kovalchuk, a person though no list knows her given name."""
    text = '''
        Evacuation from the front line

        A volunteer named Halyna holds a clipboard with a list of names.

        Down the road, Petro and Liudmyla Kovalchuk are packing. Two suitcases, a cat carrier.

        "Last night a drone hit the neighbours' car," says Petro, 67, a retired tractor driver.

        Liudmyla, standing by the fence, is crying quietly. "Forty years in this house," she says.
        '''
    assert speakers_of(tmp_path, text, "a drone hit") == ["Petro Kovalchuk"]
    assert speakers_of(tmp_path, text, "Forty years") == ["Liudmyla Kovalchuk"]


def test_a_handle_is_named_with_its_at_sign(tmp_path):
    """"Another fan, @Thandi_M, posted: “…”": the handle as written, not "Thandi_M" (and
    an address's domain, "press@Bophelo.co.za", is no handle)."""
    text = '''
        Soapie star quits

        Bophelo Productions did not respond to questions sent to press@Bophelo.co.za on Monday.

        Another fan, @Thandi_M, posted: “Nomsa carried that show on her back for seven years.”
        '''
    assert speakers_of(tmp_path, text, "Nomsa carried") == ["@Thandi_M"]


def test_a_nickname_in_marks_is_the_person_its_sentence_named(tmp_path):
    """"Jackie, known on the local circuit as “Jackpot Jackie”, quickly worked her way
    …" ¶ "“…,” she said": Jackie Dixon, named in full before, not a "Jackpot Jackie"
    whom "said Jackie" would be by the last word."""
    text = '''
        Dinner lady reaches world championship

        Jackie Dixon, 52, booked her place at the Women's World Championship on Sunday.

        "I still keep pinching myself," said Jackie, who has served school dinners for 19 years.

        Jackie, known on the local circuit as "Jackpot Jackie", quickly worked her way into the county side.

        "My hand was shaking that much I nearly dropped the dart," she said.
        '''
    assert speakers_of(tmp_path, text, "pinching myself") == ["Jackie Dixon"]
    assert speakers_of(tmp_path, text, "hand was shaking") == ["Jackie Dixon"]
