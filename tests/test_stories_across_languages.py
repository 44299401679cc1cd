"""Stories across languages (``stories/across_languages.py``): a report in another language
joins the story of its event on language-neutral evidence (names, places, figures, vectors,
time), and a same-topic report of another event stays apart. Every text here is invented."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

import pytest

from newsbeat.multilingual.places import is_country
from newsbeat.stories import across_languages, cluster
from newsbeat.stories.across_languages import (
    FEATURE_NAMES,
    LinkModel,
    StoryLanguages,
    load_model,
    pair_features,
)
from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import (
    ArticleText,
    StoryFeatures,
    Vectoriser,
    build_features,
    parse_time,
)
from newsbeat.stories.stage import _pack_story, _unpack_story

ON = ClusterOptions()
OFF = dataclasses.replace(ON, link_languages=False)


def _item(n: int, language: str, when: str, title: str, text: str) -> ArticleText:
    return ArticleText(
        article_id=n,
        title=title,
        lead=text[:400],
        body=text[400:],
        time=parse_time(when),
        language=language,
    )


def _stories(items: Sequence[ArticleText], options: ClusterOptions) -> dict[int, str]:
    feats = build_features(Vectoriser(), items, names=False)
    result = cluster_articles(ClusterState(), feats, options)
    return {a.article_id: a.story_id for a in result.assignments}


RECALL_EN = _item(
    1,
    "en",
    "2026-03-04T09:00:00+01:00",
    "Brennic Motors recalls 4,200 electric vans over brake fault",
    "STUTTGART - Brennic Motors is recalling 4,200 electric delivery vans built in Stuttgart "
    "after a fault in the rear brake sensor, chief executive Jonas Wetterau said on Wednesday. "
    "No accidents have been reported, Brennic said, and owners will be called to a workshop "
    "from next week. The repair takes about two hours per van.",
)
RECALL_DE = _item(
    2,
    "de",
    "2026-03-04T13:30:00+01:00",
    "Rückruf bei Brennic: Elektro-Transporter müssen in die Werkstatt",
    "STUTTGART – Wegen eines defekten Bremssensors holt der Hersteller Brennic 4200 "
    "elektrische Lieferwagen aus seinem Werk in Stuttgart in die Werkstätten zurück. Unfälle "
    "seien bisher nicht bekannt, teilte das Unternehmen am Mittwoch mit. Die Reparatur dauere "
    "rund zwei Stunden, die Halter würden ab nächster Woche angeschrieben.",
)
# The same company's other recall, three weeks later and elsewhere: another event.
RECALL_DECOY_DE = _item(
    3,
    "de",
    "2026-03-25T10:00:00+01:00",
    "Brennic Motors ruft 900 Stadtbusse in Spanien zurück",
    "MADRID (dpa) - Brennic Motors ruft in Spanien 900 Stadtbusse wegen defekter Türsensoren "
    "zurück. Betroffen seien vor allem Fahrzeuge in Madrid und Valencia, sagte die "
    "Spanien-Chefin Lucía Ferrandis am Mittwoch. Verletzt wurde niemand.",
)

AGROUND_EN = _item(
    11,
    "en",
    "2026-02-10T08:00:00+00:00",
    "Tanker with 12,000 tonnes of diesel runs aground near Murmansk",
    "MURMANSK - The tanker Severnaya Zarya, owned by Kasimov Shipping, ran aground near "
    "Murmansk on Tuesday with 12,000 tonnes of diesel on board, the port authority said. "
    "Captain Oleg Varnikov told reporters no fuel had leaked. Tugs were expected to try to "
    "free the ship at high tide.",
)
AGROUND_RU = _item(
    12,
    "ru",
    "2026-02-10T11:20:00+03:00",
    "Танкер с 12 000 тонн дизельного топлива сел на мель у Мурманска",
    "МУРМАНСК, 10 февраля. Танкер «Северная заря» компании «Касимов Шиппинг» сел на мель "
    "вблизи Мурманска, сообщили в администрации порта. На борту находятся 12 000 тонн "
    "дизельного топлива. Капитан Олег Варников заявил, что утечки нет. Буксиры попытаются "
    "снять судно с мели во время прилива.",
)

FERRY_EN = _item(
    21,
    "en",
    "2026-04-02T07:00:00+00:00",
    "Ferry fire off Busan: all 310 passengers rescued",
    "BUSAN - All 310 passengers and crew were taken off the ferry Haeul Star after a fire "
    "broke out in its engine room off Busan on Thursday, the coast guard said. The ferry, "
    "run by Donghae Marine, was sailing to Jeju. Two crew members were treated for smoke "
    "inhalation.",
)
FERRY_KO = _item(
    22,
    "ko",
    "2026-04-02T17:40:00+09:00",
    "부산 앞바다 여객선 화재…승객 310명 전원 구조",
    "2일 부산 앞바다에서 제주로 향하던 여객선 해울스타호 기관실에서 불이 나 승객과 승무원 "
    "310명이 모두 구조됐다고 해양경찰이 밝혔다. 선사 동해마린에 따르면 승무원 2명이 연기를 "
    "마셔 치료를 받았다.",
)

STRIKE_EN = _item(
    31,
    "en",
    "2026-05-11T09:00:00+02:00",
    "Gothenburg bus drivers strike over night-shift pay",
    "GOTHENBURG - About 1,800 bus drivers in Gothenburg walked out on Monday over pay for "
    "night shifts. The union's chair, Annika Brolin, said the strike would last until the "
    "city's bus operator made a new offer; buses to the airport were also cancelled.",
)
STRIKE_SV = _item(
    32,
    "sv",
    "2026-05-11T12:15:00+02:00",
    "Bussförarna i Göteborg strejkar – Lindqvist Trafik står still",
    "Omkring 1 800 bussförare i Göteborg lade ner arbetet på måndagen. Enligt Transportfacket "
    "Väst gäller strejken ersättningen för nattskiften. – Vi strejkar tills Lindqvist Trafik "
    "kommer med ett nytt bud, säger ordföranden Annika Brolin.",
)


def test_german_report_joins_its_english_story() -> None:
    """Two words in common (the company, the city), the rest in other words: on text alone
    the German report stays apart; the names, the figure and the day join it."""
    items = [RECALL_EN, RECALL_DE]
    assert len(set(_stories(items, OFF).values())) == 2
    stories = _stories(items, ON)
    assert stories[1] == stories[2]


def test_same_company_other_recall_stays_apart() -> None:
    """The decoy shares the company's name but not the place, the figures or the week."""
    stories = _stories([RECALL_EN, RECALL_DE, RECALL_DECOY_DE], ON)
    assert stories[1] == stories[2]
    assert stories[3] != stories[1]


def test_russian_report_joins_by_transliterated_names() -> None:
    items = [AGROUND_EN, AGROUND_RU]
    assert len(set(_stories(items, OFF).values())) == 2
    stories = _stories(items, ON)
    assert stories[11] == stories[12]


def test_korean_report_joins() -> None:
    items = [FERRY_EN, FERRY_KO]
    assert len(set(_stories(items, OFF).values())) == 2
    stories = _stories(items, ON)
    assert stories[21] == stories[22]


def test_swedish_report_joins_without_a_vector() -> None:
    """Swedish has no sentence vector: names, figures and time carry the link alone."""
    items = [STRIKE_EN, STRIKE_SV]
    sv = StoryLanguages()
    sv.add("sv", STRIKE_SV.title, STRIKE_SV.lead)
    assert sv.vector() is None
    assert len(set(_stories(items, OFF).values())) == 2
    stories = _stories(items, ON)
    assert stories[31] == stories[32]


def test_no_shared_name_or_place_never_links(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two central banks' rate decisions the same day read alike in any language; without a
    shared name or place key no model, however lenient, links them."""
    oslo = _item(
        41,
        "en",
        "2026-06-18T10:00:00+02:00",
        "Central bank raises key rate to 4.5% to fight inflation",
        "OSLO - The central bank raised its key interest rate by a quarter point to 4.5% on "
        "Thursday, governor Ingrid Holmsen said, citing stubborn inflation.",
    )
    lisbon = _item(
        42,
        "de",
        "2026-06-18T12:00:00+02:00",
        "Zentralbank erhöht Leitzins auf 3,75 Prozent gegen die Inflation",
        "LISSABON - Die Zentralbank hat ihren Leitzins am Donnerstag um einen Viertelpunkt "
        "auf 3,75 Prozent angehoben, sagte Gouverneur Tomás Varela mit Blick auf die "
        "hartnäckige Inflation.",
    )
    a, b = StoryLanguages(), StoryLanguages()
    a.add("en", oslo.title, oslo.lead)
    b.add("de", lisbon.title, lisbon.lead)
    assert pair_features(a, b, 0.0, 7.0) is None
    lenient = dataclasses.replace(load_model(), threshold=0.0)
    monkeypatch.setattr(across_languages, "load_model", lambda: lenient)
    stories = _stories([oslo, lisbon], ON)
    assert stories[41] != stories[42]


def test_english_only_stream_computes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """One language: no keys and no vectors are computed."""

    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("cross-language evidence computed for a one-language stream")

    monkeypatch.setattr(StoryLanguages, "keys", fail)
    monkeypatch.setattr(StoryLanguages, "vector", fail)
    english = dataclasses.replace(RECALL_DE, language="en", article_id=5)
    stories = _stories([RECALL_EN, english], ON)
    assert set(stories) == {1, 5}


def test_state_blob_keeps_languages_and_reads_old_blobs() -> None:
    items = [RECALL_EN, RECALL_DE]
    feats = build_features(Vectoriser(), items, names=False)
    state = ClusterState()
    cluster_articles(state, feats, OFF)
    for story in state.stories.values():
        keys = story.features.languages.keys()
        again = _unpack_story(story.id, story.status, _pack_story(story))
        assert again.features.languages.counts == story.features.languages.counts
        assert again.features.languages.texts == story.features.languages.texts
        assert again.features.languages._keys == keys  # kept: not read from the texts again
    assert {c for s in state.stories.values() for c in s.features.languages.counts} == {
        "en",
        "de",
    }
    assert StoryLanguages.from_json(None).counts == {}


def test_language_tags_count_by_their_language() -> None:
    """'de-CH' is German, 'und' no language."""
    story = StoryLanguages()
    story.add("de-CH", "Titel", "Text")
    story.add("und", "Titel", "Text")
    assert story.counts == {"de": 1}


def test_model_file_matches_the_features() -> None:
    model = load_model()
    assert len(model.coefficients) == len(FEATURE_NAMES)
    assert LinkModel.from_json(model.to_json()) == model


def _languages(item: ArticleText) -> StoryLanguages:
    out = StoryLanguages()
    out.add(item.language, item.title, f"{item.lead}\n{item.body}")
    return out


def test_a_shared_country_alone_never_links() -> None:
    """Both name Germany and nothing else in common: no pair."""
    english = _item(
        51,
        "en",
        "2026-03-04T09:00:00+01:00",
        "Germany's exports fell 2.1% in February",
        "BERLIN - Exports from Germany fell in February, the statistics office said, as orders "
        "from abroad weakened for a third month.",
    )
    german = _item(
        52,
        "de",
        "2026-03-04T10:00:00+01:00",
        "Deutschland: Zahl der Insolvenzen steigt",
        "Die Zahl der Firmenpleiten in Deutschland ist im Februar gestiegen, meldete das "
        "Statistikamt in Wiesbaden.",
    )
    a, b = _languages(english), _languages(german)
    assert any(is_country(p) for p in a.keys().places & b.keys().places)
    assert pair_features(a, b, 0.0, 7.0) is None


def test_small_figures_are_no_evidence() -> None:
    """'48' in both is a coincidence of any week; '4200' is not."""
    en = _languages(RECALL_EN)
    de = _languages(RECALL_DE)
    features = pair_features(en, de, 0.0, 7.0)
    assert features is not None
    assert features[FEATURE_NAMES.index("numbers")] > 0
    small_en = _languages(
        dataclasses.replace(RECALL_EN, lead=RECALL_EN.lead.replace("4,200", "48"))
    )
    small_de = _languages(dataclasses.replace(RECALL_DE, lead=RECALL_DE.lead.replace("4200", "48")))
    features = pair_features(small_en, small_de, 0.0, 7.0)
    assert features is not None
    assert features[FEATURE_NAMES.index("numbers")] == 0


def test_two_equal_partners_make_the_link_ambiguous() -> None:
    """The same English report twice (as two stories): the German report could join either,
    so it joins neither; with one of them it joins."""
    twin = dataclasses.replace(RECALL_EN, article_id=7)
    feats = build_features(Vectoriser(), [RECALL_EN, twin, RECALL_DE], names=False)
    stories = [cluster.StoryState(id=f"s-{f.article_id}", features=StoryFeatures()) for f in feats]
    for story, f in zip(stories, feats, strict=True):
        story.features.absorb(f, {}, 400)

    def merges(chosen: list[cluster.StoryState]) -> int:
        return across_languages.link_stories(
            chosen, {s.id for s in chosen}, lambda a, b: 0.0, lambda a, b: a
        )

    assert merges(stories) == 0
    assert merges([stories[0], stories[2]]) == 1


def _texts(language: str, title: str, text: str) -> StoryLanguages:
    story = StoryLanguages()
    story.add(language, title, text)
    return story


def _table(stories: Sequence[StoryLanguages]) -> across_languages._Table:
    from types import SimpleNamespace

    states = [
        SimpleNamespace(
            id=str(n), features=SimpleNamespace(languages=s, first_time=None, last_time=None)
        )
        for n, s in enumerate(stories)
    ]
    return across_languages._Table(states)  # type: ignore[arg-type]


_VELMAR_DE = _texts(
    "de", "Streik in Velmar", "In Velmar streiken seit Montag die Fahrer der Busse."
)
_VELMAR_EN = [
    _texts("en", "Velmar talks", f"In Velmar, minister {name} met the unions on Monday.")
    for name in ("Aurel Tarnick", "Ilse Morvan", "Petra Oskarsson")
]


def test_a_key_many_stories_of_a_language_share_is_weak() -> None:
    # one English story naming Velmar: the German one may meet it
    one = _table([_VELMAR_DE, _VELMAR_EN[0]])
    assert list(across_languages._rare_enough(0, [1], one)) == [1]
    # three English stories that week name Velmar: Velmar alone tells none of them
    three = _table([_VELMAR_DE, *_VELMAR_EN])
    assert list(across_languages._rare_enough(0, [1, 2, 3], three)) == []


def test_a_rare_key_beside_a_common_one_still_links() -> None:
    de = _texts(
        "de", "Streik in Velmar", "In Velmar sprach Aurel Tarnick am Montag mit den Fahrern."
    )
    table = _table([de, *_VELMAR_EN])
    assert list(across_languages._rare_enough(0, [1, 2, 3], table)) == [1]


def test_keys_kept_under_older_rules_are_read_again() -> None:
    story = _texts("en", "Velmar talks", "In Velmar, minister Aurel Tarnick met the unions.")
    blob = story.to_json()
    assert "keys" not in blob  # none computed yet
    story.keys()
    kept = story.to_json()
    assert StoryLanguages.from_json(kept)._keys == story.keys()
    older = {**kept, "keys": [["stale"], [], []]}
    del older["keys_version"]
    assert StoryLanguages.from_json(older)._keys is None  # read from the texts again
