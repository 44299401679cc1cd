"""What only the PostgreSQL store does: URLs, migrations, its errors, locks, concurrent writers.

What every store does is the contract suite in ``tests/store_contract/``, which runs on
PostgreSQL too. The server is a throw-away cluster (``tests/_postgres.py``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
import pytest
from tests._postgres import PostgresServer, positions_mismatches, postings_mismatches
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.exceptions import StoreError
from newsbeat.models import Article, Beat, Story
from newsbeat.store import SQLiteStore, open_store, pg_schema, schema
from newsbeat.store.pg_base import mask_url
from newsbeat.store.pg_copy import array_rows, copy_field, int_array, position_rows, text_array
from newsbeat.store.postgres import PostgresStore, _split

REPO = Path(__file__).resolve().parent.parent
DUMPS = REPO / "src" / "newsbeat" / "demo" / "corpus" / "dumps"


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _one_error_line(stderr: str) -> str:
    """The one ``error:`` line a failed command ends with (progress lines may come before)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error: ")]
    assert errors == lines[-1:], stderr
    return errors[0]


def _terminate(server: PostgresServer, pid: int) -> None:
    with psycopg.connect(server.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


@pytest.fixture
def pg(postgres_url: str) -> Iterator[PostgresStore]:
    store = open_store(postgres_url)
    assert isinstance(store, PostgresStore)
    yield store
    store.close()


def test_the_test_cluster_serves_a_database_per_test(postgres_url: str) -> None:
    with psycopg.connect(postgres_url) as conn:
        row = conn.execute("SELECT current_database()").fetchone()
        assert row is not None and row[0].startswith("nb_")


def test_both_url_schemes_open_a_postgres_store(postgres_url: str) -> None:
    for url in (postgres_url, postgres_url.replace("postgresql://", "postgres://", 1)):
        store = open_store(url)
        assert isinstance(store, PostgresStore)
        store.close()


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://desk:s3cret@db.test:5432/news", "postgresql://desk:***@db.test:5432/news"),
        ("postgres://desk@db.test/news", "postgres://desk@db.test/news"),
        (
            "postgresql:///news?host=/run/pg&password=s3cret",
            "postgresql:///news?host=/run/pg&password=***",
        ),
    ],
)
def test_passwords_are_masked_in_what_is_shown(url: str, shown: str) -> None:
    assert mask_url(url) == shown


def test_a_server_that_is_down_is_a_clear_error_and_exit_1(cli: CliRunner) -> None:
    url = f"postgresql://desk:s3cret@127.0.0.1:{_free_port()}/news"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert message.startswith(mask_url(url) + ": cannot connect to PostgreSQL: ")
    assert "s3cret" not in message and "\n" not in message
    result = cli.invoke(app, ["stories", "--json", "--db", url])
    assert result.exit_code == 1
    line = _one_error_line(result.stderr)
    assert "postgresql://desk:***@127.0.0.1" in line and "s3cret" not in result.output


def test_a_wrong_password_and_an_unknown_database_are_clear_errors(
    postgres_server: PostgresServer, postgres_url: str, cli: CliRunner
) -> None:
    database = postgres_url.rsplit("/", 1)[1]
    postgres_server.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reporter') THEN"
        " CREATE ROLE reporter LOGIN PASSWORD 'right'; END IF; END $$"
    )
    postgres_server.execute(f'ALTER DATABASE "{database}" OWNER TO reporter')
    wrong = postgres_server.url_for(database, user="reporter", password="wrong")
    try:
        psycopg.connect(wrong).close()
        pytest.skip("this server accepts any password (trust authentication)")
    except psycopg.OperationalError:
        pass
    with pytest.raises(StoreError, match="password authentication failed") as caught:
        open_store(wrong)
    assert ":wrong@" not in str(caught.value) and "reporter:***@" in str(caught.value)
    result = cli.invoke(app, ["beat", "list", "--db", wrong])
    assert result.exit_code == 1 and "password" in _one_error_line(result.stderr)
    right = postgres_server.url_for(database, user="reporter", password="right")
    open_store(right).close()  # the role owns the database: it may create newsbeat's tables
    missing = postgres_server.url_for("nb_no_such_database")
    with pytest.raises(StoreError, match='database "nb_no_such_database" does not exist'):
        open_store(missing)


def test_a_newer_schema_is_refused_and_left_as_it_is(pg: PostgresStore, postgres_url: str) -> None:
    pg.add_articles([Article(title="Kept", text="Body.")])
    pg.conn.execute("UPDATE newsbeat_schema SET version = 99")
    pg.close()
    latest = len(pg_schema.MIGRATIONS)
    with pytest.raises(StoreError) as caught:
        open_store(postgres_url)
    assert str(caught.value) == (
        f"{postgres_url}: database schema version 99 is newer than this newsbeat ({latest});"
        " upgrade newsbeat"
    )
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT title FROM articles").fetchall() == [("Kept",)]


def test_a_database_that_is_not_newsbeats_is_refused(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="not a newsbeat database") as caught:
        open_store(postgres_url)
    assert postgres_url in str(caught.value)
    with psycopg.connect(postgres_url) as conn:  # nothing was created or dropped
        tables = conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
        assert tables == [("invoices",)]


def test_an_older_schema_is_migrated_forward_keeping_its_rows(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        for script in pg_schema.MIGRATIONS[:3]:
            for statement in _split(script):
                conn.execute(statement)  # type: ignore[arg-type]
        conn.execute("UPDATE newsbeat_schema SET version = 3")
        conn.execute("INSERT INTO beats VALUES ('harbour', 'harbour', '2026-01-01')")
    with closing(open_store(postgres_url)) as store:
        assert [b.name for b in store.list_beats()] == ["harbour"]
        assert store.list_alerts() == []  # the alerts table came with migration 5
    with psycopg.connect(postgres_url) as conn:
        row = conn.execute("SELECT version FROM newsbeat_schema").fetchone()
        assert row == (len(pg_schema.MIGRATIONS),)


def test_the_schema_mirrors_sqlites(pg: PostgresStore) -> None:
    """Same number of migrations, same tables and column names in the same order."""
    assert len(pg_schema.MIGRATIONS) == len(schema.MIGRATIONS)
    sqlite = SQLiteStore(":memory:")
    assert pg.copy_tables() == sqlite.copy_tables()
    for table in sqlite.copy_tables():
        assert pg.export_rows(table)[0] == sqlite.export_rows(table)[0], table
    sqlite.close()


def test_concurrent_writers_store_each_article_once(postgres_url: str) -> None:
    articles = [
        Article(title=f"A {i}", text=f"Text {i}.", url=f"https://a.test/{i}") for i in range(300)
    ]
    no_url = [Article(title="Same", text="No URL here.")]
    stores = [open_store(postgres_url) for _ in range(3)]
    start = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def write(store: Any, offset: int) -> None:
        try:
            start.wait()
            for i in range(0, 300, 50):  # overlapping batches, in different orders
                batch = articles[(i + offset) % 300 : (i + offset) % 300 + 50]
                store.add_articles(batch + no_url)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, 100 * n)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    ids = [a.id for a in stores[0].iter_articles()]
    assert ids == list(range(1, 302))  # 300 with a URL, one without: consecutive ids
    assert len({a.url for a in stores[0].iter_articles()}) == 301
    for store in stores:
        store.close()


def test_the_stage_lock_is_held_for_the_whole_database(
    pg: PostgresStore, postgres_url: str
) -> None:
    other = open_store(postgres_url)
    assert isinstance(other, PostgresStore)
    from newsbeat.store.pg_base import lock_key

    key = lock_key("stage:stories")
    with pg.stage_lock("stories"):
        assert other._value("SELECT pg_try_advisory_lock(%s)", (key,)) is False
        assert other._value("SELECT pg_try_advisory_lock(%s)", (lock_key("stage:enrich"),))
    assert other._value("SELECT pg_try_advisory_lock(%s)", (key,)) is True
    other.close()


def test_the_sqlite_stage_lock_is_held_against_other_processes(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    probe = (
        "import fcntl, os, sys, zlib\n"
        f"fd = os.open({str(db) + '.lock'!r}, os.O_RDWR)\n"
        "offset = zlib.crc32(sys.argv[1].encode()) & 0x7FFFFFFF\n"
        "try:\n"
        "    fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, offset)\n"
        "except OSError:\n"
        "    sys.exit(3)\n"
    )

    def free(name: str) -> bool:
        run = subprocess.run([sys.executable, "-c", probe, name], check=False)
        return run.returncode == 0

    with SQLiteStore(db) as store:
        with store.stage_lock("stories"):
            assert not free("stories")
            assert free("enrich")
        assert free("stories")
    with SQLiteStore(":memory:") as memory, memory.stage_lock("stories"):
        pass  # no file, no lock


def _articles_json(cli: CliRunner, db: str) -> Any:
    result = cli.invoke(app, ["articles", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _stories_json(cli: CliRunner, db: str) -> Any:
    result = cli.invoke(app, ["stories", "--json", "--db", db])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_connection_lost_mid_ingest_stops_cleanly_and_a_rerun_completes(
    cli: CliRunner,
    postgres_server: PostgresServer,
    postgres_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = str(tmp_path / "ref.db")
    assert cli.invoke(app, ["ingest", str(DUMPS), "--no-update", "--db", reference]).exit_code == 0
    original = PostgresStore.add_articles
    calls = []

    def cut_on_the_second_batch(self: PostgresStore, articles: Any) -> Any:
        calls.append(len(articles))
        if len(calls) == 2:
            _terminate(postgres_server, self.conn.info.backend_pid)
        return original(self, articles)

    monkeypatch.setattr(PostgresStore, "add_articles", cut_on_the_second_batch)
    result = cli.invoke(app, ["ingest", str(DUMPS), "--no-update", "--db", postgres_url])
    assert result.exit_code == 1
    assert "lost the connection to PostgreSQL" in _one_error_line(result.stderr)
    stored = len(_articles_json(cli, postgres_url))
    assert 0 < stored < len(_articles_json(cli, reference))  # the first batch only
    monkeypatch.setattr(PostgresStore, "add_articles", original)
    rerun = cli.invoke(app, ["ingest", str(DUMPS), "--no-update", "--db", postgres_url])
    assert rerun.exit_code == 0, rerun.output
    assert _articles_json(cli, postgres_url) == _articles_json(cli, reference)


@pytest.mark.slow
def test_a_connection_lost_mid_update_stops_cleanly_and_a_rerun_completes(
    frozen_clock: None,
    cli: CliRunner,
    postgres_server: PostgresServer,
    postgres_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = str(tmp_path / "ref.db")
    for db in (reference, postgres_url):
        assert cli.invoke(app, ["ingest", str(DUMPS), "--no-update", "--db", db]).exit_code == 0
    assert cli.invoke(app, ["update", "--db", reference]).exit_code == 0
    original = PostgresStore.save_story
    calls = []

    def cut_on_the_third_story(self: PostgresStore, story: Story, **kw: Any) -> None:
        calls.append(story.id)
        if len(calls) == 3:
            _terminate(postgres_server, self.conn.info.backend_pid)
        original(self, story, **kw)

    monkeypatch.setattr(PostgresStore, "save_story", cut_on_the_third_story)
    result = cli.invoke(app, ["update", "--db", postgres_url])
    assert result.exit_code == 1
    assert "lost the connection to PostgreSQL" in _one_error_line(result.stderr)
    monkeypatch.setattr(PostgresStore, "save_story", original)
    rerun = cli.invoke(app, ["update", "--db", postgres_url])
    assert rerun.exit_code == 0, rerun.output
    assert _stories_json(cli, postgres_url) == _stories_json(cli, reference)
    _each_article_in_one_story(postgres_url)


@pytest.mark.slow
def test_two_concurrent_updates_end_as_one_serial_run(
    frozen_clock: None, cli: CliRunner, postgres_url: str, tmp_path: Path
) -> None:
    serial = str(tmp_path / "serial.db")
    for db in (serial, postgres_url):
        assert cli.invoke(app, ["ingest", str(DUMPS), "--no-update", "--db", db]).exit_code == 0
    once = cli.invoke(app, ["update", "--json", "--db", serial])
    assert once.exit_code == 0, once.output
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    env.pop("NEWSBEAT_DB", None)
    # Both processes start together: the test holds the first stage's lock until both wait
    # for it, so their stages overlap (each then waits for the other, stage by stage).
    with closing(open_store(postgres_url)) as gate, gate.stage_lock("dedupe"):
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "newsbeat", "update", "--json", "--db", postgres_url],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        _wait_for_lock_waiters(postgres_url, 2, runs)
    reports = []
    for run in runs:
        out, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        reports.append(json.loads(out))
        assert reports[-1]["failed"] is False
    # No work was done twice: what both runs did adds up to what one serial run did.
    assert _work(*reports) == _work(json.loads(once.stdout))
    assert _articles_json(cli, postgres_url) == _articles_json(cli, serial)
    assert _stories_json(cli, postgres_url) == _stories_json(cli, serial)
    _each_article_in_one_story(postgres_url)


# Dedupe compares every article each time (cheap, idempotent): not counted.
_WORK = {
    "stories": "articles",
    "enrich": "enriched",
    "compare": "analysed",
    "summarise": "analysed",
}


def _work(*reports: Any) -> dict[str, int]:
    """How many articles or stories each stage worked on, added up over ``update`` reports."""
    total = dict.fromkeys(_WORK, 0)
    for report in reports:
        for stage in report["stages"]:
            if stage["name"] in _WORK:
                total[stage["name"]] += stage["counts"][_WORK[stage["name"]]]
    return total


def _wait_for_lock_waiters(url: str, count: int, runs: list[subprocess.Popen[str]]) -> None:
    """Wait until ``count`` sessions wait for an advisory lock (or a process ended early)."""
    with psycopg.connect(url, autocommit=True) as conn:
        for _ in range(6000):
            row = conn.execute(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            ).fetchone()
            if (row is not None and row[0] >= count) or any(r.poll() is not None for r in runs):
                return
            time.sleep(0.05)


def _each_article_in_one_story(url: str) -> None:
    with closing(open_store(url)) as store:
        assert store.unclustered_article_ids() == []
        members = [i for s in store.list_stories() for i in s.article_ids]
        assert len(members) == len(set(members))
        assert {a.id for a in store.iter_articles(include_duplicates=False)} <= set(members)


def test_the_index_counts_follow_added_and_deleted_articles(pg: PostgresStore) -> None:
    """bm25 reads the index's size and each word's row count from tables kept by the store
    (additions) and a trigger (deletions):
    they stay equal to a recount, also when rows are deleted behind the store's back."""
    pg.add_articles(
        [
            Article(title="Harbour strike", text="The harbour strike goes on."),
            Article(title="Harbour", text="Ships wait."),
            Article(title="Rain", text="Rain all week."),
        ]
    )

    def recount() -> tuple[Any, Any]:
        stats = pg._x("SELECT rows, tokens FROM article_fts_stats").fetchone()
        expected = pg._x("SELECT count(*), sum(ntok) FROM article_fts").fetchone()
        assert stats == expected
        words = dict(pg._x("SELECT word, rows FROM article_fts_words WHERE rows > 0").fetchall())
        counted = dict(
            pg._x(
                "SELECT u.lexeme, count(*) FROM article_fts, unnest(tsv) AS u GROUP BY 1"
            ).fetchall()
        )
        assert words == counted
        return stats, words

    (rows, _), words = recount()
    assert rows == 3 and words["harbour"] == 2
    assert postings_mismatches(pg.conn) == []
    assert positions_mismatches(pg.conn) == []
    pg._x("DELETE FROM articles WHERE id = 1")
    (rows, _), words = recount()
    assert rows == 2 and words["harbour"] == 1 and "strike" not in words
    assert postings_mismatches(pg.conn) == []  # the deleted article's postings went with it
    assert positions_mismatches(pg.conn) == []  # and its positions
    assert pg._value("SELECT count(*) FROM article_fts_positions WHERE word = 'strike'") == 0
    assert [h.article_id for h in pg.search("harbour")] == [2]


def test_migration_13_builds_the_postings_of_the_stored_articles(postgres_url: str) -> None:
    """A database of schema 12 gets its words' postings from its index when migrated: the
    same as the store writes, and searches rank as before."""
    articles = [
        Article(
            title=f"Harbour {i}",
            standfirst="Ferry strike" if i % 3 else None,
            text="The harbour strike goes on. " * (i % 5 + 1) + f"ship{i % 7}",
        )
        for i in range(40)
    ]
    with closing(open_store(postgres_url)) as store:
        store.add_articles(articles[:25])
        store.add_articles(articles[25:])
        before = [(h.article_id, h.score) for h in store.search("harbour OR ship3", limit=10)]
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("DROP TABLE article_fts_postings")
        conn.execute("DROP FUNCTION article_fts_unpost() CASCADE")
        conn.execute("CREATE INDEX article_fts_tsv ON article_fts USING gin (tsv)")  # till 14
        conn.execute("DROP TABLE article_fts_positions")  # from 15
        conn.execute("DROP FUNCTION article_fts_unposition() CASCADE")
        conn.execute("DROP TABLE story_links")  # from 16
        conn.execute("ALTER TABLE quotes DROP COLUMN speakers")  # from 17
        conn.execute("UPDATE newsbeat_schema SET version = 12")
    with closing(open_store(postgres_url)) as store:
        assert [(h.article_id, h.score) for h in store.search("harbour OR ship3", limit=10)] == (
            before
        )
        assert isinstance(store, PostgresStore)
        assert postings_mismatches(store.conn) == []
        assert store._value("SELECT count(*) FROM article_fts_postings WHERE word = 'harbour'") == 1


def test_migration_14_drops_the_gin_index_and_searches_stay_the_same(postgres_url: str) -> None:
    """A database of schema 13 (a GIN index on the tsvectors) loses the index when migrated;
    phrase, column-filter, NEAR and prefix searches and a new beat's members stay the same."""
    articles = [
        Article(
            title=f"Harbour strike day {i}" if i % 2 else f"Ferry news {i}",
            standfirst="Ferry strike at the harbour" if i % 3 else None,
            text=("The harbour strike goes on. " if i % 5 == 0 else "The strike at the harbour. ")
            * (i % 4 + 1)
            + f"ship{i % 7} strike harbour",
        )
        for i in range(30)
    ]
    queries = [
        '"harbour strike"',
        "title:harbour",
        "NEAR(ferry harbour, 3)",
        '"strike goes" OR ship2',
        "harb* NOT ferry",
        '"ferry strike" ship*',
    ]
    with closing(open_store(postgres_url)) as store:
        store.add_articles(articles)
        before = {
            q: [(h.article_id, h.score, h.snippet) for h in store.search(q, limit=8)]
            for q in queries
        }
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("CREATE INDEX article_fts_tsv ON article_fts USING gin (tsv)")
        conn.execute("DROP TABLE article_fts_positions")  # from 15
        conn.execute("DROP FUNCTION article_fts_unposition() CASCADE")
        conn.execute("DROP TABLE story_links")  # from 16
        conn.execute("ALTER TABLE quotes DROP COLUMN speakers")  # from 17
        conn.execute("UPDATE newsbeat_schema SET version = 13")
    with closing(open_store(postgres_url)) as store:
        assert isinstance(store, PostgresStore)
        assert store._value("SELECT to_regclass('article_fts_tsv')") is None
        after = {
            q: [(h.article_id, h.score, h.snippet) for h in store.search(q, limit=8)]
            for q in queries
        }
        assert after == before
        assert all(before[q] for q in queries)
        store.add_beat(Beat(name="phrase", query='"harbour strike"', created_at="2026-01-01"))
        members = {a.id for a in store.iter_articles(beat="phrase")}
    assert members == {
        a
        for a, article in enumerate(articles, start=1)
        if "harbour strike"
        in (f"{article.title} {article.standfirst or ''} {article.text}".lower())
    }


def test_migration_15_builds_the_positions_of_the_stored_articles(postgres_url: str) -> None:
    """A database of schema 14 gets its words' positions from its index when migrated (every
    position the tsvectors keep), and phrase searches find and rank the same rows."""
    articles = [
        Article(
            title=f"Harbour strike {i}" if i % 3 else f"Strike at the harbour {i}",
            standfirst="The ferry strike" if i % 2 else None,
            text="Ships wait in the harbour. The strike goes on. " * (i % 4 + 1),
        )
        for i in range(30)
    ]
    queries = ['"harbour strike"', '"strike goes on"', '"ferry strike" harbour', '"the harb"*']
    with closing(open_store(postgres_url)) as store:
        store.add_articles(articles[:20])
        store.add_articles(articles[20:])
        before = {
            q: [(h.article_id, h.score, h.snippet) for h in store.search(q, limit=8)]
            for q in queries
        }
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute("DROP TABLE article_fts_positions")
        conn.execute("DROP FUNCTION article_fts_unposition() CASCADE")
        conn.execute("DROP TABLE story_links")  # from 16
        conn.execute("ALTER TABLE quotes DROP COLUMN speakers")  # from 17
        conn.execute("UPDATE newsbeat_schema SET version = 14")
    with closing(open_store(postgres_url)) as store:
        assert isinstance(store, PostgresStore)
        assert positions_mismatches(store.conn) == []
        assert store._value("SELECT count(*) FROM article_fts_positions") > 0
        after = {
            q: [(h.article_id, h.score, h.snippet) for h in store.search(q, limit=8)]
            for q in queries
        }
    assert after == before
    assert all(before[q] for q in queries)


def test_positions_go_to_copy_in_binary_one_row_per_word_and_block(pg: PostgresStore) -> None:
    """Word positions reach the server as COPY's binary rows built by the store: words with
    quotes, backslashes, tabs and other scripts come back as they were, and a batch whose
    offsets pass 2 ** 17 is split in blocks, each code fitting an integer."""
    top = (1 << 17) + 5
    places = {
        "back\\slash": [1 << 14 | 3, 2 << 14 | 2001],
        "tab\there 'q'": [7],
        "\u00e9t\u00e9": [5 << 14 | 16383],
        "far": [1 << 14 | 1, top << 14 | 2, (top + 1) << 14 | 1000],
    }
    pg._x("CREATE TEMP TABLE copied (word text, first_id bigint, codes integer[])")
    names = list(places)
    numbers = np.repeat(np.arange(len(names)), [len(places[w]) for w in names])
    codes = np.array([c for w in names for c in places[w]], dtype=np.int64)
    pg._copy_text(
        "COPY copied (word, first_id, codes) FROM STDIN (FORMAT BINARY)",
        position_rows(names, numbers, codes, 100, top + 1),
    )
    found = {
        (word, first_id + (c >> 14), c & 16383)
        for word, first_id, codes in pg._x("SELECT word, first_id, codes FROM copied")
        for c in codes
    }
    assert found == {
        (word, 100 + (code >> 14), code & 16383) for word, codes in places.items() for code in codes
    }
    firsts = {r[0] for r in pg._x("SELECT first_id FROM copied WHERE word = 'far'")}
    assert firsts == {100, 100 + (1 << 17)}


def test_postings_go_to_copy_in_binary_as_bigint_arrays(pg: PostgresStore) -> None:
    """The postings reach the server as COPY's binary rows of 8-byte integers: codes past
    2 ** 32 come back whole, each word with its own codes in order."""
    names = ["harbour", "caf\u00e9 'x'"]
    codes = np.array([(3 << 32) | (250 << 11) | 7, 1 << 11 | 1, (9 << 32) | 5], dtype=np.int64)
    numbers = np.array([0, 0, 1], dtype=np.int64)
    pg._x("CREATE TEMP TABLE posted (word text, first_id bigint, codes bigint[])")
    pg._copy_text(
        "COPY posted (word, first_id, codes) FROM STDIN (FORMAT BINARY)",
        array_rows(names, numbers, codes, [40, 40], 8),
    )
    found = {word: (first, list(c)) for word, first, c in pg._x("SELECT * FROM posted")}
    assert found == {names[0]: (40, codes[:2].tolist()), names[1]: (40, codes[2:].tolist())}


def test_words_written_as_copy_text_and_array_literals_keep_special_characters(
    pg: PostgresStore,
) -> None:
    """The index's words go to the server as COPY text lines and array literals built by the
    store: backslashes, tabs, newlines and quotes come back as they were."""
    words = ["back\\slash", "tab\there", "new\nline", 'quo"te', "plain", ""]
    pg._copy_text(
        "COPY article_fts_words (word, rows) FROM STDIN",
        (f"{copy_field(w)}\t1\n" for w in words),
    )
    assert isinstance(text_array(["plain", "words"]), str)
    assert isinstance(text_array(words), list)  # a quote: the driver quotes the list
    for given in (words, ["plain", "back,slash{}", " spaced "]):
        pg._x(
            "INSERT INTO article_fts_words AS w (word, rows)"
            " SELECT * FROM unnest(%s::text[], %s::bigint[])"
            " ON CONFLICT (word) DO UPDATE SET rows = w.rows + excluded.rows",
            (text_array(given), int_array([1] * len(given))),
        )
    found = dict(pg._x("SELECT word, rows FROM article_fts_words").fetchall())
    assert found == {
        **{w: 2 for w in words},
        "plain": 3,
        "back,slash{}": 1,
        " spaced ": 1,
    }


def test_without_a_server_tests_skip_locally_and_fail_in_ci(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests import _postgres

    monkeypatch.setattr(_postgres.glob, "glob", lambda pattern: [])
    with pytest.raises(_postgres._Unavailable, match="no PostgreSQL binaries"):
        _postgres._find_bin_dir()
    monkeypatch.setattr(_postgres, "_SERVER", None)
    monkeypatch.setattr(_postgres, "_FAILURE", "no PostgreSQL binaries are installed")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no PostgreSQL to test against"):
        _postgres.require_server()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        _postgres.require_server()


def test_a_bulk_ingest_analyzes_the_search_tables(
    pg: PostgresStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past a number of new articles the store runs ANALYZE on the tables searches plan on, so
    that the searches right after a bulk ingest are not planned without statistics; fewer new
    articles leave them to autovacuum."""
    monkeypatch.setattr("newsbeat.store.pg_ingest._ANALYZE_ROWS", 4)

    def tuples() -> float:
        return float(
            pg._value("SELECT reltuples FROM pg_class WHERE relname = 'article_fts_postings'")
        )

    pg.add_articles([Article(title=f"Dock {i}", text="dock strike") for i in range(3)])
    assert tuples() < 0  # never analyzed
    pg.add_articles([Article(title=f"Quay {i}", text="quay crane") for i in range(2)])
    assert tuples() > 0
