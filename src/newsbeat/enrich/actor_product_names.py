"""Devices, apps, platforms and car models the package knows by name: no actors (issue 12;
ents33).

Technology and shopping copy names a phone, a laptop, a console or a voice assistant the way it
names a company: "the new Velo Pro", "ask Siri", "Switch Lite bundles". NER types such a name
an organisation, a person or a place; a reader sees a thing, which issue 12 §3 counts as no
actor. A name is a product here when it is one of the package's list (``data/products.json``,
our own list of well-known product names), written

* as listed ("iPhone", "Apple Watch"), or in the plural ("iPhones", "Macs"), and with
  lower-case words NER took into the name before it ("a MacBook Pro", "older iPads");
* with a model's or a release's words after it ("iPad Pro", "Xbox One", "Thunderbolt 3", "Apple
  Watch Series 3", "Switch Lite", "Windows XP", "Windows Update": :data:`_TAILS` and numbers);
* with its maker's name before it ("Amazon Alexa", "Apple AirPods", "Ford Mustang"), in any
  case of letters for the names no one else bears ("Apple Airpods").

A listed name that is also a word or another's name (Alexa, Galaxy, Switch, Windows, and every
car model: Mustang, Civic) carries its maker in the list and is a product only in an article
that also names the maker as an organisation, alone or in a longer name ("Nintendo" of
"Nintendo Switch Lite"): "the LA Galaxy" in a sports story, "Mac" in one of "the Big Apple"
(a place) or of "Harrison Ford" (a person) stays.
:func:`~newsbeat.enrich.actor_things.drop_things` takes these as things: a name that acts (says
something, has staff), a country, a state or a person with a known first name stays, and the
names written after a dropped one ("Apple TV Channels") go with it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

__all__ = ["product_names"]

# Words of a model written after a product's name ("iPad Pro", "Xbox One Live"). Our own list.
_TAILS = frozenset(
    {
        "pro", "max", "plus", "mini", "air", "ultra", "lite", "one", "live", "series", "se",
        "xl", "xr", "xs", "x", "s", "edition", "go", "studio", "neo", "nano", "classic",
        "hybrid", "xp", "vista", "professional", "update",
    }
)  # fmt: skip
# A model's number or size: "3", "11", "4K", "X4".
_MODEL_WORD = re.compile(r"\d+[A-Za-z]?|[A-Z]\d+")


@cache
def _products() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """The list as written, the makerless names by their lower case, and every maker."""
    raw = resources.files("newsbeat").joinpath("data/products.json").read_text("utf-8")
    listed: dict[str, str] = json.loads(raw)["products"]
    blind = {name.lower(): name for name, maker in listed.items() if not maker}
    makers = frozenset(maker for maker in listed.values() if maker) | {
        "Apple", "Amazon", "Google", "Microsoft", "Nintendo", "Samsung", "Sony", "Ford",
        "Nissan", "Toyota", "Honda", "Volkswagen",
    }  # fmt: skip
    return listed, blind, makers


def _without_tails(words: list[str]) -> list[str]:
    """The words before the model's words at the end ("iPad Pro" → "iPad")."""
    end = len(words)
    while end > 1 and (words[end - 1].lower() in _TAILS or _MODEL_WORD.fullmatch(words[end - 1])):
        end -= 1
    return words[:end]


def _listed_as(name: str) -> str | None:
    """The listed product the name writes (the module docstring), if any."""
    listed, blind, makers = _products()
    words = name.split()
    while len(words) > 1 and words[0].isalpha() and words[0].islower():
        words = words[1:]  # "a MacBook Pro", "older iPads": NER took a word before the name
    tries = [words]
    if len(words) > 1 and words[0] in makers:
        tries.append(words[1:])
    for each in tries:
        base = " ".join(_without_tails(each))
        plurals = (
            base[:-1] if base.endswith("s") else "",
            base[:-2] if base.endswith("es") else "",
        )
        for form in (base, *plurals):
            if not form:
                continue
            if form in listed:
                return form
            # a maker's name before it or not, a makerless name in any case: "Apple Airpods"
            if form.lower() in blind:
                return blind[form.lower()]
    return None


def listed_product_word(word: str, text: str) -> bool:
    """Whether ``word`` is one of the list's one-word products as written ("Thunderbolt",
    "Xbox"): a makerless one anywhere, one with a maker only in a ``text`` that names the
    maker ("Thunderbolt" beside "Apple"; "Galaxy" alone is also a team)."""
    listed, _, _ = _products()
    if " " in word or word not in listed:
        return False
    maker = listed[word]
    return not maker or maker in text


def product_names(types: dict[str, str]) -> set[str]:
    """The actors (name → type) that are listed products (the module docstring)."""
    if not types:
        return set()
    listed, _blind, _makers = _products()
    out: set[str] = set()
    makers: set[str] | None = None
    for name in types:
        product = _listed_as(name)
        if product is None:
            continue
        maker = listed[product]
        if maker:
            if makers is None:  # every word of the article's organisations' names
                makers = {w for n, t in types.items() if t == "ORG" for w in n.split()}
            if maker not in makers:
                continue
        out.add(name)
    return out
