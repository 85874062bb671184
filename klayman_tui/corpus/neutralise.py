"""The one neutralising step for every string that comes from outside.

File text, file and folder names, paths, ``sources.toml`` fields, settings, cached
data and warnings all pass through ``neutral`` before they can reach a widget, a
toast, stdout, stderr, the clipboard or an export. Nothing is dropped silently: each
dangerous character becomes a visible stand-in.

- C0 controls (ESC, BEL, …) become their Unicode "control pictures" (ESC -> ␛), DEL
  becomes ␡; tab and newline stay in text, and become ␉ / ␊ in one-line values.
- C1 controls (U+0080–U+009F, among them the 8-bit CSI and OSC) and the bidirectional
  overrides, embeddings, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
  U+200F, U+061C) become U+FFFD, so no text can reorder what is shown or copied;
  the Unicode line and paragraph separators become spaces.
- Bytes of a file name that are not UTF-8 (kept by Python as lone surrogates) become
  ``\\xNN``, so such a name prints on any terminal and always the same way.

Characters that show as nothing (zero-width spaces and joiners, soft hyphens, tag
characters) are left in the text shown, but ``without_invisibles`` takes them out of
what is copied, and search folds them away (``folding``).
"""

from __future__ import annotations

import bisect
import re

_TEXT_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_LINE_RE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069\u2028\u2029\ud800-\udfff]")


# Zero-width space, non-joiner and joiner, soft hyphen, word joiner and the invisible
# operators, a byte-order mark inside text, the Mongolian vowel separator, and the tag
# characters (which can carry a whole hidden sentence).
INVISIBLE = ("\u00ad\u180e\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff"
             + "".join(map(chr, range(0xE0000, 0xE0080))))
_INVISIBLE_RE = re.compile(f"[{re.escape(INVISIBLE)}]")


def without_invisibles(text: str) -> str:
    """``text`` without characters that show as nothing: "cen\u200bsor\u00adship" is
    copied as "censorship"."""
    return _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text


def without_invisibles_at(text: str, spans: list[tuple[int, int]]
                          ) -> tuple[str, list[tuple[int, int]]]:
    """``without_invisibles(text)``, with ``spans`` (ranges in ``text``, such as a
    search's matches) moved to cover the same characters in what is left."""
    if _INVISIBLE_RE.search(text) is None:
        return text, spans
    removed = [match.start() for match in _INVISIBLE_RE.finditer(text)]

    def moved(offset: int) -> int:
        return offset - bisect.bisect_left(removed, offset)

    return _INVISIBLE_RE.sub("", text), [(moved(start), moved(end)) for start, end in spans]


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # an undecodable byte of a file name
    if code in (0x2028, 0x2029):
        return " "  # Unicode line and paragraph separators: a terminal may break on them
    if 0x80 <= code <= 0x9F:
        # A C1 control in text is a Windows-1252 byte read as Latin-1 (a page labelled
        # ISO-8859-1, which browsers read as 1252): its character, "–" for 0x96,
        # where 1252 has one (never a control), else the replacement character.
        return _WINDOWS_1252_C1.get(code, "\ufffd")
    return "\ufffd"


_WINDOWS_1252_C1 = {code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0)
                    if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def neutral(text: str) -> str:
    """``text`` with controls, bidi controls and stray surrogates made visible and
    harmless; tabs and newlines are kept."""
    if _TEXT_RE.search(text) is None:
        return text
    return _TEXT_RE.sub(_stand_in, text)


def error_line(error: BaseException, limit: int | None = None) -> str:
    """An error's first line for a warning or a toast, neutralised (its message may
    hold a file's name or text); an error with no message is named by its type."""
    lines = [line for line in str(error).splitlines() if line.strip()]
    text = lines[0].strip() if lines else type(error).__name__
    return neutral_line(text[:limit] if limit else text)


def neutral_line(value: object) -> str:
    """A one-line value (a name, a path, a field, a warning): as ``neutral``, and
    tabs and newlines become visible too, so it can never break a layout."""
    text = value if isinstance(value, str) else str(value)
    if text.isascii() and text.isprintable():  # the common case, and the quickest test
        return text
    if _LINE_RE.search(text) is None:
        return text
    return _LINE_RE.sub(_stand_in, text)
