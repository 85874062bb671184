"""The idea in other words: a query's words held word for word, each whole or by a word
of like meaning, in the quote or in its context; and a quote's vector carrying what
its article is about. Each on a corpus the test writes."""

import numpy as np
import pytest

import klayman_tui


def _said(text, who):
    return f"\u201c{text},\u201d said {who}.\n\n"


def _load(folder, articles):
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return klayman_tui.load([folder])


def test_a_word_of_like_meaning_to_one_query_word_counts_for_it(tmp_path):
    """Both quotes hold "strike"; "teachers" is far nearer "educators" than "students"
    is, so the quote holding it comes first, though its many other words put its
    vector further from the query's."""
    corpus = _load(tmp_path, {
        "buses.txt": "Buses\n\n" + _said(
            "The teachers will strike on Monday, and the buses, the trains and the "
            "ferries will all stop running across the region for the day", "Ann Cole"),
        "port.txt": "Port\n\n" + _said("The strike by students ended on Monday", "Bo Reyes"),
        "garden.txt": "Garden\n\n" + _said("Our garden grew tomatoes all summer long",
                                           "Cy Dunn")})
    hits = corpus.search("educators strike")
    assert [h.text[:12] for h in hits[:2]] == ["The teachers", "The strike b"]
    assert not any("garden" in h.text for h in hits)


def test_a_query_word_held_by_the_quotes_paragraph_counts_for_it(tmp_path):
    """No quote has "mayor"; both hold "blood"; "union" is in one quote's paragraph
    (who said it), so that quote comes first."""
    corpus = _load(tmp_path, {
        "police.txt": "Police\n\n\u201cHis hands are dripping with blood,\u201d said Pat Lee, "
                      "head of the police union.\n\n",
        "kitchen.txt": "Kitchen\n\n" + _said("There was blood on the floor of the city "
                                             "kitchen", "Di Moss")})
    hits = corpus.search("union blood mayor")
    assert [h.text[:8] for h in hits] == ["His hand", "There wa"]


def test_a_quote_is_found_by_what_its_article_is_about(tmp_path):
    """"We lost everything we had" says nothing of fire, but its article is about a
    wildfire; the same words in an article about a pub quiz are not found."""
    corpus = _load(tmp_path, {
        "fire.txt": "Wildfire forces thousands to flee\n\nFlames swept through the hills "
                    "overnight, burning hundreds of homes as firefighters battled the "
                    "wildfire and residents evacuated.\n\n"
                    + _said("We lost everything we had", "Ann Cole")
                    + "Smoke filled the valley as the fire spread toward the town.\n\n",
        "quiz.txt": "Pub quiz night\n\nTeams gathered at the tavern for the weekly trivia "
                    "contest, with prizes for the winners.\n\n"
                    + _said("We lost everything in the last round", "Bo Reyes")
                    + "The quiz master read the final questions aloud.\n\n"})
    hits = corpus.search("fire victims")
    assert [(h.tier, h.text) for h in hits] == [("meaning", "We lost everything we had")]


def test_ranking_by_weight_sorts_only_the_first_few_and_keeps_the_order():
    """The last tier asks for the best few of thousands of weighted quotes: the same
    first few, in the same order (equal weights: the better kind, then the earlier),
    as sorting them all."""
    from klayman_tui.corpus.search.documents import Documents

    documents = Documents.__new__(Documents)
    generator = np.random.default_rng(7)
    for _ in range(200):
        count = int(generator.integers(1, 300))
        documents.ranks = generator.integers(0, 3, count)
        score = generator.integers(0, 5, count) / 4.0  # many ties, many zeros
        everything = documents.by_weight(score)
        assert np.all(score[everything] > 0) and len(everything) == np.count_nonzero(score)
        for most in (0, 1, 5, 50, 400):
            assert documents.by_weight(score, most).tolist() == everything[:most].tolist()


def test_a_query_word_its_article_holds_ranks_a_quote_found_by_the_rest(tmp_path,
                                                                        monkeypatch):
    """Both quotes hold "leverage" and neither it nor its paragraph holds
    "negotiations", but one's article speaks of the negotiations: that quote comes
    first. Words, so without the meaning resource too. A quote of that article
    holding none of the words is not found by its article alone."""
    from klayman_tui.corpus.search import meaning

    monkeypatch.setattr(meaning, "load_model", lambda: None)
    corpus = _load(tmp_path, {
        "a_gym.txt": "Gym notes\n\nThe new rowing machines arrived on Monday.\n\n"
                     + _said("This is leverage, simply", "Ann Cole"),
        "b_trade.txt": "Trade notes\n\nThe two countries resume negotiating in Geneva "
                       "next week.\n\n" + _said("This is leverage, plainly", "Bo Reyes")
                       + _said("Our garden grew tomatoes all summer long", "Cy Dunn")})
    hits = corpus.search("leverage negotiations")
    assert [h.quote.speaker for h in hits] == ["Bo Reyes", "Ann Cole"]


def test_articles_whose_names_differ_only_in_case_keep_their_own_words(tmp_path,
                                                                     monkeypatch):
    """"Trade.txt" and "trade.txt" are two articles (a search filter reads their names
    alike): the quote whose own article speaks of the negotiations comes first."""
    from klayman_tui.corpus.search import meaning

    monkeypatch.setattr(meaning, "load_model", lambda: None)
    corpus = _load(tmp_path, {
        "Trade.txt": "Gym notes\n\nThe new rowing machines arrived on Monday.\n\n"
                     + _said("This is leverage, simply", "Ann Cole"),
        "trade.txt": "Trade notes\n\nThe two countries resume negotiating in Geneva "
                     "next week.\n\n" + _said("This is leverage, plainly", "Bo Reyes")})
    hits = corpus.search("leverage negotiations")
    assert [h.quote.speaker for h in hits] == ["Bo Reyes", "Ann Cole"]


def test_a_word_every_article_holds_says_nothing_of_a_quotes_article(tmp_path):
    """What a quote's article is about counts for a query word as far as the other
    articles lack it: "council", in all three articles, counts nothing ("is" or
    "china" in every article of one subject lifted every quote not holding it); a
    word of one article's own counts nearly in full, one of two articles' in part."""
    from klayman_tui.corpus.search.articles import ArticleWords

    corpus = _load(tmp_path, {
        "a.txt": "Council notes\n\nThe council met about the harbour dredging.\n\n"
                 + _said("It will take all summer", "Ann Cole"),
        "b.txt": "Council budget\n\nThe council passed the budget for the ferries.\n\n"
                 + _said("We counted every penny", "Bo Reyes"),
        "c.txt": "Council parks\n\nThe council planted trees by the ferries.\n\n"
                 + _said("The oaks will outlive us", "Cy Dunn")})
    items = corpus.search_index("quotes").documents.items
    words = ArticleWords(items)
    every = np.arange(len(items))
    speakers = [item.speaker for item in items]
    assert words.says("council", every).tolist() == [0.0] * 3
    dredging = dict(zip(speakers, words.says("dredging", every).tolist()))
    assert dredging == pytest.approx({"Ann Cole": 2 / 3, "Bo Reyes": 0, "Cy Dunn": 0})
    ferries = dict(zip(speakers, words.says("ferry", every).tolist()))  # any form
    assert ferries == pytest.approx({"Ann Cole": 0, "Bo Reyes": 1 / 3, "Cy Dunn": 1 / 3})
