"""People the story never names or names late: a he, she or they that goes on with one
known only by a role, the role a lede brings in before the name, a style of address
("His Highness"), a description another owns, a role with a mark inside its words, and
the object that a verb of speech in -ing makes the speaker. Every article here is
written for these tests."""

import textwrap

import pytest

import klayman_tui
from klayman_tui.corpus.extract.evidence import evidence_line


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def speakers_of(tmp_path, text, words):
    return [speaker for speaker, quote in quotes_of(tmp_path, text) if words in quote]


# A she after the words of one known only by a role, with nobody named between, is that
# speaker, not the woman named before (the chain of pronouns over the names never saw
# the role).
def test_a_she_goes_on_with_a_speaker_known_by_a_role(tmp_path):
    text = '''
        Landlord jailed for running cannabis farms

        Inspector Claire Walsh said the gang had moved between three rented houses in the town.

        In a statement read to the court, the woman, who is in her 40s, said she had been "afraid to open the door".

        "They changed the locks while I was at work. I slept in my car for a fortnight," she said.
        '''
    assert speakers_of(tmp_path, text, "slept in my car") == ["woman"]


def test_they_goes_on_with_a_family_that_spoke(tmp_path):
    text = '''
        Driver jailed over crash that killed teenager

        Sergeant Paul Briggs said the driver had been travelling at twice the limit.

        Paying tribute, Aoife's family said she was "the light of every room".

        "We will never hear her laugh again. Nothing the court does can change that," they said in a statement.
        '''
    assert speakers_of(tmp_path, text, "hear her laugh") == ["Aoife's family"]


def test_a_she_is_not_the_role_her_own_sentence_heard(tmp_path):
    text = '''
        Botanist who mapped the moor dies at 91

        Dr Ruth Ellery spent 60 years on the hills.

        In a 2004 interview she recalled being told by a senior lecturer that the moor was "no place for a young woman".

        "I went up the following week and stayed for a month," she said.
        '''
    assert speakers_of(tmp_path, text, "stayed for a month") == ["Ruth Ellery"]


def test_a_she_is_the_one_the_asker_named(tmp_path):
    text = '''
        New judge sworn in

        Judge Marta Quill was sworn in on Monday.

        At the ceremony, a reporter asked Quill, "What will you change first?"

        "The waiting lists for family cases are the first thing I want to shorten," she replied.
        '''
    assert speakers_of(tmp_path, text, "waiting lists") == ["Marta Quill"]


# "A financial adviser … has told a jury he “…”" ¶ "Martin Hollis, 56, is alleged …":
# the lede's role is the person whose full name opens the next paragraph.
def test_the_ledes_role_is_the_name_that_opens_the_next_paragraph(tmp_path):
    text = '''
        Adviser denies taking clients’ savings

        A pensions adviser accused of taking money from elderly clients has told a jury he "never pocketed a penny" of their savings.

        Gareth Pryce, 49, is alleged to have taken £30,000 from four clients in Wrexham.

        The trial continues.
        '''
    assert speakers_of(tmp_path, text, "never pocketed") == ["Gareth Pryce"]


def test_his_highness_is_the_one_styled_so(tmp_path):
    text = '''
        Ruler dissolves parliament

        His Highness the Emir Sheikh Khalid Al-Nouri on Friday dissolved the assembly for up to four years.

        In a speech to the nation, His Highness the Emir said the country had been through "hard times".

        "We will not let the state be paralysed," His Highness said. "The people deserve a government that works."
        '''
    assert speakers_of(tmp_path, text, "deserve a government") == ["Khalid Al-Nouri"]


# A description another owns is someone given its noun, not whoever was given one of
# its words ("Neon chief Tom Quinn" is no "Variety’s chief film critic").
def test_a_description_another_owns_is_not_one_given_a_word_of_it(tmp_path):
    text = '''
        Festival opener divides critics

        Studio chief Dana Ortiz said in a statement that the company was "proud to bring the film home".

        Variety’s chief film critic called the film "a slow, beautiful study of grief", while others found it too long.
        '''
    assert speakers_of(tmp_path, text, "slow, beautiful") != ["Dana Ortiz"]


def test_a_rep_for_a_star_is_the_speaker_not_the_star(tmp_path):
    text = '''
        Singer postpones tour

        Country singer Lila Mae Carter wrote on Instagram that she needed rest.

        A rep for the singer confirmed the news, adding, "She is resting and will be back on stage soon."
        '''
    assert speakers_of(tmp_path, text, "back on stage") == ["rep, singer"]


def test_a_role_brought_in_with_a_plus_in_its_words(tmp_path):
    text = '''
        Oil producers agree cut

        Energy Minister Pavel Orlov said the deal would hold.

        An OPEC+ delegate, who asked not to be named, said the meeting had been tense.

        "Nobody wanted to give ground until the very end," the delegate said.
        '''
    assert speakers_of(tmp_path, text, "give ground") == ["delegate"]


def test_the_object_of_a_verb_of_speech_in_ing_speaks(tmp_path):
    text = '''
        Man fined for abusing ambulance crew

        Lewis Grant, 31, admitted assaulting an emergency worker.

        Paramedic Sian Lloyd said the call had come in just after midnight.

        Footage from a body camera showed him shouting at the crew: "Get out of my house, all of you."
        '''
    assert speakers_of(tmp_path, text, "Get out of my house") == ["Lewis Grant"]


def test_the_second_of_two_names_and_joins_opens_no_clause(tmp_path):
    text = '''
        Pop star cancels tour dates

        Nina Vale has cancelled the last ten dates of her tour, the singer announced on Monday.

        In a post shared to Instagram and X, the 29-year-old wrote that she had "given everything I had" on the road.
        '''
    assert speakers_of(tmp_path, text, "given everything") == ["Nina Vale"]


# A name set off after a noun for a business is the business's: no she stands for it,
# and the one whose it is answers her interview.
def test_a_name_set_off_after_her_business_is_no_person(tmp_path):
    text = '''
        Baker on building a business from her kitchen table

        Orla Finnegan started baking scones during lockdown. Three years on, her business, Sweet Hollow, has a shop on the Lisburn Road and six staff.

        She says the early days were "a rollercoaster". We caught up with her for our small business series.

        How did it start?

        By accident. I was furloughed and I started baking for the neighbours.

        What was the hardest part?

        Energy bills. I nearly closed the shop in the first winter.

        What would you tell someone starting out?

        Know your numbers. I was a good baker and a bad bookkeeper.
        '''
    quotes = klayman_tui.load([_write(tmp_path, text)]).sources[0].quotes
    answers = {q.speaker for q in quotes if q.kind.name == "ANSWER"}
    assert answers == {"Orla Finnegan"}


def test_a_second_role_and_joins_is_the_name_set_off_after_it(tmp_path):
    text = '''
        Petrol price rises again

        Union leader Tunde Bako said workers could not cope.

        An energy lawyer and analyst, Dr Kemi Adeola, said the exchange rate was the biggest factor.

        "As long as the naira is weak, the pump price will keep moving," she said.
        '''
    assert speakers_of(tmp_path, text, "pump price") == ["Kemi Adeola"]


def _write(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return tmp_path


# A she whose nearest fit is one nothing told the sex of goes to the one that person's
# own sentence names who is known to be a she: "His older sister, Kalia Vang, addressed
# Pryor directly." ¶ "“…,” she said" is the sister's.
def test_a_she_goes_to_the_known_she_of_the_sentence_before(tmp_path):
    text = '''
        Driver gets 30 years for road rage killing

        Treyvion Pruitt, 34, was convicted in June of murder in the death of Tomas Reyes. Pruitt showed no emotion as the sentence was read.

        His older sister, Lucia Reyes, addressed Pruitt directly.

        "You didn't know him. You saw a car that cut you off, and you decided that was worth a life," she said.
        '''
    assert speakers_of(tmp_path, text, "worth a life") == ["Lucia Reyes"]



# A title's letters ("the DCP said") stand for the person named right after the title
# spelled out, in small letters and with its place in brackets, or after its letters in
# brackets.
def test_a_titles_letters_stand_for_the_name_after_it_spelled_out(tmp_path):
    text = '''
        Two held for shopkeeper's murder

        Deputy commissioner of police (North) Ravi Menon said the accused were arrested from a hideout late on Sunday. Inspector Arjun Pillai led the raid.

        "The accused and the victim had argued over parking. It escalated within minutes," the DCP said.
        '''
    assert speakers_of(tmp_path, text, "argued over parking") == ["Ravi Menon"]


def test_a_titles_letters_in_brackets_stand_for_the_name_after_them(tmp_path):
    text = '''
        Robbers traced through city cameras

        Talking to the media, Capital City Police Officer (CCPO) Lahore Bilal Kamran said the suspects were traced within 36 hours. Superintendent Usman Tariq was also present.

        "This was a blind case. Our teams worked round the clock," the CCPO said.
        '''
    assert speakers_of(tmp_path, text, "blind case") == ["Bilal Kamran"]


@pytest.mark.parametrize("byline,speaker", [("By Margaret Thornbury", "Margaret Thornbury"),
                                            ("", "Unknown")])
def test_the_i_of_the_narration_is_the_bylines_writer(tmp_path, byline, speaker):
    """"“Is that a good sign or a bad sign?” I ask.": the writer the byline names, and
    nobody when no byline names one."""
    text = f'''
        The Last Good Years on Swans Island

        {byline}

        Bucky Staples hauls the first trap of the morning and frowns at the lobsters in it. "Half of these are shorts," he says.

        "Is that a good sign or a bad sign?" I ask.

        "Ask me in ten years," he says.
        '''
    assert speakers_of(tmp_path, text, "good sign or a bad sign") == [speaker]


@pytest.mark.parametrize("question", ['"Chuy, you got me tonight?"',
                                      '"You got me tonight, Chuy?"'])
def test_the_one_a_question_calls_by_name_answers_and_the_asker_goes_on(tmp_path, question):
    """"Tanner Bynum … pokes his head around the corner. “Chuy, you got me tonight?”" ¶
    "“I always got you, man.”" ¶ "“Last time you didn't got me.”": Chuy answers, the
    one he answers asks again (the exchange opens after narration)."""
    text = f'''
        The Man Between the Bull and the Cowboy

        Jesús "Chuy" Villarreal has been stepped on, hooked and thrown over a fence more times than he can count.

        "He goes left out of the gate every time," Villarreal says, pulling on his jersey.

        Tanner Bynum, a 24-year-old bull rider from Hico, walks in from the arena.

        "Morning, boys," Bynum says.

        Bynum pokes his head around the corner. {question}

        "I always got you, man."

        "Last time you didn't got me."
        '''
    assert speakers_of(tmp_path, text, "I always got you") == ["Jesús Villarreal"]
    assert speakers_of(tmp_path, text, "Last time you didn") == ["Tanner Bynum"]


def test_the_one_a_line_calls_by_name_says_the_next_and_calls_back(tmp_path):
    """A scene of lines with no cue: "“Hands UP, Callum.”" ¶ "“I’m thinking with my
    hands, Tam.”" ¶ "“You’re thinking with your chin.”": the one a line calls by name,
    question or not, says the line after it, though nobody was given the first."""
    text = '''
        The last round in Paisley

        Callum Dornan grew up two streets from the gym. Everybody in Paisley knows where Tam McBride’s gym is.

        On a wet Tuesday in September, the boy dropping his right hand is Dornan.

        “Hands up. Hands UP, Callum. He is not going to wait for you.”

        “I’m thinking with my hands, Tam.”

        “You’re thinking with your chin.”
        '''
    assert speakers_of(tmp_path, text, "Hands UP") == ["Unknown"]
    assert speakers_of(tmp_path, text, "thinking with my hands") == ["Callum Dornan"]
    assert speakers_of(tmp_path, text, "with your chin") == ["Tam McBride"]


def test_she_after_a_role_past_an_opening_phrase_is_that_role(tmp_path):
    """"Speaking afterwards, a spokeswoman for the support service Tearmann Iarthair,
    which had worked with Ms Hession, said …" ¶ "“…,” she said": the spokeswoman, not
    Ms Hession (a description after an opening phrase opens its clause)."""
    text = '''
        Man jailed for coercive control

        Niamh Hession told the court she had been controlled for years.

        Speaking afterwards, a spokeswoman for the support service Tearmann Iarthair, which had worked with Ms Hession, said the case showed the importance of the law.

        "So much of this abuse happens on a phone screen. It leaves no bruises," she said.
        '''
    assert speakers_of(tmp_path, text, "So much of this abuse") == ["spokeswoman"]


def test_she_after_a_definite_description_a_relative_clause_picks_out(tmp_path):
    """"The finance executive who took the call, a 29-year-old who asked that WIRED not
    use her name, says nothing seemed strange. “…,” she says": the executive, someone
    new whom the relative clause picks out, not the man named before."""
    text = '''
        The deepfake CFO

        The message came from a number with the profile photo of the chief financial officer, Owen Calloway. "I never sent it," Calloway said.

        The finance executive who took the call, a 29-year-old who asked that WIRED not use her name, says nothing about it seemed strange at first. "He looked like him. He sounded like him," she says.
        '''
    assert speakers_of(tmp_path, text, "He looked like him") == ["executive"]


@pytest.mark.parametrize("question", ["what he would say to people", "whether he would tell people"])
def test_he_who_answers_is_the_one_a_question_was_put_to(tmp_path, question):
    """"At the end of the briefing, a reporter asked Ellery what he would say to …" ¶
    "He paused before answering." ¶ "“…,” he said": Ellery, the one asked, not the
    senator who spoke before."""
    text = f'''
        Governor tours flood zone

        Gov. Marcus Ellery toured Hazard on Tuesday.

        State Sen. Dale Combs said in a post on X that he had spoken with Ellery. "Let's get our people help," Combs wrote.

        At the end of the briefing, a reporter asked Ellery {question} thinking about leaving the mountains.

        He paused before answering.

        "I'd tell them I understand. I'd also tell them this is their home," he said.
        '''
    assert speakers_of(tmp_path, text, "I'd tell them I understand") == ["Marcus Ellery"]


def test_he_who_answers_is_not_the_one_who_asked_the_question(tmp_path):
    """"“…,” Mr Theodorou replied." ¶ "Another reporter asked whether the government
    would consider …" ¶ "“…,” he said": the Premier goes on answering; the reporter
    only asks."""
    text = '''
        Premier stands by housing target

        Premier Nick Theodorou was asked why approvals had fallen.

        "Because you're looking at one year of data in a five-year plan," Mr Theodorou replied.

        Another reporter asked whether the government would consider replacing the target with a more realistic figure.

        "I'm not in the business of moving the goalposts," he said.
        '''
    assert speakers_of(tmp_path, text, "moving the goalposts") == ["Nick Theodorou"]


def test_a_first_name_given_far_into_the_description_is_the_speakers(tmp_path):
    """"A woman who lives in an apartment complex near the intersection, who gave only
    her first name, Keisha, said …. “…,” she said": Keisha, however long the clause
    before the name (not "woman", nor the officer named before)."""
    text = '''
        Deputy shot

        Sheriff Ed Gonzalez said the deputy was in stable condition. "He is a fighter," Gonzalez said.

        A woman who lives in an apartment complex near the intersection, who gave only her first name, Keisha, said she heard the gunshots from her living room. "I got down on the floor with my kids and we stayed there," she said.
        '''
    assert speakers_of(tmp_path, text, "I got down on the floor") == ["Keisha"]


def test_a_man_the_lede_brings_in_after_a_dek_is_the_one_named_next(tmp_path):
    """"A man accused of attacking his brother … told gardaí that his brother “…”" in
    the first paragraph after the dek, then "Declan Farrelly (58), of Corboy, has
    pleaded not guilty": the lede's man is the one the next paragraph opens on, though
    news leaves many a "man" unnamed."""
    text = '''
        Accused denies attacking his brother

        Accused (58) says he acted in self-defence at the family farmhouse

        A man accused of attacking his brother at their family farmhouse in Co Longford told gardaí that his brother "came at me first with the poker" and that he had only defended himself, a court has heard.

        Declan Farrelly (58), of Corboy, Edgeworthstown, has pleaded not guilty to the assault.
        '''
    assert speakers_of(tmp_path, text, "came at me first with the poker") == ["Declan Farrelly"]


def test_the_role_a_lede_opens_on_belongs_to_the_name_opening_the_next_paragraph(tmp_path):
    """"A military judge has sentenced a master corporal …" ¶ "Cmdr. Martin Pelletier
    delivered the sentence Thursday …" …. "“…,” the judge said": the judge the lede
    brings in is the one the next paragraph names in full (a rank's abbreviation before
    the name is no other role), so "the judge" later is his."""
    text = '''
        Corporal sentenced for hazing

        A military judge has sentenced a master corporal to 60 days' detention for organizing a hazing ritual at the base.

        Cmdr. Martin Pelletier delivered the sentence Thursday at the end of a four-day court martial.

        The corporal's lawyer, Anne Roy, said her client would not appeal.

        "A master corporal does not need a warrant officer standing over him to know what is wrong," the judge said.
        '''
    assert speakers_of(tmp_path, text, "A master corporal does not need") == ["Martin Pelletier"]


def test_the_ledes_role_stays_with_the_one_the_article_gives_it_by_name(tmp_path):
    """"A coroner has recommended …" ¶ "Faleolo Sione Aumua, 42, … died …" ¶ "Coroner
    Anna Whitcombe found … “…,” the coroner wrote": the article names who holds the
    role, so the man the next paragraph opens on is no coroner."""
    text = '''
        Coroner calls for lifejacket law

        A coroner has recommended that lifejackets be made compulsory for adults on kayaks after a father drowned in the harbour.

        Faleolo Sione Aumua, 42, a father of four from Mangere, died on March 12 last year after he went fishing in a kayak.

        In findings released today, Coroner Anna Whitcombe found that Mr Aumua was not wearing a lifejacket.

        "Mr Aumua was a strong swimmer. That could not save him once he was in cold water," the coroner wrote.
        '''
    assert speakers_of(tmp_path, text, "Mr Aumua was a strong swimmer") == ["Anna Whitcombe"]


@pytest.mark.parametrize("role", ["buyer", "caseworker", "meteorologist"])
def test_a_he_after_one_left_unnamed_by_a_role_is_that_one(tmp_path, role):
    # "A buyer for one of the processors, who asked not to be named, said …. “…,” he
    # said": the buyer, not the farmer named before.
    text = f'''
        Lamb prices fall

        "Nobody can make a living at these prices," said farmer Rod Kilburn.

        A {role} for one of the major firms, who asked not to be named, said his firm was paying what it had to.

        "We're paying what we have to pay to stay open," he said.
        '''
    assert speakers_of(tmp_path, text, "We're paying") == [role]


def test_a_man_set_off_after_a_role_is_known_by_the_role(tmp_path):
    # "The property manager on site, a man in his thirties who asked that his name not
    # be printed, was more candid …. “…,” he said": the manager, not "man"
    text = '''
        Tenants strike

        The landlord declined to comment.

        The property manager on site, a man in his thirties who asked that his name not be printed, was more candid when I stopped him in the lobby. "I get it. I would be angry too," he said.
        '''
    assert speakers_of(tmp_path, text, "I would be angry too") == ["manager"]


@pytest.mark.parametrize("described", [
    "A Department of Health spokesman", "A New York Police Department spokesman"])
def test_a_role_after_a_bodys_long_name_is_the_he_after_it(tmp_path, described):
    # the description opens the sentence and is who the he after it is, not the man
    # quoted before, however many words the body's name has
    text = f'''
        Parata out

        "Tane is looking at early next year," Dr Mark Forsyth says.

        {described} said the selectors had been in contact. "Our thoughts are with Tane," he said.
        '''
    assert speakers_of(tmp_path, text, "Our thoughts are with Tane") == ["spokesman"]


def test_the_name_set_off_after_a_restricting_who_clause(tmp_path):
    # "The nurse who took the sample, Abena Boateng, said … “…,” she said": hers, not a
    # new unnamed nurse's
    text = '''
        Screening babies

        Kwame Asare, a hematologist, said the case is clear. "We know exactly what to do," he said.

        The nurse who took the sample, Abena Boateng, said the hardest part is the follow-up. "Sometimes we call and call, and the number is off," she said.
        '''
    assert speakers_of(tmp_path, text, "the number is off") == ["Abena Boateng"]


def test_the_role_that_asked_not_to_be_named_is_no_one_named_before(tmp_path):
    # "The principal, who asked not to be named …, said …. “…,” the principal said": the
    # principal left unnamed, not the woman named and quoted before
    text = '''
        Raid closes schools

        "What remains for the community is the trauma," said Thaís Regina Moura, a researcher.

        At a municipal school at the foot of the hill, teachers received a message at 5:40 AM. The principal, who asked not to be named for safety reasons, said the routine had become familiar. "We have a WhatsApp group just for this," the principal said.
        '''
    assert speakers_of(tmp_path, text, "WhatsApp group") == ["principal"]


def test_the_she_after_a_question_put_to_her_is_the_one_asked(tmp_path):
    # "an APTN reporter put a question to her: “…?”" ¶ "“…,” she said": the one asked
    # answers, not the reporter who asked
    text = '''
        Flett elected grand chief

        Roseanne Flett won the vote on the second ballot on Wednesday.

        During a media scrum after her win, an APTN reporter put a question to her: "What do you say to the chiefs who voted for Spence?"

        "My door is open. I'm going to be calling every one of them this week," she said.
        '''
    assert speakers_of(tmp_path, text, "My door is open") == ["Roseanne Flett"]


def test_a_call_whose_speaker_names_themself_is_theirs(tmp_path):
    """"“Camp, camp, this is Tor. Bear on the ridge to the north-east.”": Tor, though
    another was quoted last; the reader's evidence says so."""
    text = '''
        A night on the drifting ice

        Tor Solheim, a field guide, carries the rifle. Felix Brandt, the camp's engineer, keeps the generators running.

        "The ice moves two kilometres a day," Brandt said.

        At 3am the radio crackled.

        "Camp, camp, this is Tor. Bear on the ridge to the north-east, maybe 800 metres."
        '''
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    quote = next(q for q in klayman_tui.load([tmp_path]).sources[0].quotes
                 if "Camp, camp" in q.text)
    assert quote.speaker == "Tor Solheim"
    assert evidence_line(quote) == "the speaker names themself: “this is Tor” (¶5)"


def test_a_turn_that_speaks_to_you_answers_the_one_before(tmp_path):
    """"“… Do you remember that?” Petrenko asked." ¶ "“I remember,” Spence said." ¶
    "“So you didn't see his face.”" ¶ "“I saw enough of him.”": the counsel's turn,
    though it asks no question, then the witness's."""
    text = '''
        Witness cross-examined at murder retrial

        Marlene Spence told the court she saw a man run from the house. Under cross-examination, the defence lawyer, Aaron Petrenko, took her through her statement.

        "You told the officers in 1991 that it was too dark to see his face. Do you remember that?" Petrenko asked.

        "I remember," Spence said.

        "So you didn't see his face."

        "I saw enough of him. I saw how he moved."
        '''
    assert speakers_of(tmp_path, text, "So you didn't see") == ["Aaron Petrenko"]
    assert speakers_of(tmp_path, text, "I saw enough") == ["Marlene Spence"]
