"""Relations between actors, typed with PLOVER event types and backed by their sentence.

Each sentence is read off its dependency parse with the lexicon in
``data/relation_lexicon.json`` (CAMEO-derived verbs plus curated verbs, event nouns, light
verbs and frames):

* a trigger is a verb of the lexicon ("attacked", "aided"), a verb+object pair of the lexicon
  ("lifted" + "curfew"), or a light verb whose object is an event noun ("signed a treaty",
  "formed an alliance", "issued a joint statement");
* the event of a sentence is its outermost trigger, so frames decide: "called for cooperation"
  is DEMAND, "rejected the treaty" is REJECT, "threatened to impose sanctions" is THREATEN;
* modality: an intent ("will support", "is ready to send troops") to cooperate is AGREE and to
  use force or sanctions is THREATEN; a negated cooperative event ("did not sign", "would not
  meet") is REJECT; negated hostile events and hypotheticals ("could", "if", "might") are kept
  with ``negated=True`` and never reported as the positive event;
* sources are the subject's actors (conjuncts and nationality modifiers: "Hungarian and
  Romanian officials" -> Hungary, Romania); targets are the object, the dative and the
  objects of with/to/against/on/from; a symmetric event with two subjects and no object
  ("Jordan and Britain signed a pact") relates the subjects to each other.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from importlib import resources
from itertools import product
from typing import TYPE_CHECKING, Any

from newsbeat.enrich.actors import ArticleActors, clean_name
from newsbeat.enrich.doc_arrays import doc_arrays, lemmas_lower, word_ids
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.event_rules import event_stated
from newsbeat.enrich.game_rules import game_meeting, game_play, lost_subject
from newsbeat.enrich.relation_core import CONDITION_REASON, SentenceEvent, failed_condition
from newsbeat.enrich.relation_ends import modifier_end
from newsbeat.enrich.relation_nonacts import forecast_by_other, press_person
from newsbeat.enrich.relation_rules import (
    acts_for_state,
    counted_nationals,
    counterfactual,
    dismissal,
    emphatic_do,
    gerund_clause_subject,
    is_law_word,
    is_named_actor,
    is_question,
    is_reported,
    modifies_only,
    nationality_adjective,
    participle_of_report,
    place_modifier,
    received_from,
    unnamed_individual,
)
from newsbeat.enrich.relation_sides import (
    acting_states,
    dispute_counterpart,
    is_worker_group,
    represented,
    unions_named,
)
from newsbeat.enrich.relation_verbal import (
    DISPOSITIONS,
    HOSTILE_ACTS,
    by_counsel,
    indefinite_name,
    judgment_type,
    negative_subject,
    verbal_attack,
)
from newsbeat.enrich.verb_conditions import NO_RULE, condition, verb_condition_type

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsbeat.models import Enrichment

__all__ = [
    "FoundRelation",
    "RelationContext",
    "SentenceEvent",
    "agreement_parties",
    "extract_relations",
    "lexicon",
    "resolve_unnamed",
    "sentence_events",
]

_COOPERATIVE = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT", "CONCEDE", "RETREAT"})
_CIVILIANS = frozenset(
    {
        "civilian",
        "refugee",
        "detainee",
        "prisoner",
        "protester",
        "demonstrator",
        "villager",
        "student",
        "journalist",
        "pilgrim",
        "worshipper",
        "child",
        "woman",
        "passenger",
        "resident",
    }
)
_STATEMENTS = frozenset({"statement", "declaration", "communique", "communiqué", "resolution"})
# Verbs that commit the subject to the event in their complement.
_COMMISSIVES = frozenset({"vow", "swear", "pledge", "promise", "undertake"})
# Cooperation that, promised on a condition, is an offer rather than a threat.
_OFFERS = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT"})
_HOSTILE = frozenset({"SANCTION", "FIGHT", "ASSAULT", "COERCE", "MOBILIZE"})
_SYMMETRIC = frozenset({"AGREE", "COOPERATE", "CONSULT", "FIGHT", "SUPPORT"})
# Travel verbs: an event only when the trip is a visit ("arrived in Amman on a visit").
_TRAVEL = frozenset({"arrive", "come", "travel", "fly"})
# Judgements whose "for" names the reason, not the one judged ("praised X for Y").
_JUDGING = frozenset({"DISAPPROVE", "SUPPORT"})
# Stances toward a thing, which are stances toward whoever owns or names it ("condemned
# Sweden's tariffs", "rejected the Holm plan"); acts on a thing are not ("intercepted X's pass").
_STANCES = frozenset({"DISAPPROVE", "SUPPORT", "REJECT", "PROTEST"})
# Verbs whose complement is only wished or planned, not committed to.
_WISHES = frozenset(
    {"want", "wish", "hope", "plan", "intend", "seek", "aim", "try", "attempt", "expect"}
    | {"consider", "mull", "prepare", "need", "like", "love"}
)
_REPORTED = "the subject of a reported clause"
# What a stance on a person's standing is a stance on the person for: "endorsed the
# re-election of X" backs X (not "condemned the killing of X": sympathy, no criticism).
_CANDIDACIES = frozenset(
    {"election", "candidacy", "candidature", "nomination", "appointment", "confirmation"}
)
_PRESS = "a journalist spoken to"
# Prepositions that name the parties of an event noun ("a treaty with X", "talks between",
# "sanctions against", "a warning from").
_PARTY_PREPS = frozenset({"with", "between", "against", "from"})
_READY = frozenset({"ready", "willing", "prepared", "determined", "eager"})
_TARGET_PREPS = frozenset(
    {"with", "to", "against", "on", "from", "for", "toward", "towards", "between"}
)
# Heads of unnamed group actors ("the mayors of four coastal towns", "300 dock workers").
_GROUP_HEADS = frozenset(
    [
        "mayors",
        "leaders",
        "ministers",
        "officials",
        "governments",
        "countries",
        "nations",
        "states",
        "towns",
        "cities",
        "municipalities",
        "councils",
        "unions",
        "workers",
        "dockers",
        "fishermen",
        "fishers",
        "farmers",
        "students",
        "soldiers",
        "troops",
        "protesters",
        "demonstrators",
        "residents",
        "members",
        "parties",
        "rebels",
        "militants",
        "police",
        "officers",
        "companies",
        "firms",
        "delegates",
        "envoys",
        "lawmakers",
        "senators",
        "members",
    ]
)
# Named agreements are what an event is about, not who takes part in it.
_AGREEMENT_WORDS = frozenset(
    {"treaty", "pact", "agreement", "accord", "deal", "alliance", "convention", "protocol"}
)
# Things whose author is acted on when they are: "rejected the treaty signed by X".
_AUTHORED = (
    _AGREEMENT_WORDS
    | _STATEMENTS
    | frozenset(
        {"plan", "proposal", "decision", "request", "demand", "offer", "warning", "call", "bill"}
    )
)
# Those who act for a person or an organisation that names them: "the Obama administration",
# "the Angels' front office", "Teixeira's lawyers" (a state's agents: STATE_AGENTS).
_AGENT_NOUNS = frozenset(
    {"administration", "team", "camp", "campaign", "office", "staff", "aide", "lawyer"}
    | {"attorney", "member", "family", "spokesman", "spokeswoman", "representative", "board"}
    | {"management", "executive", "ministry", "department", "agency"}
    | {"jury", "panel", "tribunal", "committee", "commission"}
)
# Common nouns for a country's executive: "the administration" is not whichever agency of
# the article has "Administration" in its name.
_EXECUTIVE = frozenset({"administration", "government", "regime", "authorities", "cabinet"})
# Kinds of organisation a common noun can refer to by name.
_ORG_KINDS = frozenset({"party", "union", "authority", "airline", "company", "association"})
_SIGNING_VERBS = frozenset({"sign", "conclude", "seal", "agree", "reach", "form", "forge", "ink"})
_PLACE_GROUPS = frozenset(
    {"councils", "towns", "cities", "municipalities", "villages", "countries", "nations", "states"}
)
_SMALL_NUMBERS = {
    w: i + 2
    for i, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
} | {str(i): i for i in range(2, 11)}
# Plural nouns that refer back to countries named before ("the two countries").
_PLACE_NOUNS = frozenset({"country", "nation", "state", "government", "neighbour", "neighbor"})
_SKIP_VERBS = frozenset({"say", "be", "have", "do", "tell", "report", "add", "note", "state"})
_MAX_SENT_TOKENS = 150
# A state's institutions, which its adjective names ("the Kaldrian navy" is Kaldria's navy),
# unlike one of its ships or units ("a Kaldrian warship", "the Kaldrian commandos").
_INSTITUTIONS = frozenset(
    {"navy", "army", "military", "government", "authorities", "police", "ministry", "parliament"}
    | {"cabinet", "regime", "air", "coast", "president", "presidency", "judiciary", "court"}
    | {"forces"}
)
# Verbs of saying that are no act when what follows is the words said ("replied that ...").
_ANSWERING = frozenset(
    {"reply", "respond", "answer", "react", "acknowledge", "admit", "insist", "explain"}
    | {"argue", "claim", "note", "remark", "concede", "contend", "maintain"}
)
_ORDERING = frozenset({"tell", "instruct", "order", "direct", "command"})
# Verbs whose reported clause is what is agreed with, not who ("agreed that X should stay").
_ASSENTING = frozenset({"agree", "accept", "concede", "acknowledge", "approve"})
# Who is released when a release is a retreat (besides civilians and named people).
_FREED = frozenset(
    {"hostage", "captive", "prisoner", "detainee", "suspect", "soldier", "sailor", "crew"}
    | {"activist", "dissident", "journalist", "convict", "inmate", "he", "she", "they", "him"}
    | {"her", "them", "player", "defender", "tackle", "striker", "coach", "man", "woman"}
)
_FORCE = frozenset({"FIGHT", "ASSAULT", "COERCE"})
# Signing or hiring someone: where they come from is not a party to it.
_ENGAGING = frozenset({"sign", "re-sign", "hire", "rehire"})
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


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The relation lexicon data file."""
    data: dict[str, Any] = json.loads(
        resources.files("newsbeat").joinpath("data/relation_lexicon.json").read_text("utf-8")
    )
    data["light_verbs"] = frozenset(data["light_verbs"])
    data["hypothetical"] = frozenset(data["hypothetical"])
    data["known_verbs"] = frozenset(data["verbs"]) | frozenset(data["verb_objects"])
    data["known_verbs"] |= data["light_verbs"]
    return data


@dataclass(frozen=True, kw_only=True)
class FoundRelation:
    """One typed relation between two actors, with its evidence sentence."""

    type: str
    source: str
    target: str
    evidence: str
    negated: bool = False
    trigger: str = ""


@dataclass(kw_only=True)
class RelationContext:
    """What earlier sentences of the article tell about later ones.

    Attributes:
        parties: the parties of the agreement the article last named with them.
        counterpart: the organisation on the other side of a labour dispute (the employer).
        unions: the trade unions the article names.
    """

    parties: list[str] = field(default_factory=list)
    counterpart: str | None = None
    unions: list[str] = field(default_factory=list)


def _depth(tok: Token) -> int:
    """Steps from the token up to its sentence root (spaCy makes a new Token object on each
    access, so the root is found by index, not identity)."""
    d = 0
    while tok.head.i != tok.i and d < 60:
        tok = tok.head
        d += 1
    return d


def _object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ in {"dobj", "attr", "nsubjpass"}:
            return _hyphen_head(tok, child)
    for child in tok.children:  # "agreed on a ceasefire", "agreed to a truce"
        if child.dep_ == "prep" and child.lower_ in {"on", "to", "upon"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                    return obj
    return None


def _hyphen_head(verb: Token, obj: Token) -> Token:
    """The word a prefix split off by the tokenizer belongs to: "endorsed the re-election of
    X" is parsed with "re", "-" and "election" each an object of the verb; the object is
    "election"."""
    doc = verb.doc
    while (
        obj.i + 2 < obj.sent.end
        and doc[obj.i + 1].text == "-"
        and not doc[obj.i + 1].whitespace_
        and not obj.whitespace_
        and doc[obj.i + 2].head.i == verb.i
        and doc[obj.i + 2].dep_ == obj.dep_
    ):
        obj = doc[obj.i + 2]
    return obj


def _verb_lemma(tok: Token) -> str:
    """The verb's lemma, mended when the lemmatizer cut a past form wrongly ("staged" ->
    "stag"): if the lemma is not a lexicon verb but the past form less "d"/"ed" (or a doubled
    consonant, or "ied" -> "y") is, that is the lemma."""
    lemma = tok.lemma_.lower()
    known = lexicon()["known_verbs"]
    low = tok.lower_
    if lemma in known or tok.tag_ not in {"VBD", "VBN"} or not low.endswith("ed"):
        return lemma
    for candidate in (low[:-1], low[:-2], low[:-3], low[:-3] + "y"):
        if candidate in known and len(candidate) > 2:
            return candidate
    return lemma


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
    that are "signing", a meeting noun or a lexicon verb; every other token gives None (read
    off the doc's arrays, without a token object for each)."""
    from spacy.symbols import NOUN, VERB

    doc = sent.doc
    arrays = doc_arrays(doc)
    verbs, meetings = _noun_trigger_words()
    strings = doc.vocab.strings
    pos, lower, lemma = arrays.pos, arrays.lower, arrays.lemma
    for i in range(sent.start, sent.end):
        tag = pos[i]
        if tag == VERB:
            yield doc[i]
        elif tag == NOUN:
            if lower[i] in verbs:
                yield doc[i]
                continue
            word = strings[lemma[i]].lower()
            if word == "signing" or word in meetings:
                yield doc[i]


@_per_token
def _trigger_type(tok: Token) -> str | None:
    """The event type a token triggers by itself (before frames and modality)."""
    lex = lexicon()
    lemma = _verb_lemma(tok) if tok.pos_ == "VERB" else tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        return _nominal_type(tok)
    if tok.pos_ == "VERB":
        if dismissal(tok):
            return "SANCTION"  # "fired coach X": a dismissal, not shooting
        if game_play(tok) or game_meeting(tok):
            # "grabbed 11 rebounds", "cut into the deficit": play, not an act; "will visit
            # the Lions (0-14)", "meet the Steelers in a playoff match": a game, no meeting
            return None
        ruled = verb_condition_type(tok, lemma, lex["verb_conditions"])
        if ruled != NO_RULE:  # "charged X with murder", "checked into rehab", "hit Rahman"
            return _ruled_type(tok, lemma, ruled)
        if received_from(tok) is not None:
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
        if _accusing_clause(tok) is not None:
            return "DISAPPROVE"  # "said Magruder lied": an accusation made by saying
        if lemma in _SKIP_VERBS:
            return None
        clauses = [c for c in tok.children if c.dep_ in {"ccomp", "advcl"}]
        if lemma in _ANSWERING and any(c.dep_ == "ccomp" for c in clauses):
            return None  # "replied that the US would need ...": words, not an act
        if lemma in _TRAVEL and any(
            o.lemma_.lower() in {"visit", "talks", "summit", "meeting"}
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ in {"on", "for"}
            for o in p.children
            if o.dep_ == "pobj"
        ):
            return "CONSULT"  # "arrived in Amman on a visit": arriving alone is no event
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i and first.tag_ == "VBN":
            first = first.head  # "a policy supported by X and ratified by Y": as the first
        if first.dep_ == "amod" or (first.dep_ == "acl" and first.tag_ == "VBN"):
            return None  # "the divided island", "forces armed with": descriptions, not events
        if lemma == "accord" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "to":
            return None
        signed = _signed_agreement(tok)
        if signed is not None:  # "put Kaldria's signature on a treaty": signed it
            return str(lex["verb_objects"]["sign"].get(signed.lemma_.lower(), "AGREE"))
        obj = _object(tok)
        content = _statement_content(tok, obj)
        if content is not None:  # "issued a declaration demanding that …": a demand
            inner = _trigger_type(content)
            if inner is not None:
                return inner
        if obj is not None:
            by_object = lex["verb_objects"].get(lemma, {})
            light = lemma in lex["light_verbs"]
            for noun in _object_nouns(obj):
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
    offer to X" (AGREE, as "offered X"), "made an approach to X" (CONSULT). Only for acts
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
    return str(kind) if named else None


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
        nouns = [
            n
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for o in p.children
            if o.dep_ == "pobj"
            for n in _object_nouns(o)
        ]
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


def _deal_with(tok: Token, lemma: str, obj: Token | None) -> bool:
    """A deal between two named actors without a deal noun: "signed X" (a person, to a
    contract), "signed with the Kings", "acquired / took over Kestrel Holdings" (a company)."""
    if lemma in {"sign", "re-sign"}:
        if obj is not None and obj.ent_type_ == "PERSON":
            return True
        return any(
            o.ent_type_ in {"ORG", "PERSON"}
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children
            if o.dep_ == "pobj"
        )
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in tok.children)
    if lemma in {"acquire", "absorb"} or (lemma == "take" and over):
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
    found = lexicon()["verbs"].get(tok.lower_)
    return str(found) if found is not None else None


def _nominal_frame(tok: Token) -> tuple[Token, list[Token]] | None:
    """(the verb whose subject acts, the nouns acted on) of a nominal trigger; None when the
    noun is none ("the signing ceremony", "a release date")."""
    if tok.pos_ != "NOUN":
        return None
    if tok.lemma_.lower() == "signing" and tok.dep_ in {"dobj", "nsubjpass"}:
        named = [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
        ]
        if named and tok.head.pos_ == "VERB":
            return tok.head, named
        return None
    if _meeting_with(tok):
        return _meeting_with(tok)
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
    """ "X was at a meeting with Y", "X took part in talks with Y": a meeting noun (CONSULT in
    the lexicon's nouns) in a place phrase of the clause, with a "with" phrase naming the
    others; (the clause's verb, the named "with" objects). A meeting that is an object ("held
    talks with Y") is the light verb's."""
    if tok.pos_ != "NOUN" or lexicon()["nouns"].get(tok.lemma_.lower()) != "CONSULT":
        return None
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"at", "in", "during"}:
        return None
    named = [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj" and o.pos_ == "PROPN"
    ]
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
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in {"for", "of"}):
            heads.extend(c for c in prep.children if c.dep_ == "pobj")
    return any(h.lemma_.lower() in _CIVILIANS for h in heads)


def _statement_content(tok: Token, obj: Token | None) -> Token | None:
    """The verb that says what a statement issued does: "issued a declaration *demanding*
    that …", "released a statement *condemning* the attack"."""
    if obj is None or obj.lemma_.lower() not in _STATEMENTS:
        return None
    if tok.lemma_.lower() not in lexicon()["light_verbs"] | {"release", "publish"}:
        return None
    return next((c for c in obj.children if c.dep_ == "acl" and c.pos_ == "VERB"), None)


def _signature(tok: Token) -> Token | None:
    """The object "signature" of "put/add/set one's signature", if that is the verb's object."""
    if tok.lemma_.lower() not in {"put", "add", "set", "place"}:
        return None
    return next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "signature"), None
    )


def _signed_agreement(tok: Token) -> Token | None:
    """The agreement of "put X's signature on/to a treaty" (the idiom for signing it)."""
    if _signature(tok) is None:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"on", "to"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.lemma_.lower() in _AGREEMENT_WORDS:
                return obj
    return None


def _object_nouns(obj: Token) -> list[str]:
    """The object's lemma, then its compounds and its "of" noun ("a mediation effort", "5
    million dollars of aid")."""
    nouns = [obj.lemma_.lower(), obj.lower_]
    for child in obj.children:
        if child.dep_ == "compound":
            nouns.append(child.lemma_.lower())
        elif child.dep_ == "prep" and child.lower_ == "of":
            nouns.extend(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    return nouns


def _modal(tok: Token) -> tuple[bool, bool, bool]:
    """(negated, intent, hypothetical) of a trigger from its auxiliaries and governors."""
    negated = any(
        c.dep_ == "neg"
        or (c.dep_ == "advmod" and c.lower_ == "never")
        or (c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children))
        for c in tok.children
    )  # "did not sign", "never met", "would no longer patrol"
    hyp = {"could", "might", "may"}
    intent = False
    hypothetical = False
    for c in tok.children:
        if c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll", "shall"}:
            intent = True
        if c.dep_ == "aux" and c.lower_ == "have" and counterfactual(tok, c):
            hypothetical = True  # "would have attacked": counterfactual
        if c.dep_ == "aux" and c.lower_ in hyp:
            hypothetical = True
        if c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}:
            hypothetical = True
    if _writers_would(tok):
        hypothetical = True  # the writer's "would": "a pact would see Sorvenland send ..."
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ in _READY:
        intent = True
        negated = negated or any(c.dep_ == "neg" for c in head.children)
    if tok.dep_ == "xcomp" and head.lemma_ in {"plan", "want", "intend", "hope", "seek"}:
        intent = True
    if tok.dep_ == "xcomp" and head.lower_ in DISPOSITIONS:
        hypothetical = True  # "is inclined to attack X": a leaning, not an act
    if tok.dep_ in {"xcomp", "ccomp"} and head.lemma_ in lexicon()["hypothetical"]:
        hypothetical = hypothetical or head.lemma_ in {"consider", "mull", "weigh", "propose"}
    if tok.dep_ == "xcomp" and any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children
    ):
        hypothetical = True  # "if the navies began patrolling"
    purpose = tok
    while purpose.dep_ == "conj" and purpose.head.i != purpose.i:
        purpose = purpose.head  # "to reduce X and to block Y": the second as the first
    if (
        purpose.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        and purpose.head.lemma_.lower() not in _COMMISSIVES
        and _trigger_type(purpose.head) is not None
    ):
        # The purpose of another event: "formed an alliance to clear plastic" (not yet done).
        hypothetical = True
    if tok.dep_ == "xcomp" and head.lemma_ == "have":
        hypothetical = True  # "might have to trade X", "has to sign": an obligation, not done
    if _under_possibility(tok):
        hypothetical = True  # "could do it …, giving X the money"
    if tok.dep_ == "xcomp" and head.lemma_ in {"fail", "refuse", "decline"}:
        negated = True
    return negated, intent, hypothetical


def _employer(tok: Token) -> Token | None:
    """The "from" object of a passive dismissal with no agent ("was fired from Kestrel
    Advisors"): who dismissed."""
    if not dismissal(tok) or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _salient_person(pronoun: Token, actors: ArticleActors) -> Token | None:
    """ "he"/"she" as a subject, when one named person is who the text is about: the subject of
    a clause earlier in the same sentence ("When Olsen was assigned …, he pressed Baxter"),
    else of the sentence before. Several named people there, or none: nobody."""
    if pronoun.lower_ not in {"he", "she"}:
        return None
    sent = pronoun.sent
    before = [t for t in sent if t.i < pronoun.i]
    if not any(t.dep_ in {"nsubj", "nsubjpass"} for t in before) and sent.start > 0:
        before = list(pronoun.doc[sent.start - 1].sent)
    people: dict[str, Token] = {}
    subjects: set[str] = set()
    for t in before:
        mention = actors.actor_at(t.idx, t.idx + len(t.text))
        if mention is None or actors.type_of(mention.actor) != "PERSON":
            continue
        people.setdefault(mention.actor, t)
        if t.dep_ in {"nsubj", "nsubjpass"}:
            subjects.add(mention.actor)
    # one named person there, and the subject: anyone else named makes "he" unclear
    if len(people) != 1 or not subjects:
        return None
    return next(iter(people.values()))


def _refusal(tok: Token, intent: bool) -> bool:
    """A negation that is a refusal: of will ("would not meet", "refused to sign") or by the
    verb's meaning (the lexicon's ``negated_types``: "did not accept"); not a failure or a
    plain "did not sign"."""
    if intent or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in {"refuse", "decline"}):
        return True
    return _verb_lemma(tok) in lexicon()["negated_types"]


def _wished(tok: Token) -> bool:
    """The trigger completes a verb of wishing or planning ("wants to sign", "plans to meet
    X", "hopes to reach a deal with Y"), directly or as the first of its conjuncts."""
    node = tok
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "xcomp" and node.head.lemma_.lower() in _WISHES


def _under_possibility(tok: Token) -> bool:
    """Whether the trigger completes, or is a subjectless participle of, a verb with "could",
    "might" or "may" ("might have to trade X", "could do it, giving X the money")."""
    node = tok
    for _ in range(3):
        participle = node.dep_ == "advcl" and node.tag_ == "VBG"
        if node.dep_ != "xcomp" and not participle:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children) or node.head.i == node.i:
            return False
        node = node.head
        if any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in node.children):
            return True
    return False


def _writers_would(tok: Token) -> bool:
    """Whether the trigger, or a verb it is the complement of, has a "would" that is nobody's
    reported words (see :func:`~newsbeat.enrich.relation_rules.is_reported`)."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in node.children):
            return not is_reported(node)
        if node.dep_ not in {"xcomp", "ccomp", "conj"} or node.head.i == node.i:
            return False
        if node.dep_ == "ccomp" and is_reported(node):
            return False
        node = node.head
    return False


def _reporter_subject(tok: Token, pronoun: Token) -> Token | None:
    """For "it"/"we"/"they"/"he"/"she" as a trigger's subject in reported words ("Sorvenland
    said it would lend ships", "the rebels said they will release", "Holm said she told X to
    leave"), the subject of the reporting verb when its number agrees ("they received a call,
    the ministry said" is someone else) and, for "he"/"she", when it comes first."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and is_reported(node):
            reporter = _subject_of(node.head)
            if reporter is None:
                return None
            if pronoun.lower_ in {"he", "she"} and reporter.i > pronoun.i:
                return None  # "He shot Ortiz, Peavy said": he is someone else
            plural = reporter.tag_ in {"NNS", "NNPS"} or any(
                c.dep_ == "conj" for c in reporter.children
            )
            return reporter if plural == (pronoun.lower_ == "they") else None
        node = node.head
    return None


def _actors_of(
    tok: Token,
    actors: ArticleActors,
    *,
    adjectives: list[str] | None = None,
    modifiers: list[str] | None = None,
    shown: dict[str, str | None] | None = None,
) -> list[str]:
    """Actors a noun phrase stands for: its entity mentions (conjuncts included); not a name
    that only modifies a rule or a period ("a Holm-era rule", "the Holm rule banned ...").

    Args:
        tok: the head of the noun phrase.
        actors: the article's actors.
        adjectives: filled with the actors named only by a nationality adjective before a
            noun other than a state institution ("an Indian warship", "the Kaldrian
            commandos"): no grammatical subject of an event by themselves.
        modifiers: filled with the actors named only in a modifier of a noun that does not
            act for them ("Clark's hot start", "Quinn's pass"; not "Kaldria's navy", "the
            Obama administration", "a US request").
        shown: filled with what a reader is shown for a name found only in a modifier of
            the head noun, where that differs from the name (``relation_ends.modifier_end``:
            "the Obama administration" is shown as itself, "the US President-elect" as its
            one holder, or None: nobody).
    """
    antecedent = _antecedent(tok)
    heads = [_possessed_person(tok), *[c for c in tok.conjuncts if c.i > tok.i]]
    if antecedent is not None:  # "whom X shot", "who was fired from Y": who it stands for
        heads = [antecedent]
    found: list[str] = []
    for head in heads:
        names: list[str] = []
        mention = actors.actor_at(head.idx, head.idx + len(head.text))
        if mention is not None and counted_nationals(head, mention.actor):
            continue  # "11 Yemeni (pirates)", "12 Somalis": people of a country, not the state
        if mention is not None and indefinite_name(head):
            continue  # "a super PAC that opposed Trump": one of a kind, no named actor
        named = None if mention is not None else _named_kind(head, actors)
        person = None if mention is not None else _apposed_person(head, actors)
        if mention is not None:
            names.append(mention.actor)
        elif person is not None:
            names.append(person)  # "the FBI director Patrick Gray": the director is Gray
        elif named is not None:
            names.append(named)  # "Kaldria's largest opposition party" -> the Civic Party
        else:
            # Modifiers: "Hungarian and Romanian officials", "Norway's minister", "the mayors
            # of four coastal towns", "the leaders of X".
            span_toks = [
                t
                for t in head.subtree
                if t.i <= head.i
                or t.head is head
                or (t.head.head is head and t.head.lower_ == "of")
            ]
            individual = unnamed_individual(head, _AUTHORED | {"presence", "appeal"})
            for t in span_toks:
                if t.dep_ in {"relcl", "acl", "advcl"} or is_law_word(head):
                    continue  # "Kaldria's constitution bars ...": the law, not Kaldria
                if individual and t.dep_ in {"compound", "amod", "nmod"}:
                    continue  # "an off-duty Velmar policeman": one man, not Velmar
                m = actors.actor_at(t.idx, t.idx + len(t.text))
                if m is None or m.actor in names:
                    continue
                if (
                    nationality_adjective(t, m.actor) or place_modifier(t, m.label)
                ) and not acts_for_state(head, _CIVILIANS | _AUTHORED):
                    # "the Scottish actor", "Somali nationals": not the country. Its agents
                    # ("Indian commandos") and its people as victims ("Palestinian
                    # detainees", PLOVER's coding) are.
                    continue
                if modifies_only(t, head):
                    continue  # "revoked a Holm-era rule", "the Holm rule banned": not Holm
                if (
                    adjectives is not None
                    and (m.label == "NORP" or actors.type_of(m.actor) == "GPE")
                    and nationality_adjective(t, m.actor)
                    and head.lemma_.lower() not in _INSTITUTIONS
                    and head.lower_ not in _INSTITUTIONS
                ):
                    adjectives.append(m.actor)
                if modifiers is not None and not _stands_for(head):
                    modifiers.append(m.actor)
                if shown is not None and t.i < head.i:
                    end = modifier_end(head, t, m, actors)
                    if end != m.actor:
                        shown.setdefault(m.actor, end)
                names.append(m.actor)
        if not names:
            # "the two countries' navies", "both nations": the places named just before.
            for t in (head, *[c for c in head.children if c.dep_ == "poss"]):
                names.extend(n for n in _plural_reference(t, actors) if n not in names)
        if not names:
            names.extend(_counted_places(head, actors))  # "four councils" -> the four named
        if (
            not names
            and head.pos_ == "NOUN"
            and any(
                c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "its", "this"}
                for c in head.children
            )
        ):
            # "the dockers' union", "their union": an organisation named earlier.
            left = min([head.i, *[c.left_edge.i for c in head.lefts]])
            nominal = actors.resolve_nominal(head.doc[left : head.i + 1].text, head.idx)
            if nominal is not None and head.lemma_.lower() not in _EXECUTIVE:
                names.append(nominal)
        if not names and head.pos_ == "NOUN" and head.lower_ in _ORG_KINDS:
            # "their union" in an article that never names it: the organisation as written,
            # "the union"; `resolve_unnamed` names it from the story's other articles.
            kids = [c for c in head.children if c.dep_ in {"det", "poss"}]
            if any(c.lower_ in {"the", "their", "its"} for c in kids) and not any(
                c.dep_ == "poss" and c.pos_ != "PRON" for c in kids
            ):
                names.append(f"the {head.lower_}")
        if (
            not names
            and head.pos_ in {"NOUN", "PROPN"}
            and head.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}
            and head.lower_ in _GROUP_HEADS
            and any(c.dep_ in {"nummod", "amod", "compound"} for c in head.children)
        ):
            left = min([head.i, *[c.left_edge.i for c in head.lefts]])
            names.append(clean_name(head.doc[left : head.i + 1].text))
        for n in names:
            if n not in found and n.rsplit(" ", 1)[-1].lower() not in _AGREEMENT_WORDS:
                found.append(n)
    return found


def _possessed_person(tok: Token) -> Token:
    """ "praised Breitbart News' political editor Matthew Boyle": a name ending in "s" with a
    bare apostrophe after it owns what follows; the parser, reading the mark as punctuation,
    makes the person an apposition of the owner. The person is who the phrase names."""
    doc = tok.doc
    if not tok.lower_.endswith("s") or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in "’'":
        return tok
    person = next(
        (
            c
            for c in tok.children
            if c.dep_ == "appos" and c.i > tok.i + 1 and c.ent_type_ == "PERSON"
        ),
        None,
    )
    return tok if person is None else person


def _apposed_person(head: Token, actors: ArticleActors) -> str | None:
    """The person a title noun is in apposition with ("the Velmar police chief Gary Olsen"):
    the phrase is that person, and its modifiers only describe the job."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            mention = actors.actor_at(child.idx, child.idx + len(child.text))
            if mention is not None and actors.type_of(mention.actor) == "PERSON":
                return mention.actor
    return None


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("his father, X, whom Y shot": X; "a resident
    who was fired": the resident, or the name the resident is in apposition to)."""
    if tok.tag_ not in {"WP", "WDT"} or tok.lower_ not in {"who", "whom", "that", "which"}:
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "whom X shot and killed": the first verb's clause
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    before = [c for c in (noun, *noun.conjuncts) if c.i < tok.i]
    if before:  # "between X and Y, who was chairman": the nearest, Y
        noun = max(before, key=lambda c: c.i)
    if tok.lower_ in {"who", "whom"}:
        noun = _phrase_owner(noun)
    if noun.dep_ == "appos" and noun.pos_ == "NOUN":
        noun = noun.head  # "X, a 38-year-old resident who ...": X
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _phrase_owner(noun: Token) -> Token:
    """ "X, the president of the Foundation for Peace, who criticises …": "who" is a person,
    so a place or organisation the parser hangs it from inside an "of"/"for" phrase of a noun
    in apposition to X stands for that noun ("president", then X)."""
    if noun.ent_type_ not in {"ORG", "GPE", "LOC", "FAC", "NORP"} or noun.dep_ != "pobj":
        return noun
    node = noun
    for _ in range(8):
        if node.dep_ not in {"pobj", "prep", "compound"} or node.head.i == node.i:
            break
        node = node.head
    # only a noun in apposition to the name before it: "the rise of Sanders, who …" (NER's
    # ORG on a person) stays Sanders
    return node if node.pos_ == "NOUN" and node.dep_ == "appos" else noun


def _stands_for(head: Token) -> bool:
    """Whether a noun acts for, or is the act of, whoever names it in a modifier: a state's
    or a person's agents ("Kaldria's navy", "the Obama team"), what they author ("a US
    request"), or a name ("the Velmar Port Authority" as NER missed it)."""
    if head.pos_ == "PROPN":
        return True
    lemma = head.lemma_.lower()
    if head.like_num or lemma in {"billion", "million", "thousand", "trillion"}:
        return True  # "lend Greece billions", parsed as a compound of the amount: the dative
    return lemma in _AGENT_NOUNS or acts_for_state(head, _AUTHORED | {"presence", "appeal"})


def _named_kind(head: Token, actors: ArticleActors) -> str | None:
    """A common noun naming a kind of organisation ("the opposition party", "the union", "the
    port authority") is the one organisation of that kind the article names, before or after
    ("Karl Meisner, leader of the Civic Party"). None when it names none or several."""
    if head.pos_ != "NOUN" or head.lower_ not in _ORG_KINDS:
        return None
    if not any(c.dep_ in {"det", "poss"} for c in head.children):
        return None  # "a party", "parties": not a reference
    named = [
        a.name
        for a in actors.actors.values()
        if a.type == "ORG" and " " in a.name and a.name.rsplit(" ", 1)[-1].lower() == head.lower_
    ]
    return named[0] if len(named) == 1 else None


def _home_place(subj: Token, actors: ArticleActors) -> str | None:
    """The actor of a subject's possessive ("Kaldria's largest opposition party" -> Kaldria,
    "the airline's union" -> the airline). A named person has none: "Microsoft's Dustin
    Childs advised users" names his employer, not whom he addresses."""
    if subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON":
        return None
    for child in subj.children:
        if child.dep_ == "poss":
            m = actors.actor_at(child.idx, child.idx + len(child.text))
            if m is not None and m.label in {"GPE", "ORG"}:
                return m.actor
    return None


def _counted_places(head: Token, actors: ArticleActors) -> list[str]:
    """ "Four councils formed an alliance" in an article that then lists four places ("Velmar,
    Orsa, Kittby and Brask will share…"): those four. The indefinite "four councils" introduces
    places named after it; the definite "the four councils" refers to places named before.
    Only when exactly one such list of that many places exists; otherwise the group stays."""
    if head.lower_ not in _PLACE_GROUPS:
        return []
    count = next((_SMALL_NUMBERS.get(c.lower_) for c in head.children if c.dep_ == "nummod"), None)
    if count is None:
        return []
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in head.children)
    lists = {
        tuple(sorted(names)): names
        for at, names in actors.place_lists
        if len(names) == count and (at < head.idx if definite else at > head.idx)
    }
    return next(iter(lists.values())) if len(lists) == 1 else []


def _plural_reference(tok: Token, actors: ArticleActors) -> list[str]:
    """ "the two countries", "both nations", "the two sides": the last two places named before.

    Only a plural country noun with "both" or "the two" counts; "two countries" without the
    article introduces new ones and "the countries" is too vague.
    """
    if tok.lemma_.lower() not in _PLACE_NOUNS or tok.tag_ != "NNS":
        return []
    kids = {c.lower_ for c in tok.children if c.dep_ in {"det", "nummod", "predet", "poss"}}
    if not ("both" in kids or {"the", "two"} <= kids):
        return []
    places = actors.places_before(tok.idx, 2)
    return places if len(places) == 2 else []


def _subject_of(tok: Token) -> Token | None:
    """Who acts: the subject, the agent of a passive ("by X"), or the subject of the verb a
    complement or adverbial clause hangs from. A passive without an agent names no one: its
    subject, or the main clause's, is who the act was done to ("with Rahman getting pounded,
    Weeks called a halt"; "Assange was due to be released from Belmarsh")."""
    seen = 0
    while seen < 6:
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "csubj"}]
        if subjects:
            # "His sister Paula created ..." parsed with two subjects: the name
            named = next((c for c in subjects if c.pos_ == "PROPN"), None)
            if named is None and len(subjects) > 1:
                # two common-noun subjects ("Constable Lena Holm allege the man opened
                # fire", "allege" read as a noun): the parse cannot say who acts
                return None
            return named or subjects[0]
        for child in tok.children:
            if child.dep_ == "agent":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
            return None
        clause = gerund_clause_subject(tok)
        if clause is not None and participle_of_report(clause):
            return None  # "After shooting X, Whiteside said LaCalamita walked …": not the reporter
        if clause is not None:  # "after signing X, the Kings …": the Kings signed
            tok = clause
            seen += 1
            continue
        lost = lost_subject(tok)
        if lost is not None:  # "… the leader and the Bluejays defeated Drake"
            return lost
        if tok.dep_ == "advcl" and participle_of_report(tok.head):
            return None  # "Having shot X, Whiteside said Y walked …": not the reporter
        if tok.dep_ in {"xcomp", "conj", "acomp", "advcl"} and tok.head is not tok:
            tok = tok.head
            seen += 1
            continue
        if _coordinated_clause(tok):  # "X suspected him … and five times ordered Y to …"
            tok = tok.head
            seen += 1
            continue
        return None
    return None


def _coordinated_clause(tok: Token) -> bool:
    """A finite verb parsed as a complement clause though "and"/"but" joins it to its head:
    with no subject of its own, it shares the head's."""
    if tok.dep_ != "ccomp" or tok.tag_ not in {"VBD", "VBZ", "VBP"} or tok.head.i > tok.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in tok.children):
        return False
    left = tok.left_edge.i - 1
    return left > tok.head.i and tok.doc[left].lower_ in {"and", "but"}


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
    own = table.get(_verb_lemma(tok)) if tok.pos_ == "VERB" else None
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


def _accusing_clause(tok: Token) -> Token | None:
    """ "X said Y lied": a saying verb whose reported clause accuses its named subject (the
    lexicon's ``accusations``, in a past form: "lied", not "lies in the river")."""
    if tok.lemma_.lower() not in {"say", "claim", "tell", "allege", "charge"}:
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
    nouns = set(_object_nouns(obj))
    by_object = lex["verb_objects"].get(_verb_lemma(tok), {})
    return bool(nouns & (set(lex["nouns"]) | _AUTHORED | set(by_object)))


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
            why = None if _licensed(tok, child.lower_) else f"the object of '{child.lower_}'"
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
            candidates.extend(
                (o, None)
                for p in obj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for c in p.children
                if c.dep_ == "pobj"
                for o in (c, *c.conjuncts)
            )
    for cand, _why in list(candidates):
        if cand.lemma_.lower() in _AGREEMENT_WORDS:  # "on a treaty with Sorvenland"
            for prep in (c for c in cand.children if c.dep_ == "prep"):
                if prep.lower_ in {"with", "between"}:
                    candidates.extend((c, None) for c in prep.children if c.dep_ == "pobj")
    talk = _trigger_type(tok) == "CONSULT"
    for cand, why in candidates:
        if any(c.dep_ == "case" for c in cand.children):
            continue  # "a shot on Drake's end" parsed with Drake as the object: its owner
        if talk and press_person(cand, actors):
            why = _PRESS  # "speaking to NBC's Hallie Jackson": an interview, no meeting
        modifiers: list[str] = []
        names = _actors_of(cand, actors, modifiers=modifiers, shown=found.shown)
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
            subj = _subject_of(tok.head)
            if subj is not None:
                holders.append(subj)
        names: list[str] = []
        for holder in holders:
            names.extend(n for n in _actors_of(holder, actors) if n not in names)
        if len(names) >= 2:
            return names
    return []


def _retaliation(tok: Token) -> bool:
    """ "retaliate", or "answer"/"respond"/"react" with means ("answer it with every measure"):
    announced, it is a threat. "Respond to the letter" is a reply, not a threat."""
    lemma = tok.lemma_.lower()
    if lemma == "retaliate":
        return True
    if lemma not in {"answer", "respond", "react", "reply"}:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def _conditions(tok: Token) -> list[Token]:
    """The if/unless clauses of a trigger and of its complement clauses."""
    heads = [tok, *[c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}]]
    return [
        clause
        for head in heads
        for clause in head.children
        if clause.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in clause.children)
    ]


def sentence_events(
    sent: Span, actors: ArticleActors, context: RelationContext | None = None
) -> list[SentenceEvent]:
    """Every event trigger of a sentence with its type, modality and actors, outermost first.

    Args:
        sent: the sentence.
        actors: the article's actors.
        context: what the article said before (an event aimed at "the treaty" is aimed at its
            parties; a strike with no stated target is aimed at the employer).
    """
    if context is None:
        context = RelationContext(unions=unions_named(actors))
    if len(sent) > _MAX_SENT_TOKENS or is_question(sent):
        return []  # a question asserts nothing
    events: list[SentenceEvent] = []
    for tok in _possible_triggers(sent):
        base = _trigger_type(tok)
        if base is None:
            continue
        frame = _nominal_frame(tok)
        governor = tok if frame is None else frame[0]
        if frame is not None and _achieved_purpose(governor):
            governor = governor.head  # "paid the fee to secure the signing of X": as paid
        negated, intent, hypothetical = _modal(governor)
        type_ = base
        must = any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in tok.children)
        conditional = any(
            c.dep_ == "advcl" and any(m.lower_ in {"unless", "if"} for m in c.children)
            for c in tok.children
        )
        if must and tok.dep_ in {"ccomp", "xcomp"}:
            type_ = "DEMAND"  # "said Sudan must return the helicopter"
        elif intent and conditional and base in _OFFERS:
            type_ = "AGREE"  # "would meet the mediator if he gave them a veto": an offer
        elif intent and conditional:
            type_ = "THREATEN"  # "will withdraw its force unless ..."
        elif intent and base in _COOPERATIVE:
            type_ = "AGREE"
        elif intent and base in _HOSTILE | {"PROTEST"}:
            type_ = "THREATEN"
        elif intent and _retaliation(tok):
            type_ = "THREATEN"  # "will answer it with every measure at its disposal"
        bare_negation = False
        if negated and base in _COOPERATIVE | {"AGREE"}:
            bare_negation = not _refusal(governor, intent)
            type_, negated = "REJECT", False
        subj = _subject_of(tok if frame is None else frame[0])
        if forecast_by_other(governor, subj, actors):
            hypothetical = True  # "Sanders will back Clinton, former rival says"
        if negative_subject(tok, subj):
            negated = True  # "Neither X nor Y attacked Z": nobody did
        salient = None
        if subj is not None and subj.lower_ in {"it", "we", "they", "he", "she"}:
            reporter = _reporter_subject(tok, subj)
            salient = None if reporter is not None else _salient_person(subj, actors)
            subj = reporter or salient or subj
        by_adjective: list[str] = []
        found = _Found()
        modifiers: list[str] = []
        sources = (
            _actors_of(
                subj, actors, adjectives=by_adjective, modifiers=modifiers, shown=found.shown
            )
            if subj is not None
            else []
        )
        found.add([n for n in sources if n in modifiers], "a name that modifies the subject")
        employer = _employer(tok) if base == "SANCTION" and not sources else None
        if employer is not None:  # "who was fired from Gordon Advisors": the employer fired
            sources = _actors_of(employer, actors)
            found.add(sources, None)
        signature = _signature(tok)
        if signature is not None:
            # "Holm put Kaldria's signature on the treaty": Kaldria signed.
            owners = [
                n for c in signature.children if c.dep_ == "poss" for n in _actors_of(c, actors)
            ]
            sources = owners or sources
            found.add(owners, None)  # the signature's owner signs
        sources = represented(sources, context.unions)
        if frame is None:
            targets = _targets_of(tok, actors, sources, parties=context.parties, found=found)
        else:
            press = [c for c in frame[1] if base == "CONSULT" and press_person(c, actors)]
            found.add([n for c in press for n in _actors_of(c, actors)], _PRESS)
            targets = [n for c in frame[1] for n in _actors_of(c, actors) if n not in sources]
        giver = received_from(tok)
        if giver is not None and not _actors_of(giver, actors):
            continue  # "received aid from donors": the receiver did nothing to anyone
        if giver is not None:
            # "Velmar received technical help from Kaldria": Kaldria AID Velmar.
            type_ = "AID"
            sources, targets = _actors_of(giver, actors), sources
            found.add(sources, None)
        if (
            not targets
            and type_ == "PROTEST"
            and context.counterpart is not None
            and context.counterpart not in sources
            and any(s in context.unions or is_worker_group(s) for s in sources)
        ):
            targets = [context.counterpart]  # a strike is aimed at the employer
        if not targets and type_ in {"DEMAND", "PROTEST"} and subj is not None:
            # "Kaldria's opposition party called for a vote": a domestic body's demand is
            # addressed to its own country's government.
            home = _home_place(subj, actors)
            if home is not None and home not in sources and sources:
                targets = [home]
        sources, targets = acting_states(sources, targets, actors)
        if type_ == "FIGHT" and _civilian_object(tok):
            type_ = "ASSAULT"  # "beat up detainees", "attacked a camp for refugees"
        if type_ == "FIGHT" and verbal_attack(tok, sources, targets, actors):
            type_ = "DISAPPROVE"  # "Trump attacked Obama", "blasted Congress": words
        events.append(
            SentenceEvent(
                type=type_,
                trigger=tok,
                depth=_depth(tok),
                negated=negated or hypothetical,
                hypothetical=hypothetical,
                intent=intent,
                sources=sources,
                targets=targets,
                by_adjective=by_adjective,
                loose=found.result(),
                bare_negation=bare_negation,
                wish=_wished(governor),
                by_pronoun=salient is not None,
                shown=found.shown,
            )
        )
    _commitments(events)
    events.sort(key=lambda e: (e.depth, e.trigger.i))
    # An event that is the complement of another is part of it: "agreed to cooperate" is one
    # AGREE, "threatened to impose sanctions" one THREATEN. Events joined by "and" or an
    # adverbial clause ("signed a pact, pledging to patrol together") stand on their own.
    triggers = {e.trigger.i for e in events}
    return [e for e in events if not _complement_of_event(e.trigger, triggers)]


_MUTUAL_VERBS = frozenset(
    {"meet", "talk", "negotiate", "ally", "cooperate", "partner", "clash", "fight", "agree"}
    | {"sign", "conclude", "seal", "ink", "reach", "form", "forge", "trade", "share", "hold"}
)
_MUTUAL_NOUNS = _AGREEMENT_WORDS | frozenset(
    {"talks", "partnership", "coalition", "ceasefire", "truce", "summit", "meeting", "exercise"}
    | {"exercises", "patrol", "patrols", "cooperation", "memorandum"}
)


def _mutual(tok: Token) -> bool:
    """Whether an event of two subjects is between them ("Kaldria and Sorvenland signed a
    treaty / met") rather than done together to no one named ("the FBI and ATF offered a
    reward")."""
    if tok.lemma_.lower() in {"meet", "talk", "negotiate", "ally", "cooperate", "clash"}:
        return True
    if any(t.lower_ in {"together", "jointly", "joint", "mutual"} for t in tok.subtree):
        return True  # "pledging to patrol the strait together"
    obj = _object(tok)
    if obj is not None:
        return bool({obj.lemma_.lower(), obj.lower_} & _MUTUAL_NOUNS)
    return tok.lemma_.lower() in _MUTUAL_VERBS


def _commitments(events: list[SentenceEvent]) -> None:
    """A vow to do something is the intent to do it: "have sworn to fight" is THREATEN, "vowed
    to cooperate" AGREE — whatever the vowing verb alone would be ("swear" is DISAPPROVE as in
    "swore at"). The vowed event keeps being part of the vow."""
    by_token = {e.trigger.i: e for e in events}
    for e in events:
        if e.trigger.lemma_.lower() not in _COMMISSIVES or e.negated:
            continue
        for child in e.trigger.children:
            inner = by_token.get(child.i)
            if inner is None or inner.negated:
                continue
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if not (child.dep_ == "xcomp" or (child.dep_ == "advcl" and infinitive)):
                continue
            base = _trigger_type(child) or inner.type
            if base in _HOSTILE | {"PROTEST", "THREATEN"}:
                e.type = "THREATEN"
            elif base in _COOPERATIVE:
                e.type = "AGREE"
            else:
                continue
            if not e.targets:
                e.targets = list(inner.targets)
                e.loose.update({n: w for n, w in inner.loose.items() if n in e.targets})
            inner.negated = True  # vowed, not done


def _complement_of_event(tok: Token, triggers: set[int]) -> bool:
    """Whether the token hangs from another trigger through complement links only."""
    steps = 0
    while tok.head is not tok and steps < 6:
        if tok.dep_ not in {"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp"}:
            return False
        tok = tok.head
        steps += 1
        if tok.i in triggers:
            return True
    return False


def extract_relations(
    doc: Doc,
    actors: ArticleActors,
    *,
    quoted: Sequence[tuple[int, int]] = (),
    max_pairs: int = 6,
) -> list[FoundRelation]:
    """Relations of a parsed article: negated ones flagged, hypothetical ones and questions
    dropped, both ends named actors (:func:`~newsbeat.enrich.relation_rules.is_named_actor`).
    An action with no named target is an *event* of its actor: target ``""``, listed apart
    from relations (the ``events`` key of a story's JSON), and only when the sentence states
    it as done (:func:`~newsbeat.enrich.event_rules.event_stated`).

    Args:
        doc: the parsed article.
        actors: its resolved actors.
        quoted: character spans of direct quotes (events inside them are not reported).
        max_pairs: cap on source x target pairs per event.

    Returns:
        Relations in text order; each has at least a named source.
    """
    out: list[FoundRelation] = []
    seen: set[tuple[str, str, str, str]] = set()
    context = RelationContext(unions=unions_named(actors))
    context.counterpart = dispute_counterpart(doc, actors, context.unions)
    text = doc_text(doc)
    for sent in doc.sents:
        evidence = text[sent.start_char : sent.end_char].strip()  # sent.text, not rebuilt
        context.parties = agreement_parties(sent, actors) or context.parties
        for ev in sentence_events(sent, actors, context):
            if ev.hypothetical:
                continue  # "could send troops if asked", "would have signed": no relation
            ev.sources = [s for s in ev.sources if is_named_actor(s, actors)]
            ev.targets = [t for t in ev.targets if is_named_actor(t, actors)]
            if not ev.sources:
                continue
            if any(a <= ev.trigger.idx < b for a, b in quoted) and not (
                ev.type == "THREATEN" and not ev.negated
            ):
                # Said inside a quotation: the speaker's words, not news. A threat is the
                # exception: saying it is the act ("Dravonia will answer it with every
                # measure at its disposal," the foreign minister said).
                continue
            pairs: list[tuple[str, str]]
            if ev.targets:
                pairs = list(product(ev.sources, ev.targets))
            elif len(ev.sources) > 1 and ev.type in _SYMMETRIC and _mutual(ev.trigger):
                pairs = [(a, b) for i, a in enumerate(ev.sources) for b in ev.sources[i + 1 :]]
            elif event_stated(ev.trigger, ev.type, ev.intent):
                # An event: a named actor, the subject of a clear act (not "an Indian
                # warship": the adjective names no actor by itself).
                pairs = [(s, "") for s in ev.sources if s not in ev.by_adjective]
            else:
                continue
            # The high-precision core: every shown pair passes its named conditions.
            pairs = [(a, b) for a, b in pairs if failed_condition(ev, a, b, actors) is None]
            pairs = _as_shown(pairs, ev.shown)
            for source, target in pairs[:max_pairs]:
                key = (ev.type, source, target, evidence)
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    FoundRelation(
                        type=ev.type,
                        source=source,
                        target=target,
                        evidence=evidence,
                        negated=ev.negated,
                        trigger=ev.trigger.text,
                    )
                )
    return out


def _as_shown(pairs: list[tuple[str, str]], shown: dict[str, str | None]) -> list[tuple[str, str]]:
    """The pairs with each end named as a reader is shown it (``SentenceEvent.shown``): "the
    Obama administration" as itself, not Obama; a pair with an unnamed person dropped ("the
    US President-elect has asked X" when the article names no President-elect)."""
    out: list[tuple[str, str]] = []
    for a, b in pairs:
        source = shown.get(a, a)
        target = shown.get(b, b) if b else b
        if source is None or target is None or source == target:
            continue
        if (source, target) not in out:
            out.append((source, target))
    return out


def resolve_unnamed(enrichments: Sequence[Enrichment]) -> list[Enrichment]:
    """Name "the union", "the party", … from the other articles of the same story.

    An article that says "their union and the port authority agreed a deal" without ever
    naming the union gets the actor "the union". When the articles of its story name exactly
    one organisation of that kind ("National Rail and Dock Union"), that is who it was.

    Args:
        enrichments: the enrichments of the articles of one story.

    Returns:
        The same enrichments, their relations renamed (new objects; the inputs are untouched).
    """
    names: dict[str, set[str]] = {}
    for e in enrichments:
        for entity in e.entities:
            if entity.type == "ORG" and " " in entity.name:
                kind = entity.name.rsplit(" ", 1)[-1].lower()
                if kind in _ORG_KINDS:
                    names.setdefault(f"the {kind}", set()).add(entity.name)
    known = {k: next(iter(v)) for k, v in names.items() if len(v) == 1}
    if not known:
        return list(enrichments)
    out: list[Enrichment] = []
    for e in enrichments:
        relations = [
            replace(r, source=known.get(r.source, r.source), target=known.get(r.target, r.target))
            for r in e.relations
        ]
        out.append(replace(e, relations=[r for r in relations if r.source != r.target]))
    return out
