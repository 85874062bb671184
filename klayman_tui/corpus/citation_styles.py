"""The citation styles, by id and by display name (kept apart from the formatter so
the app can list them without loading it)."""

# The one list of styles: the palette, help, settings and `--style` all read it, and
# citation.py has one formatter per entry (checked when it loads).
STYLE_NAMES = {"plain": "Plain", "markdown": "Markdown", "mla": "MLA", "apa": "APA",
               "chicago": "Chicago"}
STYLES = tuple(STYLE_NAMES)
