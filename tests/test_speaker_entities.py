"""People named as a quote's speaker whom the entity list lacks (issue 12, ents39; read38:
"entities not listed", a quote speaker). Tables are set by hand so that each test pins the
rule, not what the small model tags. Every sentence and name is invented."""

from __future__ import annotations

import pytest
from tests._enrich_docs import enrich_outlets

from newsbeat.enrich import analysis
from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.speaker_entities import add_quoted_people, person_name_shape


def _table(text: str, *actors: tuple[str, str, str]) -> ArticleActors:
    table = ArticleActors(text=text)
    for name, kind, phrase in actors:
        start = text.index(phrase)
        table._add(name, kind, start, start + len(phrase))
    return table


def test_person_name_shape() -> None:
    assert person_name_shape("Tomas Brell")
    assert person_name_shape("T.J. Brell")
    assert not person_name_shape("Brell")
    assert not person_name_shape("Velmar Port Authority")
    assert not person_name_shape("Kessel police")


def test_a_speaker_the_list_lacks_is_listed_as_a_person() -> None:
    text = '"We patched it," Orbit CTO Tomas Brell said. Orbit shipped the fix on Monday.'
    table = _table(text, ("Orbit", "ORG", "Orbit"))
    add_quoted_people(table, ["Tomas Brell", None])
    assert table.actors["Tomas Brell"].type == "PERSON"
    assert table.actors["Tomas Brell"].mentions == 1
    assert table.actor_at(text.index("Tomas"), text.index("Tomas") + 5) is not None


def test_a_cut_first_name_gives_way_to_the_speaker() -> None:
    text = "Team spokesman Tomas Brell confirmed the offer was withdrawn."
    table = _table(text, ("Tomas", "PERSON", "Tomas"))
    add_quoted_people(table, ["Tomas Brell"])
    assert "Tomas" not in table.actors
    assert table.actors["Tomas Brell"].mentions == 1


def test_guard_a_short_form_of_a_listed_person_or_a_one_word_speaker_is_not_added() -> None:
    text = "Judge Brell spoke. Ida Marten Brell had ruled. Holm said it was over."
    table = _table(text, ("Ida Marten Brell", "PERSON", "Ida Marten Brell"))
    add_quoted_people(table, ["Judge Brell", "Holm"])
    assert set(table.actors) == {"Ida Marten Brell"}


def test_guard_a_speaker_not_opening_with_a_first_name_is_not_added() -> None:
    text = "Kessel Holdings said the plant would close."
    table = _table(text)
    add_quoted_people(table, ["Kessel Holdings"])
    assert table.actors == {}


def test_the_stage_lists_each_quote_speaker_through_the_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[list[str | None]] = []
    monkeypatch.setattr(
        analysis, "add_quoted_people", lambda table, speakers: seen.append(list(speakers))
    )
    enrich_outlets(
        [("Velmar Post", '"We will rebuild the bridge by May," Tomas Brell said on Monday.')]
    )
    assert seen and "Tomas Brell" in seen[0]
