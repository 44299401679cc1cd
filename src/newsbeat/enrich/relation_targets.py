"""Target finding: who a trigger acts on, and the parties of an agreement.

Targets are the object, the dative and the objects of the prepositions the lexicon licenses
("with", "to", "against", "on", "from", ...), the parties of an event noun, the authors of what
is acted on and, through "the treaty", the parties the article named with it; :class:`_Found`
records each name the trigger does not govern and why.

Moved verbatim out of :mod:`newsbeat.enrich.relations`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_arrays import lemmas_lower
from newsbeat.enrich.prep_objects import prep_objects
from newsbeat.enrich.relation_actors import (
    FORCE_ACTS,
    PERSONAL_STAFF,
    _actors_of,
)
from newsbeat.enrich.relation_called_for import called_for
from newsbeat.enrich.relation_core import CONDITION_REASON
from newsbeat.enrich.relation_lexicon import (
    _AGREEMENT_WORDS,
    _AUTHORED,
    _COOPERATIVE,
    _HOSTILE,
    _TRAVEL,
    _object,
    _object_nouns,
    _statement_content,
    lexicon,
    verb_lemma,
)
from newsbeat.enrich.relation_nonacts import press_person
from newsbeat.enrich.relation_subjects import subject_of
from newsbeat.enrich.relation_triggers import _accusing_clause, _trigger_type

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["agreement_parties"]

# Judgements whose "for" names the reason, not the one judged ("praised X for Y").
_JUDGING = frozenset({"DISAPPROVE", "SUPPORT"})
# Stances toward a thing, which are stances toward whoever owns or names it ("condemned
# Sweden's tariffs", "rejected the Holm plan"); acts on a thing are not ("intercepted X's pass").
_STANCES = frozenset({"DISAPPROVE", "SUPPORT", "REJECT", "PROTEST"})

_REPORTED = "the subject of a reported clause"
# What a stance on a person's standing is a stance on the person for: "endorsed the
# re-election of X" backs X (not "condemned the killing of X": sympathy, no criticism).
_CANDIDACIES = frozenset(
    {"election", "candidacy", "candidature", "nomination", "appointment", "confirmation"}
)
_PRESS = "a journalist spoken to"
_SCENE = "a phrase in front of the clause"
# Prepositions that name the parties of an event noun ("a treaty with X", "talks between",
# "sanctions against", "a warning from").
_PARTY_PREPS = frozenset({"with", "between", "against", "from"})

_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "from", "for", "toward", "towards", "between"}
)

_SIGNING_VERBS = frozenset({"sign", "conclude", "seal", "agree", "reach", "form", "forge", "ink"})

# Verbs whose reported clause is what is agreed with, not who ("agreed that X should stay").
_ASSENTING = frozenset({"agree", "accept", "concede", "acknowledge", "approve"})

_FORCE = frozenset({"FIGHT", "ASSAULT", "COERCE"})
# Signing or hiring someone: where they come from is not a party to it.
_ENGAGING = frozenset({"sign", "re-sign", "hire", "rehire"})


@dataclass
class _Found:
    """How each actor of an event was found: names the trigger does not govern, with why."""

    loose: dict[str, str] = field(default_factory=dict)
    governed: set[str] = field(default_factory=set)
    shown: dict[str, str | None] = field(default_factory=dict)

    def add(self, names: Sequence[str], why: str | None) -> None:
        for name in names:
            if why is None:
                self.governed.add(name)
            else:
                self.loose.setdefault(name, why)

    def result(self) -> dict[str, str]:
        return {n: w for n, w in self.loose.items() if n not in self.governed}


def _licensed(tok: Token, prep: str) -> bool:
    """Whether the lexicon licenses the preposition for the trigger ("clashed with", "fired
    at", "withdrew from"): the verb's own entry, else its type's."""
    table = lexicon()["target_preps"]
    own = table.get(verb_lemma(tok)) if tok.pos_ == "VERB" else None
    if own is None:
        own = table.get(_trigger_type(tok) or "", [])
    return prep in own


def _mandative(clause: Token) -> bool:
    """A clause that states what should be done, not what is: a base-form verb ("demanded
    that the US withdraw", "that the treaty be submitted") or "should/must"; not a finite
    report ("insisted Nixon had no knowledge", "said the US would need")."""
    if any(c.dep_ == "aux" and c.lower_ in {"should", "must", "shall"} for c in clause.children):
        return True
    finite = {"VBD", "VBZ", "VBP", "MD"}
    if clause.tag_ in finite:
        return False
    return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ in finite for c in clause.children)


def _broken_clause_subject(obj: Token) -> bool:
    """An object right before a finite verb with no subject of its own ("insisted Nixon had
    no knowledge", parsed as "insisted Nixon" and "had"): it is that verb's subject, in a
    clause the verb reports, not who the verb acts on."""
    if obj.dep_ != "dobj":
        return False
    after = obj.right_edge.i + 1
    if after >= obj.sent.end:
        return False
    verb = obj.doc[after]
    return (
        verb.pos_ in {"VERB", "AUX"}
        and verb.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    )


def _accused_i(tok: Token) -> int:
    clause = _accusing_clause(tok)
    return -1 if clause is None else clause.i


def _reduced_relative(clause: Token) -> bool:
    """ "rejected the alliance signed by X and Y" parsed as a clause: a verb with a "by" agent
    and no auxiliary is a participle about the noun before it, which is what is acted on; its
    agent is who authored it."""
    if any(c.dep_ in {"aux", "auxpass"} for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lemma_.lower() in _AUTHORED
        and any(c.dep_ == "agent" for c in clause.children)
    )


def _event_object(tok: Token, obj: Token) -> bool:
    """An object that names an event or a text, whose own prepositions name its parties ("a
    treaty with Norway", "sanctions against X", "a warning from Dravonia")."""
    lex = lexicon()
    event_nouns, by_object = lex["nouns"], lex["verb_objects"].get(verb_lemma(tok), {})
    # each noun looked up, not the lexicon's nouns copied into a set at each call
    return any(n in event_nouns or n in _AUTHORED or n in by_object for n in _object_nouns(obj))


def _targets_of(
    tok: Token,
    actors: ArticleActors,
    sources: list[str],
    depth: int = 0,
    parties: Sequence[str] = (),
    found: _Found | None = None,
) -> list[str]:
    """Who the trigger acts on; ``found`` learns how each was found (see :class:`_Found`)."""
    found = found if found is not None else _Found()
    out: list[str] = []
    candidates: list[tuple[Token, str | None]] = []
    obj = _object(tok)
    for child in tok.children:
        if child.dep_ in {"dative", "iobj"} and child.pos_ == "ADP":
            candidates.extend((c, None) for c in child.children if c.dep_ == "pobj")  # to Y
        elif child.dep_ == "oprd" and any(c.dep_ == "oprd" and c.i > child.i for c in tok.children):
            candidates.append((child, None))  # "called X a liar" with X parsed as a predicate
        elif child.dep_ == "dobj" and obj is not None and obj.i != child.i:
            continue  # a second direct object is a misparse (a word of a later clause)
        elif child.dep_ in {"dobj", "dative", "iobj", "nsubjpass"}:
            # "insisted Nixon had no knowledge": the parser's object is a clause's subject
            candidates.append((child, _REPORTED if _broken_clause_subject(child) else None))
        elif child.dep_ == "prep" and child.lower_ == "in" and tok.lemma_ in _TRAVEL:
            candidates.extend((c, None) for c in child.children if c.dep_ == "pobj")  # the host
        elif child.dep_ == "prep" and (
            child.lower_ in _TARGET_PREPS or _licensed(tok, child.lower_)
        ):
            if child.lower_ == "for" and obj is not None and _trigger_type(tok) in _JUDGING:
                continue  # "criticised the government for the ministry's rules": a reason
            if child.lower_ == "for" and _trigger_type(tok) in _FORCE:
                continue  # "beat X for the title", "arrested for murder": what for, not whom
            if child.lower_ in {"from", "off"} and tok.lemma_.lower() in _ENGAGING:
                continue  # "signed X from the Eagles' squad": the old club is no partner
            if child.lower_ == "with" and _named_object(obj, actors):
                continue  # "struck Chohan with his Toyota": an instrument, not a second party
            if _staff_owner(obj, child):
                continue  # "pushed aides to Mrs. Holm": whose aides, not a second party
            why = None if _licensed(tok, child.lower_) else f"the object of '{child.lower_}'"
            if _fronted(tok, child):
                why = _SCENE  # "At the party's convention, X scolded Y": where, not whom
            candidates.extend((c, why) for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "ccomp":  # "demanded that the US ...", "rejected X signed by Y"
            if tok.lemma_.lower() in _ASSENTING:
                continue  # "agreed that X should remain": agreeing with a view, not with X
            direct = _mandative(child) or _reduced_relative(child) or child.i == _accused_i(tok)
            why = None if direct else _REPORTED
            candidates.extend((c, why) for c in child.children if c.dep_ in {"nsubj", "nsubjpass"})
            for agent in (a for a in child.children if a.dep_ == "agent"):
                candidates.extend((c, why) for c in agent.children if c.dep_ == "pobj")
        elif child.dep_ == "xcomp" and any(c.dep_ == "nsubj" for c in child.children):
            # "helped Page develop the image": who was helped is the complement's subject
            candidates.extend((c, None) for c in child.children if c.dep_ == "nsubj")
        elif child.dep_ == "xcomp" and depth < 2 and _same_side(tok, child):
            inner = _targets_of(child, actors, sources, depth + 1, found=found)
            out.extend(t for t in inner if t not in out)
    if _trigger_type(tok) == "DEMAND":
        called = called_for(tok)  # "called for X to resign": a demand of X
        candidates = [(c, why) for c, why in candidates if c not in called]
        candidates.extend((c, None) for c in called)
    content = _statement_content(tok, obj)
    if content is not None and depth < 2:  # "a declaration demanding that Turkey …"
        inner = _targets_of(content, actors, sources, depth + 1, found=found)
        out.extend(t for t in inner if t not in out)
    if obj is not None:
        # "beating X for the WBA version": the prize, not a second opponent ("attacked a camp
        # for refugees" is the refugees: only a named opponent's "for" is skipped)
        force = _trigger_type(tok) in _FORCE and obj.pos_ == "PROPN"
        own = None if _event_object(tok, obj) else "the object of the object's preposition"
        for child in obj.children:  # "a treaty with Norway", "sanctions against X"
            if child.dep_ == "prep" and child.lower_ == "for" and force:
                continue
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                # a noun's parties: "talks with", "a warning from"; or the trigger's own
                # preposition ("sanctions on X"); not "a message on Twitter"
                party = child.lower_ in _PARTY_PREPS or _licensed(tok, child.lower_)
                why = own if party else "the object of the object's preposition"
                candidates.extend((c, why) for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "acl" and obj.lemma_.lower() in _AUTHORED:
                # "rejected the alliance signed by X and Y" (not "checked a threat received
                # by a bank": the bank did not author the threat)
                for agent in (a for a in child.children if a.dep_ == "agent"):
                    candidates.extend((c, None) for c in agent.children if c.dep_ == "pobj")
        candidates.append((obj, _REPORTED if _broken_clause_subject(obj) else None))
        if obj.lemma_.lower() in _CANDIDACIES and _trigger_type(tok) in _STANCES:
            # "endorsed the re-election of X", "opposed the nomination of X": X is backed
            candidates.extend((o, None) for c in prep_objects(obj, "of") for o in (c, *c.conjuncts))
    for cand, _why in list(candidates):
        if cand.lemma_.lower() in _AGREEMENT_WORDS:  # "on a treaty with Sorvenland"
            candidates.extend((c, None) for c in prep_objects(cand, "with", "between"))
    talk = _trigger_type(tok) == "CONSULT"
    for cand, why in candidates:
        if any(c.dep_ == "case" for c in cand.children):
            continue  # "a shot on Drake's end" parsed with Drake as the object: its owner
        if talk and press_person(cand, actors):
            why = _PRESS  # "speaking to NBC's Hallie Jackson": an interview, no meeting
        modifiers: list[str] = []
        force = _trigger_type(tok) in FORCE_ACTS
        names = _actors_of(
            cand, actors, modifiers=modifiers, shown=found.shown, force=force, acted_on=True
        )
        if _trigger_type(tok) in _STANCES:
            modifiers = []  # "condemned Sweden's tariffs": judging a thing judges its owner
        for name in names:
            found.add([name], why if name not in modifiers else why or "a name that modifies")
            if name not in out and name not in sources:
                out.append(name)
    if not out and depth == 0:
        # "warned that it would respond if the two countries' navies began patrolling": a
        # threat is aimed at whoever the condition names.
        for clause in _conditions(tok):
            for subj in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
                named = [n for n in _actors_of(subj, actors) if n not in out and n not in sources]
                found.add(named, CONDITION_REASON)
                out.extend(named)
    if not out and parties and any(_is_agreement(c) for c, _ in candidates):
        # "demanded that the treaty be submitted to the council", "will answer it": acting on
        # an agreement is acting toward its parties.
        out.extend(p for p in parties if p not in sources and p not in out)
    return out


def _fronted(tok: Token, prep: Token) -> bool:
    """Whether a prepositional phrase of the trigger comes before the trigger's subject, which
    comes before the trigger: a phrase set in front of the clause tells where, when or amid
    what it happened ("At the party's convention, Holm scolded Lund"); a target of the verb
    follows it in an active clause."""
    subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and prep.i < subject.left_edge.i and subject.i < tok.i


def _staff_owner(obj: Token | None, prep: Token) -> bool:
    """Whether a "to" phrase right after an object naming a person's staff says whose staff
    they are ("pushed aides to Mrs. Holm", the parser hanging "to" on the verb)."""
    return (
        obj is not None
        and prep.lower_ == "to"
        and obj.lemma_.lower() in PERSONAL_STAFF
        and prep.i == obj.right_edge.i + 1
    )


def _named_object(obj: Token | None, actors: ArticleActors) -> bool:
    """Whether the trigger's direct object is a named actor ("struck Chohan", not "signed a
    treaty"): then its "with" phrase is how or with what, not who else."""
    if obj is None or obj.dep_ != "dobj":
        return False
    return actors.actor_at(obj.idx, obj.idx + len(obj.text)) is not None


def _same_side(tok: Token, inner: Token) -> bool:
    """Whether a complement's target is the trigger's target too: "agreed to cooperate with
    X" is with X, but in "helped repel the incursion by X" the help is not for X (a
    cooperative trigger over a hostile complement, or the reverse, has its own target)."""
    outer, own = _trigger_type(tok), _trigger_type(inner)
    if own is None and _object(tok) is not None:
        return False  # "signed X to replace Y": the trigger's own object is its target
    if own is None and outer == "AID":
        return False  # "helped bring down Nixon": who is helped is not whom the help acts on
    if outer is None or own is None:
        return True
    hostile = _HOSTILE | {"ASSAULT", "THREATEN", "PROTEST", "DISAPPROVE", "REJECT"}
    return (outer in _COOPERATIVE) == (own in _COOPERATIVE) and (outer in hostile) == (
        own in hostile
    )


def _is_agreement(tok: Token) -> bool:
    """An agreement noun ("the treaty"), or "it" after one in the same sentence."""
    if tok.lemma_.lower() in _AGREEMENT_WORDS and tok.pos_ in {"NOUN", "PROPN"}:
        return True
    if tok.lower_ == "it" and tok.dep_ in {"dobj", "pobj", "nsubjpass"}:
        return any(
            t.lemma_.lower() in _AGREEMENT_WORDS and t.pos_ == "NOUN"
            for t in tok.sent
            if t.i < tok.i
        )
    return False


def agreement_parties(sent: Span, actors: ArticleActors) -> list[str]:
    """The parties of an agreement the sentence names with them: "the alliance signed by
    Kaldria and Sorvenland", "a treaty between X and Y", "Norway and Sweden signed a pact"."""
    lemmas = lemmas_lower(sent.doc)
    if _AGREEMENT_WORDS.isdisjoint(lemmas[sent.start : sent.end]):
        return []  # most sentences: no agreement word (one set test, not a loop)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in _AGREEMENT_WORDS:
            continue  # no token object for a word that is no agreement
        tok = sent.doc[i]
        if tok.lemma_.lower() not in _AGREEMENT_WORDS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        holders: list[Token] = []
        verbs = [c for c in tok.children if c.dep_ == "acl"]
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            verbs.append(tok.head)
        for verb in verbs:
            for agent in (a for a in verb.children if a.dep_ == "agent"):
                holders.extend(c for c in agent.children if c.dep_ == "pobj")
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"):
            holders.extend(c for c in prep.children if c.dep_ == "pobj")
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SIGNING_VERBS:
            subj = subject_of(tok.head)
            if subj is not None:
                holders.append(subj)
        names: list[str] = []
        for holder in holders:
            names.extend(n for n in _actors_of(holder, actors) if n not in names)
        if len(names) >= 2:
            return names
    return []


def _conditions(tok: Token) -> list[Token]:
    """The if/unless clauses of a trigger and of its complement clauses."""
    heads = [tok, *[c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}]]
    return [
        clause
        for head in heads
        for clause in head.children
        if clause.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in clause.children)
    ]
