"""What a saved web page says of itself, as a person citing it would read it: the
headline it prints, the byline nearest that headline, the date printed with it, and
the publication's name.

Three kinds of evidence are weighed: what the page prints for a reader (its ``<h1>``,
the byline and date near it), its JSON-LD, and its meta tags (with what trafilatura
read from them). Where they disagree the printed form wins: social-media and search
titles, page-wide meta authors ("Condé Nast"), script timestamps rolled over to UTC and
a site header's "today" are what the metadata gets wrong. Every decision keeps what
decided it in ``PageEvidence``."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from ..model import Author, Metadata
from ..words.lexicon import MINOR_WORDS
from .bylines import parse_byline, split_byline
from .dates import StampedDate, days_apart, find_dates, metadata_date
from .page_text import NEVER_SHOWN, shown_text

_SKIPPED = {"script", "style", "noscript", "template", "svg", "head", "title", "meta",
            "link", "iframe", "button", "select", "option", "input", "textarea"}
_OUTSIDE = {"nav", "footer", "aside", "form"}
_BLOCKS = {"div", "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br",
           "section", "header", "footer", "article", "aside", "table", "tr", "td", "th",
           "dl", "dt", "dd", "figure", "figcaption", "blockquote", "address", "main", "hr"}
_BYLINE_CLASS_RE = re.compile(r"byline|author|contributor|writer|creator|reporter",
                              re.IGNORECASE)
_NOT_BYLINE_CLASS_RE = re.compile(r"bio\b|about|avatar|image|img|photo|social|follow"
                                  r"|share|more-by|related|comment", re.IGNORECASE)
_DATE_CLASS_RE = re.compile(r"date|time|publish|posted|updated|timestamp|dateline|meta",
                            re.IGNORECASE)
_BY_TEXT_RE = re.compile(r"^(?:[\w/.-]+\s+){0,3}by\b", re.IGNORECASE)
_HEADLINE_CLASS_RE = re.compile(r"headline|\bhed\b|__hed|title", re.IGNORECASE)
_TITLE_SEPARATORS_RE = re.compile(r"\s+[|–—·•:-]\s+|:\s+|\s+::\s+")
_WORD_RE = re.compile(r"[^\W_]+")
# How far (in elements, in document order) a byline or date may be from the headline.
NEAR = 400
_ARTICLE_TYPES = re.compile(r"Article|Posting|Report|NewsArticle|Blog|WebPage",
                            re.IGNORECASE)
_DATE_KEYS = ("article:published_time", "article:published", "og:pubdate", "pubdate",
              "datepublished", "dc.date", "dc.date.issued", "dcterms.created",
              "sailthru.date", "parsely-pub-date", "publish-date", "publishdate",
              "date", "pdate", "sn-post-date", "displaydate", "original-publish-date")
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "sailthru.author", "byl",
                "parsely-author", "citation_author", "og:article:author")


@dataclass
class PageEvidence:
    """What decided each field: the rule that won and the candidates it beat."""

    decided: dict[str, str] = field(default_factory=dict)


@dataclass
class _Facts:
    meta: dict[str, list[str]]
    linked: list[dict]  # JSON-LD objects, flattened
    order: dict
    evidence: PageEvidence


# -- reading the page ------------------------------------------------------------


def _visible(element) -> bool:
    for ancestor in element.iterancestors():
        if not isinstance(ancestor.tag, str) or ancestor.tag in _SKIPPED \
                or ancestor.tag in _OUTSIDE:
            return False
    return True


def segmented_text(element) -> str:
    """The element's text with a line break between blocks ("Staff Writer" under "Meg
    James"), and between inline pieces that a page runs together ("Meg JamesStaff
    Writer", "Nov 15, 20195:45 AM"), but not inside a word split by styling
    ("Matsaki<span>s</span>")."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else None
        if tag is None or tag in _SKIPPED:
            return
        mark = "\n" if tag in _BLOCKS else "\x00"
        parts.append(mark)
        parts.append(node.text or "")
        for child in node:
            walk(child)
            parts.append(child.tail or "")
        parts.append(mark)

    walk(element)
    text = re.sub(r"(?<=[a-z.\d])\x00+(?=[A-Z\d])", "\n", "".join(parts))
    lines = (" ".join(line.split()) for line in text.replace("\x00", "").split("\n"))
    return "\n".join(line for line in lines if line)


def _meta_tags(tree) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for tag in tree.iter("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), []).append(" ".join(content.split()))
    return found


def _linked_data(tree) -> list[dict]:
    """Every JSON-LD object in the page (``@graph`` and lists unrolled)."""
    objects: list[dict] = []

    def add(value, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(value, list):
            for item in value:
                add(item, depth + 1)
        elif isinstance(value, dict):
            objects.append(value)
            if "@graph" in value:
                add(value["@graph"], depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            add(json.loads(script.text or "", strict=False))
        except (ValueError, RecursionError):
            continue
    return objects


def _types(item: dict) -> str:
    kind = item.get("@type")
    return " ".join(kind) if isinstance(kind, list) else str(kind or "")


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [_unescaped(value)]
    if isinstance(value, dict):
        return _strings(value.get("name"))
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _unescaped(value: str) -> str:
    return " ".join(html.unescape(value).split())


def _articles(linked: list[dict]) -> list[dict]:
    return [item for item in linked if _ARTICLE_TYPES.search(_types(item))
            and (item.get("headline") or item.get("datePublished") or item.get("author"))]


# -- headline --------------------------------------------------------------------


def _words(text: str) -> set[str]:
    """The words that make a title this title: not "the", "of", possessives aside."""
    return {w for w in (re.sub(r"['’]s$", "", w) for w in _WORD_RE.findall(text.lower()))
            if (len(w) > 1 or w.isdigit()) and w not in MINOR_WORDS}


def _likeness(text: str, other: str) -> float:
    """How much of ``text``'s words ``other`` has (0 to 1)."""
    mine = _words(text)
    return len(mine & _words(other)) / len(mine) if mine else 0.0


def _headline(tree, titles: list[str], body: str, facts: _Facts):
    """The printed headline: of the page's ``<h1>``s (and elements marked as its
    headline), the one most like what the metadata and trafilatura call the title;
    of equals (a sticky header repeats it), the one a byline follows most closely.
    Returns (element, text) or (None, None)."""
    lines = {" ".join(line.split()).lower() for line in body.splitlines()[:8]}
    bylines = [e for _, _, e, _ in _byline_regions(tree, None, facts)]
    scored = []
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marked = element.tag in ("h1", "h2") and _HEADLINE_CLASS_RE.search(
            f"{element.get('class', '')} {element.get('itemprop', '')}")
        if element.tag != "h1" and not marked:
            continue
        text = shown_text(element)
        if not 8 <= len(text) <= 300 or len(text.split()) < 2 or not _visible(element):
            continue
        score = max((_likeness(text, t) for t in titles), default=0.0)
        if text.lower() in lines:
            score += 0.5
        score += 0.1 if element.tag == "h1" else 0.0
        at = facts.order.get(element, 0)
        if any(0 < facts.order.get(e, 0) - at <= 40 for e in bylines):
            score += 0.3  # a byline sits under it, as under a headline
        scored.append((score, element, text))
    best_score = max((score for score, _, _ in scored), default=0.0)
    if best_score < 0.6:
        return None, None
    tied = [(element, text) for score, element, text in scored if score >= best_score - 0.05]
    if len(tied) > 1:
        tied.sort(key=lambda pair: min((_nearness(e, pair[0], facts) for e in bylines),
                                       default=0.0))
    facts.evidence.decided["title"] = f"printed headline (score {best_score:.2f})"
    return tied[0]


_MARKS = "\"'‘’“”"


def _with_marks(printed: str, titles: list[str]) -> str:
    """The printed headline, or the same words from the metadata when they carry the
    quotation marks the page shows as italics ("'The Interview' Is a Pretty Smart
    Movie" for an italic *The Interview*)."""
    def marks(text: str) -> int:
        return sum(text.count(m) for m in _MARKS)

    words = _WORD_RE.findall(printed.lower())
    for title in titles:
        if _WORD_RE.findall(title.lower()) == words and marks(title) > marks(printed):
            return title
    return printed


def _site_affixes(title: str | None, headline: str | None) -> list[str]:
    """What ``<title>`` adds to the headline: "Headline | World | News | Express.co.uk"
    -> ["Express.co.uk", "News", "World"] (the site's name is usually the far end)."""
    if not title:
        return []
    parts = [p.strip() for p in _TITLE_SEPARATORS_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return []
    if headline:
        kept = [p for p in parts if _likeness(p, headline) < 0.5]
        if len(kept) == len(parts):
            return []
        return kept[::-1] if _likeness(parts[0], headline) >= 0.5 else kept
    return [parts[-1]]


# -- outlet ----------------------------------------------------------------------


def registered_name(url: str | None) -> str | None:
    """``https://hosted.ap.org/x`` -> ``ap``; ``www.express.co.uk`` -> ``express``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    if len(labels) >= 3 and labels[-2] in ("co", "com", "org", "net", "gov", "ac", "ne"):
        return labels[-3]
    return labels[-2]


def fits_domain(name: str, domain: str) -> bool:
    """Whether ``domain`` spells ``name`` by its words, each whole, as its initial, or
    left out: "The New York Times" ~ nytimes, "Associated Press" ~ ap, "Twin Cities
    Pioneer Press" ~ twincities; "Hosted" is not ap."""
    name = re.sub(r"\.(?:com|co\.uk|org|net|ca|co|uk|au)$", "", name.lower())
    words = [w for w in _WORD_RE.findall(name) if w != "the"] or _WORD_RE.findall(name)
    ways = {0}
    for word in words:
        ways = ways | {at + len(piece) for at in ways for piece in (word, word[0])
                       if domain.startswith(piece, at)}
    return len(domain) in ways


def _outlet(facts: _Facts, affixes: list[str], url: str | None, sitename: str | None,
            byline_organisations: list[str]) -> str | None:
    meta, linked = facts.meta, facts.linked
    publishers = [name for item in _articles(linked) for name in _strings(item.get("publisher"))]
    publishers += [name for item in linked if re.search(r"Organization", _types(item))
                   and not _ARTICLE_TYPES.search(_types(item)) for name in _strings(item.get("name"))]
    candidates = [
        *(("JSON-LD publisher", n) for n in publishers),
        *(("og:site_name", n) for n in meta.get("og:site_name", [])),
        *(("title", n) for n in affixes),
        *(("application name", n) for n in meta.get("application-name", [])
          + meta.get("apple-mobile-web-app-title", [])),
        *((("trafilatura", sitename),) if sitename else ()),
        *(("byline", n) for n in byline_organisations),
    ]
    candidates = [(rule, _unescaped(name)) for rule, name in candidates
                  if name and len(name) <= 60 and "://" not in name
                  and not (name.islower() and " " not in name)]
    domain = registered_name(url)
    if domain:
        for rule, name in candidates:
            if fits_domain(name, domain):
                facts.evidence.decided["outlet"] = f"{rule}, fits {domain}"
                return _heading_case(name)
    if candidates:
        facts.evidence.decided["outlet"] = candidates[0][0]
        return _heading_case(candidates[0][1])
    return None


def _heading_case(name: str) -> str:
    """"the Guardian" (as the site writes itself mid-sentence) -> "The Guardian", as a
    citation's element opens; a name whose first word mixes cases ("eNCA", "theJournal.ie
    News") is kept as written."""
    first, space, rest = name.partition(" ")
    if space and first.isalpha() and first.islower() and rest[:1].isupper():
        return first.capitalize() + space + rest
    return name


# -- byline ----------------------------------------------------------------------


def _nearness(element, anchor, facts: _Facts) -> float:
    """Distance in document order from the headline; a byline before it counts
    half again as far."""
    if anchor is None:
        return float(facts.order.get(element, 0))
    gap = facts.order.get(element, 0) - facts.order.get(anchor, 0)
    return gap if gap >= 0 else -1.5 * gap


def _byline_regions(tree, anchor, facts: _Facts):
    """Elements that hold a byline, nearest the headline first: marked as one by
    their class, id, itemprop or rel, or starting "By …"."""
    def holds_byline(element, marks: str) -> bool:
        return bool(_BYLINE_CLASS_RE.search(marks) and not _NOT_BYLINE_CLASS_RE.search(marks)
                    or _BY_TEXT_RE.match((element.text or "").strip()))

    return _near(tree, anchor, facts, holds_byline, 3, 300)


def _near(tree, anchor, facts: _Facts, wanted, shortest: int, longest: int):
    """(distance, position, element, text) of the visible elements ``wanted(element,
    marks)`` picks near the headline, with ``shortest`` to ``longest`` characters of
    text; nearest first."""
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        marks = " ".join(element.get(k, "") for k in ("class", "id", "itemprop", "rel"))
        if not wanted(element, marks):
            continue
        distance = _nearness(element, anchor, facts)
        if anchor is not None and distance > NEAR:
            continue
        text = segmented_text(element)
        if shortest <= len(text) <= longest and _visible(element):
            found.append((distance, facts.order.get(element, 0), element, text))
    found.sort(key=lambda item: item[:2])
    return found


def _metadata_authors(facts: _Facts, extracted_author: str | None, outlet: str | None,
                      publishers: set[str]) -> tuple[list[Author], str]:
    """The authors the page's JSON-LD or meta tags name, without its publisher."""
    for item in _articles(facts.linked):
        authors = []
        for person in item.get("author") if isinstance(item.get("author"), list) \
                else [item.get("author")]:
            for name in _strings(person):
                if name.lower() in publishers:
                    continue
                organisation = isinstance(person, dict) and "Organization" in _types(person)
                found = [Author(literal=name)] if organisation else split_byline(name, outlet)
                authors += [a for a in found if a not in authors]
        if authors:
            return authors, "JSON-LD author"
    for key in _AUTHOR_KEYS:
        for value in facts.meta.get(key, []):
            if "://" in value or value.lower() in publishers:
                continue
            authors = split_byline(value, outlet)
            if authors:
                return authors, f"meta {key}"
    if extracted_author:
        names = [n for n in extracted_author.split(";") if n.strip().lower() not in publishers]
        authors = split_byline("; ".join(names), outlet)
        if authors:
            return authors, "trafilatura"
    return [], ""


# -- date ------------------------------------------------------------------------


def _date_regions(tree, anchor, facts: _Facts, bylines) -> list[tuple[float, str]]:
    """Texts near the headline that may print its date: ``<time>`` elements, elements
    marked as dates, and the bylines."""
    def holds_date(element, marks: str) -> bool:
        return element.tag == "time" or bool(_DATE_CLASS_RE.search(marks))

    regions = [(distance, text) for distance, _, _, text in bylines]
    regions += [(distance, text) for distance, _, _, text
                in _near(tree, anchor, facts, holds_date, 1, 200)]
    regions.sort(key=lambda item: item[0])
    return regions


def _stamped_dates(facts: _Facts, extracted_date: str | None) -> list[tuple[str, StampedDate]]:
    found = []
    for item in _articles(facts.linked):
        for key in ("datePublished", "dateCreated"):
            stamp = metadata_date(item.get(key))
            if stamp:
                found.append((f"JSON-LD {key}", stamp))
    for key in _DATE_KEYS:
        for value in facts.meta.get(key, []):
            stamp = metadata_date(value)
            if stamp:
                found.append((f"meta {key}", stamp))
    stamp = metadata_date(extracted_date)
    if stamp:
        found.append(("trafilatura", stamp))
    return found


def _url_date(url: str | None) -> str | None:
    """The date in a URL's path (/2019/11/19/, /2019-11-19/, 20191115): the day it was
    published where it was published."""
    if not url:
        return None
    path = urlsplit(url).path
    match = re.search(r"(?<!\d)((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?!\d)", path) \
        or re.search(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?!\d)", path)
    if not match:
        return None
    stamp = metadata_date(f"{match[1]}-{int(match[2]):02d}-{int(match[3]):02d}")
    return stamp.iso if stamp else None


def _date(facts: _Facts, regions, extracted_date: str | None,
          url: str | None) -> tuple[str | None, str | None]:
    """(date, date_source): the date printed nearest the headline (an "Updated" one
    only when nothing else is printed and no metadata says otherwise); else the
    metadata's publication date on the publisher's own calendar."""
    stamps = _stamped_dates(facts, extracted_date)
    published = [d for d, text in regions for d in [*find_dates(text)]]
    first = [d for d in published if not d.updated]
    if first:
        chosen = first[0]
        facts.evidence.decided["date"] = "printed near the headline"
        # The page's own metadata and URL (not trafilatura's reading of the same text).
        known = [s.iso for rule, s in stamps if rule != "trafilatura"]
        known += [d for d in (_url_date(url),) if d]
        return chosen.settled(known), "printed"
    local = _local_date(stamps, url)
    if local:
        return local, "file"
    if published:
        facts.evidence.decided["date"] = "printed as updated (no other date)"
        return published[0].settled(), "printed"
    return None, None


def _local_date(stamps: list[tuple[str, StampedDate]], url: str | None) -> str | None:
    """The metadata's publication date as the publisher's calendar has it: a time
    with its own offset is already local; a UTC time that the URL's date puts a day
    earlier is that day."""
    if not stamps:
        return None
    zoned = [s for _, s in stamps if s.zone == "local"]
    stamp = zoned[0] if zoned else stamps[0][1]
    from_url = _url_date(url)
    if stamp.zone != "local" and from_url and days_apart(from_url, stamp.iso) == 1:
        return from_url
    return stamp.iso


# -- the whole -------------------------------------------------------------------


def page_metadata(tree, extracted, body: str) -> tuple[Metadata, PageEvidence]:
    """The page's citation metadata. ``tree``: the page parsed (before trafilatura
    changes it); ``extracted``: trafilatura's document (its metadata read from the
    same page); ``body``: the main text."""
    evidence = PageEvidence()
    facts = _Facts(_meta_tags(tree), _linked_data(tree),
                   {element: index for index, element in enumerate(tree.iter())}, evidence)
    meta = facts.meta
    head_title = next((" ".join(t.text_content().split()) for t in tree.iter("title")), None)
    articles = _articles(facts.linked)
    titles = [t for t in (*meta.get("og:title", []), *meta.get("twitter:title", []),
                          *[h for item in articles for h in _strings(item.get("headline"))],
                          _shown_title(tree, getattr(extracted, "title", None)), head_title)
              if t]
    anchor, headline = _headline(tree, [_unescaped(t) for t in titles], body, facts)
    if headline is None:
        headline = next((_unescaped(t) for t in titles), None)
        evidence.decided["title"] = "metadata title"
    else:
        headline = _with_marks(headline, [_unescaped(t) for t in titles])
    url = _clean_url(getattr(extracted, "url", None)
                     or next(iter(meta.get("og:url", [])), None))
    affixes = _site_affixes(head_title, headline)
    bylines = _byline_regions(tree, anchor, facts)
    organisations = [o for _, _, _, text in bylines[:3] for o in parse_byline(text)[1]]
    outlet = _outlet(facts, affixes, url, getattr(extracted, "sitename", None), organisations)
    if outlet:
        headline = _without_outlet(headline, outlet)
    publishers = {p.lower() for item in articles for p in _strings(item.get("publisher"))}
    publishers |= {p.lower() for p in meta.get("og:site_name", [])}
    publishers |= {o.lower() for o in _copyright_holders(tree)}
    authors: list[Author] = []
    for distance, _, element, text in bylines:
        authors = split_byline(text, outlet)
        if authors and not all(a.name.lower() in publishers for a in authors):
            evidence.decided["authors"] = f"printed byline ({int(distance)} from the headline)"
            break
        authors = []
    if not authors:
        authors, rule = _metadata_authors(facts, getattr(extracted, "author", None), outlet,
                                          publishers)
        evidence.decided["authors"] = rule or "none"
    date, date_source = _date(facts, _date_regions(tree, anchor, facts, bylines),
                              getattr(extracted, "date", None), url)
    return Metadata(outlet=outlet, title=headline, authors=tuple(authors), date=date,
                    date_source=date_source, url=url), evidence


def _shown_title(tree, title: str | None) -> str | None:
    """trafilatura's title as a reader sees it: read from a heading with a script or
    style in it, it keeps their code ("Headline alert(1)")."""
    if not title:
        return title
    letters = "".join(title.split())
    for element in _titled_with_code()(tree):
        if "".join(element.text_content().split()) == letters:
            return shown_text(element) or None
    return title


@lru_cache(maxsize=1)
def _titled_with_code():
    """The elements trafilatura takes a title from, when one holds a script or a style
    (compiled once)."""
    from lxml.etree import XPath

    # (from the few scripts and styles up, not from every element down)
    return XPath(
        "(" + "|".join(f"//{t}" for t in NEVER_SHOWN) + ")/ancestor::*[self::h1 or self::h2"
        " or self::h3 or contains(@class, 'title') or contains(@class, 'headline')"
        " or contains(@id, 'title') or contains(@id, 'headline')"
        " or contains(@itemprop, 'headline')]")


def _copyright_holders(tree) -> list[str]:
    """Who a "© 2019 Condé Nast" line names: a publisher, never an author."""
    holders = []
    for text in tree.xpath("//footer//text() | //*[contains(@class,'copyright')]//text()"):
        match = re.search(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?([A-Z][\w'’. &-]{2,40})",
                          str(text), re.IGNORECASE)
        if match:
            holders.append(match.group(1).strip(" .,"))
    return holders


def _without_outlet(title: str | None, outlet: str | None) -> str | None:
    """"Headline | WIRED" -> "Headline": the site's name is the outlet, not the title."""
    if title and outlet:
        for separator in (" | ", " - ", " – ", " — ", " :: "):
            head, _, tail = title.rpartition(separator)
            if head and tail.strip().lower() == outlet.lower():
                return head.strip()
    return title


def _clean_url(value: object) -> str | None:
    if isinstance(value, str) and value.strip().startswith(("http://", "https://")):
        return value.strip()
    return None
