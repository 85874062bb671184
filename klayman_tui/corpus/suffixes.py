"""The file suffixes of saved web pages and PDFs (kept apart from their readers, which
load only when such a file is read)."""

HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
