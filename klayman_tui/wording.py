"""How counts are written for people: ``1 quote``, ``2 quotes``, ``2 matches``."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """``number`` and ``noun``, in the plural (``plural``, else noun + "s") unless one."""
    return f"{number:,} {noun if number == 1 else plural or noun + 's'}"
