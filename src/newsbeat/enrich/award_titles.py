"""More ways a text makes a capitalised word an award (issue 12, entities; ents39b).

:func:`~newsbeat.enrich.actor_awards.award_words` reads "X-winning", "won an X", "the X
telecast"; entertainment copy also writes the award before a winner's or a nominee's title with
no hyphen: "Velmar winner Ana Holm", "the four-time Velmar nominee", "Velmar winning
screenwriter Ivo Brask". A capitalised word is an award when it stands:

* before "winner" and a capitalised name ("Velmar winner Ana Holm");
* after "<number>-time" or "<number> time" and before "winner", "nominee" or "nominated"
  ("a three-time Velmar nominee");
* before "winning" or "nominated" and a maker's or a performer's noun, a title of up to four
  capitalised words allowed between ("Velmar winning Kessel Nights screenwriter"; not "the
  Velmar winning goal", not "Holm winning the race").

"the Holm nominee" (someone's nominee), "Holm winner" with no name after it, a party's
word ("the Republican nominee") and a place's ("a two-time Wimbledon winner") stay.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import known_place

__all__ = ["more_award_words"]

_NAME = r"[A-Z][a-z]+"
_TIMES = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
_ROLES = (
    r"(?:director|directors|filmmaker|screenwriter|writer|actor|actress|actors|composer"
    r"|producer|author|novelist|playwright|songwriter|singer|star|film|movie|documentary"
    r"|performance|role|song|album|novel|book|script|screenplay)"
)
# Words of a party or a place before "winner" or "nominee" are no awards ("the Republican
# nominee", "a two-time Wimbledon winner": the place's other mentions stay).
_PARTIES = frozenset(
    {"Democratic", "Democrat", "Republican", "Labour", "Conservative", "Liberal", "Tory"}
    | {"Green", "Socialist", "Independent"}
)
_CUES = (
    re.compile(rf"\b({_NAME})[ \t]+winner[ \t]+(?=[A-Z][a-z]+[ \t]+[A-Z])"),
    re.compile(
        rf"\b{_TIMES}(?:[ \t]*-[ \t]*|[ \t]+)time[ \t]+({_NAME})[ \t]+"
        r"(?:winner|nominee|nominated)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b({_NAME})[ \t]+(?:winning|nominated)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,4}}{_ROLES}\b"
    ),
)


def more_award_words(text: str) -> set[str]:
    """The capitalised words this module's cues make awards (see the module docstring)."""
    if "winn" not in text and "nomin" not in text:
        return set()
    found: set[str] = set()
    for cue in _CUES:
        found.update(m.group(1) for m in cue.finditer(text))
    return {w for w in found if w[:1].isupper() and w not in _PARTIES and not known_place(w)}
