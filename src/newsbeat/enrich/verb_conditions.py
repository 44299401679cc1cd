"""Per-verb conditions of the relation lexicon (``verb_conditions`` in ``relation_lexicon.json``).

Some verbs are an interaction only in one construction: "charged X *with* murder" is a
charge (COERCE), "checked *into* rehab" is nothing, "called *on* X to leave" is a demand,
"hit Rahman" is a blow but "hit .308" is not. The lexicon keeps, beside each such verb's
``verb_objects``, an ordered list of rows ``{"when": CONDITION, "words": [...], "type": T}``;
the first row whose condition holds gives the type. ``T`` is a PLOVER type, ``null`` (no
trigger), ``"@by_object"`` (the verb's ``verb_objects`` entry for its object, else none) or
``"@in_noun"`` (the type of the noun of its "in" phrase: "engaged in talks"), ``"@by_naming"``
or ``"@by_judgment"`` (what X is called in "called X Y": the lexicon's entry for Y, or the
praise or blame of :mod:`~newsbeat.enrich.relation_verbal`). A row without
``when`` always holds; when no row holds, the verb is read like any other.

The conditions are named syntactic tests on the verb token (:data:`CONDITIONS`); a row may
say ``"negate": true``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CONDITIONS", "NO_RULE", "VEHICLES", "Condition", "condition", "verb_condition_type"]

Condition = Callable[["Token", frozenset[str]], bool]
CONDITIONS: dict[str, Condition] = {}
# Returned when no row of the verb holds: read the verb like any other.
NO_RULE = "@none"
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_GUESTS = frozenset({"PERSON", "GPE", "NORP"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})


def condition(name: str) -> Callable[[Condition], Condition]:
    """Register a named condition (relation_triggers.py adds the ones that need its helpers)."""

    def register(func: Condition) -> Condition:
        CONDITIONS[name] = func
        return func

    return register


def _children(tok: Token, deps: Iterable[str]) -> list[Token]:
    wanted = set(deps)
    return [c for c in tok.children if c.dep_ in wanted]


@condition("prep")
def _prep(tok: Token, words: frozenset[str]) -> bool:
    """A preposition of ``words`` hangs from the verb ("charged X with murder")."""
    return any(c.lower_ in words for c in _children(tok, ["prep"]))


@condition("prep_object")
def _prep_object(tok: Token, words: frozenset[str]) -> bool:
    """A preposition of the verb has a noun of ``words`` as its object ("retreated to the
    ropes")."""
    return any(
        o.lemma_.lower() in words or o.lower_ in words
        for c in _children(tok, ["prep"])
        for o in _children(c, ["pobj"])
    )


@condition("particle")
def _particle(tok: Token, words: frozenset[str]) -> bool:
    """A particle of ``words`` ("struck up a conversation")."""
    return any(c.lower_ in words for c in _children(tok, ["prt"]))


@condition("particle_or_prep")
def _particle_or_prep(tok: Token, words: frozenset[str]) -> bool:
    """A particle or preposition of ``words`` ("checked into rehab", "walked out")."""
    return any(c.lower_ in words for c in _children(tok, ["prt", "prep"]))


@condition("named_object")
def _named_object(tok: Token, words: frozenset[str]) -> bool:
    """The direct object is a named actor ("hit Rahman"; not "hit .308")."""
    return any(c.ent_type_ in _NAMED for c in _children(tok, ["dobj"]))


@condition("guest_object")
def _guest_object(tok: Token, words: frozenset[str]) -> bool:
    """The direct object, or a name that modifies it, is a person, a state or a people
    ("hosted Gary Olsen", "hosted the Kaldrian president"); an organisation tagged for an
    event or a show is none ("hosted the Oscars")."""
    return any(
        t.ent_type_ in _GUESTS
        for c in _children(tok, ["dobj"])
        for t in (c, *_children(c, ["compound", "amod", "poss"]))
    )


@condition("person_object")
def _person_object(tok: Token, words: frozenset[str]) -> bool:
    """The direct object, or one of its conjuncts, is a named person ("sent Olsen and Booth to
    Minnesota")."""
    return any(t.ent_type_ == "PERSON" for c in _children(tok, ["dobj"]) for t in (c, *c.conjuncts))


@condition("pronoun_object")
def _pronoun_object(tok: Token, words: frozenset[str]) -> bool:
    """The direct object is a pronoun of people ("freed three prisoners and sent them to
    Qatar"): what was sent is not known to be aid."""
    return any(c.lower_ in {"him", "her", "them"} for c in _children(tok, ["dobj"]))


VEHICLES = frozenset(
    {"car", "cars", "vehicle", "truck", "suv", "van", "bus", "pickup", "sedan", "motorcycle",
     "camry", "jeep", "taxi", "cab", "lorry", "tractor", "minivan", "coupe", "hatchback"}
)  # fmt: skip


@condition("vehicle_instrument")
def _vehicle_instrument(tok: Token, words: frozenset[str]) -> bool:
    """A vehicle does the striking: "struck Chohan with his Camry" (an instrument "with" a
    vehicle), "was struck by a car": a road crash, not an attack."""
    for prep in _children(tok, ["prep", "agent"]):
        if prep.lower_ not in {"with", "by"}:
            continue
        for obj in _children(prep, ["pobj"]):
            if obj.lower_ in VEHICLES or any(
                c.lower_ in VEHICLES for c in _children(obj, ["compound"])
            ):
                return True
    return False


# The round of a bout, by its order ("in the 11th round", "in the final round"), and the blows
# a boxer lands ("with a big right hand", "with a left hook").
_ROUND_ORDERS = frozenset({"first", "last", "final", "opening"})
_BLOWS = frozenset(
    {"punch", "right", "left", "hook", "jab", "uppercut", "combination", "hand", "blow"}
    | {"cross", "overhand", "haymaker"}
)


@condition("bout_blow")
def _bout_blow(tok: Token, words: frozenset[str]) -> bool:
    """The verb is set in a bout: "in" a round named by its order ("stopped X in the 11th
    round"; not "in the first round of talks") or "with" a blow ("floored X with a right
    hand")."""
    for prep in _children(tok, ["prep"]):
        for obj in _children(prep, ["pobj"]):
            if prep.lower_ == "in" and obj.lemma_.lower() == "round":
                if _children(obj, ["prep"]):
                    continue  # "the first round of talks"
                if any(
                    m.ent_type_ == "ORDINAL" or m.lower_ in _ROUND_ORDERS
                    for m in _children(obj, ["amod", "nummod"])
                ):
                    return True
            if prep.lower_ == "with" and obj.lemma_.lower() in _BLOWS:
                return True
    return False


@condition("organisation_object")
def _organisation_object(tok: Token, words: frozenset[str]) -> bool:
    """The direct object is a named organisation ("joined the Dover Rovers", "joined NATO";
    not "joined the talks", "joined Gary Olsen on stage")."""
    return any(c.ent_type_ == "ORG" and c.pos_ == "PROPN" for c in _children(tok, ["dobj"]))


@condition("named_object_or_owner")
def _named_object_or_owner(tok: Token, words: frozenset[str]) -> bool:
    """The direct object, or its possessor, is a named actor ("dominated Kaldria's army";
    not "dominated the glass")."""
    return any(
        t.ent_type_ in _NAMED
        for c in _children(tok, ["dobj"])
        for t in (c, *_children(c, ["poss"]))
    )


@condition("clause_or_prep")
def _clause_or_prep(tok: Token, words: frozenset[str]) -> bool:
    """A clause, or a preposition of ``words``, completes the verb ("pushing for talks",
    "pushed to bring X back"; not "pushed a child out of the way")."""
    if _children(tok, ["xcomp", "ccomp", "advcl"]):
        return True
    return _prep(tok, words)


@condition("complement_lemma")
def _complement_lemma(tok: Token, words: frozenset[str]) -> bool:
    """An infinitive complement of ``words`` ("declined to comment")."""
    return any(c.lemma_.lower() in words for c in _children(tok, ["xcomp"]))


@condition("predicate_word")
def _predicate_word(tok: Token, words: frozenset[str]) -> bool:
    """A predicate of ``words`` about the object ("found X guilty")."""
    return any(c.lower_ in words for c in _children(tok, ["ccomp", "oprd", "xcomp", "acomp"]))


@condition("naming")
def _naming(tok: Token, words: frozenset[str]) -> bool:
    """A noun or adjective predicated of the object ("called X a liar", "called it unfair")."""
    return any(c.pos_ in {"NOUN", "ADJ"} for c in _children(tok, ["oprd"]))


@condition("object_noun")
def _object_noun(tok: Token, words: frozenset[str]) -> bool:
    """The direct object, or one of its compounds, is a noun of ``words`` ("sought help")."""
    for obj in _children(tok, ["dobj"]):
        nouns = {obj.lemma_.lower(), obj.lower_}
        nouns |= {c.lemma_.lower() for c in _children(obj, ["compound"])}
        if nouns & words:
            return True
    return False


@condition("next_prep_or_mark")
def _next_prep_or_mark(tok: Token, words: frozenset[str]) -> bool:
    """A preposition of ``words`` right after the verb ("called on X to …", "called for a
    vote"; not "called X on Monday"), or a clause the verb governs that opens with such a word
    parsed as its mark ("called for companies to do more")."""
    if any(c.lower_ in words and c.i == tok.i + 1 for c in _children(tok, ["prep"])):
        return True
    return any(
        m.lower_ in words and m.i == c.left_edge.i
        for c in _children(tok, ["advcl", "ccomp", "xcomp"])
        for m in _children(c, ["mark"])
    )


@condition("question_mark")
def _question_mark(tok: Token, words: frozenset[str]) -> bool:
    """ "asked if / whether …": a clause mark of ``words`` within a few words after the verb."""
    end = min(tok.i + 8, tok.sent.end)
    return any(m.dep_ == "mark" and m.lower_ in words for m in tok.doc[tok.i + 1 : end])


@condition("request")
def _request(tok: Token, words: frozenset[str]) -> bool:
    """The verb says what is requested: an infinitive ("asked X to leave"; also one the
    parser hangs lower in the verb's object or phrase: "ask anyone with information about
    how the fire started to call Sgt. X", "asked anyone with information to call"), a "for"
    phrase ("asked X for help") or a "that" clause ("asked that the case be dropped").
    Without one, "asked X" is a question put to X ("… ,” Boyle asked Trump", "asked X about
    the vote")."""
    if _children(tok, ["xcomp"]) or any(c.lower_ == "for" for c in _children(tok, ["prep"])):
        return True
    if any(
        t.dep_ in {"xcomp", "acl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children)
        for c in _children(tok, ["dobj", "dative", "prep"])
        for t in c.subtree
    ):
        return True
    return any(
        m.lower_ == "that" for c in _children(tok, ["ccomp"]) for m in _children(c, ["mark"])
    )


@condition("out_of_other_than")
def _out_of_other_than(tok: Token, words: frozenset[str]) -> bool:
    """The verb goes "out of" a thing named by a common noun not of ``words`` ("walking out
    of the store", "walked out of the hospital": leaving a place; not "walked out of the
    talks", "walked out of Parliament")."""
    for out in _children(tok, ["prt", "prep"]):
        if out.lower_ != "out":
            continue
        # the parser hangs "of" from "out", or from the verb beside it
        for of in (*_children(out, ["prep"]), *_children(tok, ["prep"])):
            if of.lower_ != "of":
                continue
            for obj in _children(of, ["pobj"]):
                if obj.pos_ == "NOUN" and obj.lemma_.lower() not in words:
                    return True
    return False


@condition("stopped_over")
def _stopped_over(tok: Token, words: frozenset[str]) -> bool:
    """The verb is completed by "over" and has an object or is passive ("pulled X over",
    "was pulled over by the patrol": a traffic stop; not "pulled over and got out", the
    driver's own stop)."""
    if not any(c.lower_ == "over" for c in _children(tok, ["prt", "prep"])):
        return False
    return bool(_children(tok, ["dobj", "auxpass"]))


@condition("future")
def _future(tok: Token, words: frozenset[str]) -> bool:
    """A future auxiliary on the verb ("will answer")."""
    return any(c.lower_ in _FUTURE for c in _children(tok, ["aux"]))


def _holds(row: Mapping[str, Any], tok: Token) -> bool:
    name = row.get("when")
    if name is None:
        return True
    test = CONDITIONS[str(name)]
    held = test(tok, frozenset(row.get("words", ())))
    for extra in row.get("and", ()):
        held = held and CONDITIONS[str(extra)](tok, frozenset())
    return not held if row.get("negate") else held


def verb_condition_type(tok: Token, lemma: str, table: Mapping[str, Any]) -> str | None:
    """The type the verb's first holding row gives (``None``: no trigger), or :data:`NO_RULE`
    when the verb has no row or none holds.

    Args:
        tok: the verb.
        lemma: its lemma (mended, see ``relation_lexicon.verb_lemma``).
        table: the lexicon's ``verb_conditions``.
    """
    for row in table.get(lemma, ()):
        if _holds(row, tok):
            found = row.get("type")
            return None if found is None else str(found)
    return NO_RULE
