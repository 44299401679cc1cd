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
* **A place named for its owner.** "returned to the CIA base", "evacuated the Kelm Agency's
  compound": an organisation's name on a noun of a site is the site, not the organisation,
  unless the act is hostile ("attacked the Varn embassy" strikes at Varn).
* **A nationality's people.** "will resettle one Syrian refugee", "for every Syrian sent
  back", "five of the Turkish Americans who donated": people of a nationality (a nationality
  word on a noun of private people, or counted by "every", "one", a number, "N of the") are
  not their state (the guidelines: "Indian commandos" is no
  actor). Nor is a nationality word that opens an organisation's name NER cut short
  ("Americans for Prosperity ran an ad": the group, not the United States).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.relation_event import SentenceEvent

__all__ = [
    "capitals_say_nothing",
    "glued_name",
    "lower_case_noun",
    "nationals",
    "not_a_name",
    "site_named",
]

# Nouns of a site: an organisation's name on them names the place.
_SITES = frozenset(
    {"base", "headquarters", "compound", "embassy", "consulate", "office", "building"}
    | {"facility", "camp", "station", "plant", "factory", "campus", "outpost", "annex"}
    | {"residence", "premises", "site", "hq", "mission"}
)
_HOSTILE = frozenset(
    {"FIGHT", "ASSAULT", "COERCE", "THREATEN", "SEIZE", "PROTEST", "SANCTION", "DISAPPROVE"}
)
# Private people: a nationality word on them is no state.
_PEOPLE = frozenset(
    {"refugee", "migrant", "immigrant", "citizen", "national", "worker", "student", "tourist"}
    | {"civilian", "family", "child", "woman", "man", "people", "resident", "voter", "asylum"}
    | {"seeker", "traveler", "traveller", "passenger", "businessman", "expatriate", "expat"}
)
_COUNTERS = frozenset({"every", "each", "one", "many", "some", "several", "few", "thousands"})

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
    at = text.find(name)
    while at >= 0:  # the matches of re.finditer(re.escape(name), text)
        found = True
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at + len(name))
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if text[line_start:at].strip() and not _title_case(line):
            return False
        at = text.find(name, at + max(len(name), 1))
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


def _name_roots(ev: SentenceEvent, name: str, actors: ArticleActors) -> list[Token]:
    """The last token of each mention of the name in the trigger's sentence."""
    roots: list[Token] = []
    for tok in ev.trigger.sent:
        m = actors.actor_at(tok.idx, tok.idx + len(tok.text))
        if m is None or m.actor != name:
            continue
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if following is None or following.idx >= m.end or following.is_punct:
            roots.append(tok)
    return roots


def _site_of(tok: Token) -> bool:
    """Whether a name's token modifies a noun of a site ("the CIA base", "Kelm's office")."""
    return tok.dep_ in {"compound", "poss"} and tok.head.lemma_.lower() in _SITES


def site_named(ev: SentenceEvent, name: str, actors: ArticleActors) -> bool:
    """Whether the end is written in the sentence only on a noun of a site, in an act that is
    not hostile (see the module docstring)."""
    if ev.type in _HOSTILE:
        return False
    roots = _name_roots(ev, name, actors)
    return bool(roots) and all(_site_of(t) for t in roots)


def _people_of(tok: Token, name: str) -> bool:
    """Whether a token is a nationality word for people, not the state's name."""
    if tok.text in name.split():
        return False  # the state's own name ("Syria")
    if tok.dep_ in {"amod", "compound"} and tok.head.lemma_.lower() in _PEOPLE:
        return True
    if any((c.dep_ == "det" and c.lower_ in _COUNTERS) or c.dep_ == "nummod" for c in tok.children):
        return True  # "every Syrian", "300 Afghans"
    # "five of the Turkish Americans", "many of the Syrians": a count of them
    of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return of is not None and (of.head.like_num or of.head.lower_ in _COUNTERS)


def _opens_group_name(tok: Token, name: str) -> bool:
    """Whether a nationality word opens an organisation's name that NER cut short: "Americans
    for Prosperity", "Kaldrians for Fair Roads" (the word, "for", then a capitalised word)."""
    if tok.text in name.split():
        return False
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "for":
        return False
    following = doc[tok.i + 2]
    return following.text[:1].isupper() and not following.is_sent_start


def nationals(ev: SentenceEvent, name: str, actors: ArticleActors) -> bool:
    """Whether a state is written in the sentence only as people of its nationality, or as the
    first word of a group's name (see the module docstring)."""
    if actors.type_of(name) not in {"GPE", "NORP"}:
        return False
    roots = _name_roots(ev, name, actors)
    return bool(roots) and all(_people_of(t, name) or _opens_group_name(t, name) for t in roots)


def not_a_name(ev: SentenceEvent, source: str, target: str, actors: ArticleActors) -> bool:
    """Whether either end of the relation is no one's name (see the module docstring)."""
    if target and site_named(ev, target, actors):
        return True
    return any(
        end and (glued_name(end, actors) or lower_case_noun(ev, end) or nationals(ev, end, actors))
        for end in (source, target)
    )
