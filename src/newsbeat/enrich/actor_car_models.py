"""A car's model name, the make before it, or a vehicle told by colour or year: no actor."""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import rename_actor
from newsbeat.enrich.actor_table import ArticleActors

# A car's model name: "Model" and a letter or number ("Model Y", "Model 3"), "ID." and a
# number or a word ("ID. 4", "ID.4", "ID. Buzz").
_MODEL = r"(?:Model\s(?:[A-Z]|\d{1,2})|ID\.\s?(?:\d|[A-Z][a-z]+))\b"


_CAR_MODEL = re.compile(rf"(?:[A-Z][\w-]*\s)?{_MODEL}")


# What follows a mention that is part of a model's name: the model after its make ("Velo"
# of "the Velo ID. 4"), or the rest of the model NER cut off ("Velo Model" of "Velo Model Y",
# "ID" of "ID. 4").
_MODEL_AFTER = re.compile(rf"\s+{_MODEL}")


# A model's mark of one capital after a hyphen ("Mach-E"): the name of the model, or the rest of
# one NER cut at the hyphen ("Mustang Mach" of "Mustang Mach-E"); not a double name
# ("Holm-Berg").
_MARK_MODEL = re.compile(r"(?:[A-Z][\w-]*\s)*[A-Z][a-z]+-[A-Z]")


_MARK_AFTER = re.compile(r"-[A-Z]\b(?![-'’])")


_MODEL_REST = {"Model": re.compile(r"\s(?:[A-Z]|\d{1,2})\b"), "ID": re.compile(r"\.\s?\d\b")}


# A vehicle described by its colour or model year: "a silver 2009 Velo Ranger", "a 2007 silver
# Velo Ranger", "the silver Velo Ranger". A year alone only after "a" ("the 2012 Olympics" is an
# event, "a 2009 Harvard graduate" is cut by _HEADS_PHRASE). Our own list of colours.
_COLOURS = (
    r"(?:silver|black|white|red|blue|gr[ae]y|green|gold|maroon|tan|beige|brown|burgundy|"
    r"yellow|orange|purple|dark|light)"
)


_YEAR = r"(?:19|20)\d\d"


_VEHICLE_BEFORE = re.compile(
    rf"\b(?:[Aa]n?\s+(?:{_COLOURS}\s+)?{_YEAR}"
    rf"|(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:{_YEAR}\s+)?{_COLOURS}(?:\s+{_YEAR})?)\s+\Z"
)


# What may follow a vehicle's name heading its phrase: punctuation, the end, a capitalised word
# ("the silver Velo Ranger Kell was driving") or a function word; not a noun it qualifies nor
# a hyphen ("the orange Orsk County Jail - issued jumpsuit").
_HEADS_PHRASE = re.compile(
    r"(?!\s*-\s*[a-z])\s*(?:[^\w\s]|\Z|[A-Z]|(?:with|that|was|is|which|on|in|at)\b)"
)


_VEHICLE_REACH = 40  # characters looked at before a mention


# Labels of mentions no colour or model year makes a vehicle: a place, a group of people ("a
# white Democrat", "a black Muslim").
_NO_VEHICLE_LABELS = frozenset({"GPE", "NORP"})


def _persons_named_outside_vehicles(table: ArticleActors) -> set[str]:
    """The persons of the article with a mention not read as a described vehicle ("Dana
    Holm ... the tall, white Holm"): a colour before their name describes the person."""
    return {
        m.actor
        for m in table.mentions
        if (info := table.actors.get(m.actor)) is not None
        and info.type == "PERSON"
        and not _a_described_vehicle(table.text, m.start, m.end)
    }


def _a_described_vehicle(text: str, start: int, end: int) -> bool:
    """The mention is a vehicle described by its colour or model year (``_VEHICLE_BEFORE``),
    heading its phrase."""
    return (
        _VEHICLE_BEFORE.search(text, max(0, start - _VEHICLE_REACH), start) is not None
        and _HEADS_PHRASE.match(text, end) is not None
    )


def drop_car_models(table: ArticleActors) -> None:
    """Drop the mentions that are a car's model name or part of one (the make before it, a
    model cut short) or a vehicle described by its colour or model year ("a silver 2009 Velo
    Ranger", see ``_VEHICLE_BEFORE``), in place; an actor goes with its last mention. The
    colour or year reading is for names a vehicle's reading fits: no place or group of people
    ("a white Democrat"), no person the article names elsewhere outside such a phrase."""
    kept = []
    cut_short: set[str] = set()
    named_persons = _persons_named_outside_vehicles(table)
    text = table.text
    # every match of _MODEL holds "Model" or "ID.", every one of _MARK_MODEL and _MARK_AFTER a
    # hyphen (the first in the name, the second right after it): tried only where it can match
    models = "Model" in text or "ID." in text
    for m in table.mentions:
        rest = _MODEL_REST.get(m.actor.split()[-1])
        if rest is not None and rest.match(text, m.end):
            cut_short.add(m.actor)
        elif not (
            (("Model" in m.actor or "ID." in m.actor) and _CAR_MODEL.fullmatch(m.actor))
            or (models and _MODEL_AFTER.match(text, m.end))
            or ("-" in m.actor and _MARK_MODEL.fullmatch(m.actor))
            or (text.startswith("-", m.end) and _MARK_AFTER.match(text, m.end))
            or (
                m.label not in _NO_VEHICLE_LABELS
                and m.actor not in named_persons
                and _a_described_vehicle(text, m.start, m.end)
            )
        ):
            kept.append(m)
            continue
        table.drop_mention(m.actor)
    table.mentions = kept
    for name in cut_short & set(table.actors):
        # "Velo Model" whose other mentions are the make's own ("Velo said", merged into it)
        make = name.rsplit(" ", 1)[0] if " " in name else ""
        if make in table.actors:
            rename_actor(table, name, make)
        else:
            table.drop_actors({name})
