"""The collection file: order kept, written atomically, anchored by words not
positions, damaged or edited files reported and never lost."""

import json
import os
import shutil

import pytest
from conftest import FAST_COMPANY, HERALD

import klayman_tui
from klayman_tui.corpus import writing as writing_module
from klayman_tui.corpus.state.collection import Collection, corpus_key


@pytest.fixture
def folder(tmp_path):
    """A copy of two bundled articles, which a test may edit."""
    data = klayman_tui.corpus.bundled_data_dir()
    target = tmp_path / "articles"
    target.mkdir()
    for name in (f"{HERALD}.txt", f"{FAST_COMPANY}.txt", "sources.toml"):
        shutil.copy(data / name, target / name)
    return target


def test_starred_quotes_survive_a_reload_in_the_order_starred(corpus):
    first = corpus.source(FAST_COMPANY).quotes[3]
    second = corpus.source(HERALD).quotes[0]
    third = corpus.source(FAST_COMPANY).quotes[0]
    saved = Collection.for_paths(None)
    for quote in (first, second, third):
        assert saved.toggle(quote) is True
    again = Collection.for_paths(None)
    items = again.items(corpus.by_id)
    assert [item.quote for item in items] == [first, second, third]
    assert second in again and corpus.source(HERALD).quotes[1] not in again


def test_starring_again_unstars(corpus):
    quote = corpus.quotes[5]
    saved = Collection.for_paths(None)
    saved.toggle(quote)
    assert saved.toggle(quote) is False
    assert len(Collection.for_paths(None)) == 0


def test_the_file_is_readable_json_in_the_user_data_directory(corpus, private_dirs):
    saved = Collection.for_paths(None)
    saved.toggle(corpus.source(HERALD).quotes[0])
    assert saved.path.is_relative_to(private_dirs / "data")
    data = json.loads(saved.path.read_text(encoding="utf-8"))
    assert data["quotes"][0]["source"] == HERALD
    assert data["quotes"][0]["text"] == "do whatever is required."
    assert data["quotes"][0]["speaker"] == "Alison Klayman"


def test_each_opened_corpus_has_its_own_collection(tmp_path, corpus):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    names = {corpus_key(None)[0], corpus_key([tmp_path / "a"])[0],
             corpus_key([tmp_path / "b"])[0], corpus_key([tmp_path / "a", tmp_path / "b"])[0]}
    assert len(names) == 4
    assert corpus_key([tmp_path / "a", tmp_path / "b"]) == \
        corpus_key([tmp_path / "b", str(tmp_path / "a") + "/"])
    Collection.for_paths([tmp_path / "a"]).toggle(corpus.quotes[0])
    assert len(Collection.for_paths([tmp_path / "b"])) == 0


def test_a_crash_mid_write_leaves_the_previous_file_whole(corpus, monkeypatch):
    saved = Collection.for_paths(None)
    saved.toggle(corpus.quotes[0])
    before = saved.path.read_bytes()

    def crash(*args):
        raise OSError("disk full")

    with monkeypatch.context() as patched:
        patched.setattr(writing_module.os, "replace", crash)
        with pytest.raises(OSError):
            saved.toggle(corpus.quotes[1])
    assert saved.path.read_bytes() == before
    assert [p.name for p in saved.path.parent.iterdir()] == [saved.path.name]  # no temp
    assert len(saved) == 1 and corpus.quotes[1] not in saved  # as it was
    assert len(Collection.for_paths(None)) == 1


def test_a_damaged_file_is_reported_kept_aside_and_a_new_collection_begins(corpus):
    path = Collection.for_paths(None).path
    path.parent.mkdir(parents=True)
    path.write_text('{"format": 1, "quotes": [', encoding="utf-8")
    damaged = Collection.for_paths(None)
    assert damaged.warning and "could not be read" in damaged.warning
    assert "\n" not in damaged.warning
    kept = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".damaged")]
    assert kept and kept[0].read_text(encoding="utf-8") == '{"format": 1, "quotes": ['
    damaged.toggle(corpus.quotes[0])
    assert len(Collection.for_paths(None)) == 1


def test_bad_entries_are_skipped_and_hostile_text_neutralised(corpus):
    path = Collection.for_paths(None).path
    path.parent.mkdir(parents=True)
    good = {"source": HERALD, "text": "do whatever is required.", "speaker": "Alison\x1b]52;c;x\x07",
            "kind": "direct", "added": "2026-01-01T00:00:00Z"}
    path.write_text(json.dumps({"format": 1, "quotes": [
        good, {"source": 3}, "text", {**good, "kind": "evil"}, good]}), encoding="utf-8")
    loaded = Collection.for_paths(None)
    assert len(loaded) == 1 and "3 entries this version cannot show, kept in the file" in loaded.warning
    assert "\x1b" not in loaded.entries[0].speaker and "\x07" not in loaded.entries[0].speaker
    assert loaded.items(corpus.by_id)[0].quote.text == "do whatever is required."


def test_a_quote_is_found_by_its_words_when_the_extractor_changes(folder, monkeypatch):
    corpus = klayman_tui.load([folder])
    quote = next(q for q in corpus.source(HERALD).quotes if q.text.startswith("nothing"))
    assert " … " in quote.text  # a split quote: two parts
    Collection.for_paths([folder]).toggle(quote)

    # A new extractor that no longer finds this quote (and numbers the rest anew).
    from klayman_tui.corpus.extract import engine as quotes_module
    real = quotes_module.extract_quotes

    def changed(*args, **kwargs):
        return [q for q in real(*args, **kwargs) if not q.text.startswith("nothing")]

    monkeypatch.setattr(quotes_module, "extract_quotes", changed)
    monkeypatch.setenv("KLAYMAN_TUI_NO_CACHE", "1")
    reparsed = klayman_tui.load([folder])
    assert not any(q.text.startswith("nothing") for q in reparsed.source(HERALD).quotes)
    item = Collection.for_paths([folder]).items(reparsed.by_id)[0]
    assert not item.missing
    assert item.quote.text == quote.text and item.quote.spans == quote.spans
    assert item.quote.speaker == "Alison Klayman"


def test_a_quote_whose_words_were_edited_away_is_kept_as_missing(folder):
    corpus = klayman_tui.load([folder])
    keep = corpus.source(FAST_COMPANY).quotes[0]
    gone = next(q for q in corpus.source(HERALD).quotes if q.text.startswith("do whatever"))
    saved = Collection.for_paths([folder])
    saved.toggle(gone)
    saved.toggle(keep)
    article = folder / f"{HERALD}.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("do whatever", "do all"),
                       encoding="utf-8")
    items = Collection.for_paths([folder]).items(klayman_tui.load([folder]).by_id)
    assert [item.missing for item in items] == [True, False]
    assert items[0].entry.text == "do whatever is required."
    os.remove(article)  # the whole article gone: still kept, still missing
    items = Collection.for_paths([folder]).items(klayman_tui.load([folder]).by_id)
    assert len(items) == 2 and items[0].missing


def test_deeply_nested_json_or_a_pipe_is_reported_not_a_crash(corpus):
    path = Collection.for_paths(None).path
    path.parent.mkdir(parents=True)
    path.write_text("[" * 100000, encoding="utf-8")
    nested = Collection.for_paths(None)
    assert nested.warning and "could not be read" in nested.warning and len(nested) == 0
    for aside in path.parent.iterdir():
        aside.unlink()
    os.mkfifo(path)
    piped = Collection.for_paths(None)  # never opened for reading: it would block
    assert piped.warning and "left as it is" in piped.warning and piped.path is None
    piped.toggle(corpus.quotes[0])  # in memory only: the pipe is not written
    assert len(piped) == 1 and path.exists() and not path.is_file()


def test_an_entry_of_many_parts_is_looked_for_in_one_pass(corpus):
    """A hand-edited entry of many " … " parts, each word everywhere in the article,
    the last nowhere: reported missing at once (the parts were one regex, whose
    backtracking took minutes)."""
    import time

    path = Collection.for_paths(None).path
    path.parent.mkdir(parents=True)
    text = " … ".join(["the"] * 8 + ["zzzz"])
    path.write_text(json.dumps({"format": 1, "quotes": [
        {"source": HERALD, "text": text, "speaker": "X", "kind": "direct",
         "added": "2026-01-01T00:00:00Z"}]}), encoding="utf-8")
    start = time.perf_counter()
    items = Collection.for_paths(None).items(corpus.by_id)
    assert items[0].missing and time.perf_counter() - start < 5
