"""Animals named like people: no actors (issue 12 §3; ents32).

News names a pet, a horse or a zoo's animal the way it names a person: "the family's border
collie, named Velka, was found", "their dog, Velka,", "a mare called Velka", "Velka, a
three-year-old terrier,". NER types the name PERSON. Issue 12 §3 counts persons,
organisations, places and named groups as actors; an animal is none.

A name is an animal's when one of its mentions stands right beside an animal's noun written
in lower case (our own list, :data:`_ANIMALS`): after it and "named" or "called" ("dog named
Velka"), after it and a comma when a comma or a full stop closes the name ("collie, Velka,";
not "a dog, Lena Holm said"), or before a comma and the noun, at most three words between and
the noun ending the phrase ("Velka, a terrier,"; not "Holm, the owner of a dog," nor "Holm, a
dog trainer"). Nothing else may come between: "the dog's owner, Lena Holm" and "police dog
handler Per Ekdal" name people. The animal's other mentions go with it.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.name_context import letter_runs

__all__ = ["drop_animals", "may_name_animal"]

# Animals' nouns, lower case. Not words that name people too ("boxer", "shepherd", "pointer"),
# nor "bull" or "bear" (markets, teams), nor "cub" (a scout).
_ANIMALS = (
    "dog|dogs|puppy|pup|collie|terrier|spaniel|retriever|labrador|poodle|beagle|bulldog|"
    "greyhound|dachshund|rottweiler|alsatian|husky|mastiff|whippet|lurcher|cat|kitten|tabby|"
    "horse|pony|mare|stallion|gelding|colt|filly|foal|racehorse|donkey|parrot|budgie|hamster|"
    "rabbit|tortoise|goat|cow|calf|pig|lamb|panda|gorilla|chimpanzee|orangutan|elephant|"
    "giraffe|lioness|tiger|tigress|whale|dolphin|orca|penguin"
)
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
# "dog named Velka", "dog, called Velka"
_NAMED_ANIMAL = re.compile(rf"\b(?:{_ANIMALS}),?[ \t]+(?:named|called)[ \t]+({_NAME})\b")
# "collie, Velka," / "collie, Velka." (not "a dog, Lena Holm said": the name closes there)
_ANIMAL_COMMA = re.compile(rf"\b(?:{_ANIMALS}),[ \t]+({_NAME})(?=[ \t]*[,.;])")
# "Velka, a three-year-old terrier," (up to three words between, none of a phrase of its own:
# not "Holm, the owner of a dog,"; the noun ends the phrase: not "Holm, a dog trainer")
_BEFORE_ANIMAL = re.compile(
    rf"\b({_NAME}),[ \t]+(?:a|an|the|their|his|her|its)[ \t]+"
    rf"(?:(?!(?:of|with|and|for|to|who|whose|owner|owners)\b)[\w-]+[ \t]+){{0,3}}?"
    rf"(?:{_ANIMALS})(?=[ \t]*[,.;)])"
)
_PATTERNS = (_NAMED_ANIMAL, _ANIMAL_COMMA, _BEFORE_ANIMAL)
# Every match of the patterns holds an animal's noun between two characters that are no
# letters a-z, so that noun is one of the text's runs of letters a-z: a text none of whose
# runs is an animal's noun is not scanned (the runs, read once per text for several rules, in
# place of three whole-text scans that try a name or a noun at every word; most articles name
# no animal).
_ANIMAL_WORDS = frozenset(_ANIMALS.split("|"))


def may_name_animal(text: str) -> bool:
    """Whether the text has a run of letters a-z that is an animal's noun (the patterns of
    :func:`drop_animals` find nothing in a text without one)."""
    return not _ANIMAL_WORDS.isdisjoint(letter_runs(text))


def drop_animals(table: ArticleActors) -> None:
    """Drop the animals of the module docstring and their mentions, in place."""
    text = table.text
    if not may_name_animal(text):
        return
    starts: dict[int, str] = {}
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            starts[m.start(1)] = m.group(1)
    gone = {
        m.actor
        for m in table.mentions
        if m.start in starts
        and table.actors.get(m.actor) is not None
        and table.actors[m.actor].type == "PERSON"
        and m.actor.split()[0] == starts[m.start].split()[0]
    }
    if gone:
        table.drop_actors(gone)
