"""A joint quote's speakers (speak31) survive the store and reach the quote's JSON: "speaker"
null, "speakers" both names; a quote of one speaker keeps an empty list."""

from __future__ import annotations

from pathlib import Path

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.models import Article, Enrichment, Quote
from newsbeat.serialize import enrichment_json
from newsbeat.store import SQLiteStore


def test_joint_speakers_are_stored_and_serialised(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "nb.db")
    try:
        (kid,) = store.add_articles(
            [Article(title="Gala host named", outlet="Kessa Courier", text="…")]
        ).new_ids
        joint = Quote(text="We are thrilled", speaker=None, speakers=("Tova Reyes", "Ilan Brandt"))
        single = Quote(text="It will be a fine night", speaker="Mira Lund")
        store.save_enrichment(Enrichment(article_id=kid, quotes=[joint, single]))
        back = store.get_enrichment(kid)
    finally:
        store.close()
    assert back is not None
    assert [q.speakers for q in back.quotes] == [("Tova Reyes", "Ilan Brandt"), ()]
    shown = enrichment_json([back])["quotes"]
    assert [(q["speaker"], q["speakers"]) for q in shown] == [
        (None, ["Tova Reyes", "Ilan Brandt"]),
        ("Mira Lund", []),
    ]


def test_the_stage_gives_a_joint_quote_both_speakers() -> None:
    text = '"We are thrilled to have Mira host the gala," said Tova Reyes and Ilan Brandt.\n'
    doc = load_pipeline("en_core_web_sm")(text)
    found = analyse_doc(doc, ArticleInput(id=1, text=text, outlet="o"), EnrichOptions())
    assert [(q.speaker, q.speakers) for q in found.quotes] == [
        (None, ("Tova Reyes", "Ilan Brandt"))
    ]
