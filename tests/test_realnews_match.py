"""The matching rules of the real-news benchmark, on invented fixtures."""

from __future__ import annotations

import pytest

from newsbeat.bench.realnews_gold import (
    ConflictItem,
    GoldRelation,
    NumberKey,
    QuoteItem,
    RelationSentence,
)
from newsbeat.bench.realnews_match import (
    PredQuote,
    PredRelation,
    PredSide,
    coarse_type,
    locate,
    max_similarity,
    pair_matches,
    same_name,
    score_conflicts,
    score_relations,
    score_speakers,
    side_matches,
    summary_redundancy,
)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Maurice Cheeks", "Cheeks"),
        ("Cheeks", "Maurice Cheeks"),
        ("Donald Trump’s", "Donald Trump"),
        ("The Indian Navy", "Indian Navy"),
        ("Dominique Strauss-Kahn", "Dominique Strauss - Kahn"),
        ("PHILADELPHIA 76ERS", "76ers"),
        ("Patrik V. Sandell Jr.", "Sandell"),  # a generational suffix is no surname
    ],
)
def test_names_match_across_case_possessives_the_hyphens_and_surnames(
    predicted: str, gold: str
) -> None:
    assert same_name(predicted, [gold])


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Vincent", "Vincent Gigante"),  # a first name alone is not the person
        ("Russia's foreign ministry", "Russia"),  # the head differs
        ("", "Obama"),
        (None, "Obama"),
        ("Scottish", "Scott"),
    ],
)
def test_names_that_do_not_match(predicted: str | None, gold: str) -> None:
    assert not same_name(predicted, [gold])


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [("United Kingdom", "Britain"), ("United States", "U.S."), ("United States", "the US")],
)
def test_two_names_of_one_country_match(predicted: str, gold: str) -> None:
    # the tool prints a state by its one name; the gold keeps the text's
    assert same_name(predicted, [gold])


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [("United States", "Washington"), ("United Kingdom", "Scotland"), ("Russia", "Kremlin")],
)
def test_a_capital_or_a_part_is_not_its_country(predicted: str, gold: str) -> None:
    assert not same_name(predicted, [gold])


def test_an_alias_is_accepted() -> None:
    assert same_name("Big Machine Records", ["Big Machine", "Big Machine Records"])


def test_plover_types_fold_into_coarse_types() -> None:
    assert coarse_type("ASSAULT") == "fight"
    assert coarse_type("CONSULT") == "meet"
    assert coarse_type("DISAPPROVE") == "criticise"
    assert coarse_type("SOMETHING_NEW") == "other"
    assert coarse_type("aid") == "aid"  # the baseline may speak the gold's types already


def test_locate_ignores_whitespace_differences() -> None:
    text = "Intro.\nThe quake killed  ten\npeople on Sunday. More."
    [(start, end)] = locate(text, "The quake killed ten people on Sunday.")
    assert text[start:].startswith("The quake")
    assert end > text.index("Sunday")
    assert locate(text, "Nothing like this") == []


def test_locate_finds_a_quote_reopened_in_a_new_paragraph() -> None:
    text = 'Holm added: "The port was calm.\n" The ships left at dawn. "\nMore text.'
    [(start, _)] = locate(text, "The port was calm. The ships left at dawn.")
    assert start == text.index("The port")


def _key(doc: str, at: int, value: float) -> NumberKey:
    return NumberKey(doc=doc, at=at, span="x", value=value)


def test_a_side_needs_the_document_the_offset_and_the_value() -> None:
    side = PredSide(doc="d1", start=10, end=60, low=10.0, high=10.0)
    assert side_matches(side, _key("d1", 30, 10.0))
    assert not side_matches(side, _key("d2", 30, 10.0))  # another document
    assert not side_matches(side, _key("d1", 70, 10.0))  # outside the sentence
    assert not side_matches(side, _key("d1", 30, 12.0))  # another figure
    hedged = PredSide(doc="d1", start=10, end=60, low=50.0, high=None)  # "at least 50"
    assert side_matches(hedged, _key("d1", 30, 80.0))
    assert side_matches(
        PredSide(doc="d1", start=0, end=5, low=100.0, high=100.0), _key("d1", 0, 100.5)
    )


def _item(
    label: str, a: tuple[str, int, float], b: tuple[str, int, float], what: str = ""
) -> ConflictItem:
    what = what or f"{a} {b}"  # each item its own quantity unless told
    return ConflictItem(id=label, group="g", label=label, what=what, a=_key(*a), b=_key(*b))


def test_a_pair_matches_in_either_order() -> None:
    item = _item("conflict", ("d1", 5, 10.0), ("d2", 7, 12.0))
    left = [PredSide(doc="d1", start=0, end=20, low=10.0, high=10.0)]
    right = [PredSide(doc="d2", start=0, end=20, low=12.0, high=12.0)]
    assert pair_matches((left, right), item)
    assert pair_matches((right, left), item)
    assert not pair_matches((left, left), item)


def test_conflict_scores_count_lookalikes_as_false_alarms() -> None:
    gold = [
        _item("conflict", ("d1", 5, 10.0), ("d2", 7, 12.0)),
        _item("conflict", ("d1", 50, 3.0), ("d2", 60, 4.0)),
        _item("hedge", ("d1", 80, 50.0), ("d2", 90, 80.0)),
    ]

    def side(doc: str, at: int, value: float) -> list[PredSide]:
        return [PredSide(doc=doc, start=at, end=at + 1, low=value, high=value)]

    predicted = [
        (side("d1", 5, 10.0), side("d2", 7, 12.0)),  # right
        (side("d1", 80, 50.0), side("d2", 90, 80.0)),  # the hedge, called a conflict
        (side("d1", 100, 1.0), side("d2", 100, 2.0)),  # not in the gold at all
    ]
    scores = score_conflicts(predicted, gold)
    assert scores["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert scores["recall"] == 0.5
    assert scores["gold_disputes"] == 2
    assert scores["on_lookalikes"] == 1
    assert score_conflicts([], gold)["precision"] is None


def _sentence(at: int, end: int, *relations: GoldRelation) -> RelationSentence:
    return RelationSentence(id=f"s{at}", doc="d", at=at, end=end, span="x", relations=relations)


def _pred(at: int, source: str, target: str, kind: str) -> PredRelation:
    return PredRelation(doc="d", start=at, end=at + 20, source=source, target=target, type=kind)


def test_relation_scores_direction_type_optional_and_false_alarms() -> None:
    sentences = [
        _sentence(0, 50, GoldRelation(source="Kaldria", target="Sorvenland", type="aid")),
        _sentence(
            100,
            150,
            GoldRelation(source="Lena Holm", target="Aurel Dane", type="meet", symmetric=True),
            GoldRelation(source="Holm", target="Velmar", type="fight", optional=True),
        ),
        _sentence(200, 250),
        _sentence(300, 350, GoldRelation(source="Orsa", target="Brask", type="other")),
    ]
    predicted = [
        _pred(0, "Sorvenland", "Kaldria", "AID"),  # wrong direction
        _pred(0, "Kaldria", "Sorvenland", "DEMAND"),  # wrong type
        _pred(0, "Kaldria", "Sorvenland", "AID"),  # right
        _pred(100, "Aurel Dane", "Lena Holm", "CONSULT"),  # symmetric: right either way
        _pred(100, "Holm", "Velmar", "ASSAULT"),  # optional: counts neither way
        _pred(200, "Orsa", "Brask", "THREATEN"),  # a sentence with no relation: false alarm
        _pred(300, "Orsa", "Brask", "SANCTION"),  # "other" takes any type
        _pred(500, "Orsa", "Brask", "AID"),  # outside every sampled sentence: not scored
    ]
    scores = score_relations(predicted, sentences)
    assert scores["right"] == 3
    assert scores["wrong"] == 3
    assert scores["on_optional"] == 1
    assert scores["precision"] == 0.5
    assert scores["recall"] == 1.0
    assert scores["false_alarm_sentences"] == 1
    assert scores["sentences_without_relation"] == 1


def test_speaker_accuracy_takes_the_covering_quote_and_counts_misses() -> None:
    items = [
        QuoteItem(id="q1", doc="d", at=10, span="x", speaker="Lena Holm"),
        QuoteItem(id="q2", doc="d", at=100, span="x", speaker="Kaldria Herald", aliases=("KH",)),
        QuoteItem(id="q3", doc="d", at=300, span="x", speaker="Aurel Dane"),
    ]
    predicted = [
        PredQuote(doc="d", start=5, end=60, speaker="Holm"),
        PredQuote(doc="d", start=9, end=40, speaker="Aurel Dane"),  # starts nearer: this one
        PredQuote(doc="d", start=100, end=160, speaker="KH"),
    ]
    scores = score_speakers(predicted, items)
    assert scores["right"] == 1
    assert scores["quotes_not_found"] == 1
    assert scores["accuracy"] == pytest.approx(1 / 3, abs=1e-4)


def test_redundancy_is_the_highest_bullet_similarity_averaged_over_stories() -> None:
    same = ["Kaldria and Sorvenland signed a treaty.", "Kaldria and Sorvenland signed a treaty."]
    apart = ["Kaldria signed a treaty.", "Floods closed the harbour road."]
    assert max_similarity(same, []) == pytest.approx(1.0)
    assert max_similarity(apart, []) == 0.0
    assert max_similarity(["only one"], []) == 0.0
    assert summary_redundancy([(same, []), (apart, []), (["alone"], [])]) == pytest.approx(0.5)
    assert summary_redundancy([]) is None


def test_a_conflict_between_two_unpaired_reports_of_a_disputed_figure_is_right() -> None:
    # The gold pairs d1 (five) with d2 (two) and d3 (five) with d2; d3 against d4 (two) is
    # the same dispute, and d1 against d3 (both five) is not a conflict at all.
    gold = [
        _item("conflict", ("d1", 5, 5.0), ("d2", 5, 2.0)),
        _item("conflict", ("d3", 5, 5.0), ("d2", 5, 2.0)),
        _item("conflict", ("d3", 5, 5.0), ("d4", 5, 2.0)),
    ]

    def side(doc: str, value: float) -> list[PredSide]:
        return [PredSide(doc=doc, start=0, end=50, low=value, high=value)]

    scores = score_conflicts([(side("d1", 5.0), side("d4", 2.0))], gold)
    assert scores["precision"] == 1.0
    assert scores["recall"] == 1.0  # the three items state one dispute: 5 against 2
    assert scores["gold_disputes"] == 1
    assert score_conflicts([(side("d1", 5.0), side("d3", 5.0))], gold)["precision"] == 0.0


def test_items_of_one_quantity_form_one_dispute_without_sharing_a_number() -> None:
    gold = [
        _item("conflict", ("d1", 5, 6.1), ("d2", 5, 5.9), what="magnitude"),
        _item("conflict", ("d3", 5, 6.1), ("d4", 5, 5.9), what="magnitude"),
    ]

    def side(doc: str, value: float) -> list[PredSide]:
        return [PredSide(doc=doc, start=0, end=50, low=value, high=value)]

    scores = score_conflicts([(side("d1", 6.1), side("d4", 5.9))], gold)
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0
    assert scores["gold_disputes"] == 1


def test_an_entity_span_takes_the_type_of_the_mention_on_its_head() -> None:
    from newsbeat.bench.realnews_match import head_mention
    from newsbeat.enrich.actors import MentionRef

    text = "the Vasko-era rules and the Arden Cup final, said Tom Vasko's aide"
    vasko = MentionRef(start=4, end=9, actor="Tom Vasko", label="PERSON")
    arden = MentionRef(start=27, end=32, actor="Arden", label="GPE")
    tom = MentionRef(start=50, end=59, actor="Tom Vasko", label="PERSON")
    mentions = [vasko, arden, tom]
    assert head_mention(mentions, 4, "Vasko-era") is None
    assert head_mention(mentions, 27, "Arden Cup") is None
    assert head_mention(mentions, 27, "Arden") is arden
    assert head_mention(mentions, 50, "Tom Vasko's") is tom
    assert text[50:61] == "Tom Vasko's"
