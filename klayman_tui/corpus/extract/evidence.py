"""How a quote's speaker was decided, in one line a reader can check against the text:
``said Tony Blair (¶4)``, ``he said (¶5); he → Tony Blair, named in ¶3``.

Plain text from the article's own words (the caller neutralises it like any file text).
"""

from __future__ import annotations

from ..model import UNKNOWN_SPEAKER, Quote, QuoteKind

# Rules whose cue is not in the quote's own sentence: how each is put.
_DESCRIBED = {
    "continues": "goes on from",
    "pull-quote": "the same words are cued in",
    "article-subject": "no cue names anyone; the article is about",
    "interview-turn": "an answer in the interview",
    "labelled-turn": "the transcript's label",
    "colon-block": "set off after",
}
_PRONOUNS = frozenset("he she they it".split())


def _without_verbs(cue: str) -> str:
    """"the prime minister said" -> "the prime minister": the words naming the speaker."""
    from ..words.lexicon import AUXILIARIES, SPEECH_VERBS  # read with the first evidence

    return " ".join(w for w in cue.split()
                    if w.lower() not in SPEECH_VERBS and w.lower() not in AUXILIARIES)


def paragraph_number(quote: Quote, offset: int) -> int:
    """The 1-based paragraph holding ``offset`` in the quote's source."""
    block = quote.source.block_at(offset)
    return block.index + 1 if block is not None else quote.paragraph + 1


def evidence_line(quote: Quote) -> str:
    """One line saying what decided the speaker."""
    text = quote.source.text
    spans = quote.cue_spans
    if quote.kind in (QuoteKind.ANSWER, QuoteKind.QUESTION):
        if spans:
            a, b = spans[0]
            return f"the transcript's label “{text[a:b].strip()}” (¶{quote.paragraph + 1})"
        if quote.kind is QuoteKind.ANSWER:
            return "an answer in the interview: the interviewee's"
        return "a question in the interview: the interviewer's"
    if quote.speaker == UNKNOWN_SPEAKER:
        return "no cue names a speaker: Unknown rather than a guess"
    if not spans:
        described = _DESCRIBED.get(quote.rule, "")
        return f"{described} {quote.speaker}".strip() if described else quote.speaker
    a, b = spans[0]
    cue = " ".join(text[a:b].split())
    where = f"¶{paragraph_number(quote, a)}"
    if quote.rule == "continues":
        line = f"goes on from “{cue}” ({where})"
    elif quote.rule == "pull-quote":
        line = f"the same words are cued “{cue}” ({where})"
    elif quote.rule == "embedded-post":
        line = f"the post's signature “{cue}” ({where})"
    elif quote.rule == "headline-quote":
        line = f"the headline gives whose: “{cue}” ({where})"
    elif quote.rule == "headline-main-voice":
        line = (f"the headline describes whose: “{cue}” ({where}); the article quotes "
                f"{quote.speaker} most")
    elif quote.rule == "self-named":
        line = f"the speaker names themself: “{cue}” ({where})"
    elif quote.rule == "dialogue-turn":
        line = f"turns alternate in the exchange: “{cue}” ({where})"
    else:
        line = f"{cue} ({where})"
    if len(spans) > 1:
        c, d = spans[1]
        named = " ".join(text[c:d].split())
        word = next((w for w in cue.lower().split() if w in _PRONOUNS), None)
        subject = word or _without_verbs(cue) or "it"
        line += f"; {subject} → {quote.speaker}, named as “{named}” in ¶{paragraph_number(quote, c)}"
    return line
