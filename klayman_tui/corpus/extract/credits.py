"""Excerpts a roundup credits below them: a "what the reviews say" page sets each
outlet's words as plain paragraphs and names the outlet on a line of its own after them
("[ Engadget ]"). The paragraphs since the last credit, heading or introduction are
that outlet's quotation, though no marks set them off.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Role, Source

# "[ Engadget ]", "[The Verge]": a name alone in square brackets.
_CREDIT_RE = re.compile(r"\[\s*(?P<name>(?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[\w’'&.-]+){0,4})\s*\]")
# Words in brackets that label a picture or a link, not whose words are above them.
_NOT_CREDITS = frozenset("""photo photos image images picture video videos audio
advertisement ad graphic chart map listen watch read related source""".split())
# A roundup credits two excerpts at least; one bracketed name alone may be anything.
MIN_CREDITS = 2
# An excerpt runs over this many paragraphs at most.
MAX_EXCERPT_PARAGRAPHS = 4
# A heading between excerpts: this many words at most, most of them capitalised, or no
# full stop at its end ("What Does Stadia Offer?", "Despite The Monthly Fee, You're
# Still Buying — Not Renting — Games").
HEADING_WORDS = 16
_EXCERPT_ROLES = frozenset((Role.NARRATION, Role.DEK))


@dataclass(frozen=True)
class Excerpt:
    """One outlet's excerpt: the ``blocks`` that hold its words, the ``credit`` line's
    span (for the evidence line) and the ``name`` it credits."""

    blocks: tuple[int, ...]
    credit: tuple[int, int]
    name: str


def credited_excerpts(source: Source, quotes_inside: Callable[[int], bool]) -> list[Excerpt]:
    """Every excerpt a credit line below it names, in a text with two such lines or
    more; none above a paragraph that quotes someone in marks of its own
    (``quotes_inside``: the story's own words), a heading, a line ending on a colon (an
    introduction: "Here's what the early reviews say:") or another credit."""
    blocks = source.blocks
    credits: list[tuple[int, str]] = []
    for block in blocks:
        found = _CREDIT_RE.fullmatch(block.text.strip())
        if found is not None and found.group("name").split()[0].lower() not in _NOT_CREDITS:
            credits.append((block.index, found.group("name")))
    if len(credits) < MIN_CREDITS:
        return []
    credited = {index for index, _ in credits}
    excerpts: list[Excerpt] = []
    for index, name in credits:
        held: list[int] = []
        for block in reversed(blocks[1:index]):
            text = block.text.rstrip()
            if (block.index in credited or block.role not in _EXCERPT_ROLES
                    or _heading(text) or text.endswith(":") or quotes_inside(block.index)):
                break
            held.append(block.index)
            if len(held) == MAX_EXCERPT_PARAGRAPHS:
                break
        if held:
            credit = blocks[index]
            excerpts.append(Excerpt(tuple(reversed(held)), (credit.start, credit.end), name))
    return excerpts


def _heading(text: str) -> bool:
    """Whether a paragraph is a heading over an excerpt: a short line, most of its words
    capitalised or no full stop at its end."""
    words = text.split()
    if len(words) > HEADING_WORDS:
        return False
    capitalised = sum(word[:1].isupper() for word in words)
    return capitalised * 2 > len(words) or text[-1:] not in ".!?”\"’'"
