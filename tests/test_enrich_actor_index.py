"""``ArticleActors.actor_at`` on a sealed table (``build_actors``'s last step) answers from an
index of the mentions, sorted by start: the same mention a scan of the list finds first."""

from __future__ import annotations

import random

from newsbeat.enrich.actor_table import ArticleActors, MentionRef


def _scan(table: ArticleActors, start: int, end: int) -> MentionRef | None:
    return next((m for m in table.mentions if m.start < end and start < m.end), None)


def test_a_sealed_table_finds_the_first_overlapping_mention_as_a_scan_does() -> None:
    rng = random.Random(13)
    for _ in range(300):
        table = ArticleActors(text="x" * 200)
        for n in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 190)
            # long mentions among short ones: a later start may end before an earlier one
            end = start + rng.choice((0, 1, 3, 8, 40))
            table.mentions.append(MentionRef(start=start, end=end, actor=f"A{n}", label="ORG"))
        table.mentions.sort(key=lambda m: m.start)
        table.seal()
        for _ in range(40):
            start = rng.randrange(0, 200)
            end = start + rng.choice((0, 1, 2, 5, 30))
            assert table.actor_at(start, end) is _scan(table, start, end), (start, end)


def test_a_list_changed_after_sealing_is_scanned() -> None:
    table = ArticleActors(text="Vell Dane met Orsa Kittby.")
    table.mentions.append(MentionRef(start=0, end=9, actor="Vell Dane", label="PERSON"))
    table.seal()
    table.mentions.append(MentionRef(start=14, end=25, actor="Orsa Kittby", label="PERSON"))
    assert table.actor_at(14, 18) is table.mentions[1]  # grown: no stale index
    table.mentions = [MentionRef(start=14, end=25, actor="Orsa Kittby", label="PERSON")]
    assert table.actor_at(0, 4) is None  # replaced: no stale index
    assert table.actor_at(15, 16) is table.mentions[0]
