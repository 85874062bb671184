"""A saved page's main text, as paragraphs: trafilatura's, less the page furniture it
lets through, or the article's own paragraphs when trafilatura cuts the body short.

Furniture is found by what it is made of, not by its words: a paragraph that is (nearly)
all link text is a list of other stories or a call to follow one ("SEE MORE: …", "CLICK
HERE TO GET THE … APP", a topic tag), and a short label standing over such a list ("DON'T
MISS") goes with it. trafilatura sometimes stops at the first of several blocks an
article is split into (a third of one page's words): when the page's ``<article>``
holds far more paragraph text than trafilatura returned, its paragraphs are used."""

from __future__ import annotations

import re

# A paragraph this much link text (by letters) is navigation, not the article.
LINK_SHARE = 0.75
# trafilatura's body is taken as cut short below this share of the article's words.
CUT_SHORT = 1 / 1.6
_OUTSIDE = {"aside", "figure", "figcaption", "nav", "footer", "form", "header"}
_BLOCKS = ("p", "head", "item", "quote")


# Elements whose text is code or a pattern, never words a reader sees.
NEVER_SHOWN = ("script", "style", "template")


def shown_text(element) -> str:
    """The element's words as a reader sees them, on one line: without the code of a
    script or style in it, which ``text_content()`` keeps ("Headline alert(1)")."""
    if element.tag in NEVER_SHOWN:
        return ""
    if next(element.iter(*NEVER_SHOWN), None) is not None:  # seldom: on a copy
        from copy import deepcopy

        from lxml import etree

        element = deepcopy(element)
        etree.strip_elements(element, *NEVER_SHOWN, with_tail=False)
    return " ".join(element.text_content().split())


def _letters(text: str) -> int:
    return sum(1 for c in text if not c.isspace())


def _is_label(text: str) -> bool:
    """A short heading with no sentence in it: "DON'T MISS", "Related"."""
    return 0 < len(text.split()) <= 4 and text.rstrip()[-1:] not in ".!?\"”"


def _remove(element) -> None:
    """Remove an element, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail and tail.strip():
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def without_link_lists(body) -> int:
    """Drop from trafilatura's XML body (read with its links) the paragraphs that are
    link lists, and a label over them; unwrap the other links. Returns how many."""
    from lxml import etree

    blocks = [b for b in body.iter(*_BLOCKS)
              if not any(child.tag in _BLOCKS for child in b)]
    dropped = set()
    for index, block in enumerate(blocks):
        text = "".join(block.itertext())
        linked = sum(_letters("".join(ref.itertext())) for ref in block.iter("ref"))
        if _letters(text) and linked >= LINK_SHARE * _letters(text):
            dropped.add(index)
            if index and _is_label("".join(blocks[index - 1].itertext())):
                dropped.add(index - 1)
    for index in sorted(dropped, reverse=True):
        _remove(blocks[index])
    etree.strip_tags(body, "ref")
    for element in body.iter():  # a line break in the page's source is a space
        element.text = _one_line(element.text)
        element.tail = _one_line(element.tail)
    return len(dropped)


def _one_line(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text) if text else text


def _article_paragraphs(tree) -> list[str]:
    """The paragraphs of the page's largest ``<article>`` (or articleBody), without
    asides, captions and link-only paragraphs."""
    best: list[str] = []
    for article in tree.xpath("//article | //*[@itemprop='articleBody']"):
        found = []
        for paragraph in article.iter("p"):
            if any(a.tag in _OUTSIDE for a in paragraph.iterancestors()):
                continue
            text = shown_text(paragraph)
            linked = sum(_letters(a.text_content()) for a in paragraph.iter("a"))
            if text and linked < LINK_SHARE * _letters(text):
                found.append(text)
        if sum(len(p.split()) for p in found) > sum(len(p.split()) for p in best):
            best = found
    return best


def main_paragraphs(document, tree) -> list[str]:
    """The page's article as paragraphs (see the module's docstring)."""
    from trafilatura.xml import xmltotxt

    body = getattr(document, "body", None)
    if body is not None:
        without_link_lists(body)
        text = xmltotxt(body, False)
    else:
        text = getattr(document, "text", None) or ""
    paragraphs = [p for p in (" ".join(line.split()) for line in text.splitlines()) if p]
    if tree is not None:
        article = _article_paragraphs(tree)
        words = sum(len(p.split()) for p in paragraphs)
        found = sum(len(p.split()) for p in article)
        if found >= 150 and words < CUT_SHORT * found:
            return article
    return paragraphs

