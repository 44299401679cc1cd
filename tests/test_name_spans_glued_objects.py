"""A preposition's object that NER runs into the name after it ("In Parliament the Communist
Party of Greece has accused …", found by the session-27 reader in ECB+ 8_6ecbplus): two
phrases, and the name is the second."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline


def _actors(text: str) -> list[str]:
    return list(build_actors(load_pipeline("en_core_web_sm")(text)).actors)


def test_a_place_before_the_name_is_cut_off() -> None:
    text = "In Velmar the Workers Party of Kaldria has accused the government of fraud."
    assert _actors(text) == ["Workers Party of Kaldria"]


def test_a_body_before_the_name_is_cut_off() -> None:
    text = "In Parliament the Communist Party of Kaldria has accused the government for the deaths."
    assert "Communist Party of Kaldria" in _actors(text)
    assert not any(name.startswith("Parliament") for name in _actors(text))


def test_a_name_with_an_inner_the_of_its_own_stays_whole() -> None:
    text = "Anna Berg joined the Friends of the Velmar Coast last year."
    assert any("Friends of the Velmar Coast" in name for name in _actors(text))


def test_an_office_of_a_title_holder_stays_whole() -> None:
    # the session-27 reader: "according to the Office of the Surgeon General's Web site" was
    # cut to "Surgeon General" (a function word before "the", the rest hangs on a noun)
    text = "Residents can check the list, according to the Office of the Surgeon General's site."
    assert "Office of the Surgeon General" in _actors(text)
