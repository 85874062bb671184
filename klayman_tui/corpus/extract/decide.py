"""The decision: every candidate scored with the fitted weights, the best one taken, and
a confidence (its share of the probability, beside the chance that nobody proposed is
right). Below ``UNKNOWN_BELOW`` the speaker is Unknown: a wrong name is worse than none."""

from __future__ import annotations

import math

from .candidates import Candidate
from .weights import WEIGHTS

UNKNOWN_BELOW = 0.25   # confidence under which no name is given



def score(candidate: Candidate, weights: dict[str, float] = WEIGHTS) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in candidate.features.items())


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
