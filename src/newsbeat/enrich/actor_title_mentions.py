"""A title NER cut off from its holder's name, or an office's owner, is no actor (issue 12,
entities; polish31).

NER often tags "Kelby County Sheriff" of "Kelby County Sheriff Ana Holm said" as a person of
its own beside Ana Holm, and "Sheriff" of "Sheriff's deputies" as a person. Neither names
anyone: the first is Ana Holm's title (she keeps it as her role), the second the office whose
staff the sentence is about. A mention is dropped when its last word is a title
(:data:`~newsbeat.enrich.actor_table.TITLE_HEADS`, less those that are surnames too: "Tishana
King", "James Pope" are people), it does not start with a known first name ("Kelby Sheriff"
may be a person's name), and

* a person's mention follows it after nothing but spaces on the same line, not a name of an
  office or body ("the Office of the Velmar Sheriff Ana Holm": a name with "of"), or
* a possessive follows it, then a word of the office's staff or seat ("Sheriff's deputies",
  "County Sheriff ’ s Department"), not any other noun ("the Pope's visit" is the Pope's).
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import kind_of_person
from newsbeat.enrich.actor_table import TITLE_HEADS, ArticleActors, MentionRef

__all__ = ["drop_cut_titles"]

# Titles that are surnames too ("Tishana King", "James Pope", "Ann Bishop"): a name ending so
# may be a person's whose first name the name list lacks.
_SURNAMES_TOO = frozenset(
    {"bishop", "chancellor", "head", "judge", "justice", "king", "leader", "master", "pope"}
    | {"prince", "queen", "speaker", "sheikh", "sultan", "emir", "lawyer", "marshal", "major"}
)
_SPACES = re.compile(r"[ \t]+")
_POSSESSIVE = re.compile(r"[ \t]*['’][ \t]*s\Z")
_OWNED = re.compile(r"['’]")
_STAFF_AFTER = re.compile(
    r"(?:[ \t]*['’][ \t]*s)?[ \t]+(?:deputy|deputies|department|office|detectives?|investigators?"
    r"|officers?|unit|spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)


def _a_title(surface: str) -> bool:
    words = surface.split()
    return (
        words[-1].lower() in TITLE_HEADS
        and words[-1].lower() not in _SURNAMES_TOO
        and "of" not in words
        and not kind_of_person(surface)
    )


def drop_cut_titles(table: ArticleActors) -> None:
    """Drop the mentions that are a title cut from the name after it, or the owner of an
    office's staff (see the module docstring), in place."""
    text = table.text
    persons = {m.start: m for m in table.mentions if m.label == "PERSON"}

    def gone(m: MentionRef) -> bool:
        if m.label not in {"PERSON", "ORG"}:
            return False
        surface = text[m.start : m.end]
        owner = _POSSESSIVE.search(surface)
        if owner is not None:
            surface = surface[: owner.start()]  # NER took the possessive in
        if not surface.strip() or not _a_title(surface):
            return False
        staff = _STAFF_AFTER.match(text, m.end)
        if staff is not None and (
            owner is not None or "'" in staff.group() or "’" in staff.group()
        ):
            return True  # "Sheriff's deputies"
        gap = _SPACES.match(text, m.end)
        after = persons.get(gap.end()) if gap else None
        return after is not None and after.actor != m.actor  # "County Sheriff Ana Holm"

    table.drop_mentions(gone)
