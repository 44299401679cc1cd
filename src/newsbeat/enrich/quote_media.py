"""The medium that carried a speaker's words, kept apart from the speaker as ``via``.

``…, the minister said, according to the state news agency``, ``X told Reuters``, ``in an
interview with Y``, ``X said …, local media reported``: :func:`via_in` finds the medium in a
sentence; :func:`is_media` says whether a token names a medium (a news word or an
organisation); :func:`actor_or_phrase` gives the name a medium or source token stands for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors, clean_name
from newsbeat.enrich.doc_arrays import doc_arrays, word_ids
from newsbeat.enrich.quote_issuers import verb_subject as _subject
from newsbeat.enrich.speaker_tokens import noun_phrase

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["actor_or_phrase", "is_media", "via_in"]

# The words (lower-cased) and lemmas ``via_in`` reads a medium from: every other token is
# skipped without a token object.
_VIA_WORDS = frozenset({"according", "interview"})
_VIA_LEMMAS = frozenset({"report", "quote", "cite", "tell"})


_MEDIA_WORDS = frozenset(
    [
        "agency",
        "news",
        "newspaper",
        "radio",
        "television",
        "tv",
        "broadcaster",
        "channel",
        "daily",
        "paper",
        "times",
        "post",
        "reuters",
        "ap",
        "afp",
        "bbc",
        "cnn",
        "press",
        "wire",
        "magazine",
        "media",
        "outlet",
        "outlets",
    ]
)


def via_in(sent: Span, speaker_tok: Token | None, actors: ArticleActors) -> str | None:
    """The medium in a sentence: "according to Y" (when someone else speaks), "told Y", ..."""
    doc = sent.doc
    arrays = doc_arrays(doc)
    lower, lemma = arrays.lower, arrays.lemma
    words, lemmas = word_ids(_VIA_WORDS), word_ids(_VIA_LEMMAS)
    for i in range(sent.start, sent.end):
        if lower[i] not in words and lemma[i] not in lemmas:
            continue  # none of the tests below can fire
        tok = doc[i]
        if tok.lower_ == "according" and speaker_tok is not None:
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return actor_or_phrase(obj, actors)
        if tok.lower_ == "interview" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "with":
            for obj in tok.nbor(1).children:
                if obj.dep_ == "pobj":
                    return actor_or_phrase(obj, actors)
        if (
            tok.lemma_ == "report"
            and speaker_tok is not None
            and not _inside_phrase(speaker_tok, tok)
        ):
            # "X said …, local media reported": the medium that carried X's words.
            reporter = _subject(tok)
            if reporter is not None and reporter.i != speaker_tok.i and is_media(reporter, actors):
                return actor_or_phrase(reporter, actors)
        if tok.lemma_ in {"quote", "cite"} and speaker_tok is not None:
            # "the Daily Courier quoted Lena Holm as saying": the outlet carried her words
            relayer = _subject(tok)
            if relayer is not None and relayer.i != speaker_tok.i and is_media(relayer, actors):
                return actor_or_phrase(relayer, actors)
        if tok.lemma_ == "tell":
            for obj in tok.children:
                if obj.dep_ in {"dobj", "dative", "iobj"} and is_media(obj, actors):
                    return actor_or_phrase(obj, actors)
    return None


def _inside_phrase(speaker: Token, verb: Token) -> bool:
    """Whether the verb is the speaker's own (the speaker is its subject)."""
    return any(c.i == speaker.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def is_media(tok: Token, actors: ArticleActors) -> bool:
    """Whether the token names a medium: its noun phrase holds a news word ("agency",
    "newspaper" …) or it is a mention of an organisation."""
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    words = set(noun_phrase(tok).lower().split())
    return bool(words & _MEDIA_WORDS) or (mention is not None and mention.label == "ORG")


def actor_or_phrase(tok: Token, actors: ArticleActors) -> str:
    """The name a medium or source token stands for: the actor mentioned there (or at the
    name in apposition, "the agency, NTB,"), else the token's noun phrase cleaned as a name."""
    for child in tok.children:  # "the agency, NTB," / "the state news agency NTB": the name
        if (child.dep_ == "appos" or (child.dep_ == "compound" and tok.pos_ != "PROPN")) and (
            child.pos_ == "PROPN" and child.ent_type_ in {"ORG", "PERSON"}
        ):
            tok = child
            break
    if tok.ent_type_ not in {"ORG", "PERSON"}:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.ent_type_ == "ORG" and nxt.head.i == tok.i:
            tok = nxt
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    return mention.actor if mention else clean_name(noun_phrase(tok))
