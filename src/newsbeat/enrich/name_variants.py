"""One person written several ways across a story: "Fred LaRue", "Frederick LaRue",
"Frederick C. LaRue" and "Frederick Cheney LaRue".

Two full names of a story's people are forms of one name when they end with the same surname,
their first names are the same or one is a short form of the other that the module's list
gives ("Fred" of "Frederick", "Bill" of "William"; no prefix rule: "Ada" is no "Adam"), and
their middle names agree: one has none, or both have as many and each pair is the same word
or an initial and a word it begins ("C." and "Cheney"). A first name written as its initial is
the full first name it begins when both write the same middle names in full ("W. Vance Orrin"
and "Walter Vance Orrin": a man known by his middle name).

Two people of one surname stay two (a father and a son share their names): a group is joined
only when every pair in it is such a pair ("Pat", "Patricia" and "Patrick" with one surname
join nobody); two forms one article writes as two people ("William Harlan" and his son "Bill
Harlan", "George Bush" and "George W. Bush") stay two; and no name of a surname the story also
writes with a generational suffix ("LaRue Sr", "Ike LaRue III") is joined at all, since
"Frederick LaRue" may then be the father or the son. The group takes the spelling the story
mentions most.

Only the names are read, not the text: a kinship word ("his son") or an age that tells two
forms in different articles apart is not seen.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations

from newsbeat.enrich.names import is_generation
from newsbeat.models import Enrichment

__all__ = ["name_variants", "one_name"]

# Short and pet forms of first names (our own list, lower case): full name -> its forms. A
# list rather than a prefix rule: "Ada" is no "Adam", nor "Dan" "Dana".
_PET_FORMS: Mapping[str, frozenset[str]] = {
    "alexander": frozenset({"alex", "sasha"}),
    "andrew": frozenset({"andy", "drew"}),
    "anthony": frozenset({"tony"}),
    "benjamin": frozenset({"ben"}),
    "catherine": frozenset({"kate", "katie", "cathy"}),
    "charles": frozenset({"chuck", "charlie"}),
    "christopher": frozenset({"chris"}),
    "daniel": frozenset({"dan", "danny"}),
    "david": frozenset({"dave"}),
    "donald": frozenset({"don"}),
    "edward": frozenset({"ed", "ted", "teddy", "ned", "eddie"}),
    "elizabeth": frozenset({"betty", "beth", "liz", "lizzie"}),
    "frederick": frozenset({"fred", "freddie", "freddy"}),
    "gregory": frozenset({"greg"}),
    "henry": frozenset({"hank", "harry"}),
    "james": frozenset({"jim", "jimmy", "jamie"}),
    "jeffrey": frozenset({"jeff"}),
    "jennifer": frozenset({"jenny", "jen"}),
    "john": frozenset({"jack", "johnny"}),
    "joseph": frozenset({"joe", "joey"}),
    "katherine": frozenset({"kate", "katie", "kathy"}),
    "kenneth": frozenset({"ken"}),
    "lawrence": frozenset({"larry"}),
    "margaret": frozenset({"peggy", "meg", "maggie"}),
    "matthew": frozenset({"matt"}),
    "michael": frozenset({"mike", "mick"}),
    "nicholas": frozenset({"nick"}),
    "patricia": frozenset({"patty", "pat", "trish"}),
    "patrick": frozenset({"pat"}),
    "richard": frozenset({"dick", "rick", "ricky", "rich"}),
    "robert": frozenset({"bob", "bobby", "rob", "robbie"}),
    "ronald": frozenset({"ron"}),
    "samuel": frozenset({"sam"}),
    "stephen": frozenset({"steve"}),
    "steven": frozenset({"steve"}),
    "susan": frozenset({"sue", "susie"}),
    "thomas": frozenset({"tom", "tommy"}),
    "timothy": frozenset({"tim"}),
    "william": frozenset({"bill", "billy", "will", "willy"}),
}


def _parts(name: str) -> tuple[str, list[str], str] | None:
    """(first name, middle names, surname) of a full name without a suffix; None for a
    one-word name or one with a generational suffix."""
    words = name.split()
    if len(words) < 2 or is_generation(words[-1]):
        return None
    return words[0], words[1:-1], words[-1]


def _same_first(a: str, b: str) -> bool:
    """Whether two first names are one: equal, or one a short form of the other (the
    list)."""
    x, y = a.lower().rstrip("."), b.lower().rstrip(".")
    return x == y or x in _PET_FORMS.get(y, ()) or y in _PET_FORMS.get(x, ())


def _same_middle(a: list[str], b: list[str]) -> bool:
    """Whether two lists of middle names agree (one empty, or word for word the same or an
    initial of the other)."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        x, y = x.rstrip("."), y.rstrip(".")
        if x != y and not (min(len(x), len(y)) == 1 and x[0] == y[0]):
            return False
    return True


def _one_person(a: str, b: str) -> bool:
    """Whether two full names may be forms of one name (surname, first and middle names)."""
    pa, pb = _parts(a), _parts(b)
    if pa is None or pb is None or pa[2] != pb[2]:
        return False
    if _known_by_middle(pa, pb) or _known_by_middle(pb, pa):
        return True
    return _same_first(pa[0], pb[0]) and _same_middle(pa[1], pb[1])


def _known_by_middle(a: tuple[str, list[str], str], b: tuple[str, list[str], str]) -> bool:
    """Whether ``a`` writes as its initial the first name ``b`` writes in full, both with the
    same middle names written in full: a man known by his middle name ("W. Vance Orrin" and
    "Walter Vance Orrin"). Without a middle name in full an initial says too little ("W.
    Orrin" beside "Walter Orrin" and "William Orrin")."""
    first, full = a[0].rstrip("."), b[0]
    if len(first) != 1 or len(full.rstrip(".")) < 2 or full[0] != first:
        return False
    middle = [w for w in a[1] if len(w.rstrip(".")) > 1]
    return bool(middle) and middle == a[1] and a[1] == b[1]


def one_name(a: str, b: str) -> bool:
    """Whether two full names may be forms of one name (:func:`_one_person`), a generational
    suffix aside."""
    return _one_person(_without_suffix(a), _without_suffix(b))


def _without_suffix(name: str) -> str:
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and is_generation(words[-1]) else name


def name_variants(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """``{variant: chosen spelling}`` of the people the story writes several ways (see the
    module docstring)."""
    mentions: dict[str, int] = {}
    for e in enrichments:
        for entity in e.entities:
            if entity.type == "PERSON":
                mentions[entity.name] = mentions.get(entity.name, 0) + entity.mentions
    kin = _suffixed_surnames(mentions)
    apart = _written_apart(enrichments)
    by_surname: dict[str, list[str]] = {}
    for name in sorted(mentions):
        parts = _parts(name)
        if parts is not None and parts[2] not in kin:
            by_surname.setdefault(parts[2], []).append(name)
    out: dict[str, str] = {}
    for names in by_surname.values():
        for group in _groups(names, apart):
            chosen = max(group, key=lambda n: (mentions[n], -len(n), n))
            out.update({n: chosen for n in group if n != chosen})
    return out


def _suffixed_surnames(names: Iterable[str]) -> set[str]:
    """The surnames the names write with a generational suffix ("LaRue" of "LaRue Sr")."""
    out: set[str] = set()
    for name in names:
        words = name.split()
        if len(words) >= 2 and is_generation(words[-1]):
            out.add(words[-2])
    return out


def _written_apart(enrichments: Sequence[Enrichment]) -> set[frozenset[str]]:
    """The pairs of person names one article keeps as two entities."""
    out: set[frozenset[str]] = set()
    for e in enrichments:
        people = sorted({x.name for x in e.entities if x.type == "PERSON"})
        out.update(frozenset(pair) for pair in combinations(people, 2))
    return out


def _groups(names: list[str], apart: set[frozenset[str]]) -> list[list[str]]:
    """The groups of two or more names of one surname that are pairwise one person (and no
    pair of them in ``apart``); a name that fits two groups that do not fit each other joins
    none."""
    linked: dict[str, set[str]] = {n: {n} for n in names}
    for a, b in combinations(names, 2):
        if _one_person(a, b) and frozenset((a, b)) not in apart:
            linked[a].add(b)
            linked[b].add(a)
    seen: set[str] = set()
    out: list[list[str]] = []
    for name in names:
        if name in seen:
            continue
        group = _component(name, linked)
        seen |= group
        if len(group) > 1 and all(b in linked[a] for a, b in combinations(sorted(group), 2)):
            out.append(sorted(group))
    return out


def _component(start: str, linked: Mapping[str, set[str]]) -> set[str]:
    """The names reachable from ``start`` through ``linked``."""
    found, todo = {start}, [start]
    while todo:
        for other in linked[todo.pop()]:
            if other not in found:
                found.add(other)
                todo.append(other)
    return found
