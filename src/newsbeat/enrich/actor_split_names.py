"""Organisations' names NER cut in pieces at "and" or at commas (issue 12, entities; ents36).

Two shapes of one name read as several:

* an office "for" or "of" portfolios joined by "and": "the Central Commission for Polls and
  Referenda" tagged "Central Commission for Polls" and "Referenda" (or "Referenda of
  Velmaria"). A mention of an organisation whose name ends "<office word> for/of <capitalised
  words>", followed by "and" and a mention whose name is one to three capitalised common
  nouns (no country, place, first name or acronym), with at most "of <country or place>"
  after them, is one mention of the whole name;
* a fire service's name cut before "and Rescue": "Orsk Fire and Rescue" tagged "Orsk Fire"
  (then "Service", "Services" or "Authority" may follow, and are taken in);
* capitalised words joined by commas, then the initials of those words in brackets, then an
  organisation's head word: "the Admins, Auditors, Networks, Safety (AANS) Institute", which
  NER cuts into "Admins", "Auditors, Networks, Safety (AANS)" and so on. The whole name, as
  written, is the one organisation there; the pieces' mentions inside it go.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_common_nouns import _nouns
from newsbeat.enrich.actor_table import (
    ORG_HEADS,
    ArticleActors,
    MentionRef,
    clean_name,
    known_place,
    lookup_country,
)
from newsbeat.enrich.actor_teams import noun_plural
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["join_split_names"]

# The office words that take portfolios: "Commission for", "Ministry of". Our own list.
_OFFICE_FOR = re.compile(
    r"\b(?:Commission|Committee|Ministry|Department|Council|Office|Bureau|Agency|Board|"
    r"Institute|Centre|Center|Secretariat|Authority) (?:for|of) (?:the )?[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)*$"
)
_AND = re.compile(r"[ \t]+and[ \t]+")
# the piece after "and": capitalised words, then perhaps "of <Name>"
_PIECE = re.compile(
    r"([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?: of ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*))?$"
)
# "Admins, Auditors, Networks, Safety (AANS) Institute"
_INITIALLED = re.compile(
    r"\b((?:[A-Z][A-Za-z]+,[ \t]+)+(?:and[ \t]+)?[A-Z][A-Za-z]+)[ \t]+\(([A-Z]{3,8})\)[ \t]+"
    r"([A-Z][a-z]+)\b"
)
# an organisation's head word after the bracketed initials (ORG_HEADS and these)
_HEADS = ORG_HEADS | {
    "institute", "centre", "center", "association", "society", "foundation", "union",
    "federation", "alliance", "organisation", "organization", "league", "forum",
}  # fmt: skip
# the last words of a body's own name: a piece ending so is another body, not a portfolio
_BODY_ENDS = _HEADS | {
    "international", "group", "watch", "inc", "corp", "ltd", "fund", "trust", "network",
    "partners", "associates", "institution", "initiative", "program", "programme",
}  # fmt: skip
# the rest of a fire service's name after "<Place> Fire"
_RESCUE_TAIL = re.compile(r"[ \t]+and[ \t]+Rescue(?:[ \t]+(?:Services?|Authority))?\b")
_COMMA_SPLIT = re.compile(r",[ \t]+(?:and[ \t]+)?")


def _a_portfolio(words: str, nouns: frozenset[str]) -> bool:
    """Capitalised common nouns (or their plurals, "Referenda" of "referendum") naming no
    country, place or person, and not ending in a body's head word ("Amnesty International",
    "Orsk Group")."""
    if not nouns or lookup_country(words) is not None or known_place(words):
        return False
    if words.split()[-1].lower() in _BODY_ENDS:
        return False
    for word in words.split():
        if word.isupper() or is_first_name(word):
            return False
        lower = word.lower()
        latin = lower.endswith("a") and lower[:-1] + "um" in nouns
        if lower not in nouns and noun_plural(word, nouns) is None and not latin:
            return False
    return True


def _joined_at_and(table: ArticleActors, nouns: frozenset[str]) -> None:
    """Join the "office for X and Y" pieces (the module docstring), in place."""
    text = table.text
    mentions = sorted(table.mentions, key=lambda m: m.start)
    starts = {m.start: m for m in mentions}
    joined: list[tuple[MentionRef, MentionRef, str]] = []
    for m in mentions:
        if table.type_of(m.actor) != "ORG" or _OFFICE_FOR.search(m.actor) is None:
            continue
        if not text.startswith(m.actor, m.end - len(m.actor)):
            continue
        gap = _AND.match(text, m.end)
        if gap is None:
            continue
        n = starts.get(gap.end())
        if n is None or table.type_of(n.actor) not in {"ORG", "GPE", "LOC", "NORP"}:
            continue
        piece = _PIECE.fullmatch(text[n.start : n.end])
        if piece is None or not _a_portfolio(piece.group(1), nouns):
            continue
        place = piece.group(2)
        if place is not None and lookup_country(place) is None and not known_place(place):
            continue
        joined.append((m, n, clean_name(text[m.start : n.end])))
    _replace(table, joined)


def _joined_initials(table: ArticleActors) -> None:
    """Give "A, B, C (ABC) Institute" its whole name (the module docstring), in place."""
    text = table.text
    if "(" not in text:
        return
    for found in _INITIALLED.finditer(text):
        words, initials, head = found.groups()
        if head.lower() not in _HEADS:
            continue
        letters = "".join(w[0] for w in _COMMA_SPLIT.split(words))
        if letters.upper() != initials:
            continue
        start, end = found.start(), found.end()
        inside = [m for m in table.mentions if start <= m.start and m.end <= end + 4]
        inside = [m for m in inside if m.start < end]
        if not inside:
            continue
        gone = {id(m) for m in inside}
        for m in inside:
            table.drop_mention(m.actor)
        table.mentions = [m for m in table.mentions if id(m) not in gone]
        table._add(text[start:end], "ORG", start, end)


def _joined_rescue(table: ArticleActors) -> None:
    """Give "<Place> Fire" + "and Rescue" its whole name (the module docstring), in place."""
    text = table.text
    if "Rescue" not in text:
        return
    joined: list[tuple[MentionRef, MentionRef, str]] = []
    for m in table.mentions:
        if not m.actor.endswith(" Fire") or table.type_of(m.actor) not in {"ORG", "PERSON"}:
            continue
        if text[m.start : m.end] != m.actor:
            continue
        tail = _RESCUE_TAIL.match(text, m.end)
        if tail is not None:
            whole = MentionRef(start=m.start, end=tail.end(), actor="", label="ORG")
            joined.append((m, whole, m.actor + tail.group(0).replace("\t", " ")))
    _replace(table, joined)


def _replace(table: ArticleActors, joined: list[tuple[MentionRef, MentionRef, str]]) -> None:
    """Each pair's two mentions, and any mention between them, become one mention of the
    whole name."""
    if not joined:
        return
    spans = [(first.start, second.end) for first, second, _whole in joined]
    kept = []
    for m in table.mentions:
        if any(start <= m.start and m.end <= end for start, end in spans):
            table.drop_mention(m.actor)
        else:
            kept.append(m)
    table.mentions = kept
    for first, second, whole in joined:
        table._add(whole, "ORG", first.start, second.end)
    _move_short_forms(table, {first.actor: whole for first, _second, whole in joined})


def _move_short_forms(table: ArticleActors, wholes: dict[str, str]) -> None:
    """A cut name left with no mention written in full ("Fire" of "Fire crews" beside the cut
    "Orsk Fire") was only a short form of the whole name: its mentions are the whole name's."""
    text = table.text
    for cut, whole in wholes.items():
        if cut not in table.actors or whole not in table.actors:
            continue
        mentions = [m for m in table.mentions if m.actor == cut]
        if any(text[m.start : m.end] == cut for m in mentions):
            continue
        del table.actors[cut]
        table.actors[whole].mentions += len(mentions)
        table.mentions = [
            replace(m, actor=whole, label="ORG") if m.actor == cut else m for m in table.mentions
        ]


def join_split_names(doc: Doc, table: ArticleActors) -> None:
    """Join the pieces of the module docstring's names, in place."""
    if " and " in table.text:
        _joined_at_and(table, _nouns(doc))
    _joined_initials(table)
    _joined_rescue(table)
