"""The forms the guides have for an interview and for a date not printed,
on a small corpus of this test's own. Expected strings are written from the guides:

- an answer in a published interview is the interviewee's: MLA 9 cites the interview
  under the interviewee, the interviewer after the title as "Interview by …" (5.107),
  and in the text the interviewee's name alone; APA 7 cites the article the interview
  appeared in, the interviewee named in the sentence (8.7), not "as cited in" (8.6);
  Chicago 17 notes "Name, interview by Interviewer, …" (14.218);
- an undated article: MLA 9 leaves the date out (it has no "n.d."), APA 7 writes
  "(n.d.)" and "n.d." in the text (9.17), Chicago 17 "n.d." in the date's place (14.145);
- a year worked out rather than printed is in square brackets in all three."""

import pytest

import klayman_tui
from klayman_tui.corpus.cite.citation import format_citation

ANSWER = "“Because the quay was no longer safe, and nobody wanted to pay for it.”"
INTERVIEW = ("Dana Cole on the harbour\n\nSR: Why did the ferries stop?\n\nDC: Because "
             "the quay was no longer safe, and nobody wanted to pay for it.\n\nSR: What "
             "happens now?\n\nDC: Now the county has to find the money, and quickly.\n")
NAMED = ('interviewee = "Dana Cole"\ninterviewer = "Sam Reed"\nauthors = ["Sam Reed"]\n')


def _load(tmp_path, name: str, text: str, fields: str):
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / "sources.toml").write_text(f'[sources.{name}]\noutlet = "The Gazette"\n{fields}',
                                         encoding="utf-8")
    return klayman_tui.load([folder])


def _answer(corpus):
    return next(q for q in corpus.quotes if q.text.startswith("Because the quay"))


def _cite(corpus, quote, style: str) -> str:
    return format_citation(quote, style, aliases=corpus.speakers.aliases)


INTERVIEWS = {
    "named": (NAMED, {
        "mla": f"{ANSWER} (Cole)\n\nCole, Dana. “Dana Cole on the Harbour.” Interview by "
               "Sam Reed. The Gazette, 3 Oct. 2019.",
        "apa": f"In an interview with Reed (2019), Dana Cole said, {ANSWER}\n\nReed, S. "
               "(2019, October 3). Dana Cole on the harbour. The Gazette.",
        "chicago": f"{ANSWER}¹\n\n1. Dana Cole, interview by Sam Reed, “Dana Cole on the "
                   "Harbour,” The Gazette, October 3, 2019.",
    }),
    # The article names no interviewer: no one is named as one.
    "unnamed": ('interviewee = "Dana Cole"\n', {
        "mla": f"{ANSWER} (Cole)\n\nCole, Dana. “Dana Cole on the Harbour.” The Gazette, 3 "
               "Oct. 2019.",
        "apa": f"In an interview in “Dana Cole” (2019), Dana Cole said, {ANSWER}\n\nDana "
               "Cole on the harbour. (2019, October 3). The Gazette.",
        "chicago": f"{ANSWER}¹\n\n1. Dana Cole, interview, “Dana Cole on the Harbour,” The "
                   "Gazette, October 3, 2019.",
    }),
}


def _each_style(table: dict) -> list[tuple[str, str]]:
    """(case, style) for every style of every case of a table of expected citations."""
    return [(case, style) for case, (_, styles) in table.items() for style in styles]


@pytest.mark.parametrize("case,style", _each_style(INTERVIEWS))
def test_an_interview_answer_is_cited_as_the_interviewees_interview(tmp_path, case, style):
    fields, expected = INTERVIEWS[case]
    corpus = _load(tmp_path, "qa", INTERVIEW, 'title = "Dana Cole on the harbour"\n'
                   f'date = "2019-10-03"\nkind = "interview"\n{fields}')
    answer = _answer(corpus)
    assert answer.speaker == "Dana Cole" and answer.kind.value == "answer"
    assert _cite(corpus, answer, style) == expected[style]


NEWS = ("Harbour plan divides the town\n\n“We have waited long enough for this "
        "decision,” said Peter Okonjo, who chairs the ferry board.\n")
WORDS = "“We have waited long enough for this decision”"
DATES = {
    "undated": ("", {
        "mla": f"{WORDS} (Okonjo, qtd. in Lee)\n\nLee, Ann. “Harbour Plan Divides the "
               "Town.” The Gazette.",
        "apa": f"{WORDS} (Okonjo, as cited in Lee, n.d.)\n\nLee, A. (n.d.). Harbour plan "
               "divides the town. The Gazette.",
        "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Ann Lee, “Harbour Plan Divides "
                   "the Town,” The Gazette, n.d.",
    }),
    "inferred": ('date = "2019-10"\ndate_source = "inferred"\n', {
        "mla": f"{WORDS} (Okonjo, qtd. in Lee)\n\nLee, Ann. “Harbour Plan Divides the "
               "Town.” The Gazette, [Oct. 2019].",
        "apa": f"{WORDS} (Okonjo, as cited in Lee, [2019])\n\nLee, A. ([2019, October]). "
               "Harbour plan divides the town. The Gazette.",
        "chicago": f"{WORDS}¹\n\n1. Peter Okonjo, quoted in Ann Lee, “Harbour Plan Divides "
                   "the Town,” The Gazette, [October 2019].",
    }),
}


@pytest.mark.parametrize("case,style", _each_style(DATES))
def test_an_undated_or_inferred_date_takes_each_guides_form(tmp_path, case, style):
    fields, expected = DATES[case]
    corpus = _load(tmp_path, "harbour", NEWS, 'title = "Harbour plan divides the town"\n'
                   f'authors = ["Ann Lee"]\n{fields}')
    quote = next(q for q in corpus.quotes if q.speaker == "Peter Okonjo")
    assert _cite(corpus, quote, style) == expected[style]


UNKNOWN_ARTICLE = ("Harbour plan divides the town\n\nBy Ann Lee\n\nMarch 3, 2013\n\nThe "
                   "council met on Tuesday.\n\n“Nobody will ever take the quay from this "
                   "town again.”\n")
UNSPOKEN = "“Nobody will ever take the quay from this town again.”"


@pytest.mark.parametrize("style, expected", [
    ("plain", f"{UNSPOKEN}\n— Ann Lee, “Harbour plan divides the town,” March 3, 2013."),
    ("mla", f"{UNSPOKEN} (Lee)\n\nLee, Ann. “Harbour Plan Divides the Town.” 3 Mar. 2013."),
    ("apa", f"{UNSPOKEN} (Lee, 2013)\n\nLee, A. (2013, March 3). Harbour plan divides the "
            "town."),
    ("chicago", f"{UNSPOKEN}¹\n\n1. Ann Lee, “Harbour Plan Divides the Town,” March 3, "
                "2013."),
])
def test_words_whose_speaker_is_not_known_are_cited_to_the_article(tmp_path, style,
                                                                   expected):
    """A quote no cue gives a speaker was cited "(Unknown, qtd. in Lee)", "Unknown,
    quoted in Ann Lee, …": a name no guide writes. Unknown words are cited to the
    article that prints them, as the guides cite a source with no author."""
    (tmp_path / "a.txt").write_text(UNKNOWN_ARTICLE, encoding="utf-8")
    quote = klayman_tui.load([tmp_path]).sources[0].quotes[0]
    assert quote.speaker == "Unknown"
    assert format_citation(quote, style) == expected
