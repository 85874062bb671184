"""Speech cues: who a quotation belongs to, from the words around it."""

from __future__ import annotations

import re

SPEECH_VERBS = (
    "said says say told tells wrote writes explained explains added adds recalled recalls "
    "acknowledged acknowledges reported reports believes believed noted notes insisted "
    "insists argued argues stated states asked asks replied replies answered answers "
    "continued continues admitted admits declared declares claimed claims remarked remarks "
    "observed observes relays relayed commented comments laughed laughs joked jokes warned "
    "warns emphasised emphasises emphasized emphasizes agreed agrees concluded concludes "
    "recounted recounts described describes quipped quips announced announces suggested "
    "suggests predicted predicts urged urges mused muses tweeted tweets posted posts "
    "cautioned cautions maintained maintains contended contends conceded concedes "
    "confirmed confirms shouted shouts whispered whispers testified testifies"
).split()
_VERB = r"(?:has |had |have )?(?:" + "|".join(SPEECH_VERBS) + r")"
_NAME_WORD = r"[A-Z][\w’'.-]*"
_NAME = rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_PRONOUN = r"(?:[Ss]he|[Hh]e|I)"
_SUBJECT = rf"(?P<subject>{_PRONOUN}|{_NAME})"
_APPOSITIVE = r"(?:,[^,“”\"]{1,80},)?"
_ADVERB = r"(?:\w+ly\s+)?"

# "Klayman said", "Jen Fineran, the editor, wrote in an email that", "she believes,"
SUBJECT_VERB_RE = re.compile(rf"\b{_SUBJECT}{_APPOSITIVE}\s+{_ADVERB}{_VERB}\b")
# ", says Klayman" / ", said Mr Smith"
VERB_SUBJECT_RE = re.compile(rf"^\s*[,;:—–-]?\s*{_VERB}\s+{_SUBJECT}\b")
AFTER_SUBJECT_VERB_RE = re.compile(
    rf"^\s*[,;:—–-]?\s*{_SUBJECT}{_APPOSITIVE}\s+{_ADVERB}{_VERB}\b")
SENTENCE_END_CUE_RE = re.compile(rf",\s*{_SUBJECT}\s+{_VERB}\s*[.!?]?\s*$")
# "according to Klayman, “" / "according to the engineer, David Lee, “"
ACCORDING_RE = re.compile(
    rf"\b[Aa]ccording to\s+(?:[a-z][^,“”\"]{{0,40}},\s*)?(?P<subject>{_NAME})\s*,?\s*$")
POSSESSIVE_RE = re.compile(
    rf"\b(?P<subject>{_NAME})[’']s\s+(?:\w+\s+){{0,2}}(?:declaration|statement|words|remark"
    r"|comment|quip|motto|slogan|reply|response|answer|tweet|post|message|line)\b")
NAME_BEFORE_RE = re.compile(rf"(?:^|[\s(])(?P<subject>{_NAME})\s*$")

# Words that start a sentence or clause and so cannot begin a name before a verb.
_NOT_NAMES = {
    "but", "and", "so", "then", "though", "although", "when", "as", "in", "the", "a", "an",
    "yet", "also", "now", "after", "before", "while", "if", "because", "since", "still",
    "even", "here", "there", "this", "that", "it", "they", "we", "you", "what", "who",
    "why", "how", "later", "earlier", "meanwhile", "instead", "indeed", "however",
    "exactly", "yes", "no", "well", "on", "at", "for", "from", "with", "of", "to", "by",
}


def last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (the cue nearest the quotation)."""
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - only the last one is wanted
        pass
    return found


def clean_name(raw: str) -> str | None:
    """Drop sentence-opening words from a captured name ("But Weiwei" -> "Weiwei")."""
    words = raw.split()
    while words and words[0].lower().strip(".") in _NOT_NAMES:
        words = words[1:]
    if not words or re.search(r"[’']s?$", words[-1]):
        return None  # empty, or a possessive ("Klayman’s film"), which is not a speaker
    return " ".join(words).rstrip(".,")


def subject_of(match: re.Match[str] | None) -> str | None:
    if match is None:
        return None
    subject = match.group("subject")
    if subject in ("she", "She", "he", "He", "I"):
        return subject.lower() if subject != "I" else "I"
    return clean_name(subject)


def cue_after(after: str) -> str | None:
    """A cue right after the closing mark: `,” she said` or `,” says Klayman`."""
    return subject_of(AFTER_SUBJECT_VERB_RE.match(after) or VERB_SUBJECT_RE.match(after))


def cue_before(before: str) -> str | None:
    """A cue earlier in the sentence: `Fineran wrote … that “`, `according to X, “`."""
    found = last_match(SUBJECT_VERB_RE, before)
    return subject_of(found or ACCORDING_RE.search(before) or POSSESSIVE_RE.search(before))


def cue_at_sentence_end(after: str) -> str | None:
    """`… “try to anticipate” what his next move might be, she said.`"""
    return subject_of(SENTENCE_END_CUE_RE.search(after))


def name_just_before(before: str) -> str | None:
    """`Klayman “preferred to be …”`: a name directly before the quotation."""
    match = NAME_BEFORE_RE.search(before)
    if match is None or match.group("subject") in ("I",):
        return None
    return subject_of(match)


def cue_in_sentence(sentence: str) -> str | None:
    """Any cue in a whole (masked) sentence: `Klayman explained that …`."""
    return subject_of(last_match(SUBJECT_VERB_RE, sentence))
