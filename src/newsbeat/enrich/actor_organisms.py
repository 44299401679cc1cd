"""Organisms named by genus and species (issue 12, entities).

Science and health copy names a bacterium or parasite by its two Latin words: "the bacteria
Yersinia pestis", "the pathogen Pseudomonas aeruginosa", later "Y. pestis". NER types the
genus as a place, an organisation or a nationality ("Yersinia" GPE, "Y" NORP of "Y. pestis").
A name is a genus, no actor, when the text writes it before a word in lower case with a Latin
ending (-is, -us, -um, -ae, -i, -a, -es) and either
abbreviates it to its initial before the same word ("Y. pestis") or has an organism's noun
(bacteria, pathogen, parasite, virus, …) right before it. The abbreviated initial goes too.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ArticleActors, lookup_country
from newsbeat.enrich.names import place_kind

__all__ = ["drop_organisms"]

# how a species' Latin word ends: "pestis", "coli", "aeruginosa", "muris", "aureus"
_LATIN_ENDS = r"is|us|um|ae|i|a|ensis|oides"  # no "es": "Amazon warehouses"

_ORGANISM_NOUN = re.compile(
    r"\b(?:bacteria|bacterium|pathogens?|parasites?|virus|viruses|fungus|fungi|microbes?|"
    r"species|genus|strains?|germs?|organisms?|amoebae?)"
    r"(?:,?\s+(?:such as|like|including|called|named|known as|of|from|the))*\s+\Z",
    re.IGNORECASE,
)


def drop_organisms(table: ArticleActors) -> None:
    """Drop the genera of the module docstring and their initials, in place."""
    text = table.text
    gone: set[str] = set()
    for name in list(table.actors):
        words = name.split()
        genus = words[0]
        if len(genus) < 4 or not genus.isalpha() or not genus[:1].isupper() or len(words) > 2:
            continue
        if lookup_country(genus) is not None or place_kind(genus) is not None:
            continue
        for match in re.finditer(rf"\b{re.escape(genus)}\s+([a-z]{{3,}}(?:{_LATIN_ENDS}))\b", text):
            epithet = match.group(1)
            if len(words) == 2 and words[1] != epithet:
                continue
            short = f"{genus[0]}. {epithet}"
            before = text[max(0, match.start() - 40) : match.start()]
            if short in text or _ORGANISM_NOUN.search(before):
                gone.add(name)
                if short in text:
                    gone.add(genus[0])
                break
    table.drop_actors(gone & set(table.actors))
