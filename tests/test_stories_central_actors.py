"""Related stories by shared central actors (``newsbeat.actors.central``; issue 12, stories38).

Invented enrichments: a confession and the trial eighteen months later share their accused and
his victim (related); stories that share only a place, the beat's keyword, a president who
nominated or approved, an incidental name, two organisations of one town or an actor the whole
beat names stay unrelated. Each guard has a case that links without it.
"""

from __future__ import annotations

import pytest

from newsbeat.actors import central as module
from newsbeat.actors.central import (
    StoryActors,
    beat_words,
    central_actors,
    related_by_actors,
)
from newsbeat.models import Enrichment, Entity

_ids = iter(range(1, 10_000))


def _article(*names: tuple[str, str] | tuple[str, str, int]) -> Enrichment:
    """One article's enrichment naming these (name, type[, mentions])."""
    return Enrichment(
        article_id=next(_ids),
        entities=[Entity(name=n[0], type=n[1], mentions=n[2] if len(n) > 2 else 1) for n in names],
    )


def _story(
    story_id: str, first_seen: str | None, articles: list[Enrichment], **kw: object
) -> StoryActors:
    return StoryActors(
        story_id=story_id,
        first_seen=first_seen,
        central=central_actors(articles, **kw),  # type: ignore[arg-type]
    )


ACCUSED = ("Tomas Vireo", "PERSON")
VICTIM = ("Lina Castel", "PERSON")
TOWN = ("Arden", "GPE")


def _confession() -> list[Enrichment]:
    return [
        _article(ACCUSED, VICTIM, TOWN, ("Ray Dunmore", "PERSON")),
        _article(ACCUSED, VICTIM, TOWN),
    ]


def _trial() -> list[Enrichment]:
    court = ("Arden Crown Court", "ORG")
    return [
        _article(ACCUSED, VICTIM, court, ("Mira Sollen", "PERSON")),
        _article(ACCUSED, VICTIM, court, TOWN),
        _article(ACCUSED, VICTIM, ("Mira Sollen", "PERSON")),
    ]


def test_confession_and_trial_are_related_in_time_order() -> None:
    trial = _story("trial", "2025-11-03", _trial())
    confession = _story("confession", "2024-05-20", _confession())
    comment = _story("comment", None, [_article(ACCUSED, VICTIM, (ACCUSED[0], "PERSON", 2))])
    links = related_by_actors([trial, comment, confession])
    assert links["trial"] == [
        ("confession", ["Lina Castel", "Tomas Vireo"]),
        ("comment", ["Tomas Vireo"]),  # its one article names the victim once
    ]
    assert [other for other, _ in links["comment"]] == ["confession", "trial"]


def test_a_surname_alone_is_the_story_s_one_full_name() -> None:
    articles = [_article(ACCUSED, VICTIM), _article(("Vireo", "PERSON"), VICTIM)]
    assert set(central_actors(articles).actors) == {"Tomas Vireo", "Lina Castel"}


def test_a_shared_place_does_not_link_even_typed_as_a_person() -> None:
    # NER may call a country a person; two unrelated stories of one country stay apart
    country = ("New Zealand", "PERSON", 2)
    quake = _story("quake", "2025-01-02", [_article(country, ("Hana Rua", "PERSON"))] * 2)
    vote = _story("vote", "2025-01-09", [_article(country, ("Piet Voss", "PERSON"))] * 2)
    assert related_by_actors([quake, vote]) == {}
    assert "New Zealand" not in quake.central.actors


def test_a_place_guard_is_what_keeps_them_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    import newsbeat.enrich.actor_table as table

    monkeypatch.setattr(table, "known_place", lambda name: False)
    country = ("New Zealand", "PERSON", 2)
    quake = _story("quake", "2025-01-02", [_article(country, ("Hana Rua", "PERSON"))] * 2)
    vote = _story("vote", "2025-01-09", [_article(country, ("Piet Voss", "PERSON"))] * 2)
    assert "vote" in dict(related_by_actors([quake, vote]))["quake"][0]


def test_the_beat_s_keyword_is_no_central_actor() -> None:
    mayor = ("Ilse Marr", "PERSON")
    words = beat_words(["marr", '"Ilse Marr" OR mayor'])
    budget = [_article(mayor, ("Kessel Council", "ORG"))] * 2
    flood = [_article(mayor, ("Dov Anker", "PERSON"))] * 2
    apart = [_story("budget", "2025-03-01", budget, leave_out=words)]
    apart.append(_story("flood", "2025-06-01", flood, leave_out=words))
    assert related_by_actors(apart) == {}
    together = [_story("budget", "2025-03-01", budget), _story("flood", "2025-06-01", flood)]
    assert related_by_actors(together)["budget"] == [("flood", ["Ilse Marr"])]


def test_an_outlet_is_no_central_actor() -> None:
    paper = ("Kessel Post", "ORG")
    story = _story("s", None, [_article(paper, ACCUSED)] * 2, outlets={"Kessel Post"})
    assert set(story.central.actors) == {"Tomas Vireo"}


def test_a_president_who_nominated_and_approved_links_nothing() -> None:
    president = ("Oren Malik", "PERSON")
    nominee = ("Sela Brandt", "PERSON")
    dam = ("Ivo Tarr", "PERSON")
    nomination = _story(
        "nomination",
        "2025-02-01",
        [_article(nominee, president), _article(nominee, president), _article(nominee)],
    )
    dam_rule = _story(
        "dam", "2025-04-01", [_article(dam, president), _article(dam, president), _article(dam)]
    )
    assert "Oren Malik" in nomination.central.actors and "Oren Malik" in dam_rule.central.actors
    assert related_by_actors([nomination, dam_rule]) == {}


def test_one_person_who_leads_both_links() -> None:
    boxer = ("Kai Dorn", "PERSON")
    first = _story("first", "2024-01-01", [_article(boxer, ("Lev Ostr", "PERSON"))] * 2)
    second = _story("second", "2025-01-01", [_article(boxer, ("Rem Ault", "PERSON"))] * 2)
    assert related_by_actors([first, second])["first"] == [("second", ["Kai Dorn"])]


def test_a_name_in_one_article_of_four_is_not_central() -> None:
    passer_by = ("Juno Hart", "PERSON")
    fire = _story(
        "fire",
        "2025-05-01",
        [_article(("Olla Fenn", "PERSON"), passer_by)] + [_article(("Olla Fenn", "PERSON"))] * 3,
    )
    fair = _story("fair", "2025-05-09", [_article(passer_by, ("Bo Lund", "PERSON"))] * 2)
    assert "Juno Hart" not in fire.central.actors
    assert related_by_actors([fire, fair]) == {}


def test_one_article_names_its_central_actors_twice() -> None:
    once = central_actors([_article(("Juno Hart", "PERSON", 1), ("Olla Fenn", "PERSON", 3))])
    assert set(once.actors) == {"Olla Fenn"}


def test_two_organisations_of_one_town_do_not_link() -> None:
    police = ("Kessel Police", "ORG")
    council = ("Kessel City Council", "ORG")
    theft = _story("theft", "2025-01-05", [_article(police, council, ("Ana Pell", "PERSON"))] * 2)
    crash = _story("crash", "2025-02-05", [_article(police, council, ("Tor Brask", "PERSON"))] * 2)
    assert related_by_actors([theft, crash]) == {}


def test_two_shared_actors_need_a_person_who_leads_one_of_them() -> None:
    police = ("Kessel Police", "ORG")
    chief = ("Erna Voll", "PERSON")
    theft = [_article(police, chief, ("Ana Pell", "PERSON"))] * 3 + [
        _article(("Ana Pell", "PERSON"))
    ]
    crash = [_article(police, chief, ("Tor Brask", "PERSON"))] * 3 + [
        _article(("Tor Brask", "PERSON"))
    ]
    # the chief is named in most articles of each, and leads neither
    assert (
        related_by_actors(
            [_story("theft", "2025-01-05", theft), _story("crash", "2025-02-05", crash)]
        )
        == {}
    )
    theft_led = [_article(police, chief, ("Ana Pell", "PERSON"))] * 3
    linked = related_by_actors(
        [_story("theft", "2025-01-05", theft_led), _story("crash", "2025-02-05", crash)]
    )
    assert linked["crash"] == [("theft", ["Erna Voll", "Kessel Police"])]


def test_an_actor_central_in_many_stories_is_the_beat_s_standing_subject() -> None:
    coach = ("Hal Brenner", "PERSON")
    stories = [
        _story(f"game{n}", f"2025-0{n}-01", [_article(coach, (f"Rival {n} Club", "ORG"))] * 2)
        for n in range(1, module.MAX_STORIES + 2)
    ]
    assert related_by_actors(stories) == {}
    assert related_by_actors(stories[: module.MAX_STORIES])  # fewer: one matter


def test_a_surname_alone_may_be_anyone_s() -> None:
    # two stories that write only "Brask" (a farmer in one, a judge in the other)
    farm = _story(
        "farm", "2025-03-01", [_article(("Brask", "PERSON", 2), ("Olla Fenn", "PERSON"))] * 2
    )
    court = _story(
        "court", "2025-03-04", [_article(("Brask", "PERSON", 2), ("Tor Lind", "PERSON"))] * 2
    )
    assert "Brask" not in farm.central.actors
    assert related_by_actors([farm, court]) == {}
