"""The output formats of `klayman-tui quotes --format`, by name (the one list: the
argument parser offers these, and output.py has one writer per entry)."""

QUOTE_FORMATS = ("text", "json", "csv", "md")
