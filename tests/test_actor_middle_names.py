"""A man known by his middle name: "Walter Vance Orrin" beside "W. Vance Orrin" and "Vance
Orrin" (alias37, issue 12; read37: "William Mark Felt was born in …" a third person beside
"W. Mark Felt" of the same article). Invented sentences; the rule's tests fail without it, the
guards pass with and without it."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.name_variants import one_name
from newsbeat.enrich.nlp import load_pipeline


def _orrins(text: str) -> list[str]:
    doc = load_pipeline("en_core_web_sm")(text)
    return sorted(n for n in build_actors(doc).actors if "Orrin" in n)


def test_the_full_first_name_of_a_man_known_by_his_middle_name() -> None:
    text = (
        "W. Vance Orrin, the harbour master of Kittby for thirty years, has died at 88. Orrin"
        " ran the port through two strikes.\n\nWalter Vance Orrin was born in Ostend in 1931."
        " His son, Vance, said he died in his sleep. Vance Orrin never learned to swim."
    )
    assert len(_orrins(text)) == 1


def test_a_first_name_and_surname_without_the_initial_stay_apart() -> None:
    # guard: no "W. Vance Orrin" in the text: "Walter Vance Orrin" may be another man
    text = (
        "Vance Orrin, the harbour master of Kittby, has retired. Orrin ran the port for"
        " thirty years.\n\nHis grandson Walter Vance Orrin now sails the ferry to Ostend."
    )
    assert len(_orrins(text)) == 2


def test_an_initial_matches_a_first_name_only_with_the_middle_name_in_full() -> None:
    assert one_name("W. Vance Orrin", "Walter Vance Orrin")
    assert not one_name("W. Orrin", "Walter Orrin")  # guard: an initial alone says too little
    assert not one_name("W. V. Orrin", "Walter V. Orrin")
    assert not one_name("Walter Vance Orrin", "William Vance Orrin")
