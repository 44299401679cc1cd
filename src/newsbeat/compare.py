"""Compare what outlets say about one story: figures, quotes and relations, side by side.

Numeric claims are first **aligned**: two claims are about the same thing when they count the
same thing (same unit, same head noun of ``what``), name compatible actors (the actors named in
their sentences overlap, or one names none) and refer to the same time (``time_ref`` equal or
missing). Claims from the same article are never paired: one article giving two figures is
describing two things. Each aligned pair of figures is then classified on its range
``[low, high]`` (``high`` None = unbounded):

* ``agree``: the ranges are the same (within :attr:`CompareOptions.tolerance`);
* ``compatible``: the ranges overlap, so only the precision differs ("4,200 workers" and "more
  than 3,000" fit together). A round exact figure is read with its implied precision: "4.2
  million" covers 4,213,000, capped at :attr:`CompareOptions.rounding_slack` of the value;
* ``update``: the ranges are disjoint, the second article was published later, and either it
  comes from the **same outlet** (an outlet revising its own figure) or its sentence uses
  **revision words** ("rose to", "revised", "latest toll", "up from" ...). Without one of those
  two signals a later, different figure from another outlet is not taken as a revision, because
  outlets routinely disagree at the same time; treating every later figure as an update would
  hide real conflicts;
* ``conflict``: the ranges are disjoint and it is not an update.

Claims that agree are merged into one group (the figure and everyone who reported it); the
other kinds are reported between groups, so twenty outlets repeating one figure give one line.

Quotes are grouped when the speakers are compatible and the wording is the same after folding
case, punctuation and hyphens ("clean-up" = "cleanup"), or one is a trimmed or extended form of
the other (most of the shorter quote's words appear in order in the longer one). Relations are
grouped on (source, type, target, negation). A claim, quote or relation that only one outlet of a
multi-outlet story reports is listed as unique to it.
"""

from __future__ import annotations

import difflib
import logging
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsbeat.models import Article, Claim, Enrichment, Quote, Relation, Story
from newsbeat.store import Store

__all__ = [
    "ClaimGroup",
    "ClaimPair",
    "CompareOptions",
    "QuoteGroup",
    "RelationGroup",
    "StoryComparison",
    "claim_label",
    "classify_ranges",
    "compare_articles",
    "compare_story",
    "format_range",
    "load_story_material",
    "same_quote",
    "same_speaker",
]

log = logging.getLogger(__name__)

# Words saying that a figure is new: the later article revises an earlier one.
_REVISION = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|grew|soared|fell|fallen|dropped|"
    r"declined|revis(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|raised|raises|lowered|lowers|"
    r"correct(?:s|ed|ing)|now stands?|now puts?|now says?|now estimates?|has now|have now|"
    r"latest|up from|down from|(?:new|revised) (?:figures?|toll|estimates?|count|number))\b",
    re.IGNORECASE,
)
# Words pointing back at an earlier figure: a revision signal, unless a number follows them
# closely ("it had earlier said four were hurt" restates the old figure, it is not a new one).
_EARLIER = re.compile(
    r"\b(?:(?:earlier|previous) (?:figures?|toll|estimates?|count|number)|"
    r"had (?:earlier|previously|initially) (?:said|reported|given|put))\b((?:\W+\w+){0,3})",
    re.IGNORECASE,
)
# Claims, quote wordings and evidence sentences listed per group; the counts, article ids and
# outlets of a group are always complete.
EXAMPLES = 5
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_HYPHENS = re.compile(r"[-‐‑‒–—―­]")
_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP"})


@dataclass(frozen=True, kw_only=True)
class CompareOptions:
    """Thresholds of the comparison.

    Attributes:
        tolerance: relative difference under which two bounds count as the same figure.
        rounding_slack: cap (relative) on the implied precision of a round exact figure.
        quote_overlap: share of the shorter quote's words that must appear, in order, in the
            longer one for a trimmed or extended quote to be the same quote.
        min_quote_words: shorter quotes only match when their words are identical.
    """

    tolerance: float = 0.005
    rounding_slack: float = 0.05
    quote_overlap: float = 0.8
    min_quote_words: int = 4


# -- records ------------------------------------------------------------------------------------
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
            "value": format_range(c.low, c.high, exact=c.exact),
            "low": c.low,
            "high": c.high,
            "claimant": c.claimant,
            "time_ref": c.time_ref,
            "sentence": c.sentence,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "published": self.published,
            "url": self.url,
        }


@dataclass(kw_only=True)
class ClaimGroup:
    """Claims that agree: one figure and every article that reported it (earliest first).

    ``topic_outlets`` are the outlets reporting any figure for the same thing.
    """

    claims: list[ClaimRef]
    topic_outlets: set[str] = field(default_factory=set)

    @property
    def first(self) -> ClaimRef:
        """The earliest report of the figure."""
        return self.claims[0]

    @property
    def value(self) -> str:
        """The figure as text ("4,200", "more than 3,000")."""
        c = self.first.claim
        return format_range(c.low, c.high, exact=c.exact)

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
            "claims": [r.to_json() for r in self.claims[:EXAMPLES]],
        }


@dataclass(kw_only=True)
class ClaimPair:
    """Two groups of aligned claims that do not agree: ``compatible``, ``conflict``, ``update``.

    ``a`` is the earlier side (for an update: the figure that was revised).
    """

    kind: str
    a: ClaimGroup
    b: ClaimGroup
    reason: str

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
        if self.kind == "update":
            data["earlier"] = self.a.to_json()
            data["later"] = self.b.to_json()
        else:
            data["sides"] = [self.a.to_json(), self.b.to_json()]
        return data


@dataclass(kw_only=True)
class QuoteGroup:
    """One quote, however each outlet worded it: the speaker, the fullest text, the variants."""

    speaker: str | None
    variants: list[tuple[Quote, str]]  # (quote, published), earliest first

    @property
    def text(self) -> str:
        """The fullest wording (longest variant)."""
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
    reports: list[tuple[Relation, str]]  # (relation, published), earliest first

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


# -- ranges -------------------------------------------------------------------------------------
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
    middle = (low + high) / 2
    if not exact and _close(low, 0.9 * middle, 1e-6) and _close(high, 1.1 * middle, 1e-6):
        return f"about {_num(middle)}"  # "some 4,200" read as 3,780-4,620
    if not exact and _close(low, 0.9 * high, 1e-6):
        return f"nearly {_num(high)}"  # "nearly 40" read as 36-40
    return f"{_num(low)}–{_num(high)}"


def claim_label(claim: Claim, value: str | None = None) -> str:
    """A claim as a short phrase: "4,200 workers", "31 million crowns (cost)"."""
    value = value or format_range(claim.low, claim.high, exact=claim.exact)
    if claim.unit and _head(claim.unit) != _head(claim.what):
        return f"{value} {claim.unit} ({claim.what})"
    return f"{value} {claim.what}".strip()


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


def _implied(claim: Claim, slack: float) -> tuple[float, float]:
    """The range a claim covers, with the implied precision of a round exact figure."""
    low = -math.inf if claim.low is None else claim.low
    high = math.inf if claim.high is None else claim.high
    if claim.exact and claim.low is not None and claim.high is not None and low == high:
        value = abs(low)
        if value >= 10 and value == int(value):
            digits = str(int(value))
            zeros = len(digits) - len(digits.rstrip("0"))
            half_step = 0.5 * 10**zeros if zeros else 0.0
            widen = min(half_step, slack * value)
            low, high = low - widen, high + widen
    return low, high


def classify_ranges(a: Claim, b: Claim, options: CompareOptions | None = None) -> str:
    """``agree``, ``compatible`` or ``disjoint`` for two claims about the same thing.

    Args:
        a: one claim.
        b: the other claim.
        options: thresholds (defaults when None).

    Returns:
        ``agree`` when the ranges are the same, ``compatible`` when they overlap (precision
        differs), ``disjoint`` when no value fits both.
    """
    opts = options or CompareOptions()
    if _same_bound(a.low, b.low, opts.tolerance) and _same_bound(a.high, b.high, opts.tolerance):
        return "agree"
    a_low, a_high = _implied(a, opts.rounding_slack)
    b_low, b_high = _implied(b, opts.rounding_slack)
    if max(a_low, b_low) <= min(a_high, b_high):
        return "compatible"
    return "disjoint"


def _same_bound(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return _close(a, b, tolerance)


# -- alignment ----------------------------------------------------------------------------------
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _HYPHENS.sub("", text)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_fold(text))


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _head(text: str | None) -> str:
    words = _tokens(text or "")
    return _singular(words[-1]) if words else ""


# fmt: off
_NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "dozen", "dozens",
    "hundreds", "thousands", "millions",
})
_FILLER = frozenset({
    "and", "or", "of", "the", "a", "an", "some", "about", "around", "nearly", "almost", "more",
    "than", "over", "up", "to", "at", "least", "most", "fewer", "less", "under", "just",
    "roughly", "approximately", "estimated",
})
_DETERMINERS = frozenset({
    "the", "its", "their", "his", "her", "this", "that", "these", "those", "a", "an", "on", "in",
    "of", "at", "by", "during", "for", "over",
})
_PERIOD = frozenset({
    "week", "weeks", "month", "months", "year", "years", "quarter", "days", "decade", "weekend",
    "season", "hours",
})
_DURATIONS = frozenset({"day", "week", "month", "year", "hour", "minute", "decade"})
_PARTITIVE = frozenset({"the", "them", "those", "these", "its", "their", "whom"})
# fmt: on
_SCOPE = re.compile(r"\b(?:in total|total|overall|altogether|so far|in all|cumulative)\b", re.I)


@dataclass(frozen=True, kw_only=True)
class _Facts:
    """What a claim counts, read once: unit, counted noun, qualifiers, time, scope, actors."""

    unit: str
    noun: str
    suffix: str  # "injured" of "workers injured"
    modifiers: frozenset[str] | None  # words between the number and the noun (None: unknown)
    time: str
    total: bool
    actors: frozenset[str]  # actors named next to the number
    part: bool  # "two of the four": a part of another figure


def _facts(claim: Claim, names: Sequence[str]) -> _Facts:
    unit = _head(claim.unit)
    words = [_singular(w) for w in _tokens(claim.what)]
    noun = words[0] if words else unit
    suffix = " ".join(words[1:])
    tokens = _tokens(claim.sentence)
    found = _locate(tokens, unit or noun)
    modifiers = None
    window: list[str] = []
    if found is not None:
        j, i = found
        modifiers = frozenset(t for t in tokens[j + 1 : i] if t not in _FILLER)
        window = tokens[max(j - 3, 0) : i + 4]  # "Norland's 400 troops", "400 troops from X"
    time_words = [w for w in _tokens(claim.time_ref or "") if w not in _DETERMINERS]
    if not _PERIOD.intersection(time_words):
        time_words = []  # a date ("Feb. 28", "on Monday") says when it was said, not a period
    return _Facts(
        unit=unit,
        noun=noun,
        suffix=suffix,
        modifiers=modifiers,
        time=" ".join(time_words),
        total=bool(_SCOPE.search(claim.sentence)),
        actors=_actors_in(window, names, claim.claimant),
        part=any(
            (t.isdigit() or t in _NUMBER_WORDS) and nxt == "of" and after in _PARTITIVE
            for t, nxt, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
        ),
    )


def _locate(tokens: Sequence[str], noun: str) -> tuple[int, int] | None:
    """(number index, noun index) of the first "<number> ... <noun>" in a sentence's tokens."""
    if not noun:
        return None
    for i, token in enumerate(tokens):
        if _singular(token) != noun:
            continue
        for j in range(i - 1, max(i - 6, -1), -1):
            if tokens[j].isdigit() or tokens[j] in _NUMBER_WORDS:
                return j, i
    return None


def _same_thing(a: _Facts, b: _Facts, *, strict: bool) -> bool:
    """Whether two claims count the same thing, of compatible actors, in the same time frame.

    ``strict`` (needed before calling two figures a conflict or an update) also requires the
    same qualifiers ("rail workers" is not "workers") and the same casualty verb.
    """
    if a.unit != b.unit:
        return False
    if a.noun != b.noun and not ({a.noun, b.noun} & {a.unit, ""}):
        return False
    if a.time and b.time and a.time != b.time:
        return False
    if a.total != b.total:
        return False
    if a.actors and b.actors and not (a.actors & b.actors):
        return False
    if strict:
        if a.noun != b.noun or a.part or b.part:
            return False  # "budget" vs bare "crowns"; "two of the four" is a part
        if a.noun in _DURATIONS and a.noun == a.unit:
            return False  # "ten days" of what? A bare duration is too vague to contradict.
        if a.suffix != b.suffix:
            return False  # "workers injured" is not "workers"
        if a.modifiers is not None and b.modifiers is not None and a.modifiers != b.modifiers:
            return False
    return True


def _actors_in(window: Sequence[str], names: Sequence[str], claimant: str | None) -> frozenset[str]:
    """Actors named around a claim's number, except the claimant (who says, not who counts)."""
    skip = set(_tokens(claimant or ""))
    found = set()
    folded = f" {' '.join(window)} "
    for name in names:
        words = _tokens(name)
        if not words or set(words) <= skip:
            continue
        if f" {' '.join(words)} " in folded or (len(words) > 1 and f" {words[-1]} " in folded):
            found.add(name)
    return frozenset(found)


# -- quotes -------------------------------------------------------------------------------------
def same_speaker(a: str | None, b: str | None) -> bool:
    """Whether two speaker names may be one person.

    Unknown matches anyone; a bare surname matches a full name ending in it ("Holm" and
    "Lena Holm"); two full names must be equal ("Lena Holm" and "Erik Holm" are two people).
    """
    wa, wb = _tokens(a or ""), _tokens(b or "")
    if not wa or not wb:
        return True
    if len(wa) > 1 and len(wb) > 1:
        return wa == wb
    return wa[-1] == wb[-1]


def same_quote(a: Quote, b: Quote, options: CompareOptions | None = None) -> bool:
    """Whether two quotes are one quote worded differently (trimmed, extended, re-punctuated).

    Speakers must be compatible (see :func:`same_speaker`).
    """
    opts = options or CompareOptions()
    if not same_speaker(a.speaker, b.speaker):
        return False
    return _same_words(_tokens(a.text), _tokens(b.text), opts)


def _same_words(ta: list[str], tb: list[str], opts: CompareOptions) -> bool:
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) < opts.min_quote_words:
        return False
    if len(set(short) & set(long_)) < opts.quote_overlap * len(set(short)):
        return False  # cheap filter before the in-order match
    matcher = difflib.SequenceMatcher(None, short, long_, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched >= opts.quote_overlap * len(short)


# -- the comparison -----------------------------------------------------------------------------
def _when(article: Article) -> str:
    return article.published or article.imported_at or article.fetched_at or ""


def compare_articles(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment],
    options: CompareOptions | None = None,
) -> StoryComparison:
    """Compare the articles of one story (a pure function of its inputs).

    Args:
        articles: the story's articles (reprints already removed).
        enrichments: what enrich found, by article id (articles without one are skipped).
        options: thresholds (defaults when None).

    Returns:
        The comparison: agreed figures, quotes and relations, compatible figures, conflicts,
        updates, what only one outlet reports, the grouped quotes and relations, and which
        outlet was first.
    """
    opts = options or CompareOptions()
    ordered = sorted((a for a in articles if a.id is not None), key=lambda a: (_when(a), a.id))
    result = StoryComparison()
    if not ordered:
        return result
    first = ordered[0]
    result.first = {
        "outlet": first.outlet or "unknown outlet",
        "article_id": first.id,
        "published": _when(first),
        "url": first.url,
    }
    outlets = {a.outlet or "unknown outlet" for a in ordered}
    names = sorted(
        {
            e.name
            for a in ordered
            if (enr := enrichments.get(a.id or -1)) is not None
            for e in enr.entities
            if e.type in _ACTOR_TYPES
        }
    )
    claim_groups = _claim_groups(ordered, enrichments, names, opts, result)
    result.quotes = _quote_groups(ordered, enrichments, opts)
    result.relations = _relation_groups(ordered, enrichments)
    result.agreed.extend(g for g in claim_groups if len(g.outlets) > 1)
    result.agreed.extend(g for g in result.quotes if len(g.outlets) > 1)
    result.agreed.extend(g for g in result.relations if len(g.outlets) > 1)
    if len(outlets) > 1:
        result.unique = _unique(claim_groups, result)
    return result


def _claim_groups(
    ordered: Sequence[Article],
    enrichments: Mapping[int, Enrichment],
    names: Sequence[str],
    opts: CompareOptions,
    result: StoryComparison,
) -> list[ClaimGroup]:
    """Group agreeing claims and fill the pairs of ``result``; returns every claim group."""
    refs: list[tuple[ClaimRef, _Facts]] = []
    for article in ordered:
        enrichment = enrichments.get(article.id or -1)
        if enrichment is None:
            continue
        for claim in enrichment.claims:
            ref = ClaimRef(
                claim=claim,
                article_id=article.id or 0,
                outlet=article.outlet or "unknown outlet",
                published=_when(article),
                url=article.url,
            )
            refs.append((ref, _facts(claim, names)))
    by_unit: dict[str, list[int]] = defaultdict(list)
    by_article: dict[int, list[int]] = defaultdict(list)
    for index, (ref, facts) in enumerate(refs):
        by_unit[facts.unit].append(index)
        by_article[ref.article_id].append(index)
    # Union-find over "agree"; the other pairs are classified between groups afterwards.
    parent = list(range(len(refs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # An article giving two different figures for one thing ("from 12 to 15.5 metres", "nine
    # injured, five of whom ...") counts several things: its figures take no side in a conflict.
    ambiguous: set[int] = set()
    for members in by_article.values():
        for x, k in enumerate(members):
            for m in members[x + 1 :]:
                if _same_thing(refs[k][1], refs[m][1], strict=True) and (
                    classify_ranges(refs[k][0].claim, refs[m][0].claim, opts) == "disjoint"
                ):
                    ambiguous.update((k, m))
    related: dict[int, set[int]] = defaultdict(set)  # same thing (lenient)
    strict: set[tuple[int, int]] = set()  # same thing (strict), i < j
    for members in by_unit.values():
        for x, i in enumerate(members):
            ref_i, facts_i = refs[i]
            for j in members[x + 1 :]:
                ref_j, facts_j = refs[j]
                if ref_i.article_id == ref_j.article_id:
                    continue
                if not _same_thing(facts_i, facts_j, strict=False):
                    continue
                related[i].add(j)
                related[j].add(i)
                if (
                    i not in ambiguous
                    and j not in ambiguous
                    and _same_thing(facts_i, facts_j, strict=True)
                    and not _reported_together(i, j, refs, by_article, opts)
                ):
                    strict.add((i, j))
                if classify_ranges(ref_i.claim, ref_j.claim, opts) == "agree":
                    parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(refs)):
        groups[find(i)].append(i)
    claim_groups = {
        root: ClaimGroup(claims=[refs[i][0] for i in idx]) for root, idx in groups.items()
    }
    group_of = {i: root for root, idx in groups.items() for i in idx}
    linked: dict[tuple[int, int], bool] = {}  # group pair -> some member pair is strict
    for i, neighbours in related.items():
        for j in neighbours:
            gi, gj = group_of[i], group_of[j]
            if gi != gj:
                key = (min(gi, gj), max(gi, gj))
                linked[key] = linked.get(key, False) or (min(i, j), max(i, j)) in strict
    for (gi, gj), is_strict in sorted(linked.items()):
        pair = _classify_groups(claim_groups[gi], claim_groups[gj], opts, strict=is_strict)
        if pair is None:
            continue
        {"compatible": result.compatible, "conflict": result.conflicts, "update": result.updates}[
            pair.kind
        ].append(pair)
    topic_outlets: dict[int, set[str]] = {}
    for root, idx in groups.items():
        seen = {refs[i][0].outlet for i in idx}
        for i in idx:
            seen |= {refs[j][0].outlet for j in related.get(i, ())}
        topic_outlets[root] = seen
    ordered_groups = sorted(claim_groups.items(), key=lambda kv: (kv[1].first.published, kv[0]))
    for root, group in ordered_groups:
        group.topic_outlets = topic_outlets[root]
    return [g for _, g in ordered_groups]


def revision_signal(sentence: str) -> str | None:
    """The words of a sentence that present its figure as a revision, or None."""
    if match := _REVISION.search(sentence):
        return match.group(0)
    for match in _EARLIER.finditer(sentence):
        following = _tokens(match.group(1))
        if not any(t.isdigit() or t in _NUMBER_WORDS for t in following):
            return match.group(0)[: len(match.group(0)) - len(match.group(1))]
    return None


def _reported_together(
    i: int,
    j: int,
    refs: Sequence[tuple[ClaimRef, _Facts]],
    by_article: Mapping[int, Sequence[int]],
    opts: CompareOptions,
) -> bool:
    """Whether the article of one claim also reports a figure (same unit) fitting the other.

    "Deepened from 12 to 15.5 metres" gives both figures in one article, so another article's
    15.5 does not contradict its 12; "it had earlier said four were hurt" repeats the old figure.
    """
    for mine, other in ((i, j), (j, i)):
        for k in by_article[refs[mine][0].article_id]:
            if k == mine or refs[k][1].unit != refs[other][1].unit:
                continue
            if classify_ranges(refs[k][0].claim, refs[other][0].claim, opts) != "disjoint":
                return True
    return False


def _classify_groups(
    g1: ClaimGroup, g2: ClaimGroup, opts: CompareOptions, *, strict: bool
) -> ClaimPair | None:
    """Compatible, update or conflict; None when disjoint figures may count different things."""
    a, b = (
        (g1, g2)
        if (g1.first.published, g1.first.article_id)
        <= (
            g2.first.published,
            g2.first.article_id,
        )
        else (g2, g1)
    )
    verdict = classify_ranges(a.first.claim, b.first.claim, opts)
    if verdict != "disjoint":
        return ClaimPair(
            kind="compatible",
            a=a,
            b=b,
            reason="the ranges overlap: only the precision differs",
        )
    if not strict:
        return None
    for earlier in a.claims:
        for later in b.claims:
            if later.published <= earlier.published:
                continue
            if later.outlet == earlier.outlet:
                return ClaimPair(
                    kind="update",
                    a=a,
                    b=b,
                    reason=f"{later.outlet} revised its own figure in a later article",
                )
            if signal := revision_signal(later.claim.sentence):
                return ClaimPair(
                    kind="update",
                    a=a,
                    b=b,
                    reason=f"a later article reports a revision ({signal!r})",
                )
    return ClaimPair(
        kind="conflict",
        a=a,
        b=b,
        reason="the ranges are disjoint for the same thing and time",
    )


def _quote_groups(
    ordered: Sequence[Article], enrichments: Mapping[int, Enrichment], opts: CompareOptions
) -> list[QuoteGroup]:
    groups: list[QuoteGroup] = []
    tokens: list[list[list[str]]] = []  # per group, per variant
    for article in ordered:
        enrichment = enrichments.get(article.id or -1)
        if enrichment is None:
            continue
        for quote in enrichment.quotes:
            quote_tokens = _tokens(quote.text)
            home = None
            for index, group in enumerate(groups):
                if not same_speaker(quote.speaker, group.speaker):
                    continue
                if any(_same_words(quote_tokens, t, opts) for t in tokens[index]):
                    home = index
                    break
            if home is None:
                groups.append(QuoteGroup(speaker=quote.speaker, variants=[]))
                tokens.append([])
                home = len(groups) - 1
            group = groups[home]
            if group.speaker is None and quote.speaker:
                group.speaker = quote.speaker
            elif quote.speaker and group.speaker and len(quote.speaker) > len(group.speaker):
                group.speaker = quote.speaker  # the fuller name ("Lena Holm" over "Holm")
            group.variants.append((quote, _when(article)))
            tokens[home].append(quote_tokens)
    return groups


def _relation_groups(
    ordered: Sequence[Article], enrichments: Mapping[int, Enrichment]
) -> list[RelationGroup]:
    groups: dict[tuple[str, str, str, bool], RelationGroup] = {}
    for article in ordered:
        enrichment = enrichments.get(article.id or -1)
        if enrichment is None:
            continue
        for relation in enrichment.relations:
            key = (_fold(relation.source), relation.type, _fold(relation.target), relation.negated)
            if key not in groups:
                groups[key] = RelationGroup(
                    type=relation.type,
                    source=relation.source,
                    target=relation.target,
                    negated=relation.negated,
                    reports=[],
                )
            groups[key].reports.append((relation, _when(article)))
    return sorted(groups.values(), key=lambda g: (-len(g.outlets), g.label))


def _unique(claim_groups: Iterable[ClaimGroup], result: StoryComparison) -> list[dict[str, Any]]:
    unique: list[dict[str, Any]] = []
    for group in claim_groups:
        if len(group.topic_outlets or set(group.outlets)) == 1:
            unique.append({**group.to_json(), "outlet": group.outlets[0]})
    for quote in result.quotes:
        if len(quote.outlets) == 1:
            unique.append({**quote.to_json(), "outlet": quote.outlets[0]})
    for relation in result.relations:
        if len(relation.outlets) == 1:
            unique.append({**relation.to_json(), "outlet": relation.outlets[0]})
    unique.sort(key=lambda item: (item["outlet"], item["kind"]))
    return unique


# -- store access -------------------------------------------------------------------------------
def load_story_material(store: Store, story: Story) -> tuple[list[Article], dict[int, Enrichment]]:
    """The story's articles (reprints dropped: they repeat their original) and their enrichment."""
    articles = [a for a in store.iter_articles(ids=story.article_ids) if a.duplicate_of is None]
    enrichments: dict[int, Enrichment] = {}
    for article in articles:
        found = store.get_enrichment(article.id) if article.id is not None else None
        if found is not None and found.skipped_reason is None:
            enrichments[found.article_id] = found
    return articles, enrichments


def compare_story(
    store: Store, story: Story, options: CompareOptions | None = None
) -> StoryComparison:
    """Compare the outlets of a stored story.

    Args:
        store: where the story, its articles and their enrichment are.
        story: the story to compare.
        options: thresholds (defaults when None).

    Returns:
        The comparison (see :func:`compare_articles`).
    """
    articles, enrichments = load_story_material(store, story)
    return compare_articles(articles, enrichments, options)
