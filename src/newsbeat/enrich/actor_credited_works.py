"""Films, books and games credited to their makers: no actors (issue 12, entities; ents39b).

Entertainment copy names a maker's works without calling each one a film: "a seasoned
filmmaker (Velmaria, Orsk Bay)", "a script from Ana Holm (Kessel Nights)", "the Velmaria and
Orsk Bay director", "the 'Kessel Nights' and 'Orsk Bay' films", "'Kessel Nights' star Ivo
Brask". NER tags each title a person, an organisation or a place; a title is no actor. A
mention is a credited work when it is:

* inside brackets holding only titles (one to three, joined by commas or "and"), when the
  clause before the bracket (its last 80 characters, in the same sentence) holds a word of a
  maker or a work (:data:`_CREDIT_WORDS`: "filmmaker", "script", "movie", ...);
* a quoted title (single or double marks) right before a work noun, a maker noun or "star"
  (:data:`_AFTER_QUOTED`), or joined to such a title by "and" or a comma;
* a title right before "director", "filmmaker" or "screenwriter" that is joined to
  another title by "and" ("the Velmaria and Orsk Bay director"), or that the article types a
  person ("Orsk Bay screenwriter Ana Holm": no person's name stands before a maker noun).

Guards: a country, or a place of the gazetteer the article types a place ("a film-maker
(Kessel)" may be the maker's home town), a
word in capitals ("(AP)", "(CBS)") and a person's name that opens with a first name ("the
director (Ana Holm)") are never a title. Once one mention of a name is a credited work, its
other mentions in that article are the same work ("since Orsk Bay in 2003") and go too, unless
one of them acts (says something, has staff: :func:`~newsbeat.enrich.actor_things.acts`; a
credited mention's "director" after it is the work's, not staff).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_table import ArticleActors, known_place, lookup_country
from newsbeat.enrich.actor_things import acts
from newsbeat.enrich.names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["credited_work_spans", "drop_credited_works"]

# Words of a maker or of a work that make a bracket of titles their credits. Our own list.
_CREDIT_WORDS = re.compile(
    r"\b(?:film-?makers?|directors?|screenwriters?|script(?:writer)?s?|writers?|authors?"
    r"|novelists?|playwrights?|showrunners?|creators?|movies?|films?|novels?|books?"
    r"|games?|franchises?|credits?)\b",
    re.IGNORECASE,
)
# A title: one to six words, each capitalised or a number (small words of a title between).
_WORD = r"(?:[A-Z0-9][\w'’:-]*)"
_SMALL = r"(?:of|the|and|a|an|in|on|to|for|from|with)"
_TITLE = rf"{_WORD}(?:[ \t]+(?:{_SMALL}[ \t]+)*{_WORD}){{0,5}}"
_BRACKET = re.compile(
    rf"\([ \t]*[\"“]?[ \t]*({_TITLE})[ \t]*[\"”]?[ \t]*"
    rf"(?:(?:,|[ \t]and)[ \t]*[\"“]?[ \t]*({_TITLE})[ \t]*[\"”]?[ \t]*){{0,2}}\)"
)
_ITEM_SEP = re.compile(r",|[ \t]and[ \t]")
_ITEM_MARKS = ' \t"“”'
# Nouns after a quoted title that make it a work's title. Our own list.
_AFTER_QUOTED = (
    r"(?:films?|movies?|books?|novels?|games?|series|franchises?|sequels?|trilogy|saga"
    r"|director|filmmaker|screenwriter|writer|author|creator|star|stars|actor|actress|cast)"
)
_QUOTED = rf"[\"“‘'][ \t]*({_TITLE})[ \t]*[\"”’']"
_QUOTED_BEFORE_NOUN = re.compile(
    rf"(?<![\w'’]){_QUOTED}(?:[ \t]*(?:,|and)[ \t]*{_QUOTED})?[ \t]+{_AFTER_QUOTED}\b"
)
_MAKER_AFTER = re.compile(r"[ \t]+(?:director|filmmaker|film-maker|screenwriter)\b")
_AND_TITLE_BEFORE = re.compile(rf"({_TITLE})[ \t]+and[ \t]+\Z")
_AND_TITLE_AFTER = re.compile(rf"[ \t]+and[ \t]+({_TITLE})(?=[ \t]+(?:director|filmmaker)\b)")
_CAPITALS = re.compile(r"[A-Z0-9.&-]+")


def _a_title(words: str, people: set[str], places: frozenset[str] = frozenset()) -> bool:
    """Not a country, not capitals, not a person's name that opens with a first name, not a
    place of the gazetteer that the article types a place (``places``)."""
    words = words.strip()
    if not words or _CAPITALS.fullmatch(words) or lookup_country(words) is not None:
        return False
    if words in places and known_place(words):
        return False
    return not (words in people and " " in words and is_first_name(words.split()[0]))


def _bracket_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a bracket's items between ``start`` and ``end``, split at commas and
    "and", their quotation marks and spaces left out."""
    items: list[tuple[int, int]] = []
    at = start
    for cut in [*_ITEM_SEP.finditer(text, start, end), None]:
        stop = cut.start() if cut is not None else end
        a, b = at, stop
        while a < b and text[a] in _ITEM_MARKS:
            a += 1
        while b > a and text[b - 1] in _ITEM_MARKS:
            b -= 1
        if a < b:
            items.append((a, b))
        at = cut.end() if cut is not None else end
    return items


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens (after the last ". ", "! ", "? " or newline)."""
    cut = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
    return max(cut + 2 if cut >= 0 else 0, text.rfind("\n", 0, at) + 1)


def credited_work_spans(
    text: str, people: set[str], places: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """The character spans of the titles the text credits to a maker (see the module
    docstring); ``people``: the article's names typed a person, ``places``: typed a place."""
    spans: list[tuple[int, int]] = []
    if "(" in text:
        for m in _BRACKET.finditer(text):
            lead = text[max(_sentence_start(text, m.start()), m.start() - 80) : m.start()]
            if not _CREDIT_WORDS.search(lead):
                continue
            items = _bracket_items(text, m.start() + 1, m.end() - 1)
            if items and all(_a_title(text[s:e], people, places) for s, e in items):
                spans.extend(items)
    for m in _QUOTED_BEFORE_NOUN.finditer(text):
        for group in (1, 2):
            if m.group(group) and _a_title(m.group(group), people, places):
                spans.append(m.span(group))
    return spans


def _before_maker(
    text: str, start: int, end: int, name: str, people: set[str], places: frozenset[str]
) -> bool:
    """The mention is a title right before a maker noun, joined to another title by "and",
    or typed a person (see the module docstring)."""
    if not _MAKER_AFTER.match(text, end) or not _a_title(name, set(), places):
        return False
    if name in people and not is_first_name(name.split()[0]):
        return True
    before = _AND_TITLE_BEFORE.search(text, max(0, start - 60), start)
    return bool(before and _a_title(before.group(1), people, places))


def drop_credited_works(doc: Doc, table: ArticleActors) -> None:
    """Drop the credited works of the module docstring, in place."""
    text = table.text
    people = {name for name, info in table.actors.items() if info.type == "PERSON"}
    places = frozenset(n for n, info in table.actors.items() if info.type in {"GPE", "LOC"})
    spans = credited_work_spans(text, people, places)
    credited: set[str] = set()
    at: set[int] = set()  # where the credited mentions open
    for m in table.mentions:
        inside = any(s <= m.start and m.end <= e for s, e in spans)
        after = _AND_TITLE_AFTER.match(text, m.end)
        if (
            inside
            or _before_maker(text, m.start, m.end, m.actor, people, places)
            or (after and _before_maker(text, *after.span(1), after.group(1), people, places))
        ):  # the last: "the Velmaria and Orsk Bay director", Velmaria
            credited.add(m.actor)
            at.add(m.start)
    if not credited:
        return
    spans_of = spans_by_actor(doc, table)
    table.drop_actors(
        {
            name
            for name in credited
            if not acts(doc, text, [s for s in spans_of.get(name, []) if s.start_char not in at])
        }
    )
