"""``related_by_actors`` looks up stories by their shared actors (issue 12/13, perf39).

The function compared every pair of stories (500,000 pairs for a report of 1,000 stories); it
now reads an index of the actors central in at most ``MAX_STORIES`` stories. These tests
check that it answers exactly what the pairwise comparison answered: on invented stories
drawn at random from a small pool of fictional names (so that many share actors, some are
central in more than ``MAX_STORIES`` stories, some stories are undated or share a first day)
and on a pool where one actor is every story's.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

import pytest

from newsbeat.actors.central import (
    MAX_STORIES,
    Central,
    StoryActors,
    related_by_actors,
    shared_link,
)

_PEOPLE = tuple(
    f"{first} {last}"
    for first in ("Tomas", "Lina", "Mira", "Ray")
    for last in ("Vireo", "Castel", "Sollen", "Dunmore", "Kolm")
)
_BODIES = ("Arden Crown Court", "Kessel Harbour Board", "Vellmark Rail", "Ostry Council")


def _pairwise(stories: Sequence[StoryActors]) -> dict[str, list[tuple[str, list[str]]]]:
    """Every pair compared, as ``related_by_actors`` did before the index (the reference; the
    pair rule itself, ``shared_link``, is shared: what is checked is which pairs are tried)."""
    central_in = Counter(name for s in stories for name in s.central.actors)
    order = {s.story_id: (s.first_seen is None, s.first_seen or "", s.story_id) for s in stories}
    out: dict[str, list[tuple[str, list[str]]]] = {}
    for i, one in enumerate(stories):
        for other in stories[i + 1 :]:
            names = shared_link(one.central, other.central, central_in)
            if names is None:
                continue
            out.setdefault(one.story_id, []).append((other.story_id, names))
            out.setdefault(other.story_id, []).append((one.story_id, names))
    for links in out.values():
        links.sort(key=lambda link: order[link[0]])
    return out


def _random_story(rng: random.Random, n: int) -> StoryActors:
    names = rng.sample(_PEOPLE + _BODIES, rng.randint(0, 4))
    actors = {name: ("PERSON" if name in _PEOPLE else "ORG") for name in names}
    leads = frozenset(name for name in names if rng.random() < 0.5)
    first = rng.choice((None, "2026-03-01", "2026-03-02", f"2026-04-{1 + n % 28:02d}"))
    return StoryActors(
        story_id=f"s-{n:03d}", first_seen=first, central=Central(actors=actors, leads=leads)
    )


def _draw(seed: int) -> list[StoryActors]:
    rng = random.Random(seed)
    return [_random_story(rng, n) for n in range(rng.randint(8, 40))]


@pytest.mark.parametrize("seed", range(12))
def test_the_index_answers_what_every_pair_answered(seed: int) -> None:
    stories = _draw(seed)
    assert related_by_actors(stories) == _pairwise(stories)


def test_the_draws_link_stories_and_hold_standing_actors() -> None:
    """The comparison above is not vacuous: most draws link stories, and some draws hold an
    actor central in more than MAX_STORIES stories (left out of every link)."""
    draws = [_draw(seed) for seed in range(12)]
    assert sum(1 for d in draws if _pairwise(d)) >= 10
    assert any(
        max(Counter(n for s in d for n in s.central.actors).values()) > MAX_STORIES for d in draws
    )


def test_an_actor_central_in_more_than_max_stories_links_nothing() -> None:
    standing = "Tomas Vireo"
    stories = [
        StoryActors(
            story_id=f"s-{n}",
            first_seen=None,
            central=Central(actors={standing: "PERSON"}, leads=frozenset({standing})),
        )
        for n in range(MAX_STORIES + 1)
    ]
    assert related_by_actors(stories) == _pairwise(stories) == {}
    assert len(related_by_actors(stories[:MAX_STORIES])) == MAX_STORIES
