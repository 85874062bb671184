"""Deliver copied text everywhere it can go: OSC 52, the native clipboard, tmux, and
a file in the user's state directory (so a copy is never lost).

OSC 52 cannot report success, so it is always sent and never trusted alone."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from types import SimpleNamespace

from ..corpus.neutralise import error_line, neutral_line
from ..corpus.writing import write_atomically
from ..wording import counted
from .settings import last_copy_path


@dataclass
class Delivery:
    """Where a copy went, for the toast."""

    native: bool = False
    tmux: bool = False
    saved: bool = False
    problems: list[str] = field(default_factory=list)  # a tool or the save that failed
    absent: str | None = None  # why there is no native clipboard (none is installed)

    def summary(self, characters: int) -> tuple[str, str]:
        """(message, severity) for the toast."""
        places = [name for name, ok in (("clipboard", self.native), ("tmux buffer", self.tmux))
                  if ok]
        places.append("terminal")
        message = f"Copied {counted(characters, 'character')} — {', '.join(places)}"
        why = "; ".join(self.problems)  # what failed, and why: the toast names it
        if not self.native and not self.tmux:
            why = "; ".join(filter(None, [self.absent, why]))
            saved = f" Saved to {neutral_line(last_copy_path())}." if self.saved else ""
            return (f"{message} (OSC 52 only: your terminal may not support it"
                    f"{'; ' + why if why else ''}).{saved}", "warning")
        if why:
            return f"{message} ({why})", "warning"
        return message, "information"


NO_NATIVE = "no native clipboard"
TOOL_SECONDS = 3.0  # a clipboard tool that has not finished by then will not


class _TimedPopen(subprocess.Popen):
    """A clipboard tool's process that gives up after TOOL_SECONDS: xclip with an X
    server that does not answer waited for ever, and the app could not quit."""

    def communicate(self, input=None, timeout=None):
        try:
            return super().communicate(input, TOOL_SECONDS if timeout is None else timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            super().communicate()
            raise


def _timed(run):
    def with_timeout(*args, timeout=TOOL_SECONDS, **kwargs):
        return run(*args, timeout=timeout, **kwargs)

    return with_timeout


def _with_time_limits(pyperclip) -> None:
    """pyperclip starts its tools through its module's ``subprocess`` (and offers no
    timeout): that name is given a copy whose processes have one."""
    if not isinstance(pyperclip.subprocess, SimpleNamespace):
        pyperclip.subprocess = SimpleNamespace(**{
            **vars(subprocess), "Popen": _TimedPopen, "call": _timed(subprocess.call),
            "check_call": _timed(subprocess.check_call)})


def copy_native(text: str) -> str | None:
    """The system clipboard through pyperclip; returns a problem, or None on success.

    pyperclip writes to xclip/xsel/wl-copy/pbcopy through stdin only, so no pipe is
    left open for a clipboard owner process to hold; each tool is given TOOL_SECONDS."""
    import pyperclip  # here, not at start-up: it is only needed once something is copied

    _with_time_limits(pyperclip)
    try:
        # Chosen afresh each time: the environment (DISPLAY, WAYLAND_DISPLAY) decides.
        copy, _ = pyperclip.determine_clipboard()
        copy(text)
    except pyperclip.PyperclipException as error:
        return f"{NO_NATIVE} ({error_line(error, 80).split('. ')[0]})"
    except subprocess.TimeoutExpired:
        return f"the native clipboard did not answer within {TOOL_SECONDS:.0f} s"
    except (OSError, subprocess.SubprocessError) as error:
        return f"native clipboard failed ({error_line(error)})"
    return None


def copy_tmux(text: str) -> str | None:
    """``tmux load-buffer -w -`` inside tmux (``-w`` also sets the outer clipboard)."""
    if not os.environ.get("TMUX"):
        return "not in tmux"
    tmux = shutil.which("tmux")
    if tmux is None:
        return "tmux not found"
    try:
        subprocess.run([tmux, "load-buffer", "-w", "-"], input=text.encode("utf-8"),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=TOOL_SECONDS, check=True)
    except (OSError, subprocess.SubprocessError) as error:
        return f"tmux load-buffer failed ({error_line(error)})"
    return None


def save_last_copy(text: str) -> str | None:
    path = last_copy_path()
    try:
        write_atomically(path, text)  # a pipe planted there is replaced, never blocks
    except OSError as error:
        return f"could not save {neutral_line(path)}: {neutral_line(error.strerror or error)}"
    return None


def deliver_elsewhere(text: str) -> Delivery:
    """Everything but OSC 52 (which the app sends itself). May block: run in a worker."""
    delivery = Delivery()
    problem = save_last_copy(text)
    delivery.saved = problem is None
    if problem:
        delivery.problems.append(problem)
    problem = copy_native(text)
    delivery.native = problem is None
    if problem and problem.startswith(NO_NATIVE):  # nothing failed: there is none
        delivery.absent = problem
    elif problem:
        delivery.problems.append(problem)
    in_tmux = bool(os.environ.get("TMUX"))
    if in_tmux:
        problem = copy_tmux(text)
        delivery.tmux = problem is None
        if problem:
            delivery.problems.append(problem)
    return delivery
