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

The modules of the reading: the lexicon and shared token readings
(:mod:`~newsbeat.enrich.relation_lexicon`), trigger typing
(:mod:`~newsbeat.enrich.relation_triggers`), modality (:mod:`~newsbeat.enrich.relation_modality`),
sources (:mod:`~newsbeat.enrich.relation_actors`) and targets
(:mod:`~newsbeat.enrich.relation_targets`); this module assembles them into a sentence's events
(:func:`sentence_events`) and an article's relations (:func:`extract_relations`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import product
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_arrays import heads, lemmas_lower, sentence_bounds
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.event_rules import event_stated
from newsbeat.enrich.relation_actors import (
    _ORG_KINDS,
    FORCE_ACTS,
    _actors_of,
    _home_place,
)
from newsbeat.enrich.relation_addressed import addressed, words_handed
from newsbeat.enrich.relation_core import failed_condition
from newsbeat.enrich.relation_event import SentenceEvent
from newsbeat.enrich.relation_fiction import fiction_frame
from newsbeat.enrich.relation_forecasts import conditional_request, untold_threat
from newsbeat.enrich.relation_headlines import headline_passive
from newsbeat.enrich.relation_lexicon import (
    _AGREEMENT_WORDS,
    _COOPERATIVE,
    _HOSTILE,
    _object,
    _signature,
    verb_lemma,
)
from newsbeat.enrich.relation_modality import (
    _COMMISSIVES,
    _commitments,
    _modal,
    _refusal,
    _retaliation,
    _wished,
)
from newsbeat.enrich.relation_nonacts import forecast_by_other, press_person
from newsbeat.enrich.relation_plans import planned, pledged_aid
from newsbeat.enrich.relation_posts import post_offered
from newsbeat.enrich.relation_rules import is_named_actor, is_question, received_from
from newsbeat.enrich.relation_sides import (
    acting_states,
    dispute_counterpart,
    is_worker_group,
    represented,
    unions_named,
)
from newsbeat.enrich.relation_subjects import (
    dismissed_from,
    reporter_subject,
    salient_person,
    subject_of,
)
from newsbeat.enrich.relation_targets import _PRESS, _Found, _targets_of, agreement_parties
from newsbeat.enrich.relation_triggers import (
    _achieved_purpose,
    _civilian_object,
    _nominal_frame,
    _possible_triggers,
    _trigger_type,
)
from newsbeat.enrich.relation_verbal import negative_subject, verbal_attack

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsbeat.models import Enrichment

__all__ = [
    "FoundRelation",
    "RelationContext",
    "extract_relations",
    "resolve_unnamed",
    "sentence_events",
]

# Cooperation that, promised on a condition, is an offer rather than a threat.
_OFFERS = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONSULT"})

_SYMMETRIC = frozenset({"AGREE", "COOPERATE", "CONSULT", "FIGHT", "SUPPORT"})

_MAX_SENT_TOKENS = 150


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
    """Steps from the token up to its sentence root (read off the doc's heads: a root is its
    own head)."""
    head = heads(tok.doc)
    i, d = tok.i, 0
    while head[i] != i and d < 60:
        i = head[i]
        d += 1
    return d


def sentence_events(
    sent: Span,
    actors: ArticleActors,
    context: RelationContext | None = None,
    *,
    sourced_only: bool = False,
) -> list[SentenceEvent]:
    """Every event trigger of a sentence with its type, modality and actors, outermost first.

    Args:
        sent: the sentence.
        actors: the article's actors.
        context: what the article said before (an event aimed at "the treaty" is aimed at its
            parties; a strike with no stated target is aimed at the employer).
        sourced_only: read in full only the events that can yield a relation or an event:
            one whose subject names no actor (and no giver, vow or vowed act involved) is
            kept with its trigger and depth alone (:func:`_unsourced`), as
            :func:`extract_relations` needs it (it is then nobody's act; its trigger still
            makes a complement of it part of it).
    """
    if context is None:
        context = RelationContext(unions=unions_named(actors))
    if len(sent) > _MAX_SENT_TOKENS or is_question(sent):
        return []  # a question asserts nothing
    if fiction_frame(sent):
        return []  # "In the movie, X telling Y to …": a film's scene (read37)
    events: list[SentenceEvent] = []
    for tok in _possible_triggers(sent):
        base = _trigger_type(tok)
        if base is None:
            continue
        frame = _nominal_frame(tok)
        # who acts first: an event of nobody, read with ``sourced_only``, stops there
        subj = subject_of(tok if frame is None else frame[0])
        salient = None
        actor = subj
        if subj is not None and subj.lower_ in {"it", "we", "they", "he", "she"}:
            reporter = reporter_subject(tok, subj)
            salient = None if reporter is not None else salient_person(subj, actors)
            actor = reporter or salient or subj
        by_adjective: list[str] = []
        found = _Found()
        modifiers: list[str] = []
        sources = (
            _actors_of(
                actor,
                actors,
                adjectives=by_adjective,
                modifiers=modifiers,
                shown=found.shown,
                force=base in FORCE_ACTS,
            )
            if actor is not None
            else []
        )
        found.add([n for n in sources if n in modifiers], "a name that modifies the subject")
        employer = dismissed_from(tok) if base == "SANCTION" and not sources else None
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
        giver = received_from(tok)
        if sourced_only and not sources and giver is None and not _vow_bound(tok):
            events.append(_unsourced(tok, base))
            continue
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
        if forecast_by_other(governor, subj, actors):
            hypothetical = True  # "Sanders will back Clinton, former rival says"
        if headline_passive(governor):
            hypothetical = True  # "Doe accused of murder": said of Doe, done by no one named
        if negative_subject(tok, subj):
            negated = True  # "Neither X nor Y attacked Z": nobody did
        subj = actor
        if frame is None:
            targets = _targets_of(tok, actors, sources, parties=context.parties, found=found)
        else:
            press = [c for c in frame[1] if base == "CONSULT" and press_person(c, actors)]
            found.add([n for c in press for n in _actors_of(c, actors)], _PRESS)
            targets = [n for c in frame[1] for n in _actors_of(c, actors) if n not in sources]
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
        if type_ in {"FIGHT", "ASSAULT"} and verbal_attack(tok, sources, targets, actors):
            type_ = "DISAPPROVE"  # "Trump attacked Obama", "blasted Congress": words
        # A threat is made when its source says it; a forecast of a hostile act by the writer
        # or by another, and a request promised on a condition, are plans
        # (:mod:`~newsbeat.enrich.relation_forecasts`).
        if intent and conditional:  # "will attack X if …": the form of a threat, said or not
            made_threat = type_ == "THREATEN" and not conditional_request(tok, base)
        else:
            made_threat = type_ == "THREATEN" and not untold_threat(governor, sources, actors)
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
                # a threat is made by saying it, a refusal of will is a stance now, an offer
                # on a condition and a pledge of aid are made now: none is only a plan
                plan=type_ != "REJECT"
                and not made_threat
                and not (intent and conditional and base in _OFFERS)
                and not pledged_aid(tok)
                and planned(governor),
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


def _vow_bound(tok: Token) -> bool:
    """Whether the trigger is a vow or hangs from a word that may be one: ``_commitments``
    reads such an event's modality and targets even when no actor does it ("the rebels, who
    vowed to attack the port": the attack's target is the vow's)."""
    doc = tok.doc
    lemmas, head = lemmas_lower(doc), heads(doc)
    return lemmas[tok.i] in _COMMISSIVES or lemmas[head[tok.i]] in _COMMISSIVES


def _unsourced(tok: Token, base: str) -> SentenceEvent:
    """The event of a trigger whose subject names no actor, as far as
    :func:`extract_relations` reads it: its trigger (a complement of it is part of it) and
    its place among the sentence's events; no relation or event comes of it."""
    return SentenceEvent(type=base, trigger=tok, depth=_depth(tok))


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
        Relations in text order; each has at least a named source; no event repeats a
        relation of its sentence (:func:`_without_repeated_events`).
    """
    out: list[FoundRelation] = []
    seen: set[tuple[str, str, str, str]] = set()
    context = RelationContext(unions=unions_named(actors))
    context.counterpart = dispute_counterpart(doc, actors, context.unions)
    text = doc_text(doc)
    from spacy.tokens import Span  # loaded with a parse

    for start, end in sentence_bounds(doc):  # doc.sents without its check of every token
        sent = Span(doc, start, end)  # doc[start:end] without spaCy's checks of the slice
        evidence = text[sent.start_char : sent.end_char].strip()  # sent.text, not rebuilt
        context.parties = agreement_parties(sent, actors) or context.parties
        for ev in sentence_events(sent, actors, context, sourced_only=True):
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
            if ev.targets and words_handed(ev):
                continue  # "passed along to X a request": words, no act on X and no event
            if (
                ev.targets
                and addressed(ev)
                and not _bodies_demand(ev, actors)
                and not post_offered(ev, actors)
            ):
                pairs = _speaker_events(pairs, ev, actors)
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
    return _without_repeated_events(out)


def _without_repeated_events(found: list[FoundRelation]) -> list[FoundRelation]:
    """The relations without an event of a source that a relation of the same type and
    sentence already shows with its target ("shot and wounded Olsen": the shooting is the
    relation, not also an event of nobody). A negated relation hides only a negated event: "has
    not threatened Sorvenland, but threatened to leave the talks" keeps the threat."""
    aimed = {(r.type, r.source, r.evidence, r.negated) for r in found if r.target}
    return [r for r in found if r.target or (r.type, r.source, r.evidence, r.negated) not in aimed]


# Verbs by which one state or body asks another to act ("Kaldria asked Sorvenland to withdraw
# its troops"): a demand aimed at the one asked, whatever the words.
_ASKING_TO_ACT = frozenset({"ask", "urge", "press", "pressure", "call"})
# Words that make an organisation's name a public body: the political actors whose requests
# to each other the PLOVER/CAMEO codebooks code as demands (our own list). Courts are left out:
# the CAMEO verb dictionary codes "APPEAL * COURT" as no event (a legal filing, not a political
# demand), and a company asking a court to hear its appeal is such a filing.
_PUBLIC_BODY_WORDS = frozenset({
    "government", "ministry", "parliament", "congress", "senate", "assembly", "council",
    "commission", "agency", "authority", "administration", "cabinet", "department", "party",
    "police", "army", "navy", "military", "union", "nations", "alliance", "federation",
})  # fmt: skip
_COURT_WORDS = frozenset({"court", "tribunal", "judge", "justice", "justices"})
_COMPANY_WORDS = frozenset({
    "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "co", "co.", "plc",
    "company", "group", "holdings", "bank", "airlines", "motors",
})  # fmt: skip


def _bodies_demand(ev: SentenceEvent, actors: ArticleActors) -> bool:
    """A state or public body asking another state or public body to do something (an
    infinitive after the one asked): a DEMAND relation, not only an event of the asker (the
    asked is named). A state is a GPE; a public body is an organisation
    ``_is_state_or_public_body`` accepts (no company, no court)."""
    if ev.type != "DEMAND" or verb_lemma(ev.trigger) not in _ASKING_TO_ACT:
        return False
    if not any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in ev.trigger.children
    ):
        return False
    ends = [*ev.sources, *ev.targets]
    return all(_is_state_or_public_body(name, actors) for name in ends)


def _is_state_or_public_body(name: str, actors: ArticleActors) -> bool:
    """Whether the actor ``name`` is a state (GPE) or a public body: an organisation with a
    country code or a word of ``_PUBLIC_BODY_WORDS`` in its name, or of one word that is no
    known company (the small model types many a state an organisation: "Kaldria"); never a
    name with a word of ``_COURT_WORDS`` or ``_COMPANY_WORDS``."""
    info = actors.actors.get(name)
    if info is None:
        return False
    if info.type == "GPE":
        return True
    words = {w.lower() for w in name.split()}
    if info.type != "ORG" or words & (_COURT_WORDS | _COMPANY_WORDS):
        return False
    if info.iso3 is not None or words & _PUBLIC_BODY_WORDS:
        return True
    return " " not in name and not is_known_company(name)


def _speaker_events(
    pairs: list[tuple[str, str]], ev: SentenceEvent, actors: ArticleActors
) -> list[tuple[str, str]]:
    """The relations of an act of speaking to someone as events of the speaker
    (:mod:`~newsbeat.enrich.relation_addressed`): kept only where an event of that actor would
    be shown on its own (a clear act stated as done, the actor named in its clause)."""
    if not event_stated(ev.trigger, ev.type, ev.intent):
        return []
    out: list[tuple[str, str]] = []
    for source, _target in pairs:
        if source in ev.by_adjective or (source, "") in out:
            continue
        if failed_condition(ev, source, "", actors) is None:
            out.append((source, ""))
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
