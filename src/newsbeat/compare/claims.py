"""Numeric claims across articles: alignment (same thing counted?) and classification.

See :mod:`newsbeat.compare` for the rules; ``docs/report.md`` explains them with examples.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from newsbeat.compare.claim_context import classify_ranges, in_lead, lead_text
from newsbeat.compare.claim_facts import _NUMBER_WORDS, _Facts, _facts, _Story
from newsbeat.compare.claim_places import _PlaceNames, _places_in, place_sites
from newsbeat.compare.claim_scope import merged_restatements
from newsbeat.compare.currency_conversions import CONVERTED, _converted, _states_other_currency
from newsbeat.compare.gathering_slots import named_days
from newsbeat.compare.group_building import _close_groups, _passes_gate, _phrase, _traced
from newsbeat.compare.group_nouns import join_groups, one_group_named
from newsbeat.compare.listed_parts import as_listed_count
from newsbeat.compare.listed_people import listed_people
from newsbeat.compare.pair_explain import _crowds_in_other_places, _evidence, _narrowed, _why_apart
from newsbeat.compare.pair_scorer import default_model
from newsbeat.compare.pair_verdicts import _classify_groups
from newsbeat.compare.pinned_figures import _listed_things, _pinned_or_measured
from newsbeat.compare.records import ClaimGroup, ClaimPair, ClaimRef, CompareOptions
from newsbeat.compare.share_places import share_places, share_whole
from newsbeat.compare.slot_matching import _ECHOED, _echoes, _pronoun_of_two, _same_thing
from newsbeat.compare.story_ages import _other_person, _people_in, _story_ages, own_ages
from newsbeat.models import Article, Enrichment
from newsbeat.sentence_vectors import vector_similarity

__all__ = ["claim_groups"]


def _masked_similarity(refs: Sequence[tuple[ClaimRef, _Facts]]) -> Callable[[int, int], float]:
    """Cosine similarity (TF-IDF) of two claims' sentences with every number masked: whether
    they say the same thing apart from the figure. The word weights of a pair of one kind are
    fitted on the story's claims of that kind only (:func:`_kind`): a person's age told in a
    sentence of its own is no evidence of how telling a word is among the story's counts, and
    reading one more age must not move a count's pair across the gate."""
    sentences = [_NUMBERS.sub(" ", ref.claim.sentence) for ref, _ in refs]
    kinds = [_kind(ref) for ref, _ in refs]
    fitted: dict[str | None, Callable[[int, int], float]] = {}

    def scorer(kind: str | None) -> Callable[[int, int], float]:
        if kind not in fitted:
            rows = [i for i, k in enumerate(kinds) if kind is None or k == kind]
            fitted[kind] = _fitted_similarity(rows, sentences)
        return fitted[kind]

    cache: dict[tuple[int, int], float] = {}

    def similarity(i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in cache:
            kind = kinds[i] if kinds[i] == kinds[j] else None  # across kinds: the whole story
            cache[key] = scorer(kind)(i, j)
        return cache[key]

    return similarity


def _kind(ref: ClaimRef) -> str:
    """The kind of figure a claim gives for the wording gate's word weights: a person's age,
    or any other figure."""
    return "age" if ref.claim.event == "age" else "figure"


def _fitted_similarity(
    rows: Sequence[int], sentences: Sequence[str]
) -> Callable[[int, int], float]:
    """The masked similarity of two of ``rows`` (indices into ``sentences``) under TF-IDF
    weights fitted on those rows' sentences."""
    if not rows:
        return lambda i, j: 0.0
    from sklearn.feature_extraction.text import TfidfVectorizer  # heavy: only when comparing

    try:
        matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
            [sentences[i] for i in rows]
        )
    except ValueError:  # nothing but stop words and numbers
        return lambda i, j: 0.0
    row_of = {index: n for n, index in enumerate(rows)}

    def similarity(i: int, j: int) -> float:
        return float((matrix[row_of[i]] @ matrix[row_of[j]].T).toarray()[0, 0])

    return similarity


_NUMBERS = re.compile(
    r"[$€£]?\d[\d,.]*\s*(?:%|percent|per cent|million|billion|thousand|bn|mn|m|k)?\b|\b(?:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def claim_groups(
    ordered: Sequence[Article],
    enrichments: Mapping[int, Enrichment],
    names: Sequence[str],
    opts: CompareOptions,
    trace: list[dict[str, Any]] | None = None,
) -> tuple[list[ClaimGroup], list[ClaimPair]]:
    """Group the claims of a story's articles.

    Args:
        ordered: the articles, earliest first.
        enrichments: their enrichment by article id.
        names: the story's actor names (to check that two claims count the same actors' thing).
        opts: thresholds.
        trace: when a list, every pair of claims of one unit from two articles is appended
            to it with the rule that decided it (see :func:`newsbeat.compare.explain_claims`).

    Returns:
        Every group of agreeing claims (earliest first), and the compatible, conflict and
        update pairs between groups.
    """
    aged = _story_ages(enrichments.values(), [a.text for a in ordered])
    aged_own = own_ages(aged, enrichments.values())  # for the described people's own ages
    aged_own = listed_people(aged_own, enrichments.values())  # a listed group's left member
    refs: list[tuple[ClaimRef, _Facts]] = []
    lead: list[bool] = []  # the claim is in its article's headline or lead
    people: list[frozenset[str]] = []  # the people a claim's sentence names
    places: list[frozenset[str]] = []  # the places it names
    lead_places: list[frozenset[str]] = []  # the places its article's lead names
    lead_days: list[frozenset[str]] = []  # the days its article's lead names
    for article in ordered:
        enrichment = enrichments.get(article.id or -1)
        if enrichment is None:
            continue
        persons = sorted({e.name for e in enrichment.entities if e.type == "PERSON"})
        sites = place_sites(enrichment.entities)
        named_places = _PlaceNames.of(
            sites, sorted({e.name for e in enrichment.entities if e.type == "ORG"})
        )
        own = [c for c in enrichment.claims if c.voice != "bystander"]  # not the outlet's
        opening = lead_text(article.text)
        placed, dated = _places_in(opening, named_places), named_days(opening)
        for claim in own[: opts.max_claims]:
            ref = ClaimRef(
                claim=claim,
                article_id=article.id or 0,
                outlet=article.outlet or "unknown outlet",
                published=article.published or "",  # an undated article's claims are undated
                url=article.url,
            )
            named = _people_in(claim.sentence, persons)
            facts = _facts(claim, names, named, aged_own if claim.event == "age" else aged)
            facts = as_listed_count(facts, claim)  # "a cache of arms, including seven rifles"
            if _pronoun_of_two(claim, article.text, persons):
                facts = replace(facts, unsure=True)
            if facts.unit == "percent":
                facts = replace(
                    facts, shared=share_places(claim, sites), share_of=share_whole(claim)
                )
            refs.append((ref, facts))
            lead.append(in_lead(article.text, claim.sentence))
            people.append(named)
            places.append(_places_in(claim.sentence, named_places))
            lead_places.append(placed)
            lead_days.append(dated)
    similarity = _masked_similarity(refs)
    model = default_model()
    listed = _listed_things(refs)
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
    repeated: list[tuple[int, int]] = []
    # An article giving one figure per named person ("Rait fell 60 metres"; "Buckley fell 600
    # metres") counts two things: each figure is compared only with figures naming its person.
    personal: set[int] = set()
    for members in by_article.values():
        for x, k in enumerate(members):
            for m in members[x + 1 :]:
                if not _same_thing(refs[k][1], refs[m][1], strict=True):
                    continue
                if _crowds_in_other_places(refs[k][1], refs[m][1], places[k], places[m]):
                    continue  # Athens's march and Salonika's: two crowds, not two figures
                if people[k] and people[m] and not people[k] & people[m]:
                    personal.update((k, m))
                    continue
                verdict = classify_ranges(refs[k][0].claim, refs[m][0].claim, opts)
                if verdict == "disjoint":
                    ambiguous.update((k, m))
                elif verdict == "agree":
                    repeated.append((k, m))  # a headline's figure repeated in the body
    story = _Story(
        opts=opts,
        by_article=by_article,
        lead=lead,
        people=people,
        places=places,
        listed=listed,
        ambiguous=ambiguous,
        personal=personal,
        lead_places=lead_places,
        lead_days=lead_days,
    )
    story.converted = _states_other_currency(refs)
    if model is not None or trace is not None or opts.min_meaning is not None:
        story.meaning = vector_similarity([_NUMBERS.sub(" ", r.claim.sentence) for r, _ in refs])
        story.phrase_meaning = vector_similarity([_phrase(facts) for _, facts in refs])
        if story.meaning and story.phrase_meaning and (model is not None or trace is not None):
            story.meaning.encode(range(len(refs)))  # every pair's evidence reads them
            story.phrase_meaning.encode(range(len(refs)))
    story.narrowed = {
        k for own in by_article.values() for k in own if _narrowed(k, own, refs, opts)
    }
    related: dict[int, set[int]] = defaultdict(set)  # same thing (lenient)
    told: dict[int, set[int]] = defaultdict(set)  # same thing (lenient), a figure that fits
    strict: set[tuple[int, int]] = set()  # same thing (strict), i < j
    scored: set[tuple[int, int]] = set()  # taken by the pair scorer: no similarity gate
    renamed: list[tuple[int, int]] = []  # one figure of one group under a word of no group
    for members in by_unit.values():
        for x, i in enumerate(members):
            ref_i = refs[i][0]
            for j in members[x + 1 :]:
                ref_j = refs[j][0]
                if ref_i.article_id == ref_j.article_id:
                    continue
                why = _why_apart(i, j, refs, story)
                if not why.startswith("not the same thing") and _other_person(
                    i, j, people, personal
                ):
                    why = "not the same thing: another person's figure"
                verdict = classify_ranges(ref_i.claim, ref_j.claim, opts)
                evidence = None
                if verdict == "disjoint" and (model is not None or trace is not None):
                    gated = _passes_gate(i, j, refs, story, similarity)
                    evidence = _evidence(i, j, refs, story, similarity)
                    evidence["chain"] = float(not why and gated)
                if evidence is not None and model is not None:
                    if model.accepts(evidence) and (
                        model.mode == "replace" or not evidence["chain"]
                    ):
                        why = ""  # taken by the scorer, without the similarity gate
                        scored.add((i, j))
                    elif model.mode == "replace" and not why.startswith("not the same thing"):
                        why = f"scored apart ({model.score(evidence):.2f} < {model.threshold:g})"
                if verdict == "disjoint" and _converted(i, j, refs, story, why):
                    why = CONVERTED  # one thing (neither is unique), but no conflict
                    scored.discard((i, j))
                if trace is not None:
                    record = _traced(i, j, refs, why, similarity, story, (i, j) in scored)
                    if evidence is not None:
                        record["evidence"] = evidence
                    trace.append(record)
                if (
                    verdict == "agree"
                    and why == "not the same thing: noun"
                    and one_group_named(refs[i][1], refs[j][1])
                ):
                    renamed.append((i, j))  # "23 pirates" / "the 23 arrested": one agreement
                if why.startswith("not the same thing"):
                    if why in _ECHOED and _echoes(refs[i][1], refs[j][1], verdict):
                        told[i].add(j)
                        told[j].add(i)
                    continue
                related[i].add(j)
                related[j].add(i)
                if verdict != "disjoint" or why == CONVERTED:
                    told[i].add(j)
                    told[j].add(i)
                if not why:
                    strict.add((i, j))
                if verdict == "agree":
                    parent[find(i)] = find(j)
    for k, m in repeated:  # one figure said twice by one article is one side of a conflict
        if k not in ambiguous and m not in ambiguous:
            parent[find(k)] = find(m)

    def union(k: int, m: int) -> None:
        parent[find(k)] = find(m)

    join_groups(renamed, [facts for _, facts in refs], find, union)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(refs)):
        groups[find(i)].append(i)
    by_root = {root: ClaimGroup(claims=[refs[i][0] for i in idx]) for root, idx in groups.items()}
    group_of = {i: root for root, idx in groups.items() for i in idx}
    linked: dict[tuple[int, int], bool] = {}  # group pair -> some member pair is strict
    alike: dict[tuple[int, int], float] = {}  # group pair -> best masked similarity (strict)
    leads: set[tuple[int, int]] = set()  # group pairs with a strict pair of lead figures
    worded_apart: list[tuple[tuple[int, int], int, int]] = []  # strict pairs left to the gate
    for i, neighbours in related.items():
        for j in neighbours:
            gi, gj = group_of[i], group_of[j]
            if gi != gj:
                key = (min(gi, gj), max(gi, gj))
                is_strict = (min(i, j), max(i, j)) in strict
                linked[key] = linked.get(key, False) or is_strict
                if is_strict:
                    alike[key] = max(alike.get(key, 0.0), similarity(i, j))
                    if (min(i, j), max(i, j)) in scored or _pinned_or_measured(i, j, refs, story):
                        leads.add(key)
                    elif i < j:
                        worded_apart.append((key, i, j))
    leads |= _close_groups(worded_apart, alike, leads, refs, story)
    pairs = []
    conflicts: list[tuple[float, ClaimPair]] = []
    for (gi, gj), is_strict in sorted(linked.items()):
        score = alike.get((gi, gj), 0.0)
        pair = _classify_groups(by_root[gi], by_root[gj], opts, strict=is_strict)
        if pair is None:
            continue
        if pair.kind == "conflict":
            # Different figures are only a conflict when the sentences say the same thing
            # apart from the number; a story of tables keeps its best few.
            # Two leads giving the same event's figure ("robbers made off with $137 million"
            # / "jewels worth $160 million were stolen") say the same thing in other words.
            if score >= opts.min_similarity or (gi, gj) in leads:
                conflicts.append((score, pair))
            continue
        pairs.append(pair)
    conflicts.sort(key=lambda sp: (-sp[0], -len(sp[1].outlets)))
    pairs.extend(pair for _, pair in conflicts[: opts.max_conflicts])
    topic_outlets = _topic_outlets(by_root, groups, refs, told, pairs)
    ordered_groups = sorted(by_root.items(), key=lambda kv: (kv[1].first.published, kv[0]))
    for root, group in ordered_groups:
        group.topic_outlets = topic_outlets[root]
    return [g for _, g in ordered_groups], merged_restatements(pairs)


def _topic_outlets(
    by_root: Mapping[int, ClaimGroup],
    groups: Mapping[int, Sequence[int]],
    refs: Sequence[tuple[ClaimRef, _Facts]],
    told: Mapping[int, set[int]],
    pairs: Sequence[ClaimPair],
) -> dict[int, set[str]]:
    """Per group (by root), its outlets and those that give its figure or another figure for
    its thing in a line the reader sees: a figure of another group linked to it (even
    leniently) that fits its range ("about two hours" beside "2 hours"), or the other side of a
    compatible, update or conflict pair. A figure linked only to different figures and in no
    pair shown ("almost three hours" beside "2 hours" of another slot, a conflict below the
    similarity gate or past the cap) stays its outlet's own: it was shown nowhere before."""
    partners: dict[int, set[str]] = defaultdict(set)  # id of a group -> its pairs' outlets
    for pair in pairs:
        partners[id(pair.a)] |= set(pair.b.outlets)
        partners[id(pair.b)] |= set(pair.a.outlets)
    out: dict[int, set[str]] = {}
    for root, idx in groups.items():
        seen = {refs[i][0].outlet for i in idx} | partners[id(by_root[root])]
        for i in idx:
            seen |= {refs[j][0].outlet for j in told.get(i, ())}
        out[root] = seen
    return out
