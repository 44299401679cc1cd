"""Hostile and careless inputs (issue 15): bounded memory, one clean failure each, right words.

The memory test ingests every hostile file of :mod:`newsbeat.bench.hostile_files` (gzip bombs of
1 GB, a 50 MB record, a 50 MB dump line, deep nesting, a flood of JSON values) in a child
process and bounds its peak resident memory: a correctness bound, not a timing.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsbeat.bench.hostile_files import MB, hostile_files, measure_ingest, write_gzip_repeat
from newsbeat.exceptions import ImportFailure
from newsbeat.importers import ImportOptions, read_inputs
from newsbeat.importers.ingest import ingest
from newsbeat.models import Article
from newsbeat.store import SQLiteStore

LINE = b"A body line of an article that never ends, with nothing but more lines after it.\n"
GOOD = {"title": "Ferry terminal opens", "text": "The new ferry terminal opened on Monday."}


def jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def test_hostile_files_fail_cleanly_in_bounded_memory(tmp_path: Path) -> None:
    cases = hostile_files(size=1024 * MB)
    paths = [case.write(tmp_path) for case in cases]
    after = tmp_path / "after.jsonl"
    after.write_bytes(jsonl(GOOD))
    result = measure_ingest([*paths, after], tmp_path / "hostile.db")
    assert result["report"] is not None, result["stderr"]
    assert result["peak_mb"] < 300, (result["own_mb"], result["reader_mb"])
    report = result["report"]
    for case, path in zip(cases, paths, strict=True):
        mine = [f for f in report["failures"] if f["location"].startswith(str(path))]
        assert len(mine) == 1, (case.name, mine)
        assert case.expect in mine[0]["reason"], (case.name, mine[0])
    assert report["files"] == len(paths) + 1
    # the good articles around the hostile parts, and the file after them all
    assert report["new"] + report["existing"] == sum(case.stored for case in cases) + 1


def test_gzip_bomb_stops_at_the_ratio_guard(tmp_path: Path) -> None:
    path = write_gzip_repeat(tmp_path / "bomb.dump.gz", b"kw\n\nTitle\n", LINE * 100_000, 512 * MB)
    items = list(read_inputs([path]))
    assert len(items) == 1
    failure = items[0]
    assert isinstance(failure, ImportFailure)
    assert failure.location == str(path)
    assert "expands more than 100 times its compressed size" in failure.reason
    assert "decompression bomb" in failure.reason


def test_decompressed_file_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl.gz"
    path.write_bytes(gzip.compress(jsonl(GOOD) * 2000))  # 140 kB decompressed
    options = ImportOptions(max_file_bytes=100_000)
    items = list(read_inputs([path], options=options))
    assert isinstance(items[-1], ImportFailure)
    assert "more than 100000 bytes decompressed (max_file_bytes)" in items[-1].reason
    assert sum(isinstance(i, Article) for i in items) >= 1  # what came before the limit is kept


def test_long_jsonl_line_is_one_failure_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    long_line = json.dumps({"title": "long", "text": "word " * 400}).encode() + b"\n"
    path.write_bytes(long_line + jsonl(GOOD))
    items = list(read_inputs([path], options=ImportOptions(max_line_bytes=1000)))
    assert [type(i) for i in items] == [ImportFailure, Article]
    assert str(items[0]) == (
        f"{path}: line 1: longer than 1000 bytes (max_line_bytes); line skipped"
    )


def test_long_dump_article_is_one_failure_and_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text(
        "kw\n\nBig one\n\n" + "A line of the long article.\n" * 100 + "\nSource link\n\n"
        "Small one\n\nThe small article's only paragraph.\n\nSource link\n",
        encoding="utf-8",
    )
    items = list(read_inputs([path], options=ImportOptions(max_article_bytes=1000)))
    failures = [i for i in items if isinstance(i, ImportFailure)]
    articles = [i for i in items if isinstance(i, Article)]
    assert [a.title for a in articles] == ["Small one"]
    assert [str(f) for f in failures] == [
        f"{path}: article 1 (line 3): 'Big one' is larger than 1000 bytes (max_article_bytes);"
        " article skipped"
    ]


def test_deeply_nested_jsonl_line_does_not_stop_the_ingest(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    deep = b'{"title": "deep", "text": "x", "n": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
    first.write_bytes(jsonl(GOOD) + deep)
    second = tmp_path / "b.jsonl"
    second.write_bytes(jsonl({"title": "Second file", "text": "Its only article."}))
    store = SQLiteStore(":memory:")
    report = ingest(store, [first, second])
    assert (report.files, report.new) == (2, 2)
    assert [str(f) for f in report.failures] == [
        f"{first}: line 2: JSON nested too deeply; line skipped"
    ]


def test_moderately_deep_nesting_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"[" * 900 + b"]" * 900 + b"\n" + jsonl(GOOD))
    items = list(read_inputs([path]))
    assert [type(i) for i in items] == [ImportFailure, Article]
    assert "expected a JSON object, got an array" in str(items[0])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_read_as_text(tmp_path: Path, encoding: str) -> None:
    dump = "ferry\n\nNight ferry starts in May\n\nThe ferry will sail at night.\n\nSource link\n"
    bom = {"utf-16-be": "\ufeff", "utf-32-be": "\ufeff"}.get(encoding, "")
    (tmp_path / "d.txt").write_bytes((bom + dump).encode(encoding))
    (tmp_path / "r.jsonl").write_bytes((bom + json.dumps(GOOD) + "\n").encode(encoding))
    (tmp_path / "t.txt").write_bytes(
        (bom + "Fog delays ferries\n\nEvery ferry waited.\n").encode(encoding)
    )
    items = list(read_inputs([tmp_path / "d.txt", tmp_path / "r.jsonl", tmp_path / "t.txt"]))
    titles = [i.title for i in items if isinstance(i, Article)]
    assert titles == ["Night ferry starts in May", GOOD["title"], "Fog delays ferries"], items


def test_bad_utf16_is_named(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(
        "\ufeffTitle\n\nText".encode("utf-16-le") + b"\x00\xd8" + "x\n".encode("utf-16-le")
    )
    items = list(read_inputs([path]))
    assert len(items) == 1 and isinstance(items[0], ImportFailure)
    assert "invalid UTF-16" in items[0].reason


def test_jsonl_whose_only_line_is_bad_utf8_gets_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"title": "\xff", "text": "x"}\n')
    failures = [str(i) for i in read_inputs([path])]
    assert failures == [
        f"{path}: line 1: invalid UTF-8 at byte offset 11; line skipped, convert the file to UTF-8"
    ]


def test_file_name_with_a_newline_stays_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.jsonl"
    path.write_bytes(b"not json\n")
    failures = [str(i) for i in read_inputs([path])]
    assert len(failures) == 1
    assert "\n" not in failures[0]
    assert failures[0].startswith(f"{tmp_path}/two\\nlines.jsonl: line 1: not JSON")
    missing = [str(i) for i in read_inputs([tmp_path / "gone\r\x1b.txt"])]
    assert missing == [f"{tmp_path}/gone\\r\\x1b.txt: no such file or directory"]


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("null", "null"),
        ("[]", "an array"),
        ('"s"', "a string"),
        ("1", "a number"),
        ("2.5", "a number"),
        ("true", "true"),
        ("false", "false"),
    ],
)
def test_a_record_that_is_not_an_object_says_what_it_is(
    tmp_path: Path, value: str, name: str
) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(value + "\n", encoding="utf-8")
    assert [str(i) for i in read_inputs([path])] == [
        f"{path}: line 1: expected a JSON object, got {name}"
    ]


def test_a_jsonl_record_is_bounded_by_all_its_fields(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_bytes(jsonl({"title": "t" * 2000, "text": "short"}, GOOD))
    items = list(read_inputs([path], options=ImportOptions(max_article_bytes=1000)))
    assert [type(i) for i in items] == [ImportFailure, Article]
    assert str(items[0]).endswith(
        "line 1: article is larger than 1000 bytes (max_article_bytes); record skipped"
    )


def test_an_html_page_of_too_many_tags_is_not_parsed(tmp_path: Path) -> None:
    path = tmp_path / "flood.html"
    path.write_text(
        "<html><body><article><p>" + "<i>x</i>" * 60_000 + "</p></article></body></html>",
        encoding="utf-8",
    )
    items = list(read_inputs([path]))
    assert [str(i) for i in items] == [
        f"{path}: no extractable article text (more than 100000 tags; not an article page,"
        " not parsed)"
    ]
