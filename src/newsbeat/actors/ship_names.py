"""A navy's ship written with and without its prefix across a story (issue 12, entities;
read38 and alias38: "Mysore" in two articles beside "INS Mysore" in eleven).

One article names the ship "INS Mysore", another "the warship Mysore"
(:mod:`newsbeat.enrich.actor_navy_ships` types it an organisation): one ship. The story's
organisation "<X>" is its one organisation "<prefix> <X>" with a navy's ship prefix ("INS",
"HMS", "USS" …) or "<word> Naval Ship <X>". Guards: two such names of "<X>" in the story
("INS Orsk" and "HMS Orsk": two ships), "<X>" not typed an organisation there (the town
Mysore, a place).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["ship_forms"]

_PREFIXED = re.compile(
    r"(?:INS|HMS|USS|HMAS|HMCS|PNS|ROKS|USNS|(?:[A-Z][a-z]+ )?Naval Ship) (?P<bare>[A-Z].*)"
)


def ship_forms(kinds: Mapping[str, str]) -> dict[str, str]:
    """``{bare: prefixed}`` of the story's navy ships (see the module docstring); ``kinds``:
    each name's main type."""
    prefixed: dict[str, list[str]] = {}
    for name, kind in kinds.items():
        found = _PREFIXED.fullmatch(name) if kind == "ORG" else None
        if found is not None:
            prefixed.setdefault(found.group("bare"), []).append(name)
    return {
        bare: names[0]
        for bare, names in prefixed.items()
        if len(names) == 1 and kinds.get(bare) == "ORG"
    }
