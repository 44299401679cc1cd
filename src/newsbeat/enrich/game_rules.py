"""Shapes of sports reports and clause subjects that are no relation between actors.

A game report describes play with the verbs of conflict and cooperation ("grabbed 11
rebounds", "blocked two shots", "cut into the deficit", "forced three turnovers", "the Jays
shot 46"): none of it is an act of one actor on another. Roster acts ("signed", "traded",
"fired") and game results ("beat X 65-53") keep their own rules.

A verb whose subject the parser lost into the clause before ("X scored 23 points and the
Bluejays defeated Drake", with "Bluejays" taken as a conjunct of an object) must not take
the first clause's subject: the noun right before the verb is its subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import children, doc_arrays, heads, lemmas_lower, lowers, word_ids
from newsbeat.enrich.doc_text import span_text
from newsbeat.enrich.names import place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["game_meeting", "game_play", "game_side", "lost_subject"]

# What players and teams count in a game: points, plays and the game's own measures.
GAME_NOUNS = frozenset(
    {"point", "rebound", "shot", "assist", "board", "basket", "dunk", "layup", "jumper"}
    | {"three-pointer", "pointer", "free", "throw", "steal", "block", "turnover", "foul"}
    | {"yard", "touchdown", "td", "interception", "fumble", "sack", "pass", "drive", "down"}
    | {"possession", "goal", "inning", "strikeout", "homer", "rbi"}
    | {"lead", "deficit", "spurt", "glass", "paint", "overtime", "kickoff", "punt", "reception"}
)

# Prepositions whose object measures the play: "cut into the deficit", "blasted Indy with 352
# yards", "countered with a 9-2 spurt" ("for" is not one: "suspended for a foul" is an act).
_MEASURE_PREPS = frozenset({"into", "with"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


class _Columns:
    """What :func:`game_play` reads of a doc, as its columns (no token object per child);
    kept in the doc's ``user_data`` (without the doc: no reference cycle)."""

    def __init__(self, doc: Doc) -> None:
        from spacy.symbols import NUM, PROPN, VERB  # loaded with a parse

        arrays = doc_arrays(doc)
        self.pos, self.dep = arrays.pos, arrays.dep
        self.lemma, self.lower = lemmas_lower(doc), lowers(doc)
        self.children, self.heads = children(doc), heads(doc)
        self.num, self.propn, self.verb = NUM, PROPN, VERB
        self.dobj, self.relcl = word_ids(("dobj",)), word_ids(("relcl",))
        self.counted, self.prep = word_ids(("dobj", "npadvmod")), word_ids(("prep",))
        self.pobj, self.modifiers = word_ids(("pobj",)), word_ids(("compound", "nummod", "amod"))

    @staticmethod
    def of(doc: Doc) -> _Columns:
        """The doc's columns, made on the first call for it."""
        found = doc.user_data.get(_COLUMNS_KEY)
        if not isinstance(found, _Columns):
            found = doc.user_data[_COLUMNS_KEY] = _Columns(doc)
        return found


_COLUMNS_KEY = "newsbeat_game_columns"


def _is_game_noun(doc: Doc, cols: _Columns, i: int) -> bool:
    lemma = cols.lemma[i]
    if lemma in GAME_NOUNS or cols.lower[i] in GAME_NOUNS:
        return True
    # "an 86-yard touchdown run", "a 19-4 run": a run with a score or a measure before it
    if lemma != "run":
        return False
    return any(
        doc[c].like_num or cols.lemma[c] in GAME_NOUNS
        for c in cols.children[i]
        if cols.dep[c] in cols.modifiers
    )


def _percent(doc: Doc, cols: _Columns, i: int) -> bool:
    """A share as the object ("shot 46 percent"); a bare number may count people ("killed
    12") and stays."""
    if cols.pos[i] != cols.num:
        return False
    return doc[i].ent_type_ == "PERCENT" or (
        i + 1 < len(doc) and cols.lower[i + 1] in {"%", "percent"}
    )


def game_play(tok: Token) -> bool:
    """Whether a verb describes play in a game, not an act on an actor: its object is a
    share ("shot 46 percent") or a thing counted in a game ("grabbed
    rebounds", "cut Creighton's lead"), or a preposition's object is ("cut into the deficit",
    "countered with a 9-2 spurt"), or the verb describes such a thing ("a lead Creighton
    never relinquished"). Read from the doc's columns (:mod:`~newsbeat.enrich.doc_arrays`)."""
    doc = tok.doc
    cols = _Columns.of(doc)
    i = tok.i
    if cols.pos[i] != cols.verb:
        return False
    dep, kids = cols.dep, cols.children
    if any(dep[c] in cols.dobj and cols.pos[c] == cols.propn for c in kids[i]):
        return False  # "a 15-2 run as Creighton defeated Drake": a named opponent
    if dep[i] in cols.relcl and _is_game_noun(doc, cols, cols.heads[i]):
        return True
    counted, prep, pobj = cols.counted, cols.prep, cols.pobj
    for c in kids[i]:
        if dep[c] in counted:
            if _percent(doc, cols, c) or _is_game_noun(doc, cols, c):
                return True
        elif (
            dep[c] in prep
            and cols.lower[c] in _MEASURE_PREPS
            and any(dep[o] in pobj and _is_game_noun(doc, cols, o) for o in kids[c])
        ):
            return True
    return False


def lost_subject(tok: Token) -> Token | None:
    """The subject of a finite verb the parser attached to the clause before without one:
    "the Bluejays defeated Drake" after "X scored 23 points to become the leader and" (the
    name taken as a conjunct of "leader"). The noun right before the verb, when it is not
    the verb's own dependent; None otherwise."""
    if tok.tag_ not in {"VBD", "VBZ", "VBP"} or tok.dep_ not in {"advcl", "conj"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"} for c in tok.children):
        return None
    if tok.i == tok.sent.start:
        return None
    prev = tok.doc[tok.i - 1]
    if prev.pos_ not in {"PROPN", "NOUN"} or prev.head.i == tok.i:
        return None
    if prev.dep_ not in {"conj", "dobj", "pobj", "attr", "appos"}:
        return None  # a noun that ends the other clause's object, read as the subject
    if prev.lemma_.lower() == "time" and any(c.dep_ == "nummod" for c in prev.children):
        return None  # "… and five times ordered X": how often, not who
    return prev


# Verbs that name a game or a bout between two sides as a meeting ("the Chargers meet the
# Steelers", "will visit the Lions", "Thompson last met Klitschko").
_MEETING_VERBS = frozenset({"meet", "visit", "host", "face"})
# Nouns that make a sentence a game's or a bout's ("in a playoff match", "in the 11th round").
_CONTESTS = frozenset(
    {"match", "game", "bout", "playoff", "playoffs", "rematch", "fixture", "matchup", "final"}
    | {"semifinal", "quarterfinal", "knockout", "inning", "touchdown", "kickoff"}
)
# A team's or a fighter's win-loss record beside its name: "The Saints (7-7)".
_RECORD = re.compile(r"\(\s*\d{1,2}\s*-\s*\d{1,2}(?:\s*-\s*\d{1,2})?\s*\)")


def _numbered_round(tok: Token) -> bool:
    """ "the 11th round", "round six": a bout's round, not "a round of talks"."""
    if _lemma(tok) != "round" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return any(c.like_num or c.ent_type_ == "ORDINAL" for c in tok.children)


def game_meeting(tok: Token) -> bool:
    """Whether a verb of meeting states a game or a bout, not a meeting of the two sides: the
    sentence speaks of a contest ("due to meet the Steelers in a playoff match", "last met
    Klitschko in 2008, when the challenge was ended in the 11th round") or gives a side's
    win-loss record ("The Saints (7-7) will visit the Detroit Lions (0-14)")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in _MEETING_VERBS:
        return False
    sent = tok.sent
    if any((_lemma(t) in _CONTESTS and t.pos_ == "NOUN") or _numbered_round(t) for t in sent):
        return True
    return _RECORD.search(span_text(sent)) is not None


# Verbs of a game's result that a side is the subject of ("Ottawa beat Detroit", "held on to
# beat"); "win" and "lose" only with a score or a contest's word in the sentence (a vote is won).
_RESULT_VERBS = frozenset({"beat", "defeat", "edge", "rout", "top", "blank", "thrash", "upset"})
_WIN_VERBS = frozenset({"win", "lose", "tie", "draw", "outscore"})
# A tally is a vote's too: "Moscow lost the vote 5-10" is no game.
_VOTE_NOUNS = frozenset({"vote", "election", "ballot", "poll", "referendum", "motion"})
_SCORE = re.compile(r"(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/.-])")


def game_side(tok: Token) -> bool:
    """Whether ``tok`` (a place's name) is a side of a game's result: the subject of a result
    verb (or of the verb it completes: "held on to beat"), in a sentence with a score or a
    contest's word, or with a city (no capital) as the beaten side ("Ottawa held on to beat
    Detroit"); "Kyiv defeated Russian forces", "Washington beat Beijing to the deal" are no
    games."""
    if tok.dep_ not in {"nsubj", "poss"}:
        return False
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ in {"xcomp", "advcl", "conj"})]
    results = [v for v in verbs if _lemma(v) in _RESULT_VERBS]
    if not results and not any(_lemma(v) in _WIN_VERBS for v in verbs):
        return False
    sent = tok.sent
    nouns = {_lemma(t) for t in sent if t.pos_ == "NOUN"}
    if not nouns.isdisjoint(_VOTE_NOUNS):
        return False
    if _SCORE.search(span_text(sent)) or not nouns.isdisjoint(_CONTESTS | GAME_NOUNS):
        return True
    return any(
        c.dep_ == "dobj" and c.pos_ == "PROPN" and place_kind(c.text) == "city"
        for v in results
        for c in v.children
    )
