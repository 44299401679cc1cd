"""People NER typed organisations or places, told by what the text says of them (read34,
read34b; issue 12, entities; ents35).

The small model tags some people's full names ORG or GPE: "Tyler Reguly, technical manager of
security research …", "Fox News host Jeanine Pirro", "Reggie Bush and Julius Jones will step
up", "the fighter that floored Lennox Lewis", "Diego Schwartzman defeating Cristian Garin".
An actor typed ORG, GPE, LOC or NORP becomes a person when

* its name is two words, each a capital and lower-case letters (a hyphen allowed:
  "Eva-Marie"), the first a known first name (the names list), no country, state or capital,
  the whole no place, country, listed company or known organisation's alias; and
* its last word is no head word of a body's or a place's name (University, Hospital, Group,
  Street, Sox …: "Duke University", "Gordon Advisors"; our own list); and
* no mention is written after "the" or with it (teams and firms are: "the Carolina Herons",
  "the Harry Winston store"); and
* one of its mentions carries a person's mark:
  - an appositive ending in a person's role noun ("…, technical manager of …", "…, an
    agriculture student at …", "…, another retired journalist who …"; our own list of role
    nouns, :mod:`~newsbeat.enrich.actor_role_nouns`: a firm, a team, a store or a maker is no
    role);
  - a role noun in lower case right before it, a comma between or not ("host Jeanine
    Pirro", "The paper's managing editor, Howard Simons,");
  - "and" joining it to a person the article names in full ("Reggie Bush and Julius Davies";
    not a comma: "To open a spot for Teixeira, the Red Sox …"), when its last word is no
    common noun of the lemmatizer's word list ("Ines Morra and Harlow Freight" stays a firm;
    the list holds some surnames too, "Jones", "Spencer": those are missed);
  - a verb of a bout or a match right before it or right after it ("floored X", "beat X",
    "knocking out X", "X defeating Y").

A first name and a word that is also a place ("Paris Hilton" near the city) is left to the
modules that read places: the gazetteer guard keeps any name it knows.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_role_nouns import PEOPLE_ROLE_NOUNS, role_alternation
from newsbeat.enrich.actor_table import lookup_country
from newsbeat.enrich.names import is_first_name, place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["type_people_by_marks"]

_NON_PERSON_TYPES = frozenset({"ORG", "GPE", "LOC", "NORP"})
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
# Nouns of a person's role or occupation (actor_role_nouns: the wide list).
_ROLE = role_alternation(PEOPLE_ROLE_NOUNS)
# ", technical manager of …", ", an agriculture student at …": up to six words before the
# role, no link word that ties the role to someone else ("the home of the mayor").
_LINKS = r"(?:of|in|for|with|from|to|whose|by|at|and|or)"
_ROLE_AFTER = re.compile(
    rf",\s+(?:(?:a|an|the|another|his|her|its|their)\s+)?"
    rf"(?:(?!{_LINKS}\b)[a-z][\w'’-]*\s+){{0,6}}?{_ROLE}s?\b"
)
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s*,?\s+\Z")
# A bout's or a match's verb right before or after the name.
_BOUT_VERB = (
    r"(?:beat|beats|beating|defeat|defeated|defeats|defeating|floored|floors|flooring"
    r"|knocked\s+out|knocking\s+out|knocks\s+out|outpointed|outpointing|edged|edging)"
)
_BOUT_BEFORE = re.compile(rf"\b{_BOUT_VERB}\s+\Z")
_BOUT_AFTER = re.compile(rf"\s+{_BOUT_VERB}\s+[A-Z]")
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.IGNORECASE)
_JOINED = re.compile(r",?\s+and\s+")
# Head words of organisations' and places' names ("Duke University", "Gordon Advisors"). Our
# own list.
_BODY_HEADS = frozenset(
    {
        "university", "college", "school", "academy", "institute", "center", "centre",
        "hospital", "clinic", "group", "company", "bank", "fund", "foundation", "council",
        "committee", "agency", "department", "police", "office", "society", "association",
        "club", "church", "hotel", "park", "street", "avenue", "road", "county", "city",
        "township", "advisors", "advisers", "partners", "capital", "holdings", "media", "news",
        "records", "studios", "productions", "entertainment", "sports", "sox", "united",
    }
)  # fmt: skip


def type_people_by_marks(doc: Doc, table: ArticleActors) -> None:
    """Type as people the actors of the module docstring, in place."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded: there is a parse

    candidates = [
        name
        for name, info in table.actors.items()
        if info.type in _NON_PERSON_TYPES and _shaped_as_a_person(name)
    ]
    if not candidates:
        return
    text = table.text
    people = [
        m
        for m in table.mentions
        if m.label == "PERSON" and " " in m.actor and m.actor in table.actors
    ]
    for name in candidates:
        mentions = [m for m in table.mentions if m.actor == name]
        if not mentions or any(_after_the(text, m.start) for m in mentions):
            continue
        # joined to a person, a name ending in a common noun may be a firm ("Ines Morra and
        # Harlow Freight"): only a surname that is no noun is read by that mark
        joinable = name.split()[-1].lower() not in common_nouns(doc)
        if any(_marked(text, m, people if joinable else []) for m in mentions):
            retype_actor(table, name, "PERSON")


def _after_the(text: str, start: int) -> bool:
    """Whether "the" comes right before the mention, or opens it (NER took it in)."""
    return (
        bool(_THE_BEFORE.search(text, max(0, start - 6), start))
        or text[start : start + 4].lower() == "the "
    )


def _shaped_as_a_person(name: str) -> bool:
    """Two capitalised words, a known first name first, the whole no place, country or
    listed company."""
    words = name.split()
    if len(words) != 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    first = words[0]
    if words[1].lower() in _BODY_HEADS or not is_first_name(first.split("-")[0]):
        return False
    if lookup_country(first) is not None or place_kind(first) in {"country", "state", "capital"}:
        return False
    return place_kind(name) is None and lookup_country(name) is None and not is_known_company(name)


def _marked(text: str, mention: MentionRef, people: list[MentionRef]) -> bool:
    """Whether the text marks this mention as a person's (the module docstring)."""
    start, end = mention.start, mention.end
    before = max(0, start - 40)
    if _ROLE_AFTER.match(text, end) or _ROLE_BEFORE.search(text, before, start):
        return True
    if _BOUT_BEFORE.search(text, before, start) or _BOUT_AFTER.match(text, end):
        return True
    for other in people:
        if other.actor == mention.actor:
            continue
        if other.end <= start and _JOINED.fullmatch(text[other.end : start]):
            return True
        if end <= other.start and _JOINED.fullmatch(text[end : other.start]):
            return True
    return False
