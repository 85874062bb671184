"""A folder's ``sources.toml``: per-source metadata and the people it names.

Kept apart from the metadata inference so that a start served from the parse cache
reads its sidecars without loading the parser."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from ..model import METADATA_FIELDS
from ..neutralise import error_line, neutral_line
from ..suffixes import SIDECAR_NAME
from .dates import written_date
from .metadata_limits import real_date
from .speakers import SpeakerBook

# Read as text: every field but the list of authors, and a byline as ``author``.
TEXT_FIELDS = (*(f for f in METADATA_FIELDS if f != "authors"), "author")
KINDS = ("interview", "profile", "news")  # what a source may be (PRODUCT.md)


@dataclass
class Sidecar:
    """What one ``sources.toml`` says: per-source entries and the people."""

    entries: dict[str, dict] = field(default_factory=dict)
    speakers: dict[str, dict] = field(default_factory=dict)


_MAX_BYTES = 16 << 20  # 30,000 entries of a few lines each fit many times over
# Read once per process while the file is unchanged: a large folder is parsed in
# batches, and a 10 MB sources.toml re-read for each batch of 50 files took a minute.
_read: dict[str, tuple[tuple, Sidecar, list[str]]] = {}


def read_sidecar(folder: Path, warnings: list[str]) -> Sidecar:
    """The folder's ``sources.toml``, checked: a value of the wrong type is left out
    with a warning (the rest is used); a file that is not TOML is ignored with one."""
    path = folder / SIDECAR_NAME
    try:
        info = os.stat(path)
    except OSError:
        return Sidecar()
    stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
    known = _read.get(str(path))
    if known is None or known[0] != stamp:
        found: list[str] = []
        known = _read[str(path)] = (stamp, _parse(path, found), found)
    warnings += known[2]
    return known[1]


def _parse(path: Path, warnings: list[str]) -> Sidecar:
    from .reading import UnreadableFile, read_regular

    try:
        data = tomllib.loads(read_regular(path, _MAX_BYTES).decode("utf-8-sig"))
    except UnreadableFile as error:
        warnings.append(f"{path}: ignored, {error}")
        return Sidecar()
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
        reason = ("nested too deeply" if isinstance(error, RecursionError)
                  else error_line(error))
        warnings.append(f"{path}: ignored, not valid TOML ({reason})")
        return Sidecar()
    entries = data.get("sources", {})
    speakers = data.get("speakers", {})
    if not isinstance(entries, dict) or not isinstance(speakers, dict):
        warnings.append(f"{path}: ignored, [sources] and [speakers] must be tables")
        return Sidecar()
    problems: list[tuple[str, str]] = []  # (where, what): "[sources.x]", "title should be text"
    # Keys are matched against source ids, which are neutralised the same way.
    sidecar = Sidecar(
        {neutral_line(k): _source(k, v, problems) for k, v in entries.items()
         if _table(f"sources.{k}", v, problems)},
        {neutral_line(k): _speaker(k, v, problems) for k, v in speakers.items()
         if _table(f"speakers.{k}", v, problems)})
    warnings += _problem_lines(path, problems)
    return sidecar


SHOWN_PER_PROBLEM = 3  # entries named for one problem; the rest are counted
SHOWN_PROBLEMS = 30  # lines for one file: a file of 2,000 bad entries is not 6,000 lines


def _problem_lines(path: Path, problems: list[tuple[str, str]]) -> list[str]:
    """A line for each problem, so each can be read (and mended) from `sources`; a
    problem many entries share is named for three of them and counted for the rest,
    and past SHOWN_PROBLEMS lines the rest are counted."""
    by_problem: dict[str, list[str]] = {}
    for where, what in problems:
        by_problem.setdefault(what, []).append(where)
    lines: list[tuple[str, int]] = []  # each line, and how many problems it tells of
    for what, places in by_problem.items():
        lines += [(f"{path}: {where} {what}: left out, the rest is used", 1)
                  for where in places[:SHOWN_PER_PROBLEM]]
        if len(places) > SHOWN_PER_PROBLEM:
            lines.append((f"{path}: … and {len(places) - SHOWN_PER_PROBLEM:,} more entries: "
                          f"{what}: left out, the rest is used", len(places) - SHOWN_PER_PROBLEM))
    if len(lines) > SHOWN_PROBLEMS:
        rest = sum(count for _, count in lines[SHOWN_PROBLEMS - 1:])
        lines[SHOWN_PROBLEMS - 1:] = [(f"{path}: … and {rest:,} more problems: left out, "
                                       "the rest is used", rest)]
    return [line for line, _ in lines]


def _table(name: str, value: object, problems: list[tuple[str, str]]) -> bool:
    if not isinstance(value, dict):
        problems.append((f"[{neutral_line(name)[:60]}]", "should be a table"))
        return False
    return True


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _source(name: str, entry: dict, problems: list[tuple[str, str]]) -> dict:
    """An entry with each field of the type the program reads it as; ``author`` may
    also be a list of names (kept as ``authors`` too)."""
    checked = dict(entry)
    where = f"[sources.{neutral_line(name)[:40]}]"
    date = written_date(entry.get("date"))
    if date:  # `date = 2019-11-19`, as TOML writes a date, or `date = 2012`
        entry = checked = {**checked, "date": date}
    if isinstance(entry.get("authors"), str):  # one byline: "Ann Bell and Cy Dunn"
        checked.setdefault("author", checked.pop("authors"))
        entry = checked.copy()
    for field in TEXT_FIELDS:
        value = entry.get(field)
        if field not in entry or isinstance(value, str) and (field != "date"
                                                              or real_date(value)):
            continue
        if field == "author" and _texts(value):
            checked["author"] = " and ".join(value)
            checked.setdefault("authors", list(value))
            continue
        del checked[field]
        problems.append((where, f"{field} {neutral_line(repr(value))[:30]} is not a real date"
                                if field == "date" and isinstance(value, str)
                                else f"{field} should be text"))
    kind = checked.get("kind")
    if isinstance(kind, str) and kind.strip().lower() not in KINDS:
        del checked["kind"]
        problems.append((where, f"kind should be one of {', '.join(KINDS)}"))
    url = checked.get("url")
    if isinstance(url, str) and not url.strip().lower().startswith(("http://", "https://")):
        # "javascript:…", "file:…": a citation's link is a web address or nothing.
        del checked["url"]
        problems.append((where, "url should be a web address (http:// or https://)"))
    if "authors" in entry and not isinstance(entry["authors"], list):
        del checked["authors"]
        problems.append((where, "authors should be a list of names"))
    boilerplate = entry.get("boilerplate")
    if isinstance(boilerplate, str):
        checked["boilerplate"] = [boilerplate]
    elif "boilerplate" in entry and not _texts(boilerplate):
        del checked["boilerplate"]
        problems.append((where, "boilerplate should be a list of text"))
    return checked


def _speaker(name: str, info: dict, problems: list[tuple[str, str]]) -> dict:
    """A person's entry with ``aliases`` a list of names (one name is a list of one)."""
    checked = dict(info)
    aliases = info.get("aliases")
    if isinstance(aliases, str):
        checked["aliases"] = [aliases]
    elif "aliases" in info and not _texts(aliases):
        del checked["aliases"]
        problems.append((f"[speakers.{neutral_line(name)[:40]}]",
                         "aliases should be a list of names"))
    return checked


def curated_people(sidecar: Sidecar) -> list[tuple[str, list[str], str | None]]:
    """The people the sidecar names: (name, aliases, pronoun)."""
    people = []
    for name, info in sidecar.speakers.items():
        aliases = [neutral_line(a) for a in info.get("aliases", []) if isinstance(a, str)]
        pronoun = info.get("pronoun") if info.get("pronoun") in ("he", "she") else None
        people.append((name, aliases, pronoun))
    return people


def register_speakers(book: SpeakerBook, sidecar: Sidecar) -> None:
    for name, aliases, pronoun in curated_people(sidecar):
        book.add(name, aliases, pronoun)


