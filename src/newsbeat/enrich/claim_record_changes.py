"""A record reached by a bout or a game: "Kerr improved to 22-3", "Kerr improved her record to
22-3", "the win took Kerr's record to 22-3", "Ruiz fell to 14-4-1" (issue 12, recall30e).

Used by :mod:`newsbeat.enrich.claims` beside :func:`~newsbeat.enrich.claim_records.record_at`
(a record apposed to a name, "Kerr (22-3)"). After a verb of change and "to", a dashed pair or
triple of small figures is the named person's record after the event: her wins are the first
figure, compared across outlets as "Kerr (22-3)" is. The person is the verb's subject ("Kerr
improved to"), or whose record the verb moves ("took Kerr's record to"); whether the name is a
person is the caller's check (a team's record is no person's standing and stays unread, as an
apposed one does). A part of a record is left alone: "fell to 2-3 against Ruiz", "improved to
9-1 at home", "is 10-5-2 since".

A bout can be what moves the record of a fighter it then names by a description ("Kerr's
sixth defence improved the champion to 52-3", "the knockout in Kerr's title defence improved
the Texan to 52-3"): the fighter is the one whose bout it was, the name owning the bout noun
that is the verb's subject or hangs on it by "in" (issue 12, claims37). A name owning another
noun there ("the win over Kerr's cousin") is not the fighter, and a description with no such
name names no one. The knockouts given after "with" ("52-3 with 46 KOs") are counted among
the wins, as bracketed ones are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_records import _KNOCKOUTS, Record, tally, tally_end

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["record_reached"]

# verbs whose subject's record moves: "Kerr improved to 22-3", "Ruiz dropped to 14-4"
_OWN = frozenset({"improve", "fall", "drop", "slip", "move", "climb"})
# verbs that move someone's record: "the win took Kerr's record to 22-3"
_MOVING = frozenset({"take", "push", "raise", "run", "lift", "boost", "bring"})
_RECORD_NOUNS = frozenset({"record", "mark"})
_PERSONAL = frozenset({"his", "her", "their"})
# what makes the record a part of one: an opponent, a span, a kind of bout ("in title fights"),
# home or away games ("on Saturday" is only when)
_PARTIAL = frozenset({"against", "versus", "vs", "vs.", "in", "since", "when", "as"})
_VENUES = (("at", "home"), ("on", "the"), ("away", ""))
# a fighter's bout, whose owner's record the bout moves: "Kerr's sixth defence improved the
# champion to 52-3"
_BOUTS = frozenset(
    {"defense", "defence", "win", "victory", "bout", "fight", "triumph", "knockout", "stoppage"}
)


def record_reached(doc: Doc, first: int, last: int) -> Record | None:
    """The record reached after a verb of change whose wins are the figure ``first..last``
    ("improved to 22-3"), or None."""
    if first != last or first < 2 or not tally(doc[first]) or doc[first - 1].lower_ != "to":
        return None
    k = tally_end(doc, last)
    if k is None:
        return None
    after = [t.lower_ for t in doc[k + 1 : k + 3]] + ["", ""]
    if after[0] in _PARTIAL or any(after[0] == a and after[1].startswith(b) for a, b in _VENUES):
        return None
    verb = doc[first - 1].head
    if verb.pos_ not in {"VERB", "AUX"} or doc[first - 1].dep_ != "prep":
        return None
    name = _holder(verb)
    if name is None:
        return None
    ko, noun = k + 2, k + 3  # "fell to 36-3 (24 KOs)": the knockouts among the wins
    if (
        noun + 1 < len(doc)
        and doc[k + 1].text == "("
        and doc[noun + 1].text == ")"
        and doc[ko].text.isdigit()
        and doc[noun].lower_ in _KNOCKOUTS
    ):
        return Record(wins=first, knockouts=ko, knockout_noun=noun, name=name, end=noun + 1)
    if (  # "improved to 52-3 with 46 KOs": the same knockouts, told after "with"
        noun < len(doc)
        and doc[k + 1].lower_ == "with"
        and doc[ko].text.isdigit()
        and doc[noun].lower_ in _KNOCKOUTS
    ):
        return Record(wins=first, knockouts=ko, knockout_noun=noun, name=name, end=noun)
    return Record(wins=first, knockouts=None, knockout_noun=None, name=name, end=k)


def _holder(verb: Token) -> Token | None:
    """The name whose record ``verb`` moves: its subject's own ("Kerr improved (her record)
    to"), or the possessor of the record it moves ("took Kerr's record to")."""
    lemma = verb.lemma_.lower()
    moved = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if moved is not None and moved.lemma_.lower() in _RECORD_NOUNS:
        owner = next((c for c in moved.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.lower_ in _PERSONAL:
            return _name(subject) if lemma in _OWN | _MOVING else None
        return _name(owner) if lemma in _MOVING | _OWN else None
    if moved is None and lemma in _OWN:
        return _name(subject)
    if moved is not None and lemma in _OWN and moved.pos_ == "NOUN" and subject is not None:
        return _bout_owner(subject)  # "Kerr's defence improved the champion to 52-3"
    return None


def _bout_owner(subject: Token) -> Token | None:
    """The name owning the bout a verb's subject is or tells of: "Kerr's win" itself, or "the
    knockout in Kerr's sixth defence"; None when no bout noun of the subject has a named
    owner ("the win over Kerr's cousin": the name owns no bout)."""
    bouts = [subject] + [
        obj
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for bout in bouts:
        if bout.lemma_.lower() not in _BOUTS:
            continue
        owner = next((c for c in bout.children if c.dep_ == "poss"), None)
        if (found := _name(owner)) is not None:
            return found
    return None


def _name(tok: Token | None) -> Token | None:
    return tok if tok is not None and tok.pos_ == "PROPN" and tok.is_title else None
