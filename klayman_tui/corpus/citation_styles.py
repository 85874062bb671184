"""The citation styles, by id and by display name (kept apart from the formatter so
the app can list them without loading it)."""

STYLES = ("plain", "markdown", "mla", "apa", "chicago")
STYLE_NAMES = {"plain": "Plain", "markdown": "Markdown", "mla": "MLA", "apa": "APA",
               "chicago": "Chicago"}
