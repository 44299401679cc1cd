"""A one-word "nationality" that does what people do: a person named by a surname (issue 12,
entities; ents37).

NER types a boxer's surname a nationality throughout a fight report: "Klitschko dominated from
the outset", "Klitschko had him on the canvas", '"…," Klitschko said' — NORP at every mention
but one, so the article lists no person of that name. A one-word NORP actor is a person when

* its word has no shape of a people's word: no country, demonym or people of the tables
  (``data/countries.json``, :mod:`~.actor_peoples`), no ending of a nationality or a creed
  ("-an", "-ese", "-ish", "-ic", "-ist", "-i", "-ch": "Sicilian", "Islamic", "Socialist"), no
  common noun or its plural ("Feds", "Mothers");
* two of its mentions or more are the subject or the owner of a clause with no determiner
  before them ("Klitschko landed", "Klitschko's left jab"; not "the Republican said");
* and a mention carries a person's mark: NER tags it a person ("Klitschko's record" PERSON),
  a person's pronoun in the clause it is the subject of ("Klitschko improved his record"), or
  "who" after it ("Klitschko, who has not lost"). Speaking or acting alone is no person's
  mark: a company buys and says too ("Lionsgate recently bought …").

Guards: a nationality's word, a group's plural, one subject only, no person's mark.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_common_nouns import _nouns
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_peoples import is_people_word
from newsbeat.enrich.actor_table import lookup_country
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["type_norp_people"]

_PEOPLE_ENDINGS = re.compile(r"(?:an|ans|ese|ish|ic|ics|ist|ists|i|is|ch)\Z")
_ROLES = frozenset({"nsubj", "nsubjpass", "poss"})
_MIN_SUBJECTS = 2
_PERSONAL = frozenset({"his", "her", "himself", "herself"})


def _shaped_like_a_people(name: str, nouns: frozenset[str]) -> bool:
    low = name.lower()
    return (
        lookup_country(name) is not None
        or is_people_word(name)
        or _PEOPLE_ENDINGS.search(low) is not None
        or low in nouns
        or low.rstrip("s") in nouns
    )


def _said_of_a_person(tok: Token, end: int) -> bool:
    """ "Klitschko improved his record", "Klitschko, who has not lost": a person's pronoun in
    the clause the mention is the subject of, or "who" after it."""
    if doc_text(tok.doc).startswith(", who ", end):
        return True
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(t.lower_ in _PERSONAL for t in tok.head.subtree if t.i > tok.i)


def type_norp_people(doc: Doc, table: ArticleActors) -> None:
    """Type the people of the module docstring PERSON, in place."""
    norps = [
        n
        for n, a in table.actors.items()
        if a.type == "NORP" and a.iso3 is None and " " not in n and n[:1].isupper()
    ]
    if not norps:
        return
    nouns = _nouns(doc)
    starts = {t.idx: t for t in doc}
    person_ents = {e.start_char for e in doc.ents if e.label_ == "PERSON"}
    for name in norps:
        if _shaped_like_a_people(name, nouns):
            continue
        subjects = 0
        marked = False
        for m in table.mentions:
            if m.actor != name:
                continue
            tok = starts.get(m.start)
            if tok is None:
                continue
            marked = marked or m.start in person_ents or _said_of_a_person(tok, m.end)
            if tok.dep_ in _ROLES and not (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET"):
                subjects += 1
        if subjects >= _MIN_SUBJECTS and marked:
            table.mentions = [
                replace(m, label="PERSON") if m.actor == name else m for m in table.mentions
            ]
            retype_actor(table, name, "PERSON")
