"""A surname NER typed a place, that the article itself shows to be a person (issue 12, item 3).

The small English model tags some surnames as places ("Palin stopped by the church"), and a
town of the same name in the gazetteer cannot tell them apart. A one-word "place" that is no
country, state or capital, and that the article never writes as a place in full, becomes a
person when one of its mentions carries a person's mark:

* a title or an honorific right before it ("Governor Palin", "Mrs Palin");
* a relative clause on a person ("Palin, who was also the candidate");
* an appositive naming a person's role ("directed at Palin, the failed vice presidential
  candidate").

"Velmar, which lies on the coast", "Velmar, the capital of Kaldria" or the town of an address
("of Newton Street, Velmar, who") keep the place, and so
does a word written as no surname is ("Sen. Henry Jackson, D-Wash., who backed …").

A one-word place or group (NORP) no gazetteer, country or nationality table knows, and that the
text never writes in lower case, is a person by three more marks a place or a people never
takes (read29's ECB+ dev read; "Wladimir Klitschko" tagged NORP with "Wladimir" left out):

* a known first name right before it, itself no mention of another actor, no place and no
  word the text writes in lower case ("Wladimir Klitschko"; not "In Patras", "Will Velmar");
* an age right after it ("Gupta, 39, has accepted");
* a possessive of a relative or a lawyer ("Lohan's lawyer", "Singh's daughter").

A group's word shaped as one ("Socialist", "Islamists", "Democrats") keeps the group.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsbeat.enrich.actor_merge import retype_actor
from newsbeat.enrich.actor_residence import town_of_an_address
from newsbeat.enrich.actor_role_nouns import PERSON_ROLE_NOUNS, role_alternation
from newsbeat.enrich.actor_table import HONORIFICS, ArticleActors, known_place, lookup_country
from newsbeat.enrich.function_words import FUNCTION_WORDS
from newsbeat.enrich.name_context import written_as_word
from newsbeat.enrich.names import is_first_name, place_kind

__all__ = ["type_people_by_cues"]

# Kinds of gazetteer places a person's surname is never taken from.
_LARGE_PLACES = frozenset({"country", "state", "capital"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_WHO_AFTER = re.compile(r",\s+who\s")
# Nouns of people's roles an appositive may end with, after up to five modifiers
# (actor_role_nouns: the narrower list).
_ROLE_NOUN = role_alternation(PERSON_ROLE_NOUNS)
# Words that would tie the role to someone else ("the home of the mayor").
_LINKS = r"(?:of|in|for|with|from|to|whose|by|at)"
_ROLE_AFTER = re.compile(
    rf",\s+(?:a|an|the|his|her|their)\s+(?:(?!{_LINKS}\b)[\w'’-]+\s+){{0,5}}?{_ROLE_NOUN}"
    r"(?=\s*[,.;])"
)
_TITLE_BEFORE = re.compile(r"\b(?:Gov|Sen|Rep|Gen|Mr|Mrs|Ms|Dr)\.?\s+$")
_UNKNOWN_LABELS = frozenset({"GPE", "LOC", "NORP"})
# an age, not a count with its thousands spaced ("In Velmar, 10, 000 marched")
_AGE_AFTER = re.compile(r",\s+\d{1,3}\s*,(?!\s*\d)")
# ECB+ spaces its possessives ("Lohan ’ s lawyer")
_KIN_AFTER = re.compile(
    r"\s?['’]\s?s\s+(?:lawyer|attorney|wife|husband|son|daughter|mother|father|brother|sister"
    r"|girlfriend|boyfriend|fiancée?|widow|parents|children)\b"
)
# The shapes of a group's word: "Socialist", "Islamic", "Democrats", "Uzbeks".
_GROUP_WORD = re.compile(r".*(?:ists?|ics?|ians?|ans?|ese|ish|ites?|is|s)")


def type_people_by_cues(table: ArticleActors) -> None:
    """Apply the rule of the module docstring to an article's actors, in place."""
    for name, info in list(table.actors.items()):
        if info.type not in _PLACE_LABELS or " " in name or info.iso3 or not _surname_like(name):
            continue
        if place_kind(name) in _LARGE_PLACES or lookup_country(name) is not None:
            continue
        if town_of_an_address(name, table.text):
            continue  # "Holm, of Newton Street, Millom, who ...": the "who" is Holm
        mentions = [m for m in table.mentions if m.actor == name]
        if any(m.label == "PERSON" and m.title for m in mentions) or any(
            _person_cue(table.text, m.start, m.end) for m in mentions
        ):
            retype_actor(table, name, "PERSON")
    _type_unknown_people(table)


def _type_unknown_people(table: ArticleActors) -> None:
    """The three marks of the module docstring's second paragraph, in place."""
    for name, info in list(table.actors.items()):
        if info.type not in _UNKNOWN_LABELS or " " in name or info.iso3 or info.roles:
            continue
        if not _surname_like(name) or not name.isalpha():
            continue
        if known_place(name):
            continue
        if info.type == "NORP" and _GROUP_WORD.fullmatch(name):
            continue
        if written_as_word(table.text, name.lower()):
            continue  # the name written in lower case too (no pattern compiled per name)
        mentions = [m for m in table.mentions if m.actor == name]
        if any(_unknown_person_mark(table, m.start, m.end) for m in mentions):
            table.actors[name].type = "PERSON"
            table.mentions = [
                replace(m, label="PERSON") if m.actor == name else m for m in table.mentions
            ]


def _unknown_person_mark(table: ArticleActors, start: int, end: int) -> bool:
    text = table.text
    if _AGE_AFTER.match(text, end) or _KIN_AFTER.match(text, end):
        return True
    if start < 2 or text[start - 1] != " ":
        return False
    word_start = start - 1
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    first = text[word_start : start - 1]
    if not (first[:1].isupper() and first[1:].islower() and is_first_name(first)):
        return False
    # the name list holds words of the language too ("In", "The", "Will"): a first name is
    # no stop word (spaCy's list) or function word, and the text never writes it in lower case
    from spacy.lang.en.stop_words import STOP_WORDS  # spaCy is loaded when there is a parse

    low = first.lower()
    if low in STOP_WORDS or low in FUNCTION_WORDS or written_as_word(text, low):
        return False
    if word_start > 0 and text[word_start - 1] not in ' \n"“(':
        return False
    if known_place(first):
        return False
    return table.actor_at(word_start, start - 1) is None


def _surname_like(name: str) -> bool:
    """A word written as a surname: a capital, then a small letter, no hyphen ("D-Wash", the
    party and state after a lawmaker's name, is none)."""
    return name[:1].isupper() and name[1:2].islower() and "-" not in name


def _person_cue(text: str, start: int, end: int) -> bool:
    """Whether the words around one mention mark a person (see the module docstring)."""
    before = text[max(0, start - 12) : start]
    words = before.split()
    if words and words[-1].lower() in HONORIFICS and before.endswith(" "):
        return True
    if _TITLE_BEFORE.search(before):
        return True
    return bool(_WHO_AFTER.match(text, end) or _ROLE_AFTER.match(text, end))
