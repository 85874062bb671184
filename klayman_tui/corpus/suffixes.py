"""The file names the loader knows: the suffixes of saved web pages and PDFs, and a
folder's sidecar (kept apart from their readers, which load only when such a file is
read)."""

HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
MARKDOWN_SUFFIXES = (".md",)
SIDECAR_NAME = "sources.toml"
