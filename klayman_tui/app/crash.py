"""What a crash leaves: one line on stderr, and the traceback in the state directory."""

from __future__ import annotations

import traceback

from ..corpus.neutralise import neutral_line
from ..corpus.writing import APP_NAME, write_atomically


def crash_line(error: BaseException | None) -> str:
    """``klayman-tui: error: …`` naming the error and where its details were saved."""
    from platformdirs import user_state_path

    what = f"{type(error).__name__}: {error}" if error is not None else "unknown error"
    report = user_state_path(APP_NAME) / "crash.log"
    try:
        details = "".join(traceback.format_exception(error)) if error else what
        write_atomically(report, neutral_line(details).replace("␊", "\n"))
        where = f" (details in {report})"
    except OSError:
        where = ""
    return neutral_line(f"klayman-tui: error: the app stopped: {what[:200]}{where}")
