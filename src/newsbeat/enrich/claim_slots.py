"""The *slot* of a numeric claim: what exactly it counts, so that only like is compared with like.

A figure is only comparable with another outlet's when both say the same thing apart from the
number. Besides the counted noun (:mod:`newsbeat.enrich.claims`), the slot holds, read from the
spaCy parse:

* ``role``: ``part`` of a total ("will pay $334 million, *including* $281 million *in cash*",
  "nine injured, *of whom* two ..."), ``total`` ("a total of", "in all"), ``rate`` ("40 km *an
  hour*", "3,000 *per day*"), ``distance`` ("55 km south *of Arden*"); None for a plain count;
* ``event``: the verb (or event noun) the figure hangs on, as a lemma folded over synonyms
  ("killed", "died", "death toll" -> ``kill``; "sent", "deployed" -> ``deploy``); light verbs
  ("be", "say", "report") give None, except "make" with an act's noun for a sum ("made an offer
  of $90 million" -> ``offer``, :mod:`newsbeat.enrich.claim_made_acts`);
* ``subject``: the actor doing it (the subject of that verb, or its passive agent; a "he" or
  "she" the text names through a sure path, :mod:`newsbeat.enrich.claim_pronouns`; a person
  described only by an age as that age, "36-year-old", :mod:`newsbeat.enrich.claim_ages`;
  else a personal pronoun as written: "he");
* ``place``: for a distance, the named place it is measured from (its ``event`` is then what
  the distance places: "the building, 15 miles north of Detroit" -> ``building``); for a
  crowd told in its own place, that place ("Arden, where another 5,000 marched" -> ``Arden``,
  :mod:`newsbeat.enrich.claim_crowds`);
* ``occasion``: the game, part of a game or series of games the figure is counted in ("during
  the deciding run", "in Tuesday's game", "in the second half", "against Drake"), or the phase
  of play of a count ("six touchdowns on offense");
* ``voice``: ``bystander`` for a figure in the words of an unnamed or ordinary person (a
  resident, a witness, a reader's comment): not the outlet's claim.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_arrests import arrest_by_taking, taken_with
from newsbeat.enrich.claim_clauses import spent_on
from newsbeat.enrich.claim_distances import _distance_place, _located, motion_of
from newsbeat.enrich.claim_events import (
    _EVENT_CLASSES,
    _copula_measure,
    _described_weight,
    _event,
    _event_name,
    _found_thing,
    _out_of_service,
    _population,
    _put_at,
    _undergone,
    attendance,
    measured_activity,
)
from newsbeat.enrich.claim_figures import estimated_at
from newsbeat.enrich.claim_made_acts import made_act
from newsbeat.enrich.claim_measures import gathering_classes
from newsbeat.enrich.claim_moves import CHANGE, is_change
from newsbeat.enrich.claim_occasions import _occasion, _phase_kept
from newsbeat.enrich.claim_outages import down_by_share
from newsbeat.enrich.claim_recipients import recipient
from newsbeat.enrich.claim_remains import found_dead
from newsbeat.enrich.claim_roles import _increment_placed, _role, figure_end
from newsbeat.enrich.claim_subjects import _bracketed_owner, _carried, _subject
from newsbeat.enrich.claim_voices import _voice, quoted_at
from newsbeat.enrich.quote_records import FoundQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["claim_slot", "is_split_number"]

_GATHERINGS = gathering_classes()
_SPLIT_LEFT = re.compile(r"\d\. $")
_SPLIT_RIGHT = re.compile(r"^(?:\. \d|, \d{3}(?!\d))")
_SPLIT_LEFT_GROUP = re.compile(r"\d, $")


def is_split_number(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``text[start:end]`` are half of a number split by a stray space:
    "3. 9 percent", "20, 000 people" (copies that re-tokenise text break decimals and
    thousands apart; either half alone is a wrong figure). The claims rejoin such numbers
    (``claim_numbers.rejoined``); this catches the halves of what they could not rejoin."""
    left = text[max(0, start - 3) : start]
    if _SPLIT_LEFT.search(left) or _SPLIT_RIGHT.match(text[end : end + 6]):
        return True
    # "20, 000": a group of three digits after a comma; "40, 15 of them" are two figures
    return bool(_SPLIT_LEFT_GROUP.search(left)) and len(text[start:end]) == 3


def claim_slot(
    doc: Doc,
    first: int,
    last: int,
    noun: Token | None,
    unit: str | None,
    actors: ArticleActors,
    quotes: list[FoundQuote],
) -> dict[str, str | None]:
    """The slot fields of the claim whose number is ``doc[first..last]`` (see the module doc).

    Args:
        doc: the parsed article.
        first: the number's first token.
        last: its last token.
        noun: the counted noun token (None: a bare unit or casualty verb).
        unit: the claim's unit, if any.
        actors: the article's actors (to name the subject).
        quotes: the article's quotes (a bystander's figure is not the outlet's).

    Returns:
        ``role``, ``event``, ``subject``, ``carried`` ("subject" when the subject was read
        from the sentence before), ``recipient`` (:mod:`~newsbeat.enrich.claim_recipients`),
        ``place``, ``voice`` and ``occasion`` (None when unknown).
    """
    event_tok = _event(noun, doc[last])
    role = CHANGE if is_change(noun, doc[last], unit) else _role(doc, first, last, noun, unit)
    place = None
    event = _event_name(event_tok)
    if event is None:
        event = made_act(event_tok, noun if noun is not None else doc[last], unit)
    if event_tok is not None and arrest_by_taking(event_tok):
        event = "arrest"  # "nabbed 14 pirates": an arrest, not a theft
    if taken_with(noun):
        event = "seize"  # "arrested three men with 4 kilograms of heroin": the heroin seized
    if event == "seize" and event_tok is not None and not _found_thing(event_tok, noun):
        event = None  # "one study in 80 women found that ...", "never recovered": nothing seized
    if event == "seize" and event_tok is not None and found_dead(event_tok, noun):
        event = None  # "found the bodies of two women": the dead, nothing seized
    named = _put_at(noun, doc[last])
    if named:
        event = named  # the measure of the noun it names; the verb's subject only counts it
    if role != "distance":
        # "fell 60 metres", "plunged 200 feet": the length of one motion, however told ("fall"
        # is light only for what a figure falls to: "deaths fell to 12")
        event = motion_of(doc, noun if noun is not None else doc[last], unit) or event
    if (undergone := _undergone(noun)) is not None:
        event = undergone  # "two cables suffered damage" were damaged
    if event is None and (stated := _copula_measure(noun if noun is not None else doc[last], unit)):
        event = stated  # "Property damage is $2 million": what the copula's subject measures
    if event is None and _out_of_service(noun if noun is not None else doc[last]):
        event = "disrupt"  # "65 per cent of traffic was down": what "were disrupted" counts
    if event is None and down_by_share(noun if noun is not None else doc[last], unit):
        event = "disrupt"  # "services in Velmora were down by 80 percent": the same share
    if event is None and _described_weight(doc, first, unit):
        event = "weigh"  # "Vell is 5-foot-8, 135 pounds": the weight of "weighing 130 pounds"
    if (activity := measured_activity(noun if noun is not None else doc[last], unit)) is not None:
        event = activity  # "after 30 hours of deliberation": the deliberating took them
    elif (spent := spent_on(noun, unit)) is not None:
        event = spent  # "after a four year spell living in Cardiff": the years were lived
    if _population(noun):
        event = "population"  # "home to 120,000 people" is not what the quake struck
    if noun is None and (attended := attendance(doc, first, last)) is not None:
        event = _EVENT_CLASSES.get(attended.lemma_.lower(), event)  # "the march was attended by"
    if role == "part" and event in _GATHERINGS:
        crowd_place = _increment_placed(doc, first, last, event_tok)
        if crowd_place is not None:
            role = None  # "in Marvoli, where another 20,000 people marched": Marvoli's crowd
            place = crowd_place
    if role == "distance":
        end = figure_end(noun, last)
        place = _distance_place(doc, end + 1)[1]
        event = _located(noun if noun is not None else doc[last])
    owner = _bracketed_owner(doc, first, actors)
    # a distance's doer is nobody: what it places is its event ("Qeshm, 1,150 km southeast of
    # Tehran, has a port": Qeshm does not have the kilometres); nor is a population's (the
    # doctor who "went on to treat the village's 2,500 residents" does not count them)
    subject = _subject(event_tok, noun, actors, quoted_at(quotes))
    valued = estimated_at(doc, first, last)
    if valued is not None:
        # "NBC estimated the crowd at 70", "the mayor put the damage at $4 million": the
        # verb's subject values the thing (the claimant), it does not do what is counted
        subject = None
        event = _EVENT_CLASSES.get(valued.lemma_.lower(), event)
    no_doer = named or role == "distance" or event == "population"
    subject = owner or (None if no_doer else subject)
    carried = None
    if subject is None and not (no_doer or valued):
        # "Vell joined in 2001. The striker scored 20 goals": the name of the sentence before
        subject = _carried(event_tok, noun, actors, quotes)
        carried = "subject" if subject else None
    return {
        "role": role,
        "event": event,
        "subject": subject,
        "carried": carried,
        # a bracketed record is its owner's own ("Klitschko (58-3) bombed Thompson"): no one's
        "recipient": None if no_doer or owner else recipient(event_tok, first, last, actors),
        "place": place,
        "voice": _voice(doc, doc[first].idx, quotes),
        "occasion": _phase_kept(_occasion(event_tok, noun, doc[first]), unit),
    }
