"""``newsbeat backfill``: archives (WARC, WARC.gz, HTML folders, JSONL) through the ingest path,
pages extracted on the run's executor, then every later stage; damaged records are named by
file and offset and the rest is stored. The WARC files are written here with warcio."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsbeat.backfill import backfill
from newsbeat.cli import app
from newsbeat.demo import corpus_path
from newsbeat.executors import ProcessExecutor
from newsbeat.importers.ingest import ingest
from newsbeat.settings import EnrichSettings, Settings
from newsbeat.store import SQLiteStore

# Twelve fictional articles (our own words), distinct enough not to be taken for reprints.
STORIES = [
    (
        "Marrow Bay council approves new ferry berths",
        "The Marrow Bay town council voted on Tuesday to build four ferry berths at the old"
        " timber quay, after two years of arguments over the cost.|"
        '"The harbour has waited long enough," said councillor Mira Okonkwo, who led the'
        " campaign. Work is due to start in May and should take eighteen months.",
    ),
    (
        "Kestle school roof collapses after week of snow",
        "Part of the gymnasium roof at Kestle primary school gave way early on Friday under"
        " the weight of snow that had fallen since Monday. Nobody was inside.|"
        "Head teacher Olav Brandvik said lessons would move to the parish hall until"
        " engineers have checked the rest of the building.",
    ),
    (
        "Oaken Ford bridge to close for three months of repairs",
        "The stone bridge at Oaken Ford will close to traffic from 1 April while masons"
        " replace two of its arches, the regional roads office announced.|"
        "Drivers face a detour of twenty-two kilometres through Pell. Shopkeepers on the"
        " east bank fear they will lose most of their summer trade.",
    ),
    (
        "Tarrow library reopens in converted grain store",
        "Tarrow's public library reopened on Saturday in the old grain store by the canal,"
        " three times the size of the cramped rooms it left behind.|"
        "Librarian Esme Vollan said 1,400 people came through the doors on the first day,"
        " many of them children queueing for the new reading garden.",
    ),
    (
        "Windle fishermen protest against offshore wind farm",
        "About sixty fishing boats sailed in a line past Windle pier on Sunday to protest"
        " against a planned wind farm on the Grey Shoals.|"
        "The fishermen say the turbines would close their richest grounds for cod. The"
        " developer, Northsea Breeze, says the shoals are already overfished.",
    ),
    (
        "Sallow Point lighthouse keeper retires after forty years",
        "Ragna Holt climbed the 212 steps of the Sallow Point lighthouse for the last time"
        " as its keeper on Thursday, ending a career that began in 1986.|"
        "The light has run automatically since 2009, but Holt stayed on to look after the"
        " building and to show visitors the lamp room.",
    ),
    (
        "Hospital in Brenmouth opens maternity wing",
        "Brenmouth General Hospital opened a maternity wing with twenty beds on Monday,"
        " ending the long drive to the capital for mothers from the valley.|"
        "The wing cost 48 million crowns. Midwife Sunniva Aakre said the first baby, a boy,"
        " arrived three hours after the doors opened.",
    ),
    (
        "Bus drivers in Lowmere vote to strike",
        "Bus drivers employed by Lowmere Transit voted by a large majority on Wednesday to"
        " strike for two days next week over rosters and pay.|"
        "The company said it would run a reduced timetable with managers at the wheel. The"
        " drivers' union said talks had broken down over weekend shifts.",
    ),
    (
        "Storm floods the market square in Halvik",
        "A night of storm surge sent seawater over the harbour wall at Halvik on Tuesday,"
        " flooding the market square to knee height.|"
        "Stallholders spent the morning shovelling seaweed. The fire service pumped out the"
        " cellars of the town hall and the old customs house.",
    ),
    (
        "Rookfield brewery wins national prize for dark ale",
        "A small brewery in Rookfield has won the national prize for dark ale with a beer"
        " brewed from barley grown on the owners' own farm.|"
        "Brewer Tomas Lindqvist said orders had tripled since the announcement and that he"
        " was looking for a second copper kettle.",
    ),
    (
        "Archaeologists find Viking boat grave near Esker",
        "Archaeologists digging ahead of a new road near Esker have found the outline of a"
        " boat grave, with rivets still in place, from around the year 900.|"
        "Project leader Dr Ingeborg Strand said the find was the first of its kind in the"
        " county and that the road would be moved to protect it.",
    ),
    (
        "Glassworks in Fennick to close with ninety jobs lost",
        "The glassworks in Fennick, the town's largest employer since 1921, will close in"
        " June with the loss of ninety jobs, its owners said.|"
        "Mayor Petra Solberg called the news a hard blow and asked the government to help"
        " find a buyer for the furnaces.",
    ),
]


def _html(n: int, outlet: str = "Brightwater Tribune") -> str:
    title, text = STORIES[n % len(STORIES)]
    body = "".join(f"<p>{p}</p>" for p in text.split("|"))
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='og:site_name' content='{outlet}'>"
        f"<meta property='article:published_time' content='2026-03-0{1 + n % 8}'></head>"
        f"<body><nav>Home | News | Sport</nav><article><h1>{title}</h1>{body}</article>"
        "<footer>Brightwater Tribune, all rights reserved</footer></body></html>"
    )


def _response(
    writer: WARCWriter,
    url: str,
    payload: bytes,
    *,
    status: str = "200 OK",
    content_type: str = "text/html; charset=utf-8",
    date: str = "2026-03-05T08:30:00Z",
) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(payload),
        length=len(payload),  # known: warcio buffers nothing (its buffer files stay open)
        http_headers=headers,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(record)


def write_warc(path: Path, pages: int, *, gzip: bool = True, extras: bool = True) -> None:
    """An archive of ``pages`` article pages, plus (with ``extras``) what a crawl also holds:
    a request, an image, a 404 page, a page without article text and a Latin-1 page."""
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for n in range(pages):
            url = f"https://brightwater-tribune.example/news/{100 + n}"
            if extras and n == 0:
                asked = b"GET /news/100 HTTP/1.1\r\nHost: example\r\n\r\n"
                request = writer.create_warc_record(
                    url, "request", payload=io.BytesIO(asked), length=len(asked)
                )
                writer.write_record(request)
            _response(writer, url, _html(n).encode("utf-8"), date=f"2026-03-0{1 + n % 8}T08:30:00Z")
        if extras:
            base = "https://brightwater-tribune.example"
            _response(
                writer, f"{base}/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png"
            )
            _response(writer, f"{base}/gone", _html(10).encode(), status="404 Not Found")
            _response(writer, f"{base}/menu", b"<html><body><nav>Home</nav></body></html>")
            latin = _html(11, outlet="Tarrow Échos").replace("charset='utf-8'", "")
            _response(
                writer,
                f"{base}/latin",
                latin.encode("latin-1"),
                content_type="text/html; charset=iso-8859-1",
            )


def _offsets(path: Path) -> dict[str, int]:
    """Each response record's target URI -> its offset in the file (as warcio reads it)."""
    found: dict[str, int] = {}
    with path.open("rb") as fh:
        records = ArchiveIterator(fh)
        for record in records:
            if record.rec_type == "response":
                found[record.rec_headers.get_header("WARC-Target-URI")] = records.offset
    return found


def test_a_warc_archive_becomes_articles_with_url_fetch_time_and_record_offset(
    tmp_path: Path,
) -> None:
    archive = tmp_path / "crawl-2026-03.warc.gz"
    write_warc(archive, 3)
    offsets = _offsets(archive)
    store = SQLiteStore(tmp_path / "w.db")
    try:
        report = backfill(store, Settings(enrich=EnrichSettings(processes=1)), [archive])
        articles = {a.url: a for a in store.iter_articles()}
    finally:
        store.close()
    assert report.ingest.new == 4  # three pages and the Latin-1 one
    first = articles["https://brightwater-tribune.example/news/100"]
    assert first.outlet == "Brightwater Tribune"
    assert first.title == "Marrow Bay council approves new ferry berths"
    assert first.fetched_at == "2026-03-01T08:30:00+00:00"
    assert first.text.startswith("The Marrow Bay town council voted")
    assert "Home |" not in first.text
    [seen] = first.provenance
    assert seen.location == str(archive.resolve())
    assert seen.position == f"record at offset {offsets[first.url or '']}"
    assert seen.seen_at == "2026-03-01T08:30:00+00:00"
    latin = articles["https://brightwater-tribune.example/latin"]
    assert latin.outlet == "Tarrow Échos"
    # the page without article text is one failure naming the file, the record and its URL
    [failure] = report.ingest.failures
    menu = "https://brightwater-tribune.example/menu"
    assert failure.location == f"{archive}: record at offset {offsets[menu]} ({menu})"
    assert "no extractable article text" in failure.reason
    # then every later stage ran
    assert report.update is not None and not report.update.failed
    assert report.update.stage_counts("enrich")["enriched"] == 4


def _damage(data: bytes, at: int) -> bytes:
    return data[:at] + b"\x00garbage that is no record\x00" * 4 + data[at:]


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_a_damaged_record_is_named_and_the_rest_is_read(tmp_path: Path, gzip: bool) -> None:
    clean = tmp_path / "clean.warc"
    write_warc(clean, 5, gzip=gzip, extras=False)
    offsets = sorted(_offsets(clean).values())
    damaged = tmp_path / ("damaged.warc.gz" if gzip else "damaged.warc")
    data = clean.read_bytes()
    # cut into the third record: its bytes and what follows it up to the fourth are garbage
    cut = offsets[2] + 5
    damaged.write_bytes(data[:cut] + _damage(b"", 0) + data[offsets[3] :])
    store = SQLiteStore(tmp_path / "d.db")
    try:
        report = ingest(store, [damaged])
        urls = sorted(a.url or "" for a in store.iter_articles())
    finally:
        store.close()
    assert [u.rsplit("/", 1)[1] for u in urls] == ["100", "101", "103", "104"]
    [failure] = report.failures
    assert failure.location == f"{damaged}: record at offset {offsets[2]}"
    assert "unreadable WARC record" in failure.reason


def test_extraction_on_worker_processes_gives_what_the_reader_gives(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    write_warc(folder / "a.warc.gz", 10)
    shutil.copytree(corpus_path() / "html", folder / "html")
    shutil.copytree(corpus_path() / "jsonl", folder / "jsonl")

    def stored(executor: ProcessExecutor | None, name: str) -> tuple[list[str], list[str]]:
        store = SQLiteStore(tmp_path / name)
        try:
            report = ingest(store, [folder], executor=executor)
            rows = sorted(
                json.dumps([a.url, a.title, a.text, a.outlet, a.published, a.fetched_at])
                for a in store.iter_articles()
            )
        finally:
            store.close()
        return rows, sorted(str(f) for f in report.failures)

    pool = ProcessExecutor(2)
    try:
        parallel = stored(pool, "pool.db")
        assert pool._pool is not None  # the pages did go to the workers
    finally:
        pool.close()
    serial = stored(None, "serial.db")
    assert parallel == serial
    assert len(serial[0]) >= 11 + 12 + 9


@pytest.mark.slow
def test_backfill_on_a_local_dask_cluster(tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    write_warc(folder / "crawl.warc.gz", 10)
    db = str(tmp_path / "b.db")
    result = CliRunner().invoke(
        app, ["backfill", str(folder), "--workers", "2", "--db", db, "--json"]
    )
    assert result.exit_code == 1, result.output  # the page without text is a failure
    data = json.loads(result.stdout)
    assert data["ingest"]["new"] == 11 and data["ingest"]["failed"] == 1
    assert "record at offset" in data["ingest"]["failures"][0]["location"]
    enrich = next(s for s in data["update"]["stages"] if s["name"] == "enrich")
    assert enrich["counts"]["enriched"] == 11 and not enrich["failures"]
    stories = CliRunner().invoke(app, ["stories", "--json", "--db", db])
    assert stories.exit_code == 0 and json.loads(stories.stdout)


def test_ingest_reads_warc_too_and_backfill_options_are_checked(tmp_path: Path) -> None:
    archive = tmp_path / "small.warc"
    write_warc(archive, 2, gzip=False, extras=False)
    db = str(tmp_path / "i.db")
    runner = CliRunner()
    done = runner.invoke(app, ["ingest", str(archive), "--db", db, "--no-update", "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.stdout)["new"] == 2
    both = runner.invoke(
        app, ["backfill", str(archive), "--db", db, "--dask", "tcp://127.0.0.1:9", "--workers", "2"]
    )
    assert both.exit_code == 2 and "not both" in both.output
    again = runner.invoke(app, ["backfill", str(archive), "--db", db, "--json", "--no-update"])
    assert again.exit_code == 0, again.output
    data = json.loads(again.stdout)
    assert (data["ingest"]["new"], data["ingest"]["existing"], data["update"]) == (0, 2, None)
