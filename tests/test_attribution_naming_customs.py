"""Ways of naming people and bodies that differ from "given name, surname": callers
named by a given name and a town, Malay names shortened to the given names, companies
that end in a legal form, a description that goes on to give the name. Every article
here is written for these tests."""

import textwrap

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def speakers_of(tmp_path, text, words):
    return [speaker for speaker, quote in quotes_of(tmp_path, text) if words in quote]


def test_a_caller_named_by_a_given_name_and_a_town_is_a_person(tmp_path):
    """"Vicky from Campbelltown, a nurse …, rang in next" ¶ "“…,” she said": Vicky, a
    she by her given name, not the minister heard before her."""
    text = '''
        Tolls anger talkback callers

        Roads Minister Kirsten Delahunty faced listeners on Tuesday morning.

        "We are looking at every option," Ms Delahunty said.

        Vicky from Campbelltown, a nurse who works night shifts, rang in next.

        "There is no train that gets me there at 11 at night, so I drive," she said.
        '''
    assert speakers_of(tmp_path, text, "no train that gets me") == ["Vicky"]


def test_a_caller_set_off_with_where_she_calls_from_is_a_person(tmp_path):
    """"Gerald from Ingonish" spoke first; "Theresa, calling from Tignish, said …" ¶
    "“…,” she told MacIsaac": Theresa, not Gerald, though both are named so."""
    text = '''
        Lobster prices on the phone-in

        The first caller, Gerald from Ingonish, said he had fished for 44 years.

        "You'll have good years and you'll have bad years," Gerald said.

        Theresa, calling from Tignish, said the worry went well beyond the boats. She works at a processing plant.

        "People think it's just the fishermen. It's the plant workers, it's the truckers," she told MacIsaac.
        '''
    assert speakers_of(tmp_path, text, "just the fishermen") == ["Theresa"]


def test_a_description_that_gives_a_name_is_that_person(tmp_path):
    """"said the first caller, who identified herself as Loretta from Northridge": the
    caller is Loretta, not the mayor the article gave a caller's role before."""
    text = '''
        Mayor hears trash complaints

        DAYTON - Mayor Raymond Okafor spent his monthly call-in show fielding complaints about missed pickups.

        "I've lived on Salem Avenue for 31 years and never had to call four weeks running," said the first caller, who identified herself as Loretta from Northridge.
        '''
    assert speakers_of(tmp_path, text, "lived on Salem Avenue") == ["Loretta"]


def test_a_malay_name_shortened_to_its_given_names_is_the_full_name(tmp_path):
    """"Ahmad Fauzi Hashim said …" ¶ "Ahmad Fauzi said: “…”": one person, named as
    the article first names him (Hashim is his father's name, not a surname)."""
    text = '''
        Palm oil planters short of harvesters

        Sawit Makmur chief executive Ahmad Fauzi Hashim said the group was short of workers on most estates.

        Ahmad Fauzi said: "You cannot mechanise harvesting on hilly terrain."
        '''
    assert speakers_of(tmp_path, text, "mechanise harvesting") == ["Ahmad Fauzi Hashim"]


def test_a_company_ending_in_a_legal_form_is_no_person(tmp_path):
    """"miner Mineração Serra Azul SA" is a company, whose "it" speaks for it: not a
    woman named Serra, and "Serra Azul" later is the same company, named in full."""
    text = '''
        Dam trial opens in Brazil

        The criminal trial of 11 former executives of miner Mineração Serra Azul SA got under way on Monday.

        Serra Azul said in a statement that it respected the work of the justice system.

        "The company remains fully committed to the full reparation of the damage caused," it said.
        '''
    assert speakers_of(tmp_path, text, "fully committed") == ["Mineração Serra Azul SA"]


def test_a_legal_form_alone_is_a_word_of_its_own(tmp_path):
    """"The Australian Education Union's SA branch said …" ¶ "“…,” the union said":
    SA is South Australia, not a company: the union speaks, not "SA"."""
    text = '''
        Language teachers on short contracts

        The Australian Education Union's SA branch said in a statement that it supported the expansion.

        "Aboriginal language teachers deserve the same job security as every other teacher," the union said.
        '''
    assert speakers_of(tmp_path, text, "same job security")[0] in (
        "union", "Australian Education Union")


def test_a_body_before_its_chairperson_is_not_the_subject(tmp_path):
    """"Kerry County Board chairperson Bríd Moynihan cut the ribbon and said …": the
    chairperson speaks, not the board that only says whose chairperson she is."""
    text = '''
        Club opens new pitch

        Kerry County Board chairperson Bríd Moynihan cut the ribbon and said Lisheen Rovers was "exactly what a GAA club should be".
        '''
    assert speakers_of(tmp_path, text, "exactly what a GAA club") == ["Bríd Moynihan"]


def test_a_name_no_list_knows_is_a_persons_when_its_clause_says_his(tmp_path):
    """"In the stand, Mossie Daly was wiping his eyes." ¶ "“…,” the 78-year-old said":
    Mossie Daly, a he by what his clause says though no list has Mossie, not the
    captain who spoke before him."""
    text = '''
        Kilmoyle end 40-year wait

        Captain Darragh Hayes lifted the cup in front of 6,000 supporters.

        "This is for the people who stood on cold sidelines," the captain told the crowd.

        In the stand, Mossie Daly was wiping his eyes.

        "I'm the proudest man in Limerick. Nobody will ever mention 1983 to me again," the 78-year-old said.
        '''
    assert speakers_of(tmp_path, text, "proudest man") == ["Mossie Daly"]


def test_kin_named_after_whose_bear_the_surname_of_the_one_before(tmp_path):
    """"Craig Toohey, whose son Harrison captains the side," ¶ "Harrison, 14, … “…,” he
    said": Harrison Toohey, as the article names the family."""
    text = '''
        Heat policy stops junior cricket

        Craig Toohey, whose son Harrison captains the under-15 side, said the rule was too blunt.

        "These kids have been looking forward to this game all week," Mr Toohey said.

        Harrison, 14, was more relaxed about it. "Honestly, I'm happy to stay inside with the air con," he said.
        '''
    assert speakers_of(tmp_path, text, "happy to stay inside") == ["Harrison Toohey"]


def test_a_clubs_name_that_ends_in_a_teams_word_is_what_it_stands_for(tmp_path):
    """"Hadleigh Rovers Youth posted a statement on X. “…,” it said": the club (a
    team's word, Rovers, makes the name a body's, which an "it" may stand for), not
    the league named before it."""
    text = '''
        Referee abuse at under-14 match

        League secretary Julie Ambrose said both clubs had been asked for statements.

        The league has also written to the county FA.

        Hadleigh Rovers Youth posted a statement on X on Sunday evening. "The club is aware of an incident at today's fixture," it said.
        '''
    assert speakers_of(tmp_path, text, "aware of an incident") == ["Hadleigh Rovers Youth"]


def test_a_role_the_headline_gives_a_speaker_is_the_ledes_teller(tmp_path):
    """"EFCC witness tells court" over "Mr. Yakubu Garba Ladan, on Wednesday told a
    Federal High Court …": "the witness said" later is Ladan, not the counsel named
    last before it."""
    text = '''
        Contractor paid relatives of ex-Perm Sec, EFCC witness tells court

        An investigator with the EFCC, Mr. Yakubu Garba Ladan, on Wednesday told a Federal High Court in Abuja how N412 million moved to relatives of a former Permanent Secretary.

        Dimieari is standing trial alongside a company, Crestline Hydro Works Limited.

        Led in evidence by EFCC counsel, Mr. Kelechi Onuoha, the witness said an analysis of bank statements showed 14 transfers.

        "My Lord, our investigation revealed that the company made fourteen transfers to a bureau de change operator," the witness said.
        '''
    assert speakers_of(tmp_path, text, "our investigation revealed") == ["Yakubu Garba Ladan"]


def test_a_title_tells_apart_two_who_share_a_surname(tmp_path):
    """"Dr. Birgitte Holm" and her husband "Anders Holm": "For Dr. Holm, …" ¶ "“…,” she
    said" is Birgitte, whom the article gave the title, not Anders, named more often
    as "Mr. Holm", nor the cook named between them."""
    text = '''
        A drill reaches back 120,000 years

        "The ice is a library, and we are reading it backward," said Dr. Birgitte Holm, the camp's field leader.

        The drill itself is run by her husband, Anders Holm, an engineer. "She is the boss on the ice," Mr. Holm said.

        "Dome, trench. The drill is stuck at 2,104," Mr. Holm said over the radio.

        "Copy, trench. Take your time, dinner will wait," came the reply from Aviaaja Petersen, the camp cook.

        It took nine hours and some language that Mr. Holm asked not to see in print, but the drill came free.

        Ms. Petersen said the ice sheet was unlike anywhere else she had worked. "There are no animals, no smells, no sounds," she said.

        For Dr. Holm, the point of all the effort is practical.

        "If we can show how the ice sheet behaved the last time it was this warm, we can tell people what is coming," she said.
        '''
    assert speakers_of(tmp_path, text, "what is coming") == ["Birgitte Holm"]


def test_twins_set_off_by_given_names_share_the_surname(tmp_path):
    """"The twins, Kgosi and Kabelo Maseko, won …" ¶ "“…,” Kgosi said": Kgosi Maseko,
    though no list of given names has Kgosi."""
    text = '''
        Amapiano twins take top award

        The twins, Kgosi and Kabelo Maseko, won for their second album on Saturday night.

        "This one is for every kid in Soshanguve with a cracked copy of FL Studio and a dream," Kgosi said in his acceptance speech.
        '''
    assert speakers_of(tmp_path, text, "cracked copy") == ["Kgosi Maseko"]


def test_a_name_one_is_known_by_is_that_person_with_or_without_marks(tmp_path):
    """"Philomena McCabe, known to everyone on the wards simply as Phil, finished …" ¶
    "“…,” Phil told the Celt": Philomena McCabe, not a second person called Phil."""
    text = '''
        Guard of honour for retiring nurse

        Philomena McCabe, known to everyone on the wards simply as Phil, finished her last shift on Friday after 44 years of nursing.

        "Forty-four years goes by in a flash," Phil told the Celt on Monday.
        '''
    assert speakers_of(tmp_path, text, "goes by in a flash") == ["Philomena McCabe"]


def test_names_borne_at_birth_are_those_the_sentence_named_before(tmp_path):
    """"Isobel Gauld and Jean Milne were born Isobel and Jean Reid" ¶ "“…,” Jean said":
    Jean Milne, as the twins are called now, not Jean Reid."""
    text = '''
        Turriff twins toast a century

        Isobel Gauld and Jean Milne were born Isobel and Jean Reid at their parents' farm cottage near Fyvie in January 1925.

        "The midwife was in a right state and there was no clock in the room," Jean said.
        '''
    assert speakers_of(tmp_path, text, "no clock in the room") == ["Jean Milne"]



def test_binti_is_inside_a_malay_name(tmp_path):
    """"Puan Nur Aisyah binti Zainal said …. “…,” said Nur Aisyah": one name, "binti"
    (daughter of) inside it as "bin" is, and the short form is hers."""
    text = '''
        Chip tester to expand in Penang

        Chief financial officer Puan Nur Aisyah binti Zainal said the group would spend heavily to meet demand.

        "Capital expenditure for the full year will be about RM280 million," said Nur Aisyah.
        '''
    assert speakers_of(tmp_path, text, "Capital expenditure") == ["Nur Aisyah binti Zainal"]


def test_one_set_off_as_someone_from_a_place_is_a_person(tmp_path):
    """"Sione, a postie from Manurewa, said he had been bitten twice" ¶ "“…,” he said":
    Sione (no list has the name; an aside saying where he is from makes him a person),
    not the host who spoke before."""
    text = '''
        Dog attacks on posties

        Host Murray Penrose opened the lines on Tuesday. "Who here has been bitten?" Penrose asked.

        Sione, a postie from Manurewa, said he had been bitten twice in 18 months.

        "We carry the dog spray, we do the training, but you can't outrun a pig dog," he said.
        '''
    assert speakers_of(tmp_path, text, "dog spray") == ["Sione"]


def test_a_party_named_by_an_honorific_and_a_letter_is_a_person(tmp_path):
    """"Ms B" and "Mr. A", as tribunals name parties they leave anonymous: speakers,
    named with the honorific (a letter alone names nobody), and "Mr. A" is not "Mr." and
    the article "a"."""
    text = '''
        Nurse wins claim over menopause comments

        The woman, referred to as Ms B in the judgment, worked for the trust for 22 years.

        "By the end I was hiding in the sluice room so nobody would see me crying," Ms B said.

        In a separate case, Mr. A told the tribunal: "When they let me go, it felt like being told I was broken."
        '''
    assert speakers_of(tmp_path, text, "sluice room") == ["Ms B"]
    assert speakers_of(tmp_path, text, "told I was broken") == ["Mr. A"]


def test_a_name_in_no_marks_is_the_nickname_only_of_the_one_right_before(tmp_path):
    """"Mr Justice Ravensworth said the case of the woman, known as Mrs P, was …": Mrs
    P is the woman, no nickname of the judge, so "The judge agreed. “…,” he said" is
    still the judge's."""
    text = '''
        Woman with dementia may go home, judge rules

        Mr Justice Ravensworth said the case of the woman, known as Mrs P, was "a reminder of what protection is for".

        The judge, who met Mrs P on the ward before the hearing, recorded that she had told him: "I'd still rather fall over in my own kitchen."

        Owen Baptiste, for the Official Solicitor, said a return home was in Mrs P's best interests. "Nobody's life is risk-free, and Mrs P has never wanted hers to be," he said.

        The judge agreed. "What kind of life would Mrs P have in a care home?" he said.
        '''
    assert speakers_of(tmp_path, text, "What kind of life") == ["Ravensworth"]


def test_one_of_two_named_together_is_not_given_the_others_his(tmp_path):
    """"Kieran and Leah dumped from the villa as his mum slams ‘cruel’ edit": the his is
    Kieran's, so Leah stays a she, and "‘…,’ she said" after her is hers."""
    text = '''
        Paradise Pact's Kieran and Leah dumped from the villa as his mum slams 'cruel' edit

        Kieran Daly, 26, and Leah Morrow, 24, received the fewest votes from the public after a turbulent week.

        Host Jess Ambler broke the news at the firepit. 'I'm afraid the couple leaving tonight is Kieran and Leah,' she said.

        A fellow islander said he had already messaged Leah to offer his support.

        Leah, a beautician from Newcastle, appeared to take the news in her stride.

        'Honestly, I'm actually relieved,' she said in the Beach Hut before leaving.
        '''
    assert speakers_of(tmp_path, text, "actually relieved") == ["Leah Morrow"]


def test_a_title_is_no_word_of_a_name_written_in_full(tmp_path):
    """"Judge Harriet Conroy" once called his in "Judge Conroy acknowledged the family's
    opposition to his release": the his is the prisoner's, and "Judge Conroy" is no name
    written in full, so she stays a she: "“…,” she wrote" is hers."""
    text = '''
        Man who killed teenager granted parole

        In a decision released on Friday, panel convener Judge Harriet Conroy said Rapana had completed a drug treatment programme.

        "Brooke would have turned 23 this year," her mother, Leanne Sinclair, told Stuff.

        Judge Conroy acknowledged the family's opposition to his release.

        "Nothing in this decision is intended to diminish the loss suffered by the family," she wrote.
        '''
    assert speakers_of(tmp_path, text, "Nothing in this decision") == ["Harriet Conroy"]


def test_a_passives_subject_is_no_person_its_clause_calls_her(tmp_path):
    """"Little Lai is run by Grace Lai and her father, David Lai" ¶ "“…,” Ms Lai said":
    Grace Lai; the restaurant is not made a she by the her of its passive clause."""
    text = '''
        Two London restaurants win their first stars

        Little Lai on Greek Street was singled out for its dumplings.

        Little Lai is run by Grace Lai and her father, David Lai, who ran a takeaway in Croydon for almost 30 years.

        "My dad cried. He never cries," Ms Lai said.
        '''
    assert speakers_of(tmp_path, text, "My dad cried") == ["Grace Lai"]


def test_a_gallery_named_for_its_owner_is_a_body(tmp_path):
    """"the Harlan Loewe Gallery on West 24th Street" is a body, not the dealer Harlan
    Loewe, who speaks."""
    text = '''
        A painter discovered at 78

        On Thursday, 31 canvases went on view at the Harlan Loewe Gallery on West 24th Street.

        A curator forwarded the post to the dealer Harlan Loewe. "I looked at it for about ten seconds and called her," Loewe recalled.
        '''
    assert speakers_of(tmp_path, text, "ten seconds") == ["Harlan Loewe"]
