"""A person's single name that NER typed a place or an organisation (issue 12, entities).

NER reads a rare first name or a surname alone as anything: "Kimani" a city at two of its ten
mentions, "Gomes" an organisation beside "Kathryn Gomes". Two rules read the article, never
the name alone:

* a one-word place no gazetteer or country table knows, whose mentions NER tagged as a person
  at least twice as often as anything else, is a person (organisations are left alone: NER
  tags companies as people too, "said Mozilla");
* a one-word place, organisation or group that is the surname of a person the article names
  in full is a person (a first name is the main pass's, "Ramarley" of "Ramarley Graham"; a
  first word may be a title NER ran in, "Interior Ken Salazar"), unless a country or a place
  of the gazetteer bears it ("Jordan"), the text writes it in lower case too (a word of the
  language: "the church" beside "Frank Church"), or a body of the article is named after it
  ("Ford" beside "Ford Motor", not "the Ortiz family").

The actor keeps its name: which bearer it stands for is the surname rules' question
(:mod:`newsbeat.enrich.actor_surnames`); a wrong bearer is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import known_place
from newsbeat.enrich.name_context import written_as_word
from newsbeat.enrich.names import surname

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["type_names_of_people", "type_voted_people"]

_PLACES = frozenset({"GPE", "LOC"})
_RETYPED = frozenset({"GPE", "LOC", "ORG", "NORP"})
_VOTE = 2  # PERSON mentions against each other one
# Bodies named after a family keep the person's surname a person's ("the Ortiz family").
_FAMILY_ENDS = frozenset({"family", "families", "clan"})


def type_voted_people(table: ArticleActors) -> None:
    """The first rule of the module docstring, in place."""
    for name, info in list(table.actors.items()):
        if _unknown_word(name, info.type, info.iso3) and _voted_person(table, name, info.type):
            retype_actor(table, name, "PERSON")


def type_names_of_people(table: ArticleActors) -> None:
    """The second rule of the module docstring, in place (after the passes that join or drop
    the article's names: "Kessvik Model" typed a person is a car, no person's name)."""
    surnames: set[str] = set()
    for name, info in table.actors.items():
        words = name.split()
        if info.type == "PERSON" and len(words) >= 2:
            surnames.add(surname(name))
    for name, info in list(table.actors.items()):
        if name not in surnames or not _unknown_word(name, info.type, info.iso3):
            continue
        if _only_a_name(table, name):
            retype_actor(table, name, "PERSON")


def _unknown_word(name: str, kind: str, iso3: str | None) -> bool:
    """One word typed a place, body or group, no country or place of the gazetteer."""
    if kind not in _RETYPED or " " in name or iso3 is not None:
        return False
    return not known_place(name)


def _voted_person(table: ArticleActors, name: str, kind: str) -> bool:
    if kind not in _PLACES:
        return False
    labels = [m.label for m in table.mentions if m.actor == name]
    people = labels.count("PERSON")
    return people >= _VOTE and people >= _VOTE * (len(labels) - people)


def _only_a_name(table: ArticleActors, name: str) -> bool:
    """No word of the language ("church"), no company, no body named after it."""
    if is_known_company(name):
        return False
    if written_as_word(table.text, name.lower()):
        return False  # (tried at each occurrence: no pattern compiled per name)
    for other, info in table.actors.items():
        words = other.split()
        if (
            info.type != "PERSON"
            and len(words) >= 2
            and words[0] == name
            and words[-1].lower() not in _FAMILY_ENDS
        ):
            return False
    return True
