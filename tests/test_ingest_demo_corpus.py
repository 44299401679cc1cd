"""The bundled demo corpus: every file imports, and only the malformed ones fail (cleanly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbeat.demo import corpus_path
from newsbeat.exceptions import ImportFailure
from newsbeat.importers import DeclaredBeat, expand_paths, read_inputs
from newsbeat.importers.ingest import ingest
from newsbeat.models import Article
from newsbeat.store import SQLiteStore

CORPUS = corpus_path()
FILES, _ = expand_paths([CORPUS])
GOOD = [p for p in FILES if "malformed" not in p.relative_to(CORPUS).parts]
MALFORMED = [p for p in FILES if "malformed" in p.relative_to(CORPUS).parts]


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(CORPUS)) for p in paths]


def test_corpus_has_the_three_formats_and_malformed_files() -> None:
    suffixes = {p.suffix for p in GOOD}
    assert {".txt", ".html", ".jsonl"} <= suffixes
    assert len(MALFORMED) >= 3


@pytest.mark.parametrize("path", GOOD, ids=_ids(GOOD))
def test_good_file_imports_without_failure(path: Path) -> None:
    items = list(read_inputs([path]))
    failures = [str(i) for i in items if isinstance(i, ImportFailure)]
    assert failures == []
    articles = [i for i in items if isinstance(i, Article)]
    assert articles
    for article in articles:
        assert article.title.strip() and article.text.strip()
        assert article.provenance and article.provenance[0].location == str(path.resolve())
    if path.suffix == ".txt":
        assert isinstance(items[0], DeclaredBeat)


@pytest.mark.parametrize("path", MALFORMED, ids=_ids(MALFORMED))
def test_malformed_file_fails_cleanly_naming_itself(path: Path) -> None:
    failures = [i for i in read_inputs([path]) if isinstance(i, ImportFailure)]
    assert failures
    for failure in failures:
        assert failure.location.startswith(str(path))
        assert failure.reason


def test_whole_corpus_ingests_with_beats_and_one_spelling_per_outlet(
    fresh_store: SQLiteStore,
) -> None:
    report = ingest(fresh_store, [CORPUS])
    assert report.new >= 40
    assert {Path(f.location.split(": ")[0]) for f in report.failures} <= set(MALFORMED)
    assert {"alliance", "harbour"} <= set(report.beats_created)
    outlets = fresh_store.outlet_names()
    assert len(outlets) >= 8
    keys = [" ".join(o.casefold().removeprefix("the ").split()) for o in outlets]
    assert len(keys) == len(set(keys)), outlets
    assert all(a.provenance for a in fresh_store.iter_articles())
    again = ingest(fresh_store, [CORPUS])
    assert again.new == 0 and again.existing == report.new
