"""The narration around a quotation, as classed tokens with sentence breaks.

A paragraph is read with its quotations masked (``mask``): each quotation becomes one
token (its opening mark) and blanks, so cues, names and sentence breaks are read from
the narration only, at the same offsets. A sentence's tokens each get a one-letter class
(``word_class``), and the cue frames (``frames``) are patterns over that string: a name is
``N``, he/she ``P``, a speech verb ``V``, the quotation being attributed ``@``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..words.lexicon import (ABBREVIATIONS, AUXILIARIES, CONJUNCTIONS, DETERMINERS,
                             FUNCTION_WORDS, OBJECT_PRONOUNS, ONE_OF_A_GROUP, PHRASAL_CUES,
                             PREPOSITIONS, RELATIVES, SPEECH_PARTICIPLES, SPEECH_VERBS,
                             SUBJECT_PRONOUNS, UPPER, VERB_LEMMA)
from ..words.roles import ORGANISATION_NOUNS, ROLE_NOUNS, STATEMENT_NOUNS, WORK_NOUNS

if TYPE_CHECKING:  # both import this module
    from .entities import Mention
    from .quotations import Quotation

QUOTE_MARK = "\x01"  # stands for a whole quotation in masked text
# The last word before the end: a possessive run (it never gives back what it took),
# its first character read on its own so that the search skips to word characters.
PREVIOUS_WORD_RE = re.compile(r"([\w’'-][\w’'-]*+)\W*$")


def previous_word(text: str, start: int, reach: int) -> re.Match | None:
    """The word before ``start`` in ``text``, looking back at most ``reach`` characters
    (group 1): what ``PREVIOUS_WORD_RE`` searches from ``start - reach``, matched where
    the search would find it. The search tries every character of every word in the
    stretch, each again to its end; the word is found stepping back from ``start``
    instead, past what is no word character, then over the word."""
    low = max(0, start - reach)
    end = start
    while end > low and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1  # (``\w`` is what str.isalnum() says, and "_")
    if end == low:
        return PREVIOUS_WORD_RE.search(text, low, start)  # no word character: marks only
    begin = end - 1
    while begin > low and (text[begin - 1].isalnum() or text[begin - 1] in _WORD_MARKS):
        begin -= 1
    return PREVIOUS_WORD_RE.match(text, begin, start)


_WORD_MARKS = "_’'-"  # what a word of ``PREVIOUS_WORD_RE`` holds beside letters and digits


# -- sentences ---------------------------------------------------------------------------
# Characters a sentence's ends are looked for around a position: more than a long
# sentence of news copy, and a bound on the scan where a text has no stops at all.
SENTENCE_REACH = 400
# Characters back from a full stop the word it may close is read in: the longest
# abbreviation with an opening bracket or mark, "(Messrs.", is well within.
ABBREVIATION_REACH = 12
# Characters after "U.S." the next word is read in: it decides whether a sentence
# starts there, and every word of ``_OPENERS`` is short.
OPENER_REACH = 20
# A run of stops before a capital (after any closing marks), or stops ending the text.
# It starts with one stop outside the alternation, so the regex engine skips from stop
# to stop; the second branch checks that first stop is no ellipsis.
_BREAK_RE = re.compile(rf"[.!?…](?:[.!?…]*[”’\"')\]»]*(?=\s+[\"“‘'(\[«\x01{UPPER}0-9])"
                       r"|(?<=[.!?])[.!?]*(?=\s*$))")


def is_abbreviation(text: str, end: int) -> bool:
    """Whether the full stop at ``end - 1`` closes "Mr." or "J." rather than a sentence."""
    low = max(0, end - ABBREVIATION_REACH)  # never scan further back
    space = max(text.rfind(" ", low, end), text.rfind("\n", low, end), low - 1)
    word = text[space + 1:end - 1].lstrip("(\"“‘'«")
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        return word.isupper()  # an initial: "Brian M. Good"
    if "." in word and re.fullmatch(r"(?:\w\.)+\w", word):
        return not _opens_sentence(text, end)  # "U.S." ends a sentence before "The"
    if "-" in word:  # ranks joined by a hyphen: "Lt.-Col."
        return all(part.rstrip(".").lower() in ABBREVIATIONS for part in word.split("-"))
    return word.lower() in ABBREVIATIONS


# Words of -ly this short are no adverbs: "only", "holy", "ugly", "July"; nor are the
# nouns for people, bodies and texts that end so ("family", "reply").
SHORT_LY_WORD = 4
_LY_NOUNS = frozenset(word for word in ROLE_NOUNS | ORGANISATION_NOUNS | STATEMENT_NOUNS
                      if word.endswith("ly"))
# Token classes after "it" an adverb may stand in before the speech verb: "it also says".
IT_VERB_REACH = 3
_OPENERS = frozenset("the a an he she it they we i but and in on at this that there his "
                     "her their its when while as after before if".split())


def _opens_sentence(text: str, end: int) -> bool:
    nxt = re.match(r"\s+(\w+)", text[end:end + OPENER_REACH])
    return nxt is not None and nxt.group(1).lower() in _OPENERS


def _breaks(text: str, low: int, high: int) -> Iterator[int]:
    for match in _BREAK_RE.finditer(text, low, high):
        if match.group()[:1] == "." and is_abbreviation(text, match.start() + 1):
            continue
        yield match.end()


def sentence_start(text: str, position: int, window: int = SENTENCE_REACH) -> int:
    """Where the sentence holding ``position`` starts (looking back at most ``window``)."""
    low = max(0, position - window)
    start = low
    for end in _breaks(text, low, min(len(text), position + 2)):
        if end <= position:
            start = end
    return start


def sentence_end(text: str, position: int, window: int = SENTENCE_REACH) -> int:
    """Where the sentence holding ``position`` ends (looking on at most ``window``)."""
    high = min(len(text), position + window)
    for end in _breaks(text, max(0, position - 3), high):
        if end > position:
            return end
    return high


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, covering all of it."""
    spans, start = [], 0
    for end in _breaks(text, 0, len(text)):
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


# -- masking ------------------------------------------------------------------------------
# One to three capitalised words and nothing else: a name or a nickname in marks.
_FOLLOWING_WORD_RE = re.compile(r"\s+([\w’'-]+)")  # ("the “Pose” actor": a title)
_NAME_BEFORE_RE = re.compile(rf"[{UPPER}][\w’'.-]* $")  # a capitalised word, then the mark
_NAME_LIKE_RE = re.compile(rf"[{UPPER}][\w’'.-]*(?: [{UPPER}][\w’'.-]*){{0,2}}")
# A nickname may open with an article in small letters: "Horacio “el Turco” Saldívar".
_NICKNAME_RE = re.compile(rf"[a-z]{{1,3}} [{UPPER}][\w’'.-]*(?: [{UPPER}][\w’'.-]*)?")


# Where a statement was put: "posted on Instagram", "published in the Gazette".
_MEDIUM_PREPOSITIONS = frozenset("on in at via through".split())
_PLACE_OR_TIME_ADVERBS = frozenset("""online overnight earlier later shortly yesterday today
tonight late early soon""".split())


def _text_participle(words: list[str], classes: list[str], i: int) -> bool:
    """Whether the speech verb's form at ``i``, after a text a preposition has, is a
    participle describing the text: a preposition or an adverb of where or when after
    it ("said in a statement posted to Facebook … that", "in an email sent to staff"),
    not an object ("The ministry in a statement called the report “…”": its verb)."""
    return (i >= 3 and classes[i - 3] == "o"
            and words[i].lower().endswith(("ed", "en", "sent", "read"))
            and (classes[i + 1] in "ot" or words[i + 1].lower() in _PLACE_OR_TIME_ADVERBS))


def _nickname(inner: str, text: str, a: int, following: re.Match | None) -> bool:
    """Whether quoted words opening with a short word in small letters are a nickname
    inside a name ("Horacio “el Turco” Saldívar"): between two capitalised words, the
    second not the first again, no stop inside ("Trump called Haley “a Birdbrain.”
    Haley laughed": a sentence ends there)."""
    if following is None or not following.group(1)[:1].isupper() or not (
            _NICKNAME_RE.fullmatch(inner)) or inner[-1:] in ".!?,":
        return False
    before = _NAME_BEFORE_RE.search(text, max(0, a - 40), a)
    return before is not None and before.group().strip() != following.group(1)


# "(retd)", "(retired)", "(Retd.)" between a rank and a name.
_RETIRED_RE = re.compile(r"(?<=[\w.] )\((?i:retd|retired|rtd|ret)\.?\)(?= \S)")


_DIGITS_COLON_RE = re.compile(r"(?<=\d):(?=\d)")


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def mask(text: str, start: int, quotations: Sequence[Quotation]) -> str:
    """The paragraph ``text`` (at offset ``start``) with each quotation blanked to
    ``QUOTE_MARK`` and spaces; a quotation that ends its sentence (“… no-brainer.”) keeps
    a full stop at its end, so the sentence still ends there. A rank's "(retd)" is
    blanked too, so that the rank and the name are one run ("Lt Gen (retd) Harjit Singh
    Bedi"), and a colon between digits reads as a point ("61:10")."""
    if "(r" in text or "(R" in text:
        text = _RETIRED_RE.sub(_blank, text)
    if ":" in text:
        # A colon between digits is a time's or a score's ("in 61:10", "2:03:15"), no
        # stop: it reads as a number's point, so an aside holding one still ends at its
        # comma ("Rotich, who led through halfway in 61:10, said")
        text = _DIGITS_COLON_RE.sub(".", text)
    if not quotations:
        return text
    pieces: list[str] = []
    cursor = 0
    for q in quotations:
        a, b = q.open_at - start, min(q.outer_end - start, len(text))
        pieces.append(text[cursor:a])
        inner = text[a + q.width:b - q.width] if q.close_at is not None else ""
        following = _FOLLOWING_WORD_RE.match(text, b)
        if (_NAME_LIKE_RE.fullmatch(inner) or _nickname(inner, text, a, following)) and not (
                following and following.group(1).lower() in ROLE_NOUNS):
            # A quoted name ("his name was “Perry”", "“Perry” countered") is a name; a
            # nickname inside one ("Anthony “Tony” Lezama") is left out of it.
            inside = following is not None and following.group(1)[:1].isupper() and (
                _NAME_BEFORE_RE.search(text, max(0, a - 40), a) is not None)
            pieces.append(" " * (b - a) if inside else " " * q.width + inner + " " * q.width)
            cursor = b
            continue
        ends = text[a:b].rstrip("”’\"'» ")[-1:] in (".", "!", "?") and (
            q.close_at is not None or q.recovered)
        if b - a >= 2:
            pieces.append(QUOTE_MARK + " " * (b - a - 2) + ("." if ends else " "))
        else:
            pieces.append(QUOTE_MARK[:b - a])
        cursor = b
    pieces.append(text[cursor:])
    return "".join(pieces)


# -- tokens --------------------------------------------------------------------------------
# The kinds of token, in order of preference, each as (its first character, the rest).
_TOKEN_KINDS = (
    (r"\x01", ""),                          # a masked quotation
    (r"[^\W\d_]", r"\.(?:[^\W\d_]\.)+"),    # initials: "U.S."
    # a word, with a full stop after it; a number with its separators ("250,000", "1.2m")
    (r"[^\W_]", r"(?:[\w’'&-]*\w)?(?:(?<=\d)[.,]\d(?:[\w’'&-]*\w)?)*\.?"),
    ("-", "-"),                              # "--"
    (r"[,;:.!?()—–―‒-]", ""),                # punctuation
)
# Any first character is read by one class, then each kind checks it with a lookbehind:
# the search skips the blanks of a masked quotation (hundreds) in one tight loop.
_TOKEN_RE = re.compile(r"[\x01\w,;:.!?()—–―‒-](?:"
                       + "|".join(f"(?<={first}){rest}" for first, rest in _TOKEN_KINDS) + ")")
_PUNCT = {",": ",", ";": ";", ":": ":", ".": ".", "!": ".", "?": ".", "(": "(", ")": ")",
          "—": "-", "–": "-", "―": "-", "‒": "-", "-": "-", "--": "-", QUOTE_MARK: "Q"}
_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _phrase in PHRASAL_CUES:
    _words = tuple(_phrase.split())
    _PHRASES.setdefault(_words[0], []).append(_words[1:])
# Nouns a word for speaking opens, where it is no verb: "Jane Doe, a fellow at the Cato
# think tank, said" (said, not think, is the cue; Cato is no speaker).
_COMPOUND_NOUNS = {"think": ("tank", "tanks"), "talk": ("show", "shows", "radio")}
# A plea in court reports no words: "Rennick had pleaded guilty to the charge and that the
# penalty “…”" (the words are those of who said so, not of the one who pleaded).
_PLEAS = {form: ("guilty", "not", "innocent")
          for form in ("plead", "pleads", "pleaded", "pled", "pleading")}
_PHRASE_HEADS = frozenset(w for head in (*_PHRASES, *_COMPOUND_NOUNS, *_PLEAS)
                          for w in (head, head.capitalize()))
_CAPITAL_RE = re.compile(rf"[{UPPER}]")
_POSSESSIVE_PRONOUNS = frozenset("his its their our your my".split())  # (and "her")


def _word_class(low: str) -> str:
    if low in SPEECH_VERBS:
        return "V"
    if low in SPEECH_PARTICIPLES:
        return "G"
    if low in SUBJECT_PRONOUNS:
        return "P"
    if low in OBJECT_PRONOUNS:
        return "p"
    if low == "that":
        return "T"
    if low == "to":
        return "t"
    if low == "according":
        return "k"
    if low == "as":
        return "z"
    if low in RELATIVES:
        return "x"
    if low in DETERMINERS:
        return "D"
    if low in AUXILIARIES or (low.endswith("ly") and len(low) > SHORT_LY_WORD
                              and low not in _LY_NOUNS):
        return "a"
    if low in PREPOSITIONS:
        return "o"
    if low in CONJUNCTIONS:
        return "c"
    if low in STATEMENT_NOUNS:
        return "s"
    if low in ORGANISATION_NOUNS:
        return "O"
    if low in ROLE_NOUNS:
        return "n"
    if low[:1].isdigit():
        return "d"
    return "w"


_CLASSES: dict[str, str] = {}


def word_class(word: str) -> str:
    """The class of one word (lower case, without a full stop), cached."""
    found = _CLASSES.get(word)
    if found is None:
        found = _CLASSES[word] = _word_class(word)
    return found


@dataclass(slots=True)
class Window:
    """The tokens of one stretch of masked narration: their spans (absolute offsets),
    their words, and the class string the frames read."""

    spans: list[tuple[int, int]]
    words: list[str]
    classes: str

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets from token ``first`` to token ``last`` inclusive."""
        return self.spans[first][0], self.spans[last][1]


# A web address's ending after a name: "Computerandvideogames.com", "Amazon.co.uk".
_DOMAIN_TAIL_RE = re.compile(r"(?:\.[a-z]{2,6})+(?![\w.]*\w)")


# Words of a noun phrase between its determiner and a statement's noun: "A 2017
# inspection report".
_NOUN_MODIFIERS = 3


def _after_determiner(classes: list[str], words: list[str], at: int) -> bool:
    """Whether the token at ``at`` ends a noun phrase a determiner or a possessive
    opens, past a few words or numbers before it ("A 2017 inspection report", "Its 2023
    report")."""
    k = at - 1
    while k > 0 and at - k <= _NOUN_MODIFIERS and classes[k] in "wnOd":
        k -= 1
    return k < at - 1 and (classes[k] in "DM" or classes[k] == "p"
                           and words[k].lower() in _POSSESSIVE_PRONOUNS)


def tokenize(masked: str, low: int, high: int, base: int,
             names: Callable[[int, int], list[Mention]]) -> Window:
    """Tokens of ``masked[low:high]``; ``base`` is the paragraph's offset in the source;
    ``names(start, end)`` gives the name mentions (absolute spans) in that stretch, each
    of which becomes one ``N`` token (``M`` with an 's)."""
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    classes: list[str] = []
    mentions = names(base + low, base + high)
    index = 0
    name_at = mentions[0].start - base if mentions else high
    skip_until = -1
    lookup = _TOKEN_CLASSES.get
    for match in _TOKEN_RE.finditer(masked, low, high):
        a, b = match.span()
        if a < skip_until:
            continue
        if b > name_at:
            # A name mention: one token, however many words.
            while index < len(mentions) and mentions[index].end - base <= a:
                index += 1
            if index < len(mentions) and mentions[index].start - base < b:
                mention = mentions[index]
                start, end = mention.start - base, mention.end - base
                if masked.startswith(".", end):
                    domain = _DOMAIN_TAIL_RE.match(masked, end)
                    if domain is not None:
                        end = domain.end()  # "Computerandvideogames.com": one name
                spans.append((base + start, base + end))
                words.append(masked[start:end])
                classes.append("M" if mention.possessive else "N")
                skip_until = end
                index += 1
            name_at = mentions[index].start - base if index < len(mentions) else high
            if a < skip_until:
                continue
        token = match.group()
        cls = lookup(token)
        if cls is None:
            cls = _class_of(token)
        if cls == "+":
            # A word ending a sentence ("Bush."): the full stop is a token of its own.
            spans.append((base + a, base + b - 1))
            words.append(token[:-1])
            classes.append(_class_of(token[:-1]))
            spans.append((base + b - 1, base + b))
            words.append(".")
            classes.append(".")
            continue
        spans.append((base + a, base + b))
        words.append(token)
        classes.append(cls)
    if _PHRASE_HEADS.intersection(words):
        _join_phrases(words, classes)
    joined = "".join(classes)
    if "pV" in joined or "pa" in joined:
        for i in range(len(classes) - 1):
            # "…,” it says": "it" before a speech verb is a subject (an organisation's).
            if classes[i] == "p" and words[i].lower() == "it" and (
                    classes[i + 1] == "V" or classes[i + 1] == "a"
                    and "V" in joined[i + 1:i + 1 + IT_VERB_REACH]):
                classes[i] = "P"
        joined = "".join(classes)
    if "That" in words[:1] and classes[1:2] in (["s"], ["w"], ["n"], ["O"]):
        # "That study found that …": a determiner opening the sentence before its noun
        classes[0] = "D"
        joined = "".join(classes)
    if "pV" in joined:
        for i in range(1, len(classes)):
            # "“…,” its report said", "his comments": a speech verb's form after a
            # possessive is a noun ("her" only before a verb: "her report said", not
            # "heard her say")
            owner = words[i - 1].lower()
            if classes[i] == "V" and classes[i - 1] == "p" and (
                    owner in _POSSESSIVE_PRONOUNS
                    or owner == "her" and classes[i + 1:i + 2] == ["V"]):
                classes[i] = "s" if words[i].lower() in STATEMENT_NOUNS else "w"
        joined = "".join(classes)
    if "DV" in joined or "MV" in joined or "oV" in joined or _NOUN_BEFORE_VERB_RE.search(
            joined) and any(w[-2:] in ("'s", "’s") for w in words):
        for i in range(1, len(classes)):
            # "the report stated", "his comments", "secretary of state", "the board's
            # report concluded": a speech verb's form after a determiner, a preposition
            # or a noun's 's is a noun.
            if classes[i] == "V" and (classes[i - 1] in "DMo" or _possessive_noun(
                    words[i - 1], classes[i - 1])) and not (
                    words[i - 1].lower() in ONE_OF_A_GROUP and (
                        i == 1 or classes[i - 2] in ".@Q:;")
                    and VERB_LEMMA.get(words[i].lower()) != words[i].lower()):
                # (but "Another wrote:", "One said": one of a group, and its verb)
                classes[i] = "s" if words[i].lower() in STATEMENT_NOUNS else "w"
        joined = "".join(classes)
    if "wVV" in joined:
        for i in range(2, len(classes) - 1):
            # "the former pledge said", "one recent report found": a speech verb's form
            # between a determiner's adjective and the verb is a noun
            if (classes[i] == "V" and classes[i + 1] == "V" and classes[i - 1] == "w"
                    and classes[i - 2] in "DM"
                    # (a noun's form, not a past: "The couple denied reports")
                    and VERB_LEMMA.get(words[i].lower()) == words[i].lower()):
                classes[i] = "s" if words[i].lower() in STATEMENT_NOUNS else "w"
        joined = "".join(classes)
    if "DOV" in joined or "DwV" in joined:
        for i in range(2, len(classes)):
            # "an attack on an army post", "a campaign release": a speech verb's plain
            # form that is also a statement's noun, after "a" and a noun, is that noun
            # (a verb would agree with its one subject: "an army posts"; but "a couple
            # say": a group's verb, as British papers write it)
            if (classes[i] == "V" and classes[i - 1] in "Ow" and classes[i - 2] == "D"
                    and words[i - 2].lower() in ("a", "an")
                    and VERB_LEMMA.get(words[i].lower()) == words[i].lower()
                    and words[i].lower() in STATEMENT_NOUNS  # (not "a couple say")
                    # (ending its phrase: not "Parents at a school claim the …", whose
                    # verb is the parents')
                    and (i + 1 == len(classes) or classes[i + 1] in ",.;:o)")):
                classes[i] = "s"
        joined = "".join(classes)
    if "Vd" in joined or "Vw" in joined:
        for i in range(len(classes) - 1):
            # "Ontario has added more than 80,000 nurses", "the firm added 500 jobs": "add"
            # before an amount is no verb of speech
            if classes[i] == "V" and VERB_LEMMA.get(words[i].lower()) == "add" and (
                    classes[i + 1] == "d" or words[i + 1].lower() in _AMOUNT_OPENERS):
                classes[i] = "w"
        joined = "".join(classes)
    if "VN" in joined or "Vn" in joined or "VO" in joined:
        for i in range(len(classes) - 1):
            # "said Democratic state Sen. Ingrid Lavallee", "state police said": "state"
            # before a name or a noun for people or a body is the word for a state's
            if classes[i] == "V" and words[i] == "state" and classes[i + 1] in "NnO":
                classes[i] = "w"
        joined = "".join(classes)
    if "V" in joined:
        for i in range(2, len(classes) - 1):
            # "The national report states that", "A national report published by the
            # church warned", "A facilities report presented to the board describes", "A
            # 2017 inspection report warned", "The inspection report itself is": a
            # statement's noun in a speech verb's plain form, after a determiner and a
            # word or a few, before a verb, "itself" or a participle's phrase, is the noun
            if (classes[i] == "V" and classes[i - 1] in "wnOd" and (
                    _after_determiner(classes, words, i) or classes[i + 1] == "," and _modified_from(
                        classes, i) >= 0)  # ("Estyn’s most recent inspection report,")
                    and words[i].lower() in STATEMENT_NOUNS
                    and VERB_LEMMA.get(words[i].lower()) == words[i].lower()
                    and (classes[i + 1] == "V" or words[i + 1].lower() == "itself"
                         or classes[i + 1] == "w" and i + 2 < len(
                        classes) and classes[i + 2] in "ot"
                         and words[i + 1].lower().endswith(("ed", "en", "wn"))
                         # (or set off after a possessive: "The Commission’s final
                         # report, released in September, found"; or before a
                         # participle: "The inspection report, published in 2023,")
                         or classes[i + 1] == "," and (
                             classes[max(0, _modified_from(classes, i))] == "M" or (
                             i + 2 < len(classes)
                             and words[i + 2].lower().endswith(("ed", "en", "wn")))))):
                classes[i] = "s"
        joined = "".join(classes)
    if "DsV" in joined:
        for i in range(2, len(classes) - 1):
            # "In a message posted on Instagram, Kauã … wrote", "a statement issued
            # through the union": a speech verb's form after "a" and a statement's noun,
            # with a preposition after it, is the statement's participle
            if classes[i] == "V" and classes[i - 1] == "s" and classes[i - 2] == "D" and (
                    classes[i + 1] == "o" and words[i + 1].lower() in _MEDIUM_PREPOSITIONS
                    and words[i - 2].lower() in ("a", "an")
                    and VERB_LEMMA.get(words[i].lower()) != "say"  # ("A statement said in
                    # part that …": its verb; "A letter written by the minister to the
                    # prime minister said": not where the letter was, but who wrote it)
                    or _text_participle(words, classes, i)):
                classes[i] = "w"
        joined = "".join(classes)
    if "sn" in joined or "sO" in joined or "sw" in joined:
        for i in range(len(classes) - 1):
            # "the audit committee said", "an inquiry spokeswoman", "the review panel
            # said", "a review panel member": the name of a body's work before a noun
            # for a person or a body, or before one that such a noun or a verb follows,
            # describes it (not "the editorial board": an editorial's own)
            if classes[i] == "s" and words[i].lower() in WORK_NOUNS and (
                    classes[i + 1] in "nO" or classes[i + 1] == "w"
                    and classes[i + 2:i + 3] in (["V"], ["n"], ["O"])):
                classes[i] = "w"
        joined = "".join(classes)
    if "DNV" in joined:
        for i in range(2, len(classes)):
            # "in a Facebook post", "an Instagram post": after "a" and a name, a noun
            # (not "The Times reported").
            if (classes[i] == "V" and classes[i - 1] == "N" and classes[i - 2] == "D"
                    and words[i - 2].lower() in ("a", "an")):
                classes[i] = "s" if words[i].lower() in STATEMENT_NOUNS else "w"
        joined = "".join(classes)
    return Window(spans, words, joined)


_NOUN_BEFORE_VERB_RE = re.compile("[wnOs]V")
# Words that open an amount ("more than 80,000", "nearly 500", "another 2,000").
_AMOUNT_OPENERS = frozenset("more nearly almost about around over another some".split())


def _possessive_noun(word: str, cls: str) -> bool:
    """"board's", "agency’s": a common noun with an 's (not "who's", "let's",
    "everyone's": no noun's)."""
    if cls not in "wnOs" or word[-2:] not in ("'s", "’s") or not word[:1].islower():
        return False
    base = word[:-2]
    return base not in FUNCTION_WORDS and base != "let" and not base.endswith(
        ("one", "body"))


_GROUP_RE = re.compile(r"(?:ans|ians|ese)$")
_CONTRACTION_RE = re.compile(r"[’'](?:s|d|ll|re|ve|m)$")


_TOKEN_CLASSES: dict[str, str] = {}


def _class_of(token: str) -> str:
    """A token's class, cached: "+" for a word whose full stop ends a sentence."""
    found = _TOKEN_CLASSES.get(token)
    if found is None:
        found = _PUNCT.get(token)
        if found is None:
            if token.endswith(".") and len(token) > 1 and not (
                    token[:-1].lower() in ABBREVIATIONS or "." in token[:-1]
                    or len(token) == 2):
                found = "+"
            else:
                found = _read_class(token)
        _TOKEN_CLASSES[token] = found
    return found


def _read_class(token: str) -> str:
    low = token.lower().rstrip(".")
    if "’" in low or "'" in low:
        bare = _CONTRACTION_RE.sub("", low)
        if bare in SUBJECT_PRONOUNS:
            return "P"  # "He’s", "she'd"
    cls = word_class(low)
    if cls in "wn" and _CAPITAL_RE.match(token):
        if _GROUP_RE.search(low):
            return "n"  # "Mexicans often say": a people, as a role noun
        return "W" if cls == "w" else "n"
    return cls


def _join_phrases(words: list[str], classes: list[str]) -> None:
    """"pointed out", "was quoted as saying": a phrasal cue is a verb (its first word
    takes the class, the rest become ``a``); a compound noun a word for speaking opens
    ("think tank") is a noun."""
    for i, word in enumerate(words):
        heads = _COMPOUND_NOUNS.get(word.lower())
        if heads and i + 1 < len(words) and words[i + 1].lower() in heads:
            classes[i], classes[i + 1] = "w", "n"
            continue
        pleas = _PLEAS.get(word.lower())
        if pleas and i + 1 < len(words) and words[i + 1].lower() in pleas:
            classes[i] = "w"
            continue
        tails = _PHRASES.get(word.lower())
        if not tails:
            continue
        for tail in tails:
            n = len(tail)
            if tuple(w.lower() for w in words[i + 1:i + 1 + n]) == tail:
                classes[i] = "G" if word.lower().endswith("ing") else "V"
                for j in range(i + 1, i + 1 + n):
                    classes[j] = "a"
                break


def _modified_from(classes: list[str], i: int, reach: int = 4) -> int:
    """Where the determiner or possessive is that the words before token ``i`` (a
    noun's modifiers, at most ``reach`` of them) follow: "Estyn’s most recent
    inspection report"; -1 when there is none."""
    j = i - 1
    while j >= 0 and i - j <= reach and classes[j] in "wnO":
        j -= 1
    return j if j >= 0 and j < i - 1 and classes[j] in "DM" else -1
