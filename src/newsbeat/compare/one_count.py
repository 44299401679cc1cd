"""Two articles' only count of one thing by one act: one count told twice (issue 12).

A reader who sees "The agency received nearly 40,000 letters on the bypass plan" in one
article and "The Transport Office has received nearly 52,000 letters" in another takes
them for one count: each article counts letters once, by the same act, and nothing in
either sentence tells two sets of comments apart. The slot checks kept such pairs apart when
one side names no subject ("subject unknown on one side") or when the sentences share few
words (the wording gate): both are right when an article gives several figures of the thing
("two banks" robbed and "three banks" set on fire), since the noun alone then does not say
which count the other outlet's figure is. So the pair is one count only when:

- both count the same noun (no bare unit: "$2 million" of what?) by the same known event;
- neither article gives another figure of that noun (any event, any value);
- neither figure is written as a set told before ("two of *the eight* bullets fired": a
  figure after "the" or a possessive refers back, often as the whole of a part);
- not a gathering's size (``gathering_slots.one_gathering`` reads its place and day);
- the sentences name no persons, or one in common ("seven bullets hit Lena Morrow" /
  "Dario Venn was shot eleven times"), and no places, or one in common;
- both write the same day, or neither writes one ("On Wednesday, police put the crowd at
  70" against an undated "nearly 100 people marched" may count another day's crowd);
- neither subject is a person a sentence names ("Tom Reyes, who completed 28 passes" /
  "the quarterback completed 17 passes": a person's own count, and a game has two
  quarterbacks; one person's act told twice is ``slot_matching._own_act``'s);
- every other strict slot check passes with the unknown subject taken as the other's (a
  date, a part, a pronoun, qualifiers or another suffix still keep them apart), a part of a
  set named only by its kind read as the count of its own act ("17 of the hijacked ships are
  held": ``kind_parts``).

Measured over every disjoint cross-article pair of the realnews dev gold (tuning, heldout …
heldout9): docs/realnews-annotation.md, "recall30c".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsbeat.compare.claim_facts import _Facts, _Story
from newsbeat.compare.kind_parts import as_kind_count
from newsbeat.compare.place_aliases import same_places
from newsbeat.compare.records import ClaimRef
from newsbeat.compare.slot_matching import _mismatch
from newsbeat.enrich.claim_measures import gathering_classes

__all__ = ["only_count"]

_GATHERINGS = gathering_classes()


def only_count(i: int, j: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story) -> bool:
    """Whether claims ``i`` and ``j`` (two articles) are each their article's only figure of
    one counted thing by one act, with no other slot telling them apart (see the module)."""
    a, b = refs[i][1], refs[j][1]
    if not (a.event and a.event == b.event and a.noun == b.noun and a.noun not in ("", a.unit)):
        return False
    if a.definite or b.definite:
        return False
    if a.event in _GATHERINGS:
        return False  # a crowd's size is one_gathering's, which reads its place and day
    people, places = story.people, story.places
    if people[i] and people[j] and not people[i] & people[j]:
        return False  # "seven bullets hit Lena Morrow" / "Dario Venn was shot eleven times"
    if places[i] and places[j] and not same_places(places[i], places[j]):
        return False  # "in Kell, 300 shops were damaged" / "in Arden, 500 shops"
    if a.when != b.when:
        return False  # "On Wednesday, police estimated the crowd at 70": another day's count
    if a.person or b.person:
        return False  # a game has two quarterbacks: "the quarterback" may be another than Reyes
    if not (_alone(i, refs, story) and _alone(j, refs, story)):
        return False
    if bool(a.subject) != bool(b.subject):
        # The unknown subject is taken as the other's; a pronoun stays a pronoun.
        if b.subject:
            a = replace(a, subject=b.subject, named=b.named, person=b.person)
        else:
            b = replace(b, subject=a.subject, named=a.named, person=a.person)
    # "at least 17 of the hijacked ships are held": the ships held (compare/kind_parts.py)
    a, b = as_kind_count(a, refs[i][0].claim), as_kind_count(b, refs[j][0].claim)
    return _mismatch(a, b, strict=True) is None


def _alone(k: int, refs: Sequence[tuple[ClaimRef, _Facts]], story: _Story) -> bool:
    """Whether claim ``k`` is the only figure of its counted noun its article gives."""
    unit, noun = refs[k][1].unit, refs[k][1].noun
    return not any(
        m != k and refs[m][1].unit == unit and refs[m][1].noun == noun
        for m in story.by_article[refs[k][0].article_id]
    )
