"""A pair scorer for two figures of two outlets: how likely they state one quantity differently.

The weights are a logistic regression trained at build time on the dev gold's candidate pairs
(``scripts/build_conflict_scorer.py``, data file ``data/conflict_scorer.json``); nothing is
trained at run time. The evidence it weighs is read by :func:`newsbeat.compare.claims` for each
pair of disjoint figures (:data:`FEATURES`): the slot checks' outcomes and graded similarities,
all at once, where the rule chain stops at the first check that fails.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["FEATURES", "PairModel", "default_model"]

# The evidence of one pair, each a number (0/1 for a check). The order is the data file's.
FEATURES: tuple[str, ...] = (
    "noun_same",  # the same counted noun (after the count-noun classes)
    "noun_synonym",  # two near-synonyms of one slot
    "noun_bare",  # one side counts only its unit ("$160 million")
    "event_same",  # the same verb, known on both sides
    "event_other",  # two different verbs
    "event_one_unknown",  # the verb known on one side only
    "subject_same",  # one actor (same words, a shortened name, a spelling)
    "subject_other",  # two actors
    "subject_one_unknown",  # the actor known on one side only
    "subject_one_named",  # one side names it, the other is an agentless passive
    "pronoun",  # a he/she/they subject
    "role_apart",  # a part against a total, a rate against a count
    "part",  # "two of the four"
    "time_apart",  # two periods ("this week" / "this month")
    "scope_apart",  # "in total" on one side only
    "actors_apart",  # other actors named next to the figures
    "dated_apart",  # an earlier event's date on one side or two dates
    "occasion_apart",  # two games or periods it is counted in
    "suffix_apart",  # "workers injured" / "workers"
    "modifiers_apart",  # "assault rifles" / "hunting rifles"
    "poll_apart",  # two polls
    "bare_duration",  # "ten days" of nothing named
    "distance_apart",  # a distance from two places
    "ambiguous",  # an article gives two figures for it
    "reported_together",  # an article also gives a figure fitting the other's
    "other_event",  # two events told apart by their magnitude
    "future_apart",  # one tells what will happen
    "other_person",  # one person's figure in an article giving one per person
    "far_apart",  # more than ten times apart, not both attributed
    "log_ratio",  # |log10| of the two values' ratio
    "log_size",  # log10 of the smaller value (1 + it)
    "hedged",  # either side carries a hedge ("about", "at least")
    "similarity",  # masked sentence similarity (TF-IDF cosine)
    "meaning",  # masked sentence closeness in meaning (sentence-vector cosine; 0: no encoder)
    "phrase_meaning",  # the same for the words around the counted noun (its verb)
    "lead_both",  # both in their article's lead
    "same_list",  # one list of things told twice
    "one_measure",  # one measure of one event (a distance, a gathering, hits on one person)
    "retold",  # one sentence told twice with another figure
    "failed",  # how many of the chain's checks fail
    "chain",  # the rule chain takes the pair (every check passes, and the wording gate)
)


@dataclass(frozen=True, kw_only=True)
class PairModel:
    """A logistic regression over :data:`FEATURES` and the probability from which a pair is
    taken as one quantity.

    Attributes:
        weights: one weight per feature name.
        intercept: the bias.
        threshold: a pair scoring at least this is taken as one quantity.
        mode: ``"rescue"`` (the rule chain decides first; the scorer only takes pairs the chain
            keeps apart) or ``"replace"`` (the scorer alone decides the pairs it sees).
    """

    weights: Mapping[str, float]
    intercept: float
    threshold: float
    mode: str = "rescue"

    def score(self, evidence: Mapping[str, float]) -> float:
        """The probability that two figures state one quantity."""
        z = self.intercept + sum(w * evidence.get(name, 0.0) for name, w in self.weights.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def accepts(self, evidence: Mapping[str, float]) -> bool:
        """Whether a pair's evidence reaches the threshold."""
        return self.score(evidence) >= self.threshold


def model_from(data: Mapping[str, object]) -> PairModel | None:
    """The model a data file's mapping describes; None when it ships no model (the chain
    alone decides)."""
    weights = data.get("weights")
    threshold = data.get("threshold")
    if not isinstance(weights, dict) or not isinstance(threshold, (int, float)):
        return None
    return PairModel(
        weights={str(k): float(v) for k, v in weights.items()},
        intercept=float(data.get("intercept", 0.0)),  # type: ignore[arg-type]
        threshold=float(threshold),
        mode=str(data.get("mode", "rescue")),
    )


@cache
def default_model() -> PairModel | None:
    """The shipped model (``data/conflict_scorer.json``), read once."""
    text = resources.files("newsbeat.data").joinpath("conflict_scorer.json").read_text("utf-8")
    return model_from(json.loads(text))
