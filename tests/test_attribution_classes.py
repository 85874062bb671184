"""One test per class of attribution error met on news the engine was not tuned on
(eight classes, numbered below), each on sentences written for these tests."""

import textwrap

import pytest

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def names_read(text):
    """Each name or pronoun the entity reader finds in ``text``, as written -> the
    person's name it stands for (read on People alone, where a he is resolved)."""
    from klayman_tui.corpus.extract.entities import People
    people = People()
    people.scan(text, 0)
    people.link()
    return {text[m.start:m.end]: people.entity_of(m).name for m in people.mentions}


def speaker_of(tmp_path, text, words):
    found = [speaker for speaker, quote in quotes_of(tmp_path, text) if words in quote]
    assert len(found) == 1, quotes_of(tmp_path, text)
    return found[0]


# 1. Abbreviated titles and initials; names that are also words.
@pytest.mark.parametrize("sentence,expected", [
    ('"The budget is balanced at last," Mr. Smith said.', "Smith"),
    ('"The budget is balanced at last," said Dr. Jane Okafor.', "Jane Okafor"),
    ('"The budget is balanced at last," S.B. Supriyadi told reporters.', "S.B. Supriyadi"),
    ('"The budget is balanced at last," said Sen. Mark Ruiz (D-Ore.).', "Mark Ruiz"),
    ('"The budget is balanced at last," Theresa May said.', "Theresa May"),
    ('"The budget is balanced at last," Gen. Lt. Col. Ada Brook said.', "Ada Brook"),
    # A surname that is also an organisation's word, after a title: a person.
    ('"The budget is balanced at last," said Del. Ann Ruiz of Guam.', "Ann Ruiz"),
    ('"The budget is balanced at last," said Dr. Ann House.', "Ann House"),
    ('"The budget is balanced at last," Mr. Park told reporters.', "Park"),
    # A title with its "of" phrase before the name: the run of capitals stops at "of".
    ('"The budget is balanced at last," said Secretary of State Ann Lopez.', "Ann Lopez"),
    ('"The budget is balanced at last," said Speaker of the House Tom Reed.', "Tom Reed"),
    # A place before the title ("US Secretary" is an office, not a person called
    # Secretary), and a first name no list holds after the office's one word.
    ('"The budget is balanced at last," said US Secretary of State Ann Lopez.', "Ann Lopez"),
    ('"The budget is balanced at last," Secretary of State Xolani Dube said.', "Xolani Dube"),
    ('"The budget is balanced at last," said US Secretary of State Xolani Dube.',
     "Xolani Dube"),
    # A run that ends in a title, then its office, then a name no list holds.
    ('"The budget is balanced at last," said Teifi Valley Member of the Senedd Mererid '
     'Huws.', "Mererid Huws"),
    ('"The budget is balanced at last," Tobago House Secretary of Finance Kwame Ofori '
     'said.', "Kwame Ofori"),
    # A title inside the run, then initials: the initials open the name.
    ('"The budget is balanced at last," said Managing Director K. Venkateswara Rao.',
     "K. Venkateswara Rao"),
    # After an honorific a title word is a surname.
    ('"The budget is balanced at last," said Mr. Bishop.', "Bishop"),
])
def test_titles_with_full_stops_and_initials(tmp_path, sentence, expected):
    text = f'''
        Budget vote

        The finance committee met on Tuesday.

        {sentence}
        '''
    assert speaker_of(tmp_path, text, "balanced at last") == expected


def test_a_possessive_title_word_still_cues_its_fragment(tmp_path):
    """"State's reviewers said": the title word alone keeps its mention (only a title
    after other words, "US Secretary", is an office that names nobody), so the quoted
    word it cues is kept."""
    text = """
        Archive files

        The files were marked "restricted," State's reviewers said on Friday.
        """
    assert quotes_of(tmp_path, text) == [("State's reviewers", "restricted")]


def test_the_surname_he_written_first(tmp_path):
    text = '''
        Trade talks

        "Without rolling back some of the tariffs, what is the incentive?" He Lifang, a former director at the central bank, said at a forum in Washington.

        "They will not sign," he said later. "Not this year."
        '''
    assert speaker_of(tmp_path, text, "Without rolling back") == "He Lifang"
    assert speaker_of(tmp_path, text, "They will not sign") == "He Lifang"


# A first name that is also a month's ("Jun", "May"), after a role or a speech verb,
# opens the person's name; after a preposition it is the month.
@pytest.mark.parametrize("sentence,words,expected", [
    ('Harbour engineer Jun Delacruz said the wall would hold. "The sea wall was built '
     'for a storm twice this size," he said.', "sea wall was built", "Jun Delacruz"),
    ('"The sea wall was built for a storm twice this size," said May Oyelowo.',
     "sea wall was built", "May Oyelowo"),
    ('The council voted in May. Tomas Berg spoke first. "The sea wall was built for a '
     'storm twice this size," he said.', "sea wall was built", "Tomas Berg"),
])
def test_a_first_name_that_is_also_a_month(tmp_path, sentence, words, expected):
    text = f'''
        Sea wall

        The storm passed the town on Sunday night.

        {sentence}
        '''
    assert speaker_of(tmp_path, text, words) == expected


def test_a_month_after_a_preposition_is_no_first_name(tmp_path):
    text = '''
        Sea wall

        At a meeting in May Oyelowo told the council: "The sea wall was built for a storm twice this size."
        '''
    assert speaker_of(tmp_path, text, "sea wall was built") == "Oyelowo"


# 2. Things that are not people are not speakers.
def test_a_dateline_is_not_a_speaker(tmp_path):
    text = '''
        Floods in the east

        SURABAYA — "The water rose faster than anyone expected," said the city's mayor, Tri Rismaharini.
        '''
    assert speaker_of(tmp_path, text, "water rose faster") == "Tri Rismaharini"


def test_a_statement_speaks_not_the_person_near_it(tmp_path):
    text = '''
        Church responds

        Bishop Alan Reyes did not attend the hearing on Monday.

        "We are cooperating fully with the inquiry," the church said in a statement.
        '''
    assert speaker_of(tmp_path, text, "cooperating fully") != "Alan Reyes"


@pytest.mark.parametrize("sentence, expected", [
    ('According to the minutes, "almost all members judged that the risks had increased," '
     'with several citing trade.', "minutes"),
    ('The police alert urged drivers to "be aware of your surroundings at all times" '
     'when they stop.', "police alert"),
    ('The petition stated in part: "We the undersigned object to the proposed amendment '
     'in the strongest terms."', "petition"),
    ('Rosa Kemp, a tenant, pointed to the landlord\'s privacy policy, which says that '
     'photographs "may be retained to improve our services" for years.',
     "landlord's privacy policy"),
])
def test_a_written_text_speaks_not_the_person_near_it(tmp_path, sentence, expected):
    # minutes, an alert, a policy: texts whose words are quoted, as a report's are
    text = f'''
        Rules published

        Andrea Lind, a lawyer, read the papers on Monday.

        {sentence}
        '''
    assert speaker_of(tmp_path, text, sentence.split('"')[1][:20]) == expected


def test_a_nationality_is_not_a_speaker(tmp_path):
    text = '''
        Trade talks

        American negotiators "will not accept a deal that hurts our farmers," Linda Cho said.
        '''
    assert speaker_of(tmp_path, text, "hurts our farmers") == "Linda Cho"


@pytest.mark.parametrize("opening", ["Don’t", "Don't", "Wouldn’t they", "We’re told to"])
def test_a_contraction_opening_a_sentence_is_no_speaker(tmp_path, opening):
    """"Don’t say “Courtney, this post is so snobbish”" gave a speaker called "Don’t"
    (a new user's find); the person named before is the one spoken of."""
    text = f'''
        Manners

        Amy Cho writes about manners online. {opening} say “Courtney, this post is so snobbish,” when a friend shares a photo.
        '''
    assert names_read(f"{opening} say it, Amy Cho wrote.") == {"Amy Cho": "Amy Cho"}
    assert speaker_of(tmp_path, text, "so snobbish") in ("Amy Cho", "Unknown")


def test_a_caption_set_in_the_flow_gives_no_speaker(tmp_path):
    """A long line with no sentence's end between two paragraphs is an image's caption:
    the place it names did not speak (a new user's find, "Whangārei Harbour")."""
    text = '''
        Whales

        “People dismiss us when we tell them why the whales are beaching,” says Te Kaurinui.

        Whangārei Harbour seen from Tamaterau, with mangrove sprouts coming up through the silt

        “We are not foreigners in this land. We were not lost waiting for anyone.”
        '''
    assert speaker_of(tmp_path, text, "not foreigners") == "Te Kaurinui"
    # (the line between is read as a caption)
    from klayman_tui.corpus import Role
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    roles = [b.role for b in klayman_tui.load([tmp_path]).sources[0].blocks]
    assert roles[2] is Role.CAPTION


@pytest.mark.parametrize("line", [
    "> \u201cRents have risen faster than wages for ten years.\u201d \u2014 Dr. Maya Singh, "
    "housing economist",
    "\u201cRents have risen faster than wages for ten years.\u201d \u2014 Dr. Maya Singh"])
def test_a_credit_after_a_dash_may_give_the_speakers_role(tmp_path, line):
    """"“…” — Dr. Maya Singh, housing economist", a Markdown note's block quote, was
    Unknown (a new user's find): the credit's frame takes a role after the name."""
    text = f'''
        Reading notes

        Some notes on the housing debate.

        {line}
        '''
    assert speaker_of(tmp_path, text, "Rents have risen") == "Maya Singh"


def test_a_name_with_an_apostrophe_is_still_a_name():
    assert names_read("Shaquille O’Neal and Ann D’Arcy spoke.") == {
        "Shaquille O’Neal": "Shaquille O’Neal", "Ann D’Arcy": "Ann D’Arcy"}


@pytest.mark.parametrize("place", ["the Grand Concourse", "High Street", "the Royal Mile"])
def test_a_word_of_a_longer_title_makes_no_person_of_a_place(tmp_path, place):
    text = f'''
        The Night Shift

        When I met Carmen Villanueva in her apartment on {place} last spring, she kept the dismissal order on top of the refrigerator.

        "Ten months for nothing," she said.
        '''
    assert speaker_of(tmp_path, text, "Ten months") == "Carmen Villanueva"


@pytest.mark.parametrize("run", ["The Charlotte Observer", "The Night Shift"])
def test_a_name_after_the_is_no_person(run):
    # (however its first word reads as a given name: no she stands for it)
    from klayman_tui.corpus.extract.names import read_run

    found = read_run(run)
    assert (found.kind, found.gender) == ("name", None)


def test_said_the_reverend(tmp_path):
    text = '''
        Flood response criticised

        "What appeared to be normal was only normal for some of us," said the Rev. Peter Wherry.
        '''
    assert speaker_of(tmp_path, text, "only normal") == "Peter Wherry"


@pytest.mark.parametrize("who,expected", [
    ("police in Limerick", "police, Limerick"),
    ("gardaí in Limerick", "gardaí, Limerick"),
    ("officials in Beijing", "officials, Beijing"),
])
def test_a_body_in_a_place_speaks_not_the_place(tmp_path, who, expected):
    text = f'''
        One punch

        In a statement, {who} said: "One punch can kill. We would ask everyone to walk away."
        '''
    assert speaker_of(tmp_path, text, "One punch can kill") == expected


# 3. Job titles stay out of the name; one person is one speaker.
def test_job_titles_are_not_part_of_the_name(tmp_path):
    text = '''
        Foreign policy

        "We will not be moved," Foreign Secretary Jack Straw said on Monday.

        "The talks go on," said Charlotte Mayor Jennifer Roberts.

        "The accused may not leave the country," said Justice Ngozi Okafor.

        "We are reviewing the ruling," the Justice Department said.

        "We back the primary challenger fully," Justice Democrats said in a statement.

        "The budget is balanced at last," Gov. Jim Justice said.

        "We will not raise taxes this year," Justice said.

        "The trains will run," Minister of State for Transport Koh Swee Lin said.
        '''
    got = dict((words, speaker) for speaker, words in quotes_of(tmp_path, text))
    assert got["We will not be moved"] == "Jack Straw"
    assert got["The talks go on"] == "Jennifer Roberts"
    # A judge's title, which nameparser's list lacks; the department keeps its name.
    assert got["The accused may not leave the country"] == "Ngozi Okafor"
    assert got["We are reviewing the ruling"] == "Justice Department"
    assert got["We back the primary challenger fully"] == "Justice Democrats"
    assert got["The budget is balanced at last"] == "Jim Justice"
    assert got["We will not raise taxes this year"] == "Jim Justice"  # a surname alone
    # An office of two parts ("of State for Transport") before a name no list holds.
    assert got["The trains will run"] == "Koh Swee Lin"


@pytest.mark.parametrize("full,short,expected", [
    ("Daw Khin Myo Nwe", "Daw Khin", "Khin Myo Nwe"),    # Burmese honorifics
    ("U Tin Maung Htwe", "U Tin Maung Htwe", "Tin Maung Htwe"),
    ("Datuk Seri Azman Hashim", "Datuk Azman", "Azman Hashim"),  # Malaysian titles
])
def test_honorifics_of_other_countries_are_not_part_of_the_name(tmp_path, full, short,
                                                                 expected):
    text = f'''
        Cyclone relief stalls

        {full}, who runs the relief committee, said the wards were full.

        Officials in the capital said supplies were on their way.

        "Antibiotics will last three more days," {short} said.
        '''
    assert speaker_of(tmp_path, text, "Antibiotics will last") == expected


@pytest.mark.parametrize("full,short", [
    ("Síle Nic an tSaoi", "Ms Nic an tSaoi"),
    ("Pádraig Mac an Bhaird", "Mr Mac an Bhaird"),
])
def test_an_irish_article_inside_a_surname_is_part_of_it(tmp_path, full, short):
    text = f'''
        Rail strike talks

        {full}, a spokesperson for the union, said the dispute was "a matter for the company".

        "We will keep pressing for a deal," {short} said.
        '''
    got = quotes_of(tmp_path, text)
    assert [speaker for speaker, _ in got] == [full, full], got


@pytest.mark.parametrize("letters", ["QC", "KC", "OBE"])
def test_letters_after_a_name_are_no_speaker(tmp_path, letters):
    text = f'''
        Landlord's killers jailed

        Sarah Okonjo, {letters}, for Walsh, said her client was "genuinely and profoundly ashamed" of what he did.
        '''
    assert speaker_of(tmp_path, text, "profoundly ashamed") == "Sarah Okonjo"


def test_a_rank_in_capitals_before_a_surname_is_the_person_named_in_full(tmp_path):
    text = '''
        Fuel queues grow

        Police spokesman SSP Nihal Rathnayake said officers had been posted at every station.

        "We will not allow anyone to jump the queue," SSP Rathnayake said.
        '''
    assert speaker_of(tmp_path, text, "jump the queue") == "Nihal Rathnayake"


@pytest.mark.parametrize("name,expected", [
    ("Dr. Than Than Aye", "Than Than Aye"),   # "Than", a word of English
    ("U Than Shwe", "Than Shwe"),
])
def test_a_name_after_an_honorific_may_hold_words_of_english(tmp_path, name, expected):
    text = f'''
        Cyclone relief

        U.S. Sen. Thomas Whitcomb called the junta's response "criminal negligence".

        At a clinic in Bogalay, {name}, who travelled from Yangon, said supplies were short. "We have antibiotics for maybe one more week," the doctor said.
        '''
    assert speaker_of(tmp_path, text, "one more week") == expected


def test_one_person_is_one_speaker(tmp_path):
    text = '''
        Summit

        Barack Obama arrived in Hanoi on Sunday.

        "This is a new chapter for both our countries," Obama said.

        "We have work to do," President Obama added.
        '''
    assert {speaker for speaker, _ in quotes_of(tmp_path, text)} == {"Barack Obama"}


def test_a_shared_surname_alone_goes_on_meaning_whom_it_meant_first(tmp_path):
    """Two people share a surname: the article names one in full each time and the
    other by the surname alone, which goes on meaning whom it meant first though the
    other was named since."""
    text = '''
        Harbour vote

        Mayor Ines Kowalski opened the harbour debate on Monday.

        "We will not give up the port," Kowalski said.

        Her husband, Piotr Kowalski, a fisherman, watched from the gallery with the crew of his boat.

        "The port is the town," Kowalski said.
        '''
    assert speaker_of(tmp_path, text, "port is the town") == "Ines Kowalski"


@pytest.mark.parametrize("full,short", [
    ("Pieter Van Der Berg", "Van Der Berg"),  # a surname with its particles
    ("Anna Du Bois", "Du Bois"),
])
def test_the_end_of_a_longer_name_is_that_person(tmp_path, full, short):
    text = f'''
        Harbour vote

        {full} spoke at the harbour on Monday.

        "We will not give up the port," {short} said.
        '''
    assert speaker_of(tmp_path, text, "give up the port") == full


def test_words_that_open_a_sentence_before_a_surname_are_no_part_of_the_name(tmp_path):
    text = '''
        Harbour vote

        Orla Byrne chairs the harbour board, and Eamon Quinn leads the residents.

        Hosting Byrne at the harbour on Monday, the residents cheered. Day-by-day Quinn
        has pressed on.

        "We will not give up the port," Quinn said. "It is ours," Byrne said.
        '''
    got = {quote: speaker for speaker, quote in quotes_of(tmp_path, text)}
    assert got["We will not give up the port"] == "Eamon Quinn"
    assert got["It is ours"] == "Orla Byrne"


@pytest.mark.parametrize("named,said,expected", [
    ("Brothers Jake and Kieran Ashworth scored a goal apiece.", "Jake", "Jake Ashworth"),
    ("Venus and Serena Williams will play the doubles.", "Venus", "Venus Williams"),
    # Two people's names: Herbert is a surname, though the lists hold it as a first name.
    ("Pierre-Hugues Herbert and Nicolas Mahut won the doubles.", "Herbert",
     "Pierre-Hugues Herbert"),
])
def test_first_names_joined_before_one_surname_share_it(tmp_path, named, said, expected):
    text = f'''
        Harbour vote

        {named}

        "We will not give up the port," {said} said.
        '''
    assert speaker_of(tmp_path, text, "give up the port") == expected


def test_a_bare_surname_links_only_to_a_full_name_that_may_be_its_owner(tmp_path):
    """Across a folder a bare surname is the one full name that ends with it; but
    "Ms Abbott" is no Greg Abbott, and "Lord Bach" (a peer, named by his title) no
    Robbie Bach (a new user's find, on 2,225 BBC articles)."""
    def article(name, text):
        (tmp_path / f"{name}.txt").write_text(f"{name}\n\n{text}\n", encoding="utf-8")

    article("tech", "“The console sold well,” said Greg Abbott. "
                    "“The games are ready,” said Robbie Bach.")
    article("mp", "“The bill is unfair,” said Ms Abbott.")
    article("peer", "“The bill is fair,” said Lord Bach.")
    article("chief", "“Sales will grow,” said Mr Abbott.")
    speakers = {q.source.id: q.speaker for q in klayman_tui.load([tmp_path]).quotes
                if q.source.id != "tech"}
    assert speakers == {"mp": "Abbott", "peer": "Bach", "chief": "Greg Abbott"}


def test_a_word_that_opens_titles_makes_no_full_name_of_a_surname():
    """"Senior Tories", "British Chambers": a bare "Tories" or "Chambers" elsewhere has no
    full name there (the surname links and the bare-surname count read it so), as
    "President Obama" has none; "Tony Blair" is one."""
    from klayman_tui.corpus.extract.surnames import is_given_name

    assert not is_given_name("Senior") and not is_given_name("British")
    assert not is_given_name("President") and is_given_name("Tony")


def test_a_surname_before_and_a_full_name_stays_its_own_persons():
    """"Harris and Tim Walz" after "Kamala Harris": Harris is her surname, not a first
    name shared with Walz (though the lists hold "Harris" as a first name)."""
    text = "Kamala Harris named her running mate. Harris and Tim Walz spoke in Erie."
    assert names_read(text)["Harris"] == "Kamala Harris"


def test_an_abbreviated_title_is_the_role_named_later(tmp_path):
    text = '''
        Surveillance row

        New Jersey Gov. Chris Christie accused Ted Cruz of opposing the programme for political reasons.

        "He went for the easy political vote at a time when it looked popular," the New Jersey governor said.
        '''
    assert speaker_of(tmp_path, text, "easy political vote") == "Chris Christie"


def test_the_spokesperson_is_the_one_brought_in_last_not_one_named_before(tmp_path):
    text = '''
        Waiting lists grow

        Alliance health spokesperson Helen Dorrian said the figures were a matter for the whole Executive.

        A Department of Health spokesperson said the framework had delivered more assessments.

        "The Minister has been clear that funding is needed," the spokesperson said.
        '''
    assert speaker_of(tmp_path, text, "funding is needed") != "Helen Dorrian"


def test_a_description_stands_for_the_subject_not_one_named_in_its_aside(tmp_path):
    text = '''
        Wahda hold Al Ain

        "We controlled the first half," Goran Petrovic said.

        Mohammed Al Hammadi, who has played beside Omar Abdulrahman since 2012, was less guarded. "If we keep this spirit, we can beat anybody," the defender said.
        '''
    assert speaker_of(tmp_path, text, "beat anybody") == "Mohammed Al Hammadi"


def test_a_role_ending_another_phrase_brings_nobody_in(tmp_path):
    text = '''
        Town hall

        President Barack Obama answered a Gold Star mother on Wednesday night.

        During the town hall, Tina Houchins had a question for the president.

        "This is an issue that has been manufactured," the president said.
        '''
    assert speaker_of(tmp_path, text, "manufactured") == "Barack Obama"


def test_a_judge_titled_justice_is_the_judge_later(tmp_path):
    text = '''
        Appeal dismissed

        Mr Justice Ronan Tiernan dismissed the appeal on Friday.

        Declan Moran, a builder, had argued that the council acted unlawfully.

        "The applicant has offered no explanation for the delay," the judge wrote.
        '''
    assert speaker_of(tmp_path, text, "no explanation for the delay") == "Ronan Tiernan"


def test_a_role_the_lede_leaves_unnamed_is_the_person_named_with_it_next(tmp_path):
    text = '''
        Challenge to waterfront plan fails

        A High Court judge yesterday threw out a challenge to the waterfront plan, calling it "an abuse of the process of the court".

        Judge Miriam Okafor said the applicant had waited almost a year before going to court.
        '''
    assert speaker_of(tmp_path, text, "abuse of the process") == "Miriam Okafor"


def test_a_role_the_lede_leaves_unnamed_is_named_a_few_paragraphs_on(tmp_path):
    text = '''
        Pub landlord killed

        Two men were jailed yesterday by a judge who said the killing had been caused by "nothing more than a spilt pint and a bruised ego".

        Kieran Walsh, 24, and Daniel Horsfall, 27, attacked the landlord in the car park last August.

        Both men admitted manslaughter at Leeds Crown Court in April.

        Passing sentence, Mr Justice Pennington told them they had ruined a family.

        "He did what licensees do every night of the week," the prosecutor, Nicholas Braithwaite, said.
        '''
    assert speaker_of(tmp_path, text, "spilt pint") == "Pennington"


def test_a_role_the_lede_leaves_unnamed_stays_unnamed_when_nobody_has_it(tmp_path):
    text = '''
        Challenge to waterfront plan fails

        A High Court judge yesterday threw out a challenge to the waterfront plan, calling it "an abuse of the process of the court".

        Lawyer Miriam Okafor said her client would appeal.
        '''
    assert speaker_of(tmp_path, text, "abuse of the process") != "Miriam Okafor"


# A title after an organisation's or a place's name, then a first name no list holds:
# the article's other mentions tell a person ("Mr Adebisi", "Adebisi said") from an
# organisation whose name only looks like one ("Voter Access Act", "Atlantic Command").
@pytest.mark.parametrize("later", [
    "Adebisi said the work would start in the spring.",
    "On Monday Adebisi told reporters that the work would start in the spring.",
    "Mr Adebisi was not at the meeting on Monday.",
    "A spokesman for Mr Oyelaran Adebisi did not reply.",
])
def test_a_person_after_an_organisation_and_a_title(tmp_path, later):
    text = f'''
        Port plans

        "We will widen the harbour within two years," said Southern Harbour Authority Chairman Oyelaran Adebisi.

        {later}
        '''
    assert speaker_of(tmp_path, text, "widen the harbour") == "Oyelaran Adebisi"


def test_a_person_after_a_place_and_a_title(tmp_path):
    text = '''
        Border talks

        East Lowland President Kwabena Folarin spoke after the vote. "The border stays open," East Lowland President Kwabena Folarin said.

        Folarin told reporters he would travel to the capital on Monday.
        '''
    assert speaker_of(tmp_path, text, "border stays open") == "Kwabena Folarin"


@pytest.mark.parametrize("text,words,expected", [
    ('''
        Ballot rules

        "Every citizen must be able to register online," the National Voter Access Act says.

        The Act passed in 2011. Voter Access groups said the Act was too weak.
        ''', "register online", "National Voter Access Act"),
    ('''
        Naval drills

        "The exercise will go ahead as planned," United States Atlantic Command said on Monday.

        Atlantic Command said the ships would sail on Friday, and the Command said more would follow.
        ''', "go ahead as planned", "United States Atlantic Command"),
    ('''
        Carbon tax

        "The tax should not rise," the Chamber of Commerce of British Guiana said.

        British Guiana's economy grew. Business in British Guiana thrived.
        ''', "should not rise", "Chamber of Commerce of British Guiana"),
])
def test_an_organisation_named_like_a_title_and_a_name_stays_one(tmp_path, text, words, expected):
    assert speaker_of(tmp_path, text, words) == expected


def test_a_spokesman_is_named_for_the_person_in_full_without_an_honorific(tmp_path):
    """"Mr Darling's official spokesman" carried the honorific into the speaker: the
    person is named as the article names them in full; a name given no fuller stays."""
    text = """
        Fares

        Ruth Okafor, the transport minister, spoke on Monday.

        Ms Okafor's official spokeswoman said the minister had "every sympathy" with them.

        Later, Bell's spokesman said the plan was "dead in the water" for now.
        """
    found = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert found["every sympathy"] == "Ruth Okafor's official spokeswoman"
    assert found["dead in the water"] == "Bell's spokesman"


def test_an_auxiliary_opening_a_question_is_no_part_of_the_name(tmp_path):
    text = '''
        The senator's stance

        Senator Marco Rubio spoke in Des Moines on Monday.

        Does Rubio think the plan can pass? "I am personally open to it, after all that has happened," he said.

        Had Rubio won Iowa, the race would look different. "We will unify the party," he said.
        '''
    speakers = {speaker for speaker, _ in quotes_of(tmp_path, text)}
    assert speakers == {"Marco Rubio"}, speakers


def test_a_no_break_space_inside_a_name_is_a_space(tmp_path):
    # Web text keeps no-break spaces ("Gov.\u00a0John"); the quote keeps them too.
    text = '''
        Primary night

        Tuesday at Lakeland University in Berea, OH, after winning Ohio in the primary, Gov.\u00a0Tobias Wendt (R-OH), said, "I am getting ready\u00a0to rent a covered wagon."
        '''
    got = quotes_of(tmp_path, text)
    assert got == [("Tobias Wendt", "I am getting ready\u00a0to rent a covered wagon.")], got


# 2. A place inside an aside is not the speaker.
def test_a_place_and_its_region_inside_an_aside_are_not_the_speaker(tmp_path):
    text = '''
        Ceremony on the Mall

        Thousands came to watch the opening of the museum on Saturday.

        Dolores Amankwah, 59, of Ashton, Md., who watched the ceremony on a screen, said the day brought back "all the people who were not here to see it."

        Kwame Boateng, of Springfield, Va., said he had served "for the rights we did not have at home."

        The mayor, during a town hall meeting in Columbus, Ohio, said she was "going to put the museum on every school trip."
        '''
    assert speaker_of(tmp_path, text, "all the people who were not here") == "Dolores Amankwah"
    assert speaker_of(tmp_path, text, "for the rights we did not have") == "Kwame Boateng"
    assert speaker_of(tmp_path, text, "going to put the museum") != "Columbus"


def test_she_follows_a_subject_whose_aside_holds_a_place_and_its_region(tmp_path):
    text = '''
        Donors weigh the field

        Rebecca Adler spoke first at the breakfast.

        Miriam Okonkwo, a philanthropist from Monsey, New York, said the speeches had led her to look again at the governor.

        "I feel bad to say it," she said. "I do not see him as the president."
        '''
    assert speaker_of(tmp_path, text, "I feel bad to say it") == "Miriam Okonkwo"


def test_the_organisation_in_an_aside_with_a_clause_of_its_own_is_not_the_speaker(tmp_path):
    text = '''
        Day of action

        Parents rallied outside dozens of schools on Wednesday.

        Kofi Mensah, president of the United Federation of Teachers, which represents the city's educators, said he hopes the day sends a message that "communities are standing up for their public schools."
        '''
    assert speaker_of(tmp_path, text, "communities are standing up") == "Kofi Mensah"


def test_an_organisation_noun_with_a_possessor_is_the_possessors(tmp_path):
    text = '''
        Emails at State

        The Times reported on Thursday that the former secretary had used a personal account.

        "He did write the secretary a memo describing his use of his personal account," Tomas Reyes's office said.
        '''
    assert speaker_of(tmp_path, text, "He did write the secretary") == "Tomas Reyes's office"


# 4. A role before a name does not break the cue.
def test_a_role_before_the_name(tmp_path):
    text = '''
        Flights resume

        "Our planes will be back in the air by Friday," airline boss Tony Fernandes tweeted.
        '''
    assert speaker_of(tmp_path, text, "back in the air") == "Tony Fernandes"


def test_a_possessive_role_before_the_name(tmp_path):
    text = '''
        Campaign trail

        The senator spoke to supporters in Fresno on Tuesday.

        "We are going to start chipping away at her lead," added his campaign manager Jeff Weaver.
        '''
    assert speaker_of(tmp_path, text, "chipping away") == "Jeff Weaver"


def test_a_list_inside_the_aside(tmp_path):
    text = '''
        Moon plans

        Several companies are bidding on the lander programme.

        "We have found the fewest steps to the surface," Jim Chilton, vice president at Boeing Defense, Space, and Security, said in a statement.
        '''
    assert speaker_of(tmp_path, text, "fewest steps") == "Jim Chilton"


def test_a_list_of_words_inside_the_aside(tmp_path):
    text = '''
        Refugee plans

        Amy Pope, deputy homeland security adviser, opened the call.

        "These steps will not solve the problem," Anne Richards, assistant secretary for population, refugees, and migration, said on the same call.
        '''
    assert speaker_of(tmp_path, text, "will not solve") == "Anne Richards"


def test_a_name_inside_a_description_is_not_the_speaker(tmp_path):
    text = '''
        Caucus night

        Bernie Sanders closed the gap in the last week of the race.

        "She is too far behind, and this was not a decisive win," said an Iowa Democrat.
        '''
    assert speaker_of(tmp_path, text, "too far behind") == "Iowa Democrat"


def test_a_name_and_its_aside_after_a_quotation_that_ends_a_sentence(tmp_path):
    text = '''
        Loudoun visit

        Local party leaders say the visits included many questions.

        "He just stopped and asked, 'How do we win Loudoun?'" Will Estrada, the chairman for the county party, said of the encounter.
        '''
    assert speaker_of(tmp_path, text, "He just stopped") == "Will Estrada"


def test_an_unnamed_speaker_after_the_verb_with_a_name_before_the_noun(tmp_path):
    text = '''
        Party feud

        Bruce Haynes, a strategist, said the talks would go on.

        "What the party does not understand is that he is bigger than it," said one Okafor confidant.
        '''
    assert speaker_of(tmp_path, text, "bigger than it") == "Okafor confidant"


def test_a_participle_cue_after_a_sentence_opened_by_a_conjunction(tmp_path):
    (tmp_path / "story.txt").write_text(
        "Campaign trail\n\nThe morning began quietly at the rally in Tampa.\n\n"
        "And then Amara Quaye went fully on the attack, saying, \"Is the governor going to "
        "finally answer for the budget?\"\n", encoding="utf-8")
    [quote] = klayman_tui.load([tmp_path]).sources[0].quotes
    assert (quote.speaker, quote.rule) == ("Amara Quaye", "participle-subject")


def test_reacted_and_confided_are_speech(tmp_path):
    text = '''
        Rally notes

        "What sport is he talking about, and who?" reacted Amara Quaye.

        Tomas Reyes confided to her that his parents had been "the first family to move into the street."
        '''
    assert speaker_of(tmp_path, text, "What sport is he talking") == "Amara Quaye"
    assert speaker_of(tmp_path, text, "the first family to move") == "Tomas Reyes"


def test_a_relative_clause_aside_with_its_own_commas(tmp_path):
    text = '''
        Media reckoning

        First there was The Daily Courier's deputy editorial page editor Tomas Reyes, who, after trading insults with Mr. Vance over Mr. Ortiz, said on the show ''Morning Hour'' that ''too much of the party became an echo chamber of itself.''
        '''
    assert speaker_of(tmp_path, text, "an echo chamber of itself") == "Tomas Reyes"


@pytest.mark.parametrize("quoted", [
    "Interfax quoted Colonel Viktor Borodin, a spokesman for the peacekeeping command, as saying",
    "State television quoted Viktor Borodin as saying",
])
def test_the_one_an_agency_quoted_as_saying_is_the_speaker(tmp_path, quoted):
    text = f'''
        Looting reported near Gori

        "They took everything, even the doors," said Giorgi Mchedlishvili, a farmer from the village.

        {quoted} that "isolated incidents involving armed civilians are being stopped."
        '''
    assert speaker_of(tmp_path, text, "isolated incidents") == "Viktor Borodin"


# 5. Someone speaking about or for someone else.
def test_the_speaker_is_not_the_person_spoken_for(tmp_path):
    text = '''
        Court hearing

        Jacob Thomas, 19, appeared in court on Monday.

        Lawyer Ruth Figgins, who represents Thomas, said a conviction would "ruin his life and his family's too".
        '''
    assert speaker_of(tmp_path, text, "ruin his life") == "Ruth Figgins"


def test_words_reported_of_another_are_the_reporters(tmp_path):
    text = '''
        Cabinet rift

        Minister Paul Hendry spoke to reporters after the meeting.

        He said Morrison worried there would be "serious political consequences for all of us".
        '''
    assert speaker_of(tmp_path, text, "political consequences") == "Paul Hendry"


# 6. A pronoun after a sentence naming a person with no title and no common first name.
def test_a_pronoun_finds_a_person_named_without_a_title(tmp_path):
    text = '''
        City hall

        Mayor Budi Santoso left office in 2010.

        Tri Rismaharini, who now leads the city, inspected the new park on Friday.

        "Every child deserves a green place to play," she said.
        '''
    assert speaker_of(tmp_path, text, "green place to play") == "Tri Rismaharini"


def test_a_pronoun_skips_a_place_named_like_a_person(tmp_path):
    # "San" is a first name in the name lists; San Diego is only ever where things happen.
    text = '''
        Primary night

        Bernie Sanders rallied his supporters on Tuesday evening.

        The crowd gathered in San Diego before dark.

        "We will win here in California," he said.
        '''
    assert speaker_of(tmp_path, text, "win here in California") == "Bernie Sanders"


def test_a_first_name_given_to_men_and_women_does_not_decide_he_or_she(tmp_path):
    # Lindsey is mostly, not only, a woman's name: it does not say who "he" is.
    text = '''
        After the vote

        Tom Brown chaired the committee for ten years before he retired.

        Lindsey Graham walked out of the chamber on Tuesday.

        "We had a good talk about the budget," he said.
        '''
    assert speaker_of(tmp_path, text, "good talk") == "Lindsey Graham"


def test_a_name_that_modifies_a_noun_is_nobody_a_pronoun_stands_for(tmp_path):
    text = '''
        Debate night

        Clinton appeared to have the most to gain, as the Obama administration's record comes under fire.

        She also steered around the charged terms some Republicans want used.

        "I don't think we are at war with a religion," she said.
        '''
    assert speaker_of(tmp_path, text, "at war with a religion") == "Clinton"


def test_a_long_aside_does_not_hide_the_subject(tmp_path):
    text = '''
        Strategy questioned

        Donald Trump spoke about the war on Monday.

        Mike Morrell, a 30-year veteran of the agency who retired as its acting director in 2013, said the approach put forward by Trump is not enough.

        "It is wrong to imply that bombing the strongholds is sufficient," he told reporters.
        '''
    assert speaker_of(tmp_path, text, "bombing the strongholds") == "Mike Morrell"


def test_he_is_the_sentence_s_speaker_not_the_one_spoken_of(tmp_path):
    text = '''
        Petition filed

        Samuel Nunberg filed a petition on Tuesday to stop the claim against him.

        The campaign's attorney, Alan Garten, said Nunberg was "looking for free publicity." He said the agreement was "standard practice for all major businesses."
        '''
    assert speaker_of(tmp_path, text, "standard practice") == "Alan Garten"


def test_a_described_role_inside_a_longer_phrase_is_no_new_person(tmp_path):
    text = '''
        Star of the new drama

        Amara Quaye did not know how to swim when she was cast as a surfer.

        Fans have already nicknamed her character "Ruthless," a label the actress says she finds "hilarious."

        Next spring she returns to the stage in a revival at the Bridge Theatre.

        "Theatre is where I started, and I miss the fear of it," she says.
        '''
    assert speaker_of(tmp_path, text, "Theatre is where I started") == "Amara Quaye"


def test_he_after_a_speaker_left_unnamed_is_that_speaker(tmp_path):
    text = '''
        Envelopes before the vote

        Mayor Teodoro Villafuerte denied on Sunday that his camp had handed out money. "We do not buy votes," he said.

        At a store in the village, a 58-year-old farmer who asked not to be named said he had received an envelope on Saturday night.

        "They came at around 9 p.m. and gave one envelope for each voter," he said in Ilocano. "They said this was from the mayor."
        '''
    assert speaker_of(tmp_path, text, "one envelope for each voter") == "58-year-old farmer"
    # The quotation after it, with no cue of its own, reads "he said" as it was decided.
    assert speaker_of(tmp_path, text, "They said this was from the mayor") == "58-year-old farmer"


def test_he_after_a_sentence_whose_subject_is_a_description_is_that_person(tmp_path):
    text = '''
        Landlord's killers jailed

        Passing sentence, Judge Harold Pennington said the attack had been cowardly.

        Rehana Malik, for Daniel Horsfall, said he had tried to pull Kieran Walsh away. "He was trying to stop it," she said.

        The judge rejected that account. "The footage does not show a peacemaker," he said.
        '''
    assert speaker_of(tmp_path, text, "does not show a peacemaker") == "Harold Pennington"


def test_he_after_her_client_is_not_the_woman_named_before(tmp_path):
    text = '''
        The Night Shift

        Just after one in the morning, Adaeze Okafor was standing at the defense table, reading a file. Her client, a teenager charged with stealing a phone, was being led in. He had been in a holding cell for thirty-one hours.

        As her supervisor, Miriam Feld, puts it, "most people burn out before their loans are paid off."

        "It makes it sound like I'm selling cars," Okafor said. "I'm not closing anything," she said.
        '''
    assert speaker_of(tmp_path, text, "not closing anything") == "Adaeze Okafor"


def test_a_name_set_off_after_a_role_is_the_subject_of_any_verb(tmp_path):
    text = '''
        Murder trial

        "The pathology can tell you the distance," said Dr Aoife Brennan, the state pathologist.

        Mr Tierney's widow, Bernadette Tierney, gave evidence last week that the two men had not spoken in four years.

        "He said he'd be back for the news at six," she said.
        '''
    assert speaker_of(tmp_path, text, "back for the news") == "Bernadette Tierney"


def test_one_brought_in_with_an_age_is_the_subject():
    # "Among them was 68-year-old Ouk Savy, …": the one a she after it stands for, as
    # "Among them was Ouk Savy" is.
    from klayman_tui.corpus.extract.entities import _is_subject

    text = "Among them was 68-year-old Ouk Savy, whose house was demolished first."
    start = text.index("Ouk")
    assert _is_subject(text, start, start + len("Ouk Savy"))


def test_she_after_a_widow_named_by_her_first_name_is_the_widow(tmp_path):
    text = '''
        Pub landlord killed

        A taxi driver told police that one of the men had boasted about the attack.

        Mr Fairclough's widow, Janet, sat in the public gallery. In a statement read to the court, she said: "Graham was the kindest man I ever met."
        '''
    assert speaker_of(tmp_path, text, "kindest man") == "Janet Fairclough"


def test_kin_named_by_a_first_name_after_her_bears_her_surname(tmp_path):
    # "her son Nathan": the her is the one named before with a surname, and news names
    # a family by it, as for "Mr Fairclough's widow, Janet,".
    text = '''
        Rower crosses the Atlantic

        At 71, retired postwoman Maureen Ashworth has rowed alone from the Canaries to Antigua.

        She was met at the harbour by her son Nathan, 45, who had flown out on Tuesday.

        "She never once said she wanted to stop," Nathan said.
        '''
    assert speaker_of(tmp_path, text, "never once said") == "Nathan Ashworth"


def test_kin_after_their_bear_the_surname_of_the_couple(tmp_path):
    text = '''
        Lost cat home after two years

        Leanne Pritchard's husband, Owen, 38, said the family had almost given up.

        They had told their children, Mabel, seven, and Jude, four, that the cat had found a new home.

        "I cried when I saw her," Mabel said.
        '''
    assert speaker_of(tmp_path, text, "cried when I saw") == "Mabel Pritchard"


def test_a_mum_named_by_her_first_name_bears_the_family_surname(tmp_path):
    text = '''
        Swimmer wins county gold

        Teenager Kieran Doyle won the 200m freestyle at the county championships on Sunday.

        Doyle's mum, Sharon, 49, watched from the stands.

        "I could hardly breathe for the last length," she said.
        '''
    assert speaker_of(tmp_path, text, "hardly breathe") == "Sharon Doyle"


def test_she_after_a_role_and_a_name_set_off_is_the_name(tmp_path):
    text = '''
        Quake town empties

        "We have been sleeping in the car for three nights," Hatice Yildiz, 34, said.

        A neighbour, Zeynep Oral, said women and children were being sent to relatives in other cities.

        "Whoever has family in Istanbul or Mersin is leaving," she said.
        '''
    assert speaker_of(tmp_path, text, "Whoever has family") == "Zeynep Oral"


def test_he_after_a_role_of_a_place_and_a_name_set_off_is_the_name(tmp_path):
    # "A labour economist at the University of Lagos, Dr Kehinde Adeyemi, told …": the
    # economist is the one named, not someone else a he may stand for.
    text = '''
        Wage talks stall

        "We will not sign anything below the living wage," said union leader Chidi Eze.

        A transport economist at the University of Ibadan, Dr Tunde Bakare, told reporters that the dispute reflected a deeper problem.

        "Fares have doubled since January and wages have not moved," he said.
        '''
    assert speaker_of(tmp_path, text, "Fares have doubled") == "Tunde Bakare"


@pytest.mark.parametrize("where", ["near the back", "behind the stage", "on the council"])
def test_he_after_a_description_where_one_is_and_a_name_set_off_is_the_name(tmp_path, where):
    """"A younger man near the back, Tyler Vance, who moved …, said …. “…,” he said":
    the one named, not "a man", whatever preposition says where he is."""
    text = f'''
        Town votes on its clerk

        Roger Goodrich, the town clerk, was the first to stand. "I have recorded every birth in this town," he said.

        A younger man {where}, Tyler Vance, who moved to Granby in 2020, said he understood the sentiment. "I love this place," he said.
        '''
    assert speaker_of(tmp_path, text, "I love this place") == "Tyler Vance"


def test_she_after_one_described_at_a_place_who_is_not_named_is_that_one(tmp_path):
    # "A stallholder at the market, who asked not to be named, said she …": the she is
    # the one described, though her noun is in no list and a place comes between.
    text = '''
        Market fire

        "We lost everything in twenty minutes," said trader Grace Mensah, who has sold fabric at the market for thirty years.

        A stallholder at the covered market, who asked not to be named, said she had warned the council about the wiring.

        "I wrote to them twice and nobody came," she said.
        '''
    assert speaker_of(tmp_path, text, "I wrote to them twice") == "stallholder"


def test_a_shared_surname_is_the_one_named_in_full_not_kin_named_by_a_first_name(tmp_path):
    # "Tom Garvey drives with his wife, Linda … Garvey says": the bare surname is the
    # man the story named in full; his wife, named by her first name (and in full only
    # later), is not who it means, though she was named after him.
    text = '''
        A new drug, a long drive

        Every Friday, Owen Marsh drives to the clinic in Leeds with his wife, Judith, for an infusion that takes an hour.

        The drug slows the disease but does not stop it, doctors say.

        "I slept through most of the afternoons at first," Marsh says.

        Judith Marsh says she was against the treatment at first.
        '''
    assert speaker_of(tmp_path, text, "slept through") == "Owen Marsh"


def test_a_subject_the_quotation_describes_is_not_its_speaker(tmp_path):
    # "India is a “dramatically growing economy …”": words about India (here a company)
    # in a paragraph quoting an analyst, not India's.
    text = '''
        Port deal

        "For a country like this to grow, it has to trade," said Maria Lopez, an economist at the Andean Institute. Andean Rail is a "small company that cannot afford to lose this contract". The deal would double the capacity of Callao by 2030.
        '''
    assert speaker_of(tmp_path, text, "small company") == "Maria Lopez"


def test_the_office_set_off_before_the_holders_titles_is_the_holders(tmp_path):
    # "The Bishop of Durham, the Rt Rev Dr Tom Wright, described …": "the Bishop said"
    # is Tom Wright, not an unnamed bishop.
    text = '''
        Cathedral roof appeal

        The Bishop of Ripon, the Rt Rev Dr Helen Ashby, described the appeal as "the last chance we have".

        Repairs to the north transept are expected to take three years, and scaffolding will stay up through the winter.

        Speaking at the launch on Friday, the Bishop said: "Every slate on that roof was laid by hand, and it will be replaced by hand."
        '''
    assert speaker_of(tmp_path, text, "Every slate") == "Helen Ashby"


def test_an_elder_called_aunty_and_her_first_name_is_the_one_named_in_full(tmp_path):
    # Australian news calls an Aboriginal Elder "Aunty" and her first name after naming
    # her in full: "Aunty Lorraine" was a speaker of her own, apart from Lorraine Gibbs.
    text = '''
        Elder honoured

        Gamilaraay Elder Aunty Maree Dixon has been named Moree's citizen of the year.

        Aunty Maree, who taught in the town's schools for 30 years, was given the award on Australia Day.

        "Language is how we keep our old people with us," Aunty Maree said.
        '''
    assert speaker_of(tmp_path, text, "Language is how") == "Maree Dixon"


def test_a_programme_named_in_the_phrase_before_she_is_not_her(tmp_path):
    # "In a 2012 interview with CBC's Mainstreet Cape Breton, she said …": the she is the
    # woman the story is about, not the programme past the possessive and "with".
    text = '''
        Fiddler remembered

        Mary Catherine Gillis, who taught the fiddle in Judique for half a century, has died aged 91, her daughter Colleen Rankin said.

        "She had the fiddle case by the bed right to the end," Colleen said.

        Born in 1935, Gillis learned her first tunes by ear from her father, Angus.

        In a 2012 interview with CBC's Mainstreet Cape Breton, she said her father "never once sat me down for a lesson".
        '''
    assert speaker_of(tmp_path, text, "never once sat") == "Mary Catherine Gillis"


def test_irish_na_inside_a_bodys_name_keeps_the_name_whole(tmp_path):
    # "RTÉ Raidió na Gaeltachta said": one body, not "Gaeltachta" (a name of its own a
    # later he was taken for).
    text = '''
        Broadcaster dies

        In a statement, RTÉ Raidió na Gaeltachta said the presenter had been "a voice that listeners trusted for a generation".
        '''
    assert speaker_of(tmp_path, text, "a voice that listeners") == "RTÉ Raidió na Gaeltachta"


def test_a_name_its_letters_in_capitals_begin_is_a_bodys_not_a_he(tmp_path):
    # "RTÉ Raidió na Gaeltachta said": a broadcaster's name, never the he of the
    # presenter's own words after it (nor "BBC Radio Ulster").
    text = '''
        Broadcaster dies

        Seosamh Ó Flatharta presented programmes for thirty years.

        In a statement, RTÉ Raidió na Gaeltachta said Mr Ó Flatharta had been "a voice that listeners trusted".

        Born in 1942, he learned his songs from his mother.

        "Everybody in our house sang," he said.
        '''
    assert speaker_of(tmp_path, text, "Everybody in our house") == "Seosamh Ó Flatharta"


def test_the_article_says_a_persons_sex_where_the_name_list_says_the_other(tmp_path):
    # The list of given names has Emerson as a man's; the article says her, and every
    # she after went to another woman (a new user's "Wren Castellano" profile).
    text = '''
        Songwriter strips it back

        Emerson Pike is apologising for the state of her studio, a converted garage in Hamilton.

        Her producer, Tessa Lund, who opened for Pike on her 2019 tour, said the new record was made in three weeks. "We kept the first takes," Lund said.

        Pike has been more open this year about the anxiety that nearly ended her career.

        "I told everybody it was my voice," she said. "It wasn't. I just couldn't get out of bed."
        '''
    assert speaker_of(tmp_path, text, "my voice") == "Emerson Pike"


def test_a_given_name_english_speaking_countries_give_to_either_sex_is_either(tmp_path):
    # Dara is a woman's name in the United States and mostly a man's in Ireland: an
    # Irish caddie called "he" once is the he who speaks, not the golfer named since.
    text = '''
        Kearney ready for home crowd

        Two years ago Shane Kearney lost his card and spent a season driving between events with his caddie and best friend, Dara Gavin.

        "It made me," Kearney said.

        Gavin, who still carries the bag, puts it more bluntly. "We stayed in some places I wouldn't put a cat in," he says.
        '''
    assert speaker_of(tmp_path, text, "put a cat in") == "Dara Gavin"


@pytest.mark.parametrize("name", ["Md Shahidul Islam", "Mohd Azmi Rahman"])
def test_an_abbreviated_given_name_makes_a_man_of_the_name(name):
    # ("Md", "Mohd": Muhammad, as South and Southeast Asian news writes it) so that a
    # "he" after him stands for him.
    from klayman_tui.corpus.extract.names import read_run

    run = read_run(name, inside=True)
    assert (run.kind, run.gender) == ("person", "m")


# 7. Transcripts inside news.
def test_transcript_turns_inside_a_quotation(tmp_path):
    text = '''
        Sunday interview

        The exchange went on for several minutes.

        "WALLACE: Let me ask you about the debate tomorrow night. PENCE: Well, look, the debate will be about the issues that matter."
        '''
    got = quotes_of(tmp_path, text)
    speakers = {speaker for speaker, words in got}
    assert any(w.startswith("Let me ask you") and s == "Wallace" for s, w in got), got
    assert any(w.startswith("Well, look") and s == "Pence" for s, w in got), got
    assert "Unknown" not in speakers


def test_transcript_turns_running_over_paragraphs(tmp_path):
    # Each paragraph of the transcript opens with a mark and none closes: one running
    # quotation, one quote per turn and paragraph, in the name of the label before it.
    text = '''
        Sunday interview

        Governor Mike Pence spoke to the programme on Sunday.

        "WALLACE: Let me ask you about the debate tomorrow night. Will she be there?

        "PENCE: She will not be attending the debate tomorrow night.

        "And the debate will be about the issues that matter to families.

        "WALLACE: Do you really see those two as equivalent?

        "VIDEO: They all told me it was a video when they knew it was not.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Wallace", "Let me ask you about the debate tomorrow night. Will she be there?") in got
    assert ("Mike Pence", "She will not be attending the debate tomorrow night.") in got
    # A paragraph with no label of its own goes on the turn before.
    assert ("Mike Pence", "And the debate will be about the issues that matter to families.") in got
    assert ("Wallace", "Do you really see those two as equivalent?") in got
    # A label the article also writes as an ordinary word ("a video") is no person.
    assert ("Unknown", "They all told me it was a video when they knew it was not.") in got


def test_a_described_name_as_a_label_before_the_quotation(tmp_path):
    text = '''
        Hearing transcript

        Rep. Trey Gowdy (R-S.C.):"Who told you that figure? Who told you that?"

        Former secretary of state Hillary Rodham Clinton:"We learned that from the department and its analysis."
        '''
    assert speaker_of(tmp_path, text, "We learned that") == "Hillary Rodham Clinton"


@pytest.mark.parametrize("label", ["Caller", "Dispatcher", "Interpreter"])
def test_a_label_of_a_noun_for_one_who_speaks_is_the_speaker(tmp_path, label):
    """"Operator: “…”" ¶ "Caller: “…”": each turn is its label's, a noun for one who
    speaks that no list of roles need hold (not the operator's, who spoke before)."""
    text = f'''
        Call played in court

        The call to emergency services was played to the jury on Tuesday.

        Operator: "Ambulance service, what is the address of the emergency?"

        {label}: "Please come quickly, my baby is not breathing."
        '''
    assert speaker_of(tmp_path, text, "Please come quickly") == label.lower()


def test_name_colon_turns_without_marks(tmp_path):
    text = '''
        Radio transcript

        HOST: Welcome back to the programme, and thank you for coming in.
        RIVERA: Thank you for having me, it is good to be here.
        HOST: Let us start with the harbour plan and what it will cost.
        RIVERA: It will cost less than the last one, and it will last longer.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Rivera", "It will cost less than the last one, and it will last longer.") in got


def test_an_opening_mark_typed_with_a_space_after_it(tmp_path):
    text = '''
        Phone first

        "I run my business on my phone. I do not even own a computer anymore," he told Cook. " You guys have done such a good job."
        '''
    got = [words for _, words in quotes_of(tmp_path, text)]
    assert "You guys have done such a good job." in got, got


def test_a_broadcast_transcript_mostly_narrated_keeps_its_voices(tmp_path):
    text = '''
        Engineers say Olympic pool built for speed

        Reporter: Kate Tindall

        MICHAEL HOLLOWAY: With eight days to go, the swimmers are arriving in Sydney.

        KATE TINDALL: At first glance it is just 50 metres of very blue water.

        GRAHAM PELLEW: The pool is three metres deep, deeper than most competition pools.

        KATE TINDALL: Graham Pellew is a hydraulic engineer who worked on the design.

        GRAHAM PELLEW: The gutters along the sides spill the wash over rather than back.

        MICHAEL HOLLOWAY: Kate Tindall reporting.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Graham Pellew", "The pool is three metres deep, deeper than most competition pools."
            ) in got, got
    assert ("Kate Tindall", "At first glance it is just 50 metres of very blue water.") in got, got


@pytest.mark.parametrize("q,a", [("Q:", "A:"), ("Q.", "A.")])
def test_q_and_a_inside_a_story_answers_for_the_person_it_was_put_to(tmp_path, q, a):
    text = f'''
        New co-op chief vows to fight for quota

        Siobhán Ní Bhriain, a former skipper, took up the post of chief executive on Monday.

        The Courier spoke to Ms Ní Bhriain at the co-op's offices on Tuesday.

        {q} What is the first thing on your desk?

        {a} Quota. It is always quota, and it will be until the boats can fish again.

        {q} Can the decline be stopped?

        {a} I think it can be slowed. I am not going to promise miracles to anybody.

        Local councillor Máire Ní Fhlatharta said the appointment was "good news for every harbour on this coast."
        '''
    got = quotes_of(tmp_path, text)
    assert ("Siobhán Ní Bhriain",
            "Quota. It is always quota, and it will be until the boats can fish again.") in got
    # After the turns, a paragraph quoting somebody else is the story again.
    assert ("Máire Ní Fhlatharta", "good news for every harbour on this coast.") in got


def test_answers_after_a_sentence_about_a_witness_are_the_witness(tmp_path):
    text = '''
        Ex-treasurer convicted

        A federal jury convicted former county treasurer Darlene Pruitt of embezzling $2.3 million. Pruitt showed no emotion as the verdict was read.

        Defense attorney Lawrence Keel said Pruitt would appeal. "Darlene Pruitt did not steal a dime," he said.

        The case turned on the testimony of Maribel Ortiz, the deputy treasurer. Under cross-examination last week, Ortiz held firm. According to a court transcript:

        Q. You had access to the signature stamp, didn't you?

        A. Everybody in the office knew where the stamp was kept.

        Q. But you could have.

        A. I could have. I didn't. She did.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Maribel Ortiz", "I could have. I didn't. She did.") in got, got
    # A court's transcript: the questions are counsel's, the lawyer named last before.
    assert ("Lawrence Keel", "But you could have.") in got, got


# The one the introduction says put the questions ("Under questioning by …",
# "cross-examined by …") asks them, past a body that modifies the role.
@pytest.mark.parametrize("asked_by", [
    "Under questioning by Assistant District Attorney Rosa Delgado,",
    "Cross-examined by Harwell Mills attorney Rosa Delgado,",
])
def test_questions_of_a_transcript_are_the_one_the_introduction_says_put_them(
        tmp_path, asked_by):
    text = f'''
        Mill manager denies shredding

        The former manager of the Harwell Mills plant, Dennis Archer, told jurors on Tuesday that he never ordered records destroyed.

        {asked_by} Archer stood by his account. The exchange went as follows:

        Q. Who told you to empty the filing room?

        A. Nobody told me. We were moving offices.

        Q. On a Sunday night?

        A. That was when the van was free.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Rosa Delgado", "On a Sunday night?") in got, got
    assert ("Dennis Archer", "That was when the van was free.") in got, got


def test_answers_of_one_the_outlet_spoke_with_after_a_role_set_off(tmp_path):
    text = '''
        Riau residents gasp for air as haze crisis enters third month

        Thick haze from peatland fires blanketed Riau on Thursday. He said the fires were the result of years of clearing, said Hendra Saputra of Walhi Riau. Riau has closed its schools.

        The Jakarta Post spoke with the head of the Riau Disaster Mitigation Agency (BPBD), Syamsul Bahri, about the efforts to put out the fires. Below are excerpts from the interview.

        Q: Why is the situation not improving?

        A: We are fighting fires on peatland, and peat fires are very difficult to extinguish.

        Q: When do you expect the haze to clear?

        A: Honestly, only the rain can end this.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Syamsul Bahri", "Honestly, only the rain can end this.") in got, got


def test_questions_at_a_news_conference_are_the_reporters(tmp_path):
    text = '''
        Teenager stuns top seed

        By Pavel Grishin

        Anna Zhukova beat the top seed in three sets on Wednesday.

        At her news conference after the match, Zhukova answered questions in Russian and then in English.

        Q: Were you nervous on the Center Court?

        Zhukova: Very. My legs were shaking in the first game.

        Q: Your father is also your coach. Is that difficult?

        Zhukova: Sometimes. At home he is papa, on the court he is the boss.
        '''
    got = quotes_of(tmp_path, text)
    assert ("reporter", "Were you nervous on the Center Court?") in got, got
    assert ("Anna Zhukova", "Very. My legs were shaking in the first game.") in got, got


def test_q_and_a_with_a_titled_person_and_an_outlet_asking(tmp_path):
    text = '''
        Q&A with Vice President Joe Biden

        The vice president flew back to Washington, where he spoke with POLITICO senior writer Glenn Thrush.

        Q: Are you surprised by the campaign?

        A: I am surprised. Take a look at all the campaigns in the last cycle.

        Q: What about the banks?

        A: If I could snap my fingers, I would bring back the old rules.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Joe Biden", "I am surprised. Take a look at all the campaigns in the last cycle.") in got


def test_q_and_a_put_by_an_outlet_is_not_answered_by_it(tmp_path):
    text = '''
        Biden on the economy

        Vice President Joe Biden flew back to Washington, where he spoke with POLITICO senior writer Glenn Thrush.

        Q: Are you surprised by the campaign?

        A: I am surprised. Take a look at all the campaigns in the last cycle.

        Q: What about the banks?

        A: If I could snap my fingers, I would bring back the old rules.
        '''
    speakers = {speaker for speaker, _ in quotes_of(tmp_path, text)}
    assert not any("POLITICO" in speaker.upper() for speaker in speakers), speakers


def test_a_closing_mark_and_a_space_opening_a_paragraph_opens_a_quotation(tmp_path):
    text = '''
        Speech at the base

        The president spoke to troops on Friday.

        ” … what I learned from listening to these families is that the words matter,” he said.
        '''
    got = [words for _, words in quotes_of(tmp_path, text)]
    assert "… what I learned from listening to these families is that the words matter" in got, got


def test_a_quotation_inside_a_quotation_in_the_same_marks(tmp_path):
    text = '''
        Summit reaction

        “The claim that a peace deal “has to do with whether they are willing to sacrifice” shows he has no grasp of the conflict,” wrote Miriam Adler, president of the council.
        '''
    got = quotes_of(tmp_path, text)
    assert got == [("Miriam Adler", "The claim that a peace deal “has to do with whether they are willing "
                                    "to sacrifice” shows he has no grasp of the conflict")], got


# 8. Things that are not speech.
def test_wire_end_notes_are_not_interview_answers(tmp_path):
    text = '''
        Thunder beat Lakers

        The Thunder won 110-102 on Wednesday night, and coach Mark Daigneault was pleased.

        "We defended well for four quarters," Daigneault said.

        ___

        UP NEXT

        Thunder: Host the Lakers on Friday.

        Lakers: At Denver on Saturday.

        ___

        More AP NBA: https://apnews.com/hub/nba and https://twitter.com/AP_Sports
        '''
    got = quotes_of(tmp_path, text)
    assert got == [("Mark Daigneault", "We defended well for four quarters")]


def test_a_match_reports_line_ups_are_no_interview(tmp_path):
    """Labels over lists at a report's foot (line-ups, scorers, the referee) make no
    interview of the article: nobody talks under them, so they are no questions or
    answers, and the quotes above keep their speakers."""
    text = '''
        Rovers stun City in the Cup

        Non-league Rovers knocked City out of the FA Cup on Saturday.

        "I'm so proud of every one of them," said Rovers manager Tony Kavanagh.

        Rovers: Whitlock, Okafor, Barnes, Doyle, Pritchett, Hale, Marsh, Quinlan, Foster, Adeyemi, Darby.
        Subs not used: Ellis, Kerrigan, Mulholland, Tate, Burrows.

        Goals: Adeyemi 42, Darby 81.

        City: Lindqvist, Harker, Zielinski, Moss, Pryce, Ndlovu, Goodwin, Ashby, Cole, Redfern, McAllen.

        Ref: P Crossley (Lancashire).
        '''
    got = quotes_of(tmp_path, text)
    assert got == [("Tony Kavanagh", "I'm so proud of every one of them")], got


def test_notes_under_team_labels_are_no_transcript(tmp_path):
    """A recap's notes under each team's name, with the story's quotes between them:
    nobody talks in the notes (no I, we, you, no question), so they are no turns, and
    the quotes inside and between them keep their cued speakers."""
    text = '''
        Hawks beat Owls

        The Hawks won 4-3 on Saturday night.

        Takeaways

        Hawks: The penalty kill went 4 for 4. "The kill won us the game," coach Ann Ruiz said.

        Owls: The Owls' top line was held without a shot in the third period.

        Key moment

        "That save changes everything," Tom Reed said.

        Up next

        Hawks: At Chicago on Monday night.

        Owls: Host Dallas on Tuesday night.
        '''
    got = quotes_of(tmp_path, text)
    assert got == [("Ann Ruiz", "The kill won us the game"),
                   ("Tom Reed", "That save changes everything")]


def test_the_narration_of_a_split_quote_stays_out(tmp_path):
    text = '''
        Tour

        "We played every song we knew," the singer Amy Lowe said, "and then we played them again."
        '''
    got = quotes_of(tmp_path, text)
    assert got == [("Amy Lowe", "We played every song we knew … and then we played them again.")]


def test_a_split_quote_opening_with_one_capitalised_word_keeps_it(tmp_path):
    text = '''
        Ferry back

        “We have waited long enough for this,” said Tom Brown, the chairman of the board.

        “Nothing,” Brown said, “was happening at the islanders' convenience.”
        '''
    got = quotes_of(tmp_path, text)
    assert got[1] == ("Tom Brown", "Nothing … was happening at the islanders' convenience.")


def test_a_list_of_tour_dates_and_song_titles_is_not_speech(tmp_path):
    text = '''
        On the road

        The band will play "Northern Lights," "Harbour Song" and "Come Home" on the tour.

        June 9 — Chicago, Ill. — United Center
        June 11 — Detroit, Mich. — Little Caesars Arena
        '''
    assert quotes_of(tmp_path, text) == []


# Quotation marks as typed, not as they should be.
@pytest.mark.parametrize("paragraph,words", [
    ('”Nobody asked us first,” said Rosa Delgado.', "Nobody asked us first"),
    ('“Nobody asked us first," said Rosa Delgado.', "Nobody asked us first"),
    ('"Nobody asked us first,” said Rosa Delgado.', "Nobody asked us first"),
    ("''Nobody asked us first,'' said Rosa Delgado.", "Nobody asked us first"),
    # A closing mark typed after a space.
    ("''Nobody asked us first, '' said Rosa Delgado.", "Nobody asked us first"),
    ('"Nobody asked us first, " said Rosa Delgado.', "Nobody asked us first"),
    # Two backticks to open, two apostrophes to close (a wire's typewriter style).
    ("``Nobody asked us first,'' said Rosa Delgado.", "Nobody asked us first"),
])
def test_mismatched_marks_still_make_one_quotation(tmp_path, paragraph, words):
    text = f'''
        Housing plan

        {paragraph}
        '''
    assert quotes_of(tmp_path, text) == [("Rosa Delgado", words)]


# 6. Pronouns: the one just named as speaking, after the verb, is who "he" is.
def test_he_after_an_inverted_cue_is_its_speaker(tmp_path):
    text = '''
        Campaign notes

        "The debate is a chance for her to show her command of the issues," says Daniel Okafor, a longtime adviser to Governor Mark Reyes. "It is also a real risk for the campaign," he said.
        '''
    assert speaker_of(tmp_path, text, "It is also a real risk") == "Daniel Okafor"



@pytest.mark.parametrize("paragraph,expected", [
    # The one a relative clause before the quotation is about, not a name inside it.
    ('Then there was the radio host Carl Sykes, who lamented in an interview with the '
     'politics editor Oscar Darby, "We have spent 20 years demonizing the media."',
     "Carl Sykes"),
    ('Among the replies was this tweet from Rita Wells who wrote, "You never respect '
     'the rules."', "Rita Wells"),
    # A place after the name is not the one who speaks.
    ('It gave fodder to rivals such as Sen. Mark Ruiz of Florida, who mused in the '
     'debate that the governor was "unfit to lead the state."', "Mark Ruiz"),
    ('She met a voter in Ohio who said, "We want the jobs back here now."', "voter"),
    ('It drew a rebuke from the mayor of London, who said, "This is a disgrace to the '
     'city."', "mayor"),
])
def test_a_relative_clause_before_the_quotation_names_its_speaker(tmp_path, paragraph,
                                                                 expected):
    text = f"Campaign notes\n\n{paragraph}\n"
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    found = [q.speaker for q in klayman_tui.load([tmp_path]).sources[0].quotes]
    assert found == [expected]


@pytest.mark.parametrize("cue,expected", [
    ("the NHS said", "NHS"), ("the MP said", "MP"), ("a spokesman for the FBI said", None),
    ("WALLACE said", "Wallace"), ("BUSH said", "Bush"),
])
def test_an_acronym_is_written_as_it_is_a_name_in_capitals_as_a_name(tmp_path, cue,
                                                                    expected):
    text = f'Notes\n\n"We will vote against the bill tomorrow," {cue}.\n'
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    speakers = [q.speaker for q in klayman_tui.load([tmp_path]).sources[0].quotes]
    assert len(speakers) == 1
    if expected is None:  # a role for an organisation keeps the acronym too
        assert "FBI" in speakers[0]
    else:
        assert speakers == [expected]


@pytest.mark.parametrize("sentence", [
    # An age, then a clause about the person, before the verb.
    "Ruth Abernathy, 61, who drove in from Dayton with her sister, told me she came early.",
    # A clause holding an abbreviated title and a name of its own.
    "Ruth Abernathy, who taught music under Mr. Kowalski's old principal, Dale Harmon, "
    "walked out of the hall early.",
    # A role, then a second, longer aside about the organisation.
    "Ruth Abernathy, chief steward of the Allied Bakers Guild, a union that has backed "
    "Mr. Dunmore and has been sending its members across the state to canvass for him, "
    "also said her group would march.",
])
def test_a_chain_of_asides_does_not_hide_the_subject(tmp_path, sentence):
    """"Name, 61, who …, told me": the verb past two or three asides (an age, a clause
    with a "Mr." and a name in it) is the name's, so a she after it is that person, not
    one named earlier who has spoken."""
    text = f'''
        Rally notes

        "We will fill every seat," Martha Kessler said on Monday.

        {sentence}

        "I have never seen a crowd like this one," she said.
        '''
    assert speaker_of(tmp_path, text, "crowd like this one") == "Ruth Abernathy"


def test_a_clause_after_an_opening_word_is_no_aside(tmp_path):
    """"Soon, he became …, that, within a year, doubled": after "Soon," a clause of
    its own starts (with a pronoun); "Soon" is no subject a later he could stand for."""
    text = '''
        Bakery notes

        Kasongo Mwamba opened the bakery on Elm Street in 1998. Soon, he became the head of a guild that, within a year, doubled its members. He bought a van and leased it to the guild. "We baked through every storm."
        '''
    assert speaker_of(tmp_path, text, "every storm") == "Kasongo Mwamba"


def test_he_in_a_clause_is_the_person_its_sentence_names_before_it(tmp_path):
    """"officers arrested Obinna Chukwu, alleging that he …": he is Chukwu, named in
    its own sentence, not the judge, the subject of an earlier one; so the judge is
    not taken for a man, and her later "She held" is not given to the counsel."""
    text = '''
        Bail hearing

        Justice Adaeze Nwosu, who heard the case, ordered the defendant to surrender his passport.

        The next day officers arrested Obinna Chukwu, alleging that he moved the funds abroad.

        Counsel to the defendant, Chief Temitope Adeyemi, urged the court to weigh the defendant's health.

        "The defendant is a sick man and has never missed a hearing," Adeyemi said.

        In her ruling, Justice Nwosu said bail was a right of every accused person.

        She held: "The court cannot ignore the evidence of foreign travel."
        '''
    assert speaker_of(tmp_path, text, "evidence of foreign travel") == "Adaeze Nwosu"


def test_one_described_with_a_relative_clause_is_the_subject_after_it(tmp_path):
    """"A man who lives …, and who asked not to be named …, said he heard": the man is
    the subject of "said" past his relative clauses, so the he after it, and the "he
    said" of the next paragraph, are the man, not the spokesman named before."""
    text = '''
        Shots on Elm Street

        Police spokesman Carl Mendes said officers arrived within minutes of the first call.

        A man who lives above the bakery, and who asked not to be named because he feared reprisals, said he heard four shots.

        "I just lay on the floor with my kids until it stopped," he said.
        '''
    assert speaker_of(tmp_path, text, "lay on the floor") == "man"


def test_one_a_relative_clause_says_spoke_is_who_she_goes_on_about(tmp_path):
    """"backed by Sen. Ruth Okonjo of Ohio, the senior member …, who said …": the one
    the clause says spoke (not Ohio, the place after her name) is the she of the next
    quotation, though the mayor spoke before and is a sentence's subject."""
    text = '''
        Ballot review

        "We counted every ballot twice," Mayor Jane Calloway said.

        Her account was backed on Tuesday by Sen. Ruth Okonjo of Ohio, the senior member of the elections panel, who said none of the ballots counted by Calloway had been lost.

        "It makes no sense to blame the mayor for errors made by others," she said.
        '''
    assert speaker_of(tmp_path, text, "blame the mayor") == "Ruth Okonjo"


@pytest.mark.parametrize("paragraph", [
    # An opening phrase that names a place and others, before the subject.
    'During a rally in Dayton on Friday, where Tom Hale also spoke, Ana Ruiz attacked '
    'Hale over the budget, saying, "The numbers simply do not add up for anyone."',
    # A place and its region inside the opening phrase: the subject comes after both.
    'At a town hall in Ames, Iowa, on Sunday, Ana Ruiz went after Tom Hale, saying, "The '
    'numbers simply do not add up for anyone."',
    # Opened by a participle of speech, with a clause of its own.
    "Speaking to reporters in Dayton, which votes next week, Ana Ruiz described Tom Hale's "
    'plan as "a budget where the numbers simply do not add up for anyone."',
])
def test_the_subject_after_a_long_opening_phrase_speaks(tmp_path, paragraph):
    """"During a rally in Dayton, where Hale spoke, Ruiz attacked Hale, saying, “…”":
    the subject after a long opening phrase is the one the participle or the
    description is about, not a person or a place named in the phrase or after the
    verb."""
    text = f"Campaign notes\n\nTom Hale opened the debate on Friday.\n\n{paragraph}\n"
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    speakers = [q.speaker for q in klayman_tui.load([tmp_path]).sources[0].quotes]
    assert speakers == ["Ana Ruiz"]


@pytest.mark.parametrize("full,short", [("Carla Deacon", "Deacon"), ("Owen Judge", "Judge"),
                                        ("Priya Law", "Law")])
def test_a_title_word_alone_is_the_surname_of_one_named_with_it(tmp_path, full, short):
    """"Carla Deacon … “…,” Deacon said": a word that is also a title names the person
    the article names in full with it, not the last person named."""
    text = f'''
        Shelter notes

        {full}, who runs the shelter, opened the doors at dawn on Monday.

        The mayor, Tom Hale, arrived an hour later with two aides.

        "We have never turned anyone away," {short} said.
        '''
    assert speaker_of(tmp_path, text, "turned anyone away") == full


def test_a_cue_reporting_a_clause_of_its_own_after_a_full_stop_is_not_the_quote_s(tmp_path):
    """"“…belongings.” Martha added that …": after a quotation that ends its sentence, a
    name and a verb followed by "that" open a sentence reporting something else; the
    quotation goes on with the one who wrote it."""
    text = '''
        Family notes

        Rosa Pell and her brother Victor Pell answered questions by email. "I once visited him in Duluth with our parents," Victor wrote. "We ate at an old steakhouse and talked until midnight." Rosa added that their father wrote to him every year.
        '''
    assert speaker_of(tmp_path, text, "old steakhouse") == "Victor Pell"


# An exchange of questions and answers, one quotation a paragraph, turns with no cue:
# they alternate between the two people the first cues name. (The case after it keeps
# what was right: a cue-less quotation after two speakers' quotes, nobody asking, goes
# on from the last; the cue in the paragraph before outweighs the turn taking.)
def test_turns_of_a_cross_examination_alternate(tmp_path):
    text = '''
        Harbour trial

        Under cross-examination, prosecutor Hamish Doyle took him through the cheques.

        "You signed those cheques, didn't you, Mr Tawa?" Doyle asked.

        "I signed what I was given to sign," Tawa replied.

        "Not even the name of the person being paid?"

        "I looked at the amount. I never looked at the name."

        "One of those names was your own. You did not notice that?"

        "No, sir. Not at the time of the signing."
        '''
    got = {quote: speaker for speaker, quote in quotes_of(tmp_path, text)}
    assert got["Not even the name of the person being paid?"] == "Hamish Doyle"
    assert got["I looked at the amount. I never looked at the name."] == "Tawa"
    assert got["One of those names was your own. You did not notice that?"] == "Hamish Doyle"
    assert got["No, sir. Not at the time of the signing."] == "Tawa"


def test_turns_of_several_quotations_alternate_too(tmp_path):
    """A turn may be two quotations with its cue between them ("“…,” Vance replied.
    “…”"): the cue-less question after it is still the asker's."""
    text = '''
        Chatbot maker grilled

        "Your product told this child to keep secrets from her mother," Sen. Richard Calloway said. "Ms. Vance, who wrote that sentence?"

        "No one wrote it, Senator. It was generated by the model," Vance replied. "We have since changed it."

        "Then who is responsible for it?"
        '''
    got = {quote: speaker for speaker, quote in quotes_of(tmp_path, text)}
    assert got["Then who is responsible for it?"] == "Richard Calloway", got


def test_a_quote_after_two_speakers_without_a_question_goes_on_from_the_last(tmp_path):
    text = '''
        Harbour vote

        "We have waited ten years for the new pier," said Orla Byrne.

        "The pier will cost far more than the board says," Eamon Quinn said.

        "Nobody has shown us the full figures for the work."
        '''
    got = {quote: speaker for speaker, quote in quotes_of(tmp_path, text)}
    assert got["Nobody has shown us the full figures for the work."] == "Eamon Quinn"


# "Among them was X, who …": X is the sentence's subject, after the verb; the "he" that
# follows is X, not the man named as a subject paragraphs before.
def test_a_subject_after_an_inverted_verb_is_the_next_he(tmp_path):
    text = '''
        Harbour vote

        Councillor Tomas Brennan said he had "a lot of sympathy" with both sides.

        Outside the meeting, a small group of fishermen held a protest.

        Among them was Patrick Conneely, who fishes out of the old harbour. The new pier
        would cut his moorings in two.

        "They tell me they will build us a new slipway. Have you ever tried to land a
        catch on a slipway?" he said.
        '''
    assert speaker_of(tmp_path, text, "build us a new slipway") == "Patrick Conneely"


# An article that opens on a quotation, a paragraph of its own, and names its speaker in
# the next sentence: that sentence's speech verb's subject, not a name in the headline.
def test_an_opening_quote_named_in_the_next_sentence(tmp_path):
    text = '''
        Adelaide swelters as growers race to save crops

        "You can hear the leaves crackling when you walk between the rows."

        That is how Hoang Thi Mai describes her tomato crop on the city's northern fringe.

        Adelaide reached 43.6C on Tuesday, the fourth straight day above 40C.
        '''
    assert speaker_of(tmp_path, text, "leaves crackling") == "Hoang Thi Mai"


# "X of the University of the West Indies, Mona, said": the one word between commas after
# a body's name is its place (a campus), not the subject; the he after it is X.
def test_a_bodys_place_between_commas_is_not_the_subject(tmp_path):
    text = '''
        Water restrictions

        Professor Winston Chin-Quee of the University of the West Indies, Mona, said the
        island had to move faster on storage.

        "More than half of the water is lost before it reaches a paying customer," he said.
        '''
    assert speaker_of(tmp_path, text, "More than half") == "Winston Chin-Quee"


# "Kerwin Alleyne, 31, of Upper Tarodale, Carenage, the witness": the word between commas
# after a place is the place's place, not a person the witness is said to be.
def test_a_places_place_between_commas_is_nobody(tmp_path):
    text = '''
        Murder trial

        Testifying at the trial of Kerwin Alleyne, 31, of Upper Tarodale, Carenage, the
        witness, whose name was withheld by order of the court, said he was walking home.

        "I saw him coming out from behind the boat," the witness said.
        '''
    assert speaker_of(tmp_path, text, "coming out from behind") == "witness"


# "A witness yesterday told": a day word between the subject and its verb is no part of
# the subject's role ("witness yesterday").
def test_a_day_word_before_the_verb_is_not_the_role(tmp_path):
    text = '''
        Murder trial

        A young witness yesterday told the jury that the cutlass was "wet with blood" when he saw it.
        '''
    assert speaker_of(tmp_path, text, "wet with blood") == "young witness"


# "an offer X dismissed as “…”": dismissing words as something reports them.
def test_dismissed_as_reports_the_words(tmp_path):
    text = '''
        Rail strike

        Union chairman Tom Wendt said the strike would go ahead.

        Nordbahn has offered a phased cut to 36 hours, an offer Wendt dismissed as "a tactical game with the calendar."
        '''
    assert speaker_of(tmp_path, text, "tactical game") == "Tom Wendt"


# "an official of the city's forestry division said": the official speaks, one of that
# division, not the person named before, as "the division" would have it.
def test_a_role_of_a_body_is_the_role(tmp_path):
    text = '''
        Bears in town

        Ken Sato, 74, who has hunted around the town since he was a boy, said his group was called out daily.

        "We are asking for the understanding of residents," an official of the city's agriculture and forestry division said.
        '''
    assert speaker_of(tmp_path, text, "understanding of residents") == "official"


# A surname two people share, alone: the one the article has named most so far, not
# merely the one named last ("Obama said" after the first lady is named once).
def test_a_shared_surname_alone_is_the_one_named_most(tmp_path):
    text = '''
        Rally in Ohio

        President Barack Obama spoke to a crowd of 5,000 in Columbus on Tuesday.

        Obama urged students to register, and Obama later met local officials.

        Michelle Obama, who introduced her husband, spoke first.

        "Every single vote in this state counts," Obama said.
        '''
    assert speaker_of(tmp_path, text, "Every single vote") == "Barack Obama"


@pytest.mark.parametrize("run, expected", [
    # a word in small letters between a first name and a day is no surname
    ("University Hospital Kerry on Wednesday", ("University", "Hospital", "Kerry")),
    ("Kerry on Wednesday", ("Kerry",)),
    # a surname that is also a month or a function word, in capitals, still is one
    ("Theresa May", ("Theresa", "May")),
])
def test_a_name_ends_at_its_last_capitalised_word(run, expected):
    from klayman_tui.corpus.extract.names import read_run

    assert read_run(run, inside=True).core == expected


def test_a_broadcast_transcript_labelled_by_full_names_and_roles(tmp_path):
    """A transcript whose labels are names in ordinary case, some with the role after
    them ("Rhonda Keller, Superintendent, Harlan Springs R-IV School District: …"), each
    name taking several turns, mostly narration: each turn is its label's person."""
    text = '''
        Why rural school districts are switching to a four-day week

        Read the Full Transcript

        Nadia Kharrazi: In Missouri, the shift has been especially fast. Carlos Montero has the story.

        Carlos Montero: It's 7:45 on a Monday morning in Harlan Springs, and the buses are pulling in.

        Rhonda Keller, Superintendent, Harlan Springs R-IV School District: We were losing teachers to districts 30 miles up the road.

        Carlos Montero: The answer, the district decided, was time. Three years ago, the board voted to drop Fridays.

        Rhonda Keller: After we announced the four-day week, I had nine applicants.

        Nadia Kharrazi: That report from Carlos Montero in Missouri.
        '''
    got = quotes_of(tmp_path, text)
    assert ("Rhonda Keller", "We were losing teachers to districts 30 miles up the road.") in got
    assert ("Carlos Montero", "The answer, the district decided, was time. Three years ago, "
            "the board voted to drop Fridays.") in got


@pytest.mark.parametrize("title,name", [("Lt.-Col.", "Marc-André Bélanger"),
                                        ("Minister of Transport Eng.", "Fahad Al-Otaibi")])
def test_a_rank_joined_by_a_hyphen_or_eng_ends_no_sentence(tmp_path, title, name):
    """"“…,” Lt.-Col. Marc-André Bélanger, commander of the task force, told reporters",
    "“…,” Minister of Transport Eng. Fahad Al-Otaibi told reporters": the cue goes on
    past the title's full stop."""
    text = f'''
        Troops arrive

        The province has asked for help.

        "Our soldiers are here to take pressure off the firefighters," {title} {name}, the commander, told reporters.
        '''
    assert speaker_of(tmp_path, text, "take pressure off") == name


def test_an_amount_in_a_currencys_letters_is_no_speaker(tmp_path):
    # "between RM3,000 and RM5,000" names nobody: the he after it is the police chief.
    text = '''
        Scam syndicate busted

        Johor police chief Comm Datuk S. Ravindran said the syndicate paid its callers a monthly salary of between RM3,000 and RM5,000, plus commission.

        "Some of the suspects are fresh graduates who answered job advertisements," he said.
        '''
    assert speaker_of(tmp_path, text, "fresh graduates") == "S. Ravindran"
