"""Initials written with full stops (issue 12, entities; ents34).

Copy that spaces its tokens writes "U.S." as "U. S." and "N.Y." as "N. Y.", and NER tags the
letters as they come: "U. S. agencies" gives a person "U. S", "Schenectady, N. Y." a place
"N. Y" beside the article's New York, "a former F. B. I. supervisor" a person "F. B. I", "the
D. A.'s release" a person "D. A". Read without the stops, the letters are a known name or
no actor at all. An actor whose whole name is dotted capitals ("U. S", "N.Y", "F. B. I") is:

* no actor when the letters are a role, a degree or a sports list written so (:data:`_ROLES`,
  our own list: D.A., M.C., I.R., M.B.A., M.D., D.J. …): it goes;
* the country when the letters are one of the country table's short names ("U. S", "U.K",
  "U. A. E"): renamed (and folded into the country when the article names it);
* a US state when the letters are its two-letter postal code ("N. J", "N.Y"; not the codes
  that are English words, nor "D.C.", which stands beside its city): the state's name;
* Los Angeles or British Columbia for "L.A." and "B.C." (our own list; "B.C." after a figure,
  "500 B.C.", is a date's era and is left);
* an organisation's capitals when the letters are three or more ("F. B. I" → "FBI") or two
  that the aliases list knows ("U. N" → "UN"): renamed to the bare capitals, an organisation,
  so that the later merges of initials and aliases fold them into the name the article gives.

Two dotted capitals nothing above knows are left as they are ("H.R" of "H.R. Haldeman", a
person's initials "C. J." used as a name).
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_acronyms import known_alias
from newsbeat.enrich.actor_listings import us_state_names
from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, lookup_country

__all__ = ["bare_letters", "read_dotted_initials"]

# Every letter a capital followed by a full stop, the last stop optional ("N. Y", "F.B.I").
_DOTTED = re.compile(r"(?:[A-Z]\.[ \t]?)+[A-Z]\.?")
# Roles, degrees and lists written as dotted initials: no actor. Our own list.
_ROLES = frozenset(
    {
        "DA", "ADA", "MC", "IR", "DL", "MBA", "MD", "DJ", "RN", "JD", "DDS", "DO", "BA", "BS",
        "MA", "MS", "MFA", "LLB", "LLM", "CPA", "PA", "PI", "GP", "OB", "ER", "VP", "CEO",
    }
)  # fmt: skip
# Postal codes that are English words (kept apart, as merge_state_codes does) and the
# capital's district, which stands beside its city ("Washington, D.C.").
_STATE_EXCEPTIONS = frozenset({"IN", "OR", "ME", "OK", "HI", "DC"})
# Dotted places of our own list (an era after a year, "500 B.C.", is no actor before here).
_PLACES = {"LA": "Los Angeles", "BC": "British Columbia"}


def bare_letters(name: str) -> str | None:
    """The capitals of a name written as dotted initials ("N. Y" → "NY"), else None."""
    if _DOTTED.fullmatch(name) is None:
        return None
    return re.sub(r"[.\s]", "", name)


def read_dotted_initials(table: ArticleActors) -> None:
    """Drop, rename or fold the dotted initials of the module docstring, in place."""
    dotted = {name: bare_letters(name) for name in table.actors if "." in name}
    dropped = {name for name, letters in dotted.items() if letters in _ROLES}
    table.drop_actors(dropped)
    for name, letters in dotted.items():
        if letters is None or name in dropped or name not in table.actors:
            continue
        country = lookup_country(letters)
        if country is not None:
            _rename(table, name, country.name, "GPE", country.iso3)
        elif letters in _PLACES:
            _rename(table, name, _PLACES[letters], "GPE", None)
        elif len(letters) == 2 and letters in us_state_names():
            if letters not in _STATE_EXCEPTIONS:
                _rename(table, name, us_state_names()[letters], "GPE", None)
        elif len(letters) >= 3 or known_alias(letters):
            _rename(table, name, letters, "ORG", None)


def _rename(table: ArticleActors, name: str, new: str, label: str, iso3: str | None) -> None:
    """Fold ``name`` into ``new``: the actor the article names so keeps its own type; a new
    one gets ``label`` (and the country's code)."""
    if new in table.actors:
        rename_actor(table, name, new)
        return
    rename_actor(table, name, new)
    retype_actor(table, new, label)
    if iso3 is not None:
        table.actors[new].iso3 = iso3
