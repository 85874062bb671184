"""Wheel build hook: the quote engine (``klayman_tui/corpus/extract``) compiled with mypyc.

Parsing is mostly the engine's pure-Python loops; compiled, a folder of news loads about
a fifth faster (benchmarks/parse_real.py). The compiled modules go into the wheel beside
their ``.py`` files (Python imports the compiled one first).

- Only when asked: ``KLAYMAN_TUI_COMPILE=1 pip install .`` (a minute more, and mypy
  fetched into the build). A plain ``pip install .`` is pure Python and quick, as the
  README's first command needs; mypy and setuptools are asked for only when compiling
  (``dependencies``). Only a standard wheel is compiled: an editable install (``pip
  install -e .``) stays pure Python, so the ``.py`` you edit is the code that runs.
- The compile runs in a temporary copy of the package: nothing is written beside the
  sources, where a stale compiled module would shadow an edited ``.py``
  (tests/test_compiled_engine.py checks none is there).
- Where the compile cannot run (no C compiler or Python headers, a mypyc error), the
  wheel is pure Python and the build prints a warning saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

PACKAGE = "klayman_tui"
# The modules compiled: the engine (every module but its __init__) and the reading of an
# article's paragraphs, speakers and metadata, which parsing runs for every article.
COMPILED = ("klayman_tui/corpus/extract/*.py", "klayman_tui/corpus/ingest/blocks.py",
            "klayman_tui/corpus/ingest/speakers.py", "klayman_tui/corpus/ingest/metadata.py",
            "klayman_tui/corpus/ingest/metadata_limits.py", "klayman_tui/corpus/ingest/dates.py")
# What the compile needs (exact pins: the compiled engine is the one the tests ran).
COMPILE_REQUIRES = ("mypy==2.4.1", "setuptools==80.9.0")
# Time a compile may take before it is given up (it takes about a minute here).
COMPILE_TIMEOUT = 1800
# mypy's options for the compile: the other modules are read for their types only.
MYPY_ARGS = ("--ignore-missing-imports", "--follow-imports=silent", "--no-incremental")

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(name="klayman_tui_compiled", script_args=sys.argv[1:],
      ext_modules=mypycify({args!r}, opt_level="3", group_name="klayman_tui"))
"""


def compiled_sources(root: Path) -> list[str]:
    """The modules compiled, as paths relative to ``root``."""
    return sorted(str(path.relative_to(root)) for pattern in COMPILED
                  for path in root.glob(pattern) if path.name != "__init__.py")


def compile_engine(root: Path, work: Path) -> dict[str, str]:
    """Compile the engine from a copy of ``root``'s package made in ``work``: each
    built file's path, mapped to its path in the wheel. Raises where it cannot."""
    source = work / "src"
    shutil.copytree(root / PACKAGE, source / PACKAGE,
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd", "data"))
    modules = compiled_sources(source)
    (source / "setup.py").write_text(_SETUP.format(args=[*MYPY_ARGS, *modules]))
    built = work / "built"
    process = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--build-lib", str(built),
         "--build-temp", str(work / "temp")],
        cwd=source, capture_output=True, text=True, timeout=COMPILE_TIMEOUT)
    if process.returncode:
        raise RuntimeError((process.stdout + process.stderr).strip()[-2000:])
    found = {str(path): str(path.relative_to(built)) for pattern in ("*.so", "*.pyd")
             for path in built.rglob(pattern)}
    wanted = {module[:-3].replace(os.sep, "/") for module in modules}
    have = {wheel_path.split(".")[0] for wheel_path in found.values()}
    if not wanted <= have:
        raise RuntimeError(f"mypyc built no module for {sorted(wanted - have)}")
    return found


class CompileEngine(BuildHookInterface):
    """Adds the compiled engine to a standard wheel (see the module's docstring)."""

    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        """What the compile needs in the build environment, only when it is asked for."""
        return list(COMPILE_REQUIRES) if _asked() else []

    def initialize(self, version: str, build_data: dict) -> None:
        self._work: str | None = None
        if self.target_name != "wheel" or version != "standard" or not _asked():
            return
        self._work = tempfile.mkdtemp(prefix="klayman-tui-mypyc-")
        try:
            found = compile_engine(Path(self.root), Path(self._work))
        except Exception as error:  # noqa: BLE001 - any failure: the pure wheel
            self.app.display_warning(
                "klayman-tui: the quote engine could not be compiled, so this install is "
                f"pure Python (slower, same results): {error}")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["force_include"].update(found)
        self.app.display_info(f"klayman-tui: compiled the quote engine ({len(found)} files)")

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        if getattr(self, "_work", None):
            shutil.rmtree(self._work, ignore_errors=True)


def _asked() -> bool:
    """Whether this build should compile the engine (``KLAYMAN_TUI_COMPILE=1``)."""
    return os.environ.get("KLAYMAN_TUI_COMPILE", "") not in ("", "0")
