"""The corpus package's stages import only the stages before them (see the docstring of
``klayman_tui.corpus``), and nothing in it imports the app or the command line. Read
from the source (every import, those inside functions too), not by importing."""

import ast
import shutil
from pathlib import Path

import klayman_tui.corpus

CORPUS = Path(klayman_tui.corpus.__file__).parent
BASE = {"model", "neutralise", "suffixes", "writing", "memory"}
# What each stage may import from the package besides itself and the shared base.
ALLOWED = {
    "words": set(),
    "base": {"words"},
    "ingest": {"words"},
    "extract": {"words", "ingest"},
    "cache": {"words"},
    "search": {"words"},
    "cite": {"words", "ingest"},
    "state": {"words", "ingest", "search", "cite"},
}


def stage(parts: tuple[str, ...]) -> str | None:
    """The stage of a module given by its parts inside the corpus package."""
    if not parts:
        return None  # the package itself: the Corpus facade
    if parts[0] in BASE:
        return "base"
    return parts[0] if parts[0] in ALLOWED else None  # loading: may import any stage


def imports(path: Path, parts: tuple[str, ...]):
    """(line, absolute module) for every import of ``path``, a module at ``parts``."""
    package = parts if path.name == "__init__.py" else parts[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package)[:len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:  # "from . import frames" imports a module
                yield node.lineno, f"{module}.{alias.name}"


def violations(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        inner = path.relative_to(root).with_suffix("").parts
        inner = inner[:-1] if inner[-1] == "__init__" else inner
        parts = ("klayman_tui", "corpus") + inner
        own = stage(inner)
        for line, module in imports(path, parts):
            where = f"{path.relative_to(root)}:{line} imports {module}"
            names = module.split(".")
            if names[0] != "klayman_tui":
                if names[0] in ("textual", "rich"):
                    found.append(where)
                continue
            if names[1:2] != ["corpus"]:
                if len(names) > 1 and names[1] in ("app", "cli", "arguments", "output",
                                                   "output_formats"):
                    found.append(where)
                continue
            target = stage(tuple(names[2:]))
            if own is None or target is None and len(names) == 2:
                continue  # loading and the facade, or a name from the package itself
            if target is None or (target not in (own, "base")
                                  and target not in ALLOWED[own]):
                found.append(where)
    return found


def test_each_stage_imports_only_the_stages_before_it():
    assert violations(CORPUS) == []


def test_a_forbidden_import_is_reported(tmp_path):
    """The check can fail: ingest reaching into search, extract into the cache, the
    model into the app, and a stage into loading are each reported."""
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy, ignore=shutil.ignore_patterns("__pycache__", "*.txt"))
    planted = {
        "ingest/dates.py": "from ..search.query import parse_query\n",
        "extract/decide.py": "def f():\n    from ..cache import store\n",
        "model.py": "from ..app import main_app\n",
        "cite/rules.py": "from klayman_tui.corpus.loading import plan_load\n",
    }
    for name, line in planted.items():
        with open(copy / name, "a", encoding="utf-8") as handle:
            handle.write("\n" + line)
    reported = violations(copy)
    assert len(reported) >= 4
    for name in planted:
        assert any(r.startswith(name + ":") for r in reported), name


def widget_violations(widgets: Path) -> list[str]:
    """Imports by which a widget would reach the app that holds it (or the command
    line): widgets post messages up instead."""
    found = []
    for path in sorted(widgets.glob("*.py")):
        parts = ("klayman_tui", "app", "widgets", path.stem)
        for line, module in imports(path, parts):
            if module.startswith(("klayman_tui.app.main_app", "klayman_tui.app.commands",
                                  "klayman_tui.cli")):
                found.append(f"{path.name}:{line} imports {module}")
    return found


def test_no_widget_imports_the_app_that_holds_it(tmp_path):
    widgets = CORPUS.parent / "app" / "widgets"
    assert widget_violations(widgets) == []
    copy = tmp_path / "widgets"
    shutil.copytree(widgets, copy, ignore=shutil.ignore_patterns("__pycache__"))
    with open(copy / "reader.py", "a", encoding="utf-8") as handle:
        handle.write("\nfrom ..main_app import QuoteExplorer\n")
    reported = widget_violations(copy)
    assert reported and all(r.startswith("reader.py:") for r in reported)
