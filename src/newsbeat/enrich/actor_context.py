"""Actor types from the words around a name, after NER (issue 12, item 3).

Each rule reads the article's own text, never a guess about the name alone:

* a one-word "place" that starts the name of a company of the article is that company
  ("Verizon" beside "Verizon Communications Inc."); so is a one-word "person" with nothing
  of a person (no title, role or first name, no person of the article with that surname);
* a place after a prison prefix is the prison ("HMP Belmarsh"), and so is the place before
  "prison" or "jail" beside it ("held at Belmarsh prison");
* a place followed by a team's plural word is the team ("Philadelphia 76ers");
* an untagged plural capitalised word before a player's role and a person is that person's
  team ("Chargers receiver Vincent Jackson");
* a nickname in brackets inside a person's name is that person ("Luis (Jerry) Ortiz");
* a nationality word before a place name's plural is that place ("Hawaiian Gardens");
* a one-word name joining words in camel case around a place of the gazetteer is an outlet
  or a site, no place ("MyFoxKaldria", "KaldriaNews");
* a one-word "place" that starts the name of exactly one public body of the article is that
  body ("Interior" beside "the Interior Department");
* a "place" the text calls a group or employs people at is an organisation ("a lawyer with
  Seaguard, an environmental group", "Seaguard attorney Lena Holm");
* a capitalised adjective no gazetteer knows (written in lower case elsewhere, or shaped
  like one: "-al", "-ine", "-ous"), only ever before a common noun ("the Naval commandos",
  "Marine units"), names nothing;
* "Navy" alone is the one "<country> Navy" of the article;
* a city that does something ("Kansas City managed a field goal") or owns something that is
  no name ("Kansas City's opening drive") is its team when the article names the team in full
  ("the Kansas City Chiefs"); "in Kansas City" and "New York's Manhattan" stay places.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country
from newsbeat.enrich.doc_arrays import expanded_bounds, indices_in, lowers, texts
from newsbeat.enrich.name_context import after_space_run, at_boundary, holds_any
from newsbeat.enrich.names import is_first_name, place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


__all__ = ["type_by_context"]

_COMPANY_ENDS = frozenset(
    {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group", "holdings", "communications"}
)
# Last words that make a name a company's, never a person's ("Masten Space Systems").
_FIRM_ENDS = _COMPANY_ENDS | frozenset(
    {
        "systems", "technologies", "airlines", "airways", "aerospace", "robotics",
        "industries", "motors", "laboratories", "pharmaceuticals", "enterprises",
        "solutions", "networks", "ventures", "studios", "studio", "design", "designs",
        "architects", "associates", "partners", "productions", "records", "pictures", "labs",
    }
)  # fmt: skip
_PRISON_WORDS = ("HMP", "HMYOI")  # "HMP Belmarsh": a prison, not the place
_PRISON_PREFIXES = tuple(f"{w} " for w in _PRISON_WORDS)  # how a prison's name starts
_PRISON_AFTER = re.compile(r"\s+(?:prison|jail|Prison|Jail)\b")
# Plural words of place names that are no team ("the Cayman Islands", "Colorado Springs").
_PLACE_PLURALS = frozenset(
    {
        "islands", "heights", "falls", "springs", "gardens", "hills", "mountains", "states",
        "lakes", "rapids", "woods", "plains", "keys", "isles", "highlands", "rocks", "flats",
    }
)  # fmt: skip
_PLAYER_ROLES = frozenset(
    {
        "receiver", "lineman", "linebacker", "quarterback", "tackle", "cornerback", "safety",
        "defensive", "offensive", "forward", "midfielder", "striker", "pitcher", "outfielder",
        "guard", "center", "coach", "owner", "player", "goalkeeper", "defender", "captain",
    }
)  # fmt: skip
_NICKNAME = re.compile(r"\b[A-Z][a-z]+ \(([A-Z][a-z]+)\) ([A-Z][a-z'’-]+)\b")
_NICKNAME_GATE = re.compile(r"\([A-Z][a-z]+\) [A-Z]")  # in every match; searched fast


def type_by_context(doc: Doc, table: ArticleActors) -> None:
    """Apply the rules of the module docstring to an article's actors, in place."""
    _company_short_names(table)
    _companies_tagged_persons(table)
    _prisons(table)
    _teams_after_places(doc, table)
    _teams_before_roles(doc, table)
    _nicknames(table)
    _places_named_by_nationality(doc, table)
    _camel_case_outlets(table)
    _body_short_names(table)
    _organisations_by_context(table)
    _capitalised_adjectives(doc, table)
    _national_forces(table)
    _teams_named_by_city(doc, table)


def _retype(table: ArticleActors, name: str, label: str) -> None:
    from dataclasses import replace

    table.actors[name].type = label
    table.mentions = [replace(m, label=label) if m.actor == name else m for m in table.mentions]


def _company_short_names(table: ArticleActors) -> None:
    companies = [
        a.name
        for a in table.actors.values()
        if a.type == "ORG" and a.name.split()[-1].lower().rstrip(".") in _COMPANY_ENDS
    ]
    borne = {
        a.name.split()[-1] for a in table.actors.values() if a.type == "PERSON" and " " in a.name
    }
    for name, info in list(table.actors.items()):
        if " " in name or not any(c.startswith(name + " ") for c in companies):
            continue
        if info.type in {"GPE", "LOC"} and not info.iso3 and not place_kind(name):
            _retype(table, name, "ORG")
        elif info.type == "PERSON" and _no_person_evidence(table, name, borne):
            _retype(table, name, "ORG")  # "Crowley's Web site" beside "Crowley Maritime Corp."


def _companies_tagged_persons(table: ArticleActors) -> None:
    """A "person" of several words ending in a company word ("Masten Space Systems", "Orsa
    Holdings Ltd") is that company, unless a mention carries a person's title."""
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or " " not in name:
            continue
        if name.split()[-1].lower().rstrip(".") not in _FIRM_ENDS or info.roles:
            continue
        if not any(m.title for m in table.mentions if m.actor == name):
            _retype(table, name, "ORG")


def _no_person_evidence(table: ArticleActors, name: str, borne: set[str]) -> bool:
    """A one-word "person" with nothing of a person: no title or role, no first name the
    list knows, no person of the article named in full with it as surname."""
    return (
        not table.actors[name].roles
        and name not in borne
        and not is_first_name(name)
        and not any(m.title for m in table.mentions if m.actor == name)
    )


def _prisons(table: ArticleActors) -> None:
    from dataclasses import replace

    for index, m in enumerate(table.mentions):
        if m.label not in {"GPE", "LOC", "PERSON"}:
            continue
        prefix = _prison_before(table.text, m.start)
        if prefix is not None:
            name = f"{table.text[prefix : m.start].strip()} {m.actor}"
            table.actors.setdefault(name, type(table.actors[m.actor])(name=name, type="ORG"))
            table.actors[name].mentions += 1
            table.mentions[index] = replace(m, actor=name, label="ORG", start=prefix)
    if not any(name.startswith(_PRISON_PREFIXES) for name in table.actors):
        return  # no prison of the article: the passes below find nothing to move or count
    # "held at Belmarsh prison" beside "HMP Belmarsh": the prison too, not the place
    for index, m in enumerate(table.mentions):
        prison = next(
            (f"{w} {m.actor}" for w in _PRISON_WORDS if f"{w} {m.actor}" in table.actors), None
        )
        if prison is None or m.label not in {"GPE", "LOC", "PERSON"}:
            continue
        if _PRISON_AFTER.match(table.text, m.end):
            table.actors[prison].mentions += 1
            table.mentions[index] = replace(m, actor=prison, label="ORG")
    for name in [n for n, info in table.actors.items() if info.type != "ORG"]:
        left = sum(1 for m in table.mentions if m.actor == name)
        if left == 0 and any(f"{w} {name}" in table.actors for w in _PRISON_WORDS):
            del table.actors[name]
        elif left and any(f"{w} {name}" in table.actors for w in _PRISON_WORDS):
            table.actors[name].mentions = left


def _prison_before(text: str, at: int) -> int | None:
    """Where "HMP" or "HMYOI" starts when only whitespace follows it up to ``at``: what
    ``\\b(?:HMP|HMYOI)\\s+$`` searched up to ``at`` finds, read backwards from ``at``
    instead of scanning the whole text before each mention."""
    space = after_space_run(text, at)
    if space == at:
        return None
    for word in _PRISON_WORDS:
        start = space - len(word)
        if start >= 0 and text.startswith(word, start) and at_boundary(text, start):
            return start
    return None


def _covered(table: ArticleActors, start: int, end: int) -> bool:
    return table.actor_at(start, end) is not None


def _teamlike(word: str) -> bool:
    """A team's plural word: "76ers", "Chiefs" (not "Islands")."""
    if word.lower() in _PLACE_PLURALS or not word.endswith("s") or word.endswith("ss"):
        return False
    return bool(re.fullmatch(r"\d+[a-z]+|[A-Z][a-z]+", word))


def _teams_after_places(doc: Doc, table: ArticleActors) -> None:
    for index, m in enumerate(table.mentions):
        if m.label not in {"GPE", "LOC"}:
            continue
        nxt = _word_after(doc, m.start, m.end)
        if nxt is None or not _teamlike(nxt.text) or table.in_headline(nxt.idx):
            continue  # in a title-case headline every word is capitalised ("Lohan Checks")
        _run_on(table, index, nxt, "ORG")


def _word_after(doc: Doc, start: int, end: int) -> Token | None:
    """The word one space after a mention's characters ``start``-``end``, if any."""
    bounds = expanded_bounds(doc, start, end)
    if bounds is None or bounds[1] >= len(doc):
        return None
    nxt = doc[bounds[1]]
    return nxt if nxt.idx == end + 1 else None


def _run_on(table: ArticleActors, index: int, word: Token, label: str) -> None:
    """Mention ``index`` and the word right after it become one name, an actor of ``label``
    ("Orsk" + "Rovers"), unless the word is already part of an actor's mention."""
    from dataclasses import replace

    end = word.idx + len(word.text)
    if _covered(table, word.idx, end):
        return
    m = table.mentions[index]
    name = table.text[m.start : end]
    table.actors.setdefault(name, type(table.actors[m.actor])(name=name, type=label))
    table.actors[name].mentions += 1
    table.mentions[index] = replace(m, actor=name, label=label, end=end)


def _teams_before_roles(doc: Doc, table: ArticleActors) -> None:
    persons = [(m.start, m.end) for m in table.mentions if m.label == "PERSON"]
    words = texts(doc)
    for role_at in indices_in(lowers(doc), _PLAYER_ROLES):
        i = role_at - 1  # the word before a player's role
        if i < 0 or not words[i][:1].isupper() or not _teamlike(words[i]):
            continue  # no token object for a word that is no team's before a player's role
        tok = doc[i]
        if table.in_headline(tok.idx):
            continue
        start, end = tok.idx, tok.idx + len(tok.text)
        if _covered(table, start, end):
            continue
        window = doc[tok.i + 1 : tok.i + 5]
        if not any(window[0].idx <= s < window[-1].idx + len(window[-1].text) for s, _ in persons):
            continue
        table._add(tok.text, "ORG", start, end)


def _nicknames(table: ArticleActors) -> None:
    text = table.text
    for match in _NICKNAME.finditer(text) if _NICKNAME_GATE.search(text) else ():
        start, end = match.span(1)
        if _covered(table, start, end):
            continue
        surname = match.group(2)
        people = [
            a.name
            for a in table.actors.values()
            if a.type == "PERSON" and a.name.split()[-1] == surname
        ]
        if len(people) == 1:
            table._add(people[0], "PERSON", start, end)


def _places_named_by_nationality(doc: Doc, table: ArticleActors) -> None:
    for index, m in enumerate(table.mentions):
        if m.label != "NORP":
            continue
        nxt = _word_after(doc, m.start, m.end)
        if nxt is not None and nxt.is_title and nxt.lower_ in _PLACE_PLURALS:
            _run_on(table, index, nxt, "GPE")


_ADJECTIVE_END = re.compile(r"[a-z](?:al|ary|ine|ical|ous|ive)$")
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")
_BODY_ENDS = frozenset(
    {"department", "ministry", "agency", "office", "service", "commission", "committee"}
    | {"council", "bureau", "administration", "authority", "board", "court"}
)
_GROUP_NOUNS = (
    r"(?:group|organi[sz]ation|company|firm|agency|charity|non-?profit|coalition|network"
    r"|foundation|institute|association|union|law firm|think tank|station|website"
    r"|provider|maker|manufacturer|developer|retailer|lender|insurer|brokerage|start-?up"
    r"|supplier|publisher|carrier|airline|operator|studio)"
)
_STAFF_WORDS = (
    "attorney", "lawyer", "spokesman", "spokeswoman", "spokesperson", "director", "counsel",
    "analyst",
)  # fmt: skip
_STAFF = "(?:" + "|".join(_STAFF_WORDS) + ")"  # every match of _STAFF_OF holds one of the words
_FORCES = frozenset({"Navy", "Army", "Air Force", "Coast Guard", "Marines", "Police"})


def _unknown_place(name: str, info: object) -> bool:
    """A one-word "place" that neither the gazetteer nor the country table knows."""

    return (
        getattr(info, "type", None) in {"GPE", "LOC"}
        and not getattr(info, "iso3", None)
        and not known_place(name)
    )


def _camel_case_outlets(table: ArticleActors) -> None:
    for name, info in list(table.actors.items()):
        if " " in name or not _unknown_place(name, info):
            continue
        parts = _CAMEL_PARTS.findall(name)
        if len(parts) >= 2 and "".join(parts) == name and any(place_kind(p) for p in parts):
            _retype(table, name, "ORG")


def _body_short_names(table: ArticleActors) -> None:
    bodies = [
        a.name
        for a in table.actors.values()
        if a.type == "ORG" and a.name.split()[-1].lower() in _BODY_ENDS and " " in a.name
    ]
    for name, info in list(table.actors.items()):
        if " " in name or not _unknown_place(name, info):
            continue
        named = [b for b in bodies if b.startswith(name + " ")]
        if len(named) == 1:
            _retype(table, name, "ORG")
            rename_actor(table, name, named[0])


# The parts of "X, a charity", "a lawyer for X" and "X spokesman" around the name, compiled
# once: tried at each occurrence of a name instead of a pattern compiled per name.
_AS_GROUP = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{_GROUP_NOUNS}\b")
_STAFF_OF = re.compile(rf"\b{_STAFF}s?\s+(?:with|for|at)\b")
_STAFF_AFTER = re.compile(rf"\s+{_STAFF}\b")


def _organisation_context(text: str, name: str, staff_ends: set[int]) -> bool:
    """Whether ``\\bNAME,\\s+(?:a|an|the) ... GROUP\\b``, ``\\bSTAFFs?\\s+(?:with|for|at)
    \\s+NAME\\b`` or ``\\bNAME\\s+STAFF\\b`` matches somewhere in the text.

    ``staff_ends``: where the matches of :data:`_STAFF_OF` end (one end per start, and no
    match starts inside another). "for" and the name are apart by spaces only, so "for" ends
    where the run of spaces before the name starts."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at_boundary(text, at) and (
            _AS_GROUP.match(text, end) is not None or _STAFF_AFTER.match(text, end) is not None
        ):
            return True
        spaces = after_space_run(text, at)
        if spaces < at and spaces in staff_ends and at_boundary(text, end):
            return True
        at = text.find(name, at + 1)
    return False


def _organisations_by_context(table: ArticleActors) -> None:
    text = table.text
    staff_ends: set[int] | None = None
    for name, info in list(table.actors.items()):
        if not _unknown_place(name, info):
            continue
        if staff_ends is None:  # a text without a staff word has no match
            staffed = holds_any(text, _STAFF_WORDS)
            staff_ends = {m.end() for m in _STAFF_OF.finditer(text)} if staffed else set()
        if _organisation_context(text, name, staff_ends):
            _retype(table, name, "ORG")


def _capitalised_adjectives(doc: Doc, table: ArticleActors) -> None:
    for name, info in list(table.actors.items()):
        if " " in name or info.type not in {"GPE", "LOC", "NORP"} or info.iso3:
            continue
        if place_kind(name) is not None or not (
            name.lower() in table.text or _ADJECTIVE_END.search(name)
        ):
            continue  # a word the text also writes in lower case, or shaped as an adjective
        mine = [m for m in table.mentions if m.actor == name]
        modifies = True
        for m in mine:
            bounds = expanded_bounds(doc, m.start, m.end)
            if bounds is None or bounds[1] >= len(doc) or bounds[1] - bounds[0] != 1:
                modifies = False
                break
            nxt = doc[bounds[1]]
            modifies = modifies and nxt.is_lower and nxt.pos_ == "NOUN"
        if modifies and mine:
            del table.actors[name]
            table.mentions = [m for m in table.mentions if m.actor != name]


def _national_forces(table: ArticleActors) -> None:

    for force in _FORCES:
        if force not in table.actors:
            continue
        longer = [
            a.name
            for a in table.actors.values()
            if a.type == "ORG"
            and a.name.endswith(" " + force)
            and lookup_country(a.name[: -len(force) - 1].split()[0]) is not None
        ]
        if len(longer) == 1:
            rename_actor(table, force, longer[0])


def _teams_named_by_city(doc: Doc, table: ArticleActors) -> None:
    from dataclasses import replace

    teams: dict[str, list[str]] = {}
    for a in table.actors.values():
        words = a.name.split()
        if a.type == "ORG" and len(words) >= 2 and _teamlike(words[-1]):
            teams.setdefault(" ".join(words[:-1]), []).append(a.name)
    teams = {city: names for city, names in teams.items() if len(names) == 1}
    if not teams:
        return
    for index, m in enumerate(table.mentions):
        team = teams.get(m.actor)
        if m.label not in {"GPE", "LOC"} or team is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not (_acts_as_subject(span.root) or _team_possessor(span.root)):
            continue
        table.actors[m.actor].mentions -= 1
        table.actors[team[0]].mentions += 1
        table.mentions[index] = replace(m, actor=team[0], label="ORG")
    for name in [n for n, a in table.actors.items() if a.mentions <= 0]:
        del table.actors[name]


def _team_possessor(tok: Token) -> bool:
    """A possessor of a common noun ("Kansas City's opening drive", "Philadelphia's six"), not
    of a name ("New York's Manhattan")."""
    return tok.dep_ == "poss" and tok.head.pos_ != "PROPN"


def _acts_as_subject(tok: Token) -> bool:
    """The subject of a verb other than "be" (or a conjunct of one)."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ != "be"
