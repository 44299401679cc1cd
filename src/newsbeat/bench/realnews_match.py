"""How a predicted item matches a gold item of the real-news gold set, and the scores.

Pure functions on plain records (the rules are written out in ``docs/realnews-annotation.md``
and each is tested on invented fixtures):

- names: the same after folding case, apostrophes, possessives, a leading "the" and spaced
  hyphens, or one is a word-subset of the other sharing its last word ("Cheeks" is
  "Maurice Cheeks"; "Vincent" is not "Vincent Gigante"), or two names of one country in the
  country table (the tool prints a state by one name: "Britain" is the "United Kingdom");
- a number: same document, the gold offset inside the predicted region (the tool's claim
  sentence, the baseline's number), the gold value inside the predicted range (1 % slack);
- a conflict: the two sides match two numbers of one disputed quantity (the gold's conflict
  items joined) whose values differ, in either order;
- a relation: in the gold sentence it overlaps most, same source and target (either way when
  the gold says symmetric), coarse type equal (gold ``other`` takes any type);
- a speaker: the predicted quote that covers the gold quote's start, speaker name matching;
- an entity type: the tool's mention covering the gold span's head (its last word), so a name
  that only modifies the span ("Trump-era", "NCAA Tournament") is not the span's type.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol, TypeVar

from newsbeat.bench.realnews_gold import ConflictItem, NumberKey, QuoteItem, RelationSentence

__all__ = [
    "COARSE_TYPES",
    "PredQuote",
    "PredRelation",
    "PredSide",
    "coarse_type",
    "head_mention",
    "locate",
    "max_similarity",
    "name_tokens",
    "pair_matches",
    "same_name",
    "score_conflicts",
    "score_relations",
    "score_speakers",
    "side_matches",
    "summary_redundancy",
]

# PLOVER event types (what the enrich stage emits) folded into the gold's coarse types.
COARSE_TYPES = {
    "AGREE": "cooperate",
    "SUPPORT": "cooperate",
    "COOPERATE": "cooperate",
    "CONCEDE": "cooperate",
    "AID": "aid",
    "CONSULT": "meet",
    "DEMAND": "demand",
    "DISAPPROVE": "criticise",
    "REJECT": "criticise",
    "PROTEST": "criticise",
    "THREATEN": "threaten",
    "COERCE": "coerce",
    "SANCTION": "coerce",
    "INVESTIGATE": "coerce",
    "FIGHT": "fight",
    "ASSAULT": "fight",
    "MOBILIZE": "other",
    "RETREAT": "other",
}
_VALUE_SLACK = 0.01


class _Located(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


M = TypeVar("M", bound=_Located)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_WORD = re.compile(r"[\w-]+")


def coarse_type(kind: str) -> str:
    """The gold's coarse type of a predicted relation type (unknown types: ``other``)."""
    return COARSE_TYPES.get(kind.upper(), kind.lower() if kind.islower() else "other")


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_tokens(name: str) -> list[str]:
    """The words of a name, folded: case, apostrophes, possessive, leading "the", spaced
    hyphens ("Strauss - Kahn" is "strauss-kahn"), a generational suffix ("Jr.", "III")."""
    text = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"'s\b|'(?=\s|$)", "", text)
    words = _WORD.findall(text)
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return words


def same_name(predicted: str | None, gold: Iterable[str]) -> bool:
    """Whether a predicted name names the gold actor (any of its accepted names)."""
    if not predicted:
        return False
    p = name_tokens(predicted)
    if not p:
        return False
    for name in gold:
        g = name_tokens(name)
        if not g:
            continue
        if p == g or _same_country(predicted, name):
            return True
        short, long_ = (p, g) if len(p) < len(g) else (g, p)
        if set(short) <= set(long_) and short[-1] == long_[-1]:
            return True
    return False


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Each country's name and aliases (lower case) -> its ISO-3 code, from the product's
    country table (``data/countries.json``); its capitals are left out: "Washington" may be
    a person or the city."""
    data = json.loads(
        resources.files("newsbeat").joinpath("data/countries.json").read_text("utf-8")
    )
    return {
        alias: entry["iso3"]
        for entry in data["countries"]
        for alias in (entry["name"].lower(), *entry["aliases"])
    }


def _same_country(predicted: str, gold: str) -> bool:
    """Whether two names name one country ("United Kingdom", "Britain")."""

    def key(name: str) -> str | None:
        text = unicodedata.normalize("NFKC", name).strip().casefold()
        return _country_names().get(text.removeprefix("the ").strip())

    found = key(predicted)
    return found is not None and found == key(gold)


_BETWEEN_WORDS = r"\s*(?:[\"“”«»„]\s*)?"


def locate(text: str, snippet: str, *, words: int = 16) -> list[tuple[int, int]]:
    """Where a snippet (a sentence or quote the tool returned) is in a document: every
    ``(start, end)``, whitespace-insensitive; the first ``words`` words locate it and the
    region extends by the snippet's length. A quote mark may stand between two words: a quote
    carried into a new paragraph re-opens with a mark that the quote's text folds away."""
    tokens = snippet.split()
    if not tokens:
        return []
    pattern = _BETWEEN_WORDS.join(re.escape(t) for t in tokens[:words])
    return [(m.start(), max(m.end(), m.start() + len(snippet))) for m in re.finditer(pattern, text)]


@dataclass(frozen=True, kw_only=True)
class PredSide:
    """A predicted figure: where (``[start, end)`` in ``doc``) and its range."""

    doc: str
    start: int
    end: int
    low: float | None
    high: float | None


def side_matches(side: PredSide, key: NumberKey) -> bool:
    """A predicted figure is the gold number: same document, the gold offset inside the
    predicted region, the gold value inside the predicted range (1 % slack)."""
    if side.doc != key.doc or not side.start <= key.at < side.end:
        return False
    low = -math.inf if side.low is None else side.low
    high = math.inf if side.high is None else side.high
    slack = _VALUE_SLACK * abs(key.value)
    return low - slack <= key.value <= high + slack


def pair_matches(pair: tuple[Sequence[PredSide], Sequence[PredSide]], item: ConflictItem) -> bool:
    """A predicted pair of figures is the gold pair: each gold side matched by one predicted
    side, in either order."""
    left, right = pair

    def hits(sides: Sequence[PredSide], key: NumberKey) -> bool:
        return any(side_matches(s, key) for s in sides)

    return (hits(left, item.a) and hits(right, item.b)) or (
        hits(left, item.b) and hits(right, item.a)
    )


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def _clusters(conflicts: Sequence[ConflictItem]) -> list[list[NumberKey]]:
    """The gold numbers joined by conflict items sharing a number or the same ``what`` in
    one story: one cluster per disputed quantity."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}
    keys: dict[tuple[str, int], NumberKey] = {}

    def root(k: tuple[str, int]) -> tuple[str, int]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    first_of: dict[tuple[str, str], tuple[str, int]] = {}
    for item in conflicts:
        for key in (item.a, item.b):
            ident = (key.doc, key.at)
            keys.setdefault(ident, key)
            parent.setdefault(ident, ident)
        parent[root((item.a.doc, item.a.at))] = root((item.b.doc, item.b.at))
        anchor = first_of.setdefault((item.group, item.what), (item.a.doc, item.a.at))
        parent[root(anchor)] = root((item.a.doc, item.a.at))
    groups: dict[tuple[str, int], list[NumberKey]] = {}
    for ident, key in keys.items():
        groups.setdefault(root(ident), []).append(key)
    return list(groups.values())


def _disputes(
    pair: tuple[Sequence[PredSide], Sequence[PredSide]], cluster: Sequence[NumberKey]
) -> set[frozenset[float]]:
    """The pairs of different gold values of one cluster that a predicted pair connects."""
    left, right = pair
    found: set[frozenset[float]] = set()
    for x in cluster:
        if not any(side_matches(s, x) for s in left):
            continue
        for y in cluster:
            if y.value != x.value and any(side_matches(s, y) for s in right):
                found.add(frozenset((x.value, y.value)))
    return found


def score_conflicts(
    predicted: Sequence[tuple[Sequence[PredSide], Sequence[PredSide]]],
    items: Sequence[ConflictItem],
) -> dict[str, object]:
    """Precision and recall of predicted conflicts against the gold's.

    The gold's conflict items join their numbers into clusters, one per disputed quantity
    (items of one story with the same ``what``, or sharing a number: "five injured" in two
    articles and "two injured" in two others). A prediction is right
    when its two sides match two numbers of one cluster whose values differ. Recall is over
    the gold's disputes (a cluster and two of its values: several items may state one
    dispute), each found when a prediction connects its two values. Every other
    prediction in the annotated stories is a false alarm (``on_lookalikes`` counts those
    matching a gold look-alike). Precision is None when nothing was predicted.
    """
    conflicts = [c for c in items if c.is_conflict]
    lookalikes = [c for c in items if not c.is_conflict]
    clusters = _clusters(conflicts)
    connected: list[set[tuple[int, frozenset[float]]]] = []
    for p in predicted:
        links: set[tuple[int, frozenset[float]]] = set()
        for number, cluster in enumerate(clusters):
            for order in (p, (p[1], p[0])):
                links |= {(number, values) for values in _disputes(order, cluster)}
        connected.append(links)
    right = sum(1 for links in connected if links)
    on_lookalikes = sum(
        1
        for p, links in zip(predicted, connected, strict=True)
        if not links and any(pair_matches(p, c) for c in lookalikes)
    )
    reached = set().union(*connected) if connected else set()
    cluster_of = {
        (key.doc, key.at): number for number, cluster in enumerate(clusters) for key in cluster
    }
    disputes = {
        (cluster_of[(c.a.doc, c.a.at)], frozenset((c.a.value, c.b.value))) for c in conflicts
    }
    found = len(disputes & reached)
    return {
        "precision": _ratio(right, len(predicted)),
        "recall": _ratio(found, len(disputes)),
        "predicted": len(predicted),
        "right": right,
        "on_lookalikes": on_lookalikes,
        "gold_conflicts": len(conflicts),
        "gold_disputes": len(disputes),
        "gold_lookalikes": len(lookalikes),
        "found": found,
    }


_LAST_WORD = re.compile(r"[^\s\-–—]+\s*$")


def head_mention(mentions: Iterable[M], at: int, span: str) -> M | None:
    """The first mention (anything with ``start`` and ``end``) overlapping the head of the
    gold span at ``at``: its last word, after a space or hyphen ("era" of "Trump-era")."""
    last = _LAST_WORD.search(span)
    start = at + (last.start() if last else 0)
    end = at + len(span.rstrip())
    for m in mentions:
        if m.start < end and start < m.end:
            return m
    return None


@dataclass(frozen=True, kw_only=True)
class PredRelation:
    """A predicted relation and where its evidence is (``[start, end)`` in ``doc``)."""

    doc: str
    start: int
    end: int
    source: str
    target: str
    type: str


def _sentence_of(pred: PredRelation, sentences: Sequence[RelationSentence]) -> int | None:
    best, overlap = None, 0
    for index, s in enumerate(sentences):
        if s.doc != pred.doc:
            continue
        shared = min(s.end, pred.end) - max(s.at, pred.start)
        if shared > overlap:
            best, overlap = index, shared
    return best


def _relation_ok(pred: PredRelation, gold_source: str, gold_target: str, kind: str) -> bool:
    return (kind == "other" or coarse_type(pred.type) == kind) and (
        same_name(pred.source, [gold_source]) and same_name(pred.target, [gold_target])
    )


def score_relations(
    predicted: Sequence[PredRelation], sentences: Sequence[RelationSentence]
) -> dict[str, object]:
    """Precision and recall of predicted relations in the sampled sentences.

    Predictions outside every sampled sentence are not scored. One matching an optional gold
    relation counts neither way; recall is over the required gold relations.
    """
    right = wrong = optional = 0
    found: set[tuple[int, int]] = set()
    alarms: set[int] = set()
    for pred in predicted:
        index = _sentence_of(pred, sentences)
        if index is None:
            continue
        hit = None
        for number, g in enumerate(sentences[index].relations):
            if _relation_ok(pred, g.source, g.target, g.type) or (
                g.symmetric and _relation_ok(pred, g.target, g.source, g.type)
            ):
                hit = (number, g)
                if not g.optional:
                    break
        if hit is None:
            wrong += 1
            if not any(not g.optional for g in sentences[index].relations):
                alarms.add(index)
        elif hit[1].optional:
            optional += 1
        else:
            right += 1
            found.add((index, hit[0]))
    required = sum(1 for s in sentences for g in s.relations if not g.optional)
    return {
        "precision": _ratio(right, right + wrong),
        "recall": _ratio(len(found), required),
        "predicted": right + wrong + optional,
        "right": right,
        "wrong": wrong,
        "on_optional": optional,
        "gold_required": required,
        "sentences": len(sentences),
        "sentences_without_relation": sum(
            1 for s in sentences if not any(not g.optional for g in s.relations)
        ),
        "false_alarm_sentences": len(alarms),
    }


@dataclass(frozen=True, kw_only=True)
class PredQuote:
    """A predicted quote: its region in ``doc`` and its speaker (None: none found)."""

    doc: str
    start: int
    end: int
    speaker: str | None


def score_speakers(predicted: Sequence[PredQuote], items: Sequence[QuoteItem]) -> dict[str, object]:
    """Speaker accuracy: a gold quote is right when the predicted quote covering its start
    (the nearest-starting one) names its speaker; a quote not found counts as wrong."""
    right = missed = 0
    for q in items:
        covering = [p for p in predicted if p.doc == q.doc and p.start <= q.at < p.end]
        if not covering:
            missed += 1
            continue
        best = min(covering, key=lambda p: abs(p.start - q.at))
        right += same_name(best.speaker, q.names)
    return {
        "accuracy": _ratio(right, len(items)),
        "right": right,
        "quotes_not_found": missed,
        "gold_quotes": len(items),
    }


_TERM = re.compile(r"[a-z][a-z'-]+|\d+")


def _terms(text: str, stop: frozenset[str]) -> list[str]:
    return [t for t in _TERM.findall(text.casefold()) if t not in stop]


def max_similarity(
    bullets: Sequence[str], sentences: Sequence[str], stop: Iterable[str] = ()
) -> float:
    """The highest cosine similarity between two bullets: TF-IDF over content words, the
    IDF taken from the story's sentences (and the bullets). 0.0 for fewer than two bullets."""
    if len(bullets) < 2:
        return 0.0
    stops = frozenset(stop)
    pool = [set(_terms(s, stops)) for s in [*sentences, *bullets]]
    df = Counter(t for terms in pool for t in terms)
    n = len(pool)
    vectors = []
    for b in bullets:
        tf = Counter(_terms(b, stops))
        vec = {t: (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    best = 0.0
    for i in range(len(vectors)):
        for j in range(i + 1, len(vectors)):
            first, second = vectors[i], vectors[j]
            best = max(best, sum(v * second.get(t, 0.0) for t, v in first.items()))
    return round(best, 4)


def summary_redundancy(
    stories: Sequence[tuple[Sequence[str], Sequence[str]]], stop: Iterable[str] = ()
) -> float | None:
    """Mean over stories of :func:`max_similarity` (``(bullets, sentences)`` per story;
    stories with fewer than two bullets are left out). Lower is better; None without any."""
    stops = frozenset(stop)
    values = [max_similarity(b, s, stops) for b, s in stories if len(b) >= 2]
    return round(sum(values) / len(values), 4) if values else None
