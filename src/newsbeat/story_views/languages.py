"""The languages a story was told in, and its outlets per language, counted one way in every view.

An article's language is the one stored with it (:attr:`newsbeat.models.Article.language`, an
ISO 639-1 code; detecting it is the ingest's work, not this module's). A code is read
lower-cased and without its region ("en-GB" is "en"); a missing one, or "und", is
:data:`UNKNOWN`.

Order, everywhere: English first (the reader's language, and the one the analysis reads in
full), then by how many outlets wrote in the language (then how many articles), then by code;
unknown last. Outlets within a language are in name order; an outlet that wrote in two languages
is listed under both; a language none of whose articles names an outlet is not listed.

Views show one line (:func:`languages_line`) only when the story was told in a known language
other than English: "Languages: English (5 outlets), German (1 outlet: Haldiser Rundschau)".
English outlets are already in the story's outlet list; the others are named. Language names come
from CLDR through Babel, in English.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from newsbeat.plurals import counted

__all__ = [
    "ENGLISH",
    "UNKNOWN",
    "is_english",
    "language_code",
    "language_mark",
    "language_name",
    "language_order",
    "languages_line",
    "listed_languages",
    "sentence_lang",
    "sentence_mark",
    "shown_codes",
    "shown_language",
    "shown_name",
    "story_languages",
    "told_in",
]

ENGLISH = "en"
UNKNOWN = "und"


def language_code(language: str | None) -> str:
    """An article's stored language as a bare lower-case code ("en-GB" -> "en"); :data:`UNKNOWN`
    when none is stored."""
    code = (language or "").strip().replace("_", "-").split("-")[0].lower()
    return code or UNKNOWN


def is_english(language: str | None) -> bool:
    """Whether the analysis reads an article with this stored language as English: English, or
    no language known (articles stored before detection)."""
    return language_code(language) in (ENGLISH, UNKNOWN)


def language_mark(language: str | None) -> str:
    """How a view marks a summary sentence in another language than English: "[de]"; empty
    for English and for an unknown language (read as English, :func:`is_english`)."""
    return "" if is_english(language) else f"[{language_code(language)}]"


def sentence_mark(sentence: Mapping[str, Any]) -> str:
    """:func:`language_mark` of a summary sentence's JSON (one stored before sentences carried
    their language has none: unmarked)."""
    return language_mark(sentence.get("language"))


def sentence_lang(sentence: Mapping[str, Any]) -> str:
    """The ``lang`` attribute an HTML view puts on a summary sentence in another language than
    English ("de"); empty where :func:`sentence_mark` is (the page's own language applies)."""
    language = sentence.get("language")
    return "" if is_english(language) else language_code(language)


def shown_language(item: Mapping[str, Any]) -> str:
    """The capitalised name of the ``language`` of an item's JSON (a report's article) when it
    is another than English ("German"), else empty: how a Markdown view marks it, beside
    "(reprint)" and "(headline only)"."""
    language = item.get("language")
    return "" if is_english(language) else shown_name(language_code(language))


def told_in(story: Mapping[str, Any]) -> str:
    """The known languages' names of a report's story for a list of stories ("English and
    German"), or empty where :func:`shown_codes` is: only a story told in another language
    than English is marked. The languages are its outlets' (``languages``) and then its
    articles' own (``language``): an article no outlet is named for still tells it."""
    languages = dict.fromkeys(story.get("languages") or {})
    languages.update(
        dict.fromkeys(language_code(a.get("language")) for a in story.get("articles") or [])
    )
    if not _told_in_another(languages):
        return ""
    names = [shown_name(code) for code in languages if code != UNKNOWN]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def listed_languages(languages: dict[str, list[str]]) -> str:
    """The compact form of a story list: the known codes in order ("en de"), unknown left out."""
    return " ".join(code for code in languages if code != UNKNOWN)


def _told_in_another(languages: Iterable[str]) -> bool:
    """Whether a known language other than English is among the codes: when views show them."""
    return any(code not in (ENGLISH, UNKNOWN) for code in languages)


def shown_codes(languages: dict[str, list[str]]) -> str:
    """:func:`listed_languages` where a view shows the languages (another language than
    English among them, as :func:`languages_line`), else empty: a list of stories marks
    the stories told in other languages, not every English one."""
    return listed_languages(languages) if _told_in_another(languages) else ""


@lru_cache(maxsize=256)
def language_name(code: str) -> str:
    """A language code's English name from CLDR ("de" -> "German", "und" -> "unknown
    language"); the code itself when CLDR has no name for it."""
    if code == UNKNOWN:
        return "unknown language"
    from babel import Locale  # loaded only when a view names a language

    name = Locale("en").languages.get(code)
    return code if name is None else str(name)


def shown_name(code: str) -> str:
    """:func:`language_name` as a view's line shows it, capitalised ("German", "Unknown
    language")."""
    name = language_name(code)
    return name[:1].upper() + name[1:]


def language_order(items: Iterable[tuple[str | None, str | None]]) -> list[str]:
    """Every language code of (language, outlet) of a story's appearances, in the module's
    order, a language whose articles name no outlet included (what a story was told in, where
    :func:`story_languages` lists who told it)."""
    return _ordered(*_outlets_by_language(items))


def story_languages(items: Iterable[tuple[str | None, str | None]]) -> dict[str, list[str]]:
    """Language code -> the outlets that wrote in it, from (language, outlet) of each of a
    story's appearances (reprints included), in the module's order. A language whose articles
    name no outlet is left out: the map lists outlets, and an empty entry ("en": []) would
    count none (each article's own ``language`` still says what it was written in)."""
    outlets, articles = _outlets_by_language(items)
    return {code: sorted(outlets[code]) for code in _ordered(outlets, articles) if outlets[code]}


def _outlets_by_language(
    items: Iterable[tuple[str | None, str | None]],
) -> tuple[dict[str, set[str]], Counter[str]]:
    """The outlets and the number of articles of each language code of (language, outlet)
    pairs; a language whose articles name no outlet has an empty set."""
    outlets: dict[str, set[str]] = {}
    articles: Counter[str] = Counter()
    for language, outlet in items:
        code = language_code(language)
        articles[code] += 1
        found = outlets.setdefault(code, set())
        if outlet:
            found.add(outlet)
    return outlets, articles


def _ordered(outlets: Mapping[str, set[str]], articles: Mapping[str, int]) -> list[str]:
    """The codes in the module's order: English, then by outlets, articles and code; unknown
    last."""

    def order(code: str) -> tuple[int, int, int, str]:
        rank = 0 if code == ENGLISH else 2 if code == UNKNOWN else 1
        return rank, -len(outlets[code]), -articles[code], code

    return sorted(outlets, key=order)


def languages_line(languages: dict[str, list[str]]) -> str | None:
    """The one line a view shows, or None when the story was told in no known language other
    than English (then the line would tell the reader nothing).

    English and unknown get their outlet count; every other language its count and outlets:
    "Languages: English (5 outlets), German (1 outlet: Haldiser Rundschau)".
    """
    if not _told_in_another(languages):
        return None
    parts = []
    for code, outlets in languages.items():
        name = shown_name(code)
        if code in (ENGLISH, UNKNOWN) or not outlets:
            parts.append(f"{name} ({counted(len(outlets), 'outlet')})")
        else:
            parts.append(f"{name} ({counted(len(outlets), 'outlet')}: {', '.join(outlets)})")
    return "Languages: " + ", ".join(parts)
