"""A headline that quotes someone: whose its quotation is ("Graham Pell: ‘…’", "‘…’: NDRF
commander on the rescue", "Q&A: ‘…’"), for the interview it heads and as a quote of
its own when the body never quotes those words."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import UNKNOWN_SPEAKER, Quote, QuoteKind, Role, Source
from .candidates import Article
from .entities import Entity
from .quotations import find_quotations, is_short, is_title, trimmed


# After the name a headline opens with: a colon, then a quotation mark.
_SAYS_IN_HEADLINE_RE = re.compile(r"\s*:\s*[‘“'\"]")


def headline_speaker(article: Article) -> Entity | None:
    """The person an interview's headline gives as the one quoted in it, "Graham Pell:
    ‘Finishing Ruth’s novel was the last conversation we had’": the interviewee, however
    often its introduction names another (the wife whose novel he finished); else
    None."""
    block = next((b for b in article.blocks if b.role is Role.HEADLINE), None)
    if block is None:
        return None
    named = article.people.within(block.start, block.end)
    if not named or named[0].start != block.start or not _SAYS_IN_HEADLINE_RE.match(
            article.source.text, named[0].end, block.end):
        return None
    entity = article.people.entity_of(named[0]).root()
    if entity.kind in ("unnamed", "org") or not (
            entity.is_person or article.people.person(entity)):
        return None
    return entity


# Before a headline's quotation, a short label and its colon ("Q&A: ‘…’", "Graham
# Pell: ‘…’"); after it, a colon and the words that say whose it is ("‘…’: NDRF
# commander on Silkyara rescue"), or the headline's end.
_HEADLINE_LABEL_RE = re.compile(r"[^:‘“'\"]{1,40}:\s*")
_HEADLINE_DESCRIBED_RE = re.compile(r"\s*(?::\s*(?P<description>\S.*))?\s*$")
_WORDS_RE = re.compile(r"\w+")
# The share of the article's quoted words (answers, not questions) the main voice has
# at least, and how sure the headline quote given it is: the headline describes the one
# the article is with ("Great-gran, 79, on her walk", "A Florida teacher on …").
MAIN_VOICE_SHARE = 0.4
MAIN_VOICE_CONFIDENCE = 0.6
HEADLINE_NAMED_CONFIDENCE = 0.9


def _words_of(text: str) -> str:
    return " ".join(_WORDS_RE.findall(text.lower()))


def headline_quote(article: Article, quotes: list[Quote], name: Callable[[Entity], str]
                   ) -> Quote | None:
    """A headline made of a quotation and whose it is ("‘When we saw their faces, we
    forgot we had not slept for days’: NDRF commander on Silkyara rescue", "Q&A: ‘…’",
    "Graham Pell: ‘…’"), when the body never quotes those words: the person the headline
    names, else the article's main voice, the one whose words the article quotes most
    (the headline describes whom the article is with); else no quote."""
    source, text = article.source, article.source.text
    block = next((b for b in source.blocks if b.role is Role.HEADLINE), None)
    if block is None:
        return None
    found = find_quotations(text, block.start, block.end)
    if not found or found[0].close_at is None:
        return None
    quotation, close_at = found[0], found[0].close_at
    start, end = trimmed(text, quotation)
    inner = text[start:end]
    if is_short(inner) or is_title(inner):
        return None
    label = text[block.start:quotation.open_at]
    described = _HEADLINE_DESCRIBED_RE.match(
        text, close_at + quotation.width, block.end)
    if (label and not _HEADLINE_LABEL_RE.fullmatch(label)) or described is None or (
            label and described.group("description")):
        return None
    words = _words_of(inner)
    if any(words in _words_of(quote.text) for quote in quotes):
        return None  # the body quotes them: that quote is the one
    entity = headline_speaker(article)
    if entity is None and described.group("description"):
        people = article.people
        entity = next((e for e in (people.entity_of(m).root() for m in people.within(
            described.start("description"), block.end) if not m.pronoun)
            if e.kind == "person"), None)  # (not "A Florida teacher")
    if entity is not None:
        speaker, confidence, rule = name(entity), HEADLINE_NAMED_CONFIDENCE, "headline-quote"
    else:
        voice = main_voice(source, quotes)
        if voice is None:
            return None
        speaker, confidence, rule = voice, MAIN_VOICE_CONFIDENCE, "headline-main-voice"
    cue = (described.start("description"), block.end) if described.group(
        "description") else (block.start, quotation.open_at)
    return Quote(number=0, source=source, speaker=speaker, kind=QuoteKind.DIRECT,
                 paragraph=block.index, span_data=(start, end), cue=cue,
                 rule=rule, confidence=confidence)


def main_voice(source: Source, quotes: list[Quote]) -> str | None:
    """The speaker the article quotes most, by words (an interview's answers, not its
    questions), if theirs are ``MAIN_VOICE_SHARE`` of all it quotes; else None."""
    words: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker == UNKNOWN_SPEAKER or source.blocks[
                quote.paragraph].role is Role.QUESTION:
            continue
        words[quote.speaker] = words.get(quote.speaker, 0) + len(quote.text.split())
    if not words:
        return None
    speaker = max(words, key=words.__getitem__)
    return speaker if words[speaker] >= MAIN_VOICE_SHARE * sum(words.values()) else None
