"""Page furniture that the main-text extraction keeps: calls to follow or subscribe, an
author's bio, a comments note, a newsletter box, a promotional line in capitals. Found
by where each paragraph sits in the page and how it is set, never by its words.

Each paragraph of the main text is found again in the page. The article's *body* is the
deepest element holding most of their words; each paragraph sits in a *box*, the child
of the body it is in (often the paragraph itself), and the body's paragraphs come in a
few *shapes* (the tag and class of the paragraph and of its box). A paragraph is *set
apart* when it lies outside the body, has a shape the body's paragraphs do not, or is
set wholly in italics or bold while they are not. Furniture is:

- at the end of the article, the set-apart paragraphs from the first whose box holds a
  link, a button or a form, that lies outside the body, or that starts with the name of
  one of the article's authors ("Follow us on …", a bio, a subscription box, and the
  comments note after them). A
  set-apart note with none of these (a correction) stays, as does anything before it;
- anywhere, a set-apart box that holds a form or a button (a newsletter sign-up);
- anywhere, a short line in capitals that holds a link ("CLICK HERE TO GET THE APP").

A paragraph that cannot be found in the page is taken as the body's."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from lxml.etree import XPath

# The page's visible text, piece by piece (a piece's parent is the element it is in).
_TEXTS = XPath("//body//text()[normalize-space()][not(parent::script or parent::style "
               "or parent::noscript or parent::template or ancestor::svg)]")
_EMPHASIS = {"i", "em", "b", "strong", "small", "cite"}
_CONTROLS = ("form", "input", "button", "select", "textarea")
_BUTTON_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.IGNORECASE)
# Boxes that hold the article's own text: quotations, lists, tables.
_CONTENT_BOXES = {"blockquote", "ul", "ol", "dl", "table", "pre"}
BODY_SHARE = 0.8  # the body holds this share of the located words
SHAPE_SHARE = 0.1  # a shape with this share of the body's words is a body shape
LONGEST_NOTE = 100  # words: a longer paragraph is never dropped as furniture
MOST_DROPPED = 1 / 3  # of the words: never drop more
CAPITALS_WORDS = 15
NEAR_LETTERS = 20_000  # how far past the last paragraph found the next is looked for
FULL_SEARCHES = 20  # searches of the whole page for a paragraph not found there


@dataclass
class _Paragraph:
    text: str
    words: int
    element: object = None
    box: object = None  # the child of the body it sits in
    own: object = None  # its own box (``_own_boxes``)
    outside: bool = False

    @property
    def shape(self) -> tuple:
        if self.element is None:
            return ()
        return (self.box.tag, _kind(self.box), self.element.tag, _kind(self.element))


def _kind(element) -> str:
    """An element's class without numbers: "storypgraph50" and "storypgraph51" are
    paragraphs of one kind."""
    return " ".join(re.sub(r"\d+", "", element.get("class", "")).split())


_NOT_LETTERS_RE = re.compile(r"[\W_]+")


def _normal(text: str) -> str:
    """Letters and digits only, in lower case: a paragraph as the page's text holds it,
    whatever the spacing, markup and quotation marks."""
    return _NOT_LETTERS_RE.sub("", text.lower())


def _locate(tree, paragraphs: list[_Paragraph]) -> None:
    """Each paragraph's element: the deepest whose text is the paragraph's. The page's
    text is read once, as one string of letters with the element each piece is in; a
    paragraph is looked up in it and the element around its start widened until its
    text is the paragraph's (or longer: then it is not found)."""
    letters, starts, owners = [], [], []
    at = 0
    for node in _TEXTS(tree):
        owner = node.getparent() if node.is_text else node.getparent().getparent()
        if owner is None:
            continue
        piece = _normal(node)
        if piece:
            letters.append(piece)
            starts.append(at)
            owners.append(owner)
            at += len(piece)
    text = "".join(letters)
    cursor, searches = 0, FULL_SEARCHES
    for paragraph in paragraphs:
        key = _normal(paragraph.text)
        if not key:
            continue
        # Paragraphs come in the page's order: looked for just after the last one found
        # (linear in the page), and from the top only a few times (a headline placed
        # first, a paragraph found nowhere).
        position = text.find(key, cursor, cursor + len(key) + NEAR_LETTERS)
        if position < 0 and searches:
            searches -= 1
            position = text.find(key)
        if position < 0:
            continue
        cursor = position + len(key)
        element = owners[bisect_right(starts, position) - 1]
        while element is not None and isinstance(element.tag, str):
            held = _normal(element.text_content())
            if held == key:
                paragraph.element = element
                break
            if len(held) > len(key):
                break
            element = element.getparent()


def _body(paragraphs: list[_Paragraph]):
    """The deepest element holding ``BODY_SHARE`` of the located paragraphs' words."""
    words: Counter = Counter()
    depth: dict = {}
    total = 0
    for paragraph in paragraphs:
        if paragraph.element is None:
            continue
        total += paragraph.words
        for level, ancestor in enumerate(reversed([paragraph.element,
                                                   *paragraph.element.iterancestors()])):
            words[ancestor] += paragraph.words
            depth[ancestor] = level
    held = [element for element, count in words.items() if count >= BODY_SHARE * total]
    return max(held, key=depth.__getitem__) if held else None


def _emphasised(element) -> bool:
    """All the element's own words are in italics or bold, links aside ("<i>Follow us
    on</i> <a>Instagram</a><i>.</i>")."""
    if element.tag in _EMPHASIS:
        return True

    def plain(text: str | None) -> bool:
        return not re.search(r"\w", text or "")

    def walk(node) -> bool:
        if not plain(node.text):
            return False
        return all((not isinstance(child.tag, str) or child.tag in _EMPHASIS
                    or child.tag == "a" or walk(child)) and plain(child.tail)
                   for child in node)

    return walk(element) and any(
        e.tag in _EMPHASIS and not plain(e.text_content()) for e in element.iter())


def _holds(box, *tags: str) -> bool:
    return any(True for _ in box.iter(*tags))


def _button(box) -> bool:
    return _holds(box, *_CONTROLS) or any(
        _BUTTON_CLASS_RE.search(e.get("class", "")) for e in box.iter()
        if isinstance(e.tag, str))


def _capitals(text: str) -> bool:
    """A short line in capitals: "SEE MORE", "CLICK HERE TO GET THE APP"."""
    if not 2 <= len(text.split()) <= CAPITALS_WORDS:
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def without_furniture(texts: list[str], tree, authors: list[str] = ()) -> list[str]:
    """``texts`` (the page's main-text paragraphs, in order) without the furniture the
    module's docstring describes; ``authors``: the byline's names (a closing note that
    starts with one is the author's bio)."""
    dropped = {i for i, reason in enumerate(furniture(texts, tree, authors)) if reason}
    return [text for i, text in enumerate(texts) if i not in dropped]


def furniture(texts: list[str], tree, authors: list[str] = ()) -> list[str | None]:
    """For each paragraph, why it is furniture ("tail", "box", "capitals"), or None."""
    none: list[str | None] = [None] * len(texts)
    paragraphs = [_Paragraph(t, len(t.split())) for t in texts]
    if tree is None or len(paragraphs) < 3:
        return none
    _locate(tree, paragraphs)
    body = _body(paragraphs)
    if body is None:
        return none
    _place(paragraphs, body)
    apart = _set_apart(paragraphs)
    _own_boxes(paragraphs, apart, body)
    reasons = none[:]
    for index in _tail(paragraphs, apart, authors):
        reasons[index] = "tail"
    for index, paragraph in enumerate(paragraphs):
        if paragraph.element is None or reasons[index]:
            continue
        own = paragraph.own
        if apart[index] and own is not paragraph.element \
                and own.tag not in _CONTENT_BOXES and _button(own):
            reasons[index] = "box"
        elif _capitals(paragraph.text) and _holds(paragraph.element, "a"):
            reasons[index] = "capitals"
    dropped = sum(p.words for p, reason in zip(paragraphs, reasons) if reason)
    if dropped > MOST_DROPPED * sum(p.words for p in paragraphs):
        return none  # the page was not understood: keep it all
    return reasons


def _place(paragraphs: list[_Paragraph], body) -> None:
    """Whether each paragraph lies outside the body, and its box."""
    for paragraph in paragraphs:
        element = paragraph.element
        if element is None:
            continue
        ancestors = list(element.iterancestors())
        paragraph.outside = body is not element and body not in ancestors
        paragraph.box = element
        if not paragraph.outside and body is not element:
            paragraph.box = [element, *ancestors][ancestors.index(body)]


def _own_boxes(paragraphs: list[_Paragraph], apart: list[bool], body) -> None:
    """Each set-apart paragraph's own box: the largest element around it, inside the
    body, that holds none of the body's own paragraphs (a subscription box's heading,
    text and button; a bio's paragraph, never the whole article)."""
    holding = {body}  # the elements that hold one of the body's paragraphs
    for paragraph, away in zip(paragraphs, apart):
        if paragraph.element is not None and not away:
            holding.update((paragraph.element, *paragraph.element.iterancestors()))
    for paragraph, away in zip(paragraphs, apart):
        paragraph.own = paragraph.element
        if not away or paragraph.outside:
            continue
        for ancestor in paragraph.element.iterancestors():
            if ancestor in holding:
                break
            paragraph.own = ancestor


def _set_apart(paragraphs: list[_Paragraph]) -> list[bool]:
    """Which paragraphs are set apart from the body (see the module's docstring). A
    paragraph not found in the page counts as the body's (shares are of all words)."""
    inside = [p for p in paragraphs if p.element is not None and not p.outside]
    words: Counter = Counter()
    for paragraph in inside:
        words[paragraph.shape] += paragraph.words
    total = sum(p.words for p in paragraphs) or 1
    top = words.most_common(1)[0][0] if words else ()
    shapes = {shape for shape, count in words.items()
              if count >= SHAPE_SHARE * total} | {top}
    emphasised = {id(p) for p in inside if _emphasised(p.element)}
    italic_body = sum(p.words for p in inside if id(p) in emphasised) > 0.2 * total
    return [p.element is not None and (
        p.outside or p.shape not in shapes or (id(p) in emphasised and not italic_body))
        for p in paragraphs]


def _tail(paragraphs: list[_Paragraph], apart: list[bool], authors) -> set[int]:
    """The furniture at the end: in the closing run of set-apart paragraphs, the first
    with a link, a button or a form in its box, that lies outside the body, or that
    starts with an author's name (their bio), and all after it."""
    start = len(paragraphs)
    while start > 0 and apart[start - 1]:
        start -= 1
    for index in range(start, len(paragraphs)):
        paragraph = paragraphs[index]
        if paragraph.outside or _holds(paragraph.own, "a", *_CONTROLS) or any(
                name and paragraph.text.startswith(name) for name in authors):
            tail = set(range(index, len(paragraphs)))
            if all(paragraphs[i].words <= LONGEST_NOTE for i in tail):
                return tail
            return set()
    return set()
