"""Meeting a person's family is no meeting with the person (issue 12, rel35).

The ECB+ train dump showed "<a reverend> who met with <victim>'s family" as the reverend's
CONSULT with the victim (who had died). A person's kin, like a person's staff, are the ones
acted on when an act is aimed at them; the person's name only says whose kin they are.
Invented sentences; the guard keeps a meeting with the person."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline, mask_datelines
from newsbeat.enrich.relations import extract_relations


def _found(text: str) -> set[tuple[str, str, str]]:
    doc = load_pipeline("en_core_web_sm")(mask_datelines(text))
    return {(r.type, r.source, r.target) for r in extract_relations(doc, build_actors(doc))}


def test_meeting_a_family_is_not_meeting_the_person() -> None:
    found = _found("Abel Orrin met with Pell's family on Monday.")
    assert not any(target == "Pell" for _, _, target in found)


def test_meeting_the_person_stays() -> None:
    assert ("CONSULT", "Abel Orrin", "Anna Pell") in _found(
        "Abel Orrin met with Anna Pell on Monday."
    )
