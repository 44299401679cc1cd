"""Figures pinned to one thing: one measure, one share, one list, one person's standing."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsbeat.compare.claim_facts import _Facts, _Story
from newsbeat.compare.count_nouns import HIT
from newsbeat.compare.gathering_slots import CrowdSide, one_gathering
from newsbeat.compare.one_count import only_count
from newsbeat.compare.place_aliases import same_places
from newsbeat.compare.records import ClaimRef
from newsbeat.compare.slot_matching import _named_act, _own_act
from newsbeat.enrich.claim_clock import CLOCK
from newsbeat.enrich.claim_measures import gathering_classes

# Other counted things two sentences must share to be one list told twice (see _same_list):
# with one, "12 killed and 40 injured" / "15 killed and 38 injured" would already be a list.
_LISTED = 2


def _pinned_or_measured(
    i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story
) -> bool:
    """Whether two claims of one slot need no similar wording to be one report: pinned to one
    event, one list told twice, one measure of one event, or each article's only count of one
    thing by one act (:func:`~newsbeat.compare.one_count.only_count`)."""
    return (
        _pinned(i, j, refs, story.lead)
        or _same_list(i, j, refs, story.listed)
        or _one_measure(i, j, refs, story)
        or _own_act(refs[i][1], refs[j][1])
        or _named_act(refs[i][1], refs[j][1])
        or _one_share(refs[i][1], refs[j][1])
        or only_count(i, j, refs, story)
    )


def _one_share(a: _Facts, b: _Facts) -> bool:
    """Whether two shares are one place's share of one act however the sentences are worded:
    both phrases name their place and it is one ("60 per cent in Ostravia were disrupted" /
    "65% of traffic to Ostravia was disrupted"), the act (its event) is known and the same, and
    what each is a share of, when both write it, has a word in common ("of homes" / "of shops
    ... lost power": two wholes). A date of an earlier event on one side only is told apart
    before (the strict slot check)."""
    return (
        bool(a.shared)
        and same_places(a.shared, b.shared)
        and bool(a.event)
        and a.event == b.event
        and (not (a.share_of and b.share_of) or bool(a.share_of & b.share_of))
    )


def _pinned(i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], lead: Sequence[bool]) -> bool:
    """Whether two claims of one slot are pinned to one event however their sentences are
    worded: both in their article's lead (the story's own event), or both dated to one earlier
    event ("in September"); the event (verb) must be known."""
    if not refs[i][1].event:
        return False
    return (lead[i] and lead[j]) or bool(refs[i][1].dated)


def _one_measure(i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story) -> bool:
    """Whether two claims of one slot (the strict rules passed) give one measure of one event
    however their sentences are worded: a distance from one named place to one named thing
    ("Vessa, located 1,150 km southeast of Arden" / "Vessa, an island ... 1,500 km south of
    Arden"), or the size of a gathering (``gatherings`` of ``data/measure_classes.json``) in
    one place on one day, its article's lead standing in for what its sentence does not name
    (:func:`~newsbeat.compare.gathering_slots.one_gathering`: "police put the march at 30,000
    people" / "an estimated 100,000 people took to the streets"; "50,000 marched in Kell" is
    another city's march, "on Saturday" another day's), or the hits on one person both
    sentences name ("hitting Gray eleven times" / "seven bullets hit Mr. Gray": a person is
    hit in one shooting, however the count is told), or the standing of one named person, a
    competitor's record or the weight of a description ("Tom Kerr (45-1, 33 KOs) had been
    training in Spain" / "Tom Kerr, 43-1, returned to the ring"; "Dario Vell, 5-foot-8,
    weighing 130 pounds" / "Vell is 5-foot-8, 135 pounds": a person has one at a time, and one
    of another date is kept apart before, by its date), or the moment within one round a fight
    between people both sentences name was stopped ("stopped Dane 51 seconds into the ninth
    round" / "after 40 seconds of the ninth round": a fight stops once; a clock face's mark is
    no claim, :mod:`newsbeat.enrich.claim_clock`)."""
    a, b = refs[i][1], refs[j][1]
    people = story.people
    if a.role == "distance":
        return bool(a.place and a.event)
    if a.noun == HIT:
        return bool(people[i] & people[j])
    if a.role == CLOCK:
        return bool(people[i] & people[j])  # a fight both name is stopped once in a round
    if a.event in _STANDINGS:
        return a.named and b.named
    return a.event in _GATHERINGS and one_gathering(
        _crowd_side(i, refs, story), _crowd_side(j, refs, story)
    )


def _crowd_side(k: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story) -> CrowdSide:
    """A gathering's size as :func:`~newsbeat.compare.gathering_slots.one_gathering` reads it."""
    leads = len(story.lead_places) > k  # a story built without its articles' leads names none
    return CrowdSide(
        sentence=refs[k][0].claim.sentence,
        places=story.places[k],
        when=refs[k][1].when,
        written_when=refs[k][0].claim.time_ref or "",
        lead_places=story.lead_places[k] if leads else frozenset(),
        lead_days=story.lead_days[k] if leads else frozenset(),
    )


_GATHERINGS = gathering_classes()
# A named person's standing, one measure of one person at a time: a competitor's record ("Kerr
# (45-1, 33 KOs)", read by enrich.claims) and a description's weight ("weighing 130 pounds").
_STANDINGS = frozenset({"record", "weigh"})


def _listed_things(refs: Sequence[tuple[ClaimRef, _Facts]]) -> list[frozenset[str]]:
    """For each claim, the things its sentence counts: the nouns of every plain count (no
    unit, no age) read from that sentence of that article."""
    by_sentence: dict[tuple[int, str], set[str]] = defaultdict(set)
    for ref, facts in refs:
        if not ref.claim.unit and facts.event != "age" and facts.noun:
            by_sentence[(ref.article_id, ref.claim.sentence)].add(facts.noun)
    return [frozenset(by_sentence.get((ref.article_id, ref.claim.sentence), ())) for ref, _ in refs]


def _same_list(
    i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], listed: Sequence[frozenset[str]]
) -> bool:
    """Whether two claims stand in one list told twice: both sentences count at least
    ``_LISTED`` other things in common ("Six rifles, 12 magazines and 300 rounds were seized" /
    "The navy confiscated 14 rifles, 31 magazines and 923 rounds"). Such sentences say the
    same thing in other words, however little else they share."""
    return len((listed[i] & listed[j]) - {refs[i][1].noun, refs[j][1].noun}) >= _LISTED
