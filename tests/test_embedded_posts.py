"""A post embedded in a saved page (a tweet's words, then its signature "— Jane Doe
(@janedoe) November 18, 2019") is a quotation of the one who signed it, though no
marks set its words off. Articles written for these tests, on the form real pages of
2019 keep (news, sport and politics of several outlets)."""

import textwrap

import klayman_tui
from klayman_tui.corpus.extract.evidence import evidence_line

STORY = '''
    Mayor answers critics of the river plan

    Councillor Ada Brook has criticised the plan, saying it ignores the east bank.

    Mayor Tomas Reyes replied on Twitter on Monday.

    The east bank gets its own bridge in the second phase.
    Read the plan before you tweet about it. https://t.co/Xy12AbCdEf

    — Mayor Tomas Reyes 🌉 (@MayorReyes) November 18, 2019

    Others were less sure. One resident posted a photograph of the flooded path.

    Another "bold, clear and overdue" plan, they say. Same river, same mud. pic.twitter.com/aBcD1234

    — Jan Kowalski (@jkowalski) 18 Nov 2019

    pic.twitter.com/QQ12ww34

    — Ada Brook (@adabrook) November 19, 2019
    '''


def story(tmp_path, text=STORY):
    (tmp_path / "story.txt").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return klayman_tui.load([tmp_path]).sources[0]


def test_a_post_is_a_quote_of_the_one_who_signed_it(tmp_path):
    """Its lines are one quote, its link left out, credited to the person the article
    names so (his title and the signature's emoji left out), and the reader's evidence
    line shows the signature."""
    source = story(tmp_path)
    post = next(q for q in source.quotes if "east bank gets" in q.text)
    assert post.text == ("The east bank gets its own bridge in the second phase. "
                         "Read the plan before you tweet about it.")
    assert post.speaker == "Tomas Reyes"
    assert evidence_line(post) == (
        "the post's signature “— Mayor Tomas Reyes 🌉 (@MayorReyes) November 18, 2019” (¶6)")


def test_a_quotation_inside_a_post_is_the_posts(tmp_path):
    """"Another “bold, clear and overdue” plan, they say": the words are the
    poster's, a quotation inside them not a quote of its own."""
    source = story(tmp_path)
    said = [(q.speaker, q.text) for q in source.quotes if "overdue" in q.text]
    assert said == [("Jan Kowalski", "Another \"bold, clear and overdue\" plan, they say. "
                                     "Same river, same mud.")]


def test_a_post_of_a_picture_alone_is_no_quote(tmp_path):
    source = story(tmp_path)
    assert not [q for q in source.quotes if q.speaker == "Ada Brook"]
    assert not [q for q in source.quotes if "pic.twitter" in q.text]


def test_lines_parted_by_line_breaks_alone_are_not_all_the_posts(tmp_path):
    """In a text whose paragraphs a single line break parts, the post is the paragraph
    before its signature, not the narration before that."""
    text = ("Mayor answers critics\n"
            "Councillor Ada Brook has criticised the plan.\n"
            "Mayor Tomas Reyes replied on Twitter on Monday.\n"
            "The east bank gets its own bridge in the second phase.\n"
            "— Tomas Reyes (@MayorReyes) November 18, 2019\n")
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    source = klayman_tui.load([tmp_path]).sources[0]
    assert [(q.speaker, q.text) for q in source.quotes] == [
        ("Tomas Reyes", "The east bank gets its own bridge in the second phase.")]


def test_a_signed_name_is_never_markup_nor_terminal_codes(tmp_path):
    text = STORY.replace("Jan Kowalski (@jkowalski)",
                         "[bold red]Jan[/] \x1b[31mKowalski\x07 (@jkowalski)")
    source = story(tmp_path, text)
    post = next(q for q in source.quotes if "overdue" in q.text)
    assert "Kowalski" in post.speaker
    assert not set("[]/\x1b\x07") & set(post.speaker), post.speaker


def test_the_storys_own_cued_quotation_before_a_signature_is_no_post(tmp_path):
    """A signature after a paragraph of the story that quotes someone with a cue ("“…,”
    President Joe Biden said.") takes none of it (review 10)."""
    text = '''
        Senate fight over aid

        "We will not back down on this," President Joe Biden said.

        — Ted Cruz (@tedcruz) March 4, 2022
        '''
    source = story(tmp_path, text)
    assert [(q.speaker, q.text) for q in source.quotes] == [
        ("Joe Biden", "We will not back down on this")]
