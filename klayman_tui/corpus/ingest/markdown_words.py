"""A Markdown file's inline syntax read as its reader sees it: a link is its words, an
image its description, bold its words. A quote copied from a clipped article then holds
the words it printed ("a disaster for everyone"), never "[disaster](https://…)".

Only these, and only where the syntax is unambiguous: emphasis in single ``*`` or ``_``
stays as written (snake_case, 2*3*4), as do headings, lists and the front matter. Every
pattern is bounded, so a file of any size is read in time linear in its length."""

from __future__ import annotations

import re

from .front_matter import front_matter_end

# ![description](address "title") and [words](address "title"): one line each, the
# words without brackets of their own, the address without spaces or parentheses.
_ADDRESS = r"\((?:<[^<>\n]{0,2000}>|[^()\s]{1,2000})(?:[ \t]+\"[^\"\n]{0,300}\")?\)"
_IMAGE_RE = re.compile(rf"!\[([^\[\]\n]{{0,300}})\]{_ADDRESS}")
_LINK_RE = re.compile(rf"\[([^\[\]\n]{{1,300}})\]{_ADDRESS}")
# **bold** and __bold__ inside one line, with no mark of their own inside (so no scan
# goes past the next mark) and not around spaces.
_BOLD_RE = re.compile(r"\*\*([^*\n]{1,300})\*\*|__([^_\n]{1,300})__")


def _bold(found: re.Match) -> str:
    words = found.group(1) or found.group(2)
    return words if words == words.strip() else found.group()


def markdown_words(text: str) -> str:
    """``text`` with its links, images and bold read as words (front matter as is)."""
    if "](" not in text and "**" not in text and "__" not in text:
        return text
    start = front_matter_end(text)
    body = _IMAGE_RE.sub(r"\1", text[start:])
    body = _LINK_RE.sub(r"\1", body)
    body = _BOLD_RE.sub(_bold, body)
    return text[:start] + body
