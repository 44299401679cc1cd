"""The records a comparison produces, and how figures are written ("4,200", "about 4,200")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsbeat.compare.interval_labels import interval_label
from newsbeat.enrich.claim_clock import CLOCK
from newsbeat.enrich.claim_hedges import ABOUT_ROUND, about_width
from newsbeat.enrich.claim_ordinals import ORDINAL
from newsbeat.models import Claim, Quote, Relation

__all__ = [
    "EXAMPLES",
    "ClaimGroup",
    "ClaimPair",
    "ClaimRef",
    "CompareOptions",
    "QuoteGroup",
    "RelationGroup",
    "StoryComparison",
    "claim_label",
    "claim_value",
    "format_range",
    "vague_count",
]

# Claims, quote wordings and evidence sentences listed per group; the counts, article ids and
# outlets of a group are always complete.
EXAMPLES = 5
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_HYPHENS = re.compile(r"[-‐‑‒–—―­]")
# Word overlap (Jaccard) at or above which two evidence sentences are one sentence, copied with
# a few words edited, not two independent reports of a relation.
_SAME_SENTENCE = 0.8
# The ways a length unit is written, to find "square", "cubic" or "nautical" before it.
_SPELLINGS = {
    "mm": "millimet(?:re|er)s?|mm", "cm": "centimet(?:re|er)s?|cm", "m": "met(?:re|er)s?|m",
    "km": "kilomet(?:re|er)s?|km", "in": "inch(?:es)?", "ft": "feet|foot|ft", "yd": "yards?",
    "mi": "miles?",
}  # fmt: skip
_SPELLED = {
    "millimetre": "mm", "millimeter": "mm", "mm": "mm", "centimetre": "cm", "centimeter": "cm",
    "cm": "cm", "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "km": "km",
    "inch": "in", "foot": "ft", "feet": "ft", "ft": "ft", "yard": "yd", "mile": "mi",
}  # fmt: skip
_PREFIX = r"(?:(square|sq\.?|cubic|nautical)[\s-]+)?"


@dataclass(frozen=True, kw_only=True)
class CompareOptions:
    """Thresholds of the comparison.

    Attributes:
        tolerance: relative difference under which two bounds count as the same figure.
        min_similarity: two figures are only a conflict when their sentences, numbers masked,
            are at least this similar (TF-IDF cosine): they must say the same thing apart from
            the number (chosen on ECB+ train/dev and the demo corpus, docs/report.md).
        max_conflicts: at most this many conflicts per story, the most similar sentences first
            (a story of tables must not list hundreds).
        max_claims: at most this many claims of one article are compared (its first ones).
        rounding_slack: cap (relative) on the implied precision of a round exact figure.
        max_ratio: figures further apart than this factor are not a conflict unless two
            different sources are named for them (they count different things).
        quote_overlap: share of the shorter quote's words that must appear, in order, in the
            longer one for a trimmed or extended quote to be the same quote.
        min_quote_words: shorter quotes only match when their words are identical.
        min_meaning: two figures kept apart only by the wording gate (``min_similarity``)
            still pass it when their sentences, numbers masked, are at least this close in
            meaning (sentence-vector cosine, :mod:`newsbeat.sentence_vectors`); None:
            no such route (nor without the encoder installed). Chosen by leave-one-split-out
            on the dev gold (docs/realnews-annotation.md, "Sentence vectors"): 0.6 and 0.65
            find the same, the higher kept.
    """

    tolerance: float = 0.005
    min_similarity: float = 0.25
    max_conflicts: int = 10
    max_claims: int = 60
    rounding_slack: float = 0.05
    max_ratio: float = 10.0
    quote_overlap: float = 0.8
    min_quote_words: int = 4
    min_meaning: float | None = 0.65


@dataclass(frozen=True, kw_only=True)
class ClaimRef:
    """One claim as one article reported it."""

    claim: Claim
    article_id: int
    outlet: str
    published: str
    url: str | None

    def to_json(self) -> dict[str, Any]:
        """The claim with the article that carries it (what and unit are on its group)."""
        c = self.claim
        return {
            "value": claim_value(c),
            "low": c.low,
            "high": c.high,
            "claimant": c.claimant,
            "time_ref": c.time_ref,
            "sentence": c.sentence,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published or None,  # an undated article's claim is undated
            "url": self.url,
        }


@dataclass(kw_only=True)
class ClaimGroup:
    """Claims that agree: one figure and every article that reported it (earliest first).

    ``topic_outlets`` are the outlets reporting any figure for the same thing.
    """

    claims: list[ClaimRef]
    topic_outlets: set[str] = field(default_factory=set)
    in_two_units: bool = False  # one figure in two units: each report shows its own unit

    @property
    def first(self) -> ClaimRef:
        """The earliest report of the figure."""
        return self.claims[0]

    @property
    def value(self) -> str:
        """The figure as text, with its own hedge words ("4,200", "at least 3,000")."""
        return claim_value(self.first.claim)

    @property
    def article_ids(self) -> list[int]:
        """Articles reporting the figure, without repeats."""
        return list(dict.fromkeys(r.article_id for r in self.claims))

    @property
    def outlets(self) -> list[str]:
        """Outlets reporting the figure, without repeats."""
        return list(dict.fromkeys(r.outlet for r in self.claims))

    def to_json(self) -> dict[str, Any]:
        """The figure, what it counts, and its reports."""
        c = self.first.claim
        return {
            "kind": "claim",
            "what": c.what,
            "unit": c.unit,
            "value": self.value,
            "text": claim_label(c, self.value),
            "article_ids": self.article_ids,
            "outlets": self.outlets,
            "count": len(self.claims),
            "claims": self._reports(),
        }

    def _reports(self) -> list[dict[str, Any]]:
        """The first reports as JSON; in a group of one figure in two units ("about 60 metres"
        and "about 200 feet", :mod:`.unit_restatements`) each value shows its own unit."""
        shown = self.claims[:EXAMPLES]
        rows = [r.to_json() for r in shown]
        if self.in_two_units:
            for row, ref in zip(rows, shown, strict=True):
                row["value"] = f"{row['value']} {written_unit(ref.claim)}"
        return rows


@dataclass(kw_only=True)
class ClaimPair:
    """Two groups of aligned claims that do not agree: ``compatible``, ``conflict``, ``update``.

    ``a`` is the earlier side (for an update: the figure that was revised).
    """

    kind: str
    a: ClaimGroup
    b: ClaimGroup
    reason: str
    in_two_units: bool = False  # "200 feet" against "100 metres": each value shows its unit

    @property
    def article_ids(self) -> list[int]:
        """Articles on either side."""
        return list(dict.fromkeys([*self.a.article_ids, *self.b.article_ids]))

    @property
    def outlets(self) -> list[str]:
        """Outlets on either side."""
        return list(dict.fromkeys([*self.a.outlets, *self.b.outlets]))

    def to_json(self) -> dict[str, Any]:
        """Both sides with their sentences; updates name them ``earlier`` and ``later``."""
        c = self.a.first.claim
        data: dict[str, Any] = {
            "kind": self.kind,
            "what": c.what,
            "unit": c.unit,
            "reason": self.reason,
            "article_ids": self.article_ids,
            "outlets": self.outlets,
        }
        sides = [self.a.to_json(), self.b.to_json()]
        if self.in_two_units:
            for side, group in zip(sides, (self.a, self.b), strict=True):
                side["value"] = f"{side['value']} {written_unit(group.first.claim)}"
        if self.kind == "update":
            data["earlier"], data["later"] = sides
        else:
            data["sides"] = sides
        return data


@dataclass(kw_only=True)
class QuoteGroup:
    """One quote, however each outlet worded it: the speaker, the fullest text, the variants."""

    speaker: str | None
    variants: list[tuple[Quote, str | None]]  # (quote, published or None), earliest first
    wording: str | None = None  # the wording to show instead of the fullest one

    @property
    def text(self) -> str:
        """The fullest wording (longest variant), unless a wording was chosen."""
        if self.wording is not None:
            return self.wording
        return max((q.text for q, _ in self.variants), key=len)

    @property
    def kind(self) -> str:
        """``direct`` when any outlet quoted it directly, else ``indirect``."""
        return "direct" if any(q.kind == "direct" for q, _ in self.variants) else "indirect"

    @property
    def via(self) -> str | None:
        """The medium any outlet named."""
        return next((q.via for q, _ in self.variants if q.via), None)

    @property
    def speakers(self) -> list[str]:
        """The people who say it together, when it has no single speaker ("…," said A and B)."""
        return next((list(q.speakers) for q, _ in self.variants if q.speakers), [])

    @property
    def article_ids(self) -> list[int]:
        """Articles quoting it."""
        return list(dict.fromkeys(q.article_id for q, _ in self.variants if q.article_id))

    @property
    def outlets(self) -> list[str]:
        """Outlets quoting it."""
        return list(dict.fromkeys(q.outlet or "unknown outlet" for q, _ in self.variants))

    def to_json(self) -> dict[str, Any]:
        """Speaker, text and every outlet's wording."""
        return {
            "kind": "quote",
            "speaker": self.speaker,
            "speakers": self.speakers,
            "text": self.text,
            "quote_kind": self.kind,
            "via": self.via,
            "article_ids": self.article_ids,
            "outlets": self.outlets,
            "count": len(self.variants),
            "variants": [
                {
                    "text": q.text,
                    "article_id": q.article_id,
                    "outlet": q.outlet,
                    "published": published,
                }
                for q, published in self.variants[:EXAMPLES]
            ],
        }


@dataclass(kw_only=True)
class RelationGroup:
    """One relation between actors and every article that reported it."""

    type: str
    source: str
    target: str
    negated: bool
    reports: list[tuple[Relation, str | None]]  # (relation, published or None), earliest first

    @property
    def article_ids(self) -> list[int]:
        """Articles reporting it."""
        return list(dict.fromkeys(r.article_id for r, _ in self.reports if r.article_id))

    @property
    def outlets(self) -> list[str]:
        """Outlets reporting it."""
        return list(dict.fromkeys(r.outlet or "unknown outlet" for r, _ in self.reports))

    @property
    def label(self) -> str:
        """``source TYPE target`` (``NOT TYPE`` when negated)."""
        verb = f"NOT {self.type}" if self.negated else self.type
        return f"{self.source} {verb} {self.target}"

    def independent_reports(self, origin: Mapping[int | None, int | None]) -> bool:
        """Whether two texts report it in sentences of their own: two reports from different
        originals (``origin``: article id -> its original's id) whose evidence sentences are
        not one sentence copied (at most a few words edited, ``_SAME_SENTENCE``)."""
        seen: list[tuple[int, set[str]]] = []
        for r, _ in self.reports:
            words = set(re.findall(r"\w+", r.evidence.lower()))
            source = origin.get(r.article_id) or r.article_id or 0
            for other, other_words in seen:
                if other == source:
                    continue
                union = words | other_words
                if union and len(words & other_words) / len(union) < _SAME_SENTENCE:
                    return True
            seen.append((source, words))
        return False

    def to_json(self) -> dict[str, Any]:
        """The relation, its count and its evidence sentences."""
        return {
            "kind": "relation",
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "negated": self.negated,
            "text": self.label,
            "count": len(self.reports),
            "date": next((r.date for r, _ in self.reports if r.date), None),
            "article_ids": self.article_ids,
            "outlets": self.outlets,
            "evidence": [
                {"text": r.evidence, "article_id": r.article_id, "outlet": r.outlet}
                for r, _ in self.reports[:EXAMPLES]
            ],
        }


@dataclass(kw_only=True)
class StoryComparison:
    """Everything the comparison found in one story."""

    first: dict[str, Any] | None = None
    agreed: list[ClaimGroup | QuoteGroup | RelationGroup] = field(default_factory=list)
    compatible: list[ClaimPair] = field(default_factory=list)
    conflicts: list[ClaimPair] = field(default_factory=list)
    updates: list[ClaimPair] = field(default_factory=list)
    unique: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[QuoteGroup] = field(default_factory=list)
    relations: list[RelationGroup] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The public ``comparison`` object: agreed, compatible, conflicts, updates, unique."""
        return {
            "agreed": [g.to_json() for g in self.agreed],
            "compatible": [p.to_json() for p in self.compatible],
            "conflicts": [p.to_json() for p in self.conflicts],
            "updates": [p.to_json() for p in self.updates],
            "unique": self.unique,
        }


def format_range(low: float | None, high: float | None, *, exact: bool = True) -> str:
    """A claim's range as words: "4,200", "about 4,200", "more than 3,000", "up to 500"."""
    if low is None and high is None:
        return "an unstated number"
    if high is None:
        return f"more than {_num(low)}"
    if low is None:
        return f"up to {_num(high)}"
    if _close(low, high, 1e-9):
        return _num(low) if exact else f"about {_num(low)}"
    middle = low / 2 + high / 2  # (low + high) / 2 overflows for bounds near the float limit
    if not exact and _about(low, high, middle):
        return f"about {_num(middle)}"  # "some 4,200" read as 3,780-4,620
    if not exact and _close(low, 0.9 * high, 1e-6):
        return f"nearly {_num(high)}"  # "nearly 40" read as 36-40
    return f"{_num(low)}–{_num(high)}"


def _about(low: float, high: float, middle: float) -> bool:
    """Whether a range is "about" its middle: give or take a tenth, or a fifth for a round
    figure ("about 100,000"; a quarter in claims read before :data:`.claim_hedges.ABOUT_ROUND`),
    or the width :func:`.claim_hedges.about_width` gives the figure: half the step of a round
    figure led by 4 or more ("about 400" is 350 to 450), a twentieth for three significant
    digits or more ("about 277 km" is 263.15 to 290.85, printed "about 277")."""
    step = about_width(middle)
    return any(
        _close(low, (1 - w) * middle, 1e-6) and _close(high, (1 + w) * middle, 1e-6)
        for w in (0.1, ABOUT_ROUND, 0.25, step)
    )


# plurals of a scale that make a vague count alone ("dozens of", "millions of")
_VAGUE_WORDS = ("dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions")
_VAGUE_COUNT = re.compile(rf"\b(?:{'|'.join(_VAGUE_WORDS)})\b")


def vague_count(claim: Claim) -> bool:
    """A count written as a plural of a scale alone ("dozens of", "millions of", "hundreds of
    thousands of"): a band as wide as the words allow, no figure an outlet stands behind. It may
    agree with or fit another outlet's figure, but it contradicts none and is nobody's alone."""
    return bool(claim.hedge and _VAGUE_COUNT.search(claim.hedge))


def claim_value(claim: Claim) -> str:
    """A claim's figure as its article wrote it: its own hedge words kept ("at least 600" stays
    "at least 600", never "more than 600"); without hedge words, as :func:`format_range`."""
    hedge = (claim.hedge or "").strip()
    low, high = claim.low, claim.high
    if (scale := _multiplied_scale(hedge, low)) is not None:
        return f"{hedge} {scale}"  # "several dozen", never "24–119.99"
    if not hedge and not claim.exact and _written_range(low, high):
        return f"{_num(low)}–{_num(high)}"  # "72 to 120" as written, never "about 96"
    if hedge and not claim.exact:
        if high is None and low is not None:
            return f"{hedge} {_num(low)}"  # at least, more than, over ...
        if low is None and high is not None:
            return f"{hedge} {_num(high)}"  # up to, less than, fewer than ...
        if low is not None and high is not None and hedge == "between":
            return f"between {_num(low)} and {_num(high)}"
        if low is not None and high is not None and _close(low, 0.9 * high, 1e-6):
            return f"{hedge} {_num(high)}"  # nearly, almost
        if low is not None and high is not None and high < 0 and _close(high, 0.9 * low, 1e-6):
            return f"{hedge} {_num(low)}"  # "nearly minus 20": -20 to -18
        if low is not None and high is not None:
            middle = low / 2 + high / 2
            if _about(low, high, middle):
                return f"{hedge} {_num(middle)}"  # some, about, around
        if hedge.startswith(_VAGUE_WORDS):
            return f"{hedge} of"
    return format_range(low, high, exact=claim.exact)


# the low factor enrich gives a vague multiplier of a scale word ("several thousand" is
# 2,000 to 9,999): the scale word is read back from the low bound
_MULTIPLIER_LOWS = {"several": 2.0, "a few": 2.0, "a couple": 1.5}
_SCALE_WORDS = {12.0: "dozen", 100.0: "hundred", 1e3: "thousand", 1e6: "million", 1e9: "billion"}


def _written_range(low: float | None, high: float | None) -> bool:
    """Two different bounds: with no hedge word, a range the article wrote ("72 to 120")."""
    return low is not None and high is not None and not _close(low, high, 1e-9)


def _multiplied_scale(hedge: str, low: float | None) -> str | None:
    """The scale word of a vague multiple ("dozen" of "several dozen") when ``hedge`` is a
    vague multiplier and ``low`` its low bound, else None."""
    factor = _MULTIPLIER_LOWS.get(hedge)
    if factor is None or low is None:
        return None
    return next((w for v, w in _SCALE_WORDS.items() if _close(low, factor * v, 1e-9)), None)


def unit_prefix(claim: Claim) -> str:
    """ "square", "cubic" or "nautical" when a claim's length unit is written with it before its
    figure ("30 square miles", "a 30-square-mile area", "500 cubic metres", "13 nautical
    miles"; enrich reads the length unit alone), else "". Where the figure is not found before
    the unit (a number in words), every time the sentence writes the unit counts; a sentence
    that writes the unit both plain and squared is read plain, the unit enrich read ("a
    1,500-square-kilometer island 1,500 kilometers south of Tehran")."""
    head = _head(claim.unit) if claim.unit else _head(claim.what)
    if head not in _SPELLED or (not claim.unit and len(_tokens(claim.what)) != 1):
        return ""
    pattern = rf"(?:(\d[\d,. ]*)\s*-?\s*)?\b{_PREFIX}(?:{_SPELLINGS[_SPELLED[head]]})\b"
    found = [
        (_number(match.group(1)), (match.group(2) or "").lower().rstrip("."))
        for match in re.finditer(pattern, claim.sentence, re.IGNORECASE)
    ]
    own = [
        prefix for value, prefix in found if value is not None and value in {claim.low, claim.high}
    ]
    prefixes = {"square" if p == "sq" else p for p in own or [prefix for _, prefix in found]}
    return prefixes.pop() if len(prefixes) == 1 else ""


def _number(text: str | None) -> float | None:
    """A figure as a news text writes it ("1, 500", "2,000.5"), or None."""
    digits = (text or "").replace(",", "").replace(" ", "").rstrip(".")
    try:
        return float(digits)
    except ValueError:
        return None


def written_unit(claim: Claim) -> str:
    """A claim's unit as its text writes it ("square miles", "months"; a measure enrich counts
    with no unit, its word: "feet")."""
    prefix = f"{unit_prefix(claim)} ".lstrip()
    return f"{prefix}{claim.unit or claim.what}"


def claim_label(claim: Claim, value: str | None = None) -> str:
    """A claim as a short phrase: "4,200 workers", "31 million crowns (cost)"."""
    value = value or claim_value(claim)
    if claim.unit == ORDINAL and claim.low is not None:
        return f"the {_nth(claim.low)} {claim.what}"  # "the 8th day", not "8 ordinal (day)"
    if claim.role == CLOCK and claim.occasion:
        return f"{value} seconds into {claim.occasion}"  # "44 seconds into round 7"
    if claim.unit and (span := interval_label(claim, value, written_unit(claim))) is not None:
        return span  # "2 weeks after Payton made a similar move", not "(weeks after make)"
    if claim.unit and _head(claim.unit) != _head(claim.what):
        return f"{value} {written_unit(claim)} ({claim.what})"  # "30 square miles", as written
    prefix = f"{unit_prefix(claim)} ".lstrip()
    return f"{value} {prefix}{claim.what}".strip()


def _nth(value: float) -> str:
    """An ordinal in digits: 1st, 2nd, 3rd, 8th, 11th, 22nd."""
    n = int(value)
    suffix = "th" if n % 100 in {11, 12, 13} else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if abs(value) >= size and (value / size * 100) == int(value / size * 100):
            return f"{value / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _HYPHENS.sub("", text)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_fold(text))


def _cased_tokens(text: str) -> list[str]:
    """The words :func:`_tokens` reads, as written (their case kept)."""
    return _TOKEN.findall(_HYPHENS.sub("", unicodedata.normalize("NFKC", text)))


# Plurals that add "es" after a hissing end: "patches", "dishes", "classes", "boxes",
# "churches", "benches", "coaches". "headaches", "niches" and "caches" end in an "e" of their
# own ("-aches" and "-iches" keep it, but "beaches", "coaches", "speeches", "pouches").
_ES_PLURALS = (
    "tches",
    "shes",
    "sses",
    "xes",
    "zzes",
    "rches",
    "nches",
    "eaches",
    "oaches",
    "eeches",
    "uches",
)

# "-us" words whose plural adds "es" ("two buses"); "houses", "causes" keep their "e".
_US_PLURALS = ("buses", "bonuses", "viruses", "campuses", "censuses", "statuses", "surpluses")


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if (len(word) > 4 and word.endswith(_ES_PLURALS)) or word.endswith(_US_PLURALS):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def rate_unit(unit: str | None) -> str | None:
    """A rate's unit as one word ("kilometres per hour", "dollars per year"): a rate is its own
    unit, never its base (no duration, no sum); None for a unit that is no rate."""
    words = _tokens(unit or "")
    return " ".join(words) if "per" in words[1:-1] else None


def _head(text: str | None) -> str:
    if (rate := rate_unit(text)) is not None:
        return rate
    words = _tokens(text or "")
    return _singular(words[-1]) if words else ""
