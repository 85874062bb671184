"""Where this round's cue rules must not reach: ordinary sentences a review of the round
found them getting wrong (a subordinator taken for a preposition, an asker named after
"by" who is not the one right after it, a person taken for a body, an anonymous source
taken for the MP named before, the words of a quote read as its speaker's group, a turn
of several quotations ending a statement's run). Every article here is written for
these tests."""

import textwrap

import pytest

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def speakers_of(tmp_path, text, words):
    return [speaker for speaker, quote in quotes_of(tmp_path, text) if words in quote]


def test_a_subordinator_is_no_preposition(tmp_path):
    text = '''
        Markets slide

        Investors panicked after the minister said: "There will be cuts to every department."
        '''
    assert speakers_of(tmp_path, text, "cuts to every") == ["minister"]


def test_questioning_by_a_group_names_no_asker(tmp_path):
    """"Under questioning from prosecutors, Ortiz …": the prosecutors ask, not Ortiz,
    and not the lawyer named before (who is the other side's)."""
    text = '''
        Ex-treasurer convicted

        Defense attorney Lawrence Keel said Pruitt would appeal.

        The case turned on the testimony of Maribel Ortiz, the deputy treasurer. Under questioning from prosecutors, Ortiz described how the money moved. According to a court transcript:

        Q. Who had access to the signature stamp?

        A. Everybody in the office knew where the stamp was kept.

        Q. Who used it most?

        A. She did.
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["Who had access to the signature stamp?"] not in ("Maribel Ortiz",
                                                                  "Lawrence Keel"), got


def test_the_asker_is_named_right_after_questioning_by(tmp_path):
    text = '''
        Suspect's interview played to jury

        Darren Hale, 41, was questioned by detectives about the death of Karen Price in 2019. The jury heard a recording of that interview on Wednesday. Part of it went as follows:

        Q. Where were you that night?

        A. At home. I told you already.

        Q. Can anyone confirm that?

        A. No. I live alone.
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["Can anyone confirm that?"] != "Karen Price", got


def test_an_interview_with_a_lawyer_is_no_court_transcript(tmp_path):
    text = '''
        Five questions for a civil rights lawyer

        Civil rights attorney Maria Lopez has spent a decade challenging police stops in the city. Last month she gave testimony before the city council. We spoke to her this week.

        Q. Why did you take on this case?

        A. Because nobody else would. I grew up two streets from where it happened.

        Q. What do you want the council to do?

        A. I want them to publish the data. That's all.
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["What do you want the council to do?"] != "Maria Lopez", got


def test_a_person_with_a_lawyer_is_no_company(tmp_path):
    text = '''
        Founder sues over dismissal

        Marsh was dismissed in March after twelve years. Marsh's lawyer said the dismissal was unlawful and that Marsh would appeal.

        Rival firms have watched the case closely.

        The company said in a statement: "We acted within the law at every stage."
        '''
    assert speakers_of(tmp_path, text, "We acted within") != ["Marsh"]


def test_an_anonymous_source_is_not_the_mp_named_before(tmp_path):
    text = '''
        Plan row

        Conservative MP John Smith criticised the plan on Monday. A government source, who asked not to be named, said the plan would go ahead.

        But the MP said: "This plan will not survive the week in its current form."
        '''
    assert speakers_of(tmp_path, text, "will not survive") == ["John Smith"]


def test_one_of_a_group_is_not_named_by_its_own_words(tmp_path):
    text = '''
        Fans angry

        Fans were furious after the defeat. "The manager has lost the dressing room completely," one said.
        '''
    assert speakers_of(tmp_path, text, "lost the dressing room") != ["manager"]


def test_one_named_in_its_own_aside_is_that_person(tmp_path):
    text = '''
        Residents speak

        Several residents spoke out at the meeting. One, a retired teacher named Mary Jones, said: "We were never consulted about any of this."
        '''
    assert speakers_of(tmp_path, text, "never consulted") == ["Mary Jones"]


def test_a_statement_after_a_turn_of_several_quotations_goes_on(tmp_path):
    text = '''
        School safety

        "Is it safe for the children?" asked one mother, Claire Dunn.

        "It is completely safe," head teacher Robert Hayes said. "The building was inspected in May."

        "We have nothing to hide from anyone, and parents are welcome to visit."
        '''
    assert speakers_of(tmp_path, text, "nothing to hide") == ["Robert Hayes"]


def test_furniture_labels_do_not_veto_a_q_and_a(tmp_path):
    text = '''
        Ten minutes with the new harbour master

        Siobhan Byrne took over the harbour in June. We met her on the quay.

        Photo: The harbour at dawn, May 2024.

        Q: What surprised you most?

        A: The weather. It changes every hour here.

        Q: And the boats?

        A: Fewer than there were, but the crews are good.

        Related: Harbour fees to rise in autumn.

        Tags: harbour, fishing, Byrne.

        Source: Harbour Authority annual report.

        Credit: Staff photographer.
        '''
    assert any(quote.startswith("What surprised you") for _, quote in quotes_of(tmp_path, text))


# A second review's counter-examples to this round's rules.
def test_a_name_set_off_after_a_body_that_is_a_person_is_not_the_speaker(tmp_path):
    """"said a spokesman for the prime minister, Anthony Albanese": the spokesman's;
    "a lawyer for the mayor of Lagos, Babajide Sanwo-Olu": the lawyer's, and the mayor
    is given no "lawyer" role."""
    text = '''
        Albanese faces backlash

        Rents rose for the tenth straight quarter.

        "The government is listening to renters and will act," said a spokesman for the prime minister, Anthony Albanese.

        "We have not been consulted on any of this," said a lawyer for the mayor of Lagos, Babajide Sanwo-Olu, in a separate dispute.
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["The government is listening to renters and will act"] == "spokesman", got
    assert got["We have not been consulted on any of this"] == "lawyer", got


def test_one_who_pressed_someone_earlier_asks_no_interview_s_questions(tmp_path):
    text = '''
        Jerome Powell: 'We are not in a hurry'

        By Claire Jones

        The Federal Reserve chair has spent the summer under fire. Last month Senator Elizabeth Warren pressed Powell on why rates were still so high.

        Powell spoke to the Financial Times in his office on Tuesday. The interview has been edited.

        Q: Are you worried about the political pressure?

        A: No. We do our job and we let the politics take care of itself.

        Q: When will you cut rates?

        A: When the data tell us it is time.

        Q: Do you plan to serve out your term?

        A: Yes, I do.
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["When will you cut rates?"] == "Claire Jones", got


def test_anonymity_of_those_spoken_to_leaves_the_speaker_named(tmp_path):
    text = '''
        Biden presses senators

        President Joe Biden met a group of Republican senators at the White House on Tuesday.

        "We are going to get this done, one way or another," the president told the group of senators, who spoke on condition of anonymity to describe the private meeting.
        '''
    assert speakers_of(tmp_path, text, "get this done") == ["Joe Biden"]


def test_a_role_after_to_is_not_the_name_s_role(tmp_path):
    """"In a letter to the editor of the Irish Times, Fergal Keane, a retired teacher,
    said": Keane is no editor."""
    text = '''
        Funeral of Dundalk firefighter

        In a letter to the editor of the Irish Times, Fergal Keane, a retired teacher, said the service had moved the whole town. "Dundalk will never forget him," the editor said.
        '''
    assert speakers_of(tmp_path, text, "never forget him") != ["Fergal Keane"]


def test_a_who_clause_with_a_subject_of_its_own_is_not_passed_over(tmp_path):
    """"A teenager who detectives described as “…” has been jailed": the detectives'
    words, not the teenager's; "The official who Judge Helen Okafor called “…”": hers."""
    text = '''
        Teenager jailed over stabbing

        A teenager who detectives described as “a real and present danger to the public” has been jailed for 12 years.

        The official who Judge Helen Okafor called “a disgrace to public service” was sentenced separately.
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["a real and present danger to the public"] != "teenager", got
    assert got["a disgrace to public service"] == "Helen Okafor", got


def test_were_after_if_shows_no_group(tmp_path):
    """"Even if Neymar were available, …": no sign Neymar is a club; "the club said"
    is not his."""
    text = '''
        Santos deny Neymar return talks

        Even if Neymar were available, the wage demands would be far beyond the club's means, according to people familiar with its finances.

        The club said it was “not in talks with any player currently under contract elsewhere”.
        '''
    assert speakers_of(tmp_path, text, "not in talks") != ["Neymar"]


def test_a_statement_of_a_person_is_no_body_s_named_later_in_its_sentence(tmp_path):
    text = '''
        Council faces legal challenge over bin strikes

        Unite members in Birmingham have voted to extend their strike.

        Sharon Graham, the union's general secretary, criticised the council in a statement after the council confirmed it would press ahead with the pay changes.

        The statement said: “Birmingham's workers will not be bullied into accepting poverty pay.”
        '''
    speakers = speakers_of(tmp_path, text, "will not be bullied")
    assert speakers and "Council" not in speakers[0], speakers


# A second review (this stop's): where the new description, issuer, name and reporting
# rules must not reach.

def test_a_crowd_with_who_after_it_is_no_he(tmp_path):
    text = '''
        Mayor opens bridge

        Mayor Tom Briggs cut the ribbon shortly after noon.

        A crowd, who had waited since dawn in the rain, cheered as the first cyclists crossed.

        "This bridge has been fifty years in the making," he said.
        '''
    assert speakers_of(tmp_path, text, "fifty years") == ["Tom Briggs"]


def test_a_body_after_of_is_the_subject_not_the_account(tmp_path):
    text = '''
        Embassy post deleted

        The official account of the Chinese Embassy in Manila said the vessel had "deliberately rammed" a Chinese ship.
        '''
    assert speakers_of(tmp_path, text, "deliberately rammed") == ["Chinese Embassy"]


def test_a_statement_read_on_someone_s_behalf_is_not_the_reader_s(tmp_path):
    text = '''
        Life sentence for murder

        Sobia Khan, whose son Imran was stabbed in 2023, did not attend the sentencing.

        Her lawyer read a statement on her behalf outside court.

        "Nothing will bring Imran back, but today justice has been done," the statement said.
        '''
    speakers = speakers_of(tmp_path, text, "Nothing will bring")
    assert speakers and "lawyer" not in speakers[0], speakers


def test_a_name_of_its_own_after_of_and_is_another_body(tmp_path):
    text = '''
        Staffing row

        The Ministry of Health and Kenyatta National Hospital have clashed over how many nurses the hospital employs.

        "Our wards are dangerously understaffed and our nurses are exhausted," the hospital said in a statement.
        '''
    assert speakers_of(tmp_path, text, "dangerously understaffed") == [
        "Kenyatta National Hospital"]


def test_a_singer_named_ocean_is_a_person(tmp_path):
    text = '''
        Festival appearance cancelled

        Frank Ocean has pulled out of the Primavera Sound festival days before he was due to headline.

        The singer cited a leg injury. "I will make it up to you," he said.
        '''
    assert speakers_of(tmp_path, text, "make it up to you") == ["Frank Ocean"]


def test_a_sea_is_never_the_company(tmp_path):
    text = '''
        Maersk extends Red Sea diversions

        Maersk Line said on Thursday its ships would keep sailing around southern Africa until at least June.

        The Red Sea remains too dangerous for most container ships, analysts say.

        "We see no quick return to the Suez route," the company said.
        '''
    speakers = speakers_of(tmp_path, text, "quick return")
    assert speakers and "Sea" not in speakers[0], speakers


def test_what_someone_found_written_is_not_theirs(tmp_path):
    text = '''
        Memorial vandalised

        Officers found the words "No more wars" painted across the base of the memorial on Sunday morning.

        Jurors found Daniel Price's claim that he was "acting in self-defence" unconvincing.
        '''
    found = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert found.get("No more wars") != "Officers"
    assert found.get("acting in self-defence") != "Jurors"


def test_a_body_after_a_subordinator_still_acts(tmp_path):
    text = '''
        Shares slide

        Shares in Dell Technologies fell 6 per cent on Thursday after Intel Corporation warned that chip supplies would remain tight.

        "The market has become much more difficult," the company said.
        '''
    assert speakers_of(tmp_path, text, "much more difficult") == ["Intel Corporation"]


def test_a_statement_noun_before_a_body_s_noun_names_that_body(tmp_path):
    text = '''
        Panel reports

        "We found no evidence of wrongdoing by any officer," the review panel said.

        "The force must now rebuild trust," the inquiry team said.
        '''
    found = [speaker for speaker, _ in quotes_of(tmp_path, text)]
    assert found == ["review panel", "inquiry team"]


def test_a_quoted_insult_ending_a_sentence_is_no_nickname(tmp_path):
    text = '''
        Rival mocked

        Trump called Haley "a Birdbrain." Haley laughed it off at a rally in Iowa on Saturday.

        "I have been called a lot worse by a lot better," she said.
        '''
    assert speakers_of(tmp_path, text, "a lot worse") == ["Haley"]


def test_a_company_after_a_ministry_and_is_a_body_of_its_own(tmp_path):
    text = '''
        Chip plant deal

        The Ministry of Industry and Samsung Electronics signed the agreement in Seoul.

        "We will invest $20 billion over five years," Samsung said.
        '''
    assert speakers_of(tmp_path, text, "invest $20 billion") == ["Samsung Electronics"]


def test_a_possessive_role_after_an_age_is_the_next_name_s(tmp_path):
    text = '''
        Victim named

        The man was identified as John Doe, 34, his attorney, Mark Green, said Tuesday. Doe told reporters he would fight the charges.

        "My client is innocent," the attorney said.
        '''
    assert speakers_of(tmp_path, text, "My client is innocent") == ["Mark Green"]


def test_a_statement_said_in_part_keeps_its_verb(tmp_path):
    text = '''
        Club responds

        A statement said in part that the club would "do everything to find who did this".
        '''
    speakers = speakers_of(tmp_path, text, "find who did this")
    assert speakers and speakers[0] != "Unknown", speakers


def test_a_letter_s_recipient_is_not_the_subject_of_its_verb(tmp_path):
    text = '''
        Minister resigns over expenses

        A letter written by the minister to the prime minister said she had "lost the confidence of colleagues."
        '''
    speakers = speakers_of(tmp_path, text, "lost the confidence")
    assert speakers and "prime minister" not in speakers[0], speakers


def test_the_observatory_is_not_the_body_that_spoke_last(tmp_path):
    text = '''
        Heatwave warning

        The Met Office said temperatures could "exceed 40C in places."

        A report released by the observatory said the summer was "the hottest on record."
        '''
    speakers = speakers_of(tmp_path, text, "hottest on record")
    assert speakers and "Met Office" not in speakers[0], speakers


# -- this round's review (a fresh helper's ordinary articles; each was wrong) ------------
def test_an_explainers_questions_make_no_interview(tmp_path):
    """Questions set apart after a colon, answered in the story's own words (no I, we
    or you), are an explainer's, not an exchange."""
    text = '''
        Explainer: What we know about the bridge collapse

        A container ship struck the bridge early on Tuesday, causing it to collapse into the river.

        The governor declared a state of emergency. Here is what we know so far:

        What happened?

        The ship lost power shortly after leaving port and hit one of the supports.

        How many people were hurt?

        Six construction workers who were filling potholes on the bridge are presumed dead.

        Who will pay for a new bridge?

        The president said the federal government would cover the full cost.
        '''
    assert quotes_of(tmp_path, text) == []


def test_one_spoken_to_with_a_title_asks_nothing(tmp_path):
    text = '''
        Waiting for radiotherapy

        Gift Khumalo has waited nine months for treatment. Last week she spoke to Health MEC Nomantu Nkomo-Ralehoko about the waiting lists. She then sat down with us.

        M&G: How long do patients wait for treatment?

        Khumalo: Between eight and 14 months.

        M&G: What did the MEC say to you?

        Khumalo: She promised more machines. We are still waiting.

        M&G: Will you keep going?

        Khumalo: I have no choice.
        '''
    assert speakers_of(tmp_path, text, "What did the MEC say to you?") == ["M&G"]


def test_a_person_by_an_unlisted_first_name_is_no_body(tmp_path):
    text = '''
        School shut after roof collapse

        A primary school was closed on Monday after part of its roof collapsed.

        Sipho Ndlovu, whose daughter was among the injured, said parents had warned about the roof "for more than a year."

        The school governing body said it had reported the damage in 2023. "We did everything we could," the board said.
        '''
    assert speakers_of(tmp_path, text, "We did everything we could") != ["Sipho Ndlovu"]


def test_a_union_by_its_name_is_no_company(tmp_path):
    text = '''
        Strike to go ahead

        Workers at Latchwell Ltd's plant will strike next week, the Unite union said on Monday.

        "Our members have been offered a pay cut," Unite said in a statement.

        "We are disappointed by the decision to strike," the company said.
        '''
    assert speakers_of(tmp_path, text, "disappointed by the decision") != ["Unite"]


def test_a_finding_past_words_of_time(tmp_path):
    text = '''
        Care homes criticised

        Britain's largest care home operator has been told to improve.

        The Care Quality Commission found last year that residents were "at risk of harm" because of staff shortages.
        '''
    assert speakers_of(tmp_path, text, "at risk of harm") == ["Care Quality Commission"]


def test_a_dateline_is_no_subject(tmp_path):
    text = '''
        Deal collapses

        WASHINGTON (Reuters) - Democratic lawmakers said the decision was "a betrayal of months of negotiation."

        CANBERRA - A board of inquiry found that fatigue was "the root cause" of the collision.
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["a betrayal of months of negotiation."] == "Democratic lawmakers"
    assert got["the root cause"] == "board"


def test_a_group_after_while_speaks_for_its_own_clause(tmp_path):
    text = '''
        Storm response

        The storm cut power to a million homes.

        Macron supporters said the response had been "swift and effective," while Le Pen voters said it had been "far too slow."
        '''
    got = dict((quote, speaker) for speaker, quote in quotes_of(tmp_path, text))
    assert got["swift and effective"] == "Macron supporters"
    assert got["far too slow."] == "Le Pen voters"


def test_allies_are_a_group(tmp_path):
    text = '''
        Leadership race

        Kemi Badenoch has led every poll of party members.

        Badenoch allies said she had "clearly won the argument."
        '''
    assert speakers_of(tmp_path, text, "clearly won the argument") == ["Badenoch allies"]


def test_the_government_is_no_company_that_spoke(tmp_path):
    text = '''
        Regulator orders review

        The energy regulator on Thursday ordered Keyera Corp to review a pipeline that leaked.

        Keyera said it was cooperating. "Our crews are on site," the company said.

        The prime minister said Ottawa would help. "We are monitoring closely," the government said in a release.
        '''
    assert speakers_of(tmp_path, text, "monitoring closely") != ["Keyera Corp"]


# -- the second review's (each was wrong on b6ad509) -------------------------------------
def test_a_person_by_one_name_is_no_company(tmp_path):
    text = '''
        Starship launch delayed

        SpaceX on Thursday postponed the next test flight after engineers found a fault in an engine.

        Musk said on X that the launch could slip by two weeks. "Better to be cautious than to lose another vehicle," Musk wrote.

        "Safety is our highest priority," the company said.
        '''
    assert speakers_of(tmp_path, text, "Safety is our highest priority") != ["Musk"]


def test_the_coach_is_not_the_other_sides_coach_named_next(tmp_path):
    text = '''
        Sundowns into the semis

        Mamelodi Sundowns reached the semi-finals on Saturday with a 3-0 win over Al Ahly.

        "The players executed the plan perfectly," the coach said.

        Al Ahly coach Marcel Koller said his side had been "outplayed in every department".
        '''
    assert speakers_of(tmp_path, text, "executed the plan") != ["Marcel Koller"]


def test_the_first_minister_is_no_deputy_first_minister(tmp_path):
    text = '''
        Welsh budget passes

        First Minister Eluned Morgan's budget passed the Senedd on Tuesday after a deal.

        Deputy First Minister Huw Irranca-Davies said the deal would bring more money. "This is good news for every community," he said.

        "I am grateful to Jane Dodds for putting Wales first," the first minister said.
        '''
    assert speakers_of(tmp_path, text, "grateful to Jane Dodds") == ["Eluned Morgan"]


def test_initials_two_people_share_name_neither(tmp_path):
    text = '''
        Leaders sign pact

        Prime Minister Anthony Albanese and his New Zealand counterpart Chris Hipkins on Friday signed an agreement.

        "This is about fairness for people who have made Australia their home," the PM said.

        Hipkins, the New Zealand Prime Minister, said the change would affect 350,000 people.
        '''
    assert speakers_of(tmp_path, text, "about fairness") != ["Chris Hipkins"]


def test_a_papers_questions_answered_with_you_make_no_interview(tmp_path):
    text = '''
        Flight cancelled? Here are your rights

        Thousands of passengers have been stranded after an air traffic control failure.

        The regulator has urged airlines to look after travellers. Here is what you need to know:

        Can I get a refund?

        Yes. If your flight is cancelled, you are entitled to a full refund or another flight.

        Will the airline pay for my hotel?

        Airlines must provide food and a room if you are stuck overnight.

        Can I claim compensation?

        Probably not. You cannot claim when the disruption is outside the airline's control.
        '''
    assert quotes_of(tmp_path, text) == []


# The third review (of the round that read words of time, ages in figures, "The man …",
# bodies written after "The", the one named in passing, gendered asides, the holder
# of an office and a heading's "with"): each of these went wrong on that round's first
# version and fails with its guard removed.

def test_someone_only_told_of_takes_no_he(tmp_path):
    # "The man remains in custody", "A 19-year-old man remains in hospital": told of,
    # not speaking; the he after them is the detective quoted before.
    text = '''
        Man arrested after woman found dead

        A 45-year-old man has been arrested after a woman was found dead at a flat in Splott.

        Detective Chief Inspector Mark Lewis said officers were called at about 9pm on Friday.

        The man remains in police custody.

        “Our thoughts are with the woman's family at this terrible time,” he said.
        '''
    assert speakers_of(tmp_path, text, "Our thoughts are with") == ["Mark Lewis"]
    text = '''
        Teenager charged over station stabbing

        Detective Inspector Andrew Stamper said a 17-year-old boy had been charged over the stabbing.

        A 19-year-old man remains in a stable condition in hospital.

        “This was a senseless act of violence in front of commuters,” he said.
        '''
    assert speakers_of(tmp_path, text, "senseless act") == ["Andrew Stamper"]


def test_a_description_fits_the_one_named_in_passing_when_the_opener_is_another(tmp_path):
    # "Biden praised Newsom …. '…,' the governor said": Newsom, who was quoted before;
    # the opener is a president.
    text = '''
        Biden rallies for Newsom

        President Joe Biden campaigned for Gavin Newsom in Long Beach on Monday.

        “This recall is a distraction from the pandemic,” Newsom said at a morning event.

        Biden praised Newsom for his handling of the pandemic. “We are going to beat this recall, and beat it big,” the governor said.
        '''
    assert speakers_of(tmp_path, text, "beat this recall") == ["Gavin Newsom"]


def test_a_gendered_noun_for_someone_else_in_an_aside(tmp_path):
    # "Tavita Fonoti, a lawyer representing the woman …," is no she.
    text = '''
        Man acquitted of assault

        Tavita Fonoti, a lawyer representing the woman at the centre of the case, said his client was disappointed by the verdict.

        “She came forward at great personal cost,” he said.
        '''
    assert speakers_of(tmp_path, text, "great personal cost") == ["Tavita Fonoti"]


def test_a_nationality_after_the_is_no_part_of_a_persons_name(tmp_path):
    # "The Spaniard Carlos Alcaraz" is Carlos Alcaraz; "The Edge" (one word, no
    # plural) is a person, not what "the band" says.
    text = '''
        Alcaraz through

        The Spaniard Carlos Alcaraz also advanced in straight sets.

        “It was tough, but I found my level in the second set,” Alcaraz said.
        '''
    assert speakers_of(tmp_path, text, "found my level") == ["Carlos Alcaraz"]
    text = '''
        De Minaur through

        The Australian Alex de Minaur beat the seventh seed in four sets.

        “I felt great out there and the crowd were unbelievable,” de Minaur said.
        '''
    assert speakers_of(tmp_path, text, "felt great out there") == ["Alex de Minaur"]
    text = '''
        U2 to record in Dublin

        The Edge has said U2 will begin recording their next album early next year.

        The band said in a statement that a world tour would follow. “It's been far too long,” the band said.
        '''
    assert speakers_of(tmp_path, text, "far too long") == ["band"]


def test_an_aide_to_someone_is_not_that_someone(tmp_path):
    text = '''
        Macron weighs referendum

        French President Emmanuel Macron is considering a referendum on pension reform.

        “He has not ruled anything out,” an aide to Macron this week said.

        “It would be a huge gamble,” a source close to Prime Minister François Bayrou on Tuesday said.
        '''
    assert speakers_of(tmp_path, text, "ruled anything out") == ["aide, Emmanuel Macron"]
    assert speakers_of(tmp_path, text, "huge gamble") != ["François Bayrou"]


def test_an_opener_with_a_first_name_no_list_has_keeps_the_he(tmp_path):
    text = '''
        Hospital board approves ward closures

        Professor Tomasi Vuetilovoni announced the closure of two wards on Monday, while health minister Ratu Atonio Lalabalavu was in Nadi.

        “We simply do not have the nurses to staff them safely,” he said.
        '''
    assert speakers_of(tmp_path, text, "do not have the nurses") == ["Tomasi Vuetilovoni"]


# The fourth review (of the round's fixes): a heading's "with" after any word, a tag
# ("…, police said") after someone told of by age, phrases of place and occasion
# between a subject and its verb, and "hit back" in sport.

def test_a_heading_with_a_name_after_any_word_names_no_answerer(tmp_path):
    from klayman_tui.corpus.model import QuoteKind
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Former ambassador: flattery works, but only for a while

        Sir Kim Darroch was Britain's ambassador in Washington until 2019. We asked him how London should handle the next four years.

        Q&A: How to deal with Trump

        Q: Should the prime minister flatter the president?

        A: Flattery works, but only for a while. You need something to trade.

        Q: Will Britain get a trade deal?

        A: I doubt it. I would not bet the farm on it.
        ''').lstrip(), encoding="utf-8")
    answers = [q.speaker for q in klayman_tui.load([tmp_path]).sources[0].quotes
               if q.kind is QuoteKind.ANSWER]
    assert "Donald Trump" not in answers and "Trump" not in answers
    assert answers == ["Kim Darroch", "Kim Darroch"]


def test_one_told_of_by_age_then_a_tag_takes_no_he(tmp_path):
    text = '''
        Stabbing in Glasgow

        Detective Sergeant Tomas Brady said officers were called to the street at 11pm.

        A 19-year-old man remains in hospital, police said.

        "We would urge anyone with information to call us," he said.
        '''
    assert speakers_of(tmp_path, text, "anyone with information") == ["Tomas Brady"]


def test_phrases_of_place_and_occasion_before_the_verb(tmp_path):
    text = '''
        Ruto hits out

        Kenya's president spoke to supporters across the Rift Valley.

        William Ruto at a rally in Eldoret on Saturday said the protesters were "paid by people who want to see Kenya fail".

        Volodymyr Zelensky in an interview with CNN on Sunday said the offensive was "going slower than we wanted".
        '''
    assert speakers_of(tmp_path, text, "paid by people") == ["William Ruto"]
    assert speakers_of(tmp_path, text, "going slower") == ["Volodymyr Zelensky"]


def test_hit_back_in_sport_is_no_cue(tmp_path):
    text = '''
        City level late on

        Erling Haaland hit back within two minutes, prompting Pep Guardiola to describe his striker as "a machine who never stops".
        '''
    assert speakers_of(tmp_path, text, "a machine") != ["Erling Haaland"]


# Review 9 (35 articles written against this stop's later changes): the near-misses it
# found, each kept where the narrowed rule now leaves it.
def test_a_past_tense_between_a_noun_and_a_speech_verb_stays_a_verb(tmp_path):
    # "The couple denied reports …" ("denied" is no noun as "pledge" is in "the former
    # pledge said"): the couple's words, not the writer named before.
    text = '''
        Couple deny split

        "It was always a business arrangement," the columnist Priya Nair wrote last week.

        The couple denied reports they had separated, saying in a joint statement: "We are happier than ever and grateful for your kindness."
        '''
    assert speakers_of(tmp_path, text, "happier than ever") != ["Priya Nair"]


@pytest.mark.parametrize("aside", ["The building's developer, Toplace Properties,",
                                   "Their next opponent, Inter Milan,"])
def test_a_body_set_off_after_a_role_takes_no_he_or_she(tmp_path, aside):
    text = f'''
        Residents left waiting

        Ana Ruiz, a nurse who owns a unit on the ninth floor, said she had paid every levy on time for four years.

        {aside} was placed into administration last year, leaving owners with little chance of recovering repair costs.

        "Nobody from the company has ever called us back," she said.
        '''
    assert speakers_of(tmp_path, text, "ever called us back") == ["Ana Ruiz"]


def test_an_ing_verb_with_its_own_subject_after_a_passive_one_cues_nobody_before(tmp_path):
    text = '''
        Hospital crowding

        Health Minister Simeon Brown was criticised by opposition MPs in the House on Tuesday, with one saying: "People are dying in corridors while the minister reads from a script."
        '''
    assert speakers_of(tmp_path, text, "dying in corridors") != ["Simeon Brown"]


def test_a_scare_quote_keeps_its_group_noun_for_another(tmp_path):
    text = '''
        School board meeting

        The meeting was interrupted by a group calling themselves "concerned parents". One shouted: "Shame on you all for doing this."

        Another said: "You are putting our children at risk every single day."
        '''
    assert speakers_of(tmp_path, text, "putting our children") == ["parent"]


def test_a_spokeswoman_of_a_body_is_no_one_new(tmp_path):
    # "The ministry's spokeswoman" is no one brought in as kin is ("The pledge's
    # mother"): the she after is the spokesperson named before.
    text = '''
        Beijing protests

        "The Philippine side must stop its provocations," Foreign Ministry spokesperson Mao Ning told reporters.

        The ministry's spokeswoman said Beijing had lodged "stern representations" with the embassy.

        "China will firmly defend its sovereignty and its interests," she said.
        '''
    assert speakers_of(tmp_path, text, "firmly defend") == ["Mao Ning"]


def test_a_name_set_off_after_a_chain_of_roles_is_the_inner_roles(tmp_path):
    # "An aide to the national chairman of Nigeria's Labour Party, Julius Abure, said":
    # the aide's words, not Abure's.
    text = '''
        Tribunal ruling

        An aide to the national chairman of Nigeria's Labour Party, Julius Abure, said the ruling was "a tragedy for democracy and for every voter".
        '''
    assert speakers_of(tmp_path, text, "tragedy for democracy") != ["Julius Abure"]


def test_it_after_a_statement_that_only_is_something_is_not_the_statement(tmp_path):
    """"The lawsuit is the latest blow for Meridian … It said in a statement …": the
    lawsuit only is something there, so the it is the company, not the lawsuit."""
    text = '''
        Meridian sued over recall

        Shareholders sued Meridian Foods Inc on Monday over its handling of a product recall.

        The lawsuit is the latest blow for Meridian, whose shares have fallen by a third this year. It said in a statement on Tuesday that the claims were "without any merit at all."
        '''
    assert speakers_of(tmp_path, text, "without any merit") != ["lawsuit"]


def test_it_after_a_text_another_disputes_is_not_the_text(tmp_path):
    """"The report in the Post was disputed by the contractor. It said …": the one who
    disputed it speaks; only a text read or issued by someone goes on speaking."""
    text = '''
        Contractor hits back

        A newspaper investigation found that armour plates had failed safety tests.

        The report was disputed by the contractor, Halvorsen Dynamics. It said the newspaper had relied on "outdated test results from two years ago."
        '''
    assert speakers_of(tmp_path, text, "outdated test results") != ["report"]


def test_a_team_with_a_who_clause_for_one_is_no_person(tmp_path):
    """"Nashville SC, who has lost only once on the road": a team, as US papers write
    it, not a person the he after it stands for."""
    text = '''
        Crew held in Nashville

        Columbus Crew coach Wilfried Nancy said his side had been patient.

        Nashville SC, who has lost only once on the road this season, was content to defend.

        "They are a very hard team to break down. You need one moment," he said.
        '''
    assert speakers_of(tmp_path, text, "very hard team") == ["Wilfried Nancy"]


def test_a_body_in_a_statement_called_it_is_the_bodys_verb(tmp_path):
    """"The ministry in a statement called the report “…”": "called" is the ministry's
    verb with an object, not a participle describing the statement (as "posted to
    Facebook" is)."""
    text = '''
        Ministry rejects audit

        Auditors said on Monday that the road fund had lost track of 40 million shillings. "We could not trace the money," the auditor general, Nancy Gathungu, said.

        The Ministry of Roads in a statement called the report "misleading and based on incomplete records from two years ago."
        '''
    assert speakers_of(tmp_path, text, "misleading and based") == ["Ministry of Roads"]


COLUMN = '''
    I quit social media for a year. Here is what happened

    By Hannah Greaves

    Last January I deleted every social media app on my phone. People keep asking me the same few questions, so let me try to answer them.

    Did I miss it?

    For about a fortnight, terribly. I would pick up my phone and put it down again.

    Did I miss out on anything important?

    I missed two engagements and one pregnancy. I found out about all of them eventually.

    Was I more productive?

    Honestly, no. I read more books, which is not the same thing.

    Did it help my mental health?

    I think so. My sleep improved and I stopped comparing my kitchen to other people's.

    Will I go back?

    I already have, a little. I use one app to follow my sister's bakery.
    '''


def test_a_column_asking_its_own_questions_is_no_interview(tmp_path):
    """A writer's questions to herself ("Did I miss it?"), after an introduction in her
    own voice, are her column, not an exchange: no questions or answers."""
    quotes = quotes_of(tmp_path, COLUMN)
    assert quotes == [], quotes


def test_an_editor_answering_readers_is_no_interview(tmp_path):
    """"Many of you have written to ask …, so I want to answer your questions": the
    editor's own piece, whose questions put to "you" are the readers', not an
    interviewer's."""
    text = COLUMN.replace(
        "Last January I deleted every social media app on my phone. People keep asking me "
        "the same few questions, so let me try to answer them.",
        "From Monday the paper will look different. Many of you have written to ask about "
        "the changes, so I want to answer your questions as plainly as I can.").replace(
        "Did I", "Did you").replace("Was I", "Were you").replace("Will I", "Will you").replace(
        "help my", "help your")
    quotes = quotes_of(tmp_path, text)
    assert quotes == [], quotes


@pytest.mark.parametrize("text,words,expected", [
    # "the army said" is no other body named before (the enemy's): its own noun
    ('Borno attack\n\nFighters from the Islamic State West Africa Province stormed the '
     'base at midnight. The army said troops had "repelled the attack and pushed them '
     'back".', "repelled the attack", "army"),
    ('Khartoum\n\nA spokesman for the Sovereignty Council declined to comment. "The '
     'generals are destroying the country," the coalition said.', "generals are destroying",
     "coalition"),
    # "a couple say": a group's verb, not a noun
    ('Mould flats\n\n"We have scrubbed the walls every single week," a couple say.',
     "scrubbed the walls", "couple"),
    # the holder of the role though no role of his keeps the rank
    ('Imam calls for calm\n\nThe National Chief Imam, Sheikh Osman Nuhu Sharubutu, did not '
     'attend. His spokesman, Sheikh Aremeyaw Shaibu, read a message on his behalf.\n\n'
     '"Peace is the foundation of everything," the chief imam said in the message.',
     "Peace is the foundation", "Osman Nuhu Sharubutu"),
    # "One of the players the coach singled out … was Pedri": the coach's he
    ('Coach hails midfield after derby win\n\nFlick praised his whole squad after the '
     '3-1 win on Sunday. One of the players the coach singled out after the match was Pedri, '
     'who ran more than 12 kilometres.\n\n"He was everywhere tonight, he never stopped," he '
     'said.', "He was everywhere tonight", "Flick"),
    # a relative clause whose verb reports the quotation, past where the words were
    ('Hospital row\n\nThe health minister said little, leaving it to her deputy, who wrote, '
     'in a letter to members: "We will not close the ward this year."',
     "We will not close the ward", "deputy"),
], ids=["army", "coalition", "couple-say", "chief-imam", "one-of-was", "who-wrote-in-a"])
def test_review_5_near_misses(tmp_path, text, words, expected):
    """The near misses a review of this stop's changes found (review 5), each a
    sentence the changes first read wrong."""
    speakers = speakers_of(tmp_path, text, words)
    assert len(speakers) == 1 and expected in speakers[0], speakers


def test_the_speaker_of_a_long_quotation_is_as_near_as_the_words_after_it(tmp_path):
    # "he added" after a long quotation "said Dlamini" set in: the one who spoke, though
    # more than a paragraph's characters back, not the he named before him.
    text = '''
        Keeper the hero as Bafana advance

        In the shootout, Siyabonga Dlamini saved four penalties, while Thabo Mvala and James Khumalo converted for Bafana.

        "I don't know what to say. It's a dream come true," said Dlamini, who was named player of the match. "Before the shootout, the coaching staff gave me some information on where their players like to go, but at the end of the day you have to trust your instincts and hope the ball goes the right way."

        "The boys in front of me gave everything tonight," he added.
        '''
    assert speakers_of(tmp_path, text, "gave everything tonight") == ["Siyabonga Dlamini"]


def test_one_asked_about_in_an_opening_participle_is_not_the_speaker(tmp_path):
    # "Asked whether Okonkwo could …, Lindqvist smiled: “…”": asked about, not asking.
    text = '''
        Late winner sinks Stoke

        Stoke manager Peter Lindqvist felt his side deserved at least a point.

        Asked whether striker Ryan Okonkwo, who has now scored in three successive matches, could attract interest from Premier League clubs in January, Lindqvist smiled: "He's our player and he's happy here."
        '''
    assert speakers_of(tmp_path, text, "happy here") != ["Ryan Okonkwo"]


def test_a_participle_of_speech_set_off_before_a_colon_cues_its_subject(tmp_path):
    # "United thanked Mowat in a post, writing: “…, Kieran.”": the club's words, not
    # those of the player its words name.
    text = '''
        Hibs sign Mowat

        Hibernian have completed the signing of Dundee United striker Kieran Mowat on a three-year deal.

        "It's a massive club," Mowat said.

        United thanked Mowat in a post on social media, writing: "Thanks for everything, Kieran. Best of luck for the future."
        '''
    assert speakers_of(tmp_path, text, "Thanks for everything") == ["United"]


def test_the_name_after_the_role_opening_a_sentence_is_its_subject(tmp_path):
    # "Republican presidential candidate Donald Trump took to Twitter, writing:": Donald
    # Trump, not "Republican".
    text = '''
        Truck attack

        Republican presidential candidate Donald Trump quickly took to Twitter, writing: "Another horrific attack, this time in Nice, France. Many dead and injured."
        '''
    assert speakers_of(tmp_path, text, "horrific attack") == ["Donald Trump"]


def test_one_who_pleaded_guilty_reported_no_words(tmp_path):
    # "… said in a statement that Byrne had pleaded guilty … and that the fine “…”": the
    # body's words, not the jockey's plea.
    text = '''
        Cup winner fined

        The win came at a cost for jockey Tom Byrne, who was fined by stewards.

        Racing Ireland said in a statement that Byrne had pleaded guilty to careless riding and that the fine "reflected the minor nature of the interference".
        '''
    assert speakers_of(tmp_path, text, "minor nature") == ["Racing Ireland"]


def test_a_county_is_no_body_a_description_stands_for(tmp_path):
    # "Naas, Co Kildare": Kildare's county, not a company ("Ford Motor Co"), so never
    # "the airline".
    text = '''
        Flights cancelled

        Aer Lingus has cancelled a further 120 flights as its dispute with pilots deepens.

        Sinéad Cullen, from Naas, Co Kildare, said she had spent the morning on the phone.

        In a post on X, the airline said: "We are contacting all customers affected by cancellations."
        '''
    assert speakers_of(tmp_path, text, "contacting all customers") != ["Co Kildare"]


def test_a_role_set_off_after_the_and_before_a_name_is_that_name(tmp_path):
    text = '''
        Marsh stuns Volkova

        Marsh's coach, the former Davis Cup player Andy Kemp, said the victory had been "a long time coming".
        '''
    assert speakers_of(tmp_path, text, "long time coming") == ["Andy Kemp"]


def test_it_after_an_opening_phrase_is_the_body_the_sentence_before_opens_with(tmp_path):
    text = '''
        Ninth day of strikes

        Rail operator SNCF said about half of high-speed TGV services would run on Friday.

        The joint union committee, known as the intersyndicale, announced a tenth day of action. In a statement released on Thursday evening, it said the government bore "full responsibility for the explosive situation".
        '''
    assert speakers_of(tmp_path, text, "full responsibility") == ["joint union committee"]


def test_the_he_of_words_one_tells_of_is_not_the_teller(tmp_path):
    # "… after he walked toward a creek …, Whitlock said": the boy's he, so Whitlock
    # stays the she her next quotation's cue stands for.
    text = '''
        Missing boy found

        "This is the outcome everyone was praying for," said Sgt. Dana Whitlock, a spokesperson for the sheriff's office.

        Mateo's family reported him missing on Saturday after he walked toward a creek near their campsite and didn't come back, Whitlock said.

        His mother, Daniela Alvarez, spoke briefly to reporters outside the hospital. "I just want to hold him," she said.

        Whitlock said the search should be a reminder for families. She urged parents to dress children in bright clothing.

        "The single best thing a lost child can do is stop moving," she said.
        '''
    assert speakers_of(tmp_path, text, "single best thing") == ["Dana Whitlock"]


def test_a_speech_verb_of_what_one_asks_about_reports_nothing_after_it(tmp_path):
    text = '''
        Taco truck verdict

        His attorney, Jerome Bassett, argued that the video did not show what Cardenas said or did in the seconds before the shooting, and that his client had "every reason to be afraid."
        '''
    assert speakers_of(tmp_path, text, "every reason to be afraid") == ["Jerome Bassett"]


def test_a_name_set_off_after_its_age_is_the_one_named(tmp_path):
    text = '''
        Tornado hits Garland

        "We got in the bathtub," Reyes said.

        Her grandson, 16-year-old Marcus, said the storm lasted "maybe 20 seconds, but it felt like forever."
        '''
    assert speakers_of(tmp_path, text, "felt like forever") == ["Marcus"]


def test_an_adverb_opening_a_sentence_is_no_name(tmp_path):
    # "Separately, the IMF's resident representative …, Esther Perez Ruiz, said": she
    # said it, not "Separately".
    text = '''
        Central bank holds rate

        The State Bank of Pakistan kept its policy rate at 22 percent on Monday.

        Separately, the IMF's resident representative in Pakistan, Esther Perez Ruiz, said in a message to journalists that the Fund's staff were "engaging closely with the authorities".
        '''
    assert speakers_of(tmp_path, text, "engaging closely") == ["Esther Perez Ruiz"]


def test_remarks_listed_under_topic_labels_are_those_the_introduction_names(tmp_path):
    # A wire's highlights: "Following are highlights of Villanueva's comments …:", then
    # topic labels ("ON INFLATION:") over quotations with no cue of their own: his
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Central bank chief says August cut "on the table"

        MANILA, May 16 (Reuters) - Philippine central bank Governor Eduardo Villanueva said on Thursday a cut in interest rates in August was possible if inflation kept easing.

        Following are highlights of Villanueva's comments at a news briefing after the policy meeting:

        ON INFLATION:

        "Inflation has come down faster than we had projected, and we are happy about that."

        "We are not declaring victory yet. We want to see more months of numbers."

        ON RATES:

        "An August cut is on the table. It is not a done deal."
        ''').lstrip(), encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).sources[0].quotes
    assert [q.speaker for q in quotes] == ["Eduardo Villanueva"] * 3
