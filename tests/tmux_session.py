"""Run the installed command in a private tmux server and read its screen."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path


def installed_command() -> str:
    """The `klayman-tui` installed beside this interpreter (the venv's), else on PATH."""
    beside = Path(sys.executable).with_name("klayman-tui")
    if beside.exists():
        return str(beside)
    found = shutil.which("klayman-tui")
    if found is None:
        raise RuntimeError("klayman-tui is not installed")
    return found


SOURCE_LIST_FOCUSED = "f Filter"  # the key bar shows the source list's own key
SEARCH_PLACEHOLDER = "/ to search"


class TmuxSession:
    def __init__(self, command: list[str], env: dict[str, str], size=(120, 40)):
        self.server = f"klayman-test-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        shell = f"env {exports} {shlex.join(command)}; echo exit-status=$?; sleep 30"
        width, height = str(size[0]), str(size[1])
        # Options and size are set before the app starts, so it never sees 80×24 first.
        self._tmux("-f", "/dev/null", "new-session", "-d", "-x", width, "-y", height,
                   "sleep 600")
        self._tmux("set", "-s", "set-clipboard", "on")
        self._tmux("set", "-g", "window-size", "manual")
        self._tmux("resize-window", "-x", width, "-y", height)
        self.started_at = time.perf_counter()
        self._tmux("respawn-pane", "-k", shell)

    def _tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.server, *args], capture_output=True,
                              text=True, timeout=10, check=True).stdout

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p")

    def wait_for(self, *texts: str, timeout: float = 15, poll: float = 0.05) -> str:
        """The screen, once every one of ``texts`` is on it."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(t in screen for t in texts):
                return screen
            time.sleep(poll)
        raise AssertionError(f"{texts} not on screen after {timeout}s:\n{screen}")

    def wait_until_ready(self, *texts: str, timeout: float = 15) -> str:
        """The screen once ``texts`` are on it and the source list has the focus (its
        own key, f Filter, is in the key bar): keys sent now reach the app's panes,
        however long the first paint took."""
        return self.wait_for(*texts, SOURCE_LIST_FOCUSED, timeout=timeout)

    def cursor(self) -> tuple[int, int]:
        """Where the terminal's cursor is (the app puts it in a focused input)."""
        x, y = self._tmux("display", "-p", "#{cursor_x} #{cursor_y}").split()
        return int(x), int(y)

    def focus_search(self, timeout: float = 15) -> None:
        """``/``, then wait until the search bar has the focus (the cursor is in it):
        typing before that went to the source list. ``/`` is sent again if the app
        had not read it yet; it only focuses the bar."""
        screen = self.wait_for(SEARCH_PLACEHOLDER)
        row = next(i for i, line in enumerate(screen.splitlines())
                   if SEARCH_PLACEHOLDER in line)
        left = screen.splitlines()[row].index(SEARCH_PLACEHOLDER)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.keys("/")
            until = min(deadline, time.monotonic() + 1)
            while time.monotonic() < until:
                x, y = self.cursor()
                if y == row and x >= left:
                    return
                time.sleep(0.02)
        raise AssertionError(f"the search bar never had the focus:\n{self.screen()}")

    def wait_for_exit(self, timeout: float = 5) -> tuple[int, str]:
        """Until the command has ended: its exit status, and the screen it left."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            found = re.search(r"exit-status=(\d+)", screen)
            if found:
                return int(found.group(1)), screen
            time.sleep(0.05)
        raise AssertionError(f"still running {timeout}s after quitting:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self._tmux("send-keys", key)
            time.sleep(0.05)

    def type(self, text: str) -> None:
        self._tmux("send-keys", "-l", text)

    def buffer(self) -> str | None:
        try:
            return self._tmux("show-buffer")
        except subprocess.CalledProcessError:
            return None

    def buffer_count(self) -> int:
        return len(self._tmux("list-buffers").splitlines())

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.server, "kill-server"], capture_output=True,
                       timeout=10)


def app_env(home: Path, keep_tmux_env: bool = False) -> dict[str, str]:
    env = {"XDG_CONFIG_HOME": str(home / "config"), "XDG_STATE_HOME": str(home / "state"),
           "XDG_CACHE_HOME": str(home / "cache"),
           "TERM": "xterm-256color", "LANG": "C.UTF-8"}
    if not keep_tmux_env:
        env["TMUX"] = ""  # the app must not see tmux: only OSC 52 can reach the buffer
    env["PATH"] = os.environ.get("PATH", "")
    return env
