"""Distances and lengths: the place a distance is measured from, what it places, one motion."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.claim_events import _event_name
from newsbeat.enrich.doc_arrays import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# fmt: off
_DIRECTIONS = re.compile(
    r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
    r"south-east|south-west|northern|southern|eastern|western|away|off|outside|from|of|inland|"
    r"offshore|short)$"
)
# fmt: on


def _distance_place(doc: Doc, after: int) -> tuple[bool, str | None]:
    """(is a distance, the named place) for the words after a distance unit."""
    i = _past_bracket(doc, after)
    if i != after and (i >= len(doc) or not _COMPASS.match(doc[i].lower_)):
        return False, None  # "fell 60 metres (200 feet) from a ridge" is a fall, not a position
    seen_direction = False
    while i < min(len(doc), after + 5):
        low = doc[i].lower_
        if _DIRECTIONS.match(low) or low in {"nautical", "-", "due"}:
            seen_direction = seen_direction or low not in {"nautical", "-", "due"}
            i += 1
            continue
        break
    if not seen_direction:
        return False, None
    while i < len(doc) and doc[i].lower_ in {"the", "a", "an", "from", "of"}:
        i += 1
    if i >= len(doc):
        return True, None
    tok = doc[i]
    if tok.ent_type_ in {"GPE", "LOC", "FAC", "ORG", "NORP"} or tok.pos_ == "PROPN":
        for ent in doc_ents(doc):
            if ent.start <= tok.i < ent.end:
                return True, ent.text
        return True, tok.text
    if tok.pos_ == "NOUN":
        return True, tok.lemma_.lower()
    return True, None


# verbs whose subject is what a distance places: "the quake was", "Qeshm lies / is located"
_PLACING = frozenset({"be", "locate", "situate", "lie", "sit"})


_COMPASS = re.compile(r"^(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?$")


def _past_bracket(doc: Doc, i: int) -> int:
    """The token after a short bracket opening at ``doc[i]`` ("1,150 kilometers (700 miles)
    southeast of Tehran": the conversion), or ``i`` when none opens there. Only a compass
    direction after it makes the figure a position (see :func:`_distance_place`)."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    for k in range(i + 1, min(len(doc), i + _BRACKET_WORDS)):
        if doc[k].text == ")":
            return k + 1
    return i


def _located(unit: Token) -> str | None:
    """What a distance places: "the building, about 15 miles north of Detroit" -> building;
    "the quake was 35 miles southwest of X" -> quake (the subject of the copula); a place of
    a kind that names carry by its name ("Qeshm Island", "the island": qeshm, see
    :func:`named_place`)."""
    for anc in unit.ancestors:
        if anc.pos_ in {"NOUN", "PROPN"} and not _DIRECTIONS.match(anc.lower_):
            if anc.dep_ == "appos" and anc.head.pos_ in {"NOUN", "PROPN"}:
                anc = anc.head  # "Qeshm, an island ... 1,500 km south of Tehran": Qeshm
            return named_place(anc)
        if anc.dep_ == "acl" and anc.lemma_ in _PLACING and anc.head.pos_ in {"NOUN", "PROPN"}:
            return named_place(anc.head)  # "Qeshm, located 1,150 km southeast of Tehran"
        if anc.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and anc.lemma_ in _PLACING:
                return named_place(subj)
            return _event_name(anc)
    return None


# kinds of place whose names carry the kind word ("Qeshm Island", "Lake Velm", "Karsk
# province"): "the island" of an article naming one island is that island
_NAMED_KINDS = frozenset(
    {"island", "province", "county", "lake", "river", "volcano", "peninsula", "district"}
)


def named_place(noun: Token) -> str:
    """What a distance places, as a name where one is told (issue 12, conf35): "Qeshm Island"
    is qeshm, as "Qeshm, located ..." is; "the island" of an article that names one island
    ("... on Qeshm Island. The island is about 940 miles south of Tehran") is that island.
    Any other noun is its lemma ("the quake": quake), and so is "the island" of an article
    naming none or two ("Velm Island", "Bruck Island": which one is unknown)."""
    lemma = noun.lemma_.lower()
    if lemma not in _NAMED_KINDS:
        return lemma
    own = _name_of(noun)
    if own is not None:
        return own
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return lemma
    if any(c.dep_ in {"amod", "compound", "nmod", "poss"} for c in noun.children):
        return lemma  # "the nearby island", "the main island": maybe another one
    names = {n for t in noun.doc if t.lemma_.lower() == lemma and (n := _name_of(t))}
    return names.pop() if len(names) == 1 else lemma


def _name_of(noun: Token) -> str | None:
    """The name a kind noun carries: its proper-noun compounds ("Qeshm Island": qeshm)."""
    words = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not words or any(c.i > noun.i for c in words):
        return None
    return " ".join(c.lower_ for c in words)


# verbs of moving whose length a figure may measure ("fell 60 metres", "plunged 300 feet"),
# folded to one event where two words tell one motion
_MOTIONS = {
    "fall": "fall", "plunge": "fall", "plummet": "fall", "tumble": "fall", "drop": "fall",
    "slide": "slide", "slip": "slide", "climb": "climb", "dive": "dive", "sink": "sink",
}  # fmt: skip
_LENGTHS = frozenset({"kilometres", "miles", "metres", "feet", "yards"})
# prepositions of the path a motion takes ("fell 200 metres down a gully", "plunged 50 feet
# into the river"); not "from", whose figure places ("crashed 5 miles from the airport")
_PATHS = frozenset({"down", "into", "onto", "off", "over", "through", "across", "up"})


# lengths a fall is told in; miles and kilometres from a place say where it came down
_FALL_LENGTHS = frozenset({"metres", "feet", "yards"})


def _fall_from(prep: Token, unit: str) -> bool:
    """``fell 200 feet from the ridge``, the length hung on "from": a fall told in feet,
    metres or yards from a thing that is no named place is how far it fell ("the jet fell 20
    miles from Arden", "crashed 5 miles from the airport" place it)."""
    if prep.lower_ != "from" or unit not in _FALL_LENGTHS:
        return False
    if _MOTIONS.get(prep.head.lemma_.lower()) != "fall":
        return False
    return not any(c.dep_ == "pobj" and c.ent_type_ for c in prep.children)


def motion_of(doc: Doc, unit_tok: Token, unit: str | None) -> str | None:
    """The motion a length measures, folded ("fall"), or None: "died after falling 60 metres
    from a ridge" is how far he fell, and "from a ridge" where he fell from, not a position 60
    metres away from it. A compass word after the figure still places it: "the plane fell 20
    miles north of Arden" is where it came down. Feet and yards are counted words, no unit
    ("plunged 200 feet into the river"): the token tells the length then."""
    if (unit or unit_tok.lower_) not in _LENGTHS or unit_tok.dep_ == "pobj":
        return None
    verb = unit_tok.head
    if (
        verb.pos_ == "ADP"
        and verb.dep_ == "prep"
        and (verb.lower_ in _PATHS or _fall_from(verb, unit or unit_tok.lower_))
    ):
        verb = verb.head  # "fell 200 metres down a gully": the parser hangs it on "down"
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOTIONS:
        return None
    i = _past_bracket(doc, unit_tok.i + 1)
    if i < len(doc) and _COMPASS.match(doc[i].lower_):
        return None
    return _MOTIONS[verb.lemma_.lower()]


_BRACKET_WORDS = 8  # "(seven years, $140- $150 million)": a short aside
