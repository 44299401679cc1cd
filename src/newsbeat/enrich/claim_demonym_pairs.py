"""Two counts of one noun split by people: "the 12 Somali and 11 Yemeni pirates" (issue 12,
claims38; read38 found 11 'pirates' five times, the 12 not read or read as 'somali').

Used by :mod:`newsbeat.enrich.claims`. The noun after the second people's adjective is
counted by both figures, each of its own people: 12 Somali pirates and 11 Yemeni pirates.
Read as a plain "11 pirates" the second figure reads as all the pirates and could meet
another outlet's total; the first was lost. Each figure counts "<people> <noun>" ("somali
pirates", "yemeni pirates arrested"), so neither meets a count of all of them. Only the
shape "<N> <People> and|or <M> <People> <noun>" with both adjectives capitalised and no
plural ("Somalis" is a count of people of its own) is read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import lowers

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["first_of_pair", "second_of_pair"]

_JOINS = frozenset({"and", "or"})


def _people_word(tok: Token) -> bool:
    """A people's adjective: capitalised, no plural, named a people by NER or tagged as an
    adjective or a proper noun ("Somali", "Yemeni")."""
    return (
        tok.is_title
        and tok.is_alpha
        and not tok.lower_.endswith("s")
        and (tok.ent_type_ == "NORP" or tok.tag_ in {"JJ", "NNP"})
    )


def second_of_pair(doc: Doc, first: int, last: int) -> str | None:
    """The people of the second figure of the pair (``doc[first..last]`` = "11" of "12 Somali
    and 11 Yemeni pirates": "yemeni"), or None for any other figure."""
    lows = lowers(doc)
    if first < 3 or last + 2 >= len(doc) or lows[first - 1] not in _JOINS:
        return None
    if not (doc[first - 3].like_num and _people_word(doc[first - 2])):
        return None
    people = doc[last + 1]
    if not _people_word(people) or doc[last + 2].pos_ != "NOUN":
        return None
    return people.lower_


def first_of_pair(doc: Doc, last: int) -> tuple[str, int] | None:
    """For the first figure of the pair (ending at ``last``: "12" of "12 Somali and 11 Yemeni
    pirates"), its people ("somali") and the index of the second figure, whose counted noun
    both share; None for any other figure."""
    lows = lowers(doc)
    if last + 5 >= len(doc) or lows[last + 2] not in _JOINS:
        return None
    people, second = doc[last + 1], last + 3
    if not (_people_word(people) and doc[second].like_num):
        return None
    if not (_people_word(doc[second + 1]) and doc[second + 2].pos_ == "NOUN"):
        return None
    return people.lower_, second
