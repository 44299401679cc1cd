"""A person named by dotted initials and a surname, which NER cuts after the initials (issue
12, entities; read37: "White House chief of staff H.R. Haldeman telling Nixon" → a person
"H.R").

The model tags "H.R." a person and leaves the surname after it untagged, so the article
lists a person "H.R" and, where the surname stands alone later, a person "Haldeman" apart. A
person actor whose whole name is two or three dotted capitals (:func:`~newsbeat.enrich.
actor_dotted.bare_letters`: what :func:`~newsbeat.enrich.actor_dotted.read_dotted_initials`
left a person) and each of whose mentions is followed, after its stop and one space, by a
capitalised word of letters (no function word, no word in capitals) is the person "<initials>
<surname>": the mentions take the surname, and a person actor named by that surname alone
folds into the whole name. Mentions followed by different surnames are two people: left.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_dotted import bare_letters
from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.function_words import FUNCTION_WORDS

__all__ = ["join_initialled_surnames"]

# After the initials: the last stop (if NER left it out), one space, a surname.
_SURNAME_AFTER = re.compile(r"\.? ([A-Z][a-z][A-Za-z'’-]*[a-z])\b")


def join_initialled_surnames(table: ArticleActors) -> None:
    """Give each person named by initials alone the surname written after them (module
    docstring), in place."""
    for name, info in list(table.actors.items()):
        letters = bare_letters(name) if "." in name else None
        if info.type != "PERSON" or letters is None or not 2 <= len(letters) <= 3:
            continue
        mentions = [m for m in table.mentions if m.actor == name]
        follows = [_SURNAME_AFTER.match(table.text, m.end) for m in mentions]
        surnames = {f.group(1) for f in follows if f is not None}
        if None in follows or len(surnames) != 1:
            continue
        surname = surnames.pop()
        if surname.lower() in FUNCTION_WORDS:
            continue
        whole = f"{name.rstrip('.')}. {surname}"
        ends = {id(m): f.end(1) for m, f in zip(mentions, follows, strict=True) if f}
        table.mentions = [
            replace(m, actor=whole, end=ends[id(m)]) if id(m) in ends else m for m in table.mentions
        ]
        info.name = whole
        table.actors[whole] = table.actors.pop(name)
        alone = table.actors.get(surname)
        if alone is not None and alone.type == "PERSON":
            rename_actor(table, surname, whole)
