"""Conflicts: each article's only count of one thing by one act is one count told twice
(issue 12, ``compare.one_count.only_count``). "The agency received nearly 40,000 letters" and
"The Transport Office ... has received nearly 52,000 letters" share few words and one side
names no subject, but each article counts letters once, by the same act: a reader sees one
count told twice. Invented sentences; the first test fails without the rule (the subject
check and the wording gate keep the pair apart), each guard test fails with its guard
removed (the person guard's fixture is the quarterback test of
``test_compare_false_alarms.py``, "Tom Reyes, who completed 28 passes" / "The quarterback
completed 17 passes"; the day guard's is the "On Wednesday" crowd of
``test_compare_bare_crowds.py``)."""

from __future__ import annotations

from tests._enrich_docs import BODY as _BODY
from tests._enrich_docs import compare_outlets as _compare
from tests._enrich_docs import side_values as _values

_AGENCY = (
    "The agency received nearly 40,000 letters on the Vellmoor bypass plan, at least 31,000 of "
    "which were copies of one petition.\n"
)
_OFFICE = (
    "The Transport Office announced the new route in March and since has received nearly "
    "52,000 letters, the vast majority opposing the plan.\n"
)


def test_each_articles_only_count_of_one_thing_by_one_act_conflicts() -> None:
    result = _compare([("Wire", _BODY + _AGENCY), ("Post", _BODY + _OFFICE)])
    assert [_values(p) for p in result.conflicts] == [{"nearly 40,000", "nearly 52,000"}]


def test_an_article_giving_another_figure_of_the_thing_keeps_them_apart() -> None:
    # Which of the Wire's two counts of letters the Post's figure is, the noun does not say.
    wire = _AGENCY + "Another 3,000 letters arrived after the deadline, the agency said.\n"
    result = _compare([("Wire", _BODY + wire), ("Post", _BODY + _OFFICE)])
    assert result.conflicts == []


def test_a_figure_written_as_a_set_told_before_keeps_them_apart() -> None:
    # "the eight bullets fired" is the whole two hits are picked from, no count of the shots
    wire = "Doctors said the driver was struck by two of the eight bullets fired by the guards.\n"
    post = "Officials have not named the two guards who fired 12 shots at the van.\n"
    result = _compare([("Wire", _BODY + wire), ("Post", _BODY + post)])
    assert result.conflicts == []


def test_a_pronoun_for_the_unknown_subject_still_keeps_them_apart() -> None:
    # The subject unknown on one side is taken as the other's: "they" stays two articles' "they".
    office = _OFFICE.replace("The Transport Office announced", "They announced").replace(
        "has received", "have received"
    )
    result = _compare([("Wire", _BODY + _AGENCY), ("Post", _BODY + office)])
    assert result.conflicts == []
