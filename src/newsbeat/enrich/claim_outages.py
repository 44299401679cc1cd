"""A share of a service told as how far the service was "down by" (issue 12, conf37).

"65 per cent of traffic was down" counts what "65 per cent of traffic was disrupted" counts
(``claim_events._out_of_service``: the figure is the copula's subject). Outlets also put the
service first and the share after "by": "telephone services in Velmora were down by 80
percent, in Ostravia by 65 percent". That share, read with no event, was kept apart from
another outlet's "up to 70 per cent of web services in Velmora were disrupted" as "event
unknown on one side". Used by :mod:`newsbeat.enrich.claim_slots`.

Only a share (a percentage) after "by", on a copula whose subject is a service that can be
out (services, traffic, lines, networks, calls ...) and that says it is down or offline.
"Sales in Velmora were down by 5 percent" is how much sales fell, no outage: its subject is
no service, and it keeps no event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_events import _OUT_OF_SERVICE

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["down_by_share"]

# Things that work or do not: a service, what it carries, what carries it.
_SERVICES = frozenset(
    {"service", "traffic", "network", "line", "connection", "link", "communication",
     "capacity", "system", "server", "website", "site", "internet", "call"}
)  # fmt: skip
_PERCENT = frozenset({"percent", "per", "%", "pc"})


def down_by_share(tok: Token, unit: str | None) -> bool:
    """Whether a figure is a share of a service out of service, written "<service> ... were
    down by N percent": the percent word is the object of "by", on a copula (or on its
    "down") whose subject is a service and which is said to be down or offline."""
    if unit != "percent":
        return False
    while tok.dep_ in {"compound", "nummod", "quantmod"} and tok.head.i != tok.i:
        tok = tok.head  # "80" of "80 percent": the percent word
    if tok.lower_ not in _PERCENT or tok.dep_ != "pobj" or tok.head.lower_ != "by":
        return False
    verb = tok.head.head
    if verb.lower_ in _OUT_OF_SERVICE:
        verb = verb.head  # "were down by 80 percent" parsed with "by" on "down"
    if verb.lemma_.lower() != "be":
        return False
    said = [c for c in verb.children if c.dep_ in {"advmod", "acomp"}]
    if not any(c.lower_ in _OUT_OF_SERVICE for c in said):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _SERVICES for s in subjects)
