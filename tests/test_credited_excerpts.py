"""A roundup's excerpts credited on a line of their own below them ("[ Engadget ]"):
the paragraphs since the last credit or heading are that outlet's words. Articles
written for these tests."""

import textwrap

import klayman_tui

ROUNDUP = '''
    The early reviews for Google Stadia

    Stadia, Google's streaming platform, launches today. Here's what the early reviews say:

    What Does Stadia Offer?

    Stadia is Google's attempt to make cloud gaming happen, and the company has promised a lot.

    [ Engadget ]

    Stadia Is Essentially A Beta Version Until 2020

    Come November 19, those who paid $129 will receive a controller and a Chromecast Ultra.

    And there's a reason for that: it's the only use case that feels finished.

    [ PC World ]

    Stadia's launch day is Tuesday, sort of. Really, consider this the start of a beta.

    [ CNET ]
    '''


def quotes_of(tmp_path, text):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return [(q.speaker, q.text) for q in klayman_tui.load([tmp_path]).sources[0].quotes]


def test_each_excerpt_is_the_outlets_its_credit_names(tmp_path):
    got = quotes_of(tmp_path, ROUNDUP)
    assert ("Engadget", "Stadia is Google's attempt to make cloud gaming happen, and the "
            "company has promised a lot.") in got
    assert ("PC World", "And there's a reason for that: it's the only use case that feels "
            "finished.") in got
    assert ("PC World", "Come November 19, those who paid $129 will receive a controller and "
            "a Chromecast Ultra.") in got
    assert ("CNET", "Stadia's launch day is Tuesday, sort of. Really, consider this the start "
            "of a beta.") in got
    # (not the introduction, nor a heading)
    assert not [speaker for speaker, text in got if "early reviews say" in text
                or text.startswith(("Stadia Is Essentially", "What Does Stadia"))]


def test_one_bracketed_name_or_a_pictures_label_credits_nothing(tmp_path):
    """A name in brackets once, or "[ Photo ]" lines, are no roundup."""
    once = ROUNDUP.replace("[ PC World ]", "").replace("[ CNET ]", "")
    assert quotes_of(tmp_path, once) == []
    pictures = ROUNDUP.replace("[ Engadget ]", "[ Photo ]").replace(
        "[ PC World ]", "[ Image ]").replace("[ CNET ]", "[ Video ]")
    assert quotes_of(tmp_path, pictures) == []
