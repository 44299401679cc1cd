"""A story's quotes are shown in one block per speaker; names that differ only in case
("police" of one outlet, "Police" of another) are one block (issue 12, reader23: story 14 showed
both). Invented quote groups."""

from __future__ import annotations

from newsbeat.report.build import speaker_blocks


def _group(speaker: str | None, text: str) -> dict[str, object]:
    return {"speaker": speaker, "text": text}


def test_speakers_differing_in_case_are_one_block_shown_capitalised() -> None:
    groups = [
        _group("police", "Roads near the Orrin store were closed"),
        _group("Police", "potentially suspicious"),
        _group("Marden Police", "The fire spread quickly"),
        _group(None, "We will rebuild"),
    ]
    blocks = speaker_blocks(groups)
    assert list(blocks) == ["Police", "Marden Police", "unknown speaker"]
    assert [g["text"] for g in blocks["Police"]] == [
        "Roads near the Orrin store were closed",
        "potentially suspicious",
    ]


def test_near_miss_different_names_stay_apart() -> None:
    blocks = speaker_blocks([_group("Lena Holm", "Yes"), _group("Erik Holm", "No")])
    assert list(blocks) == ["Lena Holm", "Erik Holm"]
