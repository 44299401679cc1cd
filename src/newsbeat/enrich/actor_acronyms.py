"""Short forms of an organisation the text never defines (issue 12, entities).

News copy names a body in full once and then by its capitals, with no brackets: "Pacific Gas
& Electric Co. … PG&E said", "the Drug Enforcement Administration … the DEA says". It also
drops a qualifier the first mention had: "the House Intelligence Committee … told the
Intelligence Committee", "the New York Times … the Times reported". Each pair is one actor:

* :func:`merge_acronyms`: capitals (three letters or more, an ampersand allowed) that are the
  initials of exactly one organisation of the article, its capitalised words in order, small
  words ("of", "and", "for") and a legal ending ("Co", "Inc") skipped; a place or nationality
  leading the name may be left out too ("PUC" of "California Public Utilities Commission"),
  and so may a last word joined by "and" ("CDC" of "Centers for Disease Control and
  Prevention").
  Two capitals are left as written: "GM" beside "General Mills" is as likely General Motors
  (a reviewer's case), and a data alias names the common ones ("EU", "UN").
  Initials a text defines in brackets are :func:`~newsbeat.enrich.actor_merge.merge_initials`'.
* :func:`merge_state_codes`: a US state's postal code in prose ("SD") beside the state's name
  ("South Dakota") is the state; not the codes that are English words ("IN", "OR", "ME").
* :func:`merge_shortened_names`: an organisation's name of two words or more that is the end
  of exactly one longer organisation's name ("Intelligence Committee" of "House Intelligence
  Committee"), or of one word when what it drops is a place ("Times" of "New York Times") or
  the word is a body's head ("the Agency" of "European Space Agency") or the dropped word a
  football club's mark ("Porto" of "FC Porto").
  A longer name whose first words are a place and a name of two words or more is left apart:
  "the Supreme Court" beside "the Texas Supreme Court" may be another court; but a party
  after a nationality word is the one party ("the Communist Party" of "the Chinese Communist
  Party"; ents34), and so is a team or a newspaper after its city or state ("the Red Sox" of
  "the Boston Red Sox", "the Daily News" of "the New York Daily News"; alias36): a name with
  no body's head word ("Court", "Department", …) that ends in a plural or a newspaper's word;
  "the Police Department" or "the Fire Department" of the one "<town> Police Department" the
  article names is that town's (alias38: no country or state has a body of that name).
* :func:`merge_inverted_names`: "the Justice Department" and "the Department of Justice",
  "the Trade Ministry" and "the Ministry of Trade": one body, named by the form mentioned more.
* :func:`merge_known_aliases`: names of one body that share neither initials nor spelling
  ("ISIS" and "Islamic State"), from a data list (``data/org_aliases.json``), when the article
  names it both ways.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from newsbeat.enrich.actor_listings import us_state_names
from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_postnominals import drop_postnominals
from newsbeat.enrich.actor_table import ORG_HEADS, ArticleActors, known_place, lookup_country
from newsbeat.enrich.names import fold_name, place_kind

__all__ = [
    "alias_body",
    "known_alias",
    "merge_acronyms",
    "merge_inverted_names",
    "merge_known_aliases",
    "merge_shortened_names",
    "merge_state_codes",
    "paper_word",
    "team_or_paper",
    "town_of",
]

_ACRONYM = re.compile(r"[A-Z](?:&?[A-Z]){2,6}")
_SMALL = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "&", "to"})
_LEGAL = frozenset(
    {
        "co", "corp", "inc", "ltd", "llc", "plc", "lp", "llp", "company", "corporation",
        "incorporated", "limited",
    }
)  # fmt: skip
_SOURCE_TYPES = frozenset({"ORG", "GPE", "LOC", "PERSON"})
# a football club's mark before its town's name: "FC Porto" is "Porto" in the same report
_CLUB_MARKS = frozenset({"FC", "AFC", "AC", "AS", "SC", "CF", "SSC", "SV", "VfB", "VfL", "RC"})
# a town's own service: no country or state has one of that name above the town's
_TOWN_SERVICES = frozenset({"Police Department", "Fire Department"})
# a body's head word written alone with a capital stands for the body ("the Agency's team")
_HEADS = frozenset(
    {
        "agency", "commission", "committee", "authority", "ministry", "department", "council",
        "board", "company", "corporation", "bureau", "service",
    }
)  # fmt: skip


def merge_acronyms(table: ArticleActors) -> None:
    """Fold undefined capitals into the one organisation they are the initials of, in place."""
    for short, info in list(table.actors.items()):
        if short not in table.actors or info.type not in _SOURCE_TYPES:
            continue
        if lookup_country(short) is not None:
            continue
        if not _ACRONYM.fullmatch(short):
            continue
        letters = short.replace("&", "")
        found = [
            name
            for name, other in table.actors.items()
            if other.type == "ORG" and name != short and letters in initial_forms(name)
        ]
        if len(found) == 1:
            rename_actor(table, short, found[0])


def initial_forms(name: str) -> frozenset[str]:
    """The initials ``name`` may be written with: its capitalised words' first letters, with
    a leading place or nationality or without it; empty when a word is neither capitalised
    nor small, or the name has fewer than two capitalised words."""
    words = name.replace("-", " ").split()
    while len(words) > 2 and words[-1].lower().rstrip(".,") in _LEGAL:
        words.pop()
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return frozenset()
    bodies = [content]
    if len(words) >= 4 and words[-2].lower() == "and":
        bodies.append(content[:-1])  # "Centers for Disease Control and Prevention": CDC
    forms: set[str] = set()
    for body in bodies:
        forms.add("".join(w[0] for w in body))
        for cut in (1, 2):
            lead = " ".join(body[:cut])
            if len(body) - cut >= 2 and known_place(lead):
                forms.add("".join(w[0] for w in body[cut:]))
    return frozenset(forms)


def merge_shortened_names(table: ArticleActors) -> None:
    """Fold an organisation's shortened name and its one longer form into one actor, named
    by the form mentioned more (ties: the longer; the shorter when the longer opens with a
    word in lower case), in place."""
    orgs = [name for name, info in table.actors.items() if info.type == "ORG"]
    for short in orgs:
        if short not in table.actors:
            continue
        longer = [
            name
            for name in orgs
            if name in table.actors and name.endswith(" " + short) and _drops_well(name, short)
        ]
        if len(longer) != 1:
            continue
        full = longer[0]
        lower_lead = not full[:1].isupper()  # "federal Bureau of Prisons": NER took a word in
        if lower_lead or table.actors[short].mentions > table.actors[full].mentions:
            rename_actor(table, full, short)
        else:
            rename_actor(table, short, full)


def _drops_well(full: str, short: str) -> bool:
    """Whether ``short`` may stand for ``full`` (see the module docstring)."""
    lead = full[: -len(short) - 1].strip()
    if not lead or lead.lower() in _SMALL:
        return False
    if len(short.split()) == 1:
        named = short.lower() in _HEADS or lead in _CLUB_MARKS or known_place(lead)
        return short[:1].isupper() and named
    if short.split()[-1] == "Party" and _nationality(lead):
        return True  # "the Chinese Communist Party" … "the Communist Party": one party
    if town_of(lead) and team_or_paper(short):
        return True  # "the Boston Red Sox" … "the Red Sox": one team
    if short in _TOWN_SERVICES and town_of(lead):
        return True  # "the Kittby Police Department" … "the Police Department": no country's
    # "the federal Bureau of Prisons": a word in lower case is no place ("Federal" is a town)
    return not lead[:1].isupper() or not (known_place(lead.split()[-1]) or known_place(lead))


# The last word of a newspaper's name ("Daily News", "Union-Tribune", "Times-Picayune").
_PAPER_WORDS = frozenset(
    {
        "news", "tribune", "times", "post", "herald", "journal", "chronicle", "gazette",
        "picayune", "globe", "examiner", "inquirer", "observer", "telegraph", "dispatch",
    }
)  # fmt: skip
# A team's nickname in the plural that does not end in "s".
_TEAM_PLURALS = frozenset({"sox"})


def paper_word(word: str) -> bool:
    """Whether a word is one a newspaper's name ends with ("Herald", "Times", "Post")."""
    return word.lower() in _PAPER_WORDS


def town_of(lead: str) -> bool:
    """A city or a US state of the gazetteer, no country: what a team or a paper is named
    after ("Boston", "New York"; not "Kaldrian" of "Kaldrian Special Forces"). A capital that
    the country table reads as its country ("Washington" for the United States) is a town
    here, unless it is the country's own name ("Singapore")."""
    kind = place_kind(lead)
    if kind not in {"city", "capital", "state"}:
        return False
    country = lookup_country(lead)
    return country is None or (kind == "capital" and fold_name(country.name) != fold_name(lead))


def team_or_paper(short: str) -> bool:
    """A team's or a newspaper's name without its town: no body's head word in it, even in the
    plural ("Health Services"), its last word a newspaper's or a capitalised plural ("Trail
    Blazers", "Red Sox")."""
    words = [w.lower() for w in short.replace("-", " ").split()]
    heads = ORG_HEADS | _HEADS
    if any(w in heads or w.removesuffix("s") in heads for w in words) or not short[:1].isupper():
        return False
    last = words[-1]
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(("ss", "us", "is"))
    paper = last in _PAPER_WORDS
    return paper or last in _TEAM_PLURALS or (plural and last not in _PAPER_WORDS)


def _nationality(word: str) -> bool:
    """A country's nationality word ("Chinese", "Greek"), not its name nor a town's."""
    country = lookup_country(word)
    return country is not None and " " not in word and word != country.name and len(word) > 3


@cache
def _aliases() -> dict[str, str]:
    """Folded alias or name -> the folded name of ``data/org_aliases.json``."""
    raw = json.loads(
        resources.files("newsbeat").joinpath("data/org_aliases.json").read_text("utf-8")
    )
    out: dict[str, str] = {}
    for name, aliases in raw["aliases"].items():
        for alias in (name, *aliases):
            out[fold_name(alias)] = fold_name(name)
    return out


def alias_body(name: str) -> str | None:
    """The folded name of the body ``name`` names in ``data/org_aliases.json`` ("UN": "united
    nations"), or None; a short alias counts in capitals only ("Un" is no "UN")."""
    if len(fold_name(name)) <= 3 and not name.replace(".", "").isupper():
        return None
    return _aliases().get(fold_name(name))


def known_alias(name: str) -> bool:
    """Whether ``name`` is a name or an alias of ``data/org_aliases.json``."""
    return fold_name(name) in _aliases()


def merge_known_aliases(table: ArticleActors) -> None:
    """Fold the names of one body the data list gives into one actor, named by the name
    mentioned most (on a tie the longer), in place."""
    groups: dict[str, list[str]] = {}
    for name, info in table.actors.items():
        body = alias_body(name)  # "The Who" is no "WHO", "Un" no "UN"
        if body is not None and info.type in _SOURCE_TYPES | {"NORP"}:
            groups.setdefault(body, []).append(name)
    for names in groups.values():
        if len(names) < 2:
            continue
        best = max(names, key=lambda n: _alias_rank(table, n))
        for name in names:
            rename_actor(table, name, best)


def _alias_rank(table: ArticleActors, name: str) -> tuple[bool, int, int]:
    """An organisation first, then the name mentioned most, then on a tie the longer name
    ("Volkswagen" over "VW")."""
    info = table.actors[name]
    return info.type == "ORG", info.mentions, len(name)


_INVERTED = re.compile(
    r"(?P<head>Department|Ministry|Office|Bureau) of (?:the )?(?P<field>[A-Z][\w ]+)"
)


def merge_inverted_names(table: ArticleActors) -> None:
    """Fold "Department of X" and "X Department" into one actor, in place."""
    for name in [n for n, info in table.actors.items() if info.type == "ORG"]:
        match = _INVERTED.fullmatch(name)
        if match is None or name not in table.actors:
            continue
        other = f"{match.group('field')} {match.group('head')}"
        info = table.actors.get(other)
        if info is None or info.type != "ORG":
            continue
        if info.mentions > table.actors[name].mentions:
            rename_actor(table, name, other)
        else:
            rename_actor(table, other, name)


# Postal codes that are English words too: in capitals they still open headlines and shouts.
_WORD_CODES = frozenset({"IN", "OR", "ME", "OK", "HI"})


def merge_state_codes(table: ArticleActors) -> None:
    """Fold a US state's postal code into the state's name when the article names the state
    (a place), in place. First the letters after a person's name go ("Regina Vell, MD": a
    degree, no state; :func:`~newsbeat.enrich.actor_postnominals.drop_postnominals`)."""
    drop_postnominals(table)
    names = us_state_names()
    for code in [n for n in table.actors if n in names and n not in _WORD_CODES]:
        state = table.actors.get(names[code])
        if state is not None and state.type in {"GPE", "LOC"}:
            rename_actor(table, code, state.name)
