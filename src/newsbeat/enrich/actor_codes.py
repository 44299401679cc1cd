"""Market codes and short company names in an article's actors (issue 12, part 3).

* Wire market reports write an instrument code after a name: "Copper CMCU3 rose", "Sterling
  GBP= was trading", "the London Metal Exchange CMAL3", "Brent LCOc1". NER takes the code into
  the name. The code is no part of the name: a body keeps its name without it; a one-word
  name with a code is a commodity or a currency, no actor, and is dropped.
* A company named once in full with its legal or group word ("the Halvern Group", "Ostra
  Lunar Systems", "Velmar International") or a word of its trade ("Velmora Beauty", "Kestrel
  Airways"; a university too: "Ardmoor University") and elsewhere by its first word alone
  ("Halvern said") is one actor, named by the spelling mentioned most (the full name on a
  tie). A company named after
  its founder ("Walt Velmar Co", a first name and two more words) is so too with the surname
  alone.
  Only when exactly one such full name starts with the word, with at most one word between
  it and the company word ("Nissan North America Inc" is a unit, not Nissan) unless the full
  name ends in a legal word and the words between name a trade, no place ("Tyvak Nano-Satellite
  Systems Inc", up to five words), and the word is no place of the gazetteer, no word of a
  person's name in the article and, when NER made it a person, no first name. A company's name
  of three words without its legal word ("Sierra Nevada" of "Sierra Nevada Corporation") is it
  too, when NER made it an organisation.
* NER splits a company's name into an organisation and a person ("Kessel" ORG, "Marten"
  PERSON of "Kessel Marten"), and the person's name is completed to "Kessel Marten". When
  every mention of that "person" is the second part of such a pair, it is the company, and
  the organisation's word before it is no mention of its own.
* "Halvern's Tessa Holdings", "Orvane's Zelbook", "Velmar Media's Code Summit": NER took an
  owner's possessive into a name. When the owner is an actor of the article (or the surname
  of one, or a company's full name itself), the name after the possessive is a company when
  it ends in a legal or group word, and is the owner's product, team or event otherwise: no
  actor of its own. A body of the owner named "<Office|Department|Bureau …> of …" ("Velmar's
  Office of the Inspector General", read37: a watchdog whose reports are quoted) keeps its
  whole name: it acts and speaks on its own, unlike a product.
"""

from __future__ import annotations

import re
from itertools import pairwise

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ORG_HEADS, ArticleActors, known_place
from newsbeat.enrich.names import is_first_name, place_kind

__all__ = [
    "drop_instrument_codes",
    "join_split_companies",
    "merge_short_company_names",
    "split_owners",
]

# A code of the wire's quote system: four capitals and one digit (an exchange's contract,
# "CMCU3"), capitals with a lower-case contract month and a digit ("LCOc1", "NKc1"), three
# to six capitals and "=" (a currency or spot price, "GBP=", "XAU="), a dot and capitals (an
# index, ".SPX"). Two capitals and digits ("KC46", "PS5") are models, not codes.
_CODE = re.compile(r"[A-Z]{4}\d|[A-Z]{2,4}c\d|[A-Z]{3,6}=|\.[A-Z]{3,5}")

# Legal and group words that end a company's full name.
_COMPANY_ENDS = frozenset(
    {
        "group", "holdings", "systems", "inc", "corp", "corporation", "co", "company", "ltd",
        "llc", "plc", "partners", "industries", "technologies", "labs", "ag", "sa", "nv",
    }
)  # fmt: skip
# A company's legal word: the name without it is the same company ("Sierra Nevada Corporation").
_LEGAL = frozenset({"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "ag", "sa"})
# Words of a trade or an institution that end a full name whose first word alone is the same
# body ("Velmora Beauty", "Kestrel Airways", "Ardmoor University"); not words of a product
# line or a branch that a company names apart from itself ("Music", "Money", "Pay", "Energy").
_SHORT_FORM_ENDS = _COMPANY_ENDS | frozenset(
    {"beauty", "cosmetics", "airlines", "airways", "motors", "pharmaceuticals", "brands",
     "university", "international"}
)  # fmt: skip


def drop_instrument_codes(table: ArticleActors) -> None:
    """Names ending in an instrument code lose it; a one-word name with one is dropped (see
    the module docstring)."""
    for name in list(table.actors):
        words = name.split()
        if len(words) < 2 or not _CODE.fullmatch(words[-1]):
            continue
        rest = " ".join(words[:-1])
        if len(words) == 2:
            table.actors.pop(name)
            table.mentions = [m for m in table.mentions if m.actor != name]
        else:
            rename_actor(table, name, rest)


def merge_short_company_names(table: ArticleActors) -> None:
    """A company's first word alone is the company's full name (see the module docstring)."""
    full_by_first: dict[str, list[str]] = {}
    for name, info in table.actors.items():
        words = name.split()
        if info.type != "ORG" or len(words) < 2:
            continue
        end = words[-1].lower().rstrip(".")
        if len(words) > 3:
            if _legal_unit(words):  # "Tyvak Nano-Satellite Systems Inc": "Tyvak"
                full_by_first.setdefault(words[0], []).append(name)
            continue
        if end in _SHORT_FORM_ENDS:
            full_by_first.setdefault(words[0], []).append(name)
            if len(words) == 3 and is_first_name(words[0]) and end in _COMPANY_ENDS:
                # named after its founder ("Walt Velmar Co"): the short form is the surname
                full_by_first.setdefault(words[1], []).append(name)
        if len(words) == 3 and end in _LEGAL:  # "Sierra Nevada Corporation"
            full_by_first.setdefault(" ".join(words[:2]), []).append(name)
    for word, fulls in full_by_first.items():
        short = table.actors.get(word)
        if short is None or len(fulls) != 1 or short.type not in {"ORG", "PERSON"}:
            continue
        if fulls[0] not in table.actors:
            continue  # folded under another short form already
        if short.roles or place_kind(word) is not None:
            continue
        if " " in word and short.type != "ORG":
            continue
        if any(p.type == "PERSON" and word in p.name for p in table.actors.values()):
            continue  # "Dell" of "Mara Dell" is her, not "Dell Systems"
        if short.type == "PERSON" and is_first_name(word):
            continue  # "Carla" alone may be a woman the article names so
        # the spelling mentioned most names the company ("Velmar", 16 times, not "Walt Velmar
        # Co" once); on a tie the full name
        if short.type == "ORG" and short.mentions > table.actors[fulls[0]].mentions:
            rename_actor(table, fulls[0], word)
        else:
            rename_actor(table, word, fulls[0])


def _legal_unit(words: list[str]) -> bool:
    """A company's name of four or five words ending in a legal word whose inner words name
    its trade ("Tyvak Nano-Satellite Systems Inc"), not a place ("Nissan North America Inc",
    a unit of Nissan)."""
    if len(words) > 5 or words[-1].lower().rstrip(".") not in _LEGAL:
        return False
    inner = words[1:-1]
    if not all(w[:1].isupper() for w in inner):
        return False
    runs = (" ".join(inner[i:j]) for i in range(len(inner)) for j in range(i + 1, len(inner) + 1))
    return not any(known_place(run) or place_kind(run) is not None for run in runs)


_POSSESSIVE = re.compile(r"(?<=\w)['’]s ")


# A body inside an organisation, named by its head word and "of" (our own list).
_BODY_OF = re.compile(
    r"(?:Office|Department|Bureau|Ministry|Division|Directorate|Inspectorate|Board|Council"
    r"|Committee|Commission|Agency) of [A-Z]"
    r"|(?:Office|Department|Bureau|Ministry|Division|Directorate|Board|Council|Committee"
    r"|Commission|Agency) of the [A-Z]"
)


def split_owners(table: ArticleActors) -> None:
    """A name with an actor's possessive in it is what follows the possessive, or nothing (see
    the module docstring)."""
    for name in list(table.actors):
        found = _POSSESSIVE.search(name)
        if found is None or name not in table.actors:
            continue
        owner, rest = name[: found.start()], name[found.end() :].strip()
        if not rest[:1].isupper() or not _is_owner(table, owner, name):
            continue
        if _BODY_OF.match(rest):
            continue  # "Velmar's Office of the Inspector General": the owner's body
        if rest.split()[-1].lower().rstrip(".") in _COMPANY_ENDS:
            rename_actor(table, name, rest)
        else:
            table.actors.pop(name)
            table.mentions = [m for m in table.mentions if m.actor != name]


def _is_owner(table: ArticleActors, owner: str, name: str) -> bool:
    """The words before the possessive name an actor of the article or a company."""
    words = owner.split()
    if words and words[-1].lower() in _COMPANY_ENDS | ORG_HEADS | {"media"}:
        return True
    return any(
        other != name and (other == owner or (info.type == "PERSON" and other.split()[-1] == owner))
        for other, info in table.actors.items()
    )


def join_split_companies(table: ArticleActors) -> None:
    """A "person" whose every mention completes an organisation's word right before it is
    that company (see the module docstring)."""
    ordered = sorted(table.mentions, key=lambda m: m.start)
    before = {m.start: p for p, m in pairwise(ordered)}
    for name, info in list(table.actors.items()):
        if info.type != "PERSON" or " " not in name or info.roles:
            continue
        mine = [m for m in ordered if m.actor == name]
        firsts = [before.get(m.start) for m in mine]
        if not mine or not all(
            p is not None
            and p.label == "ORG"
            and p.actor != name
            and table.text[p.start : m.end] == name
            for p, m in zip(firsts, mine, strict=True)
        ):
            continue
        gone = {(p.start, p.end) for p in firsts if p is not None}
        for p in firsts:
            if p is not None and p.actor in table.actors:
                table.actors[p.actor].mentions -= 1
        table.mentions = [m for m in table.mentions if (m.start, m.end) not in gone]
        for word in {p.actor for p in firsts if p is not None}:
            if word in table.actors and table.actors[word].mentions <= 0:
                table.actors.pop(word)
        retype_actor(table, name, "ORG")
