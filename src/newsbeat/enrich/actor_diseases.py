"""Names of diseases: no actors (issue 12, entities; ents33).

Health copy names a disease after a place, a person or a thing, and NER takes the name for an
actor: "Feather Duvet Lung disease" gives a person Duvet Lung, "Eastern Equine Encephalitis" a
place, "Huntington's disease" an organisation. A disease is no actor:

* a mention followed by a disease's word in lower case ("disease", "syndrome", "disorder",
  "flu", "fever"), other capitalised words of the name between ("Feather Duvet" of "Feather
  Duvet Lung disease"), goes; after a possessive ("Huntington's disease") only when the name
  is no place and no person with a known first name ("Kessel's disease control office", "Lena
  Holm's disease" stay), and never before a noun of a body's work ("disease control",
  "disease prevention");
* a name whose last word is an inflammation's ("Encephalitis", "Meningitis", "Hepatitis")
  goes.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import kind_of_person
from newsbeat.enrich.actor_table import ArticleActors, MentionRef
from newsbeat.enrich.name_context import holds_any

__all__ = ["drop_diseases"]

# After a mention: capitalised words of the name, then a disease's word in lower case, not
# followed by a body's work ("disease control"). Our own lists.
_DISEASE_AFTER = re.compile(
    r"(?P<own>['’]s)?(?:[ \t]+[A-Z][\w'’-]*)*[ \t]+(?:disease|syndrome|disorder|flu|fever)s?\b"
    r"(?![ \t]+(?:control|prevention|research|centre|center|agency|office|unit)\b)"
)
_DISEASE_WORD = re.compile(r"\b(?:disease|syndrome|disorder|flu|fever)")
# The words of _DISEASE_WORD: a text holding none is not scanned (a substring search each).
_DISEASE_WORDS = ("disease", "syndrome", "disorder", "flu", "fever")
_INFLAMMATION_ENDS = frozenset({"encephalitis", "meningitis", "hepatitis"})


def drop_diseases(table: ArticleActors) -> None:
    """Drop the diseases of the module docstring, in place."""
    table.drop_actors(
        {name for name in table.actors if name.split()[-1].lower() in _INFLAMMATION_ENDS}
    )
    text = table.text
    if not holds_any(text, _DISEASE_WORDS) or _DISEASE_WORD.search(text) is None:
        return

    def a_disease(m: MentionRef) -> bool:
        after = _DISEASE_AFTER.match(text, m.end)
        if after is None:
            return False
        if after.group("own") is None:
            return True
        info = table.actors.get(m.actor)
        return (
            info is not None
            and info.type not in {"GPE", "LOC"}
            and not (info.type == "PERSON" and kind_of_person(m.actor))
        )

    table.drop_mentions(a_disease)
