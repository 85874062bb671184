"""Ingest: from a file on disk to a source's text, blocks and citation metadata.

``discovery`` finds the files of a folder; ``reading`` reads one (text, Markdown,
``pages`` for saved web pages with ``page_text``, ``page_furniture`` and
``page_metadata``; PDFs with ``pdf_lines``, ``clipping`` and ``pdf_budget``);
``sidecar`` reads a folder's ``sources.toml`` (and ``speakers``, its curated people);
``blocks`` splits a text into paragraphs, headings, bylines and interview turns;
``metadata``, ``bylines`` and ``dates`` infer what the sidecar does not give;
``metadata_limits`` caps and checks every field; ``library_logs`` routes third-party
log lines into the per-file warnings.

May import the shared base (``model``, ``neutralise``, ``suffixes``, ``writing``) and
``words``; never ``extract``, ``cache``, ``search``, ``cite``, ``state`` or the app.
"""
