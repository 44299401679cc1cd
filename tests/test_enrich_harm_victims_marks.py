"""The victim is never the actor, harm with no attacker is no assault, a bare surname used
before its bearers were introduced is not theirs, and names of things or dates are no actors
(reader22's error 5 and entity types). Invented texts; each near miss keeps today's output."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
from newsbeat.enrich.event_agent import actor_is_agent, told_clause_subject
from newsbeat.enrich.relation_subjects import subject_of
from newsbeat.enrich.stage import enrich_articles
from newsbeat.models import Enrichment

HARM = """Kestrel striker out for season

Tomas Brekke injured his left ankle on Sunday and had surgery to repair a torn ligament.

Later that year, Ivo Marten shot and killed his brother in a duck - hunting accident near Orsk.

His uncle, Pavel Marten Sr., whom Ivo Marten accidentally shot in 1961, survived.

Ivo Marten shot Pavel Marten Sr. in the leg during an argument in 1962.

Tomas Brekke injured Anders Vik with a late tackle."""

SURNAME = """Orsk clerk killed at her desk

Police charged Jonas Berg with murder in the death of Solvik, 61, of Brask.

Solvik's family attended Wednesday's hearing, and her son, Anton - - holding a photograph of \
Solvik - - wept.

"She was kind to him," Anton Solvik said.

"She was our mother," said Mikael Solvik, Anton's brother.

Police said Berg stopped at the front desk and talked to Solvik, then went upstairs."""

THINGS = """Orsk clerk dies

A request for comment left with the newspaper Wednesday was not returned.

His family discovered the giant Bolton field, which they sold in 1971.

His cousins discovered the Hadley field, which they sold in 1975.

A message posted Monday afternoon on the firm's Web site said the office would be closed \
Tuesday in memory of Madeline Karfoury.

The suspect's car was described as a silver 2009 Velo Ranger with the license plate KRB 0843."""

NEAR_THINGS = """Orsk ranch sold

Lena Bolton sold the Bolton ranch on Friday.

"It was time," Bolton said.

Erik Varga told the newspaper Orsk Ledger that the price was fair."""


@pytest.fixture(scope="module")
def enriched() -> dict[str, Enrichment]:
    texts = {"harm": HARM, "surname": SURNAME, "things": THINGS, "near": NEAR_THINGS}
    articles = [
        ArticleInput(id=i, text=t, outlet="Fixture", language="en")
        for i, t in enumerate(texts.values())
    ]
    found = {e.article_id: e for e in enrich_articles(articles, EnrichOptions(processes=1))}
    return {key: found[i] for i, key in enumerate(texts)}


def _relations(e: Enrichment) -> set[tuple[str, str, str]]:
    return {(r.type, r.source, r.target) for r in e.relations if not r.negated}


def test_an_accident_or_an_own_injury_is_no_assault(enriched: dict[str, Enrichment]) -> None:
    found = _relations(enriched["harm"])
    assert ("ASSAULT", "Tomas Brekke", "") not in found  # his own ankle
    assert ("ASSAULT", "Ivo Marten", "") not in found  # a hunting accident
    sources = {(t, s) for t, s, _ in found}
    accidents = [r for r in enriched["harm"].relations if "accidentally" in r.evidence]
    assert not accidents, accidents
    # near misses: a shooting in an argument and an injury done to another stay assaults
    assert ("ASSAULT", "Ivo Marten") in sources
    assert ("ASSAULT", "Tomas Brekke", "Anders Vik") in found


def test_a_bare_surname_used_before_its_bearers_is_not_a_relative(
    enriched: dict[str, Enrichment],
) -> None:
    found = _relations(enriched["surname"])
    assert ("CONSULT", "Jonas Berg", "Anton Solvik") not in found
    assert ("CONSULT", "Jonas Berg", "Solvik") in found
    names = {e.name for e in enriched["surname"].entities}
    assert {"Anton Solvik", "Mikael Solvik"} <= names  # the relatives keep their names


def test_dates_fields_and_plates_are_no_actors(enriched: dict[str, Enrichment]) -> None:
    types = {e.name: e.type for e in enriched["things"].entities}
    assert "Wednesday" not in types
    assert "Bolton" not in types and "Hadley" not in types
    assert "KRB 0843" not in types
    assert types.get("Madeline Karfoury") == "PERSON"


def test_near_misses_keep_people_and_outlets(enriched: dict[str, Enrichment]) -> None:
    types = {e.name: e.type for e in enriched["near"].entities}
    assert types.get("Lena Bolton") == "PERSON"  # a person named in full keeps her ranch's word
    assert types.get("Orsk Ledger") == "ORG"  # an outlet after "the newspaper" stays one


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    pos = {"NNP": "PROPN", "NN": "NOUN", "NNS": "NOUN", "PRP": "PRON", "TO": "PART"}
    return Doc(
        Vocab(),
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "VERB" if t.startswith("VB") else "X") for t in tags],
    )


def test_the_teller_is_not_the_actor_of_a_told_clause_read_as_a_complement() -> None:
    # "Dahl told police Varga loaded a shell and shot him", parsed as "told Varga" + "loaded"
    doc = _parsed(
        ["Dahl", "told", "police", "Varga", "loaded", "a", "shell", "and", "shot", "him"],
        [1, 1, 3, 1, 1, 6, 4, 4, 4, 8],
        ["nsubj", "ROOT", "compound", "dobj", "xcomp", "det", "dobj", "cc", "conj", "dobj"],
        ["NNP", "VBD", "NN", "NNP", "VBD", "DT", "NN", "CC", "VBD", "PRP"],
    )
    shot = doc[8]
    told = told_clause_subject(doc[4])
    assert told is not None and told.i == 3
    subject = subject_of(shot)
    assert subject is not None and subject.text == "Varga"
    assert not actor_is_agent(shot, [doc[0]])  # the victim who told it did not shoot
    assert actor_is_agent(shot, [doc[3]])


def test_an_infinitive_told_stays_the_tellers_act() -> None:
    # near miss: "Dahl told Varga to leave": the teller's act (a demand), as before
    doc = _parsed(
        ["Dahl", "told", "Varga", "to", "leave"],
        [1, 1, 1, 4, 1],
        ["nsubj", "ROOT", "dobj", "aux", "xcomp"],
        ["NNP", "VBD", "NNP", "TO", "VB"],
    )
    assert told_clause_subject(doc[4]) is None
    subject = subject_of(doc[4])
    assert subject is not None and subject.text == "Dahl"
