"""User settings (citation style, key overrides) in the user's config directory.

A bad settings file is reported — which key, and what was expected — and whatever is
good in it is used; the file is never rewritten because of a problem, only when the
user changes a setting, and then atomically (a temporary file renamed over it), with
the keys this version does not know kept as they were.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path, user_state_path

from ..corpus.citation_styles import STYLES
from ..corpus.neutralise import neutral_line
from ..corpus.writing import APP_NAME, write_atomically

_MAX_SETTINGS_BYTES = 1 << 20
_MAX_KEY_LENGTH = 32


def settings_path() -> Path:
    return user_config_path(APP_NAME) / "settings.json"


def last_copy_path() -> Path:
    return user_state_path(APP_NAME) / "last-copy.txt"


_NO_FILE = object()  # no settings file yet: saving starts an empty one


class Settings:
    """``keys``: binding id -> key, e.g. {"copy_cite": "y"}, remapping the app's keys.
    ``raw``: the file as read (None when it could not be read as a JSON object): saving
    a change keeps everything else in it; an unreadable file is never overwritten."""

    def __init__(self, citation_style: str = "plain", keys: dict[str, str] | None = None,
                 raw: dict | None | object = _NO_FILE) -> None:
        self.citation_style = citation_style
        self.keys = {} if keys is None else keys
        self.raw: dict | None = {} if raw is _NO_FILE else raw


def _valid_key(value: object) -> bool:
    return (isinstance(value, str) and 0 < len(value) <= _MAX_KEY_LENGTH
            and value.isprintable() and neutral_line(value) == value)


def load_settings() -> tuple[Settings, str | None]:
    """The saved settings, and one line describing any problem with the file."""
    path = settings_path()
    try:
        exists = path.exists()
    except OSError:
        exists = False
    if not exists:
        return Settings(), None
    import json

    from ..corpus.reading import UnreadableFile, read_regular

    where = neutral_line(path)
    try:
        data = json.loads(read_regular(path, _MAX_SETTINGS_BYTES).decode("utf-8"))
    except UnreadableFile as error:
        return Settings(raw=None), f"Settings file {where}: {error}; using defaults."
    except (ValueError, RecursionError) as error:  # JSON and UTF-8 errors, deep nesting
        reason = neutral_line(str(error).splitlines()[0] if str(error) else
                              type(error).__name__)
        return (Settings(raw=None),
                f"Settings file {where} is not valid JSON ({reason}); using defaults, "
                "and the file is left as it is.")
    if not isinstance(data, dict):
        return (Settings(raw=None),
                f"Settings file {where} should hold a JSON object; using defaults.")
    settings = Settings(raw=data)
    problems = []
    style = data.get("citation_style", "plain")
    if isinstance(style, str) and style.lower() in STYLES:
        settings.citation_style = style.lower()
    else:
        problems.append(f"citation_style {neutral_line(repr(style))[:40]} should be one of "
                        f"{', '.join(STYLES)}")
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        problems.append("keys should map binding ids to keys")
    else:
        for binding, key in keys.items():
            if _valid_key(binding) and _valid_key(key):
                settings.keys[binding] = key
            else:
                problems.append(f"keys.{neutral_line(binding)[:20]} should be a key name")
    for unknown in sorted(set(data) - {"citation_style", "keys"})[:3]:
        problems.append(f"{neutral_line(unknown)[:20]} is not a setting")
    if not problems:
        return settings, None
    return settings, (f"Settings file {where}: {'; '.join(problems)}. "
                      "The rest of it is used.")


def save_settings(settings: Settings) -> str | None:
    """Write the settings atomically; returns a one-line error instead of raising."""
    import json

    path = settings_path()
    where = neutral_line(path)
    if settings.raw is None:
        return (f"Not saved: {where} could not be read, and is left as it is "
                "(mend or remove it to save settings).")
    data = dict(settings.raw)
    data["citation_style"] = settings.citation_style
    if settings.keys or "keys" in data:
        data["keys"] = {**(data.get("keys") if isinstance(data.get("keys"), dict) else {}),
                        **settings.keys}
    try:
        write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False))
    except OSError as error:
        return f"Could not save settings to {where}: {neutral_line(error.strerror or error)}"
    settings.raw = data
    return None
