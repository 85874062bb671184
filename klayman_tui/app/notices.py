"""What the app says about the corpus and the settings when it starts."""

from __future__ import annotations

import os
import shlex

from ..corpus.neutralise import neutral_line
from ..wording import counted

MAX_WARNING_TOASTS = 3
# Settings problems each get a toast, up to this many; the rest share the last one
# (a settings file of a hundred bad keys is no flood of toasts, and none is hidden).
MAX_SETTINGS_TOASTS = 6
_SHARED_TOAST_CHARS = 600


def warning_toasts(warnings: list[str], paths: list[str] | None = None,
                   settings: list[str] | None = None) -> list[str]:
    """Every problem with the ``settings`` (the file's, and each key remap refused),
    then the first few of the corpus's ``warnings`` that fit, then one line naming the
    command that lists those, for the files and folders opened (``paths``; None: the
    bundled articles). Settings problems are never folded into that line: the command
    lists what it reads, and it reads no settings (keys and styles are the app's)."""
    shown = list(settings or [])
    if len(shown) > MAX_SETTINGS_TOASTS:
        rest = "; ".join(shown[MAX_SETTINGS_TOASTS - 1:])
        if len(rest) > _SHARED_TOAST_CHARS:
            rest = rest[:_SHARED_TOAST_CHARS - 1] + "…"
        shown = shown[:MAX_SETTINGS_TOASTS - 1] + [rest]
    room = max(MAX_WARNING_TOASTS - len(shown), 0)
    shown += warnings[:room]
    if len(warnings) > room:
        more = counted(len(warnings) - room, "more warning", "more warnings")
        shown.append(f"{more}: run `{sources_command(paths)}` to list them.")
    return shown


def sources_command(paths: list[str] | None) -> str:
    """The command line that lists the sources (and every warning) of ``paths``, quoted
    for a shell and neutralised: a path is outside text."""
    from ..cli import PROG

    data = []
    for path in paths or []:
        # A path that starts with a dash would be read as an option.
        data += ["--data", os.path.join(".", path) if path.startswith("-") else path]
    return neutral_line(shlex.join([PROG, *data, "sources"]))
