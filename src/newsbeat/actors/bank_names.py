"""A company written with and without "Bank" across a story (issue 12, entities; alias38).

One article writes "a Kestrel Ridge Bank branch", the others "Kestrel Ridge": one bank. The
story's organisation "<X> Bank" and its organisation "<X>" are one actor, under the name
written more often (the longer one on a tie), when no other organisation of the story opens
with "<X> " (guard: "Kestrel Ridge Insurance" beside them: "Kestrel Ridge" may be the group)
and "<X>" is no place of the gazetteer (guard: "Coast Bank" beside a "Coast" region). Two
banks of a story ("Kestrel Ridge Bank", "Vondal Bank") are told apart by their own words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

__all__ = ["bank_forms"]

_HEAD = " Bank"


def bank_forms(kinds: Mapping[str, str], counted: Mapping[str, Counter[str]]) -> dict[str, str]:
    """``{form: name}`` of the story's organisations written with and without "Bank" (see the
    module docstring); ``kinds``: each name's main type, ``counted``: its mentions by type."""
    from newsbeat.enrich.actor_table import known_place

    bodies = [n for n, k in kinds.items() if k == "ORG"]
    out: dict[str, str] = {}
    for name in bodies:
        if not name.endswith(_HEAD):
            continue
        short = name[: -len(_HEAD)]
        if kinds.get(short) != "ORG" or not short[:1].isupper() or known_place(short):
            continue
        if any(n.startswith(short + " ") and n != name for n in bodies):
            continue
        long_n, short_n = counted[name].total(), counted[short].total()
        if short_n > long_n:
            out[name] = short
        else:
            out[short] = name
    return out
