"""A folder's ``sources.toml``: per-source metadata and the people it names.

Kept apart from the metadata inference so that a start served from the parse cache
reads its sidecars without loading the parser."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .neutralise import neutral_line
from .speakers import SpeakerBook
from .suffixes import SIDECAR_NAME


@dataclass
class Sidecar:
    """What one ``sources.toml`` says: per-source entries and the people."""

    entries: dict[str, dict] = field(default_factory=dict)
    speakers: dict[str, dict] = field(default_factory=dict)


def read_sidecar(folder: Path, warnings: list[str]) -> Sidecar:
    path = folder / SIDECAR_NAME
    if not path.is_file():
        return Sidecar()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        warnings.append(f"{path}: ignored, not valid TOML ({reason})")
        return Sidecar()
    entries = data.get("sources", {})
    speakers = data.get("speakers", {})
    if not isinstance(entries, dict) or not isinstance(speakers, dict):
        warnings.append(f"{path}: ignored, [sources] and [speakers] must be tables")
        return Sidecar()
    # Keys are matched against source ids, which are neutralised the same way.
    return Sidecar({neutral_line(k): v for k, v in entries.items() if isinstance(v, dict)},
                   {neutral_line(k): v for k, v in speakers.items() if isinstance(v, dict)})


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


