"""Companies named with their stock ticker (issue 12, entities; ents34).

Market copy writes a listed company's ticker in brackets after its name: "peer Lowe's (LOW)
is off too", "Kessvik (NYSE: KSV) fell". NER takes a one-word company for a person ("Lowe")
or a place. A name that a mention writes before a ticker is a company: a PERSON, GPE or LOC
actor with such a mention becomes an organisation. A ticker is two to five capitals after an
exchange's name ("NYSE: KSV") or, without one, capitals that open the name's own letters
("LOW" of "Lowe", "KESS" of "Kessvik").

Guards: a party's letter after a politician ("Nick Rahall (D)", "Ana Holm (R-Ohio)") is one
capital, no ticker; initials a text defines ("Union of Kessel Scientists (UKS)") open no name.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["type_ticker_companies"]

_TICKER_AFTER = re.compile(
    r"(?:['’]s)?[ \t]*\((?P<exchange>(?:NYSE|NASDAQ|Nasdaq|AMEX|LSE|TSX|ASX)[ \t]*:[ \t]*)?"
    r"(?P<ticker>[A-Z]{2,5})\)"
)
_RETYPED = frozenset({"PERSON", "GPE", "LOC"})


def _ticker_of(name: str, text: str, end: int) -> bool:
    """Whether the mention of ``name`` ending at ``end`` is followed by its ticker."""
    match = _TICKER_AFTER.match(text, end)
    if match is None:
        return False
    if match.group("exchange"):
        return True
    letters = re.sub(r"[^A-Za-z]", "", name).upper()
    return letters.startswith(match.group("ticker"))


def type_ticker_companies(table: ArticleActors) -> None:
    """Make the actors written before their ticker organisations, in place."""
    if "(" not in table.text:
        return
    named = {
        m.actor
        for m in table.mentions
        if m.label in _RETYPED and _ticker_of(m.actor, table.text, m.end)
    }
    for name in named:
        if name in table.actors and table.actors[name].type in _RETYPED:
            retype_actor(table, name, "ORG")
