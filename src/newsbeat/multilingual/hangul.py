"""Hangul words as the keys a Latin spelling of them can meet.

Two ways a name written in Hangul is written in Latin letters:

* a Korean name (서령, 천마, 강도윤) is romanised: :func:`romanise` gives the Revised
  Romanization ("Seoryeong", "Cheonma", "Gangdoyun"), whose stem meets the Latin text's;
* a foreign name (브레너, 알타비아, 린드크비스트) is spelled by ear: :func:`sound` and
  :func:`latin_sounds` fold both spellings to one string of consonant and vowel classes
  ("bren@", "artabia", "rintkbist"). Vowels are kept: four consonants are too often shared by
  chance ("Hafenbund" / 하번본트, "Katrin" / 카탈루냐), the vowels between them rarely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsbeat.multilingual.script import transliterate

__all__ = ["given_name", "korean_variants", "latin_sounds", "loanword_shape", "romanise", "sound"]

_BASE = 0xAC00
_SYLLABLES = 11172
_PER_INITIAL = 588
_PER_VOWEL = 28
# Revised Romanization, by jamo index (initial, vowel, final)
_RR_INITIALS = (
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t",
    "p", "h",
)  # fmt: skip
_RR_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo",
    "we", "wi", "yu", "eu", "ui", "i",
)  # fmt: skip
_RR_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p",
    "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_RIEUL = 5  # initial ㄹ: "l" after a final ㄹ or ㄴ ("Silla"), else "r"
_FINAL_RIEUL = 8
_FINAL_NIEUN = 4
# sound classes of the jamo: what a foreign consonant or vowel is written with
_INITIAL_SOUNDS = (
    "k", "k", "n", "t", "t", "r", "m", "b", "b", "s", "s", "", "s", "s", "s", "k", "t", "p",
    "h",
)  # fmt: skip
_FINAL_SOUNDS = (
    "", "k", "k", "k", "n", "n", "n", "t", "r", "rk", "rm", "rb", "rs", "rt", "rp", "r", "m",
    "b", "b", "t", "t", "nk", "t", "t", "k", "t", "p", "t",
)  # fmt: skip
# ㅓ/ㅕ/ㅝ stand for an English schwa or "er" ("@"); ㅡ after a consonant is the vowel Korean
# puts into a consonant cluster: no vowel of the name
_VOWEL_SOUNDS = (
    "a", "e", "a", "e", "@", "e", "@", "e", "o", "a", "e", "e", "o", "u", "@", "e", "i", "u",
    "", "i", "i",
)  # fmt: skip
_EU = 18
_IEUNG = 11
_KHIEUKH = 15
_LATIN_DIGRAPHS = (
    ("tsch", "s"), ("sch", "s"), ("ch", "s"), ("sh", "s"), ("zh", "s"), ("ph", "p"),
    ("th", "t"), ("kh", "h"), ("ck", "k"), ("x", "ks"),
)  # fmt: skip
_LATIN_FOLD = str.maketrans(
    {"v": "b", "w": "b", "f": "p", "g": "k", "q": "k", "d": "t", "z": "s", "j": "s", "l": "r"}
)
_SOFT_C = re.compile(r"c(?=[eiy])")
# a glide y: between vowels or before a vowel at a word's start ("Yasmin", "Maya")
_GLIDE_Y = re.compile(r"(?:^|(?<=[aeiou]))y(?=[aeiou])")
# a vowel and an r that closes its syllable: English and German do not say that r, Korean
# does not write it ("Brenner" / 브레너, "Motors" / 모터스)
_UNSAID_R = re.compile(r"([aeiou])r(?=[^aeiou@]|$)")
_UNSAID_FINAL_R = re.compile(r"([aeiou])r(?=s?$)")
_VOWELS = frozenset("aeiou@")
# a sound meets another only this long, with this many consonants: "mart" or "sirio" are
# shared by many names
MIN_SOUND = 5
MIN_SOUND_CONSONANTS = 3
MIN_SHAPE_CONSONANTS = 4
_VOWEL_RUN = re.compile(r"[aeiou@]+")
# Korean family names of one syllable, the most frequent first: a three-syllable word that
# starts with one is mostly a person ("강도윤"), whose given name a Latin text writes apart
_FAMILY_NAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원"
    "천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부"
)
_PERSON_SYLLABLES = 3


def _jamo(ch: str) -> tuple[int, int, int] | None:
    """A Hangul syllable's initial, vowel and final indices; None for any other letter."""
    code = ord(ch) - _BASE
    if not 0 <= code < _SYLLABLES:
        return None
    return code // _PER_INITIAL, (code % _PER_INITIAL) // _PER_VOWEL, code % _PER_VOWEL


def loanword_shape(word: str) -> bool:
    """Whether a Hangul word has a syllable native and Sino-Korean words lack, before any
    letter that is no Hangul syllable: an open "eu" after a consonant (르, 스, 트, 드: the
    vowel Korean puts into a foreign consonant cluster), or an initial ㅋ."""
    for ch in word:
        jamo = _jamo(ch)
        if jamo is None:
            return False
        initial, vowel, final = jamo
        if (vowel == _EU and final == 0 and initial != _IEUNG) or initial == _KHIEUKH:
            return True
    return False


def _all_hangul(word: str) -> bool:
    return bool(word) and all(_jamo(ch) is not None for ch in word)


@lru_cache(maxsize=65536)
def romanise(word: str) -> str:
    """A Hangul word in the Revised Romanization, lower case ("서령" -> "seoryeong"); ""
    unless every letter is a Hangul syllable."""
    if not _all_hangul(word):
        return ""
    out: list[str] = []
    previous_final = 0
    for ch in word:
        jamo = _jamo(ch)
        assert jamo is not None
        initial, vowel, final = jamo
        start = _RR_INITIALS[initial]
        if initial == _RIEUL and previous_final in (_FINAL_RIEUL, _FINAL_NIEUN):
            start = "l"
            if previous_final == _FINAL_NIEUN:  # 신라: "n" + "r" is said "ll"
                out[-1] = out[-1][:-1] + "l"
        out.append(start + _RR_VOWELS[vowel] + _RR_FINALS[final])
        previous_final = final
    return "".join(out)


def given_name(word: str) -> str:
    """The given name of a Korean person's name written as one word ("강도윤" -> "도윤"), or
    "" when the word is not shaped like one (three syllables, a family name first)."""
    if len(word) != _PERSON_SYLLABLES or word[0] not in _FAMILY_NAMES or not _all_hangul(word):
        return ""
    return word[1:]


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """A Hangul word's consonant and vowel classes ("브레너" -> "bren@", "알타비아" ->
    "artabia"); "" unless every letter is a Hangul syllable."""
    if not _all_hangul(word):
        return ""
    syllables = [_jamo(ch) for ch in word]
    out: list[str] = []
    for n, jamo in enumerate(syllables):
        assert jamo is not None
        initial, vowel, final = jamo
        out.append(_INITIAL_SOUNDS[initial])
        if vowel != _EU or ((initial == _IEUNG or final) and not _cluster_l(syllables, n)):
            out.append(_VOWEL_SOUNDS[vowel] or "@")
        out.append(_FINAL_SOUNDS[final])
    return _squeeze("".join(out))


def _cluster_l(syllables: list[tuple[int, int, int] | None], n: int) -> bool:
    """Whether syllable ``n`` ends in ㄹ before an ㄹ: an l after a consonant ("plus" /
    플러스), whose ㅡ Korean put in."""
    here = syllables[n]
    after = syllables[n + 1] if n + 1 < len(syllables) else None
    return here is not None and after is not None and here[2] == _FINAL_RIEUL and after[0] == _RIEUL


@lru_cache(maxsize=65536)
def latin_sounds(word: str) -> frozenset[str]:
    """The sound classes of a name in a cased script, as Korean would write it: with its
    closing r said ("Fernando" / 페르난도), unsaid at the end ("Werner" / 베르너) and unsaid
    everywhere ("Carter" / 카터)."""
    text = re.sub(r"[^a-z]+", "", transliterate(word).lower())
    for digraph, replacement in _LATIN_DIGRAPHS:
        text = text.replace(digraph, replacement)
    text = _SOFT_C.sub("s", text).replace("c", "k")
    text = _GLIDE_Y.sub("", text).replace("y", "i")
    forms = (text, _UNSAID_FINAL_R.sub(_unsaid, text), _UNSAID_R.sub(_unsaid, text))
    return _with_shapes(_squeeze(t.translate(_LATIN_FOLD)) for t in forms)


def _unsaid(match: re.Match[str]) -> str:
    """A vowel before an r Korean does not write: "a" stays, the others are a schwa."""
    return "a" if match.group(1) == "a" else "@"


def korean_variants(word: str) -> frozenset[str]:
    """The sounds of a Hangul word a Latin stem may have: as written, without its closing
    vowels (a stem drops them: "Altavia" -> "altav") and without a closing "s" (a stem drops
    a plural: "Motors" -> "motor")."""
    full = sound(word)
    bare = full.rstrip("aeiou")
    plural = full[:-1] if full.endswith("s") else full
    return _with_shapes((full, bare, plural))


def _with_shapes(sounds: Iterable[str]) -> frozenset[str]:
    """The sounds long enough to meet, and the shapes of those of :data:`MIN_SHAPE_CONSONANTS`
    consonants: each vowel run as "V" (Korean spells an English vowel by its sound,
    "CookPlus" / 쿡플러스 "kukpr@s", and keeps where the vowels stand: "Katrin" / 카탈루냐
    do not meet)."""
    out: set[str] = set()
    for each in sounds:
        if _long_enough(each):
            out.add(each)
        shape = _squeeze(_VOWEL_RUN.sub("V", each))
        if len(shape) - shape.count("V") >= MIN_SHAPE_CONSONANTS:
            out.add(shape)
    return frozenset(out)


def _long_enough(text: str) -> bool:
    consonants = sum(1 for ch in text if ch not in _VOWELS)
    return len(text) >= MIN_SOUND and consonants >= MIN_SOUND_CONSONANTS


def _squeeze(text: str) -> str:
    """Runs of one class as one ("hoffmann" -> "hopman")."""
    out: list[str] = []
    for ch in text:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)
