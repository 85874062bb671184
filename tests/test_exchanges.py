"""Q and A exchanges inside news that no "Q:" labels: questions set apart by their
question marks after an introduction ending in a colon ("Edited excerpts:") or in the note
that the interview was edited. Every article here is written for these tests."""

import textwrap

import klayman_tui
from klayman_tui.corpus.model import QuoteKind


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return klayman_tui.load([tmp_path]).sources[0].quotes


def turns_of(tmp_path, text):
    """Each question's and answer's words: (kind, speaker)."""
    return {q.text: (q.kind, q.speaker) for q in quotes_of(tmp_path, text)
            if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)}


EXCERPTS = '''
    Small lenders want room to grow

    The central bank's draft rules cap the loans any one lender may make to small firms.

    Anjali Rao, founder of the Pune-based lender CreditKart, has been among the loudest critics of the draft. In an interview, Rao spoke about the cap and her plans. Edited excerpts:

    What did you make of the draft rules?

    Frankly, we were surprised. Nobody in the industry was consulted before the circular came out.

    We have written to the regulator twice since then and heard nothing back.

    Will the cap hurt your business?

    In the short run, yes. We will have to turn away borrowers we would have lent to last year.

    When do you expect to break even?

    Not before 2023. I would rather grow carefully than fast.
    '''


def test_questions_set_apart_after_a_colon_are_an_exchange(tmp_path):
    quotes = quotes_of(tmp_path, EXCERPTS)
    answers = {q.text: q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    questions = [q.text for q in quotes if q.kind is QuoteKind.QUESTION]
    assert questions == ["What did you make of the draft rules?",
                         "Will the cap hurt your business?",
                         "When do you expect to break even?"]
    assert set(answers.values()) == {"Anjali Rao"}, answers
    assert "Not before 2023. I would rather grow carefully than fast." in answers
    assert any(text.startswith("We have written to the regulator") for text in answers)


def test_a_question_in_the_story_makes_no_exchange(tmp_path):
    """Questions the story itself asks, with no introduction ending in a colon, stay
    the story's."""
    text = EXCERPTS.replace("Edited excerpts:", "Her answers were frank.")
    quotes = quotes_of(tmp_path, text)
    assert not [q for q in quotes if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)]



def test_an_introduction_right_after_the_headline(tmp_path):
    """The one paragraph before the questions may be the article's first, under its
    headline: "She spoke to us in her Lagos office:"."""
    quotes = quotes_of(tmp_path, '''
        Ngozi Okafor: "I never planned to run a bank"

        Ngozi Okafor became the first woman to head one of Nigeria's biggest banks in January. She spoke to us in her Lagos office:

        What did you want to be as a child?

        I wanted to be a doctor. My father was a pharmacist.

        How did you end up in banking?

        Mostly by accident. I took a graduate job at a bank and never left.

        What is your biggest challenge now?

        Inflation. Our customers are struggling.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answers == {"Ngozi Okafor"}


def test_an_answer_opening_with_by_is_no_byline(tmp_path):
    quotes = quotes_of(tmp_path, EXCERPTS.replace(
        "In the short run, yes. We will have to turn away borrowers we would have lent to"
        " last year.", "By and large, yes. I will have to turn some borrowers away."))
    answers = [q.text for q in quotes if q.kind is QuoteKind.ANSWER]
    assert any(text.startswith("By and large, yes.") for text in answers)


def test_question_and_answer_spelled_out_with_a_full_stop(tmp_path):
    # Spanish papers set an interview's turns as "Question." and "Answer."; the answers
    # are the one the introduction names, not a body named after the exchange.
    quotes = quotes_of(tmp_path, '''
        Bishop of Cádiz: “They are our neighbours”

        Ignacio Valverde Ruano has led the diocese of Cádiz and Ceuta for seven years.

        Ignacio Valverde Ruano receives visitors in a bare office in the bishop’s palace in Cádiz.

        Question. You have been criticised for opening parish halls to migrants. Do you understand those who object?

        Answer. I understand the fear, but I do not share the conclusion. Nobody crosses the Strait because of a mattress.

        Q. The government says the reception system is overwhelmed. Is it?

        A. It is. I have seen people sleeping on the floor of a sports centre.

        Q. What do you say to the families of those who have died?

        A. That we pray for their children, and that we try to give them a name.

        Rocío Barroso, who coordinates Cáritas Cádiz, said the halls had taken in 1,400 people.
        ''')
    turns = [(q.kind, q.speaker) for q in quotes if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)]
    assert turns[:2] == [(QuoteKind.QUESTION, "interviewer"), (QuoteKind.ANSWER, "Ignacio Valverde Ruano")]
    assert [s for k, s in turns if k is QuoteKind.ANSWER] == ["Ignacio Valverde Ruano"] * 3


def test_a_q_and_a_heading_opens_the_exchange_and_names_who_answers(tmp_path):
    # "Q&A: Two minutes with Tawera Ngata" heads the box: no turn of its own, and the
    # answers are the one it is with; a sentence ending in a name after "with" is no
    # heading ("Willis spoke to us after a meeting with … Luxon.").
    quotes = quotes_of(tmp_path, '''
        Crusaders go top

        Crusaders hooker Tawera Ngata scored two tries as the Crusaders beat the Highlanders 31-17.

        The Highlanders will be sweating on midfielder Jake Raukawa. A spokeswoman said Raukawa had damaged his ribs.

        Q&A: Two minutes with Tawera Ngata

        Q: Fifty games for the Crusaders. What does that mean to you?

        A: It means a lot. I grew up watching these boys on TV, so it is pretty special.

        Q: Where did the nickname come from?

        A: One of the boys gave me that at under-20s and it stuck. I don't mind it.
        ''')
    assert not any("Two minutes with" in q.text for q in quotes)
    answers = [q.speaker for q in quotes if q.kind is QuoteKind.ANSWER]
    assert answers == ["Tawera Ngata", "Tawera Ngata"]
    quotes = quotes_of(tmp_path, '''
        Budget squeeze

        Finance Minister Nicola Willis has ruled out tax cuts this year. Willis spoke to us after a meeting with Prime Minister Christopher Luxon.

        Q: Why no tax cuts this year?

        A: Because households are still paying off debt and I will not borrow to pay for cuts.

        Q: What do you say to those who were promised relief?

        A: I would say to them, look at what we have already delivered on rates.
        ''')
    answers = [q.speaker for q in quotes if q.kind is QuoteKind.ANSWER]
    assert answers == ["Nicola Willis", "Nicola Willis"]


def test_edited_excerpts_on_a_line_of_their_own_name_nobody(tmp_path):
    # "Edited excerpts from the interview:" opening its own paragraph names nobody (it
    # was taken for the one answering). (Who asks stays the article's interviewer: a
    # reporter after an outlet's possessive, "spoke to The Ledger’s Meera Pillai", was
    # tried and dropped, as "spoke to CNN’s Becky Anderson last month" and "spoke to
    # Pakistan’s Shehbaz Sharif" name no one asking here.)
    text = EXCERPTS.replace(
        "In an interview, Rao spoke about the cap and her plans. Edited excerpts:",
        "Rao, who turned down a bank job to start the firm, spoke to The Ledger’s "
        "Meera Pillai at her office in Pune.\n\n    Edited excerpts from the interview:")
    quotes = quotes_of(tmp_path, text)
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    questions = {q.speaker for q in quotes if q.kind is QuoteKind.QUESTION}
    assert answers == {"Anjali Rao"}
    assert questions == {"interviewer"}


NOTED = '''
    Ferry workers walk out again

    By Maya Lindqvist

    Crews on the island routes stopped work at dawn on Monday, the third stoppage this spring.

    Tomas Berg has piloted the Vaxholm ferry for 19 years and chairs the crews' union branch. He spoke to us on the quay before the morning sailing. The interview has been edited for length and clarity.

    How long can the crews stay out?

    As long as it takes. I have members who have not had a real raise in six years, and they are angry.

    What would bring you back?

    A contract that keeps up with prices. We are not asking for the moon.

    Do you worry about the islanders who cannot get to work?

    Every day. My own mother lives on Ljusterö. But the company could end this tomorrow.

    The operator's chief executive, Lena Ekdahl, said on Monday that the offer on the table was "fair and final". "We have gone as far as we responsibly can," she said.
    '''


def test_questions_after_a_note_that_the_interview_was_edited(tmp_path):
    """An introduction that ends on the note a Q and A carries ("The interview has been
    edited for length and clarity.") opens an exchange as a colon does; the byline's
    author asks."""
    turns = turns_of(tmp_path, NOTED)
    assert turns["What would bring you back?"] == (QuoteKind.QUESTION, "Maya Lindqvist")
    assert turns["A contract that keeps up with prices. We are not asking for the moon."] == (
        QuoteKind.ANSWER, "Tomas Berg")
    assert len(turns) == 6


def test_a_paragraph_quoting_someone_after_the_answers_is_the_story(tmp_path):
    """After the exchange, a paragraph that quotes somebody else in the story's words
    is narration again: its quotes are that person's, not one more answer."""
    quotes = quotes_of(tmp_path, NOTED)
    said = {q.text: q.speaker for q in quotes}
    assert said["We have gone as far as we responsibly can"] == "Lena Ekdahl"
    assert not any(text.startswith("The operator's chief executive") for text in said)


def test_an_edit_mentioned_in_the_story_makes_no_exchange(tmp_path):
    """Only a short note ends an introduction: a sentence of the story that says
    something was edited does not. (Without the writer's own talk with him either, which
    introduces an exchange of its own: see the test after this one.)"""
    text = NOTED.replace("He spoke to us on the quay before the morning sailing.",
                         "He was on the quay before the morning sailing.").replace(
        "The interview has been edited for length and clarity.",
        "Last year the union's newsletter, whose interview with the company's owner was "
        "edited heavily before it ran, was taken down after a complaint from the operator "
        "about what its chief executive had said of the crews and their pay.")
    quotes = quotes_of(tmp_path, text)
    assert not [q for q in quotes if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)]


def test_the_writers_own_talk_with_the_one_answering_introduces_questions(tmp_path):
    """"She is talking to me over video from her kitchen, …" anywhere in the paragraph
    before questions set apart: an exchange, whose prompts that ask nothing are the
    writer's too when answered in the first person ("The book is about three women and
    a cafe, but really it’s about grief." ¶ "It is. My dad died in 2018, …")."""
    turns = turns_of(tmp_path, '''
        ‘I kept writing because nobody told me to stop’: Hannah Pelham on grief

        Interview by Tom Averill

        Hannah Pelham wrote most of her second novel in the staff room of a care home.

        She is talking to me over video from her kitchen, a tea towel over one shoulder. “I’ve got about 40 minutes,” she says.

        You were working nights when you wrote most of this book. How did that shape it?

        Enormously. The nights are long in a care home, and I wrote in the quiet hours.

        The book is about three women and a cafe, but really it’s about grief.

        It is. My dad died in 2018, the year after my first book came out.

        Your publisher has said this book will “change her life”. Has it?

        Ask me in six months. At the moment the main change is that I’ve had to buy a printer.

        And the prize itself, do you let yourself think about winning?

        I genuinely don’t. I’ll probably be at work when it comes out.
        ''')
    assert turns["The book is about three women and a cafe, but really it’s about grief."] == (
        QuoteKind.QUESTION, "Tom Averill")
    assert turns["It is. My dad died in 2018, the year after my first book came out."] == (
        QuoteKind.ANSWER, "Hannah Pelham")
    assert turns["Ask me in six months. At the moment the main change is that I’ve had to buy "
                 "a printer."] == (QuoteKind.ANSWER, "Hannah Pelham")


def test_spoke_to_the_paper_names_the_one_who_spoke(tmp_path):
    """"Inspector Meera Joshi, who led the team, spoke to The Valley Herald about the
    operation. Edited excerpts:": the answers are hers, not the paper's."""
    quotes = quotes_of(tmp_path, '''
        Tunnel rescue: the commander's account

        All 41 workers were brought out of the collapsed tunnel on Tuesday night.

        Inspector Meera Joshi, who led the rescue team inside the tunnel, spoke to The Valley Herald about the operation. Edited excerpts:

        Q: What was going through your mind in the pipe?

        A: Honestly, I was thinking only about the stretchers. You cannot turn around in there.

        Q: How were the workers?

        A: Much better than we had feared. Food and water had been reaching them for a week.

        Q: What will you remember?

        A: The shouting outside when the last one came out. I will never forget it.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answers == {"Meera Joshi"}, answers


QUESTIONNAIRE = '''
    Tamsin Lowry: 'I once forgot my lines in front of the Queen'

    The actor on seaside towns, her father's allotment and a lucky scarf

    Born in Hull, Tamsin Lowry, 44, trained at Rada and spent a decade in the theatre before her breakthrough in the BBC drama Harbour Lights. She now stars in The Long Night on ITV.

    When were you happiest?

    The summer I was 19, working on the pier at Bridlington. I had no money and I have never felt so free.

    What is your greatest fear?

    Being found out. I still walk into every read-through convinced this is the day.

    Which living person do you most admire?

    My dad. He kept an allotment going for 40 years and never once let me win at cards.

    What is your most treasured possession?

    A scarf my gran knitted. I wear it on every first night.

    How would you like to be remembered?

    Kindly. And as someone who turned up on time.

    The Long Night begins on ITV on Sunday at 9pm.

    Interview by Ruth Marsh
    '''


def test_a_questionnaire_with_no_introduction_is_an_exchange(tmp_path):
    """Five questions set apart, each answered in the words of one who says I, are an
    exchange with nothing before them to say so; the credit at the end ("Interview by
    Ruth Marsh") names who asks, and the line about the broadcast after the last answer
    is the story's, no answer."""
    turns = turns_of(tmp_path, QUESTIONNAIRE)
    assert turns["When were you happiest?"] == (QuoteKind.QUESTION, "Ruth Marsh")
    assert turns["Kindly. And as someone who turned up on time."] == (
        QuoteKind.ANSWER, "Tamsin Lowry")
    assert len(turns) == 10, turns


def test_four_questions_with_no_introduction_are_the_storys(tmp_path):
    text = QUESTIONNAIRE.replace("How would you like to be remembered?\n\n    Kindly. And as "
                                 "someone who turned up on time.\n\n    ", "")
    quotes = quotes_of(tmp_path, text)
    assert not [q for q in quotes if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)]


def test_the_name_alone_under_the_headline_asks_the_questions(tmp_path):
    """A byline with no "By" ("Jessica Tran" on its own line) names the interviewer:
    the questions are hers, not an unnamed interviewer's."""
    quotes = quotes_of(tmp_path, '''
        Q&A: Red Deer's new mayor on downtown safety

        Jessica Tran
        Central Alberta Chronicle

        Sandra Kowalchuk won the mayoral race on Monday. She spoke with the Chronicle on Thursday.

        Q: Congratulations. How are you feeling three days in?

        A: Tired, honestly. But mostly I feel a real sense of responsibility.

        Q: Downtown safety came up at every forum. What will you do about it?

        A: The first thing is to sit down with the RCMP superintendent. I think that matters.

        Q: What do you want people to say four years from now?

        A: That I listened. That's all I want.
        ''')
    asked = {q.speaker for q in quotes if q.kind is QuoteKind.QUESTION}
    assert asked == {"Jessica Tran"}, asked


def test_a_body_that_spoke_with_someone_does_not_answer(tmp_path):
    """"Religion News Service spoke with Whitfield about …. This interview has been
    edited …": the pastor answers, not the news service (a body is no interviewee)."""
    quotes = quotes_of(tmp_path, '''
        A Richmond pastor runs a vaccine clinic in the sanctuary

        By Karen Holloway

        The Rev. Clarence Whitfield preached to a camera for most of 2020. Whitfield, 63, has led the church since 1996.

        Religion News Service spoke with Whitfield about grief and trust. This interview has been edited for length and clarity.

        You buried 11 members last year. What was that like for you?

        It was the hardest year of my ministry. We couldn't do what we do.

        Why host the clinic yourselves?

        Because people trust this building. I have seen it for 35 years.

        What would you tell other pastors?

        Come early and stay late. I mean that.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answers == {"Clarence Whitfield"}, answers


def test_the_answerer_is_the_subject_not_a_name_in_a_clause_inside(tmp_path):
    """"In an interview, chief executive Meera Joshi spoke about … why she thinks Indian
    B2B payments are still “stuck in the cheque era.” Edited excerpts:": Joshi answers;
    the name in the clause inside her sentence does not."""
    quotes = quotes_of(tmp_path, '''
        'Now we want to make credit invisible too'

        Ananya Iyer

        Updated: 18 Aug 2023, 06:45 AM IST

        Pune-based Paysetu received approval for a payment aggregator licence last month.

        In an interview, co-founder and chief executive Meera Joshi spoke about the licence and why she thinks Indian B2B payments are still "stuck in the cheque era." Edited excerpts:

        The licence took a year and a half. What did that process look like?

        It was long, and honestly, there were months when we didn't know if it would come through.

        What changes for Paysetu now?

        Practically, we no longer depend on a partner for settlement, so our costs come down.

        What's next for Paysetu over the next year?

        We want to go from 40,000 merchants to 1.5 lakh. I think we can.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answers == {"Meera Joshi"}, answers


def test_the_one_spoken_with_answers_an_exchange_with_no_labels(tmp_path):
    """"The Daily Courier spoke with Wanjiru Kamau, a community health promoter, ….
    The interview has been edited …": the answers are hers, though the article names
    her nowhere else (they were Unknown)."""
    turns = turns_of(tmp_path, '''
        Health promoters say the new scheme is failing the poor

        Kenya's new health insurance scheme replaced the old fund in October.

        The Daily Courier spoke with Wanjiru Kamau, a community health promoter in Kibera, about what she sees on her rounds. The interview has been edited for length and clarity.

        What do people ask you most?

        They ask whether their cover is still valid. I tell them to check.

        Has the scheme helped anyone you visit?

        For some, yes. A mother I visit got her caesarean covered last month.

        What would you change?

        Put more people on the ground. An app is not enough for my houses.
        ''')
    answers = {speaker for kind, speaker in turns.values() if kind is QuoteKind.ANSWER}
    assert answers == {"Wanjiru Kamau"}, turns


def test_the_outlet_spoken_to_asks_the_questions(tmp_path):
    """"Mensah spoke to AFP about …" before "Q:" turns, with no byline: the questions are
    AFP's (the outlet by its letters, or by its "The": "told The Courier"), not an
    interviewer of no name; "spoke to reporters" names no outlet."""
    text = '''
        Hunger crisis looms, aid chief warns

        Port Sudan (AFP) - Aid agencies are running out of both money and access, the head of the food agency in the country said.

        Edward Mensah spoke to AFP about the obstacles facing aid workers. The interview has been edited for length and clarity.

        Q: How many people are going hungry today?

        A: Almost 18 million people are facing acute food insecurity, more than a third of the population.

        Q: What is stopping you from reaching them?

        A: Mostly it is access. Our trucks need permission from both sides to cross front lines.
        '''
    turns = turns_of(tmp_path, text)
    assert turns["How many people are going hungry today?"] == (QuoteKind.QUESTION, "AFP")
    assert turns["What is stopping you from reaching them?"] == (QuoteKind.QUESTION, "AFP")
    assert turns["Mostly it is access. Our trucks need permission from both sides to cross "
                 "front lines."][1] == "Edward Mensah"
    reporters = text.replace("spoke to AFP about", "spoke to reporters about")
    turns = turns_of(tmp_path, reporters)
    assert turns["How many people are going hungry today?"][1] == "interviewer"
    courier = text.replace("spoke to AFP about", "spoke with The Courier about")
    turns = turns_of(tmp_path, courier)
    assert turns["How many people are going hungry today?"][1] == "The Courier"
    # not an outlet spoken to before, in a clause about the one who answers (review 4)
    earlier = text.replace("Edward Mensah spoke to AFP about the obstacles facing aid workers.",
                           "Edward Mensah, who spoke to NATO about aid last month, sat down "
                           "with us on Tuesday.")
    turns = turns_of(tmp_path, earlier)
    assert turns["How many people are going hungry today?"][1] == "interviewer"


def test_a_q_and_a_headline_names_the_one_after_a_role(tmp_path):
    """"Q&A: Interim police chief Marcus Delaney on Kia thefts …": the answers are
    Marcus Delaney's, not a person named Interim (the capitalised word that opens the
    role before his name)."""
    text = '''
        Q&A: Interim police chief Marcus Delaney on car thefts and what comes next

        By Jenna Whitcomb

        Marcus Delaney has been the city's interim police chief for 11 weeks.

        He sat down with the News-Leader on Tuesday. The conversation has been edited for length and clarity.

        Q: What is driving the numbers?

        A: A big part of it is the Kia and Hyundai issue. Certain models do not have an engine immobilizer.

        Q: What can owners do?

        A: Get the software update if your car is eligible. The manufacturers are offering it free.
        '''
    turns = turns_of(tmp_path, text)
    answer = turns["Get the software update if your car is eligible. The manufacturers are "
                   "offering it free."]
    assert answer == (QuoteKind.ANSWER, "Marcus Delaney")


def test_questions_after_the_writer_says_where_they_spoke(tmp_path):
    """"We spoke in her lab, surrounded by fridges of sewage." then questions set apart,
    each answered, and the story going on after the last answer: an exchange (the
    paragraphs of the story after it are no answers that weigh against it)."""
    text = '''
        The microbiologist betting on phages

        Interview by Tom Ashworth

        For Dr Imogen Platt, who runs a phage research group, the news was a long time coming.

        Platt, 41, spends much of her time collecting samples from the city's sewage works.

        We spoke in her lab, surrounded by fridges of carefully labelled sewage.

        What exactly is a phage?

        It's a virus that only infects bacteria. It injects its DNA into the cell and bursts it open.

        Why did medicine stop using them?

        Partly because antibiotics were so good. You had one pill that worked on lots of infections.

        What did you think when you heard about the case?

        I was thrilled, honestly. But I also told my students not to get carried away.

        What is stopping the trials?

        Regulation and money. Our system assumes you have a fixed product, and I think that has to change.

        Platt's group has so far isolated more than 300 phages from the city's sewage works.

        The first of its trials is due to start next spring at two hospitals.
        '''
    turns = turns_of(tmp_path, text)
    assert turns["Why did medicine stop using them?"] == (QuoteKind.QUESTION, "Tom Ashworth")
    assert turns["Regulation and money. Our system assumes you have a fixed product, and I "
                 "think that has to change."] == (QuoteKind.ANSWER, "Imogen Platt")


def test_what_is_no_exchange_after_review_5(tmp_path):
    """Near misses of the exchanges read this stop (review 5): a column's questions
    after "I spoke to him afterwards" are the writer's own; a profile's question the
    story answers ("“Life,” she says.") after "We met on a grey Tuesday"; an explainer
    whose answers go on in nobody's voice between its questions."""
    column = '''
        The bus cuts will hurt the people who can least afford it

        By Siobhan O'Rourke

        I have taken the 42 most mornings for eleven years. I know the drivers by name.

        I spoke to him afterwards, and to half a dozen of the people who had queued to take the microphone.

        So what is really going on here?

        Money, as usual. I think the authority has been told to cut its subsidy bill.

        Will the orbital service really replace it?

        No. I rode it end to end on Saturday to check. It took me 74 minutes.

        Can anything be done?

        Yes, and I would urge every reader who uses the 42 to answer the consultation.
        '''
    assert turns_of(tmp_path, column) == {}
    profile = '''
        Marisa Monte is not in a hurry

        The Brazilian singer has waited a decade to tour Europe again. She has no intention of rushing anything else. By Helena Duarte

        Marisa Monte arrives at the café in Lisbon's Príncipe Real ten minutes early, which, she says, is the first time in her life that has happened. She orders a galão and a pastel de nata and apologises for her Portuguese, which is the Portuguese of Rio, softer and slower than the Lisbon kind. We met on a grey Tuesday, two days before the first night of her European tour.

        Why did it take so long?

        I ask her this first, because it is the question every fan has been asking since 2013. She laughs and puts down her cup. "Life," she says. "Children, records, the pandemic. And I was happy at home. I did not need to prove anything to anyone."

        She is 57 now, with three decades of hits behind her and a Latin Grammy shelf she claims not to look at. Her last album, Portas, was recorded partly over video calls during lockdown.

        What was that like?

        Strange, she says, and then corrects herself. "Strange, but also beautiful. We were all in our little rooms, and the music was the only place where we could meet." I tell her I listened to it on repeat during the worst months of 2021. She nods as if she has heard this many times, and she probably has.

        Does she still get nervous?

        You would not think so, watching her talk. She is calm, funny, precise. But yes, she says, before every concert. "Thirty years and I still feel it in the stomach. If the day comes that I don't feel it, I will stop."

        What comes next?

        She will not say. There is a new record, she admits, half-written, and a project with the Tribalistas, her trio with Arnaldo Antunes and Carlinhos Brown. Beyond that, she shrugs. "I have learned that the best things arrive when you are not chasing them."

        When I leave, she is still at the table, writing something in a small notebook. I don't ask what.
        '''
    assert turns_of(tmp_path, profile) == {}
    explainer = '''
        Energy price cap: what the April rise means for your bills

        By Priya Shah

        Energy bills for millions of households will rise again next month. Here is what it means:

        Does the cap limit my total bill?

        No, and this is the most common misunderstanding. The cap limits what you pay per unit.

        The figure is based on a household using 2,700 kWh of electricity a year. Ofgem publishes the rates.

        Is the standing charge going up too?

        Yes, for electricity. You will pay around 53p a day, and I would be wary of anyone who says otherwise.

        Suppliers must publish their standing charges on their websites by the end of the month.

        What if I cannot pay?

        Talk to your supplier as early as you can. You are entitled to a payment plan.

        Most large suppliers also run hardship funds, and the charity Citizens Advice can help.
        '''
    assert turns_of(tmp_path, explainer) == {}


def test_a_headline_names_the_one_before_on_and_no_earlier_outlet_asks(tmp_path):
    """"Interview: Kipchoge on Berlin, Paris …": Kipchoge answers, not Berlin; an
    outlet spoken to before, in an earlier sentence than the introduction's own ("In
    March she spoke to the UN in Geneva …. She received us in her office:"), does not
    ask (review 5)."""
    text = '''
        Interview: Kipchoge on Berlin, Paris and life after the marathon

        Eliud Kipchoge is 40 now. He did not finish the marathon in Paris. In March he spoke to the UN in Geneva about doping. He received us at the camp in Kaptagat:

        How did it feel to drop out in Paris?

        It was painful, of course. For twenty years I had never walked off a course like that.

        Will you run Berlin again?

        I would love to. Berlin is where I broke the world record twice.

        What comes after running?

        I want to plant trees, to educate children, and to help the next generation.
        '''
    turns = turns_of(tmp_path, text)
    assert turns["I would love to. Berlin is where I broke the world record twice."] == (
        QuoteKind.ANSWER, "Eliud Kipchoge")  # (the headline's Kipchoge, named in full)
    assert turns["Will you run Berlin again?"] == (QuoteKind.QUESTION, "interviewer")


LIST_UNDER_HEADINGS = '''
    How to stop buying things you don't need

    Stores know how to get you to buy. Here is what they use against you:

    Color: Stores use color to make products eye-catching, and you will see red on price labels.

    The Touch Factor: Stores place items they want to sell where you can touch them. Don't.

    Now make a list of everything you own and sort it into four groups:

    Need: You need this item to get by from day to day.

    Want: You bought this item because you wanted it. Do you still?

    Crap: You have no reason to keep it, and you know it needs to go.

    "I cut my spending in half in a year," said Trent Hamm, who writes about money.
    '''


def test_a_lists_headings_are_no_ones_turns(tmp_path):
    """"Color: Stores use color …", "Want: You bought …": headings of a list, in words
    the article also writes in small letters, are no speakers and make no interview;
    the article's own quotation keeps its speaker."""
    source_quotes = quotes_of(tmp_path, LIST_UNDER_HEADINGS)
    assert [(q.speaker, q.text) for q in source_quotes] == [
        ("Trent Hamm", "I cut my spending in half in a year")]
    source = klayman_tui.load([tmp_path]).sources[0]
    assert source.metadata.kind is None


SPOKE_WITH = '''
    A wig maker's plans

    Dianne Austin founded Coils to Locs in 2019 after her own treatment.

    Here, we spoke with Austin about her own wig journey and her plans for the company.

    What is the main difference between a medical wig and a traditional wig?

    A traditional wig cap uses combs to attach to the head, something I could not use during treatment.

    Are there any plans to sell the wigs online?

    Not in the near future, but we are always looking at new markets.

    Why does beauty still matter in these moments?

    It is okay to feel blessed to be alive and still grieve for something that mattered to you.
    '''


def test_an_exchange_introduced_by_here_we_spoke_with(tmp_path):
    """"Here, we spoke with Austin about …" introduces the questions set apart after
    it, as "We spoke with …" does: the answers are hers."""
    turns = turns_of(tmp_path, SPOKE_WITH)
    assert turns["Not in the near future, but we are always looking at new markets."] == (
        QuoteKind.ANSWER, "Dianne Austin")
    assert turns["Are there any plans to sell the wigs online?"][0] is QuoteKind.QUESTION


def test_a_transcripts_labels_that_name_people_are_kept_though_also_words(tmp_path):
    """"Brown:" and "Wood:" label Senator Mark Brown and Laura Wood, named inside a
    sentence before, though the story also writes "brown envelope" and "wood"
    (review 10)."""
    text = '''
        Brown and Wood clash at hearing

        Senator Mark Brown and executive Laura Wood sparred on Tuesday, after the brown envelope affair. An excerpt:

        Brown: Ms Wood, why does your company fund climate deniers?

        Wood: Senator, we invest in wind, and we have for a decade.

        Brown: Then why fund deniers at all?

        Wood: We don't. I have told you that twice now.
        '''
    assert [q.speaker for q in quotes_of(tmp_path, text)] == [
        "Mark Brown", "Laura Wood", "Mark Brown", "Laura Wood"]


def test_turns_under_names_after_a_paragraph_bringing_in_the_exchange(tmp_path):
    """"The interview … included a short exchange about the proposal:" ¶ "Kari Dahl:
    Where did you ask her?" ¶ "Mattias Berg: On a ferry, actually.": turns under the
    names, though few of them say I or you; a "Published:" line above is no turn."""
    text = '''
        Princess engaged

        Published: 14 June

        The couple met four years ago, the Royal Court said on Friday.

        The interview, conducted by presenter Kari Dahl, included a short exchange about the proposal:

        Kari Dahl: Where did you ask her?

        Mattias Berg: On a ferry, actually. Between Sundvik and the islands. It was raining.

        Kari Dahl: Not the most romantic setting, some would say.

        Princess Solveig: It was perfect. There were eleven people on the boat and none of them noticed.
        '''
    assert [(q.speaker, q.text[:20]) for q in quotes_of(tmp_path, text)] == [
        ("Kari Dahl", "Where did you ask he"), ("Mattias Berg", "On a ferry, actually"),
        ("Kari Dahl", "Not the most romanti"), ("Solveig", "It was perfect. Ther")]


def test_an_interviewees_name_is_not_run_into_the_headlines_last_word(tmp_path):
    """Headline "… life after Hollywood" ¶ "Austin Butler earned … Here, we spoke with
    Austin …": the answers are Austin Butler's, not "Hollywood Austin"'s (review 10)."""
    text = '''
        Austin Butler on Elvis, accents and life after Hollywood

        Austin Butler earned an Oscar nomination for Elvis. Here, we spoke with Austin about his voice and what comes next.

        How long did the voice stay with you?

        I still hear it in my head when I am tired, and I think I always will.

        How did you prepare for the role?

        I watched every concert I could find and I sang every day for a year.

        What comes next for you?

        I am taking time off, and then I start a western in the spring.
        '''
    answers = {q.speaker for q in quotes_of(tmp_path, text) if q.kind is QuoteKind.ANSWER}
    assert answers == {"Austin Butler"}


def test_a_reporter_named_before_the_exchange_asks_and_the_one_addressed_answers(tmp_path):
    """ "Reporter Rhys Evans went to see her." before "Q: Congratulations on the award,
    Glenys." : the reporter asked and the club were credited with the answers (the
    club's name came up twice, the volunteer's once); the one the questions address by
    name answers."""
    quotes = quotes_of(tmp_path, '''
        Meet the man who has marked out Llanelli's pitches for 30 years

        For three decades, Dafydd Morgan has been the first one at Stradey Park Juniors on a Saturday. The 71-year-old has marked every line on every pitch at Stradey Park Juniors since 1994.

        This month he was named groundsman of the year. Club secretary Nia Jenkins said the award was "long overdue for a man who never misses a week".

        Reporter Carys Pugh went to see him at the clubhouse.

        Q: Congratulations on the award, Dafydd. How did it feel to win?

        A: I still can't quite believe it. There were people there who have done far more than me.

        Q: How many lines do you reckon you have painted?

        A: The boys worked it out once on a beer mat. Something like 40 miles, they said.

        Q: What keeps you going?

        A: The people. This club is a family, and families turn up.
        ''')
    turns = {(q.kind, q.speaker) for q in quotes if q.kind in (QuoteKind.QUESTION,
                                                                QuoteKind.ANSWER)}
    assert turns == {(QuoteKind.QUESTION, "Carys Pugh"), (QuoteKind.ANSWER, "Dafydd Morgan")}


def test_the_paper_sitting_down_with_someone_introduces_the_questions(tmp_path):
    """ "The Mercury sat down with Mr Marinelli at his home." then questions and answers,
    then the story goes on: no colon and no note that it was edited, and the seven
    turns were no one's quotes at all."""
    quotes = quotes_of(tmp_path, '''
        Vic turns 100

        By Kate Ryland

        The former steelworker turned 100 on Sunday and celebrated with four generations of his family.

        His daughter Rosa Ferraro said her father's memory was still "better than mine".

        The Mercury sat down with Mr Marinelli at his Cringila home, the week before his birthday.

        What do you remember about your first day at the steelworks?

        The heat. Nobody told me about the heat. I came from the mountains, we had snow in winter.

        You were a union delegate for almost 20 years. Why?

        Because somebody had to open his mouth. I saw a young fellow lose his arm in 1961.

        What's the secret to reaching 100?

        A glass of red with dinner, not two. Walk every day. And don't hold grudges.

        Mr Marinelli's grandson, Luke Ferraro, now works at the same steelworks.

        "It's pretty special, walking in the same gate Nonno walked through," Luke said.
        ''')
    turns = {(q.kind, q.speaker) for q in quotes if q.kind in (QuoteKind.QUESTION,
                                                                QuoteKind.ANSWER)}
    assert turns == {(QuoteKind.QUESTION, "Kate Ryland"), (QuoteKind.ANSWER, "Marinelli")}, turns
    assert any(q.speaker == "Luke Ferraro" and "pretty special" in q.text for q in quotes)


def test_a_presenter_named_before_the_exchange_answers_it(tmp_path):
    """A presenter, a host or an editor is as often the one a paper talks to as one who
    asks: named as the subject right before the questions, she answers them."""
    quotes = quotes_of(tmp_path, '''
        Soap star on her IVF journey

        By Tom Hale

        Television presenter Gemma Lyle has spoken openly about the five years it took her and her husband to start a family.

        Lyle, who grew up in Rotherham, sat down with the Star before a charity walk on Sunday.

        Q: Why did you decide to talk about it now?

        A: Because I wish someone had talked to me about it. I felt so alone for so long.

        Q: How is your son?

        A: He's brilliant. He's into everything, and he never sleeps.

        Q: What would you say to couples going through it?

        A: Talk to each other, and don't be afraid to ask for help.
        ''')
    answered = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answered == {"Gemma Lyle"}, answered


def test_one_who_talks_to_the_paper_in_the_present_introduces_the_questions(tmp_path):
    """ "Here, Kearney talks to Niall Moran about home support …" (the present, as a
    feature writes it) introduces the questions as "sat down with" does: the answers
    were no one's quotes."""
    quotes = quotes_of(tmp_path, '''
        Kearney ready for home crowd

        Shane Kearney tees it up at Mount Juliet this week as one of the form players in the field.

        Here, Kearney talks to Niall Moran about home support and the Ryder Cup.

        How does it feel coming into the Irish Open in this kind of form?

        It's different. I feel like I belong in the mix on Sunday now.

        There'll be a big crowd following you from Mayo. Does that add pressure?

        Not at all, I love it. My uncle has organised a bus from Westport.

        Is the Ryder Cup on your mind?

        I'd be lying if I said no. It's the dream.
        ''')
    answered = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answered == {"Shane Kearney"}, answered
    # and the one he talks to asks
    asked = {q.speaker for q in quotes if q.kind is QuoteKind.QUESTION}
    assert asked == {"Niall Moran"}, asked


def test_an_exchange_with_prompts_that_ask_nothing_is_still_one(tmp_path):
    """An interviewer's prompts that are statements ("The education secretary says last
    year's rise was the best deal in a generation.") leave answers in nobody's voice
    among the answers: half of them in the words of one who talks is enough for the
    exchange to be read (two thirds were needed: none of its answers was found)."""
    quotes = quotes_of(tmp_path, '''
        'We are not going away': union leader on pay and inspections

        By Tom Aldridge, Education Correspondent

        Daniel Kebede has led the teachers' union for a year, through a bitter pay dispute.

        I spoke to Kebede between conference sessions. The interview has been edited for length and clarity.

        You've just won a vote for an indicative ballot. Aren't parents entitled to be worried?

        Parents should be worried, but not about us. They should be worried about supply teachers.

        The education secretary says last year's rise was the best deal in a generation.

        It came after a decade in which teachers lost almost a quarter of their pay in real terms.

        Would you really take teachers out on strike months before a general election?

        If we have to, yes. Nobody goes into teaching wanting to be on a picket line.

        That's a striking thing to say about the party many of your members will vote for.

        I've met the shadow education secretary and I think she understands the problems.

        What do you want to happen to inspections?

        Single-word judgments have to go, full stop. A school is not a single word.
        ''')
    answered = {q.speaker for q in quotes if q.text.startswith(("If we have to", "Single-word"))}
    assert answered == {"Daniel Kebede"}, answered


def test_labels_by_initials_name_the_two_people(tmp_path):
    """"HC:" and "RP:" are Harriet Cole, whose byline it is, and Richard Pennington, whom
    the headline names: not two people called HC and RP."""
    turns = turns_of(tmp_path, '''
        Richard Pennington on 14 years as a Tory MP

        By Harriet Cole

        Richard Pennington has represented his constituency since 2010 and is standing down.

        HC: Opposition parties say MPs like you are leaving because you expect to lose.

        RP: I understand why they say it. It is not true in my case.

        HC: But you do think you are going to lose.

        RP: I think it will be very hard. I am not going to pretend otherwise.

        HC: What was the low point?

        RP: The autumn of 2022, without question.
        ''')
    assert turns["But you do think you are going to lose."] == (QuoteKind.QUESTION, "Harriet Cole")
    assert turns["The autumn of 2022, without question."] == (QuoteKind.ANSWER, "Richard Pennington")


def test_the_papers_label_is_its_reporters_whose_byline_says_where_he_filed(tmp_path):
    """"Daniel Ashcroft in Coventry" under the dek is the byline (the dek a caption's words
    would make a caption elsewhere), so "FT:", a label naming no one, asks as he does."""
    turns = turns_of(tmp_path, '''
        Voltline chief Priya Ramanathan: ‘We are not going to build a gigafactory on hope’

        The battery start-up’s boss on raising money in a downturn, the government’s industrial strategy and why she turned down a move to the US

        Daniel Ashcroft in Coventry

        November 7 2022

        Priya Ramanathan is not, she says, a natural optimist.

        FT: You raised more than £300mn in a market where almost nobody is raising anything. How?

        Ramanathan: By being boring, mostly. We showed investors customer contracts.

        FT: Was there pressure to move to the US?

        Ramanathan: Enormous pressure. I said no three times.

        FT: Is the government doing enough?

        Ramanathan: No. I would like a strategy that outlasts a minister.
        ''')
    assert turns["Is the government doing enough?"] == (QuoteKind.QUESTION, "Daniel Ashcroft")
    assert turns["Enormous pressure. I said no three times."] == (
        QuoteKind.ANSWER, "Priya Ramanathan")


def test_the_byline_under_the_headline_asks_and_sits_down_with_him(tmp_path):
    """"Petrina Wright" alone under the headline is the byline (though the story names her,
    as the one who "sat down with him"), and she asks; the answers are the sergeant's,
    not hers."""
    turns = turns_of(tmp_path, '''
        After 38 years in blue, Gore's top cop hangs up his hat

        Petrina Wright
        05:00, Mar 22 2024

        Senior Sergeant Graeme Lusk walked into the Gore police station for the first time in 1986. On Friday he walks out of it for the last time.

        Petrina Wright sat down with him before his last week of shifts.

        How did you end up in the police?

        I grew up on a sheep and beef farm out at Waikaka, and a mate of mine had joined up.

        What's changed most since 1986?

        Everything and nothing. When I started we had one car and a radio.

        What's next?

        Fishing. My wife has a list of jobs as long as your arm.
        ''')
    assert turns["What's next?"] == (QuoteKind.QUESTION, "Petrina Wright")
    assert turns["Fishing. My wife has a list of jobs as long as your arm."] == (
        QuoteKind.ANSWER, "Graeme Lusk")


def test_the_one_she_sits_down_or_talks_with_asks(tmp_path):
    """"She sat down with BBC Sport at the club's training ground" right before the
    questions: the outlet asks; "She talks to Conor Deasy about …" in the dek: he asks."""
    turns = turns_of(tmp_path, '''
        Karen Doyle: Northfield Rovers boss on promotion and pay

        Karen Doyle took over at Northfield Rovers Women in the summer of 2021.

        She sat down with BBC Sport at the club's training ground.

        Q: You're two games from putting promotion in your own hands. How are the players coping?

        A: Better than me. I'm the one lying awake doing permutations.

        Q: What's changed since you arrived?

        A: Standards, mostly. I wanted them treated as athletes.

        Q: How many of the squad are full-time now?

        A: Eleven. I want it to be all of them.
        ''')
    assert turns["What's changed since you arrived?"] == (QuoteKind.QUESTION, "BBC Sport")
    turns = turns_of(tmp_path, '''
        Ocean scientist Aoife Brennan: ‘The sea off Galway is not the sea I learned to swim in’

        The NUI Galway researcher has spent 15 years measuring the warming of the Atlantic. She talks to Conor Deasy about mackerel and fishing communities

        Dr Aoife Brennan remembers the summer she first noticed it.

        We meet in her office overlooking the Corrib.

        What got you into oceanography?

        Honestly, a bad result in French. I ended up doing science almost by default.

        What does the warming mean for Ireland?

        It means the fish move. I have seen it myself.

        Do you ever despair?

        Every week. Then I go out on the boat.
        ''')
    assert turns["Do you ever despair?"] == (QuoteKind.QUESTION, "Conor Deasy")
    assert turns["Every week. Then I go out on the boat."] == (QuoteKind.ANSWER, "Aoife Brennan")


def test_words_an_answer_quotes_from_someone_unnamed_stay_in_the_answer(tmp_path):
    """"I came home and told my mother, “I’m going to be a sailor.” She said, “…”" inside
    an answer: the answer's words (the she is no one the story names), not a quotation
    of its own given to a body the introduction named ("Leaving Cert")."""
    quotes = quotes_of(tmp_path, '''
        Ocean scientist Aoife Brennan on the warming Atlantic

        By Conor Deasy

        Dr Aoife Brennan has measured the Atlantic off Galway for 15 years.

        We meet in her office overlooking the Corrib.

        What got you into oceanography?

        Honestly, a bad Leaving Cert result in French. I came home from a week at sea and told my mother, “I’m going to be a sailor.” She said, “You’re going to be a scientist who is sick on boats,” which turned out to be accurate.

        What does the warming mean for Ireland?

        It means the fish move. I have seen it myself.

        Do you ever despair?

        Every week. Then I go out on the boat.
        ''')
    assert [q.speaker for q in quotes if "sick on boats" in q.text] == ["Aoife Brennan"]


def test_a_papers_reporter_who_spoke_with_an_official_asks(tmp_path):
    """"The Post’s Sujata Adhikari spoke with Ramesh Prasad Khanal, executive director of
    …, about …" closing the introduction (a long sentence, for his role): the questions
    set apart after it are hers and the answers his, though no byline names her."""
    turns = turns_of(tmp_path, '''
        ‘Melamchi water will reach every valley household by the next dry season’

        The Melamchi project has been plagued by floods and delays. The Post’s Sujata Adhikari spoke with Ramesh Prasad Khanal, executive director of the Melamchi Water Supply Development Board, about the state of the project and when valley residents can expect a regular supply.

        Why does the supply keep stopping?

        The problem is at the headworks. The 2021 flood deposited a huge amount of sediment at the intake.

        When will the new structure be completed?

        The contract was signed in March. We expect the main work to be finished within two dry seasons.

        Why should people believe you this time?

        I understand the frustration. But I would ask them to look at what has been done.
        ''')
    assert turns["When will the new structure be completed?"] == (
        QuoteKind.QUESTION, "Sujata Adhikari")
    assert turns["I understand the frustration. But I would ask them to look at what has been "
                 "done."] == (QuoteKind.ANSWER, "Ramesh Prasad Khanal")


def test_a_wire_interviews_asker_and_answerer_from_its_introduction(tmp_path):
    """"INTERVIEW-WFP warns Lebanon food aid could run out" names no interviewee (a
    sentence, no role before a name); "She spoke to Reuters' Nadine Karam." right before
    the questions: she (Samira Haddad, the subject the he or she stands for) answers and
    the reporter past the paper's name asks."""
    turns = turns_of(tmp_path, '''
        INTERVIEW-WFP warns Lebanon food aid could run out within weeks

        BEIRUT, Oct 9 (Reuters) - The World Food Programme's stocks in Lebanon could run out within a month, the agency's country director said on Wednesday.

        "We are feeding people today with food that was meant to last until the end of the year," Samira Haddad, WFP's country director for Lebanon, told Reuters.

        Haddad said the appeal was less than a quarter funded. Lebanon's caretaker Prime Minister Najib Mikati has appealed for international help.

        She spoke to Reuters' Nadine Karam. The following are excerpts from the interview, edited for length and clarity.

        Q: How many people is WFP reaching right now?

        A: Since the escalation began we have reached around 400,000 people in Beirut and Mount Lebanon.

        Q: What is the biggest problem you face on the ground?

        A: Access and money, in that order on some days and the reverse on others.

        Q: What is your message to donors?

        A: That the window is short. We cannot feed people with promises.
        ''')
    assert turns["What is your message to donors?"] == (QuoteKind.QUESTION, "Nadine Karam")
    assert turns["That the window is short. We cannot feed people with promises."] == (
        QuoteKind.ANSWER, "Samira Haddad")


def test_bylines_by_a_dot_or_over_a_date_line_and_reporters_at_a_briefing(tmp_path):
    """"Adrian Leclerc · CBC Books" is his byline (CBC Books no person); "Thandeka Mokoena"
    over "29 Nov 2019" is hers though no list has her given name: each asks, the second
    under the paper's label ("M&G:"); questions "from reporters" are a reporter's."""
    turns = turns_of(tmp_path, '''
        Dawn Kakegamic's debut novel is about a northern Manitoba town

        Adrian Leclerc · CBC Books
        Posted: Oct 08, 2022 6:00 AM CT

        Dawn Kakegamic grew up in a railway town in northern Manitoba.

        She spoke with CBC Books about silence, grandmothers and why she refused to write an elegy.

        Where did the book start for you?

        With a sound, actually. The freight trains used to come through at night.

        Why those three years?

        Because each one is a year something closed. I wanted the reader to feel it.

        What are you working on now?

        Something set in Winnipeg. I am not ready to say more than that.
        ''')
    assert turns["What are you working on now?"] == (QuoteKind.QUESTION, "Adrian Leclerc")
    turns = turns_of(tmp_path, '''
        Makhanda residents ‘are not asking for miracles, just water’

        Thandeka Mokoena
        29 Nov 2019

        Sipho Ndlovu, a retired schoolteacher, convenes the Makhanda Residents’ Forum.

        The Mail & Guardian spoke to him at his home in Joza.

        M&G: How long has your street been without water this month?

        Ndlovu: This month, we had water for maybe six days in total.

        M&G: Do you worry that the protests will turn violent?

        Ndlovu: I worry every day. I tell the young people that anger is not a plan.

        M&G: What would you say to the minister?

        Ndlovu: Come and carry a bucket with us for one week.
        ''')
    assert turns["What would you say to the minister?"] == (QuoteKind.QUESTION, "Thandeka Mokoena")
    turns = turns_of(tmp_path, '''
        Mayor, fire chief brief reporters on warehouse fire

        Mayor Teresa Delgado and Fire Chief Dennis Kowalczyk took questions from reporters outside the fire station on Tuesday afternoon.

        The following transcript has been lightly edited for clarity.

        MAYOR DELGADO: Good afternoon, everybody. I want to start by thanking the firefighters.

        Q: Chief, how are the two firefighters doing?

        CHIEF KOWALCZYK: One has been treated for heat exhaustion and released.

        Q: Was there a working sprinkler system?

        CHIEF KOWALCZYK: There was a sprinkler system in that building. Whether it worked, we will find out.

        Q: Mayor, when was it last inspected?

        MAYOR DELGADO: My understanding is the last full inspection was in 2019.
        ''')
    assert turns["Was there a working sprinkler system?"] == (QuoteKind.QUESTION, "reporter")


def test_a_briefings_labels_with_titles_and_the_reporters_outlets(tmp_path):
    """"DIR. TABORA:" is the Director Alvin Tabora the story names, "MODERATOR
    BAUTISTA:" the information officer Liza Bautista; "MARICAR SANTOS/DZBB:" is a
    reporter asking for her station, named as the label writes her."""
    quotes = quotes_of(tmp_path, '''
        TRANSCRIPT: Central Luzon disaster officials on Super Typhoon Karding

        At an online press briefing, Office of Civil Defense Region 3 director Alvin Tabora said power had been restored in most of Aurora.

        Below is the partial transcript of the briefing, which was moderated by OCD information officer Liza Bautista.

        MODERATOR BAUTISTA: Good afternoon to our friends in the media. We are joined by Director Tabora.

        DIR. TABORA: Thank you, Liza. As of 12 noon, we have recorded five dead.

        MARICAR SANTOS/DZBB: Director, good afternoon. Can you tell us what happened to the rescuers?

        DIR. TABORA: Based on the initial report, they were moving an evacuee by boat when a wall collapsed.

        JOEL REYES/PHILIPPINE STAR: Sir, on agriculture. How much damage are we looking at for rice?

        DIR. TABORA: The initial estimate is more than P1 billion for Central Luzon.
        ''')
    got = {q.text: q.speaker for q in quotes}
    assert got["Thank you, Liza. As of 12 noon, we have recorded five dead."] == "Alvin Tabora"
    assert got["Director, good afternoon. Can you tell us what happened to the rescuers?"] == (
        "Maricar Santos")
    assert got["Good afternoon to our friends in the media. We are joined by Director "
               "Tabora."] == "Liza Bautista"


# The introduction's own sentence of the talk ("X spoke with CBC host Y") may come
# before other paragraphs of the introduction: a statement the story quotes, the note
# that it was edited. X answers, Y (past the network's name) asks.
FARTHER_BACK = '''
    'We see it every weekend': a small-town vet on the shortage of large-animal vets

    Rural clinics in at least a dozen counties have stopped taking farm calls this year.

    In Bruce County, farmers now phone three clinics before anyone will come out. Dr. Hannah Kowalczyk, a veterinarian who covers four townships, spoke with CBC host Daniel Ferris about what that means for the farms she serves.

    In a statement, a spokesperson for the agriculture ministry said the province is "reviewing options to support rural practices."

    This interview has been edited for length and clarity.

    How often do you get calls you can't take?

    Every weekend. Last Saturday I turned down six calves and a ewe in trouble, and I hated every one of those calls.

    Why are there so few large-animal vets?

    The hours are brutal and the pay is worse than in a city small-animal practice. I graduated with eleven classmates and I am the only one still doing farm work.

    What would help?

    I would start with the student debt. Forgive part of it for anyone who does five years of rural practice.
    '''


def test_an_introduction_names_who_answers_and_asks_farther_back(tmp_path):
    turns = turns_of(tmp_path, FARTHER_BACK)
    answers = {speaker for kind, speaker in turns.values() if kind is QuoteKind.ANSWER}
    questions = {speaker for kind, speaker in turns.values() if kind is QuoteKind.QUESTION}
    assert answers == {"Hannah Kowalczyk"}
    assert questions == {"Daniel Ferris"}


def test_a_question_then_why_it_is_asked_is_set_apart(tmp_path):
    """"Why batteries? It is not the most obvious path for a young engineer.": the
    interviewer's, as a question ending in its mark is."""
    text = FARTHER_BACK.replace("How often do you get calls you can't take?",
                                "Why farm animals? It is not the usual choice for a new graduate.")
    turns = turns_of(tmp_path, text)
    assert turns.get("Why farm animals? It is not the usual choice for a new graduate.",
                     (None, None))[0] is QuoteKind.QUESTION
    assert turns["Every weekend. Last Saturday I turned down six calves and a ewe in trouble,"
                 " and I hated every one of those calls."] == (QuoteKind.ANSWER, "Hannah Kowalczyk")


def test_after_the_exchange_her_words_are_the_one_who_answered(tmp_path):
    """The answers spoke last: "“…,” she says" after them is the one who answered, not
    one a question described ("as a woman")."""
    text = FARTHER_BACK.replace("What would help?", "Is it harder as a woman?") + '''
    Her advice to students is blunt.

    "Do it for five years before you decide," she says. "You will know by then."
    '''
    quotes = quotes_of(tmp_path, text)
    said = [q.speaker for q in quotes if "Do it for five years" in q.text]
    assert said == ["Hannah Kowalczyk"]


def test_a_label_may_hold_a_small_word_of_a_name(tmp_path):
    """"Rest of World:" labels its questions as "Lan Anh:" labels her answers: the
    labels are left out of the words, and name who speaks."""
    quotes = quotes_of(tmp_path, '''
        The founder betting that AI tutors can fix English teaching

        Lan Anh Nguyen taught 48 children in a single class before she started her company.

        Rest of World spoke to Lan Anh about cheap human tutors and her plans. The conversation has been edited for length and clarity.

        Rest of World: Why build an AI tutor when human tutors are cheap?

        Lan Anh: They are cheap in the big cities. In the provinces there are not enough good teachers at any price.

        Rest of World: How do you know the children are learning?

        Lan Anh: We test them every eight weeks. I look at every result myself.

        Rest of World: Do you worry that AI will replace teachers?

        Lan Anh: No. I worry that teachers will be left to do everything alone.
        ''')
    questions = {q.text: q.speaker for q in quotes if q.kind is QuoteKind.QUESTION}
    assert questions == {"Why build an AI tutor when human tutors are cheap?": "Rest of World",
                         "How do you know the children are learning?": "Rest of World",
                         "Do you worry that AI will replace teachers?": "Rest of World"}


def test_a_station_by_its_letters_asks_and_is_not_interviewed(tmp_path):
    quotes = quotes_of(tmp_path, '''
        Man freed after 20 years speaks about his wrongful conviction

        By Dana Holt, KXTV reporter

        Marcus Fielding walked out of the courthouse on Thursday a free man for the first time since he was 19.

        Fielding spoke with KXTV News for about 20 minutes at his sister's home. The conversation has been edited for length and clarity.

        Q: What went through your mind when the judge said you were free?

        A: Honestly, I didn't hear the rest of what he said. I was waiting for someone to say it was a mistake.

        Q: Are you angry?

        A: I was angry for a long time. Now I just want to see my mother.

        Q: What do you want to do now?

        A: Eat a proper meal, then help the next man still inside.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answers == {"Marcus Fielding"}


# An outlet by its letters and a word ("CBC Books") is who asks, even where the turns
# follow "X spoke with …" with no note that it introduces them; a person who spoke to
# someone ("Hollis spoke to Jonathan Pereira") is who answers.
def test_an_outlet_by_letters_and_a_word_asks_the_labelled_questions(tmp_path):
    quotes = quotes_of(tmp_path, '''
        A debut novel about a ferry that never arrives

        CBC Books · Posted: Apr 20, 2023

        Maya Sandhu is a writer and former teacher from Dartmouth. Her debut novel follows six passengers on an overnight ferry.

        Sandhu spoke with CBC Books about writing the novel.

        Q: Where did the idea come from?

        A: My father worked on the ferries for 22 years. I grew up on that crossing.

        Q: How did you choose the passengers?

        A: I wanted the people you actually meet on a night boat. I took notes for years.

        Q: What do you hope readers take from it?

        A: I hope they call somebody they have not called in a while.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    questions = {q.speaker for q in quotes if q.kind is QuoteKind.QUESTION}
    assert answers == {"Maya Sandhu"}
    assert questions == {"CBC Books"}


def test_a_person_who_spoke_to_someone_answers(tmp_path):
    quotes = quotes_of(tmp_path, '''
        Country singer Tess Marlow on drought, debt and her fourth album

        By Lucy Tran

        Country singer Tess Marlow wrote most of her fourth album in the cab of a ute on her family's station.

        Marlow spoke to Owen Castle on RN's Sound Check. This transcript has been edited for length and clarity.

        OC: Was it hard to make?

        TM: Harder to release than to make, honestly. I nearly pulled it twice.

        OC: Has your dad heard it?

        TM: He has. He listened to the whole thing in the shearing shed.

        OC: What's the station like now?

        TM: It's rained. The dams are full and I can breathe again.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    assert answers == {"Tess Marlow"}


def test_a_question_quoting_a_title_and_an_editor_who_asks(tmp_path):
    """A question may quote a song's title ("“Marigold”"); "X spoke with Vulture senior
    editor Y" makes X the one who answers and Y the one who asks, not the byline."""
    quotes = quotes_of(tmp_path, '''
        Dev Sehgal is fine with being the 'Juniper' guy

        By Corinne Hale

        Nine years ago, Dev Sehgal released a song called “Juniper” that, by his own estimate, nobody heard.

        Sehgal spoke with Vulture senior editor Nate Oyelaran over Zoom from the band room at his school. The conversation has been edited and condensed.

        Where were you when you realized “Juniper” was blowing up?

        Grading quizzes. My phone kept buzzing and I thought somebody had died.

        How has it changed your day job?

        The kids are merciless. Every class sang the chorus at me for a week.

        Are you keeping the teaching job?

        For now. I have a tour this summer, when school is out.
        ''')
    answers = {q.speaker for q in quotes if q.kind is QuoteKind.ANSWER}
    questions = {q.speaker for q in quotes if q.kind is QuoteKind.QUESTION}
    assert answers == {"Dev Sehgal"}
    assert questions == {"Nate Oyelaran"}


def test_a_note_that_part_of_the_talk_follows_introduces_its_questions(tmp_path):
    """"“…,” Tessier told As It Happens host Sheena Lafferty." ¶ "Here is part of their
    conversation." ¶ questions set apart, each answered: the host asks, Tessier
    answers; the story goes on after the exchange."""
    (tmp_path / "story.txt").write_text(textwrap.dedent('''
        Library book comes home after 58 years

        When Marguerite Tessier opened a padded envelope at the library last week, she found a book borrowed in 1967.

        "We've decided to call it even," Tessier told As It Happens host Sheena Lafferty. "Honestly, the letter was worth more than the fine."

        Here is part of their conversation.

        Marguerite, what went through your head when you opened that envelope?

        At first I thought someone had mailed us a donation, which happens. Then I saw our old stamp on the card.

        What kind of shape is the book in?

        Better than you'd think. The spine's a bit cracked, but I was surprised how well it held up.

        Have you been in touch with the woman who sent it?

        I phoned her the day it arrived. She cried a little, I cried a little.

        The sender, reached at her home in Kelowna, said she had not expected the attention.
        ''').lstrip(), encoding="utf-8")
    quotes = [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]
    assert ("Sheena Lafferty", "What kind of shape is the book in?") in quotes
    assert ("Marguerite Tessier", "I phoned her the day it arrived. She cried a little, "
            "I cried a little.") in quotes


def test_questions_marked_q_and_answers_under_the_name_in_capitals(tmp_path):
    # A news conference's transcript: "Q." before each question, the player's name in
    # capitals before each answer. The answers are his; the questions the reporters'.
    quotes = quotes_of(tmp_path, '''
        Varga on his shoulder: "I'm not finished"

        By Claire Donnelly

        NEW YORK — Bence Varga sat down in Interview Room 1 on Wednesday night with an ice pack on his right shoulder.

        By the end of a 20-minute news conference, though, he had opened up about the injury. Here are excerpts from the transcript.

        Q. How is the shoulder, and when did you first feel it?

        BENCE VARGA: It started in the third set, on a serve out wide. I felt something pull.

        Q. Did you consider retiring?

        BENCE VARGA: No. Never. You don't retire in a quarterfinal of a Slam unless your arm falls off.

        Q. Do you think about how much longer you want to play?

        BENCE VARGA: Of course I think about it. I'm not 22 anymore.

        Varga said he would have a scan on Thursday.
        ''')
    turns = [(q.kind, q.speaker) for q in quotes if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)]
    assert [s for k, s in turns if k is QuoteKind.ANSWER] == ["Bence Varga"] * 3
    assert [s for k, s in turns if k is QuoteKind.QUESTION] == ["reporter"] * 3


def test_an_answer_running_on_under_initials_is_the_one_they_stand_for(tmp_path):
    # "FOM:" and "RK:" label the turns; an answer's second paragraph, with no label of
    # its own, is still Renata Kowalczyk's, not "RK"'s
    quotes = quotes_of(tmp_path, '''
        Prairie Line's boss on a hard year

        Renata Kowalczyk took over Prairie Line Logistics from her father in 2019. She spoke to Freight Operations Monthly about the downturn. The interview has been edited.

        FOM: You shrank the fleet by almost 20%. How did you decide where to cut?

        RK: We looked lane by lane. If a lane wasn't paying for the truck after fuel and the driver, it went.

        What we did not do was cut driver pay. I know some carriers did, and I understand why.

        FOM: What comes next?

        RK: We hold the line. I think the worst of it is behind us.
        ''')
    answers = [q for q in quotes if q.kind is QuoteKind.ANSWER]
    assert [q.speaker for q in answers if "driver pay" in q.text] == ["Renata Kowalczyk"]
