"""Who tells a figure: the claimant read from its sentence's cue verb or agent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_claimants import (
    according_covers,
    claimant_of,
    closes_before,
    document_finds,
    named_within,
    passive_agent,
    tail_teller,
)
from newsbeat.enrich.claim_conjunct_tellers import earlier_conjunct
from newsbeat.enrich.claim_pronoun_tellers import pronoun_quote
from newsbeat.enrich.claim_scene_clauses import opening_scene
from newsbeat.enrich.claim_team_tellers import TEAM_NOUNS
from newsbeat.enrich.claim_voices import quoted_at
from newsbeat.enrich.doc_arrays import doc_arrays, word_ids
from newsbeat.enrich.quote_attribution import CUE_LEMMAS, TO_HEARERS
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.speaker_roles import bare_definite

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# a forecast or a disclosure is its subject's figure: "Edmunds expects 16.6 million vehicles
# will be sold", "Clark revealed plans to expand the fleet by 30%"
_FORECASTS = frozenset({"expect", "forecast", "project", "reveal", "disclose"})
# a claimant's verbs; "find" and "show" only with a document as subject (document_finds)
_FINDINGS = frozenset({"find", "show"})
_CLAIM_CUES = CUE_LEMMAS | {"estimate", "report", "put", "count"} | _FORECASTS | _FINDINGS
# verbs whose passive "by" phrase tells the figure: "is projected by the Budget Office to …"
_AGENT_CUES = _FORECASTS | {"estimate", "report", "put", "count"}


def _claimant(sent: Span, pos: int, actors: ArticleActors, quotes: list[FoundQuote]) -> str | None:
    for q in quotes:
        if q.kind == "direct" and q.start <= pos < q.end:
            return q.speaker
    doc = sent.doc
    arrays = doc_arrays(doc)
    quoted = quoted_at(quotes)

    # the tokens each test below can fire on, found in the arrays (no token object for others)
    according = word_ids(("according",))
    for i in range(sent.start, sent.end):
        if arrays.lower[i] not in according:
            continue
        tok = doc[i]
        if tok.i + 1 < len(doc) and tok.nbor(1).lower_ == "to":
            obj = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if obj is not None and according_covers(tok, pos) and not closes_before(obj, pos):
                return claimant_of(obj, actors, quoted)
    cues = word_ids(_CLAIM_CUES)
    for i in range(sent.start, sent.end):
        if arrays.lemma[i] not in cues:
            continue
        tok = doc[i]
        if closes_before(tok, pos):
            continue  # "…, the IMF says, and growth will slow to 2 percent, the Bank projects."
        if tok.pos_ == "VERB" and _tells(tok) and _tells_at(tok, pos):
            # "…; which Nissan claims is a 20% improvement": the parse may give the verb both
            # the relative pronoun and the teller as subjects; the teller tells what follows
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            relative = next((c for c in subjects if c.lower_ in _RELATIVES), None)
            subj = next((c for c in subjects if c.lower_ not in _RELATIVES), None)
            if relative is None or subj is None:
                subj = next(iter(subjects), None)
            elif pos < relative.idx:
                continue
            if subj is None and tok.lemma_ in _AGENT_CUES:
                subj = passive_agent(tok)
            if subj is not None and (same := pronoun_quote(subj, pos, quotes)) is not None:
                return same.speaker  # "…, he said": the quote's "he", one answer (claims39)
            if subj is not None and not subj.like_num and not any(t.like_num for t in subj.subtree):
                name = claimant_of(subj, actors, quoted)
                if name is None and subj.lemma_.lower() in TEAM_NOUNS and bare_definite(subj):
                    return None  # "…, the team said" of no team named: no one else tells it
                if name and (document_finds(tok) is None or named_within(subj, name, actors)):
                    return name
    told = tail_teller(sent, pos, actors)  # "…, the Budget Office projects."
    if told is not None:
        return told
    for q in quotes:  # indirect speech covering the number
        if q.kind == "indirect" and q.start <= pos < q.end:
            return q.speaker
    return None


def _tells(verb: Token) -> bool:
    """Whether a cue verb tells a figure here: "add" with an object adds it ("the index added
    20 points": its subject is no source of the sentence's figures), a phrasal "put" tells
    none ("the engine puts out 151 horsepower", "he put on a uniform"; "put X at N" does), and
    "continue" or "agree" with an infinitive is an act ("continues to give mixed signals about
    his tariffs on $360 billion", "could agree to end a 1-1/2 year war")."""
    finds = document_finds(verb)
    if finds is not None:
        return finds  # "the report found that …", not "police found 12 bodies"
    if verb.lemma_ == "add":
        return not any(c.dep_ in {"dobj", "npadvmod"} for c in verb.children)
    if verb.lemma_ in {"continue", "agree"}:  # "continues to give signals", "agree to end"
        return not any(c.dep_ == "xcomp" for c in verb.children)
    if verb.lemma_ == "put":  # "put the Hawks up 101-95", "put Brenford ahead": a placing
        return not any(
            c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PLACINGS) for c in verb.children
        )
    return True


_RELATIVES = frozenset({"which", "that", "who"})
_PLACINGS = frozenset({"up", "down", "ahead", "behind", "back", "away", "forward", "level"})
# verbs whose object is the hearer: "told a few thousand teachers that ..."
# a cue verb in such a clause tells only what is in it: "with Audi suggesting that ...", "a
# career Army officer who described ..."
_OWN_CLAUSES = frozenset({"relcl", "acl", "advcl", "pcomp"})


def _covers(tok: Token, pos: int) -> bool:
    """Whether the character ``pos`` is inside the words ``tok`` heads."""
    return tok.left_edge.idx <= pos < tok.right_edge.idx + len(tok.right_edge.text)


def _tells_at(verb: Token, pos: int) -> bool:
    """Whether a cue verb tells the figure at character ``pos``: not when the figure is in
    its hearer ("Gambill told a few thousand teachers that ...": the crowd is the reporter's
    count), nor when the verb is in a clause of its own that does not hold the figure
    ("150 kW charging, with Audi suggesting that the car charges in 30 minutes": Audi tells
    the 30 minutes only)."""
    if verb.lemma_ in TO_HEARERS and any(
        c.dep_ in {"dobj", "dative"} and c.left_edge.idx <= pos < c.idx for c in verb.children
    ):
        return False  # a figure before the hearer's noun: what follows it may be what is told
    if verb.lemma_ in _FORECASTS | _FINDINGS and (
        any(c.dep_ == "neg" for c in verb.children)
        or not any(c.dep_ in _FORECAST_PARTS and _covers(c, pos) for c in verb.children)
    ):
        # "Regains didn't reveal the amounts"; "is expecting a raise (he was given $3
        # million …)": a forecast tells only what it forecasts, in its object or clause
        return False
    if any(c.dep_ in _FRONTED and _covers(c, pos) for c in verb.lefts) and any(
        c.dep_ in _TOLD for c in verb.rights
    ):
        return False  # "After a quarter - century of ..., he finally admitted his ruse": the
        # phrase before a teller who tells what follows him is the writer's ("..., until two
        # weeks ago, Marinaccio said in an interview" tells what is before him)
    if opening_scene(verb, pos):
        return False  # "Speaking at a meeting attended by delegates from 30 nations, Vell
        # said …": the writer's scene, whatever clause the parse made of it (claims39)
    if earlier_conjunct(verb, pos):
        return False  # "… 149 horsepower …, yet Halvern says it will …": its own clause only
    if verb.lemma_ in _FORECASTS and any(
        t.dep_ == "relcl" and _covers(t, pos) for t in verb.subtree if t is not verb
    ):
        return False  # "expected to succeed Hoover, who had run the bureau for 48 years": the
        # relative clause is the writer's background, nothing expected (claims37)
    if any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False  # "30 years after Vell confirmed it, …": an event in a time clause
    if any(_telling_time(c) and _covers(c, pos) for c in verb.rights):
        return False  # "Vell admitted his role after more than 30 years": when he told it
    return verb.dep_ not in _OWN_CLAUSES or _covers(verb, pos)


def _telling_time(child: Token) -> bool:
    """Whether a verb's ``child`` says when or after how long the telling came ("after more
    than 30 years", "within two days"): a preposition of time whose object is a unit of time
    (claims37). What is told is the verb's object or clause, never this."""
    if child.dep_ != "prep" or child.lower_ not in _TIME_PREPS:
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in _TIME_UNITS for c in child.children)


# marks of a clause that only dates another event ("after X confirmed it")
_TIME_MARKS = frozenset({"after", "before", "since", "until", "once"})
_TIME_PREPS = frozenset({"after", "before", "within", "for"})
_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade", "century"})


_FRONTED = frozenset({"prep", "advcl"})
_TOLD = frozenset({"dobj", "ccomp", "xcomp"})
_FORECAST_PARTS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd"})
