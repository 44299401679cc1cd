"""Ingest into the store: counts, idempotence, provenance, beats, failures, atomic batches."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbeat.exceptions import StoreError
from newsbeat.importers.ingest import IngestProgress, ingest
from newsbeat.models import Article, Provenance
from newsbeat.store import AddResult, SQLiteStore

FIXTURES = Path(__file__).parent / "fixtures" / "importers"


def dump(keyword: str, *articles: tuple[str, str]) -> str:
    blocks = [keyword, ""]
    for title, text in articles:
        blocks += [title, "", text, "", "Source link", ""]
    return "\n".join(blocks)


def test_dump_ingest_counts_beat_and_membership(fresh_store: SQLiteStore) -> None:
    report = ingest(fresh_store, [FIXTURES / "dump_basic.txt"])
    assert (report.files, report.new, report.existing, report.failed) == (1, 3, 0, 0)
    assert report.beats_created == ["alliance"]
    # "alliance" is stemmed: the article that only says "alliances" is a member too
    members = {a.title for a in fresh_store.iter_articles(beat="alliance")}
    assert members == {
        "Norland and Vesta sign coastal defence alliance",
        "Fishermen welcome strait patrols",
    }
    assert fresh_store.get_beat("alliance").query == "alliance"


def test_second_run_is_all_already_stored(fresh_store: SQLiteStore) -> None:
    paths = [FIXTURES / "dump_basic.txt", FIXTURES / "articles.jsonl"]
    first = ingest(fresh_store, paths)
    assert (first.new, first.existing) == (6, 0)
    second = ingest(fresh_store, paths)
    assert (second.new, second.existing) == (0, 6)
    assert second.beats_created == []
    assert fresh_store.count_articles() == 6
    assert second.failures and [f.location for f in second.failures] == [
        f.location for f in first.failures
    ]


def test_article_seen_in_two_files_keeps_both_provenances(
    fresh_store: SQLiteStore, tmp_path: Path
) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(dump("ferry", ("Night ferry", "It sails at night.")), encoding="utf-8")
    # same article, different wrapping and a junk line: the same content
    b.write_text(
        dump("ferry", ("Other story", "Other text."), ("Night ferry", "It sails  at night.")),
        encoding="utf-8",
    )
    report = ingest(fresh_store, [a, b])
    assert (report.new, report.existing) == (2, 1)
    night = next(x for x in fresh_store.iter_articles() if x.title == "Night ferry")
    assert sorted((p.location, p.position) for p in night.provenance) == [
        (str(a.resolve()), "article 1, line 3"),
        (str(b.resolve()), "article 2, line 9"),
    ]


def test_jsonl_url_identity_and_fields(fresh_store: SQLiteStore, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {"title": "T", "text": "One.", "url": "https://example.org/x?utm_source=a"},
        {"title": "T changed", "text": "Two.", "url": "https://example.org/x"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = ingest(fresh_store, [path])
    assert (report.new, report.existing) == (1, 1)
    stored = next(iter(fresh_store.iter_articles()))
    assert stored.url == "https://example.org/x"
    assert [p.position for p in stored.provenance] == ["line 1", "line 2"]


def test_existing_beat_keeps_its_query(fresh_store: SQLiteStore) -> None:
    from newsbeat.beats import define_beat

    define_beat(fresh_store, "alliance", "alliance NOT fishermen")
    report = ingest(fresh_store, [FIXTURES / "dump_basic.txt"])
    assert report.beats_created == []
    assert fresh_store.get_beat("alliance").query == "alliance NOT fishermen"
    assert [a.title for a in fresh_store.iter_articles(beat="alliance")] == [
        "Norland and Vesta sign coastal defence alliance"
    ]


def test_bad_inputs_fail_one_line_each_and_the_rest_is_stored(
    fresh_store: SQLiteStore, tmp_path: Path
) -> None:
    report = ingest(
        fresh_store,
        [
            tmp_path / "missing.txt",
            FIXTURES / "binary.txt",
            FIXTURES / "dump_truncated.txt",
            FIXTURES / "articles.jsonl",
            FIXTURES / "page_no_text.html",
            FIXTURES / "plain_bad_utf8.txt",
            FIXTURES / "empty.dump",
            FIXTURES / "dump_bad_utf8.txt",
        ],
    )
    assert report.new == 1 + 3 + 2
    locations = [f.location for f in report.failures]
    assert locations[0] == str(tmp_path / "missing.txt")
    assert f"{FIXTURES}/dump_truncated.txt: line 11" in locations
    assert f"{FIXTURES}/articles.jsonl: line 3" in locations
    assert f"{FIXTURES}/dump_bad_utf8.txt: article 2 (line 9)" in locations
    assert len(report.failures) == 1 + 1 + 1 + 4 + 1 + 1 + 1 + 1
    assert fresh_store.count_articles() == 6
    assert all(a.provenance for a in fresh_store.iter_articles())


def test_batches_commit_atomically(
    fresh_store: SQLiteStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.txt"
    path.write_text(
        dump("ferry", *[(f"Story {i}", f"Text number {i}.") for i in range(10)]), encoding="utf-8"
    )
    real_add = fresh_store.add_articles
    calls: list[int] = []

    def flaky_add(articles: list[Article]) -> AddResult:
        calls.append(len(articles))
        if len(calls) == 3:
            with fresh_store.transaction():
                real_add(articles[:2])  # half of the batch is written ...
                raise StoreError("disk full")  # ... then the write fails: rolled back
        return real_add(articles)

    monkeypatch.setattr(fresh_store, "add_articles", flaky_add)
    with pytest.raises(StoreError):
        ingest(fresh_store, [path], batch_size=4)
    assert calls == [4, 4, 2]
    assert fresh_store.count_articles() == 8  # two whole batches, nothing of the third


def test_progress_reports_bytes_and_counts(fresh_store: SQLiteStore) -> None:
    seen: list[IngestProgress] = []
    ingest(fresh_store, [FIXTURES / "dump_basic.txt"], batch_size=1, progress=seen.append)
    size = (FIXTURES / "dump_basic.txt").stat().st_size
    assert seen[0].files_total == 1 and seen[0].bytes_total == size
    assert seen[-1].files_done == 1 and seen[-1].bytes_done == size and seen[-1].new == 3
    assert [p.new for p in seen] == sorted(p.new for p in seen)


def test_unknown_format_is_refused_before_reading(fresh_store: SQLiteStore) -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        ingest(fresh_store, [FIXTURES / "dump_basic.txt"], fmt="pdf")
    assert fresh_store.count_articles() == 0


def _jsonl(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("order", ["dump_first", "jsonl_first"])
def test_outlet_spellings_are_unified_whatever_the_order(
    fresh_store: SQLiteStore, tmp_path: Path, order: str
) -> None:
    signoff = tmp_path / "d.txt"
    signoff.write_text(
        dump(
            "ferry", ("Night ferry", "It sails at night.\n\nAnna Lind writes for the Velmar Post.")
        ),
        encoding="utf-8",
    )
    site = _jsonl(
        tmp_path / "j.jsonl", {"title": "Day ferry", "text": "By day.", "outlet": "The Velmar Post"}
    )
    other = _jsonl(
        tmp_path / "k.jsonl", {"title": "Tram", "text": "Trams.", "outlet": "the velmar post"}
    )
    paths = [signoff, other, site] if order == "dump_first" else [site, other, signoff]
    for path in paths:
        ingest(fresh_store, [path])
    assert fresh_store.outlet_names() == ["The Velmar Post"]
    assert {a.outlet for a in fresh_store.iter_articles()} == {"The Velmar Post"}


def test_different_outlets_stay_apart(fresh_store: SQLiteStore, tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "j.jsonl",
        {"title": "A", "text": "a.", "outlet": "Velmar Post"},
        {"title": "B", "text": "b.", "outlet": "Velmar Post Weekly"},
    )
    ingest(fresh_store, [path])
    assert fresh_store.outlet_names() == ["Velmar Post", "Velmar Post Weekly"]


def test_add_articles_resolves_duplicates_inside_one_batch(fresh_store: SQLiteStore) -> None:
    def art(title: str, text: str, url: str | None = None, where: str = "x") -> Article:
        return Article(title=title, text=text, url=url, provenance=[Provenance(location=where)])

    first = fresh_store.add_articles([art("Old", "Stored before.")])
    batch = [
        art("A", "Text of A.", where="a1"),
        art("B", "Text of B.", url="https://example.org/b", where="b1"),
        art("A", "Text  of A.", where="a2"),  # same content hash as the first A
        art("B2", "Other text.", url="https://example.org/b", where="b2"),  # same URL as B
        art("B", "Text of B.", where="c"),  # no URL, same hash as B
        art("Old", "Stored before.", where="o"),
        art("D", "Text of D.", url="https://example.org/d", where="d"),
    ]
    result = fresh_store.add_articles(batch)
    a_id, b_id, d_id = result.new_ids
    assert result.existing_ids == [a_id, b_id, b_id, first.new_ids[0]]
    assert [a.title for a in fresh_store.iter_articles()] == ["Old", "A", "B", "D"]
    assert sorted(p.location for p in fresh_store.get_article(b_id).provenance) == [
        "b1",
        "b2",
        "c",
    ]
    assert d_id == b_id + 1
    hits = fresh_store.search("text")
    assert {h.article_id for h in hits} == {a_id, b_id, d_id}


def _reference_hash(title: str | None, text: str) -> str:
    """content_hash as first written (regex whitespace folding, NFKC always)."""
    import hashlib
    import re
    import unicodedata

    norm = unicodedata.normalize("NFKC", f"{title or ''}\n{text}").casefold()
    norm = re.sub(r"\s+", " ", norm).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.text()), st.text())
def test_faster_content_hash_is_the_same_hash(title: str | None, text: str) -> None:
    from newsbeat.models import content_hash

    assert content_hash(title, text) == _reference_hash(title, text)
