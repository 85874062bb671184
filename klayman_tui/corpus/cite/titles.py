"""What stands for an article's title in lists and citations, kept apart from the
other rules (rules.py) so the source list, on the first screen, loads only this."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model import Metadata


def listed_title(source) -> str:
    """What lists show as an article's title: its title, else what the citations say
    instead ("Profile of Alison Klayman"), else its file name, never its whole id."""
    meta = source.metadata
    if meta.title:
        return meta.title
    if meta.kind and (meta.interviewee or meta.subject):
        return description(meta)
    return source.id.rpartition("/")[2]


def description(meta: Metadata) -> str:
    """What stands in for a missing title: a plain description from what is known
    ("Profile of Alison Klayman"), never an invented title."""
    kind = {"interview": "Interview with", "profile": "Profile of"}.get(meta.kind or "")
    about = meta.interviewee or meta.subject
    if kind and about:
        return f"{kind} {about}"
    return "Untitled article"
