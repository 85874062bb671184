"""Time and size budgets for reading one PDF, so that no file, however hostile, holds
the rest for long.

A decompression bomb is a small PDF whose content streams inflate enormously (a
204 KB page inflating to 70 MB took half a minute and 1.2 GB; forty pages sharing
that stream, minutes). So, per file:

- every stream inflates to at most ``STREAM_BYTES`` (pypdf's own limits, lowered);
- a page's content is parsed up to ``PAGE_TOKENS`` operators and operands; a page
  past it (vector drawings rather than text) gives no text, with a note;
- reading stops after ``seconds_for(size)`` (checked between pages and every few
  hundred operators) and after ``TEXT_CHARACTERS`` of extracted text.

Past a budget the file is skipped with a warning saying which budget.
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import Iterator

from ..neutralise import error_line

STREAM_BYTES = 4 * 1024 * 1024  # a page of text is some 5–100 KB
PAGE_TOKENS = 300_000  # a dense page of text is some 20,000
SECONDS = 10.0
SECONDS_PER_MB = 5.0  # a larger file has more pages to read
TEXT_CHARACTERS = 16 * 1024 * 1024
_CHECK_EVERY = 256  # operators between two looks at the clock

_log = logging.getLogger("PDF")  # collected as the file's note (library_logs)


class OverBudget(Exception):
    """Reading this PDF went past a budget; the message says which, for the user."""


def seconds_for(size: int) -> float:
    return SECONDS + SECONDS_PER_MB * size / (1024 * 1024)


@contextlib.contextmanager
def stream_limits() -> Iterator[None]:
    """pypdf's limits lowered to this budget while the block runs (a context
    variable: other threads keep theirs)."""
    from pypdf import apply_configuration

    with apply_configuration(
            zlib_maximum_output_length=STREAM_BYTES, lzw_maximum_output_length=STREAM_BYTES,
            run_length_maximum_output_length=STREAM_BYTES,
            brotli_maximum_output_length=STREAM_BYTES,
            array_based_stream_maximum_output_length=STREAM_BYTES,
            stream_decoding_work_maximum_length=4 * STREAM_BYTES,
            stream_parsing_work_maximum_count=PAGE_TOKENS):
        yield


class Budget:
    """The budget of one PDF of ``size`` bytes; ``page_text`` reads a page within it."""

    def __init__(self, size: int) -> None:
        self.seconds = seconds_for(size)
        self.deadline = time.monotonic() + self.seconds
        self.characters = 0

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise OverBudget(f"took over {self.seconds:.0f} s to read, the limit for a PDF "
                             "of its size (a decompression bomb?)")

    def pages(self, reader, read_page=None, empty: object = "") -> list:
        """``read_page(page, number)`` for every page of ``reader`` (number from 0;
        by default its text), within the budget; ``empty`` for a page of drawings
        past the operator limit."""
        from pypdf.errors import LimitReachedError

        read_page = read_page or (lambda page, number: page.extract_text() or "")
        found = []
        for number, page in enumerate(reader.pages):
            self.check()
            try:
                found.append(read_page(_Timed(page, self), number))
            except LimitReachedError as error:
                message = str(error).lower()
                if "token" not in message:
                    raise OverBudget(f"a stream inflates past {STREAM_BYTES >> 20} MB (a "
                                     "decompression bomb?)" if "decompress" in message else
                                     "past a limit of the PDF reader "
                                     f"({error_line(error, 80)})") from None
                _log.warning("page %d: more than %s operators, its text is left out",
                             number + 1, f"{PAGE_TOKENS:,}")
                found.append(empty)
        return found

    def count(self, text: str) -> None:
        self.characters += len(text)
        if self.characters > TEXT_CHARACTERS:
            raise OverBudget(f"more than {TEXT_CHARACTERS >> 20} million characters of "
                             "text in a PDF")


class _Timed:
    """A page whose ``extract_text`` looks at the budget's clock every few hundred
    operators and counts the text it gives (whatever the reader asks of it)."""

    def __init__(self, page, budget: Budget) -> None:
        self._page, self._budget = page, budget

    def __getattr__(self, name: str):
        return getattr(self._page, name)

    def extract_text(self, *args, **kwargs) -> str:
        seen = 0
        given = kwargs.get("visitor_operand_before")

        def look_at_the_clock(*operands) -> None:
            nonlocal seen
            seen += 1
            if seen % _CHECK_EVERY == 0:
                self._budget.check()
            if given is not None:
                given(*operands)

        kwargs["visitor_operand_before"] = look_at_the_clock
        text = self._page.extract_text(*args, **kwargs) or ""
        self._budget.count(text)
        return text
