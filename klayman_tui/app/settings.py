"""User settings (citation style, key overrides) in the user's config directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_path, user_state_path

from ..corpus.citation_styles import STYLES

APP_NAME = "klayman-tui"


def settings_path() -> Path:
    return user_config_path(APP_NAME) / "settings.json"


def last_copy_path() -> Path:
    return user_state_path(APP_NAME) / "last-copy.txt"


@dataclass
class Settings:
    citation_style: str = "plain"
    # Binding id -> key, e.g. {"copy_cite": "y"}: remaps the app's keys.
    keys: dict[str, str] = field(default_factory=dict)


def load_settings() -> tuple[Settings, str | None]:
    """The saved settings, and a one-line warning when the file had to be replaced."""
    path = settings_path()
    if not path.exists():
        return Settings(), None
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        style = data.get("citation_style", "plain")
        keys = data.get("keys", {})
        if style not in STYLES:
            raise ValueError(f"unknown citation style {style!r}")
        if not isinstance(keys, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in keys.items()):
            raise ValueError("keys must map binding ids to keys")
        return Settings(style, dict(keys)), None
    except (OSError, ValueError) as error:
        settings = Settings()
        saved = save_settings(settings)
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        note = "replaced with defaults" if saved is None else "using defaults"
        return settings, f"Settings file {path} was unreadable ({reason}); {note}."


def save_settings(settings: Settings) -> str | None:
    """Write the settings; returns a one-line error instead of raising."""
    import json

    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"citation_style": settings.citation_style,
                                    "keys": settings.keys}, indent=2), encoding="utf-8")
    except OSError as error:
        return f"Could not save settings to {path}: {error.strerror or error}"
    return None
