"""Conflicts: a figure's slot read from its own clause (issue 12, branch confclause). A counted
noun with its own participle clause ("one of 40 gang members *arrested on Monday*, was found
dead on Wednesday") counts what that clause says: its event, its doer (none named) and its
date come from the clause, not from the sentence's main verb; an infinitive of purpose or of
what its subject sets out to do is that subject's act ("agreed to pay"); a population has no
doer; "other" in a list of counted things sets a figure apart from the list's other item
instead of adding to it. Invented sentences; each test fails without its rule."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import PAD as _PAD
from tests._enrich_docs import enrich_outlets as _enrich

from newsbeat.compare import compare_articles
from newsbeat.models import Claim

_VELL = "Marco Vell, one of 40 gang members arrested on Monday, was found dead on Wednesday.\n"
_RAIDS = "Police arrested 48 gang members on Monday in dawn raids across the city of Kell.\n"


def _claim(text: str, value: float) -> Claim:
    _, enrichments = _enrich([("Wire", text + _PAD)])
    return next(c for c in enrichments[1].claims if c.low == value)


def test_a_noun_s_own_participle_gives_the_event_and_no_doer() -> None:
    claim = _claim(_VELL, 40.0)
    assert (claim.event, claim.subject, claim.what) == ("arrest", None, "members arrested")


def test_a_noun_s_own_participle_dates_the_figure() -> None:
    assert _claim(_VELL, 40.0).time_ref == "Monday"


def test_the_main_verb_s_date_is_not_the_clause_s() -> None:
    text = "Marco Vell, one of 40 suspected gang members arrested in a raid, died on Wednesday.\n"
    assert _claim(text, 40.0).time_ref is None


def test_a_light_main_verb_leaves_the_sentence_s_date_to_the_figure() -> None:
    text = "On Monday there were 40 gang members held in the cells of the city jail.\n"
    claim = _claim(text, 40.0)
    assert (claim.event, claim.time_ref) == ("hold", "Monday")


def test_a_participle_of_another_figure_s_noun_is_not_the_figure_s() -> None:
    claim = _claim("Tom Pell landed 31 of his 90 punches thrown in the round.\n", 31.0)
    assert claim.event == "land"


def test_an_event_noun_the_figure_belongs_to_comes_first() -> None:
    text = "The deaths of two women found in a flat were ruled homicides by the coroner.\n"
    assert _claim(text, 2.0).event == "kill"


def test_a_participle_that_only_describes_the_noun_tells_no_event() -> None:
    text = "Two boats suspected to be carrying smugglers were approaching the ferry.\n"
    assert _claim(text, 2.0).event == "approach"


def test_one_count_of_arrests_read_from_a_clause_and_from_a_verb_conflicts() -> None:
    articles, enrichments = _enrich([("Wire", _BODY + _VELL), ("Post", _BODY + _RAIDS)])
    result = compare_articles(articles, enrichments)
    assert [{s["value"] for s in p.to_json()["sides"]} for p in result.conflicts] == [{"40", "48"}]


def test_other_in_a_list_of_counted_things_is_no_part() -> None:
    text = "Police found nine pistols, four other rifles and 20 magazines in the van.\n"
    assert _claim(text, 4.0).role is None


def test_other_alone_is_still_an_increment() -> None:
    assert _claim("Police found four other rifles in the van.\n", 4.0).role == "part"


def test_an_infinitive_of_purpose_is_done_by_its_verb_s_subject() -> None:
    text = "Jon Marr returned to Vessa to run the family farm after serving four years in prison.\n"
    assert _claim(text, 4.0).subject == "Jon Marr"


def test_what_a_subject_sets_out_to_do_is_its_own_act() -> None:
    text = "The Kell Rovers agreed to pay Tom Reyes 80 million dollars over five years.\n"
    assert _claim(text, 80e6).subject == "Kell Rovers"


def test_the_one_asked_to_do_it_is_not_the_asker() -> None:
    text = "Marlow Corp. asked the court to award it 5 million dollars in damages.\n"
    assert _claim(text, 5e6).subject is None


def test_a_population_has_no_doer() -> None:
    text = "Dr Ann Vole went on to treat the village's 2,500 residents for free.\n"
    claim = _claim(text, 2500.0)
    assert (claim.event, claim.subject) == ("population", None)


def test_a_clause_of_time_taken_for_a_phrase_gives_no_participle() -> None:
    # heldout9's vigil: the small parser makes "after" a preposition and "set" a participle of
    # "people"; read as the noun's own clause, two nights' marches became one event
    wednesday = (
        "The trouble Wednesday night began soon after more than 200 people set off from the "
        "vigil site at Kell Ave. around 8 p.m.\n"
    )
    monday = (
        "Starting at about 8 p.m., nearly 100 people set off from the vigil site to march the "
        "20 blocks to the precinct.\n"
    )
    articles, enrichments = _enrich([("Wire", _BODY + wednesday), ("Post", _BODY + monday)])
    assert compare_articles(articles, enrichments).conflicts == []
    assert _claim(wednesday, 200.0).event != "set"
