"""FoundClaim (one numeric claim as read) and ``_claim``, which builds one with teller and date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_dates import _time_ref
from newsbeat.enrich.claim_slots import claim_slot
from newsbeat.enrich.claim_tellers import _claimant
from newsbeat.enrich.claim_units import sum_event
from newsbeat.enrich.doc_text import span_text
from newsbeat.enrich.quote_records import FoundQuote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CASUALTY_EVENTS = {
    "killed": "kill", "dead": "kill", "injured": "injure", "wounded": "injure", "hurt": "injure",
    "arrested": "arrest", "detained": "arrest", "displaced": "displace", "evacuated": "evacuate",
    "fled": "displace",
}  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class FoundClaim:
    """A claim with the character span of its number."""

    what: str
    low: float | None
    high: float | None
    exact: bool
    unit: str | None
    claimant: str | None
    sentence: str
    time_ref: str | None
    start: int
    end: int
    hedge: str | None = None
    role: str | None = None
    event: str | None = None
    subject: str | None = None
    place: str | None = None
    voice: str | None = None
    occasion: str | None = None
    carried: str | None = None  # "subject": read from the sentence before (claim_carry)
    recipient: str | None = None  # the named party the act is done to (claim_recipients)


def _claim(
    doc: Doc,
    first: int,
    last: int,
    what: str,
    unit: str | None,
    low: float | None,
    high: float | None,
    exact: bool,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    *,
    noun: Token | None = None,
    hedge: str | None = None,
) -> FoundClaim:
    sent = doc[first].sent
    slot = claim_slot(doc, first, last, noun, unit, actors, quotes)
    casualty = what.rsplit(" ", 1)[-1]
    if casualty in _CASUALTY_EVENTS:  # "about 50 hurt" hangs on "hurt", not on "killed"
        slot["event"] = _CASUALTY_EVENTS[casualty]
    return FoundClaim(
        what=what,
        low=low,
        high=high,
        exact=exact,
        unit=unit,
        claimant=_claimant(sent, doc[first].idx, actors, quotes),
        sentence=span_text(sent).strip(),
        time_ref=_time_ref(sent, first, last, noun),
        start=doc[first].idx,
        end=doc[last].idx + len(doc[last].text),
        hedge=hedge,
        role=slot["role"],
        event=sum_event(slot["event"], unit),  # "claim a $7,500 credit": no "claimed lives"
        subject=slot["subject"],
        place=slot["place"],
        voice=slot["voice"],
        occasion=slot["occasion"],
        carried=slot["carried"],
        recipient=slot["recipient"],
    )
