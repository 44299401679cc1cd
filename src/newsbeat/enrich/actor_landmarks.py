"""Mountains, huts and bodies typed by the words of their names (issue 12, entities).

NER types a name by its shape; a name's own kind word says more:

* a name that opens with "Mt" or "Mount" ("Mt Orsk", "Mount Tamsin"), or ends with a
  landform's or a mountain shelter's word ("the Velmar Glacier", "the Orsk Saddle Hut",
  "the Tamsin Bivvy"), is a place (LOC), unless it ends with a body's word ("the Mt Orsk
  Rescue Team", "Mount Tamsin Hospital");
* a name NER took for a person or a place that ends with a body's word no place or person
  ends with ("the Velmar Guild", "Orsk Alpine Guides", "Tamsin's Club", "The Velmar Line" typed
  a person) is an organisation;
* a one-word person's name that every mention writes after a lower-case "the" ("told the
  Velmar", "against the Orskers") is no person's name (people are not "the Holm"), but a
  newspaper's or a team's: an organisation. Not a title ("the Pope") and not a family ("the
  Holms" beside a person Holm), nor a name that qualifies a noun or owns something ("the
  Holm mode", "the Velm's gas"), nor a nickname ('Ana "the Velm" Holm');
* a one-word name that every mention writes before "police" ("Orsk police", "Orsk and
  Tamsin police") is the town whose police it is (a place the gazetteer may lack); not a
  word opening a sentence ("Riot police fired") nor a nationality's adjective ("a Velmarian
  police raid").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import TITLE_HEADS, lookup_country
from newsbeat.enrich.names import place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["type_landmarks"]

_MOUNT_OPENERS = frozenset({"mt", "mt.", "mount"})
# Last words of a landform's or a mountain shelter's name. Our own list.
_LANDFORM_ENDS = frozenset(
    {"hut", "bivvy", "bivouac", "glacier", "icefield", "volcano", "crater", "gorge", "canyon",
     "fjord", "peak", "corridor"}
)  # fmt: skip
# Last words that make a name a body, never a place's or a person's name. Our own list.
_BODY_ENDS = frozenset(
    {"team", "hospital", "clinic", "school", "college", "university", "club", "guild",
     "guides", "society", "association", "federation", "service", "services", "police",
     "council", "trust", "foundation", "company", "department", "unit", "squad", "brigade",
     "rescue", "centre", "center", "institute", "authority", "board"}
)  # fmt: skip
# Bodies' last words that turn a person or a place into an organisation (a "line" only a
# person: "the Maginot Line" is a place).
_ORG_ENDS = frozenset({"guild", "club", "guides", "society", "association", "federation"})
# "Tamsin police", "Orsk and Tamsin police": a town's police force.
_POLICE_AFTER = re.compile(r"(?:[ \t]+and[ \t]+[A-Z][a-z]+)?[ \t]+police\b")
# A name opening a sentence may be a common noun's capital ("Riot police fired").
_SENTENCE_START = re.compile(r"(?:\A|[.!?\n][\"'\u201d\u2019)]?[ \t]*)\Z")
_DEMONYM_ENDS = ("ian", "ean", "ese", "ish", "an", "i")  # "a Velmarian police raid"
_POSSESSIVE = re.compile(r"[ \t]?['\u2019]")
_THE_BEFORE = re.compile(r"(?:^|[^A-Za-z])the[ \t]+\Z")


def type_landmarks(doc: Doc, table: ArticleActors) -> None:
    """Apply the rules of the module docstring to an article's actors, in place."""
    text = table.text
    persons = [n for n, i in table.actors.items() if i.type == "PERSON" and " " in n]
    for name, info in list(table.actors.items()):
        if info.iso3 is not None or lookup_country(name) is not None:
            continue
        words = name.lower().split()
        last = words[-1].strip(".,") if words else ""
        two = len(words) >= 2
        if (
            two
            and last not in _BODY_ENDS
            and info.type in {"ORG", "GPE", "NORP"}
            and (words[0] in _MOUNT_OPENERS or last in _LANDFORM_ENDS)
        ):
            retype_actor(table, name, "LOC")
            continue
        if (
            two
            and info.type in {"PERSON", "GPE", "LOC", "NORP"}
            and (last in _ORG_ENDS or (info.type == "PERSON" and last == "line"))
        ):
            retype_actor(table, name, "ORG")
            continue
        if (
            len(words) == 1
            and info.type in {"ORG", "NORP", "PERSON"}
            and not info.roles
            and not name.isupper()
            and not is_known_company(name)
            and not (info.type == "NORP" and name.endswith(_DEMONYM_ENDS))
            and table.every_mention(
                name,
                lambda m: (
                    _POLICE_AFTER.match(text, m.end)
                    and not _SENTENCE_START.search(text, max(0, m.start - 4), m.start)
                ),
            )
        ):
            retype_actor(table, name, "GPE")
            continue
        if (
            (
                info.type == "PERSON"
                and len(words) == 1
                and not info.roles
                and last not in TITLE_HEADS
                and place_kind(name) is None
                and not any(p.split()[-1] in {name, name.rstrip("s")} for p in persons)
            )
            and table.every_mention(
                name,
                lambda m: (
                    _THE_BEFORE.search(text, max(0, m.start - 8), m.start)
                    and not _noun_after(doc, m.end)
                    and not _POSSESSIVE.match(text, m.end)
                ),
            )
            and not _quoted_alone(text, name)
        ):
            retype_actor(table, name, "ORG")


def _quoted_alone(text: str, name: str) -> bool:
    """The name stands alone in quotation marks somewhere ('Ana "the Velm" Holm'): a
    nickname."""
    return re.search(rf"[\"\u201c](?:the[ \t]+)?{re.escape(name)}[\"\u201d]", text) is not None


def _noun_after(doc: Doc, end: int) -> bool:
    """A common noun right after the name: the name qualifies it ("the Holm mode")."""
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].pos_ == "NOUN"
