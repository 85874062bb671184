"""The parse cache serves the same corpus, and never a stale one."""

import os
import subprocess
import sys

import klayman_tui


def snapshot(corpus):
    return [(q.id, q.speaker, q.kind.value, q.text, q.spans) for q in corpus.quotes]


def test_second_load_comes_from_the_cache_and_is_identical(private_dirs):
    first = klayman_tui.load()
    cached = list((private_dirs / "cache" / "klayman-tui").glob("corpus-*.pickle"))
    assert len(cached) == 1
    second = klayman_tui.load()
    assert snapshot(second) == snapshot(first)
    assert [s.metadata for s in second.sources] == [s.metadata for s in first.sources]
    assert second.speakers.resolve("AK") == "Alison Klayman"


def test_a_changed_file_is_parsed_again(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Headline\n\n"This is the first version of it," said Ms Jones.\n')
    assert klayman_tui.load([tmp_path]).quotes[0].text == "This is the first version of it"
    article.write_text('Headline\n\n"And this is the second one, longer," said Ms Jones.\n')
    os.utime(article, ns=(1, 1))  # even with an old timestamp, the size changed
    assert klayman_tui.load([tmp_path]).quotes[0].text == "And this is the second one, longer"


def test_a_corrupt_cache_is_ignored(private_dirs):
    klayman_tui.load()
    for cached in (private_dirs / "cache" / "klayman-tui").glob("corpus-*.pickle"):
        cached.write_bytes(b"not a pickle")
    assert len(klayman_tui.load().quotes) > 50


def test_a_cached_start_does_not_import_the_parser(private_dirs):
    klayman_tui.load()
    code = ("import sys, klayman_tui; klayman_tui.load();"
            "print('klayman_tui.corpus.quotes' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ), check=True).stdout
    assert out.strip() == "False"


def test_the_cache_key_never_compares_paths(tmp_path, monkeypatch):
    """A membership test against the file list made 20,000 files cost 84 s; the key
    must stay one stat per file, with no path comparisons at all."""
    from pathlib import PurePath

    from klayman_tui.corpus.parse_cache import cache_key
    files = []
    for number in range(200):
        path = tmp_path / f"{number}.txt"
        path.write_text("x")
        files.append(path)

    def no_comparing(self, other):
        raise AssertionError("paths compared while building the cache key")

    monkeypatch.setattr(PurePath, "__eq__", no_comparing)
    try:
        key = cache_key(files, [])
    finally:
        monkeypatch.undo()  # pytest's own teardown compares paths
    assert key is not None and key.total == 200
