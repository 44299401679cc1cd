"""A surname NER typed a place, that the article itself shows to be a person (issue 12, item 3).

The small English model tags some surnames as places ("Palin stopped by the church"), and a
town of the same name in the gazetteer cannot tell them apart. A one-word "place" that is no
country, state or capital, and that the article never writes as a place in full, becomes a
person when one of its mentions carries a person's mark:

* a title or an honorific right before it ("Governor Palin", "Mrs Palin");
* a relative clause on a person ("Palin, who was also the candidate");
* an appositive naming a person's role ("directed at Palin, the failed vice presidential
  candidate").

"Velmar, which lies on the coast" or "Velmar, the capital of Kaldria" keep the place, and so
does a word written as no surname is ("Sen. Henry Jackson, D-Wash., who backed …").
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_table import HONORIFICS, ArticleActors, lookup_country
from newsbeat.enrich.names import place_kind

__all__ = ["type_people_by_cues"]

# Kinds of gazetteer places a person's surname is never taken from.
_LARGE_PLACES = frozenset({"country", "state", "capital"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_WHO_AFTER = re.compile(r",\s+who\s")
# Nouns of people's roles an appositive may end with (after up to five modifiers).
_ROLE_NOUN = (
    r"(?:candidate|nominee|politician|governor|senator|mayor|minister|president|spokesman"
    r"|spokeswoman|lawmaker|congressman|congresswoman|actor|actress|singer|author|writer"
    r"|founder|chairman|chairwoman|widow|wife|husband|son|daughter|mother|father|player"
    r"|coach|striker|captain)"
)
# Words that would tie the role to someone else ("the home of the mayor").
_LINKS = r"(?:of|in|for|with|from|to|whose|by|at)"
_ROLE_AFTER = re.compile(
    rf",\s+(?:a|an|the|his|her|their)\s+(?:(?!{_LINKS}\b)[\w'’-]+\s+){{0,5}}?{_ROLE_NOUN}"
    r"(?=\s*[,.;])"
)
_TITLE_BEFORE = re.compile(r"\b(?:Gov|Sen|Rep|Gen|Mr|Mrs|Ms|Dr)\.?\s+$")


def type_people_by_cues(table: ArticleActors) -> None:
    """Apply the rule of the module docstring to an article's actors, in place."""
    for name, info in list(table.actors.items()):
        if info.type not in _PLACE_LABELS or " " in name or info.iso3 or not _surname_like(name):
            continue
        if place_kind(name) in _LARGE_PLACES or lookup_country(name) is not None:
            continue
        mentions = [m for m in table.mentions if m.actor == name]
        if any(m.label == "PERSON" and m.title for m in mentions) or any(
            _person_cue(table.text, m.start, m.end) for m in mentions
        ):
            retype_actor(table, name, "PERSON")


def _surname_like(name: str) -> bool:
    """A word written as a surname: a capital, then a small letter, no hyphen ("D-Wash", the
    party and state after a lawmaker's name, is none)."""
    return name[:1].isupper() and name[1:2].islower() and "-" not in name


def _person_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around one mention mark a person (see the module docstring)."""
    before = text[max(0, start - 12) : start]
    words = before.split()
    if words and words[-1].lower() in HONORIFICS and before.endswith(" "):
        return True
    if _TITLE_BEFORE.search(before):
        return True
    return bool(_WHO_AFTER.match(text, end) or _ROLE_AFTER.match(text, end))
