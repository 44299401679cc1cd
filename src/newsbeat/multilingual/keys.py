"""Language-neutral keys of an article: names, places and figures two reports of one event share
whatever their language.

* names: capitalised words of Latin, Cyrillic and Greek text (no stop word, month, weekday,
  title; a sentence's first word only when the text confirms it; German nouns kept out by the
  rules of :func:`_german_names`), as the :func:`~.script.stem` of their transliteration
  ("Велмаре" -> "velmar"); each also as a consonant skeleton tagged with its script
  ("~l:brmr"), and loanword-shaped Hangul words as skeletons only ("벨마르" -> "~k:brmr");
* places: gazetteer ids of countries and cities named in any script ("country:DE",
  "geo:2950159");
* numbers: figures normalised by :func:`~.figures.figures`.

:func:`shared_keys` says what two articles have in common: stems and ids that are equal, and
skeletons that meet across two scripts (a transliteration's spelling differs, its consonants
mostly do not) unless the two already share that name's stem.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from newsbeat.enrich.actor_table import lookup_country
from newsbeat.enrich.names import is_first_name, time_zone_abbreviations
from newsbeat.multilingual.figures import figures
from newsbeat.multilingual.hangul import (
    given_name,
    korean_variants,
    latin_sounds,
    loanword_shape,
    romanise,
)
from newsbeat.multilingual.hangul import sound as hangul_sound
from newsbeat.multilingual.places import (
    RIVER_SUFFIX,
    gazetteer,
    is_country,
    korean_common_noun,
    name_key,
    region_word,
    script_of,
)
from newsbeat.multilingual.script import (
    SKELETON_MARK,
    UNSPACED_LETTERS,
    VOWEL_GROUPS,
    is_hangul,
    skeleton,
    stem,
    transliterate,
)
from newsbeat.multilingual.words import (
    GENERIC_PLACE_WORDS,
    GERMAN_DETERMINERS,
    GERMAN_NUMBER_WORDS,
    GERMAN_PREPOSITION_NOUNS,
    common_name_word_stems,
    german_noun_shape,
    institution_noun,
    not_name_words,
    title_abbreviation,
    title_word,
    weekday_stems,
)

__all__ = [
    "HANGUL_ONLY_MARK",
    "KEYS_VERSION",
    "EntityKeys",
    "NameReading",
    "Word",
    "article_keys",
    "key_evidence",
    "read_names",
    "shared_keys",
    "transliterate",
    "words_of",
]

# how much of the body is read: the lead, where a report names its event
LEAD_CHARS = 600
# the rules' version: keys a story's state kept under another are read again from its texts
KEYS_VERSION = 3
# a title with this share of capitalised words is in title case: its capitals say nothing
_TITLE_CASE_SHARE = 0.6
# a word; a run of Han and kana is one word of its own, so a Latin word glued to Japanese
# text ends where the Japanese starts ("Amazonがあまり" is "Amazon")
_WORD = re.compile(
    rf"[{UNSPACED_LETTERS}]+"
    rf"|[^\W\d_{UNSPACED_LETTERS}](?:(?:[^\W{UNSPACED_LETTERS}]|['’-])*[^\W_{UNSPACED_LETTERS}])?"
)
# an opening quote a word leads into ("den Namen „Strait Defence Alliance“"): inside a sentence
_CLOSING_QUOTES = frozenset('"“”»«’‘')
_QUOTE_AFTER_WORD = re.compile(r"[^\W_]\s?([\"“”„«»‹›])\s*$")
# the quotes Russian, German and French put around names
_NAME_QUOTES = frozenset("«»‹›„")
_SENTENCE_END = re.compile(r"[.!?…:;\n»«\"“”„(\[—–-]\s*$")
# Korean particles and plural suffix after a noun, longest first
_KO_PARTICLES = (
    "에서는", "에게서", "으로는", "이라고", "이라는", "에서", "에게", "께서", "으로", "까지",
    "부터", "처럼", "보다", "라고", "라는", "과의", "와의", "에는", "에도", "들은", "들이",
    "들을", "들의", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도",
    "만", "들",
)  # fmt: skip
_MIN_NAME_STEM = 3
# a skeleton (first vowel + consonants) meets another only with four consonants: three are
# shared by chance too often ("Korean" / 그린 "green", "Motors" / "Mediterráneo")
_MIN_MEETING_SOUNDS = 4
# an elided article or preposition before a capitalised name ("d'Anvers", "l'UCA")
_ELISION = re.compile(r"(?:[dljnmstDLJNMST]|[Qq]u|[DdNn]ell|[AaDd]all|[Ss]ull)['’](?=[A-ZÀ-ÖØ-Þ])")
_POSSESSIVE = re.compile(r"['’]s$")
# an all-capital word this short is an acronym, not a town ("AMA", "ICE")
_ACRONYM = 4
# a small town's Latin name this short is mostly a word of some language ("Ama", "Ede")
_SHORT_TOWN = 3
# prepositions that place a thing in a town ("in Heidelberg", "em Lisboa", "à Lyon")
_LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "im", "at", "em", "no", "na", "en", "à", "a", "i", "в", "во"}
)
# words of the longest place name looked up ("Bosnia and Herzegovina", "Соединенные Штаты
# Америки"); the gazetteer's longest names are official forms news does not write
_LONGEST_PLACE = 4
# before a town or country German drops the article ("in Velmar", "aus Dravonien"), before
# most common nouns it keeps one ("in der Meerenge")
_GERMAN_PLACE_PREPOSITIONS = frozenset({"in", "nach", "aus"})
_SHORT_ADJECTIVE = 5
# endings of German adjectives (stem suffix and inflection): "ganztägiger", "deutschen"
_GERMAN_ADJECTIVE = re.compile(
    r"(?:ig|lich|isch|sch|bar|sam|haft|los|iv|al|ell|är|ös)(?:e|er|en|es|em)$"
)
_SCRIPT_TAGS = {"latin": "l", "cyrillic": "c", "greek": "g", "hangul": "k", "other": "o"}
_HANGUL_TAG = _SCRIPT_TAGS["hangul"]
# keys that only meet keys of Hangul words or only those of other scripts: a name's sound
# ("^l:bren@" / "^k:bren@") and a Hangul word's romanised stem ("^r:seoryeon", which meets
# the plain stem of "Seoryeong"); they count as no name of their own story
HANGUL_ONLY_MARK = "^"
_SOUND = HANGUL_ONLY_MARK + "{}:{}"
_ROMAN = HANGUL_ONLY_MARK + "r:"
_WORD_OF = "|"
# a romanised stem this short is too often another word's; a given name's a little shorter
# ("Min-jae" -> "minj")
_MIN_ROMAN_STEM = 5
_MIN_GIVEN_NAME_STEM = 4
# a first name is weak evidence (and so is a stem that is one: "tim" is Tim and Times, "jon"
# Jonas and Jones), a word of an institution's name none: alone, neither links two stories
# an acronym ("UCA", "AMA") keeps its capitals as its key: it meets the same acronym only, and
# its letters are no short stem; one of two letters ("EU", "UN") is weak
_ACRONYM_LETTERS = range(2, 6)
_NOT_ACRONYM_LETTER = re.compile(r"[^A-Za-z]+")
_WEAK_ACRONYM = 2


@dataclass(frozen=True)
class EntityKeys:
    """What an article names, in keys that do not depend on its language."""

    names: frozenset[str] = field(default_factory=frozenset)
    places: frozenset[str] = field(default_factory=frozenset)
    numbers: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.names or self.places or self.numbers)


@dataclass(frozen=True)
class Word:
    """A word of the text, where it stands and whether a sentence starts with it."""

    text: str
    start: int
    end: int
    initial: bool
    previous: str | None
    after_number: bool = False
    # written after an elided article ("l'Économie"): a name only when confirmed
    elided: bool = False


def words_of(text: str) -> list[Word]:
    """The words of a text with their offsets; ``initial`` when a sentence, line or quote
    starts with the word (a title's abbreviation, "prof.", ends none, nor does a quote a
    word leads into when it opens a name: :func:`_quoted_names`), ``after_number`` when a
    figure stands between it and the word before ("70 Prozent")."""
    out: list[Word] = []
    quoted: list[tuple[int, str]] = []
    previous: str | None = None
    last_end = 0
    for found in _WORD.finditer(text):
        word, start, end = _after_elision(found)
        before = text[max(0, start - 4) : start]
        gap = text[last_end:start]
        initial = not out or (
            bool(_SENTENCE_END.search(before)) and not _after_abbreviation(previous, gap)
        )
        if out and (opening := _QUOTE_AFTER_WORD.search(before)):
            quoted.append((len(out), opening.group(1)))
        # "310 Liter Regen": the noun after a figure's unit follows the figure too
        number = any(ch.isdigit() for ch in gap) or (
            bool(out) and out[-1].after_number and gap == " " and word[0].isupper()
        )
        elided = start != found.start()
        out.append(Word(word, start, end, initial, previous, number, elided))
        previous = word
        last_end = end
    return _quoted_names(text, out, quoted)


def _quoted_names(text: str, words: list[Word], quoted: list[tuple[int, str]]) -> list[Word]:
    """The words with a quote that a word leads into taken as no sentence's start when the
    quote holds a name: any in guillemets or low quotes, where Russian, German and French
    write names ("компания «Зелёные технологии»", "den Namen „Strait Defence Alliance“"),
    one word or several capitalised ones in English quotes ("the “Green Run” test"); an
    English-quoted slogan stays initial ("the “Meth. We're on it” campaign")."""
    for n, quote in quoted:
        word = words[n]
        after = words[n + 1] if n + 1 < len(words) else None
        closed = text[word.end : word.end + 1] in _CLOSING_QUOTES
        named = after is not None and after.start - word.end <= 1 and after.text[0].isupper()
        if quote in _NAME_QUOTES or closed or named:
            words[n] = dataclasses.replace(word, initial=False)
    return words


def _after_abbreviation(previous: str | None, gap: str) -> bool:
    """Whether a word follows a title's abbreviation and its full stop ("prof. Carlos"): the
    stop ends no sentence."""
    return gap in (".", ". ") and title_abbreviation(previous)


def _after_elision(match: re.Match[str]) -> tuple[str, int, int]:
    """A word's text and offsets, without a French or Italian elided article before a
    capitalised name ("d'Anvers", "l'UCA", "dell'Aquila")."""
    elided = _ELISION.match(match.group())
    cut = elided.end() if elided else 0
    return match.group()[cut:], match.start() + cut, match.end()


@dataclass(frozen=True)
class NameReading:
    """The names a text writes: each place's words and gazetteer id, the words taken for
    names (Latin, Cyrillic, Greek) and the Hangul words shaped like loanwords."""

    places: list[tuple[list[Word], str]]
    names: list[Word]
    hangul: list[Word]


def read_names(text: str, language: str | None, *, title_chars: int = 0) -> NameReading:
    """The places and names of a text; its first ``title_chars`` characters are a headline
    (whose capitals say nothing when it is in title case)."""
    lang = (language or "und").lower()
    sequence = words_of(text)
    if title_chars:
        head = [w for w in sequence if w.end <= title_chars]
        if _title_case(head):
            sequence = [_as_initial(w) if w.end <= title_chars else w for w in sequence]
    lower = {w.text for w in sequence if w.text.islower()}
    places: list[tuple[list[Word], str]] = []
    taken: set[int] = set()
    _find_places(sequence, lang, lower, places, taken)
    free = [w for n, w in enumerate(sequence) if n not in taken]
    hangul = [w for w in free if is_hangul(w.text) and _hangul_keys(w.text)]
    return NameReading(places=places, names=_names(free, lang), hangul=hangul)


def article_keys(title: str, text: str, language: str | None) -> EntityKeys:
    """The keys of an article from its title and the first :data:`LEAD_CHARS` of its text."""
    head = f"{title}\n\n" if title else ""
    reading = read_names(head + text[:LEAD_CHARS], language, title_chars=len(title))
    names: set[str] = set()
    for word in reading.names:
        if not region_word(word.text):  # "Europe" names no event
            names |= _word_keys(word.text)
    for word in reading.hangul:
        names |= _hangul_keys(word.text)
    numbers = figures(title) | figures(text[:LEAD_CHARS])
    return EntityKeys(
        names=frozenset(names),
        places=frozenset(place for _, place in reading.places),
        numbers=frozenset(numbers),
    )


def shared_keys(a: EntityKeys, b: EntityKeys) -> EntityKeys:
    """What two articles have in common: equal name stems, place ids and figures, name
    skeletons of two different cased scripts that meet ("~brmr") where no shared stem
    explains them, and a Hangul word's romanised stem or sound that meets a name of another
    script ("seoryeon", "~bren@")."""
    plain = {k for k in a.names & b.names if not k.startswith((SKELETON_MARK, HANGUL_ONLY_MARK))}
    explained = tuple(s for s in (skeleton(k) for k in plain) if s)
    sounds_a = _skeletons_by_script(a.names)
    sounds_b = _skeletons_by_script(b.names)
    met = {
        SKELETON_MARK + sound
        for sound, scripts in sounds_a.items()
        if len(sound) > _MIN_MEETING_SOUNDS
        and not sound.startswith(explained)
        and _other_script(scripts, sounds_b.get(sound, set()))
        and not _vowels_clash(sound, a.names, b.names)
    }
    names = plain | met | _hangul_meetings(a.names, b.names)
    places = a.places & b.places
    if not any(not is_country(p) for p in places) and not _enough(names):
        names = set()
    return EntityKeys(names=frozenset(names), places=places, numbers=a.numbers & b.numbers)


def _enough(names: set[str]) -> bool:
    """Whether shared names say two stories may tell one event: a strong one, or two weak
    ones (a word of institutions' names counts as none: "County" and "Fire" are shared by
    two counties' fire services)."""
    return sum(key_evidence(k) for k in names) >= 1.0


@lru_cache(maxsize=16384)
def key_evidence(key: str) -> float:
    """What one shared key says two stories tell one event, from 0 to 1: a place below a
    country or a name 1, a weak name half (a first name: "Marta", "Martin"; "tim" of Tim and
    Times; an acronym of two letters; a Hangul word's consonant shape), a country or a word
    of many institutions' names ("Fire", "County", "State") nothing."""
    if is_country(key):
        return 0.0
    if key.startswith(_PLACE_PREFIXES):
        return 1.0
    bare = key.removeprefix(SKELETON_MARK)
    if key.startswith(SKELETON_MARK) and "V" in bare:
        # a Hangul word met by its consonant shape alone (vowels as "V"): every Korean word
        # has one, verbs too ("발사됐지만" meets "Verschütteten"), so it is weak
        return _WEAK
    if bare.isupper():
        return _WEAK if len(bare) <= _WEAK_ACRONYM else 1.0
    if bare in common_name_word_stems():
        return 0.0
    if bare.isalpha() and is_first_name(bare.capitalize()):
        return _WEAK
    return 1.0


_WEAK = 0.5
_PLACE_PREFIXES = ("geo:",)


def _hangul_meetings(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """The names a Hangul text and a text of another script share: a romanised stem equal
    to a plain stem (kept as that stem) and equal sounds (as "~" and the sound)."""
    found: set[str] = set()
    for one, other in ((a, b), (b, a)):
        roman, korean, _ = _hangul_only(one)
        if not roman and not korean:
            continue
        found |= roman & other
        theirs = _hangul_only(other)[2]
        met: dict[str, set[str]] = {}
        for variant in korean.keys() & theirs:
            for word in korean[variant]:
                met.setdefault(word, set()).add(variant)
        # one key per Hangul word, in the other name's spelling (a first name stays one)
        found |= {SKELETON_MARK + min(sounds, key=_plainest) for sounds in met.values()}
    return found


def _plainest(sound: str) -> tuple[bool, int, str]:
    """Order of the sounds one Hangul word meets: with vowels before a shape, longest first."""
    return ("V" in sound, -len(sound), sound)


@lru_cache(maxsize=4096)
def _hangul_only(
    names: frozenset[str],
) -> tuple[frozenset[str], Mapping[str, frozenset[str]], frozenset[str]]:
    """A story's keys that meet across Hangul: its Hangul words' romanised stems, their
    sounds (each with the full sounds of the words that have it) and its other names'
    sounds."""
    roman: set[str] = set()
    korean: dict[str, set[str]] = {}
    other: set[str] = set()
    for key in names:
        if not key.startswith(HANGUL_ONLY_MARK):
            continue
        if key.startswith(_ROMAN):
            roman.add(key[len(_ROMAN) :])
            continue
        tag, _, value = key[1:].partition(":")
        if tag == _HANGUL_TAG:
            variant, _, word = value.partition(_WORD_OF)
            korean.setdefault(variant, set()).add(word)
        else:
            other.add(value)
    frozen = {variant: frozenset(words) for variant, words in korean.items()}
    return frozenset(roman), frozen, frozenset(other)


def _vowels_clash(sound: str, a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the stems behind a skeleton two texts share are two names: their vowels
    differ where both are plain ("Petersen" / "Петерсон"), not only where a transliteration
    hesitates (ü, ю, y: "Müller" / "Мюллер")."""
    ours = _stems_of(sound, a)
    theirs = _stems_of(sound, b)
    return bool(ours and theirs) and all(_two_names(x, y) for x in ours for y in theirs)


def _stems_of(sound: str, names: frozenset[str]) -> list[str]:
    return [
        k
        for k in names
        if not k.startswith((SKELETON_MARK, HANGUL_ONLY_MARK)) and skeleton(k) == sound
    ]


def _two_names(x: str, y: str) -> bool:
    ours, theirs = VOWEL_GROUPS.findall(x), VOWEL_GROUPS.findall(y)
    return len(ours) == len(theirs) and any(
        p != q and p in _PLAIN_VOWELS and q in _PLAIN_VOWELS
        for p, q in zip(ours, theirs, strict=True)
    )


# vowels every transliteration keeps as they are
_PLAIN_VOWELS = frozenset("aeio")


def _skeletons_by_script(names: frozenset[str]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for key in names:
        if key.startswith(SKELETON_MARK):
            tag, _, sound = key[1:].partition(":")
            found.setdefault(sound, set()).add(tag)
    return found


def _other_script(ours: set[str], theirs: set[str]) -> bool:
    """Whether a skeleton written in one cased script meets one written in another (a Hangul
    word meets another script's name by its sound, :func:`_hangul_meetings`, and Korean
    meets Korean by skeleton: a Hangul name has no stem to meet by)."""
    return any(
        (x != y and _HANGUL_TAG not in (x, y)) or x == y == _HANGUL_TAG
        for x in ours
        for y in theirs
    )


def _title_case(words: list[Word]) -> bool:
    capitals = sum(w.text[0].isupper() for w in words)
    return len(words) >= 3 and capitals / len(words) >= _TITLE_CASE_SHARE


def _as_initial(word: Word) -> Word:
    return dataclasses.replace(word, initial=True)


def _find_places(
    words: list[Word],
    lang: str,
    lower: set[str],
    places: list[tuple[list[Word], str]],
    taken: set[int],
) -> None:
    """Gazetteer ids of the places the words name; the positions of their words go in
    ``taken`` (a place is no person's name). A one-word city the text also writes in lower
    case is a common word's capital ("the Strait Defence Alliance" ... "the alliance")."""
    table = gazetteer()
    # "South Africa", "Nord-Pas-de-Calais": a compass word may open a place's name
    stops = not_name_words(lang) - GENERIC_PLACE_WORDS
    inflected = lang not in ("en", "und")
    n = 0
    while n < len(words):
        size = _place_at(words, n, lang, stops, inflected)
        if size:
            found = table.lookup(_place_words(words[n : n + size]), inflected=size == 1)
            if (
                found
                and _a_place(words, n, size, found, lang, stops)
                and not (size == 1 and _doubtful_city(n, found, words, lower, lang))
            ):
                places.append((words[n : n + size], found))
                taken.update(range(n, n + size))
                n += size
                continue
        elif lang == "de" and (town := _town_adjective(words, n, stops)):
            places.append(([words[n]], town))
            taken.add(n)
        n += 1


def _town_adjective(words: list[Word], n: int, stops: frozenset[str]) -> str | None:
    """The place a German town's adjective names before a noun ("Frankfurter Flughafen",
    "Hamburger Hafen"), unless it is a person's surname ("Lena Berliner")."""
    word = words[n]
    after = words[n + 1] if n + 1 < len(words) else None
    if after is None or not _adjacent([word, after]) or not after.text[0].isupper():
        return None
    if not _place_adjective(word.text) or _in_person_name(words, n, stops):
        return None
    return gazetteer().lookup([word.text[:-2]], inflected=False)


def _a_place(
    words: list[Word], n: int, size: int, place: str, lang: str, stops: frozenset[str]
) -> bool:
    """Whether words the gazetteer knows name the place where they stand: no acronym that
    is a town's name ("the AMA"), no other language's name of a country in English ("the
    Island"), no English institution named after "the" ("the White House"), no person
    ("Regina Benjamin", "Marta Sousa", "Пётр Иванов") anywhere in the text."""
    first = words[n]
    town = not is_country(place)
    if town and size == 1 and first.text.isupper() and len(first.text) <= _ACRONYM:
        return False
    if town and size == 1 and _not_a_town_name(words, n, place):
        return False
    english = lang in ("en", "und")
    chunk = " ".join(w.text for w in words[n : n + size])
    if english and name_key(_without_possessive(chunk)) in gazetteer().foreign:
        return False
    if english and town and (first.previous or "").lower() == "the":
        return _a_town_after_the(chunk, place, size)
    if size > 1 or is_hangul(first.text):
        return True
    # "Marta Sousa ... según Sousa": one mention in a person's name tells them all
    root = stem(first.text)
    same = (m for m, w in enumerate(words) if w.text[0].isupper() and stem(w.text) == root)
    return not any(_in_person_name(words, m, stops) for m in same)


def _not_a_town_name(words: list[Word], n: int, place: str) -> bool:
    """Whether a one-word town's name names something else: a short Latin word that is a
    small town's name ("Ama", Japan, is Portuguese "loves"), or an institution's name that
    the text places elsewhere ("das Krankenhaus Salem in Heidelberg")."""
    word = words[n]
    if script_of(word.text) == "latin" and len(word.text) <= _SHORT_TOWN:
        return place not in gazetteer().large
    before = words[n - 1] if n > 0 else None
    after = words[n + 1 : n + 3]
    return (
        before is not None
        and _adjacent([before, word])
        and institution_noun(before.text)
        and len(after) == 2  # a preposition and a place's name
        and after[0].text.lower() in _LOCATIVE_PREPOSITIONS
        and after[1].text[0].isupper()
    )


def _a_town_after_the(chunk: str, place: str, size: int) -> bool:
    """Whether words after an English "the" name their town: the town's own name ("the New
    Orleans Saints"), one word only for a large city ("the Turin group"); another of its
    names is a thing's ("the White House" for Casablanca, "The Chin" for Qinzhou), a small
    town's name a person's ("the Bush administration": Būsh, Egypt)."""
    table = gazetteer()
    own = table.english.get(place, "")
    if name_key(chunk) not in (name_key(own), name_key(RIVER_SUFFIX.sub("", own))):
        return False
    return size > 1 or place in table.large


def _in_person_name(words: list[Word], n: int, stops: frozenset[str]) -> bool:
    """Whether a one-word place stands in a person's name: a first name before a
    capitalised word ("Regina Benjamin") or a surname after a first name ("Marta Sousa")."""
    word = words[n]
    after = words[n + 1] if n + 1 < len(words) else None
    if (
        after is not None
        and not _in_capitalised_line(words, n + 2)
        and _adjacent([word, after])
        and not after.initial
        and after.text[0].isupper()
        and not title_word(after.text)
        and after.text.lower() not in stops
        and is_first_name(transliterate(word.text))
    ):
        return True
    before = words[n - 1] if n > 0 else None
    return (
        before is not None
        and not word.initial
        and _adjacent([before, word])
        and before.text[0].isupper()
        and before.text.lower() not in stops
        and is_first_name(transliterate(before.text))
    )


def _in_capitalised_line(words: list[Word], n: int) -> bool:
    """Whether the word at ``n`` goes on a run of capitalised words (a heading in title
    case: "Death of Brooklyn Teen Killed By Police" names no "Brooklyn Teen")."""
    return n < len(words) and not words[n].initial and words[n].text[0].isupper()


def _doubtful_city(n: int, place: str, words: list[Word], lower: set[str], lang: str) -> bool:
    """Whether a one-word city may be a common word or part of a longer name: the text also
    writes it in lower case, beside another capitalised name ("National Rail and Dock
    Union"), or at a sentence's start only ("Reading the treaty, ...") unless the text also
    names it inside a sentence."""
    word = words[n]
    if not place.startswith("geo:") or is_hangul(word.text):
        return False
    if word.text.lower() in lower:
        return True
    if word.initial and _dateline(n, words):
        return False
    if word.initial:
        inside = [m for m, w in enumerate(words) if w.text == word.text and not w.initial]
        return all(_in_longer_name(m, words, lang) for m in inside)
    return _in_longer_name(n, words, lang)


def _dateline(n: int, words: list[Word]) -> bool:
    """Whether a town in capitals opens a sentence written in small letters ("PARIS — The
    strike ..."): a dateline, not a heading's common word."""
    word = words[n]
    after = words[n + 1] if n + 1 < len(words) else None
    return (
        word.text.isupper()
        and len(word.text) > _ACRONYM
        and after is not None
        and not (after.text.isupper() and len(after.text) > 1)  # "A" opens the sentence
    )


def _in_longer_name(n: int, words: list[Word], lang: str) -> bool:
    """Whether the word stands beside another capitalised word of a name (no title; in
    German only the word after it, a capitalised noun before a town being its apposition,
    "die Hauptstadt Seoul", unless English words name a thing: "the Healthcare Enterprise")."""
    word = words[n]
    english = n > 0 and words[n - 1].previous == "the"  # "the Healthcare Enterprise"
    before = n - 1 if (lang != "de" or english) and not word.initial else None
    neighbours = [words[m] for m in (before, n + 1) if m is not None and 0 <= m < len(words)]
    return any(
        _adjacent(sorted((other, word), key=lambda w: w.start))
        and not other.initial
        and other.text[0].isupper()
        and not title_word(other.text)
        for other in neighbours
    )


def _place_at(words: list[Word], n: int, lang: str, stops: frozenset[str], inflected: bool) -> int:
    """The number of words from ``n`` on that name a listed place (0 when none)."""
    table = gazetteer()
    first = words[n]
    if not _may_name(first, lang, stops):
        return 0
    for size in range(min(table.longest, _LONGEST_PLACE, len(words) - n), 0, -1):
        chunk = words[n : n + size]
        if size > 1 and not _adjacent(chunk):
            continue
        if table.lookup(_place_words(chunk), inflected=inflected and size == 1):
            return size
    return 0


def _place_words(words: list[Word]) -> list[str]:
    return [
        _strip_particles(w.text) if is_hangul(w.text) else _without_possessive(w.text)
        for w in words
    ]


def _without_possessive(text: str) -> str:
    """A Latin word without its English possessive ("France's" -> "France")."""
    return _POSSESSIVE.sub("", text)


def _adjacent(words: list[Word]) -> bool:
    return all(b.start - a.end <= 1 for a, b in itertools.pairwise(words))


def _may_name(word: Word, lang: str, stops: frozenset[str]) -> bool:
    """Whether a word may start a name: capitalised (any case in Hangul), no stop word, no
    German noun after its article."""
    if is_hangul(word.text):
        return not (
            korean_common_noun(word.text) or korean_common_noun(_strip_particles(word.text))
        )
    if not word.text[0].isupper() or word.text.lower() in stops:
        return False
    return not (lang == "de" and _after_determiner(word))


def _after_determiner(word: Word) -> bool:
    return word.previous is not None and word.previous.lower() in GERMAN_DETERMINERS


def _names(words: list[Word], lang: str) -> list[Word]:
    """The words taken for names (see the module docstring)."""
    stops = not_name_words(lang)
    # a word the text also writes in lower case is a common word at a sentence's start or in
    # a heading ("Erneut", "Reading")
    lower = {w.text for w in words if w.text.islower()}
    weekdays = weekday_stems(lang)
    chosen = [
        _name_candidate(w, stops) and w.text.lower() not in lower and stem(w.text) not in weekdays
        for w in words
    ]
    # a capitalised stop word inside a name ("National Dock Union": Swedish "dock") is part of it
    inner = [
        n
        for n in range(1, len(words) - 1)
        if chosen[n - 1] and chosen[n + 1] and _inside_name(words[n - 1 : n + 2])
    ]
    for n in inner:
        chosen[n] = True
    candidates = [w for w, keep in zip(words, chosen, strict=True) if keep]
    return _german_names(candidates, words) if lang == "de" else _confirmed(candidates)


def _inside_name(three: list[Word]) -> bool:
    middle = three[1]
    return (
        _adjacent(three)
        and not middle.initial
        and not three[2].initial
        and middle.text[0].isupper()
        and not title_word(middle.text)
    )


def _name_candidate(word: Word, stops: frozenset[str]) -> bool:
    text = word.text
    if is_hangul(text) or not text[0].isupper() or script_of(text) == "other":
        return False
    if any(is_hangul(ch) for ch in text):  # "K리그1에서": a Korean word, not a Latin name
        return False
    bare = _without_possessive(text)  # "Wednesday's" is a weekday
    if bare.lower() in stops or title_word(bare) or bare in time_zone_abbreviations():
        return False
    return len(stem(text)) >= _MIN_NAME_STEM and not (
        _demonym(bare) and not _after_name_or_title(word, stops)
    )


def _after_name_or_title(word: Word, stops: frozenset[str]) -> bool:
    """Whether the word before is a capitalised name or a title: a surname stands there
    ("Aurel Dane", "Präsident Dane"), a people's adjective does not."""
    before = word.previous
    if not before or not before[0].isupper():
        return False
    return title_word(before) or before.lower() not in stops


def _demonym(word: str) -> bool:
    """Whether a word is a people's or a country's adjective ("Korean", "Russian"): it tells
    no event, and its few consonants meet other names' ("Korean" / 그린, "Russian" /
    "Olsen")."""
    if script_of(word) != "latin" or gazetteer().lookup([word], inflected=False) is not None:
        return False
    # "Korean" is the adjective of two countries: the table lists "South Korean"
    return any(lookup_country(f"{side}{word}") for side in ("", "South ", "North "))


def _confirmed(candidates: list[Word]) -> list[Word]:
    """Candidates not first in their sentence, and first ones whose stem the text also
    capitalises elsewhere."""
    inside = {stem(w.text) for w in candidates if not _unconfirmed(w)}
    return [w for w in candidates if not _unconfirmed(w) or stem(w.text) in inside]


def _unconfirmed(word: Word) -> bool:
    """Whether a candidate needs its stem capitalised elsewhere: a sentence's first word, or
    a word after an elided article unless an acronym (French capitalises a ministry's
    field, "l'Économie", but "l'UCA" is a name)."""
    return word.initial or (word.elided and not word.text.isupper())


def _german_names(candidates: list[Word], words: list[Word]) -> list[Word]:
    """German capitalises every noun: a capitalised word is a name when it never stands
    where nouns stand (:func:`_german_noun_context`), never looks like a common noun or an
    adjective, and stands in a run of two names ("Lena Holm"), recurs inside a sentence, or
    follows a preposition of place without an article ("in Velmar")."""
    plain = [
        w
        for w in candidates
        if not german_noun_shape(w.text) and not _GERMAN_ADJECTIVE.search(w.text.lower())
    ]
    counts = Counter(stem(w.text) for w in plain)
    inside = {stem(w.text) for w in plain if not w.initial}
    nouns = {stem(w.text) for w in plain if _german_noun_context(w)}
    # a common noun before a name is an apposition ("die Gewerkschaft Hafenbund")
    runs = _in_runs(candidates, words)
    chosen: list[Word] = []
    for word in plain:
        key = stem(word.text)
        if key in nouns:
            continue
        placed = (
            word.previous is not None
            and word.previous in _GERMAN_PLACE_PREPOSITIONS
            and word.text.lower() not in GERMAN_PREPOSITION_NOUNS
        )
        if word.start in runs or (counts[key] >= 2 and key in inside) or placed:
            chosen.append(word)
    return chosen


def _german_noun_context(word: Word) -> bool:
    """Whether a German word stands where common nouns stand: after an article, a figure
    ("70 Prozent"), an adjective of a telling ending ("ganztägiger Warnstreik") or a town's
    adjective ("Frankfurter Flughafen")."""
    if word.after_number or _after_determiner(word):
        return True
    before = word.previous
    if before is None:
        return False
    if before.lower() in GERMAN_NUMBER_WORDS:
        return True
    if before.islower() and _GERMAN_ADJECTIVE.search(before):
        return True
    return before[:1].isupper() and before.endswith("er") and _place_adjective(before)


def _place_adjective(word: str) -> bool:
    """Whether a German word is a town's adjective ("Frankfurter", "Berliner"): capitalised,
    in "-er" ("darauf" is no adjective of Dar'ā)."""
    return (
        word[:1].isupper()
        and word.endswith("er")
        and len(word) > _SHORT_ADJECTIVE
        and gazetteer().lookup([word[:-2]], inflected=False) is not None
    )


def _in_runs(candidates: list[Word], words: list[Word]) -> set[int]:
    """Start offsets of candidates next to another candidate inside a sentence ("Lena Holm",
    "Provinz Izmir"); a sentence's first word only when it is a known first name ("Erneut
    Erdbeben ..." is no name)."""
    starts = {w.start for w in candidates}
    found: set[int] = set()
    for a, b in itertools.pairwise(words):
        if a.start not in starts or b.start not in starts or b.start - a.end > 1 or b.initial:
            continue
        if not a.initial or is_first_name(transliterate(a.text)):
            found |= {a.start, b.start}
    return found


def _word_keys(word: str) -> set[str]:
    """The stem of a name's word, the skeletons of its stem and of the whole word (a Korean
    spelling keeps the consonants a case ending would take: "Haldis" / "할디스") and the
    sounds a Hangul spelling of either may have."""
    letters = _NOT_ACRONYM_LETTER.sub("", transliterate(word))
    if word.isupper() and len(letters) in _ACRONYM_LETTERS:
        return {letters.upper()}
    key = stem(word)
    tag = _SCRIPT_TAGS[script_of(word)]
    skeletons = {f"{SKELETON_MARK}{tag}:{s}" for s in (skeleton(key), skeleton(word)) if s}
    sounds = {_SOUND.format(tag, s) for s in latin_sounds(key) | latin_sounds(word)}
    return {key} | skeletons | sounds


@lru_cache(maxsize=16384)
def _hangul_keys(word: str) -> frozenset[str]:
    """The keys of a Hangul word, as written and without a particle ("호프만" is a name and
    "호프만은" its topic form): its sounds and romanised stem, the romanised stem of a
    person's given name ("강도윤" -> "doyun"), and a skeleton for a loanword-shaped word
    (what counts it as a name of its story)."""
    keys: set[str] = set()
    forms = _hangul_forms(word)
    # every form keeps the word's full sound: one word meets one name, once
    full = hangul_sound(min(forms, key=len)) if forms else ""
    for form in forms:
        keys |= {_SOUND.format(_HANGUL_TAG, f"{s}{_WORD_OF}{full}") for s in korean_variants(form)}
        roman = stem(romanise(form)) if romanise(form) else ""
        if len(roman) >= _MIN_ROMAN_STEM:
            keys.add(_ROMAN + roman)
        given = given_name(form)
        given_stem = stem(romanise(given)) if given else ""
        if len(given_stem) >= _MIN_GIVEN_NAME_STEM:
            keys.add(_ROMAN + given_stem)
    bare = _strip_particles(word)
    if len(bare) >= 2 and loanword_shape(bare) and (sound := skeleton(bare)):
        keys.add(f"{SKELETON_MARK}{_HANGUL_TAG}:{sound}")
    return frozenset(keys)


def _hangul_forms(word: str) -> set[str]:
    """A Hangul word as written up to a closing quote ("모크란'이": the quoted name and its
    particle), without its particle, and without the word for the kind of place or firm a
    name ends in ("비스와강": the Vistula river, "나하공항": Naha's airport)."""
    head = _QUOTE.split(word, maxsplit=1)[0]
    bare = _strip_particles(head)
    forms = {head, bare}
    for suffix in _KO_KIND_SUFFIXES:
        if bare.endswith(suffix) and len(bare) - len(suffix) >= 2:
            forms.add(bare[: -len(suffix)])
            break
    return {f for f in forms if len(f) >= 2}


_QUOTE = re.compile(r"['’]")
# what a Korean name of a place or a firm ends in, longest first: airport, university, group,
# electronics, airline, motors, bank, river, mountain, island, lake, province, city, county,
# port, station
_KO_KIND_SUFFIXES = (
    "대학교", "자동차", "공항", "대학", "그룹", "전자", "항공", "은행", "강", "산", "섬", "호",
    "주", "시", "군", "항", "역",
)  # fmt: skip


@lru_cache(maxsize=16384)
def _strip_particles(word: str) -> str:
    for particle in _KO_PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word
