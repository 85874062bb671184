"""Every citation style for one quote from each bundled source. The expected strings
were written from the guides (MLA 9, APA 7, Chicago 17: a source quoted in a web or
newspaper article) and checked by hand against the articles: outlet, title, author,
date and speaker. Every bundled date but the Herald's is inferred, not printed, so it
is in square brackets."""

import pytest
from conftest import DGENERATE, EPOCH, FAST_COMPANY, HERALD, THEWRAP

import klayman_tui
from klayman_tui.corpus.cite.citation import format_citation

DGEN_TITLE = "CinemaTalk: Interview with Alison Klayman, director of"
DGEN_HEADLINE = "CinemaTalk: Interview with Alison Klayman, Director of"
WRAP_TITLE = "‘Ai Weiwei: Never Sorry’ Director Actually Hopes Her Movie Will Be Pirated"
FC_TITLE = "Ai Weiwei: Never Sorry Showcases The Power Of Art And The Internet"
FC_HEADLINE = "Ai Weiwei: Never Sorry Showcases the Power of Art and the Internet"
DENG = "“it makes no difference if a cat is black or white so long as it can catch mice.”"
FINERAN = "“telling his story was like chasing a moving target.”"
EPOCH_Q = "“It’s something you are hit in the face with right away”"

EXPECTED = {
    (DGENERATE, "it makes no difference"): {
        "plain": f"{DENG}\n— Deng Xiaoping, quoted in Maya Eva Gunst Rudolph, “{DGEN_TITLE} "
                 "‘Ai Weiwei: Never Sorry,’” dGenerate Films, [2012].",
        "markdown": f"> {DENG}\n>\n> — Deng Xiaoping, quoted in Maya Eva Gunst Rudolph, "
                    f"“{DGEN_TITLE} ‘Ai Weiwei: Never Sorry,’” dGenerate Films, \\[2012\\].",
        "mla": f"{DENG} (Deng, qtd. in Rudolph)\n\nRudolph, Maya Eva Gunst. "
               f"“{DGEN_HEADLINE} ‘Ai Weiwei: Never Sorry.’” dGenerate Films, [2012].",
        "apa": f"{DENG} (Deng, as cited in Rudolph, [2012])\n\nRudolph, M. E. G. ([2012]). "
               f"{DGEN_TITLE} “Ai Weiwei: Never Sorry.” dGenerate Films.",
        "chicago": f"{DENG}¹\n\n1. Deng Xiaoping, quoted in Maya Eva Gunst Rudolph, "
                   f"“{DGEN_HEADLINE} ‘Ai Weiwei: Never Sorry,’” dGenerate Films, [2012].",
    },
    (HERALD, "telling his story"): {
        "plain": f"{FINERAN}\n— Jen Fineran, quoted in “Alum draws praise for film on Chinese "
                 "dissident,” The Brown Daily Herald, September 10, 2012.",
        "markdown": f"> {FINERAN}\n>\n> — Jen Fineran, quoted in “Alum draws praise for film "
                    "on Chinese dissident,” The Brown Daily Herald, September 10, 2012.",
        "mla": f"{FINERAN} (Fineran, qtd. in “Alum Draws Praise”)\n\n“Alum Draws Praise "
               "for Film on Chinese Dissident.” The Brown Daily Herald, 10 Sept. 2012.",
        "apa": f"{FINERAN} (Fineran, as cited in “Alum Draws Praise,” 2012)\n\nAlum draws "
               "praise for film on Chinese dissident. (2012, September 10). The Brown Daily "
               "Herald.",
        "chicago": f"{FINERAN}¹\n\n1. Jen Fineran, quoted in “Alum Draws Praise for Film on "
                   "Chinese Dissident,” The Brown Daily Herald, September 10, 2012.",
    },
    (EPOCH, "It’s something you are hit"): {
        "plain": f"{EPOCH_Q}\n— Alison Klayman, quoted in The Epoch Times, [2012].",
        "markdown": f"> {EPOCH_Q}\n>\n> — Alison Klayman, quoted in The Epoch Times, "
                    "\\[2012\\].",
        # No headline and no byline: MLA 9 and APA 7 put a description where the title
        # would be (APA in square brackets), never an invented title.
        "mla": f"{EPOCH_Q} (Klayman, qtd. in Profile of Alison Klayman)\n\n"
               "Profile of Alison Klayman. The Epoch Times, [2012].",
        "apa": f"{EPOCH_Q} (Klayman, as cited in [Profile of Alison Klayman], [2012])\n\n"
               "[Profile of Alison Klayman]. ([2012]). The Epoch Times.",
        "chicago": f"{EPOCH_Q}¹\n\n1. Alison Klayman, quoted in The Epoch Times, [2012].",
    },
    # An unnamed interviewer's question is the article's own words: cited to it directly.
    (THEWRAP, "In what way?"): {
        "plain": f"“In what way?”\n— Interviewer, “{WRAP_TITLE},” TheWrap, [2012].",
        "markdown": f"> “In what way?”\n>\n> — Interviewer, “{WRAP_TITLE},” "
                    "TheWrap, \\[2012\\].",
        # A short title is never only the film's title quoted inside the headline
        # (that would cite the film): it runs on to the next major word.
        "mla": f"“In what way?” (“‘Ai Weiwei: Never Sorry’ Director”)\n\n"
               f"“{WRAP_TITLE}.” TheWrap, [2012].",
        "apa": "“In what way?” (“‘Ai Weiwei: Never Sorry’ Director,” [2012])\n\n‘Ai Weiwei: Never "
               "Sorry’ director actually hopes her movie will be pirated. ([2012]). TheWrap.",
        "chicago": f"“In what way?”¹\n\n1. “{WRAP_TITLE},” TheWrap, [2012].",
    },
    (FAST_COMPANY, "I was an accredited"): {
        "plain": f"“I was an accredited journalist”\n— Alison Klayman, quoted in Ari Karpel, "
                 f"“{FC_TITLE},” Fast Company, [2012].",
        "markdown": f"> “I was an accredited journalist”\n>\n> — Alison Klayman, quoted in Ari "
                    f"Karpel, “{FC_TITLE},” Fast Company, \\[2012\\].",
        "mla": f"“I was an accredited journalist” (Klayman, qtd. in Karpel)\n\nKarpel, "
               f"Ari. “{FC_HEADLINE}.” Fast Company, [2012].",
        # Sentence case keeps the names the article capitalises: Never Sorry (the film),
        # the Internet.
        "apa": "“I was an accredited journalist” (Klayman, as cited in Karpel, [2012])\n\n"
               "Karpel, A. ([2012]). Ai Weiwei: Never Sorry showcases the power of art and "
               "the Internet. Fast Company.",
        "chicago": f"“I was an accredited journalist”¹\n\n1. Alison Klayman, quoted in Ari "
                   f"Karpel, “{FC_HEADLINE},” Fast Company, [2012].",
    },
}


@pytest.mark.parametrize("source_id,start,style", [
    (source_id, start, style) for (source_id, start), styles in EXPECTED.items()
    for style in styles])
def test_citation_styles(corpus, source_id, start, style):
    quote = next(q for q in corpus.source(source_id).quotes if q.text.startswith(start))
    assert format_citation(quote, style, aliases=corpus.speakers.aliases) == \
        EXPECTED[(source_id, start)][style]


ALLEGORY = ("“On the level of allegory, I think this represents the idea that Weiwei is "
            "part of a generation of like-minded people, but he’s still a unique case. It’s "
            "this fact that makes the film engaging, the fact that he’s completely unique and "
            "kind of one-in-a-generation.”")
AUDIENCES = ("“It's really important to reach those audiences, and I feel like there's no "
             "reason to think small about the possibility of the impact.”")
# An interview answer is the interviewee's own words, which the guides cite as an
# interview (see test_guide_forms.py). MLA and APA used to give these "(Klayman,
# qtd. in Rudolph)" and "(Klayman, as cited in Rudolph, [2012])", the forms for a source
# quoted in another, which MLA 9 (5.107) and APA 7 (8.7) do not use for an interview;
# Chicago's note for TheWrap, whose interviewer is unnamed, said "interviewed in".
ANSWERS = {
    (DGENERATE, "On the level of allegory"): {
        "mla": f"{ALLEGORY} (Klayman)\n\nKlayman, Alison. “{DGEN_HEADLINE} ‘Ai Weiwei: "
               "Never Sorry.’” Interview by Maya Eva Gunst Rudolph. dGenerate Films, [2012].",
        "apa": f"In an interview with Rudolph ([2012]), Alison Klayman said, {ALLEGORY}\n\n"
               f"Rudolph, M. E. G. ([2012]). {DGEN_TITLE} “Ai Weiwei: Never Sorry.” dGenerate "
               "Films.",
        "chicago": f"{ALLEGORY}¹\n\n1. Alison Klayman, interview by Maya Eva Gunst Rudolph, "
                   f"“{DGEN_HEADLINE} ‘Ai Weiwei: Never Sorry,’” dGenerate Films, [2012].",
    },
    (THEWRAP, "It's really important"): {
        "mla": f"{AUDIENCES} (Klayman)\n\nKlayman, Alison. “{WRAP_TITLE}.” TheWrap, [2012].",
        "apa": "In an interview in “‘Ai Weiwei: Never Sorry’ Director” ([2012]), Alison "
               f"Klayman said, {AUDIENCES}\n\n‘Ai Weiwei: Never Sorry’ director actually "
               "hopes her movie will be pirated. ([2012]). TheWrap.",
        "chicago": f"{AUDIENCES}¹\n\n1. Alison Klayman, interview, “{WRAP_TITLE},” TheWrap, "
                   "[2012].",
    },
}


@pytest.mark.parametrize("source_id,start,style", [
    (source_id, start, style) for (source_id, start), styles in ANSWERS.items()
    for style in styles])
def test_interview_answers_take_each_guides_interview_form(corpus, source_id, start, style):
    quote = next(q for q in corpus.source(source_id).quotes if q.text.startswith(start))
    assert quote.kind.value == "answer"
    assert format_citation(quote, style, aliases=corpus.speakers.aliases) == \
        ANSWERS[(source_id, start)][style]


def test_interview_answers_say_interviewed(corpus):
    answer = next(q for q in corpus.source(DGENERATE).quotes if q.kind.value == "answer")
    assert format_citation(answer).split("\n")[1].startswith(
        "— Alison Klayman, interviewed by Maya Eva Gunst Rudolph, “CinemaTalk")


def test_bare_copy_is_the_exact_words_whitespace_normalised(corpus):
    herald = corpus.source(HERALD)
    wrapped = next(q for q in herald.quotes if q.text.startswith("do whatever"))
    assert format_citation(wrapped, bare=True) == "do whatever is required."
    split = next(q for q in herald.quotes if q.text.startswith("nothing"))
    assert format_citation(split, bare=True) == "nothing … was happening at my convenience."


def test_citation_field_and_md_format_use_the_same_formatter(corpus):
    import json
    from test_cli import cli
    records = json.loads(cli("quotes", "--speaker", "fineran", "--format", "json").stdout)
    quote = next(q for q in corpus.quotes_by("fineran") if q.text.startswith("telling"))
    assert records[0]["citation"] == format_citation(quote).split("\n")[1]
    assert format_citation(quote, "markdown") in cli("quotes", "--speaker", "fineran",
                                                     "--format", "md").stdout


def test_an_unknown_style_or_format_is_an_error_not_plain(corpus):
    import pytest

    from klayman_tui.output import print_quotes

    with pytest.raises(ValueError, match="unknown citation style 'harvard'"):
        format_citation(corpus.quotes[0], "harvard")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        print_quotes(corpus.quotes[:1], "xml", None)


def test_a_name_nothing_shows_to_be_a_persons_is_cited_whole(tmp_path):
    """"Big Machine" (a record label) was cited "(Machine, qtd. in …)": a last word
    that is nobody's surname (a new user's find). A run of capitals that no title, no
    known given name and no he or she shows to be a person's is cited whole; a
    person's name still by its surname."""
    (tmp_path / "label.txt").write_text(
        "Label row\n\nBy Lee Park\n\n"
        "\u201cAt no point did we block her special,\u201d Big Machine said in a statement.\n\n"
        "\u201cI just want to perform my own music,\u201d said Ann Cole. She spoke on Friday.\n",
        encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    cited = {q.speaker: format_citation(q, "mla", aliases=corpus.speakers.aliases)
             for q in corpus.quotes}
    assert "(Big Machine, qtd. in Park)" in cited["Big Machine"]
    assert "(Cole, qtd. in Park)" in cited["Ann Cole"]


def test_a_short_title_stops_at_its_subtitle_and_a_note_opens_with_a_capital(tmp_path):
    """MLA's short title for an article with no author was cut mid-phrase ("Reading
    Notes: The Housing"): it is the title's own part, before the colon. Chicago's note
    for an unnamed speaker opened in small letters ("1. spokeswoman, …"). Both found
    by a new user."""
    (tmp_path / "notes.txt").write_text(
        "Reading Notes: The Housing Debate\n\n\u201cRents will keep rising,\u201d said a "
        "spokeswoman for Northwind Energy.\n", encoding="utf-8")
    quote = klayman_tui.load([tmp_path]).quotes[0]
    assert "qtd. in \u201cReading Notes\u201d)" in format_citation(quote, "mla")
    note = format_citation(quote, "chicago").split("\n\n")[1]
    assert note.startswith("1. S"), note
