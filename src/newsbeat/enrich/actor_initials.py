"""Initials that stand for a name of the same article (issue 12, entities).

:func:`~newsbeat.enrich.actor_merge.merge_initials` folds initials defined in brackets right
after a name ("Mohammed bin Salman (MBS)"). Two more forms name one actor twice:

* dotted initials, whose final stop the name cleaner took off: "U.N" beside "United
  Nations", "S.C" beside "South Carolina" (one name of the article of the same kind has those
  initials, no other);
* initials in mixed case the text gives after the name with "or" or in brackets: "Maghawir al
  Thawra, or MaT", "the Orsk Maritime Board (OrMB)". An organisation's initials make the name
  an organisation when NER took it for a person whose first word is no first name.

:func:`merge_bracketed_initials` (alias36; read35's "Central Election and Referendum Commission
(TsKVPR)") takes initials in brackets right after an organisation's name whose letters are not
that name's: initials of the name in its own language ("TsKVPR", transliterated) or a nickname
("CREEP" of "Committee to Re-Elect the President").
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.names import is_first_name

__all__ = ["merge_bracketed_initials", "merge_written_initials"]

_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
_MIXED = re.compile(r"[A-Z][A-Za-z]{1,6}")
_KINDS = {"ORG": {"ORG"}, "GPE": {"GPE", "LOC"}, "LOC": {"GPE", "LOC"}}
# what joins a name and the initials the text gives for it
_GIVEN = re.compile(r"\s*(?:,\s*(?:or|also known as)\s+|\(\s*)\Z")


def merge_written_initials(table: ArticleActors) -> None:
    """Fold the initials of the module docstring into their names, in place."""
    for short, info in list(table.actors.items()):
        if info.type not in _KINDS or short not in table.actors:
            continue
        if _DOTTED.fullmatch(short):
            letters = short.replace(".", "")
            full = _one_named(table, letters, _KINDS[info.type], given=False)
        elif _MIXED.fullmatch(short) and sum(c.isupper() for c in short) >= 2:
            if short.isupper() and info.type != "ORG":
                continue
            full = _one_named(table, short.upper(), {"ORG", "PERSON"}, given=True, short=short)
        else:
            continue
        if full is None:
            continue
        target = table.actors[full]
        if target.type == "PERSON" and info.type == "ORG" and not is_first_name(full.split()[0]):
            retype_actor(table, full, "ORG")
        rename_actor(table, short, full)


def _one_named(
    table: ArticleActors, letters: str, kinds: set[str], *, given: bool, short: str = ""
) -> str | None:
    """The one name of the article of these kinds whose initials are ``letters``; with
    ``given``, the text must also give the initials right after one of its mentions."""
    found = [
        name
        for name, info in table.actors.items()
        if info.type in kinds and " " in name and _initials(name) == letters
    ]
    if len(found) != 1:
        return None
    if given and not any(
        m.actor == found[0] and _gives(table.text, m.end, short) for m in table.mentions
    ):
        return None
    return found[0]


def _initials(name: str) -> str:
    """The first letters of the name's words, upper-cased: a particle counts ("al" in
    "Maghawir al Thawra" gives MAT, as "MaT" written in capitals)."""
    return "".join(w[0].upper() for w in name.split() if w[0].isalpha())


def _gives(text: str, end: int, short: str) -> bool:
    after = text[end : end + 40]
    head = after[: max(0, after.find(short))] if short in after else None
    return head is not None and _GIVEN.search(head) is not None


# Initials as a word: capitals, one small letter at most ("TsKVPR"), never a word in title case
# ("McAfee" in "Avert Labs (McAfee)" names the owner).
_BRACKETED = re.compile(r"[A-Z][A-Za-z]{1,7}")


def _initials_like(word: str) -> bool:
    return _BRACKETED.fullmatch(word) is not None and sum(c.islower() for c in word) <= 1


def merge_bracketed_initials(table: ArticleActors) -> None:
    """Fold initials the text gives in brackets right after an organisation's name of two
    words or more ("the Kaldrian Board of Ports (KaSPB)") into that name, whatever their
    letters (three capitals or more; NER may take them for a person), when the brackets follow
    exactly one organisation of the article. Not: a place or country in brackets, common
    initialisms ("CEO"), the initials of another organisation of the article, or initials
    that follow a person ("Avi Noor (KALD)")."""
    from newsbeat.enrich.actor_acronyms import initial_forms
    from newsbeat.enrich.actor_common_nouns import _COMMON_INITIALISMS
    from newsbeat.enrich.actor_table import known_place

    for short, info in list(table.actors.items()):
        if short not in table.actors or info.type not in {"ORG", "PERSON"}:
            continue
        if not _initials_like(short) or sum(c.isupper() for c in short) < 3:
            continue
        if short in _COMMON_INITIALISMS or known_place(short):
            continue
        given = re.compile(r"\s*\(\s*" + re.escape(short) + r"\s*\)")
        named = {
            m.actor
            for m in table.mentions
            if m.actor != short and " " in m.actor and given.match(table.text, m.end) is not None
        }
        if len(named) != 1:
            continue
        full = named.pop()
        if table.actors[full].type != "ORG":
            continue
        letters = short.upper()
        if any(
            letters in initial_forms(name)
            for name, other in table.actors.items()
            if other.type == "ORG" and name not in {short, full}
        ):
            continue
        rename_actor(table, short, full)
