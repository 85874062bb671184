"""The parse cache serves the same corpus, and never a stale one."""

import json
import os
import subprocess
import sys


import klayman_tui


def snapshot(corpus):
    return [(q.id, q.speaker, q.kind.value, q.text, q.spans) for q in corpus.quotes]


def test_second_load_comes_from_the_cache_and_is_identical(private_dirs):
    first = klayman_tui.load()
    cached = list((private_dirs / "cache" / "klayman-tui").glob("corpus-*.json"))
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
    for cached in (private_dirs / "cache" / "klayman-tui").glob("corpus-*.json"):
        cached.write_bytes(b"not json")
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


def test_a_planted_cache_file_never_runs_code(private_dirs, tmp_path):
    """A pickle under the predictable name once ran on start-up; the cache is JSON
    now and a planted file is a miss (pickle files are not even read)."""
    import pickle

    from klayman_tui.corpus.loading import SIDECAR_NAME, bundled_data_dir
    from klayman_tui.corpus.parse_cache import _cache_file, cache_key

    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    folder = bundled_data_dir()
    files = sorted(p for p in folder.rglob("*") if p.suffix in (".txt", ".md"))
    key = cache_key(files, [folder / SIDECAR_NAME])
    target = _cache_file(key)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.with_suffix(".pickle").write_bytes(pickle.dumps((key.stamps, Payload())))
    target.write_text('{"stamps": %s, "result": {"warnings": ["\\u001b]52;c;aGk=\\u0007"],'
                      ' "speakers": [], "sources": [{"text": 5}]}}' % json.dumps(key.stamps))
    corpus = klayman_tui.load()
    assert not marker.exists()
    assert len(corpus.quotes) > 50 and not any("\x1b" in w for w in corpus.warnings)


def test_cached_strings_are_neutralised(private_dirs):
    """Whatever a cache file holds passes the same step as file text."""
    klayman_tui.load()
    cached = next((private_dirs / "cache" / "klayman-tui").glob("corpus-*.json"))
    data = json.loads(cached.read_text(encoding="utf-8"))
    data["result"]["sources"][0]["metadata"][0] = "Evil\x1b]52;c;aGk=\x07\u202e"
    cached.write_text(json.dumps(data), encoding="utf-8")
    outlet = klayman_tui.load().sources[0].metadata.outlet
    assert "\x1b" not in outlet and "\u202e" not in outlet and "\x07" not in outlet


def test_a_chmod_changes_the_cache_key(tmp_path):
    """A file that was unreadable and is made readable must be read again."""
    from klayman_tui.corpus.parse_cache import cache_key

    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nText.\n")
    article.chmod(0o000)
    before = cache_key([article], []).stamps
    article.chmod(0o644)
    assert cache_key([article], []).stamps != before


def test_an_edit_that_keeps_size_and_mtime_is_seen(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Headline\n\n"This is the first version of it," said Ms Jones.\n')
    before = article.stat()
    assert "first" in klayman_tui.load([tmp_path]).quotes[0].text
    article.write_text('Headline\n\n"This is the other version of it," said Ms Jones.\n')
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size
    assert "other" in klayman_tui.load([tmp_path]).quotes[0].text


def test_only_the_newest_cache_files_are_kept(tmp_path, private_dirs):
    from klayman_tui.corpus.parse_cache import KEEP_CACHE_FILES

    for number in range(KEEP_CACHE_FILES + 4):
        folder = tmp_path / str(number)
        folder.mkdir()
        (folder / "a.txt").write_text(f'Headline {number}\n\n"Words number {number} here," said Ms J.\n')
        klayman_tui.load([folder])
    cached = list((private_dirs / "cache" / "klayman-tui").glob("corpus-*.json"))
    assert len(cached) == KEEP_CACHE_FILES
