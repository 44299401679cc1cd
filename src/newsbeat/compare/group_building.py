"""Which claim groups may be joined: the wording gate, close meanings and traced pairs."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from newsbeat.compare.claim_context import classify_ranges
from newsbeat.compare.claim_facts import _Facts, _Story
from newsbeat.compare.meaning_guard import meaning_kept_apart
from newsbeat.compare.one_count import only_count
from newsbeat.compare.pinned_figures import (
    _one_measure,
    _one_share,
    _pinned,
    _pinned_or_measured,
    _same_list,
)
from newsbeat.compare.records import ClaimRef, vague_count
from newsbeat.compare.slot_matching import _named_act, _own_act


def _phrase(facts: _Facts, reach: int = 4) -> str:
    """The words around a claim's counted noun in its masked sentence (its verb is mostly
    among them): what the figure counts, to be compared in meaning; the noun and verb alone
    when the noun was not found in the sentence."""
    if facts.position is None:
        return f"{facts.event} {facts.noun}".strip()
    start = max(0, facts.position - reach)
    return " ".join(facts.wording[start : facts.position + reach + 1])


def _close_groups(
    worded_apart: Sequence[tuple[tuple[int, int], int, int]],
    alike: Mapping[tuple[int, int], float],
    leads: set[tuple[int, int]],
    refs: Sequence[tuple[ClaimRef, _Facts]],
    story: _Story,
) -> set[tuple[int, int]]:
    """The group pairs the wording gate would keep apart (no pair of theirs is worded alike,
    pinned or scored) with a pair of disjoint figures close in meaning (:func:`_close_in_meaning`).
    Their sentences are encoded in one batch."""
    if story.opts.min_meaning is None or story.meaning is None:
        return set()
    asked = [
        (key, i, j)
        for key, i, j in worded_apart
        if key not in leads
        and alike.get(key, 0.0) < story.opts.min_similarity
        and classify_ranges(refs[i][0].claim, refs[j][0].claim, story.opts) == "disjoint"
    ]
    story.meaning.encode(k for _, i, j in asked for k in (i, j))
    return {key for key, i, j in asked if _close_in_meaning(i, j, refs, story)}


def _close_in_meaning(
    i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story
) -> bool:
    """Whether two claims' masked sentences are close enough in meaning to pass the wording
    gate however few words they share (``CompareOptions.min_meaning``). The vectors do not see
    what tells two instances apart, so the route is closed when either sentence marks another
    instance, when they name different dates (:func:`meaning_kept_apart`) or when each names
    persons and none of them is the other's."""
    least = story.opts.min_meaning
    if least is None or story.meaning is None:
        return False
    if story.people[i] and story.people[j] and not story.people[i] & story.people[j]:
        return False
    if meaning_kept_apart(refs[i][0].claim.sentence, refs[j][0].claim.sentence):
        return False
    return story.meaning(i, j) >= least


def _passes_gate(
    i: int,
    j: int,
    refs: Sequence[tuple[ClaimRef, _Facts]],
    story: _Story,
    similarity: Callable[[int, int], float],
) -> bool:
    """Whether two claims of one slot pass the wording gate: similar sentences, or pinned."""
    return (
        similarity(i, j) >= story.opts.min_similarity
        or _pinned_or_measured(i, j, refs, story)
        or _close_in_meaning(i, j, refs, story)
    )


def _traced(
    i: int,
    j: int,
    refs: Sequence[tuple[ClaimRef, _Facts]],
    why: str,
    similarity: Callable[[int, int], float],
    story: _Story,
    scored: bool = False,
) -> dict[str, Any]:
    """One pair's decision, for debugging (the group of each claim may still decide more)."""
    a, b = refs[i][0], refs[j][0]
    opts, lead, listed = story.opts, story.lead, story.listed
    score = round(similarity(i, j), 3)
    verdict = classify_ranges(a.claim, b.claim, opts)
    if why:
        decision = why
    elif verdict != "disjoint":
        decision = verdict
    elif vague_count(a.claim) or vague_count(b.claim):
        decision = "a vague count contradicts no figure"
    elif scored:
        decision = "conflict or update (taken by the pair scorer)"
    elif score >= opts.min_similarity:
        decision = "conflict or update"
    elif _one_measure(i, j, refs, story):
        decision = "conflict or update (one measure of one event, in other words)"
    elif _pinned(i, j, refs, lead):
        decision = "conflict or update (both in the lead, or dated to one event)"
    elif _own_act(refs[i][1], refs[j][1]):
        decision = "conflict or update (one named person's own act)"
    elif _named_act(refs[i][1], refs[j][1]):
        decision = "conflict or update (one named body's act toward one named party)"
    elif _one_share(refs[i][1], refs[j][1]):
        decision = "conflict or update (one place's share of one act)"
    elif _same_list(i, j, refs, listed):
        decision = "conflict or update (one list of things told twice)"
    elif only_count(i, j, refs, story):
        decision = "conflict or update (each article's only count of it)"
    elif _close_in_meaning(i, j, refs, story):
        decision = "conflict or update (other words, one meaning)"
    else:
        decision = f"sentences too different ({score} < {opts.min_similarity})"
    return {
        "a": {"outlet": a.outlet, "value": a.claim.low, "high": a.claim.high,
              "sentence": a.claim.sentence},
        "b": {"outlet": b.outlet, "value": b.claim.low, "high": b.claim.high,
              "sentence": b.claim.sentence},
        "similarity": score,
        "decision": decision,
    }  # fmt: skip
