"""Every figure takes part in a line or is left out for a stated reason (issue 12, reader21):
a figure linked only leniently to other outlets' different figures, and in no pair shown,
was shown nowhere ("almost three hours" beside an agreed "2 hours"); a vague count ("dozens
of", "millions of") was set against a figure as a conflict and listed as an outlet's own.
Invented articles."""

from __future__ import annotations

from tests._enrich_docs import PAD, compare_outlets, enrich_outlets

from newsbeat.compare import explain_claims

_LEAD = "A gunman held staff hostage at a Tarnby office on Friday. "


def _claim_lines(specs: list[tuple[str, str]]) -> dict[str, list[tuple[str, ...]]]:
    result = compare_outlets(specs)
    return {
        "conflicts": [(p.a.value, p.b.value) for p in result.conflicts],
        "agreed": [(g.value, *g.outlets) for g in result.agreed if hasattr(g, "claims")],
        "unique": [(u["text"], u["outlet"]) for u in result.unique if u["kind"] == "claim"],
    }


def test_a_figure_linked_only_leniently_to_other_figures_is_its_outlets_own() -> None:
    lines = _claim_lines(
        [
            ("Orsk Daily", _LEAD + "What followed was a tense two hours while police "
             "negotiated the gunman's exit from the building." + PAD),
            ("Tarnby Post", _LEAD + "After two hours, he said, the gunman gave himself up "
             "and police cuffed him." + PAD),
            ("Velm Herald", _LEAD + "Police locked down the busy street for almost three "
             "hours while they negotiated with the suspect." + PAD),
        ]
    )  # fmt: skip
    assert lines["agreed"] == [("2", "Orsk Daily", "Tarnby Post")]
    assert lines["conflicts"] == []
    assert lines["unique"] == [("almost 3 hours", "Velm Herald")]


def test_a_figure_that_fits_another_outlets_figure_is_not_its_own() -> None:
    # control: "about two hours" fits the agreed "2 hours", linked leniently: told by others
    lines = _claim_lines(
        [
            ("Orsk Daily", _LEAD + "What followed was a tense two hours while police "
             "negotiated the gunman's exit from the building." + PAD),
            ("Tarnby Post", _LEAD + "After two hours, he said, the gunman gave himself up "
             "and police cuffed him." + PAD),
            ("Velm Herald", _LEAD + "Police spent about two hours negotiating with the "
             "suspect before bringing him into custody." + PAD),
        ]
    )  # fmt: skip
    assert ("about 2 hours", "Velm Herald") not in lines["unique"]


_FIRE = "A fire destroyed a warehouse in Tarnby on Sunday. "
_VAGUE = [
    ("Orsk Daily", _FIRE + "Dozens of firefighters fought the blaze overnight." + PAD),
    ("Tarnby Post", _FIRE + "Eight firefighters fought the blaze overnight." + PAD),
    ("Velm Herald", _FIRE + "Millions of viewers watched the flames on television." + PAD),
]


def test_a_vague_count_contradicts_no_figure_and_is_nobodys_own() -> None:
    lines = _claim_lines(_VAGUE)
    assert lines["conflicts"] == []
    assert lines["unique"] == [("8 firefighters", "Tarnby Post")]


def test_the_trace_says_why_a_vague_count_is_no_side() -> None:
    articles, enrichments = enrich_outlets(_VAGUE)
    decisions = {
        (t["a"]["value"], t["b"]["value"]): t["decision"]
        for t in explain_claims(articles, enrichments)
    }
    assert decisions[(24.0, 8.0)] == "a vague count contradicts no figure"
