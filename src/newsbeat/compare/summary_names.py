"""A person a summary names by surname alone is introduced at first mention: "[Otto] Brenn said".

Extractive bullets come from different articles: the one that gave a person's full name is often
not chosen, and a bullet says "Brenn said ..." to a reader who never met Brenn. The story's
actors know the full name (every article's PERSON entities), so when no bullet of the summary
gives it, at the first mention the missing first name is put in square brackets before the
surname, the newsroom's mark for words added to a quoted text ("[Otto] Brenn"); with the
person's role when the story's articles agree on it ("[Judge Otto] Brenn"). Nothing else in
the bullet changes, and the bullet without the bracketed words is still the cited article's
text.

Precision first: a surname two persons of the story share ("Teasley": Hoyt and Deborah), a
surname already preceded by another capitalised word ("Catherine Gomes", "Gomes Street") or
followed by one, and names that are not name-shaped are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsbeat.compare.summary_usable import QUOTED
from newsbeat.models import Enrichment

__all__ = [
    "PLACE_WORD",
    "StoryPerson",
    "first_name_only",
    "introduce_names",
    "story_people",
    "without_insertions",
]

# A name part: "Brian", "O'Neill", "Al-Amin", or an initial "J."
_PART = re.compile(r"^(?:[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:['’-][A-Za-z]+)*|[A-Z]\.)$")
_WORD = re.compile(r"[A-Z][\w'’-]*")
# Titles a surname may follow at its first mention ("Inspector Gaskin"): the first name goes
# between them.
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "judge", "justice", "inspector", "officer"}
    | {"sergeant", "sgt", "detective", "det", "captain", "capt", "lieutenant", "lt", "chief"}
    | {"president", "prime", "minister", "secretary", "senator", "sen", "governor", "gov"}
    | {"mayor", "rep", "representative", "general", "gen", "colonel", "col", "prof", "professor"}
    | {"coach", "deputy", "sheriff", "agent", "constable", "superintendent", "supt", "rev"}
    | {"insp", "cmdr", "adm", "maj", "cpl"}
    | {"father", "bishop", "pope", "king", "queen", "prince", "princess", "lord", "lady"}
)
# Places and organisations the tagger may type PERSON ("Aoraki Mount Cook"); the place words
# alone also keep a place out of a sentence's actors (summary_events).
_PLACE_WORDS = "Mount|Mt|Lake|River|Street|Avenue|Road|Park|Court|County|Island|Bay|Glacier"
PLACE_WORD = re.compile(rf"\b(?:{_PLACE_WORDS})\b")
_NOT_PERSON = re.compile(
    rf"\b(?:{_PLACE_WORDS}|University|College|School|Hospital|Club|Center|Centre|Company|Inc|"
    r"Ltd)\b"
)
# What this module adds: "[Otto] " before a capitalised surname (an article's own brackets,
# "As promised [Tuesday], ...", are not followed by one).
_INSERTION = re.compile(r"\[[^\]]*\] (?=[A-Z])")


@dataclass(frozen=True)
class StoryPerson:
    """A person of the story: the first names before the surname, and an agreed role."""

    first: str
    surname: str
    role: str | None = None


def _name_shaped(name: str) -> bool:
    parts = name.split()
    return (
        len(parts) >= 2
        and all(_PART.match(p) for p in parts)
        and len(parts[-1]) > 2
        and not parts[-1].endswith(".")
        and parts[0].casefold().rstrip(".") not in _TITLES
        and not _NOT_PERSON.search(name)
    )


def _variants(a: str, b: str) -> bool:
    """Two spellings of one person's first names ("Jermayne", "Jerymayne"; "Brian",
    "Brian G."), not two persons: their first words are (almost) the same."""
    x, y = a.split()[0].casefold(), b.split()[0].casefold()
    return x == y or SequenceMatcher(None, x, y).ratio() >= 0.8


def story_people(
    enrichments: Mapping[int, Enrichment], texts: Iterable[str] = ()
) -> dict[str, StoryPerson]:
    """The story's persons by case-folded surname, from every article's PERSON entities.

    A surname of two persons (first names that are not spellings of one) is left out, and so
    is a name with a part the articles' ``texts`` also write in lower case, a common word the
    tagger took for a name ("Bloomington Police", "DeGeneres As Oscar"); of spellings, the one
    most articles give wins. A role is kept when at least two articles give the person one and
    all that do give the same.
    """
    lower = {w for t in texts for w in re.findall(r"\b[a-z][a-z'’-]+\b", t)}
    names: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for enrichment in enrichments.values():
        seen: set[str] = set()
        for entity in enrichment.entities:
            if entity.type != "PERSON" or not _name_shaped(entity.name):
                continue
            if entity.name in seen:
                continue
            seen.add(entity.name)
            surname = entity.name.split()[-1]
            names[surname.casefold()][entity.name] += 1
            if entity.role:
                roles[surname.casefold()][entity.role.strip().casefold()] += 1
    out: dict[str, StoryPerson] = {}
    for key, counts in names.items():
        best, _ = counts.most_common(1)[0]
        first = " ".join(best.split()[:-1])
        if not all(_variants(" ".join(n.split()[:-1]), first) for n in counts):
            continue  # two persons share the surname
        if any(part.casefold() in lower for part in best.split()):
            continue  # "DeGeneres As Oscar": a part the story writes in lower case
        agreed = roles.get(key, Counter())
        role = None
        if len(agreed) == 1 and sum(agreed.values()) >= 2:
            role = next(iter(agreed)).capitalize()
        out[key] = StoryPerson(first=first, surname=best.split()[-1], role=role)
    return out


def first_name_only(
    sentence: str, full_names: Iterable[str], other_names: Iterable[str] = ()
) -> bool:
    """Whether ``sentence`` names a person by the first name alone ("Ana ran back into the
    house."), outside quote marks, with neither that person's surname nor a capitalised word
    or a hyphen beside the first name: a feature's scene, whose reader cannot tell who it is.

    ``full_names``: the article's persons (name-shaped PERSON entities); the word must be a
    first name of the list (``names.is_first_name``), not a surname of one of them, nor a word
    of ``other_names``, the article's other actors ("Palmer" of a town and of a mistyped
    "Palmer Fire"). A first name inside a quote is the speaker's word, and the speaker is named.
    """
    from newsbeat.enrich.names import is_first_name

    surnames_of: dict[str, set[str]] = defaultdict(set)
    for name in full_names:
        if _name_shaped(name):
            parts = name.split()
            surnames_of[parts[0]].add(parts[-1])
    if not surnames_of:
        return False
    taken = {s for found in surnames_of.values() for s in found}
    taken |= {w for name in other_names for w in name.split()}
    told = QUOTED.sub(" ", sentence)
    words = {re.sub(r"['’]s?$", "", w) for w in _WORD.findall(sentence)}
    for match in _WORD.finditer(told):
        word = re.sub(r"['’]s?$", "", match.group())
        surnames = surnames_of.get(word)
        if not surnames or word in taken or surnames & words:
            continue
        if word.casefold() in ENGLISH_STOP_WORDS or not is_first_name(word):
            continue  # "The" of a film "The Departed" typed a person
        before = told[: match.start()].split()
        previous = before[-1] if before else ""
        if previous[:1].isupper() and previous.casefold() not in ENGLISH_STOP_WORDS:
            continue  # "Santa Ana": part of another name
        if re.match(r"\s*[-–]|\s+[A-Z]", told[match.end() :]):
            continue  # "Ana Berg", "Mat - Su": another name
        return True
    return False


def without_insertions(text: str) -> str:
    """A bullet without the bracketed words the summary added (the cited article's text)."""
    return _INSERTION.sub("", text)


def _introduce(text: str, people: Mapping[str, StoryPerson], met: set[str]) -> str:
    out: list[str] = []
    last = 0
    for match in _WORD.finditer(text):
        word = match.group()
        key = re.sub(r"['’]s?$", "", word).casefold()
        person = people.get(key)
        if person is None or key in met:
            continue
        met.add(key)  # the first mention decides, introduced or not
        before = text[: match.start()].split()
        after = text[match.end() :].split()
        previous = before[-1].rstrip(",") if before else ""
        if previous and previous[0].isupper() and previous.casefold() not in ENGLISH_STOP_WORDS:
            if previous.rstrip(".").casefold() not in _TITLES:
                continue  # "Brian Nichols", "Catherine Gomes": a name is there already
        elif after and after[0][0].isupper():
            continue  # "Gomes Street": part of a longer name
        if previous.casefold() in {"the", "a", "an"}:
            continue  # "the Bush administration": the name as a modifier
        titled = bool(previous) and previous.rstrip(".").casefold() in _TITLES
        if " ".join(before).endswith(person.first):
            continue
        added = person.first if titled or not person.role else f"{person.role} {person.first}"
        out.append(text[last : match.start()] + f"[{added}] ")
        last = match.start()
    out.append(text[last:])
    return "".join(out)


def introduce_names(texts: Iterable[str], people: Mapping[str, StoryPerson]) -> list[str]:
    """The bullets in order, each person the summary names only by surname given the first
    name (and agreed role) in brackets at the first mention: "[Otto] Brenn said ...". A person
    another bullet gives in full ("Twilight director Catherine Hardwicke") is introduced there
    already: the reader of a few bullets sees it, and the brackets would say it twice."""
    bullets = list(texts)
    full = _full_name_patterns(people)  # once per story, not per bullet
    met: set[str] = {key for text in bullets for key, p in full.items() if p.search(text)}
    return [_introduce(text, people, met) for text in bullets]


def _full_name_patterns(people: Mapping[str, StoryPerson]) -> dict[str, re.Pattern[str]]:
    """Each person's full name as written ("Otto Brenn"), by surname key."""
    return {
        key: re.compile(rf"\b{re.escape(person.first)}\s+{re.escape(person.surname)}\b")
        for key, person in people.items()
    }
