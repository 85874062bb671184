"""The decision: every candidate scored with the fitted weights, the best one taken, and
a confidence (its share of the probability, beside the chance that nobody proposed is
right). Below ``UNKNOWN_BELOW`` the speaker is Unknown: a wrong name is worse than none."""

from __future__ import annotations

import math

from .candidates import Candidate
from .weights import FITTED

# Features no training article has, set by hand: the person a curated article is about
# (its sources.toml ``subject``) says what no cue gives to anybody else.
HAND_SET = {"frame_article-subject": 2.5,
            # An exchange of questions and answers (candidates._dialogue_turn): the
            # turns alternate, which no cue-less continuation outweighs.
            "dialogue_turn": 2.5,
            # … and one that opens by speaking to "you" answers the turn before it, as
            # a cross-examination's questions do ("So you didn't see his face.").
            "dialogue_turn_you": 1.0,
            # "A farmer who asked not to be named said … “…,” he said": the he is the
            # one the sentence before has speak without a name, with nobody named
            # between (candidates.Gatherer.gather); the training news labels no such
            # description (PolNeAR's converter leaves roles out).
            "pronoun_unnamed_subject": 3.5,
            # "The judge rejected that account. “…,” he said": the he is the person the
            # sentence before describes as its subject (candidates._described_subject).
            "pronoun_described_subject": 2.0,
            # A paragraph that says its subject issued a text ("The club confirmed the
            # decision in a statement on its website.") and a quotation alone after it:
            # the text, as after a colon (candidates.Gatherer._sentence_before); the
            # training news has few.
            "previous_paragraph_text": 1.5,
            # A call or a message whose speaker names themself at its start ("“Camp,
            # camp, this is Tor.”", candidates.Gatherer._self_named).
            "self_named": 2.5,
            # A person the quote's words name ("Mia has had to be patient", "I am not
            # angry anymore, Setsu") is seldom the one who says them
            # (candidates._named_in).
            "named_in_quote": -1.5}
WEIGHTS = {**FITTED, **HAND_SET}
# Confidence under which no name is given: on the labelled news, names given with less
# were right one time in five or less (measured by confidence band on PolNeAR and the
# news-dev sets); a name given with less than 0.6 is shown as uncertain.
UNKNOWN_BELOW = 0.25



def _dot(features: dict[str, float], weights: dict[str, float]) -> float:
    total = 0.0
    for name, value in features.items():  # a loop: a generator costs more than it adds
        total += weights.get(name, 0.0) * value
    return total


def score(candidate: Candidate, weights: dict[str, float] = WEIGHTS) -> float:
    """The candidate's best proposal, plus what holds whatever proposed it; the best
    proposal is kept on the candidate (``best``) as its evidence."""
    best, top = candidate.best, None
    for proposal in candidate.proposals:
        if not proposal.features:
            continue  # a context proposal: counted in ``context``
        value = _dot(proposal.features, weights)
        if top is None or value > top:
            best, top = proposal, value
    candidate.best = best
    return (top or 0.0) + _dot(candidate.context, weights)


def decide(candidates: list[Candidate], weights: dict[str, float] = WEIGHTS
           ) -> tuple[Candidate | None, float]:
    """The best candidate and its probability; None when there is none."""
    if not candidates:
        return None, 0.0
    scores = [score(c, weights) for c in candidates]
    top = max(scores + [weights.get("none", 0.0)])
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps) + math.exp(weights.get("none", 0.0) - top)
    best = max(range(len(candidates)), key=scores.__getitem__)
    return candidates[best], exps[best] / total
