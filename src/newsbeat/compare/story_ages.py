"""The people of a story described by an age, and who else a figure's person may be."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from newsbeat.compare.name_variants import _one_name, _spelling, _written_as_name
from newsbeat.compare.records import _tokens
from newsbeat.enrich.claim_ages import age_words, described_age
from newsbeat.enrich.claim_subjects import PRONOUN_SUBJECTS
from newsbeat.enrich.speaker_hints import noun_sex
from newsbeat.models import Claim, Enrichment


def _story_ages(enrichments: Iterable[Enrichment], texts: Sequence[str] = ()) -> dict[str, str]:
    """For each age a claim's subject is described by ("36-year-old", see
    :mod:`newsbeat.enrich.claim_ages`), the one person the story's articles give that age
    ("36-year-old Dana Rusk died", "Rusk, 36,"). An age given to two people (not one name
    shortened or spelled two ways) names neither, nor does one that may be someone else's (see
    :func:`_another_of_age`; ``texts`` the articles' texts): the description is then
    left as it is."""
    by_age: dict[str, list[str]] = defaultdict(list)
    named_in: dict[str, set[int]] = defaultdict(set)  # the articles naming a person of the age
    described: dict[str, list[Claim]] = defaultdict(list)
    for enrichment in enrichments:
        for claim in enrichment.claims:
            subject = claim.subject or ""
            if described_age(subject) is not None and claim.voice != "bystander":
                described[subject].append(claim)
            if claim.event != "age" or claim.low is None or claim.low != claim.high:
                continue
            if claim.voice == "bystander":
                continue
            if not _written_as_name(subject) or subject.lower() in PRONOUN_SUBJECTS:
                continue
            by_age[age_words(int(claim.low))].append(subject)
            named_in[age_words(int(claim.low))].add(enrichment.article_id)
    out = {}
    for age, subjects in by_age.items():
        folded = [_spelling(" ".join(_tokens(s))) for s in subjects]
        if not all(_one_name(folded[0], other) for other in folded[1:]):
            continue
        person = max(subjects, key=len)
        if not _another_of_age(age, person, described[age], named_in[age], texts):
            out[age] = person
    return out


def own_ages(aged: dict[str, str], enrichments: Iterable[Enrichment]) -> dict[str, str]:
    """The part of :func:`_story_ages` an age *claim* of a described subject may take: the
    people the story's articles give one age by name. One given two ("Vesk, 27," at the
    shooting, "Vesk, 29," at the sentencing) is told at two times, and "a 29-year-old gang
    member" is then his age at one of them, not a figure to set against the other (read on
    ECB+: that pair made a false conflict); his other figures still take the description."""
    by_age: dict[str, list[str]] = defaultdict(list)
    for enrichment in enrichments:
        for claim in enrichment.claims:
            subject = claim.subject or ""
            if claim.event != "age" or claim.low is None or claim.low != claim.high:
                continue
            if claim.voice != "bystander" and _written_as_name(subject):
                by_age[age_words(int(claim.low))].append(subject)
    return {age: person for age, person in aged.items() if _ages_of(person, by_age) == 1}


def _ages_of(person: str, by_age: dict[str, list[str]]) -> int:
    """How many ages the story's articles give a person by name."""
    folded = _spelling(" ".join(_tokens(person)))
    return sum(
        any(_one_name(folded, _spelling(" ".join(_tokens(s)))) for s in subjects)
        for subjects in by_age.values()
    )


def _another_of_age(
    age: str, person: str, described: Sequence[Claim], named_in: set[int], texts: Sequence[str]
) -> bool:
    """Whether the claims described by ``age`` may be of another than the story's one named
    person of that age: a described noun of the other sex than the person's first name ("a
    36-year-old man" / Lena Rusk), an article that names the person and yet writes "a
    36-year-old" (a newcomer, someone else), or an article giving the age to someone unnamed
    too ("Her husband, also 36,")."""
    years = described_age(age)
    if not described or years is None:
        return False
    if any(_unnamed_of_age(text, years) for text in texts):
        return True
    newcomer = re.compile(rf"\b(?:an?|another)\s+(?:[a-z]+\s+)?{years}-year-old\b", re.I)
    if any(c.article_id in named_in and newcomer.search(c.sentence) for c in described):
        return True  # "a 36-year-old man" beside "Lena Rusk, 36,": someone else
    sexes = {_described_sex(c.sentence, years) for c in described} - {None}
    if not sexes:
        return False
    from newsbeat.enrich.names import first_name_gender  # the name table: only when needed

    own = first_name_gender(person)
    return len(sexes) > 1 or (own is not None and own not in sexes)


_NOUN_AFTER_AGE = 3  # "a 36-year-old Australian climber": the noun within three words


def _described_sex(sentence: str, years: int) -> str | None:
    """The sex of the noun a sentence describes by the age ("a 36-year-old man" -> "male"),
    else None."""
    lower = sentence.lower()
    found = re.search(rf"\b{years}-year-old\b", lower)
    if found is None:
        return None
    for word in re.findall(r"[a-z]+", lower[found.end() :])[:_NOUN_AFTER_AGE]:
        sex = noun_sex(word)
        if sex is not None:
            return sex
    return None


def _unnamed_of_age(text: str, years: int) -> bool:
    """Whether an article gives the age to a person it does not name, or to a second person:
    "Her husband, also 36,", "the driver, 36," (a lower-case word before the set-off age)."""
    pattern = rf"\b(?:also|[a-z]+,(?:\s+also|\s+aged)?)\s+{years}(?=[,;.)])"
    return re.search(pattern, text) is not None


def _people_in(sentence: str, persons: Sequence[str]) -> frozenset[str]:
    """The people (of the article's PERSON names) a sentence names, in full or by surname."""
    folded = f" {' '.join(_tokens(sentence))} "
    found = set()
    for name in persons:
        words = _tokens(name)
        if words and (f" {' '.join(words)} " in folded or f" {words[-1]} " in folded):
            found.add(words[-1])  # by surname: "Robert Buckley" and "Buckley" are one person
    return frozenset(found)


def _other_person(i: int, j: int, people: Sequence[frozenset[str]], personal: set[int]) -> bool:
    """Whether one of two claims is one person's figure in an article giving one per person,
    and the other claim's sentence does not name that person."""
    return (i in personal or j in personal) and not people[i] & people[j]
