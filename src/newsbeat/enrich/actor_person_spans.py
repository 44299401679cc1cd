"""Whether an organisation or place span is a person's name; "person" spans that are none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import kind_of_person
from newsbeat.enrich.actor_table import clean_name, known_place, lookup_country
from newsbeat.enrich.doc_text import doc_text, span_text
from newsbeat.enrich.name_context import at_boundary, occurrences
from newsbeat.enrich.names import is_first_name, place_kind

if TYPE_CHECKING:
    from spacy.tokens import Span


def _person_named_org(ent: Span, surnames: set[str]) -> bool:
    """An organisation span that is a person's name: a known first name, then a surname the
    article also tags as a person ("Bettie Page" tagged ORG beside "Page" tagged PERSON), or
    any name the text goes on to describe with "who", or a known first name and a surname the
    article gives an age ("Paul Riva" tagged ORG throughout, and "Riva, 47, of Warren") or
    that says something ("…, Ivo Brandt said"; not a listed company, "Morgan Stanley said", nor
    a name opening with a country, "France Telecom said"). A place span (no place the
    gazetteer knows) is a person's name only by what is said of people right before it
    (:func:`_said_of_a_person`)."""
    if ent.label_ not in {"ORG", "LOC", "GPE"}:
        return False
    words = clean_name(span_text(ent)).split()
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)):
        return False
    text = doc_text(ent.doc)
    if ent.label_ != "ORG":
        name = " ".join(words)
        return (
            kind_of_person(name)
            and not known_place(name)
            and _said_of_a_person(text, ent.start_char)
        )
    if _said_of_a_person(text, ent.start_char) and kind_of_person(" ".join(words)):
        return True
    if re.match(r"\s*,\s*who\b", text[ent.end_char :]):
        return True  # "Montell Figgins, who represents Thomas": "who" is said of people
    if not kind_of_person(" ".join(words)):
        return False
    if _SAID_AFTER.match(text, ent.end_char) and _speaks_as_person(words):
        return True  # "…, Ivo Brandt said.": a known first name and a surname that speaks
    return words[-1] in surnames or _given_an_age(text, words[-1])


def _speaks_as_person(words: list[str]) -> bool:
    """Whether a name that says something is a person's by its words: no listed company, no
    first word that is also a country, a state or a capital ("France Telecom said")."""
    first = words[0]
    if is_known_company(" ".join(words)) or lookup_country(first) is not None:
        return False
    return place_kind(first) not in {"country", "state", "capital"}


_SAID_AFTER = re.compile(r"\s+(?:said|says|told)\b")  # not "added" ("added three stores")


_AN_AGE = re.compile(r",\s+\d{1,3}\s*,")
# Said of a person right before the name: "63-year-old X" (ECB+ spaces its hyphens), "in
# memory of X", "identified by the police as X".
_OF_A_PERSON = re.compile(
    r"(?:\b\d{1,2}\s*-?\s*years?\s*-?\s*old|\bin memory of|\bidentified(?: by [\w ]{1,30})? as)\s+$"
)


def _said_of_a_person(text: str, start: int) -> bool:
    """What is said right before a name says it is a person's (see :data:`_OF_A_PERSON`)."""
    return _OF_A_PERSON.search(text[max(0, start - 60) : start]) is not None


def _given_an_age(text: str, name: str) -> bool:
    """ "Riva, 47," somewhere in the text: an age after a name is said of a person."""
    return any(
        at_boundary(text, at) and _AN_AGE.match(text, at + len(name)) is not None
        for at in occurrences(text, name)
    )


def _headline_pair(ent: Span, singles: set[str]) -> bool:
    """ "Holm Rebukes Dahl" (a headline) tagged as one person: its first and last words are
    each a person the article names alone, so it is a sentence about two people."""
    if ent.label_ != "PERSON":
        return False
    words = clean_name(span_text(ent)).split()
    return (
        len(words) >= 3 and words[0] in singles and words[-1] in singles and words[0] != words[-1]
    )


def _named_after_person(ent: Span, bodies: set[str], surnames: set[str]) -> bool:
    """A person span that is a name and then an organisation or building the article names
    on its own ("Obama White House" beside "White House"): the body as the person's (his
    administration), the body's name two words or more. A given name that is no surname of
    the article's people stays a person's ("Paris Hilton Hotel Group"); "Clinton" of "the
    Clinton White House" is a surname when the article names "Bill Clinton"."""
    words = clean_name(span_text(ent)).split()
    if len(words) < 3 or (is_first_name(words[0]) and words[0] not in surnames):
        return False
    # the body's name has two words or more: "Arte Moreno" beside a "Moreno" NER took for an
    # organisation is still his name
    return any(" ".join(words[i:]) in bodies for i in range(1, len(words) - 1))
