"""The wording gate's score: whether two claims' sentences, numbers masked, say the same thing.

The score of two sentences depends on those two sentences only (and on a fixed table shipped
with newsbeat), never on what else the story holds: a claim read elsewhere in a story must not
move a pair across the gate. (The gate's first score was a TF-IDF cosine fitted on every claim
sentence of the story; a right claim read in another paragraph moved a real dispute's pair
from 0.253 to 0.241 and lost it, docs/realnews-annotation.md, "ages12 not merged".)

Each sentence is a bag of its content words (lower case, two letters or more, English stop
words left out), each weighed by ``1 + log(count)`` times the word's fixed weight; the score is
the cosine of two bags. The fixed weights (:func:`default_weights`) are inverse document
frequencies counted once over a background corpus by ``scripts/build_word_weights.py``.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

__all__ = ["WordWeights", "cosine", "default_weights", "word_vector", "wording_similarity"]

_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@cache
def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # heavy: only when comparing

    return frozenset(ENGLISH_STOP_WORDS)


@dataclass(frozen=True, kw_only=True)
class WordWeights:
    """Fixed word weights.

    Attributes:
        weights: a weight per word (lower case).
        unknown: the weight of a word the table does not hold (a rare word: the highest).
    """

    weights: Mapping[str, float]
    unknown: float

    def of(self, word: str) -> float:
        """The weight of one word."""
        return self.weights.get(word, self.unknown)


def idf_weights(frequencies: Mapping[str, int], documents: int) -> WordWeights:
    """Smoothed inverse document frequencies, ``ln((1 + N) / (1 + df)) + 1`` (scikit-learn's);
    a word the table does not hold counts as seen in one document (the table keeps words of
    two documents or more)."""

    def idf(df: int) -> float:
        return math.log((1 + documents) / (1 + df)) + 1.0

    return WordWeights(weights={w: idf(n) for w, n in frequencies.items()}, unknown=idf(1))


@cache
def default_weights() -> WordWeights:
    """The shipped table (``data/word_weights.json``), read once."""
    text = resources.files("newsbeat.data").joinpath("word_weights.json").read_text("utf-8")
    data = json.loads(text)
    return idf_weights(data["document_frequencies"], int(data["documents"]))


def content_words(text: str) -> list[str]:
    """The content words of a text: lower case, two letters or more, no stop word, no digit."""
    stop = _stop_words()
    return [
        w for w in _WORD.findall(text.lower()) if w not in stop and not any(c.isdigit() for c in w)
    ]


def word_vector(text: str, weights: WordWeights | None = None) -> dict[str, float]:
    """A text's bag of content words, each weighed by ``1 + log(count)`` and its fixed weight,
    scaled to unit length (empty when the text has no content word)."""
    table = weights or default_weights()
    counts = Counter(content_words(text))
    vector = {w: (1.0 + math.log(n)) * table.of(w) for w, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {w: v / norm for w, v in vector.items()} if norm else {}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The cosine of two unit vectors (0 when either is empty)."""
    if len(b) < len(a):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def wording_similarity(a: str, b: str, weights: WordWeights | None = None) -> float:
    """How alike two texts are worded (their numbers already masked): the cosine of their
    weighted bags of content words, from 0 (no content word shared) to 1."""
    return cosine(word_vector(a, weights), word_vector(b, weights))
