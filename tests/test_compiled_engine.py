"""The quote engine as ``pip install .`` installs it: compiled with mypyc (hatch_build.py
compiles corpus/extract and the hot parts of corpus/ingest).

mypyc checks annotations when the code runs, so a wrong one is a TypeError only the
compiled engine raises, and a type error mypyc rejects makes the build fall back to pure
Python, silently losing the speed. These tests build the wheel as pip does and compare
its quotes with the pure-Python engine's, every field of every quote.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

SHARED = ROOT.parent / "shared"
# Real news beside the bundled articles, when ../shared is there: most of the engine's
# paths (pronouns, roles, transcripts) are taken there, few in five interviews.
NEWS = [SHARED / "news-dev" / "articles", SHARED / "news-dev-2" / "articles"]


def test_no_compiled_module_beside_the_sources():
    """A compiled module in the package's folder would be imported instead of its .py,
    so an edit would silently not run (the build hook compiles in a temporary copy)."""
    stale = [str(p.relative_to(ROOT)) for p in (ROOT / "klayman_tui").rglob("*")
             if p.suffix in (".so", ".pyd")]
    assert stale == []


def _compiled_modules() -> set[str]:
    """The modules the build hook compiles ("klayman_tui/corpus/extract/engine", …)."""
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return {module[:-3] for module in hook.compiled_sources(ROOT)}


def _cannot_compile() -> str | None:
    """Why this Python cannot compile the engine (pip then builds a pure wheel), or None."""
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    if shutil.which(compiler.split()[0]) is None:
        return f"no C compiler ({compiler.split()[0]})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers"
    return None


@pytest.fixture(scope="module")
def compiled_site(tmp_path_factory) -> Path:
    """The wheel pip builds, installed in a folder of its own."""
    reason = _cannot_compile()
    if reason:
        message = f"{reason}: here pip install . gives the pure-Python engine"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI installs a C compiler and Python's headers, but: {message}")
        pytest.skip(message)
    tmp = tmp_path_factory.mktemp("compiled")
    env = dict(os.environ, KLAYMAN_TUI_COMPILE="1")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                            "--no-build-isolation", "-v", "-w", str(tmp / "wheels"), str(ROOT)],
                           capture_output=True, text=True, timeout=900, env=env)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    wheel = next((tmp / "wheels").glob("klayman_tui-*.whl"))
    built = {name.split(".")[0] for name in zipfile.ZipFile(wheel).namelist()
             if name.startswith("klayman_tui/") and name.endswith((".so", ".pyd"))}
    wanted = _compiled_modules()
    assert "klayman_tui/corpus/extract/engine" in wanted
    said = (build.stdout + build.stderr).splitlines()
    warning = [line for line in said if "klayman-tui: " in line and "wheel for" not in line]
    assert built == wanted, f"compiled {sorted(built)}; the build said {warning}"
    site = tmp / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(site), str(wheel)], check=True, timeout=300)
    return site


def _quotes(path: Path, cwd: Path, folders: list[Path]) -> list[dict]:
    """Every quote of the bundled articles (or ``folders``), as the JSON output has it,
    from the package found at ``path``; with no parse cache, so each engine parses."""
    env = dict(os.environ, PYTHONPATH=str(path), KLAYMAN_TUI_NO_CACHE="1")
    data = [arg for folder in folders for arg in ("--data", str(folder))]
    result = subprocess.run([sys.executable, "-m", "klayman_tui", "quotes", "--format", "json",
                             *data], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_compiled_engine_is_the_one_imported(compiled_site, tmp_path):
    env = dict(os.environ, PYTHONPATH=str(compiled_site))
    where = subprocess.run(
        [sys.executable, "-c", "from klayman_tui.corpus.extract import engine, entities;"
         "from klayman_tui.corpus.ingest import blocks;"
         "print(engine.__file__); print(entities.__file__); print(blocks.__file__)"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True)
    for line in where.stdout.split():
        assert line.startswith(str(compiled_site)) and line.endswith(".so"), line


@pytest.mark.parametrize("news", [False, True], ids=["bundled", "news-dev"])
def test_the_compiled_engine_finds_the_same_quotes(compiled_site, tmp_path, news):
    folders = [folder for folder in NEWS if folder.is_dir()] if news else []
    if news and not folders:
        pytest.skip(f"needs {SHARED}/news-dev (not beside the checkout)")
    pure = _quotes(ROOT, tmp_path, folders)
    compiled = _quotes(compiled_site, tmp_path, folders)
    assert len(pure) > (400 if news else 50)
    assert compiled == pure
