"""The table of an article's actors and the name data it rests on: canonical names
(:func:`clean_name`), titles split from names (:func:`split_title`), countries with their
aliases, demonyms and capitals (``data/countries.json``), and :class:`ArticleActors` with its
mentions. The rules that fill the table are in :mod:`newsbeat.enrich.actors` and the
``actor_*`` modules, which all import this one (and nothing imports them from here).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import Any

from newsbeat.enrich.function_words import LEADING_FUNCTION_WORD
from newsbeat.enrich.names import place_kind
from newsbeat.enrich.rank_stops import TITLE_STOPS

__all__ = [
    "ACTOR_LABELS",
    "HONORIFICS",
    "ORG_HEADS",
    "TITLE_HEADS",
    "TITLE_MODIFIERS",
    "TITLE_WORDS",
    "ArticleActors",
    "Country",
    "MentionRef",
    "capital_keys",
    "clean_name",
    "country_lookup",
    "known_place",
    "lookup_country",
    "split_title",
]

_SPACES = re.compile(r"\s+")


ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})


# Abbreviated titles as British and Irish outlets write them, with no full stop ("Insp Gaskin",
# "Det Supt Rowe", "Cllr Hobb"); "Gen Z" shows why one needs a name of two letters or more after it.
UNDOTTED_TITLES = frozenset(
    {"insp", "det", "supt", "cllr", "prof", "rev", "rev.", "capt", "lt", "col", "gen", "cmdr"}
    | {"insp.", "supt.", "cllr.", "cmdr."}
    | {"const", "const.", "cst", "cst."}  # a constable in Canada ("Const Ana Reis", "Cst.")
)


# Head words of titles and roles (lower case). Our own list.
TITLE_HEADS = frozenset(
    [
        "president",
        "vice-president",
        "minister",
        "premier",
        "chancellor",
        "mayor",
        "governor",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "secretary",
        "general",
        "gen.",
        "admiral",
        "colonel",
        "col.",
        "lieutenant",
        "captain",
        "commander",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "judge",
        "justice",
        "ambassador",
        "envoy",
        "commissioner",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "sheikh",
        "speaker",
        "archbishop",
        "bishop",
        "professor",
        "prof.",
        "dr.",
        "dr",
        "deputy",
        "councillor",
        "councilor",
        "president-elect",
        "leader",
        "head",
        "emir",
        "sultan",
        "ayatollah",
        "master",
        "executive",
        "manager",
        "officer",
        "inspector",
        "superintendent",
        "coordinator",
        "vp",
        "lawyer",
        "attorney",
        # police ranks ("Constable Tim Fanning", "Sgt. Lena Holm")
        "constable",
        "sergeant",
        "sgt",
        "sgt.",
        "detective",
        "det.",
        "trooper",
        "corporal",
        "cpl.",
        "lt.",
        "capt.",
        "sheriff",
        # ranks and titles written without a full stop ("Insp Gaskin", "Cllr Hobb")
        *UNDOTTED_TITLES,
        # every rank the tokenizer keeps whole with its stop ("Msgr. Farmer", read29)
        *(f"{word.lower()}." for word in TITLE_STOPS),
    ]
)


HONORIFICS = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady"]
)


TITLE_MODIFIERS = frozenset(
    [
        "prime",
        "foreign",
        "interior",
        "defence",
        "defense",
        "finance",
        "justice",
        "health",
        "economy",
        "trade",
        "deputy",
        "vice",
        "former",
        "acting",
        "chief",
        "general",
        "state",
        "labour",
        "labor",
        "energy",
        "education",
        "environment",
        "police",
        "opposition",
        "party",
        "union",
    ]
)
# A word a title before a name may hold ("Deputy Prime Minister", "Mrs.").
TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS


_NAME_CLEAN = re.compile(
    r"^(?:the\s+)|(?:['’]s?)$|\s+(?:and|or|&)$"
    # a conjunction opening the sentence glued to the name ("After Kaldria signed")
    r"|^(?:after|before|when|while|although|though|because|since|unless|until|once)\s+(?=[A-Z])",
    re.IGNORECASE,
)


# The head word that makes a place-named span an organisation ("New York Police").
ORG_HEADS = frozenset(
    {
        "police", "department", "ministry", "council", "court", "university", "college",
        "army", "navy", "party", "government", "agency", "commission", "committee", "authority",
        "prison", "hospital", "bank", "company", "corporation", "airlines", "service", "board",
    }
)  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class Country:
    """A country: canonical name and ISO-3 code."""

    name: str
    iso3: str


@lru_cache(maxsize=1)
def _countries() -> list[dict[str, Any]]:
    """The entries of ``data/countries.json``, read once per process."""
    raw = json.loads(
        resources.files("newsbeat").joinpath("data/countries.json").read_text(encoding="utf-8")
    )
    return list(raw["countries"])


@lru_cache(maxsize=1)
def country_lookup() -> dict[str, Country]:
    """Lower-case alias, demonym or capital -> country, from ``data/countries.json``."""
    table: dict[str, Country] = {}
    for entry in _countries():
        country = Country(name=entry["name"], iso3=entry["iso3"])
        for alias in [*entry["aliases"], *entry["capitals"]]:
            table.setdefault(alias, country)
    return table


@lru_cache(maxsize=1)
def capital_keys() -> frozenset[str]:
    """Lower-case capitals that are not also a name or demonym of their country."""
    aliases = {a for entry in _countries() for a in entry["aliases"]}
    return frozenset(c for entry in _countries() for c in entry["capitals"] if c not in aliases)


# Every actor pass asks it of the same names (~60 asks per article): each spelling once.
@lru_cache(maxsize=8192)
def lookup_country(text: str) -> Country | None:
    """The country a name, alias, demonym or capital stands for, if any.

    ``US`` only matches in capitals (``us`` is a pronoun); a leading "the" and a trailing
    possessive are ignored.
    """
    clean = clean_name(text)
    if clean.lower() == "us" and clean != "US":
        return None
    table = country_lookup()
    key = clean.lower()
    if not key:
        return None
    # "U.S" is "U.S." without its last dot (clean_name strips it; some outlets never write it)
    dotted = f"{key}." if "." in key else key
    return table.get(key) or table.get(dotted) or table.get(key.rstrip("s"))


def known_place(name: str) -> bool:
    """Whether the name is a country's (:func:`lookup_country`: a name, alias, demonym or
    capital) or a place's of the gazetteer (:func:`~newsbeat.enrich.names.place_kind`)."""
    return place_kind(name) is not None or lookup_country(name) is not None


# Names recur within an article and across a story's articles: each spelling is cleaned once.
@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """Whitespace folded, a dateline or leading "the", a trailing possessive and a leading
    function word ("Only Paula", "As Greeks") removed.

    ``"HALDIS — Sorvair"`` (a dateline glued to a name) gives ``Sorvair``; an all-capitals
    dateline word (``VELMAR``) is title-cased; short acronyms (NATO, UN) stay.
    """
    text = re.split(r"\s[—–]\s", text)[-1]
    text = _SPACES.sub(" ", text).strip(" \t\n,.;:\"'“”‘’()—–-")
    if text.isupper() and len(text) > 5 and " " not in text:
        text = text.title()
    previous = None
    while previous != text:
        previous = text
        text = LEADING_FUNCTION_WORD.sub("", _NAME_CLEAN.sub("", text).strip())
    return text


# Words that follow an undotted "Det" in a detective's rank ("Det Con Gaskin", "Det Ch Insp
# Rowe"), beside the title words themselves.
_DET_RANKS = frozenset({"con", "con.", "ch", "ch."})


def _rank_after_det(word: str) -> bool:
    """Whether ``word`` after an undotted "Det" goes on with a rank ("Det Insp", "Det Sgt",
    "Det Chief Supt"): only then is "Det" a title; before a name it is the Scandinavian
    article of "Det Norske Veritas"."""
    low = word.lower()
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low in _DET_RANKS


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split leading title words from a name: ``["Prime", "Minister", "Lena", "Holm"]``.

    Returns:
        (role or None, the remaining name words). Honorifics are dropped without a role.
    """
    last_title = -1
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if low in UNDOTTED_TITLES and len(words[i + 1].strip(".")) < 2:
            break  # "Gen Z", "Det X": a letter, no name
        if low == "det" and not _rank_after_det(words[i + 1]):
            break  # "Det Norske Veritas": a Scandinavian article, no title
        detective = i > 0 and words[i - 1].lower() == "det" and low in _DET_RANKS
        if low in TITLE_HEADS or low in HONORIFICS or detective:
            last_title = i
        elif low not in TITLE_MODIFIERS and last_title < 0 and i > 2:
            break
    if last_title < 0:
        return None, words
    title_words = [w for w in words[: last_title + 1] if w.lower() not in HONORIFICS]
    # Modifiers alone ("Former") are not a role; a role needs a head word.
    if not any(w.lower() in TITLE_HEADS for w in title_words):
        return None, words[last_title + 1 :]
    return " ".join(title_words), words[last_title + 1 :]


@dataclass(frozen=True, kw_only=True)
class MentionRef:
    """One mention in an article: character span, the actor it stands for, and its label."""

    start: int
    end: int
    actor: str
    label: str
    title: str | None = None


@dataclass(kw_only=True)
class _ActorInfo:
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    iso3: str | None = None


@dataclass(kw_only=True)
class ArticleActors:
    """Every actor of one article and where each is mentioned."""

    actors: dict[str, _ActorInfo] = field(default_factory=dict)
    mentions: list[MentionRef] = field(default_factory=list)
    text: str = ""
    # Officials whose country the article states ("Sorven President Aurel Dane", "Lena Holm
    # of Kaldria", a defence minister of an article naming "the Sorven defence ministry").
    state_of: dict[str, str] = field(default_factory=dict)
    # Places named together ("Kaldria and Sorvenland"): (offset of the second, first, second).
    place_pairs: list[tuple[int, str, str]] = field(default_factory=list)
    # Every list of places the article names ("Velmar, Orsa, Kittby and Brask"), with the
    # offset of its first place.
    place_lists: list[tuple[int, list[str]]] = field(default_factory=list)
    # Lines written as title-case headlines, where capitals say nothing about names.
    headlines: list[tuple[int, int]] = field(default_factory=list)
    # What seal() indexed: the mentions list, its length, and its running maximum of ends.
    _sealed: tuple[list[MentionRef], int, list[int]] | None = field(
        default=None, repr=False, compare=False
    )

    def seal(self) -> None:
        """Index the mentions for :meth:`actor_at`: the last step of ``build_actors``, once
        they are sorted by start (no pass after it changes them; a list replaced or grown
        since is scanned as before)."""
        self._sealed = (
            self.mentions,
            len(self.mentions),
            list(accumulate((m.end for m in self.mentions), max)),
        )

    def drop_actors(self, names: set[str]) -> None:
        """Drop these actors and every mention of them."""
        if not names:
            return
        self.mentions = [m for m in self.mentions if m.actor not in names]
        for name in names:
            del self.actors[name]

    def drop_mention(self, actor: str) -> None:
        """Take one mention off ``actor``'s count; the actor goes with its last mention."""
        info = self.actors.get(actor)
        if info is None:
            return
        info.mentions -= 1
        if info.mentions <= 0:
            del self.actors[actor]

    def drop_mentions(self, dropped: Callable[[MentionRef], bool]) -> None:
        """Drop every mention ``dropped`` says, in order, each one count off its actor
        (:meth:`drop_mention`; ``dropped`` is asked after the earlier mentions' drops)."""
        kept = []
        for m in self.mentions:
            if dropped(m):
                self.drop_mention(m.actor)
            else:
                kept.append(m)
        self.mentions = kept

    def _add(
        self,
        name: str,
        type_: str,
        start: int,
        end: int,
        *,
        role: str | None = None,
        iso3: str | None = None,
        title: str | None = None,
        label: str | None = None,
    ) -> None:
        """Record a mention of ``name`` (created with ``type_``); ``label`` is the mention's own
        label when it differs from the actor's type (a demonym of a country is NORP)."""
        info = self.actors.get(name)
        if info is None:
            info = self.actors[name] = _ActorInfo(name=name, type=type_, iso3=iso3)
        info.mentions += 1
        if role and role not in info.roles:
            info.roles.append(role)
        self.mentions.append(
            MentionRef(start=start, end=end, actor=name, label=label or type_, title=title)
        )

    def in_headline(self, pos: int) -> bool:
        """Whether the offset is in a title-case headline line."""
        return any(a <= pos < b for a, b in self.headlines)

    def every_mention(self, name: str, holds: Callable[[MentionRef], object]) -> bool:
        """Whether ``name`` has mentions and ``holds`` holds for each one."""
        found = [m for m in self.mentions if m.actor == name]
        return bool(found) and all(holds(m) for m in found)

    def every_mention_followed(self, name: str, follows: Callable[[str, int], object]) -> bool:
        """Whether ``name`` has mentions and what follows each is what ``follows(text, end)``
        accepts (a pattern's ``match``: "Group" before a letter, "Juno" before "probe")."""
        return self.every_mention(name, lambda m: follows(self.text, m.end))

    def actor_at(self, start: int, end: int) -> MentionRef | None:
        """The mention overlapping the character span, if any (the first one)."""
        sealed = self._sealed
        if sealed is not None and sealed[0] is self.mentions and sealed[1] == len(sealed[0]):
            # sorted by start: before the first mention ending after ``start`` (the running
            # maximum of ends passes it there) none overlaps; it overlaps when it starts
            # before ``end``, else so does no later one
            k = bisect_right(sealed[2], start)
            if k < sealed[1] and self.mentions[k].start < end:
                return self.mentions[k]
            return None
        for m in self.mentions:
            if m.start < end and start < m.end:
                return m
        return None

    def type_of(self, name: str) -> str | None:
        """The type of an actor of this article."""
        info = self.actors.get(name)
        return info.type if info else None

    def roles_of(self, name: str) -> list[str]:
        """The roles seen for an actor in this article."""
        info = self.actors.get(name)
        return list(info.roles) if info else []

    def nearest_person_before(self, pos: int) -> str | None:
        """The person mentioned last before ``pos`` (for pronouns)."""
        best = None
        for m in self.mentions:
            if m.label == "PERSON" and m.end <= pos and (best is None or m.start > best.start):
                best = m
        return best.actor if best else None

    def places_before(self, pos: int, count: int) -> list[str]:
        """What "the two countries" or "both nations" at ``pos`` refers to: the last pair of
        places named together ("Kaldria and Sorvenland") before it, else the last ``count``
        distinct places (GPE actors) mentioned before it, in text order."""
        if count == 2:
            pairs = [(a, b) for at, a, b in self.place_pairs if at < pos]
            if pairs:
                return list(pairs[-1])
        found: list[str] = []
        for m in sorted(self.mentions, key=lambda m: m.start, reverse=True):
            if m.end > pos or m.label != "GPE" or m.actor in found:
                continue
            found.append(m.actor)
            if len(found) == count:
                break
        return list(reversed(found))

    def resolve_nominal(self, phrase: str, pos: int) -> str | None:
        """ "the minister" / "the union" -> the nearest preceding actor whose role or name fits.

        Args:
            phrase: a common-noun phrase such as "the interior minister".
            pos: character offset of the phrase.

        Returns:
            The actor's canonical name, or None when nothing fits.
        """
        words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in {"the", "a", "an"}]
        if not words:
            return None
        head = words[-1]
        best: MentionRef | None = None
        persons: set[str] = set()
        for m in self.mentions:
            if m.start >= pos:
                continue
            info = self.actors[m.actor]
            if info.type == "PERSON":
                fits = any(head in r.lower().split() for r in info.roles)
                if fits:
                    persons.add(m.actor)
            else:
                fits = info.type in {"ORG", "GROUP"} and head in info.name.lower().split()
            if fits and (best is None or m.start > best.start):
                best = m
        if len(persons) > 1:
            # two people holding the role ("Sheriff Olsen and Sheriff Baxter ... the sheriff
            # said"): the nearest is a guess, and a wrong speaker costs more than none
            return None
        return best.actor if best else None

    def to_entities(self) -> list[tuple[str, str, int, str | None]]:
        """(name, type, mentions, role) of every actor, most mentioned first."""
        rows = [
            (a.name, a.type, a.mentions, a.roles[0] if a.roles else None)
            for a in self.actors.values()
        ]
        return sorted(rows, key=lambda r: (-r[2], r[0]))
