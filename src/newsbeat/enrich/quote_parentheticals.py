"""Reported speech with its attribution set inside the sentence (issue 12, read31 M-e).

``After two hours, Holm said, the ferry turned back.`` and ``The tremor lasted ten seconds,
she says, and there were four aftershocks.``: the words are the teller's, the attribution a
parenthesis between commas. The parse hangs "said" from the sentence's verb as a side clause
(``parataxis``) with no words of its own, so :mod:`newsbeat.enrich.quote_indirect` reads
nothing. A careful reader gives the whole sentence, the parenthesis cut out, to the teller
when:

- the verb of saying has a subject and nothing else but an auxiliary or an adverb (``Holm
  said later``): not ``said in a statement``, nor one that has words of its own;
- it stands between two commas inside the sentence, not inside a phrase it cuts in two
  (``shot after, police say, pointing a gun``), and the sentence's own verb has a subject (a
  clause, not a fragment);
- nothing of the sentence is inside quotation marks (the direct-quote rules read those) and no
  quote already found covers it;
- the teller is named or resolves to someone (a pronoun as the direct-quote rules resolve it);
  a common noun (``an official said``) or "I" names nobody, and gives nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import with_dep
from newsbeat.enrich.doc_text import span_text
from newsbeat.enrich.quote_records import FoundQuote, inside, overlaps_found, trimmed_end
from newsbeat.enrich.speaker_tokens import FIRST_PERSON, resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actor_table import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["parenthetical_quotes"]

_TELLING = frozenset({"say", "add", "explain", "note", "recall", "insist", "argue", "write"})
_OWN = frozenset({"nsubj", "aux", "advmod", "punct"})
_OPENS_PHRASE = frozenset({"SCONJ", "DET", "CCONJ"})
# words that open a phrase or a clause the parenthesis would cut in two (tagged ADV at times)
_PHRASE_WORDS = frozenset(
    {"after", "before", "because", "since", "while", "until", "when", "that", "of", "for"}
    | {"with", "to", "from", "by", "and", "or", "but", "the", "a", "an", "as", "than"}
)
_AFTER = frozenset({"cc", "conj"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _parenthesis(verb: Token) -> tuple[Token, int, int] | None:
    """(subject, first, last + 1 token) of a bare "X said" between commas, or None."""
    if verb.dep_ != "parataxis" or verb.pos_ != "VERB" or verb.lemma_ not in _TELLING:
        return None
    root = verb.head
    if root.dep_ != "ROOT" or not any(c.dep_ in _SUBJECTS for c in root.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = [c for c in verb.children if c.dep_ in _OWN and c.dep_ != "punct"]
    if len(subjects) != 1:
        return None
    lo = min(min(c.left_edge.i for c in words), verb.i)
    hi = max(max(c.right_edge.i for c in words), verb.i) + 1
    # "…, she says, and there have been …": the parse may hang the sentence's next clause
    # from "says"; it stands after the closing comma and is the sentence's, not the teller's
    if any(
        c.dep_ not in _OWN and not (c.dep_ in _AFTER and c.left_edge.i > hi) for c in verb.children
    ):
        return None
    doc, sent = verb.doc, verb.sent
    if lo - 1 <= sent.start or hi >= sent.end - 1:
        return None
    if doc[lo - 1].text != "," or doc[hi].text != ",":
        return None
    if doc[lo - 2].pos_ in _OPENS_PHRASE or doc[lo - 2].lower_ in _PHRASE_WORDS:
        return None  # "shot after, police say, pointing a gun": a phrase cut in two
    return subjects[0], lo, hi


def parenthetical_quotes(
    doc: Doc, actors: ArticleActors, spans: list[QuoteSpan], found: list[FoundQuote]
) -> list[FoundQuote]:
    """The indirect quotes of sentences told with "…, X said, …" inside them."""
    out: list[FoundQuote] = []
    # the side clauses found in the doc's dependency column: a token object only for each
    for i in with_dep(doc, "parataxis"):
        verb = doc[i]
        parts = _parenthesis(verb)
        if parts is None:
            continue
        subject, lo, hi = parts
        if subject.lower_ in FIRST_PERSON:
            continue
        sent = verb.sent
        last = trimmed_end(sent)
        start, end = sent.start_char, doc[last - 1].idx + len(doc[last - 1].text)
        if any(inside(t.idx, spans) for t in sent) or any(
            s.start < end and start < s.end for s in spans
        ):
            continue
        if overlaps_found(start, end, (*found, *out)):
            continue
        before = span_text(doc[sent.start : lo - 1]).strip()
        after = span_text(doc[hi + 1 : last]).strip()
        if not before or len(after.split()) < 3:
            continue
        name, s, e = resolve_speaker_token(subject, actors, spans, bare_nouns=False)
        if name is None:
            continue
        out.append(
            FoundQuote(
                text=f"{before}, {after}",
                start=start,
                end=end,
                speaker=name,
                speaker_start=s,
                speaker_end=e,
                via=None,
                kind="indirect",
                sentence=span_text(sent).strip(),
            )
        )
    return out
