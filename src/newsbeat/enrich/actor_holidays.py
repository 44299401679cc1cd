"""Holidays: no actors (issue 12 §3; ents32).

NER takes a holiday for a person or an organisation: "marry on Valentine's Day" gives a person
Valentine, "This ain't Hanukkah" an organisation, "the Kessel Foods Christmas party" an
organisation "Kessel Foods Christmas". A holiday is a date, not an actor:

* an actor whose whole name is a holiday's (:data:`_HOLIDAYS`, our own list) goes;
* a name of two words or more ending in a holiday's name, every mention of it followed by a
  word in lower case ("Christmas party", "Easter dinner"), is folded into the name without the
  holiday (the company, under its own type unless the article names it already);
* a one-word name written before "'s Day" or "'s Eve" ("Valentine's Day", "Mother's Day")
  names a holiday there: that mention goes (the actor with its last mention). A name of two
  words or more ("Lena Holm's Day") is left.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_holidays"]

_HOLIDAYS = frozenset(
    {
        "Christmas", "Easter", "Thanksgiving", "Hanukkah", "Hanukah", "Chanukah", "Ramadan",
        "Diwali", "Passover", "Halloween", "Kwanzaa", "Hogmanay", "Yom Kippur", "Rosh Hashanah",
    }
)  # fmt: skip
_DAY_AFTER = re.compile(r"['’]s[ \t]+(?:Day|Eve)\b")
_LOWER_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _holiday_end(name: str) -> str | None:
    """The name without its last words when they are a holiday's, if anything is left."""
    for holiday in _HOLIDAYS:
        if name.endswith(" " + holiday):
            return name[: -len(holiday) - 1].strip() or None
    return None


def drop_holidays(table: ArticleActors) -> None:
    """Drop or cut the holidays of the module docstring, in place."""
    text = table.text
    table.drop_actors({name for name in table.actors if name in _HOLIDAYS})
    for name in list(table.actors):
        rest = _holiday_end(name)
        if rest is not None and table.every_mention(
            name, lambda m: _LOWER_WORD_AFTER.match(text, m.end)
        ):
            rename_actor(table, name, rest)
    if "s Day" in text or "s Eve" in text:
        table.drop_mentions(
            lambda m: (
                " " not in m.actor
                and text[m.start : m.end] == m.actor
                and _DAY_AFTER.match(text, m.end) is not None
            )
        )
