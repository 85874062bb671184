"""A scope's search index is built once, however many threads ask for it at once:
the app's index worker and its search worker both search as the app opens."""

import threading
import time

import klayman_tui
from klayman_tui.corpus.search.index import SearchIndex


def test_two_threads_searching_at_once_build_the_index_once(tmp_path, monkeypatch):
    # Two articles: quotes of one article share what it is about (its vector).
    (tmp_path / "a.txt").write_text(
        "Court report\n\n"
        "\u201cHe spent three weeks in detention,\u201d said Ann Cole.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Gardens\n\n"
        "\u201cOur garden grew tomatoes all summer long,\u201d said Cy Dunn.\n",
        encoding="utf-8")
    corpus = klayman_tui.load([tmp_path])
    builds = []
    build = SearchIndex.for_corpus.__func__

    def slow_build(cls, corpus, scope="quotes"):
        builds.append(scope)
        time.sleep(0.3)  # long enough for the other thread to ask meanwhile
        return build(cls, corpus, scope)

    monkeypatch.setattr(SearchIndex, "for_corpus", classmethod(slow_build))
    start = threading.Barrier(2)
    found = {}

    def search(name, query):
        start.wait()
        found[name] = corpus.search(query, wait=False)

    threads = [threading.Thread(target=search, args=("index", "")),
               threading.Thread(target=search, args=("search", "garden"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert builds == ["quotes"]
    assert [hit.quote.speaker for hit in found["search"]] == ["Cy Dunn"]
    corpus.search("tomatoes", scope="paragraphs")
    assert builds == ["quotes", "paragraphs"]  # each scope its own index, once
