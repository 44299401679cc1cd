"""Per-language word lists that say a capitalised word is no name: stop words, months,
weekdays, titles and scale words, and the German marks of a common noun."""

from __future__ import annotations

from functools import cache

from newsbeat.language import stop_words

__all__ = [
    "GERMAN_DETERMINERS",
    "german_noun_shape",
    "not_name_words",
    "title_word",
]

# words German puts before a common noun (articles, contractions, possessives, quantifiers)
GERMAN_DETERMINERS = frozenset((
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "keinen", "keinem", "keiner", "im", "am", "zum", "zur", "vom", "beim",
    "ins", "ans", "aufs", "fürs", "unser", "unsere", "unseren", "unserem", "unserer", "ihr",
    "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seinen", "seinem", "seiner", "jeder",
    "jede", "jedes", "jeden", "jedem", "dieser", "diese", "dieses", "diesen", "diesem", "alle",
    "allen", "aller", "beide", "beiden", "mehrere", "viele", "einige",
))  # fmt: skip
# endings only German common nouns have ("Regierung", "Freiheit", "Partnerschaft")
_GERMAN_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
    "tionen", "tät", "täten", "ismus", "chen", "lein", "ment", "mente", "nis", "nisse",
    "tum", "tümer", "ling", "linge", "ität", "ive", "iven", "eur", "eure", "ant", "anten",
)  # fmt: skip
# titles and offices, lower case, in the main languages: a word that ends in one is a role,
# not a name ("Premierministerin", "Verteidigungsminister", "вице-президент")
_TITLES = (
    "president", "präsident", "präsidentin", "président", "présidente", "presidente",
    "presidenten", "президент", "πρόεδρος", "προέδρου", "minister", "ministerin", "ministre",
    "ministro", "ministra", "министр", "υπουργός", "υπουργού", "premier", "premiärminister",
    "statsminister", "chancellor", "kanzler", "kanzlerin", "chancelier", "canciller",
    "канцлер", "king", "könig", "königin", "roi", "reine", "rey", "reina", "kung",
    "drottning", "король", "королева", "mayor", "bürgermeister", "bürgermeisterin",
    "maire", "alcalde", "alcaldesa", "мэр", "δήμαρχος", "borgmästare", "governor",
    "gouverneur", "gobernador", "губернатор", "prime", "secretary", "sekretär", "senator",
    "senatorin", "sénateur", "general", "général", "генерал", "στρατηγός", "admiral",
    "admirálitás", "minister-president", "премьер", "премьер-министр", "prince", "prinz",
    "prinzessin", "princesse", "príncipe", "принц", "sheriff", "richter", "richterin",
    "juge", "juez", "судья", "chef", "chefin", "direktor", "direktorin", "directeur",
    "director", "директор", "sprecher", "sprecherin", "porte-parole", "portavoz",
    "представитель", "εκπρόσωπος", "talesperson", "talesman", "herr", "frau", "monsieur",
    "madame", "señor", "señora", "господин", "госпожа", "dr", "prof",
)  # fmt: skip
_SCALE_WORDS = (
    "million", "millionen", "millions", "milliarde", "milliarden", "milliard", "milliards",
    "billion", "billionen", "tausend", "mio", "mrd", "миллион", "миллиона", "миллионов",
    "миллиард", "миллиарда", "миллиардов", "тысяча", "тысячи", "тысяч", "εκατομμύρια",
    "δισεκατομμύρια", "miljoner", "miljarder", "millones", "millón",
)  # fmt: skip
# languages whose spaCy stop words are always read beside the article's own
_ALWAYS = ("en",)


def german_noun_shape(word: str) -> bool:
    """Whether a German word ends the way only common nouns do."""
    lowered = word.lower()
    return len(lowered) > 5 and lowered.endswith(_GERMAN_NOUN_ENDINGS)


def title_word(word: str) -> bool:
    """Whether a word is a title or office ("Präsidentin", "Außenminister", "премьер")."""
    lowered = word.lower()
    return lowered in _TITLE_SET or any(
        lowered.endswith(title) for title in _TITLE_SET if len(title) >= 6
    )


_TITLE_SET = frozenset(_TITLES)


@cache
def not_name_words(language: str | None) -> frozenset[str]:
    """Lower-case words that are no name in ``language`` (and English): spaCy's stop words,
    Babel's month and weekday names (wide and abbreviated), titles and scale words."""
    langs = {*_ALWAYS, language} if language and language != "und" else set(_ALWAYS)
    words: set[str] = set(_TITLES) | set(_SCALE_WORDS)
    for lang in langs:
        words |= _spacy_stop_words(lang)
        words |= _calendar_words(lang)
    return frozenset(words)


def _spacy_stop_words(lang: str) -> set[str]:
    """spaCy's stop words of a language, read from its data file (no pipeline is built)."""
    return set(stop_words(lang))


def _calendar_words(lang: str) -> set[str]:
    """Month and weekday names of a language from Babel's CLDR data, every form."""
    import babel

    try:
        locale = babel.Locale.parse(lang)
    except (ValueError, babel.UnknownLocaleError):
        return set()
    words: set[str] = set()
    for table in (locale.months, locale.days):
        for context in table.values():
            for width in ("wide", "abbreviated"):
                words |= {name.lower().rstrip(".") for name in context.get(width, {}).values()}
    return words
