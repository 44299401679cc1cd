"""Names of one actor that two articles of a story write differently (issue 12, entities).

Each article's actors are merged within the article (``enrich.actor_*``); a story joins the
articles' lists by name, so one article's "Lyons" or "CHP" stands beside another's "Michelle
Lyons" or "California Highway Patrol". :func:`story_aliases` finds those pairs with the rules
the articles use, read over the whole story: a capitalised one-word person's name is the surname
of the story's one person of that surname, capitals (three to six letters) typed as an
organisation are the initials of the story's one organisation written with them
(:func:`~newsbeat.enrich.actor_acronyms.initial_forms`), an organisation written with and
without "of <the story's main country>" or with an inner plural is one, and "<X> city" is the
city X (:mod:`newsbeat.enrich.actor_org_variants`), a country's navy or army written bare is
its one full name (:mod:`newsbeat.actors.services`), a company written with and without "Bank"
is one (:mod:`newsbeat.actors.bank_names`), so are the names of one body of the data list ("UN",
"United Nations"; :mod:`newsbeat.actors.known_aliases`), a navy's ship written with and without
its prefix is one ("Mysore", "INS Mysore"; :mod:`newsbeat.actors.ship_names`), an organisation
written in two cases is one ("LionsGate", "Lionsgate"; :mod:`newsbeat.actors.case_forms`), and an
organisation's name of two words or more is the story's one longer name that puts its owner in
front of it ("Avert Labs" of "Velcor Avert Labs"; :func:`_owned_forms`). A short form that an
article keeps apart from a long one it also names ("President Biden" beside "his son Hunter
Biden") is another actor there, and stays one everywhere. Used by the story's entity list
(:func:`newsbeat.serialize.entities_json`) and its quote groups
(:func:`newsbeat.compare.quotes.quote_groups`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from newsbeat.models import Enrichment

__all__ = ["main_type", "story_aliases", "story_kinds"]

_CAPITALS = re.compile(r"[A-Z]{3,6}")  # two letters match too much ("GM")


def main_type(counts: Counter[str]) -> str:
    """The type most mentions of an actor carry (ties: alphabetical first)."""
    return max(sorted(counts), key=lambda t: counts[t])


def story_kinds(enrichments: Iterable[Enrichment]) -> dict[str, Counter[str]]:
    """Each name of the story's actors with the mentions of each type the articles gave it."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for e in enrichments:
        for ent in e.entities:
            types[ent.name][ent.type] += ent.mentions
    return types


def story_aliases(
    enrichments: Iterable[Enrichment], counted: Mapping[str, Counter[str]] | None = None
) -> dict[str, str]:
    """``{alias: full name}`` of a story's actors (see the module doc); ``counted``: the
    story's :func:`story_kinds` when the caller has them already."""
    from newsbeat.actors.bank_names import bank_forms
    from newsbeat.actors.case_forms import case_forms
    from newsbeat.actors.known_aliases import known_alias_forms
    from newsbeat.actors.services import service_forms
    from newsbeat.actors.ship_names import ship_forms
    from newsbeat.enrich.actor_acronyms import initial_forms
    from newsbeat.enrich.names import surname

    enrichments = list(enrichments)
    articles = [{ent.name for ent in e.entities} for e in enrichments]
    if counted is None:
        counted = story_kinds(enrichments)
    kinds = {name: main_type(c) for name, c in counted.items()}
    people = [n for n, k in kinds.items() if k == "PERSON" and _full_name(n)]
    bodies = [n for n, k in kinds.items() if k == "ORG" and len(n.split()) >= 2]
    aliases: dict[str, str] = {}
    for name, kind in kinds.items():
        if kind == "PERSON" and " " not in name and name[:1].isupper():
            found = [p for p in people if surname(p) == name]
        elif kind == "ORG" and _CAPITALS.fullmatch(name):
            found = [b for b in bodies if name in initial_forms(b)]
        else:
            continue
        if len(found) == 1 and not any({name, found[0]} <= names for names in articles):
            aliases[name] = found[0]
    forms = _body_and_city_forms(kinds, counted) | _owned_forms(kinds)
    forms |= {n: f for n, f in service_forms(enrichments, kinds).items() if n not in forms}
    forms |= {n: f for n, f in bank_forms(kinds, counted).items() if n not in forms}
    forms |= {n: f for n, f in known_alias_forms(kinds, counted).items() if n not in forms}
    forms |= {n: f for n, f in ship_forms(kinds).items() if n not in forms}
    forms |= {n: f for n, f in case_forms(kinds, counted).items() if n not in forms}
    for name, full in forms.items():
        if name not in aliases and not any({name, full} <= names for names in articles):
            aliases[name] = full
    return {name: aliases.get(full, full) for name, full in aliases.items()}


def _body_and_city_forms(
    kinds: Mapping[str, str], counted: Mapping[str, Counter[str]]
) -> dict[str, str]:
    """``{form: name}`` of the story's organisations written with and without "of <the
    story's main country>" or with an inner plural, and of its cities written "<X> city"
    (:mod:`newsbeat.enrich.actor_org_variants`); an organisation takes the name
    :func:`~newsbeat.enrich.actor_org_variants.org_rank` ranks first."""
    from newsbeat.enrich.actor_org_variants import city_of, main_country, org_key, org_rank

    country = main_country((n, k, counted[n].total()) for n, k in kinds.items())
    by_key: dict[str, list[str]] = defaultdict(list)
    for name, kind in kinds.items():
        if kind == "ORG" and len(name.split()) >= 2 and name[:1].isupper():
            by_key[org_key(name, country)].append(name)
    out: dict[str, str] = {}
    for names in by_key.values():
        if len(names) < 2:
            continue
        chosen = max(names, key=lambda n: (org_rank(n, counted[n].total(), country), n))
        out.update({n: chosen for n in names if n != chosen})
    places = {n for n, k in kinds.items() if k in {"GPE", "LOC"}}
    for name in places:
        city = city_of(name, places)
        if city is not None and city != name:
            out[name] = city
    return out


_PLACES = frozenset({"GPE", "LOC", "NORP"})
# What ends a lead that is no owner: a cut name ("U.S. Fish and"), a title ("Chair of the").
_NO_OWNER_ENDS = frozenset({"and", "of", "the", "for", "on", "in", "to", "&", "-"})


def _owned_forms(kinds: Mapping[str, str]) -> dict[str, str]:
    """``{short: longer}`` of the story's organisations of two words or more written once with
    their owner in front ("Security Response Team" of "Velcor Security Response Team"): the
    story names exactly one longer name that ends with the short one, an organisation whose
    first words (the owner) are an organisation of the story or open another of its
    organisations' names ("Velcor Labs"), and no place or nationality of the gazetteer or of
    the story ("the Supreme Court" of "the Texas Supreme Court" may be another court); a team's
    or a newspaper's name, of one word too, is the one longer name that puts a city or US state
    in front of it ("Yankees" of "New York Yankees", "the Post" of the story's one "Kittby
    Post"; two papers named "Times" keep "the Times" apart; a cut "Herald on Sunday" is
    named whole by :mod:`~newsbeat.enrich.actor_sunday_papers`;
    :func:`~newsbeat.enrich.actor_acronyms.team_or_paper`). Within one article the same pair
    is :func:`~newsbeat.enrich.actor_acronyms.merge_shortened_names`'."""
    from newsbeat.enrich.actor_acronyms import team_or_paper, town_of
    from newsbeat.enrich.actor_table import known_place

    bodies = [n for n, k in kinds.items() if k == "ORG"]
    out: dict[str, str] = {}
    for short in bodies:
        if not short[:1].isupper():
            continue
        longer = [n for n in kinds if n.endswith(" " + short)]
        if len(longer) != 1 or kinds[longer[0]] != "ORG":
            continue
        lead = longer[0][: -len(short) - 1].strip()
        if town_of(lead) and team_or_paper(short) and not known_place(short):
            out[short] = longer[0]  # "the Yankees" of "the New York Yankees"
            continue
        if len(short.split()) < 2 or not lead[:1].isupper():
            continue
        if lead.split()[-1].lower() in _NO_OWNER_ENDS:
            continue
        if "'" in lead or "’" in lead or known_place(lead) or kinds.get(lead) in _PLACES:
            continue
        owner = kinds.get(lead) == "ORG" or any(
            n.startswith(lead + " ") and n != longer[0] and n != short for n in bodies
        )
        if owner:
            out[short] = longer[0]
    return out


def _full_name(name: str) -> bool:
    """Two words or more, each capitalised ("Michelle Lyons"; not "Trade unions")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)
