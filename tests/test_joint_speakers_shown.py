"""A quote said by two people together shows both names in every view, never "unknown
speaker" (read34b: a statement of two named producers, agreed by six outlets, was printed as an
unknown speaker's in the Markdown report). Invented names."""

from __future__ import annotations

from newsbeat.compare.records import QuoteGroup
from newsbeat.models import Quote
from newsbeat.report.build import speaker_blocks
from newsbeat.story_views.shown_speakers import shown_speaker

JOINT = Quote(
    text="We are thrilled to welcome her back to the stage",
    speaker=None,
    outlet="Harbour Herald",
    article_id=1,
    speakers=("Lena Holm", "Arvid Mell"),
)


def test_shown_speaker() -> None:
    assert shown_speaker("Lena Holm", ("Lena Holm", "Arvid Mell")) == "Lena Holm"
    assert shown_speaker(None, ("Lena Holm", "Arvid Mell")) == "Lena Holm and Arvid Mell"
    assert shown_speaker(None, ("A", "B", "C")) == "A, B and C"
    assert shown_speaker(None, ()) == "unknown speaker"
    assert shown_speaker(None) == "unknown speaker"


def test_a_joint_quotes_group_carries_its_speakers() -> None:
    other = Quote(text=JOINT.text, speaker=None, outlet="Velmar Courier", article_id=2)
    group = QuoteGroup(speaker=None, variants=[(JOINT, None), (other, None)]).to_json()
    assert group["speaker"] is None
    assert group["speakers"] == ["Lena Holm", "Arvid Mell"]


def test_the_report_blocks_a_joint_quote_under_both_names() -> None:
    group = QuoteGroup(speaker=None, variants=[(JOINT, None)]).to_json()
    alone = QuoteGroup(speaker=None, variants=[(Quote(text="No comment", speaker=None), None)])
    blocks = speaker_blocks([group, alone.to_json()])
    assert sorted(blocks) == ["Lena Holm and Arvid Mell", "unknown speaker"]


def test_the_report_templates_show_both_names() -> None:
    from newsbeat.report.render import _environment

    item = {"speaker": None, "speakers": ["Lena Holm", "Arvid Mell"]}
    for kind in ("md", "html"):
        shown = _environment(kind).from_string("{{ g | speaker }}").render(g=item)
        assert shown == "Lena Holm and Arvid Mell"
