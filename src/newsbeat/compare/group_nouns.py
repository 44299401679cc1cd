"""One group of people under a word of no group in particular: one agreement (issue 12).

Outlets name the people of one act in other words: "23 pirates were arrested", "the 23
arrested" (people arrested), "23 suspects were held". The comparer keeps two nouns apart
("soldiers" are not "civilians"), so one figure told by fifteen outlets was printed as three
agreements and "23 suspects" as one outlet's own (read38 on a real story). A word that names
no group in particular ("people", "others") names whoever the act was done to: with the same
figure, the same act known on both sides and no other slot telling them apart, it counts the
other outlet's group. So do two words for the people who commit the story's attack or crime
("pirates", "raiders", "brigands", "gunmen"; an arrest's "suspects").

Only agreement is joined this way: the pair never makes a conflict or a compatible pair (a
different figure under another word may count another group: "two people were hurt" beside
"three workers were hurt"). Guards:

- the act must be known and the same on both sides ("the 23 arrested" / "23 pirates
  attacked": another act of other people, perhaps);
- two words of a group in particular never join ("soldiers" / "civilians", "two friends of
  the suspect" / "two suspects" arrested), and a word of no
  group joins at most one of them: when the same figure is told of soldiers and of civilians,
  "two people were killed" is either, and joins neither (:func:`join_groups`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from newsbeat.compare.claim_facts import _Facts
from newsbeat.compare.slot_matching import _ANY_GROUP, _mismatch

__all__ = ["join_groups", "one_group_named"]

# Words of no group in particular (slot_matching's ``_ANY_GROUP``): whoever the act was done to.
# The word as written counts: "civilians killed" are read as "people killed" by the comparer,
# but name a group.
# Words that name people by the attack or crime they commit: in one story, told of one act
# with one figure, the same people ("23 pirates" / "23 of the raiders" / "23 brigands"); so
# are the suspects of an arrest ("23 piracy suspects were held"), but not "two friends of the
# suspect" arrested, a group in particular.
_ATTACKERS = frozenset(
    {"pirate", "raider", "brigand", "bandit", "robber", "gunman", "gunmen", "attacker",
     "assailant", "hijacker", "intruder"}
)  # fmt: skip
_SUSPECTS = {"arrest": frozenset({"suspect"})}
_ATTACKER = "attacker"


def _written(facts: _Facts) -> str:
    """The counted word as written ("civilian" of "civilians killed"); the comparer's noun
    when none is written ("the 23 arrested": people)."""
    return facts.written_noun or facts.noun


def _no_group(facts: _Facts) -> bool:
    """Whether a claim's noun names no group in particular for its act."""
    return _written(facts) in _ANY_GROUP


def _group_word(facts: _Facts) -> str:
    """The group a claim's noun names: the attackers' one word for every word of them and for
    an arrest's suspects, else the noun as written."""
    word = _written(facts)
    if word in _ATTACKERS or word in _SUSPECTS.get(facts.event, frozenset()):
        return _ATTACKER
    return word


def one_group_named(a: _Facts, b: _Facts) -> bool:
    """Whether two claims of one figure kept apart by their nouns count one group of people:
    one noun names no group in particular for the act (:func:`_no_group`) or both name the
    attackers (an arrest's suspects among them), the act is known and the same, and with the
    nouns taken as one no other slot tells them apart."""
    if a.noun == b.noun or not (a.event and a.event == b.event):
        return False
    if not (_no_group(a) or _no_group(b) or _group_word(a) == _group_word(b)):
        return False
    # the counted phrase's ending restates the act ("people arrested"): the act is compared
    b = replace(b, noun=a.noun, suffix=a.suffix, written_noun=a.written_noun)
    return _mismatch(a, b, strict=False) is None


def join_groups(
    pairs: Sequence[tuple[int, int]],
    facts: Sequence[_Facts],
    find: Callable[[int], int],
    union: Callable[[int, int], None],
) -> None:
    """Merge the groups of the pairs of :func:`one_group_named` (claim indices into
    ``facts``; ``find`` gives a claim's group, ``union`` merges two claims' groups): a claim of
    a word of no group joins only when every group it could join counts one group in
    particular (at most one noun of a group among all of them), and each merge leaves its
    group at most one such noun."""

    def nouns(root: int) -> set[str]:
        return {_group_word(f) for k, f in enumerate(facts) if find(k) == root and not _no_group(f)}

    reach: dict[int, set[str]] = {}  # a claim of a word of no group -> the nouns it may join
    for i, j in pairs:
        for loose, other in ((i, j), (j, i)):
            if _no_group(facts[loose]):
                reach.setdefault(loose, set()).update(nouns(find(other)))
    for i, j in pairs:
        if any(len(reach.get(k, set())) > 1 for k in (i, j)):
            continue  # "two people killed" beside two soldiers and two civilians: neither
        if find(i) != find(j) and len(nouns(find(i)) | nouns(find(j))) <= 1:
            union(i, j)
