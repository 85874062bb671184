import pytest
from conftest import DGENERATE, EPOCH, FAST_COMPANY, HERALD, THEWRAP

import klayman_tui
from klayman_tui.corpus import Role
from klayman_tui.corpus.ingest.blocks import split_paragraphs


def roles(corpus, source_id):
    return [(b.role, b.text) for b in corpus.source(source_id).blocks]


def texts_with(corpus, source_id, role):
    return [t for r, t in roles(corpus, source_id) if r is role]


def test_blocks_are_exact_slices_of_the_text(corpus):
    for source in corpus.sources:
        for block in source.blocks:
            assert source.text[block.start:block.end] == block.text


def test_nothing_in_the_file_is_dropped(corpus):
    for source in corpus.sources:
        covered = "".join(b.text for b in source.blocks)
        assert "".join(covered.split()) == "".join(source.text.split())


def test_thewrap_has_eight_unlabelled_questions(corpus):
    questions = texts_with(corpus, THEWRAP, Role.QUESTION)
    assert len(questions) == 8
    assert questions[0] == "The court ruling obviously didn't come as a surprise to anyone."
    assert questions[-1] == "What do you think is going to happen next for Weiwei?"
    assert any(q.startswith("It speaks volumes") for q in questions)


def test_thewrap_tagline_and_also_read_are_boilerplate(corpus):
    furniture = texts_with(corpus, THEWRAP, Role.BOILERPLATE)
    assert "We've Got Hollywood Covered" in furniture
    assert any(t.startswith("Also read:") for t in furniture)


def test_thewrap_answers_follow_their_questions(corpus):
    answers = texts_with(corpus, THEWRAP, Role.ANSWER)
    assert answers[0].startswith("No, it was nothing we didn't expect.")
    assert any("[laughs]" in a for a in answers)
    assert not any(a.startswith("Alison Klayman knows") for a in answers)


def test_dgenerate_labelled_turns(corpus):
    source = corpus.source(DGENERATE)
    questions = [b for b in source.blocks if b.role is Role.QUESTION]
    answers = [b for b in source.blocks if b.role is Role.ANSWER]
    assert len(questions) == 7
    assert {b.label for b in questions} == {"dGenerate Films", "dGF"}
    assert answers[0].label == "Alison Klayman"
    # Unlabelled paragraphs continue the answer they follow.
    assert any(b.label is None and b.text.startswith("On the level of allegory") for b in answers)
    furniture = texts_with(corpus, DGENERATE, Role.BOILERPLATE)
    assert furniture[:2] == ["top of page", "• dgeneratefilms"]
    assert "bottom of page" in furniture


def test_herald_comments_newsletter_and_closing_line(corpus):
    comments = texts_with(corpus, HERALD, Role.COMMENT)
    assert len(comments) == 2
    assert comments[0].startswith("1. Ted Patrick")
    assert comments[1].startswith("2. Suzi Q 38 says:")
    assert comments[1].endswith("I pray that everyone is set free somehow.")
    furniture = texts_with(corpus, HERALD, Role.BOILERPLATE)
    assert "To stay up-to-date, subscribe to our daily newsletter." in furniture
    assert any(t.startswith("Comments are closed.") for t in furniture)


def test_herald_headline_byline_and_headings(corpus):
    assert texts_with(corpus, HERALD, Role.HEADLINE) == [
        "Alum draws praise for film on Chinese dissident"]
    assert texts_with(corpus, HERALD, Role.BYLINE) == ["Staff Writer", "Monday, September 10, 2012"]
    assert texts_with(corpus, HERALD, Role.HEADING) == [
        "‘A moving target’", "Exposing the system", "A portrait of a hero"]


def test_wrapped_line_joins_its_paragraph(corpus):
    joined = [t for _, t in roles(corpus, HERALD) if "freedom of expression and" in t]
    assert len(joined) == 1 and joined[0].endswith("transparency with strong characters.")


def test_epoch_footer_and_fast_company_bio_are_boilerplate(corpus):
    assert any("publishes in 35 countries" in t for t in texts_with(corpus, EPOCH, Role.BOILERPLATE))
    bio = texts_with(corpus, FAST_COMPANY, Role.BOILERPLATE)
    assert bio[0] == "About the author" and bio[1].startswith("Ari Karpel is a frequent")
    assert texts_with(corpus, FAST_COMPANY, Role.DEK)[0].startswith("Alison Klayman, the director")


def test_split_paragraphs_on_blank_lines_and_line_breaks():
    text = "Title\n\nOne line.\nAnother line\ncontinued here.\n\n\nLast."
    paragraphs = [text[p.start:p.end] for p in split_paragraphs(text)]
    assert paragraphs == ["Title", "One line.", "Another line\ncontinued here.", "Last."]


@pytest.mark.parametrize("paragraph,furniture", [
    ("Alvarado-Fisk, asked about Ostby's newsletter after the meeting, said she welcomed "
     "the scrutiny.", False),
    ("About 40,000 people subscribe to his channel, where he posts twice a week.", False),
    ("Sign up for our newsletter to get the day's news in your inbox.", True),
    ("Subscribe now for unlimited access.", True),
])
def test_a_newsletter_the_story_names_is_no_page_furniture(tmp_path, paragraph, furniture):
    """A short paragraph is the page's call to sign up when it asks the reader to
    ("Sign up for our newsletter", "Subscribe now"); one that names a newsletter or
    subscribers in the story is the story's, read for who speaks after it."""
    (tmp_path / "story.txt").write_text(
        "Schools to merge\n\nThe board met on Wednesday to discuss the plan.\n\n"
        f"{paragraph}\n\n\"We will get this right for every family,\" she said.\n",
        encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    roles = {source.text[b.start:b.end]: b.role for b in source.blocks}
    assert (roles[paragraph] is Role.BOILERPLATE) is furniture
