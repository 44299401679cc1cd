"""Speakers and claimants the session-20 reviewer found wrong: "said the singer, who lived
next door" given to the person named before, a document "obtained by" an outlet given to the
outlet, and "Det Norske Veritas" cut to "Norske Veritas". Invented articles with fictional
names; each rule case fails without its rule, the guards pass on both."""

from __future__ import annotations

import pytest
from tests._quotes import quote as _quote

from newsbeat.enrich.actor_table import split_title
from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.claims import extract_claims
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quotes import extract_quotes


def _claimants(text: str) -> dict[float, str | None]:
    doc = load_pipeline("en_core_web_sm")(text)
    actors = build_actors(doc)
    return {c.low: c.claimant for c in extract_claims(doc, actors, extract_quotes(doc, actors))}


# -- an epithet a relative clause or an appositive describes brings in someone new ------------

_BREKKE = "Tomas Brekke has starred in six films. "


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'Mara Lind moved to Elmford in 2019. "We were all shocked," said the singer, who'
            " lived next door.\n",
            "all shocked",
        ),
        (_BREKKE + '"It was a quiet street," said the actor, who lives on the street.\n', "quiet"),
        (
            'Ada Vell plays the lead. "She is brilliant," said the actress, who plays his'
            " sister.\n",
            "brilliant",
        ),
        (
            'Tomas Brekke was at the party. "He was generous," said the actor, a longtime friend'
            " of the mayor.\n",
            "generous",
        ),
        ('Ivo Kell was injured. "We missed him," said the star, who scored twice.\n', "missed"),
        (_BREKKE + '"I loved the part," the actor, who lives on the street, said.\n', "loved"),
    ],
)
def test_an_epithet_with_a_clause_or_appositive_names_nobody(text: str, words: str) -> None:
    assert _quote(text, words).speaker is None


def test_a_bare_epithet_or_one_with_an_age_is_still_the_person_named() -> None:
    assert _quote(_BREKKE + '"I loved the part," said the actor.\n', "loved").speaker == (
        "Tomas Brekke"
    )
    aged = _BREKKE + '"I loved the part," said the actor, 45.\n'
    assert _quote(aged, "loved").speaker == "Tomas Brekke"


# -- a document a body obtained or received is not its words -----------------------------------


def test_a_report_obtained_by_an_outlet_is_not_its_quote() -> None:
    text = (
        "A police report obtained by the Elmford Times said"
        ' "the suspect was unarmed and ran away."\n'
    )
    assert _quote(text, "unarmed").speaker is None


def test_a_letter_received_by_a_council_is_not_its_quote() -> None:
    text = 'A letter received by the Elmford Council said "the road must close at once."\n'
    assert _quote(text, "road must close").speaker is None


def test_a_report_obtained_by_an_outlet_is_not_its_claim() -> None:
    text = "A police report obtained by the Elmford Times shows that 14 officers fired at the car."
    assert _claimants(text) == {14.0: None}
    text = (
        "At least 40 protesters were killed in Velmar last week, according to a report obtained"
        " by the Elmford Times."
    )
    assert _claimants(text) == {40.0: None}


def test_accounts_received_by_a_body_stay_its_claim() -> None:
    text = (
        "At least 40 protesters were killed in Velmar last week, according to accounts received"
        " by the Velmar Rights Watch."
    )
    assert _claimants(text) == {40.0: "Velmar Rights Watch"}


# -- an undotted "Det" is a title only before another rank -------------------------------------


def test_det_before_a_name_is_no_title() -> None:
    assert split_title(["Det", "Norske", "Veritas"]) == (None, ["Det", "Norske", "Veritas"])
    text = '"We have inspected the hull and found no cracks," Det Norske Veritas said.\n'
    assert _quote(text, "inspected the hull").speaker == "Det Norske Veritas"


def test_det_before_a_rank_stays_a_title() -> None:
    assert split_title(["Det", "Sgt", "Ada", "Rowe"]) == ("Det Sgt", ["Ada", "Rowe"])
    assert split_title(["Det", "Con", "Ada", "Rowe"])[1] == ["Ada", "Rowe"]
    assert split_title(["Det", "Chief", "Supt", "Ada", "Rowe"])[1] == ["Ada", "Rowe"]
    text = '"We have found the knife," said Det Insp Carl Gaskin.\n'
    assert _quote(text, "found the knife").speaker == "Carl Gaskin"
