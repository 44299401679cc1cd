"""Why two figures are kept apart or told together: the reasons and evidence of a pair."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from newsbeat.compare.age_tenses import told_as_future
from newsbeat.compare.claim_context import classify_ranges, far_apart, tells_future
from newsbeat.compare.claim_facts import _Facts, _Story
from newsbeat.compare.one_count import only_count
from newsbeat.compare.pinned_figures import _GATHERINGS, _one_measure, _same_list
from newsbeat.compare.place_aliases import one_place, same_places
from newsbeat.compare.records import ClaimRef, CompareOptions
from newsbeat.compare.slot_matching import (
    _PRONOUN,
    _both_placed,
    _mismatch,
    _one_side_named,
    _one_subject,
    _same_thing,
    _synonyms,
)
from newsbeat.compare.story_ages import _other_person
from newsbeat.compare.title_defences import other_titles
from newsbeat.enrich.claim_ordinals import ORDINAL
from newsbeat.enrich.claim_subjects import PRONOUN_SUBJECTS
from newsbeat.enrich.names import place_kind
from newsbeat.models import Claim

_SUBJECT_ONE_UNKNOWN = "subject unknown on one side"
_NOUN_OR_PART = "noun or part"  # a part of a set named by its kind may be its count
# Words a sentence needs for a copy of it with another figure to be one report retold, not
# a template (see :func:`_retold`).
_RETOLD_WORDS = 10


def _retold(a: _Facts, b: _Facts) -> bool:
    """Whether two claims are one sentence told twice with another figure: the same words, in
    the same order, apart from the numbers, and the figure counting the word at the same place.

    Copies of one report ("He was sentenced to 2 years, with 9 months to serve in that case" /
    "... to 2 1/2 years, with 9 months to serve in that case") say the same thing of the same
    slot however little the sentence names: what the years are of, who did it. Short sentences
    are common templates ("He scored 20 points"): only a long one is a copy. A pronoun subject
    still keeps two copies apart: whom "he" means lies outside the sentence, and a roundup's
    template may tell two players.
    """
    return (
        a.position is not None
        and a.position == b.position
        and len(a.wording) >= _RETOLD_WORDS
        and a.wording == b.wording
    )


def _reported_together(
    i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story
) -> bool:
    """Whether the article of one claim also reports a figure fitting the other (for the same
    thing, leniently).

    "Deepened from 12 to 15.5 metres" gives both figures in one article, so another article's
    15.5 does not contradict its 12; "it had earlier said four were hurt" repeats the old figure.
    Only a figure of the same quantity shadows: same noun and same event ("ninety percent of
    the candidates come from the party" says nothing about a turnout in percent). An open
    lower bound the article itself narrows does not shadow (:func:`_narrowed`).
    """
    for mine, other in ((i, j), (j, i)):
        for k in story.by_article[refs[mine][0].article_id]:
            if k == mine or not _same_quantity(refs[k][1], refs[other][1]):
                continue  # "at least four aftershocks" says nothing about the wounded
            if _crowds_in_other_places(
                refs[k][1], refs[other][1], story.places[k], story.places[other]
            ):
                continue  # another city's march says nothing about this one's
            if classify_ranges(refs[k][0].claim, refs[other][0].claim, story.opts) == "disjoint":
                continue
            if _told_apart_in_time(refs[k][0].claim, refs[other][0].claim):
                continue  # "was expected to be $145 million to $175 million": no report of it
            if k not in story.narrowed:
                return True
    return False


def _told_apart_in_time(a: Claim, b: Claim) -> bool:
    """Whether one of two claims tells what will or may happen and the other what happened:
    an article's expectation ("the offer was expected to be in the range of $145 million to
    $175 million") reports no figure of what another outlet says was done ("it made an offer
    in excess of $160 million"). An age takes the modal of its own clause (age_tenses)."""
    return told_as_future(a) != told_as_future(b)


def _narrowed(
    k: int, own: Sequence[int], refs: Sequence[tuple[ClaimRef, _Facts]], opts: CompareOptions
) -> bool:
    """Whether claim ``k`` is an open lower bound ("at least 50 injured", "more than 50") that
    its own article narrows: it also gives a closed figure of the same slot inside the bound
    ("about 50 hurt", "50 were injured"). The article's figure is then that closed one; the
    bound only says no fewer, and fits every larger figure ("at least 50" is no report of
    another outlet's 80). Upper bounds ("as many as 80") are left shadowing: they often give
    the figure itself.
    """
    bound = refs[k][0].claim
    if bound.low is None or bound.high is not None:
        return False
    for m in own:
        claim = refs[m][0].claim
        if m == k or claim.low is None or claim.high is None:
            continue
        if _mismatch(refs[m][1], refs[k][1], strict=True) is None and (
            classify_ranges(claim, bound, opts) != "disjoint"
        ):
            return True
    return False


def _same_quantity(a: _Facts, b: _Facts) -> bool:
    """Whether a figure may stand for another's quantity: the same thing (leniently), the same
    noun (not merely the same unit) and the same event, or no event on either side."""
    return _same_thing(a, b, strict=False) and a.noun == b.noun and a.event == b.event


def _why_apart(i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story) -> str:
    """Why two claims of two articles may not be called a conflict or an update ("" when they
    may): the first rule that keeps them apart."""
    if why := _mismatch(refs[i][1], refs[j][1], strict=False):
        return f"not the same thing: {why}"
    if i in story.ambiguous or j in story.ambiguous:
        return "an article gives two figures for it"
    why = _mismatch(refs[i][1], refs[j][1], strict=True)
    if why in (_SUBJECT_ONE_UNKNOWN, _NOUN_OR_PART) and only_count(i, j, refs, story):
        why = None  # each article's only count of one thing by one act (compare/one_count.py)
    if why and (why == _PRONOUN or not _retold(refs[i][1], refs[j][1])):
        return f"not the same slot: {why}"
    if _reported_together(i, j, refs, story):
        return "one article also reports a figure fitting the other's"
    if _other_event(i, j, refs, story.by_article, story.opts):
        return "two events told apart by their magnitude"
    if _told_apart_in_time(refs[i][0].claim, refs[j][0].claim):
        return "one tells what will happen, the other what happened"  # "will miss two games"
    if _series_on_two_days(refs[i], refs[j]):
        return "a series counted on two days"
    if other_titles(refs[i][1], refs[j][1], refs[i][0].claim.sentence, refs[j][0].claim.sentence):
        return "not the same thing: defences of other titles"
    if _series_in_other_places(refs[i], refs[j], story.places[i], story.places[j]):
        return "not the same thing: the days of a gathering in other places"
    if _crowds_in_other_places(refs[i][1], refs[j][1], story.places[i], story.places[j]):
        return "not the same thing: a gathering in other places"
    if far_apart(refs[i][0].claim, refs[j][0].claim, story.opts):
        return f"more than {story.opts.max_ratio:g} times apart"
    return ""


def _series_on_two_days(a: tuple[ClaimRef, _Facts], b: tuple[ClaimRef, _Facts]) -> bool:
    """Whether two counts of a series so far ("the seventh day of protests", "his sixth title
    defence") come from articles published on two days: each is right on its own day."""
    if not a[1].unit == b[1].unit == ORDINAL:
        return False
    days = {ref.published[:10] for ref, _ in (a, b)}
    return "" not in days and len(days) == 2


def _crowds_in_other_places(
    a: _Facts, b: _Facts, places_a: frozenset[str], places_b: frozenset[str]
) -> bool:
    """Whether two sizes of a gathering are two crowds, however alike their sentences: each
    sentence names places and none of them is the other's ("clashes broke out in Salonika,
    where 50,000 people marched" / "the Athens march was attended by 200,000"), or one is a
    crowd told in its own place ("Marvoli, where another 20,000 marched": the claim's place)
    and the other is not told in that place. One article giving both then gives no two
    figures for one, and neither shadows another outlet's figure of the other crowd. Two
    sentences naming no crowd's place of their own still meet one that does, and so does one
    naming only countries ("tens of thousands took to the streets in a nationwide strike
    before Greece gets a loan" / "... took to the streets of Athens")."""
    if not (a.event == b.event and a.event in _GATHERINGS):
        return False
    own_a = frozenset({a.place}) if a.place else _below_country(places_a)
    own_b = frozenset({b.place}) if b.place else _below_country(places_b)
    if not (own_a and own_b):
        return bool(a.place or b.place)  # "another 20,000" elsewhere / a crowd of no place
    return not any(one_place(x, y) for x in own_a for y in own_b)


def _below_country(places: frozenset[str]) -> frozenset[str]:
    """The places that are no country (a country holds the cities a crowd is told in)."""
    return frozenset(p for p in places if place_kind(p) != "country")


def _series_in_other_places(
    a: tuple[ClaimRef, _Facts],
    b: tuple[ClaimRef, _Facts],
    places_a: frozenset[str],
    places_b: frozenset[str],
) -> bool:
    """Whether two counts of the days of a gathering ("the third day of protests") come from
    sentences that each name places, and other ones: students in one town and farmers in
    another may each be on their own day of protests against one tax. A sentence naming no
    place still meets one that does ("rioting youths in the Greek capital" / "rioters in
    Athens": one story's protests, told once by name and once not, in the dev gold heldout9).
    (A title defence's count belongs to its holder, wherever the fight is.)"""
    if not a[1].unit == b[1].unit == ORDINAL:
        return False
    if not a[0].claim.what == b[0].claim.what == "day":
        return False
    return bool(places_a and places_b) and not same_places(places_a, places_b)


def _evidence(
    i: int,
    j: int,
    refs: Sequence[tuple[ClaimRef, _Facts]],
    story: _Story,
    similarity: Callable[[int, int], float],
) -> dict[str, float]:
    """Every slot check of two claims of two articles at once, for the pair scorer
    (:data:`newsbeat.compare.pair_scorer.FEATURES`): where :func:`_why_apart` stops at the
    first check that fails, this reads them all, with the graded ones (similarity, sizes)."""
    a, b = refs[i][1], refs[j][1]
    ca, cb = refs[i][0].claim, refs[j][0].claim
    x = ca.low if ca.low is not None else ca.high
    y = cb.low if cb.low is not None else cb.high
    sizes = sorted(abs(v) for v in (x, y) if v is not None)
    ratio = math.log10(sizes[1] / sizes[0]) if len(sizes) == 2 and sizes[0] > 0 else 0.0
    synonym = a.noun != b.noun and _synonyms(a, b)
    bare = a.noun != b.noun and bool({a.noun, b.noun} & {a.unit, ""})
    named_pair = bool(a.subject and b.subject)
    one = named_pair and _one_subject(a, b)
    flags = {
        "noun_same": a.noun == b.noun,
        "noun_synonym": synonym,
        "noun_bare": bare,
        "event_same": bool(a.event) and a.event == b.event,
        "event_other": bool(a.event and b.event) and a.event != b.event,
        "event_one_unknown": bool(a.event) != bool(b.event),
        "subject_same": one,
        "subject_other": named_pair and not one,
        "subject_one_unknown": bool(a.subject) != bool(b.subject),
        "subject_one_named": bool(a.subject) != bool(b.subject) and _one_side_named(a, b),
        "pronoun": bool({a.subject, b.subject} & PRONOUN_SUBJECTS),
        "role_apart": a.role != b.role and {a.role, b.role} != {"", "total"},
        "part": a.part or b.part,
        "time_apart": bool(a.time and b.time) and a.time != b.time,
        "scope_apart": a.total != b.total,
        "actors_apart": bool(a.actors and b.actors)
        and not (a.actors & b.actors)
        and not _both_placed(a, b),
        "dated_apart": a.dated != b.dated,
        "occasion_apart": a.occasion != b.occasion,
        "suffix_apart": a.suffix != b.suffix,
        "modifiers_apart": a.modifiers is not None
        and b.modifiers is not None
        and a.modifiers != b.modifiers,
        "poll_apart": (a.poll is not None or b.poll is not None)
        and not (a.poll and b.poll and a.poll & b.poll),
        "bare_duration": "duration" in {a.noun, b.noun} and a.unit == "duration",
        "distance_apart": "distance" in {a.role, b.role}
        and not (a.place and one_place(a.place, b.place) and a.event and a.event == b.event),
        "ambiguous": i in story.ambiguous or j in story.ambiguous,
        "reported_together": _reported_together(i, j, refs, story),
        "other_event": _other_event(i, j, refs, story.by_article, story.opts),
        "future_apart": tells_future(ca.sentence) != tells_future(cb.sentence),
        "other_person": _other_person(i, j, story.people, story.personal),
        "far_apart": far_apart(ca, cb, story.opts),
        "hedged": bool(ca.hedge or cb.hedge or not ca.exact or not cb.exact),
        "lead_both": story.lead[i] and story.lead[j],
        "same_list": _same_list(i, j, refs, story.listed),
        "one_measure": _one_measure(i, j, refs, story),
        "retold": _retold(a, b),
    }
    evidence = {name: float(flag) for name, flag in flags.items()}
    evidence["failed"] = float(sum(flags[name] for name in _FAILED))
    evidence["log_ratio"] = round(ratio, 4)
    evidence["log_size"] = round(math.log10(1.0 + sizes[0]), 4) if sizes else 0.0
    evidence["similarity"] = round(similarity(i, j), 4)
    evidence["meaning"] = story.meaning(i, j) if story.meaning else 0.0
    evidence["phrase_meaning"] = story.phrase_meaning(i, j) if story.phrase_meaning else 0.0
    return evidence


# The checks whose failure keeps two figures apart in the rule chain (counted for the scorer).
_FAILED = (
    "event_other", "subject_other", "role_apart", "part", "time_apart", "scope_apart",
    "actors_apart", "dated_apart", "occasion_apart", "suffix_apart", "modifiers_apart",
    "poll_apart", "bare_duration", "distance_apart", "ambiguous", "reported_together",
    "other_event", "future_apart", "other_person", "far_apart", "event_one_unknown",
)  # fmt: skip


def _other_event(
    i: int,
    j: int,
    refs: Sequence[tuple[ClaimRef, _Facts]],
    by_article: Mapping[int, Sequence[int]],
    opts: CompareOptions,
) -> bool:
    """Whether two figures belong to two events of one kind, told apart by the event's own
    measure (a quake's magnitude).

    "A magnitude-5.2 quake has injured three people ... Earlier on Sunday a 5.6 quake jolted
    the island": that article names its figure's quake by a magnitude that the other article's
    quake does not have, and reports the other's magnitude as another quake. Its three injured
    are not a disagreement with the other's five.
    """
    for mine, other in ((i, j), (j, i)):
        ref = refs[mine][0]
        own = by_article[ref.article_id]
        named = [
            k
            for k in own
            if k != mine
            and refs[k][1].noun in _EVENT_MEASURES
            and refs[k][0].claim.sentence == ref.claim.sentence
        ]
        theirs = [
            k for k in by_article[refs[other][0].article_id] if refs[k][1].noun in _EVENT_MEASURES
        ]
        if not named or not theirs:
            continue

        def fits(x: int, y: int) -> bool:
            return classify_ranges(refs[x][0].claim, refs[y][0].claim, opts) != "disjoint"

        if not any(fits(k, t) for k in named for t in theirs) and any(
            fits(k, t) for k in own if refs[k][1].noun in _EVENT_MEASURES for t in theirs
        ):
            return True
    return False


_EVENT_MEASURES = frozenset({"magnitude"})
