"""Trigger typing: which tokens of a sentence trigger an event, and of what PLOVER type by
themselves (before the frames and modality that
:func:`~newsbeat.enrich.relations.sentence_events` applies).

A trigger is a verb of the lexicon, a verb+object pair of the lexicon, a light verb whose object
is an event noun, or a noun that names an act between two actors ("the signing of", "talks
with"); the per-verb conditions of ``verb_conditions`` that need these helpers are registered
here (:func:`~newsbeat.enrich.verb_conditions.condition`).

Moved verbatim out of :mod:`newsbeat.enrich.relations`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import lru_cache, wraps
from typing import TYPE_CHECKING

from newsbeat.enrich import relation_roads  # noqa: F401  (registers the road_scene condition)
from newsbeat.enrich.doc_arrays import doc_arrays, lemmas_lower, with_pos, word_ids
from newsbeat.enrich.game_rules import game_meeting, game_play
from newsbeat.enrich.prep_objects import prep_objects
from newsbeat.enrich.relation_decisions import decision_over
from newsbeat.enrich.relation_idioms import idiom_object
from newsbeat.enrich.relation_lexicon import (
    _CIVILIANS,
    _TRAVEL,
    ISSUING_VERBS,
    SIGNATURE_VERBS,
    _object,
    _object_nouns,
    _signed_agreement,
    _statement_content,
    lexicon,
    verb_lemma,
)
from newsbeat.enrich.relation_officials import official_at_play
from newsbeat.enrich.relation_rules import (
    _OUSTING,
    _RECEIVE,
    DISMISSING,
    dismissal,
    emphatic_do,
    is_law_word,
    received_from,
)
from newsbeat.enrich.relation_verbal import HOSTILE_ACTS, by_counsel, judgment_type
from newsbeat.enrich.verb_conditions import NO_RULE, condition, verb_condition_type

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_SKIP_VERBS = frozenset({"say", "be", "have", "do", "tell", "report", "add", "note", "state"})

# Verbs of saying that are no act when what follows is the words said ("replied that ...").
_ANSWERING = frozenset(
    {"reply", "respond", "answer", "react", "acknowledge", "admit", "insist", "explain"}
    | {"argue", "claim", "note", "remark", "concede", "contend", "maintain"}
)
_ORDERING = frozenset({"tell", "instruct", "order", "direct", "command"})

# Who is released when a release is a retreat (besides civilians and named people).
_FREED = frozenset(
    {"hostage", "captive", "prisoner", "detainee", "suspect", "soldier", "sailor", "crew"}
    | {"activist", "dissident", "journalist", "convict", "inmate", "he", "she", "they", "him"}
    | {"her", "them", "player", "defender", "tackle", "striker", "coach", "man", "woman"}
)

# What forces engage in: "engaged in fighting / ethnic cleansing / clashes".
_VIOLENCE = frozenset(
    {"fighting", "combat", "battle", "battles", "hostilities", "clash", "clashes", "warfare"}
    | {"violence", "cleansing", "killing", "killings", "shelling", "bombing", "skirmish"}
)
# Verbs that achieve what their object names: "secured the signing of X".
_ACHIEVING = frozenset({"secure", "complete", "finalise", "finalize", "seal", "announce"})
# Acts between two parties that a light verb and the verb used as a noun can state ("made an
# offer to", "made an appeal to"): agreeing, consulting, asking, backing, cooperating, judging.
_EXCHANGES = frozenset({"AGREE", "CONSULT", "DEMAND", "SUPPORT", "COOPERATE", "DISAPPROVE"})

_TRIGGER_TYPES = "newsbeat_trigger_types"


def _per_token(rule: Callable[[Token], str | None]) -> Callable[[Token], str | None]:
    """The rule's answer for a token computed once per doc: the relation rules ask it of the
    same token several times (each candidate target asks again for the trigger's type)."""

    @wraps(rule)
    def once(tok: Token) -> str | None:
        done: dict[int, str | None] = tok.doc.user_data.setdefault(_TRIGGER_TYPES, {})
        if tok.i in done:
            return done[tok.i]
        found = done[tok.i] = rule(tok)
        return found

    return once


@lru_cache(maxsize=1)
def _noun_trigger_words() -> tuple[frozenset[int], frozenset[str]]:
    """(ids of the lexicon's verbs, the meeting nouns): a noun triggers only as "signing", a
    meeting noun or a lexicon verb the parser took for a noun (:func:`_nominal_frame`)."""
    lex = lexicon()
    meetings = frozenset(n for n, kind in lex["nouns"].items() if kind == "CONSULT")
    return word_ids(lex["verbs"]), meetings


def _possible_triggers(sent: Span) -> Iterator[Token]:
    """The sentence's tokens :func:`_trigger_type` can give a type: its verbs, and its nouns
    that are "signing", "decision", a meeting noun or a lexicon verb; every other token gives
    None (read off the doc's arrays, without a token object for each)."""
    doc = sent.doc
    found = _candidates(doc)
    for k in range(bisect_left(found, sent.start), bisect_left(found, sent.end)):
        yield doc[found[k]]


_CANDIDATES_KEY = "newsbeat_trigger_candidates"


def _candidates(doc: Doc) -> list[int]:
    """The indices of the doc's possible triggers (:func:`_possible_triggers`), in order, kept
    with the doc: its verbs and nouns found in the part-of-speech column at once, and only the
    nouns read one by one."""
    found = doc.user_data.get(_CANDIDATES_KEY)
    if isinstance(found, list):
        return found
    from spacy.symbols import NOUN, VERB

    verbs, meetings = _noun_trigger_words()
    lemmas, lower = lemmas_lower(doc), doc_arrays(doc).lower
    nouns = [
        i
        for i in with_pos(doc, NOUN)
        if lower[i] in verbs or lemmas[i] in {"signing", "decision"} or lemmas[i] in meetings
    ]
    found = doc.user_data[_CANDIDATES_KEY] = sorted(with_pos(doc, VERB) + nouns)
    return found


@lru_cache(maxsize=1)
def _productive_verbs() -> frozenset[str]:
    """Every lemma a verb needs for :func:`_trigger_type` to give it a type: each test of its
    verb branch asks for one of these, as the lemma (mended or not) or one of the lexicon's
    verbs; any other verb gets None. Kept beside the tests it lists."""
    lex = lexicon()
    return frozenset(
        DISMISSING
        | _OUSTING
        | set(lex["verb_conditions"])
        | _RECEIVE
        | _ORDERING
        | _ACCUSING_SAYS
        | _TRAVEL
        | SIGNATURE_VERBS
        | lex["light_verbs"]
        | ISSUING_VERBS
        | set(lex["verb_objects"])
        | _DEAL_VERBS
        | set(lex["verbs"])
    )


@_per_token
def _trigger_type(tok: Token) -> str | None:
    """The event type a token triggers by itself (before frames and modality)."""
    pos = tok.pos_
    if pos == "NOUN":
        return _nominal_type(tok)
    if pos == "VERB":
        lemma = verb_lemma(tok)
        productive = _productive_verbs()
        if lemma not in productive and lemmas_lower(tok.doc)[tok.i] not in productive:
            return None  # no test below can give this verb a type
        if dismissal(tok):
            return "SANCTION"  # "fired coach X": a dismissal, not shooting
        found = _verb_type(tok, lemma)
        # Asked last, only of a verb that would trigger (~1 in 4): the answer is the same.
        if found is not None and (game_play(tok) or game_meeting(tok) or official_at_play(tok)):
            # "grabbed 11 rebounds", "cut into the deficit": play, not an act; "will visit
            # the Lions (0-14)", "meet the Steelers in a playoff match": a game, no meeting;
            # "referee X … warning his corner": an official's call, no threat (read36)
            return None
        return found
    return None


def _verb_type(tok: Token, lemma: str) -> str | None:
    """The type a verb of the productive set triggers, unless it describes play in a game
    (which :func:`_trigger_type` asks after)."""
    lex = lexicon()
    ruled = verb_condition_type(tok, lemma, lex["verb_conditions"])
    if ruled != NO_RULE:  # "charged X with murder", "checked into rehab", "hit Rahman"
        return _ruled_type(tok, lemma, ruled)
    # the lemma as written: the tests below that read it first asked only where it fits
    written = lemmas_lower(tok.doc)[tok.i]
    if written in _RECEIVE and received_from(tok) is not None:
        return "AID"  # "received help from Kaldria": Kaldria's aid
    if (
        lemma in _ORDERING
        and _object(tok) is not None
        and any(
            c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in tok.children
        )
    ):
        # "told Hiller to put the gun down", "instructed the ministry to review": an
        # order, not a statement or cooperation
        return "DEMAND"
    if written in _ACCUSING_SAYS and _accusing_clause(tok) is not None:
        return "DISAPPROVE"  # "said Magruder lied": an accusation made by saying
    if lemma in _SKIP_VERBS:
        return None
    if lemma in _ANSWERING and any(c.dep_ == "ccomp" for c in tok.children):
        return None  # "replied that the US would need ...": words, not an act
    if lemma in _TRAVEL and any(
        o.lemma_.lower() in {"visit", "talks", "summit", "meeting"}
        for o in prep_objects(tok, "on", "for")
    ):
        return "CONSULT"  # "arrived in Amman on a visit": arriving alone is no event
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i and first.tag_ == "VBN":
        first = first.head  # "a policy supported by X and ratified by Y": as the first
    if first.dep_ == "amod" or (first.dep_ == "acl" and first.tag_ == "VBN"):
        return None  # "the divided island", "forces armed with": descriptions, not events
    if lemma == "accord" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
        return None
    signed = _signed_agreement(tok) if written in SIGNATURE_VERBS else None
    if signed is not None:  # "put Kaldria's signature on a treaty": signed it
        return str(lex["verb_objects"]["sign"].get(signed.lemma_.lower(), "AGREE"))
    obj = _object(tok)
    if obj is not None and idiom_object(obj):
        return None  # "made a big deal about X", "made a great deal of money": no act
    content = _statement_content(tok, obj)
    if content is not None:  # "issued a declaration demanding that …": a demand
        inner = _trigger_type(content)
        if inner is not None:
            return inner
    if obj is not None:
        by_object = lex["verb_objects"].get(lemma, {})
        light = lemma in lex["light_verbs"]
        for noun in _object_nouns(obj) if by_object or light else ():
            if noun in by_object:
                return str(by_object[noun])
            if light and noun in lex["nouns"]:
                return str(lex["nouns"][noun])
        if light:
            acted = _verb_noun_type(obj)
            if acted is not None:  # "made an eight-year offer to X": as "offered X"
                return acted
    if _deal_with(tok, lemma, obj):
        return "COOPERATE"  # "signed X to a contract", "acquired Kestrel Holdings"
    if lemma in lex["verbs"]:
        return str(lex["verbs"][lemma])
    return None


def _verb_noun_type(obj: Token) -> str | None:
    """The type of a light verb's object that is a lexicon verb used as a noun, when that
    noun's own preposition names the other party as the verb's type licenses it: "made an
    offer to X" (AGREE, as "offered X"), "made an approach to X" (CONSULT); or, for a type
    whose party is named "to", the light verb's dative does ("made X an offer"). Only for acts
    between two parties (:data:`_EXCHANGES`): "made an attempt", "made a return to X", "gave
    an assist to X" are no such acts."""
    if obj.pos_ != "NOUN" or obj.dep_ != "dobj" or is_law_word(obj):
        return None  # "issued a rule to X": a text, not the act of ruling
    lex = lexicon()
    kind = lex["verbs"].get(obj.lemma_.lower())
    if kind not in _EXCHANGES:
        return None
    preps = lex["target_preps"].get(kind, [])
    # the parser hangs "to X" from the noun or from the light verb after it
    after = [c for c in obj.head.children if c.i > obj.i]
    named = any(
        o.dep_ == "pobj" and o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        for p in (*obj.children, *after)
        if p.dep_ in {"prep", "dative"} and p.lower_ in preps
        for o in p.children
    )
    # "made Varley an offer": the other party named as the light verb's dative, before it
    given = "to" in preps and any(
        c.dep_ == "dative" and c.i < obj.i and c.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}
        for c in obj.head.children
    )
    return str(kind) if named or given else None


def _ruled_type(tok: Token, lemma: str, ruled: str | None) -> str | None:
    """The type a row of the lexicon's ``verb_conditions`` gives (see
    :mod:`~newsbeat.enrich.verb_conditions`)."""
    lex = lexicon()
    if ruled == "@by_object":
        obj = _object(tok)
        by_object = lex["verb_objects"].get(lemma, {})
        nouns = _object_nouns(obj) if obj is not None else []
        return next((str(by_object[n]) for n in nouns if n in by_object), None)
    if ruled == "@by_naming":
        # "called X a (congenital) liar"; "called the move a clarification" is a naming
        by_object = lex["verb_objects"].get(lemma, {})
        names = [c.lemma_.lower() for c in tok.children if c.dep_ == "oprd"]
        return next((str(by_object[n]) for n in names if n in by_object), None)
    if ruled == "@by_judgment":
        return judgment_type(tok)  # "called X an outstanding leader / a disgrace"
    if ruled == "@in_noun":
        nouns = [n for o in prep_objects(tok, "in") for n in _object_nouns(o)]
        if set(nouns) & _VIOLENCE:
            return "FIGHT"  # "engaged in heavy fighting"
        return next((str(lex["nouns"][n]) for n in nouns if n in lex["nouns"]), None)
    return ruled


@condition("frees_nobody")
def _frees_nobody(tok: Token, words: frozenset[str]) -> bool:
    """ "released a patch" (not people, not "a statement condemning X")."""
    return not _releases_people(tok) and _statement_content(tok, _object(tok)) is None


@condition("complement_of_type")
def _complement_of_type(tok: Token, words: frozenset[str]) -> bool:
    """ "attempted to kill X": an infinitive complement whose own type is one of ``words``."""
    return any(c.dep_ == "xcomp" and _trigger_type(c) in words for c in tok.children)


@condition("judging")
def _judging(tok: Token, words: frozenset[str]) -> bool:
    """ "called X an outstanding leader", "called X's plan a disgrace": a naming that praises
    or blames (:func:`~newsbeat.enrich.relation_verbal.judgment_type`)."""
    return judgment_type(tok) is not None


@condition("by_counsel")
def _by_counsel(tok: Token, words: frozenset[str]) -> bool:
    """ "are represented by attorney X": see :func:`~newsbeat.enrich.relation_verbal.by_counsel`."""
    return by_counsel(tok)


@condition("hostile_complement")
def _hostile_complement(tok: Token, words: frozenset[str]) -> bool:
    """ "declined to criticise X", "refused to attack X": the refused act is hostile, so the
    refusal rejects no one."""
    return any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and _trigger_type(c) in HOSTILE_ACTS
        for c in tok.children
    )


_DEAL_VERBS = frozenset({"sign", "re-sign", "acquire", "absorb", "take"})


def _deal_with(tok: Token, lemma: str, obj: Token | None) -> bool:
    """A deal between two named actors without a deal noun: "signed X" (a person, to a
    contract), "signed with the Kings", "acquired / took over Kestrel Holdings" (a company)."""
    if lemma not in _DEAL_VERBS:
        return False
    if lemma in {"sign", "re-sign"}:
        if obj is not None and obj.ent_type_ == "PERSON":
            return True
        return any(o.ent_type_ in {"ORG", "PERSON"} for o in prep_objects(tok, "with"))
    if lemma in {"acquire", "absorb"} or (
        lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
    ):
        if obj is not None and obj.dep_ == "nsubjpass" and lemma == "acquire":
            # "Tom Baxter was acquired by the Tigers": a named person or company taken on by
            # the agent (a trade, a takeover); "the land was acquired by X" names no one
            return obj.ent_type_ in {"ORG", "PERSON"} and any(
                c.dep_ == "agent" for c in tok.children
            )
        return obj is not None and obj.ent_type_ == "ORG" and obj.dep_ == "dobj"
    return False


def _nominal_type(tok: Token) -> str | None:
    """The event type of a noun that names an act between two actors: "secured the signing
    of X" (COOPERATE), or a verb the parser took for a noun after an emphatic "did" ("did
    last February release X")."""
    frame = _nominal_frame(tok)
    if frame is None:
        return None
    if tok.lemma_.lower() == "signing":
        return "COOPERATE"
    if _meeting_with(tok):
        return "CONSULT"
    if decision_over(tok) is not None:
        return "FIGHT"  # "scored a unanimous decision over X"
    found = lexicon()["verbs"].get(tok.lower_)
    return str(found) if found is not None else None


def _nominal_frame(tok: Token) -> tuple[Token, list[Token]] | None:
    """(the verb whose subject acts, the nouns acted on) of a nominal trigger; None when the
    noun is none ("the signing ceremony", "a release date")."""
    if tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() == "signing" and tok.dep_ in {"dobj", "nsubjpass"}:
        named = [o for o in prep_objects(tok, "of") if o.pos_ == "PROPN"]
        if named and tok.head.pos_ == "VERB":
            return tok.head, named
        return None
    if _meeting_with(tok):
        return _meeting_with(tok)
    won = decision_over(tok)
    if won is not None:
        return won
    do = emphatic_do(tok)
    if do is None or tok.lower_ not in lexicon()["verbs"]:
        return None
    if tok.dep_ == "compound":
        head = tok
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "release tackle Mark Ellis": the name the compounds end in
        return do, [head]
    return do, [c for c in do.children if c.dep_ == "dobj" and c.i > tok.i]


def _meeting_with(tok: Token) -> tuple[Token, list[Token]] | None:
    """ "X was at a meeting with Y", "X took part in talks with Y", "After a meeting with Y, X
    said": a meeting noun (CONSULT in the lexicon's nouns) in a place or time phrase of the
    clause, with a "with" phrase naming the others; (the clause's verb, the named "with"
    objects). A meeting that is an object ("held talks with Y") is the light verb's; one
    ahead ("before a meeting with Y", "after a meeting with Y next week, X will") is none."""
    if tok.pos_ != "NOUN" or lexicon()["nouns"].get(tok.lemma_.lower()) != "CONSULT":
        return None
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"at", "in", "during", "after"}:
        return None
    named = [o for o in prep_objects(tok, "with") if o.pos_ == "PROPN"]
    verb = tok.head.head
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
        verb = verb.head  # "was present at a meeting"
    if not named or verb.pos_ not in {"VERB", "AUX"}:
        return None
    return verb, named


def _releases_people(tok: Token) -> bool:
    """ "released the hostages / Dan Holt / two detainees": people are freed (RETREAT), unlike
    "released a patch"; a passive ("was released from prison") frees its subject."""
    obj = _object(tok)
    if obj is None:
        return any(c.dep_ == "prep" and c.lower_ == "from" for c in tok.children)
    if _versioned(obj):
        return False  # "released Firefox 3.05": a product's version, whatever NER calls it
    return obj.ent_type_ in {"PERSON", "NORP"} or obj.lemma_.lower() in _FREED | _CIVILIANS


def _versioned(name: Token) -> bool:
    """A name with a version number right after it ("Firefox 3.05", "Vantage 2"): a product.
    A person's age or a count is set off or counts a noun ("Olsen, 28,", "3 days later")."""
    return name.pos_ == "PROPN" and any(
        c.dep_ == "nummod" and c.i == name.i + 1 and c.like_num for c in name.children
    )


def _achieved_purpose(verb: Token) -> bool:
    """ "paid the fee to secure the signing": a purpose that names what was achieved, so the
    act stands or falls with the verb it is the purpose of."""
    return (
        verb.dep_ == "advcl"
        and verb.lemma_.lower() in _ACHIEVING
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


def _civilian_object(tok: Token) -> bool:
    """Whether violence is aimed at civilians (PLOVER's ASSAULT rather than FIGHT): the object
    or passive subject, or the noun it is "for"/"of", is a civilian noun ("detainees", "a camp
    for refugees")."""
    heads = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    for head in list(heads):
        heads.extend(prep_objects(head, "for", "of"))
    return any(h.lemma_.lower() in _CIVILIANS for h in heads)


_ACCUSING_SAYS = frozenset({"say", "claim", "tell", "allege", "charge"})


def _accusing_clause(tok: Token) -> Token | None:
    """ "X said Y lied": a saying verb whose reported clause accuses its named subject (the
    lexicon's ``accusations``, in a past form: "lied", not "lies in the river")."""
    if lemmas_lower(tok.doc)[tok.i] not in _ACCUSING_SAYS:
        return None
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        lemma = clause.lemma_.lower()
        # "lied" (told lies), not "lay" (the past of lying down, lemmatised "lie" too)
        accused = lemma in lexicon()["accusations"] and clause.lower_.startswith(lemma[:-1])
        kids = list(clause.children)
        named = any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in kids)
        denied = any(c.dep_ == "neg" for c in kids)
        if accused and named and not denied and clause.tag_ in {"VBD", "VBN"}:
            return clause
    return None
