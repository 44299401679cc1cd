"""Makes, models and devices: a mention that is one item bought, a device's kind, equipment."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_car_models import _MARK_MODEL
from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_mention_spans import MentionSpan, _pos_ids
from newsbeat.enrich.actor_merge import kind_of_person
from newsbeat.enrich.doc_arrays import (
    doc_arrays,
    heads,
    like_nums,
    lower_flags,
    lowers,
    pos_id,
    quote_flags,
    span_root,
    texts,
    word_ids,
)
from newsbeat.enrich.name_spans import org_heads

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


# Device nouns that end a product's own name ("the Velo Keyboard", "the Velo Migration
# Toolkit"), and the words of a model's or a release's kind ("the Velo Founder's Edition", "the
# LX500 Convertible"); not "monitor", "display" or "phone", which end outlets' and companies'
# names too.
_DEVICE_NAME_ENDS = frozenset(
    {"keyboard", "keyboards", "laptop", "tablet", "earbuds", "rover", "toolkit"}
    | {"edition", "editions", "convertible"}
)


_INDEFINITE = frozenset({"a", "an"})


# A model number: two or more digits, not a year ("X 55", "X 737").
_MODEL_NUMBER = re.compile(r"(?!(?:19|20)\d\d\b)\d{2,4}")


_LONG_MODEL_NUMBER = re.compile(r"(?!(?:19|20)\d\d\b)\d{3,4}")


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
    if doc_arrays(doc).dep[root] in word_ids(("compound", "nmod", "amod", "poss")) or (
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
        doc_arrays(doc).dep[last] in word_ids(("compound", "nmod"))
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
