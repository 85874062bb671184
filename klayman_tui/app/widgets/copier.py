"""The copier: sends a copy to the terminal at once, then everywhere else off the UI
thread, and says where it went; an export goes to a new file as well."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.widget import Widget

from ...corpus.neutralise import without_invisibles
from ..guard import error_line, swallowed
from ..messages import CopyDelivered

if TYPE_CHECKING:  # loaded with the first export
    from ...corpus.cite.exports import Cited
    from ...output_formats import OutputFormat


class Copier(Widget):
    """Invisible. ``copy(text)``: OSC 52 (or, inside tmux, ``tmux load-buffer -w``
    instead, so one copy leaves one buffer), the native clipboard, the last-copy file."""

    DEFAULT_CSS = "Copier { display: none; }"
    _note: str | None = None  # said with the last copy's toast (an uncertain speaker)

    def copy(self, text: str, note: str | None = None) -> None:
        self._note = note
        text = without_invisibles(text)  # the words, not what hides between them
        if os.environ.get("TMUX"):
            # tmux load-buffer reaches tmux and the outer terminal: OSC 52 as well
            # would leave two identical buffers. It is the fallback if that fails.
            self.app.hold_copy(text)
        else:
            self.app.copy_to_clipboard(text)  # OSC 52, and app.clipboard
        self._deliver(text)

    def export(self, cited: list[Cited], fmt: OutputFormat, collection: Path | None) -> None:
        """``cited`` in ``fmt`` to a new file in the user's exports folder (named for
        the ``collection`` file), and copied; the toast says where it went."""
        from ...corpus.cite.exports import write_export
        from ...corpus.neutralise import neutral, neutral_line
        from ...wording import counted

        text = fmt.collection(cited)
        try:
            path = write_export(text, fmt.suffix, collection)
        except OSError as error:
            reason = neutral_line(error.strerror or error)
            self.notify(f"Could not write the export ({reason}); it is on the clipboard.",
                        severity="warning", markup=False)
        else:
            missing = sum(1 for c in cited if c.quote is None)
            note = f" ({missing} missing from their articles)" if missing else ""
            self.notify(f"Exported {counted(len(cited), 'quote')}{note} as {fmt.display} "
                        f"to {neutral_line(path)}", markup=False, timeout=10)
        self.copy(neutral(text))  # already neutral; the clipboard is checked once more

    @work(thread=True, group="copy", exit_on_error=False)
    def _deliver(self, text: str) -> None:
        from ..clipboard import deliver_elsewhere  # loaded with the first copy

        try:
            delivery = deliver_elsewhere(text)
        except Exception as error:  # noqa: BLE001 - the terminal copy already went out
            swallowed(error)
            self.post_message(CopyDelivered(f"Copied to the terminal only ({error_line(error)})",
                                            "warning"))
            return
        fallback = text if os.environ.get("TMUX") and not delivery.tmux else None
        self.post_message(CopyDelivered(*delivery.summary(len(text)), fallback))

    def on_copy_delivered(self, message: CopyDelivered) -> None:
        message.stop()
        if message.fallback is not None:
            self.app.copy_to_clipboard(message.fallback)
        note = self._note
        summary = f"{message.summary}. {note}" if note else message.summary
        severity = "warning" if note and message.severity == "information" else message.severity
        self.notify(summary, severity=severity, markup=False)
