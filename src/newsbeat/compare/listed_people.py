"""Who each age of a listed unnamed group is, told by the story's other articles (issue 12).

One outlet writes "the bodies of two women -- 68 and 48-years-old -- were found"; the others
name them: "Dora Vesk, 48, and Lena Vesk, 61, were found". The 48 is the story's one person of
that age (:func:`newsbeat.compare.story_ages._story_ages`), and the list's other member is then
the other person the story names *together with her*, in one sentence giving each an age: the 68
is Lena Vesk's age, and 68 against 61 is a dispute on it.

Taken only when every member of the list but one is the story's one person of its age, the
members are of distinct people, every sentence of the story naming those people with their
ages together names the same one more person and no other (the group of the list, told whole),
that person is given one age by name, the list's noun is not of the other sex than any of their
first names, and no claim outside a list is described by the left member's age.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsbeat.compare.name_variants import _one_name, _spelling, _written_as_name
from newsbeat.compare.records import _tokens
from newsbeat.compare.story_ages import _ages_of
from newsbeat.enrich.claim_ages import age_words, described_age
from newsbeat.enrich.claim_listed_ages import listed_in
from newsbeat.enrich.claim_subjects import PRONOUN_SUBJECTS
from newsbeat.enrich.speaker_hints import noun_sex
from newsbeat.models import Claim, Enrichment

__all__ = ["listed_people"]


def listed_people(aged: dict[str, str], enrichments: Iterable[Enrichment]) -> dict[str, str]:
    """``aged`` (a described age's person, see :func:`newsbeat.compare.story_ages.own_ages`)
    with the left member of each listed group the story's other articles name whole."""
    together: dict[tuple[int, str], list[tuple[str, int]]] = defaultdict(list)
    lists: dict[tuple[int, str], tuple[str, tuple[int, ...]]] = {}
    outside: set[str] = set()  # described ages some claim outside a list is of
    by_age: dict[str, list[str]] = defaultdict(list)
    for enrichment in enrichments:
        for claim in enrichment.claims:
            if claim.event != "age" or claim.voice == "bystander" or claim.low is None:
                continue
            subject = claim.subject or ""
            if claim.low != claim.high:
                continue
            years = int(claim.low)
            if described_age(subject) is not None:
                listed = _list_of(claim, years)
                if listed is None:
                    outside.add(subject)
                else:
                    lists[(enrichment.article_id, claim.sentence)] = listed
            elif _written_as_name(subject) and subject.lower() not in PRONOUN_SUBJECTS:
                together[(enrichment.article_id, claim.sentence)].append((subject, years))
                by_age[age_words(years)].append(subject)
    out = dict(aged)
    for noun, ages in lists.values():
        left = [a for a in ages if age_words(a) not in aged]
        if len(left) != 1 or age_words(left[0]) in outside:
            continue
        known = [aged[age_words(a)] for a in ages if a != left[0]]
        if _repeats(known) or any(_other_sex(noun, k) for k in known):
            continue  # one person twice, or a known member not of the list's sex
        person = _the_other(known, len(ages), together.values())
        if person is None or _ages_of(person, by_age) != 1 or _other_sex(noun, person):
            continue
        out[age_words(left[0])] = person
    return out


def _list_of(claim: Claim, years: int) -> tuple[str, tuple[int, ...]] | None:
    """The list of ages of an unnamed group (its noun and ages) a described age is one of."""
    for noun, ages in listed_in(claim.sentence):
        if years in ages and len(set(ages)) == len(ages):
            return noun, ages
    return None


def _fold(name: str) -> str:
    return _spelling(" ".join(_tokens(name)))


def _repeats(names: list[str]) -> bool:
    """Whether two of the names are one person's."""
    folded = [_fold(n) for n in names]
    return any(_one_name(a, b) for i, a in enumerate(folded) for b in folded[i + 1 :])


def _the_other(
    known: list[str], size: int, sentences: Iterable[list[tuple[str, int]]]
) -> str | None:
    """The one more person every sentence naming all ``known`` people with their ages names,
    when each such sentence names ``size`` people in all and they agree on who; else None."""
    others: list[str] = []
    for named in sentences:
        people = list(dict.fromkeys(subject for subject, _ in named))
        if _repeats(people):
            continue  # one person twice in a sentence: not a plain list of the group
        found = [p for p in people if any(_one_name(_fold(p), _fold(k)) for k in known)]
        if len(found) != len(known) or len(people) < size:
            continue  # not all of them, or one not read: says nothing of the group
        if len(people) > size:
            return None  # the known people named with others: the group is not told whole
        others.extend(p for p in people if p not in found)
    if not others:
        return None
    person = max(others, key=len)
    return person if all(_one_person(n, person) for n in others) else None


def _one_person(name: str, full: str) -> bool:
    """Whether ``name`` is the person ``full`` names: one name, or her first name alone
    ("Katherine" / "Catherine Vesk": a spelling of it)."""
    one, whole = _fold(name), _fold(full)
    if _one_name(one, whole):
        return True
    return " " not in one and _one_name(f"{one} {whole.split()[-1]}", whole)


def _other_sex(noun: str, person: str) -> bool:
    """Whether the list's noun is of the other sex than the person's first name ("two women"
    / a man's name)."""
    sex = noun_sex(noun) or noun_sex(noun[:-1] if noun.endswith("s") else noun)
    if sex is None:
        return False
    from newsbeat.enrich.names import first_name_gender  # the name table: only when needed

    own = first_name_gender(person)
    return own is not None and own != sex
