"""Names of one actor that two articles of a story write differently (issue 12, entities).

Each article's actors are merged within the article (``enrich.actor_*``); a story's entity list
joins the articles' lists by name, so one article's "Lyons" or "CHP" stands beside another's
"Michelle Lyons" or "California Highway Patrol". :func:`story_aliases` finds those pairs with
the rules the articles use, read over the whole story: a capitalised one-word person's name is
the surname of the story's one person of that surname (two bearers: left alone), and capitals
(two to six letters) typed as an organisation are the initials of the story's one organisation
written with them (:func:`~newsbeat.enrich.actor_acronyms.initial_forms`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["story_aliases"]

_CAPITALS = re.compile(r"[A-Z]{2,6}")


def story_aliases(kinds: Mapping[str, str]) -> dict[str, str]:
    """``{alias: full name}`` of a story's actors, from ``{name: type}``."""
    from newsbeat.enrich.actor_acronyms import initial_forms
    from newsbeat.enrich.names import surname

    people = [n for n, k in kinds.items() if k == "PERSON" and _full_name(n)]
    bodies = [n for n, k in kinds.items() if k == "ORG" and len(n.split()) >= 2]
    aliases: dict[str, str] = {}
    for name, kind in kinds.items():
        if kind == "PERSON" and " " not in name and name[:1].isupper():
            found = [p for p in people if surname(p) == name]
        elif kind == "ORG" and _CAPITALS.fullmatch(name):
            found = [b for b in bodies if name in initial_forms(b)]
        else:
            continue
        if len(found) == 1:
            aliases[name] = found[0]
    return aliases


def _full_name(name: str) -> bool:
    """Two words or more, each capitalised ("Michelle Lyons"; not "Trade unions")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)
