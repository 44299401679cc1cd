"""Real pages in other languages put products, titles, honorifics and common words where a
person's or a place's name could stand: each rule here keeps one of them out (or lets a name
in), on invented text."""

from __future__ import annotations

from newsbeat.enrich.other_languages import other_language_enrichment
from newsbeat.multilingual import article_keys
from newsbeat.multilingual.keys import read_names
from newsbeat.multilingual.places import gazetteer


def _entities(text: str, language: str) -> dict[tuple[str, str], int]:
    found = other_language_enrichment(1, text, language).entities
    return {(e.name, e.type): e.mentions for e in found}


def _places(text: str, language: str) -> list[str]:
    english = gazetteer().english
    return [english[place] for _, place in read_names(text, language).places]


def test_no_first_name_inside_a_longer_run() -> None:
    found = _entities("Il negozio vende il cofanetto Kordavia Jones Edizione a venti euro.", "it")
    assert not any(kind == "PERSON" for _, kind in found)
    # a run that opens with a first name is a person
    assert ("Marco Ferri", "PERSON") in _entities("Il negozio è di Marco Ferri da anni.", "it")


def test_a_first_name_inside_a_run_in_a_genitive_language() -> None:
    found = _entities("Директор Сорвенланда Оскар Бренн подписал договор.", "ru")
    assert ("Oskar Brenn", "PERSON") in found


def test_a_word_in_capitals_is_no_first_name() -> None:
    text = "Il negozio di Velmar vende il gioco da tavolo L'ALLEGRO PIRATA a venti euro."
    assert not any(kind == "PERSON" for _, kind in _entities(text, "it"))


def test_a_title_names_no_one_in_the_next_sentence() -> None:
    text = (
        "A reunião foi aberta pelo presidente. Kordavia anunciou um novo acordo, disse o "
        "governo de Kordavia."
    )
    assert ("Kordavia", "PERSON") not in _entities(text, "pt")
    found = _entities("Segundo o presidente Tavares, o acordo foi assinado.", "pt")
    assert ("Tavares", "PERSON") in found


def test_a_title_abbreviation_opens_no_sentence() -> None:
    text = (
        "O prof. Tiago Velmarin apresentou o projeto na escola. “Mas tão cedo, Prof. Tiago?”, "
        "perguntou uma mãe."
    )
    found = _entities(text, "pt")
    assert found.get(("Tiago Velmarin", "PERSON")) == 2  # "Prof. Tiago" is the same person
    assert ("Tiago", "PERSON") not in found
    assert "velmarin" in article_keys("", text, "pt").names


def test_an_imam_is_a_title() -> None:
    found = _entities("Kitab itu ditulis oleh Imam Zarvani pada abad kesembilan.", "id")
    assert ("Zarvani", "PERSON") in found
    assert ("Imam Zarvani", "PERSON") not in found


def test_a_quoted_name_inside_a_sentence_is_whole() -> None:
    text = "Der Vertrag trägt den englischen Namen „Harbor Defence Alliance“, sagte Lena Holm."
    found = _entities(text, "de")
    assert ("Harbor Defence Alliance", "ORG") in found
    assert ("Defence Alliance", "ORG") not in found


def test_a_german_adverb_is_no_town_adjective() -> None:
    assert _places("Niemand weiß, wer darauf Zugriff haben soll.", "de") == []
    assert _places("Der Frankfurter Flughafen bleibt offen.", "de") == ["Frankfurt am Main"]


def test_a_town_in_an_institution_s_name_placed_elsewhere_is_no_place() -> None:
    text = "Das Krankenhaus Salem in Heidelberg stellt neue Pfleger ein."
    assert _places(text, "de") == ["Heidelberg"]
    assert _places("Die Pfleger in Salem streiken.", "de") == ["Salem"]


def test_a_town_in_an_english_name_in_german_is_no_place() -> None:
    text = "Das Projekt heißt Integrating the Healthcare Enterprise und wird gefördert."
    assert _places(text, "de") == []


def test_a_short_small_towns_name_is_no_place() -> None:
    assert _places("Só quem se Ama sabe perdoar, diz o livro.", "pt") == []
    assert _places("A equipa chegou ontem a Ufa para o jogo.", "pt") == ["Ufa"]


def test_korean_common_words_are_no_chinese_cities() -> None:
    text = "이 제도는 주민을 위해 만들어졌고, 시민 연대 단체가 상해 사건을 조사했다."
    assert _places(text, "ko") == []
    assert _places("상하이에서 회의가 열렸다.", "ko") == ["Shanghai"]


def test_korean_common_words_are_no_towns() -> None:
    assert _places("고양이 소리가 밤새 들렸다.", "ko") == []
    assert _places("고양이 한 마리가 빈 집에 들어왔다.", "ko") == []  # counter, "empty"
    assert _places("고양에서 축제가 열렸다.", "ko") == ["Goyang-si"]


def test_a_first_name_is_no_region() -> None:
    keys = article_keys("", "Сегодня Полина Кордава открыла выставку в музее.", "ru")
    assert "polin" in keys.names
    region = article_keys("", "Сегодня министры Европы открыли выставку в музее.", "ru")
    assert not any(k.startswith("evrop") for k in region.names)


def test_a_latin_word_glued_to_japanese_ends_where_japanese_starts() -> None:
    keys = article_keys("", "電子書籍はAmazonがあまり安くないので、Kordaviaで買いました。", "ja")
    assert {"amazon", "kordav"} <= keys.names
    assert not any(k.startswith("amazong") for k in keys.names)


def test_a_quoted_slogan_still_opens_a_sentence() -> None:
    text = "A cidade lançou a campanha “Economize água” em maio."
    assert not any(k.startswith("econom") for k in article_keys("", text, "pt").names)


def test_two_people_of_one_surname_stay_two() -> None:
    text = (
        "Na classificação, Tomas Varga ficou em primeiro e Ivo Varga em sexto. "
        "A equipe de Lena Kordava terminou em terceiro; Kordava venceu em maio."
    )
    found = _entities(text, "pt")
    assert found.get(("Tomas Varga", "PERSON")) == 1
    assert found.get(("Ivo Varga", "PERSON")) == 1
    assert found.get(("Lena Kordava", "PERSON")) == 2  # one of her surname: "Kordava venceu"


def test_one_first_name_in_two_cases_is_one_person() -> None:
    text = "Вчера Оля Кордавина открыла выставку. Картины Оли Кордавиной купил музей."
    people = [e for e in other_language_enrichment(1, text, "ru").entities if e.type == "PERSON"]
    assert [p.mentions for p in people] == [2]


def test_a_name_in_guillemets_opens_no_sentence() -> None:
    text = "Сегодня компания «Кордавские технологии» открыла новый завод."
    keys = article_keys("", text, "ru").names
    assert any(k.startswith("kordav") for k in keys)


def test_a_surname_after_an_unread_short_first_name_is_another_person() -> None:
    # "Bo" is too short to be read as a name: "Bo Varga" is not "Tomas Varga" named again
    text = "Na classificação final, Tomas Varga ficou em 21º e Bo Varga em 24º."
    assert _entities(text, "pt").get(("Tomas Varga", "PERSON")) == 1
    text = "| 3 | Tomas Varga | 700 |\n\n| 4 | Bo Varga | 613 |\n\nA equipe de Tomas Varga venceu."
    assert _entities(text, "pt").get(("Tomas Varga", "PERSON")) == 2
    # the surname alone after a function word or a title still counts for its one bearer
    text = "A equipe de Tomas Varga venceu. Mas Varga perdeu em junho; o piloto Varga riu."
    assert _entities(text, "pt").get(("Tomas Varga", "PERSON")) == 3
