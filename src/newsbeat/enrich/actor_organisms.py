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
from collections.abc import Iterator

from newsbeat.enrich.actor_table import ArticleActors, known_place
from newsbeat.enrich.name_context import at_boundary, occurrences

__all__ = ["drop_organisms"]

# how a species' Latin word ends: "pestis", "coli", "aeruginosa", "muris", "aureus"
_LATIN_ENDS = r"is|us|um|ae|i|a|ensis|oides"  # no "es": "Amazon warehouses"

_ORGANISM_NOUN = re.compile(
    r"\b(?:bacteria|bacterium|pathogens?|parasites?|virus|viruses|fungus|fungi|microbes?|"
    r"species|genus|strains?|germs?|organisms?|amoebae?)"
    r"(?:,?\s+(?:such as|like|including|called|named|known as|of|from|the))*\s+\Z",
    re.IGNORECASE,
)

_EPITHET = re.compile(rf"\s+([a-z]{{3,}}(?:{_LATIN_ENDS}))\b")


def _written_before_epithets(text: str, genus: str) -> Iterator[tuple[int, str]]:
    """Where the text writes the genus as a word before a Latin word in lower case, and that
    word: the matches of ``\\bGENUS\\s+([a-z]{3,}(?:…))\\b`` without compiling one pattern
    per name (none can start inside another: the genus opens with a capital)."""
    for at in occurrences(text, genus):
        if at_boundary(text, at):
            match = _EPITHET.match(text, at + len(genus))
            if match is not None:
                yield at, match.group(1)


def drop_organisms(table: ArticleActors) -> None:
    """Drop the genera of the module docstring and their initials, in place."""
    text = table.text
    gone: set[str] = set()
    for name in list(table.actors):
        words = name.split()
        genus = words[0]
        if len(genus) < 4 or not genus.isalpha() or not genus[:1].isupper() or len(words) > 2:
            continue
        if known_place(genus):
            continue
        for at, epithet in _written_before_epithets(text, genus):
            if len(words) == 2 and words[1] != epithet:
                continue
            short = f"{genus[0]}. {epithet}"
            before = text[max(0, at - 40) : at]
            if short in text or _ORGANISM_NOUN.search(before):
                gone.add(name)
                if short in text:
                    gone.add(genus[0])
                break
    table.drop_actors(gone & set(table.actors))
