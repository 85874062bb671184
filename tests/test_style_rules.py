"""One test per citation rule (MLA 9, APA 7, Chicago 17), each with strings written
from the guides. Each failed on the citations before these rules were written."""

from types import SimpleNamespace

import pytest
from conftest import EPOCH, FAST_COMPANY, HERALD, THEWRAP

from klayman_tui.corpus.cite import rules
from klayman_tui.corpus.cite.citation import apa_entry, format_citation, mla_entry
from klayman_tui.corpus.model import Author, Metadata


def quote_in(corpus, source_id, start):
    return next(q for q in corpus.source(source_id).quotes if q.text.startswith(start))


# -- names ------------------------------------------------------------------------


@pytest.mark.parametrize("name,aliases,expected", [
    ("Alison Klayman", ["AK", "Klayman", "Alison"], "Klayman"),
    ("Maya Eva Gunst Rudolph", [], "Rudolph"),
    ("Deng Xiaoping", ["Deng"], "Deng"),       # family name first, known by it
    ("Ai Weiwei", ["Ai", "Weiwei"], "Ai"),     # the sidecar lists the surname first
    ("Madonna", [], "Madonna"),
    ("Martin Luther King Jr.", [], "King"),  # a suffix is never the surname
    ("William H. Gates III", ["Gates"], "Gates"),
    ("Monica de Bolle", ["Bolle"], "de Bolle"),  # a particle goes with the surname
    # Not a person: named whole, never by its last word ("(House, qtd. in …)", QA)
    ("White House", [], "White House"),
    ("Harbour Holdings", [], "Harbour Holdings"),
    ("United Nations Security Council", [], "United Nations Security Council"),
    ("Dick Clark Productions", [], "Dick Clark Productions"),
    ("spokeswoman, Harbour Holdings", [], "spokeswoman, Harbour Holdings"),
    ("senior Afghan economic official", [], "senior Afghan economic official"),
    ("Emily Post", ["Post"], "Post"),  # a person known by such a word keeps it
])
def test_a_parenthetical_names_the_surname(name, aliases, expected):
    assert rules.surname(name, aliases) == expected


@pytest.mark.parametrize("name,surname,expected", [
    ("Alison Klayman", "Klayman", "Klayman, Alison"),
    ("Maya Eva Gunst Rudolph", "Rudolph", "Rudolph, Maya Eva Gunst"),
    ("Ai Weiwei", "Ai", "Ai Weiwei"),  # written family name first: no comma (MLA 9)
    ("Martin Luther King Jr.", "King", "King, Martin Luther, Jr."),
])
def test_an_interviewee_heads_an_mla_entry_inverted(name, surname, expected):
    assert rules.inverted_name(name, surname) == expected


def test_mla_and_apa_parentheticals_use_the_speakers_surname(corpus):
    quote = quote_in(corpus, FAST_COMPANY, "I was an accredited")
    aliases = corpus.speakers.aliases
    assert "(Klayman, qtd. in Karpel)" in format_citation(quote, "mla", aliases=aliases)
    assert "(Klayman, as cited in Karpel, [2012])" in format_citation(quote, "apa",
                                                                      aliases=aliases)


def test_ai_weiweis_surname_is_ai(corpus):
    quote = next(q for q in corpus.quotes if q.speaker == "Ai Weiwei")
    citation = format_citation(quote, "mla", aliases=corpus.speakers.aliases)
    assert "(Ai, qtd. in " in citation


def test_an_unnamed_interviewer_is_the_interviewer_not_the_outlet(corpus):
    questions = [q for q in corpus.source(THEWRAP).quotes if q.kind.value == "question"]
    assert questions and {q.speaker for q in questions} == {"interviewer (TheWrap)"}
    assert "TheWrap" not in dict(corpus.speaker_counts())
    # Its question is the article's own words: cited to the article, not "qtd. in".
    plain = format_citation(questions[0]).split("\n")[1]
    assert plain.startswith("— Interviewer, “‘Ai Weiwei")


def test_a_named_interviewer_keeps_their_name(corpus):
    from conftest import DGENERATE
    question = next(q for q in corpus.source(DGENERATE).quotes if q.kind.value == "question")
    assert question.speaker == "Maya Eva Gunst Rudolph"


# -- capitalisation ----------------------------------------------------------------


@pytest.mark.parametrize("title,expected", [
    ("Ai Weiwei: Never Sorry Showcases The Power Of Art And The Internet",
     "Ai Weiwei: Never Sorry Showcases the Power of Art and the Internet"),
    ("Alum draws praise for film on Chinese dissident",
     "Alum Draws Praise for Film on Chinese Dissident"),
    ("what the film is about", "What the Film Is About"),       # first and last words
    ("art: of the people", "Art: Of the People"),                # first after a colon
    ("CinemaTalk with dGenerate", "CinemaTalk with dGenerate"),  # inner capitals: names
    # A preposition before a comma ends a phrasal verb (QA: news-dev-2's Twin Cities).
    ("Zach Parise heating up, scores twice as Wild beat Sabres 4-1",
     "Zach Parise Heating Up, Scores Twice as Wild Beat Sabres 4-1"),
])
def test_mla_and_chicago_titles_are_in_headline_style(title, expected):
    assert rules.title_case(title) == expected


@pytest.mark.parametrize("title,names,expected", [
    ("The Power Of Art And The Internet", {"internet"}, "The power of art and the Internet"),
    ("Ai Weiwei: Never Sorry Showcases Art", {"ai", "weiwei"},
     "Ai Weiwei: Never sorry showcases art"),  # the first word after a colon keeps it
    ("Alum draws praise for film on Chinese dissident", set(),
     "Alum draws praise for film on Chinese dissident"),  # already sentence case
    ("Why I Film In China", {"china"}, "Why I film in China"),
    # A number's letters ("50th", "3-hour") say nothing of the title's case (QA: the
    # Billboard headline stayed in title case in APA).
    ("The Doobie Brothers Set 50th Anniversary Tour of North America",
     {"doobie", "brothers", "north", "america"},
     "The Doobie Brothers set 50th anniversary tour of North America"),
    ("Council Ends 3-hour Meeting Without A Vote", set(),
     "Council ends 3-hour meeting without a vote"),
])
def test_apa_titles_are_in_sentence_case_keeping_names(title, names, expected):
    assert rules.sentence_case(title, frozenset(names)) == expected


def test_a_place_is_a_name_where_the_article_names_its_people():
    """"North America" in a title went to "North america": the article wrote only
    "North American" (QA, news-dev-2's Billboard page)."""
    names = rules.proper_words("The band will reunite for a North American tour, and an "
                               "African one. The sea was calm, said Sean.")
    assert rules.sentence_case("Doobie Brothers Tour North America And Africa By Sea",
                               names | {"doobie", "brothers"}) == (
        "Doobie Brothers tour North America and Africa by sea")


def test_names_are_words_the_article_capitalises_mid_sentence():
    text = ("The Internet changed him. He said the Internet was free. Art is long; "
            "his art is loud. China watches.")
    names = rules.proper_words(text)
    assert "internet" in names
    assert "art" not in names         # also written in lower case
    assert "china" not in names       # only ever first in its sentence: no evidence
    assert "he" not in names


def test_apa_reference_title_in_sentence_case(corpus):
    wrap = corpus.source(THEWRAP)
    assert apa_entry(wrap.metadata, wrap.text) == (
        "‘Ai Weiwei: Never Sorry’ director actually hopes her movie will be pirated. "
        "([2012]). TheWrap.")


# -- punctuation -----------------------------------------------------------------


def test_apa_puts_the_comma_inside_the_closing_quotation_mark(corpus):
    quote = quote_in(corpus, HERALD, "telling his story")
    citation = format_citation(quote, "apa", aliases=corpus.speakers.aliases)
    assert "(Fineran, as cited in “Alum Draws Praise,” 2012)" in citation
    assert "”," not in citation


def test_a_period_after_a_quoted_title_goes_inside():
    assert rules.end_sentence("director of “Ai Weiwei: Never Sorry”") == \
        "director of “Ai Weiwei: Never Sorry.”"
    assert rules.in_quotes("A “quoted” title", ",") == "“A ‘quoted’ title,”"


@pytest.mark.parametrize("title,closing,expected", [
    # A headline that ends with its own full stop (PolNeAR's texts print them so):
    # cited “…polling places..” and “…Polling Places.,” before (QA).
    ("Trump urges supporters to monitor polling places.", ".",
     "“Trump urges supporters to monitor polling places.”"),
    ("Trump urges supporters to monitor polling places.", ",",
     "“Trump urges supporters to monitor polling places,”"),
    ("Storm hits Washington, D.C.", ",", "“Storm hits Washington, D.C.,”"),  # its own
    ("Storm hits Washington, D.C.", ".", "“Storm hits Washington, D.C.”"),
    # A question or an exclamation ends the title and takes no comma or period.
    ("Is the harbour plan dead?", ",", "“Is the harbour plan dead?”"),
    ("Is the harbour plan dead?", ".", "“Is the harbour plan dead?”"),
    ("Hold the ‘presses!’", ",", "“Hold the ‘presses!’”"),
    ("Ai Weiwei: ‘Never Sorry’", ",", "“Ai Weiwei: ‘Never Sorry,’”"),
    ("Hold ‘the line.’", ",", "“Hold ‘the line,’”"),
    # Straight single marks (a PDF's core fonts have no others) are set as curly ones:
    # “Tim Cook on Apple Being 'Pulled into the Enterprise'.” put the period outside (QA).
    ("Tim Cook on Apple Being 'Pulled into the Enterprise'", ".",
     "“Tim Cook on Apple Being ‘Pulled into the Enterprise.’”"),
    ("Cells That 'Taste' Danger Can't Hide", ",", "“Cells That ‘Taste’ Danger Can’t Hide,”"),
])
def test_a_title_ending_in_its_own_mark_is_not_given_another(title, closing, expected):
    assert rules.in_quotes(title, closing) == expected


def test_a_title_of_only_closing_quotation_marks_is_no_crash():
    """A sidecar can give any title: one made of closing marks is left as it is."""
    assert rules.end_sentence("”") == "”" and rules.end_sentence("’”") == "’”"


# -- missing and inferred facts ---------------------------------------------------


def test_an_untitled_unsigned_article_gets_a_description_not_an_invented_title(corpus):
    meta = corpus.source(EPOCH).metadata
    assert meta.title is None and meta.author is None
    assert mla_entry(meta) == "Profile of Alison Klayman. The Epoch Times, [2012]."
    assert apa_entry(meta) == "[Profile of Alison Klayman]. ([2012]). The Epoch Times."
    assert rules.description(Metadata(outlet="X")) == "Untitled article"


def test_an_inferred_year_is_bracketed_in_every_style(corpus):
    quote = quote_in(corpus, FAST_COMPANY, "I was an accredited")
    assert corpus.source(FAST_COMPANY).metadata.date_source == "inferred"
    for style in ("plain", "mla", "apa", "chicago"):
        citation = format_citation(quote, style, aliases=corpus.speakers.aliases)
        assert "[2012]" in citation, style
        assert "2012" not in citation.replace("[2012]", ""), style


def test_a_printed_date_is_not_bracketed(corpus):
    quote = quote_in(corpus, HERALD, "telling his story")
    for style in ("plain", "mla", "apa", "chicago"):
        assert "[" not in format_citation(quote, style), style


def test_a_url_is_given_where_known_mla_without_its_scheme():
    meta = Metadata(outlet="Wired", title="A title", authors=(Author("Bloggs", "Jo"),), date="2020-01-02",
                    url="https://www.wired.com/story/x/")
    assert mla_entry(meta) == ("Bloggs, Jo. “A Title.” Wired, 2 Jan. 2020, "
                               "www.wired.com/story/x/.")
    assert apa_entry(meta).endswith("Wired. https://www.wired.com/story/x/")
    quote = SimpleNamespace(source=SimpleNamespace(metadata=meta, text=""),
                            speaker="Sam Smith", kind=SimpleNamespace(value="direct"))
    from klayman_tui.corpus.cite.citation import _note
    assert _note(quote, meta.title, "Sam Smith").endswith(
        "“A title,” Wired, January 2, 2020, https://www.wired.com/story/x/.")


def test_lists_show_an_inferred_date_in_brackets_too():
    import json

    from test_cli import cli

    text = cli("sources").stdout
    assert f"{FAST_COMPANY}  Fast Company  ·  [2012]  ·" in text
    assert f"{HERALD}  The Brown Daily Herald  ·  2012-09-10  ·" in text
    records = {r["id"]: r for r in json.loads(cli("sources", "--json").stdout)}
    assert records[FAST_COMPANY]["date"] == "2012"
    assert records[FAST_COMPANY]["date_source"] == "inferred"
    assert records[HERALD]["date_source"] == "printed"


# -- the bundled articles' citation defects -----------------------------------------


def test_an_ordinal_keeps_its_letters_in_headline_style():
    assert rules.title_case("the doobie brothers set 50th anniversary tour") == \
        "The Doobie Brothers Set 50th Anniversary Tour"


def test_double_quotes_inside_a_quotation_become_single(corpus):
    """TheWrap's answer quotes what she said, in straight double quotes: inside the
    copied quotation they are single, in every style (the bare copy keeps the
    source's exact marks)."""
    quote = quote_in(corpus, THEWRAP, "It speaks volumes")
    for style in ("plain", "markdown", "mla", "apa", "chicago"):
        words = format_citation(quote, style).split("\n")[0]
        assert "say, ‘I can't talk about it,’ because" in words, style
        assert words.lstrip("> ").startswith("“It speaks") and '"' not in words, style
    assert '"I can\'t talk about it,"' in format_citation(quote, bare=True)


def test_a_short_title_is_never_only_the_film_inside_it():
    assert rules.short_title("‘Ai Weiwei: Never Sorry’ Director Actually Hopes Her Movie "
                             "Will Be Pirated") == "‘Ai Weiwei: Never Sorry’ Director"
    assert rules.short_title("Alum draws praise for film on Chinese dissident") == \
        "Alum draws praise"
