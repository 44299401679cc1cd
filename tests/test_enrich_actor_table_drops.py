"""ArticleActors.drop_mentions: the mentions a test picks go, each one count off its actor."""

from __future__ import annotations

from newsbeat.enrich.actor_table import ArticleActors, MentionRef, _ActorInfo


def _table() -> ArticleActors:
    """Orla Venn twice, Brask Harbour once."""
    text = "Orla Venn met Brask Harbour staff. Venn left."
    table = ArticleActors(text=text)
    table.actors["Orla Venn"] = _ActorInfo(name="Orla Venn", type="PERSON", mentions=2)
    table.actors["Brask Harbour"] = _ActorInfo(name="Brask Harbour", type="ORG", mentions=1)
    table.mentions = [
        MentionRef(start=0, end=9, actor="Orla Venn", label="PERSON"),
        MentionRef(start=14, end=27, actor="Brask Harbour", label="ORG"),
        MentionRef(start=35, end=39, actor="Orla Venn", label="PERSON"),
    ]
    return table


def test_a_dropped_mention_counts_one_off_its_actor() -> None:
    table = _table()
    table.drop_mentions(lambda m: m.start == 35)
    assert [m.start for m in table.mentions] == [0, 14]
    assert table.actors["Orla Venn"].mentions == 1


def test_an_actor_goes_with_its_last_mention() -> None:
    table = _table()
    table.drop_mentions(lambda m: m.actor != "Brask Harbour")
    assert [m.actor for m in table.mentions] == ["Brask Harbour"]
    assert set(table.actors) == {"Brask Harbour"}


def test_the_test_sees_the_earlier_drops() -> None:
    table = _table()
    # drop a mention while its actor has another: asked of the second mention after the
    # first went, the answer is no
    table.drop_mentions(lambda m: table.actors[m.actor].mentions > 1)
    assert [m.start for m in table.mentions] == [14, 35]
    assert table.actors["Orla Venn"].mentions == 1
