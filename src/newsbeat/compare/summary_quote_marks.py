"""Quote marks, quoted titles and who speaks, in a sentence of another language than English.

The one-sentence rule "no quote without its speaker" (:mod:`newsbeat.compare.summary_usable`)
reads English typography and English words: quote marks paired as “…”, a speaker's verb from
an English list ("said", "told", "according to"), a name as a capitalised ASCII word. On text
in another language it dropped every sentence holding a quote mark (read38 and read39: an
Italian report's three sentences, one for a title quoted “I Cavalieri dello Zodiaco“, the next
two for quoted titles with no English verb beside them):

- **Quote marks paired** (:func:`pair_quote_marks`): German and Italian writing open on „ or “
  and close on “ ("„Grüne Höfe“", "“Città Verde“"); the curly double marks are paired in their
  order, each odd one opening and each even one closing; guillemets «…» are quote marks too
  (before, a quote's half in them, "... clave», ha señalado un portavoz.", went through).
  An odd count stays unbalanced (a quote running over several sentences: still no candidate;
  a lone „ too).
- **A quoted title** (:func:`quoted_title`): a short span in quote marks opening on a
  capital, up to six words, with no sentence punctuation inside or at its end and not after
  a colon (“Bairro Limpo”, “La leggenda del Grande Tempio”), names a programme, a film, a
  book: no one's words, it needs no speaker. A span opening in lower case (a clause: “will
  end before winter”), one ending on a comma or a full stop or holding one, and any quote
  in a sentence telling a speaker's verb are quotes.
- **Who speaks** (:func:`speech_verb`): the speaker's verbs and "according to" of Italian,
  Portuguese, Spanish, French, German, Dutch and Russian; the speaker is still a capitalised
  word besides the sentence's first (:func:`capitalised_words`, any script with capitals:
  "Олег Веренин"), as for English. "hieß es", "si è appreso", a pronoun ("заявил он") name
  no one and stay out.

English text is read as before (these apply only when the article's language is known and
not English).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "capitalised_words",
    "other_language",
    "pair_quote_marks",
    "quoted_title",
    "speech_verb",
]

# The curly double quote marks German, Italian and others pair in any order („…“, “…“, ”…”).
_CURLY = re.compile(r"[“”„‟]")
# A word: letters, digits, apostrophes and hyphens of any script.
_WORD = re.compile(r"[^\W_][\w'’-]*")
_SENTENCE_PUNCTUATION = re.compile(r"[.,;:!?]")
# Up to this many words in quote marks, unpunctuated, are a title or a term.
_TITLE_WORDS = 6

# A speaker's verbs, past and present, and "according to", by language code (";" between
# them). Verbs only with a named speaker count (see the module notes).
_SPEECH_VERBS: dict[str, str] = {
    "it": "ha detto; hanno detto; dice; dicono; disse; ha dichiarato; hanno dichiarato;"
    " dichiara; ha affermato; afferma; ha spiegato; spiega; ha aggiunto; aggiunge;"
    " ha annunciato; ha sottolineato; ha parlato di; secondo",
    "pt": "disse; disseram; diz; dizem; afirmou; afirma; declarou; declara; explicou;"
    " acrescentou; anunciou; falou em; classificou; segundo; de acordo com",
    "es": "dijo; dijeron; dice; dicen; afirmó; afirma; declaró; declara; explicó; añadió;"
    " agregó; aseguró; anunció; reconoció; señaló; ha señalado; habló de; calificó; según;"
    " de acuerdo con",
    "fr": "a dit; dit; a déclaré; déclare; a affirmé; affirme; a expliqué; explique;"
    " a ajouté; ajoute; a annoncé; a assuré; a prévenu; a raconté; parle; a parlé; selon;"
    " d'après; d’après",
    "de": "sagte; sagten; sagt; sagen; erklärte; erklärt; betonte; betont; teilte; fügte hinzu;"
    " sprach von; laut; zufolge",
    "nl": "zei; zeggen; zegt; verklaarde; liet weten; volgens",
    "ru": "сказал; сказала; сказали; заявил; заявила; заявили; сообщил; сообщила;"
    " сообщили; отметил; отметила; подчеркнул; подчеркнула; пояснил; пояснила; назвал;"
    " назвала; назвали; по словам; по данным",
}


def other_language(language: str | None) -> str | None:
    """The code of a known language other than English ("pt-BR" -> "pt"); None for English
    and for no known language (read as English, like the summary's choice of articles)."""
    code = (language or "").split("-")[0].casefold()
    return code if code and code not in ("en", "und", "unknown") else None


def pair_quote_marks(sentence: str) -> str:
    """``sentence`` with its curly double quote marks paired as “…” in their order (the odd
    ones opening, the even ones closing): "„Grüne Höfe“" and "“Città Verde“" read as quotes
    whole; guillemets «…» are read as “…” (they were never checked: a quote's half cut by
    the sentencizer, "... clave», ha señalado un portavoz.", went through). With an odd
    count a low mark „ is read as “ (unbalanced: a quote's fragment, which English marks
    alone would let through)."""
    sentence = sentence.replace("«", "“").replace("»", "”")  # French, Spanish, Russian
    marks = _CURLY.findall(sentence)
    if len(marks) % 2:
        return sentence.replace("„", "“")
    if not marks:
        return sentence
    count = iter(range(len(marks)))
    return _CURLY.sub(lambda _: "”" if next(count) % 2 else "“", sentence)


def quoted_title(quoted: str, before: str) -> bool:
    """Whether a span in quote marks (``quoted``, marks and all; ``before``: the sentence
    before it) names rather than quotes: its first letter a capital, at most
    :data:`_TITLE_WORDS` words, no sentence punctuation inside or at its end (a dash may join
    a title's parts), and not introduced by a colon (“Bairro Limpo”, “Saint Seiya”; not
    “завершится до конца года”, a clause, nor ': “Basta così”', words spoken)."""
    inner = quoted[1:-1].strip()
    words = _WORD.findall(inner)
    if not words or len(words) > _TITLE_WORDS or not words[0][0].isupper():
        return False
    return not _SENTENCE_PUNCTUATION.search(inner) and not before.rstrip().endswith(":")


@lru_cache(maxsize=16)
def _speech_pattern(code: str) -> re.Pattern[str] | None:
    listed = _SPEECH_VERBS.get(code)
    if not listed:
        return None
    verbs = (v.strip() for v in listed.split(";"))
    words = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs if v)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def speech_verb(outside: str, language: str | None) -> bool:
    """Whether the words outside a sentence's quotes (``outside``) hold a speaker's verb or
    "according to" of ``language`` (:data:`_SPEECH_VERBS`)."""
    code = other_language(language)
    pattern = _speech_pattern(code) if code else None
    return pattern is not None and pattern.search(outside) is not None


def capitalised_words(text: str) -> set[str]:
    """The words of ``text`` opening on a capital, in any script with capitals ("Lucía",
    "Олег")."""
    return {w for w in _WORD.findall(text) if w[0].isupper()}
