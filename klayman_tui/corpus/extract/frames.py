"""Cue frames: the ways news writing says who spoke, as patterns over token classes.

Each frame is a named sieve over one sentence's class string (see ``tokens``): ``@`` is
the quotation being attributed, ``Q`` another one, ``N`` a name (``M`` one with 's), ``P`` he/she/they, ``V``
a speech verb, ``G`` its -ing form, ``D`` a determiner, ``n``/``O``/``s`` a role,
organisation or statement noun, ``a`` an auxiliary or adverb, ``T`` "that", ``k t``
"according to", ``x`` who/which. A frame that matches names the speaker's slot (group
``s``) and, where it has one, the verb (group ``v``); the decision weighs every frame
that proposed a speaker, with the weight fitted for that frame, so a frame that does not
earn its place shows it (``benchmarks/attribution_eval.py --rules``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The speaker slot: a name (with an aside in brackets), he/she/they, a determiner phrase
# ("the company", "a spokesman for the ministry", "the Cruz campaign's Iowa director"), or
# a bare role noun ("Critics", "police").
_NP = r"[DM][wWnOsdNa]{0,5}?[nOswW](?:oD?[wWnOdN]{0,3}[NWnO])?"
SUBJECT = rf"(?P<s>N(?:\([^()]{{0,8}}\))?|P|{_NP}|[nO])"
# An aside between the subject and its verb: "Smith, a spokesman for Acme, said".
_ASIDE = r"(?:[,-][^.@Q;:]{1,20}?[,-])?"


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    pattern: re.Pattern[str]
    anchored: bool   # matched at the quotation (``@``) rather than searched before it
    describes: str   # for the evidence line


def _frame(name: str, pattern: str, anchored: bool, describes: str) -> Frame:
    return Frame(name, re.compile(pattern), anchored, describes)


# Frames read after the quotation, matched at its ``@``.
AFTER = (
    _frame("quote-subject-verb", rf"@[,.]?{SUBJECT}{_ASIDE}a*(?P<v>V)", True,
           "“…,” she said"),
    _frame("quote-verb-subject", rf"@[,.]?a*(?P<v>V)a*{SUBJECT}", True, "“…,” said X"),
    _frame("quote-according-to", rf"@[,.]?kt{SUBJECT}", True, "“…,” according to X"),
)
# Frames read before the quotation, in the same sentence: each is searched in the
# class string up to and including ``@``.
BEFORE = (
    _frame("subject-verb-colon", rf"{SUBJECT}{_ASIDE}a*(?P<v>V)[^.@QV]{{0,6}}?[,:]@$", False,
           "X said: “…”"),
    _frame("subject-verb-that", rf"{SUBJECT}{_ASIDE}a*(?P<v>V)a*T[^.@]*?@$", False,
           "X said that “…”"),
    _frame("according-to", rf"kt{SUBJECT}[^.@]*?@$", False, "according to X, “…”"),
    _frame("verb-subject-colon", rf"a*(?P<v>V)a*{SUBJECT}[,:]@$", False, "said X: “…”"),
    _frame("name-before-quote", r"(?P<s>N)@$", False, "X “…”"),
)
# The sentence's subject, when the sentence holding the quotation has a speech verb or
# its -ing form somewhere before it, or ends in a colon right before it.
SUBJECT_OF_SENTENCE = re.compile(rf"^[^.@QNPVG]*?(?:,|c)?{SUBJECT}")
REPORTED = re.compile(rf"{SUBJECT}{_ASIDE}a*(?P<v>V)")  # any subject-verb pair
PARTICIPLE = re.compile(r"G[^.@]*?@$")
COLON = re.compile(r":@$")
