"""Words of any script as ASCII keys: transliteration, case-ending stems, consonant skeletons."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

__all__ = [
    "SKELETON_MARK",
    "UNSPACED_LETTERS",
    "VOWEL_GROUPS",
    "is_hangul",
    "skeleton",
    "stem",
    "transliterate",
]

# A key that meets another only through its consonant skeleton starts with this mark.
SKELETON_MARK = "~"
# Han and kana (with half-width katakana), for a regular expression's character class: the
# scripts written without spaces, where a Latin word glued before them ends ("Amazonがあまり")
UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# The longest stem kept: Russian, German and Greek case endings are at most three letters
# ("-ami", "-akh", "-ou" + "s"), and names of eight letters or more rarely share their
# first eight with a different name (see tests/test_multilingual_keys.py).
STEM_LETTERS = 8
_MIN_STEM = 3
_SHORT_NAME = 5
# consonants of a skeleton: enough to tell names apart, few enough that a Korean spelling's
# extra syllables ("Lindqvist" / "린드크비스트") have not started yet
_SKELETON_CONSONANTS = 5
_MIN_SKELETON = 3

_SPACES = re.compile(r"\s+")
_GREEK_INITIALS = (("μπ", "B"), ("ντ", "D"), ("γκ", "G"))
_NOT_LETTER = re.compile(r"[^a-z]+")
# case endings that end in a consonant, tried longest first before the final vowels go:
# Russian (-akh -ami -ykh -ikh -ov -ev -om -em -oi -ei), Greek (-ou -os -is -as -es), German
# and Swedish genitive -s
_ENDINGS = (
    "akh",
    "ami",
    "ykh",
    "ikh",
    "ogo",
    "ego",
    "ov",
    "ev",
    "om",
    "em",
    "oi",
    "ei",
    "ou",
    "os",
    "is",
    "as",
    "es",
    "s",
)
_VOWELS = "aeiouy"
VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_VOWEL_CLASSES = {"a": "a", "e": "e", "i": "i", "y": "i", "o": "o", "u": "o"}
# sound classes of the skeleton: letters a Korean or Cyrillic spelling of a Latin name swaps
_DIGRAPHS = (("sch", "s"), ("ch", "k"), ("sh", "s"), ("kh", "h"), ("zh", "s"), ("ph", "f"))
_FOLD = str.maketrans(
    {
        "b": "b",
        "v": "b",
        "p": "b",
        "f": "b",
        "w": "b",
        "l": "r",
        "k": "k",
        "g": "k",
        "c": "k",
        "q": "k",
        "x": "k",
        "d": "t",
        "z": "s",
        "j": "s",
    }
)


def transliterate(text: str) -> str:
    """``text`` in ASCII letters (anyascii), whatever its script, with spaces folded.

    Hangul comes out syllable by syllable in capitals ("MaLeuTa"); callers lower-case it."""
    return _SPACES.sub(" ", anyascii(unicodedata.normalize("NFC", text))).strip()


def is_hangul(word: str) -> bool:
    """Whether the word's first letter is a Hangul syllable."""
    return bool(word) and "\uac00" <= word[0] <= "\ud7a3"


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A lower-case ASCII stem of one word, the same for its case forms.

    "Велмара"/"Велмаре"/"Velmar" -> "velmar", "Deutschlands" -> "deutschland",
    "Γερμανίας"/"Германии"/"Germania" -> "german"; at most :data:`STEM_LETTERS` letters."""
    text = _NOT_LETTER.sub("", transliterate(_greek_initial(word)).lower())
    if text.startswith("kh"):  # Russian writes a foreign H with Х: "Хольм" is "Holm"
        text = text[1:]
    # a short name keeps three letters ("Лены" / "Lena"), a longer one four ("Andøya" is no
    # "And-")
    shortest = _MIN_STEM if len(text) <= _SHORT_NAME else _MIN_STEM + 1
    text = _drop_final_vowels(text, shortest)
    for ending in _ENDINGS:
        if text.endswith(ending) and len(text) - len(ending) >= shortest + 1:
            text = text[: -len(ending)]
            break
    text = _drop_final_vowels(text, shortest)
    return text[:STEM_LETTERS]


def _greek_initial(word: str) -> str:
    """A Greek word with the digraph Greek writes a foreign initial b, d or g with read as
    that letter ("Μπρένερ" is "Brenner", "Ντράβεν" "Draven")."""
    for digraph, letter in _GREEK_INITIALS:
        if word[:2].lower() == digraph:
            return letter + word[2:]
    return word


def _drop_final_vowels(text: str, shortest: int) -> str:
    while len(text) > shortest and text[-1] in _VOWELS:
        text = text[:-1]
    return text


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The class of a word's first vowel and its folded consonants ("" when too few to mean
    anything).

    "Lindqvist", "Линдквист" and "린드크비스트" all give "irntkb": the other vowels and the
    vowel Korean inserts between consonants go, b/v/p/f/w, l/r, k/g/c/q/x, t/d and s/z/j are
    one sound each, and a repeated sound counts once."""
    text = _NOT_LETTER.sub("", transliterate(_greek_initial(word)).lower())
    for digraph, sound in _DIGRAPHS:
        text = text.replace(digraph, sound)
    vowel = _first_vowel(text, hangul=is_hangul(word))
    out: list[str] = []
    for ch in text.translate(_FOLD):
        if ch in _VOWELS:
            continue
        if not out or out[-1] != ch:
            out.append(ch)
    found = "".join(out[:_SKELETON_CONSONANTS])
    return vowel + found if vowel and len(found) >= _MIN_SKELETON else ""


def _first_vowel(text: str, *, hangul: bool) -> str:
    """The class of a word's first vowel (a, e, i or o): three consonants shared by chance
    (Telvia / 타르보 "Tarvo") rarely share it too. Korean's inserted "eu" is no vowel of the
    name, and its "eo" stands for an English o or u."""
    for group in VOWEL_GROUPS.findall(text):
        if hangul and group == "eu":
            continue
        group = group.lstrip("y") or group
        if hangul and group.startswith("eo"):
            return "o"
        return _VOWEL_CLASSES[group[0]]
    return ""
