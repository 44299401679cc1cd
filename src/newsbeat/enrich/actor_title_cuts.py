"""Names NER ran into a title: the place of a district attorney, a caption's speaker (ents32).

* "the Velmar County District Attorney's Office", "Velmar County District Attorney Lena Holm":
  NER tags "Velmar County District" a place, the first word of the title "District Attorney"
  taken into the county's name. The place is Velmar County: a name of two words or more ending
  in "District" whose every mention is followed by "Attorney" is folded into the name without
  "District" (a place, unless the article names it otherwise already).
* A transcript's caption "Lena Holm/Velmar County District Attorney: ..." or "Per Ekdal/Orsk'
  Attorney: ...": a line that opens with a name, a slash, the speaker's role and a colon. NER
  tags "Lena Holm/Velmar County District" as one name. The actor is the person before the
  slash: a name of two words or more whose every mention opens its line and reaches a colon on
  that line within a few words is folded into its part before the slash (a person, unless the
  article names it otherwise already); with a one-word part before the slash it is dropped.
* "TE Ansel Varro (knee)", "signing RB Ansel Varro": a football player's position, written as
  its capitals before his name, is no part of the name. A person's name that opens with one
  (:data:`_POSITIONS`) before two words or more in capitals is folded into those words.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["fold_title_cuts"]

_ATTORNEY_AFTER = re.compile(r"[ \t]+Attorney\b")
# what may follow a caption's name before its colon: the rest of the role, a few words
_CAPTION_REST = re.compile(r"[^\n:\"“]{0,60}:")
_PLACE_TYPES = frozenset({"GPE", "LOC", "ORG"})
# American football positions as rosters and injury reports write them before a name. Not "S"
# or "K" alone (initials), not "C" (a centre, and an initial).
_POSITIONS = frozenset(
    {
        "QB", "RB", "FB", "WR", "TE", "OT", "OG", "OL", "DT", "DE", "DL", "LB", "OLB", "ILB",
        "MLB", "CB", "DB", "FS", "SS", "NT", "LS",
    }
)  # fmt: skip


def _district_of_attorney(table: ArticleActors, name: str) -> bool:
    words = name.split()
    if len(words) < 3 or words[-1] != "District" or table.actors[name].type not in _PLACE_TYPES:
        return False
    return table.every_mention(name, lambda m: _ATTORNEY_AFTER.match(table.text, m.end))


def _line_start(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] == "\n" or text[max(0, at - 2) : at].strip() == ""


def _caption_name(table: ArticleActors, name: str) -> bool:
    left, slash, right = name.partition("/")
    if not slash or not left.strip() or not right[:1].isupper():
        return False
    return table.every_mention(
        name,
        lambda m: (
            _line_start(table.text, m.start) and _CAPTION_REST.match(table.text, m.end) is not None
        ),
    )


def _position_prefix(table: ArticleActors, name: str) -> str | None:
    """The person's name without a position before it ("TE Ansel Varro" is Ansel Varro)."""
    first, _, rest = name.partition(" ")
    if first not in _POSITIONS or table.actors[name].type != "PERSON":
        return None
    words = rest.split()
    return rest if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


def fold_title_cuts(table: ArticleActors) -> None:
    """Fold the names of the module docstring into the place or the person, in place."""
    for name in [n for n in table.actors if n[:1].isupper() and n[1:2].isupper()]:
        person = _position_prefix(table, name)
        if person is not None:
            rename_actor(table, name, person)
    for name in [n for n in table.actors if n.endswith(" District") or "/" in n]:
        if name not in table.actors:
            continue
        if _district_of_attorney(table, name):
            place = name[: -len(" District")]
            new = place not in table.actors
            rename_actor(table, name, place)
            if new:
                retype_actor(table, place, "GPE")
        elif _caption_name(table, name):
            person = name.partition("/")[0].strip()
            if len(person.split()) < 2:
                table.drop_actors({name})
                continue
            new = person not in table.actors
            rename_actor(table, name, person)
            if new:
                retype_actor(table, person, "PERSON")
