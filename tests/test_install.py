"""The bundled articles must be found by an installed wheel, run from any folder."""

import json
import os
import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_carries_the_data_and_runs_from_another_folder(tmp_path):
    wheels = tmp_path / "wheels"
    # The pure-Python wheel: test_compiled_engine.py builds (and checks) the compiled one.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(wheels), str(ROOT)], check=True, timeout=300,
                   env={k: v for k, v in os.environ.items() if k != "KLAYMAN_TUI_COMPILE"})
    wheel = next(wheels.glob("klayman_tui-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "klayman_tui/data/sources.toml" in names
    assert sum(n.startswith("klayman_tui/data/") and n.endswith(".txt") for n in names) == 5

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(target))
    where = subprocess.run([sys.executable, "-c", "import klayman_tui; print(klayman_tui.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(target))
    result = subprocess.run([sys.executable, "-m", "klayman_tui", "sources", "--json"],
                            cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    outlets = [r["outlet"] for r in json.loads(result.stdout)]
    assert outlets == ["dGenerate Films", "The Brown Daily Herald", "The Epoch Times",
                       "TheWrap", "Fast Company"]
