"""The model and the command line never import Textual or Rich."""

import os
import pkgutil
import subprocess
import sys

import klayman_tui.corpus


def test_every_model_module_and_the_cli_import_neither_textual_nor_rich():
    modules = sorted(m.name for m in pkgutil.walk_packages(klayman_tui.corpus.__path__,
                                                           "klayman_tui.corpus."))
    assert len(modules) > 50
    code = (f"import sys, importlib\nfor name in {modules + ['klayman_tui.cli', 'klayman_tui.output', 'klayman_tui.arguments']!r}:\n"
            "    importlib.import_module(name)\n"
            "import klayman_tui; klayman_tui.load()\n"
            "print([m for m in ('textual', 'rich') if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


# What the first screen (the source list, the search bar, the overview, the key bar)
# has no use for: loaded with the first key that needs it, or after the first paint.
# Each would add to the start-up that benchmarks/startup.py times.
NOT_AT_FIRST_SCREEN = (
    "klayman_tui.app.clipboard",  # the first copy
    "klayman_tui.app.commands",  # the palette
    "klayman_tui.app.paragraph_lines",  # the article view's layout
    "klayman_tui.app.widgets.article_view",  # mounted just after the first paint
    "klayman_tui.app.widgets.collection_view",
    "klayman_tui.app.widgets.copier",
    "klayman_tui.app.widgets.help_screen",  # the help key
    "klayman_tui.app.widgets.result_list",  # made just after the first paint
    "klayman_tui.corpus.cite.citation",  # the first copy
    "klayman_tui.corpus.cite.exports",  # an export
    "klayman_tui.corpus.cite.rules",  # a copy; the list needs only cite.titles
    "klayman_tui.corpus.cite.styles",  # help, the palette, a settings file that sets one
    "klayman_tui.corpus.ingest.reading",  # a settings file; a file parsed
    "klayman_tui.corpus.search.index",  # the index, built after the first paint
    "klayman_tui.corpus.search.results",  # the result list's
    "klayman_tui.corpus.state.collection",  # read just after the first paint
    "klayman_tui.output",  # the command line's printing
    "klayman_tui.output_formats",
    "secrets",  # new file names (corpus/writing.py), which load OpenSSL
    "numpy",  # the meaning tier
    "rapidfuzz",  # the search
    "lxml",  # HTML and PDF files, parsed only when not cached
    "pypdf",
    "trafilatura",
)

_FIRST_SCREEN = """
import asyncio, sys
from pathlib import Path

from textual.widget import Widget

import klayman_tui
from klayman_tui.app import main_app

loaded = []
render_lines = Widget.render_lines


def first_paint(widget, crop):
    # The first line drawn: composed, mounted, reactives set up, laid out; nothing
    # done after the first paint has run yet.
    if not loaded:
        loaded.extend(sys.modules)
    return render_lines(widget, crop)


Widget.render_lines = first_paint


class FirstScreen(main_app.QuoteExplorer):
    CSS_PATH = str(Path(main_app.__file__).with_name("app.tcss"))


async def main():
    async with FirstScreen(klayman_tui.load()).run_test(size=(120, 40)) as pilot:
        await pilot.pause()

asyncio.run(main())
print(" ".join(sorted(set(loaded))))
"""


def test_the_first_screen_loads_nothing_it_does_not_show(tmp_path):
    """Start-up (benchmarks/startup.py) pays for every module imported before the first
    paint: what only a later key, the palette, a copy or the search needs is imported
    when it is first needed."""
    env = dict(os.environ)  # a home of its own: no settings file another test saved
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[name] = str(tmp_path / name.lower())
    # As a user starts it the second time: the articles read from the parse cache.
    subprocess.run([sys.executable, "-c", "import klayman_tui; klayman_tui.load()"],
                   check=True, env=env)
    result = subprocess.run([sys.executable, "-c", _FIRST_SCREEN], capture_output=True,
                            text=True, check=True, env=env)
    loaded = set(result.stdout.split())
    assert "klayman_tui.app.widgets.source_list" in loaded  # it did compose the screen
    assert [name for name in NOT_AT_FIRST_SCREEN if name in loaded] == []


def test_the_command_pauses_the_collector_before_it_imports_the_model():
    """``klayman-tui`` imports ``cli`` and then calls ``main``, which pauses the garbage
    collector (gc_pause.py): the model and its imports (SQLite, JSON, the word lists)
    must come after that, else the collector runs over them at every start."""
    code = ("import sys, klayman_tui.cli\n"
            "print(sorted(m for m in sys.modules if m.startswith('klayman_tui.')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == str(["klayman_tui._version", "klayman_tui.cli",
                                         "klayman_tui.gc_pause"])
