"""People typed as places (issue 12, ents33b): a GPE of two words whose first is a known first
name, unknown to the gazetteer, is a person ("signed Lena Varrow", "Tomas Quell is on the
bill"); a name ending in a place's word, one written after "in"/"at"/"of"…, or before ", Fla."
stays a place. Entity labels are set by hand over a real parse so that each test pins the
rule, not what the small model tags. Every sentence and name is invented."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc


def test_a_full_name_typed_gpe_is_a_person() -> None:
    doc = _doc(
        "The Kelvar Lions signed Tomas Quellan to a two-year deal on Friday.",
        ("Kelvar Lions", "ORG"),
        ("Tomas Quellan", "GPE"),
    )
    assert actor_types(doc).get("Tomas Quellan") == "PERSON"


def test_a_singer_on_a_bill_typed_gpe_is_a_person() -> None:
    doc = _doc(
        "Tickets went on sale for the tour; Sheila Morrow and the Velden Band open each night.",
        ("Sheila Morrow", "GPE"),
        ("Velden Band", "ORG"),
    )
    assert actor_types(doc).get("Sheila Morrow") == "PERSON"


def test_guard_a_place_word_at_the_end_stays_a_place() -> None:
    doc = _doc(
        "Floods reached Mary Ridge and Tomas Township late on Friday.",
        ("Mary Ridge", "GPE"),
        ("Tomas Township", "GPE"),
    )
    types = actor_types(doc)
    assert types.get("Mary Ridge") == "GPE" and types.get("Tomas Township") == "GPE"


def test_guard_a_name_after_a_place_preposition_stays_a_place() -> None:
    doc = _doc(
        "The meeting was held in Dora Quellin last spring, Kessel Daily reported.",
        ("Dora Quellin", "GPE"),
        ("Kessel Daily", "ORG"),
    )
    assert actor_types(doc).get("Dora Quellin") == "GPE"


def test_guard_a_name_before_a_state_stays_a_place() -> None:
    doc = _doc(
        "Dora Quellin, Fla., voted to close its only bridge.",
        ("Dora Quellin", "GPE"),
        ("Fla.", "GPE"),
    )
    assert actor_types(doc).get("Dora Quellin") == "GPE"
