"""Reported speech told by "according to X": ``The driver was arrested on Sunday, according to
the Highway Patrol.`` (read30d, M-a: such sentences gave no quote at all).

A sentence whose main verb carries ``according to X``, at its start or at its end, reports
X's words: the rest of the sentence is an indirect quote of X. Only when the reader could
trust it (precision before recall):

* X is a named person of the article, or a named organisation that is a known company or
  whose name says it is a body ("Highway Patrol", "Elections Commission", "… Inc."): an
  organisation named otherwise is most often the outlet that carried the news ("according
  to THR"); never a document ("according to court records", "according to the charges",
  "according to a report");
* since quotes34 also (read33 counted such sentences left with no quote): a body named by a
  plain noun, given as "police said" gives it ("according to police", "according to
  authorities"); people nobody names ("according to investigators / witnesses": no speaker,
  the span kept, :mod:`quote_unnamed`); a news outlet ("according to the Washington Post",
  "according to the state news agency"), the medium of words whose speaker is not given (no
  speaker, ``via`` the outlet: it is not their speaker); a person named inside a role
  noun's phrase ("according to her publicist Ada Vosk");
* the sentence holds no quotation mark (a direct quote there is attributed by the direct-quote
  rules, which read "according to" already) and no other indirect quote covers it;
* the phrase stands at the sentence's start (a conjunction before it aside: "But according
  to X, …") or end (", according to X, " inside a sentence leaves two halves, and which of
  them X tells is the parse's guess);
* the words left have a subject and at least four words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from newsbeat.enrich.actor_companies import is_known_company
from newsbeat.enrich.actor_outlets import _MASTHEAD_WORDS, _known_outlet
from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_arrays import indices_in, lowers
from newsbeat.enrich.doc_text import span_text
from newsbeat.enrich.quote_media import _MEDIA_WORDS, actor_or_phrase
from newsbeat.enrich.quote_records import FoundQuote, inside, overlaps_found, trimmed_end
from newsbeat.enrich.quote_unnamed import unnamed_teller
from newsbeat.enrich.speaker_tokens import _BODIES, _ORG_HEADS, noun_phrase, resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["according_quotes"]

# the speaking actors: a place, a date or a nationality tells nobody's words
_SPEAKING = frozenset({"PERSON", "ORG"})
# Words of an organisation's name that say it is a body or a company, not an outlet.
_BODY_WORDS = (
    _ORG_HEADS
    | _BODIES
    | {"patrol", "institute", "foundation", "scientists", "inc", "corp", "corporation", "plc"}
    | {"co", "ltd", "llc", "sheriff's", "attorney's", "prosecutor's"}
)
# Bodies a plain noun names, as the indirect rules give them ("police said" -> "police").
_BARE_BODIES = frozenset({"police", "authority", "prosecutor", "prosecution"})
_MARKS = frozenset('"“”')
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


class _Teller(NamedTuple):
    """Who "according to X" cites: a speaker (None: someone the text does not name), the
    span of the words that give the source, and the medium when X is an outlet."""

    speaker: str | None
    start: int
    end: int
    via: str | None = None


def _outlet(obj: Token, actors: ArticleActors, spans: list[QuoteSpan]) -> _Teller | None:
    """ "according to the Washington Post", "according to the Times": an outlet's name (a
    known outlet, or a proper name with a newspaper's or a medium's word) is the medium that
    carried the words, not their speaker (quotes34: before, no quote at all)."""
    if obj.pos_ != "PROPN" or any(c.dep_ == "conj" for c in obj.children):
        return None  # "according to local media reports": a document; "X and Y": two
    words = set(re.split(r"[\s-]+", noun_phrase(obj).lower()))
    name, _, _ = resolve_speaker_token(obj, actors, spans, bare_nouns=False)
    if not (words & (_MEDIA_WORDS | _MASTHEAD_WORDS) or (name and _known_outlet(name))):
        return None
    if name is not None and actors.type_of(name) == "PERSON":
        return None  # "according to Lena Herald": a person's name with a masthead's word
    start = obj.doc[obj.left_edge.i].idx
    return _Teller(None, start, obj.idx + len(obj.text), actor_or_phrase(obj, actors))


def _named_within(obj: Token, name: str, actors: ArticleActors) -> bool:
    """Whether the person's name is written inside the object's phrase ("her publicist Ada
    Vosk"), not only found for its noun elsewhere ("the union": its leader named before)."""
    for tok in obj.subtree:
        if tok.i == obj.i:
            continue
        mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
        if mention is not None and mention.actor == name:
            return True
    return False


def _teller(obj: Token, actors: ArticleActors, spans: list[QuoteSpan]) -> _Teller | None:
    """The teller ``obj`` (the object of "according to") gives, or None for no quote."""
    words = set(re.split(r"[\s-]+", noun_phrase(obj).lower()))
    if words & (_MEDIA_WORDS | _MASTHEAD_WORDS) and not words & (_BODY_WORDS - _MEDIA_WORDS):
        # "according to the state news agency": a medium; not "the Office of the Chief
        # Medical Examiner", a body whose name holds a masthead's word
        return _outlet(obj, actors, spans)
    if any(c.dep_ == "conj" for c in obj.children):
        return None  # "according to Microsoft and security firms": not one teller's words
    name, s, e = resolve_speaker_token(obj, actors, spans, bare_nouns=False)
    if name is None:
        if unnamed_teller(obj):
            return _Teller(None, s, e)  # "according to investigators": nobody named (quotes34)
        return None
    kind = actors.type_of(name)
    if (
        kind in {None, "ORG"}
        and obj.pos_ == "NOUN"
        and obj.lemma_.lower() in _BARE_BODIES
        # "according to receipts police recovered": a common noun before it is the teller
        and all(c.dep_ != "compound" or c.pos_ == "PROPN" for c in obj.lefts)
    ):
        # "according to police": whom "police said" gives, "police" or the force named
        # before (quotes34)
        return _Teller(name, s, e)
    if kind not in _SPEAKING:
        return None
    if _known_outlet(name):
        return _outlet(obj, actors, spans)
    if kind == "ORG" and not (
        is_known_company(name) or set(name.lower().replace(".", "").split()) & _BODY_WORDS
    ):
        # "according to THR", "according to Vanity Fair": an organisation that is no known
        # company and whose name says no body is most often an outlet carrying the news
        return None
    if obj.pos_ != "PROPN" and actors.actor_at(obj.idx, obj.idx + len(obj.text)) is None:
        if kind == "PERSON" and _named_within(obj, name, actors):
            # "according to her longtime publicist Ada Vosk": the person the phrase names
            return _Teller(name, s, e)
        return None  # "according to figures from X": the figures, a document, tell it
    return _Teller(name, s, e)


def _broken_start(first: Token, verb: Token) -> bool:
    """Whether the words' first token hangs from the verb through a comma or an apposition
    (the parse of "According to X, the largest site in Y, the outage …" that leaves the
    apposition out of the phrase)."""
    node = first
    while node.i != verb.i and node.head.i != node.i:
        if node.dep_ in {"punct", "appos", "dep"} or node.head.is_punct:
            return True
        node = node.head
    return False


def _opens(doc: Doc, first: int, lo: int) -> bool:
    """Whether the phrase opens its sentence, a conjunction aside ("But according to X, …":
    quotes34)."""
    return all(doc[k].dep_ == "cc" for k in range(first, lo))


def according_quotes(
    doc: Doc, actors: ArticleActors, spans: list[QuoteSpan], found: list[FoundQuote]
) -> list[FoundQuote]:
    """The indirect quotes "according to X" tells (see the module docstring), none that an
    earlier quote of ``found`` already covers."""
    out: list[FoundQuote] = []
    text = actors.text
    for i in indices_in(lowers(doc), ("according",)):
        tok = doc[i]
        if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        if inside(tok.idx, spans):
            continue
        sent = tok.sent
        verb = tok.head
        if verb.i != sent.root.i or verb.pos_ not in {"VERB", "AUX"}:
            continue  # the phrase of a clause inside the sentence, or of a noun
        if not any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        if any(c in _MARKS for c in text[sent.start_char : sent.end_char]):
            continue
        obj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        last = trimmed_end(sent)
        if _opens(doc, sent.start, lo):  # "According to X, …." / "But according to X, …"
            left = hi
            while left < last and (doc[left].is_punct or doc[left].is_space):
                left += 1
            right = last
        elif hi == last:  # "…, according to X."
            left, right = sent.start, lo
            while right > left and (doc[right - 1].is_punct or doc[right - 1].is_space):
                right -= 1
        else:
            continue
        if right - left < 4 or _broken_start(doc[left], verb):
            continue  # a phrase's apposition left over: "According to X, the largest site, …"
        start, end = doc[left].idx, doc[right - 1].idx + len(doc[right - 1].text)
        if overlaps_found(start, end, (*found, *out)):
            continue
        teller = _teller(obj, actors, spans)
        if teller is None:
            continue
        out.append(
            FoundQuote(
                text=span_text(doc[left:right]).strip(),
                start=start,
                end=end,
                speaker=teller.speaker,
                speaker_start=teller.start,
                speaker_end=teller.end,
                via=teller.via,
                kind="indirect",
                sentence=span_text(sent).strip(),
            )
        )
    return out
