"""Relation ends that are no one's name: spans the tagger glued or cut out of the text.

Read on unread election news (PolNeAR train articles, branch ``relpol``): a fifth of the wrong
relations printed there had an end no reader would call a name. Each shape below is a fact of
how names are written, not of one article:

* **A word glued to another's surname.** A headline or a line's opening capitalises a common
  word beside a surname ("Top Clinton adviser sent …", "After Trump Heard What …"): the tagger
  makes one person of both, and the surname's later mentions join that "person". A person is
  such a span when it is written only where capitals say nothing (a line's first words, a
  title-case line), holds the surname of another person of the article, and its other words
  are no first names ("Bill Clinton" beside "Hillary Clinton" is a name; "Jeb Bush" written
  mid-sentence is one whatever the name list says). A possessive glued to what it owns
  ("Trump's Bigotry") is never a name.
* **A common noun taken for a name.** "allowing the group to continue": an organisation whose
  whole name is one word ("Group", cut out of "a Group of 20 meeting") is found again in "the
  group"; the sentence names nobody when it writes that word only in lower case.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = ["capitals_say_nothing", "glued_name", "lower_case_noun", "not_a_name"]

_POSSESSIVE = re.compile(r"^(.+?)['’]s$")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def _surnames(actors: ArticleActors, but: str) -> set[str]:
    """The last words of the article's other people of two words or more."""
    return {
        n.split()[-1]
        for n, info in actors.actors.items()
        if n != but and info.type == "PERSON" and len(n.split()) > 1
    }


def _title_case(line: str) -> bool:
    """A headline's line: four words or more, nearly all capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def capitals_say_nothing(name: str, text: str) -> bool:
    """Whether every place the text writes the name opens a line or lies in a title-case line,
    where a capital is no sign of a name (and the name is written at all)."""
    found = False
    for match in re.finditer(re.escape(name), text):
        found = True
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if text[line_start : match.start()].strip() and not _title_case(line):
            return False
    return found


def glued_name(name: str, actors: ArticleActors) -> bool:
    """Whether a name of two words or more is another person's surname with a word glued to it
    (see the module docstring): a person written only where capitals say nothing whose other
    words are neither first names nor initials, or any name holding a possessive of another
    actor's name or surname ("Trump's Bigotry")."""
    words = name.split()
    if len(words) < 2:
        return False
    surnames = _surnames(actors, name)
    for word in words[:-1]:
        owner = _POSSESSIVE.match(word)
        if owner and owner.group(1) in surnames | {n for n in actors.actors if n != name}:
            return True  # "Trump's Bigotry": what someone owns, no one's name
    info = actors.actors.get(name)
    if info is None or info.type != "PERSON" or not capitals_say_nothing(name, actors.text):
        return False
    for i, word in enumerate(words):
        if word not in surnames:
            continue
        others = words[:i] + words[i + 1 :]
        if not any(is_first_name(w) or _INITIAL.match(w) for w in others):
            return True
    return False


def lower_case_noun(ev: SentenceEvent, name: str) -> bool:
    """Whether a one-word name stands in the trigger's sentence only for the same word in lower
    case ("the group" found as "Group"): a common noun, nobody named."""
    if not name or " " in name or not name[:1].isupper():
        return False
    words = [t.text for t in ev.trigger.sent]
    return name not in words and name.lower() in words


def not_a_name(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether either end of the relation is no one's name (see the module docstring)."""
    return any(
        end and (glued_name(end, actors) or lower_case_noun(ev, end)) for end in (source, target)
    )
