"""Words of like meaning: a general English resource shipped inside a
package, nothing downloaded, ranked below a quote's own words; and the dev queries."""

import json
import re
import socket
import unicodedata

import pytest
from conftest import ROOT

import klayman_tui

SEARCH_DEV = ROOT.parent / "shared" / "search-dev"
NEWS_ARTICLES = [ROOT.parent / "shared" / name / "articles" for name in ("news-dev", "news-dev-2")]
FIXTURES = ROOT / "tests" / "fixtures"


def _write(folder):
    (folder / "court.txt").write_text(
        "Court report\n\nBy Lee Park\n\n"
        "\u201cHe spent three weeks in detention before anyone told us why,\u201d said Ann "
        "Cole.\n\n"
        "\u201cThe jail was cold and the food was worse,\u201d said Bo Reyes.\n\n"
        "\u201cOur garden grew tomatoes all summer long,\u201d said Cy Dunn.\n",
        encoding="utf-8")
    return klayman_tui.load([folder])


def test_a_word_of_like_meaning_finds_a_quote_below_the_words_own(tmp_path):
    corpus = _write(tmp_path)
    hits = corpus.search("jail")
    assert hits[0].tier == "words" and hits[0].text.startswith("The jail was cold")
    assert "detention" in hits.related
    by_meaning = [h for h in hits if h.tier == "meaning"]
    assert by_meaning and by_meaning[0].text.startswith("He spent three weeks in detention")
    assert [by_meaning[0].text[a:b] for a, b in by_meaning[0].spans] == ["detention"]
    assert not any("garden" in h.text for h in hits)  # unrelated: not found
    assert hits.by_meaning == len(by_meaning)


def test_a_shared_word_piece_is_spelling_not_meaning(tmp_path):
    """Embeddings average word-pieces, so "copyright" (copy-right) lies near "right":
    a word near the query only through a piece they share is not searched."""
    (tmp_path / "luck.txt").write_text(
        "Luck\n\n\u201cWe were in the right place at the right time,\u201d said Ann "
        "Cole.\n\n\u201cThe weather was fine all week,\u201d said Bo Reyes.\n",
        encoding="utf-8")
    hits = klayman_tui.load([tmp_path]).search("copyright")
    assert "right" not in hits.related
    assert not any("right place" in h.text for h in hits)


def _prison(folder):
    # Two articles: quotes of one article share what it is about (its vector).
    (folder / "cell.txt").write_text(
        "Cells\n\n\u201cHe spent three weeks in detention before anyone told us why,"
        "\u201d said Ann Cole.\n", encoding="utf-8")
    (folder / "friend.txt").write_text(
        "Friends\n\n\u201cShe is the kindest person I know,\u201d said Bo Reyes.\n",
        encoding="utf-8")
    return klayman_tui.load([folder])


def test_a_common_word_spelled_right_is_not_taken_for_a_typo(tmp_path):
    """"prison" is a word, not a misspelt "person": what it means is searched."""
    hits = _prison(tmp_path).search("prison")
    assert hits[0].text.startswith("He spent three weeks in detention")
    assert not any("person" in h.text for h in hits)


def test_without_the_resource_any_word_may_be_a_typo(tmp_path, monkeypatch):
    from klayman_tui.corpus.search import meaning

    monkeypatch.setattr(meaning, "load_model", lambda: None)
    hits = _prison(tmp_path).search("prison")
    assert [h.tier for h in hits] == ["fuzzy"] and "person" in hits[0].text


def test_names_are_not_meanings(tmp_path):
    corpus = _write(tmp_path)
    corpus.search("jail")
    documents = corpus.search_index().documents
    assert documents.is_name("cole") and documents.is_name("reyes")
    assert not documents.is_name("detention")


def test_the_resource_is_read_from_the_package_with_no_network(monkeypatch):
    from klayman_tui.corpus.search import meaning

    def no_network(*args, **kwargs):
        raise AssertionError("meaning tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    meaning.load_model.cache_clear()
    try:
        model = meaning.load_model()
        assert model is not None
        vectors = model.embed(["jail", "prison", "garden"], norm=True)
        assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
    finally:
        meaning.load_model.cache_clear()


def test_a_large_corpus_loads_the_resource_only_when_a_query_needs_it(tmp_path,
                                                                     monkeypatch):
    """Above MEANING_UP_FRONT quotes the index is built without the resource (30 MB);
    a query its own words find well never loads it, one they barely find does."""
    from klayman_tui.corpus.search import meaning
    from klayman_tui.corpus.search import beyond as search_beyond

    monkeypatch.setattr(search_beyond, "MEANING_UP_FRONT", 10)  # 15 quotes: "large"
    loads = []
    real = meaning.Meaning.for_vocabulary
    monkeypatch.setattr(meaning.Meaning, "for_vocabulary",
                        lambda *a: loads.append(a) or real(*a))
    (tmp_path / "gardens.txt").write_text("Gardens\n\n" + "".join(
        f"\u201cThe garden had {n} rows of beans,\u201d said Di Moss.\n\n"
        for n in range(2, 14)), encoding="utf-8")
    corpus = _write(tmp_path)
    assert corpus.quote_count == 15
    corpus.search("garden")  # twelve quotes hold it: no need
    assert loads == []
    hits = corpus.search("jail")
    assert len(loads) == 1 and "detention" in hits.related
    corpus.search("prison")
    assert len(loads) == 1  # loaded once


def test_without_the_resource_search_still_works(tmp_path, monkeypatch):
    from klayman_tui.corpus.search import meaning

    monkeypatch.setattr(meaning, "load_model", lambda: None)
    corpus = _write(tmp_path)
    hits = corpus.search("jail")
    assert [h.tier for h in hits] == ["words"] and hits.related == ()


def _norm(text):
    table = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'",
                           "\u2013": "-", "\u2014": "-", "\u2026": "...", "\u00a0": " "})
    text = unicodedata.normalize("NFKC", text).translate(table)
    return re.sub(r"\s+", " ", text).strip().lower()


def _found_in_top_three(corpus, queries) -> tuple[float, list[str]]:
    """The scorer's rule: a query scores when one of its first three hits holds an
    accepted snippet. The share that score, and the queries that miss."""
    found = []
    for query in queries:
        accepted = [_norm(a) for a in query["accept"]]
        top = [_norm(hit.text) for hit in corpus.search(query["query"], limit=10)[:3]]
        found.append(any(a in text for a in accepted for text in top))
    misses = [q["query"] for q, ok in zip(queries, found) if not ok]
    return sum(found) / len(found), misses


@pytest.mark.skipif(not (SEARCH_DEV / "queries.json").is_file(),
                    reason="../shared/search-dev is not beside this checkout")
def test_the_dev_queries_find_an_accepted_quote_in_the_top_three(corpus):
    """hit@3 must be at least 0.90 (1.00 when written)."""
    queries = json.loads((SEARCH_DEV / "queries.json").read_text(encoding="utf-8"))
    share, misses = _found_in_top_three(corpus, queries)
    assert share >= 0.90, misses


@pytest.mark.skipif(not all(folder.is_dir() for folder in NEWS_ARTICLES),
                    reason="../shared/news-dev and news-dev-2 are not beside this checkout")
def test_the_news_queries_find_an_accepted_quote_in_the_top_three():
    """30 queries over the 31 news articles (one corpus), labelled blind by another
    helper (tests/fixtures/news_queries.json): ten say the idea in other words, two
    name what only a quote's paragraph says. hit@3 was 0.77 before the meaning tier
    and one-word context, 0.83 with them, 0.90 with words held word for word by
    words of like meaning or by the context and the article in each quote's vector
    (search/alike.py, search/vectors.py); it must stay at least 0.87."""
    queries = json.loads((FIXTURES / "news_queries.json").read_text(encoding="utf-8"))
    share, misses = _found_in_top_three(klayman_tui.load(NEWS_ARTICLES), queries)
    assert share >= 0.87, misses


@pytest.mark.skipif(not all(folder.is_dir() for folder in NEWS_ARTICLES),
                    reason="../shared/news-dev and news-dev-2 are not beside this checkout")
def test_the_news_queries_in_other_words_find_an_accepted_quote_in_the_top_three():
    """18 queries over the same articles, each the idea of one quote put in other words
    (tests/fixtures/news_concept_queries.json, written from the quotes before any was
    searched): hit@3 0.44 with the meaning tier alone, 0.61 with words held word for
    word and the article in each quote's vector; it must stay at least 0.55."""
    queries = json.loads((FIXTURES / "news_concept_queries.json").read_text(encoding="utf-8"))
    share, misses = _found_in_top_three(klayman_tui.load(NEWS_ARTICLES), queries)
    assert share >= 0.55, misses


async def test_the_result_list_names_the_words_of_like_meaning():
    from app_helpers import make_app, result_note, search_for, settle

    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_for(pilot, "piracy")
        note = result_note(app)
        assert note.startswith("Nothing has these words; then ")
        assert "by words of like meaning (downloading, download" in note
        texts = [hit.text for hit in app.results.hits]
        assert any("download link" in text for text in texts[:3])


def test_the_corpus_words_vectors_are_two_bytes_a_dimension_with_the_same_neighbours(
        tmp_path):
    """The words alike to a query word are found among the corpus words' unit vectors
    kept as int16 (4 MB for 8,000 words, not 8 MB of float32): the same neighbours, in
    the same order and within 0.0001 of the similarity, as the full floats give."""
    from klayman_tui.corpus.search.meaning import load_model

    corpus = _write(tmp_path)
    corpus.search("jail")
    meaning = corpus.search_index().beyond.meaning
    assert meaning.vectors.nbytes == 2 * len(meaning.words) * meaning.vectors.shape[1]
    model = load_model()
    floats = model.embed(meaning.words, norm=True)
    for word in ("jail", "prison", "detention"):
        found, similarity = meaning.alike(word)
        wanted = floats @ model.embed([word], norm=True)[0]
        assert found, word
        for alike, near in zip(found, similarity.tolist()):
            assert abs(near - float(wanted[meaning.words.index(alike)])) < 0.0001
        assert similarity.tolist() == sorted(similarity.tolist(), reverse=True)


def test_a_hit_found_by_a_word_of_like_meaning_names_the_word():
    """It said "it holds none of the words" of a quote whose "downloads" was
    highlighted; only a hit found by its vector alone says that."""
    from types import SimpleNamespace

    from klayman_tui.corpus.search.results import meaning_note

    text = "either DVDs passed around, or more likely BitTorrent and other downloads"
    start = text.index("downloads")
    related = SimpleNamespace(tier="meaning", text=text, spans=[(start, start + 9)])
    alone = SimpleNamespace(tier="meaning", text=text, spans=[])
    assert meaning_note(related) == "found by a word of like meaning: downloads"
    assert meaning_note(alone) == "found by meaning: it holds none of the words"
    assert meaning_note(SimpleNamespace(tier="words", text=text, spans=[])) is None
