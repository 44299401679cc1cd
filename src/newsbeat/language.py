"""Which language an article is in: one detector for every stage, with no model to install.

Every language spaCy ships has a stop-word list, and function words are the most reliable
signal of a language in running text (they make up 40-50 % of the tokens of news prose, and a
headline with its lead has a dozen of them). A text in the Latin script is scored by the share
of its words in each list; the best list wins when it covers enough of the text and clearly
beats the runner-up. A text mostly in another script is resolved from its script first: Greek,
Hangul, Hebrew, Thai, Devanagari and a dozen more each name one language here; Han with kana
is Japanese, Han alone Chinese; Cyrillic and Arabic script are told apart by the letters only
some of their languages use (Ukrainian і/ї/є, Russian ы/э, Serbian ђ/ћ/џ; Urdu ے/ٹ, Persian
پ/گ/ی), then by their stop words. The cost is ~0.05 ms for a title and lead.

:func:`article_language` is what the store keeps for an article: the detected language of its
title and lead, unless the page declares a language the detector found nearly as likely, or
the text is too short to tell (then the page's declared language).
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

__all__ = [
    "LanguageGuess",
    "article_language",
    "detect_language",
    "language_tag",
    "stop_words",
]

# Languages told apart by their stop words when a text is in the Latin script.
_LATIN = (
    "en", "de", "fr", "es", "it", "nl", "pt", "sv", "da", "nb", "fi", "pl", "cs", "ro", "tr",
    "hu", "id", "ca", "hr", "et", "lv", "lt", "sk", "sl",
)  # fmt: skip
_CYRILLIC = ("ru", "uk", "bg", "sr")
_ARABIC = ("ar", "fa", "ur")
# A script that, in news, is written by one language (nearly) only: Devanagari is Hindi's far
# more often than Marathi's or Nepali's, Bengali script Bengali's more than Assamese's.
_ONE_LANGUAGE_SCRIPTS = {
    "GREEK": "el",
    "HANGUL": "ko",
    "HEBREW": "he",
    "THAI": "th",
    "DEVANAGARI": "hi",
    "BENGALI": "bn",
    "TAMIL": "ta",
    "TELUGU": "te",
    "KANNADA": "kn",
    "MALAYALAM": "ml",
    "GUJARATI": "gu",
    "GURMUKHI": "pa",
    "SINHALA": "si",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "KHMER": "km",
    "LAO": "lo",
    "MYANMAR": "my",
    "ETHIOPIC": "am",
}
# Letters that only some languages of a script use: a text with them is one of those.
_CYRILLIC_LETTERS = {"sr": set("ђћџљњј"), "uk": set("іїєґ"), "ru": set("ыэё")}
_ARABIC_LETTERS = {"ur": set("ےںٹڈڑ"), "fa": set("پچژگیک")}
_KANA = ("HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA")
# Common news words spaCy's Danish list lacks while the Norwegian one has their twins (når,
# går, fire): without them a Danish lead scores as Norwegian.
_DANISH_EXTRA = """
        når går gik få får fik fået fire fem seks syv otte ni ti mod siger sagde ifølge år dag
        dage gang tid del landet nye ny stor første sidste skriver kroner
        mennesker blevet kan skal vil ville kunne skulle må
        """
_EXTRA_STOP_WORDS = {"da": frozenset(_DANISH_EXTRA.split())}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_TAG = re.compile(r"[A-Za-z]{2,3}(?=$|[-_])")
_MIN_WORDS = 8
_MIN_SHARE = 0.12
# A language whose stop words cover at least (1 - _SURE) of what the best one covers is close:
# the detector is not sure enough to overrule a page declaring it.
_SURE = 0.3
# The title and lead are what the language is decided on (the body adds cost, not accuracy).
_LEAD_CHARS = 600


@dataclass(frozen=True, kw_only=True)
class LanguageGuess:
    """The detected language (ISO 639-1, or ``und``) and how sure we are (0 to 1).

    ``close`` are the other languages whose stop words cover nearly as much of the text (Danish
    for a Norwegian lead): a page declaring one of them is believed. ``script`` is the text's
    script when it is not Latin ("Cyrillic", "Arabic", "Cjk"...): such a text is no English
    even when its language is ``und``.
    """

    lang: str
    confidence: float
    reason: str
    close: tuple[str, ...] = ()
    script: str | None = None


def detect_language(text: str) -> LanguageGuess:
    """Guess the language of a text from its script and its function words.

    Args:
        text: the text (the first ~3,000 characters are read); a title and lead suffice.

    Returns:
        The best language (ISO 639-1) with a confidence in [0, 1]; ``und`` when the text is
        too short or no stop-word list covers enough of it.
    """
    sample = text[:3000]
    script = _script(sample)
    if script is None:
        return _by_stop_words(_words(sample), _LATIN)
    return replace(_in_script(sample, script), script=script.title())


def _in_script(sample: str, script: str) -> LanguageGuess:
    """The language of a text mostly in ``script`` (not Latin)."""
    if script in _ONE_LANGUAGE_SCRIPTS:
        lang = _ONE_LANGUAGE_SCRIPTS[script]
        reason = f"written in {script.title()} script"
        return LanguageGuess(lang=lang, confidence=1.0, reason=reason)
    if script == "CJK":
        return _han(sample)
    if script == "CYRILLIC":
        found = _by_letters_then_words(sample, _CYRILLIC_LETTERS, _CYRILLIC, script)
        return _russian_if_it_fits(sample) if found.lang == "und" else found
    if script == "ARABIC":
        found = _by_letters_then_words(sample, _ARABIC_LETTERS, _ARABIC, script)
        if found.lang == "und":  # neither Persian nor Urdu letters: Arabic itself
            return LanguageGuess(
                lang="ar", confidence=0.5, reason="Arabic script, no fa/ur letters"
            )
        return found
    return LanguageGuess(lang="und", confidence=0.0, reason=f"written in {script.title()} script")


def _russian_if_it_fits(sample: str) -> LanguageGuess:
    """Russian, unsure, for a Cyrillic text too short to choose by (a headline) when Russian
    function words make up enough of it; else undetermined."""
    words = _words(sample)
    russian = stop_words("ru")
    share = sum(w in russian for w in words) / len(words) if words else 0.0
    if share < _MIN_SHARE:
        return LanguageGuess(lang="und", confidence=0.0, reason="Cyrillic, no list fits")
    return LanguageGuess(
        lang="ru",
        confidence=0.0,
        reason=f"Cyrillic, {share:.0%} Russian function words in {len(words)} words",
        close=tuple(lang for lang in _CYRILLIC if lang != "ru" and stop_words(lang)),
    )


def article_language(
    title: str, text: str, declared: str | None = None, standfirst: str | None = None
) -> str | None:
    """The language to store for an article: detected from its title and lead.

    The detector wins (pages often declare ``en`` site-wide, whatever the article is in)
    unless the page declares a language the detector found nearly as likely (Norwegian for
    what it took for Danish); the page's declared language is kept when the text is too short
    or too mixed to decide.

    Args:
        title: the headline.
        text: the article text (only its opening is read).
        declared: the language the page or feed declares (``en-GB``, ``EN``...), if any.
        standfirst: the standfirst, part of the lead when there is one.

    Returns:
        An ISO 639-1 code, or None when neither the text nor the page tells.
    """
    lead = "\n".join(p for p in (title, standfirst or "", text[:_LEAD_CHARS]) if p)
    guess = detect_language(lead)
    page = language_tag(declared)
    if guess.lang == "und":
        return page
    return page if page in guess.close else guess.lang


def language_tag(tag: str | None) -> str | None:
    """The language subtag of a declared language, lower-cased (``en-GB`` -> ``en``);
    None for none, ``und`` or something that is no language tag."""
    found = _TAG.match((tag or "").strip())
    if found is None:
        return None
    lang = found.group(0).lower()
    return None if lang in {"und", "mul", "zxx"} else lang


def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words of a language (lower case); empty when spaCy has no list for it."""
    return _stop_word_lists((lang,)).get(lang, frozenset())


# -- scripts ------------------------------------------------------------------------------------


def _script(text: str) -> str | None:
    """The dominant non-Latin script of the letters in ``text`` (``CJK`` for Han and kana
    together), if any."""
    # Only letters outside ASCII can make a script other than Latin the majority; most news
    # has none (its curly quotes and dashes are no letters), and then nothing is counted.
    others = Counter(ch for ch in _NOT_ASCII.findall(text) if ch.isalpha())
    if not others:
        return None
    counts: Counter[str] = Counter()
    # an ASCII letter is Latin: only the other letters are looked up, each distinct one once
    # (the order counted in decides nothing: a script that ties with another has no majority)
    ascii_letters = len(_ASCII_LETTERS.findall(text))
    if ascii_letters:
        counts["LATIN"] = ascii_letters
    for ch, n in others.items():
        counts[_script_of(ch)] += n
    script, n = counts.most_common(1)[0]
    if script != "LATIN" and n / sum(counts.values()) > 0.5:
        return script
    return None


@lru_cache(maxsize=4096)
def _script_of(ch: str) -> str:
    """The script of one letter, from its Unicode name (Han and kana both ``CJK``)."""
    name = unicodedata.name(ch, "?").split(" ", 1)[0]
    return "CJK" if name in _KANA else name


def _han(text: str) -> LanguageGuess:
    """Japanese when the Han text has kana (its grammar is written in kana), else Chinese."""
    kana = sum(1 for ch in text if ch.isalpha() and unicodedata.name(ch, "").startswith(_KANA))
    if kana:
        return LanguageGuess(lang="ja", confidence=1.0, reason=f"{kana} kana among the Han")
    return LanguageGuess(lang="zh", confidence=1.0, reason="Han without kana")


def _by_letters_then_words(
    text: str, letters: dict[str, set[str]], langs: Sequence[str], script: str
) -> LanguageGuess:
    """One of a script's languages: the one whose own letters the text uses, when only one's
    are there; else the best stop-word list among them."""
    seen = set(text.lower())
    having = [lang for lang, own in letters.items() if own & seen]
    if len(having) == 1:
        lang = having[0]
        return LanguageGuess(lang=lang, confidence=1.0, reason=f"{script} letters of {lang}")
    return _by_stop_words(_words(text), langs)


# -- stop words ---------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _by_stop_words(words: list[str], langs: Sequence[str]) -> LanguageGuess:
    """The language whose stop words cover most of ``words``, if one covers enough."""
    if len(words) < _MIN_WORDS:
        return LanguageGuess(lang="und", confidence=0.0, reason=f"only {len(words)} words")
    lists = _stop_word_lists(tuple(langs))
    index = _stop_word_index(tuple(langs))
    hits = [0] * len(lists)
    for word, n in Counter(words).items():  # each distinct word looked up once
        for lang in index.get(word, ()):
            hits[lang] += n
    scores = {lang: hit / len(words) for lang, hit in zip(lists, hits, strict=True)}
    ranked = [*sorted(scores.items(), key=lambda kv: kv[1], reverse=True), ("und", 0.0)]
    (best, share), (_, second) = ranked[0], ranked[1]
    if share < _MIN_SHARE:
        return LanguageGuess(
            lang="und", confidence=share, reason=f"no stop-word list covers the text ({share:.0%})"
        )
    return LanguageGuess(
        lang=best,
        confidence=round((share - second) / share, 3),
        reason=f"{share:.0%} of words are {best} function words (next {second:.0%})",
        close=tuple(lang for lang, other in ranked[1:] if other and other >= share * (1 - _SURE)),
    )


@lru_cache(maxsize=8)
def _stop_word_lists(langs: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """The stop-word lists of ``langs`` that spaCy has, in that order."""
    lists = {}
    for lang in langs:
        words = _spacy_stop_words(lang)
        if words:
            lists[lang] = words
    return lists


@lru_cache(maxsize=8)
def _stop_word_index(langs: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Each stop word of any list of ``langs`` and the positions of the lists that hold it:
    a text's words are looked up once, not once per list."""
    found: dict[str, list[int]] = {}
    for n, words in enumerate(_stop_word_lists(langs).values()):
        for word in words:
            found.setdefault(word, []).append(n)
    return {word: tuple(at) for word, at in found.items()}


@lru_cache(maxsize=64)
def _spacy_stop_words(lang: str) -> frozenset[str]:
    # Each list is read from its own file: importing ``spacy.lang.fr.stop_words`` would first
    # import ``spacy.lang.fr``, whose tokenizer exceptions compile for seconds; 24 of those
    # cost ~3.7 s of CPU per process, more than parsing a few articles.
    if not lang.isalpha():
        return frozenset()
    spec = importlib.util.find_spec("spacy")
    assert spec is not None and spec.origin is not None, "spaCy is a dependency"
    words = _stop_words_file(Path(spec.origin).parent / "lang", lang)
    return frozenset(w.lower() for w in words) | _EXTRA_STOP_WORDS.get(lang, frozenset())


def _stop_words_file(root: Path, lang: str) -> Iterable[str]:
    """``STOP_WORDS`` of one of spaCy's stop-word modules (plain data, no imports)."""
    path = root / lang / "stop_words.py"
    if not path.is_file():
        return ()
    spec = importlib.util.spec_from_file_location(f"_newsbeat_stop_words_{lang}", path)
    if spec is None or spec.loader is None:  # pragma: no cover - a file spaCy ships
        return ()
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except (OSError, ImportError):  # pragma: no cover - a broken spaCy install
        return ()
    return set(getattr(module, "STOP_WORDS", ()))
