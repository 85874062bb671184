"""Quote extraction and attribution, on the bundled articles and on unseen text."""

import textwrap

import pytest
from conftest import DGENERATE, FAST_COMPANY, HERALD, THEWRAP
from quote_scoring import score

import klayman_tui
from klayman_tui.corpus import QuoteKind, Role


def test_against_the_hand_labelled_gold_set(corpus):
    result = score(corpus)
    report = (f"recall {result.recall:.3f} precision {result.precision:.3f} "
              f"speaker accuracy {result.speaker_accuracy:.3f}\nmissed {result.missed}\n"
              f"spurious {result.spurious}\nwrong speaker {result.wrong_speaker}")
    # Every quote found is in the gold set and has its speaker; one short answer inside
    # TheWrap's transcript ("I can't talk about it") is not found.
    assert result.recall >= 0.98, report
    assert result.precision == 1.0, report
    assert result.speaker_accuracy == 1.0, report


def test_every_quote_is_the_sources_exact_words(corpus):
    for quote in corpus.quotes:
        parts = [quote.source.text[a:b] for a, b in quote.spans]
        assert all(parts), quote
        assert quote.text.startswith(parts[0]) and quote.text.endswith(parts[-1])
        block = quote.block
        assert block.start <= quote.start and quote.end <= quote.source.blocks[-1].end
        assert parts[0] in block.text


def test_split_quote_is_one_quote_with_two_spans(corpus):
    herald = corpus.source(HERALD)
    split = [q for q in herald.quotes if q.text.startswith("nothing")]
    assert len(split) == 1
    quote = split[0]
    assert quote.text == "nothing … was happening at my convenience."
    assert quote.speaker == "Alison Klayman"
    assert [herald.text[a:b] for a, b in quote.spans] == [
        "nothing", "was happening at my convenience."]


def test_scare_quotes_and_titles_are_not_quotes(corpus):
    texts = {q.text.strip(" ,.") for q in corpus.quotes}
    for not_a_quote in ("dissident", "collaborative", "hopes and fears", "Never Sorry",
                        "Ai Weiwei: Never Sorry", "All Things Considered", "bird's nest"):
        assert not_a_quote not in texts


@pytest.mark.parametrize("words,is_title", [
    # A title leaves only its minor words in small letters, in English or not.
    ("Gone With the Wind", True), ("Midday with Ana Ruiz", True),
    ("Los Hijos de Ruiz", True), ("All Things Considered,", True),
    # A sentence that names someone leaves other short words small too.
    ("I'm a big fan of Tomas,", False), ("That's the way it is, Ana.", False),
    ("Absolutely not. Absolutely not,", False),
])
def test_a_title_leaves_only_its_minor_words_small(words, is_title):
    from klayman_tui.corpus.extract.engine import is_title as reads_as_title
    assert reads_as_title(words) is is_title


def test_a_sentence_naming_someone_is_a_quote_not_a_title(tmp_path):
    source = load_text(tmp_path, '''
        Harbour plan

        "I'm a big fan of Tomas," said Ana Ruiz, the harbour master. "He is good for the port."
        ''')
    assert [(q.speaker, q.text) for q in source.quotes] == [
        ("Ana Ruiz", "I'm a big fan of Tomas"), ("Ana Ruiz", "He is good for the port.")]


def test_reader_comments_never_yield_quotes(corpus):
    herald = corpus.source(HERALD)
    comment_paragraphs = {b.index for b in herald.blocks if b.role is Role.COMMENT}
    assert comment_paragraphs
    assert not [q for q in herald.quotes if q.paragraph in comment_paragraphs]


def test_unbalanced_marks_do_not_swallow_the_text(corpus):
    fast = corpus.source(FAST_COMPANY)
    lone = [q for q in fast.quotes if "‘the power of the Internet" in q.text]
    assert len(lone) == 1 and lone[0].text.endswith("but it can be a lot of talk")
    assert len(fast.quotes) == 9
    dgen = corpus.source(DGENERATE)
    assert not [q for q in dgen.quotes if q.text.startswith("greatest hits")]


def test_interview_answers_and_questions(corpus):
    wrap = corpus.source(THEWRAP)
    answers = [q for q in wrap.quotes if q.kind is QuoteKind.ANSWER]
    questions = [q for q in wrap.quotes if q.kind is QuoteKind.QUESTION]
    assert len(questions) == 8 and len(answers) == 19
    assert {q.speaker for q in answers} == {"Alison Klayman"}
    # TheWrap names nobody as asking: the speaker is the interviewer, not the outlet.
    assert {q.speaker for q in questions} == {"interviewer (TheWrap)"}
    bootleg = next(q for q in answers if "bootlegged" in q.text)
    assert "[laughs]" in bootleg.text and "[subtitled]" in bootleg.text
    dgen = corpus.source(DGENERATE)
    first_answer = next(q for q in dgen.quotes if q.kind is QuoteKind.ANSWER)
    assert first_answer.text.startswith("I had been living in Beijing")  # label left out


def test_quotes_nested_in_interviews_keep_their_own_speaker(corpus):
    dgen = corpus.source(DGENERATE)
    by_text = {q.text: q.speaker for q in dgen.quotes}
    assert by_text["because it’s Chinese, it becomes political."] == "Karen Smith"
    assert by_text["the internet."] == "Ai Weiwei"
    assert by_text["it makes no difference if a cat is black or white so long as it can "
                   "catch mice."] == "Deng Xiaoping"


def test_aliases_resolve_to_one_speaker(corpus):
    assert corpus.speakers.resolve("AK") == "Alison Klayman"
    assert corpus.speakers.resolve("klayman") == "Alison Klayman"
    assert corpus.speakers.resolve("Weiwei") == "Ai Weiwei"
    fineran = corpus.quotes_by(speaker="fineran")
    assert len(fineran) == 4 and {q.speaker for q in fineran} == {"Jen Fineran"}
    assert corpus.quotes_by(speaker="AK") == corpus.quotes_by(speaker="Alison Klayman")


def load_text(tmp_path, text, name="story.txt"):
    (tmp_path / name).write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return klayman_tui.load([tmp_path]).sources[0]


BBC = '''
    Council approves new bridge after long debate

    By Tom Harris
    12 March 2019

    The council has approved plans for a new bridge over the river.

    "This is a great day for the town," said Mr Jones, the council leader. "We have waited 20 years for it."

    Opposition leader Sarah Brown said the plan was "a costly mistake" and that residents had not been consulted.

    "People told me 'we never asked for this', and they are right," she said.

    Mrs Patel, who lives near the site, said: "The noise will be unbearable for months."

    "We will fight this," added Mr Okafor. "It is not over."

    According to the engineer, David Lee, "the bridge will last a hundred years."

    "The first phase begins in May," Mr Jones said.
    "It will be finished by the end of next year, and I think people will be proud of it.

    "Nobody will remember the arguments then."

    Critics called the scheme a "vanity project".
'''


def test_bbc_style_news_prose(tmp_path):
    source = load_text(tmp_path, BBC)
    got = [(q.speaker, q.text) for q in source.quotes]
    assert got == [
        ("Jones", "This is a great day for the town"),
        ("Jones", "We have waited 20 years for it."),
        ("Sarah Brown", "a costly mistake"),
        ("Sarah Brown", "People told me 'we never asked for this', and they are right"),
        ("Patel", "The noise will be unbearable for months."),
        ("Okafor", "We will fight this"),
        ("Okafor", "It is not over."),
        ("David Lee", "the bridge will last a hundred years."),
        ("Jones", "The first phase begins in May"),
        ("Jones", "It will be finished by the end of next year, and I think people will be "
                  "proud of it. Nobody will remember the arguments then."),
    ]
    running_on = source.quotes[-1]
    assert len(running_on.spans) == 2
    assert running_on.source.blocks[running_on.paragraph].text.startswith('"It will be')
    assert source.quotes[2].kind is QuoteKind.FRAGMENT


def test_curly_and_single_quotes_in_british_style(tmp_path):
    source = load_text(tmp_path, '''
        Minister defends plan

        ‘We have no choice,’ said Ms Green. ‘The money has run out.’

        He said the council’s ‘best efforts’ had failed, adding: ‘Nobody wanted this outcome.’
        ''')
    got = [(q.speaker, q.text) for q in source.quotes]
    assert got == [("Green", "We have no choice"), ("Green", "The money has run out."),
                   # "He" fits nobody named before it: unknown, not the last speaker.
                   ("Unknown", "Nobody wanted this outcome.")]


def test_a_single_quoted_quotation_holds_the_double_quoted_words_it_quotes(tmp_path):
    """British news nests double marks inside single ones: the whole ‘…’ is the quote,
    the “…” inside it are words within it; a stray straight ' still never swallows a
    double-marked quotation."""
    source = load_text(tmp_path, '''
        Tube strike

        One driver told reporters: ‘Management keep telling us this offer is “final and best”, but they said that last time too.’

        Sophie in 't Veld said the plan was "not good enough for anyone".
        ''')
    got = [q.text for q in source.quotes]
    assert got == ["Management keep telling us this offer is “final and best”, but they said "
                   "that last time too.", "not good enough for anyone"]


def test_a_single_quoted_quotation_running_on_holds_its_double_quoted_words(tmp_path):
    """A ‘ left open at a paragraph's end runs on into the next, as British news writes
    a quotation over paragraphs; the “…” it quotes is inside it, not a quote of its own
    (which went to "the woman" it names)."""
    source = load_text(tmp_path, '''
        Dog found

        ‘I honestly thought it was a wind-up,’ Gemma Rowbotham said. ‘The woman on the phone said, “We think we’ve got your dog,” and I just burst into tears.

        ‘I rang my husband and he could not understand a word I was saying.’
        ''')
    got = [(q.speaker, q.text) for q in source.quotes]
    assert got[1] == ("Gemma Rowbotham", "The woman on the phone said, “We think we’ve got "
                      "your dog,” and I just burst into tears. I rang my husband and he "
                      "could not understand a word I was saying."), got
    assert len(got) == 2
    # A ‘ left open inside a double-marked quotation runs on into nothing.
    source = load_text(tmp_path, '''
        Council row

        “I was alarmed. ‘Big cities, come to me, we’ll rebuild you,” Doherty said. “When does it ever end? These towns are struggling.”
        ''')
    assert [q.text for q in source.quotes] == [
        "I was alarmed. ‘Big cities, come to me, we’ll rebuild you",
        "When does it ever end? These towns are struggling."]


def test_guillemets_mark_quotations(tmp_path):
    """« » as much European news marks speech, with or without spaces inside; a
    quotation in double marks inside them is part of the quote, and one running on
    into the next paragraph opens it with « again."""
    source = load_text(tmp_path, '''
        Bridge to reopen

        «We will rebuild the bridge,» said Mayor Ana Ruiz, «before the first snow.»

        Her deputy, Tomas Berg, told reporters: « The engineers call it “the hardest job in the valley”. »

        «Nobody will cross the river by ferry again,» Berg said. «Not this winter.

        «Not ever.»
        ''')
    got = [(q.speaker, q.text) for q in source.quotes]
    assert got == [
        ("Ana Ruiz", "We will rebuild the bridge … before the first snow."),
        ("Tomas Berg", "The engineers call it “the hardest job in the valley”."),
        ("Tomas Berg", "Nobody will cross the river by ferry again"),
        ("Tomas Berg", "Not this winter. Not ever."),
    ]


def test_a_stray_apostrophe_never_swallows_the_quotation_after_it(tmp_path):
    source = load_text(tmp_path, '''
        Harbour plan

        "The port is changing," said Ana Ruiz of the 'harbour watch group, a local charity. "It is a risk for everyone."
        ''')
    assert [q.text for q in source.quotes] == ["The port is changing",
                                               "It is a risk for everyone."]


def test_a_missing_letter_or_a_plurals_possessive_does_not_end_a_single_quoted_line(
        tmp_path):
    """"‘Hands up, Callum. He’s no’ going to wait for you.’" and "‘The players’ union
    will not sign it.’", each a paragraph of its own: one quotation each, to its end."""
    source = load_text(tmp_path, '''
        The last round

        Tam Reid runs the gym on the first floor.

        ‘Hands up, Callum. He’s no’ going to wait for you to finish your thought.’

        ‘The players’ union will not sign it, and nobody should expect them to.’
        ''')
    assert [q.text for q in source.quotes] == [
        "Hands up, Callum. He’s no’ going to wait for you to finish your thought.",
        "The players’ union will not sign it, and nobody should expect them to."]


def test_he_and_she_resolve_to_the_last_person_who_fits(tmp_path):
    source = load_text(tmp_path, '''
        Two views

        Mr Adams spoke first. Then Ms Baker took the floor. "We cannot wait any longer," she said.

        "That is simply not true, in my view," he replied.
        ''')
    assert [(q.speaker, q.text) for q in source.quotes] == [
        ("Baker", "We cannot wait any longer"),
        ("Adams", "That is simply not true, in my view"),
    ]


def test_labelled_q_and_a_transcript(tmp_path):
    source = load_text(tmp_path, '''
        Interview with Jane Smith, author of "The Long Road"

        By Peter Quill

        Q: What drew you to the story?
        A: I grew up near the river.

        Q: Was it hard to write?
        A: Very. Some days nothing came.
        It took years.
        ''')
    got = [(q.kind, q.speaker, q.text) for q in source.quotes]
    assert got == [
        (QuoteKind.QUESTION, "Peter Quill", "What drew you to the story?"),
        (QuoteKind.ANSWER, "Jane Smith", "I grew up near the river."),
        (QuoteKind.QUESTION, "Peter Quill", "Was it hard to write?"),
        (QuoteKind.ANSWER, "Jane Smith", "Very. Some days nothing came."),
        (QuoteKind.ANSWER, "Jane Smith", "It took years."),
    ]


@pytest.mark.parametrize("text", [
    'He said “this never closes and goes on and on\n\nNext paragraph is narration.',
    'Stray ” closing mark and a lone “ opening one, then words.',
    "It's the parents' house and the '90s, not a quote at all.",
])
def test_unbalanced_or_apostrophes_never_make_runaway_quotes(tmp_path, text):
    source = load_text(tmp_path, "Headline\n\n" + text + "\n")
    for quote in source.quotes:
        assert "Next paragraph" not in quote.text
        assert "words" not in quote.text
    assert not [q for q in source.quotes if "parents" in q.text or "90s" in q.text]


def test_an_honorific_from_the_word_lists_is_no_part_of_a_speaker_and_gives_the_pronoun():
    """The speaker book strips the same honorifics the name reader knows (one list)."""
    from klayman_tui.corpus.ingest.speakers import SpeakerBook

    book = SpeakerBook()
    assert book.learn("Herr Karl Weber") == "Karl Weber"
    assert book.pronoun("Karl Weber") == "he"
    assert book.learn("Madame Odile Roy") == "Odile Roy"
    assert book.pronoun("Odile Roy") == "she"
    assert book.resolve("Mrs Roy") == "Odile Roy"


@pytest.mark.parametrize("quoted,is_quote", [
    # A sentence capitalises only its first word: that is no title.
    ("There is no way out for us,", True),
    ("That was a lie,", True),
    ("Absolutely not,", True),
    ("This is a sad day for us,", True),
    ("Oh, my God,", True),
    # Capitals past the first word: a title, cue or not.
    ("Morning Joe,", False),
    ("Tales From the Crypt,", False),
])
def test_a_cued_sentence_is_a_quote_and_a_title_is_not(tmp_path, quoted, is_quote):
    (tmp_path / "story.txt").write_text(
        f"Test story\n\nThe hearing ran late on Monday.\n\n“{quoted}” said Ann Lee.\n",
        encoding="utf-8")
    texts = [q.text for q in klayman_tui.load([tmp_path]).quotes]
    assert (quoted.rstrip(",") in " ".join(texts)) is is_quote, texts


def test_a_chain_of_split_quotations_is_many_quotes_not_one(tmp_path):
    """A sentence is split by a cue once or twice: 300 “…,” said Ann Lee, in one
    paragraph are 300 quotations in quotes of a few parts each, not one quote of 300
    (which took seconds and a gigabyte at 50,000)."""
    from klayman_tui.corpus.extract.engine import MAX_SPLIT_PARTS

    (tmp_path / "chain.txt").write_text(
        "Chain\n\n" + '"Yes it is," said Ann Lee, ' * 300 + "\n", encoding="utf-8")
    quotes = klayman_tui.load([tmp_path]).quotes
    assert len(quotes) >= 300 // MAX_SPLIT_PARTS
    assert {q.speaker for q in quotes} == {"Ann Lee"}
    assert max(len(q.spans) for q in quotes) <= MAX_SPLIT_PARTS


def test_an_interview_whose_answers_no_label_names_is_with_the_one_its_introduction_names(
        tmp_path):
    source = load_text(tmp_path, '''
        "I wanted to write the town I grew up in": Anjali Raghavan on her debut

        Anjali Raghavan's first novel follows three generations of a family in one tower
        block. It has been shortlisted for the Giller Prize.

        We spoke to her by video from her kitchen. The conversation has been edited.

        Q: Where did the book start?

        With a smell, honestly. My mother used to fry mustard seeds every morning.

        Q: How has your family reacted?

        My father has read it three times. He marks typos in pencil.

        Q: What are you working on now?

        A second novel, about a bus driver on a night route.
        ''')
    got = [(q.kind, q.speaker, q.text) for q in source.quotes
           if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)]
    assert got == [
        (QuoteKind.QUESTION, "interviewer", "Where did the book start?"),
        (QuoteKind.ANSWER, "Anjali Raghavan",
         "With a smell, honestly. My mother used to fry mustard seeds every morning."),
        (QuoteKind.QUESTION, "interviewer", "How has your family reacted?"),
        (QuoteKind.ANSWER, "Anjali Raghavan",
         "My father has read it three times. He marks typos in pencil."),
        (QuoteKind.QUESTION, "interviewer", "What are you working on now?"),
        (QuoteKind.ANSWER, "Anjali Raghavan",
         "A second novel, about a bus driver on a night route."),
    ]


def test_an_interview_with_one_of_a_couple_is_with_the_one_named_nearest_it(tmp_path):
    """Two people named as often before the interview (a couple who share a surname):
    the answers are the one its introduction names last, not Unknown."""
    source = load_text(tmp_path, '''
        Couple opens a bakery

        Nadia Petrov and her husband, Ivan Petrov, opened the bakery in March. Ivan Petrov
        built the ovens. Nadia Petrov wrote the menu, and Ivan Petrov chose the flour.

        Nadia Petrov spoke with the Gazette's Tom Reyes on opening day.

        Q: What makes good bread?

        A: Time. Most people rush the dough, and you can taste it.

        Q: What comes next?

        A: A second oven, and some sleep.
        ''')
    answers = {q.speaker for q in source.quotes if q.kind is QuoteKind.ANSWER}
    assert answers == {"Nadia Petrov"}


def test_a_labelled_interview_inside_a_datelined_story(tmp_path):
    """A story whose lede opens "SINGAPORE:" with an interview in the middle labelled
    "CNA:" and "Dr Nur Hidayah:": the dateline is no turn, the answers are the person
    the introduction names in full, the outlet keeps its capitals, and the story after
    the last label is the story again, not more of her answer."""
    source = load_text(tmp_path, '''
        Scientist on why the haze keeps coming back

        SINGAPORE: Hazy skies returned to the island this week for the first time since 2019.

        Officials said the readings were expected to improve by Monday.

        CNA spoke to Dr Nur Hidayah Ismail, a peatland ecologist at a university in Kuala
        Lumpur. The interview has been edited for clarity.

        CNA: Why is it back now?

        Dr Nur Hidayah: This is a dry year, and when peat dries out it burns very easily.

        CNA: Who is lighting the match?

        Dr Nur Hidayah: Mostly people clearing land, because fire is still the cheapest way.

        CNA: Are you optimistic?

        Dr Nur Hidayah: On good days, yes. I have seen villages where it was done.

        Back on the island, some residents said they had dug out their old masks.

        Mr Ravi Chandran, a taxi driver, said he first noticed the smell on Friday night.
        ''')
    turns = [(q.kind, q.speaker) for q in source.quotes
             if q.kind in (QuoteKind.QUESTION, QuoteKind.ANSWER)]
    assert turns == [(QuoteKind.QUESTION, "CNA"), (QuoteKind.ANSWER, "Nur Hidayah Ismail")] * 3
    story = [b.role for b in source.blocks if b.text.startswith(("SINGAPORE", "Back", "Mr R"))]
    assert story == [Role.NARRATION] * 3


def test_transcript_labels_may_hold_capitals_beyond_ascii(tmp_path):
    """Irish names in labels ("Diarmuid Ó Laoghaire:"): each turn is its speaker's."""
    source = load_text(tmp_path, '''
        Manager reluctant to blame referee

        Speaking on Sunday Sport, he was reluctant to criticise the referee. The exchange went:

        Niall Ó Dubhghaill: Diarmuid, you've had a chance to look at that free now. Was it a free?

        Diarmuid Ó Laoghaire: Look, I've seen it once, on a phone. I'm not going to hang a referee.

        Niall Ó Dubhghaill: But it was a big call at a big moment, wasn't it?

        Diarmuid Ó Laoghaire: They're all big calls at this time of year. We had our chances.
        ''')
    got = [q.speaker for q in source.quotes]
    assert got == ["Niall Ó Dubhghaill", "Diarmuid Ó Laoghaire"] * 2


def test_a_question_whose_q_lost_its_space_is_a_question(tmp_path):
    """A page's bold "Q" run into the question ("QLast October, …") when the answers
    are labelled "A:": the question is the interviewer's, not the interviewee's, and
    neither label is part of the words."""
    source = load_text(tmp_path, '''
        Laura Lane sees hope for the harbour

        Former mayor Laura Lane wrote the introduction for a new book. She sat down this
        week to discuss the harbour. The conversation has been edited and condensed.

        QLast October, the council changed course and kept the pier open. You thanked them.

        A: Yes, I think that is really important for the fishermen.

        QWhat would have happened?

        A: I think they would have been set back for years.

        QThe pier has cost more than any project in the town. Is it worth it?

        A: It is up to the town. There is no doubt about that.

        QWill you stand again?

        A: No. Somebody younger should.
        ''')
    turns = {q.text.split(".")[0]: (q.kind, q.speaker) for q in source.quotes}
    assert turns["Last October, the council changed course and kept the pier open"] == (
        QuoteKind.QUESTION, "interviewer")
    assert turns["Yes, I think that is really important for the fishermen"] == (
        QuoteKind.ANSWER, "Laura Lane")
