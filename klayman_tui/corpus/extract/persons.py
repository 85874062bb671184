"""Whether an entity is a person a he or she may stand for, from what the article itself
shows about it, not from lists of names (which miss most names from other countries).

Each piece of evidence is a feature with a weight set by hand (measured on the labelled
news, see the commit that set them); an entity whose evidence sums to more than
``PERSON_ABOVE`` may be the one a clause-opening he or she stands for. For a person:
a title, a role or a first name the lists know (strong, but never required); the subject
of a speech or thought verb, or named right after one; quoted already; "X, who", "X,
48,"; "X's wife"; his or her later in a sentence X opens; a name of two or more words,
later named by one of them alone. Against: a single word seen only opening sentences
("Heavy rain fell", "Districts want"); the subject of a verb that takes things ("Hurricane
Nora hits"); "X, which"; a place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from ..words.lexicon import (MENTAL_LEMMAS, NAME_PARTICLES, OWN_PRONOUNS, SPEECH_VERBS,
                             VERB_LEMMA)
from ..words.roles import FEMALE_NOUNS, MALE_NOUNS, ROLE_NOUNS
from .tokens import previous_word

if TYPE_CHECKING:  # entities imports this module
    from .entities import Entity, Mention

# Evidence and its weight: one feature counts once however often it recurs.
WEIGHTS = {
    "named_as_person": 3.0,   # a title, a role noun before, an honorific, a known first name
    "titled": 3.0,            # a role in an apposition or before the name
    "has_spoken": 3.0,        # a quote given to it already
    "speech_subject": 3.0,    # "X said", "said X", "X, who told …", "X believes"
    "gender_told": 3.0,       # he or she from a title, a first name or a curated entry
    "who": 1.5,               # "X, who …": a relative clause for a person
    "age": 1.5,               # "X, 48,"
    "kin": 1.5,               # "X's wife", "X's son"
    "named_for_person": 3.0,  # after a noun for a person and a comma: "his son, Grant,"
    "own_pronoun": 1.0,       # "X left his home": his or her later in X's sentence
    "acts": 1.5,              # the subject of a verb in the past, in -s, or is/was/has/does
    "full_name": 1.0,         # two or more capitalised words
    "short_form": 1.0,        # later named by one word of the full name alone
    "one_word": -0.5,         # one word: most are places, bodies, things ("China announced")
    "sentence_start_only": -0.5,  # one word, seen only opening sentences
    "located": -1.5,          # named where a place goes ("in China") at least once
    "gerund": -1.5,           # one long word in -ing opening sentences: "Fundraising has"
    "thing_verb": -0.5,       # the subject of a verb that takes things: "Ida hits", "rain fell"
    "headline_only": -1.0,    # named only in the headline
    "common_word": -1.0,      # its first word is in the article in lower case too
    "which": -1.5,            # "X, which …"
    "plural": -3.0,           # the subject of a speech verb's plural form: "Schools ask"
    "place": -3.0,            # named only where a place goes
}
PERSON_ABOVE = 0.0
# Evidence that a name is a person's own, whatever the lists say: it speaks, is described
# or referred to as one.
SPEAKS_AS_PERSON = frozenset({"has_spoken", "speech_subject", "who", "age", "kin",
                              "named_for_person", "own_pronoun", "titled", "gender_told"})
# The most the words around the mentions and the article's lower case can take away.
_WORST_READ = sum(WEIGHTS[name] for name in (
    "thing_verb", "plural", "which", "headline_only", "common_word"))
# What the words around a mention may show (``_read_mention``), for a person and against.
_MENTION_GAINS = ("short_form", "named_for_person", "kin", "age", "who", "speech_subject",
                  "acts", "own_pronoun")
_MENTION_LOSSES = ("which", "thing_verb", "plural")
# Letters of a word in -ing read as a gerund, not a name ("Fundraising", "Spending";
# not "Jing", "Cheng").
GERUND_LETTERS = 7
# Mentions of one entity read for evidence: a few show what it is, and reading each
# costs a look at the words around it.
MENTIONS_READ = 8
# Verbs whose subject is mostly a thing or an event (storms, prices, rain), in the
# forms that follow a subject: general English, about no article.
THING_VERBS = frozenset("""fell falls fall rose rises rise hit hits struck strikes
lashed lashes battered batters swept sweeps flooded floods poured pours blew blows
erupted erupts collapsed collapses landed lands spread spreads""".split())
KIN_NOUNS = frozenset("""wife husband mother father son sons daughter daughters sister
sisters brother brothers children family parents widow widower girlfriend boyfriend
fiancee fiancée grandmother grandfather grandson granddaughter uncle aunt nephew niece
mom dad cousin""".split())
# Forms of each speech verb's lemma: a base form that is also its past ("put") says
# nothing of the number of its subject.
_FORMS = Counter(VERB_LEMMA[f] for f in SPEECH_VERBS if f in VERB_LEMMA)
PERSON_NOUNS = KIN_NOUNS | FEMALE_NOUNS | MALE_NOUNS | ROLE_NOUNS
_FINITE = frozenset("is was has does".split())
_WHO_RE = re.compile(r",?\s+who\b")
_WHICH_RE = re.compile(r",\s+which\b")
AGE_RE = re.compile(r",\s*\d{1,3},")  # ", 71,"
_WORD_RE = re.compile(r"[’']?s?\s+([a-z][\w’'-]*)")
_HIS_HER_RE = re.compile(rf"\b(?:{OWN_PRONOUNS})\b")
# Characters back a speech verb before a name is read in ("…," says David Axelrod).
SAYS_REACH = 20
# A verb in -s right after the name, then an article, a possessive or a preposition:
# "Jokowi leads the union" (not "Heavy rains fell", whose -s word is a plural noun).
_PRESENT_RE = re.compile(r"\s+[a-z]{2,}[^\Ws]s\s+(?:the|a|an|his|her|its|their|to|in|on|at|"
                         r"for|with|of|from|into|over)\b")
_NOUN_COMMA_RE = re.compile(r"([a-z]+),\s+$")
_STOP_RE = re.compile(r"[.!?;:\x01]")


def _acts(word: str) -> bool:
    """A verb that agrees with one subject and says it did something: "Kanu was",
    "Rismaharini opened" (a base form agrees with many: "Districts want")."""
    return (word in _FINITE or word.endswith("ed") and len(word) > 3
            or word.endswith(("n’t", "n't")) and not word.startswith(
                ("aren", "weren", "haven", "don")))


def plain_word(word: str, texts: Iterable[str]) -> bool:
    """Whether ``word`` (capitalised) is an ordinary word, not a name: written in lower
    case in the article too, a long word in -ing ("Hosting"), or hyphenated with a part
    in lower case ("Day-by-day"; not "al-Assad"'s particle)."""
    if len(word) >= GERUND_LETTERS and word.endswith("ing"):
        return True
    parts = word.split("-")
    if any(p[:1].islower() and p not in NAME_PARTICLES for p in parts[1:]):
        return True
    return in_lower_case(word, texts)


def in_lower_case(word: str, texts: Iterable[str]) -> bool:
    """Whether the article has ``word`` in lower case too ("Heavy rain …: heavy
    snow", "Hurricane Ida … the hurricane"): a word of English, not only a name."""
    word = word.lower()
    if not word.isalpha():
        return False
    # The pattern is compiled only for a word some text holds (a name seldom is).
    holding = [text for text in texts if word in text]
    if not holding:
        return False
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])")
    return any(pattern.search(text) for text in holding)


def _says(text: str, start: int) -> bool:
    """"…," says David Axelrod: named after a speech verb that is said of one speaker
    (not "Schools ask Albany", whose verb agrees with many and names who is asked)."""
    verb = previous_word(text, start, SAYS_REACH)
    if verb is None:
        return False
    word = verb.group(1).lower()
    return VERB_LEMMA.get(word) not in (word, "ask", "tell")


def evidence(entity: Entity, mentions: Sequence[Mention],
             headlines: set[int] | frozenset[int] = frozenset()) -> dict[str, float]:
    """The features of ``entity`` (a root entity), from itself and its ``mentions``
    (non-pronoun mentions that name it, in order) and where its headlines start
    (``headlines``); ``common_word`` needs the article's text (``is_person`` adds it)."""
    found = _entity_evidence(entity, mentions, headlines)
    for mention in mentions[:MENTIONS_READ]:
        _read_mention(entity, mention, found)
    return found


def _entity_evidence(entity: Entity, mentions: Sequence[Mention],
                     headlines: set[int] | frozenset[int]) -> dict[str, float]:
    """What ``entity`` itself shows, and whether its mentions are all in headlines."""
    found: dict[str, float] = {}
    if mentions and all(m._base in headlines for m in mentions):
        found["headline_only"] = 1.0
    if entity.is_place:
        found["place"] = 1.0
    elif entity.located:
        found["located"] = 1.0
    if entity.kind in ("person", "unnamed"):
        found["named_as_person"] = 1.0
    if entity.titled or entity.roles:
        found["titled"] = 1.0
    if entity.speaks > 0:
        found["has_spoken"] = 1.0
    if entity.known_gender:
        found["gender_told"] = 1.0
    if len(entity.key) >= 2:
        found["full_name"] = 1.0
    else:
        found["one_word"] = 1.0
    if len(entity.key) == 1 and not entity.inside:
        found["sentence_start_only"] = 1.0
        if len(entity.key[0]) >= GERUND_LETTERS and entity.key[0].endswith("ing"):
            found["gerund"] = 1.0
    return found


def _read_mention(entity: Entity, mention: Mention, found: dict[str, float]) -> None:
    """Add to ``found`` what the words around one mention of ``entity`` show."""
    if len(mention.entity.key) < len(entity.key) and len(entity.key) >= 2 and not (
            "".join(mention.entity.core).isupper()):
        found["short_form"] = 1.0  # "Kanu" for Nnamdi Kanu; not "DNC" for "Former DNC"
    text = mention._text
    if not text:
        return
    end = mention.end - mention._base
    after = text[end:end + 12]
    noun = _NOUN_COMMA_RE.search(text, max(0, mention.start - mention._base - 20),
                                 mention.start - mention._base)
    if noun is not None and noun.group(1).lower() in PERSON_NOUNS:
        found["named_for_person"] = 1.0
    if mention.possessive:
        word = _WORD_RE.match(text, end)
        if word is not None and word.group(1) in KIN_NOUNS:
            found["kin"] = 1.0
        return
    age = AGE_RE.match(after)
    if age:
        found["age"] = 1.0
    if _WHICH_RE.match(after):
        found["which"] = 1.0
    elif _WHO_RE.match(text, end, end + 40) or age and _WHO_RE.match(text, end + age.end()):
        found["who"] = 1.0
    if mention.named_speaking and _says(text, mention.start - mention._base):
        found["speech_subject"] = 1.0
    if not mention.subject or mention.embedded:
        return
    verb = mention.verb
    lemma = VERB_LEMMA.get(verb)
    if verb in THING_VERBS:
        found["thing_verb"] = 1.0
    elif lemma == verb and _FORMS[verb] > 2:
        found["plural"] = 1.0  # "Schools ask", "Officials say": many speak
    elif verb in SPEECH_VERBS or lemma in MENTAL_LEMMAS or mention.speaks:
        found["speech_subject"] = 1.0  # "Kanu said", "Kanu, who told …"
    elif _acts(verb) or _PRESENT_RE.match(text, end):
        found["acts"] = 1.0
    stop = _STOP_RE.search(text, end)
    if _HIS_HER_RE.search(text, end, stop.start() if stop else len(text)):
        found["own_pronoun"] = 1.0


def score(features: dict[str, float]) -> float:
    return sum(WEIGHTS[name] * value for name, value in features.items())


def sure_person(entity: Entity, headlines: set[int]) -> bool:
    """A person whatever the words around its mentions say: a title, a role, a known
    name outweigh the most they could take away."""
    return score(evidence(entity, (), headlines)) + _WORST_READ > PERSON_ABOVE


def is_person(entity: Entity, mentions: Sequence[Mention], texts: Iterable[str],
              headlines: set[int]) -> bool:
    """For an entity ``sure_person`` does not settle: whether the evidence
    (``evidence``) sums to more than ``PERSON_ABOVE``; the article is searched for the
    name's word in lower case only where that decides. The mentions are read until
    what is left to read can no longer change the verdict (each feature counts once:
    the features not found yet bound what the rest may add or take away)."""
    found = _entity_evidence(entity, mentions, headlines)
    for mention in mentions[:MENTIONS_READ]:
        total = score(found)
        if total + sum(WEIGHTS[name] for name in _MENTION_LOSSES if name not in found) + (
                WEIGHTS["common_word"]) > PERSON_ABOVE:
            return True
        if total + sum(WEIGHTS[name] for name in _MENTION_GAINS
                       if name not in found) <= PERSON_ABOVE:
            return False
        _read_mention(entity, mention, found)
    total = score(found)
    if PERSON_ABOVE < total <= PERSON_ABOVE - WEIGHTS["common_word"] and entity.core and (
            in_lower_case(entity.core[0], texts)):
        total += WEIGHTS["common_word"]
    return total > PERSON_ABOVE
