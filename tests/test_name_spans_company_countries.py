"""A company's name ending in a country's (issue 12, precision; read on real news by reader23
on 30_ecbplus: ``Vodafone Egypt said`` gave the speaker "Egypt"): the brand before the
country and the country are one organisation. An organisation's name reporting that users
"are continuing to face" problems is the speaker of those words, not the users. Invented
articles (the countries are real, the brands invented); each rule case fails without the
change, the guards pass on both."""

from __future__ import annotations

from tests._quotes import quotes

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline

_OUTAGE = "Internet users in Cairo faced outages on Monday.\n\n"


def _actors(text: str) -> dict[str, str]:
    doc = load_pipeline("en_core_web_sm")(text)
    table = build_actors(doc)
    return {text[m.start : m.end]: m.actor for m in table.mentions}


def test_a_brand_before_a_country_is_one_organisation() -> None:
    text = _OUTAGE + "Vodafone Egypt said some users are facing slight problems in the city."
    assert _actors(text).get("Vodafone Egypt") == "Vodafone Egypt"


def test_an_organisation_reporting_what_users_go_on_facing_speaks() -> None:
    text = (
        _OUTAGE + "Vodafone Egypt said some users are continuing to face slight problems due "
        "to damage in Telecom Egypt's cables.\n\n"
        '"We are seeing some problems in our towers," a customer representative told Daily '
        "News Egypt."
    )
    found = quotes(text)
    assert [q.speaker for q in found if q.kind == "indirect"] == ["Vodafone Egypt"]
    assert [q.via for q in found if q.kind == "direct"] == ["Daily News Egypt"]


# -- guards: pass on main and branch -------------------------------------------------------------


def test_a_first_name_before_a_country_word_is_a_person() -> None:
    text = 'Michael Jordan said the team "will play better in the second half of the season."'
    assert [q.speaker for q in quotes(text)] == ["Michael Jordan"]


def test_a_country_alone_stays_the_country() -> None:
    assert _actors(_OUTAGE + "Egypt said the cables would be fixed by Friday.").get("Egypt") == (
        "Egypt"
    )
