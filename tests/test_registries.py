"""Export formats and citation styles each live in one list of records; the command
line's choices, the palette, the settings and the README all follow it."""

import re
from pathlib import Path

import pytest
from app_helpers import run_command, settle, toasts, ui_app

from klayman_tui.app.commands import QuoteCommands
from klayman_tui.arguments import build_parser
from klayman_tui.cli import UsageError
from klayman_tui.corpus.cite import citation
from klayman_tui.corpus.cite.styles import CITATION_STYLES, STYLES, style_named
from klayman_tui.output_formats import EXPORTS, FORMATS, format_named

README = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")


def _accepts(*args: str) -> bool:
    """Whether the command line takes ``klayman-tui ARGS…``."""
    try:
        build_parser().parse_args(list(args))
    except UsageError:
        return False
    return True


def test_the_command_line_offers_every_format_and_exports_those_that_write_a_collection():
    for fmt in FORMATS:
        assert _accepts("quotes", "--format", fmt.name)
        assert _accepts("collection", "export", "--format", fmt.name) == (fmt in EXPORTS)
    assert [f.name for f in EXPORTS] == ["md", "csl-json", "ris", "bibtex"]
    assert not _accepts("quotes", "--format", "xml")
    for style in CITATION_STYLES:
        assert _accepts("quotes", "--style", style.name)
    assert not _accepts("quotes", "--style", "harvard")


def test_the_readme_table_lists_every_format():
    block = README.split("<!-- output-formats")[1].split("\n\n")[0]
    rows = [[cell.strip() for cell in line.strip("|").split("|")]
            for line in block.splitlines()[3:]]
    assert rows == [[f"`{f.name}`", f.about,
                     f"yes, as {f.display}" if f.collection else "—",
                     f"`.{f.suffix}`" if f.collection else "—"] for f in FORMATS]


def test_the_readme_names_every_citation_style():
    listed = re.search(r"The citation style\s+\(([^)]+)\)", README).group(1)
    assert [name.strip().lower() for name in listed.split(",")] == list(STYLES)


def test_every_style_has_its_formatter_and_an_unknown_one_is_an_error(corpus):
    quote = corpus.quotes[0]
    texts = [citation.format_citation(quote, style.name) for style in CITATION_STYLES]
    assert all(quote.text.split()[0] in text for text in texts)
    assert len(set(texts)) == len(CITATION_STYLES)  # each style its own formatter
    with pytest.raises(ValueError, match="unknown citation style 'harvard'"):
        style_named("harvard")
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        format_named("xml")


async def test_the_palette_offers_every_style_and_export():
    app = ui_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        titles = [title for title, _, _ in QuoteCommands(app.screen)._commands()]
        for style in CITATION_STYLES:
            assert f"Citation style: {style.display}" in titles
        for fmt in EXPORTS:
            assert f"Export collection… as {fmt.display}" in titles
        assert not any(f"as {f.display}" in t for f in FORMATS if not f.collection
                       for t in titles)


@pytest.mark.parametrize("fmt", EXPORTS, ids=lambda f: f.name)
async def test_each_export_from_the_palette_writes_its_own_suffix(fmt, private_dirs):
    app = ui_app()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("down", "enter", "n", "s")
        await settle(pilot)
        await run_command(pilot, f"Export collection as {fmt.display}")
        toast = next(t for t in toasts(app) if t.startswith(f"Exported 1 quote as {fmt.display}"))
        path = Path(re.search(r" to (\S+)$", toast.replace("\n", "")).group(1))
        assert path.suffix == f".{fmt.suffix}"
        assert path.read_text(encoding="utf-8") == app.clipboard
        assert "We have waited long enough for this" in app.clipboard
