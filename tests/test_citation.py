"""Every citation style for one quote from each bundled source. The expected strings
were checked by hand against the articles: outlet, title, author, date and speaker."""

import pytest
from conftest import DGENERATE, EPOCH, FAST_COMPANY, HERALD, THEWRAP

from klayman_tui.corpus.citation import format_citation

DGEN_TITLE = "CinemaTalk: Interview with Alison Klayman, director of"
WRAP_TITLE = "‘Ai Weiwei: Never Sorry’ Director Actually Hopes Her Movie Will Be Pirated"
FC_TITLE = "Ai Weiwei: Never Sorry Showcases The Power Of Art And The Internet"
DENG = "“it makes no difference if a cat is black or white so long as it can catch mice.”"
FINERAN = "“telling his story was like chasing a moving target.”"
EPOCH_Q = "“It’s something you are hit in the face with right away”"

EXPECTED = {
    (DGENERATE, "it makes no difference"): {
        "plain": f"{DENG}\n— Deng Xiaoping, quoted in Maya Eva Gunst Rudolph, “{DGEN_TITLE} "
                 "‘Ai Weiwei: Never Sorry,’” dGenerate Films, 2012.",
        "markdown": f"> {DENG}\n>\n> — Deng Xiaoping, quoted in Maya Eva Gunst Rudolph, "
                    f"“{DGEN_TITLE} ‘Ai Weiwei: Never Sorry,’” dGenerate Films, 2012.",
        "mla": f"{DENG} (Deng Xiaoping, qtd. in Rudolph)\n\nRudolph, Maya Eva Gunst. "
               f"“{DGEN_TITLE} ‘Ai Weiwei: Never Sorry.’” dGenerate Films, 2012.",
        "apa": f"{DENG} (Deng Xiaoping, as cited in Rudolph, 2012)\n\nRudolph, M. E. G. (2012). "
               f"{DGEN_TITLE} “Ai Weiwei: Never Sorry”. dGenerate Films.",
        "chicago": f"{DENG}¹\n\n1. Deng Xiaoping, quoted in Maya Eva Gunst Rudolph, "
                   f"“{DGEN_TITLE} ‘Ai Weiwei: Never Sorry,’” dGenerate Films, 2012.",
    },
    (HERALD, "telling his story"): {
        "plain": f"{FINERAN}\n— Jen Fineran, quoted in “Alum draws praise for film on Chinese "
                 "dissident,” The Brown Daily Herald, September 10, 2012.",
        "markdown": f"> {FINERAN}\n>\n> — Jen Fineran, quoted in “Alum draws praise for film "
                    "on Chinese dissident,” The Brown Daily Herald, September 10, 2012.",
        "mla": f"{FINERAN} (Jen Fineran, qtd. in “Alum draws praise”)\n\n“Alum draws praise "
               "for film on Chinese dissident.” The Brown Daily Herald, 10 Sept. 2012.",
        "apa": f"{FINERAN} (Jen Fineran, as cited in “Alum draws praise”, 2012)\n\nAlum draws "
               "praise for film on Chinese dissident. (2012, September 10). The Brown Daily "
               "Herald.",
        "chicago": f"{FINERAN}¹\n\n1. Jen Fineran, quoted in “Alum draws praise for film on "
                   "Chinese dissident,” The Brown Daily Herald, September 10, 2012.",
    },
    (EPOCH, "It’s something you are hit"): {
        "plain": f"{EPOCH_Q}\n— Alison Klayman, quoted in The Epoch Times, 2012.",
        "markdown": f"> {EPOCH_Q}\n>\n> — Alison Klayman, quoted in The Epoch Times, 2012.",
        "mla": f"{EPOCH_Q} (Alison Klayman, qtd. in The Epoch Times)\n\nThe Epoch Times, 2012.",
        "apa": f"{EPOCH_Q} (Alison Klayman, as cited in The Epoch Times, 2012)\n\n"
               "The Epoch Times. (2012).",
        "chicago": f"{EPOCH_Q}¹\n\n1. Alison Klayman, quoted in The Epoch Times, 2012.",
    },
    (THEWRAP, "In what way?"): {
        "plain": f"“In what way?”\n— TheWrap (interviewer), “{WRAP_TITLE},” TheWrap, 2012.",
        "markdown": f"> “In what way?”\n>\n> — TheWrap (interviewer), “{WRAP_TITLE},” "
                    "TheWrap, 2012.",
        "mla": f"“In what way?” (TheWrap interviewer, qtd. in “‘Ai Weiwei: Never Sorry’”)\n\n"
               f"“{WRAP_TITLE}.” TheWrap, 2012.",
        "apa": f"“In what way?” (TheWrap interviewer, as cited in “‘Ai Weiwei: Never Sorry’”, "
               f"2012)\n\n{WRAP_TITLE}. (2012). TheWrap.",
        "chicago": f"“In what way?”¹\n\n1. TheWrap (interviewer), “{WRAP_TITLE},” TheWrap, 2012.",
    },
    (FAST_COMPANY, "I was an accredited"): {
        "plain": f"“I was an accredited journalist”\n— Alison Klayman, quoted in Ari Karpel, "
                 f"“{FC_TITLE},” Fast Company, 2012.",
        "markdown": f"> “I was an accredited journalist”\n>\n> — Alison Klayman, quoted in Ari "
                    f"Karpel, “{FC_TITLE},” Fast Company, 2012.",
        "mla": f"“I was an accredited journalist” (Alison Klayman, qtd. in Karpel)\n\nKarpel, "
               f"Ari. “{FC_TITLE}.” Fast Company, 2012.",
        "apa": f"“I was an accredited journalist” (Alison Klayman, as cited in Karpel, 2012)\n\n"
               f"Karpel, A. (2012). {FC_TITLE}. Fast Company.",
        "chicago": f"“I was an accredited journalist”¹\n\n1. Alison Klayman, quoted in Ari "
                   f"Karpel, “{FC_TITLE},” Fast Company, 2012.",
    },
}


@pytest.mark.parametrize("source_id,start,style", [
    (source_id, start, style) for (source_id, start), styles in EXPECTED.items()
    for style in styles])
def test_citation_styles(corpus, source_id, start, style):
    quote = next(q for q in corpus.source(source_id).quotes if q.text.startswith(start))
    assert format_citation(quote, style) == EXPECTED[(source_id, start)][style]


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
