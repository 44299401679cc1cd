"""Names of one body from the data list across a story (issue 12, entities; alias38).

An article writes "the UN", another "the United Nations": within one article
:func:`~newsbeat.enrich.actor_acronyms.merge_known_aliases` folds them, across a story the
story's entity list kept both (the story's initials rule takes three letters or more). The
names ``data/org_aliases.json`` gives one body (a short alias in capitals only: "Un" is no "UN")
are one actor across the story, under the organisation's name mentioned most (on a tie the
longer). Guards: the list's own ("IS" is left out of it); a name typed as a person.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

__all__ = ["known_alias_forms"]

_TYPES = frozenset({"ORG", "GPE", "NORP"})


def known_alias_forms(
    kinds: Mapping[str, str], counted: Mapping[str, Counter[str]]
) -> dict[str, str]:
    """``{form: name}`` of the story's names of one body of the data list (see the module
    docstring); ``kinds``: each name's main type, ``counted``: its mentions by type."""
    from newsbeat.enrich.actor_acronyms import alias_body

    groups: dict[str, list[str]] = defaultdict(list)
    for name, kind in kinds.items():
        body = alias_body(name) if kind in _TYPES else None
        if body is not None:
            groups[body].append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        if len(names) < 2:
            continue
        best = max(names, key=lambda n: (kinds[n] == "ORG", counted[n].total(), len(n), n))
        out.update({n: best for n in names if n != best})
    return out
