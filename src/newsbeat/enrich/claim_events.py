"""A slot's ``event``: the verb or event noun a figure hangs on, folded over synonyms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_clauses import DEPARTURES, particle_of, purpose_of
from newsbeat.enrich.claim_intervals import anchor_clause
from newsbeat.enrich.claim_made_acts import MONEY, act_verb
from newsbeat.enrich.claim_measures import gathering_classes, measure_classes

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_EVENT_CLASSES = measure_classes()
# fmt: off
_LIGHT = frozenset({
    "be", "have", "say", "tell", "report", "add", "put", "estimate", "include", "accord",
    "quote", "show", "state", "note", "give", "make", "get", "take", "number", "total", "reach",
    "stand", "rise", "climb", "increase", "grow", "jump", "fall", "drop", "swell", "count",
    "bring", "confirm", "announce", "believe", "think", "expect", "know", "see", "become",
})
# fmt: on


def participle_clause(noun: Token | None, number: Token) -> Token | None:
    """The counted noun's own participle clause: "one of 40 gang members *arrested* on Monday,
    was found dead", "12 workers *hurt* in the blast were taken to hospital". The figure counts
    what that clause says of the noun, not what the sentence's main verb says of someone.

    Only the noun's own figure has it ("landed 31 of his 90 punches thrown": the punches
    thrown are the 90); a participle with a subject of its own is another clause, and one
    that only describes the noun ("suspected to be", "used to power") tells no event."""
    if noun is None or number.head.i != noun.i:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in _CLAUSE_OPENERS:
        return None  # "soon after 200 people set off": a clause the parser took for a phrase
    for child in noun.rights:
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and child.lemma_.lower() not in _DESCRIBING
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            return child
    return None


# words that open a clause of time; the small parser often makes them prepositions and the
# clause's verb a participle of its subject
_CLAUSE_OPENERS = frozenset({"after", "before", "until", "till", "since", "once", "as", "when"})
# participles that say what a thing is thought to be or is for, not what happened to it
_DESCRIBING = _LIGHT | {"suspect", "use", "allege", "consider", "design", "intend", "call"}


def _event(noun: Token | None, number: Token) -> Token | None:
    """The verb (or event noun) the claim hangs on: an event noun the counted noun belongs to
    ("the deaths of two women found in a flat"), else the noun's own participle clause, else
    climbing from the counted noun."""
    climbed = _climb(noun, number)
    if climbed is not None and climbed.pos_ not in {"VERB", "AUX"}:
        return climbed
    own = participle_clause(noun, number)
    return own if own is not None else climbed


def own_clause(noun: Token | None, number: Token) -> tuple[Token | None, bool]:
    """(the participle clause the figure's event is read from, or None; whether the sentence's
    own verb for it is light, so that a date of the sentence may still be the figure's: "Today
    there are 1,009 species listed"), for dating the figure as its event is read."""
    climbed = _climb(noun, number)
    if climbed is not None and climbed.pos_ not in {"VERB", "AUX"}:
        return None, False
    light = climbed is None or climbed.lemma_.lower() in _LIGHT
    return participle_clause(noun, number), light


def _climb(noun: Token | None, number: Token) -> Token | None:
    tok = noun if noun is not None else number
    if (anchor := anchor_clause(tok)) is not None and (done := _verb_before_span(tok)) is not None:
        return done  # "who was married three weeks before her husband was murdered": married
    tok = anchor or tok  # "six weeks before X takes office, Y changed": Y's act
    for _ in range(5):
        if tok.head.i == tok.i:
            return tok if tok.pos_ in {"VERB", "AUX"} else None
        parent = tok.head
        if parent.pos_ in {"VERB", "AUX"}:
            return parent
        if (
            tok.dep_ == "pobj"
            and parent.lower_ == "of"
            and parent.head.pos_ == "NOUN"
            and parent.head.lemma_.lower() in _EVENT_CLASSES
        ):
            return parent.head  # "a death toll of 12", "the deployment of 15,000 troops"
        tok = parent
    return None


def _verb_before_span(unit: Token) -> Token | None:
    """The verb written right before a span of time ("married" of "was married three weeks
    before ..."): the span measures it, wherever the parser hung the span's anchor clause."""
    at = unit.left_edge.i - 1
    if at < 0:
        return None
    verb = unit.doc[at]
    return verb if verb.pos_ == "VERB" and verb.tag_ in {"VBN", "VBD"} else None


def _event_name(event: Token | None) -> str | None:
    if event is None:
        return None
    lemma = event.lemma_.lower()
    if not lemma[:1].isalpha():
        return None  # "That’s", a stray "―": a contraction or a mark tagged a verb, no event
    particle = particle_of(event)
    if particle and f"{lemma} {particle}" in _EVENT_CLASSES:
        return _EVENT_CLASSES[f"{lemma} {particle}"]  # "made off with $2 million": stole
    if particle and f"{lemma} {particle}" in DEPARTURES and (purpose := purpose_of(event)):
        return purpose  # "set off from the vigil site to march": they marched
    for prep in event.children:  # "took to the streets": marched
        if prep.dep_ == "prep":
            for obj in prep.children:
                phrase = f"{lemma} {prep.lower_} {obj.lemma_.lower()}"
                if obj.dep_ == "pobj" and phrase in _EVENT_CLASSES:
                    return _EVENT_CLASSES[phrase]
    # "troops helped repel ...": an xcomp/ccomp verb carries the event when the governing one
    # is light; a light verb alone says nothing about what was counted.
    if lemma in _LIGHT:
        return None
    return _EVENT_CLASSES.get(lemma, lemma)


# verbs whose object is what befell their subject: "suffered damage", "sustained injuries"
_UNDERGO = frozenset({"suffer", "sustain", "undergo", "incur"})


def _undergone(noun: Token | None) -> str | None:
    """What befell the counted things when they are the subject of an undergoing verb, as a
    verb: "two cables suffered severe damage" -> damage, "four miners sustained injuries" ->
    injure (the same event as "were damaged", "were hurt"). Not a figure of something else in
    the sentence, nor an object pointed at ("suffering this type of stress")."""
    if noun is None or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _UNDERGO:
        return None
    verb = noun.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None or any(c.dep_ == "det" for c in obj.children):
        return None
    lemma = obj.lemma_.lower()
    verb_lemma = _EVENT_CLASSES.get(lemma) or _verb_of_noun(lemma) or lemma
    return _EVENT_CLASSES.get(verb_lemma, verb_lemma)


def _put_at(noun: Token | None, number: Token) -> str | None:
    """The measure class of "police *put* the march at 30,000 people", "officials estimated
    the death toll at 12" (the figure's phrase may hang on a verb between them: "put the march,
    to mark a strike, at 30,000")."""
    tok = noun if noun is not None else number
    if tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return None
    verb = tok.head.head
    for _ in range(2):
        if verb.lemma_.lower() in _PUT_AT:
            for obj in verb.children:
                # "the march" may be tagged a proper noun (the month); written lower-case it is not
                if obj.dep_ == "dobj" and obj.pos_ in {"NOUN", "PROPN"} and obj.text.islower():
                    return _EVENT_CLASSES.get(obj.lemma_.lower())
            return None
        if verb.dep_ not in {"advcl", "xcomp", "conj"}:
            return None
        verb = verb.head
    return None


_PUT_AT = frozenset({"put", "estimate", "place"})


def attendance(doc: Doc, first: int, last: int) -> Token | None:
    """What a bare figure attended: "the march was attended by an approximate 200,000", "about
    4,000 attended the demonstration" (the gathering noun), else None. The figure counts the
    people there, and attending a march is marching in it."""
    verb = None
    for k in range(first - 1, max(first - 5, 0), -1):
        if doc[k].lower_ == "by":
            verb = doc[k - 1] if doc[k - 1].tag_ == "VBN" else None  # the agent of the passive
            break
        if doc[k].pos_ not in {"ADV", "ADJ", "DET", "ADP"} or doc[k].is_punct:
            break  # only the hedge's words stand between "by" and the figure
    partitive = last + 1 < len(doc) and doc[last + 1].lower_ == "of"  # "seven of his friends"
    if verb is None and doc[last].dep_ == "nsubj" and doc[last].head.tag_ in {"VBD", "VBP", "VBZ"}:
        verb = None if partitive else doc[last].head
    if verb is None or verb.lemma_.lower() != "attend":
        return None
    dep = "nsubjpass" if verb.tag_ == "VBN" else "dobj"
    # "the march" may be tagged a proper noun (the month); written lower-case it is not
    attended = next(
        (
            c
            for c in verb.children
            if c.dep_ == dep and (c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.text.islower()))
        ),
        None,
    )
    if attended is None and dep == "nsubjpass" and verb.dep_ in {"ccomp", "conj"}:
        # "the march called for May 5 was attended by": the parser made "called" the root and
        # gave it the subject; taken only when it is a gathering
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and _EVENT_CLASSES.get(subject.lemma_.lower()) in gathering_classes()
        ):
            attended = subject
    return attended


def _found_thing(verb: Token, noun: Token | None) -> bool:
    """Whether a figure counts what "find" (or "recover") took: the verb's object or its
    passive subject ("officers found three shells", "three shells were found", "the bodies
    of two victims were found"). A figure elsewhere is no seizure: the sample of a study
    that "found that ...", the counts someone "was found guilty of", "I found out 46 people
    visited". Other verbs of the class seize whatever figure they govern."""
    if verb.lemma_.lower() not in {"find", "recover"}:
        return True  # "recover" too: "the challenger never recovered" took nothing
    if noun is None:
        return False
    # anywhere in the object's or the passive subject's words: "a shotgun and three shells",
    # "the bodies of two victims", "Seven AK-47s, three other rifles ... were found"
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.left_edge.i <= noun.i <= c.right_edge.i
        for c in verb.children
    )


def measured_activity(noun: Token | None, unit: str | None) -> str | None:
    """The activity a measure is of, as a verb lemma: "after 30 hours *of deliberation*" ->
    deliberate, "three decades *of faking* illness" -> fake, "two days of fighting" -> fight.
    The hours are the deliberation's, whatever the sentence's own verb ("the jury failed to
    reach a verdict after ...") does. Only a span of time (hours, years) followed by "of" and
    a bare activity: a gerund, or a noun made from a verb (-ation, -ment, -ing, or
    a word of the measure classes); "four years of the contract" or "$5 million of stock" name
    a thing, not an activity."""
    if noun is None or unit not in _SPANS | MONEY:
        return None  # "70% of communications": a share of a whole, not time spent on it
    prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    doc = noun.doc
    if prep is None and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ")":
        # "200 million euros ($265 million) of damage": the conversion's "of" is the figure's
        prep = doc[noun.i + 2] if doc[noun.i + 2].lower_ == "of" else None
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None:
        return None
    if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
        lemma = obj.lemma_.lower()
        return _EVENT_CLASSES.get(lemma, lemma)
    if obj.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod"} for c in obj.children):
        return None
    lemma = obj.lemma_.lower()
    if lemma in _EVENT_CLASSES:
        return _EVENT_CLASSES[lemma]  # "$265 million of damage", "40 hours of protest"
    if unit in MONEY:
        return None  # "$5 million of stock", "$2 million of funding": a thing bought or given
    verb = _verb_of_noun(lemma)
    return _EVENT_CLASSES.get(verb, verb) if verb else None


_SPANS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years"})


def _copula_measure(tok: Token, unit: str | None = None) -> str | None:
    """The measure class of a copula's subject that a figure states: "Property damage is an
    estimated $2 million" -> damage, "The death toll was 40" -> kill, and the act a sum is the
    amount of: "The offer was in the range of $85 million to $100 million" -> offer
    (:func:`~newsbeat.enrich.claim_made_acts.act_verb`); None for any other subject ("The bill
    is $40")."""
    while tok.dep_ in {"compound", "nummod", "quantmod"} and tok.head.i != tok.i:
        tok = tok.head
    if _in_range_of(tok):
        tok = tok.head.head.head  # "was in the range of $85 million": the "in" of the copula
        if tok.dep_ != "prep":
            return None
    elif tok.dep_ != "attr":
        return None
    verb = tok.head
    if verb.lemma_.lower() != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    lemma = subject.lemma_.lower()
    return _EVENT_CLASSES.get(lemma) or act_verb(lemma, unit)


def _in_range_of(tok: Token) -> bool:
    """Whether a figure is the object of "in the range of" ("was in the range of $85 million")."""
    of = tok.head
    return (
        tok.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.lemma_.lower() == "range"
        and of.head.dep_ == "pobj"
        and of.head.head.lower_ == "in"
    )


# What a share of a service "is" when it does not work: "65 per cent of traffic was down".
_OUT_OF_SERVICE = frozenset({"down", "offline", "unavailable", "inaccessible", "unreachable"})


def _out_of_service(tok: Token) -> bool:
    """Whether the figure is the subject of a copula saying it does not work ("65 per cent of
    traffic was down", "a third of the lines are offline"): it counts what was disrupted, like
    "60 per cent were disrupted". Not a figure after the word ("sales were down 5 per cent"),
    which is how much something fell."""
    while tok.dep_ in {"compound", "nummod", "quantmod"} and tok.head.i != tok.i:
        tok = tok.head
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return False
    said = [c for c in verb.children if c.dep_ in {"advmod", "acomp"}]
    return any(c.lower_ in _OUT_OF_SERVICE and not list(c.children) for c in said)


_WEIGHTS = frozenset({"pounds", "kilograms", "kilos", "kg", "lbs", "stone"})
_HEIGHTS = frozenset({"foot", "feet", "inch", "inches", "tall", "cm", "centimetres", "metres"})
_DESCRIPTION_WORDS = 8


def _described_weight(doc: Doc, first: int, unit: str | None) -> bool:
    """Whether a weight figure with no verb of its own is a person's weight in a description
    that also gives the height ("Vell is 5-foot-8, 135 pounds", "a 6-foot, 200-pound man"): the
    height tells a weight from a sum in pounds sterling."""
    if unit not in _WEIGHTS:
        return False
    sent = doc[first].sent
    before = doc[max(sent.start, first - _DESCRIPTION_WORDS) : first]
    return any(word in _HEIGHTS for t in before for word in t.lower_.split("-"))


def _verb_of_noun(lemma: str) -> str | None:
    """The verb a noun is made from, by its suffix: deliberation -> deliberate, imprisonment
    -> imprison, fighting -> fight (None: no such suffix)."""
    if lemma.endswith("ation") and len(lemma) > 7:
        return lemma[:-5] + "ate"
    if lemma.endswith("ment") and len(lemma) > 7:
        return lemma[:-4]
    if lemma.endswith("ing") and len(lemma) > 5:
        return lemma[:-3]
    return None


def _population(noun: Token | None) -> bool:
    """ "home to 120,000 people", "200,000 residents", "a population of 5,000"."""
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    if lemma in {"resident", "inhabitant", "population"}:
        return True
    prep = noun.head
    return lemma == "people" and prep.lower_ == "to" and prep.head.lower_ == "home"
