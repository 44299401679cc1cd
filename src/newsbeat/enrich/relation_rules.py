"""Precision rules of relation extraction: who counts as an actor, what a sentence asserts.

A relation is only as good as its two ends and its assertion:

* an actor is *named*: a person, an organisation, a country or place, or a named group
  ("Democrats") the article's actor table holds; numbers ("some 15,000 troops"), common nouns
  ("student demonstrators") and news outlets ("Reuters", "the Daily Herald") are not actors;
* a nationality adjective alone ("the Scottish actor", "Somali nationals") is no country:
  only the state's own agents ("Indian commandos", "Hungarian officials") act for it;
* questions, and the writer's own "would" (not someone's reported words), assert nothing;
* "received help from Kaldria" is Kaldria's act: the giver is the source;
* a name that only modifies what is acted on ("revoked a Kaldria-era rule", "overturned a
  Holm regulation") is not who is acted on; a law ("the Harbour Review Act") is no actor.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_streets import is_street_name
from newsbeat.enrich.actor_teams import numbered_team_name
from newsbeat.enrich.actors import lookup_country
from newsbeat.enrich.doc_arrays import lemmas_lower
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.outlet_names import outlet_full_names, wire_abbreviations
from newsbeat.enrich.prep_objects import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = [
    "STATE_AGENTS",
    "acts_for_state",
    "counted_nationals",
    "counterfactual",
    "dismissal",
    "emphatic_do",
    "gerund_clause_subject",
    "is_law_name",
    "is_law_word",
    "is_named_actor",
    "is_outlet_name",
    "is_question",
    "is_reported",
    "modifies_only",
    "nationality_adjective",
    "participle_of_report",
    "place_modifier",
    "received_from",
    "unnamed_individual",
]

# Nouns for those who act for a state: "Indian commandos" are India acting, "Indian
# nationals" are not.
STATE_AGENTS = frozenset(
    {
        "official",
        "officials",
        "government",
        "governments",
        "force",
        "forces",
        "troops",
        "army",
        "armies",
        "navy",
        "navies",
        "military",
        "authorities",
        "authority",
        "ministry",
        "minister",
        "ministers",
        "diplomat",
        "diplomats",
        "envoy",
        "envoys",
        "ambassador",
        "embassy",
        "president",
        "leader",
        "leaders",
        "police",
        "commandos",
        "soldiers",
        "warship",
        "warships",
        "jets",
        "guard",
        "guards",
        "delegation",
        "negotiators",
        "parliament",
        "lawmakers",
        "counterpart",
        "counterparts",
        "side",
        "sides",
        "judge",
        "judges",
        "court",
        "courts",
        "prosecutor",
        "prosecutors",
        "regime",
        "state",
        "cabinet",
        "premier",
        "chancellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "coast",
        "vessels",
        "ships",
        "aircraft",
        # What a state holds: attacking "Taiwanese positions" is attacking Taiwan.
        "positions",
        "position",
        "bases",
        "base",
        "outposts",
        "units",
        "patrol",
        "patrols",
        "territory",
        "airspace",
        "waters",
        "consulate",
        "interests",
        "targets",
        # Its places: "the Bosnian town of Gorazde".
        "town",
        "towns",
        "city",
        "cities",
        "village",
        "villages",
        "region",
        "province",
        "capital",
        "port",
        "island",
    }
)
_REPORTING = frozenset(
    {
        "say",
        "tell",
        "announce",
        "warn",
        "state",
        "pledge",
        "promise",
        "vow",
        "threaten",
        "add",
        "insist",
        "declare",
        "confirm",
        "indicate",
        "signal",
        "report",
        "write",
        "tweet",
        "offer",
        "propose",
        "suggest",
        "predict",
        "argue",
        "believe",
        "expect",
        "assure",
    }
)
_MEDIA_WORDS = frozenset(
    {
        "news",
        "times",
        "post",
        "herald",
        "tribune",
        "journal",
        "gazette",
        "daily",
        "radio",
        "tv",
        "television",
        "broadcasting",
        "broadcaster",
        "press",
        "agency",
        "newspaper",
        "telegraph",
        "chronicle",
        "courier",
        "observer",
        "guardian",
        "independent",
        "mirror",
        "express",
        "magazine",
        "wire",
    }
)
_AID_OBJECTS = frozenset(
    {
        "help",
        "aid",
        "assistance",
        "support",
        "weapons",
        "arms",
        "funding",
        "funds",
        "money",
        "loan",
        "loans",
        "supplies",
        "equipment",
        "training",
        "ammunition",
        "backing",
        "grant",
        "donation",
        "relief",
        "troops",
        # money that rescues: "received a lifeline from investor X"
        "lifeline",
        "bailout",
        "investment",
        "financing",
        "injection",
        "rescue",
    }
)
_RECEIVE = frozenset({"receive", "get", "obtain", "accept", "secure", "gain"})
# Words of geographic features: a sea, a strait or a mountain is no actor.
_FEATURES = frozenset(
    {"gulf", "sea", "ocean", "strait", "straits", "river", "mountain", "mountains", "valley"}
    | {"bay", "lake", "coast", "peninsula", "desert", "channel", "horn", "cape", "mount"}
)
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


@cache
def _outlet_names() -> frozenset[str]:
    """Wire agencies (abbreviations and full names) and the outlets of ``domains.json``,
    case-folded."""
    return outlet_full_names() | {w.casefold() for w in wire_abbreviations()}


def is_outlet_name(name: str) -> bool:
    """Whether a name is a news outlet: a known wire or site, or an organisation named like
    one ("Anchorage Daily News", "The Kaldria Herald", "state media")."""
    folded = name.casefold().removeprefix("the ").strip()
    if folded in _outlet_names() or f"the {folded}" in _outlet_names():
        return True
    words = re.findall(r"[a-z]+", folded)
    return bool(words) and (words[-1] in _MEDIA_WORDS or "media" in words)


def is_named_actor(name: str, actors: ArticleActors) -> bool:
    """Whether a relation end is a named actor of the article (see the module docstring).

    "the union" and the like (an organisation the article refers to but never names) stays:
    the story's other articles name it (:func:`~newsbeat.enrich.relations.resolve_unnamed`).
    """
    if not name or not name[:1].isupper():
        return name.startswith("the ") and len(name.split()) == 2
    if any(ch.isdigit() for ch in name) and not numbered_team_name(name):
        return False  # a number is no actor; a team's numbered plural is ("the 76ers")
    if is_outlet_name(name) or is_law_name(name):
        return False
    info = actors.actors.get(name)
    if info is None:
        country = lookup_country(name)
        return country is not None and country.name == name  # a state its official acts for
    if info.type == "LOC" and (set(name.lower().split()) & _FEATURES or is_street_name(name)):
        return False  # "the Gulf of Aden", "Church Ave" are where something happens, not who
    if info.type == "NORP":
        # A named group is a plural noun ("Democrats", "Houthis"); an adjective alone is not.
        return name.endswith("s") and not name.endswith("ss")
    return info.type in _NAMED_TYPES


# Last words of the names of laws and texts: "the Congressional Review Act" is no actor.
_LAW_WORDS = frozenset(
    {"act", "acts", "law", "laws", "bill", "amendment", "code", "statute", "constitution"}
    | {"directive", "regulation", "regulations", "rule", "rules", "ordinance", "charter"}
)
# What a name only describes when it modifies it: a period ("a Holm-era rule", "the Holm
# years") or a rule or policy ("a Holm regulation", "the Holm administration's policy" is
# hers by the possessive, not by the modifier).
_DESCRIBED = frozenset(
    {"era", "age", "years", "period", "term", "tenure", "days", "time", "times", "decade"}
    | {"rule", "regulation", "policy", "measure", "law", "order", "program", "programme"}
    | {"standard", "guideline", "legislation", "protection", "requirement", "restriction"}
    | {"change", "reform", "provision", "mandate", "scheme", "system", "style", "model"}
)


def is_law_word(tok: Token) -> bool:
    """A noun for a law or a rule ("the constitution", "the rule"): whoever owns or names it
    ("Kaldria's constitution", "the Holm rule") is not what it does."""
    return tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in _LAW_WORDS


def is_law_name(name: str) -> bool:
    """A law or legal text by its last word ("the Marine Mammal Protection Act")."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in _LAW_WORDS


def modifies_only(tok: Token, head: Token) -> bool:
    """Whether a name token only describes a rule or a period: it hangs from the common noun
    ``head`` by modifier links alone, through such a noun ("a Kaldria-era rule", "a Holm
    regulation", "a Holm administration regulation"). A possessive ("Holm's rule") is not
    only a modifier; nor is a name before people or things it stands for ("UN peacekeepers",
    "a Kaldria appeal")."""
    if tok.i == head.i or head.pos_ != "NOUN":
        return False
    node = tok
    described = False
    for _ in range(6):
        if node.dep_ not in {"compound", "amod", "nmod", "npadvmod", "punct"}:
            return False
        node = node.head
        described = described or node.lemma_.lower() in _DESCRIBED
        if node.i == head.i:
            return described
    return False


def is_question(sent: Span) -> bool:
    """A sentence that asks: it ends with a question mark (quotes and brackets aside)."""
    text = doc_text(sent.doc)[sent.start_char : sent.end_char]  # sent.text, not rebuilt
    return text.rstrip().rstrip("\"'”’)").rstrip().endswith("?")


def is_reported(tok: Token) -> bool:
    """Whether a clause is someone's reported words: it hangs from a reporting verb ("said
    Kaldria would send ...") or a reporting verb hangs from it ("Kaldria would send ..., the
    minister said")."""
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            break
        if node.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and node.head.lemma_ in _REPORTING:
            return True
        node = node.head
    root = node
    return any(
        c.dep_ in {"parataxis", "ccomp", "advcl"} and c.lemma_ in _REPORTING and c.i > tok.i
        for c in (*tok.children, *root.children)
    )


def participle_of_report(clause: Token) -> bool:
    """Whether the verb a subjectless clause hangs from reports another named actor's act: in
    "After shooting Steinberg, Whiteside said LaCalamita walked down the hall" the shooting
    may be LaCalamita's as well as Whiteside's, so the reporter is not its subject ("After
    meeting X, Olsen said he …" keeps Olsen: a pronoun is no other actor)."""
    if clause.lemma_ not in _REPORTING:
        return False
    return any(
        s.pos_ in {"PROPN", "NOUN"}
        for c in clause.children
        if c.dep_ == "ccomp"
        for s in c.children
        if s.dep_ in {"nsubj", "nsubjpass"}
    )


def counterfactual(tok: Token, have: Token) -> bool:
    """ "would have attacked", "could have signed": a counterfactual (the "have" auxiliary
    after a modal)."""
    return any(
        c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "should"} and c.i < have.i
        for c in tok.children
    )


def received_from(tok: Token) -> Token | None:
    """The giver in "received help from Kaldria" / "got weapons from X": the ``from`` object
    of a receiving verb whose object is help, money or arms (None otherwise)."""
    if lemmas_lower(tok.doc)[tok.i] not in _RECEIVE:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    nouns = {obj.lemma_.lower(), *(c.lemma_.lower() for c in obj.children if c.dep_ == "compound")}
    for child in obj.children:
        if child.dep_ == "conj":
            nouns.add(child.lemma_.lower())
    if not nouns & _AID_OBJECTS:
        return None
    # the "from" phrase hangs from the verb or from its object, as the parse has it
    return next(chain(prep_objects(tok, "from"), prep_objects(obj, "from")), None)


# What a state does, named by a noun its adjective modifies.
_STATE_ACTS = frozenset(
    {"mediation", "aid", "assistance", "sanction", "attack", "airstrike", "strike", "raid"}
    | {"offensive", "bombing", "invasion", "occupation", "blockade", "support", "pressure"}
    | {"soldier", "serviceman", "servicemen", "marine", "personnel", "agent", "intelligence"}
)


# Words that make a nationality's armed men the state's opponents, not its agents.
_AGAINST_STATE = frozenset(
    {"opposition", "rebel", "insurgent", "dissident", "separatist", "exile", "anti-government"}
)


def acts_for_state(head: Token, others: frozenset[str]) -> bool:
    """A noun for a state's agents ("troops", "coast guard crews"), for what it does ("US
    mediation", "Israeli air strikes"), or one of ``others`` (lemmas: its people as victims,
    "detainees"; what it authors, "a US request")."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    if any(w.lemma_.lower() in _AGAINST_STATE for w in [head, *head.children]):
        return False  # "the Syrian opposition forces", "Sorven rebel troops": against it
    if any(w.lower_ in STATE_AGENTS for w in words):
        return True
    return head.lemma_.lower() in others | _STATE_ACTS


def place_modifier(tok: Token, label: str) -> bool:
    """A place name modifying a common noun ("a Colorado newspaper") or the head word of a
    name ("the Kaldria Chamber of Commerce"): the thing is in the place, it is not the place
    (unless it is its state's agent: "the Kaldria coast guard", "the Kaldria Navy")."""
    head = tok.head
    if (
        head.like_num
        or head.ent_type_ in {"CARDINAL", "MONEY", "QUANTITY"}
        or head.lemma_.lower() in {"billion", "million", "thousand", "trillion"}
    ):
        return False  # "lend Greece billions", parsed as a compound of the amount
    if label != "GPE" or tok.dep_ not in {"compound", "amod", "nmod"}:
        return False
    # "the US Chamber of Commerce" (a name NER missed): the chamber is not the US either
    return head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.ent_type_ not in {"GPE", "LOC"})


def counted_nationals(head: Token, actor: str) -> bool:
    """A demonym counted as people ("11 Yemeni", "12 Somalis"): a number before the word. A
    number after a name is no count of it: a score glued to a player ("defeated Abel Orrin
    6-4, 6-3", read34's lost tennis targets, rel35)."""
    return head.lower_ != actor.lower() and any(
        c.dep_ == "nummod" and c.i < head.i for c in head.children
    )


def nationality_adjective(tok: Token, actor: str) -> bool:
    """A modifier that names a country by its adjective ("Scottish", "Kaldrian"), not by
    its name or a possessive ("Kaldria's")."""
    if tok.dep_ == "conj" and tok.head.dep_ in {"amod", "compound", "nmod"}:
        tok = tok.head  # "Somali and Yemeni brigands": "Yemeni" modifies as "Somali" does
    elif tok.dep_ not in {"amod", "compound", "nmod", "npadvmod"}:
        return False  # npadvmod: "an Ethiopian-flagged ship" (its flag, not Ethiopia)
    if tok.lower_ == actor.lower():
        return False
    return tok.ent_type_ == "NORP" or tok.pos_ == "ADJ"


def unnamed_individual(head: Token, authored: frozenset[str] = frozenset()) -> bool:
    """One unnamed person or thing ("an off-duty Velmar policeman", "a Kaldria company"): a
    singular common noun with an indefinite article. A name modifying it says where it is
    from, not who acts: the place or organisation does not act through it. A state's agents
    and acts stay ("a Kaldrian soldier", "a Kaldria official"), and so do the things it
    authors (``authored``: "a US request", "an Indian proposal")."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children):
        return False
    if head.lemma_.lower() in {"jury", "panel", "tribunal", "committee", "commission"}:
        return False  # "a Superior Court jury convicted": the court's own body
    lemma = head.lemma_.lower()
    return head.lower_ not in STATE_AGENTS and lemma not in _STATE_ACTS | authored


# Jobs a person is fired from: "fired coach X", "sacked the manager".
_STAFF = frozenset(
    {"coach", "manager", "director", "employee", "worker", "chief", "executive", "official"}
    | {"minister", "secretary", "aide", "adviser", "advisor", "head", "ceo", "president"}
    | {"player", "assistant", "editor", "captain", "staff", "officer", "commissioner"}
)


_OUSTING = frozenset({"push", "force", "ease"})
# Verbs that dismiss by themselves ("fired coach X", "sacked the manager").
DISMISSING = frozenset({"fire", "sack"})


def dismissal(tok: Token) -> bool:
    """ "fired O'Brien", "sacked the coach", "pushed out the manager": a dismissal from a job,
    not shooting or a demand. The object is a person's name or a job; nothing is fired at
    anyone."""
    lemma = lemmas_lower(tok.doc)[tok.i]
    if tok.pos_ != "VERB" or not (
        lemma in DISMISSING
        or (lemma in _OUSTING and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children))
    ):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"at", "upon", "into"} for c in tok.children):
        return False
    obj = next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if obj is not None and obj.tag_ == "WP" and tok.dep_ == "relcl":
        obj = tok.head  # "a resident who was fired": the resident
        if obj.dep_ == "appos":
            obj = obj.head  # "X, a resident who was fired": X
    if obj is None:
        return False
    return obj.ent_type_ == "PERSON" or obj.lemma_.lower() in _STAFF


def emphatic_do(tok: Token) -> Token | None:
    """The "did" of "X did last February release tackle Y" when the parser took the verb
    after an emphatic "do" for a noun: a base-form noun right after "did/does/do" (dates and
    adverbs between) with no verb of its own. None otherwise."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    for back in range(1, 5):
        if tok.i - back < tok.sent.start:
            return None
        prev = tok.doc[tok.i - back]
        if prev.lemma_.lower() == "do" and prev.pos_ in {"VERB", "AUX"}:
            if prev.dep_ == "ROOT" or prev.head.pos_ != "VERB":
                return prev
            return None
        if not (prev.ent_type_ in {"DATE", "TIME"} or prev.pos_ in {"ADV", "PART"}):
            return None
    return None


def gerund_clause_subject(tok: Token) -> Token | None:
    """The clause a subjectless gerund after "after/before/by/while/…" hangs from: "After
    receiving a lifeline from Y, X cut costs", "X fired him two years after signing him" —
    the gerund's implied subject is that clause's subject. None when it is not such a gerund."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return None
    prep = tok.head
    if prep.lower_ not in _GERUND_PREPS or prep.dep_ != "prep":
        return None
    clause = prep.head
    return clause if clause.pos_ in {"VERB", "AUX"} else None


_GERUND_PREPS = frozenset(
    {"after", "before", "by", "while", "since", "upon", "despite", "following"}
)
