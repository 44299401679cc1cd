"""Language-neutral keys: names across scripts and case endings, places in any script,
figures with any separator or scale word, and what two articles share."""

from __future__ import annotations

import pytest

from newsbeat.multilingual import EntityKeys, article_keys, shared_keys, transliterate
from newsbeat.multilingual.figures import figures
from newsbeat.multilingual.hangul import sound
from newsbeat.multilingual.keys import HANGUL_ONLY_MARK
from newsbeat.multilingual.script import skeleton, stem


def test_transliterate_any_script_to_ascii() -> None:
    assert transliterate("Ирина  Велмарова") == "Irina Velmarova"
    assert transliterate("Θεσσαλονίκη").isascii()
    assert transliterate("벨마르").isascii()


@pytest.mark.parametrize(
    "forms",
    [
        ("Velmar", "Велмар", "Велмара", "Велмаре", "Velmars"),
        ("Germania", "Германия", "Германии", "Γερμανίας"),
        ("Holm", "Хольм", "Хольма"),
    ],
)
def test_case_forms_share_a_stem(forms: tuple[str, ...]) -> None:
    assert len({stem(form) for form in forms}) == 1


def test_korean_loanword_meets_latin_spelling_by_skeleton() -> None:
    assert skeleton("Velmar") == skeleton("벨마르")
    assert skeleton("Lindqvist") == skeleton("Линдквист") == skeleton("린드크비스트")
    assert skeleton("Lindqvist") != skeleton("Lundgren")


def test_names_of_an_english_lead() -> None:
    keys = article_keys(
        "Ferry strike ends in Velmar",
        "Dock workers in Velmar voted on Monday to end the strike, union leader Marta "
        "Lindqvist said. The port reopens on Tuesday.",
        "en",
    )
    assert {"velmar", "mart", stem("Lindqvist")} <= keys.names
    # a sentence's first word, a weekday and a stop word are no names
    assert not {stem("Dock"), stem("Monday"), stem("The")} & keys.names


def test_sentence_start_confirmed_by_a_later_capital() -> None:
    keys = article_keys("", "Orvane agreed. Talks with Orvane resume. Harbours reopen.", "en")
    assert "orvan" in keys.names
    assert stem("Harbours") not in keys.names


def test_title_case_headline_capitals_say_nothing() -> None:
    keys = article_keys("Harbour Workers Vote To End Strike", "The vote was close.", "en")
    assert not keys.names


def test_german_common_nouns_are_no_names() -> None:
    text = (
        "Die Regierung hat den Vertrag am Donnerstag unterzeichnet. Präsident Aurel Danescu "
        "sprach von einem Erfolg; der Vertrag tritt im April in Kraft. Die Kosten trägt "
        "der Hafen. Danescu reist danach in Velmar weiter."
    )
    keys = article_keys("", text, "de")
    assert {"aurel", stem("Danescu"), "velmar"} <= keys.names
    for noun in ("Regierung", "Vertrag", "Erfolg", "Kosten", "Hafen", "Präsident", "April"):
        assert stem(noun) not in keys.names, noun


def test_german_word_once_and_after_no_article_is_left_out() -> None:
    # "Zeremonie" stands once, without an article and not after a place preposition
    keys = article_keys("", "Sie sprach von Zeremonie und Pflicht.", "de")
    assert stem("Zeremonie") not in keys.names


def test_korean_native_words_make_no_name_keys() -> None:
    keys = article_keys("", "목요일 상호 방위 조약에 서명했다.", "ko")
    # only keys that meet across Hangul, and none meets an English report's names
    assert all(k.startswith(HANGUL_ONLY_MARK) for k in keys.names)
    assert not keys.places
    en = article_keys("", "Lena Holm and Tobias Brandvik signed the treaty in Sangmoor.", "en")
    assert not shared_keys(keys, en).names


def test_korean_loanword_name_meets_its_latin_spelling() -> None:
    ko = article_keys("", "벨마르 항구에서 마르타 린드크비스트가 말했다.", "ko")
    en = article_keys("", "In the port of Velmar, Marta Lindqvist spoke.", "en")
    shared = shared_keys(ko, en).names
    assert {"~" + sound("벨마르"), "~" + sound("린드크비스트")} <= shared


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ministers met in Germany on Friday."),
        ("ru", "Министры встретились в Германии в пятницу."),
        ("de", "Die Minister trafen sich am Freitag, sagte ein Sprecher Deutschlands."),
        ("ko", "장관들이 금요일 독일에서 만났다."),
        ("el", "Οι υπουργοί συναντήθηκαν στη Γερμανία την Παρασκευή."),
        ("fr", "Les ministres se sont réunis en Allemagne vendredi."),
    ],
)
def test_a_country_in_any_script_and_case(language: str, text: str) -> None:
    assert "country:DE" in article_keys("", text, language).places


def test_a_city_in_other_scripts() -> None:
    for language, text in [
        ("en", "Talks went on in Berlin."),
        ("ru", "Переговоры продолжились в Берлине."),
        ("ko", "회담은 베를린에서 계속됐다."),
        ("el", "Οι συνομιλίες συνεχίστηκαν στο Βερολίνο."),
    ]:
        assert "geo:2950159" in article_keys("", text, language).places, language


def test_a_city_name_the_text_writes_in_lower_case_is_no_place() -> None:
    text = "The reading of the bill went on; officials said Reading was a formality."
    assert not article_keys("", text, "en").places
    assert article_keys("", "Officials said Reading was calm.", "en").places


def test_a_city_name_only_at_a_sentence_start_is_no_place() -> None:
    assert not article_keys("", "Nice weather helped the crews.", "en").places
    assert article_keys("", "Nice weather helped. Crews in Nice worked.", "en").places


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4,200 people", "4200"),
        ("4.200 Menschen", "4200"),
        ("4 200 человек", "4200"),
        ("4\u202f200 personnes", "4200"),
        ("31 million", "31000000"),
        ("31 Millionen", "31000000"),
        ("31 millions", "31000000"),
        ("31 млн", "31000000"),
        ("3100만 명", "31000000"),
        ("2억 4천만 크로네", "240000000"),
        ("2,5 Milliarden Euro", "2500000000"),
        ("$4.5bn", "4500000000"),
        ("3 mil personas", "3000"),
    ],
)
def test_figures_normalised(text: str, value: str) -> None:
    assert figures(text) == {value}


@pytest.mark.parametrize(
    "text",
    ["in 2024", "3 boats", "on 2026-02-26", "am 26.02.2026", "at 14:30", "5 military trucks"],
)
def test_no_figure(text: str) -> None:
    assert figures(text) == set()


def test_shared_keys_count_a_name_once() -> None:
    en = article_keys("", "Officials said Ilvo Brenmark signed in Velmar.", "en")
    ru = article_keys("", "Чиновники сказали, что Ильво Бренмарк подписал в Велмаре.", "ru")
    shared = shared_keys(en, ru)
    assert {"velmar", stem("Brenmark")} <= shared.names
    # the skeletons of names both spell with the same stem are not counted again
    assert not any(key.startswith("~") for key in shared.names)


def test_skeletons_of_one_script_do_not_meet() -> None:
    # "Marta" and "Mirta" share consonants, not a stem: two Latin spellings are two names
    a = article_keys("", "Officials said Marta Oskarsen spoke.", "en")
    b = article_keys("", "Officials said Mirta Oskarsen spoke.", "en")
    assert shared_keys(a, b).names == {stem("Oskarsen")}


def test_shared_keys_of_unrelated_articles_are_empty() -> None:
    a = article_keys("", "Officials in Velmar said 4,200 sailors stayed home.", "en")
    b = article_keys("", "Die Fischer von Tarnholm fingen 900 Tonnen Hering.", "de")
    assert not shared_keys(a, b)
    assert not EntityKeys()


def test_german_nouns_after_a_figure_an_adjective_or_a_town_adjective() -> None:
    text = (
        "Rund 70 Prozent der Züge fielen aus, sechs Prozent mehr Lohn. Ein ganztägiger "
        "Warnstreik legte den Frankfurter Flughafen lahm; der Warnstreik traf den "
        "Frankfurter Flughafen hart. Es fielen 310 Liter Regen."
    )
    names = article_keys("", text, "de").names
    for noun in ("Prozent", "Warnstreik", "Flughafen", "Regen", "Liter"):
        assert stem(noun) not in names, noun


def test_german_apposition_keeps_the_name() -> None:
    text = "Das Beben erschütterte die Provinz Izmaren. Die Gewerkschaft Hafenbund streikt."
    names = article_keys("", text, "de").names
    assert {stem("Izmaren"), stem("Hafenbund")} <= names


def test_a_word_also_written_in_lower_case_is_no_name() -> None:
    text = "Officials said Erneut was late. The team met erneut on Friday."
    assert stem("Erneut") not in article_keys("", text, "en").names


def test_continents_are_no_name_keys() -> None:
    keys = article_keys("", "Die Minister aus Europa trafen Vertreter von Velmar in Asien.", "de")
    assert not {stem("Europa"), stem("Asien")} & keys.names


def test_inflected_places_by_script() -> None:
    assert "geo:2907911" in article_keys("", "Компания из Гейдельберга.", "ru").places
    assert "country:SE" in article_keys("", "Sveriges regering svarade.", "sv").places
    # a Latin stem would make a first name a town: Linda is no case form of Lindi
    assert not article_keys("", "Dort sagte Linda, es gehe voran.", "de").places


def test_a_first_name_is_no_exonym_of_a_city() -> None:
    # "Holm" is listed among Stockholm's other names; here it is a surname
    assert not article_keys("", "Die Ministerin Lena Holm reiste ab.", "de").places


def test_skeletons_need_the_same_first_vowel() -> None:
    # Telvia and 타르보 ("Tarvo") share their consonants t-r-v, not their first vowel
    assert skeleton("Telvia") != skeleton("타르보")
    assert skeleton("Tarvo") == skeleton("타르보")


def test_countries_under_their_everyday_english_names() -> None:
    from newsbeat.multilingual.places import gazetteer

    assert gazetteer().english["country:RU"] == "Russia"
