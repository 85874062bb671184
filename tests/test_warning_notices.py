"""The app's start-up warnings: the first few, then the command that lists the rest,
for the folders that were opened."""

import os
import shlex

import pytest
from app_helpers import settle, toasts

import klayman_tui
from klayman_tui.app.main_app import QuoteExplorer
from klayman_tui.app.notices import warning_toasts
from klayman_tui.app.settings import Settings
from klayman_tui.cli import main

ARTICLE = 'Title\n\nBy Ann Lee\n\n"We will build it," said Ms Lee.\n'


@pytest.fixture
def folder(tmp_path):
    """A folder whose name a shell would take apart, with one article and four files
    that are skipped, each with a warning."""
    where = tmp_path / "it's $(x) & notes"
    where.mkdir()
    (where / "good.txt").write_text(ARTICLE)
    (where / "empty.txt").write_text("")
    (where / "binary.txt").write_bytes(b"a\0b\0c")
    (where / "broken.txt").write_bytes(b"\xff\xfe\x00\xd8")
    (where / "dangling.txt").symlink_to(where / "nowhere.txt")
    return where


async def test_the_rest_of_the_warnings_are_listed_by_a_command_for_the_folder_opened(
        folder, capsys):
    """It named `klayman-tui sources`, which lists the bundled articles' warnings,
    and said "1 more warnings"."""
    corpus = klayman_tui.load([folder])
    assert len(corpus.warnings) == 4
    app = QuoteExplorer(corpus, Settings(), collection_paths=[str(folder)])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        shown = toasts(app)
    pointer = next(t for t in shown if "more warning" in t)
    assert pointer.startswith("1 more warning: run `klayman-tui --data ")
    command = pointer.split("`")[1]
    argv = shlex.split(command)  # as a shell would read it
    assert argv == ["klayman-tui", "--data", str(folder), "sources"]
    capsys.readouterr()
    assert main(argv[1:]) == 0  # and it lists every warning
    listed = capsys.readouterr().err
    assert all(warning in listed for warning in corpus.warnings)


def test_the_command_is_quoted_and_neutralised():
    paths = ["/tmp/a b", "-dashed", "/tmp/\x1b]52;c;aGk=\x07x"]
    line = warning_toasts(["w"] * 5, paths)[-1]
    assert line.startswith("2 more warnings: run `klayman-tui --data '/tmp/a b' --data "
                           "./-dashed --data ")
    assert "\x1b" not in line and "\x07" not in line
    assert warning_toasts(["w"] * 5, None)[-1] == (
        "2 more warnings: run `klayman-tui sources` to list them.")


async def test_every_settings_problem_can_be_read_somewhere(capsys):
    """With four settings problems the fourth was folded into "1 more warning: run
    `klayman-tui sources` to list them", and `sources` never reads the settings: it
    could be seen nowhere. Settings problems are all toasts; the line that points to a
    command counts only what that command lists."""
    from klayman_tui.app.settings import settings_path

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"keys": {"copy_cite": "q", "quit": "ctrl+nope", "help": 5, '
                    '"bogus": "x"}, "citation_style": "harvard"}', encoding="utf-8")
    app = QuoteExplorer(klayman_tui.load())  # its settings read from the file
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        shown = toasts(app)
    problems = ["harvard", "keys.help", "'bogus'", "ctrl+nope", "copy_cite → 'q'"]
    for problem in problems:
        if not any(problem in toast for toast in shown):  # then the toast's command lists it
            pointer = next(t for t in shown if "to list them" in t)
            capsys.readouterr()
            assert main(shlex.split(pointer.split("`")[1])[1:]) == 0
            assert problem in capsys.readouterr().err, (problem, shown)
    # With the articles' warnings as well, the line counts only those, which it lists.
    assert warning_toasts(["w"] * 2, None, settings=["s"] * 4) == ["s"] * 4 + [
        "2 more warnings: run `klayman-tui sources` to list them."]
    # Past a few, the settings problems share one toast, every one named in it.
    many = [f"settings: key {n} is not one the app has" for n in range(9)]
    shared = warning_toasts([], None, settings=many)
    assert len(shared) == 6 and shared[:5] == many[:5]
    assert all(problem in shared[5] for problem in many[5:])
