"""Summary rules of branch sumkinds (invented fixtures): events without a kind before it (a
death told as "passed away", a coach fired and replaced, a player put on injured reserve, a
fight stopped), and openings that point back ("It was the second ...", "If so, ...").

Each test names its rule and fails with it taken out.
"""

from __future__ import annotations

import re

import pytest

from newsbeat.compare import summary_candidates, summary_select, summary_usable
from newsbeat.compare.summarise import SummaryOptions, candidate_sentences, summarise_articles
from newsbeat.compare.summary_events import earlier_step, event_facts, retells
from newsbeat.models import Article

PERSONS = ["Wenna Holt", "Ansel Drobny", "Petra Lind", "Jory Stam", "Otto Brenn", "Kai Markel"]


def _retold(sentence: str, *chosen: str) -> bool:
    return retells(event_facts(sentence, PERSONS), [event_facts(c, PERSONS) for c in chosen])


def test_passed_away_is_a_death() -> None:
    # rule: kinds["death"] curated "passed away" (the obituary's euphemism)
    lead = "Wenna Holt, the harpist who toured with the Velmar orchestra for 40 years, has died."
    assert _retold("Holt, 88, passed away early Friday in her sleep, her agent said.", lead)


def test_a_coach_fired_and_a_coach_named_are_two_kinds_each_told_once() -> None:
    # rule: with_object dismissal / appointment (a verb with a post after or before it)
    lead = "The Karvik Comets fired head coach Ansel Drobny on Monday after a 3-11 start."
    assert "dismissal" in event_facts(lead).kinds
    assert _retold("Drobny was relieved of his coaching duties, the club said.", lead)
    assert _retold("Drobny is out as Comets coach.", lead)
    named = "The Comets named assistant Petra Lind interim coach."
    assert event_facts(named).kinds == {"appointment"}
    assert not _retold(named, lead)  # who takes over: a new fact
    assert _retold("Lind will coach the Comets for the rest of the season.", lead, named)
    assert _retold("Drobny was replaced on an interim basis by Petra Lind.", lead, named)


def test_a_gun_fired_at_a_coach_is_no_dismissal() -> None:
    # rule: with_object dismissal, unless_next (a verb aimed: "fired at", "fired shots")
    assert "dismissal" not in event_facts("Shots were fired at the team coach at noon.").kinds
    assert "dismissal" not in event_facts("Gunmen fired on a tourist coach.").kinds


def test_injured_reserve_is_a_roster_move_not_an_injury() -> None:
    # rules: kinds["roster"]; a kind's word inside a longer phrase of another kind is not
    # that kind (summary_events._inside); "earlier this week" dates, it opens no new fact
    lead = "The Harbor Kings placed winger Jory Stam on injured reserve on Wednesday."
    assert event_facts(lead).kinds == {"roster"}
    later = "Stam had a scan earlier this week and coach Petra Lind decided to put Stam on IR."
    assert _retold(later, lead)
    # near misses: the injury itself is another fact; an earlier season is context
    assert not _retold("Stam was injured in Sunday's loss to the Rams.", lead)
    assert not _retold("Stam was put on injured reserve earlier this season too.", lead)


def test_talks_are_one_kind_however_they_are_told() -> None:
    # rule: kinds["talks"] (CAMEO's &NEGOTIATION nouns, "in talks", "negotiating table")
    lead = "Otto Brenn is back at the negotiating table with the Sarn studio this week."
    assert _retold("The Orsa Herald says Brenn is in negotiations with Sarn to return.", lead)
    # near miss: the talks of another time, with their cause
    assert not _retold("Brenn's first talks with Sarn were tough because of his fee.", lead)


def test_the_death_penalty_is_a_sentence_not_a_death() -> None:
    # rule: summary_events._inside ("death" inside "death penalty")
    facts = event_facts("Drobny could face the death penalty, prosecutors said.")
    assert facts.kinds == {"sentence"}
    assert "death" in event_facts("Drobny was sentenced to death.").kinds


def test_a_fight_stopped_is_told_once_with_its_knockdowns() -> None:
    # rules: with_object stoppage ("stopped X in the fifth round", "stopped the fight"),
    # kinds["knockdown"] part_of stoppage, "the previous round" dates, a count in brackets is
    # an aside (a record)
    lead = "Otto Brenn stopped Kai Markel in the fifth round to keep his belt on Saturday."
    assert "stoppage" in event_facts(lead).kinds
    assert _retold("The referee stopped the fight after Brenn floored Markel twice.", lead)
    assert _retold("Brenn had floored Markel in the previous round with a left hook.", lead)
    assert _retold("Brenn (31-2, 20 KOs) put Markel on the canvas before the stoppage.", lead)
    # near misses: a new count outside brackets; another boxer's fight
    assert not _retold("Brenn has won 20 bouts by knockout.", lead)
    assert not _retold("Markel was stopped by Eli Sand in the ninth round in 2024.", lead)


BRIDGE = [
    Article(
        id=1,
        title="",
        outlet="Wire",
        published="2026-04-01",
        text="A lorry hit a cyclist on the Kessa bridge on Tuesday, injuring him badly."
        "\n\nIt was the second crash on the bridge in a week."
        "\n\nThe council will close one lane of the Kessa bridge from May.",
    ),
    Article(
        id=2,
        title="",
        outlet="Post",
        published="2026-04-02",
        text="The Kessa bridge will lose a lane in May after a lorry hit a cyclist there."
        "\n\nIf so, bus routes across the bridge would change for the summer."
        "\n\nIt is expected that the lane closure will last until the end of September.",
    ),
]
POINTING_BACK = ("It was the second crash", "If so,")


@pytest.mark.parametrize(
    ("sentence", "points_back"),
    [
        ("It was the second crash on the bridge in a week.", True),
        ("It will be Lind's second season in charge of the Comets.", True),
        ("It was the harp that made her famous.", True),
        ("It destroyed 40 homes near the harbour.", True),
        ("It would close the bridge for a month.", True),
        ("If so, bus routes across the bridge would change.", True),
        ("Then the driver sped off towards the harbour.", True),
        ("Later that day, police found the lorry in Sarn.", True),
        ("It is expected that the lane will reopen in June.", False),
        ("It was unclear whether the cyclist wore a helmet.", False),
        ("It seems the council had warned of the risk.", False),
        ("It could take weeks to repair the railing.", False),
        ("Then-mayor Petra Lind opened the bridge in 2019.", False),
    ],
)
def test_openings_that_point_back(sentence: str, points_back: bool) -> None:
    # rule: summary_usable._REFERRING_OPENING (a referring "it", a cleft, "If so", "Then", "Later
    # that day"), not the "it" that stands for nothing
    assert summary_usable.points_back(sentence) is points_back


def test_an_opening_pointing_back_is_never_a_bullet_but_stays_a_candidate() -> None:
    # rule: summary_usable.points_back with _REFERRING_OPENING (in the graph, never chosen)
    texts = [s.text for s in summarise_articles(BRIDGE, None, SummaryOptions(sentences=5))]
    assert texts, texts
    assert not any(t.startswith(POINTING_BACK) for t in texts), texts
    assert any(t.startswith("It is expected") for t in texts), texts
    found = [c[0] for c in candidate_sentences(BRIDGE)]
    assert all(any(f.startswith(p) for f in found) for p in POINTING_BACK), found


def test_an_earlier_step_of_the_case_is_its_past() -> None:
    # rule: summary_events.earlier_step (arrest < charge < arraignment < verdict < sentence)
    lead = event_facts(
        "A Velmar jury found Ansel Drobny guilty on Friday of killing two guards.", PERSONS
    )

    def earlier(sentence: str) -> bool:
        return earlier_step(event_facts(sentence, PERSONS), lead)

    assert earlier("Drobny was arrested in March after a week-long search, police said.")
    assert earlier("Drobny was charged with two counts of murder last spring.")
    # near misses: a later step; another person's arrest; no step at all
    assert not earlier("Drobny will be sentenced in June.")
    assert not earlier("Petra Lind was arrested on Monday over the same killings.")
    assert not earlier("Drobny shot both guards at close range.")


VERDICT = [
    Article(
        id=1,
        title="",
        outlet="Wire",
        published="2026-05-01",
        text="A Velmar jury found Ansel Drobny guilty on Friday of killing two guards at the"
        " Sarn depot.\n\nDrobny was arrested at a farm near Kessa a week after the killings at"
        " the depot, police said.\n\nThe families of the guards wept in court as the jury"
        " foreman read the verdict.",
    ),
    Article(
        id=2,
        title="",
        outlet="Post",
        published="2026-05-02",
        text="Ansel Drobny, 41, was convicted of the two killings at the Sarn depot."
        "\n\nHis lawyer told reporters outside the courthouse that Drobny would appeal.",
    ),
]


def test_the_case_past_is_not_a_bullet(monkeypatch: pytest.MonkeyPatch) -> None:
    # rule: summarise_articles drops a sentence telling an earlier step (earlier_step)
    def bullets() -> list[str]:
        return [s.text for s in summarise_articles(VERDICT, None, SummaryOptions(sentences=4))]

    assert not any("was arrested" in t for t in bullets())
    monkeypatch.setattr(summary_select, "earlier_step", lambda candidate, lead: False)
    assert any("was arrested" in t for t in bullets())


@pytest.mark.parametrize(
    ("sentence", "usable"),
    [
        ("The film, SALT RIVER, is based on the third novel in Wenna Holt's series.", False),
        ("The opera is adapted from a story by the Orsa poet Kai Markel.", False),
        ("The council said its decision was based on the findings of two surveys.", True),
        ("Brenn will direct Salt River, based on the novel by Wenna Holt.", True),
    ],
)
def test_where_a_work_comes_from_is_filler(sentence: str, usable: bool) -> None:
    # rule: summary_usable._FILLER ("is based on / adapted from" a book, a novel, a series ...)
    assert summary_usable.usable(sentence, SummaryOptions(), []) is usable


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("We are thrilled to announce Otto Brenn as director of the film.", True),
        ("The Kessa club is delighted that Lind will serve as our next chair.", True),
        ("We'll know more about Stam on Wednesday, when the Kings practise.", True),
        ("The gang has carried out 30 raids since 2019, our correspondent says.", False),
        ('"We are thrilled," said Otto Brenn, the studio head.', False),
        ("US officials met the Orsa delegation on Monday.", False),
    ],
)
def test_the_first_person_plural_outside_quotes_is_a_voice(sentence: str, voice: bool) -> None:
    # rule: summary_usable._FIRST_PERSON (we, our, us outside quote marks; not "our correspondent")
    assert summary_usable.points_back(sentence) is voice


def test_the_day_a_fact_was_reported_is_not_the_day_of_its_event() -> None:
    # rules: summary_events._REPORTED_ON ("police said Saturday"); kinds["shooting"] curated
    # "opened fire"
    lead = "A man who opened fire at a Sarn office party, killing one guest, has been charged,"
    lead += " police said Saturday."
    later = "Police say Ansel Drobny opened fire at the party on Friday, killing Kai Markel, 40."
    assert "shooting" in event_facts(later).kinds
    assert _retold(later, lead)
    # near miss: two events on two days stay two
    dated = "A man opened fire at a Sarn office party on Friday, killing one guest, police said"
    dated += " Saturday."
    assert not _retold("A man opened fire at a Kessa bar on Saturday, killing one.", dated)


def test_hanged_is_a_death() -> None:
    # rule: kinds["death"] curated "hanged" (the dictionary's "hang" is left out: a hung jury)
    lead = "A suspected gang boss held in Sarn prison since Tuesday has been found dead."
    assert _retold("Police said Otto Brenn had hanged himself in his cell.", lead)
    assert "death" not in event_facts("The jury was hung after two days.").kinds


def test_a_person_fired_before_the_news_is_no_dismissal() -> None:
    # rule: with_object dismissal, unless_after ("who had been fired from his job": a past)
    for sentence in (
        "Drobny, who had recently been fired from his job, is accused of the shooting.",
        "A man who was fired last week from his job at the depot shot two people.",
        "The recently-fired manager was arrested.",
    ):
        assert "dismissal" not in event_facts(sentence).kinds, sentence
    assert "dismissal" in event_facts("The Comets have fired their coach.").kinds


def test_a_clause_on_who_a_person_is_tells_no_event() -> None:
    # rule: summary_events._PERSON_ASIDE (", who had two earlier convictions," is the past)
    lead = "The Sarn gang boss Otto Brenn was found dead in his cell on Tuesday."
    later = "Brenn, who had two earlier convictions for fraud, was found dead in Sarn prison."
    assert event_facts(later, PERSONS).kinds == {"death"}
    assert _retold(later, lead)
    # near miss: without commas the clause is the sentence's event ("a man who shot ...")
    assert "shooting" in event_facts("A man who shot two guards was found dead.").kinds


def test_a_single_word_person_is_no_actor() -> None:
    # rule: summary_events.surname_keys (names of two words or more: the tagger takes a
    # prison, "Pagliarelli", or a first name for a person)
    names = ["Pagliarelli", "Otto Brenn"]
    lead = "A gang boss arrested on Tuesday has been found dead in his Pagliarelli cell."
    assert event_facts(lead, names).actors == frozenset()
    assert retells(
        event_facts("Police said Otto Brenn had hanged himself in the cell.", names),
        [event_facts(lead, names)],
    )


SIGNING = [
    Article(
        id=1,
        title="",
        outlet="Wire",
        published="2026-12-01",
        text="The Karvik Comets signed forward Jory Stam to a four-year contract on Monday."
        "\n\nStam was traded to the Harbor Kings last season and scored 31 goals in 60 games."
        "\n\nThe Comets play their first game with Stam in Sarn on Friday.",
    ),
]


def test_last_season_is_background_past_the_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    # rule: summary_usable.LAST_YEAR (last / previous / this past year or season)
    def bullets() -> list[str]:
        return [s.text for s in summarise_articles(SIGNING, None, SummaryOptions(sentences=4))]

    texts = bullets()
    assert texts and texts[0].startswith("The Karvik Comets signed"), texts
    assert not any("last season" in t for t in texts), texts
    # guard: a plan or an expectation beside last year's figure is the story's own news
    expecting = "The club, which won 31 games last season, said it expected to sell out again."
    text = f"The Karvik Comets signed forward Jory Stam on Monday.\n\n{expecting}"
    article = Article(id=2, title="", outlet="Post", text=text)
    read = summary_candidates.read_candidates([article], None, SummaryOptions())
    found, background = read.found, read.background
    assert not background and [t for t, _, _ in found][-1] == expecting
    monkeypatch.setattr(summary_candidates, "LAST_YEAR", re.compile("^$x"))
    assert any("last season" in t for t in bullets())


def test_a_software_release_and_a_post_offered_are_kinds_unless_only_meant() -> None:
    # rules: with_object release / offer, unless_after the modals ("can put out an update")
    lead = "Velsoft has released an emergency patch for its Orbit browser."
    assert _retold("As promised, Velsoft today issued an emergency patch to plug the hole.", lead)
    meant = "Users should stop using Orbit until Velsoft can put out an update, experts said."
    assert "release" not in event_facts(meant).kinds
    offered = "Ilse Varga has been offered the post of chief medical officer, sources said."
    assert _retold("The Sarn Herald first reported that Varga had been offered the job.", offered)
    assert "offer" not in event_facts("Orsa plans to offer the job to Varga.").kinds
