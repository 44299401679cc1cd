"""Names NER joins or invents: two names tagged as one ("Haldis and Straumen"), common words
capitalised by position ("Harbour master ..."), lower-case "places" ("that quay").

The entity labels are set by hand over a real parse, so each test pins the rule, not what the
small English model happens to tag in a given sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from spacy.tokens import Doc
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actors import build_actors


def _names(doc: Doc) -> dict[str, str]:
    return {name: type_ for name, type_, _, _ in build_actors(doc).to_entities()}


def test_a_person_called_a_and_b_is_two_actors() -> None:
    doc = _doc(
        "Sorvair's flights between Haldis and Straumen will carry new numbers.",
        ("Haldis and Straumen", "PERSON"),
    )
    assert set(_names(doc)) == {"Haldis", "Straumen"}


def test_between_a_and_b_is_two_actors_and_a_surname_finds_its_person() -> None:
    doc = _doc(
        "Prime Minister Lena Holm met President Aurel Dane on Monday. "
        "Talks between Holm and Dane ended late.",
        ("Lena Holm", "PERSON"),
        ("Aurel Dane", "PERSON"),
        ("Holm and Dane", "ORG"),
    )
    table = build_actors(doc)
    assert "Holm and Dane" not in table.actors
    second = doc.text.index("Holm and")
    assert [m.actor for m in table.mentions if m.start >= second] == ["Lena Holm", "Aurel Dane"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the National Rail and Dock Union voted.", "National Rail and Dock Union"),
        ("Shares of Procter and Gamble rose on Monday.", "Procter and Gamble"),
        ("A deal between Smith and Company was signed.", "Smith and Company"),
    ],
)
def test_organisations_named_with_and_stay_one(text: str, name: str) -> None:
    assert name in _names(_doc(text, (name, "ORG")))


def test_a_word_capitalised_by_position_is_not_a_nationality() -> None:
    doc = _doc(
        "Harbour master Per Ekdal said the crane fell. The harbour stayed closed.",
        ("Harbour", "NORP"),
        ("Per Ekdal", "PERSON"),
    )
    assert "Harbour" not in _names(doc)


def test_a_nationality_opening_a_sentence_stays() -> None:
    doc = _doc("Kaldrians voted on Sunday. Turnout was high.", ("Kaldrians", "NORP"))
    assert "Kaldrians" in _names(doc)


def test_a_lower_case_place_is_a_common_noun() -> None:
    doc = _doc("We will not put another crane on that quay, Ekdal said.", ("quay", "GPE"))
    assert "quay" not in _names(doc)


def test_a_common_word_opening_a_sentence_is_not_an_organisation() -> None:
    doc = _doc(
        "Trucks queued at the north gate. Drivers said the trucks had waited all night.",
        ("Trucks", "ORG"),
    )
    assert "Trucks" not in _names(doc)


def test_a_party_also_named_mid_sentence_stays() -> None:
    doc = _doc(
        "Labour won the vote. The Labour leader said labour costs would fall.",
        ("Labour", "ORG"),
    )
    assert "Labour" in _names(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen in Kittby said on Friday that they welcomed the patrols.",
        "A crane fell onto the quay at Kittby's ferry harbour on Monday.",
        "Kittby mayor Bo Marrin said the town would ask for a briefing.",
        "Ferries to the town of Kittby resumed on Tuesday.",
    ],
)
def test_a_town_ner_calls_an_organisation_is_a_place(text: str) -> None:
    assert _names(_doc(text, ("Kittby", "ORG")))["Kittby"] == "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "Orvanta said its engineers had a role in Brivex’s new satellite programme.",
        "About 200 staff will be asked to work in Brivex offices from March.",
        "Orvanta already held a stake in Brivex, the lender said on Monday.",
        "The design is a throwback, as in Brivex reviving a feature it had retired.",
    ],
)
def test_a_company_after_in_is_no_place_when_the_words_around_say_so(text: str) -> None:
    assert _names(_doc(text, ("Brivex", "ORG")))["Brivex"] == "ORG"


def test_an_institution_in_which_things_happen_stays_an_organisation() -> None:
    doc = _doc("The bill was debated in Parliament on Monday.", ("Parliament", "ORG"))
    assert _names(doc)["Parliament"] == "ORG"


def test_a_country_with_a_president_or_a_nationality_is_a_place() -> None:
    doc = _doc(
        "Sorven President Aurel Dane said Sorvenland would lend four vessels.",
        ("Sorven", "NORP"),
        ("Aurel Dane", "PERSON"),
        ("Sorvenland", "ORG"),
    )
    assert _names(doc)["Sorvenland"] == "GPE"


ECB_DOCS = (
    Path(__file__).resolve().parent.parent.parent
    / "shared/benchmarks/news-clustering/ecbplus/ecbplus_docs.jsonl.gz"
)
_ENTITIES_OF_ECB_DOC = """
import gzip, json, sys
from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.stage import enrich_articles
with gzip.open(sys.argv[1], "rt", encoding="utf-8") as rows:
    row = next(r for r in map(json.loads, rows) if r["doc_id"] == "18_10ecbplus")
lines = [s for s in row["text"].split("\\n") if s.strip()]
art = ArticleInput(id=1, text="\\n\\n".join(lines[1:]))
enrichment = next(iter(enrich_articles([art], EnrichOptions(processes=1))))
print(sorted((e.name, e.type, e.mentions) for e in enrichment.entities))
"""


@pytest.mark.skipif(not ECB_DOCS.exists(), reason="../shared ECB+ documents not present")
def test_a_shared_surname_tagged_as_an_org_resolves_the_same_under_any_hash_seed() -> None:
    # ECB+ train doc 18_10: two people named Kafoury, and NER tags the bare surname as an
    # organisation; which bearer it became depended on set order (PYTHONHASHSEED 1 vs 4).
    outputs = set()
    for seed in ("1", "4"):
        done = subprocess.run(
            [sys.executable, "-c", _ENTITIES_OF_ECB_DOC, str(ECB_DOCS)],
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1, outputs


def test_a_body_named_after_a_person_is_no_full_name_for_his_surname() -> None:
    # "the Obama White House" tagged PERSON: every bare "Obama" went to it as its "first name"
    doc = _doc(
        "Anna Berg praised Baxter after a meeting at the White House. "
        "Several of her aides have served in the Baxter White House.",
        ("Anna Berg", "PERSON"),
        ("Baxter", "PERSON"),
        ("White House", "ORG"),
        ("Baxter White House", "PERSON"),
    )
    table = build_actors(doc)
    assert table.actor_at(doc.text.index("Baxter"), doc.text.index("Baxter") + 6).actor == "Baxter"
    assert table.type_of("Baxter White House") != "PERSON"


def test_a_surname_tagged_as_an_organisation_leaves_the_full_name_a_person() -> None:
    # "Arte Moreno" beside a "Moreno" NER took for an organisation (seen on ECB+)
    doc = _doc(
        "Okwudili Okafor met the agent on Monday. Okafor later said the deal was close.",
        ("Okwudili Okafor", "PERSON"),
        ("Okafor", "ORG"),
    )
    assert _names(doc).get("Okwudili Okafor") == "PERSON"


def test_a_person_whose_name_ends_in_a_company_word_is_the_company() -> None:
    doc = _doc(
        "Orvanta Space Systems will build the lander, said Lena Holm, who leads the team.",
        ("Orvanta Space Systems", "PERSON"),
        ("Lena Holm", "PERSON"),
    )
    assert _names(doc) == {"Orvanta Space Systems": "ORG", "Lena Holm": "PERSON"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Iran accused Iraq of shelling a border post; Iraq denied it.", "Iran", "Iraq"),
        ("Niger asked Nigeria to reopen the crossing.", "Niger", "Nigeria"),
    ],
)
def test_a_country_that_looks_like_a_demonym_of_another_stays_itself(
    text: str, first: str, second: str
) -> None:
    # reader17 found "Iran" folded into Iraq on a real page, and a wrong event of Iraq with it
    doc = _doc(text, (first, "GPE"), (second, "GPE"))
    assert {first, second} <= set(_names(doc))


def test_a_demonym_the_table_lacks_still_joins_its_place() -> None:
    doc = _doc(
        "The Kaldrian navy left Kaldria on Monday.", ("Kaldrian", "NORP"), ("Kaldria", "GPE")
    )
    assert "Kaldrian" not in _names(doc) and _names(doc)["Kaldria"] == "GPE"
