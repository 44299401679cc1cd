"""Shipped migrations never change: a database migrated by an older newsbeat must hold what a
new one creates. Each backend's migration N is pinned by a digest of its text (a change to how
the text is written, e.g. a shared template, must leave the text itself as it was); new
migrations are appended and need no pin until they ship."""

from __future__ import annotations

import hashlib

import pytest

from newsbeat.store import pg_schema, schema

# The first 16 hex digits of each shipped migration's SHA-256, in order.
SHIPPED = {
    "sqlite": (
        "50058bf1c956ae5d",
        "b0a3d54f7a45e93e",
        "a1b383081e9b44fd",
        "ffec5ab715a7edc9",
        "0be52b226b8012c4",
        "e4ca42b050cd4dc9",
        "0235425a5e64dc7f",
        "11a1d720bb2606fa",
        "7442a059724d1049",
        "df03110a337a9e0e",
        "0aafcd52b57267de",
        "70eab756295e4bb1",
        "70eab756295e4bb1",
        "70eab756295e4bb1",
        "70eab756295e4bb1",
    ),
    "postgresql": (
        "215d4188d5d8735a",
        "109155fa06e14ca0",
        "103777cb4a8b41d2",
        "bc2887b394978fb2",
        "acde75a98bea7548",
        "64b2384b45c7d147",
        "cf4119eea0195705",
        "0bc6e6c342d57f66",
        "7d053281f2eee80c",
        "9a4df699adfdadc9",
        "4a1103fd7720f723",
        "8b07ebd8e801c505",
        "6e2f822fa2634517",
        "249662f7f35fdd02",
        "802a2974394288a1",
    ),
}
MIGRATIONS = {"sqlite": schema.MIGRATIONS, "postgresql": pg_schema.MIGRATIONS}


@pytest.mark.parametrize("backend", sorted(SHIPPED))
def test_shipped_migrations_are_unchanged(backend: str) -> None:
    found = [hashlib.sha256(m.encode("utf-8")).hexdigest()[:16] for m in MIGRATIONS[backend]]
    assert len(found) >= len(SHIPPED[backend])
    shipped = found[: len(SHIPPED[backend])]
    changed = [
        number
        for number, (pinned, now) in enumerate(zip(SHIPPED[backend], shipped, strict=True), 1)
        if pinned != now
    ]
    assert changed == [], f"{backend} migration(s) {changed} changed after shipping"


def test_both_backends_have_the_same_migrations() -> None:
    assert len(schema.MIGRATIONS) == len(pg_schema.MIGRATIONS)
