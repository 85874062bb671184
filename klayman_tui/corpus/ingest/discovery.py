"""Find the article files under the paths a user gives, and say what was not read.

Folders are walked without recursion (990 nested folders are fine) and only regular
files are taken: a pipe or a device named like an article is reported, never opened.
One rule for links inside a folder: a symlink, to a folder (which can loop) or to a
file (which can be anywhere), is not followed, so every article read comes from inside
the folder opened; a path the user names is followed. Every file or folder left out gets a
warning line; many of one kind are grouped into one line.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..neutralise import neutral_line
from ..suffixes import HTML_SUFFIXES, PDF_SUFFIXES

TEXT_SUFFIXES = (".txt", ".md")
ARTICLE_SUFFIXES = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *PDF_SUFFIXES)
_SHOWN_PER_KIND = 3  # warnings of one kind named one by one; the rest are counted


class Found:
    """A file to read: ``file``, its path as a string (a Path for each of 30,000
    files costs 0.3 s); its ``source_id``; the ``folder`` its sources.toml would be in."""

    __slots__ = ("file", "source_id", "folder")

    def __init__(self, file: str, source_id: str, folder: Path) -> None:
        self.file, self.source_id, self.folder = file, source_id, folder

    def __repr__(self) -> str:
        return f"Found({self.file!r}, {self.source_id!r})"

    @property
    def path(self) -> Path:
        return Path(self.file)


class _Skipped:
    """Warnings grouped by kind, so 500 unreadable folders are one line, not 500."""

    def __init__(self) -> None:
        self.kinds: dict[str, list[str]] = {}

    def add(self, kind: str, path: str) -> None:
        self.kinds.setdefault(kind, []).append(path)

    def lines(self) -> list[str]:
        lines = []
        for kind, paths in self.kinds.items():
            for path in paths[:_SHOWN_PER_KIND]:
                lines.append(f"{path}: skipped, {kind}")
            if len(paths) > _SHOWN_PER_KIND:
                lines.append(f"{len(paths) - _SHOWN_PER_KIND} more skipped, {kind} "
                             f"(first: {paths[0]})")
        return lines


def _walk(root: Path, skipped: _Skipped) -> list[str]:
    """Article files under ``root`` (as path strings, sorted), depth-first without
    recursion. Strings, not Paths: 30,000 Path objects cost a third of a second."""
    files: list[str] = []
    pending = [os.fspath(root)]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as error:
            skipped.add(f"cannot list folder ({error.strerror or error})", folder)
            continue
        for entry in listed:
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not _saved_page_files(entry.name, listed):
                        pending.append(entry.path)
                    continue
                if entry.is_symlink() and entry.is_dir():
                    skipped.add("a symlinked folder, not followed", entry.path)
                    continue
                if not entry.name.lower().endswith(ARTICLE_SUFFIXES):
                    continue
                if entry.is_symlink():  # an article is read from inside the folder only
                    skipped.add("a symlinked file, not followed" if os.path.exists(entry.path)
                                else "a broken symlink", entry.path)
                elif entry.is_file(follow_symlinks=False):
                    files.append(entry.path)
                else:
                    skipped.add("not a regular file (a pipe, socket or device)", entry.path)
            except OSError as error:
                skipped.add(f"cannot read ({error.strerror or error})", entry.path)
    files.sort(key=lambda name: name.split(os.sep))  # as Paths sort: part by part
    return files


def _saved_page_files(name: str, listed: list[os.DirEntry]) -> bool:
    """``page_files/`` beside ``page.html``: the images and scripts of a "complete"
    browser save, not articles."""
    if not name.endswith("_files"):
        return False
    stem = name[: -len("_files")]
    return any(e.name in (f"{stem}.html", f"{stem}.htm") for e in listed)


def discover(paths: list[Path], warnings: list[str]) -> list[Found]:
    """The article files under ``paths``, each with a unique id; what is left out
    goes into ``warnings``."""
    found: list[Found] = []
    skipped = _Skipped()
    for path in paths:
        try:
            info = os.stat(path)
        except FileNotFoundError:
            warnings.append(f"{path}: no such file or folder")
            continue
        except OSError as error:
            warnings.append(f"{path}: cannot open ({error.strerror or error})")
            continue
        if stat.S_ISDIR(info.st_mode):
            files = _walk(path, skipped)
            if not files:
                warnings.append(f"{path}: no articles in this folder (.txt, .md, .html, .pdf)")
            prefix = len(os.path.join(os.fspath(path), ""))
            for file in files:
                relative = os.path.splitext(file[prefix:])[0]
                if os.sep != "/":
                    relative = relative.replace(os.sep, "/")
                found.append(Found(file, neutral_line(relative), path))
        elif stat.S_ISREG(info.st_mode):
            found.append(Found(str(path), neutral_line(path.stem), path.parent))
        else:
            skipped.add("not a regular file (a pipe, socket or device)", str(path))
    warnings.extend(skipped.lines())
    _unique_ids(found)
    return found


def _unique_ids(found: list[Found]) -> None:
    """Ids stay unique when two folders hold files of the same name."""
    seen: dict[str, int] = {}
    for item in found:
        seen[item.source_id] = seen.get(item.source_id, 0) + 1
    for item in found:
        if seen[item.source_id] > 1:
            parent = neutral_line(item.path.parent.name) or "file"
            item.source_id = f"{parent}/{item.source_id}"
    taken: set[str] = set()
    following: dict[str, int] = {}  # per id, the number to try next: linear in files
    for item in found:
        base = item.source_id
        number = following.get(base, 2)
        while item.source_id in taken:
            item.source_id = f"{base}~{number}"
            number += 1
        following[base] = number
        taken.add(item.source_id)
