"""Characters of a film or a series, which are no actors of the news (issue 12, item 3).

A review or a synopsis names the people of the story told on screen ("Lena Holm plays Mara, a
detective who arrests the mayor"), and their deeds and lines are the plot: "Mara threatens to
kill the mayor's dog" is no threat anyone made. In an article about a film or a series (one of
:data:`_SCREEN_WORDS` in its text), the name a person plays, portrays or stars as is a
character and is dropped with its mentions, so that no relation or event is given to it, and
its lines are no quotes (:func:`characters`, read by the enrich stage). "Velmar played Orsk
on Sunday" in a match report, with no word of the screen, keeps both teams.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import found_case_blind

__all__ = ["characters", "drop_characters"]

_SCREEN_WORDS_LOWER = re.compile(
    r"\b(?:film|films|movie|movies|series|sitcom|miniseries|episode|episodes|screenplay"
    r"|character|characters|cast|box office|trailer|premiere)\b"
)
_SCREEN_WORDS = re.compile(_SCREEN_WORDS_LOWER.pattern, re.IGNORECASE)
# A word of each of the pattern's words ("box" of "box office"), for found_case_blind's gate.
SCREEN_RUNS = frozenset(
    {
        "film", "films", "movie", "movies", "series", "sitcom", "miniseries", "episode",
        "episodes", "screenplay", "character", "characters", "cast", "box", "trailer", "premiere",
    }
)  # fmt: skip
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_PLAYED = re.compile(
    rf"\b(?:plays|played|playing|portrays|portrayed|portraying|voices|voiced)\s+(?:the\s+role\s+"
    rf"of\s+)?({_NAME})|\b(?:stars|starred|starring|cast)\s+as\s+({_NAME})"
)


@lru_cache(maxsize=4)  # asked twice per article: by the actors' pass and by the stage
def characters(text: str) -> frozenset[str]:
    """The names an article about a film or a series says someone plays (see the module
    docstring); none in any other article."""
    if not found_case_blind(text, _SCREEN_WORDS_LOWER, _SCREEN_WORDS, SCREEN_RUNS):
        return frozenset()
    return frozenset(m.group(1) or m.group(2) for m in _PLAYED.finditer(text))


def drop_characters(table: ArticleActors) -> None:
    """Drop the characters of the module docstring, in place."""
    played = characters(table.text)
    if played:
        people = {name for name, info in table.actors.items() if info.type == "PERSON"}
        table.drop_actors(set(played) & people)
