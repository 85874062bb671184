"""A Markdown file's front matter: the YAML between two ``---`` lines at its top, where
note apps and web clippers (Obsidian Web Clipper, MarkDownload, Jekyll, Hugo) keep the
page's title, authors, date and address.

Read with PyYAML's safe loader (plain data, never code), from at most its first 64 KB;
what it says becomes metadata the way a page's own does, and its lines stay in the text
as furniture (``blocks`` marks them), never quotes."""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Author, Metadata
from ..neutralise import error_line, neutral_line

_OPEN_RE = re.compile(r"---[ \t]*\n(?=[ \t]*[\w\"'-]+[ \t]*:)")  # "---", then "key:"
_CLOSE_RE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_MAX_CHARACTERS = 64 * 1024
# The names each field goes by in the tools that write front matter. "created" and
# "modified" are the day of the clipping, never the article's date.
_TITLE = ("title",)
_AUTHORS = ("author", "authors", "by", "byline", "creator")
_DATE = ("published", "date", "publish_date", "date_published", "pubdate", "pub_date")
_URL = ("source", "url", "link", "canonical_url", "original_url")
_OUTLET = ("site", "site_name", "publisher", "publication", "outlet")
_WIKI_LINK_RE = re.compile(r"^\[\[(?:[^|\]]*\|)?([^\]]*)\]\]$")  # "[[Ann Lee]]"
_ISO_START_RE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?![\d])")


def front_matter_end(text: str) -> int:
    """Where the front matter ends (just past its closing line), or 0 when the text
    has none: it opens on ``---`` with a ``key:`` line next, and closes within 64 KB."""
    opened = _OPEN_RE.match(text)
    if opened is None:
        return 0
    closed = _CLOSE_RE.search(text, opened.end(), _MAX_CHARACTERS)
    return closed.end() if closed else 0


def front_matter_span(text: str) -> int:
    """Where the front matter ends, or 0 when the text has none that says anything of
    the article: an opening rule and a dateline ("WASHINGTON: …") are the article's."""
    end = front_matter_end(text)
    return end if end and _read(text[:end]) is not None else 0


def front_matter_problem(text: str) -> str | None:
    """Why a Markdown file's front matter (a ``---`` block at its top) says nothing, when
    it is not YAML; None when it is, or when there is none."""
    end = front_matter_end(text)
    if not end or _read(text[:end]) is not None:
        return None
    try:
        _load(text[:end])
    except Exception as error:  # noqa: BLE001 - said in the warning
        reason = error_line(error, 80)
        return f"its front matter is not valid YAML ({reason}): kept as text"
    return None


def front_matter(text: str) -> Metadata | None:
    """What the front matter says of the article, or None when there is none, it is
    not a mapping of YAML or it gives none of the fields a citation takes."""
    end = front_matter_end(text)
    return _read(text[:end]) if end else None


@lru_cache(maxsize=4)  # asked by the blocks and by the metadata of the same text
def _read(block: str) -> Metadata | None:
    """What the front matter ``block`` (its lines from the opening rule to the closing
    one) says; keyed by the block only, never a whole article's text."""
    try:
        fields = _load(block)
    except Exception:  # noqa: BLE001 - bad YAML is no metadata (said by front_matter_problem)
        return None
    if not isinstance(fields, dict):
        return None
    fields = {str(k).strip().lower(): v for k, v in fields.items()}
    if not any(name in fields for name in (*_TITLE, *_AUTHORS, *_DATE, *_URL, *_OUTLET)):
        return None
    date = _date(_first(fields, _DATE))
    url = _text(_first(fields, _URL))
    return Metadata(
        title=_text(_first(fields, _TITLE)),
        authors=_authors(_first(fields, _AUTHORS)),
        outlet=_text(_first(fields, _OUTLET)),
        date=date, date_source="file" if date else None,
        url=url if url and url.lower().startswith(("http://", "https://")) else None)


def _load(block: str) -> object:
    """The YAML between the front matter ``block``'s rules, as plain data; raises when
    it is not YAML."""
    import yaml  # only for a file that has front matter

    inside = block[block.index("\n") + 1:block.rindex("\n", 0, len(block)) + 1]
    return yaml.load(inside, Loader=_lenient_loader())  # noqa: S506 - a safe loader


@lru_cache(maxsize=1)
def _lenient_loader() -> type:
    """PyYAML's safe loader, where one value that cannot be built as its tag says
    (``date: 2020-02-30``, a tag no reader knows, ``!!int abc``) is read as its text,
    or left out when it is a list or a mapping, instead of failing the whole front
    matter: a day no calendar has then meets the check every date meets, and the
    title, authors and address still count."""
    import yaml

    class LenientLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        def construct_object(self, node, deep=False):
            deep_before = self.deep_construct
            try:
                return super().construct_object(node, deep)
            except Exception:  # noqa: BLE001 - any value the safe loader cannot build
                # (PyYAML leaves its bookkeeping of this node half done)
                self.recursive_objects.pop(node, None)
                self.deep_construct = deep_before
                text = node.value if isinstance(node, yaml.ScalarNode) else None
                self.constructed_objects[node] = text
                return text

    return LenientLoader


def _first(fields: dict, names: tuple[str, ...]) -> object:
    return next((fields[n] for n in names if fields.get(n) not in (None, "", [])), None)


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return neutral_line(_WIKI_LINK_RE.sub(r"\1", value.strip())).strip() or None


def _authors(value: object) -> tuple[Author, ...]:
    """A byline, or a list of names ("[[Ann Lee]]" as Obsidian links them)."""
    from .bylines import split_byline

    names = value if isinstance(value, list) else [value]
    # ("author: [[Ann Lee]]" without quotes is, to YAML, a list in a list)
    names = [n for name in names for n in (name if isinstance(name, list) else [name])]
    authors: list[Author] = []
    for name in names[:100]:
        text = _text(name)
        if text:
            authors += [a for a in split_byline(text) if a not in authors]
    return tuple(authors)


def _date(value: object) -> str | None:
    """An ISO date from a YAML date, or from text that prints one."""
    from .dates import find_dates, written_date

    written = written_date(value)  # "date: 2019-11-19", "date: 2019"
    if written or not isinstance(value, str):
        return written
    iso = _ISO_START_RE.match(value.strip())
    if iso:
        return iso.group()
    printed = find_dates(value)
    return printed[0].settled() if printed else None
