"""People NER cut short (issue 12, part 3): a surname typed an organisation or a place right
after a first name NER left out ("Anders Nilsson made 35 saves", only "Nilsson" tagged ORG).

The first name must be one of the list, written with a capital, outside every entity, and no
word of the language as well ("Will", "Mark", "Rose" stay out: "Will Boeing deliver?"): the
stop words and the common nouns of the pipeline's word list), not inside a longer name ("San
Diego Chargers"). The surname must be no plural of a common noun ("Chargers"), no country and
no place of the gazetteer. The actor becomes the person, named in full.

A surname of two words ("Hawk Sawyer" of "Kathleen Hawk Sawyer", "Eriksson Ek", "von
Moltke") written without the first name is the one person of the article whose full name
ends with it, when its first word is no first name of the list (then "Marie Lund" may be
someone else than "Anna Marie Lund") or a particle ("Van Rompuy", "Del Vecchio") and exactly
one such person is named; so is a hyphenated surname written with spaces round the hyphen
("Strauss - Kahn", alias36).

A surname alone in another transliteration ("Zelenskyy" beside "Volodymyr Zelensky",
:func:`~newsbeat.enrich.names.spelling_key`) is the one person named in full whose surname
spells so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_merge import rename_actor, retype_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place
from newsbeat.enrich.doc_arrays import expanded_bounds, sent_start_flags, texts
from newsbeat.enrich.names import is_first_name, spelling_key, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["join_compound_surnames", "join_missed_first_names", "join_surname_spellings"]


def join_missed_first_names(doc: Doc, table: ArticleActors) -> None:
    """Apply the rule of the module docstring to an article's actors, in place."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    nouns = common_nouns(doc)
    full: dict[str, set[str]] = {}
    for m in table.mentions:
        info = table.actors.get(m.actor)
        if info is None or info.type not in {"ORG", "GPE", "LOC"} or " " in m.actor:
            continue
        if info.iso3 or known_place(m.actor):
            continue
        bounds = expanded_bounds(doc, m.start, m.end)
        if bounds is None or bounds[0] == 0:
            continue
        at = bounds[0] - 1
        if at > 0 and texts(doc)[at - 1][:1].isupper() and not sent_start_flags(doc)[at]:
            continue  # "San Diego Chargers": the first name is inside a longer name
        first = doc[at]
        if m.actor.endswith("s") and m.actor.lower()[:-1] in nouns:
            continue  # "Chargers", a noun's plural: a team's word, no surname
        if _missed_first_name(first, nouns) and first.whitespace_ == " ":
            full.setdefault(m.actor, set()).add(f"{first.text} {m.actor}")
    for name, names in full.items():
        if len(names) != 1:
            continue  # two first names before one surname: two people, or a guess
        person = next(iter(names))
        other = table.actors.get(person)
        if other is not None and other.type != "PERSON":
            continue
        retype_actor(table, name, "PERSON")
        rename_actor(table, name, person)


def join_compound_surnames(table: ArticleActors) -> None:
    """Fold a two-word surname written alone into the one person named in full with it (see
    the module docstring), in place."""
    people = [name for name, info in table.actors.items() if info.type == "PERSON"]
    for name in people:
        words = name.replace(" - ", "-").split()
        if name not in table.actors or not (len(words) == 2 or _spaced_hyphen(name, words)):
            continue
        first = words[0]
        if first[:1].isupper() and is_first_name(first) and first.lower() not in _PARTICLES:
            continue
        fuller = [p for p in people if p in table.actors and p.endswith(" " + name)]
        if len(fuller) == 1:
            rename_actor(table, name, fuller[0])


# Particles of a surname that the list of first names also holds ("Van", "Del", "Lo"):
# "Van Rompuy" alone is the surname of "Herman Van Rompuy" (alias36).
_PARTICLES = frozenset(
    {"van", "von", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "lo"}
)


def _spaced_hyphen(name: str, words: list[str]) -> bool:
    """A hyphenated surname written with spaces round its hyphen ("Strauss - Kahn", as a
    tokenised text writes it): one word once the hyphen is closed up."""
    return len(words) == 1 and " - " in name


def _missed_first_name(tok: Token, nouns: frozenset[str]) -> bool:
    """A capitalised first name of the list NER left outside every entity, no word of the
    language (a stop word or a common noun)."""
    word = tok.text
    return (
        tok.ent_iob_ == "O"
        and word.isalpha()
        and word[:1].isupper()
        and word[1:].islower()
        and not tok.is_stop
        and word.lower() not in nouns
        and is_first_name(word)
    )


def join_surname_spellings(table: ArticleActors) -> None:
    """Fold a surname written alone in another spelling into the one person named in full
    whose surname it spells (see the module docstring), in place."""
    people = [name for name, info in table.actors.items() if info.type == "PERSON"]
    full = [name for name in people if " " in name]
    # each full name's surname and its key, worked out once (not again for each lone name)
    keyed: list[tuple[str, str, str]] | None = None
    for name in people:
        if " " in name or name not in table.actors:
            continue
        if keyed is None:
            keyed = [(p, last, spelling_key(last)) for p in full for last in (surname(p),)]
        key = spelling_key(name)
        found = [p for p, last, their in keyed if last != name and their == key]
        if len(found) == 1 and found[0] in table.actors:
            rename_actor(table, name, found[0])
