"""A radio channel called over: no actor (issue 12, entities; read38: "a distress call over
the MMB Channel 16" typed ORG).

A ship's or a pilot's call goes "over" a radio channel, named "Channel" and a number; the model
types the name an organisation. An actor whose name ends in "Channel <number>" and one of whose
mentions follows "over (the)" is no entity. Guard: a television channel is a broadcaster, an
organisation ("on Channel 4", "Channel 9 reported") and stays.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_radio_channels"]

_CHANNEL = re.compile(r"\bChannel \d{1,3}\Z")
_OVER = re.compile(r"\bover\s+(?:the\s+)?\Z")


def drop_radio_channels(table: ArticleActors) -> None:
    """Drop the radio channels of the module docstring, in place."""
    text = table.text
    channels = {
        m.actor
        for m in table.mentions
        if _CHANNEL.search(m.actor) and _OVER.search(text[max(0, m.start - 10) : m.start])
    }
    table.drop_actors(channels)
