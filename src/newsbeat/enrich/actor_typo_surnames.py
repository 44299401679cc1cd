"""A person's surname misspelt by the writer: the one person of that surname (issue 12,
entities; ents37).

Sports copy misspells a hard surname a line after spelling it right: "Kiltschko" and
"Klitchsko" beside "Wladimir Klitschko", each listed as one more person. A PERSON actor is the
person named in full with a surname it misspells when

* its name is that surname misspelt, or the same first name and the surname misspelt: one
  edit (a letter added, dropped or changed, or two neighbours swapped) or one letter moved
  ("Klitchsko"), both surnames of seven letters or more, the first letters the same;
* exactly one person of the article is named in full with such a surname, and no person is
  named in full with the misspelt one itself;
* the misspelt word is no known first name and no place of the gazetteer, and the article
  writes it at most twice and less often than the person's name (a slip is rare; a word
  written as often as the name may be another person's);
* the article writes no other known first name before the right surname ("Vitali Klitschko"
  beside "Wladimir Klitschko": two bearers, a misspelling may be either) and no word for a
  brother or a sister.

Guard: two people one letter apart, each named in full ("Ida Marssen", "Lena Marsden"), stay
two.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_misspelt_countries import _swap_distance
from newsbeat.enrich.actor_table import known_place
from newsbeat.enrich.names import is_first_name, surname

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["merge_typo_surnames", "misspelt_surname"]

_MIN_LETTERS = 7
_MAX_TYPOS = 2
_SIBLINGS = re.compile(r"\b(?:brothers?|sisters?|siblings?)\b", re.IGNORECASE)


def misspelt_surname(word: str, right: str) -> bool:
    """Whether ``word`` is ``right`` misspelt (see the module docstring)."""
    if word == right or min(len(word), len(right)) < _MIN_LETTERS or word[0] != right[0]:
        return False
    if _swap_distance(word.lower(), right.lower()) == 1:
        return True
    return len(word) == len(right) and _one_letter_moved(word.lower(), right.lower())


def _one_letter_moved(a: str, b: str) -> bool:
    """One letter of ``a`` taken out and put back elsewhere gives ``b``."""
    if sorted(a) != sorted(b):
        return False
    cuts_a = {a[:i] + a[i + 1 :] for i in range(len(a))}
    return any(b[:j] + b[j + 1 :] in cuts_a for j in range(len(b)))


def merge_typo_surnames(table: ArticleActors) -> None:
    """Fold the misspelt names of the module docstring into their person, in place."""
    full = [n for n, a in table.actors.items() if a.type == "PERSON" and len(n.split()) >= 2]
    if not full or _SIBLINGS.search(table.text):
        return
    surnames = {surname(n) for n in full}
    for name, info in list(table.actors.items()):
        words = name.split()
        if info.type != "PERSON" or len(words) > 2 or words[-1] in surnames:
            continue
        typo = words[-1]
        if is_first_name(typo) or known_place(typo):
            continue
        found = [
            n
            for n in full
            if misspelt_surname(typo, surname(n)) and (len(words) == 1 or n.split()[0] == words[0])
        ]
        if len(found) != 1 or _other_bearer(table.text, found[0]):
            continue
        if info.mentions > _MAX_TYPOS or info.mentions >= table.actors[found[0]].mentions:
            continue  # a slip is rarer than the right spelling: else maybe another person
        rename_actor(table, name, found[0])


def _other_bearer(text: str, person: str) -> bool:
    """Another known first name written before the person's surname ("Vitali Klitschko")."""
    words = person.split()
    for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(words[-1])}\b", text):
        if m.group(1) not in words and is_first_name(m.group(1)):
            return True
    return False
