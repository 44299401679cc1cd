"""A firm or a team typed a person by its full name (issue 12, entities; ents39: "Gordon
Advisors issued a statement" and "the accounting firm, Gordon Advisors" PERSON in two ECB+
articles, ORG in six others; "the New York Mets, who just exercised …" PERSON).

A name of two or more words ending in a firm's plural word (:data:`_FIRM_ENDS`: "Advisors",
"Partners", "Associates", "Holdings" …; our own list) names a firm, not a person: no one's
surname is "Advisors". A team of the package's team list named in full ("New York Mets",
``data/sports_teams.json``) is the team. Such a PERSON actor is typed ORG. Guard: a name
after an honorific or with a role ("Mr. Ivo Ventures") stays.
"""

from __future__ import annotations

from functools import cache

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import HONORIFICS, ArticleActors
from newsbeat.enrich.actor_team_cities import _teams

__all__ = ["firm_or_team_name", "type_firm_names"]

_FIRM_ENDS = frozenset(
    {"Advisors", "Advisers", "Partners", "Associates", "Holdings", "Consultants", "Ventures"}
    | {"Investments", "Securities", "Enterprises", "Industries", "Technologies", "Solutions"}
)


@cache
def _full_team_names() -> frozenset[str]:
    """Every team of ``data/sports_teams.json`` as "<Place> <Nickname>"."""
    return frozenset(
        f"{place} {nickname}" for teams in _teams().values() for place, nickname in teams
    )


def firm_or_team_name(name: str) -> bool:
    """Whether ``name`` ends in a firm's plural word or is a listed team's full name."""
    words = name.split()
    return (len(words) >= 2 and words[-1] in _FIRM_ENDS) or name in _full_team_names()


def _titled(text: str, start: int) -> bool:
    """An honorific right before ``start`` ("Mr. |Ivo Ventures")."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].lower() in HONORIFICS


def type_firm_names(table: ArticleActors) -> None:
    """Type the firms and teams of the module docstring ORG, in place."""
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or info.roles or not firm_or_team_name(name):
            continue
        if any(_titled(table.text, m.start) for m in table.mentions if m.actor == name):
            continue
        retype_actor(table, name, "ORG")
