"""Helpers of the speaker tests: the quotes newsbeat finds in an invented article, parsed by
the small English pipeline as the enrich stage parses it, or with every named entity taken
out (a name the tagger missed, whatever the model does with the sentence)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.quotes import extract_quotes


def quotes(text: str) -> list[FoundQuote]:
    """Every quote of ``text``."""
    doc = load_pipeline("en_core_web_sm")(text)
    return extract_quotes(doc, build_actors(doc))


def quote(text: str, words: str, kind: str = "direct") -> FoundQuote:
    """The first quote of ``kind`` holding ``words`` (the test fails when there is none)."""
    found = [q for q in quotes(text) if q.kind == kind and words in q.text]
    assert found, quotes(text)
    return found[0]


def untagged_quotes(text: str) -> list[FoundQuote]:
    """The quotes of ``text`` parsed as usual but with no named entity."""
    parsed = load_pipeline("en_core_web_sm")(text)
    return _quotes_of(parsed, ["O"] * len(parsed))


def missed_name_quotes(text: str, word: str, sentence: int) -> list[FoundQuote]:
    """The quotes of ``text`` parsed as usual but with ``word`` left outside every entity in
    the sentence numbered ``sentence`` (from 0): a name the tagger missed there only."""
    parsed = load_pipeline("en_core_web_sm")(text)
    missed = {t.i for t in list(parsed.sents)[sentence] if t.text == word}
    assert missed, f"{word!r} is not in sentence {sentence}"
    ents = [
        "O" if t.i in missed or not t.ent_type_ else f"{t.ent_iob_}-{t.ent_type_}" for t in parsed
    ]
    return _quotes_of(parsed, ents)


def _quotes_of(parsed: Doc, ents: list[str]) -> list[FoundQuote]:
    """The quotes of a parse rebuilt with the entities given (IOB tags, one per token)."""
    doc = Doc(
        parsed.vocab,
        words=[t.text for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        deps=[t.dep_ for t in parsed],
        heads=[t.head.i for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        sent_starts=[bool(t.is_sent_start) for t in parsed],
        ents=ents,
    )
    return extract_quotes(doc, build_actors(doc))
