"""A nickname in brackets or quotes inside a person's name: ``Kimani (Kiki) Gray``,
``Kimani 'Kiki' Gray``.

News writes a person's nickname in brackets or quotes between the first name and the surname.
NER reads the marks as a break and tags the pieces as anything ("Kimani (Kiki" an
organisation). :func:`type_nicknamed_people` makes the whole a mention of the person
"First Surname" when the article shows it is a person's name: the surname is borne by a person
of the article, the first word is a first name of the list, or it is a person of the article
and the surname no word the text writes in lower case ("Trump 'Fake' News" is no name). A
place before the brackets ("Springfield (Ill.) Police") is no first name; the nickname is one
title-case word. The first name and the nickname alone are then that person when no other
person bears the first name ("Rest in peace, Kiki"). A first name right before the first word
makes that word a middle name: nothing is made ('Luis Gerardo "Jerry" Ortiz').

:func:`nicknamed_names` reads the same shape before any other name is resolved, with a quoted
nickname of up to three words ('Vincent "The Chin" Gigante'), when the first word is a first
name of the list and NER tags the surname a person somewhere in the article: the whole is then
a full name of the article, so that the bare surname is not folded into another bearer's full
name ("Gigante" ×27 was "Louis Gigante", the brother named once at the end, because NER split
'Vincent "The Chin" Gigante': two first names of one surname are two people).

A name right after "nickname" or "nicknamed" ("acquired the nickname Bubba", 'was nicknamed
"Bubba"') is what someone is called, no actor of its own: :func:`drop_nicknames` drops that
mention (NER types it anything, a place as often as a person). An unquoted name that is the
subject of a giving clause after it ("the nickname Pell gave her", "the nickname Trump used")
is the giver and stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import known_place
from newsbeat.enrich.name_context import written_lower
from newsbeat.enrich.names import is_first_name, place_kind

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_nicknames", "nicknamed_names", "type_nicknamed_people"]

_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]+) (?:\(([A-Z][a-z]+)\)|(['‘\"“])([A-Z][a-z]+)['’\"”]) "
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
# in every match; searched fast
_NICKNAMED_GATE = re.compile(r"(?:\([A-Z][a-z]+\)|['‘\"“][A-Z][a-z]+['’\"”]) [A-Z]")
_NICKNAME_BEFORE = re.compile(r"\bnicknamed?\s+([\"“‘']?)\Z", re.IGNORECASE)
_NICKNAME_REACH = 14  # characters looked at before a mention
# A clause whose subject is the name after "the nickname": "the nickname Pell gave her", "the
# nickname Trump has used for him". That name is the giver, not the nickname.
_GIVER_CLAUSE = re.compile(
    r"\s+(?:(?:had|has|have|once|later|first|often|had\s+once)\s+)?"
    r"(?:gave|gives|give|given|used|uses|coined|coins|bestowed|bestows|chose|picked|invented"
    r"|pinned|hung|applied|attached|called|calls|reserved|preferred|likes|liked)\b"
)


_QUOTED_NICKNAME = re.compile(
    r"\b([A-Z][a-z]+) (['‘\"“])((?:The )?[A-Z][a-z]+(?: [A-Z][a-z]+)?)['’\"”] "
    r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
)
_QUOTED_NICKNAME_GATE = re.compile(r"[a-z]['’\"”] [A-Z]")  # in every match
# The gate without its letter: led by a closing mark (rare), where the gate is led by a letter
# (tried at nearly every offset). Two of its matches never overlap, so finditer sees each.
_MARK_SPACE_CAPITAL = re.compile(r"['’\"”] [A-Z]")


def _gate_found(text: str) -> bool:
    """Whether ``_QUOTED_NICKNAME_GATE.search(text)`` finds a match: a closing mark, a space
    and a capital after a letter a-z."""
    return any(
        m.start() > 0 and "a" <= text[m.start() - 1] <= "z"
        for m in _MARK_SPACE_CAPITAL.finditer(text)
    )


def nicknamed_names(text: str, person_surnames: set[str]) -> list[tuple[int, int, str]]:
    """Each first name, quoted nickname and surname of the text ('Vincent "The Chin" Gigante',
    "Vincent 'Chin' Gigante") as ``(start, end, "First Surname")``: the first word a first name
    of the list, the surname one of ``person_surnames`` (words NER tags as a person's last
    word), no first name right before (a middle name) and no "nicknamed" before the match."""
    out = []
    gated = _gate_found(text)
    for match in _QUOTED_NICKNAME.finditer(text) if gated else ():
        first, last = match.group(1), match.group(4)
        if last not in person_surnames or not is_first_name(first):
            continue
        if _NICKNAME_BEFORE.search(text, max(0, match.start() - _NICKNAME_REACH), match.start()):
            continue
        if _given_name_before(text, match.start()):
            continue
        out.append((match.start(), match.end(), f"{first} {last}"))
    return out


def drop_nicknames(table: ArticleActors) -> None:
    """Drop each mention right after "nickname(d)" (the module docstring), in place; an actor
    goes with its last mention."""
    if "nickname" not in table.text.lower():
        return
    table.drop_mentions(lambda m: _is_nickname(table.text, m.start, m.end))


def _is_nickname(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the nickname itself: right after "nickname(d)",
    quoted or not the subject of a giving clause ("the nickname Pell gave her")."""
    before = _NICKNAME_BEFORE.search(text, max(0, start - _NICKNAME_REACH), start)
    if before is None:
        return False
    return bool(before.group(1)) or _GIVER_CLAUSE.match(text, end) is None


def type_nicknamed_people(table: ArticleActors) -> None:
    """Apply the rule of the module docstring to an article's actors, in place."""
    text = table.text
    for match in _NICKNAMED.finditer(text) if _NICKNAMED_GATE.search(text) else ():
        first, bracketed, mark, quoted, last = match.groups()
        nickname = bracketed or quoted
        if mark and _NICKNAME_BEFORE.search(
            text, max(0, match.start() - _NICKNAME_REACH), match.start()
        ):
            continue
        if known_place(first):
            continue
        if _given_name_before(text, match.start()):
            continue  # 'Luis Gerardo "Jerry" Ortiz': "Gerardo Ortiz" would be no one's name
        people = [a.name for a in table.actors.values() if a.type == "PERSON"]
        if not (
            is_first_name(first)
            or any(p.split()[-1] == last for p in people)
            or (first in people and not written_lower(text, last))
        ):
            continue
        start, end = match.span()
        name = f"{first} {last}"
        covered = [m for m in table.mentions if m.start < end and start < m.end]
        if any(m.actor == name and m.label == "PERSON" for m in covered) and len(covered) == 1:
            continue
        table.mentions = [m for m in table.mentions if m not in covered]
        for m in covered:
            info = table.actors.get(m.actor)
            if info is not None:
                info.mentions -= 1
                if info.mentions <= 0 and not any(x.actor == m.actor for x in table.mentions):
                    del table.actors[m.actor]
        if name in table.actors and table.actors[name].type != "PERSON":
            continue  # the mentions go, no person of another type's name is made
        table._add(name, "PERSON", start, end)
        _fold_into(table, name, (first, nickname))


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) \Z")


def _given_name_before(text: str, start: int) -> bool:
    """Whether a first name of the list stands right before the match: the matched first word
    is then a middle name (read28b: 'Deputy Luis Gerardo "Jerry" Ortiz' made "Gerardo Ortiz",
    a second person)."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and is_first_name(before.group(1))


def _fold_into(table: ArticleActors, name: str, words: tuple[str, str]) -> None:
    """The first name and the nickname alone ("Rest in peace, Kiki") are the person named
    with them, when no other person of the article bears the first name and the nickname
    is no place of the gazetteer."""
    for word in words:
        info = table.actors.get(word)
        if info is None or info.iso3 is not None or place_kind(word) is not None:
            continue
        bearers = [
            n for n, a in table.actors.items() if a.type == "PERSON" and n.split()[0] == word
        ]
        if info.type in {"PERSON", "ORG", "GPE", "LOC", "NORP"} and all(
            b in {word, name} for b in bearers
        ):
            rename_actor(table, word, name)
