"""The stories features' word lists for articles in languages other than English.

The vectoriser drops function words before hashing, and the name feature takes capitalised
words inside sentences for names. Both were written for English; for another language the
function words are that language's (spaCy's lists, read as :mod:`newsbeat.language` reads them),
its words that are no names are :func:`newsbeat.multilingual.words.not_name_words` (function
words, months, weekdays, titles) and, in a language that capitalises every noun (German), a
capitalised word is a name only when it does not look like a common noun: one after an article
("die Verteidigungsministerin", "im Bündnis") or with a noun ending ("Verteidigungsbündnis",
"Regierung") is none (the marks :mod:`newsbeat.multilingual.words` keeps). Chinese and
Japanese, written without spaces, are hashed as overlapping character pairs, and their length
in words is estimated from their characters (:func:`word_count`). Korean text is hashed
without the copyright line of its news pages.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsbeat.language import language_tag, stop_words
from newsbeat.multilingual.words import GERMAN_DETERMINERS, german_noun_shape, not_name_words

__all__ = [
    "article_words_language",
    "capitalises_nouns",
    "common_noun_spellings",
    "hashable_text",
    "no_name_words",
    "stop_words_for",
    "word_count",
]

# Languages that write every noun with a capital: a capital says "noun", not "name".
_NOUN_CAPITALS = frozenset({"de", "lb"})
# a word and the word after it (a lookahead: each word is also the first of the next pair)
_WORD_AFTER = re.compile(r"(?u)\b([^\W\d_]+)\s+(?=([^\W\d_][\w'’-]*))")
# Han and kana: Chinese and Japanese put no spaces between words.
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_KANA_RUN = re.compile(f"[{_HAN_KANA}]{{2,}}")
_UNSPACED = frozenset({"zh", "ja"})
_HIRAGANA_PAIR = re.compile(r"[\u3041-\u309f]{2}")
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # the vectoriser's tokens
_WORDS = re.compile(r"(?u)\b[^\W\d_][\w'’-]*")
# A word as the length counts it (a letter, then word characters).
_LENGTH_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Scripts written without spaces, and their characters per word: a run of them would count as
# one word. Chinese words average under two characters and Japanese ones a little over two (its
# kana endings), so 2.5 errs towards "short"; Thai words run to about four.
_UNSPACED_SCRIPTS = (
    (re.compile(f"[{_HAN_KANA}]+"), 2.5),
    (re.compile(r"[\u0e00-\u0e7f]+"), 4.0),
)
_UNSPACED_LANGUAGES = _UNSPACED | {"th"}
# The copyright line of a Korean news page ("저작권자 ⓒ …, 무단전재 및 재배포금지"): two
# unrelated reports of one site share it word for word.
_KOREAN_BOILERPLATE_LINE = re.compile(r"(?m)^.*(?:저작권자|무단\s*전재|재배포\s*금지).*$")


def article_words_language(language: str | None) -> str | None:
    """The language whose word lists an article's features use: None for English (the
    vectoriser's own lists) and for an article whose language is unknown."""
    lang = language_tag(language)  # "en-GB" is English, "de-AT" German
    return None if lang in (None, "en") else lang


def capitalises_nouns(language: str | None) -> bool:
    """Whether the language writes every noun with a capital (German, "de-AT" too)."""
    return language_tag(language) in _NOUN_CAPITALS


@lru_cache(maxsize=32)
def stop_words_for(language: str | None) -> frozenset[str]:
    """The words the vectoriser drops for an article in ``language``: English function words,
    and that language's too (an article quotes English, and its own lists miss a few)."""
    lang = article_words_language(language)
    english = frozenset(ENGLISH_STOP_WORDS)
    if lang is None:
        return english
    words = english | stop_words(lang)
    # the hasher splits "quelqu'un" and "dix-neuf" into tokens: they must be stop words too,
    # or scikit-learn warns that the list does not match its tokens
    return words | {token for word in words for token in _TOKEN.findall(word)}


def no_name_words(language: str | None) -> frozenset[str]:
    """Lower-case words that are no name in an article in ``language`` (its function words,
    months, weekdays and titles); empty for English, whose list the features keep."""
    lang = article_words_language(language)
    return frozenset() if lang is None else not_name_words(lang)


def common_noun_spellings(text: str, language: str | None) -> frozenset[str]:
    """The capitalised words of ``text`` that are common nouns by the language's grammar (in
    German: after an article, or with a noun ending), lower-cased; empty in other languages."""
    if not capitalises_nouns(language):
        return frozenset()
    nouns = {
        word.casefold()
        for before, word in _WORD_AFTER.findall(text)
        if word[0].isupper() and before.casefold() in GERMAN_DETERMINERS
    }
    nouns.update(
        w.casefold() for w in _WORDS.findall(text) if w[0].isupper() and german_noun_shape(w)
    )
    return frozenset(nouns)


def hashable_text(text: str, language: str | None) -> str:
    """``text`` as the vectoriser should tokenize it: Chinese and Japanese, written without
    spaces, as overlapping character pairs ("港口罢工" -> "港口 口罢 罢工"), the usual unit of
    retrieval in those languages; Korean without its copyright line; other languages
    unchanged."""
    lang = article_words_language(language)
    if lang == "ko":
        return _KOREAN_BOILERPLATE_LINE.sub("", text)
    if lang not in _UNSPACED:
        return text
    return _HAN_KANA_RUN.sub(lambda run: f" {_pairs(run.group(0))} ", text)


def _pairs(run: str) -> str:
    """The character pairs of a run, without those of hiragana alone: Japanese writes its
    grammar in hiragana (した, され, ます), pairs every article shares whatever it tells."""
    pairs = (run[n : n + 2] for n in range(len(run) - 1))
    return " ".join(pair for pair in pairs if not _HIRAGANA_PAIR.fullmatch(pair))


def word_count(text: str, language: str | None) -> int:
    """The length of ``text`` in words. In a language written without spaces (Chinese,
    Japanese, Thai) a run of its script counts its characters over the script's characters per
    word; elsewhere (Korean, whose headlines may hold a Han character) every word counts one."""
    if article_words_language(language) not in _UNSPACED_LANGUAGES:
        return len(_LENGTH_WORD.findall(text))
    estimate = 0.0
    for run, chars_per_word in _UNSPACED_SCRIPTS:
        estimate += sum(len(found) for found in run.findall(text)) / chars_per_word
        text = run.sub(" ", text)
    return len(_LENGTH_WORD.findall(text)) + round(estimate)
