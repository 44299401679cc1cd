"""Works, awards, characters and entertainment companies listed as actors (issue 12, ents39b;
read39's entity rows on showbusiness copy). Entity labels are set by hand over a real parse so
that each test pins the rule, not what the small model tags. Every sentence and name is
invented (the companies' names are of the data list)."""

from __future__ import annotations

from tests._enrich_docs import actor_types
from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.actors import story_aliases
from newsbeat.enrich.actor_credited_works import credited_work_spans
from newsbeat.enrich.actor_honour_titles import honour_title
from newsbeat.enrich.actor_screen_roles import screen_roles
from newsbeat.enrich.award_titles import more_award_words
from newsbeat.models import Enrichment, Entity

# credited works


def test_titles_in_brackets_after_a_filmmaker_are_no_actors() -> None:
    doc = _doc(
        "Ivo Brask is a seasoned filmmaker (Velmaria Nights, Orsk Bay) and Kestrel Pictures"
        " pays him well.",
        ("Ivo Brask", "PERSON"),
        ("Velmaria Nights", "ORG"),
        ("Orsk Bay", "PERSON"),
        ("Kestrel Pictures", "ORG"),
    )
    types = actor_types(doc)
    assert "Velmaria Nights" not in types
    assert "Orsk Bay" not in types
    assert types["Kestrel Pictures"] == "ORG"


def test_a_title_after_a_writer_s_name_and_its_other_mentions_go() -> None:
    doc = _doc(
        "Kestrel has a script from Ana Holm (Orsk Bay). Brask has not worked since Orsk Bay in"
        " 2003.",
        ("Kestrel", "ORG"),
        ("Ana Holm", "PERSON"),
        ("Orsk Bay", "ORG"),
        ("Brask", "PERSON"),
        ("Orsk Bay", "ORG"),
    )
    assert "Orsk Bay" not in actor_types(doc)


def test_guard_a_credited_name_that_speaks_stays() -> None:
    doc = _doc(
        "Kestrel has a script from Ana Holm (Orsk Bay). Orsk Bay said it would sue.",
        ("Kestrel", "ORG"),
        ("Ana Holm", "PERSON"),
        ("Orsk Bay", "ORG"),
        ("Orsk Bay", "ORG"),
    )
    assert actor_types(doc).get("Orsk Bay") == "ORG"


def test_credited_work_spans_guards() -> None:
    # a country, capitals, a person's name and a bracket with no maker's word are no titles
    assert credited_work_spans("a filmmaker (Norway) said", set()) == []
    assert credited_work_spans("the director (AP) said", set()) == []
    assert credited_work_spans("the director (Ana Holm) said", {"Ana Holm"}) == []
    assert credited_work_spans("Ivo Brask (Orsk Bay) said", set()) == []
    text = "a filmmaker (Velmaria Nights and Orsk Bay) said"
    assert [text[s:e] for s, e in credited_work_spans(text, set())] == [
        "Velmaria Nights",
        "Orsk Bay",
    ]


def test_quoted_titles_before_films_or_star_are_no_actors() -> None:
    doc = _doc(
        "Kestrel could hire a director as for the 'Kessel Nights' and 'Orsk Bay' films."
        ' "Velmar Run" star Ana Holm agreed.',
        ("Kestrel", "ORG"),
        ("Kessel Nights", "PERSON"),
        ("Orsk Bay", "ORG"),
        ("Velmar Run", "PERSON"),
        ("Ana Holm", "PERSON"),
    )
    types = actor_types(doc)
    assert not {"Kessel Nights", "Orsk Bay", "Velmar Run"} & set(types)
    assert types["Ana Holm"] == "PERSON"


def test_two_titles_before_director_are_no_actors() -> None:
    doc = _doc(
        "Kestrel balked at paying the Velmaria and Orsk Bay director, Ivo Brask, his fee.",
        ("Kestrel", "ORG"),
        ("Velmaria", "ORG"),
        ("Orsk Bay", "ORG"),
        ("Ivo Brask", "PERSON"),
    )
    types = actor_types(doc)
    assert "Velmaria" not in types
    assert "Orsk Bay" not in types


def test_a_person_typed_title_before_screenwriter_is_no_actor() -> None:
    doc = _doc(
        "Kestrel hired Kessel Nights screenwriter Ana Holm to write it.",
        ("Kestrel", "ORG"),
        ("Kessel Nights", "PERSON"),
        ("Ana Holm", "PERSON"),
    )
    assert "Kessel Nights" not in actor_types(doc)


def test_guard_one_body_before_director_stays() -> None:
    doc = _doc(
        "The Kestrel director said the budget was cut.",
        ("Kestrel", "ORG"),
    )
    assert actor_types(doc).get("Kestrel") == "ORG"


# awards


def test_more_award_words() -> None:
    assert more_award_words("a script from Velmar winner Ana Holm") == {"Velmar"}
    assert more_award_words("the four time Velmar nominee and") == {"Velmar"}
    assert more_award_words("a three-time Velmar winner, she") == {"Velmar"}
    assert more_award_words("hired Velmar winning Orsk Bay screenwriter Ana Holm") == {"Velmar"}
    # guards
    assert more_award_words("the Holm nominee was confirmed") == set()
    assert more_award_words("the Republican winner Ana Holm") == set()
    assert more_award_words("the Ohio winner Ana Holm") == set()
    assert more_award_words("the Kestrel winning goal") == set()
    assert more_award_words("Holm winning the race") == set()


def test_an_award_after_four_time_is_no_person() -> None:
    doc = _doc(
        "Kestrel hired the four-time Velmar nominee Ana Holm, and Velmar voters cheered.",
        ("Kestrel", "ORG"),
        ("Velmar", "PERSON"),
        ("Ana Holm", "PERSON"),
        ("Velmar", "PERSON", 1),
    )
    types = actor_types(doc)
    assert "Velmar" not in types
    assert types["Ana Holm"] == "PERSON"


# characters


def test_a_character_typed_a_body_or_a_place_is_no_actor() -> None:
    doc = _doc(
        "In the film, Lena Varro is best known for playing Drennic in the Velmar series, and she"
        " will reprise her role as Kessa in the sequel.",
        ("Lena Varro", "PERSON"),
        ("Drennic", "ORG"),
        ("Kessa", "GPE"),
    )
    types = actor_types(doc)
    assert "Drennic" not in types
    assert "Kessa" not in types
    assert types["Lena Varro"] == "PERSON"


def test_a_role_named_after_its_work_is_no_actor() -> None:
    doc = _doc(
        'The movie star Ivo Brask is Drennic of "Velmar Run", but do we want Drennic hosting?',
        ("Ivo Brask", "PERSON"),
        ("Drennic", "ORG"),
        ("Drennic", "ORG"),
    )
    assert "Drennic" not in actor_types(doc)


def test_screen_roles_guards() -> None:
    # an office, fame, a match report
    assert screen_roles("The film festival praised her role as UN envoy.") == frozenset()
    assert screen_roles('The film starred Ana Holm of "Velmar Run" fame.') == frozenset()
    assert screen_roles("Velmar played Drennic on Sunday and won 2-0.") == frozenset()


def test_guard_a_place_played_stays() -> None:
    doc = _doc(
        "The film crew finished playing Norway in the group stage.",
        ("Norway", "GPE"),
    )
    assert actor_types(doc).get("Norway") == "GPE"


# companies of the data list


def test_a_game_publisher_typed_a_place_is_an_organisation() -> None:
    doc = _doc(
        "Game makers such as Ubisoft have signed up, Lena Varro said.",
        ("Ubisoft", "GPE"),
        ("Lena Varro", "PERSON"),
    )
    assert actor_types(doc)["Ubisoft"] == "ORG"


# one organisation in two cases across a story


def _article(n: int, *entities: tuple[str, str, int]) -> Enrichment:
    return Enrichment(
        article_id=n, entities=[Entity(name=a, type=t, mentions=m) for a, t, m in entities]
    )


def test_a_studio_written_in_two_cases_is_one() -> None:
    story = [
        _article(1, ("KessFilm", "ORG", 2)),
        _article(2, ("Kessfilm", "ORG", 5)),
        _article(3, ("Kessfilm", "ORG", 1)),
    ]
    assert story_aliases(story) == {"KessFilm": "Kessfilm"}


def test_guard_case_forms_of_a_person_or_capitals_stay_apart() -> None:
    story = [
        _article(1, ("Rose", "PERSON", 2), ("AIDS", "ORG", 1)),
        _article(2, ("ROSE", "ORG", 1), ("Aids", "ORG", 1)),
    ]
    assert story_aliases(story) == {}


# a magazine's honour


def test_honour_title() -> None:
    assert honour_title("Velmar's Sexiest Man Alive")
    assert honour_title("Most Beautiful Woman")
    assert not honour_title("Richest Man Holdings")
    assert not honour_title("Best Buy")


def test_a_magazine_s_honour_is_no_actor() -> None:
    doc = _doc(
        "Ivo Brask was just named Velmar's Sexiest Man Alive, and Kestrel cheered.",
        ("Ivo Brask", "PERSON"),
        ("Velmar's Sexiest Man Alive", "ORG"),
        ("Kestrel", "ORG"),
    )
    types = actor_types(doc)
    assert not any("Sexiest" in name for name in types)
    assert types["Ivo Brask"] == "PERSON"
