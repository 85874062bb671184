"""Find quotations in a paragraph by pairing quotation marks of the same type.

Curly double “ ”, straight double ", two apostrophes '' (the typewriter style some
archives keep for both, or to close what two backticks `` open), guillemets « » (as
news in French, Spanish, Italian, Russian and others mark speech, spaces inside or
not), curly single ‘ ’ and straight single ' are paired separately; an apostrophe
inside a word (China’s, don't) or before a year (’06) is never a quote mark,
and a stray mark never swallows the rest of the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..words.lexicon import MINOR_WORDS, NAME_PARTICLES

_ANY_MARK = re.compile("[“”\"‘’'«`]")
_DOUBLE_APOSTROPHE = "''"
# Two backticks open what two apostrophes close (``…'', as wires of the 1990s and 2000s
# typed curly quotes).
_BACKTICKS = "``"
_OPEN_BEFORE = set(" \t\n([{—–-/:;,")
# The marks a quotation opens with (a mark may open one right after another: "“‘").
OPENING_MARKS = frozenset("“‘\"'")


@dataclass
class Quotation:
    """One quotation: ``inner`` is the text between the marks (absolute offsets)."""

    open_at: int
    inner_start: int
    inner_end: int
    close_at: int | None  # None: still open at the paragraph end
    mark: str
    # Left open by the source where the next quotation opens ("…everyone. "Then…"):
    # it ends there, and does not run on.
    recovered: bool = False
    width: int = 1  # characters in each mark: 2 for ''

    @property
    def outer_end(self) -> int:
        return self.close_at + self.width if self.close_at is not None else self.inner_end


def _can_open(text: str, i: int, width: int = 1) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before in _OPEN_BEFORE or before in OPENING_MARKS) and not after.isspace()


def _spaced_opening(text: str, i: int, width: int, start: int) -> bool:
    """A mark typed with a space after it where a quotation opens: at a paragraph's
    start, after a sentence's end or a comma, before a capital or an ellipsis (`told
    Cook. " You guys`, `He added, " A devaluation`, `” … what I learned`)."""
    after = text[i + width + 1:i + width + 2]
    return ((i == start or text[i - 2:i] in (". ", "? ", "! ", ": ", ", "))
            and text[i + width:i + width + 1] == " " and (after.isupper() or after == "…"))


# Characters before a closing mark that follows a space in which a nested quotation's own
# close is looked for: `'Manhattan poor,' ''`.
NESTED_CLOSE_REACH = 3


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    # `…the term 'Manhattan poor,' ''`: a space after a nested quotation's close.
    return (not before.isspace()
            or text[max(0, i - NESTED_CLOSE_REACH):i].rstrip()[-1:] in ("’", "'"))


def _single_can_close(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return _can_close(text, i) and not after.isalnum()


def find_quotations(text: str, start: int, end: int) -> list[Quotation]:
    """Top-level quotations in ``text[start:end]``; single quotes count only outside
    double ones (a single inside a double is a quote within the quote)."""
    if _ANY_MARK.search(text, start, end) is None:
        return []
    doubles = _scan(text, start, end, "double")
    if text.find("«", start, end) >= 0:
        doubles = _with_guillemets(text, start, end, doubles)
    # A single quotation opens only on ‘ or a straight ': a paragraph whose only single
    # marks are ’ (“it’s”, “Trump’s”: half of those with any) has none to look for (two
    # string searches tell: a regex's character class reads the text several times slower).
    if text.find("'", start, end) < 0 and text.find("‘", start, end) < 0:
        return doubles
    found = list(doubles)
    for quote in _scan(text, start, end, "single"):
        if quote.close_at is None and _inside_a_sentence(text, start, quote.open_at):
            # "resident 'Ana Fifita said …": a mark left open after a word inside a
            # sentence is a letter's (an ʻokina, an elision), not a quotation's
            continue
        # Not inside a double one, nor holding one: a stray ' ("Sophie in 't Veld")
        # never swallows the double-marked quotation after it. But a closed ‘…’ may hold
        # whole double ones, as British news nests them (‘This offer is “final”, they
        # said.’): the doubles are quotes within it.
        held = [d for d in found if quote.open_at < d.open_at and (
            d.close_at is not None and d.outer_end <= quote.inner_end)]
        if held and quote.mark == "‘" and (quote.close_at is not None or _runs_on(
                text, start, quote, found)):
            # (or a ‘ left open at the paragraph's end, running on into the next as
            # quotations over paragraphs do: ‘The woman on the phone said, “We think
            # we’ve got your dog,” and I just burst into tears. ¶ ‘I had to …’)
            found = [d for d in found if d not in held]
        if not any(q.open_at <= quote.open_at < q.outer_end
                   or quote.open_at < q.open_at < quote.outer_end
                   for q in found if q.mark != "‘" and q.mark != "'"):
            found.append(quote)
    found.sort(key=lambda q: q.open_at)
    # Singles that overlap a double (a stray ‘ before a “) are dropped.
    result: list[Quotation] = []
    for quote in found:
        if result and quote.open_at < result[-1].outer_end:
            continue
        result.append(quote)
    return result


def _elision(text: str, start: int, end: int, open_at: int, at: int) -> bool:
    """Whether the ’ at ``at``, inside a quotation that ‘ opens at the start of a
    paragraph or sentence, ends a word a letter is missing from, or a plural's
    possessive, rather than the quotation: a word in small letters follows it, and a
    ’ that can close comes later in the paragraph (‘He’s no’ going to wait for you.’,
    ‘The players’ union said no.’)."""
    if not (text[at - 1:at].isalpha() and text[at + 1:at + 2] == " "
            and text[at + 2:at + 3].islower()):
        return False
    before = text[start:open_at].rstrip()
    if before and before[-1] not in ".!?:":
        return False
    later = text.find("’", at + 1, end)
    while later >= 0:
        if _single_can_close(text, later):
            return True
        later = text.find("’", later + 1, end)
    return False


def _inside_a_sentence(text: str, start: int, at: int) -> bool:
    """Whether the mark at ``at`` follows a word and a space inside a sentence."""
    before = text[start:at]
    return before.endswith(" ") and before.rstrip()[-1:].isalpha()


def _runs_on(text: str, start: int, quote: Quotation, doubles: list[Quotation]) -> bool:
    """Whether a ‘ left open opens a quotation that runs on past its paragraph: it
    opens the paragraph or a sentence, and is inside no double-marked quotation (not
    “… when Gov. Christie said to be ‘Big cities, come to me …,” Doherty said)."""
    if any(d.open_at < quote.open_at < d.outer_end for d in doubles):
        return False
    before = text[start:quote.open_at].rstrip()
    return not before or before[-1] in ".!?:"


def _guillemets(text: str, start: int, end: int) -> list[Quotation]:
    """Quotations in guillemets: « opens, » closes, a « inside one opens a quotation
    within it (« … ‹ … › … » or « … « … » … »), and one still open at the paragraph's
    end runs on (the next paragraph opens with « again)."""
    quotes: list[Quotation] = []
    open_at: int | None = None
    depth = 0
    for match in _GUILLEMET_RE.finditer(text, start, end):
        i = match.start()
        if match.group() == "«":
            if open_at is None:
                open_at = i
            else:
                depth += 1
        elif open_at is not None:
            if depth:
                depth -= 1
            else:
                quotes.append(Quotation(open_at, open_at + 1, i, i, "«"))
                open_at = None
    if open_at is not None:
        quotes.append(Quotation(open_at, open_at + 1, end, None, "«"))
    return quotes


_GUILLEMET_RE = re.compile("[«»]")


def _with_guillemets(text: str, start: int, end: int,
                     doubles: list[Quotation]) -> list[Quotation]:
    """The double-mark quotations and those in guillemets, in order: a double one
    inside guillemets is a quote within the quote, and guillemets inside a double one
    are too."""
    guillemets = _guillemets(text, start, end)
    taken = [(q.open_at, q.outer_end) for q in guillemets]
    kept = [q for q in doubles if not any(a <= q.open_at < b for a, b in taken)]
    taken = [(q.open_at, q.outer_end) for q in kept]
    kept += [q for q in guillemets if not any(a <= q.open_at < b for a, b in taken)]
    return sorted(kept, key=lambda q: q.open_at)


# Each alternative starts with its mark (no lookbehind first, no character class in an
# alternation), so the regex engine skips straight from one mark to the next. A straight
# single mark counts only when it is not one of two ('').
_MARKS = {"double": re.compile("“|”|\"|''|``"), "single": re.compile("‘|’|'(?<!'')(?!')")}


_SENTENCE_END_RE = re.compile(r"[.!?…][)\]]?\s+$")
# Characters before a reopening mark its unclosed quotation's last sentence may end in:
# a stop, a bracket and two spaces (`everyone.) "Then`).
SENTENCE_END_REACH = 4
# Words an unclosed quotation needs to be kept: one word before a stray mark is a
# nickname or a scare quote, not speech left open.
RECOVERED_MIN_WORDS = 2


def _recover(quotes: list[Quotation], text: str, open_at: int, reopen: int, mark: str,
             width: int = 1) -> None:
    """A quotation opens while another is open. When the open one ends a sentence
    (`"We wanted a festival for everyone. "Then …`), the source left it unclosed:
    keep it, ending there. Otherwise the first mark was stray."""
    found = _SENTENCE_END_RE.search(text, max(open_at + 1, reopen - SENTENCE_END_REACH), reopen)
    if found is None or len(text[open_at + 1:found.start()].split()) < RECOVERED_MIN_WORDS:
        return
    quotes.append(Quotation(open_at, open_at + width, found.start() + 1, None, mark,
                            recovered=True, width=width))


def _ends_sentence(text: str, open_at: int, reopen: int) -> bool:
    """Whether the quotation open at ``open_at`` ends a sentence of two words or more
    right before the mark at ``reopen`` (what ``_recover`` keeps)."""
    found = _SENTENCE_END_RE.search(text, max(open_at + 1, reopen - SENTENCE_END_REACH), reopen)
    return found is not None and len(text[open_at + 1:found.start()].split()) >= (
        RECOVERED_MIN_WORDS)


def _scan(text: str, start: int, end: int, family: str) -> list[Quotation]:
    straights: tuple[str, ...]
    if family == "double":
        opening, closing, straights = "“", "”", ('"', "''")
    else:
        opening, closing, straights = "‘", "’", ("'",)
    can_close = _can_close if family == "double" else _single_can_close
    quotes: list[Quotation] = []
    open_at: int | None = None
    open_mark = ""
    nested = 0  # quotations inside the open one, in its own marks, not yet closed
    # Only the marks are visited, so a long paragraph costs one regex scan.
    for match in _MARKS[family].finditer(text, start, end):
        i = match.start()
        mark = match.group()
        width = len(mark)
        if (mark == opening and open_at is not None and family == "double"
                and not _can_open(text, i) and _can_close(text, i)):
            # `“Do you?“ he asked`: an opening mark typed where the closing one goes.
            quotes.append(Quotation(open_at, open_at + 1, i, i, opening))
            open_at = None
        elif mark == opening and (family == "double" or _can_open(text, i)):
            if open_at is not None:
                if text.find(closing, i + 1, end) < 0:
                    continue  # never closed: a stray mark inside the open quotation
                if (family == "double" and open_mark == opening
                        and text.count(closing, i + 1, end) >= 2):
                    # `“… what he calls “hell” than …”`: a quotation inside, in the
                    # same marks, closed before the one around it.
                    nested += 1
                    continue
                _recover(quotes, text, open_at, i, open_mark)
            open_at, open_mark = i, opening
        elif mark == closing and nested:
            nested -= 1
        elif mark == closing and open_at is not None and (
                open_mark == opening or family == "double" and open_mark == '"'):
            # (`"Oz has a huge bully pulpit,” said …`: opened straight, closed curly.)
            if family == "double" or _single_can_close(text, i) and not _elision(
                    text, start, end, open_at, i):
                quotes.append(Quotation(open_at, open_at + 1, i, i, open_mark))
                open_at = None
        elif (mark == closing and open_at is None and family == "double"
              and (_can_open(text, i) or _spaced_opening(text, i, 1, start))
              and text.find(closing, i + 1, end) >= 0):
            # `”Fortunately, …”`: a closing mark typed where the opening one goes.
            open_at, open_mark = i, opening
        elif (mark == '"' and open_at is not None and open_mark == opening
              and _can_close(text, i) and not _can_open(text, i)):
            # `“Immunity deals should not be …," Chaffetz said`: closed straight.
            quotes.append(Quotation(open_at, open_at + 1, i, i, opening))
            open_at = None
        elif mark == _BACKTICKS:
            if open_at is None:
                open_at, open_mark = i, _DOUBLE_APOSTROPHE  # closed by ''
        elif mark in straights:
            if open_at is not None and open_mark == mark:
                if can_close(text, i):
                    quotes.append(Quotation(open_at, open_at + width, i, i, mark, width=width))
                    open_at = None
                elif _can_open(text, i + width - 1):
                    if text.find(mark, i + width, end) < 0 and not _ends_sentence(
                            text, open_at, i):
                        continue  # never closed: a stray mark inside the open quotation
                    # (but after a sentence of the open one, a quotation of the next
                    # paragraph, its break lost: "… unemployment. "With Labour …")
                    _recover(quotes, text, open_at, i, mark, width)
                    open_at = i
                elif text[i - 1:i].isspace() and text[i + width:i + width + 1] in ("", " "):
                    # `…coalitions, '' said Mr. Gunnels`: spaced on both sides, it cannot
                    # open, so it closes the quotation that is open.
                    quotes.append(Quotation(open_at, open_at + width, i, i, mark, width=width))
                    open_at = None
            elif open_at is None and _can_open(text, i, width):
                nxt = text[i + width] if i + width < end else " "
                if family == "single" and not nxt.isalpha():
                    continue
                open_at, open_mark = i, mark
            elif (open_at is None and family == "double"
                  and _spaced_opening(text, i, width, start)
                  and text.find(mark, i + width, end) >= 0):
                open_at, open_mark = i, mark  # `he told Cook. " You guys …"`
    if open_at is not None:
        width = len(open_mark)
        quotes.append(Quotation(open_at, open_at + width, end, None, open_mark, width=width))
    return quotes


# The characters a quotation's words end with that are no part of them: the comma that
# stands for a full stop, a dash.
TRAILING = " \t\n,;:—–-"
_TITLE_WORD_RE = re.compile(r"\w[\w’'-]*")
# A quotation of this many words or fewer is a fragment or a scare quote ("so-called
# “experts”"): too short to be anyone's statement on its own.
SHORT_QUOTE_WORDS = 3
# A quoted title is a name, "“Ai Weiwei: Never Sorry”": past this many words the
# capitalised words are a slogan or a sentence in headline case.
TITLE_MAX_WORDS = 8
# Words of this many letters or fewer ("So are we", "Oh, my God") tell nothing of a
# title when they are all there is.
TITLE_SHORT_WORD = 3


# Words a title leaves in small letters: its minor words, and the particles of titles
# in other languages.
_TITLE_MINOR = MINOR_WORDS | NAME_PARTICLES


def is_short(text: str) -> bool:
    """One to three words: a fragment or a scare quote."""
    return len(text.split(None, SHORT_QUOTE_WORDS)) <= SHORT_QUOTE_WORDS


def is_title(inner: str) -> bool:
    """“Ai Weiwei: Never Sorry”, “All Things Considered,”: a quoted title."""
    stripped = inner.strip().rstrip(".,;:")
    if not stripped or stripped[-1] in "?!" or len(
            stripped.split(None, TITLE_MAX_WORDS)) > TITLE_MAX_WORDS:  # (not all its words)
        return False
    words = _TITLE_WORD_RE.findall(stripped)
    if not words or len(words) > 1 and (
            all(len(w) <= TITLE_SHORT_WORD for w in words)
            or not any(w[0].isupper() or w[0].isdigit() for w in words[1:])):
        # "So are we", "Oh, my God": short words; "That was a lie", "There is no way
        # out for us": a capital only where any sentence has one. Nothing to tell a
        # title by.
        return False
    # A title leaves only its minor words in small letters ("Gone With the Wind", "Los
    # Hijos de Trump"); "I'm a big fan of Paul" leaves "big" and "fan": a sentence that
    # names someone.
    return all(w[0].isupper() or w[0].isdigit() for w in words
               if w.lower() not in _TITLE_MINOR or w is words[0])


def trimmed(text: str, quotation: Quotation) -> tuple[int, int]:
    """The quotation's words without the comma that stands for a full stop."""
    start, end = quotation.inner_start, quotation.inner_end
    while start < end and text[start].isspace():
        start += 1
    end = start + len(text[start:end].rstrip(TRAILING))
    return start, end
