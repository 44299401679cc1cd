"""A numbered team's nickname is the team (issue 12, relations, rel35).

News names a team by a number's plural ("the Philadelphia 76ers") and then by its nickname
("the Sixers fired their coach"): the small model tags the nickname no entity, so the team did
nothing in the relations ("fired Jim O'Brien", "hired <coach>": three misses of the readable
real-news gold, rel34's "team nicknames"). A nickname of :data:`NUMBERED_NICKNAMES` written
capitalised and outside every mention is a mention of the article's one organisation whose
name ends in that number's plural. Only these spelled-out numbers: a nickname of any other
kind ("Philly", "the Habs") needs a list of teams this package does not keep.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.doc_arrays import indices_in, texts, token_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["NUMBERED_NICKNAMES", "TEAM_NICKNAMES", "add_team_nicknames"]

# The nickname of each team name's numbered plural ("76ers": "Sixers").
NUMBERED_NICKNAMES = {"76ers": "Sixers", "49ers": "Niners"}
# The nicknames as written: a relation of a mention so written shows the team by it ("Sixers
# SANCTION <coach>"), as the sentence names it (the gold names actors as written;
# ``relation_actors._actors_of``).
TEAM_NICKNAMES = frozenset(NUMBERED_NICKNAMES.values())


def add_team_nicknames(doc: Doc, table: ArticleActors) -> None:
    """Make each nickname of :data:`NUMBERED_NICKNAMES` a mention of the article's one
    organisation named with its number (in place)."""
    teams: dict[str, list[str]] = {}
    for name, info in table.actors.items():
        nickname = NUMBERED_NICKNAMES.get(name.split()[-1].lower()) if name else None
        if nickname is not None and info.type == "ORG":
            teams.setdefault(nickname, []).append(name)
    named = {nickname: names[0] for nickname, names in teams.items() if len(names) == 1}
    if not named:
        return
    words, offsets = texts(doc), token_offsets(doc)
    for i in indices_in(words, frozenset(named)):
        start = offsets[i]
        end = start + len(words[i])
        if table.actor_at(start, end) is None:
            table._add(named[words[i]], "ORG", start, end)
