"""A module binds each of its names once: a second pattern of the same name further
down a module would replace the first for every function that reads it, silently (mypy
lets a rebinding of the same type through; the quote engine's modules had two such)."""

import ast
from pathlib import Path

import pytest

import klayman_tui

PACKAGE = Path(klayman_tui.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_binds_each_name_once(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    twice = []
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            targets = [node.name]
        for name in targets:
            if name in seen:
                twice.append((name, seen[name], node.lineno))
            seen[name] = node.lineno
    assert not twice
