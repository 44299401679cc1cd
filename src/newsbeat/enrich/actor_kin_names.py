"""A first name alone written as a relative: "his daughter, Joan," (issue 12, entities;
alias37, read37: "The couple had a daughter, Joan, and a son" left "Joan" a person of her own
beside the story's "Joan Felt").

A person actor named by one known first name, of which a mention comes right after a kin noun
and a comma ("his daughter, Ada,", "a son, Tomas,", "the couple's daughter, Ada"), gets that
noun as its role: the article says who she is. The story reads the role
(:mod:`~newsbeat.enrich.story_kin`): the one person of the story named in full with that first
name and the surname of a person of the same article is she.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["KIN_NOUNS", "name_relatives"]

KIN_NOUNS = frozenset(
    {
        "daughter", "son", "wife", "husband", "widow", "widower", "mother", "father", "sister",
        "brother", "granddaughter", "grandson", "niece", "nephew",
    }
)  # fmt: skip
# "his daughter, " / "a son, " / "the couple's daughter, " right before the name.
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their|a|an|the\s+\w+['’]s)\s+(" + "|".join(sorted(KIN_NOUNS)) + r"),[ \t]*\Z",
    re.IGNORECASE,
)


def name_relatives(table: ArticleActors) -> None:
    """Give the first names written as a relative their kin noun as a role, in place."""
    for name, info in table.actors.items():
        if info.type != "PERSON" or " " in name or info.roles or not is_first_name(name):
            continue
        for m in table.mentions:
            if m.actor != name:
                continue
            found = _KIN_BEFORE.search(table.text, max(0, m.start - 40), m.start)
            if found is not None:
                info.roles.append(found.group(1).lower())
                break
