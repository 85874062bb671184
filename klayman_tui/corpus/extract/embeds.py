"""Posts embedded from a social network, as a saved page's text keeps them: the post's
words, a line each, then its signature ("— Jane Doe (@janedoe) November 18, 2019",
the form a page's embedded tweet falls back to). The words are a quotation of the one
the signature names, though no marks set them off; a quotation inside them belongs to
the post, as one nested in another belongs to the outer one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Block, Paragraphs, Role, Source
from ..words.lexicon import MONTH_PATTERN

_DATE = (rf"(?:{MONTH_PATTERN}\.?\s+\d{{1,2}},?\s+\d{{4}}"
         rf"|\d{{1,2}}\s+{MONTH_PATTERN}\.?,?\s+\d{{4}})")
# "— Jane Doe (@janedoe) November 18, 2019"; "— NASA (@NASA) 18 Nov 2019"
_SIGNATURE_RE = re.compile(
    rf"[—–-]{{1,2}}\s*(?P<name>[^\n()@]{{1,80}}?)\s*\(@(?P<handle>\w{{1,30}})\)\s*{_DATE}\s*",
    re.IGNORECASE)
# Links that end a post's line: its picture or its own short link, not its words.
_TRAILING_LINKS_RE = re.compile(r"(?:\s*(?:https?://|pic\.twitter\.com/)\S+)+\s*$")
# What a signed name keeps: letters, figures and a name's own marks (no emoji, no
# symbols: "Dianna E. Anderson 🏳️‍🌈" is Dianna E. Anderson).
_NAME_NOISE_RE = re.compile(r"[^\w\s.’'&-]|_")
POST_MAX_LINES = 12
# A quotation with its cue, the story's own sentence: "“…,” Biden said", "Biden said: “…".
_CUED_RE = re.compile(r"[”\"],?\s+(?:[\w.’'-]+\s+){0,4}(?:said|says|told|added|wrote)\b"
                      r"|\b(?:said|says|told|added|wrote)[,:]?\s+[“\"]")
# What a post's line may have been read as: a short line of it may look like a heading
# or a caption to the paragraph reader.
_POST_ROLES = frozenset((Role.NARRATION, Role.DEK, Role.ANSWER, Role.QUESTION, Role.HEADING,
                         Role.CAPTION))


@dataclass(frozen=True)
class Post:
    """One embedded post: its ``lines`` (the words' spans, links that end a line left
    out), its ``signature`` paragraph, and the ``name`` it is signed with."""

    lines: tuple[tuple[int, int], ...]
    blocks: tuple[int, ...]  # the indices of the paragraphs that hold the words
    signature: tuple[int, int]  # the signature's span, for the evidence line
    name: str
    handle: str


def embedded_posts(source: Source) -> list[Post]:
    """Every post in ``source`` whose signature follows its words. The words are the
    paragraph before the signature, and the lines before that one when a line break
    alone parts them while a blank line parts the signature from the words (a page's
    paragraphs are parted by blank lines; a text whose every paragraph is parted by one
    line break gives the paragraph before only)."""
    text = source.text
    blocks = source.blocks
    posts: list[Post] = []
    for block in blocks:
        if block.index == 0 or text.find("(@", block.start, block.end) < 0:
            continue
        signed = _SIGNATURE_RE.fullmatch(text, block.start, block.end)
        if signed is None:
            continue
        words = _words_before(text, blocks, block)
        lines = tuple(span for span in (_line(text, b) for b in words) if span is not None)
        if not lines:
            continue  # a picture alone ("pic.twitter.com/…"): no words to quote
        if any(_CUED_RE.search(text, a, b) for a, b in lines):
            continue  # the story's own paragraph, quoting someone with a cue ("“We will
            #           not back down,” President Joe Biden said."): no post's words
        name = " ".join(_NAME_NOISE_RE.sub(" ", signed.group("name")).split())
        handle = signed.group("handle")
        posts.append(Post(lines, tuple(b.index for b in words),
                          (block.start, block.end), name or f"@{handle}", handle))
    return posts


def _words_before(text: str, blocks: list[Block] | Paragraphs, signature: Block
                  ) -> list[Block]:
    first = blocks[signature.index - 1]
    if first.role not in _POST_ROLES:
        return []
    words = [first]
    if "\n\n" not in text[first.end:signature.start]:
        return words  # (paragraphs parted by one line break: lines are not told apart)
    while len(words) < POST_MAX_LINES and words[0].index > 0:
        before = blocks[words[0].index - 1]
        if before.role not in _POST_ROLES or "\n\n" in text[before.end:words[0].start] or (
                _SIGNATURE_RE.fullmatch(text, before.start, before.end)):
            break
        words.insert(0, before)
    return words


def _line(text: str, block: Block) -> tuple[int, int] | None:
    """A line's words, links that end it left out; None when no word is left."""
    end = block.end
    links = _TRAILING_LINKS_RE.search(text, block.start, end)
    if links is not None:
        end = links.start()
    if not any(c.isalnum() for c in text[block.start:end]):
        return None
    return block.start, end
