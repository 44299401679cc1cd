"""A descriptor glued to a speaker's name (issue 12, read35 class 3, spk36).

A speaker the parse read with the words that describe the person before the name
(``"…," said 32-year-old protester Lena Holm``, ``Norvik CTO Aldo Perk said``, ``Velmar GM
Rune Halvor confirmed``, ``Undersheriff Ola Brant said``) is that person: the name is the
capitalised words after the last describing word, and the speaker becomes the article's actor
of that name when it has one. Describing words are an age (``32-year-old``), a lower-case word
(``protester``, ``publication``) that is no particle of a name (``de``, ``van``, ``al``) nor a
function word (``of``, ``and``, ``the``: ``Bureau of Land Management`` and ``Locke and
Salazar`` stay whole), an executive's abbreviation (``CTO``, ``GM``; the company's name before
it goes with it) and a person's post or part written with a capital
(:data:`~newsbeat.enrich.speaker_rolenouns.PERSON_ROLES` and a few of our own: ``Pensioner``).
A newspaper's noun before one word (``trade publication Variety``) leaves that word, the
outlet's name. The department's word of a title written before the name (``Interior Ken
Salazar`` of "Secretary of the Interior Ken Salazar") is no part of the name either.

Precision first: the name left must be two capitalised words or more, or one that is a person
of the article (``Captain Velmar`` is no person "Velmar"); a speaker whose last word is lower
case (``Kaldria's foreign ministry``) or that has no describing word is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import ORG_HEADS, TITLE_MODIFIERS
from newsbeat.enrich.function_words import FUNCTION_WORDS
from newsbeat.enrich.speaker_rolenouns import PERSON_ROLES

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors
    from newsbeat.enrich.quote_records import FoundQuote

__all__ = ["name_after_descriptor", "unglue_descriptors"]

_AGE = re.compile(r"^\d+-year-old$")
# Executives' posts as companies and clubs abbreviate them (our own list).
_EXECUTIVES = frozenset(
    {"ceo", "cto", "cfo", "coo", "cio", "ciso", "cso", "cmo", "gm", "vp", "svp", "evp"}
)
# Lower-case words inside names ("Ana de Souza", "Mahmoud al - Goweiny"): no descriptors.
_PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "le"}
    | {"van", "von", "al", "el", "bin", "ibn", "ben", "ter", "ten", "y", "e", "st", "st."}
)
# Posts and parts written with a capital before a name, beyond the role nouns (our own list).
_CAPITAL_ROLES = frozenset(
    {"pensioner", "retiree", "protester", "protestor", "student", "undersheriff", "voter"}
    | {"farmer", "worker", "shopkeeper", "fan", "demonstrator", "passenger", "motorist"}
)
# Nouns for a newspaper or a channel: the one word after one is its name ("trade publication
# Variety", "the tabloid Bild"; our own list).
_MEDIA_NOUNS = frozenset(
    {"publication", "newspaper", "paper", "magazine", "tabloid", "daily", "weekly", "broadcaster"}
    | {"website", "site", "blog", "channel", "network", "outlet", "journal"}
)
_NOT_DESCRIBING = FUNCTION_WORDS | _PARTICLES | {"and", "or", "of", "the", "a", "an", "&"}
# Head words that end an organisation's name ("Judge Rotenberg Center"): no person after a post.
_BODY_ENDS = ORG_HEADS | frozenset(
    {"center", "centre", "foundation", "institute", "association", "society", "club", "group"}
    | {"officers", "union", "federation", "league", "office", "inc", "corp", "ltd", "council"}
)


def _name_word(word: str) -> bool:
    """A word a name may hold: capitalised, an initial, a particle, or a joining sign."""
    if word.lower() in _PARTICLES:
        return True
    if not any(c.isalpha() for c in word):
        return word in {"-", "–"}  # "Strauss - Kahn"
    return word[:1].isupper()


def _describing(word: str) -> bool:
    """Whether ``word`` before a name describes the person rather than naming them."""
    low = word.lower()
    if _AGE.match(low):
        return True
    if low in _NOT_DESCRIBING or not word.isalpha():
        return False
    if low in _EXECUTIVES and word.isupper():
        return True
    if word.islower():
        return True
    return low in PERSON_ROLES or low in _CAPITAL_ROLES


def _actor_named(name: str, actors: ArticleActors) -> str | None:
    """The article's actor written ``name``, if any."""
    return name if name in actors.actors else None


def name_after_descriptor(speaker: str, actors: ArticleActors) -> str | None:
    """The name in ``speaker`` after the words that describe the person, or None when the
    speaker has no describing word before a name (see the module docstring)."""
    words = speaker.split()
    if len(words) < 2 or not _name_word(words[-1]) or words[-1].lower() in _BODY_ENDS:
        return None
    whole = actors.actors.get(speaker)
    if whole is not None and whole.type != "PERSON":
        return None  # an organisation's or a place's name, whole
    last = max((i for i, w in enumerate(words[:-1]) if _describing(w)), default=-1)
    if last >= 0:
        rest = words[last + 1 :]
        if not rest or not all(_name_word(w) for w in rest) or rest[0].lower() in _PARTICLES:
            return None
        if any(w.lower() in _NOT_DESCRIBING for w in words[:last]):
            return None  # "Association of Chief Police Officers": a body's name
        name = " ".join(rest)
        if len(rest) >= 2 or words[last].lower() in _MEDIA_NOUNS:
            return _actor_named(name, actors) or name
        known = actors.actors.get(name)
        # one word after a post is a person the article names so ("Captain Velmar": no)
        return name if known is not None and known.type == "PERSON" else None
    # "Interior Ken Salazar" of "Secretary of the Interior Ken Salazar": the department's
    # word of a title written before the name
    if (
        words[0].lower() in TITLE_MODIFIERS
        and len(words) >= 3
        and f"of the {speaker}" in actors.text
    ):
        return " ".join(words[1:])
    return None


def _unglued(found: FoundQuote, actors: ArticleActors) -> FoundQuote:
    speaker = found.speaker
    if speaker is None:
        return found
    name = name_after_descriptor(speaker, actors)
    if name is None:
        return found
    start = found.speaker_start
    if start is not None and actors.text.startswith(speaker, start):
        start += speaker.rfind(name.split()[0]) if name.split()[0] in speaker else 0
    return replace(found, speaker=name, speaker_start=start)


def unglue_descriptors(found: list[FoundQuote], actors: ArticleActors) -> list[FoundQuote]:
    """The quotes, each speaker read with describing words before the name given to that
    name (see the module docstring)."""
    return [_unglued(f, actors) for f in found]
