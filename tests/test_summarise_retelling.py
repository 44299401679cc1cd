"""Summary rules of the fourth reading pass (branch sumfix4; invented fixtures): a sentence
retelling an event the summary has told already, with only a detail added, is not chosen.

Each test names its rule (compare/summary_events.py or compare/summarise.py) and fails with
that rule taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_select
from newsbeat.compare.summarise import SummaryOptions, candidate_sentences, summarise_articles
from newsbeat.compare.summary_events import event_facts, retells
from newsbeat.models import Article

PERSONS = ["Mona Dalby", "Ivo Korr", "Pia Lund", "Tomas Vell", "Ruth Brandt"]


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title="", text=text, outlet=outlet, published=f"2026-03-0{aid}")


def _retold(sentence: str, *chosen: str) -> bool:
    return retells(event_facts(sentence, PERSONS), [event_facts(c, PERSONS) for c in chosen])


HIT_AND_RUN = [
    _article(
        1,
        "Wire",
        "A van hit and killed a 70-year-old woman outside the Stenvik mall on Tuesday night,"
        " police in Velmar said.\n\nThe van's driver was charged on Wednesday with"
        " manslaughter and leaving the scene.",
    ),
    _article(
        2,
        "Post",
        "Police in Velmar asked for witnesses to the van crash at the Stenvik mall.\n\nThe"
        " woman was crossing at the lights near the mall entrance when she was struck around"
        " 9 p.m. Tuesday.\n\nThe mall's owner said new lights would be fitted at the crossing"
        " by May.",
    ),
    _article(
        3,
        "Courier",
        "Shoppers at Stenvik left flowers at the mall entrance on Wednesday morning.",
    ),
]


def test_a_retelling_with_only_the_hour_added_is_left_out() -> None:
    # rule: summary_events.retells in summarise_articles (the crossing sentence tells the
    # lead's death again, adding the hour and the place; the freed slot goes to a new fact)
    texts = [s.text for s in summarise_articles(HIT_AND_RUN, None, SummaryOptions(sentences=4))]
    assert texts[0].startswith("A van hit and killed"), texts
    assert not any(t.startswith("The woman was crossing") for t in texts), texts
    assert any(t.startswith("The van's driver was charged") for t in texts), texts


def test_without_the_rule_the_retelling_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    # the fixture above needs the rule: with it taken out, the crossing sentence comes back
    monkeypatch.setattr(summary_select, "retells", lambda *_: False)
    texts = [s.text for s in summarise_articles(HIT_AND_RUN, None, SummaryOptions(sentences=4))]
    assert any(t.startswith("The woman was crossing") for t in texts), texts


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (
            "Dalby was crossing at the lights when she was struck around 9 p.m.",
            "Ivo Korr hit and killed Mona Dalby outside the Stenvik mall.",
        ),
        (
            "Masked men made off with watches from the Orlo jewellers in Kessel.",
            "Four robbers snatched rings worth €2 million from a Kessel jeweller.",
        ),
        (
            "Korr is scheduled to be arraigned in Velmar District Court on Friday.",
            "Korr, 41, is awaiting arraignment after his arrest in Velmar.",
        ),
    ],
)
def test_the_same_event_kind_with_a_detail_added_is_a_retelling(later: str, earlier: str) -> None:
    # rule: summary_events.retells (every event kind of the later sentence is told already)
    assert _retold(later, earlier)


@pytest.mark.parametrize(
    ("later", "why"),
    [
        ("Korr was charged on Wednesday with manslaughter.", "a charge: a new event kind"),
        ("Dalby was struck because the lights at the crossing had failed.", "a cause"),
        ('"She was killed by a man who did not stop," said the mall\'s owner.', "a reaction"),
        ("Korr denied that his van struck anyone.", "a denial"),
        ("Korr was on probation for a previous crash in Velmar.", "an earlier event"),
        ("The crash outside the mall killed three people in all.", "a new count"),
        # (sumverbs: "Dalby was crossing at the lights ..." is now a circumstance of the told
        # death, a retelling: tests/test_summarise_points_back.py)
        ("The mall's owner said new lights would be fitted by May.", "no event kind: not judged"),
    ],
)
def test_a_new_kind_of_fact_is_no_retelling(later: str, why: str) -> None:
    # rule: summary_events.retells (_NEW_KIND, new kinds, new counts; no kind, no judgement)
    assert not _retold(later, "Ivo Korr hit and killed Mona Dalby outside the Stenvik mall."), why


def test_what_a_protest_is_against_is_a_cause() -> None:
    # rule: summary_events._NEW_KIND ("in protest against ..."; branch sumfill): the cause
    # of a protest is a new fact, the same march without it a retelling
    earlier = "Protesters clashed with riot police outside the assembly in Kessel."
    assert not _retold("Strikers marched on the assembly in protest against the pay cuts.", earlier)
    assert _retold("Strikers marched on the assembly and clashed with police.", earlier)


def test_two_persons_or_two_days_are_two_events() -> None:
    # rule: summary_events._two_events (two climbers who fell: other persons, or another day)
    lead = "Pia Lund fell 200 metres from a ridge on Mount Arve on Friday."
    assert not _retold("Tomas Vell fell while climbing to a hut on Mount Arve.", lead)
    assert not _retold("A second climber fell from the ridge on Saturday.", lead)
    assert _retold("Lund fell from the ridge on Friday while roped to a guide.", lead)


def test_who_reports_an_event_is_not_its_actor() -> None:
    # rule: summary_events._SPEAKER (the inspector who says it is not a second person who fell)
    lead = "Tomas Vell fell 200 metres from a ridge on Mount Arve."
    assert _retold(
        "The climber fell from the ridge near the hut, Inspector Ruth Brandt said.", lead
    )
    assert event_facts("Brandt said Vell fell.", PERSONS).actors == {"vell"}


def test_a_person_named_after_a_place_is_no_actor() -> None:
    # rule: summary_events._PLACE_WORD (the tagger's "Mount Arve" as a person)
    facts = event_facts("A climber fell on Mount Arve.", ["Mount Arve", "Tomas Vell"])
    assert facts.actors == frozenset()


def test_a_measure_is_no_count() -> None:
    # rule: summary_events._COUNT (outlets differ on a fall's height: not a new fact)
    assert event_facts("Vell fell about 650 feet.", PERSONS).counts == frozenset()
    assert event_facts("The quake injured two people.", PERSONS).counts == {"2"}


def test_and_last_month_opens_background() -> None:
    # rule: summary_usable._BACKGROUND ("And last month ...", "And in May ..." open on another time)
    text = (
        "Robbers rammed a car into the Orlo jewellers in Kessel on Monday, police said.\n"
        "And last month thieves cracked two safes at a Velmar hotel.\n"
        "And in May a Kessel watch shop lost its stock to burglars."
    )
    candidates = [c[0] for c in candidate_sentences([_article(1, "Wire", text)])]
    assert candidates == [candidates[0]] and candidates[0].startswith("Robbers"), candidates


def test_a_treaty_signed_is_one_event_however_it_is_told() -> None:
    # rule: summary_events._KINDS["signing"] (the demo's defence alliance told three ways)
    lead = "Orsa and Brask signed a ten-year fishing pact on Monday, sharing their waters."
    assert _retold("Ruth Brandt put Orsa's signature on the fishing treaty with Brask.", lead)
    assert _retold("Ruth Brandt and Pia Lund signed the Orsa Fishing Accord in Kessel.", lead)
    # near misses: what the treaty does is no signing; a new count; a reaction
    assert not _retold("Under the pact, the fleets of both towns will patrol together.", lead)
    assert not _retold("The pact was signed by 12 towns along the coast.", lead)
    assert not _retold('"This treaty ends a long quarrel," Ruth Brandt said.', lead)
