"""Merchant ships named after their kind: no actors (issue 12, entities; read38: "merchant
vessel Gibe" ORG, "the pirate dhow, Salahaddin" GPE, "a fishing vessel named Salaluddin"
NORP, "a dhow was identified as Salahuddin" PERSON, "a Saudi oil carrier (NCC Tihama)" GPE,
"Saudi supertanker Sirius Star" ORG, "the M/S Columbus" ORG).

The guidelines count a merchant ship as no entity (a navy's ship is an organisation:
:func:`~newsbeat.enrich.actor_merge.type_vessels`, which reads the prefixed names "MV Gibe",
"INS Mysore"). Copy names a merchant ship right after the word for its kind instead, and the
model types the name anything. An actor is such a ship when one of its mentions follows a
merchant ship's noun (:data:`_KIND`: "vessel", "dhow", "supertanker", "trawler", "oil
carrier", "cargo ship" …; not "carrier" alone, an airline's word), with at most a comma, an
opening bracket, "named", "called", "identified as (bearing the name)" or a prefix ("NCC",
"M/S") between, or "craft" or "boat" and "called" or "named"; or its name or a mention is
"M/S <Name>". A navy's ship ("naval ship Mysore",
"warship", "destroyer") is not read here, nor a country, a place of the gazetteer or an actor
that speaks ("a vessel named Orsk" is rare; "the vessel Kaldria" is a country's word).
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country

__all__ = ["drop_merchant_ships"]

# Nouns of a merchant ship, and the words between the noun and the name. Our own list.
_KIND = (
    r"(?:(?:merchant|fishing|cargo|container|cruise)\s+(?:vessel|ship)|vessel|dhow|tanker"
    r"|supertanker|trawler|freighter|(?:oil|bulk|gas|LNG|car)\s+carrier|cargo\s+boat|yacht)"
)
_BETWEEN = (
    r"(?:,\s*|\s*\(\s*|\s+)(?:(?:was\s+)?identified\s+as\s+(?:bearing\s+the\s+name\s+)?"
    r"|named\s+|called\s+)?(?:(?:NCC|M/S|M/V|M/T)\s+)?"
)
_AFTER_KIND = re.compile(rf"\b{_KIND}{_BETWEEN}\Z|\b(?:craft|boat),?\s+(?:called|named)\s+\Z")
_PREFIX = re.compile(r"\bM/[SVT]\s+\Z")


def drop_merchant_ships(table: ArticleActors) -> None:
    """Drop the merchant ships of the module docstring, in place."""
    text = table.text
    if not any(
        w in text for w in ("vessel", "dhow", "tanker", "trawler", "carrier", "M/", "yacht")
    ):
        return
    ships = set()
    for m in table.mentions:
        info = table.actors.get(m.actor)
        if info is None or info.iso3 or m.actor in ships:
            continue
        before = text[max(0, m.start - 60) : m.start]
        prefixed = m.actor.startswith(("M/S ", "M/V ", "M/T "))
        if not prefixed and _AFTER_KIND.search(before) is None and not _PREFIX.search(before):
            continue
        if lookup_country(m.actor) is not None or known_place(m.actor) or info.roles:
            continue
        ships.add(m.actor)
    table.drop_actors(ships)
