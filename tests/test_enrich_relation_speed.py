"""The relations' cheaper forms give what the plain forms gave: a verb's game tests asked
after its other tests (only of a verb that would trigger), and an actor's mentions in a
sentence read from the offset and text columns. Invented text, every token."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.symbols import VERB

from newsbeat.enrich.actors import ArticleActors, build_actors
from newsbeat.enrich.analysis import EnrichOptions
from newsbeat.enrich.doc_arrays import keep_sentences, lemmas_lower, with_pos
from newsbeat.enrich.doc_text import keep_text
from newsbeat.enrich.game_rules import game_meeting, game_play
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.relation_event import SentenceEvent
from newsbeat.enrich.relation_framing import actor_mentions
from newsbeat.enrich.relation_lexicon import _object_nouns, verb_lemma
from newsbeat.enrich.relation_rules import dismissal
from newsbeat.enrich.relation_triggers import (
    _noun_trigger_words,
    _possible_triggers,
    _productive_verbs,
    _trigger_type,
    _verb_type,
)

_TEXT = (
    "The Harriers grabbed 11 rebounds and beat the Jays 65-53 on Friday. Orvale will visit "
    "the Brask Lions (7-7) in a playoff match, and coach Tom Vell met Aldo Perk. Kaldria "
    "attacked a camp for refugees near Velmar, and Sorvenland condemned the attack. The "
    "Dock Union fired its treasurer, Ina Moss, and the council cut into the budget. Lena "
    "Holm said Per Ekdal lied, and Velmar received aid from Sorvenland. Kaldria and "
    "Sorvenland signed a treaty; Holm met Ekdal in Velmar and praised Kaldria's navy."
)


def _parsed() -> tuple[Any, ArticleActors]:
    doc = load_pipeline(EnrichOptions().model)(_TEXT)
    keep_text(doc, _TEXT)
    keep_sentences(doc)
    return doc, build_actors(doc)


def _games_first(tok: Any) -> str | None:
    """The verb branch of the trigger type with its game tests asked before the rest."""
    lemma, productive = verb_lemma(tok), _productive_verbs()
    if lemma not in productive and lemmas_lower(tok.doc)[tok.i] not in productive:
        return None
    if dismissal(tok):
        return "SANCTION"
    if game_play(tok) or game_meeting(tok):
        return None
    return _verb_type(tok, lemma)


def test_game_tests_asked_last_give_the_same_types() -> None:
    doc, _ = _parsed()
    verbs = [tok for tok in doc if tok.pos_ == "VERB"]
    assert [_trigger_type(t) for t in verbs] == [_games_first(t) for t in verbs]
    # the text has verbs of play that would trigger, and acts that do
    assert any(game_play(t) or game_meeting(t) for t in verbs if _verb_type(t, verb_lemma(t)))
    assert sum(_trigger_type(t) is not None for t in verbs) >= 5


def _walked(ev: SentenceEvent, name: str, actors: ArticleActors) -> Iterator[Any]:
    """The mentions of ``name`` among the trigger sentence's tokens, every token read."""
    for tok in ev.trigger.sent:
        mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
        if mention is not None and mention.actor == name:
            yield tok


def test_actor_mentions_from_columns_are_the_token_walk() -> None:
    doc, actors = _parsed()
    names = [*actors.actors, "", "Nobody Here"]
    found = 0
    for tok in doc:
        ev = SentenceEvent(type="CONSULT", trigger=tok, depth=0)
        for name in names:
            columns = [t.i for t in actor_mentions(ev, name, actors)]
            assert columns == [t.i for t in _walked(ev, name, actors)]
            found += len(columns)
    assert found > len(doc)  # mentions found in every sentence, many times over


def _nouns_of_tokens(obj: Any) -> list[str]:
    """An object's nouns read from token objects (as ``_object_nouns`` did)."""
    nouns = [obj.lemma_.lower(), obj.lower_]
    for child in obj.children:
        if child.dep_ == "compound":
            nouns.append(child.lemma_.lower())
        elif child.dep_ == "prep" and child.lower_ == "of":
            nouns.extend(c.lemma_.lower() for c in child.children if c.dep_ == "pobj")
    return nouns


def test_object_nouns_from_columns_are_the_tokens() -> None:
    text = (
        "Kaldria sent 5 million dollars of aid and a mediation effort to Velmar. The Harbour "
        "Council signed a peace treaty; Orvale lifted the night curfew of the Port Authority."
    )
    doc = load_pipeline(EnrichOptions().model)(_TEXT + " " + text)
    assert [_object_nouns(t) for t in doc] == [_nouns_of_tokens(t) for t in doc]
    assert any(len(_object_nouns(t)) > 2 for t in doc)  # compounds and "of" nouns read


def _walked_candidate(tok: Any, verbs: frozenset[int], meetings: frozenset[str]) -> bool:
    """A verb, or a noun that is a lexicon verb, "signing" or a meeting noun (token form)."""
    if tok.pos_ == "VERB":
        return True
    lemma = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (tok.lower in verbs or lemma == "signing" or lemma in meetings)


def test_possible_triggers_from_the_doc_are_the_sentence_walk() -> None:
    doc, _ = _parsed()
    verbs, meetings = _noun_trigger_words()
    for sent in doc.sents:
        walked = [t.i for t in sent if _walked_candidate(t, verbs, meetings)]
        assert [t.i for t in _possible_triggers(sent)] == walked
    assert with_pos(doc, VERB) == [t.i for t in doc if t.pos_ == "VERB"]
    assert any(t.pos_ == "NOUN" for t in _possible_triggers(doc[:]))  # "talks", "attack"
