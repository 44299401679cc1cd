"""Acts a sentence tells that are no act between two actors (the seventh held-out check).

* Talking to the press: "speaking to NBC's Hallie Jackson", "told reporter Jim Hale", "in an
  interview with Lena Holm of the Herald" give an interview, a statement to an outlet (which is
  no actor: ``relation_rules.is_outlet_name``); the journalist is not met as a party.
* Someone else's forecast: "Sanders will back Clinton, eventually, former rival says" is what
  the rival expects of Sanders, not Sanders' commitment: the teller is another named person
  or a person described as an onlooker (a rival, an analyst, an ally). A person's own "I will"
  told by themselves ("X said he will meet Y") or by those who speak for or arrange it (a
  spokesman, an office, an embassy, "diplomatic sources", a government: "Y will meet Z, the
  White House said") stays a commitment in the reading PLOVER scores; the relation core shows
  neither, a plan being no relation yet (:mod:`~newsbeat.enrich.relation_plans`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.relation_rules import is_outlet_name
from newsbeat.enrich.relation_tellers import speaks_for, teller

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["FORECASTERS", "PRESS_NOUNS", "forecast_by_other", "press_person"]

# The trades of those who interview (a person so described, or so titled, is the press).
PRESS_NOUNS = frozenset(
    {"reporter", "journalist", "correspondent", "anchor", "anchorman", "anchorwoman"}
    | {"interviewer", "columnist", "commentator", "presenter", "host", "newsman"}
)
_OF_OUTLET = frozenset({"of", "from", "for", "with", "at"})
_FUTURE = frozenset({"will", "'ll", "shall"})
# Reporting verbs whose subject forecasts another's act.
_FORECASTING = frozenset({"say", "predict", "expect", "believe", "think", "write", "tweet"})
# People described by what they are to the news, whose "X will" is their forecast of X
# (and who are persons, not things, to the speaker rules).
FORECASTERS = frozenset(
    {"rival", "opponent", "challenger", "critic", "analyst", "expert", "observer", "pundit"}
    | {"strategist", "pollster", "economist", "historian", "scholar", "ally", "friend"}
    | {"supporter", "backer", "insider", "veteran", "commentator", "columnist"}
)


def _outlet(tok: Token, actors: ArticleActors) -> bool:
    """A name that is a news outlet: the actor it is a mention of, or its own words, is one
    ("NBC News"; "NBC", the broadcaster's short name, as "NBC News" is)."""
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    names = [tok.text] if mention is None else [mention.actor, tok.text]
    return any(is_outlet_name(n) or is_outlet_name(f"{n} News") for n in names if n[:1].isupper())


def press_person(tok: Token, actors: ArticleActors) -> bool:
    """Whether the person named at ``tok`` is introduced as the press: an outlet's possessive
    ("NBC's Hallie Jackson"), a trade of :data:`PRESS_NOUNS` before or beside the name
    ("reporter Jim Hale", "Jim Hale, a correspondent"), an outlet after it ("Lena Holm of the
    Herald"), or a role the article gave the person ("Hale, the paper's columnist")."""
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    if mention is None or actors.type_of(mention.actor) != "PERSON":
        return False
    for child in tok.children:
        if child.dep_ == "poss" and _outlet(child, actors):
            return True
        if child.dep_ in {"compound", "appos"} and child.lemma_.lower() in PRESS_NOUNS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ in _OF_OUTLET
            and any(o.dep_ == "pobj" and _outlet(o, actors) for o in child.children)
        ):
            return True
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in PRESS_NOUNS:
        return True  # "the reporter, Jim Hale"
    return any(
        w in PRESS_NOUNS for role in actors.roles_of(mention.actor) for w in role.lower().split()
    )


def forecast_by_other(tok: Token, subject: Token | None, actors: ArticleActors) -> bool:
    """Whether the trigger is a future ("will back") in words reported by someone other than
    its subject, a person, and other than those who speak for that person (see the module
    docstring): "Sanders will back Clinton, former rival says"."""
    if subject is None or not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return False
    person = actors.actor_at(subject.idx, subject.idx + len(subject.text))
    if person is None or actors.type_of(person.actor) != "PERSON":
        return False
    reporter = teller(tok, _FORECASTING)
    if reporter is None or reporter.pos_ == "PRON":
        return False  # "he said he will": the person's own words, or no one named
    if speaks_for(reporter):
        return False
    said_by = actors.actor_at(reporter.idx, reporter.idx + len(reporter.text))
    if said_by is not None:
        # a named reporter: another person forecasts; an organisation or a state speaks for
        # its own (the person's office, party or government): not a forecast
        return said_by.actor != person.actor and actors.type_of(said_by.actor) == "PERSON"
    # "former rival says", "an analyst said"; not "the Albanian embassy said", "diplomatic
    # sources said" (an announcement by those who arrange the visit is its plan, PLOVER's AGREE)
    return reporter.pos_ == "NOUN" and reporter.lemma_.lower() in FORECASTERS
