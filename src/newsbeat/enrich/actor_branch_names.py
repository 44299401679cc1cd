"""A firm's name cut before its kind word where the text writes a branch or office of it
(issue 12, entities; ents38b).

"Kessel Bank" named once and then "the nearby Kessel office", "outside Kessel bank": NER
gives the short "Kessel" as a place or a second organisation. When the article names an
organisation "<X> <Kind>" (:data:`_KINDS`) and every time it writes "<X>" alone a lower-case
word of a firm's premises follows (:data:`_PREMISES_AFTER`: "office", "branch", "bank", …),
"<X>" is folded into "<X> <Kind>".

Guard: one mention of "<X>" alone without such a word after it (a region "the West Hills",
"X said") leaves it, and so does a person's name.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import standalone_occurrences

__all__ = ["fold_branch_names", "premises_only"]

# The kind word a firm's full name ends in.
_KINDS = frozenset({"Bank", "Bancorp", "Company", "Corporation", "Credit Union"})
_PREMISES_AFTER = re.compile(
    r"[ \t]+(?:office|offices|branch|branches|bank|building|headquarters|lobby|teller)\b"
)


def premises_only(name: str, text: str, firm: str = "") -> bool:
    """Whether the text writes the name alone (not as the start of ``firm``), at least
    once, and only ever before a word of a firm's premises."""
    ats = [
        at for at in standalone_occurrences(text, name) if not (firm and text.startswith(firm, at))
    ]
    return bool(ats) and all(_PREMISES_AFTER.match(text, at + len(name)) for at in ats)


def fold_branch_names(table: ArticleActors) -> None:
    """Fold each short name written only before its premises into the firm, in place."""
    for name, info in list(table.actors.items()):
        if info.type == "PERSON" or name not in table.actors:
            continue
        firms = [
            f"{name} {kind}"
            for kind in sorted(_KINDS)
            if table.actors.get(f"{name} {kind}") is not None
            and table.actors[f"{name} {kind}"].type == "ORG"
        ]
        if len(firms) == 1 and premises_only(name, table.text, firms[0]):
            rename_actor(table, name, firms[0])
