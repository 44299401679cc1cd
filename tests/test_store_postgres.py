"""What only the PostgreSQL store does: URLs, migrations, its errors, locks, concurrent writers.

What every store does is the contract suite in ``tests/store_contract/``, which runs on
PostgreSQL too. The server is a throw-away cluster (``tests/_postgres.py``).
"""

from __future__ import annotations

import psycopg
from tests._postgres import PostgresServer


def test_the_test_cluster_serves_a_database_per_test(
    postgres_server: PostgresServer, postgres_url: str
) -> None:
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0].startswith("nb_")
        assert conn.execute("SHOW listen_addresses").fetchone()[0] in (
            "127.0.0.1",
            "*",
            "localhost",
        )
