"""A story's members' squared term values, per term, kept in two flat arrays.

A story's centroid sums its members' vectors; the merge pass also needs, per term, the sum of
the members' values squared, so that the members' squared norms can be read again under any
later IDF (:meth:`TermSquares.weighted_sum`). Kept as a ``dict[int, float]`` (session 32) this
cost about 70 bytes a term (a float object, an entry and its slot) and raised the stories
bench's peak memory on the 100k stream from 777 to 945 MB; here it is 12 bytes a term: an
``int32`` array of terms and a ``float64`` array of sums.

The arrays keep the order the dict had (terms in the order they first came, pruning keeps the
order of those left), and every sum is the same double-precision sum as before, so every
reading, and every story assignment, is exactly what the dict gave (scale34, docs/scale.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np

__all__ = ["TermSquares"]

_NO_KEYS = np.zeros(0, dtype=np.int32)
_NO_VALUES = np.zeros(0, dtype=np.float64)


class TermSquares:
    """Per hashed term, a sum of squared values: ``keys[i]`` has the sum ``values[i]``."""

    __slots__ = ("keys", "values")

    def __init__(self, keys: np.ndarray | None = None, values: np.ndarray | None = None) -> None:
        # copies: a view would keep a whole saved blob alive, and the sums are added to
        self.keys: np.ndarray = _NO_KEYS if keys is None else np.array(keys, dtype=np.int32)
        self.values: np.ndarray = (
            _NO_VALUES if values is None else np.array(values, dtype=np.float64)
        )
        if self.keys.shape != self.values.shape:
            raise ValueError("terms and sums of different lengths")

    @classmethod
    def from_mapping(cls, squares: Mapping[int, float]) -> TermSquares:
        """The sums of a ``term -> sum`` mapping, in its order."""
        keys = np.fromiter(squares.keys(), dtype=np.int32, count=len(squares))
        values = np.fromiter(squares.values(), dtype=np.float64, count=len(squares))
        return cls(keys, values)

    def __len__(self) -> int:
        return int(self.keys.shape[0])

    def __bool__(self) -> bool:
        return self.keys.shape[0] > 0

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TermSquares):
            return NotImplemented
        return bool(
            np.array_equal(self.keys, other.keys) and np.array_equal(self.values, other.values)
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dict it replaces

    def __repr__(self) -> str:
        return f"TermSquares({len(self)} terms)"

    def as_dict(self) -> dict[int, float]:
        """``term -> sum`` in the kept order."""
        return dict(zip(self.keys.tolist(), self.values.tolist(), strict=True))

    def _add(self, keys: np.ndarray, values: np.ndarray) -> None:
        """Add ``values`` to the sums of ``keys`` (distinct terms); terms not kept yet are
        appended in the order given."""
        if not keys.shape[0]:
            return
        if not self.keys.shape[0]:
            self.keys, self.values = keys.astype(np.int32), values.astype(np.float64)
            return
        order = np.argsort(self.keys, kind="stable")
        ranked = self.keys[order]
        at = np.minimum(np.searchsorted(ranked, keys), ranked.shape[0] - 1)
        found = ranked[at] == keys
        if found.any():
            self.values[order[at[found]]] += values[found]
        if not found.all():
            fresh = ~found
            self.keys = np.concatenate((self.keys, keys[fresh].astype(np.int32)))
            self.values = np.concatenate((self.values, values[fresh]))

    def add_squares_of(self, vector: Mapping[int, float]) -> None:
        """Add each value of ``vector`` squared to its term's sum (a member joins)."""
        keys = np.fromiter(vector.keys(), dtype=np.int32, count=len(vector))
        values = np.fromiter(vector.values(), dtype=np.float64, count=len(vector))
        self._add(keys, values * values)

    def add(self, other: TermSquares) -> None:
        """Add another story's sums (the merge pass)."""
        self._add(other.keys, other.values)

    def keep(self, terms: Iterable[int], count: int) -> None:
        """Keep the sums of ``terms`` only (``count`` of them), when more are kept: pruned
        with the centroid."""
        if self.keys.shape[0] > count:
            kept = np.fromiter(terms, dtype=np.int32, count=count)
            mask = np.isin(self.keys, kept)
            self.keys, self.values = self.keys[mask], self.values[mask]

    def in_order_of(self, terms: Iterable[int], count: int) -> np.ndarray:
        """The sums of ``terms`` (``count`` of them) in their order; 0 for a term not kept."""
        wanted = np.fromiter(terms, dtype=np.int32, count=count)
        out = np.zeros(count, dtype=np.float64)
        if not self.keys.shape[0] or not count:
            return out
        order = np.argsort(self.keys, kind="stable")
        ranked = self.keys[order]
        at = np.minimum(np.searchsorted(ranked, wanted), ranked.shape[0] - 1)
        found = ranked[at] == wanted
        out[found] = self.values[order[at[found]]]
        return out

    def weighted_sum(self, weights: np.ndarray) -> float:
        """``sum(values * weights**2)``, ``weights`` given per kept term in order."""
        return float(np.dot(self.values, weights * weights))
