"""Event kinds from the CAMEO verb dictionary (branch sumverbs; invented fixtures).

The retelling rule's kinds come from ``data/summary_event_kinds.json``, built by
``scripts/build_summary_events.py`` from the dictionary's synonym sets: words of one set (or of
sets the build joins into one kind) tell one kind without being listed by hand. Each test fails
with the derived lexicon replaced by the hand list it replaced.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summary_events import event_facts, retells

PERSONS = ["Ilse Varga", "Otto Brenn"]


def _retold(sentence: str, *chosen: str) -> bool:
    return retells(event_facts(sentence, PERSONS), [event_facts(c, PERSONS) for c in chosen])


def test_a_raid_stormed_or_assaulted_is_one_attack() -> None:
    # rule: kinds["attack"] = CAMEO blocks PHYSICAL_CONFLICT (storm, assault, attack) and RAID
    lead = "Masked men raided the Orlen fuel depot in Vestry on Tuesday night, police said."
    assert "attack" in event_facts(lead).kinds
    assert _retold("The gang stormed the depot shortly after midnight, a guard said.", lead)
    assert _retold("The assault on the Vestry depot lasted less than ten minutes.", lead)
    # near misses: a new count, another kind of fact, the weather
    assert not _retold("Three guards were assaulted at the Vestry depot.", lead)
    assert not _retold("The depot was not attacked again after police arrived.", lead)
    assert "attack" not in event_facts("A storm cut power to the Vestry depot.").kinds


def test_a_kidnapping_is_one_kind_however_it_is_told() -> None:
    # rule: kinds["kidnapping"] = CAMEO block KIDNAP (kidnap, abduct)
    lead = "Gunmen kidnapped the aid worker Ilse Varga outside her office in Sarn on Friday."
    assert _retold("Ilse Varga was abducted as she left work, her agency said.", lead)


@pytest.mark.parametrize(
    "later",
    [
        "Both governments concluded the fishing accord at the town hall.",
        "Ministers of both towns finalized an agreement on the shared waters.",
    ],
)
def test_an_agreement_made_is_a_signing(later: str) -> None:
    # rule: with_object["signing"] (verbs whose CAMEO pattern "verb * &TREATY" is coded 057)
    lead = "Orsa and Brask signed a ten-year fishing pact on Monday."
    assert "signing" in event_facts(later).kinds
    assert _retold(later, lead)


def test_a_treaty_noun_alone_or_before_its_verb_tells_no_signing() -> None:
    # rule: the treaty noun must follow the verb (the pattern's object), not precede it
    assert "signing" not in event_facts("Under the accord, fleets will share the catch.").kinds
    assert "signing" not in event_facts("The pact entered into force on Sunday.").kinds


def test_verbs_with_a_common_sense_outside_the_event_are_left_out() -> None:
    # rule: EXCLUDED in the build (a hung jury, a labour strike, a record hit)
    for sentence in (
        "The jury was hung after two days.",
        "Dock workers began a strike on Monday.",
        "Sales hit a record in March.",
        "Otto Brenn vowed to fight the charges.",
    ):
        assert not event_facts(sentence).kinds - {"charge"}, sentence
