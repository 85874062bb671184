"""Groups named by a plural noun with no determiner, and texts that speak: the subject
of a cue is the group ("Democratic lawmakers said", not "Democratic"; "Clinton aides
said", not Clinton), the body or text that found something ("A board of inquiry found
in March that", "That study found that"), and the noun phrase a participle's "by"
describes ("A document seen by Reuters says": the document's, not Reuters'), unless
the participle says who wrote the text ("a report published by the agency said": the
agency's). Every article here is written for these tests."""

import textwrap

import klayman_tui


def speakers(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return {q.text: q.speaker for q in klayman_tui.load([tmp_path]).sources[0].quotes}


def test_a_group_by_its_plural_noun_and_modifiers(tmp_path):
    got = speakers(tmp_path, '''
        Budget fight

        The bill passed the House late on Thursday.

        Democratic lawmakers said the bill "would gut protections for millions of workers."

        Federal inspectors wrote that the decision "ignored the risk to the nearby farms."

        Clinton aides said the schedule "would not change because of one bad poll."

        Senior officials said the plan "was never going to survive a vote in the chamber."
        ''')
    assert got["would gut protections for millions of workers."] == "Democratic lawmakers"
    assert got["ignored the risk to the nearby farms."] == "Federal inspectors"
    assert got["would not change because of one bad poll."] == "Clinton aides"
    assert got["was never going to survive a vote in the chamber."] == "Senior officials"


def test_a_body_or_a_text_that_found_something(tmp_path):
    got = speakers(tmp_path, '''
        Range death

        The soldier died in a training accident last year.

        A board of inquiry found in March that there had been "a failure of basic supervision on the day."

        The panel found that there had been "no attempt to warn the families at any stage."

        That study found that the smaller dose produced "no more side effects than a flu shot."
        ''')
    assert got["a failure of basic supervision on the day."] == "board"
    assert got["no attempt to warn the families at any stage."] == "panel"
    assert got["no more side effects than a flu shot."] == "study"


def test_a_found_object_is_no_finding(tmp_path):
    """"found the car that …" reports nothing: "that" opens a relative clause."""
    got = speakers(tmp_path, '''
        Stolen car

        The car was taken from a driveway on Elm Street.

        Officers found the car that was "burned out and stripped of its wheels" near the river.
        ''')
    assert got["burned out and stripped of its wheels"] != "Officers"


def test_the_phrase_a_participle_describes_speaks(tmp_path):
    got = speakers(tmp_path, '''
        Cuts ahead

        The company has not commented on its plans.

        A document seen by Reuters says the company "will cut a third of its workforce by March."

        An internal memo obtained by the newspaper warns that staff "must not discuss the merger with clients."

        The man arrested by police on Monday said he "had never been to the warehouse."
        ''')
    assert got["will cut a third of its workforce by March."] == "document"
    assert got["must not discuss the merger with clients."] == "internal memo"
    assert got["had never been to the warehouse."] == "man"


def test_a_text_written_by_someone_is_theirs(tmp_path):
    got = speakers(tmp_path, '''
        River report

        The river has been monitored since 1990.

        A report published by the agency on Monday said the river "is dying faster than anyone predicted."

        A statement issued by the Foreign Ministry said the talks "had been frank and useful."
        ''')
    assert got["is dying faster than anyone predicted."] == "agency"
    assert got["had been frank and useful."] == "Foreign Ministry"


def test_another_is_one_more_of_those_the_sentence_before_names(tmp_path):
    # The customer's quoted words end no sentence of the narration and hold no noun of
    # it: "Another" is another customer. A sign is nobody, so another sign's words go
    # to no one, not to the motorists named before it.
    got = speakers(tmp_path, '''
        Chip shop owner dies

        Tributes have poured in on social media since the news broke on Monday.

        One customer wrote: “Forty years of the best chips in town and never once did she forget my order. Rest in peace Pat.”

        Another said: “She used to give us the scraps for nothing on the way home from school.”

        Sam Waters responded on Twitter. Waters tweeted, “Two of a kind who think they are above the rules.”

        Another tweeted, “She thinks she is above the rules and the law.”

        Motorists in Arizona were treated to a series of themed driving advisories. One highway sign read, “Trust in the Force, but always buckle up.” Another advised, “Aggressive driving is the path to the Dark Side.”
        ''')
    assert got["She used to give us the scraps for nothing on the way home from school."] == (
        "customer")
    assert got["Aggressive driving is the path to the Dark Side."] != "motorist"
    # (a name opening the sentence before is nobody's noun: not "waters")
    assert got["She thinks she is above the rules and the law."] != "water"


IT_STATEMENT = '''
    Family sues over jail death

    The family of Caleb Whitehorse, who died in the county jail in March, sued on Tuesday.

    Sheriff Dale Hartung declined to comment. The county attorney, Mara Quist, said the county would "defend itself vigorously in court."

    The lawsuit names Pine Ridge County, Hartung and the jail's medical contractor. It seeks unspecified damages.

    It also alleges that the contractor's deal with Pine Ridge County "created a financial incentive to keep sick prisoners inside the jail."
    '''


def test_it_opening_sentences_after_a_statement_is_the_statement(tmp_path):
    """"The lawsuit names …. It seeks damages." ¶ "It also alleges that … “…”": the
    it is the lawsuit, through the it between, not the county named last."""
    got = speakers(tmp_path, IT_STATEMENT)
    assert [speaker for text, speaker in got.items() if "financial incentive" in text] == [
        "lawsuit"]


def test_it_after_her_statement_is_hers(tmp_path):
    """"Her statement was read aloud by Fournier. It said, in part:" and the words set
    off below are the daughter's, whose statement it is, not the court's."""
    got = speakers(tmp_path, '''
        Driver jailed for crash that killed couple

        Court heard Dornan had been drinking for six hours before the crash.

        The couple's daughter, Chantal Gagnon, who lives in Calgary, was unable to attend. Her statement was read aloud by Crown prosecutor Adele Fournier. It said, in part:

        My father was the kind of man who stopped to help strangers change a tire. He was supposed to walk me down the aisle next summer.

        Outside court, Fournier said the Crown was satisfied with the sentence.
        ''')
    assert [speaker for text, speaker in got.items() if text.startswith("My father")] == [
        "Chantal Gagnon"]


def test_a_text_on_a_bodys_page_is_the_text(tmp_path):
    """"A document on the campaign's website states that …": the document speaks, not
    the website the preposition puts it on."""
    got = speakers(tmp_path, '''
        Leave plan leaves questions

        The plan promises six weeks of paid leave to new mothers.

        A document on the Harlow campaign's website states that couples would receive the leave only if their marriage is "recognized under state law in every case."
        ''')
    assert got["recognized under state law in every case."] == "document"


def test_it_after_a_body_by_its_noun_is_the_body(tmp_path):
    """"The department has also warned …. It posted a list on X, writing: “…”": the
    department, not the official quoted before it."""
    got = speakers(tmp_path, '''
        Measles case at shelter

        The Chicago Department of Public Health confirmed a case of measles at a shelter on Friday.

        A city official who was not authorized to speak publicly said the risk had been known for months. "Everybody knew the risk was there," the official said.

        The department has also warned that people may have been exposed at several other locations. It posted a list of the sites on X, writing: "If you were at any of these locations and are not vaccinated, please contact your doctor."
        ''')
    said = [speaker for text, speaker in got.items() if text.startswith("If you were")]
    assert said and "Department" in said[0], said


def test_its_authors_write_and_a_block_below(tmp_path):
    """"The paper … stops short of claiming … Its authors write:" and the paragraph set
    off below is the authors' words (it was no quotation at all)."""
    got = speakers(tmp_path, '''
        Ultra-processed food linked to cancer

        A large study has linked diets high in ultra-processed food to several cancers.

        The paper, published in a medical journal, stops short of claiming that the foods cause cancer. Its authors write:

        The observational design of this study means that causation cannot be established. Nevertheless, the consistency of associations supports the case for policy action.
        ''')
    assert [speaker for text, speaker in got.items() if text.startswith("The observational")] == [
        "authors"]


def test_it_after_her_victim_impact_statement_is_hers(tmp_path):
    """A statement named by nouns before it ("Her victim impact statement was read to the
    court by …. It said:") is hers as "Her statement" is."""
    got = speakers(tmp_path, '''
        Driver jailed

        Chloe Price, 17, died in the crash on Woodside Avenue. Her mother, Andrea Price, was too unwell to attend the hearing. Her victim impact statement was read to the court by prosecutor Ian Hart. It said:

        The day Chloe died, the person I was died too. I set the table for four every night and then I remember.
        ''')
    assert [speaker for text, speaker in got.items() if text.startswith("The day Chloe")] == [
        "Andrea Price"]


def test_a_statement_posted_somewhere_is_no_speaker_of_its_own(tmp_path):
    """"The group …, which organized the petition, said in a statement posted to
    Facebook that it was “…”": the group said it; "posted" describes the statement."""
    got = speakers(tmp_path, '''
        Council approves rezoning

        The city council voted 5-2 on Tuesday to rezone the riverside lots.

        The group Save North Riverside, which organized the petition, said in a statement posted to Facebook shortly after the vote that it was "reviewing all legal options open to us."
        ''')
    assert got["reviewing all legal options open to us."] == "Save North Riverside"


def test_a_group_by_the_and_its_plural_noun_in_a_relative_clause(tmp_path):
    """"…, which the judges described as “…”": the judges, not the author the sentence
    is about."""
    got = speakers(tmp_path, '''
        Sligo novelist wins fiction prize

        Sligo-born author Orla Ní Bhriain has won the Lough Gill Prize for Fiction for her second novel, The Salt Year, which the judges described as "a tender, furious reckoning with the Ireland of the 1980s".
        ''')
    assert got["a tender, furious reckoning with the Ireland of the 1980s"] == "judges"


def test_a_block_after_a_colon_keeps_a_term_in_marks_inside_it(tmp_path):
    """"Finch’s reply … read in full:" then a paragraph whose only marks are around a
    term ("about “unsafe” going forward"): the paragraph is the reply, quoted whole (a
    term of one to three words in marks is no quotation of its own)."""
    got = speakers(tmp_path, '''
        Staffing emails

        The administrator forwarded the email to the regional director, Gerald Finch. Finch’s reply, sent the following afternoon, read in full:

        Agency is not in the budget for Q1. Please work with the DON on shift coverage. Let’s not put anything in writing about “unsafe” going forward.

        The administrator did not reply.
        ''')
    assert list(got) == ["Agency is not in the budget for Q1. Please work with the DON on shift "
                         "coverage. Let’s not put anything in writing about “unsafe” going "
                         "forward."]
    assert "Finch" in got[next(iter(got))]


def test_it_read_is_the_text_its_owner_issued_in_the_sentence_before(tmp_path):
    """"Greaves issued his own statement through the managers' union. “…,” it read.":
    the "it" that reads is his statement, not the union named after it."""
    text = '''
        Rovers part company with manager

        Harrowfield Rovers have sacked manager Tom Brandreth after eight games without a win.

        Brandreth issued his own statement through the League Managers' Association on Monday morning.

        "I'm obviously disappointed not to be able to finish the job," it read.
        '''
    got = speakers(tmp_path, text)
    assert got["I'm obviously disappointed not to be able to finish the job"] == "Tom Brandreth"


def test_where_words_were_posted_is_no_one_named_nearby(tmp_path):
    # "The news was posted on the restaurant’s Facebook page:" ¶ "“…”": not Facebook's
    text = '''
        Diner to close

        Olympia Grill will serve its last meal on Sunday.

        The news was posted Monday night on the restaurant’s Facebook page:

        "After 41 incredible years, we have made the very difficult decision to close."
        '''
    got = speakers(tmp_path, text)
    assert got["After 41 incredible years, we have made the very difficult decision to close."] != (
        "Facebook")


def test_it_is_the_body_the_sentence_before_is_about(tmp_path):
    # "The hospital’s own infection control committee has been blunt. In an internal
    # report, it noted that …": the committee, by its noun, not the doctor quoted before
    text = '''
        Superbugs

        Doctors are tired. "I am tired," said Dr Eleni Papadaki.

        The hospital’s own infection control committee has been blunt about the causes. In an internal report from 2022, it noted that the unit had operated at "an average nurse-to-patient ratio of one to four".
        '''
    got = speakers(tmp_path, text)
    assert "committee" in got["an average nurse-to-patient ratio of one to four"]


def test_they_is_not_a_name_before_the_noun_it_describes(tmp_path):
    # "the analysts said they had surveyed 1,200 US shoppers. … “…,” they wrote": the
    # analysts, not the US
    text = '''
        Snack maker downgraded

        In the note, the analysts said they had surveyed 1,200 US shoppers in September.

        "That is not a temporary trade-down. That is a habit," they wrote.
        '''
    got = speakers(tmp_path, text)
    assert got["That is not a temporary trade-down. That is a habit"] != "US"


def test_a_report_named_for_its_writer_is_the_writers(tmp_path):
    # "a National Audit Office report … warned" ¶ "The report concluded: “…”": the
    # report of the office named before its noun
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Waiting lists

        Separately, a National Audit Office report published on Wednesday warned that the plan relied on optimistic assumptions.

        The report concluded: "Without a sustained improvement in the flow of patients, the department is unlikely to meet its target."
        ''').lstrip(), encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).sources[0].quotes
    assert [q.speaker for q in quotes if "sustained improvement" in q.text] == [
        "report, National Audit Office"]


def test_a_judgment_is_the_judge_it_was_authored_by(tmp_path):
    # "the bench in its judgment authored by Justice Sethuraman held …" ¶ "“…,” the
    # judgment stated": hers
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Bail is the rule, court says

        A bench of Justice Rajeshwar Tandon and Justice Nandini Sethuraman heard the petition.

        Allowing the appeal, the bench in its judgment authored by Justice Sethuraman held that the restrictions could not override personal liberty.

        In a pointed observation, the Court said trial courts must treat such cases as a priority. "It is not enough for this Court to repeatedly say that bail is the rule," the judgment stated.
        ''').lstrip(), encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).sources[0].quotes
    assert [q.speaker for q in quotes if "bail is the rule" in q.text] == [
        "judgment, Nandini Sethuraman"]


def test_the_letter_is_the_writers_not_the_readers(tmp_path):
    """"Mr Pegg read from a letter written by Gedge's son, Daniel Gedge, …" ¶ "“…,” the
    letter said": the son's letter, not the barrister who read it out."""
    got = speakers(tmp_path, '''
        Treasurer jailed

        Defending, Nicholas Pegg said his client had lost everything.

        Mr Pegg read from a letter written by Gedge's son, Daniel Gedge, who described his father as "a broken man".

        "Dad has let down a lot of people, me included. But since he was arrested he has been to every meeting," the letter said.
        ''')
    assert got["Dad has let down a lot of people, me included. But since he was arrested he has been to every meeting"] == (
        "letter, Daniel Gedge")


def test_a_communique_is_of_the_one_who_signed_it(tmp_path):
    """"The communique issued at the end of the NEC meeting, signed by Okafor, …
    urged workers to “…”": the communiqué's words, whose signatory is named."""
    got = speakers(tmp_path, '''
        Labour congress issues ultimatum

        The congress president, Chukwuma Okafor, addressed reporters in Abuja on Friday.

        The communique issued at the end of the NEC meeting, signed by Okafor and the General Secretary, commended the states and urged workers to "remain vigilant and await further directives."
        ''')
    assert got["remain vigilant and await further directives."] == "communique, Chukwuma Okafor"
