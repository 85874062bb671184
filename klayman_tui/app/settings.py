"""User settings (citation style, key overrides) in the user's config directory.

A bad settings file is reported — which key, and what was expected — and whatever is
good in it is used; the file is never rewritten because of a problem, only when the
user changes a setting: then it is re-read under a lock and only that setting changed
in it (a remap added by hand meanwhile is kept, as are keys this version does not
know), and written atomically.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_config_path, user_state_path

from ..corpus.neutralise import error_line, neutral_line
from ..corpus.writing import APP_NAME, locked, write_atomically

_MAX_SETTINGS_BYTES = 1 << 20
_MAX_KEY_LENGTH = 32


def settings_path() -> Path:
    return user_config_path(APP_NAME) / "settings.json"


def last_copy_path() -> Path:
    return user_state_path(APP_NAME) / "last-copy.txt"


class Settings:
    """``keys``: binding id -> key, e.g. {"copy_cite": "y"}, remapping the app's keys."""

    def __init__(self, citation_style: str = "plain",
                 keys: dict[str, str] | None = None) -> None:
        self.citation_style = citation_style
        self.keys = {} if keys is None else keys


def _valid_key(value: object) -> bool:
    return (isinstance(value, str) and 0 < len(value) <= _MAX_KEY_LENGTH
            and value.isprintable() and neutral_line(value) == value)


def _read_file(path: Path) -> tuple[dict | None, str | None]:
    """The settings file as a JSON object ({} when there is none), or None and one
    line saying why it cannot be used. A byte-order mark is allowed."""
    try:
        if not path.exists():
            return {}, None
    except OSError:
        return {}, None
    import json  # only with a settings file: not at every start-up

    from ..corpus.ingest.reading import UnreadableFile, read_regular

    where = neutral_line(path)
    try:
        data = json.loads(read_regular(path, _MAX_SETTINGS_BYTES).decode("utf-8-sig"))
    except UnreadableFile as error:
        return None, f"Settings file {where}: {error}"
    except (ValueError, RecursionError) as error:  # JSON and UTF-8 errors, deep nesting
        return None, f"Settings file {where} is not valid JSON ({error_line(error)})"
    if not isinstance(data, dict):
        return None, f"Settings file {where} should hold a JSON object"
    return data, None


def load_settings() -> tuple[Settings, str | None]:
    """The saved settings, and one line describing any problem with the file."""
    path = settings_path()
    data, problem = _read_file(path)
    if data is None:
        return Settings(), f"{problem}; using defaults, and the file is left as it is."
    settings = Settings()
    problems = []
    if "citation_style" in data:  # else the default, without loading the styles
        from ..corpus.cite.styles import STYLES

        style = data["citation_style"]
        if isinstance(style, str) and style.lower() in STYLES:
            settings.citation_style = style.lower()
        else:
            problems.append(f"citation_style {neutral_line(repr(style))[:40]} should be "
                            f"one of {', '.join(STYLES)}")
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
    return settings, (f"Settings file {neutral_line(path)}: {'; '.join(problems)}. "
                      "The rest of it is used.")


def save_settings(settings: Settings, changed: tuple[str, ...] = ("citation_style",)
                  ) -> str | None:
    """Write the ``changed`` settings into the file as it is now (re-read under a lock,
    so what another running copy or a hand edit put there is kept), atomically; a
    file that is a symlink stays one. Returns a one-line error instead of raising."""
    import json

    path = settings_path()
    where = neutral_line(path)
    try:
        with locked(path.parent):
            data, problem = _read_file(path)
            if data is None:
                return (f"Not saved: {problem}, and is left as it is "
                        "(mend or remove it to save settings).")
            data.update({name: getattr(settings, name) for name in changed})
            write_atomically(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n",
                             through_link=True)
    except OSError as error:
        return f"Could not save settings to {where}: {neutral_line(error.strerror or error)}"
    return None
