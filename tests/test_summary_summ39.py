"""Summary rules of session 39 (branch summ39; invented fixtures): in a sentence of another
language than English, quote marks are paired in their order („…“, “…“), a short capitalised
unpunctuated span in them is a title (no one's words), and the language's speaker's verbs
and capitalised names (any script) attribute a quote (``compare/summary_quote_marks.py``,
used by ``summary_usable._quote_ok``).

Each rule's fixture fails with the rule taken out; the guards keep quotes without a named
speaker, quote fragments, bylines, captions and menu lines out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import summarise_articles
from newsbeat.compare.summary_options import SummaryOptions
from newsbeat.compare.summary_quote_marks import pair_quote_marks, quoted_title
from newsbeat.compare.summary_usable import usable
from newsbeat.models import Article

OPTS = SummaryOptions()

# rule: each sentence was no candidate before (English quote marks and verbs only)
KEPT = [
    # pair_quote_marks: a title closed on “ (Italian usage)
    (
        "Il Comune di Verlano ha presentato ieri il piano “Città Verde“ per dodici quartieri.",
        "it",
    ),
    # speech_verb (it) and a named speaker
    (
        "Il sindaco Marco Velli ha detto che il cantiere “sarà chiuso entro giugno, come"
        " promesso”.",
        "it",
    ),
    # quoted_title: a programme's name in “…” with no naming word English knows
    (
        "A prefeitura de Solvera lançou nesta terça-feira o programa “Bairro Limpo” em doze"
        " bairros.",
        "pt",
    ),
    # speech_verb (es), a name with an accented capital
    (
        "La alcaldesa Lucía Ferrán afirmó que las obras del puente “terminarán antes del"
        " invierno”.",
        "es",
    ),
    # pair_quote_marks: German „…“
    (
        "Die Stadt Kellbrunn hat am Montag das Programm „Grüne Höfe“ für zwölf Stadtteile"
        " gestartet.",
        "de",
    ),
    # guards: guillemets whole, with a named speaker's verb or around a title
    ("La consejera Lena Varga habló de «un día histórico» para la ciudad de Solvera.", "es"),
    ("Le maire Paul Verane a inauguré le pont « Nouvelle Rive » à Kellmont.", "fr"),
    # speech_verb (ru) and Cyrillic names (capitalised_words)
    ("Мэр Тавриска Олег Веренин заявил, что ремонт моста “завершится до конца года”.", "ru"),
]


@pytest.mark.parametrize(("sentence", "language"), KEPT)
def test_another_languages_quote_marks_titles_and_speakers(sentence: str, language: str) -> None:
    assert usable(sentence, OPTS, [], language)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # guards: a quote whose speaker is not named (a pronoun, "hieß es", none)
        (
            "Die Arbeiten „werden noch in diesem Jahr abgeschlossen, wie versprochen“, hieß es.",
            "de",
        ),
        ("Las obras “terminarán antes del invierno, como prometimos”, dijo.", "es"),
        ("Ремонт моста “завершится до конца года”, заявил он.", "ru"),
        # a clause in quote marks is no title, even short; with a speaker's verb, short
        # capitalised words are spoken too
        ("Il cantiere “sarà chiuso entro giugno” e poi riaperto in autunno.", "it"),
        ("O projeto, disse ontem, é “Um erro grave” para a cidade.", "pt"),
        # a colon introduces words spoken, not a title
        ("O secretário respondeu aos moradores: “Nada muda agora” na rua principal.", "pt"),
        # a quote fragment (odd marks) stays unbalanced
        ("Il progetto “Città Verde partirà a maggio in dodici quartieri del centro.", "it"),
        ("Die Arbeiten „werden noch in diesem Jahr abgeschlossen und dann geprüft.", "de"),
        # rule: guillemets are quote marks (pair_quote_marks): a quote's half cut off by the
        # sentencizer is a fragment, speaker or not
        ("Las obras terminarán antes del invierno», dijo la alcaldesa Lucía Ferrán.", "es"),
        ("Nous finirons le pont avant l'hiver », a déclaré le maire, Paul Verane.", "fr"),
        ("Ремонт завершится до конца года», заявил мэр Олег Веренин.", "ru"),
        # English is read as before: no English speaker's verb, no candidate
        ("The council unveiled the “Green Yards” plan for twelve districts on Monday.", "en"),
        ("The council unveiled the “Green Yards” plan for twelve districts on Monday.", None),
    ],
)
def test_quotes_without_a_named_speaker_stay_out(sentence: str, language: str | None) -> None:
    assert not usable(sentence, OPTS, [], language)


def test_quote_marks_paired_in_their_order() -> None:
    assert (
        pair_quote_marks("das Programm „Grüne Höfe“ startet") == "das Programm “Grüne Höfe” startet"
    )
    assert pair_quote_marks("il piano “Città Verde“ parte") == "il piano “Città Verde” parte"
    # an odd count stays unbalanced (a lone „ is read as “)
    assert pair_quote_marks("„Grüne Höfe startet") == "“Grüne Höfe startet"


@pytest.mark.parametrize(
    ("quoted", "before", "title"),
    [
        ("“Bairro Limpo”", "o programa ", True),
        ("“Knights of the Zodiac – Saint Seiya”", "il titolo è ", True),
        ("“завершится до конца года”", "ремонт ", False),  # lower case: a clause
        ("“Basta così.”", "il sindaco ", False),  # punctuated
        ("“Basta così”", "ha risposto: ", False),  # after a colon
        ("“Uno due tre quattro cinque sei sette”", "il ", False),  # too long
    ],
)
def test_a_quoted_title(quoted: str, before: str, title: bool) -> None:
    assert quoted_title(quoted, before) is title


def _article(aid: int, text: str, language: str) -> Article:
    return Article(
        id=aid,
        title="",
        text=text,
        outlet=f"Outlet {aid}",
        published="2026-03-02",
        language=language,
    )


# One report per language: a byline, a caption, a menu line, then a sentence with quote marks
# (the lead). Before the rules no sentence could be extracted.
STORIES = [
    (
        "it",
        "di Marco Velli\n\nFoto: il ponte di Verlano (archivio)\n\nIl Comune di Verlano ha"
        " presentato ieri il piano “Città Verde“ per dodici quartieri.\n\nLeggi anche",
        "Il Comune di Verlano ha presentato ieri il piano “Città Verde“ per dodici quartieri.",
    ),
    (
        "pt",
        "Por Ana Ribas\n\nA prefeitura de Solvera lançou nesta terça-feira o programa “Bairro"
        " Limpo” em doze bairros.\n\nVeja também",
        "A prefeitura de Solvera lançou nesta terça-feira o programa “Bairro Limpo” em doze"
        " bairros.",
    ),
    (
        "es",
        "Por Pablo Serna\n\nLa alcaldesa Lucía Ferrán afirmó que las obras del puente"
        " “terminarán antes del invierno”.\n\nLea también",
        "La alcaldesa Lucía Ferrán afirmó que las obras del puente “terminarán antes del"
        " invierno”.",
    ),
    (
        "de",
        "Von Jana Korr\n\nDie Stadt Kellbrunn hat am Montag das Programm „Grüne Höfe“ für"
        " zwölf Stadtteile gestartet.\n\nMehr zum Thema",
        "Die Stadt Kellbrunn hat am Montag das Programm „Grüne Höfe“ für zwölf Stadtteile"
        " gestartet.",
    ),
    (
        "ru",
        "Автор: Ирина Лесова\n\nМэр Тавриска Олег Веренин заявил, что ремонт моста “завершится"
        " до конца года”.\n\nЧитайте также",
        "Мэр Тавриска Олег Веренин заявил, что ремонт моста “завершится до конца года”.",
    ),
]


@pytest.mark.parametrize(("language", "text", "bullet"), STORIES)
def test_a_report_in_another_language_gets_its_lead(language: str, text: str, bullet: str) -> None:
    summary = summarise_articles([_article(1, text, language)])
    assert [s.text for s in summary] == [bullet]
    assert summary[0].outlet == "Outlet 1" and summary[0].language == language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # guards: bylines, captions, menu lines and a quote's fragment give no bullet
        ("it", "di Marco Velli\n\nFoto: il ponte di Verlano\n\nLeggi anche"),
        ("pt", "Por Ana Ribas\n\nO prefeito Rui Salles “vai rever o projeto.\n\nVeja também"),
        (
            "es",
            "Por Pablo Serna\n\nLas obras “terminarán antes del invierno”, dijo.\n\nLea también",
        ),
        ("de", "Von Jana Korr\n\nBild: Die Brücke von Kellbrunn\n\nMehr zum Thema"),
        ("ru", "Автор: Ирина Лесова\n\nРемонт “завершится до конца года”, заявил он."),
    ],
)
def test_no_sentence_from_bylines_captions_menus_and_fragments(language: str, text: str) -> None:
    assert summarise_articles([_article(1, text, language)]) == []


def test_the_sentence_after_an_opening_quote_opens_the_article() -> None:
    # rule: summary_candidates.openings (an opening quote, a candidate now its „…“ marks are
    # paired, is never cited and does not hide the sentence after it)
    text = (
        "„Wir haben alles im Griff“, sagte Feuerwehrsprecher Timo Brack am Dienstag.\n\n"
        "Das Feuer war gegen 9 Uhr in einer Lagerhalle der Kellbrunner Farbwerke ausgebrochen."
    )
    summary = summarise_articles([_article(1, text, "de")])
    assert [s.text for s in summary] == [
        "Das Feuer war gegen 9 Uhr in einer Lagerhalle der Kellbrunner Farbwerke ausgebrochen."
    ]
