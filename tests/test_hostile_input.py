"""Broken and hostile files: nothing crashes, nothing is lost, nothing reaches the
terminal raw."""

import csv
import io
import json
import re
import subprocess
import sys

import pytest
from app_helpers import article_text, make_app, screen_text, settle, toasts, ui_app
from hostile import READABLE, UNREADABLE
from test_cli import cli

import klayman_tui

RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def test_every_readable_file_loads_and_the_rest_are_named(hostile_folder):
    corpus = klayman_tui.load([hostile_folder])
    assert sorted(s.id for s in corpus.sources) == sorted(READABLE)
    for name in UNREADABLE:
        warning = [w for w in corpus.warnings if f"{name}.txt" in w and "skipped" in w]
        assert len(warning) == 1 and "\n" not in warning[0]
    assert any("huge.txt" in w and "too large" in w for w in corpus.warnings)
    assert any("latin1.txt" in w and "read as" in w for w in corpus.warnings)


def test_encodings_and_line_endings_read_the_same_words(hostile_folder):
    corpus = klayman_tui.load([hostile_folder])
    texts = {s.id: s.quotes[0].text for s in corpus.sources if s.quotes}
    assert texts["latin1"] == "Ce film est très important pour nous"
    assert texts["utf16"] == texts["utf8bom"] == "Naïve questions get honest answers"
    assert texts["crlf"] == texts["good"] == "This film changed how I see the internet"
    assert "\r" not in corpus.source("crlf").text
    assert not corpus.source("utf8bom").text.startswith("\ufeff")


def test_control_sequences_are_neutralised_but_visible(hostile_folder):
    corpus = klayman_tui.load([hostile_folder])
    control = corpus.source("control")
    assert not RAW_CONTROL.search(control.text)
    assert "␛[2J" in control.text and "␛]52;c;aGFja2Vk␇" in control.text
    assert control.quotes[0].speaker == "Evil"


def test_markup_and_unbalanced_marks_keep_every_character(hostile_folder):
    corpus = klayman_tui.load([hostile_folder])
    markup = corpus.source("markup")
    assert markup.quotes[0].text == "[red]This is not markup[/] and [laughs] stays"
    unbalanced = corpus.source("unbalanced")
    assert [q.text for q in unbalanced.quotes] == ["A proper quote after all that"]
    assert "Next paragraph ” with a stray closer" in unbalanced.text


def test_permission_denied_is_a_warning(tmp_path, monkeypatch):
    import klayman_tui.corpus.ingest.reading as reading

    (tmp_path / "locked.txt").write_text("Locked\n\nText.\n")
    (tmp_path / "open.txt").write_text("Open\n\nText.\n")
    real = reading.os.open

    def opening(path, *args, **kwargs):  # root reads any file: deny it by hand
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(reading.os, "open", opening)
    corpus = klayman_tui.load([tmp_path])
    assert [s.id for s in corpus.sources] == ["open"]
    assert any("locked.txt: skipped, permission denied" in w for w in corpus.warnings)


@pytest.mark.parametrize("args", [
    ["sources"], ["sources", "--json"], ["quotes"], ["quotes", "--format", "json"],
    ["quotes", "--format", "csv"], ["quotes", "--format", "md"], ["search", "screen"],
    ["search", "screen", "--json"], ["search", "markup", "--paragraphs"],
])
def test_every_subcommand_survives_and_prints_no_raw_controls(hostile_folder, args):
    result = cli("--data", str(hostile_folder), *args)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert not RAW_CONTROL.search(result.stdout)
    assert "\\u001b" not in result.stdout and "\\u0007" not in result.stdout
    warnings = result.stderr.strip().splitlines()
    assert all(line.startswith("klayman-tui: warning: ") for line in warnings)
    if args[-1] == "--json":
        json.loads(result.stdout)


def test_markup_is_printed_verbatim_by_the_cli(hostile_folder):
    out = cli("--data", str(hostile_folder), "quotes", "--source", "markup").stdout
    assert "[red]This is not markup[/] and [laughs] stays" in out


def test_nothing_loadable_is_one_line_and_status_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01" * 100)
    for args in (["--data", str(tmp_path), "sources"],
                 ["--data", str(tmp_path / "missing"), "quotes"],
                 ["--data", str(tmp_path / "missing"), "search", "x"]):
        result = cli(*args)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert lines[-1].startswith("klayman-tui: error: no readable articles")
        assert "Traceback" not in result.stderr


def test_app_on_a_missing_path_exits_with_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "klayman_tui", str(tmp_path / "nope")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1].startswith("klayman-tui: error:")


async def test_the_app_opens_every_hostile_file(hostile_folder):
    app = make_app([hostile_folder])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(pilot)
        for _ in range(len(READABLE)):
            await pilot.press("down")
            await settle(pilot)
            shown = article_text(app)
            assert not RAW_CONTROL.search(shown)
        assert app.clipboard == ""
        assert any("skipped" in t for t in toasts(app))


async def test_the_app_shows_control_and_markup_files_as_written(hostile_folder):
    app = make_app([hostile_folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_source(app.corpus.source("control"))
        await settle(pilot)
        text = screen_text(app)
        assert "␛[2J" in text and "Screen wipers" in text and "All sources" in text
        app.open_source(app.corpus.source("markup"))
        await settle(pilot)
        assert "[bold]Not bold[/bold] and [/] and [link=https://x]link[/link]" in screen_text(app)


@pytest.mark.swallows
async def test_an_exception_inside_the_app_is_a_message(monkeypatch):
    import klayman_tui.corpus.cite.citation as citation

    def broken(*args, **kwargs):  # its message names a file: never sent raw (QA)
        raise RuntimeError("formatter exploded on e\x1b]52;c;aGk=\x07.txt")

    monkeypatch.setattr(citation, "format_citation", broken)
    app = ui_app()
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("down", "enter", "n", "c")
        await settle(pilot)
        assert any("formatter exploded on e␛]52;c;aGk=␇.txt" in t for t in toasts(app))
        assert not any("\x1b" in t or "\x07" in t for t in toasts(app))
        await pilot.press("n")  # and it keeps going
        assert app.article.current is app.article.source.quotes[1]


async def test_resize_to_20_by_8_and_back():
    app = ui_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "enter", "n")
        for size in ((20, 8), (60, 20), (20, 8), (250, 80), (100, 30)):
            await pilot.resize_terminal(*size)
            await settle(pilot)
        await pilot.press("slash", "b", "o", "a", "t")
        await settle(pilot)
        assert app.results.hits


async def test_a_crash_is_one_line_and_a_report_file(private_dirs):
    app = ui_app()

    def boom():
        raise RuntimeError("something \x1b]52;c;aGk=\x07 broke")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=(100, 30)) as pilot:
            app.call_later(boom)
            await pilot.pause(0.2)
    assert app.return_code == 1
    line = app.crash_message
    assert line.startswith("klayman-tui: error: the app stopped: RuntimeError: something")
    assert "\n" not in line and not RAW_CONTROL.search(line)
    report = private_dirs / "state" / "klayman-tui" / "crash.log"
    assert "boom" in report.read_text() and not RAW_CONTROL.search(report.read_text())


def test_the_command_exits_non_zero_after_a_crash(monkeypatch, capsys):
    import klayman_tui.app.main_app as main_app
    from klayman_tui import cli as command

    class Crashing:
        def __init__(self, corpus, **kwargs):
            self.return_code, self.crash_message = None, None

        def run(self):
            self.return_code = 1
            self.crash_message = "klayman-tui: error: the app stopped: MountError: x"

    monkeypatch.setattr(main_app, "QuoteExplorer", Crashing)
    assert command.main([]) == 1
    assert capsys.readouterr().err.strip() == "klayman-tui: error: the app stopped: MountError: x"


INVISIBLE = re.compile("[\u00ad\u200b\u200d\U000e0000-\U000e007f]")


def test_no_command_line_output_holds_characters_that_show_as_nothing(tmp_path):
    """Zero-width spaces, soft hyphens and tag characters in an article's words and
    title were printed by every format of `quotes`, by `collection export` and by
    `search`, though the app's copy leaves them out (the README: "left out of every
    copy")."""
    from klayman_tui.corpus.state.collection import Collection
    from klayman_tui.output_formats import EXPORT_FORMATS, QUOTE_FORMATS

    (tmp_path / "ink.txt").write_text(
        'Invisible\u200b in\u00adk\n\n"We fought cen\u200bsor\u00adship every day, and the '
        '\u200dnews\U000e0068\U000e0069 was never quiet," said Ms Lee.\n', encoding="utf-8")
    Collection.for_paths([tmp_path]).toggle(klayman_tui.load([tmp_path]).quotes[0])
    runs = [["quotes", "--format", fmt] for fmt in QUOTE_FORMATS]
    runs += [["quotes", "--style", style] for style in ("plain", "mla", "apa", "chicago")]
    runs += [["collection", "export", "--format", fmt] for fmt in EXPORT_FORMATS]
    runs += [["search", "censorship"], ["search", "censorship", "--paragraphs"]]
    for args in runs:
        result = cli("--data", str(tmp_path), *args)
        assert result.returncode == 0, (args, result.stderr)
        assert "censorship" in result.stdout, args
        assert not INVISIBLE.search(result.stdout), (args, result.stdout)
    # Left out after the CSV cells are made safe, a zero-width space must not uncover a
    # formula: a file named "\u200b=cmd" is still a quoted cell.
    (tmp_path / "\u200b=cmd.txt").write_text('Other\n\n"Words enough to be a quote," said '
                                             'Ms Lee.\n', encoding="utf-8")
    rows = csv.reader(io.StringIO(cli("--data", str(tmp_path), "quotes", "--format",
                                      "csv").stdout))
    assert all(cell[:1] not in ("=", "+", "-", "@") for row in rows for cell in row)
    found = json.loads(cli("--data", str(tmp_path), "search", "never quiet", "--json").stdout)
    text = found[0]["text"]  # the matches mark the same words in what is printed
    assert not INVISIBLE.search(text)
    assert [text[start:end] for start, end in found[0]["matches"]] == ["never quiet"]
