"""Teams NER took for people or places (issue 12, item 3).

A sports team is named by a place and the plural of a common noun ("Miami Dolphins", "the
Charlotte Bobcats"), or by that plural alone after "the" ("with the Dolphins"). The noun is
checked against the English word list of the parsing pipeline's lemmatizer (WordNet's nouns,
:func:`~newsbeat.enrich.nlp.common_nouns`), the place against the gazetteer: a surname that
looks plural ("Nichols", "Cheeks" after "Maurice") is no noun's plural or has no place before
it, and a place name made of a plural ("Colorado Springs", "United Arab Emirates") is itself in
the gazetteer or ends with a place word.

* "<place> <plural noun>" typed PERSON or GPE, the whole no place, is an organisation; when
  the place is also a first name ("Gary Stills", "Barry Sanders" are people), only if the
  article writes "the" before the name or its last word ("the Dallas Herons", "the Herons");
  so is a town and a football club's last word ("Leeds United", "Bristol Rovers") and, typed
  PERSON and written with "the", a town and a singular noun that names no place or building
  ("the Oklahoma City Thunder"), unless the town is a first name ("Paris Hilton");
* a one-word "person" that is the plural of a common noun, said with "the" at least once ("the
  Dolphins"), with nothing of a person (no title or role, no first name of the list, no person
  of the article with that surname, or its singular for a family: "the Kennedys") and no
  nationality ("the Greeks"), is the team: the article's "<place> <word>" organisation when
  there is exactly one, else an organisation of its own;
* the two names of a result line opening a paragraph ("Herons 4, Gulls 1: Mara Lind
  scored twice") or of a line that is a score alone ("Velmar United 2-1 Orsk City", not
  between two first names: "Ana Holm 6-4 Ida Berg"), typed a person, a nationality or a
  non-gazetteer place, are teams; in an article with such lines a one-word nationality
  that is a noun's plural said with "the" and no country's ("the Islanders") is a team too,
  and a first name and a surname (no common noun) typed an organisation ("Brad Orsk added
  three assists") is a player;
* a place that a player signs with or is traded to or from ("sign with Boston", "traded from
  Atlanta to Denver") is that city's team, when the article names exactly one team of the
  city in full ("the Boston Herons", a name ending in a plural-looking word): only teams
  sign players and trade them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country
from newsbeat.enrich.actor_unify import named_like_a_person
from newsbeat.enrich.name_context import standalone_occurrences
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = ["noun_plural", "numbered_team_name", "type_teams"]

# Plural words of place names that are no team ("the Cayman Islands", "Colorado Springs").
PLACE_PLURALS = frozenset(
    {
        "islands", "heights", "falls", "springs", "gardens", "hills", "mountains", "states",
        "lakes", "rapids", "woods", "plains", "keys", "isles", "highlands", "rocks", "flats",
        "emirates", "territories", "provinces", "ridges", "shores", "sands", "palms", "glades",
        "aves", "avenues", "streets", "roads", "squares", "towers",
    }
)  # fmt: skip
_NUMBERED = re.compile(r"\d+ers")  # "76ers"
# Words that end a football club's name after its town ("Leeds United", "Bristol Rovers").
_CLUB_ENDS = frozenset({"United", "Rovers", "Athletic", "Wanderers", "Albion", "Hotspur", "FC"})
_CLUB_ENDS |= frozenset({"AFC"})
# Nouns after a place that name a place or a building of it, not a team's mascot.
_PLACE_NOUNS = frozenset(
    {
        "city", "county", "park", "harbour", "harbor", "bay", "river", "street", "square",
        "station", "airport", "bridge", "hall", "centre", "center", "stadium", "arena",
        "university", "college", "school", "hospital", "church", "court", "house", "tower",
        "port", "beach", "valley", "lake", "mountain", "island", "coast", "road", "avenue",
        "museum", "library", "zoo", "prison", "jail", "mall", "market", "hotel", "theatre",
        "theater", "castle", "palace", "cathedral", "marathon", "police", "council", "state",
    }
)  # fmt: skip


def numbered_team_name(name: str) -> bool:
    """Whether the only digits of a name are those of a team's numbered plural ("Philadelphia
    76ers", "the 49ers"): every word with a digit is such a plural (not "Flight 253", "Apollo
    11", "Boeing 737", "G20")."""
    numbered = [w for w in name.split() if any(ch.isdigit() for ch in w)]
    return bool(numbered) and all(_NUMBERED.fullmatch(w.lower()) for w in numbered)


def noun_plural(word: str, nouns: frozenset[str]) -> str | None:
    """The singular of a capitalised plural of a common noun ("Dolphins" -> "dolphin",
    "Bulldogs", "76ers" -> "76er"); None for anything else ("Nichols", "Islands")."""
    lower = word.lower()
    if _NUMBERED.fullmatch(lower):
        return lower[:-1]
    if not re.fullmatch(r"[A-Z][a-z]+s", word) or lower.endswith("ss") or lower in PLACE_PLURALS:
        return None
    for singular in (lower[:-1], lower[:-2] if lower.endswith("es") else ""):
        if singular in nouns:
            return singular
    if lower.endswith("ies") and lower[:-3] + "y" in nouns:
        return lower[:-3] + "y"
    return None


def type_teams(doc: Doc, table: ArticleActors) -> None:
    """Apply the two rules of the module docstring to an article's actors, in place."""
    from newsbeat.enrich.nlp import common_nouns

    nouns = common_nouns(doc)
    if not nouns:
        return
    _teams_named_in_full(table, nouns)
    results = _teams_of_result_lines(table)
    _teams_by_their_word(table, nouns, {"PERSON", "NORP"} if results else {"PERSON"})
    if results:
        for name, info in list(table.actors.items()):
            if info.type == "ORG" and named_like_a_person(name, nouns):
                retype_actor(table, name, "PERSON")
    _teams_by_their_city(table)


def _titled(table: ArticleActors, name: str) -> bool:
    return bool(table.actors[name].roles) or any(m.title for m in table.mentions if m.actor == name)


def _teams_named_in_full(table: ArticleActors, nouns: frozenset[str]) -> None:
    for name, info in list(table.actors.items()):
        words = name.split()
        if info.type not in {"PERSON", "GPE", "LOC"} or len(words) < 2:
            continue
        if known_place(name) or _titled(table, name):
            continue
        place = " ".join(words[:-1])
        if not known_place(place):
            continue
        if words[-1] in _CLUB_ENDS or _mascot(table, name, info.type, nouns):
            # "Leeds United", "the Oklahoma City Thunder"; "Paris Hilton" keeps the person
            if not is_first_name(place):
                retype_actor(table, name, "ORG")
            continue
        if noun_plural(words[-1], nouns) is None:
            continue
        # "Gary Stills", "Barry Sanders": a first name that is also a town is no team's
        # unless the article says "the" before it ("the Dallas Herons", "the Herons")
        if not is_first_name(place) or _said_with_the(table.text, (name, words[-1])):
            retype_actor(table, name, "ORG")


def _mascot(table: ArticleActors, name: str, kind: str, nouns: frozenset[str]) -> bool:
    """ "the Oklahoma City Thunder", "the Orsa Heat": a "person" named by a place and one
    capitalised singular common noun that names no place or building, written with "the"."""
    last = name.split()[-1]
    return (
        kind == "PERSON"
        and last[:1].isupper()
        and last.lower() in nouns
        and last.lower() not in _PLACE_NOUNS
        and _said_with_the(table.text, (name,))
    )


def _teams_by_their_word(table: ArticleActors, nouns: frozenset[str], types: set[str]) -> None:

    borne = {w for a in table.actors.values() if a.type == "PERSON" for w in a.name.split()[1:]}
    for name, info in list(table.actors.items()):
        if info.type not in types or " " in name or info.iso3:
            continue
        singular = noun_plural(name, nouns)
        if singular is None or lookup_country(singular) is not None or is_first_name(name):
            continue
        if _titled(table, name) or name in borne or any(w.lower() == singular for w in borne):
            continue
        if not any(_after_the(table.text, m.start) for m in table.mentions if m.actor == name):
            continue
        full = [
            a.name
            for a in table.actors.values()
            if a.type == "ORG"
            and a.name.endswith(" " + name)
            and known_place(a.name[: -len(name) - 1])
        ]
        nationality_word = info.type == "NORP"
        if len(full) == 1:
            rename_actor(table, name, full[0])
        else:
            retype_actor(table, name, "ORG")
        if nationality_word:  # a team's word is no nationality word: no mention stays NORP
            table.mentions = [
                replace(m, label="ORG") if m.label == "NORP" and m.actor in (name, *full) else m
                for m in table.mentions
            ]


# A result line: two names and their scores, then a colon or a dash, at a paragraph's start
# ("Herons 4, Gulls 1: ...", "Orsa Rovers 2, Kittby 0 (OT) - ...").
_TEAM = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
_RESULT_LINE = re.compile(
    rf"^[ \t]*({_TEAM}) \d{{1,3}}, ({_TEAM}) \d{{1,3}}(?: \((?:\d?OT|SO)\))?[ \t]*[:—–-]",
    re.MULTILINE,
)
# A score line standing alone: "Velmar United 2-1 Orsk City" (the score between the names).
_SCORE_LINE = re.compile(
    rf"^[ \t]*({_TEAM}) \d{{1,3}} ?[-–] ?\d{{1,3}} ({_TEAM})[ \t]*$", re.MULTILINE
)


def _teams_of_result_lines(table: ArticleActors) -> bool:
    """Type the names of the article's result lines as teams; whether it has any."""
    found = False
    scores = [m for m in _SCORE_LINE.finditer(table.text) if not _players(m)]
    lines = [*_RESULT_LINE.finditer(table.text), *scores]
    for match in lines:
        found = True
        for group in (1, 2):
            mention = table.actor_at(*match.span(group))
            if mention is None or mention.actor not in table.actors:
                continue
            info = table.actors[mention.actor]
            if info.type not in {"PERSON", "NORP", "LOC", "GPE"} or info.iso3:
                continue
            if known_place(mention.actor) or _titled(table, mention.actor):
                continue
            retype_actor(table, mention.actor, "ORG")
            table.mentions = [
                replace(m, label="ORG") if m.actor == mention.actor else m for m in table.mentions
            ]
    return found


def _players(score: re.Match[str]) -> bool:
    """A score line between people ("Ana Holm 6-4 Ida Berg"): a name opens with a first name."""
    return any(is_first_name(score.group(g).split()[0]) for g in (1, 2))


# Contexts where a place can only be a team: players sign with teams and are traded by them.
_TEAM_CONTEXT = re.compile(r"\b(?:(?:re-?)?sign(?:s|ed|ing)? with|traded (?:from|to)|to)\s+$")
_TRADED = re.compile(r"\btraded from\s+[A-Z][\w. ]*?\s+to\s+$")


def _teams_by_their_city(table: ArticleActors) -> None:
    """Give a city's mention that signs or trades players to its one team named in full."""
    text = table.text
    teams: dict[str, list[str]] = {}
    for a in table.actors.values():
        words = a.name.split()
        if a.type == "ORG" and len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]*[sx]", words[-1]):
            for cut in range(1, len(words) - 1 + 1):
                teams.setdefault(" ".join(words[:cut]), []).append(a.name)
    if not teams:
        return
    moved = []
    for m in table.mentions:
        if m.label not in {"GPE", "LOC"} or len(teams.get(m.actor, [])) != 1:
            continue
        before = text[max(0, m.start - 40) : m.start]
        context = _TEAM_CONTEXT.search(before)
        if context is None or (context.group(0).startswith("to") and not _TRADED.search(before)):
            continue
        moved.append((m, teams[m.actor][0]))
    for m, team in moved:
        index = table.mentions.index(m)
        table.mentions[index] = replace(m, actor=team, label="ORG")
        table.actors[team].mentions += 1
        table.actors[m.actor].mentions -= 1
        if table.actors[m.actor].mentions <= 0 and not any(
            x.actor == m.actor for x in table.mentions
        ):
            del table.actors[m.actor]


def _said_with_the(text: str, names: tuple[str, ...]) -> bool:
    """Whether the text writes "the" right before one of the names."""
    return any(
        standalone_occurrences(text, f"the {n}") or standalone_occurrences(text, f"The {n}")
        for n in names
    )


def _after_the(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows "the" ("with the Dolphins", "The Jays led")."""
    return text[max(0, start - 4) : start].lower() == "the " and (
        start < 5 or not text[start - 5].isalnum()
    )
