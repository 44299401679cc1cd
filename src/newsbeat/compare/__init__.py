"""Compare what outlets say about one story: figures, quotes and relations, side by side.

Numeric claims are first **aligned** (:mod:`newsbeat.compare.claims`): two claims are about the
same thing when they have the same unit and counted noun, the same time frame when both state a
period, the same scope (a total is not a part), and compatible actors (those named next to the
number). Claims from the same article are never paired. Aligned figures are classified on their
range ``[low, high]`` (``high`` None = unbounded):

* ``agree``: the same range (within :attr:`CompareOptions.tolerance`);
* ``compatible``: the ranges overlap, so only the precision differs ("4,200 workers" and "more
  than 3,000" fit together); a round exact figure is read with its implied precision;
* ``update``: disjoint ranges, the second article published later, and either from the **same
  outlet** (an outlet revising its own figure) or presenting its figure as a **revision**
  ("rose to", "revised", "latest", "up from" ...). Without one of those signals a later,
  different figure from another outlet is not taken as a revision: outlets routinely disagree at
  the same time, and treating every later figure as an update would hide real conflicts;
* ``conflict``: disjoint ranges that are not an update.

Disjoint figures need stricter evidence than agreeing ones before they are paired at all (same
qualifiers, not a part, not a bare duration, neither article giving both figures): a false
conflict misleads more than a missed one. A subject named on one side only is enough when the
other side is a passive naming nobody ("300 rounds were seized") and event, noun and qualifiers
agree; near-synonyms (observers, monitors, experts) are one noun only for one named sender in
one event; only a figure of the same noun and event stands for another's in its article, and
not an open lower bound ("at least 50") that article narrows to a figure of its own ("about
50"); and an article giving one figure per named person (two climbers' falls) gives each
person's figure a side, compared only with figures naming that person. Agreeing claims are
merged into one group, so twenty outlets repeating a figure give one line; an item of a list
of kinds under a whole written without a figure ("a cache of arms, including seven rifles") is
the count of its own noun (:mod:`newsbeat.compare.listed_parts`), and one figure of one act
under a word of no group ("the 23 arrested") or another word for the attackers ("23 raiders")
joins the group's agreement, never a conflict (:mod:`newsbeat.compare.group_nouns`).

Quotes (:mod:`newsbeat.compare.quotes`) are one quote when the speakers are compatible and the
words match after folding case, punctuation and dashes ("clean-up" = "cleanup"), or one is a
trimmed or extended form of the other. Relations are grouped on (source, type, target,
negation). A claim, quote or relation that only one outlet of a multi-outlet story reports is
listed as unique to it. A figure is no outlet's own when another text writes it, when another
outlet's figure for its thing fits it, or when it is a side of a pair shown; a figure linked
only to different figures and in no pair shown is its outlet's own. The same figure kept apart
from another outlet's only by a pronoun subject ("He served 136 days") or by another noun for
the same people or things ("two managers wounded" / "two bosses wounded", "31 pieces of
apparatus" / "31 apparatus") is no outlet's own either, nor is a count another outlet's text
writes before the same noun though no claim of it was read there ("the two Washington Post
reporters who ..."), nor a named person's age another text writes beside the surname ("Riva,
47,"). A vague count ("dozens
of", "millions of": a band, no written figure) may agree with or fit another figure, but it is
never a side of a conflict nor listed as one outlet's own.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from newsbeat.compare.claim_context import SMALL_NUMBERS, classify_ranges
from newsbeat.compare.claims import claim_groups
from newsbeat.compare.name_variants import two_people
from newsbeat.compare.pair_verdicts import revision_signal
from newsbeat.compare.quotes import (
    as_agreed,
    quote_groups,
    relation_groups,
    said_elsewhere,
    same_quote,
    same_speaker,
)
from newsbeat.compare.records import (
    EXAMPLES,
    ClaimGroup,
    ClaimPair,
    ClaimRef,
    CompareOptions,
    QuoteGroup,
    RelationGroup,
    StoryComparison,
    claim_label,
    format_range,
    vague_count,
)
from newsbeat.compare.unit_restatements import without_brackets
from newsbeat.enrich.claim_hedges import NEARLY_HEDGES
from newsbeat.enrich.number_names import YEAR
from newsbeat.enrich.story_names import resolve_surnames
from newsbeat.models import Article, Claim, Enrichment, Story
from newsbeat.store import ArticleStore, EnrichmentStore

__all__ = [
    "EXAMPLES",
    "ClaimGroup",
    "ClaimPair",
    "ClaimRef",
    "CompareOptions",
    "QuoteGroup",
    "RelationGroup",
    "StoryComparison",
    "StoryMaterialStore",
    "claim_label",
    "classify_ranges",
    "compare_articles",
    "compare_story",
    "explain_claims",
    "format_range",
    "load_story_material",
    "revision_signal",
    "same_quote",
    "same_speaker",
]

log = logging.getLogger(__name__)

_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "GROUP"})


def compare_articles(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment],
    options: CompareOptions | None = None,
) -> StoryComparison:
    """Compare the articles of one story (a pure function of its inputs).

    Args:
        articles: the story's articles; a reprint among them (``duplicate_of`` set) counts its
            outlet for the facts of its original (give it the original's enrichment, see
            :func:`load_story_material`).
        enrichments: what enrich found, by article id (articles without one are skipped).
        options: thresholds (defaults when None).

    Returns:
        The comparison: agreed figures, quotes and relations, compatible figures, conflicts,
        updates, what only one outlet reports, the grouped quotes and relations, and which
        outlet was first.
    """
    opts = options or CompareOptions()
    ordered = sorted((a for a in articles if a.id is not None), key=lambda a: (a.order_time, a.id))
    result = StoryComparison()
    if not ordered:
        return result
    first = ordered[0]
    result.first = {
        "outlet": first.outlet or "unknown outlet",
        "article_id": first.id,
        "published": first.published,  # None when undated: an import time is no date
        "url": first.url,
    }
    outlets = {a.outlet or "unknown outlet" for a in ordered}
    groups, pairs = claim_groups(ordered, enrichments, _names(ordered, enrichments), opts)
    for pair in pairs:
        {"compatible": result.compatible, "conflict": result.conflicts, "update": result.updates}[
            pair.kind
        ].append(pair)
    result.quotes = quote_groups(ordered, enrichments, opts)
    result.relations = relation_groups(ordered, enrichments)
    # A reprint lists its outlet beside its original's, but it is the same report: agreement
    # needs two independent texts, and what one text alone says stays "only one reports".
    origin = {a.id: a.duplicate_of or a.id for a in ordered}

    def sources(group: _Grouped) -> int:
        return len({origin.get(aid, aid) for aid in group.article_ids})

    # an article's bracketed conversion is its main figure's, listed with it: never a figure
    # of its own to agree on or to be one outlet's alone (unit_restatements.without_brackets)
    groups = without_brackets(groups, enrichments)
    result.agreed.extend(g for g in groups if len(g.outlets) > 1 and sources(g) > 1)
    result.agreed.extend(
        as_agreed(g, origin) for g in result.quotes if len(g.outlets) > 1 and sources(g) > 1
    )
    # A relation is agreed when two texts state it in sentences of their own, not when an
    # edited copy repeats the original's sentence.
    result.agreed.extend(
        g
        for g in result.relations
        if len(g.outlets) > 1 and sources(g) > 1 and g.independent_reports(origin)
    )
    if len(outlets) > 1 and len(set(origin.values())) > 1:
        texts = {
            a.id: (a.outlet or "unknown outlet", a.text) for a in ordered if a.id == origin[a.id]
        }
        result.unique = _unique(groups, result, sources, origin, opts, texts)
    return result


def _names(ordered: Sequence[Article], enrichments: Mapping[int, Enrichment]) -> list[str]:
    return sorted(
        {
            e.name
            for a in ordered
            if (enr := enrichments.get(a.id or -1)) is not None
            for e in enr.entities
            if e.type in _ACTOR_TYPES
        }
    )


def explain_claims(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment],
    options: CompareOptions | None = None,
) -> list[dict[str, Any]]:
    """Why each pair of figures of one unit from two articles of a story is, or is not, a
    conflict: for debugging a missed or a false conflict.

    Returns:
        One record per pair: both sides (outlet, value, sentence), the masked sentence
        similarity and the ``decision`` ("conflict or update", "compatible", "agree", or the
        rule that kept them apart, e.g. "not the same slot: event unknown on one side").
    """
    opts = options or CompareOptions()
    ordered = sorted((a for a in articles if a.id is not None), key=lambda a: (a.order_time, a.id))
    trace: list[dict[str, Any]] = []
    claim_groups(ordered, enrichments, _names(ordered, enrichments), opts, trace)
    return trace


class _Grouped(Protocol):
    @property
    def article_ids(self) -> list[int]: ...


def _unique(
    claim_groups: Sequence[ClaimGroup],
    result: StoryComparison,
    sources: Callable[[_Grouped], int],
    origin: Mapping[int | None, int | None],
    opts: CompareOptions,
    texts: Mapping[int | None, tuple[str, str]],
) -> list[dict[str, Any]]:
    # A figure another text states with the same counted word is no outlet's alone, even when
    # the slots kept the two apart ("he was limited to 30 yards" / "Bush was limited to 30
    # yards": read on real stories, 44 of 123 "only one reports" lines were such).
    # So is a distinctive figure another text writes with the same unit under another word
    # ("about 10,000 variants" / "as many as 10,000 versions").
    texts_saying: dict[tuple[str, str | None, float | None, float | None], list[_Said]] = {}
    texts_writing: dict[tuple[str | None, float], set[int | None]] = {}
    for group in claim_groups:
        for ref in group.claims:
            text = origin.get(ref.article_id, ref.article_id)
            texts_saying.setdefault(_figure_key(ref), []).append((text, ref.claim))
            if (written := _distinctive_figure(ref)) is not None:
                texts_writing.setdefault(written, set()).add(text)
    unique: list[dict[str, Any]] = []
    for group in claim_groups:
        # Another outlet's figure for the same thing (a side of a conflict or of a compatible
        # pair: "53 wins" against "52 wins") makes it no outlet's alone.
        told_by_others = bool(group.topic_outlets - set(group.outlets))
        alone = not told_by_others and (len(set(group.outlets)) == 1 or sources(group) == 1)
        if not alone or _said_elsewhere(group.first.claim, texts_saying[_figure_key(group.first)]):
            continue
        if vague_count(group.first.claim):
            continue  # "millions of Americans": a band, no figure the outlet stands behind
        if _age_written_elsewhere(group.first, texts) or _count_written_elsewhere(
            group.first, texts
        ):
            continue  # "Riva, 47,", "the two Post reporters" in a text that read no claim of it
        written = _distinctive_figure(group.first)
        if written is None or len(texts_writing[written]) == 1:
            unique.append({**group.to_json(), "outlet": group.outlets[0]})
    alone_quotes = [
        i for i, q in enumerate(result.quotes) if len(q.outlets) == 1 or sources(q) == 1
    ]
    elsewhere = said_elsewhere(result.quotes, alone_quotes, origin, opts)
    for i in alone_quotes:
        if i not in elsewhere:
            quote = result.quotes[i]
            unique.append({**quote.to_json(), "outlet": quote.outlets[0]})
    for relation in result.relations:
        if len(relation.outlets) == 1 or sources(relation) == 1:
            unique.append({**relation.to_json(), "outlet": relation.outlets[0]})
    unique.sort(key=lambda item: (item["outlet"], item["kind"]))
    return unique


_Said = tuple[int | None, Claim]  # a text (its original's id) and a claim of the figure in it


def _said_elsewhere(claim: Claim, said: Sequence[_Said]) -> bool:
    """Whether a text other than the claim's own gives its figure with the same counted word,
    of the same person when the figure is an age: "Dean Riva, 47," is no report of "Paul Riva,
    47," (two named people, :func:`~newsbeat.compare.name_variants.two_people`)."""
    texts = {
        text
        for text, other in said
        if not (claim.event == other.event == "age" and two_people(claim.subject, other.subject))
    }
    return len(texts) > 1


def _distinctive_figure(ref: ClaimRef) -> tuple[str | None, float] | None:
    """The figure as written (the number before its hedge widened it) with its unit, when it is
    distinctive enough that two texts writing it tell one fact: 100 or more, a fraction, or 10
    or more of a unit ("15 years", "70 percent"). Smaller whole counts say nothing alone ("12
    shots" and "a mother of 12"), nor does a vague count ("hundreds of millions of sites")."""
    c = ref.claim
    if vague_count(c):
        return None  # "dozens", "hundreds of millions of": a band, no written figure
    if c.exact or c.high is None:
        written = c.low
    elif c.low is None or c.hedge in NEARLY_HEDGES:
        written = c.high
    else:
        written = (c.low + c.high) / 2  # "about": a symmetric band around the written figure
    if written is None:
        return None
    if float(written).is_integer() and abs(written) < (10 if c.unit else 100):
        return None
    return (c.unit, round(written, 6))


def _age_written_elsewhere(ref: ClaimRef, texts: Mapping[int | None, tuple[str, str]]) -> bool:
    """Whether another outlet's text gives a named person's age the claim gives, next to the
    person's surname ("Paul Riva, 47," / "Riva, 47, of Sterling Heights"; "the 38-year-old
    Anthony LaCalamita"), though no claim of it was read there."""
    claim = ref.claim
    subject = claim.subject or ""
    words = subject.split()
    if claim.event != "age" or claim.low is None or claim.low != claim.high or not words:
        return False
    if not all(w[:1].isupper() for w in words):
        return False  # "he", "the suspect": no name to find the age beside
    name, years = re.escape(words[-1]), int(claim.low)
    beside = re.compile(
        rf"\b{name},\s+(?:aged\s+)?{years}\b|\b{years}\s*-\s*year\s*-\s*old\s+"
        rf"(?:[A-Z][\w.']*\s+){{0,3}}{name}\b"
    )
    first = words[0] if len(words) > 1 else None
    return any(
        _named_as(text, match, words[-1], first)
        for text in _texts_elsewhere(ref, texts)
        for match in beside.finditer(text)
    )


def _texts_elsewhere(ref: ClaimRef, texts: Mapping[int | None, tuple[str, str]]) -> Iterator[str]:
    """The texts of the articles of other outlets than the claim's."""
    return (
        text
        for article_id, (outlet, text) in texts.items()
        if outlet != ref.outlet and article_id != ref.article_id
    )


_NAME_BEFORE = re.compile(r"\b([A-Z][\w'-]*)\s+$")
_NAME_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Miss"})
_NICKNAME = re.compile(r"[\"'‘“][\w .-]{1,20}[\"'’”]\s+$")  # "Vincent 'Chin' Gigante"


def _named_as(text: str, match: re.Match[str], surname: str, first: str | None) -> bool:
    """Whether the surname a match of an age beside it writes may be the person whose first
    name is ``first`` (None: not given): the first name written before it is that one, or,
    the surname alone, the text writes it with that first name or with none ("Riva, 47" of
    a text naming "Paul Riva" is no "Dean Riva")."""
    if first is None:
        return True
    at = match.start() + match.group(0).rfind(surname)
    before = _NAME_BEFORE.search(_NICKNAME.sub("", text[:at]))
    if before is not None and before.group(1) not in _NAME_TITLES:
        return before.group(1) == first
    written = {m.group(1) for m in re.finditer(rf"\b([A-Z][\w'-]*)\s+{re.escape(surname)}\b", text)}
    written -= _NAME_TITLES
    return not written or first in written


# Counted nouns that name no one in particular: another text's "two men" may be any two.
_ANYONE = frozenset({"people", "persons", "men", "women", "others", "children"})


def _count_written_elsewhere(ref: ClaimRef, texts: Mapping[int | None, tuple[str, str]]) -> bool:
    """Whether another outlet's text writes the claim's whole count before its counted noun,
    a few words apart at most ("The two Washington Post reporters who broke the story" beside
    "helped two Washington Post reporters"), though no claim of it was read there."""
    written = _written_count(ref.claim)
    if written is None:
        return False
    own_years = frozenset(YEAR.findall(ref.claim.sentence))
    return any(
        not _another_time(text[match.end() :], own_years)
        for text in _texts_elsewhere(ref, texts)
        for match in written.finditer(text)
    )


_EARLIER_TIME = re.compile(r"\b(?:last|previous|earlier)\s+(?:year|month|decade)\b|\bago\b", re.I)
_CLAUSE_END = re.compile(r"[.;!?]")


def _another_time(rest: str, own_years: frozenset[str]) -> bool:
    """Whether the rest of a written count's sentence dates it to another time than the
    claim's own sentence: a year it does not write, or "last year", "years ago" ("the two
    people killed in a 2019 crash at the same corner")."""
    sentence = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return bool(set(YEAR.findall(sentence)) - own_years or _EARLIER_TIME.search(sentence))


def _written_count(claim: Claim) -> re.Pattern[str] | None:
    """How a text writes a whole count of a named noun: the number in digits or words, then
    the words of its counted phrase in order, each a few words after the last within one
    clause ("31 separate pieces", "two Washington Post reporters"); None for a measure, a
    range, an age or a count of anyone ("three people")."""
    words = claim.what.split()
    if claim.unit or not claim.exact or claim.low is None or claim.low != claim.high or not words:
        return None
    if not float(claim.low).is_integer() or claim.event == "age":
        return None
    if any(w.casefold() in _ANYONE for w in words):
        return None  # "people killed" counts anyone as "people" does
    count = int(claim.low)
    spellings = [str(count), f"{count:,}".replace(",", r",\s?")]
    if count < len(SMALL_NUMBERS):
        spellings.append(SMALL_NUMBERS[count])
    # "the two other victims" are not "two of the three victims": "other" counts others, as
    # "former" does; "12 boxes of documents" count boxes, not documents ("178 of 369
    # punches", "three out of four lines" count the noun)
    word = r"(?!(?:other|former)\b)(?!(?!out\b)[\w'-]+\s+of\b)[\w'-]+\s+"
    gap = rf"\s+(?:{word}){{0,3}}?"
    phrase = gap.join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{'|'.join(spellings)}){gap}{phrase}\b", re.I)


def _figure_key(ref: ClaimRef) -> tuple[str, str | None, float | None, float | None]:
    """A figure as a reader compares it: the counted word, the unit and the range."""
    c = ref.claim
    return (c.what.casefold(), c.unit, c.low, c.high)


class StoryMaterialStore(ArticleStore, EnrichmentStore, Protocol):
    """What reading a story's material needs: its articles and their enrichment."""


def load_story_material(
    store: StoryMaterialStore, story: Story
) -> tuple[list[Article], dict[int, Enrichment]]:
    """The story's articles with the reprints of each, and their enrichment by article id.

    A reprint is never parsed (the enrich stage skips it): its enrichment is its original's,
    credited to the reprint's article and outlet (:meth:`Enrichment.for_reprint`), so every
    outlet that ran a text counts where the text's figures, quotes and relations are listed.
    Reprints keep ``duplicate_of`` set: the summary skips them.
    """
    articles = [a for a in store.iter_articles(ids=story.article_ids) if a.duplicate_of is None]
    enrichments: dict[int, Enrichment] = {}
    for article in articles:
        found = store.get_enrichment(article.id) if article.id is not None else None
        if found is not None and found.skipped_reason is None:
            enrichments[found.article_id] = found
    originals = {a.id for a in articles}
    reprint_ids = [
        appearance.article_id
        for appearances in store.story_appearances(story.id).values()
        for appearance in appearances
        if appearance.article_id not in originals
    ]
    for reprint in store.iter_articles(ids=reprint_ids) if reprint_ids else ():
        if reprint.id is None or reprint.duplicate_of is None:
            continue
        if reprint.duplicate_of not in originals:
            continue
        articles.append(reprint)
        original = enrichments.get(reprint.duplicate_of)
        if original is not None:
            enrichments[reprint.id] = original.for_reprint(reprint.id, reprint.outlet)
    # A surname alone is the story's one bearer of it ("Holm" -> "Lena Holm").
    named = resolve_surnames(list(enrichments.values()))
    return articles, {e.article_id: e for e in named}


def compare_story(
    store: StoryMaterialStore, story: Story, options: CompareOptions | None = None
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
