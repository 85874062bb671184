"""The last tier of search (some of the words, or the idea in other words) weighs a
quote by its kind: an interview's answer is found through the meaning of the question
it replies to, and a fragment or an interviewer's question comes below the answers
and quotations as near the query. Each on a corpus the test writes."""

import numpy as np

import klayman_tui
from klayman_tui.corpus.search.context import QuestionsAnswered

INTERVIEW = """An interview with Mae Lind

By Ron Tate

Mae Lind made a film about a sculptor in Lagos.

Q: How did you hear that the police had arrested him?

A: A friend sent me a message an hour later, and I stayed awake all night.

Q: Where will audiences be able to watch the documentary?

A: It opens in two cinemas next month, and a festival in October.

Q: What did the sculptor teach you about patience?

A: He waits years for the right stone, and he never rushes a piece.
"""

FLOOD = """River towns count the cost

By Ida Moss

The mayor, Tom Reed, said the storm was "a total catastrophe" for the valley.

"The water rose over the fields and ruined the harvest for every farm around here," said Ana Cruz, who grows wheat.

"The school reopens on Friday," said Lee Park.
"""


def _load(folder, text):
    (folder / "article.txt").write_text(text, encoding="utf-8")
    return klayman_tui.load([folder])


def test_an_answer_is_found_through_the_meaning_of_its_question(tmp_path):
    # Neither the answer nor its question holds a word of the query: the question
    # (police, arrested) is near it in meaning, and the answer says what happened.
    hits = _load(tmp_path, INTERVIEW).search("taken into custody")
    texts = [hit.text for hit in hits]
    assert texts[0].startswith("A friend sent me a message"), texts
    assert hits[0].tier == "meaning" and hits[0].quote.speaker == "Mae Lind"
    # Its question is listed too, below it.
    assert any(text.startswith("How did you hear") for text in texts[1:]), texts
    assert not any("cinemas" in text or "stone" in text for text in texts[:2])


def test_a_fragment_comes_below_a_quotation_as_near_the_query(tmp_path):
    corpus = _load(tmp_path, FLOOD)
    kinds = {quote.text: quote.kind.name for quote in corpus.sources[0].quotes}
    assert kinds["a total catastrophe"] == "FRAGMENT"
    texts = [hit.text for hit in corpus.search("the storm was ruinous for farms")]
    assert texts.index("a total catastrophe") > 0, texts
    assert texts[0].startswith("The water rose over the fields")


def test_the_answers_to_questions_are_read_by_question_as_ranges():
    answered = QuestionsAnswered([])
    answered.questions = np.array([2, 2, 5, 9], dtype=np.int32)
    answered.answers = np.array([3, 4, 6, 10], dtype=np.int32)
    answers, asked = answered.of(np.array([9, 1, 2]))
    assert answers.tolist() == [10, 3, 4]
    assert asked.tolist() == [0, 2, 2]  # positions in the questions asked about
    none, _ = answered.of(np.array([7]))
    assert not len(none)
