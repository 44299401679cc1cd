"""A magazine's honour named as if it were someone (issue 12, entities; ents39b).

Showbusiness copy writes a yearly honour in capitals: "was named Velmar's Sexiest Man Alive",
"the magazine's reigning Sexiest Man Alive", "Most Beautiful Woman". NER tags it a person or
an organisation; it is a title its holder was given, not an actor. A name that is a
superlative (:data:`_SUPERLATIVES`) and a word for people (:data:`_PEOPLE`), with "Alive",
"of the Year" or "in the World" after it and an owner's possessive before it allowed
("Velmar's Sexiest Man Alive"), goes with its mentions. The whole name must be the title:
a name that goes on after it ("Richest Man Holdings") is not read.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_honour_titles", "honour_title"]

_SUPERLATIVES = (
    r"(?:Sexiest|Richest|Oldest|Youngest|Greatest|Best[ -]Dressed|Worst[ -]Dressed"
    r"|Most[ \t]+[A-Z][a-z]+)"
)
_PEOPLE = r"(?:Man|Woman|Men|Women|Person|People|Couple)"
_TITLE = re.compile(
    rf"(?:[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*)*['’]s[ \t]+)?{_SUPERLATIVES}[ \t]+{_PEOPLE}"
    r"(?:[ \t]+(?:Alive|of[ \t]+the[ \t]+Year|in[ \t]+the[ \t]+World))?"
)


def honour_title(name: str) -> bool:
    """Whether the whole name is such an honour (see the module docstring)."""
    return _TITLE.fullmatch(name) is not None


def drop_honour_titles(table: ArticleActors) -> None:
    """Drop the honours of the module docstring, in place."""
    if "Most" not in table.text and "est " not in table.text and "ressed" not in table.text:
        return
    table.drop_actors({name for name in table.actors if honour_title(name)})
