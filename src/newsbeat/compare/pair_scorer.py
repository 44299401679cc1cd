"""A learned score for two figures that the slot rules keep apart only for their wording.

Two articles often state one quantity in other words: "the jury deliberated for three hours" /
"after two hours of deliberation" (the event verb differs), "12 engines" / "ten fire
appliances" (the noun differs). The rules of :mod:`newsbeat.compare.claims` need the same noun
and event before calling different figures a conflict, and keep such pairs apart. This module
scores a pair that passes every *other* rule on features of the two claims and their sentences
(:func:`pair_features`); a logistic model (coefficients in ``data/conflict_pairs.json``,
trained by ``scripts/train_conflict_pairs.py`` on the real-news gold) says whether they count
one thing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

__all__ = ["FEATURES", "PairModel", "PairSide", "load_model", "pair_features"]

FEATURES = (
    "noun_equal",
    "noun_in_other",
    "event_equal",
    "event_differs",
    "event_unknown",
    "event_in_other",
    "subject_equal",
    "subject_differs",
    "both_lead",
    "one_lead",
    "similarity",
    "char_similarity",
    "log_ratio",
    "hedged",
    "what_overlap",
    "position",
    "unit_known",
)


@dataclass(frozen=True, kw_only=True)
class PairSide:
    """What the features read of one claim (its facts as :mod:`.claims` read them)."""

    noun: str
    event: str
    subject: str
    unit: str
    lead: bool
    low: float | None
    high: float | None
    hedged: bool
    what: frozenset[str]  # the counted words ("people injured")
    words: frozenset[str]  # its sentence's words, singular, numbers left out
    position: float  # where its sentence starts in the article, 0 (top) to 1 (end)


def _stem(word: str) -> str:
    return word[:5]


def _in_other(word: str, other: PairSide) -> bool:
    """Whether a noun or a verb of one side is a word of the other's sentence (by its first
    five letters: "deliberate" / "deliberation")."""
    return bool(word) and _stem(word) in {_stem(w) for w in other.words}


def _value(side: PairSide) -> float | None:
    for bound in (side.low, side.high):
        if bound is not None and bound > 0:
            return bound
    return None


def pair_features(
    a: PairSide, b: PairSide, *, similarity: float, char_similarity: float
) -> list[float]:
    """The features of two claims (in the order of :data:`FEATURES`).

    ``similarity`` is the masked TF-IDF cosine of the two sentences (words),
    ``char_similarity`` the same over character n-grams (catches "deliberated" /
    "deliberation").
    """
    va, vb = _value(a), _value(b)
    ratio = abs(math.log(va / vb)) if va and vb else 3.0
    union = a.what | b.what
    return [
        float(a.noun == b.noun and bool(a.noun)),
        (_in_other(a.noun, b) + _in_other(b.noun, a)) / 2,
        float(bool(a.event) and a.event == b.event),
        float(bool(a.event) and bool(b.event) and a.event != b.event),
        float(not a.event or not b.event),
        (_in_other(a.event, b) + _in_other(b.event, a)) / 2,
        float(bool(a.subject) and a.subject == b.subject),
        float(bool(a.subject) and bool(b.subject) and a.subject != b.subject),
        float(a.lead and b.lead),
        float(a.lead != b.lead),
        similarity,
        char_similarity,
        min(ratio, 3.0),
        float(a.hedged) + float(b.hedged),
        len(a.what & b.what) / len(union) if union else 0.0,
        (a.position + b.position) / 2,
        float(bool(a.unit)),
    ]


@dataclass(frozen=True, kw_only=True)
class PairModel:
    """A logistic model over standardised features, and the probability it needs."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, x: Sequence[float]) -> float:
        """The model's probability that two claims count one thing."""
        z = self.intercept + sum(
            c * (v - m) / s for c, v, m, s in zip(self.coef, x, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))

    def accepts(self, x: Sequence[float]) -> bool:
        """Whether the pair counts one thing (the probability reaches the threshold)."""
        return self.probability(x) >= self.threshold

    def to_json(self) -> dict[str, object]:
        """The model as stored in ``data/conflict_pairs.json``."""
        return {
            "features": list(self.features),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "threshold": self.threshold,
        }


def read_model(path: Path) -> PairModel | None:
    """The model stored at ``path`` (None when absent or trained on other features)."""
    if not path.is_file():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    if tuple(raw["features"]) != FEATURES:
        return None
    return PairModel(
        features=tuple(raw["features"]),
        mean=tuple(raw["mean"]),
        scale=tuple(raw["scale"]),
        coef=tuple(raw["coef"]),
        intercept=float(raw["intercept"]),
        threshold=float(raw["threshold"]),
    )


@cache
def load_model() -> PairModel | None:
    """The shipped model (``newsbeat/data/conflict_pairs.json``), None when there is none."""
    return read_model(Path(str(resources.files("newsbeat").joinpath("data/conflict_pairs.json"))))
