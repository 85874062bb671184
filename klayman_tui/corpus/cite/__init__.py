"""Citing: from a quote and its source's metadata to the text a reader pastes.

``citation`` writes a quote with its citation in each style; ``styles`` is the one
registry of styles (MLA 9, APA 7, Chicago 17); ``rules`` holds the guides' rules
(names, title case, dates, nested quotation marks); ``exports`` writes the reference
files (CSL-JSON, RIS, BibTeX, Markdown) a reference manager or Pandoc reads.

May import the shared base, ``words`` and ``ingest`` (bylines, speakers); never
``extract``, ``search``, ``state`` or the app.
"""
