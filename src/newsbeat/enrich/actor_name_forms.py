"""One person written several ways in an article (issue 12, entities; read35: "Pat Carlineo",
"Patrick W. Carlineo" and "Patrick Carlineo Jr" were three people of one court report).

:func:`merge_name_forms` folds an article's full names of one surname into one actor when
every pair of them is one name by :func:`~newsbeat.enrich.name_variants.name_variants`'
rules (the same first name or a short form of it from its list, "Pat" of "Patrick"; middle
names that agree, "W." beside none; a man known by his middle name, "Vance Orrin" beside
"Walter Vance Orrin" where the text writes "W. Vance Orrin"), with a generational suffix ("Jr")
read as no part of the name. Precision first, two people of one surname stay two:

* one other first name of the surname keeps the whole family apart ("Laura Vell" beside
  "George Vell" and "George W. Vell": the two Georges may be father and son);
* a name with a suffix joins one without it only where the text has no kin word ("his
  father", "son") and no other suffix ("Sr" beside "Jr");
* two forms the text writes side by side ("George Vell and George W. Vell", "George Vell,
  George W. Vell") are two people;
* a middle initial against none joins only where the text writes no kin word either
  ("George W. Vell … his father George Vell"); a name known by its middle joins where the
  text writes its first initial, whatever the kin words.

The actor takes the form mentioned most (ties: the longer).
"""

from __future__ import annotations

import re
from itertools import combinations

from newsbeat.enrich.actor_merge import names_kin, rename_actor
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_variants import _one_person
from newsbeat.enrich.names import is_generation

__all__ = ["merge_name_forms"]

_KIN = re.compile(
    r"\b(?:father|son|sons|dad|grandfather|grandson|brother|uncle|nephew|cousin|junior"
    r"|senior)\b"
)
# The words of _KIN (each of its matches is one of the text's letter runs).
_KIN_WORDS = frozenset(
    {"father", "son", "sons", "dad", "grandfather", "grandson", "brother", "uncle", "nephew"}
    | {"cousin", "junior", "senior"}
)
# two names written as a pair: "A and B", "A, B", "A & B", "A or B"
_PAIRED = r"\s*(?:,|&|\band\b|\bor\b)\s*"


def _bare(name: str) -> tuple[str, str]:
    """A name without its generational suffix, and the suffix ("" for none)."""
    words = name.split()
    if len(words) > 2 and is_generation(words[-1]):
        return " ".join(words[:-1]), words[-1].lower().rstrip(".")
    return name, ""


def _paired(text: str, a: str, b: str) -> bool:
    """Whether the text writes two names side by side (see the module docstring)."""
    for one, two in ((a, b), (b, a)):
        if re.search(re.escape(one) + _PAIRED + re.escape(two), text):
            return True
    return False


def merge_name_forms(table: ArticleActors) -> None:
    """Fold an article's forms of one person's full name into one actor, in place."""
    by_surname: dict[str, list[str]] = {}
    for name, info in table.actors.items():
        words = _bare(name)[0].split()
        if info.type == "PERSON" and len(words) >= 2 and all(w[:1].isupper() for w in words):
            by_surname.setdefault(words[-1], []).append(name)
    text = table.text
    kin: bool | None = None  # read where a surname has two full names (most articles: none)
    for names in by_surname.values():
        if len(names) < 2:
            continue
        if kin is None:
            kin = names_kin(text, _KIN_WORDS, _KIN)
        if not _one_family(names, text, kin):
            continue
        best = max(names, key=lambda n: (table.actors[n].mentions, len(n)))
        for name in names:
            rename_actor(table, name, best)


def _by_middle(text: str, a: str, b: str) -> bool:
    """Whether one name is the other's middle name and surname ("Vance Orrin" of "Walter Vance
    Orrin") and the text writes the first name as its initial before them ("W. Vance Orrin"): a
    man known by his middle name."""
    short, full = sorted((a.split(), b.split()), key=len)
    if len(short) != 2 or len(full) != 3 or full[1:] != short or len(full[0]) < 2:
        return False
    initial = rf"\b{re.escape(full[0][0])}\.\s*{re.escape(short[0])}\s+{re.escape(short[1])}\b"
    return re.search(initial, text) is not None


def _one_family(names: list[str], text: str, kin: bool) -> bool:
    """Whether an article's full names of one surname all name one person."""
    suffixes = {_bare(n)[1] for n in names}
    if len(suffixes - {""}) > 1 or (kin and len(suffixes) > 1):
        return False
    for a, b in combinations(names, 2):
        bare_a, bare_b = _bare(a)[0], _bare(b)[0]
        middle = _by_middle(text, bare_a, bare_b)  # the initial ties the two: no kin doubt
        if not (middle or _one_person(bare_a, bare_b)) or _paired(text, bare_a, bare_b):
            return False
        if kin and not middle and len(bare_a.split()) != len(bare_b.split()):
            return False  # "George W. Vell … his father George Vell"
    return True
