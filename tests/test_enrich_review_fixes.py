"""Mistakes found by reading the session's rules on invented text (each test fails without its
fix): a company beside a virus is no genus, a band is not the WHO, a chief executive's pay is
not the company's, and an age before "a week after" is an age."""

from __future__ import annotations

from newsbeat.enrich.actor_acronyms import merge_known_aliases
from newsbeat.enrich.actor_table import ArticleActors, _ActorInfo
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _actors(text: str) -> dict[str, str]:
    table = build_actors(load_pipeline("en_core_web_sm")(text))
    return {name: info.type for name, info in table.actors.items()}


def test_a_company_after_a_virus_is_no_genus() -> None:
    text = "The virus spread through Kessa warehouses last spring. Kessa said it would hire."
    assert "Kessa" in _actors(text)


def test_a_band_of_three_letters_is_not_the_health_body() -> None:
    table = ArticleActors(text="x")
    table.actors["The Who"] = _ActorInfo(name="The Who", type="ORG", mentions=3)
    table.actors["World Health Organization"] = _ActorInfo(
        name="World Health Organization", type="ORG", mentions=1
    )
    merge_known_aliases(table)
    assert set(table.actors) == {"The Who", "World Health Organization"}


def _claims(text: str) -> list[tuple[float | None, str, str | None]]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    found = extract_claims(doc, actors, extract_quotes(doc, actors, min_words=4))
    return [(c.low, c.what, c.subject) for c in found]


def test_a_chief_executives_pay_is_not_the_companys() -> None:
    text = "Acme Corp. lost a key case in May. Its chief executive earned $4 million last year."
    assert all(subject != "Acme Corp" for _, _, subject in _claims(text))


def test_an_age_before_a_week_after_is_an_age() -> None:
    text = "Ann Kerr died at 91 a week after her husband."
    assert (91.0, "age", "Ann Kerr") in _claims(text)
