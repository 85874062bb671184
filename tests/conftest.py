import os
import shutil
from pathlib import Path

import pytest

import klayman_tui

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FAST_COMPANY = "004_c3ba6e49db659583"
THEWRAP = "003_129d912eaedae5df"
HERALD = "001_efc9e8cb31e5c649"
EPOCH = "002_66f834e44787af39"
DGENERATE = "000_559bc736928f387b"


def pytest_configure(config):
    """The whole session, session fixtures included, uses a throwaway home: tests never
    touch the user's real cache, config or state directories."""
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="klayman-tui-tests-"))
    for name in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[name] = str(home / name.lower())


def require_tools(*names: str) -> None:
    """Skip when a system tool is missing; in CI (CI=true) that is a failure."""
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        message = f"needs {', '.join(missing)} on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI installs these tools but they are missing: {message}")
        pytest.skip(message)


@pytest.fixture(scope="session")
def corpus():
    return klayman_tui.load()


@pytest.fixture(autouse=True)
def private_dirs(tmp_path_factory, monkeypatch):
    """Settings and the last-copy file go to a throwaway home, never the user's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("TMUX", raising=False)
    return home


@pytest.fixture(scope="session")
def hostile_folder(tmp_path_factory):
    from hostile import make_hostile_folder
    return make_hostile_folder(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(autouse=True)
def no_swallowed_errors(request):
    """An exception the app turned into a toast fails the test (unless the test is
    about that toast: ``@pytest.mark.swallows``)."""
    from klayman_tui.app.guard import SWALLOWED

    SWALLOWED.clear()
    yield
    errors = list(SWALLOWED)
    SWALLOWED.clear()
    if errors and request.node.get_closest_marker("swallows") is None:
        pytest.fail(f"the app swallowed {len(errors)} exception(s): {errors[0]!r}")
