"""The per-file parse cache (SQLite, one row per file) serves the same corpus, never a
stale one, re-parses only what changed, and is only ever a miss when damaged."""

import json
import os
import sqlite3
import subprocess
import sys

import pytest

import klayman_tui
from klayman_tui.corpus import loading


def snapshot(corpus):
    """Every quote as a reader, a citation and the evidence pane see it (its spans and
    its cue exactly), and every paragraph's bounds."""
    quotes = [(q.id, q.speaker, q.kind.value, q.text, q.spans, q.span_data, q.joins,
               q.cue, q.cue_spans, q.rule, q.confidence, q.paragraph, q.start, q.end)
              for q in corpus.quotes]
    blocks = [(s.id, b.index, b.role, b.start, b.end, b.label, b.body_start, b.text)
              for s in corpus.sources for b in s.blocks]
    return quotes, blocks


def database(private_dirs):
    return private_dirs / "cache" / "klayman-tui" / "parsed.sqlite3"


@pytest.fixture
def parses(monkeypatch):
    """The files parsed by each load, by name."""
    parsed = []
    real = loading.parse_source

    def counting(source_id, path, *args, **kwargs):
        parsed.append(os.path.basename(path))
        return real(source_id, path, *args, **kwargs)

    monkeypatch.setattr(loading, "parse_source", counting)
    return parsed


def write_articles(folder, count):
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"a{number}.txt").write_text(
            f'Headline {number}\n\n"Words number {number} are here," said Ms Jones.\n')


def test_second_load_comes_from_the_cache_and_is_identical(private_dirs, parses):
    first = klayman_tui.load()
    assert len(parses) == 5
    rows = sqlite3.connect(database(private_dirs)).execute("SELECT count(*) FROM parsed")
    assert rows.fetchone()[0] == 6  # one row per file, one for the folder's sources.toml
    second = klayman_tui.load()
    assert len(parses) == 5  # nothing parsed the second time
    assert snapshot(second) == snapshot(first)
    assert any(q.cue for q in second.quotes) and any(not q.cue for q in second.quotes)
    assert any(b.label for s in second.sources for b in s.blocks)
    assert [s.metadata for s in second.sources] == [s.metadata for s in first.sources]
    assert second.speakers.resolve("AK") == "Alison Klayman"


def test_changing_adding_or_deleting_a_file_parses_only_that_file(tmp_path, parses):
    write_articles(tmp_path, 6)
    klayman_tui.load([tmp_path])
    assert len(parses) == 6
    parses.clear()
    (tmp_path / "a2.txt").write_text('Headline\n\n"Changed words for this one," said Ms Lee.\n')
    corpus = klayman_tui.load([tmp_path])
    assert parses == ["a2.txt"] and "Changed words for this one" in [q.text for q in corpus.quotes]
    parses.clear()
    write_articles(tmp_path / "more", 1)
    assert len(klayman_tui.load([tmp_path]).sources) == 7 and parses == ["a0.txt"]
    parses.clear()
    (tmp_path / "a3.txt").unlink()
    corpus = klayman_tui.load([tmp_path])
    assert parses == [] and len(corpus.sources) == 6


def test_a_changed_file_is_parsed_again_even_with_its_old_mtime(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Headline\n\n"This is the first version of it," said Ms Jones.\n')
    assert klayman_tui.load([tmp_path]).quotes[0].text == "This is the first version of it"
    article.write_text('Headline\n\n"And this is the second one, longer," said Ms Jones.\n')
    os.utime(article, ns=(1, 1))
    assert klayman_tui.load([tmp_path]).quotes[0].text == "And this is the second one, longer"


def test_an_edit_that_keeps_size_and_mtime_is_seen(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text('Headline\n\n"This is the first version of it," said Ms Jones.\n')
    before = article.stat()
    assert "first" in klayman_tui.load([tmp_path]).quotes[0].text
    article.write_text('Headline\n\n"This is the other version of it," said Ms Jones.\n')
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size
    assert "other" in klayman_tui.load([tmp_path]).quotes[0].text


def test_a_chmod_parses_the_file_again(tmp_path, parses):
    write_articles(tmp_path, 2)
    klayman_tui.load([tmp_path])
    parses.clear()
    (tmp_path / "a1.txt").chmod(0o600)
    klayman_tui.load([tmp_path])
    assert parses == ["a1.txt"]


def test_a_changed_sources_toml_parses_its_folder_again(tmp_path, parses):
    write_articles(tmp_path, 2)
    klayman_tui.load([tmp_path])
    (tmp_path / "sources.toml").write_text('[sources.a0]\noutlet = "The Gazette"\n')
    corpus = klayman_tui.load([tmp_path])
    assert corpus.source("a0").metadata.outlet == "The Gazette" and len(parses) == 4


def test_a_cached_start_takes_the_people_of_sources_toml_from_the_cache(
        tmp_path, monkeypatch):
    """Start-up: an unchanged sources.toml is not parsed again (no TOML parser is
    loaded); its people, and its warnings, are the same as when it was read."""
    from klayman_tui.corpus.ingest import sidecar

    write_articles(tmp_path, 2)
    (tmp_path / "sources.toml").write_text(
        '[speakers."Ada Jones"]\naliases = ["Ms Jones"]\npronoun = "she"\n'
        '[sources]\nbad = 1\n')
    first = klayman_tui.load([tmp_path])
    reads = []
    real = sidecar.read_sidecar
    monkeypatch.setattr(sidecar, "read_sidecar", lambda *a: reads.append(a) or real(*a))
    second = klayman_tui.load([tmp_path])
    assert reads == []
    assert second.speakers.resolve("Ms Jones") == "Ada Jones"
    assert [q.speaker for q in second.quotes] == [q.speaker for q in first.quotes]
    assert second.warnings == first.warnings
    # Changed: read again, and the cache follows.
    (tmp_path / "sources.toml").write_text('[speakers."Ada Smith-Jones"]\n'
                                           'aliases = ["Ms Jones"]\n')
    third = klayman_tui.load([tmp_path])
    assert len(reads) >= 1 and third.speakers.resolve("Ms Jones") == "Ada Smith-Jones"


def test_a_planted_sources_toml_row_is_a_miss(private_dirs):
    """A row for sources.toml that is not what the program wrote is read from the
    file again, its people neutralised either way."""
    klayman_tui.load()
    connection = sqlite3.connect(database(private_dirs))
    with connection:
        changed = connection.execute(
            "UPDATE parsed SET summary = ? WHERE substr(path, 1, 8) = ?",
            (json.dumps({"people": [["\x1b[31mEvil", [], None], 7], "warnings": []}).encode(),
             b"sidecar:")).rowcount
    assert changed == 1
    corpus = klayman_tui.load()
    assert corpus.speakers.resolve("AK") == "Alison Klayman"
    assert not any("\x1b" in name for name in corpus.speakers.names())


def test_a_damaged_database_is_rebuilt(private_dirs):
    klayman_tui.load()
    path = database(private_dirs)
    for suffix in ("-wal", "-shm"):
        (path.parent / (path.name + suffix)).unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 100)
    assert len(klayman_tui.load().quotes) > 50
    assert sqlite3.connect(path).execute("SELECT count(*) FROM parsed").fetchone()[0] == 6


def test_a_planted_row_is_a_miss_and_never_runs_code(private_dirs, tmp_path):
    """Rows are JSON, checked as they are read: a pickle or a malformed row is a miss."""
    import pickle

    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    klayman_tui.load()
    with sqlite3.connect(database(private_dirs)) as connection:
        paths = [row[0] for row in connection.execute("SELECT path FROM parsed")]
        connection.execute("UPDATE parsed SET summary = ? WHERE path = ?",
                           (pickle.dumps(Payload()), paths[0]))
        connection.execute("UPDATE parsed SET body = ? WHERE path = ?",
                           (b'{"text": 5, "blocks": [], "quotes": []}', paths[1]))
        connection.execute("UPDATE parsed SET body = ? WHERE path = ?",
                           (pickle.dumps(Payload()), paths[2]))
    corpus = klayman_tui.load()
    assert not marker.exists() and len(corpus.sources) == 5 and len(corpus.quotes) > 50


def test_cached_strings_are_neutralised(private_dirs):
    """Whatever a row holds passes the same step as file text."""
    klayman_tui.load()
    with sqlite3.connect(database(private_dirs)) as connection:
        for path, state in connection.execute("SELECT path, summary FROM parsed").fetchall():
            if path.startswith(b"sidecar:"):
                continue
            data = json.loads(state)
            data["metadata"][0] = "Evil\x1b]52;c;aGk=\x07\u202e"
            data["warnings"] = ["\x1b[2J"]
            data["speakers"] = {"Mr\x1b[31mRed": 1}
            connection.execute("UPDATE parsed SET summary = ? WHERE path = ?",
                               (json.dumps(data).encode("ascii"), path))
    corpus = klayman_tui.load()
    for outlet in (s.metadata.outlet for s in corpus.sources):
        assert "\x1b" not in outlet and "\u202e" not in outlet and "\x07" not in outlet
    assert not any("\x1b" in w for w in corpus.warnings)
    assert not any("\x1b" in name for name, _ in corpus.speaker_counts())


def test_a_cached_start_does_not_import_the_parser(private_dirs):
    """Nor the readers, nor the TOML parser for the folder's sources.toml."""
    klayman_tui.load()
    code = ("import sys, klayman_tui; klayman_tui.load();"
            "print([m for m in ('klayman_tui.corpus.extract.engine', 'klayman_tui.corpus.ingest.reading',"
            " 'tomllib') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=dict(os.environ), check=True).stdout
    assert out.strip() == "[]"


def test_two_copies_share_the_cache_at_once(private_dirs, tmp_path):
    write_articles(tmp_path, 40)
    code = ("import sys, klayman_tui; c = klayman_tui.load([sys.argv[1]]);"
            "print(len(c.sources), len(c.quotes))")
    runs = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path)], text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=dict(os.environ)) for _ in range(3)]
    results = [run.communicate(timeout=120) for run in runs]
    assert [out.split() for out, _ in results] == [["40", "40"]] * 3, results
    assert all(not err for _, err in results)
    count = sqlite3.connect(database(private_dirs)).execute("SELECT count(*) FROM parsed")
    assert count.fetchone()[0] == 40


def test_a_cached_folder_lists_without_reading_every_article(tmp_path):
    """Second open: sources are listed from their summaries; an article's text and
    quotes are read from the cache when something asks for them."""
    write_articles(tmp_path, 5)
    first = klayman_tui.load([tmp_path])
    second = klayman_tui.load([tmp_path])
    assert not any(s.loaded for s in second.sources)
    assert [s.quote_count for s in second.sources] == [len(s.quotes) for s in first.sources]
    assert second.speaker_counts() == first.speaker_counts()
    assert not any(s.loaded for s in second.sources)  # counting read nothing
    assert snapshot(second) == snapshot(first)  # reading them gives the same quotes
    assert all(s.loaded for s in second.sources)


def test_a_body_damaged_after_listing_is_parsed_again(private_dirs, tmp_path):
    write_articles(tmp_path, 2)
    klayman_tui.load([tmp_path])
    corpus = klayman_tui.load([tmp_path])
    with sqlite3.connect(database(private_dirs)) as connection:
        connection.execute("UPDATE parsed SET body = ?", (b"garbage",))
    assert corpus.sources[0].quotes[0].text == "Words number 0 are here"


def test_surnames_are_linked_on_a_cached_load_too(tmp_path):
    (tmp_path / "a.txt").write_text(
        'Budget row\n\n"We will not cut the schools," said Tony Blair on Monday.\n')
    (tmp_path / "b.txt").write_text(
        'Budget row goes on\n\n"The schools come first," Blair said.\n')
    first = klayman_tui.load([tmp_path])
    assert [q.speaker for q in first.quotes] == ["Tony Blair", "Tony Blair"]
    second = klayman_tui.load([tmp_path])
    assert second.speaker_counts() == [("Tony Blair", 2)]
    assert [q.speaker for q in second.quotes] == ["Tony Blair", "Tony Blair"]


def test_a_symlinked_cache_database_is_refused_with_a_warning(tmp_path, private_dirs):
    """The cache path planted as a link onto another program's SQLite file: that
    file gains no table and keeps its journal mode, and the load says why it ran
    without the cache."""
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    before = other.read_bytes()
    database(private_dirs).parent.mkdir(parents=True, exist_ok=True)
    database(private_dirs).symlink_to(other)
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text('One\n\n"Words here and there," said Ms Lee.\n')
    corpus = klayman_tui.load([folder])
    assert len(corpus.sources) == 1
    assert other.read_bytes() == before
    with sqlite3.connect(other) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        assert tables == ["notes"]
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert any("parse cache" in w and "symlink" in w for w in corpus.warnings)


def test_the_parser_stamp_changes_with_any_code_or_word_list_of_the_model(tmp_path,
                                                                        monkeypatch):
    """A changed .py or .txt anywhere in the corpus package (the model's code, the word
    lists) is a new parser: every cached row is parsed again. Compiled files and other
    files are not the parser."""
    from klayman_tui.corpus.cache import store

    (tmp_path / "words").mkdir()
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "model.py").write_text("x = 1\n")
    (tmp_path / "words" / "names.txt").write_text("Ada\n")
    (tmp_path / "__pycache__" / "model.py").write_text("")
    monkeypatch.setattr(store, "_CORPUS_FOLDER", str(tmp_path))
    stamp = store.parser_stamp()
    (tmp_path / "__pycache__" / "model.py").write_text("compiled")
    (tmp_path / "notes.md").write_text("not code")
    assert store.parser_stamp() == stamp
    (tmp_path / "words" / "names.txt").write_text("Ada\nGrace\n")
    assert store.parser_stamp() != stamp
    stamp = store.parser_stamp()
    (tmp_path / "words" / "more.py").write_text("")
    assert store.parser_stamp() != stamp
