"""Summary rule of branch sumfill (invented fixtures): a generic statement, naming no one and
nothing, giving no figure or date and saying what can or usually happens, is filler and never
a bullet (compare/summary_generic.py, used by compare/summarise.py).

Each test fails with the rule taken out; the near misses (a short line with a name, a quote
with its speaker, a guess about one event) must stay candidates.
"""

from __future__ import annotations

import pytest

from newsbeat.compare import summary_candidates
from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_generic import commentary, generic
from newsbeat.models import Article, Enrichment, Entity


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title="", text=text, outlet=outlet, published=f"2026-04-0{aid}")


@pytest.mark.parametrize(
    "sentence",
    [
        "For the families of people hurt in a crash, the aftermath can be very hard to bear alone.",
        "A good lawyer may advise a victim's relatives to seek damages in a civil court.",
        "Cases of this kind often take a long time to reach a jury.",
        "On the other hand, if the relatives sue, the insurer might ask for a trial.",
    ],
)
def test_a_generic_statement_is_filler(sentence: str) -> None:
    assert generic(sentence)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a short line with a name, first or later
        ("Korr may face more charges next to the one he has.", ["Ivo Korr"]),
        ("The family of Mona Dalby can be reached through the church.", []),
        # a quote with its speaker
        ('"It can be very hard for us," said the victim\'s sister.', []),
        # a guess about one event, a figure, a date
        ("The driver may have been drunk when the van left the road.", []),
        ("Repairs to the bridge can take up to three years.", []),
        ("The station can reopen on Monday after the inspection.", []),
        # the modal qualifies a fact in a subordinate clause
        ("The new rules bar towns from halting a dam because its water might flood a field.", []),
        # what happened, no modal
        ("The driver fled on foot and was caught by officers nearby.", []),
    ],
)
def test_near_misses_are_not_filler(sentence: str, names: list[str]) -> None:
    assert not generic(sentence, names)


CRASH = [
    _article(
        1,
        "Wire",
        "A van hit and killed a 70-year-old woman outside the Stenvik mall on Tuesday night,"
        " police in Velmar said.\n\nIvo Korr, 41, was charged on Wednesday with manslaughter"
        " and leaving the scene of a crash.",
    ),
    _article(
        2,
        "Post",
        "Police in Velmar arrested the van's driver, Ivo Korr, near the Stenvik mall on"
        " Tuesday.\n\nFor the families of a woman killed by a van driver, the aftermath of"
        " such a crash at a mall can be very hard to bear.",
    ),
]
ENRICHMENTS = {
    aid: Enrichment(
        article_id=aid,
        entities=[Entity(name="Ivo Korr", type="PERSON"), Entity(name="Stenvik", type="GPE")],
    )
    for aid in (1, 2)
}


def test_a_generic_line_is_never_a_bullet() -> None:
    texts = [s.text for s in summarise_articles(CRASH, ENRICHMENTS, SummaryOptions(sentences=4))]
    assert len(texts) >= 2, texts
    assert not any(t.startswith("For the families") for t in texts), texts


def test_without_the_rule_the_generic_line_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    # the fixture above needs the rule: with it taken out, the generic line is a bullet
    monkeypatch.setattr(summary_candidates, "generic", lambda *_: False)
    texts = [s.text for s in summarise_articles(CRASH, ENRICHMENTS, SummaryOptions(sentences=4))]
    assert any(t.startswith("For the families") for t in texts), texts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("No doubt the Velo coupe looks very stylish with the roof down.", True),
        ("Obviously, three years is a long time for a film crew in Kittby.", True),
        ("Wondering how a soft pillow in Kittby could make you sick?", True),
        ('"Why did the ferry leave?" Lena Holm asked the harbour board in Kittby.', False),
        ("The harbour board asked whether the ferry had left Kittby on time.", False),
        ("Clearwater police arrested two men in Kittby on Monday.", False),
    ],
)
def test_the_writers_comment_is_commentary(sentence: str, expected: bool) -> None:
    # rule: summary_generic.commentary (reader18: three first bullets were such comments)
    assert commentary(sentence) is expected


QUESTION = [
    _article(
        1,
        "Wire",
        "Wondering how a soft feather pillow could make a grown man in Velmar so sick?\n\n"
        "Doctors in Velmar found that Ivo Korr, 41, had a lung disease from his feather duvet.",
    )
]


def test_a_question_to_the_reader_is_never_a_bullet(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [s.text for s in summarise_articles(QUESTION, None, SummaryOptions(sentences=2))]
    assert texts and not any(t.startswith("Wondering") for t in texts), texts
    monkeypatch.setattr(summary_candidates, "commentary", lambda *_: False)
    texts = [s.text for s in summarise_articles(QUESTION, None, SummaryOptions(sentences=2))]
    assert any(t.startswith("Wondering") for t in texts), texts
