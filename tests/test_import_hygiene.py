"""The model and the command line never import Textual or Rich."""

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
