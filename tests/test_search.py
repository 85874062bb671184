"""Search relevance on the real articles, and the behaviours the search bar relies on."""

import json

import pytest
from conftest import EPOCH, FAST_COMPANY, THEWRAP
from test_cli import cli

import klayman_tui


def first(corpus, query, **kw):
    hits = corpus.search(query, **kw)
    assert hits, query
    return hits[0]


def test_bootlegged_finds_thewraps_piracy_answer_first(corpus):
    hit = first(corpus, "bootlegged")
    assert hit.source.id == THEWRAP and "bootlegged in China" in hit.text
    assert [hit.text[a:b] for a, b in hit.spans] == ["bootlegged"]


def test_typos_still_find_the_quote(corpus):
    assert "bootlegged in China" in first(corpus, "bootleged").text
    hit = first(corpus, "censorshp")
    assert hit.source.id == EPOCH and "censorship" in hit.text
    assert hit.tier == "fuzzy"


def test_censorship_queries_find_the_epoch_times_quotes(corpus):
    inside = first(corpus, "censorship inside")
    assert inside.source.id == EPOCH and "already gotten to you inside" in inside.text
    compound = corpus.search("self-censorship")
    words = [h for h in compound if h.tier != "meaning"]  # words of like meaning follow
    assert words and all(h.source.id == EPOCH for h in words)


def test_moving_target_ranks_fineran_first(corpus):
    hit = first(corpus, "moving target")
    assert hit.quote.speaker == "Jen Fineran" and hit.tier == "phrase"
    assert first(corpus, "Moving Target").quote is hit.quote


def test_speaker_filter_lists_only_that_speaker(corpus):
    hits = corpus.search("speaker:fineran", limit=50)
    assert len(hits) == 4 and {h.quote.speaker for h in hits} == {"Jen Fineran"}
    assert {h.quote.speaker for h in corpus.search("speaker:AK china")} == {"Alison Klayman"}


def test_source_filter_and_unknown_values(corpus):
    hits = corpus.search("source:wrap china", limit=50)
    assert hits and {h.source.id for h in hits} == {THEWRAP}
    assert corpus.search("speaker:nobody censorship").hits == ()
    assert corpus.search("source:nowhere").hits == ()


@pytest.mark.parametrize("typed", ['source:"the wrap"', "source:thewrap", "source:the-wrap",
                                   'source:"Fast Company"', "source:fastcompany"])
def test_a_source_is_found_by_its_outlet_written_with_or_without_spaces(corpus, typed):
    """`source:"the wrap"` found nothing: the outlet is written "TheWrap" (QA)."""
    wanted = FAST_COMPANY if "ast" in typed else THEWRAP
    hits = corpus.search(f"{typed} internet", limit=50)
    assert hits and {h.source.id for h in hits} == {wanted}


@pytest.mark.parametrize("typed", ["speaker:", "source:", "speaker: ", 'speaker:"'])
def test_a_filter_whose_value_is_still_to_come_searches_nothing(corpus, typed):
    """Half typed, "speaker:" is no search for the word "speaker" (it showed quotes
    with words of like meaning: talk, voice)."""
    assert corpus.search(typed).hits == ()


def test_words_and_together_then_some_of_them(corpus):
    """Quotes with every word first; then, never an empty page, those with some,
    marked partial."""
    hits = corpus.search("twitter china", limit=50)
    assert 0 < hits.every_word < len(hits)
    for hit in hits[:hits.every_word]:
        folded = hit.text.lower()
        assert "twitter" in folded and "china" in folded and hit.tier != "partial"
    context = hits[hits.every_word:hits.every_word + hits.in_context]
    assert all(hit.tier == "context" for hit in context)
    rest = hits[hits.every_word + hits.in_context:]
    assert {hit.tier for hit in rest} == {"partial", "meaning"}  # one ranking
    for hit in rest:
        folded = hit.text.lower()
        if hit.tier == "partial":
            assert "twitter" in folded or "china" in folded
        else:  # found by meaning alone: a related word or its vector
            assert "twitter" not in folded and "china" not in folded


def test_a_rare_word_outweighs_a_common_one_among_partial_matches(corpus):
    hits = corpus.search("bittorrent film zzzzzz", limit=20)
    assert hits.every_word == 0 and hits[0].tier == "partial"
    assert "bittorrent" in hits[0].text.lower()  # one quote says it; dozens say film
    # and holding the rare word beats a loosely related one ("movie")


def test_other_forms_of_a_word_are_found(corpus):
    hits = corpus.search("censored")
    assert hits and any("censorship" in h.text.lower() for h in hits[:3])
    assert corpus.search("heroes")[0].tier == "forms"


def test_exact_phrase_is_required(corpus):
    hits = corpus.search('"moving target"')
    assert len(hits) == 1 and hits[0].quote.speaker == "Jen Fineran"
    assert corpus.search('"target moving"').hits == ()


def test_case_accents_and_curly_quotes_are_ignored(corpus):
    plain = first(corpus, "its already gotten to you inside").quote
    assert first(corpus, "it’s ALREADY gotten to you inside").quote is plain
    assert first(corpus, "it's already gotten").quote is plain
    assert first(corpus, "cénsorship").source.id == EPOCH


def test_empty_query_returns_nothing(corpus):
    assert corpus.search("").hits == () and corpus.search("   ").hits == ()


def test_answers_rank_above_questions(corpus):
    hits = corpus.search("film", limit=50)
    # (found by their own words: context and meaning hits come after them)
    kinds = [h.quote.kind.value for h in hits if h.tier not in ("context", "meaning")]
    assert "question" in kinds
    assert kinds.index("question") > kinds.index("answer")
    assert kinds[kinds.index("question"):].count("answer") == 0


def test_paragraph_scope_searches_every_paragraph(corpus):
    assert corpus.search("Staff Writer").every_word == 0  # no quote has both
    hits = corpus.search("self-censorship", scope="paragraphs")
    assert hits[0].quote is None and hits[0].tier == "phrase"
    assert "comes from self-censorship" in hits[0].text
    assert corpus.search("Suzi", scope="paragraphs")[0].block.role.value == "comment"


def test_spans_point_at_the_matched_words(corpus):
    hits = corpus.search("internet power", limit=10)
    for hit in hits[:hits.every_word]:
        words = [hit.text[a:b].lower() for a, b in hit.spans]
        assert words and all(w.startswith(("internet", "power")) for w in words)


def test_search_command_plain_and_json():
    result = cli("search", "bootlegged", "--limit", "3")
    assert result.returncode == 0
    assert result.stdout.startswith("Alison Klayman — TheWrap")
    assert "\x1b" not in result.stdout  # plain text when piped
    records = json.loads(cli("search", "moving target", "--json").stdout)
    assert records[0]["speaker"] == "Jen Fineran"
    start, end = records[0]["matches"][0]
    assert records[0]["text"][start:end] == "moving target"


def test_search_in_a_large_synthetic_corpus(tmp_path):
    import sys
    sys.path.insert(0, str(__import__("conftest").ROOT / "benchmarks"))
    from synthetic import write_corpus
    corpus = klayman_tui.load([write_corpus(tmp_path / "syn", 60, 5)])
    assert len(corpus.quotes) == 300
    hits = corpus.search("censorship", limit=20)
    assert hits and all("censorship" in h.text.lower() for h in hits)


def test_a_persons_name_finds_their_quotes(corpus):
    fineran = corpus.search("fineran")
    assert fineran and {h.quote.speaker for h in fineran} == {"Jen Fineran"}
    assert fineran.total == len(corpus.quotes_by(speaker="fineran"))
    both = corpus.search("klayman twitter")
    every = both[:both.every_word]
    assert every and all(h.quote.speaker == "Alison Klayman" for h in every)
    assert all("twitter" in h.text.lower() for h in every)


def test_the_number_of_matches_is_known_beyond_the_limit(corpus):
    hits = corpus.search("the", limit=5)
    assert len(hits) == 5 and hits.total > 5


def test_a_misspelt_name_finds_the_person(corpus):
    hits = corpus.search("finneran")
    assert hits and hits[0].quote.speaker == "Jen Fineran"


def _context_corpus(tmp_path):
    import klayman_tui
    (tmp_path / "sources.toml").write_text(
        '[sources.talk]\nkind = "interview"\noutlet = "Paper"\ninterviewee = "Ann Lee"\n'
        'subject = "Ann Lee"\n', encoding="utf-8")
    (tmp_path / "talk.txt").write_text(
        "Talking with Ann Lee\n\n"
        "How did the harvest go this year?\n\n"
        "It was the best we have had, and the orchards were full of pickers.\n\n"
        "What about the weather?\n\n"
        "Rain came late, which worried everyone in the valley.\n", encoding="utf-8")
    (tmp_path / "news.txt").write_text(
        "Valley news\n\nBy Sam Roe\n\n"
        "The mayor spoke about the new library. \u201cIt will open in spring and it will "
        "stay open late,\u201d said Mayor Tom Hill.\n\n"
        "Elsewhere the orchards were quiet. \u201cWe pick in spring as well,\u201d said "
        "Jo Park.\n", encoding="utf-8")
    return klayman_tui.load([tmp_path])


def test_an_answer_is_found_through_the_question_it_answers(tmp_path):
    corpus = _context_corpus(tmp_path)
    hits = corpus.search("harvest orchards")
    assert hits.every_word == 0 and hits.in_context == 1
    hit = hits[0]
    assert hit.tier == "context" and hit.text.startswith("It was the best")
    label, text, spans = hit.context
    assert label == "question" and text == "How did the harvest go this year?"
    assert [text[a:b] for a, b in spans] == ["harvest"]
    assert [hit.text[a:b] for a, b in hit.spans] == ["orchards"]  # its own word


def test_a_quote_is_found_through_the_narration_of_its_paragraph(tmp_path):
    corpus = _context_corpus(tmp_path)
    hits = corpus.search("library spring")
    assert hits[0].tier == "context" and hits[0].text.startswith("It will open")
    label, text, spans = hits[0].context
    assert label == "paragraph" and [text[a:b] for a, b in spans] == ["library"]
    # Ranked below a quote holding every word itself, above one holding some.
    hits = corpus.search("pick spring orchards")
    tiers = [hit.tier for hit in hits]
    assert tiers[0] == "context" and hits[0].text.startswith("We pick in spring")
    assert tiers.index("context") < tiers.index("partial")
    assert corpus.search("spring pick")[0].tier != "context"  # its own words first


async def test_the_result_list_shows_where_a_context_match_came_from():
    from app_helpers import make_app, result_note, screen_text, search_for, settle

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_for(pilot, "editing detention")
        note = result_note(app)
        assert note.startswith("Nothing has every word itself; then 2 found through their "
                               "question or paragraph; then ")
        first = str(app.results.get_option_at_index(1).prompt)
        assert "\n  ↳ the rest found in its question: " in first
        assert "↳ the rest found in its question" in screen_text(app)


def test_search_json_says_where_the_context_words_are():
    import json

    from test_cli import cli

    records = json.loads(cli("search", "editing detention", "--json").stdout)
    context = [r for r in records if r["tier"] == "context"]
    assert context and context[0]["context"]["where"] in ("question", "paragraph")
    start, end = context[0]["context"]["matches"][0]
    assert context[0]["context"]["text"][start:end].lower().startswith("edit")


def test_a_quoted_phrase_is_found_past_the_first_few_hundred_candidates(tmp_path):
    """Words typed together are preferred side by side among the best-ranked few
    hundred quotes holding them; a quoted phrase is required, so it is looked for
    much further, and found even when the quote is the 600th to hold the words."""
    lines = [f"\u201cThe target keeps moving, year {n},\u201d said Al Bee.\n\n"
             for n in range(600)]
    lines.append("\u201cIt is a moving target for everyone,\u201d said Cy Dee.\n\n")
    (tmp_path / "long.txt").write_text("Long\n\n" + "".join(lines), encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    assert corpus.quote_count == 601
    hits = corpus.search('"moving target"')
    assert [h.quote.speaker for h in hits] == ["Cy Dee"] and hits.total == 1
    assert hits[0].tier == "phrase"


def test_what_is_highlighted_phrases_word_starts_and_related_words_whole():
    """A phrase anywhere, each word where a word starts with it (with the apostrophe
    English puts before its last letters), a related word only whole; overlapping
    matches are one range; a related word the typed prefix starts is highlighted
    whole (the one-alternation pattern stopped at the prefix: "p" of "police")."""
    from klayman_tui.corpus.search.tiers import highlight_pattern

    text = "no peace, no police; don't stop the unstoppable stops. police-state"
    marks = lambda *parts: [text[a:b] for a, b in highlight_pattern(*parts).spans(text)]
    assert marks((), ("stop",), ()) == ["stop", "stop"]  # never inside "unstoppable"
    assert marks((), ("dont",), ()) == ["don't"]
    assert marks((), ("p",), ("police",)) == ["p", "police", "police"]
    assert marks((), (), ("polic",)) == []  # whole words only
    assert marks(("don't stop",), ("dont", "stop"), ()) == ["don't stop", "stop"]
    assert marks(("the unstop",), ("the", "unstop"), ()) == ["the unstop"]
    assert highlight_pattern((), (), ()) is None
