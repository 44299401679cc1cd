"""Teams named by their city or nickname in sports copy (issue 12, ents38; read37: "games
against Detroit and Carolina" GPE, "New Orleans have decided to rest him", "the Bears" LOC,
"the playoff-bound Panthers" NORP). The teams are the data file's (real leagues); every
sentence and every person is invented. Mentions are set by hand so that each test pins the
rule, not what the small model tags."""

from __future__ import annotations

from tests._enrich_docs import doc_with_ents as _doc

from newsbeat.enrich.actor_table import ArticleActors
from newsbeat.enrich.actor_team_cities import league_of, type_team_cities
from newsbeat.enrich.actors import build_actors


def _table(text: str, *actors: tuple[str, str, str] | tuple[str, str, str, int]) -> ArticleActors:
    """Mentions set by hand: (actor, type, phrase) at the phrase's first occurrence, or
    (…, n) at its n-th (from 0)."""
    table = ArticleActors(text=text)
    for name, kind, phrase, *nth in actors:
        start = -1
        for _ in range((nth[0] if nth else 0) + 1):
            start = text.index(phrase, start + 1)
        table._add(name, kind, start, start + len(phrase))
    return table


def _at(table: ArticleActors, text: str, phrase: str, nth: int = 0) -> tuple[str, str]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    m = table.actor_at(start, start + len(phrase))
    assert m is not None, phrase
    return m.actor, m.label


SAINTS = (
    "The New Orleans Saints placed running back Tarik Omble on injured reserve. He will miss "
    "the last two games against Detroit and Carolina. Omble was hurt in a loss to Chicago, "
    "and the team's trip to Detroit goes ahead without him. He spent his third season in "
    "New Orleans."
)


def test_a_city_after_against_is_its_team() -> None:
    table = _table(
        SAINTS,
        ("New Orleans Saints", "ORG", "New Orleans Saints"),
        ("Tarik Omble", "PERSON", "Tarik Omble"),
        ("Detroit", "GPE", "Detroit"),
        ("Carolina", "GPE", "Carolina"),
        ("Chicago", "GPE", "Chicago"),
        ("Detroit", "GPE", "Detroit", 1),
        ("New Orleans", "GPE", "New Orleans", 1),
    )
    type_team_cities(table)
    # the article also writes the place Detroit: the team's mention goes to its full name
    assert _at(table, SAINTS, "Detroit") == ("Detroit Lions", "ORG")
    assert table.actors["Detroit Lions"].type == "ORG"
    # every mention of Carolina and Chicago is the team: the name as written, an organisation
    assert _at(table, SAINTS, "Carolina") == ("Carolina", "ORG")  # listed after "against"
    assert _at(table, SAINTS, "Chicago") == ("Chicago", "ORG")  # "a loss to"


def test_the_place_itself_stays_a_place() -> None:
    """Guard: "the team's trip to Detroit", "his third season in New Orleans"."""
    table = _table(
        SAINTS,
        ("New Orleans Saints", "ORG", "New Orleans Saints"),
        ("Detroit", "GPE", "Detroit"),
        ("Detroit", "GPE", "Detroit", 1),
        ("New Orleans", "GPE", "New Orleans", 1),
    )
    type_team_cities(table)
    assert _at(table, SAINTS, "Detroit", 1) == ("Detroit", "GPE")
    assert _at(table, SAINTS, "New Orleans", 1) == ("New Orleans", "GPE")
    assert table.actors["Detroit"].mentions == 1


def test_a_plural_verb_after_a_city_is_the_team() -> None:
    text = (
        "The Tampa Bay Buccaneers lost again. With nothing left to play for, Tampa have signed "
        "linebacker Oren Vasko."
    )
    table = _table(
        text,
        ("Tampa Bay Buccaneers", "ORG", "Tampa Bay Buccaneers"),
        ("Tampa", "GPE", "Tampa", 1),
        ("Oren Vasko", "PERSON", "Oren Vasko"),
    )
    type_team_cities(table)
    assert _at(table, text, "Tampa", 1) == ("Tampa", "ORG")
    assert table.actors["Tampa"].type == "ORG"


def test_a_listed_city_before_a_plural_verb_stays() -> None:
    """Guard: "Detroit and Chicago are ..." is two places, not a team's plural verb."""
    text = "The Detroit Lions lost. Cleveland and Chicago are cold cities in winter."
    table = _table(
        text,
        ("Detroit Lions", "ORG", "Detroit Lions"),
        ("Cleveland", "GPE", "Cleveland"),
        ("Chicago", "GPE", "Chicago"),
    )
    type_team_cities(table)
    assert _at(table, text, "Chicago") == ("Chicago", "GPE")


def test_a_city_with_two_teams_in_the_league_stays() -> None:
    """Guard: "against New York" names the Giants or the Jets."""
    text = "The Miami Dolphins play next against New York at home."
    table = _table(
        text,
        ("Miami Dolphins", "ORG", "Miami Dolphins"),
        ("New York", "GPE", "New York"),
    )
    type_team_cities(table)
    assert _at(table, text, "New York") == ("New York", "GPE")


def test_no_league_no_team() -> None:
    """Guard: a case against a city in an article that names no team."""
    text = "The union filed a case against Detroit over the pension cuts, said Mara Ellin."
    table = _table(text, ("Detroit", "GPE", "Detroit"), ("Mara Ellin", "PERSON", "Mara Ellin"))
    type_team_cities(table)
    assert _at(table, text, "Detroit") == ("Detroit", "GPE")
    assert league_of(text) is None


def test_one_nickname_says_no_league() -> None:
    """Guard: "the Saints" alone (a church's saints, a team) sets no league; two nicknames of
    one league do, and so does one beside the league's initialism."""
    assert league_of("The Saints were honoured in the parish against Denver's wishes.") is None
    assert league_of("The Saints beat the Bears on Sunday.") == "NFL"
    assert league_of("The Saints are out of the NFL playoffs.") == "NFL"
    assert league_of("The Detroit Lions and the Detroit Pistons both lost.") is None


def test_a_nickname_typed_a_place_or_a_nationality_is_the_team() -> None:
    text = (
        "The Saints beat the Bears on Sunday. Next come the winless Detroit Lions and the "
        "playoff-bound Panthers."
    )
    table = _table(
        text,
        ("Saints", "ORG", "Saints"),
        ("Bears", "LOC", "Bears"),
        ("Detroit Lions", "ORG", "Detroit Lions"),
        ("Panthers", "NORP", "Panthers"),
    )
    type_team_cities(table)
    assert _at(table, text, "Bears") == ("Chicago Bears", "ORG")
    assert _at(table, text, "Panthers") == ("Carolina Panthers", "ORG")


def test_a_nickname_that_is_a_person_of_the_article_stays() -> None:
    """Guard: a person of the article bearing the word ("Ivo Bears") keeps it."""
    text = "The Detroit Lions signed Ivo Bears. Bears said he was glad."
    table = _table(
        text,
        ("Detroit Lions", "ORG", "Detroit Lions"),
        ("Ivo Bears", "PERSON", "Ivo Bears"),
        ("Bears", "PERSON", "Bears", 1),
    )
    type_team_cities(table)
    assert _at(table, text, "Bears", 1) == ("Bears", "PERSON")


def test_through_build_actors() -> None:
    doc = _doc(
        SAINTS,
        ("New Orleans Saints", "ORG"),
        ("Tarik Omble", "PERSON"),
        ("Detroit", "GPE"),
        ("Carolina", "GPE"),
        ("Omble", "PERSON"),
        ("Chicago", "GPE"),
        ("Detroit", "GPE"),
        ("New Orleans", "GPE"),
    )
    table = build_actors(doc)
    assert table.actors["Detroit Lions"].type == "ORG"
    assert table.actors["Carolina"].type == "ORG"
    assert table.actors["Detroit"].type == "GPE"
