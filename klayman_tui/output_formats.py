"""The output formats of `klayman-tui quotes --format`, by name (the one list: the
argument parser offers these, and output.py has one writer per entry)."""

QUOTE_FORMATS = ("text", "json", "csv", "md", "csl-json", "ris", "bibtex")

# `klayman-tui collection export --format`: the reference formats and Markdown.
EXPORT_FORMATS = ("md", "csl-json", "ris", "bibtex")
