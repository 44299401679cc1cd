"""Who a relation end is, shown to a reader, when a name only modifies the head noun of its
phrase ("the Obama administration", "Staunton police", "the US President-elect").

:func:`~newsbeat.enrich.relations.sentence_events` codes such a phrase as the name (PLOVER's
convention: a state's agents are the state, a person's team acts for the person); a reader is
shown who the phrase names:

* a body named after a person or a town (the head noun a collective organisation noun,
  :data:`BODY_HEADS`) is that body, the phrase as written: "the Obama administration" is the
  Obama administration, "Staunton police" the Staunton police, not Obama or Staunton. A body
  named after a *country* stays the country ("Kaldria's navy", "the US government"): a state
  acts through its institutions;
* one person named by a title with only a place before it is a person the sentence does
  not name ("the US President-elect", "an Atlanta judge", "the New York attorney general"):
  the holder the article gave that title to before ("President-elect Barack Obama"), when
  exactly one, else nobody. A country's officers stay the country (PLOVER's coding, and
  what an ambassador or a minister is for: "China's ambassador accused Britain"): a title
  of :data:`~newsbeat.enrich.relation_rules.STATE_AGENTS` with a country or a nationality
  before it; "President-elect" is no office yet.

Anything else (a company's team, "Clark's hot start") is left as the caller found it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import TITLE_HEADS, lookup_country
from newsbeat.enrich.relation_rules import STATE_AGENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors, MentionRef

__all__ = ["BODY_HEADS", "modifier_end"]

# Collective nouns for an organised body that a person or a place can name: it acts as one
# body ("the Obama administration", "Dover police", "the Baxter campaign"). People one by one
# ("officials", "lawyers", "aides") are not a body, and a company or team name already is one.
BODY_HEADS = frozenset(
    {"administration", "team", "camp", "campaign", "office", "staff", "management", "board"}
    | {"government", "cabinet", "police", "department", "ministry", "agency", "council"}
    | {"committee", "commission", "army", "navy", "military", "authorities", "force", "forces"}
)
# What only a state has: whatever place names one of these is a state (one the country list
# may not know, "Dravonia's foreign ministry"), and acts through it; a town has police, a
# council, offices and a government of its own.
_STATE_ONLY = frozenset({"ministry", "cabinet", "army", "navy", "military", "force", "forces"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_SINGULAR = frozenset({"NN", "NNP"})


def _title(tok: Token) -> str | None:
    """The title a token is the head word of ("minister"; "president-elect", which the
    tokenizer splits at its hyphen), None when it is no title."""
    if tok.i >= 2 and tok.nbor(-1).text == "-":
        joined = f"{tok.nbor(-2).lower_}-{tok.lower_}"
        if joined in TITLE_HEADS:
            return joined
    for word in (tok.lower_, tok.lemma_.lower()):
        if word in TITLE_HEADS:
            return word
    return None


def _holder(head: Token, title: str, actors: ArticleActors) -> str | None:
    """The one person the article gave ``title`` to before ``head``: as a title before the
    name ("President-elect Tom Baxter") or a role the actor table keeps ("Lisa Holm, the
    French minister"); None when none or several."""
    holders: set[str] = set()
    for tok in head.doc[: head.i]:
        if _title(tok) != title or tok.dep_ != "compound":
            continue
        # the title word right before the name: "President-elect Tom Baxter", not the
        # "Sheriff" of "Sheriff's Deputy Tom Baxter"
        named = tok.head
        mention = actors.actor_at(named.idx, named.idx + len(named.text))
        if mention is not None and actors.type_of(mention.actor) == "PERSON":
            holders.add(mention.actor)
    for person, info in actors.actors.items():
        if info.type == "PERSON" and any(r.lower().split()[-1:] == [title] for r in info.roles):
            holders.add(person)
    return next(iter(holders)) if len(holders) == 1 else None


def _phrase(head: Token, modifier: Token) -> str:
    """The phrase from the modifier's first word to the head, as written ("Obama
    administration", "Staunton police", "Obama's team")."""
    start = modifier.left_edge.i
    while start < head.i and head.doc[start].dep_ == "det":
        start += 1
    return head.doc[start : head.i + 1].text


def modifier_end(
    head: Token, modifier: Token, mention: MentionRef, actors: ArticleActors
) -> str | None:
    """What a reader is shown for ``mention``, a name in ``modifier`` of the common noun
    ``head`` that the relation code took as the actor (see the module docstring).

    Returns:
        The name to show: the mention's actor itself (nothing to change), the body's phrase,
        or the title's one holder; None when the phrase is a person the article leaves
        unnamed (no actor).
    """
    if head.pos_ not in {"NOUN", "PROPN"}:
        return mention.actor
    kind = actors.type_of(mention.actor) or mention.label
    place = kind in {"GPE", "LOC"} or mention.label in _PLACE_LABELS
    state = lookup_country(mention.actor) is not None or mention.label == "NORP"
    town = place and not state
    title = _title(head) if head.tag_ in _SINGULAR else None
    if title is not None and place:
        if state and title in STATE_AGENTS:
            # "China's ambassador accused X": a state acts through its officers
            return mention.actor
        return _holder(head, title, actors)
    if head.lemma_.lower() not in BODY_HEADS and head.lower_ not in BODY_HEADS:
        return mention.actor
    if kind == "PERSON" or (town and head.lemma_.lower() not in _STATE_ONLY):
        return _phrase(head, modifier)
    return mention.actor  # a country's institutions act for it, a party's or company's for it
