"""Per-language word lists that say a capitalised word is no name: stop words, months,
weekdays, titles and scale words, and the German marks of a common noun."""

from __future__ import annotations

from functools import cache, lru_cache

from newsbeat.language import stop_words

__all__ = [
    "GENERIC_PLACE_WORDS",
    "GERMAN_DETERMINERS",
    "GERMAN_NUMBER_WORDS",
    "GERMAN_PREPOSITION_NOUNS",
    "common_name_word_stems",
    "german_noun_shape",
    "institution_noun",
    "not_name_words",
    "org_word",
    "title_abbreviation",
    "title_word",
    "weekday_stems",
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
# German number words: the noun after one is a common noun ("zehn Kilometern")
GERMAN_NUMBER_WORDS = frozenset((
    "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
    "zwölf", "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend", "hunderte",
    "tausende", "dutzende", "mehrere", "einige", "viele", "wenige", "rund", "etwa", "ersten",
    "zweiten", "dritten", "vierten", "fünften", "letzten", "nächsten",
))  # fmt: skip
# common nouns German writes after "in", "nach" or "aus" without an article ("nach Angaben",
# "in Kraft"): no town
GERMAN_PREPOSITION_NOUNS = frozenset((
    "angaben", "ansicht", "auffassung", "kraft", "frage", "sicht", "betrieb", "gefahr",
    "zukunft", "kürze", "gründen", "hause", "richtung", "höhe", "folge", "haft", "sachen",
    "protest", "informationen", "erwägung", "anspruch", "ordnung", "teilen", "gang", "kauf",
    "rente", "ruhe", "schutz", "sorge", "sorgen", "zeiten", "anbetracht", "aussicht",
    "vorbereitung", "planung",
))  # fmt: skip
# endings only German common nouns have ("Regierung", "Freiheit", "Partnerschaft")
_GERMAN_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
    "tionen", "tät", "täten", "ismus", "chen", "lein", "ment", "mente", "nis", "nisse",
    "tum", "tümer", "ling", "linge", "ität", "ive", "iven", "eur", "eure", "ant", "anten",
    # the last parts of compounds news writes every day ("Konzernchef", "Waldbrand",
    # "Regenfälle") and feminine role nouns ("Gründerin")
    "erin", "chef", "chefs", "werk", "werks", "werke", "rakete", "raketen", "fälle", "brände",
    "brand", "bränden", "gefahr", "wagen", "wagens", "personal", "regen", "konzern",
    "konzerns", "fahrt", "stand", "spüler", "auto", "autos", "zeuge", "zeugen", "ende",
    "enden", "ern", "fusion",
)  # fmt: skip
# titles and offices, lower case, in the main languages: a word that ends in one is a role,
# not a name ("Premierministerin", "Verteidigungsminister", "вице-президент")
_TITLES = (
    "president", "präsident", "präsidentin", "président", "présidente", "presidente",
    "presidenten", "президент", "πρόεδρος", "προέδρου", "minister", "ministerin", "ministre",
    "ministro", "ministra", "министр", "υπουργός", "υπουργού", "premier", "premiärminister",
    "statsminister", "chancellor", "kanzler", "kanzlerin", "chancelier", "canciller",
    "канцлер", "king", "koning", "koningin", "burgemeester", "voorzitter", "könig",
    "königin", "roi", "reine", "rey", "reina", "kung",
    "drottning", "король", "королева", "mayor", "bürgermeister", "bürgermeisterin",
    "maire", "alcalde", "alcaldesa", "мэр", "δήμαρχος", "borgmästare", "governor",
    "gouverneur", "gobernador", "губернатор", "prime", "secretary", "sekretär", "senator",
    "senatorin", "sénateur", "general", "général", "генерал", "στρατηγός", "admiral",
    "minister-president", "премьер", "премьер-министр", "prince", "prinz",
    "prinzessin", "princesse", "príncipe", "принц", "sheriff", "richter", "richterin",
    "juge", "juez", "судья", "chef", "chefin", "direktor", "direktorin", "directeur",
    "director", "директор", "sprecher", "sprecherin", "porte-parole", "portavoz",
    "представитель", "εκπρόσωπος", "talesperson", "talesman", "herr", "frau", "monsieur",
    "madame", "señor", "señora", "господин", "госпожа", "dr", "prof",
    # English abbreviations of offices before a name ("Gov. Lena Holm", "Rev.")
    "gov", "rev", "sen", "rep", "lt", "sgt", "capt", "col", "gen", "supt", "det",
    # religious, academic and public offices of other languages ("Imam Malik", "доктор
    # Петров", "o prefeito Carlos"); not Indonesian "nabi" (prophet): "zaman Nabi Islam"
    "imam", "syekh", "sheikh", "ustadz", "доктор", "doktor", "professor", "professora",
    "prefeito", "prefeita", "governador", "governadora", "deputado", "deputada",
)  # fmt: skip
# titles written short with a full stop that ends no sentence ("o prof. Carlos", "Dr. Lena
# Holm"); longer lists would take a sentence's end for one (Swedish "det.", "sen.")
_TITLE_ABBREVIATIONS = frozenset(("dr", "prof"))
_SCALE_WORDS = (
    "million", "millionen", "millions", "milliarde", "milliarden", "milliard", "milliards",
    "billion", "billionen", "tausend", "mio", "mrd", "миллион", "миллиона", "миллионов",
    "миллиард", "миллиарда", "миллиардов", "тысяча", "тысячи", "тысяч", "εκατομμύρια",
    "δισεκατομμύρια", "miljoner", "miljarder", "millones", "millón",
)  # fmt: skip
# words of an organisation's name, lower case, in the main languages; in languages that
# compound, a word ending in one of the longer ones is one too ("Hamnmyndigheten" is not:
# the definite ending; "Verkehrsministerium" is)
_ORG_WORDS = (
    "union", "unionen", "partei", "party", "parti", "partiet", "partido", "партия", "κόμμα",
    "ministerium", "ministry", "ministère", "ministerio", "departementet", "министерство",
    "υπουργείο", "bank", "banken", "banque", "banco", "банк", "τράπεζα", "company",
    "compagnie", "compañía", "gruppe", "group", "groupe", "grupo", "группа", "verband",
    "förbund", "förbundet", "fackförbund", "gewerkschaft", "syndicat", "sindicato",
    "профсоюз", "council", "conseil", "consejo", "совет", "συμβούλιο", "agency", "agentur",
    "agence", "agencia", "агентство", "university", "universität", "université",
    "universidad", "университет", "πανεπιστήμιο", "institute", "institut", "instituto",
    "институт", "ινστιτούτο", "court", "gericht", "gerichtshof", "tribunal", "суд",
    "δικαστήριο", "police", "polizei", "polisen", "policía", "полиция", "αστυνομία",
    "army", "armee", "armée", "ejército", "армия", "στρατός", "navy", "marine", "dagblad",
    "dagbladet", "zeitung", "rundschau", "herald", "gazette", "tidning", "tidningen", "post",
    "posten", "times", "journal", "presse", "газета", "εφημερίδα", "news", "nachrichten",
    "noticias", "новости", "ag", "gmbh", "ab", "inc", "ltd", "corporation", "corp",
    "authority", "behörde", "myndighet", "myndigheten", "autorité", "autoridad",
    "alliance", "allianz", "bündnis", "alianza", "союз", "συμμαχία", "commission",
    "motors", "logistics", "logistik", "logistique", "networks", "electronics", "aerospace",
    "airlines", "systems", "energy", "technologies", "pharma", "therapeutics", "holding",
    "chemie", "chemicals", "terminals", "industries", "industrie", "fc", "fk", "sc",
    # parties and movements
    "fuerza", "frente", "movimiento", "mouvement", "bewegung", "rörelse", "движение",
    "κίνημα", "front", "bloc", "block", "liga", "ligue", "league", "lega",
    "kommission", "kommissionen", "comisión", "комиссия", "επιτροπή", "federation",
    "föderation", "fédération", "federación", "федерация", "association", "verein",
    "asociación", "ассоциация", "ένωση", "ministeriet", "regering", "regeringen",
    "regierung", "gouvernement", "gobierno", "правительство", "κυβέρνηση", "parliament",
    "parlament", "parlement", "parlamento", "парламент", "κοινοβούλιο", "coalition",
    "koalition", "coalición", "коалиция", "foundation", "stiftung", "fondation",
    "fundación", "фонд", "ίδρυμα",
)  # fmt: skip
# buildings and institutions named after a saint, a patron or a biblical town ("das
# Krankenhaus Salem in Heidelberg"): the town's name after one is the institution's
_INSTITUTION_NOUNS = (
    "krankenhaus", "klinik", "klinikum", "spital", "hospital", "hôpital",
    "ospedale", "hotel", "schule", "gymnasium", "kirche", "stift", "stiftung", "heim",
    "kloster", "stadion", "school", "church", "college", "escola", "colégio", "igreja",
    "scuola", "chiesa", "école", "église", "escuela", "iglesia",
)  # fmt: skip
_ORG_SET = frozenset(_ORG_WORDS)
# the points of the compass and the words of a town's centre or a port's parts, capitalised
# inside names of every kind ("l'Europe du Nord", "Hafenbund Nord", "Centre démocrate",
# "Terminal 1"): no name of their own, and no town (Centro, Mitte)
GENERIC_PLACE_WORDS = frozenset((
    "nord", "sud", "süd", "norte", "sur", "north", "south", "east", "west", "ost", "ouest",
    "oeste", "este", "norra", "södra", "centre", "centro", "center", "zentrum", "centrum",
    "mitte", "terminal", "terminals", "terminalen",
))  # fmt: skip
# common words capitalised inside the names of institutions and places of every town ("Carden
# Fire Department", "Orwell County", "Ohio State University", "The Harwick Times"): a name
# key, but one that many unrelated stories share
_INSTITUTION_WORDS = (
    "fire", "county", "state", "city", "department", "national", "central", "street",
    "service", "services", "hospital", "church", "school", "college", "district", "federal",
    "royal", "united", "international", "airport", "station", "road", "river", "lake",
    "mount", "park", "bridge", "valley", "island", "beach", "port", "harbour", "harbor",
    "bay", "hall", "house", "tower", "square", "avenue", "coast", "public", "community",
    "regional", "memorial", "museum", "saint", "fort", "new", "old", "great", "first",
    "people", "daily", "world", "global", "office", "supreme", "high", "county's", "town",
    "village", "county", "medical", "health", "emergency", "rescue", "water", "power",
    "general", "institute", "academy", "club", "centre", "center", "team", "stadium",
)  # fmt: skip
_MIN_COMPOUND_PART = 6
# languages whose spaCy stop words are always read beside the article's own
_ALWAYS = ("en",)


def german_noun_shape(word: str) -> bool:
    """Whether a German word ends the way only common nouns do."""
    lowered = word.lower()
    return len(lowered) > 5 and lowered.endswith(_GERMAN_NOUN_ENDINGS)


@lru_cache(maxsize=16384)
def title_word(word: str) -> bool:
    """Whether a word is a title or office ("Präsidentin", "Außenminister", "премьер")."""
    lowered = word.lower().removesuffix("-elect")  # "President-elect"
    return lowered in _TITLE_SET or any(
        lowered.endswith(title) for title in _TITLE_SET if len(title) >= 6
    )


_TITLE_SET = frozenset(_TITLES)


def title_abbreviation(word: str | None) -> bool:
    """Whether a word is a title's abbreviation ("Dr", "prof") whose full stop goes on to the
    name after it."""
    return word is not None and word.lower() in _TITLE_ABBREVIATIONS


def institution_noun(word: str) -> bool:
    """Whether a word names a building or institution ("Krankenhaus", "Kreiskrankenhaus",
    "Klinik"): a town's name after one may be the institution's own."""
    lowered = word.lower()
    return any(lowered.endswith(noun) for noun in _INSTITUTION_NOUNS)


@lru_cache(maxsize=16384)
def org_word(word: str, *, compound: bool = False) -> bool:
    """Whether a word names a kind of organisation ("Union", "Partei", "министерство"); with
    ``compound`` also a compound ending in one ("Verkehrsministerium")."""
    lowered = word.lower()
    if lowered in _ORG_SET:
        return True
    return compound and any(
        lowered.endswith(org) for org in _ORG_SET if len(org) >= _MIN_COMPOUND_PART
    )


@cache
def common_name_word_stems() -> frozenset[str]:
    """Stems of the words many names share: the words of institutions and places
    (:data:`_INSTITUTION_WORDS`) and of organisations' kinds (:func:`org_word`)."""
    from newsbeat.multilingual.script import stem

    return frozenset(stem(w) for w in (*_INSTITUTION_WORDS, *_ORG_WORDS))


@cache
def not_name_words(language: str | None) -> frozenset[str]:
    """Lower-case words that are no name in ``language`` (and English): spaCy's stop words,
    Babel's month and weekday names (wide and abbreviated), titles and scale words."""
    langs = {*_ALWAYS, language} if language and language != "und" else set(_ALWAYS)
    words: set[str] = set(_TITLES) | set(_SCALE_WORDS) | GENERIC_PLACE_WORDS
    for lang in langs:
        words |= stop_words(lang)
        words |= _calendar_words(lang)
    return frozenset(words)


@cache
def weekday_stems(language: str | None) -> frozenset[str]:
    """Stems of the weekday names of ``language`` and English: a case form a list of names
    lacks ("Κυριακής", Sunday's genitive) has the same stem."""
    import babel

    from newsbeat.multilingual.script import stem

    langs = {*_ALWAYS, language} if language and language != "und" else set(_ALWAYS)
    found: set[str] = set()
    for lang in langs:
        try:
            days = babel.Locale.parse(lang).days
        except (ValueError, babel.UnknownLocaleError):
            continue
        found |= {stem(name) for context in days.values() for name in context["wide"].values()}
    return frozenset(found)


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
