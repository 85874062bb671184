"""What the app says about the corpus and the settings when it starts."""

from __future__ import annotations

MAX_WARNING_TOASTS = 3


def warning_toasts(warnings: list[str]) -> list[str]:
    """The first few warnings, then one line pointing at the rest."""
    shown = warnings[:MAX_WARNING_TOASTS]
    if len(warnings) > MAX_WARNING_TOASTS:
        shown.append(f"{len(warnings) - MAX_WARNING_TOASTS} more warnings: run "
                     "`klayman-tui sources` to list them.")
    return shown
