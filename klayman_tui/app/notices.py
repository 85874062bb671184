"""What the app says about the corpus and the settings when it starts."""

from __future__ import annotations

import os
import shlex

from ..corpus.neutralise import neutral_line
from ..wording import counted

MAX_WARNING_TOASTS = 3


def warning_toasts(warnings: list[str], paths: list[str] | None = None) -> list[str]:
    """The first few warnings, then one line naming the command that lists them all,
    for the files and folders opened (``paths``; None: the bundled articles)."""
    shown = warnings[:MAX_WARNING_TOASTS]
    if len(warnings) > MAX_WARNING_TOASTS:
        more = counted(len(warnings) - MAX_WARNING_TOASTS, "more warning", "more warnings")
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
