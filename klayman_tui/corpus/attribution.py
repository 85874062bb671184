"""Speech cues: who a quotation belongs to, from the narration around it.

Every function here reads masked text (the paragraph with its quotations blanked out)
and returns a ``Cue``: the words naming the speaker and what kind of words they are.
The speaker is the subject of the speech verb — the name, pronoun or role right before
it (``Paltrow revealed``, ``the director said``), or right after it when the order is
inverted (``said Steve Cowan, a spokesman for …``) — never a name from a side clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .people import NAME_RUN_RE
from .lexicon import (FUNCTION_WORDS, ORGANISATION_NOUNS, PARTICIPLE_CUES, PHRASAL_CUES,
                      ROLE_NOUNS, SPEECH_VERBS, STATEMENT_NOUNS, UPPER)

def _trie_pattern(words: list[str]) -> str:
    """One regular expression for many words, as a trie ("sa(?:id|ys|y)"), so that a
    word start is tried once, not once per verb."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + pattern(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)


# Phrasal cues keep their words apart by any space: "pointed  out".
_VERBS = _trie_pattern(sorted(SPEECH_VERBS | set(PHRASAL_CUES))).replace(r"\ ", r"\s+")
VERB_RE = re.compile(rf"(?<![\w’'-])(?:{_VERBS})(?![\w’'-])")
_PARTICIPLE_RE = re.compile(rf",?\s*\b(?:{'|'.join(PARTICIPLE_CUES)})\b(?:\s+that)?\s*[,:]?\s*$")
_ACCORDING_RE = re.compile(r"\b[Aa]ccording\s+to\s+(?P<rest>[^;]{1,120}?)\s*,?\s*$")
_AS_PUT_RE = re.compile(r"^\s*,?\s*as\s+(?P<subject>.{1,80}?)\s+(?:put|puts|said|says|noted|"
                        r"wrote|writes|reported|reports)\b(?:\s+it)?")
_AUXILIARY = frozenset("""has had have would will did does do also then later once again
was is were been being
just only still reportedly simply quickly quietly flatly publicly privately recently
repeatedly earlier previously himself herself""".split())
_DETERMINERS = frozenset("the a an one another some this that these those his her their its "
                         "our my same".split())
_WORD_RE = re.compile(r"[\w’'.-]+")
_NAME_START_RE = re.compile(rf"[{UPPER}]")
_POSSESSIVE_CUE_RE = re.compile(
    r"[’']s\s+(?:\w+\s+){0,2}(?:declaration|statement|words|remark|comment|quip|motto"
    r"|slogan|reply|response|answer|tweet|post|message|line|letter|view|verdict)s?\b")


@dataclass
class Cue:
    """Who a cue names: ``kind`` is "pronoun", "name", "role" or "subject" (the
    sentence's subject, for `…, saying “…”` and colon introductions)."""

    kind: str
    start: int          # where the naming words start, in the masked paragraph
    end: int
    text: str = ""      # the pronoun, or the role phrase
    head: str = ""      # a role's noun: "spokesman"
    organisation: str = ""  # "for the National Defense Commission" -> that name


def _words_before(text: str, end: int, limit: int = 12) -> list[re.Match[str]]:
    return list(_WORD_RE.finditer(text, max(0, end - 120), end))[-limit:]


def _opening_word(text: str) -> tuple[str, str | None]:
    """The first word of ``text`` ("" if none) and, when it is one, its pronoun."""
    first = _WORD_RE.match(text)
    word = first.group() if first else ""
    return word, _pronoun(word) if word else None


def _pronoun(word: str) -> str | None:
    low = re.sub(r"[’'](?:d|s|ll)$", "", word.lower())
    if low in ("he", "she"):
        return low
    if word == "I":
        return "I"
    return None


def role_phrase(text: str, start: int, end: int) -> Cue | None:
    """A noun phrase naming a role in ``text[start:end]``: "a spokesman for the
    National Defense Commission", "one Western official", "the company"."""
    phrase = text[start:end].strip(" ,;:—–-")
    words = phrase.split()
    if not words or len(words) > 12:
        return None
    if words[0].lower() not in _DETERMINERS:
        return None
    head = ""
    tail = len(words)
    for index, word in enumerate(words[1:], start=1):
        low = word.lower().strip(",.")
        if low in ("for", "of", "at", "with", "from", "who", "which", "in", "on"):
            tail = index
            break
        if low in ROLE_NOUNS or low in ORGANISATION_NOUNS or low in STATEMENT_NOUNS:
            head = low
        elif head and word.endswith(","):
            tail = index + 1
            break
    if not head:
        return None
    described = " ".join(w.strip(",") for w in words[1:tail]
                         if w.lower().strip(",") not in ("same",))
    organisation = ""
    if tail < len(words) and words[tail].lower() in ("for", "of", "at", "with", "from"):
        rest = [w.strip(",.") for w in words[tail + 1:]]
        while rest and rest[0].lower() in _DETERMINERS:
            rest.pop(0)
        named = []
        for word in rest:
            if not word or not (_NAME_START_RE.match(word) or word.lower() in ("of", "and")):
                break
            named.append(word)
        organisation = " ".join(named).strip()
    position = text.find(phrase, start)
    return Cue("role", position, position + len(phrase), text=described, head=head,
               organisation=organisation)


def _before_aside(text: str, end: int) -> int:
    """Where ``text[:end]`` ends once a closing parenthesis is set aside:
    "Sen. Jane Doe (R-Warren) said"."""
    aside = re.search(r"\([^()]{0,80}\)\s*$", text[max(0, end - 90):end])
    return end - len(aside.group()) if aside else end


def subject_before(text: str, verb_start: int, floor: int = 0) -> Cue | None:
    """The subject of a verb at ``verb_start``: the name, pronoun or role right before
    it, past an appositive between commas."""
    verb_start = _before_aside(text, verb_start)
    words = _words_before(text, verb_start)
    if words and words[-1].group().lower() in ("was", "were", "been", "being", "is", "are"):
        return None  # "she was told that …": the words are somebody else's
    while words and words[-1].group().lower() in _AUXILIARY or (
            words and words[-1].group().endswith("ly") and words[-1].group()[0].islower()):
        words.pop()
    if not words:
        return None
    end = words[-1].end()
    if end < floor:
        return None
    gap = text[end:verb_start]
    if "," in gap:
        # "Steve Cowan, a spokesman for X, said": skip back over the appositive.
        opening = text.rfind(",", max(floor, end - 140), end)
        if opening < 0:
            return None
        inner_words = _words_before(text, _before_aside(text, opening))
        if not inner_words:
            return None
        end = inner_words[-1].end()
        words = inner_words
    last = words[-1].group()
    pronoun = _pronoun(last)
    if pronoun:
        return Cue("pronoun", words[-1].start(), end, text=pronoun)
    if _NAME_START_RE.match(last):
        return Cue("name", words[-1].start(), end)
    # A role: find the determiner that opens it.
    for index in range(len(words) - 1, max(-1, len(words) - 9), -1):
        if words[index].group().lower() in _DETERMINERS:
            return role_phrase(text, words[index].start(), end)
    return None


def subject_after(text: str, start: int) -> Cue | None:
    """The subject after an inverted verb: `said Steve Cowan, …`, `says a senior official`."""
    rest = text[start:start + 160]
    stripped = rest.lstrip()
    offset = start + len(rest) - len(stripped)
    word, pronoun = _opening_word(stripped)
    if pronoun:
        return Cue("pronoun", offset, offset + len(word), text=pronoun)
    if word.lower() in _DETERMINERS:
        stop = re.search(r"[,.;:!?—–]|\s(?:who|which|in|on|at|after|before|as|when)\s",
                         stripped)
        limit = stop.start() if stop else len(stripped)
        # Keep "for the X" inside the phrase: "a spokesman for the Pennsylvania …".
        cue = role_phrase(text, offset, offset + limit)
        if cue:
            extended = re.match(r"[^,.;:!?—–]*", stripped)
            return role_phrase(text, offset, offset + extended.end()) or cue
        return None
    run = NAME_RUN_RE.match(text, offset)
    if run is not None:
        if run.group().endswith(("’s", "'s")):
            # "said Blair's agent, Maria Conti": the agent, not Blair.
            named = re.match(r"[^,.;:]{0,40},\s*", text[run.end():])
            after_comma = NAME_RUN_RE.match(text, run.end() + named.end()) if named else None
            if after_comma is None:
                return None
            return Cue("name", after_comma.start(), after_comma.end())
        return Cue("name", offset, run.end())
    return None


def cue_after(after: str) -> Cue | None:
    """A cue right after the closing mark: `,” she said`, `,” says Klayman`,
    `,” the director said`, `,” said Jose Ramirez, who …`."""
    lead = re.match(r"\s*[,;:—–-]*\s*", after)
    position = lead.end()
    according = re.match(r"[Aa]ccording\s+to\s+([^,.;:!?]{1,60})", after[position:])
    if according:
        # "“…,” according to the statement."
        start = position + according.start(1)
        return (role_phrase(after, start, position + according.end(1))
                or (Cue("name", start, position + according.end(1))
                    if _NAME_START_RE.match(after, start) else None))
    clause = re.match(r"[^.!?;:“”\"]*", after[position:]).group()
    verb = VERB_RE.search(clause)
    if verb is None:
        return None
    if verb.start() == 0:
        return subject_after(after, position + verb.end())
    segment = clause[:verb.start()]
    if len(segment.split()) > 12:
        return None
    word, pronoun = _opening_word(segment)
    if pronoun:
        if len(segment.split()) <= 3:
            return Cue("pronoun", position, position + len(word), text=pronoun)
        return None
    if word.lower() in _DETERMINERS:
        return role_phrase(after, position, position + verb.start())
    if _NAME_START_RE.match(word):
        return Cue("name", position, position + verb.start())
    return None


def last_verb(text: str) -> re.Match[str] | None:
    """The last speech verb in ``text``, looked for near its end first."""
    for reach in (100, 400, len(text)):
        found = None
        for found in VERB_RE.finditer(text, max(0, len(text) - reach)):  # noqa: B007
            pass
        # A verb found wholly inside the window is the last one (the window may cut a
        # verb at its start, so the whole text is read if it starts right there).
        if found is not None and found.start() > len(text) - reach:
            return found
        if reach >= len(text):
            return found
    return None


def cue_before(before: str) -> Cue | None:
    """A cue earlier in the sentence: `Fineran wrote that “`, `Paltrow revealed, “`,
    `according to X, “`, `…, saying, “`, `Giuliani … laid blame on Obama: “`."""
    # The substring test first: the pattern's lazy phrase is slow to fail.
    according = _ACCORDING_RE.search(before) if "ccording" in before else None
    if according and (len(according.group("rest").split()) > 10
                      or VERB_RE.search(according.group("rest"))):
        according = None  # "According to X, Y alleges that …": Y's verb is the cue
    if according:
        start = according.start("rest")
        named = NAME_RUN_RE.search(before, start, according.end("rest"))
        if named is not None and before[named.start():named.end()] not in ("The", "A"):
            # "according to the engineer, David Lee,": the name, not the role.
            return Cue("name", named.start(), named.end())
        cue = role_phrase(before, start, according.end("rest"))
        if cue is None and _NAME_START_RE.match(before, start):
            return Cue("name", start, according.end("rest"))
        return cue
    if _PARTICIPLE_RE.search(before, max(0, len(before) - 40)):  # it ends the text
        return Cue("subject", 0, len(before))
    found = last_verb(before)
    if found is not None:
        tail = before[found.end():]
        # "said Christie “has …”": the cue's subject is before the verb, and a
        # quotation straight after an object name is still the subject's.
        if len(tail.split()) <= 25:
            cue = subject_before(before, found.start())
            if cue is not None:
                return cue
            inverted = subject_after(before, found.end())
            if inverted is not None and not tail.strip().startswith(("that", "to")):
                return inverted
    possessive = (_POSSESSIVE_CUE_RE.search(before)
                  if "’s" in before or "'s" in before else None)
    if possessive:
        words = _words_before(before, possessive.start(), 1)
        if words and _NAME_START_RE.match(words[0].group()):
            return Cue("name", words[0].start(), words[0].end())
    if before.rstrip().endswith(":"):
        return Cue("subject", 0, len(before))
    return None


_END_CUE_RE = re.compile(
    r",\s*([^,]{1,60}?)\s+(?:\w+ly\s+)?(" + _VERBS + r")\b[^,]{0,40}[.!?]?\s*$")
_END_INVERTED_RE = re.compile(
    r",\s*(" + _VERBS + r")\s+([^,.]{1,60})[,.]?[^,]{0,60}[.!?]?\s*$")
# Both patterns end the text and span at most this much of it.
_END_CUE_REACH = 200


def cue_at_sentence_end(after: str) -> Cue | None:
    """`“…” what his next move might be, she said.` / `…, Burtless said.`"""
    tail = max(0, len(after) - _END_CUE_REACH)
    match = _END_CUE_RE.search(after, tail)
    if match:
        cue = subject_before(after, match.start(2), floor=match.start(1))
        if cue is not None:
            return cue
    match = _END_INVERTED_RE.search(after, tail)
    if match:
        return subject_after(after, match.end(1))
    return None


def cue_as_put(after: str) -> Cue | None:
    """`“…,” as the New York Times put it`."""
    match = _AS_PUT_RE.match(after)
    if match is None:
        return None
    start = match.start("subject")
    cue = role_phrase(after, start, match.end("subject"))
    if cue is not None:
        return cue
    if after.startswith("the ", start):
        start += 4
    return (
        Cue("name", start, match.end("subject"))
        if _NAME_START_RE.match(after, start) else None)


def cue_in_sentence(sentence: str) -> Cue | None:
    """Reported speech in a whole (masked) sentence: `Klayman explained that …`."""
    found = last_verb(sentence)
    if found is None:
        return None
    return subject_before(sentence, found.start())


def is_function_word(word: str) -> bool:
    return word.lower() in FUNCTION_WORDS
