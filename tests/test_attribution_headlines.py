"""A headline made of a quotation and whose it is ("‘…’: NDRF commander on the rescue",
"Q&A: ‘…’", "Ana Duarte: ‘…’"): a quote of its own when the body never quotes those
words, in the name of the one the headline names, else of the article's main voice.
Each on sentences written for these tests."""

import textwrap

import klayman_tui


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return klayman_tui.load([tmp_path]).sources[0].quotes


BODY = '''
    The lifeboat crew had been at sea for nineteen hours when the trawler was found.

    "We could hear them before we could see them, shouting over the wind," said coxswain Rhodri Bevan, 52. "By the time we got a line across, two of them could barely stand."

    Bevan has served on the Mumbles lifeboat for 27 years. "You never get used to it. You just learn to put it somewhere," he said.

    The RNLI said the crew would be recognised at its annual awards. "Their seamanship that night was exceptional," a spokeswoman said.
    '''


def test_a_quoted_headline_described_after_its_colon_is_the_main_voices(tmp_path):
    quotes = quotes_of(tmp_path, "'We just kept going because they were still out there': "
                                 "lifeboat coxswain on a nineteen-hour rescue\n" + BODY)
    headline = [q for q in quotes if q.text.startswith("We just kept going")]
    assert [(q.speaker, q.rule) for q in headline] == [("Rhodri Bevan", "headline-main-voice")]
    assert 0 < headline[0].confidence < 0.9  # a reading of the article, not a cue
    from klayman_tui.corpus.extract.evidence import evidence_line
    assert evidence_line(headline[0]) == (
        "the headline describes whose: “lifeboat coxswain on a nineteen-hour rescue” (¶1); "
        "the article quotes Rhodri Bevan most")


def test_a_question_and_answer_label_before_the_quotation(tmp_path):
    quotes = quotes_of(tmp_path, "Q&A: 'We just kept going because they were still out "
                                 "there'\n" + BODY)
    assert [q.speaker for q in quotes if q.text.startswith("We just kept")] == ["Rhodri Bevan"]


def test_a_name_in_the_headline_is_whose_the_quotation_is(tmp_path):
    body = BODY.replace("Bevan has served", "Lowri Evans, his deputy, has served")
    quotes = quotes_of(tmp_path, "'It was the longest night of my life': Lowri Evans on the "
                                 "Mumbles rescue\n" + body)
    assert [q.speaker for q in quotes if q.text.startswith("It was the longest")] == [
        "Lowri Evans"]


def test_headline_words_the_body_quotes_are_one_quote(tmp_path):
    body = BODY.replace("two of them could barely stand", "two of them could barely stand. "
                        "We just kept going because they were still out there")
    quotes = quotes_of(tmp_path, "'We just kept going because they were still out there': "
                                 "lifeboat coxswain on a nineteen-hour rescue\n" + body)
    assert len([q for q in quotes if "We just kept going" in q.text]) == 1


def test_a_headline_that_only_quotes_a_phrase_gives_no_quote(tmp_path):
    quotes = quotes_of(tmp_path, "Lifeboat crew praised for 'exceptional seamanship' in "
                                 "nineteen-hour rescue\n" + BODY)
    assert not [q for q in quotes if q.paragraph == 0]


def test_a_quotation_inside_the_headlines_sentence_gives_no_quote(tmp_path):
    # The union's words, in a story whose main voice is the minister's.
    body = '''
        "The offer on the table is fair and it is final," said Transport Minister Elin Rhys. "I will not negotiate through the newspapers. The door to my office is open, and it has been open for six weeks."

        Union officials did not respond to a request for comment.
        '''
    quotes = quotes_of(tmp_path, "Minister dismisses 'we will strike all summer if we have "
                                 "to'\n" + body)
    assert not [q for q in quotes if q.paragraph == 0]


def test_no_main_voice_no_headline_quote(tmp_path):
    # Three voices quoted alike: the headline's description names none of them.
    body = '''
        "The harbour wall has been failing for a decade," said Gwen Morgan, a councillor.

        "Nobody wants to pay for it, that is the whole story," said Idris Pugh, a fisherman.

        "We have asked the Welsh government for help twice this year," said Carys Lloyd, the harbour master.
        '''
    quotes = quotes_of(tmp_path, "'Something has to give': harbour town divided over repairs\n"
                       + body)
    assert not [q for q in quotes if q.paragraph == 0]
