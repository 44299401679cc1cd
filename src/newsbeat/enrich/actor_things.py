"""Names of things, not actors: products, works, awards and programmes (issue 12, item 3).

NER tags a laptop, a car, a film or an award as an organisation, a person or a place. What
the text says of the name decides instead:

* a name with an award's word ("the Velmar Prize", "an Award for Best Score") is an award;
* unless it acts (says something, has staff): a name ending in an event's head word ("the
  Velmar Air Show") is an event, one ending in a plan's ("the Harbour Development Plan") a
  document, a name ending in a venue's word ("the Orsk Arena", "the Kessel Amphitheatre",
  "the Statehouse", "the Tamsin Assembly Facility") is a building, as NER's facilities are, and a
  one-word name that always follows a model number ("the 787 Max jet") is part of a model's
  name (a first name after three digits or more);
* the text calls it a thing: "X is a game", "the sequel, X", "the novel X";
* weaker cues, each overruled when the name acts like an actor anywhere in the article (it
  says, tells or announces something; it has a spokesman or a chief):
  - the article's NER tags the same name as a work where the text quotes it as a title
    ("the sequel 'X'"), or as a product or law with a model number ("X 55");
  - "his X", "in her X" with nothing after the name (a possession, not "his X teammates");
  - a size before it: "the 13-inch X";
  - "all X we make", "this X": a name used as a common noun;
  - (that mention only, for a maker the package knows or a name written as a model, whoever
    the name is) "a X", "an old X", "the new X" heading its phrase: one item of many, a car
    or a phone, not its maker ("a Honda", "the new Skoda"); never a body or a team ("the
    new Parliament said", "beat a Chelsea that looked tired");
  - every mention of it names the kind of a device: "a X display", "the best X phone";
  - every mention of it is in a list of what a product comes with: "comes standard with X
    and Y, as well as Z", "equipped with X";
  - initials the text defines for a name that is no actor: NER gives the name no actor's
    label there ("its Internet Explorer (IE) web browser", "the Endangered Species Act (ESA)",
    a law) and the article never makes it an organisation or a place; or for a phrase in lower
    case ("hypersensitivity pneumonitis (HP)", a disease);
  - a name the text gives release versions: two different ones ("X 7" and "X 8", "X6"
    beside "X"), or a dotted one ("X 3.05"). A single small number after a name is too
    often something else ("Channel 4", a team's yard line, a score) to count alone.

A dropped thing takes with it the actors named after it ("X Pro", "Xs") that do not act.

A car's model name is a product: each mention of "Model Y", "ID. 4", "Mach-E" (a hyphen and one
capital), of a make right before one ("Velo" of "the Velo ID. 4") and of a model NER cut short
("Velo Model" before "Y", "Velo Mach" before "-E") goes
(:func:`drop_car_models`); the make's other mentions stay, and a cut-short model's other
mentions are the make's when the make is an actor (else they go too).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_merge import kind_of_person, rename_actor
from newsbeat.enrich.actor_table import ArticleActors, clean_name, lookup_country
from newsbeat.enrich.doc_arrays import (
    children,
    dep_id,
    doc_arrays,
    doc_ents,
    expanded_bounds,
    heads,
    lemmas_lower,
    like_nums,
    lower_flags,
    lowers,
    pos_id,
    quote_flags,
    span_root,
    texts,
    token_offsets,
    word_ids,
)
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.name_context import found_case_blind, occurrences
from newsbeat.enrich.name_spans import org_heads
from newsbeat.enrich.names import common_phrase_initials, initials_definitions, place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = [
    "THING_LABELS",
    "MentionSpan",
    "acts",
    "drop_car_models",
    "drop_owned_titles",
    "drop_things",
    "mention_span",
    "spans_by_actor",
]

THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_AWARD_WORDS = frozenset({"award", "awards", "prize", "prizes", "medal", "trophy"})
# Head words that make an award's name a body that gives it ("the Velmar Prize Committee").
_BODY_ENDS = frozenset(
    {"committee", "foundation", "board", "academy", "jury", "council", "society", "trust"}
)
# What the text may call a thing. Our own list of common nouns.
_THING_NOUNS = frozenset(
    {
        "game", "film", "movie", "book", "novel", "song", "album", "show", "series",
        "sequel", "prequel", "franchise", "musical", "documentary", "episode", "poem",
        "painting", "sitcom", "trilogy", "memoir", "videogame", "phone", "smartphone", "laptop",
        "computer", "tablet", "car", "vehicle", "suv", "sedan", "coupe", "hatchback",
        "console", "app", "device", "gadget", "notebook", "headset", "programme", "program",
        "grant", "award", "prize", "disease", "plague", "pandemic", "drug", "vaccine",
        "condition", "illness", "syndrome", "disorder", "infection",
        "work", "artwork", "installation", "sculpture", "mural", "statue", "exhibit",
        "adaptation", "installment", "instalment",
    }
)  # fmt: skip
# The kind of device a brand or feature name qualifies ("a X display").
_DEVICE_NOUNS = frozenset(
    {
        "display", "displays", "screen", "screens", "phone", "phones", "smartphone",
        "smartphones", "laptop", "laptops", "tablet", "tablets", "keyboard", "keyboards",
        "device", "devices", "app", "apps", "console", "consoles", "processor", "processors",
        "chip", "chips", "headphones", "earbuds", "charger", "models", "users", "owners",
        "lander", "landers", "rover", "rovers", "vehicle", "vehicles", "rocket", "rockets",
        "spacecraft", "capsule", "capsules", "grille", "grill", "sedan", "sedans",
    }
)  # fmt: skip
# Device nouns that end a product's own name ("the Velo Keyboard"); not "monitor", "display"
# or "phone", which end outlets' and companies' names too.
_DEVICE_NAME_ENDS = frozenset({"keyboard", "keyboards", "laptop", "tablet", "earbuds", "rover"})
_INDEFINITE = frozenset({"a", "an"})
_QUOTES = "\"'“”‘’"
_Q1 = frozenset(_QUOTES)
# A model number: two or more digits, not a year ("X 55", "X 737").
_MODEL_NUMBER = re.compile(r"(?!(?:19|20)\d\d\b)\d{2,4}")
_LONG_MODEL_NUMBER = re.compile(r"(?!(?:19|20)\d\d\b)\d{3,4}")
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "your", "our"})
_COMMON_USE = frozenset({"all", "every", "each", "this", "these", "those", "any"})
_OWNED_OR_COMMON = _POSSESSIVE_DETERMINERS | _COMMON_USE
# "a 6.1-inch Velo", "a 6.1in Velo"; "in" only glued or hyphened: "on June 9 in Kittby" is a
# date and a place, no size.
_SIZE_BEFORE = re.compile(
    r"\b\d+(?:\.\d+)?(?:[- ]?(?:inch|mm|cm|litre|liter|megapixel|core|cylinder|door)|-?in)\s+\Z",
    re.IGNORECASE,
)
# What an actor does that no thing does.
_SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "announce", "report", "state", "confirm", "deny", "explain", "claim",
        "add", "warn", "promise", "insist", "argue", "declare", "reveal", "suggest", "decline",
        "refuse", "respond", "reply", "comment",
    }
)  # fmt: skip
_STAFF_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:spokesman|spokeswoman|spokesperson|chief|ceo|president|executive|"
    r"director|official|officials|founder|chairman|employees|staff)\b",
    re.IGNORECASE,
)


def drop_things(doc: Doc, table: ArticleActors) -> None:
    """Remove the actors that are things (see the module docstring), in place."""

    thing_spans = (
        _thing_label_names(doc, clean_name)
        | _initials_of_things(doc, table)
        | versioned_names(table.text, list(table.actors))
    )
    spans_of = spans_by_actor(doc, table)
    # the text can call a name a thing only with a word of _THING_NOUNS (see _called_a_thing)
    may_call = not _THING_NOUNS.isdisjoint(lemmas_lower(doc))
    # else no name is written as a title
    may_title = found_case_blind(table.text, _WORK_NOUN_LOWER, _WORK_NOUN)
    dropped: list[str] = []
    dropped_mentions: set[tuple[int, int]] = set()
    for name, info in list(table.actors.items()):
        if info.type == "GROUP" or info.iso3 or lookup_country(name) is not None:
            continue
        spans = spans_of.get(name, [])
        called = [s for s in spans if _called_a_thing(doc, s)] if may_call else []
        acting = acts(doc, table.text, spans)
        protected = _protected(name, info.type)
        kept = protected or acting
        if (
            _is_award(name)
            or (not kept and _an_award(table.text, spans))
            or (called and not kept)
            or (may_title and not (protected or _speaks(doc, spans)) and _titled(table.text, name))
            or (not acting and (_is_event(name) or _is_venue(name)))
            or (not acting and _model_suffix(doc, name, spans))
        ):
            dropped.append(name)
        elif called:
            # "a movie, The Notorious Lena Holm": that mention is the film, she is still she
            dropped_mentions.update((s.start_char, s.end_char) for s in called)
        elif not kept:
            owned = info.type in {"ORG", "GPE", "LOC"} and any(
                _owned_or_sized(doc, s) for s in spans
            )
            # a device's kind is said of no person either ("its Skyhook lander" tagged PERSON)
            device = info.type in {"ORG", "GPE", "LOC", "PERSON"} and (
                name.split()[-1].lower() in _DEVICE_NAME_ENDS
                or (bool(spans) and all(_qualifies_a_device(doc, s) for s in spans))
            )
            # "comes standard with X and Y, as well as Z": equipment, features
            equipment = bool(spans) and all(_listed_as_equipment(table.text, s) for s in spans)
            weak = owned or device or equipment
            if weak or name in thing_spans:
                dropped.append(name)
        if name not in dropped and not _protected(name, info.type) and _a_make_or_model(name):
            # "a Honda", "the new Skoda": that mention is a car or a phone, the maker is not
            dropped_mentions.update((s.start_char, s.end_char) for s in spans if _a_product(doc, s))
    for thing in list(dropped):
        for name in list(table.actors):
            if (
                name not in dropped
                and _named_after(name, thing)
                and not acts(doc, table.text, spans_of.get(name, []))
            ):
                dropped.append(name)
    for name in dropped:
        table.actors.pop(name, None)
    if dropped or dropped_mentions:
        gone = set(dropped)  # popped above: dropping one of their mentions counts nothing
        table.drop_mentions(
            lambda m: m.actor in gone or _span_key(doc, m.start, m.end) in dropped_mentions
        )


def _span_key(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = mention_span(doc, start, end)
    return (span.start_char, span.end_char) if span is not None else None


class MentionSpan(NamedTuple):
    """A mention's span of the parse, ``doc.char_span(start, end, "expand")``, as its token
    bounds and character offsets: the rules read the words around it from the doc's columns,
    no span and token objects are made."""

    start: int
    end: int
    start_char: int
    end_char: int


def mention_span(doc: Doc, start: int, end: int) -> MentionSpan | None:
    """The :class:`MentionSpan` of the characters ``start:end`` (None where spaCy's
    ``char_span`` gives none), from the token bounds the earlier actor passes asked for."""
    bounds = expanded_bounds(doc, start, end)
    if bounds is None:
        return None
    first, last = bounds
    offsets = token_offsets(doc)
    start_char = offsets[first] if first < len(offsets) else len(doc_text(doc))
    if first == last:
        return MentionSpan(first, last, start_char, start_char)
    return MentionSpan(first, last, start_char, offsets[last - 1] + len(texts(doc)[last - 1]))


def spans_by_actor(doc: Doc, table: ArticleActors) -> dict[str, list[MentionSpan]]:
    """Each actor's mentions as :class:`MentionSpan`\\s of the parse."""
    out: dict[str, list[MentionSpan]] = {}
    for m in table.mentions:
        span = mention_span(doc, m.start, m.end)
        if span is not None:
            out.setdefault(m.actor, []).append(span)
    return out


@lru_cache(maxsize=32)
def _pos_ids(*names: str) -> frozenset[int]:
    """The ids of these coarse parts of speech (see :func:`~doc_arrays.pos_id`)."""
    return frozenset(pos_id(name) for name in names)


@lru_cache(maxsize=32)
def _dep_ids(*labels: str) -> frozenset[int]:
    """The ids of these dependency labels (see :func:`~doc_arrays.dep_id`)."""
    return frozenset(dep_id(label) for label in labels)


def _protected(name: str, type_: str) -> bool:
    """A country, capital or US state, or a person with a known first name: weak cues never
    make these things."""
    return place_kind(name) in {"country", "capital", "state"} or (
        type_ == "PERSON" and kind_of_person(name)
    )


def _thing_label_names(doc: Doc, clean: Callable[[str], str]) -> set[str]:
    """The names NER tags as a thing where the text also says so: a work whose title is in
    quotation marks ("'X' sequel"), a product or law with a model number ("X 55 quattro",
    not a year). NER alone tags teams, ships and magazines as products and works too."""
    out: set[str] = set()
    text = doc_text(doc)
    for ent in doc_ents(doc):
        if ent.label_ == "WORK_OF_ART":
            # the marks right around the name, or taken into the span by NER
            opened = ent.text[:1] in _QUOTES or text[ent.start_char - 1 : ent.start_char] in _Q1
            after = text[ent.end_char : ent.end_char + 2].lstrip(",.")
            closed = ent.text[-1:] in _QUOTES or after[:1] in _Q1
            if ent.start_char > 0 and opened and closed:
                out.add(clean(ent.text.strip(_QUOTES)))
        elif ent.label_ in THING_LABELS:
            words = [t for t in ent if not t.is_punct]
            numbers = [i for i, t in enumerate(words) if _MODEL_NUMBER.fullmatch(t.text)]
            if numbers and numbers[0] > 0:
                first = numbers[0]
                if all(t.is_lower or t.like_num for t in words[first:]):
                    out.add(clean(" ".join(t.text for t in words[:first])))
    return {name for name in out if name[:1].isupper()}


# NER labels that name an actor (a facility such as "Kessel Airport (KSL)" is left alone too)
_ACTOR_NER = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _initials_of_things(doc: Doc, table: ArticleActors) -> set[str]:
    """Initials the text defines for a name that names no actor, and the name (the module
    docstring)."""
    if "(" not in table.text:
        return common_phrase_initials(table.text)
    bodies = {a.name for a in table.actors.values() if a.type in {"ORG", "GPE", "LOC", "GROUP"}}
    out: set[str] = set()
    for start, end, initials in initials_definitions(table.text):
        name = table.text[start:end]
        if any(
            e.label_ in _ACTOR_NER
            for e in doc_ents(doc)
            if e.start_char < end and start < e.end_char
        ):
            continue
        covering = {m.actor for m in table.mentions if m.start < end and start < m.end}
        if covering & bodies or any(b.endswith(name) for b in bodies):
            continue
        out.update((initials, name))
    return out | common_phrase_initials(table.text)


# Head words of an event's name ("the Velmar Air Show", "the Orsk Cup"); not "conference" or
# "games" (leagues and studios bear them), not "fair" (a magazine).
_EVENT_ENDS = frozenset(
    {"show", "expo", "summit", "festival", "cup", "marathon", "tournament", "championships"}
)
# Head words of a plan's or a roadmap's name ("the Third Harbour Development Plan"): a
# document, no actor, as an event is none.
_PLAN_ENDS = frozenset({"plan", "roadmap", "blueprint"})


def _is_event(name: str) -> bool:
    """ "Velmar Air Show": an event's head word (or a plan's: "the Harbour Development Plan")
    ends a name of two words or more."""
    words = name.lower().split()
    return len(words) >= 2 and (words[-1] in _EVENT_ENDS or words[-1] in _PLAN_ENDS)


# Head words of a venue's or a public building's name ("the Orsk Arena"); not "center" or
# "hall", which end institutes' and councils' names too ("the Kessel Research Center"), nor
# "jail", which the entity gold types as an institution ("the Orsa County Jail").
_VENUE_ENDS = frozenset(
    {
        "arena", "stadium", "theater", "theatre", "amphitheatre", "amphitheater", "pavilion",
        "coliseum", "colosseum", "ballpark", "speedway", "velodrome", "fieldhouse", "statehouse",
        "facility",
    }
)  # fmt: skip
# Venue words that are a building's whole name alone ("the Statehouse"); "Arena" alone may
# be a company.
_VENUE_WORDS = frozenset({"statehouse", "fieldhouse", "ballpark", "courthouse"})


def _is_venue(name: str) -> bool:
    """ "Orsk Arena", "Statehouse": a venue's or public building's name (see above)."""
    words = name.lower().split()
    return (len(words) >= 2 and words[-1] in _VENUE_ENDS) or (
        len(words) == 1 and words[0] in _VENUE_WORDS
    )


def _model_suffix(doc: Doc, name: str, spans: list[MentionSpan]) -> bool:
    """Every mention of a one-word name follows a model number ("the 787 Max jet"): a model's
    name. A first name needs three digits or more before it ("mother of 13 Ann Kerr" is a
    mother of thirteen)."""
    if " " in name:
        return False
    pattern = _LONG_MODEL_NUMBER if kind_of_person(name) else _MODEL_NUMBER
    if not spans:
        return False
    numbers, words = like_nums(doc), texts(doc)
    return all(
        s.start > 0 and numbers[s.start - 1] and pattern.fullmatch(words[s.start - 1]) is not None
        for s in spans
    )


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
    for m in table.mentions:
        rest = _MODEL_REST.get(m.actor.split()[-1])
        if rest is not None and rest.match(table.text, m.end):
            cut_short.add(m.actor)
        elif not (
            _CAR_MODEL.fullmatch(m.actor)
            or _MODEL_AFTER.match(table.text, m.end)
            or _MARK_MODEL.fullmatch(m.actor)
            or _MARK_AFTER.match(table.text, m.end)
            or (
                m.label not in _NO_VEHICLE_LABELS
                and m.actor not in named_persons
                and _a_described_vehicle(table.text, m.start, m.end)
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


# A title owned by a person: "Martin Scorsese's The Departed" (a film), "Holm's The Long
# Harbour" (a book): "The" after a name's possessive, inside the mention or just before it. No
# person's name starts with "The".
_OWNER_BEFORE = re.compile(r"[A-Z][\w.-]*['’]s\s+(The\s+)?\Z")
_OWNER_REACH = 40  # characters looked at before a mention for the owner's possessive


def drop_owned_titles(table: ArticleActors) -> None:
    """Drop each person's mention that is "The ..." right after a name's possessive (a work
    of that person, see ``_OWNER_BEFORE``), in place; an actor goes with its last mention."""
    table.drop_mentions(lambda m: m.label == "PERSON" and _owned_title(table.text, m.start))


def _owned_title(text: str, start: int) -> bool:
    """Whether the mention at ``start`` is "The ..." right after a name's possessive."""
    before = _OWNER_BEFORE.search(text, max(0, start - _OWNER_REACH), start)
    return before is not None and (before.group(1) is not None or text.startswith("The ", start))


def _is_award(name: str) -> bool:
    """ "Velmar Prize", "Award for Best Score": an award's word, not a body's name."""
    words = name.lower().split()
    if not words or words[-1] in _BODY_ENDS:
        return False
    return bool(_AWARD_WORDS & set(words)) or " for best " in f" {name.lower()} "


def _called_a_thing(doc: Doc, span: MentionSpan) -> bool:
    """The text calls the name a thing: "X is a game", "X, a film", "the sequel, X", "the
    novel X", "a condition called X" (not "the film Holm directed": a subject of a verb is
    someone). Each way needs a token whose lower-cased lemma is one of ``_THING_NOUNS``."""
    arrays, head, kids = doc_arrays(doc), heads(doc), children(doc)
    dep, lemma, quote = arrays.dep, lemmas_lower(doc), quote_flags(doc)
    root = span_root(doc, span.start, span.end)
    up = head[root]
    if (
        dep[root] == dep_id("nsubj")
        and arrays.lemma[up] in word_ids(("be",))
        and any(dep[c] == dep_id("attr") and lemma[c] in _THING_NOUNS for c in kids[up])
    ):
        return True
    n = len(head)
    after = span.end if span.end < n else None
    quoted = after is not None and quote[after] and span.start > 0 and quote[span.start - 1]
    if after is not None and quote[after]:
        after = span.end + 1 if span.end + 1 < n else None
    if after is not None and arrays.pos[after] in _pos_ids("VERB", "AUX") and not quoted:
        return False  # "the film Holm directed": Holm; 'his movie "Ted" preceded': a title
    if any(dep[c] == dep_id("appos") and lemma[c] in _THING_NOUNS for c in kids[root]):
        return True
    if dep[root] == dep_id("appos") and lemma[up] in _THING_NOUNS:
        return True
    before = span.start - 1
    while before >= 0 and quote[before]:
        before -= 1
    if _named_after_thing(doc, before):
        return True
    return (
        before >= 0
        and lower_flags(doc)[before]
        and arrays.pos[before] == pos_id("NOUN")
        and lemma[before] in _THING_NOUNS
    )


def _named_after_thing(doc: Doc, before: int) -> bool:
    """ "a condition called X", "a drug known as X": the token at ``before`` ends "called",
    "named", "dubbed" or "known as" after a thing's noun."""
    words = lowers(doc)
    if before >= 2 and words[before] == "as" and words[before - 1] == "known":
        before -= 1
    return (
        before >= 1
        and words[before] in {"called", "named", "dubbed", "known"}
        and lemmas_lower(doc)[before - 1] in _THING_NOUNS
    )


def acts(doc: Doc, text: str, spans: list[MentionSpan]) -> bool:
    """The name says, tells or announces something, or has staff ("X spokesman")."""
    return _speaks(doc, spans) or any(_STAFF_AFTER.match(text, s.end_char) for s in spans)


def _speaks(doc: Doc, spans: list[MentionSpan]) -> bool:
    """The name says, tells or announces something (a film has a director, but says nothing)."""
    if not spans:
        return False
    dep, head, lemma = doc_arrays(doc).dep, heads(doc), lemmas_lower(doc)
    subjects = (dep_id("nsubj"), dep_id("nsubjpass"))
    for s in spans:
        root = span_root(doc, s.start, s.end)
        if dep[root] in subjects and lemma[head[root]] in _SPEECH_LEMMAS:
            return True
    return False


def _owned_or_sized(doc: Doc, span: MentionSpan) -> bool:
    """ "in his X" (nothing after the name), "the 13-inch X", "all X we make", "a new X"."""
    pos, words = doc_arrays(doc).pos, lowers(doc)
    before = span.start - 1 if span.start > 0 else None
    after = span.end if span.end < len(pos) else None
    head_of_phrase = after is None or pos[after] in _pos_ids(
        "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON"
    )
    if head_of_phrase and before is not None and words[before] in _OWNED_OR_COMMON:
        return True
    # "a new X", "an old X": one of many, a thing bought, not a body
    if (
        head_of_phrase
        and before is not None
        and pos[before] == pos_id("ADJ")
        and span.start > 1
        and words[span.start - 2] in _INDEFINITE
    ):
        return True
    text = doc_text(doc)
    return _SIZE_BEFORE.search(text, max(0, span.start_char - 24), span.start_char) is not None


# Makes of cars and phones news writes as one item ("a Honda", "the new Skoda") that the
# companies list leaves out (also a surname, a word or too small a company), and brands used
# for the thing itself ("a Dumpster", "a Taser"). Our own list.
_MAKES = frozenset(
    {
        "Audi", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Dodge", "Ferrari",
        "Fiat", "Ford", "Huawei", "Hyundai", "Jeep", "Kia", "Lamborghini", "Lexus", "Mazda",
        "Mercedes", "Mercedes-Benz", "Mitsubishi", "Nissan", "Nokia", "Peugeot", "Porsche",
        "Prius", "Renault", "Rivian", "Samsung", "Skoda", "Subaru", "Suzuki", "Tesla",
        "Toyota", "Volkswagen", "Volvo", "Xiaomi",
        "Dumpster", "Humvee", "Jacuzzi", "Segway", "Taser",
    }
)  # fmt: skip


def _a_make_or_model(name: str) -> bool:
    """A name the package knows as a maker (the companies list, ``_MAKES``) or written as a
    model ("Mach-E"): only these are items after "a" or "the new". A body ("the new
    Parliament"), a team ("a Chelsea that looked tired") or an unknown name is never."""
    return is_known_company(name) or name in _MAKES or _MARK_MODEL.fullmatch(name) is not None


# Adjectives that make "the X" one model or item among others ("the new Skoda").
_PRODUCT_ADJECTIVES = frozenset(
    {"new", "latest", "redesigned", "updated", "used", "electric", "cheapest", "cheaper"}
)
# Words after a name that make it a modifier, not the head of its phrase ("a Velo dealer").
_MODIFIED_POS = frozenset({"NOUN", "PROPN", "NUM"})


def _a_product(doc: Doc, span: MentionSpan) -> bool:
    """ "a Honda", "an old Velo", "the new Skoda": a name heading its phrase after "a" or "an"
    (adjectives between) or after "the" and a product's adjective (``_PRODUCT_ADJECTIVES``)
    is one item of many, a thing bought or made, not the body that makes it."""
    pos, words = doc_arrays(doc).pos, lowers(doc)
    root = span_root(doc, span.start, span.end)
    if doc_arrays(doc).dep[root] in _dep_ids("compound", "nmod", "amod", "poss") or (
        words[span.end - 1] in org_heads()
    ):
        return False  # "a Velo dealer"; "a People's Council", "the new Strait Alliance": bodies
    after = span.end if span.end < len(pos) else None
    if after is not None and (
        pos[after] in _pos_ids(*_MODIFIED_POS)
        or words[after] in {"'s", "’s"}
        or quote_flags(doc)[after]
    ):
        return False  # 'a Velo "Open Day"': the name modifies what follows
    at = span.start - 1
    adjectives = []
    lower_case = lower_flags(doc)
    while at >= 0 and pos[at] == pos_id("ADJ") and lower_case[at]:
        adjectives.append(words[at])
        at -= 1
    if at < 0:
        return False
    if words[at] in _INDEFINITE:
        return True
    return words[at] == "the" and bool(adjectives) and set(adjectives) <= _PRODUCT_ADJECTIVES


def _qualifies_a_device(doc: Doc, span: MentionSpan) -> bool:
    """ "a X display", "the best X phone", "its X reusable launch vehicle": the name says what
    kind of device (the word after it, or the noun its last word modifies)."""
    words, lower_case = lowers(doc), lower_flags(doc)
    after = span.end if span.end < len(words) else None
    if after is not None and lower_case[after] and words[after] in _DEVICE_NOUNS:
        return True
    last = span.end - 1
    up = heads(doc)[last]
    return (
        doc_arrays(doc).dep[last] in _dep_ids("compound", "nmod")
        and up >= span.end
        and lower_case[up]
        and words[up] in _DEVICE_NOUNS
    )


# What a product is sold or fitted with: "comes standard with X and Y, as well as Z",
# "equipped with the X". Not "compatible with" (rules and laws are too) nor a bare "with" (a
# deal with a company). Between it and the mention only other names and their joins.
_EQUIPPED_WITH = re.compile(
    r"\b(?:standard|equipped|fitted|bundled|preloaded|pre-loaded|preinstalled|pre-installed)"
    r"\s+with\s+"
)
_LIST_JOINS = frozenset({"&", "and", "or", "as", "well", "the", "a", "an"})
_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)")


def _listed_as_equipment(text: str, span: MentionSpan) -> bool:
    """The mention is in the list of what a product comes with (``_EQUIPPED_WITH``)."""
    before = text[max(0, span.start_char - 200) : span.start_char]
    if "with" not in before:
        return False
    cues = list(_EQUIPPED_WITH.finditer(before))
    if not cues:
        return False
    between = before[cues[-1].end() :]
    if _CLAUSE_END.search(between):
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w in _LIST_JOINS
        for w in re.findall(r"[^\s,]+", between)
    )


# Nouns a title is written beside ("the sequel 'X'", "the 'X' films", "the third
# installment, X"): our own list of the kinds of work a headline names.
_WORK_NOUNS = (
    r"(?:films?|movies?|books?|novels?|sequels?|prequels?|series|franchise|trilogy|saga|"
    r"albums?|songs?|installments?|instalments?|adaptations?|documentary|musical|memoir)"
)
_WORK_NOUN = re.compile(rf"\b{_WORK_NOUNS}\b", re.IGNORECASE)
_WORK_NOUN_LOWER = re.compile(rf"\b{_WORK_NOUNS}\b")
_Q = "[\"'“”‘’]"
# a participle only hyphened to the award ("Oscar-nominated", "Oscar - winning"): a bare one
# is the name's own verb ("Governor Ana Ruiz nominated Tom Brell", "Kessa Morrow winning")
_AWARD_AFTER = re.compile(
    r"\s*(?:-\s*(?:nominated|winning)|-?\s*(?:winners?|nominees?|nominations?))\b",
    re.IGNORECASE,
)


def _titled(text: str, name: str) -> bool:
    """The text writes ``name`` as the title of a work: in quotation marks beside a work's
    noun ("the sequel 'X'", "'X' sequel", "the 'Y' and 'X' films"), as the appositive of
    one, closed by punctuation ("the third installment, X."; not "the film, X police" nor
    "the documentary, X, 34, travelled"), or unquoted before a plural of one ("the X
    films")."""
    if not any(_may_title_at(text, at, at + len(name)) for at in occurrences(text, name)):
        return False  # no occurrence a pattern could match at: nothing to compile
    n = re.escape(name)
    other = rf"(?:\s*(?:and|or|,)\s*{_Q}[^\n]{{1,40}}?{_Q})?"
    patterns = (
        rf"(?i:\b{_WORK_NOUNS})\s*,?\s*{_Q}\s*{n}\s*{_Q}",
        # a comma closes it unless a person's apposition follows: "After finishing the
        # documentary, Orlo Brenn, 34, travelled" is a clause's end and a person
        rf"(?i:\bthe\s+(?:\w+\s+)?{_WORK_NOUNS})\s*,\s*{n}\s*"
        rf"(?:[.;:)\n]|,(?!\s*(?:\d|(?i:a|an|the|who|whose)\b))|-\s*-|$)",
        rf"{_Q}\s*{n}\s*{_Q}{other}\s*(?i:{_WORK_NOUNS})\b",
        rf"(?i:\bthe)\s+{n}\s+(?i:(?:films|movies|books|novels|sequels|trilogy|saga))\b",
    )
    return any(re.search(p, text) for p in patterns)


_QUOTE_CHARS = frozenset("\"'“”‘’")  # the characters of _Q
# The plural work nouns of _titled's last pattern.
_PLURAL_WORKS = ("films", "movies", "books", "novels", "sequels", "trilogy", "saga")
# Every word _WORK_NOUNS matches, lower case (the second pattern's noun ends before its comma).
_WORK_WORDS = (
    *("film", "films", "movie", "movies", "book", "books", "novel", "novels", "sequel"),
    *("sequels", "prequel", "prequels", "series", "franchise", "trilogy", "saga", "album"),
    *("albums", "song", "songs", "installment", "installments", "instalment", "instalments"),
    *("adaptation", "adaptations", "documentary", "musical", "memoir"),
)


def _may_title_at(text: str, start: int, end: int) -> bool:
    """Whether one of ``_titled``'s patterns could match with the name at ``start:end``, by
    what each needs right around the name: a quotation mark on both sides (the first and
    third), a comma before (the second), or "the" before and a work's plural after (the
    last), spaces between. Never False where a pattern matches there; the patterns decide."""
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    mark_before = before > 0 and text[before - 1] in _QUOTE_CHARS
    if mark_before and after < len(text) and text[after] in _QUOTE_CHARS:
        return True
    if before > 0 and text[before - 1] == "," and _work_noun_ends(text, before - 1):
        return True
    if before == start or after == end:
        return False  # the last pattern needs spaces on both sides
    the = text[max(0, before - 3) : before]
    plural = text[after : after + 7]
    return (not the.isascii() or the.lower() == "the") and (
        not plural.isascii() or plural.lower().startswith(_PLURAL_WORKS)
    )


def _work_noun_ends(text: str, comma: int) -> bool:
    """Whether a work's noun may end right before the comma at ``comma`` (spaces between)."""
    end = comma
    while end > 0 and text[end - 1].isspace():
        end -= 1
    tail = text[max(0, end - 12) : end]
    return not tail.isascii() or tail.lower().endswith(_WORK_WORDS)


def _an_award(text: str, spans: list[MentionSpan]) -> bool:
    """Every mention is followed by an award's word: "an Oscar - nominated film", "Oscar
    winner", "a four time Oscar nominee" (an award, whatever NER made of it)."""
    return bool(spans) and all(_AWARD_AFTER.match(text, s.end_char) for s in spans)


def _named_after(name: str, thing: str) -> bool:
    """ "X Pro", "Xs" and a release "X6" are named after the thing X."""
    if name.startswith(thing + " ") or name in {thing + "s", thing + "es"}:
        return True
    return name.startswith(thing) and _VERSION.fullmatch(name[len(thing) :]) is not None


# A release number: one digit, dotted ("7", "3.05", "5.01", "4. 0": a decimal split by the
# text's spacing) or a year ("X Server 2003"; a name needs two releases, so one "Velmar 2008"
# is none). Not two digits (a team's "27 - yard line", a score), not part of a longer number,
# record or time ("3 - 1", "9:30").
_VERSION = re.compile(r"(?:19|20)\d\d|\d(?:\.\s?\d{1,2}){0,2}")
_VERSION_END = r"(?!\w|\.\d|\s?[-–:/%]|\s*,\s*\d)"
# What may follow a dotted release: punctuation, the end, a name, a conjunction ("3.05 and
# later"); not a counted noun ("14.9 points", "2.5 million").
_AFTER_DOTTED = re.compile(r"\s*(?:[,;.)]|$|and\b|or\b|[A-Z])")
# What follows the name, compiled once (not a pattern per name): a space (optional after an
# all-capitals name: "IE6", not "Windows7") and the release.
_RELEASE_AFTER = {
    glue: re.compile(rf"{glue}({_VERSION.pattern}){_VERSION_END}") for glue in (r"\s?", r"\s")
}
_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")
_NAMED_RELEASE = re.compile(rf"(.+?)\s?({_VERSION.pattern})$")


def _releases(text: str, name: str) -> list[re.Match[str]]:
    """What ``finditer`` of ``(?<![\\w-])NAME GLUE (VERSION) END`` finds, as the matches of
    the part after the name: tried at each occurrence of the name, from the end of the
    previous match on."""
    after = _RELEASE_AFTER[r"\s?" if name.isupper() else r"\s"]
    found: list[re.Match[str]] = []
    at = text.find(name)
    while at >= 0:
        m = after.match(text, at + len(name)) if _NOT_AFTER_WORD.match(text, at) else None
        if m is not None:
            found.append(m)
        at = text.find(name, at + 1 if m is None else max(m.end(), at + 1))
    return found


def versioned_names(text: str, names: list[str]) -> set[str]:
    """The names the text gives release versions (the module docstring): two different
    numbers right after the name ("X 7", "X 8", or "X7" written as one word), or one dotted
    number ("X 3.05") not followed by a counted noun. Places of the gazetteer and persons
    with a known first name never are."""
    versions: dict[str, set[str]] = {}
    dotted: set[str] = set()
    for name in names:
        if not name[:1].isupper():
            continue
        releases = _releases(text, name)  # most names have none: the name tests after it
        if not releases or place_kind(name) is not None or kind_of_person(name):
            continue
        for m in releases:
            number = re.sub(r"\s", "", m.group(1))
            versions.setdefault(name, set()).add(number)
            if "." in number and _AFTER_DOTTED.match(text, m.end()):
                dotted.add(name)
    for name in names:
        base = _NAMED_RELEASE.match(name)
        if base and (base.group(1) in versions or base.group(1) in names):
            versions.setdefault(base.group(1), set()).add(base.group(2))
    return {n for n, found in versions.items() if len(found) >= 2} | dotted
