"""The command line shows parsing progress on stderr only when stderr is a terminal."""

import os
import pty
import subprocess
import sys

import pytest
from conftest import ROOT


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import write_corpus

    return write_corpus(tmp_path_factory.mktemp("big"), 700, 4)  # over 1 MB: not quick


def run(folder, stderr):
    env = {**os.environ, "KLAYMAN_TUI_NO_CACHE": "1"}
    return subprocess.run([sys.executable, "-m", "klayman_tui", "--data", str(folder),
                           "sources", "--json"], stdout=subprocess.PIPE, stderr=stderr,
                          env=env, check=True, timeout=300)


def test_progress_goes_to_a_terminal(big_folder):
    leader, follower = pty.openpty()
    env = {**os.environ, "KLAYMAN_TUI_NO_CACHE": "1"}
    process = subprocess.Popen([sys.executable, "-m", "klayman_tui", "--data",
                                str(big_folder), "sources", "--json"],
                               stdout=subprocess.DEVNULL, stderr=follower, env=env)
    os.close(follower)
    seen = b""
    try:
        while True:  # read while it runs: a closed terminal's unread output is lost
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
        process.wait(timeout=300)
    assert b"reading 700/700 files" in seen and seen.count(b"reading ") >= 2, seen[-300:]


def test_no_progress_in_a_pipe_and_stdout_stays_clean(big_folder):
    done = run(big_folder, subprocess.PIPE)
    assert b"reading" not in done.stderr and done.stdout.startswith(b"[")
