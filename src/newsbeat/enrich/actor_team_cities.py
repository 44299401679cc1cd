"""Teams named by their city or their nickname in sports copy (issue 12, entities; read37:
"games against Detroit and Carolina" GPE, "New Orleans have decided to rest him", "the
Bears" LOC, "the playoff-bound Panthers" NORP).

Sports copy names an opponent by its city ("against Tampa Bay on October 30") or its nickname
alone ("the Bears"), and the model types the city a place and the nickname a place, a
nationality or a person. Which team a city or a nickname names depends on the league, so the
rule reads the league first, from data (``data/sports_teams.json``: the teams of the NFL, NBA,
NHL and MLB as ``Place|Nickname``, with the names they used since 2000):

* the article's league is the one league of which it names a team in full ("the New Orleans
  Saints"); an article that names none takes the one league of which it writes two
  nicknames after "the" ("the Saints", "the Bears"), or one beside the league's initialism
  ("NFL"); else there is none and nothing changes (one nickname alone says nothing: "the
  Saints", "the Senators", "the Royals");
* a one-word place, nationality or person actor that is a nickname of the league ("Bears",
  "Panthers", the short "Bucs") is the team: the one team of the league with that nickname
  (its full name), else the nickname itself as an organisation. Guards: a known first name,
  a person of the article bearing the word, a country's word;
* a mention of a place that names exactly one team of the league ("Detroit", "Tampa";
  "New York" names two NFL teams and stays) is that team where only a team can stand: after
  "against", "versus", "beat", "lost to", "win over" … (and the places listed after them:
  "against San Diego, Atlanta, Kansas City and Green Bay"), or before a plural verb or a
  team's verb ("New Orleans have decided", "New Orleans signed CB …"). Every other mention
  stays the place ("the team's trip to Detroit", "his third season in New Orleans"). When
  every mention of the place is the team, the actor keeps the name as written and becomes an
  organisation ("Tampa" ORG: a relation names the team as the sentence does, and the gold
  names actors as written), unless it is only ever a game's opponent and the article names
  the team in full ("a loss to Chicago" beside "the Chicago Bears": one actor; a game's result
  is no relation the gold requires); when the article also writes the place, the team's mentions go
  to the team's full name ("Detroit Lions") and the place keeps the others.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import cache
from importlib import resources

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, lookup_country
from newsbeat.enrich.names import is_first_name

__all__ = ["league_of", "type_team_cities"]


@cache
def _data() -> dict[str, object]:
    raw = resources.files("newsbeat").joinpath("data/sports_teams.json").read_text("utf-8")
    data: dict[str, object] = json.loads(raw)
    return data


@cache
def _teams() -> dict[str, list[tuple[str, str]]]:
    """Each league's teams, current and former, as (place, nickname)."""
    data = _data()
    out: dict[str, list[tuple[str, str]]] = {}
    for key in ("leagues", "former"):
        for league, names in data[key].items():  # type: ignore[attr-defined]
            out.setdefault(league, []).extend(tuple(n.split("|")) for n in names)
    return out


@cache
def _short_places() -> dict[str, str]:
    return dict(_data()["short_places"])  # type: ignore[call-overload]


@cache
def _short_nicknames() -> dict[str, str]:
    return dict(_data()["short_nicknames"])  # type: ignore[call-overload]


@cache
def _nicknames() -> str:
    """Every nickname of every league, as one alternation."""
    words = {nick for teams in _teams().values() for _, nick in teams}
    words |= set(_short_nicknames())
    return "|".join(sorted(map(re.escape, words)))


@cache
def _nickname_gate() -> re.Pattern[str]:
    """Any nickname of any league, as a word: an article without one is left at once."""
    return re.compile(r"\b(?:" + _nicknames() + r")\b")


@cache
def _full_names() -> dict[str, re.Pattern[str]]:
    """Per league, one pattern of its teams' full names."""
    return {
        league: re.compile(
            r"\b(?:" + "|".join(sorted(re.escape(f"{p} {n}") for p, n in teams)) + r")\b"
        )
        for league, teams in _teams().items()
    }


def league_of(text: str) -> str | None:
    """The one league whose teams the text names (module docstring), or None."""
    if _nickname_gate().search(text) is None:
        return None
    named = {league for league, pattern in _full_names().items() if pattern.search(text)}
    if len(named) == 1:
        return named.pop()
    if named:
        return None
    said = set(_said_with_the().findall(text))
    evidence = [
        league
        for league, teams in _teams().items()
        if len(said & {n for _, n in teams}) >= 2
        or (re.search(rf"\b{league}\b", text) and said & {n for _, n in teams})
    ]
    return evidence[0] if len(evidence) == 1 else None


@cache
def _said_with_the() -> re.Pattern[str]:
    """A nickname after "the" ("the Saints", "The Bears")."""
    return re.compile(r"\b[Tt]he (" + _nicknames() + r")\b")


# Words before a team named as an opponent; a list of places may follow them.
_CUE = (
    r"(?:against|vs\.?|versus|beat|beating|defeated|defeating|(?:lost|loss|losses|losing|fell"
    r"|falling) to|(?:win|wins|victory|victories|won) over)"
)
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_OPPONENT_BEFORE = re.compile(rf"\b{_CUE}\s+(?:{_PLACE}(?:,\s+|,?\s+and\s+))*\Z")
# A plural verb or a verb only a team does right after the place.
_TEAM_VERB_AFTER = re.compile(
    r"\s+(?:have|are|were|(?:re-)?signed|released|waived|drafted|traded|acquired|placed"
    r"|activated)\b(?!\s+been\b)"
)
_LISTED_BEFORE = re.compile(r"[A-Z][\w.'’-]*(?:,|\s+and)\s*\Z")


def _team_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 120) : start]
    if _OPPONENT_BEFORE.search(before):
        return True
    return _TEAM_VERB_AFTER.match(text, end) is not None and not _LISTED_BEFORE.search(before)


def type_team_cities(table: ArticleActors) -> None:
    """Type the article's teams named by nickname or city (module docstring), in place."""
    text = table.text
    league = league_of(text)
    if league is None:
        return
    teams = _teams()[league]
    named = {f"{p} {n}" for p, n in teams if f"{p} {n}" in table.actors}
    _type_nicknames(table, teams, named)
    by_place: dict[str, set[str]] = {}
    for place, nick in teams:
        by_place.setdefault(place, set()).add(f"{place} {nick}")
    moved = []
    for m in table.mentions:
        info = table.actors.get(m.actor)
        if m.label not in {"GPE", "LOC"} or info is None or info.type not in {"GPE", "LOC"}:
            continue
        written = text[m.start : m.end]
        full = by_place.get(_short_places().get(written, written), set())
        if len(full) == 1 and _team_context(text, m.start, m.end):
            moved.append((m, next(iter(full))))
    whole = {
        place
        for place in {m.actor for m, _ in moved}
        if sum(m.actor == place for m, _ in moved) == table.actors[place].mentions
    }
    for place in whole:  # every mention is the team: the name as written, an organisation
        retype_actor(table, place, "ORG")
        team = next(t for m, t in moved if m.actor == place)
        if team in table.actors and all(
            _OPPONENT_BEFORE.search(text[max(0, m.start - 120) : m.start])
            for m, _ in moved
            if m.actor == place
        ):  # only a game's opponent, the team named in full too: one actor (ents39)
            rename_actor(table, place, team)
    for m, team in moved:
        if m.actor in whole:
            continue
        table.mentions[table.mentions.index(m)] = replace(m, actor=team, label="ORG")
        info = table.actors.get(team)
        if info is None:
            table._add(team, "ORG", m.start, m.end)
            table.mentions.pop()  # the mention is already in place
        else:
            info.mentions += 1
        table.drop_mention(m.actor)


def _type_nicknames(table: ArticleActors, teams: list[tuple[str, str]], named: set[str]) -> None:
    borne = {w for a in table.actors.values() if a.type == "PERSON" for w in a.name.split()}
    for name, info in list(table.actors.items()):
        if info.type not in {"GPE", "LOC", "NORP", "PERSON"} or " " in name or info.iso3:
            continue
        nick = _short_nicknames().get(name, name)
        full = {f"{p} {n}" for p, n in teams if n == nick}
        if not full or is_first_name(name) or name in borne or lookup_country(name):
            continue
        chosen = full & named or full
        retype_actor(table, name, "ORG")
        table.mentions = [
            replace(m, label="ORG") if m.actor == name and m.label == "NORP" else m
            for m in table.mentions
        ]
        if len(chosen) == 1:
            rename_actor(table, name, next(iter(chosen)))
