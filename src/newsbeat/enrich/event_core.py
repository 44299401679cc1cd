"""The verbs whose event is shown without a target: the act the verb names (issue 12, part 2).

A relation's type is checked by its target: "sent troops to X" is AID *to X*. An event has no
target, so its type rests on the verb alone, and most verbs of the relation lexicon are typed
by what they usually govern, not by what they say: "returned home" is no RETREAT, "issued a
memorandum" no AGREE, "sent emails" no AID, "rallied to win the set" no PROTEST, "offered a
show of remorse" no AGREE. Read on the dev data (docs/realnews-annotation.md, "Events:
precision by class"), such events were about half wrong.

An event is shown only when its verb names the act of its type whatever its object: "arrested",
"resigned", "denied", "condemned", "urged". Four readings of these verbs are still no act:
"fired back" (a retort), "seized on" (made use of), "kicked off" (started: "didn't kick off
negotiations", fixleft22), and a warning of what may happen
("warned that the crisis could spread": a forecast, not a threat; so too a statement issued
"warning that voters are entitled to …", read36, or a warning issued about a software flaw,
an advisory). A coercion with no one
coerced is the actor's own arrest read as active ("Keldby's Varga arrested on suspicion of
theft", "with Mr Varga arrested shortly afterwards"): a headline or participle whose subject
is the one acted on. Asking someone to take a post ("asked Vark to serve as chairman") invites
or appoints them: no demand (fixleft22).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.relation_lexicon import _statement_content, verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["core_act", "invited_to_a_post"]

# Per event type, the verbs that name that act by themselves.
_CORE: dict[str, frozenset[str]] = {
    "DEMAND": frozenset(
        {"ask", "urge", "demand", "call", "request", "order", "instruct", "press", "pressure"}
        | {"lobby", "beg", "clamor", "clamour", "seek", "appeal", "implore", "plead"}
    ),
    "REJECT": frozenset(
        {"deny", "refuse", "decline", "reject", "rebuff", "dismiss", "oppose", "discount"}
        | {"veto", "boycott", "spurn", "repudiate"}
    ),
    "DISAPPROVE": frozenset(
        {"accuse", "blame", "criticize", "criticise", "denounce", "condemn", "decry", "lament"}
        | {"disagree", "slam", "complain", "deride", "ridicule", "mock", "disparage", "curse"}
        | {"dispute", "contradict", "sue", "allege", "chide", "rebuke", "scold", "berate"}
        | {"assail", "fault", "protest"}
    ),
    "COERCE": frozenset(
        {"arrest", "capture", "seize", "intercept", "nab", "deport", "confiscate", "convict"}
        | {"sentence", "punish", "detain", "subdue", "force", "steal", "abduct", "kidnap"}
        | {"imprison", "jail", "raid", "expel"}
    ),
    "ASSAULT": frozenset(
        {"shoot", "kill", "stab", "torture", "execute", "injure", "slap", "kick", "murder"}
        | {"assault", "beat", "rape", "wound"}
    ),
    "FIGHT": frozenset(
        {"attack", "bomb", "invade", "occupy", "clash", "repulse", "thwart", "foil", "battle"}
        | {"shell", "fire", "open", "ambush", "murder", "engage"}
        | {"beat", "defeat", "trounce", "rout"}  # a game's result: optional in the guidelines
    ),
    "AID": frozenset({"rescue", "donate", "evacuate", "intervene", "assist"}),
    "AGREE": frozenset({"agree", "accept", "approve", "sign", "reach", "ratify"}),
    "SUPPORT": frozenset(
        {"support", "endorse", "back", "praise", "thank", "welcome", "commend", "congratulate"}
        | {"applaud", "hail", "sign"}
    ),
    "RETREAT": frozenset({"resign", "surrender", "retreat", "withdraw", "quit", "step"}),
    "CONCEDE": frozenset(
        {"concede", "pardon", "cede", "bow", "lift", "yield", "relent", "apologize", "apologise"}
    ),
    "SANCTION": frozenset({"impose", "suspend", "expel", "embargo", "sanction", "fire", "oust"}),
    "INVESTIGATE": frozenset(
        {"investigate", "probe", "conduct", "search", "inspect", "interrogate", "audit"}
    ),
    "THREATEN": frozenset({"threaten", "warn", "issue"}),
    "PROTEST": frozenset({"protest", "demonstrate", "march", "boycott", "picket", "walk"}),
    "MOBILIZE": frozenset({"mobilize", "mobilise", "deploy", "patrol"}),
}
# Per event type, the nouns that name the act as a verb's object: "staged a protest",
# "launched an attack", "opened fire", "issued an ultimatum".
_CORE_OBJECTS: dict[str, frozenset[str]] = {
    "PROTEST": frozenset({"protest", "demonstration", "march", "rally", "boycott", "strike"}),
    "FIGHT": frozenset({"attack", "offensive", "fire", "airstrike", "strike", "assault"})
    | frozenset({"raid", "bombardment", "war", "campaign", "operation"}),
    "THREATEN": frozenset({"threat", "ultimatum", "warning"}),
    "INVESTIGATE": frozenset({"investigation", "inquiry", "probe", "review", "audit"}),
    "SANCTION": frozenset({"sanction", "embargo", "ban", "tariff", "curfew", "suspension"})
    | frozenset({"expulsion"}),
    "RETREAT": frozenset({"withdrawal", "resignation", "retreat"}),
    "DEMAND": frozenset({"demand", "appeal", "call", "request", "ultimatum"}),
    "AGREE": frozenset({"agreement", "deal", "accord", "treaty", "truce", "ceasefire"}),
    "DISAPPROVE": frozenset({"complaint", "lawsuit", "suit", "criticism", "protest"}),
}
# Verbs of telling that are a demand only with what is to be done: "told X to put the gun
# down", "pushed X to help" (not "told reporters", "pushed for").
_TELLING = frozenset({"tell", "push", "encourage", "advise", "direct"})
# A particle or preposition that turns the verb into another act: "fired back", "seized on".
_NOT_THE_ACT = frozenset(
    {("fire", "back"), ("seize", "on"), ("seize", "upon"), ("hit", "back"), ("kick", "off")}
)
_FORECASTS = frozenset({"warn", "caution"})
_FUTURE = frozenset({"will", "would", "'ll", "shall", "wo"})
# What is bought in lots: "ordered another set of mice", "ordered 50 jets".
_LOTS = frozenset({"set", "batch", "pair", "dozen", "shipment", "consignment", "supply", "lot"})


# Asking someone to take a post is inviting or appointing them, no demand of an act: "asked
# Vark to serve as chairman", "invited her to join the board".
# Not "urge" nor "act": "urged the council to act" is a demand.
_ASKING = frozenset({"ask", "invite"})
_POSTS_TAKEN = frozenset({"serve", "become", "join", "head", "chair", "stay", "remain"})


def invited_to_a_post(tok: Token) -> bool:
    """Whether the trigger asks someone to take a post (see :data:`_POSTS_TAKEN`), or to be
    one ("asked Olsen to be surgeon general": "be" with a noun, not "to be patient")."""
    if verb_lemma(tok) not in _ASKING:
        return False
    return any(
        c.dep_ == "xcomp"
        and (
            c.lemma_.lower() in _POSTS_TAKEN
            or (c.lemma_.lower() == "be" and any(_post_noun(a) for a in c.children))
        )
        for c in tok.children
    )


def _post_noun(tok: Token) -> bool:
    """A noun complement of "be": "to be surgeon general", "to be his deputy"."""
    return tok.dep_ == "attr" and tok.pos_ in {"NOUN", "PROPN"}


def core_act(tok: Token, type_: str) -> bool:
    """Whether the trigger names the act of its type by itself (the module docstring)."""
    lemma = verb_lemma(tok)
    if type_ == "DEMAND" and invited_to_a_post(tok):
        return False
    if type_ == "DEMAND" and lemma in _TELLING:
        return any(
            c.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    if lemma not in _CORE.get(type_, frozenset()):
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CORE_OBJECTS.get(type_, frozenset())
            for c in tok.children
        )
    kids = list(tok.children)
    if any((lemma, c.lower_) in _NOT_THE_ACT for c in kids if c.dep_ in {"prt", "prep", "advmod"}):
        return False
    if lemma == "urge" and any(_cheered(c) for c in kids):
        return False  # "urging on the fans": cheering them, no demand
    if type_ == "THREATEN" and (_forecast_issued(tok) or _advisory_issued(tok)):
        return False
    if type_ == "COERCE" and not _coerces_someone(tok):
        return False
    if _left_or_placed(tok, lemma):
        return False
    if type_ == "DEMAND" and lemma == "order" and _bought(tok):
        return False
    return not (lemma in _FORECASTS and any(c.dep_ == "ccomp" for c in kids))


def _left_or_placed(tok: Token, lemma: str) -> bool:
    """Whether a verb of acting on others has nobody acted on (read38): "the bank evacuated
    at 1:30" (its people left; "evacuated residents", "were evacuated by X" are aid), and "a
    warship, INS Velo deployed in the gulf, attacked …" (a description of the ship where it
    is: a relative clause with no object; "the army deployed troops" stays)."""
    if lemma == "evacuate":
        return not _coerces_someone(tok)
    if lemma == "deploy" and tok.dep_ in {"relcl", "acl"}:
        return not _coerces_someone(tok)
    return False


def _forecast_issued(tok: Token) -> bool:
    """A statement issued that warns of what is ("issued a statement warning that voters are
    entitled to …"): words to the public, as "warned that" is; not one warning someone
    ("warning Velmar Media that …") nor one saying what will be done ("warning that it would
    respond if …")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    content = _statement_content(tok, obj)
    if content is None or verb_lemma(content) not in _FORECASTS:
        return False
    if any(c.dep_ in {"dobj", "dative"} for c in content.children):
        return False  # "warning Velmar Media that its licence would be revoked": aimed
    clauses = [c for c in content.children if c.dep_ == "ccomp"]
    # "warning that it would respond if …": what the warner will do stays a threat
    return bool(clauses) and not any(
        a.dep_ == "aux" and a.lower_ in _FUTURE for c in clauses for a in c.subtree
    )


# What a warning "about" may name that makes it a threat: what the warner will do.
_THREATENED = frozenset(
    {"consequence", "retaliation", "reprisal", "action", "force", "sanction", "strike"}
    | {"attack", "response", "measure", "punishment"}
)


def _advisory_issued(tok: Token) -> bool:
    """A warning issued about a thing ("issues a warning about a zero-day bug"): an advisory
    to the public, not a threat (spk37); not one about the consequences or the action the
    warner will take."""
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "warning"):
        for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "about"):
            for topic in (c for c in prep.children if c.dep_ == "pobj"):
                if topic.pos_ == "NOUN" and topic.lemma_.lower() not in _THREATENED:
                    return True
    return False


def _cheered(child: Token) -> bool:
    """ "on" making "urge" cheer: a particle, or a preposition that dates nothing ("urged
    them on", "urging on the fans"; not "urged the union on Tuesday to return")."""
    if child.lower_ != "on" or child.dep_ not in {"prt", "prep"}:
        return False
    return child.dep_ == "prt" or not any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree)


def _coerces_someone(tok: Token) -> bool:
    """A passive ("were deported by X") or an object, its own or a next verb's ("arrested
    and charged X")."""
    kids = list(tok.children)
    if any(c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in kids):
        return True
    return any(c.dep_ == "dobj" for c in kids) or any(
        c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in kids
    )


def _bought(tok: Token) -> bool:
    """ "order" as buying: goods ordered from a supplier ("ordered another set of mice from a
    breeding facility"), or a counted lot with nowhere to go ("ordered 50 jets"); not "ordered
    an inquiry", "ordered X to leave", "ordered 300 troops to the border"."""
    kids = list(tok.children)
    if any(c.dep_ in {"xcomp", "ccomp"} or c.lower_ == "to" for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in kids):
        return True
    objects = [c for c in kids if c.dep_ == "dobj"]
    return any(
        o.lemma_.lower() in _LOTS or any(c.dep_ == "nummod" for c in o.children) for o in objects
    )
