"""A person's name with "Sr" beside the same name without it, across one story's articles
(issue 12, entities; alias37, read37: "W. Mark Felt Sr." of one article beside the "Mark
Felt" of the others).

:func:`~newsbeat.enrich.story_names.resolve_surnames` keys a person's spellings with the
generational suffix kept, since a son "Jr" is not his father. "<name> Sr" is the story's
"<name>" written alone when an article writes that name beside "<name> Jr" as two people:
there the name alone is the father, whom "Sr" names.

Never joined: without a son named in the story the name alone may be the son (one article
quoting "Tom Vell Sr." on his son, another naming only "Tom Vell"); a "Jr", "II" or "III" (a
third generation's father may be written bare: "His father, Anthony Vell, founded the
company" beside "Anthony Vell III"); two forms one article writes as two people; a name the
story writes with another suffix than "Sr" and "Jr".
"""

from __future__ import annotations

from collections.abc import Sequence

from newsbeat.enrich.names import fold_name, spelling_key
from newsbeat.models import Enrichment

__all__ = ["senior_forms"]

_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})


def _suffix(name: str) -> str:
    """A person's name's generational suffix, folded ("sr", "jr", "iii"; "" for none)."""
    words = fold_name(name).split()
    last = words[-1] if len(words) > 2 else ""
    return last if last in _SUFFIXES else ""


def senior_forms(enrichments: Sequence[Enrichment]) -> dict[str, str]:
    """``{"<name> Sr": "<name>"}`` of the module docstring, for a story's people (their
    spellings already one per key with the suffix kept)."""
    people = [
        {x.name for x in e.entities if x.type == "PERSON" and len(x.name.split()) >= 2}
        for e in enrichments
    ]
    by_key: dict[str, dict[str, set[str]]] = {}
    for names in people:
        for name in names:
            by_key.setdefault(spelling_key(name), {}).setdefault(_suffix(name), set()).add(name)
    out: dict[str, str] = {}
    for forms in by_key.values():
        bare, fathers, sons = forms.get("", set()), forms.get("sr", set()), forms.get("jr", set())
        if len(bare) != 1 or len(fathers) != 1 or not sons or set(forms) != {"", "sr", "jr"}:
            continue
        alone, father = next(iter(bare)), next(iter(fathers))
        if any({father, alone} <= article for article in people):
            continue  # one article writes them as two people
        if any(alone in article and article & sons for article in people):
            out[father] = alone
    return out
