"""Search finds the idea on any corpus: a quote that says it in other
words (the meaning tier: a vector per quote), ranked below every quote holding the
words; a one-word query through a quote's context; the result note for phrases and
filters. Each on a corpus the test writes."""

import json
import subprocess
import sys
import threading

import pytest

import klayman_tui

TIER_ORDER = ["phrase", "words", "prefixes", "forms", "fuzzy", "context", "rest"]


def _town(folder, council=True):
    council_text = (
        "The council met on Tuesday to vote on next year's budget. \u201cWe cannot afford "
        "a new pool,\u201d said Flo Gray.\n\n"
        "\u201cThe budget leaves nothing for the library,\u201d said Gus Hale.\n")
    (folder / "town.txt").write_text(
        "Town notes\n\nBy Lee Park\n\n"
        "\u201cThe new tariffs mean families pay more for shoes and groceries at the "
        "checkout,\u201d said Ann Cole.\n\n"
        "\u201cOur garden grew tomatoes and beans all summer long,\u201d said Bo Reyes.\n\n"
        "\u201cThe orchestra played Mozart in the park until midnight,\u201d said Cy Dunn.\n\n"
        "\u201cThe striker scored twice before half time,\u201d said Di Moss.\n\n"
        "\u201cThe paint did not match the walls of the hall,\u201d said Ed Fox.\n\n"
        + (council_text if council else ""), encoding="utf-8")
    return klayman_tui.load([folder])


def test_a_quote_that_says_the_idea_in_other_words_is_found_by_its_vector(tmp_path):
    corpus = _town(tmp_path, council=False)
    hits = corpus.search("import duties cost consumers")
    assert hits and hits[0].text.startswith("The new tariffs mean families")
    assert hits[0].tier == "meaning" and hits.by_meaning == len(hits)
    # It holds none of the words: its vector, and words alike to two of them
    # ("tariffs" to import, "pay" to cost), found it; those are named.
    assert {"tariffs", "pay"} <= set(hits.related)
    assert not any("garden" in hit.text or "Mozart" in hit.text for hit in hits)
    # Without the quotes' vectors (past MAX_VECTORS), there is no meaning tier.
    corpus.search_index().beyond.vectors = None
    assert not corpus.search("import duties cost consumers")


def test_the_command_line_says_a_hit_was_found_by_meaning(tmp_path):
    _town(tmp_path)
    run = [sys.executable, "-m", "klayman_tui", "--data", str(tmp_path), "search",
           "football match"]
    records = json.loads(subprocess.run(run + ["--json"], capture_output=True, text=True,
                                        check=True).stdout)
    tiers = {record["text"][:20]: record["tier"] for record in records}
    assert tiers["The paint did not ma"] == "partial"  # it holds "match"
    assert tiers["The striker scored t"] == "meaning"
    plain = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert "The striker scored twice before half time\n  ↳ found by meaning" in plain


@pytest.mark.parametrize("query", ["match", "football match", "budget", "paint walls",
                                   "concert music", "cannot afford", "\"did not match\""])
def test_hits_holding_the_words_are_never_outranked_by_meaning(tmp_path, query):
    """Tiers come in order: the phrase, every word (as written, prefixes, other forms,
    typos), then context, then one ranking of some words and meaning."""
    hits = _town(tmp_path).search(query)
    assert hits
    order = [TIER_ORDER.index(hit.tier if hit.tier in TIER_ORDER else "rest")
             for hit in hits]
    assert order == sorted(order), [hit.tier for hit in hits]
    if query == "match":
        assert hits[0].text.startswith("The paint did not match")


def test_a_one_word_query_finds_a_quote_through_its_paragraph(tmp_path):
    corpus = _town(tmp_path)
    hits = corpus.search("budget")
    assert [hit.tier for hit in hits[:2]] == ["words", "context"]
    assert hits[0].text.startswith("The budget leaves nothing")  # its own word first
    assert hits[1].text.startswith("We cannot afford a new pool")
    label, text, spans = hits[1].context
    assert label == "paragraph" and [text[a:b] for a, b in spans] == ["budget"]
    assert hits.in_context == 1
    # A speaker's name finds their quotes, not a neighbour's through the paragraph.
    assert {hit.quote.speaker for hit in corpus.search("gray")} == {"Flo Gray"}
    # Without the context words, the paragraph is not read for one word.
    corpus.search_index().beyond.context_words = None
    assert not any(hit.tier == "context" for hit in corpus.search("budget"))


def test_the_meaning_tier_is_built_in_the_background_when_asked_not_to_wait(
        tmp_path, monkeypatch):
    """Above MEANING_UP_FRONT quotes the tier is built by the first query that needs
    it; a keystroke (wait=False) gets the words' hits at once and is told."""
    from klayman_tui.corpus.search import beyond as search_beyond

    monkeypatch.setattr(search_beyond, "MEANING_UP_FRONT", 3)
    # The build is held until the first search is back: on a busy machine it could
    # otherwise finish before that search reads the tier (a race, not a failure).
    release = threading.Event()
    build = search_beyond.BeyondTheWords.build

    def held_build(self):
        release.wait(10)
        build(self)

    monkeypatch.setattr(search_beyond.BeyondTheWords, "build", held_build)
    corpus = _town(tmp_path, council=False)
    first = corpus.search("import duties cost consumers", wait=False)
    release.set()
    assert first.meaning_pending and not first
    assert corpus.meaning_built().wait(60)
    then = corpus.search("import duties cost consumers", wait=False)
    assert not then.meaning_pending and then[0].tier == "meaning"
    assert corpus.search_index().beyond.error is None


async def test_the_app_shows_meaning_hits_once_they_are_built(tmp_path, monkeypatch):
    from app_helpers import make_app, result_note, search_for, settle

    from klayman_tui.corpus.search import beyond as search_beyond

    monkeypatch.setattr(search_beyond, "MEANING_UP_FRONT", 3)
    _town(tmp_path, council=False)
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await search_for(pilot, "import duties cost consumers")
        await settle(pilot, 0.3)
        assert app.corpus.meaning_built().wait(60)
        await settle(pilot, 0.3)
        assert result_note(app).startswith("Nothing has these words; then 1 found by "
                                           "words of like meaning (")
        shown = str(app.results.get_option_at_index(1).prompt)
        assert "The new tariffs mean families" in shown
        assert "↳ found by a word of like meaning: tariffs, pay" in shown


@pytest.mark.parametrize("query,note", [
    ("\"cannot afford\"", "1 match."),
    ("speaker:gray", "1 match."),
    ("speaker:hale budget", "1 match."),
])
async def test_the_note_counts_matches_for_phrases_and_filters(tmp_path, query, note):
    from app_helpers import make_app, result_note, search_for

    _town(tmp_path)
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40)) as pilot:
        await search_for(pilot, query)
        assert result_note(app) == note


@pytest.mark.swallows
async def test_a_failed_meaning_build_is_said_and_search_goes_on(tmp_path, monkeypatch):
    from app_helpers import make_app, search_for, settle, toasts

    from klayman_tui.app.guard import SWALLOWED
    from klayman_tui.corpus.search import meaning
    from klayman_tui.corpus.search import beyond as search_beyond

    def broken(*args):  # a message naming a file never reaches the toast raw
        raise RuntimeError("vectors broke\x1b[2J")

    monkeypatch.setattr(search_beyond, "MEANING_UP_FRONT", 3)
    monkeypatch.setattr(meaning.Meaning, "document_vectors", broken)
    _town(tmp_path)
    app = make_app([tmp_path])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await search_for(pilot, "budget")
        assert app.corpus.meaning_built().wait(60)
        await settle(pilot, 0.3)
        assert any("Search by meaning is unavailable: vectors broke␛[2J" in toast
                   for toast in toasts(app))
        assert app.results.hits[0].text.startswith("The budget leaves nothing")
        assert any(str(error) == "vectors broke\x1b[2J" for error in SWALLOWED)


def test_the_nearest_quotes_of_a_small_corpus_are_those_the_shortlist_would_give(
        tmp_path, monkeypatch):
    """A corpus of at most _SHORTLIST quotes skips the first plane's shortlist (all
    are on it) and keeps its quotes' rebuilt vectors: the same order and similarities
    as the shortlist gives; and a query's vector is a quote's made from its words."""
    import numpy as np

    from klayman_tui.corpus.search import vectors as search_vectors

    corpus = _town(tmp_path)
    corpus.search("budget")
    index = corpus.search_index()
    vectors, meaning = index.beyond.vectors, index.beyond.meaning
    weights = index.documents.word_weights
    for words in (["import", "duties"], ["the", "budget", "pool"], ["said", "tomatoes"]):
        query = vectors.query(words, meaning.word_vector, weights)
        table = search_vectors._WordTable(meaning.word_vector, weights)
        made = search_vectors._units(table.sums([table.rows(words)]))[0]
        assert np.allclose(query, made, atol=1e-6)
        numbers, similarity = vectors.nearest(query)
        listed = vectors._shortlist(query)
        assert sorted(listed.tolist()) == list(range(index.count))
        score = vectors.rebuilt(listed) @ query
        order = np.argsort(-score, kind="stable")
        assert numbers.tolist() == listed[order].tolist()
        assert np.allclose(similarity, score[order])
        assert vectors.nearest(query)[0].tolist() == numbers.tolist()  # kept, the same


def test_a_vector_rebuilt_from_its_planes_stays_near_its_floats():
    """The meaning tier keeps each dimension as one of eight bands (3 bits): a
    paragraph's vector rebuilt from them lies within a cosine of 0.97 of its floats on
    average (four bands gave 0.94, and put the quote wanted lower), so the nearest
    quotes are nearly those the floats give."""
    import numpy as np

    from klayman_tui.corpus.search.meaning import load_model
    from klayman_tui.corpus.search.vectors import DocumentVectors

    texts = [block.text for source in klayman_tui.load().sources for block in source.blocks]
    floats = load_model().embed(texts, norm=True)
    rebuilt = DocumentVectors.from_floats([floats]).rebuilt(np.arange(len(texts)))
    assert float((rebuilt * floats).sum(axis=1).mean()) >= 0.97


def test_a_quote_holding_some_words_is_near_the_query_by_the_rest_only(tmp_path,
                                                                       monkeypatch):
    """A quote holding "match" is scored for it by the word itself, so its vector is
    compared with the rest of "league match" only, never with "match" a second time:
    else the quotes holding a query's commonest word come before one that says the
    rest of the idea in other words."""
    import numpy as np

    from klayman_tui.corpus.search.beyond import _VECTOR_BASE, BeyondTheWords

    (tmp_path / "club.txt").write_text(
        "Club notes\n\n"
        "\u201cThe striker scored twice before half time,\u201d said Di Moss.\n\n"
        "\u201cHer new shoes match her handbag,\u201d said Gus Hale.\n\n"
        "\u201cThe paint did not match the walls of the hall,\u201d said Ed Fox.\n",
        encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    seen = []
    scored = BeyondTheWords._beyond_the_words_held

    def spy(self, terms, matches, near, similarity):
        given = scored(self, terms, matches, near, similarity)
        seen.append((self, near, similarity, given))
        return given

    monkeypatch.setattr(BeyondTheWords, "_beyond_the_words_held", spy)
    corpus.search("league match")
    beyond, near, whole, given = seen[-1]
    texts = [beyond._documents.items[n].text for n in near.tolist()]
    rest = beyond.vectors.query(["league"], beyond.meaning.word_vector,
                                beyond._documents.word_weights)
    holding = [i for i, text in enumerate(texts) if "match" in text]
    assert holding and any("match" not in text for text in texts)
    for i, text in enumerate(texts):
        if i in holding:
            near_rest = beyond.vectors.rebuilt(near[i:i + 1])[0] @ rest
            assert np.isclose(given[i], max(near_rest, _VECTOR_BASE))
            assert given[i] < whole[i]
        else:
            assert given[i] == whole[i]  # it holds none of the words: the whole query
    # "Moss" is a name, not embedded: a quote holding "match" lacks nothing that means
    # something, so its vector adds nothing, rather than counting "match" again.
    corpus.search("moss match")
    beyond, near, whole, given = seen[-1]
    quotes = [beyond._documents.items[n] for n in near.tolist()]
    for i, quote in enumerate(quotes):
        if "match" in quote.text:
            assert given[i] == _VECTOR_BASE


def test_in_vectors_rare_words_weigh_nearly_alike_and_common_ones_little(tmp_path):
    """A quote's vector and a query's weigh their words by SIF's a / (a + p): a word
    one quote in a hundred holds weighs nearly as much as one no quote holds (by its
    IDF, 0.79 as much: whether a few hundred quotes hold a rare word once or five
    times is chance), and a word in every quote next to nothing. The query's vector
    is made with those weights."""
    import numpy as np

    lines = [f"\u201cItem {n} is ready,\u201d said Ann Cole.\n\n" for n in range(100)]
    lines.append("\u201cThe harbour is ready,\u201d said Bo Reyes.\n\n")
    (tmp_path / "list.txt").write_text("List\n\n" + "".join(lines), encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    index = corpus.search_index()
    documents = index.documents
    rare, unheld, everywhere = documents.vector_weights(["harbour", "zebra", "ready"])
    assert rare / unheld > 0.85 and everywhere / unheld < 0.15
    index.beyond.build()
    beyond = index.beyond
    query = beyond._query_vector(("harbour", "ready"))
    word = beyond.meaning.word_vector
    expected = rare * word("harbour") + everywhere * word("ready")
    assert np.allclose(query, expected / np.linalg.norm(expected), atol=1e-5)


def test_in_a_very_long_paragraph_a_quotes_context_is_the_text_around_it(tmp_path):
    """A paragraph thousands of characters long (a file of one line) is no quote's
    context whole, only what lies near the quote: else each of its quotes reads all of
    it, and 20,000 quotes on one line took minutes to index while the app stood still."""
    from klayman_tui.corpus.search.context import CONTEXT_REACH, LONG_PARAGRAPH

    filler = "Then the crowd went home along the river and the night was quiet. " * 80
    assert len(filler) > max(LONG_PARAGRAPH, 2 * CONTEXT_REACH)
    (tmp_path / "line.txt").write_text(
        "Zoo day\n\n\u201cWe looked for hours,\u201d said Ann Cole. The zebra had escaped "
        f"at dawn. {filler}\u201cIt was a long night,\u201d said Bo Reyes. {filler}\n",
        encoding="utf-8")
    hits = klayman_tui.load([tmp_path]).search("zebra")
    assert [(hit.text, hit.tier) for hit in hits] == [("We looked for hours", "context")]
    assert "The zebra had escaped" in hits[0].context[1]
    assert len(hits[0].context[1]) <= 2 * CONTEXT_REACH + len("We looked for hours,") + 2


def test_a_one_word_query_finds_a_quote_through_the_narration_introducing_it(tmp_path):
    """"… said a Hercules aircraft was waiting in Yellowknife." ¶ "“If the road is cut,
    we can have that aircraft on the ground within the hour,” Beaulieu said.": the
    narration right before a quotation that opens its paragraph is its introduction,
    read as its context; a paragraph holding another's words is no introduction."""
    (tmp_path / "fire.txt").write_text(
        "Wildfire nears town\n\n"
        "The army says it is ready to help. Lt.-Col. Sarah Beaulieu said a Hercules "
        "aircraft was waiting in Yellowknife.\n\n"
        "\u201cIf the road is cut, we can have that aircraft on the ground within the "
        "hour,\u201d Beaulieu said.\n\n"
        "\u201cThe smoke is thick over the whole valley and the school is shut,\u201d said "
        "Tom Reed, a teacher.\n\n"
        "\u201cWe packed the car last night and waited for the call,\u201d said Ann Lee.\n",
        encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    hits = corpus.search("hercules")
    assert [hit.text[:20] for hit in hits] == ["If the road is cut, "]
    label, text, spans = hits[0].context
    assert label == "introduction" and [text[a:b] for a, b in spans] == ["Hercules"]
    # Tom Reed's paragraph holds his words: it introduces his quote, not Ann Lee's.
    assert [hit.quote.speaker for hit in corpus.search("teacher")] == ["Tom Reed"]
