"""Openings that are not an article's point, and pages whose point no sentence tells.

- **An activity's hook** ("Oslo, Norway: Crossing the strait, while not easy, has been
  done."), read past a colon dateline (:func:`colon_dateline_end`: "City, Region, Country:",
  its first place one the gazetteer knows; the dateline stays in a bullet, as before: cut,
  "NEW DELHI: Their savings ..." would open on a pronoun and be dropped): a feature
  opening whose subject is a gerund's clause, an activity rather than anyone, and whose
  predicate characterises it (a present copula or perfect, "takes"), with no figure, no date
  and no one's words. Nothing happened to anyone in it; the news is the sentence after
  (:func:`activity_hook`; read37: a real page's only lead bullet was such a line behind a
  colon dateline).
- **A list article** ("Best garden tools of 2025", "The 10 best ferries", "Top 5 ...",
  :func:`list_title`): a round-up of items; any one item's blurb is a side detail, not the
  page's point. No sentence past its first heading line (an item's name, "Vell Kettle Pro
  for $35") is chosen; the intro before it may be, by the usual rules (read37: a year's best
  gadgets were summarised by one product's blurb; a deals list's intro gives the prices).
- **The writer's voice in another language** ("Wir hoffen, dass ...", "Semoga kita bisa
  ..."): an opening whose subject pronoun is the first person (:func:`first_person_opening`,
  outside quote marks) is a blog's, a sermon's or a column's line, not news; the summary of
  a story told in another language takes only openings, so it is left out rather than cited
  (read36: an Indonesian page's only bullet was its wish that readers practise the
  scripture). Subject pronouns only: a possessive ("in our country") is common in news.
- **Background in another language**: an opening set in a past century's decade ("In den
  achtziger Jahren ...", "Dans les années 80, ...": :func:`past_decade_opening`) tells a
  life's or a place's past, not the news; left out likewise (read36: a Russian page's only
  bullet was its model's fame in the eighties, its news her fear of ageing at 53).
- **The reader addressed in another language** ("Nesta página você terá sempre ...", "Hier
  findest du ..."): an opening with a second-person pronoun outside quote marks
  (:func:`second_person_opening`) is a site's blurb or advice, not news (read35 and summ38:
  a standings page's only bullet told the reader what the page offers).
- **No one and nothing counted, in another language** (:func:`nameless_opening`): an opening
  in a script with capitals that has no figure and no capitalised word past its first names
  no one, no place, no date and counts nothing: a diet's or a reflection's generic line ("This
  diet came to us from the west ...", "Living a true love is one of life's pleasures"), a
  list's hook ("Our heroes know ..."), a scene's ("They left their tents at night."). News
  opens on who, where or how many (summ38: 3 of the extraction pages' 11 other-language
  bullets were such lines; of the invented multilingual gold's ~300 report openings, one).
  A script without capitals (Korean, Japanese) is not judged: its names look like any word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from newsbeat.enrich.names import place_kind

__all__ = [
    "activity_hook",
    "colon_dateline_end",
    "first_person_opening",
    "list_title",
    "nameless_opening",
    "past_decade_opening",
    "second_person_opening",
]

# "Kittby, Sorvenland: ", "Washington, DC, United States: ": one to three places, each of one
# to three capitalised words (an abbreviation like "DC" too), then a colon.
_PLACE = r"[A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,2}"
_COLON_DATELINE = re.compile(rf"\A\s*(?P<place>{_PLACE})(?:,[ ]{_PLACE}){{0,2}}:[ ]+(?=[A-Z])")


def colon_dateline_end(text: str) -> int:
    """Where a colon dateline opening ``text`` ends ("Kittby, Sorvenland: "), when its first
    place is one the gazetteer knows; 0 when the text opens with none."""
    found = _COLON_DATELINE.match(text)
    if found is not None and place_kind(found["place"]) is not None:
        return found.end()
    return 0


# A gerund opening the sentence, then a function word of its clause ("Getting to ...",
# "Running a ..."), the clause, an optional aside between commas, then the main verb: a
# present copula, a perfect, or "takes".
_ACTIVITY_HOOK = re.compile(
    r"^(?P<gerund>[A-Z][a-z]{2,}ing)\s+"
    r"(?:to|the|a|an|into|onto|on|up|out|over|through|across|back|from|off|in|with|your|our)\b"
    r"[^.;:!?,\"“”]*?(?:,[^,;:\"“”]{1,60},)?\s+"
    r"(?:is|are|isn['’]t|aren['’]t|has\s+been|have\s+been|hasn['’]t\s+been|remains|takes)\b"
)
# What ties a line to the story: a figure, a date word, someone's words.
_TOLD = re.compile(
    r"\d|\b(?:today|tonight|yesterday|tomorrow|ago|last|this|next|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|said|says|told|according)\b",
    re.IGNORECASE,
)


def activity_hook(text: str, names: Iterable[str] = ()) -> bool:
    """Whether an opening sentence is an activity's hook (see :data:`_ACTIVITY_HOOK`): a
    gerund's clause as subject, a characterising predicate, nothing told (no figure, date or
    reported words); the gerund is no part of ``names`` (the article's entities) nor a known
    place ("Reading", "Beijing")."""
    found = _ACTIVITY_HOOK.match(text[colon_dateline_end(text) :])
    if found is None or _TOLD.search(text) is not None:
        return False
    gerund = found["gerund"]
    parts = {p.casefold() for name in names for p in name.split()}
    return gerund.casefold() not in parts and place_kind(gerund) is None


# "Best garden tools of 2025", "The best ferries for the year", "10 best ...", "Top 5 ...".
_LIST_TITLE = re.compile(
    r"^(?:the\s+)?(?:\d{1,3}\s+)?best\s+[\w'’-]+(?:\s+[\w'’-]+){0,4}\s+(?:of|for|in)\s+"
    r"(?:(?:19|20)\d\d|the\s+(?:year|decade))\b"
    r"|^(?:the\s+)?(?:top\s+)?\d{1,3}\s+(?:best|worst|top|greatest|biggest)\b"
    r"|^top\s+\d{1,3}\b",
    re.IGNORECASE,
)


def list_title(title: str | None) -> bool:
    """Whether an article's title names a list article (see :data:`_LIST_TITLE`)."""
    return title is not None and _LIST_TITLE.match(title.strip()) is not None


# First-person subject pronouns by language code (English is read by the English rules).
_FIRST_PERSON = {
    "da": ("jeg", "vi"),
    "de": ("ich", "wir"),
    "es": ("yo", "nosotros", "nosotras"),
    "fr": ("je", "j", "nous"),
    "id": ("kita", "kami", "saya", "aku"),
    "it": ("io", "noi"),
    "ms": ("kita", "kami", "saya", "aku"),
    "nl": ("ik", "wij", "we"),
    "no": ("jeg", "vi"),
    "pt": ("eu", "nós"),
    "ru": ("я", "мы"),
    "sv": ("jag", "vi"),
    "uk": ("я", "ми"),
}
# A quotation: its words are a speaker's, not the writer's.
_QUOTED = re.compile(r"[\"“”„«»][^\"“”„«»]*[\"“”„«»]")


@lru_cache(maxsize=64)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def _unquoted_pronoun(
    text: str, language: str | None, pronouns: Mapping[str, tuple[str, ...]]
) -> bool:
    """Whether ``text`` has one of ``pronouns``' words for ``language`` (a code, "pt-BR" read as
    "pt") outside quote marks (:data:`_QUOTED`)."""
    words = pronouns.get((language or "").split("-")[0].casefold())
    if not words:
        return False
    return _words_pattern(words).search(_QUOTED.sub(" ", text)) is not None


def first_person_opening(text: str, language: str | None) -> bool:
    """Whether an opening sentence in another language (``language``: its code, "id",
    "pt-BR") has a first-person subject pronoun outside quote marks (:data:`_FIRST_PERSON`)."""
    return _unquoted_pronoun(text, language, _FIRST_PERSON)


# A decade of the last century by language code: in words ("восьмидесятых", "achtziger")
# or figures ("80er", "années 80", "anos 80", "1980-an"); every language: "1980s".
_DECADE_WORDS = {
    "ru": r"(?:двадцат|тридцат|сороков|пятидесят|шестидесят|семидесят|восьмидесят|девяност)ых"
    r"|(?:19)?[2-9]0-?х\s+год",
    "uk": r"(?:двадцят|тридцят|сорокових|п.ятдесят|шістдесят|сімдесят|вісімдесят|дев.яност)"
    r"|(?:19)?[2-9]0-?х\s+рок",
    "de": r"(?:zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|"
    r"neunziger)\s+Jahre|(?:19)?[2-9]0er(?:\s+|-)Jahre",
    "fr": r"années\s+(?:19)?[2-9]0\b|années\s+(?:soixante|quatre-vingt)",
    "es": r"(?:años|década\s+de\s+los)\s+(?:19)?[2-9]0\b|\blos\s+(?:sesenta|setenta|ochenta|"
    r"noventa)\b",
    "pt": r"anos\s+(?:19)?[2-9]0\b|anos\s+(?:sessenta|setenta|oitenta|noventa)\b",
    "it": r"anni\s+(?:19)?[2-9]0\b|anni\s+(?:sessanta|settanta|ottanta|novanta)\b",
    "id": r"\b(?:19)?[2-9]0-an\b",
}


@lru_cache(maxsize=32)
def _decade(code: str) -> re.Pattern[str]:
    words = _DECADE_WORDS.get(code)
    own = f"|{words}" if words else ""
    return re.compile(rf"\b19[2-9]0(?:\s*['’]?s)\b{own}", re.IGNORECASE)


def past_decade_opening(text: str, language: str | None) -> bool:
    """Whether an opening sentence in another language is set in a decade of the last
    century (:data:`_DECADE_WORDS`)."""
    code = (language or "").split("-")[0].casefold()
    return _decade(code).search(text) is not None


# Second-person pronouns by language code, unambiguous ones only (German "Sie" and "ihr" are
# also "she" and "her"; Dutch "u" and Danish "I" are letters too).
_SECOND_PERSON = {
    "da": ("du", "dig", "dere"),
    "de": ("du", "dich", "dir", "euch"),
    "es": ("usted", "ustedes", "tú"),
    "fr": ("vous", "tu"),
    "id": ("anda", "kamu"),
    "it": ("voi", "tu"),
    "ms": ("anda", "kamu"),
    "nl": ("jij", "jullie"),
    "no": ("du", "deg", "dere"),
    "pt": ("você", "vocês"),
    "ru": ("вы", "вас", "вам", "ты", "тебя", "тебе"),
    "sv": ("du", "dig", "ni"),
    "uk": ("ви", "вас", "вам", "ти", "тебе"),
}


def second_person_opening(text: str, language: str | None) -> bool:
    """Whether an opening sentence in another language (``language``: its code) addresses the
    reader: a second-person pronoun (:data:`_SECOND_PERSON`) outside quote marks."""
    return _unquoted_pronoun(text, language, _SECOND_PERSON)


_WORD = re.compile(r"\w[\w'’-]*")
# Lower-case words that count or date in the languages of the pages ("dois dos cinco", "nesta
# manhã", "в понедельник", "hier"): such an opening tells when or how many, news.
_COUNTED_OR_DATED = {
    "pt": r"(?:dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|cem|cento|mil|milhões?|"
    r"hoje|ontem|amanhã|manhã|tarde|noite|segunda|terça|quarta|quinta|sexta|sábado|domingo|"
    r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|"
    r"dezembro)",
    "es": r"(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|cien|mil|millones?|hoy|ayer|"
    r"mañana|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|"
    r"mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)",
    "fr": r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille|millions?|"
    r"aujourd'hui|hier|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|"
    r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)",
    "it": r"(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci|cento|mille|mila|milioni?|oggi|"
    r"ieri|domani|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|gennaio|febbraio|"
    r"marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)",
    "ru": r"(?:дв[аеуо]|тр[иеё]|четыр|пят|шест|сем|восем|девят|десят|сто|тысяч|миллион|"
    r"сегодня|вчера|завтра|понедельник|вторник|сред[ау]|четверг|пятниц|суббот|воскресень|"
    r"январ|феврал|март|апрел|ма[яей]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*",
    "id": r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|ratus|ribu|juta|"
    r"hari ini|kemarin|besok|senin|selasa|rabu|kamis|jumat|sabtu|minggu)",
}


@lru_cache(maxsize=32)
def _counted_or_dated(code: str) -> re.Pattern[str] | None:
    words = _COUNTED_OR_DATED.get(code)
    return None if words is None else re.compile(rf"(?<!\w){words}(?!\w)", re.IGNORECASE)


def nameless_opening(text: str, language: str | None = None) -> bool:
    """Whether an opening sentence in another language (``language``: its code) names no one
    and counts nothing: no figure, no count or date in words (:data:`_COUNTED_OR_DATED`), and
    no word past the first that starts with a capital, in a text most of whose letters have a
    case (a script without capitals is not judged: False)."""
    letters = [c for c in text if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]
    if not letters or 2 * len(cased) < len(letters) or any(c.isdigit() for c in text):
        return False
    counted = _counted_or_dated((language or "").split("-")[0].casefold())
    if counted is not None and counted.search(text):
        return False
    return not any(word[0].isupper() for word in _WORD.findall(text)[1:])
