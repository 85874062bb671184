"""Starring quotes into the collection, showing it, and exporting it (the app's
side; the collection itself is ``corpus.collection``, free of Textual)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ..corpus.neutralise import neutral, neutral_line
from ..corpus.writing import APP_NAME, write_new
from ..output_formats import EXPORT_FORMATS
from ..wording import counted

if TYPE_CHECKING:
    from .main_app import QuoteExplorer

FORMAT_NAMES = {"md": "Markdown", "csl-json": "CSL-JSON", "ris": "RIS", "bibtex": "BibTeX"}
_SUFFIXES = {"md": "md", "csl-json": "json", "ris": "ris", "bibtex": "bib"}
assert tuple(FORMAT_NAMES) == EXPORT_FORMATS, "a name per export format"


def star(app: QuoteExplorer) -> None:
    """s: star what c would copy (the current quote, the highlighted search result, a
    passage, a collected quote); s again un-stars it."""
    target = app.target
    if target is None:
        app.notify("Nothing to star: press n for the next quote, or / to search.",
                   severity="warning")
        return
    starred = app.collection.toggle(target)
    count = len(app.collection)
    app.notify(f"★ Collected ({count})" if starred else
               f"Removed from the collection ({count} left)", timeout=3)
    show_marks(app)


def show_marks(app: QuoteExplorer) -> None:
    app.source_list.set_collected(len(app.collection))
    app.results.refresh_marks()
    if app.reader.items is not None:  # un-starred in the collection view: it goes
        show_collection(app, app.reader.item_index)
    else:
        app.reader.refresh_marks()


def show_collection(app: QuoteExplorer, index: int | None = 0) -> None:
    app.reader.show_collection(app.collection.items(app.corpus.by_id), index)


def export_collection(app: QuoteExplorer, fmt: str) -> None:
    """Write the collection in ``fmt`` to a new file in the user data directory,
    copy it too, and say where it went."""
    from ..references import cited_from_collection, export

    if not len(app.collection):
        app.notify("The collection is empty: press s on a quote to star it.",
                   severity="warning")
        return
    cited = cited_from_collection(app.corpus, app.collection)
    text = export(cited, fmt)
    try:
        path = _write_export(app.collection.path, fmt, text)
    except OSError as error:
        reason = neutral_line(error.strerror or error)
        app.notify(f"Could not write the export ({reason}); it is on the clipboard.",
                   severity="warning", markup=False)
    else:
        missing = sum(1 for c in cited if c.quote is None)
        note = f" ({missing} missing from their articles)" if missing else ""
        app.notify(f"Exported {counted(len(cited), 'quote')}{note} as {FORMAT_NAMES[fmt]} to "
                   f"{neutral_line(path)}", markup=False, timeout=10)
    app.copy_text(neutral(text))  # already neutral; the clipboard is checked once more


def _write_export(collection_path, fmt: str, text: str):
    """A new file in the exports folder (never one replaced, never through a link)."""
    from platformdirs import user_data_path

    folder = user_data_path(APP_NAME) / "exports"
    stem = collection_path.stem if collection_path is not None else "collection"
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return write_new(folder, f"{stem}-{stamp}", _SUFFIXES[fmt], text)
