"""Summary rules of branch sumsplit (invented fixtures, fictional names): a possessive names
its person, a decided act tells the act's kind, a rule made or undone is one kind, and a
pronoun subject after an opening phrase and an act told as "previously" done are never bullets.

Each test names its rule and fails with it taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_candidates, summary_usable
from newsbeat.compare.summarise import SummaryOptions
from newsbeat.compare.summary_events import event_facts, retells
from newsbeat.models import Article

PERSONS = ["Rosa Delling", "Tomas Wern", "Ivo Marsh", "Lena Sarkis", "Pia Jonas"]


def _retold(sentence: str, *chosen: str) -> bool:
    return retells(event_facts(sentence, PERSONS), [event_facts(c, PERSONS) for c in chosen])


@pytest.mark.parametrize(
    "candidate",
    [
        "Delling's agent, Tomas Wern, confirmed her death to reporters.",
        "Delling’s agent, Tomas Wern, confirmed her death to reporters.",
        "Jonas' nephew, Tomas Wern, confirmed her death to reporters.",
        "Jonas’ nephew, Tomas Wern, confirmed her death to reporters.",
    ],
)
def test_a_possessive_names_its_person(candidate: str) -> None:
    # rule: summary_events._name_key folds a possessive ("Delling's", "Jonas'", curly marks)
    lead = "Rosa Delling, the singer, has died." if "Delling" in candidate else "Pia Jonas died."
    assert _retold(candidate, lead)
    # near miss: another person's possessive is another person
    assert not _retold("Sarkis's agent, Tomas Wern, confirmed her death.", lead)


def test_a_decided_act_tells_the_act() -> None:
    # rule: summary_events._acts_decided ("decided to fire" reads as "fired") and the
    # dismissal's person object ("fired Ivo Marsh")
    lead = "The Karvik Comets fired coach Ivo Marsh on Monday after a 2-9 start."
    assert "dismissal" in event_facts("Owner Lena Sarkis decided to fire Marsh.").kinds
    assert _retold("Weeks after the season ended, Lena Sarkis decided to fire Marsh.", lead)
    assert _retold("The Comets voted to sack Ivo Marsh on Monday.", lead)
    assert "dismissal" in event_facts("The Comets fired Ivo Marsh on Monday.").kinds
    # near misses: a weapon or an aim after the name; a decision over no known act
    assert not event_facts("Troops fired Kessa rockets across the river.").kinds
    assert not event_facts("Guards fired Tasers at the crowd.").kinds
    assert not event_facts("The club decided to wait until June.").kinds


def test_a_rule_made_or_undone_is_one_kind() -> None:
    # rule: with_object rule_change (announced / rescinded ... rule, regulations, changes to)
    lead = "The Velmar water board announced a new rule on Thursday that lets farms pump more."
    assert event_facts(lead).kinds == {"rule_change"}
    assert _retold("On Thursday the board announced a change to Section 4 of the water code.", lead)
    assert (
        "rule_change"
        in event_facts(
            "Minister Lena Sarkis rescinded the changes to the pumping regulations."
        ).kinds
    )
    # near misses: a rule only meant, a rule's noun alone
    assert not event_facts("The board would reverse the rule if farms object.").kinds
    assert not event_facts("Under the rule, farms may pump at night.").kinds


@pytest.mark.parametrize(
    ("sentence", "hidden"),
    [
        ("Throughout the war, she was the most photographed swimmer in Velmar.", True),
        ("As chief of the FBI office, he fought the cuts.", True),
        ("After the crash, they drove on for two miles.", True),
        # guards: a person named before the pronoun; no opening phrase
        ("When police found Marsh on Tuesday, he was hiding in a barn.", False),
        ("Ivo Marsh said that, in the end, he was glad.", False),
    ],
)
def test_a_pronoun_subject_after_an_opening_phrase_points_back(sentence: str, hidden: bool) -> None:
    # rule: summary_usable._PRONOUN_SUBJECT (in the graph, never chosen)
    assert summary_usable.points_back(sentence) is hidden


def test_an_act_told_as_previously_done_is_background() -> None:
    # rule: summary_usable.told_before ("previously", past an article's opening sentence)
    text = (
        "The Karvik Comets hired Lena Sarkis as head coach on Monday.\n\n"
        "Sarkis previously coached the Orsa Owls for three seasons.\n\n"
        "The club had set a previously announced deadline of June.\n\n"
        "Sarkis, who had previously been fined by the league, signed a four-year deal."
    )
    article = Article(id=1, title="", outlet="Wire", text=text)
    read = summary_candidates.read_candidates([article], None, SummaryOptions())
    background = {read.found[i][0] for i in read.background}
    assert background == {"Sarkis previously coached the Orsa Owls for three seasons."}
