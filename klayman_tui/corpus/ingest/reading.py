"""Turn the bytes of a file into safe text: decode, normalise line ends, defuse controls."""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..model import Metadata
from ..neutralise import neutral
from ..suffixes import HTML_SUFFIXES, MARKDOWN_SUFFIXES, PDF_SUFFIXES

# Larger files are skipped with a warning. A transcript or a book of 20–50 MB is a real
# file and parses in linear time (benchmarks/parse_scaling.py); past 64 MB it is a log
# or a dump.
MAX_FILE_BYTES = 64 * 1024 * 1024


def defuse_controls(text: str) -> str:
    """Replace control characters (ESC, BEL, C1, bidi controls …) with visible stand-ins."""
    return neutral(text)


class UnreadableFile(Exception):
    """A file that cannot be read as text; the message is one line for the user."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    metadata: Metadata | None = None  # what a web page or PDF says about itself
    notes: tuple[str, ...] = ()  # what the page or PDF library said, one line each


_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(sample) // 20)


def decode_bytes(data: bytes) -> DecodedText:
    """Decode file bytes: BOMs first, then UTF-8 (with a replacement character for
    the odd byte that is not, when nearly all of it is), then Windows-1252/Latin-1."""
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[3:], "utf-8-sig", everything=True)
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(name), name)
            except UnicodeDecodeError as error:
                raise UnreadableFile(f"not valid {name.upper()} text ({error.reason})") from None
    if _looks_binary(data):
        raise UnreadableFile("binary data, not text")
    decoded = _utf8(data)
    if decoded is not None:
        return decoded
    try:
        return DecodedText(data.decode("cp1252"), "windows-1252")
    except UnicodeDecodeError:
        return DecodedText(data.decode("latin-1"), "latin-1")


# UTF-8 with a few stray bytes (a Latin-1 "é" pasted into a UTF-8 file) is UTF-8 when
# at least this many bytes of well-formed UTF-8 sequences stand beside each stray byte;
# otherwise the file is in a one-byte encoding. (Text in a one-byte encoding almost
# never holds a well-formed UTF-8 sequence by chance, the less so the longer it is:
# "Ã©" is mojibake, and a dash's three bytes "â€”" more so.)
_UTF8_PER_STRAY = 2


def _utf8(data: bytes, name: str = "utf-8", everything: bool = False) -> DecodedText | None:
    """``data`` as UTF-8 when all of it is, or nearly all (the rest shown as U+FFFD,
    with a note saying how many bytes); None when it is not UTF-8. ``everything``:
    UTF-8 whatever the share (a UTF-8 byte-order mark says so)."""
    try:
        return DecodedText(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    already = data.count("\ufffd".encode("utf-8"))  # replacement characters written as such
    stray = text.count("\ufffd") - already
    well_formed = (len(text.replace("\ufffd", "").encode("utf-8"))
                   - len(text.encode("ascii", "ignore")))  # bytes of UTF-8 sequences
    if not everything and well_formed < _UTF8_PER_STRAY * stray:
        return None
    note = (f"{stray:,} byte{'' if stray == 1 else 's'} that {'is' if stray == 1 else 'are'}"
            " not UTF-8 shown as \ufffd")
    return DecodedText(text, name, notes=(note,))


def _undecodable(text: str) -> bool:
    """Mostly replacement characters: binary data, not text."""
    return len(text) >= 64 and text.count("\ufffd") * 10 > len(text)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file, at most ``limit`` (else UnreadableFile).

    The file is opened without blocking and checked on the open descriptor, so a pipe
    or a device — given by name, found in a folder, or swapped in while loading — is
    refused instead of read forever, and the size bound holds for what is read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                             | getattr(os, "O_NOCTTY", 0))
    except PermissionError:
        raise UnreadableFile("permission denied") from None
    except IsADirectoryError:
        raise UnreadableFile("is a directory") from None
    except OSError as error:
        raise UnreadableFile(error.strerror or str(error)) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("not a regular file (a pipe, socket or device)")
        if info.st_size > limit:
            raise UnreadableFile(_too_large(info.st_size, limit))
        chunks = []
        total = 0
        while True:
            chunk = os.read(descriptor, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise UnreadableFile(_too_large(total, limit))
        return b"".join(chunks)
    except OSError as error:
        raise UnreadableFile(error.strerror or str(error)) from None
    finally:
        os.close(descriptor)


def _too_large(size: int, limit: int) -> str:
    return (f"too large ({size / 1_048_576:.0f} MB; the limit is "
            f"{limit // 1_048_576} MB)")


def read_text(path: Path) -> DecodedText:
    """Read a file as safe text; raises UnreadableFile with a one-line reason.
    A saved web page or a PDF is read as its article text, with its metadata."""
    data = read_regular(path, MAX_FILE_BYTES)
    if not data.strip():
        raise UnreadableFile("empty file")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES or suffix in PDF_SUFFIXES:
        from .library_logs import collected
        from .pages import NoText, read_html, read_pdf
        from .pdf_budget import OverBudget, stream_limits

        kind = "web page" if suffix in HTML_SUFFIXES else "PDF"
        notes: list[str] = []
        try:
            with collected(notes):
                if suffix in HTML_SUFFIXES:
                    # UTF-8 (nearly all of it) is read as such, whatever a <meta
                    # charset> claims; else the page's own declaration decides.
                    decoded = None if _looks_binary(data) else _utf8(data)
                    notes += decoded.notes if decoded else ()
                    page = read_html(decoded.text if decoded else data)
                else:
                    with stream_limits():
                        page = read_pdf(data)
        except OverBudget as error:
            raise UnreadableFile(f"over budget: {error}") from None
        except RecursionError:
            raise UnreadableFile(f"not a readable {kind} (nested too deeply)") from None
        except Exception as error:  # noqa: BLE001 - a bad file is skipped, never a crash
            # The extractors raise many kinds of error on a malformed file; an
            # encrypted PDF is named as such, whatever pypdf raised.
            locked = None
            if suffix in PDF_SUFFIXES:
                with collected([]):  # it reads the file again: said once already
                    locked = _encrypted_pdf(data)
            if locked:
                raise UnreadableFile(locked) from None
            if isinstance(error, NoText) and suffix in HTML_SUFFIXES and _looks_binary(
                    data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                # (said plainly, not as the HTML parser's complaint about its tree)
                raise UnreadableFile(f"binary data, not a {kind}'s text") from None
            if isinstance(error, NoText):  # with what the reader said, if it says why
                raise UnreadableFile("; ".join([str(error), *notes[:1]])) from None
            raise UnreadableFile(f"not a readable {kind} ({type(error).__name__})") from None
        text = defuse_controls(normalise_newlines(page.text))
        if _undecodable(text):
            raise UnreadableFile(f"binary data, not a {kind}'s text")
        return DecodedText(text, "utf-8", page.metadata, tuple(notes))
    decoded = decode_bytes(data)
    text = defuse_controls(normalise_newlines(decoded.text).replace("\ufeff", ""))
    if not text.strip():
        raise UnreadableFile("empty file")
    notes = decoded.notes
    if suffix in MARKDOWN_SUFFIXES:  # links, images and bold as their reader sees them
        from .front_matter import front_matter_problem
        from .markdown_words import markdown_words

        text = markdown_words(text)
        problem = front_matter_problem(text)
        notes += (problem,) if problem else ()
    return DecodedText(text, decoded.encoding, notes=notes)


def _encrypted_pdf(data: bytes) -> str | None:
    """Why an encrypted PDF cannot be read, or None when it is not encrypted."""
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if not reader.is_encrypted:
            return None
    except Exception:  # noqa: BLE001 - not even readable: the first error says why
        return None
    try:
        opened = reader.decrypt("")
    except Exception:  # noqa: BLE001 - encrypted in a way pypdf cannot even check
        return "an encrypted PDF this program cannot open"
    if not opened:
        return "an encrypted PDF that needs a password"
    return ("an encrypted PDF (AES), which needs the `cryptography` package to be "
            "read")
