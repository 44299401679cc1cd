"""Title abbreviations the tokenizer keeps whole with their stop (``Sgt.``, ``Const.``).

spaCy's English tokenizer knows ``Dr.``, ``Gen.``, ``Sen.``, ``Gov.`` as abbreviations, but not
the ranks police and armed forces write before a name: it splits ``Sgt.`` into ``Sgt`` and
``.``, and the parser then ends the sentence there (``…, said Velmar Police Sgt.`` / ``Dana
Orlov.``), so that the speaker is read as the title and a trailing ``…, Const. Pim Adler
said.`` loses its verb (read29). These words stand before a name and do not end a sentence in
news, so their stop is part of the word. Not "Sr." (a name may end a sentence with it), nor
"No." or "Fr." (a number, French), nor "Brig" (a ship, a prison).

Road abbreviations (``97th Ave.``) stay split as spaCy splits them (kept whole, the entity
recogniser lost or mistyped street names on unseen text), but the stop ends no sentence before
a word in lower case (``near 97th Ave. about 7 p.m., police said``, read29: the trailing
source was cut off); before a capital the parser decides (``lives on Fifth Ave. The …``).
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from newsbeat.enrich.rank_stops import ROAD_STOPS, TITLE_STOPS

__all__ = [
    "ROAD_STOPS",
    "TITLE_STOPS",
    "TITLE_STOPS_JOIN",
    "join_after_title_stops",
    "keep_title_stops",
]

# The norm the model reads a rank with its stop by: the way it reads "Dr." (a title it has
# seen before names: with its own rarer norm the parser often takes "Const." for punctuation
# and loses the name's verb; on invented sentences the names' verbs were found 112 times in
# 138 against 78 with "sgt.").
_NORM = "dr."


def keep_title_stops(tokenizer: Tokenizer) -> None:
    """Make each of :data:`TITLE_STOPS` with its stop one token (``Sgt.``), as spaCy does for
    ``Dr.``."""
    for word in TITLE_STOPS:
        tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}.", NORM: _NORM}])


_WITH_STOP = frozenset(f"{word}." for word in TITLE_STOPS)
TITLE_STOPS_JOIN = "newsbeat_title_stops"


@Language.component(TITLE_STOPS_JOIN)
def join_after_title_stops(doc: Doc) -> Doc:
    """No sentence starts at the name after a title with its stop (``Const. Pim Adler
    said``): the parser, which keeps preset boundaries, otherwise ends one at the stop. Only
    before a word the tagger (run before the parser) reads as a proper noun ("promoted to
    Sgt. Later he …" may end there), and a paragraph break there (a preset start) stays. Nor
    at a word in lower case after a road's stop (``97th Ave. about 7 p.m.``)."""
    for tok in doc[:-1]:
        if "\n" in tok.whitespace_:
            continue
        after = doc[tok.i + 1]
        if after.is_sent_start is not None:
            continue
        if _name_after_rank(tok, after) or _word_after_road(tok, after):
            after.is_sent_start = False
    return doc


def _name_after_rank(tok: Token, after: Token) -> bool:
    """A rank with its stop before a word the tagger reads as a name (``Const. Pim``)."""
    return tok.text in _WITH_STOP and after.is_title and after.tag_ in {"NNP", "NNPS"}


def _word_after_road(tok: Token, after: Token) -> bool:
    """A road's stop (``97th Ave.``) before a word in lower case (``about``)."""
    doc = tok.doc
    return (
        tok.text == "."
        and tok.i > 0
        and doc[tok.i - 1].text in ROAD_STOPS
        and not doc[tok.i - 1].whitespace_
        and after.is_lower
        and after.is_alpha
    )
