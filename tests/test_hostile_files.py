"""Files that are not files, folders that go on for ever, paths that cannot be
opened: a warning line each, never a hang or a traceback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import cli

import klayman_tui
from klayman_tui.corpus.ingest.discovery import discover

GOOD = 'Good\n\n"A quotation long enough to count," said Ms Good.\n'


def test_a_fifo_given_by_name_is_refused_not_read(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    (tmp_path / "good.txt").write_text(GOOD)
    result = cli("--data", str(pipe), "--data", str(tmp_path / "good.txt"), "quotes")
    assert result.returncode == 0, result.stderr
    assert "pipe.txt: skipped, not a regular file" in result.stderr
    assert "A quotation long enough" in result.stdout


def test_a_device_given_by_name_is_refused(tmp_path):
    result = subprocess.run([sys.executable, "-m", "klayman_tui", "--data", "/dev/zero",
                             "sources"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "/dev/zero: skipped, not a regular file" in result.stderr
    assert "Traceback" not in result.stderr


def test_fifos_inside_a_folder_are_named_and_skipped(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "trap.txt")
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["good"]
    assert any("trap.txt: skipped, not a regular file" in w for w in corpus.warnings)


def test_a_file_swapped_for_a_fifo_while_loading_is_refused(tmp_path, monkeypatch):
    import klayman_tui.corpus.ingest.reading as reading

    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "swapped.txt").write_text(GOOD)
    real = reading.os.open

    def swap_then_open(path, *args, **kwargs):
        if str(path).endswith("swapped.txt"):
            os.unlink(path)
            os.mkfifo(path)  # found as a file, opened as a pipe
        return real(path, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", swap_then_open)
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["good"]
    assert any("swapped.txt: skipped, not a regular file" in w for w in corpus.warnings)


def test_990_nested_folders_load(tmp_path):
    root = tmp_path / "deep"
    os.mkdir(root)
    os.chdir(root)  # one level at a time: os.makedirs itself recurses
    try:
        for _ in range(990):
            os.mkdir("d")
            os.chdir("d")
        with open("deep.txt", "w") as handle:
            handle.write(GOOD)
    finally:
        os.chdir(tmp_path)
    (root / "top.txt").write_text(GOOD)
    corpus = klayman_tui.load([root])
    assert len(corpus.sources) == 2
    # Take it down the same way, so pytest's recursive clean-up never meets it.
    path = root
    depth = 0
    while (path / "d").is_dir():
        path, depth = path / "d", depth + 1
    os.chdir(root)
    for _ in range(depth):
        os.rename("d", "tmp")
        os.rename("tmp/d", "d") if os.path.isdir("tmp/d") else None
        for name in os.listdir("tmp"):
            os.unlink(os.path.join("tmp", name))
        os.rmdir("tmp")
    os.chdir(tmp_path)


def test_symlinked_and_unreadable_folders_are_named(tmp_path, monkeypatch):
    import klayman_tui.corpus.ingest.discovery as discovery

    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text(GOOD)
    real = discovery.os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(discovery.os, "scandir", scandir)
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["good"]
    assert any("loop: skipped, a symlinked folder" in w for w in corpus.warnings)
    assert any("locked: skipped, cannot list folder (Permission denied)" in w
               for w in corpus.warnings)


def test_many_skipped_of_one_kind_are_one_grouped_line(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD)
    for number in range(40):
        os.mkfifo(tmp_path / f"pipe{number:02d}.txt")
    warnings: list[str] = []
    discover([tmp_path], warnings)
    assert len(warnings) == 4
    assert warnings[-1].startswith("37 more skipped, not a regular file")


def test_a_path_that_cannot_be_opened_is_a_warning(tmp_path, monkeypatch):
    import klayman_tui.corpus.ingest.discovery as discovery

    (tmp_path / "good.txt").write_text(GOOD)
    real = discovery.os.stat

    def stat(path, *args, **kwargs):
        if "forbidden" in str(path):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(discovery.os, "stat", stat)
    corpus = klayman_tui.load([tmp_path / "forbidden" / "x.txt", tmp_path])
    assert any("forbidden/x.txt: cannot open (Permission denied)" in w
               for w in corpus.warnings)


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])  # ascii: even there, no crash
def test_a_name_that_is_not_utf8_prints_escaped_on_a_strict_terminal(tmp_path, encoding):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "wb") as handle:
        handle.write(GOOD.encode())
    env = {**os.environ, "PYTHONIOENCODING": f"{encoding}:strict", "LC_ALL": "C"}
    result = subprocess.run([sys.executable, "-m", "klayman_tui", "--data", str(tmp_path),
                             "sources"], capture_output=True, env=env, timeout=30)
    assert result.returncode == 0, result.stderr
    assert b"caf\\xe9" in result.stdout


def test_symlinks_inside_a_folder_are_not_followed_but_a_named_one_is(tmp_path):
    """One rule for links in a folder: neither a linked file nor a linked folder is
    read (an article always comes from inside the folder opened); a path named by
    the user is followed."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(GOOD.replace("Good", "Secret", 1))
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "linked.txt").symlink_to(outside / "secret.txt")
    (folder / "linked-folder").symlink_to(outside, target_is_directory=True)
    corpus = klayman_tui.load([folder])
    assert [s.id for s in corpus.sources] == ["good"]
    assert any("linked.txt: skipped, a symlinked file, not followed" in w
               for w in corpus.warnings)
    assert any("linked-folder: skipped, a symlinked folder" in w for w in corpus.warnings)
    named = klayman_tui.load([folder / "linked.txt"])
    assert named.sources[0].metadata.title.startswith("Secret")


def test_a_symlink_loop_among_the_given_paths_is_a_warning_everywhere(tmp_path):
    """`klayman-tui good loop`: the loop is named, the rest opens, and the collection
    (named after the paths) is found; it used to raise RuntimeError."""
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    result = subprocess.run([sys.executable, "-m", "klayman_tui", "--data",
                             str(tmp_path / "good.txt"), "--data", str(tmp_path / "a"),
                             "collection", "export"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "a: cannot open (Too many levels of symbolic links)" in result.stderr


def test_many_files_with_one_warning_are_a_few_lines_and_a_count(tmp_path):
    """2,000 empty files used to print 2,000 warning lines."""
    for number in range(2000):
        (tmp_path / f"e{number:04d}.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(GOOD)
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["good"]
    assert corpus.warnings[:3] == [f"{tmp_path}/e{n:04d}.txt: skipped, empty file"
                                   for n in range(3)]
    assert corpus.warnings[3:] == ["… and 1,997 more files: skipped, empty file"]


def test_twenty_thousand_colliding_ids_are_made_unique_in_linear_time():
    """`klayman-tui */inner/story.txt` over 20,000 folders: every id is "story", then
    "inner/story", then numbered. Numbering tried ~2, ~3 … afresh for each file: 40 s."""
    import threading

    from klayman_tui.corpus.ingest.discovery import Found, _unique_ids

    found = [Found(f"/data/{n}/inner/story.txt", "story", Path(f"/data/{n}/inner"))
             for n in range(20_000)]
    worker = threading.Thread(target=_unique_ids, args=(found,), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "quadratic: still numbering after 10 s"
    ids = [item.source_id for item in found]
    assert ids[:3] == ["inner/story", "inner/story~2", "inner/story~3"]
    assert len(set(ids)) == 20_000
