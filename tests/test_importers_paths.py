"""Expanding paths (files, folders, globs), gzip, format detection and --format."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsbeat.exceptions import ImportFailure, UnknownFormatError
from newsbeat.importers import (
    DeclaredBeat,
    InputSource,
    detect,
    expand_paths,
    format_names,
    read_inputs,
    read_source,
)
from newsbeat.models import Article

DUMP = "ferry\n\nNight ferry starts in May\n\nThe ferry will sail at night.\n\nSource link\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_formats_are_registered() -> None:
    assert set(format_names()) == {"dump", "jsonl", "html", "text", "warc"}


def test_folder_is_searched_recursively_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", DUMP)
    b = write(tmp_path / "sub" / "b.jsonl", '{"title": "t", "text": "x"}\n')
    write(tmp_path / ".hidden" / "c.txt", DUMP)
    write(tmp_path / ".d.txt", DUMP)
    write(tmp_path / "notes.csv", "a,b\n")
    write(tmp_path / "x.expected.json", "{}")
    files, failures = expand_paths([tmp_path])
    assert files == [a, b]
    assert failures == []


def test_missing_path_empty_folder_and_unmatched_glob(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "pics" / "cat.png", "not really a png")
    files, failures = expand_paths(
        [tmp_path / "nope.txt", tmp_path / "empty", tmp_path / "pics", f"{tmp_path}/*.zzz"]
    )
    assert files == []
    messages = [str(f) for f in failures]
    assert messages[0] == f"{tmp_path}/nope.txt: no such file or directory"
    assert messages[1].startswith(f"{tmp_path}/empty: folder has nothing importable")
    assert messages[2].startswith(f"{tmp_path}/pics: folder has nothing importable")
    assert messages[3] == f"{tmp_path}/*.zzz: no file matches this pattern"


def test_glob_and_duplicates_are_read_once(tmp_path: Path) -> None:
    a = write(tmp_path / "d" / "a.txt", DUMP)
    b = write(tmp_path / "d" / "b.dump", DUMP)
    files, failures = expand_paths([f"{tmp_path}/d/*", a, tmp_path / "d"])
    assert files == [a, b]
    assert failures == []


def test_gzip_is_read_transparently_by_magic_bytes(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(gzip.compress(DUMP.encode()))
    source = InputSource(path)
    assert detect(source).name == "dump"
    items = list(read_source(source))
    assert isinstance(items[0], DeclaredBeat)
    assert isinstance(items[1], Article) and items[1].title == "Night ferry starts in May"
    # the same bytes without a .gz name are still recognised as gzip
    other = tmp_path / "dump2.txt"
    other.write_bytes(gzip.compress(DUMP.encode()))
    assert [type(i) for i in read_inputs([other])] == [DeclaredBeat, Article]


def test_corrupt_gzip_is_one_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"title": "a", "text": "b"}\n' * 50)[:40])
    items = list(read_inputs([path]))
    assert len(items) == 1 and isinstance(items[0], ImportFailure)
    assert items[0].location == str(path)
    assert items[0].reason.startswith("cannot read:")


def test_detection_by_content_when_the_suffix_says_nothing(tmp_path: Path) -> None:
    assert detect(InputSource(write(tmp_path / "a", '{"title": "t", "text": "x"}\n'))).name == (
        "jsonl"
    )
    assert detect(InputSource(write(tmp_path / "b", "<!DOCTYPE html><html></html>"))).name == (
        "html"
    )
    assert detect(InputSource(write(tmp_path / "c", DUMP))).name == "dump"
    assert detect(InputSource(write(tmp_path / "d", "Title\n\nText.\n"))).name == "text"
    with pytest.raises(UnknownFormatError, match="unknown format"):
        detect(InputSource(write(tmp_path / "e.csv", "a,b\n")))


def test_forced_format_overrides_detection(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", DUMP)
    items = list(read_source(InputSource(path), "text"))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].title == "ferry"
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        list(read_source(InputSource(path), "pdf"))


def test_forced_dump_format_on_an_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", "\n\n")
    items = list(read_source(InputSource(path), "dump"))
    assert [str(i) for i in items] == [f"{path}: empty dump: no keyword line and no articles"]


def test_crlf_and_bom_dumps(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbf" + DUMP.replace("\n", "\r\n").encode())
    items = list(read_inputs([path]))
    assert isinstance(items[0], DeclaredBeat) and items[0].name == "ferry"
    assert isinstance(items[1], Article) and items[1].text == "The ferry will sail at night."


def test_invalid_utf8_in_jsonl_names_line_and_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = b'{"title": "a", "text": "b"}\n'
    path.write_bytes(good + b'{"title": "\xff", "text": "c"}\n' + good.replace(b"b", b"d"))
    items = list(read_inputs([path]))
    assert [type(i) for i in items] == [Article, ImportFailure, Article]
    failure = items[1]
    assert isinstance(failure, ImportFailure)
    assert failure.location == f"{path}: line 2"
    assert f"byte offset {len(good) + 11}" in failure.reason


def test_dateline_year_from_mtime_only_when_asked(tmp_path: Path) -> None:
    import os
    from datetime import UTC, date, datetime

    from newsbeat.importers import ImportOptions

    path = write(
        tmp_path / "fog.txt",
        "weather\n\nFog delays ferries\n\nKESSA, Feb. 3 (AP) — Fog delayed every ferry.\n\n"
        "Source link\n",
    )
    stamp = datetime(2024, 2, 10, 12, 0).timestamp()
    os.utime(path, (stamp, stamp))
    # Not asked: the mtime is ignored and the import time decides (the latest Feb. 3 not after
    # today), as for any dateline without a year.
    today = datetime.now(UTC).date()
    latest = date(today.year if (today.month, today.day) >= (2, 3) else today.year - 1, 2, 3)
    plain = [i for i in read_inputs([path]) if isinstance(i, Article)]
    assert plain[0].published == latest.isoformat()
    asked = [
        i
        for i in read_inputs([path], options=ImportOptions(year_from_mtime=True))
        if isinstance(i, Article)
    ]
    assert (asked[0].published, asked[0].published_source) == ("2024-02-03", "dateline")
    assert asked[0].outlet == "Associated Press"


def test_large_whole_documents_are_refused(tmp_path: Path) -> None:
    from newsbeat.importers import ImportOptions

    path = write(tmp_path / "big.txt", "Title\n\n" + "word " * 500)
    items = list(read_inputs([path], options=ImportOptions(max_document_bytes=1000)))
    assert [str(i) for i in items] == [f"{path}: larger than 1000 bytes; not read"]


def test_html_in_a_declared_charset_and_gzipped(tmp_path: Path) -> None:
    body = "".join(
        f"<p>Paragraph {i} about the Café Ankaret on Velmar's quay, which reopened after the"
        " storm damage was repaired by the harbour office this week.</p>"
        for i in range(3)
    )
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Café reopens</title>'
        '<meta property="og:site_name" content="Velmar Post"></head>'
        f"<body><article><h1>Café reopens</h1>{body}</article></body></html>"
    )
    path = tmp_path / "cafe.html.gz"
    path.write_bytes(gzip.compress(page.encode("iso-8859-1")))
    items = list(read_inputs([path]))
    assert len(items) == 1 and isinstance(items[0], Article), items
    assert "Café Ankaret" in items[0].text
    assert items[0].outlet == "Velmar Post"
    undeclared = tmp_path / "bad.html"
    undeclared.write_bytes(page.replace('charset="iso-8859-1"', "").encode("iso-8859-1"))
    (failure,) = list(read_inputs([undeclared]))
    assert isinstance(failure, ImportFailure)
    assert failure.reason.startswith("invalid UTF-8 at byte offset ")
