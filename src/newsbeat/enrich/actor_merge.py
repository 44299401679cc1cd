"""Last passes over an article's actors: one actor per name, places typed from data.

* spellings of one name are one actor ("Al-Shabaab" / "Al Shabaab", "U.S" / "U.S."), named by
  its most mentioned spelling;
* initials the article defines ("Mohammed bin Salman (MBS)") are that actor;
* a "person" that is a place is a place: a country, capital, US state or city of the gazetteer
  (:func:`~newsbeat.enrich.names.place_kind`), or a name the text puts in a place ("in
  Wasilla", "the village of Orsk") — unless a person of the article bears the name or it
  carries a title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_residence import placed_by_residence
from newsbeat.enrich.actor_table import ArticleActors, lookup_country
from newsbeat.enrich.name_context import (
    after_space_run,
    at_boundary,
    letter_runs,
    occurrences,
    word_ends_at,
)
from newsbeat.enrich.names import (
    defined_initials,
    first_name_gender,
    fold_name,
    place_kind,
    spelling_keys,
)

__all__ = [
    "kind_of_person",
    "merge_initials",
    "merge_variants",
    "rename_actor",
    "retype_actor",
    "type_non_persons",
    "type_places",
    "type_vessels",
]


def rename_actor(table: ArticleActors, old: str, new: str) -> None:
    """Fold actor ``old`` into ``new`` (mentions, counts and roles); ``new`` keeps its type."""
    if old == new or old not in table.actors:
        return
    info = table.actors.pop(old)
    target = table.actors.get(new)
    if target is None:
        info.name = new
        table.actors[new] = info
        target = info
    else:
        target.mentions += info.mentions
        target.roles.extend(r for r in info.roles if r not in target.roles)
    table.mentions = [
        # a nationality word stays one ("Indian" of India): it names no place
        replace(m, actor=new, label=m.label if m.label == "NORP" else target.type)
        if m.actor == old
        else m
        for m in table.mentions
    ]
    if old in table.state_of:
        table.state_of.setdefault(new, table.state_of.pop(old))


def retype_actor(table: ArticleActors, name: str, label: str) -> None:
    """Give actor ``name`` the type ``label``, its mentions too: the mention labels are what
    quotes, relations and the bench read. A nationality word stays NORP ("Indian")."""
    table.actors[name].type = label
    table.mentions = [
        replace(m, label=label) if m.actor == name and m.label != "NORP" else m
        for m in table.mentions
    ]


# A relative named in the text: a name with "Jr." and the same name without it may be two people.
_KIN = re.compile(r"\b(?:father|son|sons|dad|grandfather|grandson|junior|senior)\b")
# The words of _KIN (each of its matches is one of the text's letter runs).
_KIN_WORDS = frozenset(
    {"father", "son", "sons", "dad", "grandfather", "grandson", "junior", "senior"}
)


def names_kin(text: str, words: frozenset[str], pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (``\\b(?:w1|w2|…)\\b`` of the lower-case ``words``) finds one in
    the text: only where one of the words is one of the text's letter runs (every match is
    one, between two characters that are no letters a-z), which most texts lack."""
    return not words.isdisjoint(letter_runs(text)) and pattern.search(text) is not None


# A web domain ending a company's name ("Velcars.com" is Velcars).
_DOMAIN = re.compile(r"(?<=[A-Za-z])\.(?:com|net|org|co\.uk|com\.au)$")


def merge_variants(table: ArticleActors) -> None:
    """Spellings of one name (:func:`~newsbeat.enrich.names.fold_name`; for people also the
    transliterations of :func:`~newsbeat.enrich.names.spelling_key`; for others also the name
    with its web domain, "Velcars.com" and "Velcars"; for groups also the plural, "Kaldrian"
    and "Kaldrians") become one actor, named by the spelling mentioned most (ties: the
    hyphenated, then the first in order). A name with "Jr." and the name without it stay two
    beside a relative (:func:`~newsbeat.enrich.names.spelling_keys`)."""
    groups: dict[tuple[str, str], list[str]] = {}
    people = spelling_keys(
        (n for n, info in table.actors.items() if info.type == "PERSON"),
        kin=names_kin(table.text, _KIN_WORDS, _KIN),
    )
    for name, info in table.actors.items():
        key = people[name] if info.type == "PERSON" else fold_name(_DOMAIN.sub("", name))
        if info.type == "NORP" and len(key) > 4:
            key = key.removesuffix("s")  # "Republican" lawmakers and the "Republicans"
        groups.setdefault((info.type, key), []).append(name)
    for (_, key), names in groups.items():
        if len(names) < 2 or not key:
            continue
        best = max(names, key=lambda n: (table.actors[n].mentions, "-" in n, -names.index(n)))
        for name in names:
            rename_actor(table, name, best)


def merge_initials(table: ArticleActors) -> None:
    """Initials defined in the text ("Mohammed bin Salman (MBS)") are the named actor."""
    if "(" not in table.text:
        return
    spans = [
        (m.end, m.actor) for m in table.mentions if " " in m.actor and m.label in {"PERSON", "ORG"}
    ]
    for initials, name in defined_initials(table.text, spans).items():
        if initials in table.actors and name in table.actors:
            rename_actor(table, initials, name)


_PLACE_WORDS = (
    r"(?:village|town|city|hamlet|capital|port|district|province|region|suburb|home ?town)"
)
_DISTANCE = r"(?:about |some |nearly )?\d[\d,.]*\s*(?:miles|km|kilometres|kilometers)\s+"
# "a Springfield man": who comes from a town of the gazetteer
_RESIDENTS = (
    r"(?:man|woman|boy|girl|teen|teenager|resident|residents|native|couple|family|mother|father)"
)
_DIRECTION = r"(?:north|south|east|west|northeast|northwest|southeast|southwest)"


_PREPS = ("in", "near", "outside")
_KNOWN_PREPS = (*_PREPS, "from", "at", "to")
_PLACE_WORD_LIST = (
    *("village", "town", "city", "hamlet", "capital", "port", "district", "province"),
    *("region", "suburb", "home town", "hometown"),
)
_ARTICLES = ("a", "A", "an", "An", "the", "The")
_NOT_POSSESSIVE = re.compile(r"\b(?!['’])")
_DESCRIBED = re.compile(
    rf",\s+(?:(?:a|the)\s+(?:[\w'’-]+\s+){{0,3}}{_PLACE_WORDS}\b"
    rf"|(?:[\w'’.-]+\s+){{1,3}}{_PLACE_WORDS}\b|{_DISTANCE}{_DIRECTION}\b)"
)
_RESIDENTS_AFTER = re.compile(rf"\s+{_RESIDENTS}\b")
# "the X entertainment giant": a firm named by the city it is based in (ents39, read38's
# "the Burbank entertainment giant" ORG). Our own list of a firm's words.
_BASED_FIRM_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){1,2}(?:giant|company|firm|maker|studio|conglomerate|retailer|chain)\b"
)
_REGION_AFTER = re.compile(r",\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?!['’]s\b)")


# "Lena Holm, 23, of X": an age, then "of", right before the name.
_AGE_OF_BEFORE = re.compile(r"\b\d{1,3},\s+of\s+\Z")


def _placed_in_text(
    name: str, text: str, *, known: bool = False, preps: tuple[str, ...] | None = None
) -> bool:
    """Whether the text puts the name in a place position: "in/near/outside X" (not "in X's"),
    "the village of X", "X, a town ..."; for a city of the gazetteer (``known``) also "from",
    "at" or "to" X and "a X man" (a resident).

    The patterns are tried at each occurrence of the name (:mod:`newsbeat.enrich.name_context`),
    not compiled with it.
    """
    preps = preps or (_KNOWN_PREPS if known else _PREPS)
    region_end = -1  # "X, Y" pairs are taken left to right without overlap, as finditer does
    for start in occurrences(text, name):
        end = start + len(name)
        space = after_space_run(text, start)
        if space < start:  # a word, then whitespace, then the name
            if word_ends_at(text, space, preps) and _NOT_POSSESSIVE.match(text, end):
                return True  # "in X", not "in X's"
            if space >= 2 and text.startswith("of", space - 2) and at_boundary(text, end):
                before_of = after_space_run(text, space - 2)
                if before_of < space - 2 and word_ends_at(text, before_of, _PLACE_WORD_LIST):
                    return True  # "the village of X"
            if known and word_ends_at(text, space, _ARTICLES) and _RESIDENTS_AFTER.match(text, end):
                return True  # "a X man"
            if known and word_ends_at(text, space, ("the",)) and _BASED_FIRM_AFTER.match(text, end):
                return True  # "the X entertainment giant"
        if not at_boundary(text, start):
            continue
        if _DESCRIBED.match(text, end):
            return True  # "X, a town ...", "X, 20 miles north"
        if start >= region_end and (region := _REGION_AFTER.match(text, end)) is not None:
            region_end = region.end()
            if place_kind(region.group(1)) in {"state", "country"}:
                return True  # "X, Alaska"
        if (
            known
            and at_boundary(text, end)
            and _AGE_OF_BEFORE.search(text, max(0, start - 24), start) is not None
        ):
            return True  # "Lena Holm, 23, of X"
    return False


def city_placed_in_text(name: str, text: str) -> bool:
    """A city of the gazetteer that the text puts somewhere as a place ("living in X", "a
    helicopter from X", "a X man"; :func:`_placed_in_text` with ``known``, but not "at X" or
    "to X", said of organisations too: "at Velmar Clinic", "a loss to Velmar")."""
    return place_kind(name) == "city" and _placed_in_text(
        name, text, known=True, preps=(*_PREPS, "from")
    )


def kind_of_person(name: str) -> bool:
    """A name whose first word is a known first name ("Harry Winston", not "Twin Falls")."""
    return first_name_gender(name) is not None


def type_places(table: ArticleActors) -> None:
    """A person NER invented that is a place becomes a place (see the module docstring)."""
    words_of_people = {
        w
        for a in table.actors.values()
        if a.type == "PERSON" and " " in a.name
        for w in a.name.split()
    }
    person_ends = {m.end for m in table.mentions if m.label == "PERSON"}
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or info.roles or name in words_of_people:
            continue
        if any(m.title for m in table.mentions if m.actor == name):
            continue
        placed = placed_by_residence(name, table.text, person_ends)  # "Holm, of X,"
        if kind_of_person(name) and not placed:
            continue  # "Harry Winston": a first name makes it a person (or their shop)
        kind = place_kind(name)
        # A country, capital or US state is a place by its name; a city needs the text to put
        # it somewhere too ("Obama" is also a town in Japan).
        if (
            kind not in {"country", "capital", "state", "county"}
            and not placed
            and not _placed_in_text(name, table.text, known=kind == "city")
        ):
            continue
        info.type = "GPE"
        table.mentions = [replace(m, label="GPE") if m.actor == name else m for m in table.mentions]

        country = lookup_country(name)
        if country is not None:
            rename_actor(table, name, country.name)


# Ship prefixes ("INS Mysore", "MV Gibe", "USS Cole"): a vessel is no person.
_VESSEL_PREFIXES = frozenset(
    {"MV", "MT", "MS", "INS", "HMS", "USS", "RMS", "SS", "HMAS", "HMCS", "USNS", "PNS", "ROKS"}
)
# Merchant ships ("MV Gibe", "MT Jag Arnav"): vehicles, no actor (the guidelines: ships of a
# navy are organisations, other vessels are no entity).
_MERCHANT_PREFIXES = frozenset({"MV", "MT", "MS", "SS", "RMS"})
_SHIP_NAME = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
_PREFIXED_SHIP = re.compile(
    r"\b(" + "|".join(sorted(_VESSEL_PREFIXES)) + r")\.? " + _SHIP_NAME.replace("{0,2}", "{0,1}")
)
# "Indian Naval Ship Sukanya", "Kaldrian Navy ship Orsa": a navy's ship named in full.
_NAVAL_SHIP = re.compile(r"\b((?:[A-Z][a-z]+ )?(?:Naval|Navy) [Ss]hip) " + _SHIP_NAME)
# What every match of _PREFIXED_SHIP holds, found fast (a literal start): most texts have none.
_SHIP_PREFIX = re.compile(r"(?:" + "|".join(sorted(_VESSEL_PREFIXES)) + r")\.? [A-Z]")


def _ship_names(text: str) -> dict[str, tuple[str, bool]]:
    """Each ship name the text gives with a prefix: bare name -> (full name, merchant)."""
    ships: dict[str, tuple[str, bool]] = {}
    for m in _PREFIXED_SHIP.finditer(text) if _SHIP_PREFIX.search(text) else ():
        ships.setdefault(
            m.group(2), (f"{m.group(1)} {m.group(2)}", m.group(1) in _MERCHANT_PREFIXES)
        )
    for m in _NAVAL_SHIP.finditer(text) if "Nav" in text else ():
        ships.setdefault(m.group(2), (f"{m.group(1)} {m.group(2)}", False))
    return ships


def type_vessels(table: ArticleActors) -> None:
    """A named ship is no person and no place: a navy's ship ("INS Mysore", "Indian Naval
    Ship Sukanya", and "Sukanya" or "the Mysore" once the text has named it so) is one
    organisation under the name with its prefix; a merchant ship ("MV Gibe", then "the
    Gibe") is no actor at all; a ship prefix alone ("INS") names no one."""
    ships = _ship_names(table.text)
    canonical: dict[str, str] = {}  # actor name -> the ship's full name
    for name in list(table.actors):
        words = name.split()
        if words and words[0] in _VESSEL_PREFIXES:
            if len(words) == 1:
                del table.actors[name]
                table.mentions = [m for m in table.mentions if m.actor != name]
                continue
            bare = " ".join(words[1:])
            ships.setdefault(bare, (name, words[0] in _MERCHANT_PREFIXES))
        bare = name.removeprefix("the ").strip()
        for ship, (full, _) in ships.items():
            if bare in {ship, full} or name.endswith(" " + full):
                canonical[name] = ship
    merchant = {ship for ship, (_, is_merchant) in ships.items() if is_merchant}
    for name, ship in canonical.items():
        if ship in merchant:
            table.actors.pop(name, None)
            table.mentions = [m for m in table.mentions if m.actor != name]
    for name, ship in canonical.items():
        if ship in merchant or name not in table.actors:
            continue
        full = ships[ship][0]
        table.actors[name].type = "ORG"
        rename_actor(table, name, full)
        table.actors[full].type = "ORG"
    for name, info in table.actors.items():
        if name.split()[0] in _VESSEL_PREFIXES or name in {f for f, _ in ships.values()}:
            info.type = "ORG"
            table.mentions = [
                replace(m, label="ORG") if m.actor == name else m for m in table.mentions
            ]
    _name_full_ships(table, ships, merchant)


def _name_full_ships(
    table: ArticleActors, ships: dict[str, tuple[str, bool]], merchant: set[str]
) -> None:
    """A navy ship's full name that NER gave no actor label ("Indian Naval Ship Sukanya"
    tagged as a work of art) is a mention of the ship."""
    for ship, (full, _) in ships.items():
        if ship in merchant:
            continue
        for m in re.finditer(re.escape(full), table.text):
            if table.actor_at(m.start(), m.end()) is None:
                table._add(full, "ORG", m.start(), m.end())


# "Drake, which had defeated ...": a relative "which" refers to a thing, never to a person.
_WHICH = re.compile(r"\s*,\s*which\b")
# "the Genovese clan": a family's name before a group word names the group.
_KIN_GROUP = re.compile(r"\s+(clan|crime family|family|gang|cartel|dynasty)\b")


def type_non_persons(table: ArticleActors) -> None:
    """A one-word "person" the text refers to with "which" is an organisation (a team, a
    school); a person's name before "clan" or "crime family" is that group (typed ORG)."""
    text = table.text
    for name, info in list(table.actors.items()):
        if " " in name:
            continue  # before its mentions are gathered: most names have two words
        mine = [m for m in table.mentions if m.actor == name]
        if not any(m.label == "PERSON" for m in mine):
            continue
        if any(_WHICH.match(text, m.end) for m in mine):
            info.type = "ORG"
            table.mentions = [
                replace(m, label="ORG") if m.actor == name else m for m in table.mentions
            ]
    kept = []
    for m in table.mentions:
        group = _KIN_GROUP.match(text, m.end) if m.label == "PERSON" else None
        if group is None:
            kept.append(m)
            continue
        surname = text[m.start : m.end].split()[-1]
        name = f"{surname} {group.group(1)}"
        info = table.actors[m.actor]
        table.drop_mention(m.actor)
        new = table.actors.setdefault(name, type(info)(name=name, type="ORG"))
        new.mentions += 1
        kept.append(replace(m, actor=name, label="ORG", end=group.end(1), title=None))
    table.mentions = kept
