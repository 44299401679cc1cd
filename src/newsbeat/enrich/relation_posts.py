"""A post offered to a person: the one who asks demands it of the one asked (issue 12, rel34).

"Holm has asked Gary Olsen to be surgeon general", "asked Olsen to serve as chairman",
"invited her to join the board": asking someone to take a post
(:func:`~newsbeat.enrich.event_core.invited_to_a_post`) was shown as nothing at all
(fixleft22 read it as no demand of an act), and "to be <post>" as an event of the asker with
no one asked. The gold guidelines code asking someone to do something as ``demand`` ("ask, tell
to"), and the readable real-news gold does so for each such sentence it holds (a post offered
to a person, four articles of one story: two required, two optional); a reader missed the one
asked. So an invitation to a post whose every target is a person the article names is a
DEMAND relation of the asker on that person, not an act of speaking
(:mod:`~newsbeat.enrich.relation_addressed`). Anything else asked to take a post ("asked the
Orsk Council to chair the panel") keeps the old reading: no relation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.event_core import invited_to_a_post

if TYPE_CHECKING:
    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = ["post_offered"]


def post_offered(ev: SentenceEvent, actors: ArticleActors) -> bool:
    """Whether the event asks one or more named people to take a post (the module docstring).

    Args:
        ev: the event of one trigger.
        actors: the article's actors (a target must be a PERSON of its table).
    """
    if ev.type != "DEMAND" or not ev.targets or not invited_to_a_post(ev.trigger):
        return False
    return all(_person(name, actors) for name in ev.targets)


def _person(name: str, actors: ArticleActors) -> bool:
    info = actors.actors.get(name)
    return info is not None and info.type == "PERSON"
