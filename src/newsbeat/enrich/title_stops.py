"""Title abbreviations the tokenizer keeps whole with their stop (``Sgt.``, ``Const.``).

spaCy's English tokenizer knows ``Dr.``, ``Gen.``, ``Sen.``, ``Gov.`` as abbreviations, but not
the ranks police and armed forces write before a name: it splits ``Sgt.`` into ``Sgt`` and
``.``, and the parser then ends the sentence there (``…, said Velmar Police Sgt.`` / ``Dana
Orlov.``), so that the speaker is read as the title and a trailing ``…, Const. Pim Adler
said.`` loses its verb (read29). These words stand before a name and do not end a sentence in
news, so their stop is part of the word. Not "Sr." (a name may end a sentence with it), nor
"No." or "Fr." (a number, French), nor "Brig" (a ship, a prison).

Road abbreviations (``97th Ave.``) are kept whole too, as spaCy keeps ``St.``: split, the stop
ended the sentence before ``about 7 p.m., police said`` (read29). They do end sentences
(``lives on Fifth Ave. The …``), so the parser alone decides there.
"""

from __future__ import annotations

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

__all__ = [
    "ROAD_STOPS",
    "TITLE_STOPS",
    "TITLE_STOPS_JOIN",
    "join_after_title_stops",
    "keep_title_stops",
]

# Our own list: ranks and offices written before a name, none of them a word of its own.
TITLE_STOPS: tuple[str, ...] = (
    "Sgt",
    "Const",
    "Det",
    "Insp",
    "Supt",
    "Cpl",
    "Lt",
    "Capt",
    "Col",
    "Maj",
    "Cmdr",
    "Cdr",
    "Comdr",
    "Lieut",
    "Pvt",
    "Pte",
    "Spc",
    "Msgr",
    "Cllr",
    "Atty",
    "Dist",
    "Asst",
    "Ofc",
    "Tpr",
)


# Our own list: road words written short before a stop.
ROAD_STOPS: tuple[str, ...] = ("Ave", "Blvd", "Hwy", "Pkwy", "Rd")
_ROAD_WORDS = {
    "Ave": "avenue",
    "Blvd": "boulevard",
    "Hwy": "highway",
    "Pkwy": "parkway",
    "Rd": "road",
}


def _norm(word: str) -> str:
    """The norm the model reads a word with its stop by: a rank the way it reads "Dr." (a
    title it has seen before names: with its own rarer norm the parser often takes "Const."
    for punctuation and loses the name's verb), a road word as the word it stands for."""
    return "dr." if word in TITLE_STOPS else _ROAD_WORDS.get(word, f"{word.lower()}.")


def keep_title_stops(tokenizer: Tokenizer) -> None:
    """Make each of :data:`TITLE_STOPS` and :data:`ROAD_STOPS` with its stop one token
    (``Sgt.``, ``Ave.``), as spaCy does for ``Dr.`` and ``St.``."""
    for word in (*TITLE_STOPS, *ROAD_STOPS):
        tokenizer.add_special_case(f"{word}.", [{ORTH: f"{word}.", NORM: _norm(word)}])


_WITH_STOP = frozenset(f"{word}." for word in TITLE_STOPS)
TITLE_STOPS_JOIN = "newsbeat_title_stops"


@Language.component(TITLE_STOPS_JOIN)
def join_after_title_stops(doc: Doc) -> Doc:
    """No sentence starts at the name after a title with its stop (``Const. Pim Adler
    said``): the parser, which keeps preset boundaries, otherwise ends one at the stop. Only
    before a word the tagger (run before the parser) reads as a proper noun ("promoted to
    Sgt. Later he …" may end there), and a paragraph break there (a preset start) stays."""
    for tok in doc[:-1]:
        if tok.text in _WITH_STOP and not tok.whitespace_.count("\n"):
            after = doc[tok.i + 1]
            if after.is_sent_start is None and after.is_title and after.tag_ in {"NNP", "NNPS"}:
                after.is_sent_start = False
    return doc
