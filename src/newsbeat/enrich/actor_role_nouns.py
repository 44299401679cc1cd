"""Nouns of a person's role that mark a mistyped actor as a person, said once for the two
rules that read them (issue 12; review36).

Two rules retype an actor as a person by a role noun beside one of its mentions, each with a
list of its own reach:

* :mod:`~newsbeat.enrich.actor_people_cues` (a two-word name NER typed ORG, GPE, LOC or
  NORP: "Fox News host Jeanine Pirro") reads a wide list, work and family nouns too ("…, an
  agriculture student at …", "…, another retired journalist who …");
* :mod:`~newsbeat.enrich.actor_person_cues` (a one-word surname NER typed a place: "Palin,
  the failed vice presidential candidate") reads a narrower list of public life's and
  sport's nouns, and only in an appositive closed by a comma or a stop.

:data:`SHARED_ROLE_NOUNS` are the words both read; each module adds its own
(:data:`PEOPLE_ROLE_NOUNS`, :data:`PERSON_ROLE_NOUNS` are the whole lists) and writes them
into its patterns with :func:`role_alternation`. The lists stay two, each as it was
measured: giving one rule the other's words would change what it types (a one-word "place"
is a weaker candidate than a two-word name with a first name), and wants its own fixtures and
a read of the changed rows. Our own lists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["PEOPLE_ROLE_NOUNS", "PERSON_ROLE_NOUNS", "SHARED_ROLE_NOUNS", "role_alternation"]

# Roles in public life, the arts and sport, and a few kin: both rules read them.
SHARED_ROLE_NOUNS = frozenset(
    {
        "governor", "senator", "mayor", "minister", "spokesman", "spokeswoman", "actor",
        "actress", "singer", "author", "writer", "founder", "chairman", "chairwoman", "widow",
        "wife", "husband", "son", "daughter", "player", "coach",
    }
)  # fmt: skip
# The two-word names' rule (actor_people_cues): jobs, the press, the law, sport, kin, friends.
PEOPLE_ROLE_NOUNS = SHARED_ROLE_NOUNS | frozenset(
    {
        "manager", "director", "editor", "student", "journalist", "reporter", "correspondent",
        "host", "anchor", "producer", "musician", "boxer", "fighter", "champion",
        "quarterback", "receiver", "pitcher", "novelist", "teacher", "professor", "doctor",
        "nurse", "judge", "attorney", "lawyer", "prosecutor", "detective", "officer",
        "spokesperson", "analyst", "researcher", "scientist", "engineer", "secretary",
        "official", "resident", "neighbour", "neighbor", "colleague", "friend", "brother",
        "sister", "pundit", "commentator", "critic",
    }
)  # fmt: skip
# The one-word surnames' rule (actor_person_cues): candidates, lawmakers, parents, captains.
PERSON_ROLE_NOUNS = SHARED_ROLE_NOUNS | frozenset(
    {
        "candidate", "nominee", "politician", "president", "lawmaker", "congressman",
        "congresswoman", "mother", "father", "striker", "captain",
    }
)  # fmt: skip


def role_alternation(words: Iterable[str]) -> str:
    """A non-capturing regular-expression group matching any one of ``words`` (plain
    lower-case words, longest first so that a reader sees "actress" before "actor")."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"
