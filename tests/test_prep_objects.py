"""prep_objects: the objects of a word's prepositions, said once for the relation rules
(review36). Invented sentences."""

from __future__ import annotations

from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.prep_objects import prep_objects


def _verb(text: str, lemma: str):
    doc = load_pipeline("en_core_web_sm")(text)
    return next(t for t in doc if t.lemma_ == lemma)


def test_the_objects_of_the_prepositions_asked_for() -> None:
    verb = _verb("Lena Holm signed with the Velmar Kings on Tuesday.", "sign")
    assert [o.text for o in prep_objects(verb, "with")] == ["Kings"]
    assert [o.text for o in prep_objects(verb, "with", "on")] == ["Kings", "Tuesday"]


def test_no_other_preposition_and_no_other_word() -> None:
    verb = _verb("Lena Holm signed with the Velmar Kings on Tuesday.", "sign")
    assert list(prep_objects(verb, "from")) == []
    assert list(prep_objects(verb, "with ")) == []  # a preposition is one word, as written
