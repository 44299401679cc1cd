"""The PolNeAR gold of ``bench enrich``: which attributions are direct quotes. Invented text and
annotation, in PolNeAR's brat standoff format."""

from __future__ import annotations

from newsbeat.bench.enrich import _gold_quotes

_TEXT = "''We will dredge the channel,'' Brand said. \"The ferries run,\" Lind said. Brand hopes."


def _ann(text: str) -> str:
    def span(tag: str, role: str, words: str) -> str:
        start = text.index(words)
        return f"{tag}\t{role} {start} {start + len(words)}\t{words}"

    return "\n".join(
        [
            span("T1", "Content", "We will dredge the channel,"),
            span("T2", "Source", "Brand"),
            span("T3", "Cue", "said"),
            "E1\tAttribution:T1 Content:T1 Cue:T3 Source:T2",
            span("T4", "Content", "The ferries run,"),
            span("T5", "Source", "Lind"),
            "E2\tAttribution:T4 Content:T4 Cue:T3 Source:T5",
            span("T6", "Content", "hopes"),
            "E3\tAttribution:T6 Content:T6 Cue:T3 Source:T2",
        ]
    )


def test_quotes_in_two_apostrophes_are_gold_direct_quotes() -> None:
    gold = _gold_quotes(_TEXT, _ann(_TEXT))
    assert [_TEXT[g.spans[0][0] : g.spans[0][1]] for g in gold] == [
        "We will dredge the channel,",
        "The ferries run,",
    ]
    assert [g.source_text for g in gold] == ["Brand", "Lind"]
