"""The collection: quotes (and passages) a reader starred, in the order starred.

One collection per opened corpus, saved as readable JSON in the user data directory
and written atomically (a temporary file, flushed, renamed over the old one), so a
crash mid-write leaves the previous file whole. A starred quote is anchored by its
source id and its exact words, never by a position: when the extractor changes and the
quote is found at another place (or not found as a quote at all), its words are looked
for in the article; if they are gone it is kept and shown as missing, never dropped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Iterable

from ..cite.citation import normalise_space
from ..model import Quote, QuoteKind, Source
from ..neutralise import error_line, neutral, neutral_line
from ..writing import APP_NAME, locked, write_atomically

FORMAT = 1
_MAX_BYTES = 16 << 20
_GAP = 400  # at most this many characters between the parts of a split quote



@dataclass(frozen=True)
class Entry:
    """One starred quote as saved: enough to find it again and to cite it when its
    source has gone."""

    source: str  # the source id
    text: str  # the exact words, whitespace normalised (parts joined by " … ")
    speaker: str
    kind: str
    added: str  # when it was starred (ISO 8601, UTC)
    outlet: str | None = None
    title: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.text


@dataclass
class Item:
    """An entry with the quote it stands for now, or None when its words are gone."""

    entry: Entry
    quote: Quote | None

    @property
    def missing(self) -> bool:
        return self.quote is None


def key_of(quote: Quote) -> tuple[str, str]:
    return quote.source.id, normalise_space(quote.text)


def collections_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME) / "collections"


def corpus_key(paths: Iterable[str | Path] | None) -> tuple[str, list[str]]:
    """A file name for the collection of the corpus opened from ``paths`` (the
    bundled articles when None), and the resolved paths it stands for."""
    if not paths:
        return "bundled", []
    # realpath, not Path.resolve: a symlink loop among the paths is a name, not a crash
    resolved = sorted({os.path.realpath(os.path.expanduser(p)) for p in paths})
    digest = hashlib.sha256("\0".join(resolved).encode("utf-8", "surrogateescape"))
    name = re.sub(r"[^\w.-]+", "-", Path(resolved[0]).name or "root")[:40].strip("-.")
    return f"{name or 'corpus'}-{digest.hexdigest()[:12]}", resolved


class Collection:
    """The starred quotes of one corpus, in the order starred.

    The file is the truth shared by every running copy: each star re-reads it under a
    lock, changes that one quote and writes it back, so a star made in another window
    is kept. Records this version cannot use (an unknown kind, a field it does not
    know, keys it never wrote) stay in the file as they were."""

    def __init__(self, path: Path | None = None, corpus: list[str] | None = None,
                 entries: list[Entry] | None = None) -> None:
        self.path = path  # None: kept in memory only
        self.corpus = corpus or []
        self.entries: list[Entry] = []
        self.warning: str | None = None
        self._data: dict = {}  # the file as last read, written back with our changes
        self._records: list = [asdict(e) for e in entries or []]  # every saved record
        self._understand()

    @classmethod
    def for_paths(cls, paths: Iterable[str | Path] | None) -> "Collection":
        name, resolved = corpus_key(list(paths) if paths else None)
        return cls.read(collections_dir() / f"{name}.json", resolved)

    @classmethod
    def read(cls, path: Path, corpus: list[str] | None = None) -> "Collection":
        """The collection saved at ``path``; a damaged file is moved aside (never
        overwritten) with a one-line warning, and a new collection begins."""
        collection = cls(path, corpus)
        data = collection._reread()
        if data is not None:
            collection._take(data)
        return collection

    def _reread(self) -> dict | None:
        """The file as it is now ({} when there is none), or None when it cannot be
        used: then ``warning`` says why, a damaged file has been moved aside and a
        file that cannot be read at all is left alone (``path`` becomes None, so it
        is never overwritten)."""
        from ..ingest.reading import UnreadableFile, read_regular

        path = self.path
        try:
            if not path.exists():
                return {}
            data = json.loads(read_regular(path, _MAX_BYTES).decode("utf-8-sig"))
            if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
                raise ValueError("not a collection")
            return data
        except (OSError, UnreadableFile, ValueError, RecursionError) as error:
            # JSON, UTF-8 and nesting errors are damage: the file is moved aside. A
            # file that cannot be read (a pipe, too large, no permission) is left.
            damaged = isinstance(error, (ValueError, RecursionError))
            where = "left as it is"
            if damaged:
                aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
                try:
                    path.replace(aside)
                    where = f"kept as {neutral_line(aside.name)}"
                except OSError:
                    pass
            if where == "left as it is":
                self.path = None  # kept in memory: the file is never overwritten
            self.warning = (f"collection {neutral_line(path)} could not be read "
                            f"({error_line(error)}); {where}, "
                            + ("starting a new one" if not self._records
                               else "keeping the quotes starred here"))
            return None

    def _take(self, data: dict) -> None:
        """Make the file's content ours: its records, understood or not, and its keys."""
        self._data = data
        self._records = list(data.get("quotes", []))
        skipped = self._understand()
        if skipped:
            self.warning = (f"collection {neutral_line(self.path)}: {skipped} "
                            "entr" + ("y" if skipped == 1 else "ies") + " this version "
                            "cannot show, kept in the file")

    def _understand(self) -> int:
        """Entries from the records (each quote once); how many records were not
        understood."""
        self.entries, self._keys = [], set()
        skipped = 0
        for record in self._records:
            entry = _entry(record)
            if entry is None:
                skipped += 1
            elif entry.key not in self._keys:  # the same quote twice (a hand edit)
                self.entries.append(entry)
                self._keys.add(entry.key)
        return skipped

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, quote: Quote) -> bool:
        return key_of(quote) in self._keys

    def toggle(self, quote: Quote) -> bool:
        """Star ``quote``, or un-star it if starred; True when it is now starred.
        The file is re-read and saved at once, under a lock; if the save fails the
        collection is as the file was."""
        self._edit(lambda: self._change(quote))
        return key_of(quote) in self._keys

    def remove(self, entry: Entry) -> None:
        """Un-star ``entry``, whether or not its quote is still in its article (one
        whose words were edited away has no quote to toggle), as ``toggle`` saves."""
        self._edit(lambda: self._drop(entry.key))

    def _edit(self, change: Callable[[], None]) -> None:
        if self.path is None:
            change()
            return
        with locked(self.path.parent):
            data = self._reread()
            if data is not None:
                self._take(data)
            before = list(self._records)
            change()
            try:
                self.save()
            except BaseException:
                self._records = before
                self._understand()
                raise

    def _drop(self, key: tuple[str, str]) -> None:
        self._records = [r for r in self._records if (e := _entry(r)) is None or e.key != key]
        self._understand()

    def _change(self, quote: Quote) -> None:
        key = key_of(quote)
        if key in self._keys:
            self._drop(key)
            return
        meta = quote.source.metadata
        self._records.append(asdict(Entry(
            source=key[0], text=key[1], speaker=quote.speaker, kind=quote.kind.value,
            added=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            outlet=meta.outlet, title=meta.title)))
        self._understand()

    def save(self) -> None:
        """Write the file atomically: a crash leaves the old file or the new one. A
        collection file that is a symlink stays one (its target is replaced)."""
        if self.path is None:
            return
        data = {**self._data, "format": self._data.get("format", FORMAT),
                "corpus": self.corpus or self._data.get("corpus", []),
                "quotes": self._records}
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                         through_link=True)
        self._data = data

    def items(self, sources: dict[str, Source] | None) -> list[Item]:
        """Every entry with the quote it stands for in ``sources`` (by id) now."""
        found = []
        for entry in self.entries:
            source = (sources or {}).get(entry.source)
            found.append(Item(entry, find(entry, source) if source else None))
        return found


def _entry(record: object) -> Entry | None:
    """A saved entry, checked and neutralised (the file may have been edited)."""
    if not isinstance(record, dict):
        return None
    fields = {}
    for name in ("source", "text", "speaker", "kind", "added"):
        value = record.get(name)
        if not isinstance(value, str) or not value:
            return None
        fields[name] = neutral_line(value)
    for name in ("outlet", "title"):
        value = record.get(name)
        fields[name] = neutral_line(value) if isinstance(value, str) and value else None
    if fields["kind"] not in {k.value for k in QuoteKind}:
        return None
    fields["text"] = normalise_space(neutral(record["text"]))
    return Entry(**fields)


def find(entry: Entry, source: Source) -> Quote | None:
    """The quote ``entry`` stands for in ``source``: the quote with the same words,
    else the same words found anywhere in the article (an extractor that no longer
    sees them as a quote), else None."""
    for quote in source.quotes:
        if normalise_space(quote.text) == entry.text:
            return quote
    return _words_in(entry, source)


def _words_in(entry: Entry, source: Source) -> Quote | None:
    """The entry's words anywhere in the article, whitespace-tolerant, the parts of a
    split quote in order and each within _GAP characters of the last. Each part is
    taken at its first place after the last (no backtracking across parts), so a
    hand-edited entry of many parts costs a pass per start, never a combinatorial
    search."""
    parts = [re.compile(r"[\s\S]{0,%d}?(%s)" % (_GAP, r"\s+".join(map(re.escape, p.split()))))
             for p in entry.text.split(" … ")[1:]]
    first = r"\s+".join(map(re.escape, entry.text.split(" … ")[0].split()))
    text = source.text
    for start in re.finditer(first, text):
        spans = [start.span()]
        for part in parts:
            match = part.match(text, spans[-1][1])
            if match is None:
                break
            spans.append(match.span(1))
        else:
            block = source.block_at(spans[0][0])
            return Quote(number=0, source=source, speaker=entry.speaker,
                         kind=QuoteKind(entry.kind), paragraph=block.index if block else 0,
                         span_data=tuple(i for span in spans for i in span),
                         joins=(" … ",) * len(parts))
    return None
