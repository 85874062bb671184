"""Nothing from a file name, a folder name, a sidecar or file text reaches the terminal,
the clipboard, a spreadsheet or a Markdown renderer raw."""

import csv
import io
import json
import re
from contextlib import redirect_stdout

import pytest
from app_helpers import make_app, screen_text, settle, toasts
from hostile import make_hostile_names_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_cli import cli

import klayman_tui
from klayman_tui.output import print_hits, print_quotes, print_sources

# Everything the neutralising step must remove: C0 but tab and newline, DEL, C1, the
# bidi controls and marks, and the Unicode line separators.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                 "\u2066-\u2069\u2028\u2029\ud800-\udfff]")
RAW_LINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069\u2028\u2029\ud800-\udfff]")


@pytest.fixture(scope="module")
def names_folder(tmp_path_factory):
    return make_hostile_names_folder(tmp_path_factory.mktemp("names"))


@pytest.mark.parametrize("args", [
    ["sources"], ["sources", "--json"], ["quotes"], ["quotes", "--format", "json"],
    ["quotes", "--format", "csv"], ["quotes", "--format", "md"], ["quotes", "--style", "mla"],
    ["search", "words"], ["search", "words", "--json"], ["search", "plain", "--paragraphs"],
])
def test_no_subcommand_prints_anything_raw(names_folder, args):
    result = cli("--data", str(names_folder), *args)
    assert result.returncode == 0, result.stderr
    assert not RAW.search(result.stdout), RAW.search(result.stdout)
    assert not RAW.search(result.stderr)
    assert "Traceback" not in result.stderr
    assert "\\u001b" not in result.stdout and "\\u009b" not in result.stdout


def test_names_are_shown_escaped_and_stay_one_line(names_folder):
    corpus = klayman_tui.load([names_folder])
    ids = {s.id for s in corpus.sources}
    assert "e␛]52;c;ZmlsZW5hbWU=␛\\" in ids and "caf\\xe9" in ids
    assert "\ufffdtxt.exe" in ids
    for source in corpus.sources:
        for value in (source.id, source.path, *vars_of(source.metadata)):
            assert not RAW_LINE.search(value or ""), value
    for warning in corpus.warnings:
        assert not RAW_LINE.search(warning)


def vars_of(metadata):
    return [getattr(metadata, name) for name in ("outlet", "title", "author", "date")]


def test_sidecar_fields_and_speakers_are_neutralised(names_folder):
    corpus = klayman_tui.load([names_folder])
    plain = corpus.source("plain")
    assert plain.metadata.outlet == "Outlet␛]52;c;b3V0bGV0␇"
    assert "\n" not in plain.metadata.title and "␊" in plain.metadata.title
    evil = next(q for q in plain.quotes if "evil person" in q.text)
    assert evil.speaker == "Evil␛]52;c;c3BlYWtlcg==␇ Person"
    bidi = next(q for q in plain.quotes if "Reversed" in q.text)
    assert not RAW.search(bidi.text) and "\ufffdreversed" in bidi.text


def test_csv_cells_are_never_formulas(names_folder):
    out = cli("--data", str(names_folder), "quotes", "--format", "csv").stdout
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) > 5
    for row in rows:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@"), cell
    assert any(cell.startswith("'=cmd") for row in rows for cell in row)
    assert any(cell.startswith("'@SUM") for row in rows for cell in row)


def test_markdown_cannot_load_images_run_html_or_link(names_folder):
    out = cli("--data", str(names_folder), "quotes", "--source", "plain",
              "--format", "md").stdout
    assert "![x](" not in out and "<b>" not in out and "[go](" not in out
    assert "\\!\\[x\\]" in out or "!\\[x\\]" in out
    for line in out.splitlines():
        assert line == "" or line.startswith(">"), line  # a title's newline stays inside


async def test_the_app_shows_toasts_and_copies_nothing_raw(names_folder):
    app = make_app([names_folder])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        for message in toasts(app):
            assert not RAW.search(message)
        for source in app.corpus.sources:
            app.open_source(source)
            await settle(pilot)
            assert not RAW.search(screen_text(app))
            if source.quotes:
                await pilot.press("n", "c")
                await settle(pilot)
                assert not RAW.search(app.clipboard)
                await pilot.press("C")
                await settle(pilot)
                assert not RAW.search(app.clipboard)
        for message in toasts(app):
            assert not RAW.search(message)


# Property: random strings with controls, bidi marks and markup, injected at each entry
# point (file name, sidecar field, file text), never appear raw at any exit.
DANGER = st.sampled_from(["\x1b", "\x07", "\x9b", "\x9d", "\u202e", "\u2066", "\u200f",
                          "\u2028", "\x00", "\x7f", "[bold]", "[/]", "<script>", "![x](y)",
                          "=", "@", "\t", "\r", "\n"])
NASTY = st.lists(st.one_of(DANGER, st.text(alphabet="abcXYZ ;]52", min_size=1, max_size=4)),
                 min_size=1, max_size=12).map("".join)


def everything_printed(corpus) -> str:
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        print_sources(corpus, as_json=False)
        print_sources(corpus, as_json=True)
        for fmt in ("text", "json", "csv", "md"):
            print_quotes(corpus.quotes, fmt, None)
        print_quotes(corpus.quotes, "text", "chicago")
        print_hits(corpus.search("said"), as_json=True)
        print_hits(corpus.search("said"), as_json=False)
    # CSV ends its rows with CR LF (RFC 4180): that is the format's, not the input's.
    return buffer.getvalue().replace("\r\n", "\n") + "\n".join(corpus.warnings)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(name=NASTY, field=NASTY, text=NASTY)
def test_injected_strings_never_come_out_raw(tmp_path_factory, name, field, text):
    folder = tmp_path_factory.mktemp("prop")
    safe_name = name.replace("/", "_").replace("\x00", "_").strip() or "x"
    if safe_name in (".", ".."):
        safe_name = "x"
    (folder / f"{safe_name}.txt").write_text(
        f'Headline {text}\n\n"Words {text} of a long enough quote here," said Ms Jones.\n',
        encoding="utf-8", errors="surrogatepass")
    (folder / "sources.toml").write_text(
        f"[sources.{json.dumps(safe_name)}]\noutlet = {json.dumps(field)}\n"
        f"title = {json.dumps(field)}\n", encoding="utf-8")
    try:
        corpus = klayman_tui.load([folder])
    except klayman_tui.corpus.NothingToLoad as error:  # a NUL makes the file binary
        assert not RAW_LINE.search(str(error))
        return
    out = everything_printed(corpus)
    assert not RAW.search(out), repr(RAW.search(out))
    for quote in corpus.quotes:
        assert not RAW.search(quote.text) and not RAW_LINE.search(quote.speaker)
