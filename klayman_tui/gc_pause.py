"""The cyclic garbage collector is paused while the app starts.

Importing Textual and building the first screen makes hundreds of thousands of
objects and almost no garbage, yet the collector would pass over them dozens of times:
15-20 ms of start-up on this project's machine (benchmarks/startup.py). It is paused
when the command starts and resumed once the first screen is painted, or when the
command ends, whichever comes first; if something else had it off, it stays off.

After the first paint, what start-up made is frozen (``gc.freeze``): kept out of every
later collection. Otherwise all of it would be scanned at once as it ages, a pause just
as the user starts typing (keys typed during it can reach the widget that had the
focus before ``/`` moved it). The few cycles start-up leaves are kept, not collected.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume(freeze: bool = False) -> None:
    """Collect again (``freeze``: what exists now never needs collecting)."""
    global _paused
    if _paused:
        _paused = False
        if freeze:
            gc.freeze()
        gc.enable()


def resume_frozen() -> None:
    resume(freeze=True)
