"""A country's armed service written bare across a story (issue 12, entities; alias38).

A story about one country's navy names it in full in some articles ("the Velorian Navy") and
bare in others ("the Navy said", "a navy spokesman"); quotes take "Velorian navy" or
"Veloria's navy" as their speaker. These are one actor when:

- the story names one country's service of that kind more than any other's (its mentions as
  an organisation and the quotes given to it), and names it in full as an organisation
  ("<demonym or country> Navy");
- the bare or differently written form is that service word alone ("Navy", "the navy") or the
  country's word before it in another case or as a possessive ("Velorian navy",
  "Veloria's navy");
- every article that writes the bare word talks about that country more than about any
  other country whose service of that kind it names in full (mentions of the country and of its
  service): an article about the Ostrian Navy's patrol that says "the Navy" keeps its own.

Guards: two countries' services named as often; none named in full; another country's service
named in an article that writes the bare word and mentions that country as much. A country
and its government, military or authorities are not folded in: the country is the people and
the place, the government decides, the navy acts, and a claim or quote of one is not the
other's.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from newsbeat.models import Enrichment

__all__ = ["service_forms"]

_SERVICES = ("Navy", "Army", "Air Force", "Coast Guard")


def _split(name: str) -> tuple[str, str] | None:
    """(lead, service) of "<lead> <service>" or "<service>" (any case, "the" dropped)."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    text = " ".join(words)
    for service in _SERVICES:
        if text.lower() == service.lower():
            return "", service
        if text.lower().endswith(" " + service.lower()):
            return text[: -len(service) - 1], service
    return None


def _country(lead: str) -> str | None:
    """The country of a lead word ("Velorian", "Veloria's", "U.S."), or None."""
    from newsbeat.enrich.actor_table import capital_keys, country_lookup

    table = country_lookup()
    for word in (lead, lead.split()[0] if lead else ""):  # "British Royal": British
        key = word.lower().removesuffix("'s").removesuffix("’s")
        if key and key not in capital_keys() and key in table:
            return table[key].name
    return None


def _country_mentions(enrichment: Enrichment) -> Counter[str]:
    """Mentions of each country in one article: as a place and through its named services."""
    out: Counter[str] = Counter()
    for entity in enrichment.entities:
        if entity.type == "GPE":
            country = _country(entity.name)
            if country is not None:
                out[country] += entity.mentions
        parts = _split(entity.name) if entity.type == "ORG" else None
        if parts is not None and parts[0]:
            country = _country(parts[0])
            if country is not None:
                out[country] += entity.mentions
    return out


def _service_country(
    enrichments: Sequence[Enrichment], kinds: Mapping[str, str], service: str
) -> str | None:
    """The country whose ``service`` the story names most (its organisations' mentions and
    the quotes given to it, "Velorian navy" too), when one is named more than any other."""
    counts: Counter[str] = Counter()
    for e in enrichments:
        written = [(x.name, x.mentions) for x in e.entities if kinds.get(x.name) == "ORG"]
        written += [(q.speaker, 1) for q in e.quotes if q.speaker]
        for name, mentions in written:
            parts = _split(name)
            if parts is not None and parts[0] and parts[1] == service:
                owner = _country(parts[0])
                if owner is not None:
                    counts[owner] += mentions
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def service_forms(enrichments: Sequence[Enrichment], kinds: Mapping[str, str]) -> dict[str, str]:
    """``{form: full name}`` of a story's armed services written bare or otherwise (see the
    module docstring); ``kinds``: each entity name's main type."""
    full: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for e in enrichments:
        for entity in e.entities:
            parts = _split(entity.name) if kinds.get(entity.name) == "ORG" else None
            if parts is None or not parts[0] or not entity.name.endswith(parts[1]):
                continue
            owner = _country(parts[0])
            if owner is not None:
                full[parts[1]][owner][entity.name] += entity.mentions
    names: set[str] = {n for n, k in kinds.items() if k == "ORG"}
    names |= {q.speaker for e in enrichments for q in e.quotes if q.speaker}
    countries = {service: _service_country(enrichments, kinds, service) for service in full}
    out: dict[str, str] = {}
    for name in sorted(names):
        parts = _split(name)
        country = countries.get(parts[1]) if parts is not None else None
        if parts is None or country is None:
            continue
        lead, service = parts
        mains = full[service][country]
        if not mains:
            continue
        best = max(sorted(mains), key=lambda n: mains[n])
        if name == best or (lead and _country(lead) != country):
            continue
        if lead or _own_service(enrichments, name, service, country):
            out[name] = best
    return out


def _own_service(enrichments: Sequence[Enrichment], bare: str, service: str, country: str) -> bool:
    """Whether every article writing ``bare`` talks about ``country`` more than about any
    other country whose ``service`` it names in full."""
    for e in enrichments:
        written = {ent.name for ent in e.entities} | {q.speaker for q in e.quotes}
        if bare not in written:
            continue
        others = set()
        for entity in e.entities:
            parts = _split(entity.name)
            if parts is not None and parts[0] and parts[1] == service:
                owner = _country(parts[0])
                if owner is not None and owner != country:
                    others.add(owner)
        counts = _country_mentions(e)
        if any(counts[o] >= counts[country] for o in others):
            return False
    return True
