"""One organisation's name written in two cases across a story (issue 12, entities; ents39b).

One outlet writes "VelmarCorp", another "Velmarcorp"; one "LionsGate", the others
"Lionsgate". Within an article NER keeps the spelling it read; across a story the entity list
stood the two side by side. Organisations whose names are the same letters but for case are
one actor across the story, under the spelling mentioned most (on a tie the first in
alphabetical order). Guards: both names typed an organisation (a person "Rose" and a company
"ROSE" stay apart), names of one word written in capitals only ("NASA" beside "Nasa" reads
the same, but "AIDS" beside "Aids" the charity need not) are left alone, and the story's
caller keeps apart two forms one article names together.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

__all__ = ["case_forms"]


def case_forms(kinds: Mapping[str, str], counted: Mapping[str, Counter[str]]) -> dict[str, str]:
    """``{form: name}`` of the story's organisations written in two cases (see the module
    docstring); ``kinds``: each name's main type, ``counted``: its mentions by type."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name, kind in kinds.items():
        if kind == "ORG" and not name.isupper():
            groups[name.casefold()].append(name)
    out: dict[str, str] = {}
    for names in groups.values():
        if len(names) < 2:
            continue
        best = min(names, key=lambda n: (-counted[n].total(), n))
        out.update({n: best for n in names if n != best})
    return out
