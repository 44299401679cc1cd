"""Who issued the document a quote's speaker names: ``"…," the statement read``.

A definite document noun ("the statement", "the blog") refers back to the same document named
in the sentences before, and speaks for whoever issued it: the subject of the verb an
indefinite mention hangs from (``X issued a statement``, ``X denied it in a statement``), or
the owner a possessive gives (``Microsoft's blog``; ``In a post on its blog, Microsoft says``:
"its" is the subject of that clause), or whom it is "from" (``according to a statement from the
Kaldrian government``, read38).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import children, doc_arrays, word_ids
from newsbeat.enrich.quote_hints import DOCUMENTS
from newsbeat.enrich.sentence_window import window_start
from newsbeat.enrich.speaker_fronted import fronted_participle_name

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ISSUED", "issuer_of", "verb_subject"]

# Documents a quote's speaker may name: what is issued in writing, and where it is posted.
ISSUED = DOCUMENTS | frozenset(
    {"blog", "website", "advisory", "bulletin", "report", "study", "survey"}
)
_ISSUER_SENTENCES = 3
_CLIMB = 4  # prepositional links climbed from a possessed document to its clause's verb


_SUBJECT_DEPS = word_ids(("nsubj", "nsubjpass"))  # the labels' ids as the dep column holds them


def verb_subject(verb: Token) -> Token | None:
    """The subject of a verb: its own, else the person the parse hid in a fronted participle
    phrase (:mod:`~newsbeat.enrich.speaker_fronted`), else that of the clause a conjunct, open
    complement or adverbial clause hangs from."""
    doc, dep = verb.doc, doc_arrays(verb.doc).dep
    # read off the doc's columns: a token object only for a subject, not for every child
    subjects = [doc[c] for c in children(doc)[verb.i] if dep[c] in _SUBJECT_DEPS]
    fronted = fronted_participle_name(verb)  # "Writing in a blog, X, …, urged": X
    if fronted is not None:
        return fronted
    if subjects:
        # "STRAUMEN — Prime Minister Lena Holm urged": two subjects; the person, else the
        # nearest to the verb.
        people = [c for c in subjects if c.ent_type_ == "PERSON"]
        return (people or sorted(subjects, key=lambda c: abs(verb.i - c.i)))[0]
    if verb.dep_ == "conj" and verb.head.i != verb.i:
        stranded = _stranded_name(verb)
        if stranded is not None:
            return stranded
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        return verb_subject(verb.head)
    return None


# What may stand between a subject and its verb: auxiliaries, "not", "also", "long".
_BEFORE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _stranded_name(verb: Token) -> Token | None:
    """A name the parse hung elsewhere that stands right before a conjunct verb with no
    subject of its own ("…, a combination of several people, Woodward and Bernstein have
    insisted …": the names joined to "people", the verb to the clause before): the verb's
    subject, the first name of its coordination; None when no name stands there."""
    doc, j = verb.doc, verb.i - 1
    while j >= 0 and doc[j].dep_ in _BEFORE_VERB and doc[j].head.i == verb.i:
        j -= 1
    if j < 0 or doc[j].pos_ != "PROPN" or doc[j].dep_ == "compound" or doc[j].head.i == verb.i:
        return None
    name = doc[j]
    while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.i < name.i:
        name = name.head
    return name


def _clause_verb(tok: Token) -> Token | None:
    """The verb a noun's phrase hangs from, through prepositions ("in a post on its blog,
    X says": says)."""
    node = tok
    for _ in range(_CLIMB):
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            break
        node = node.head.head
    if node.i == tok.i and tok.dep_ != "dobj":
        return None
    verb = node if node.pos_ in {"VERB", "AUX"} else node.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


def _owner(earlier: Token) -> Token | None:
    """The owner of a possessed document: a named possessor, or for "its"/"their" the subject
    of the clause the document's phrase hangs from; for a document with no possessor, a name
    of an organisation or person written before its noun ("a Defence Ministry statement")."""
    poss = next((c for c in earlier.children if c.dep_ == "poss"), None)
    issuer = _issued_from(earlier)
    if poss is None and issuer is not None:
        return issuer  # "according to a statement from the Kaldrian government" (read38)
    if poss is None:
        # "a Defence Ministry statement said …. …, the statement said": the named body before
        # the noun issued it
        return next(
            (
                c
                for c in earlier.children
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in {"ORG", "PERSON"}
            ),
            None,
        )
    if poss.pos_ == "PROPN":
        return poss
    if poss.lower_ not in {"its", "their"}:
        return None
    verb = _clause_verb(earlier)
    subj = verb_subject(verb) if verb is not None else None
    return subj if subj is not None and subj.pos_ == "PROPN" else None


def _issued_from(earlier: Token) -> Token | None:
    """The body or person a document is "from" or "by" ("a statement from the Kaldrian
    government", "a report by Velmar Labs"): the preposition's object, a name or a noun."""
    for prep in earlier.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"from", "by"}:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in {"PROPN", "NOUN"}:
            return obj
    return None


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def issuer_of(tok: Token, hops: int = 0) -> Token | None:
    """Who issued "the statement": the subject of the verb that a statement of the same kind
    hangs from in the sentences before ("X issued a statement", "X denied it in a
    statement"), or its possessor ("on its blog, X says"); else, further back, the issuer of
    the statement the nearest earlier "the statement" meant (:func:`_chained`); None unless
    ``tok`` is definite ("the statement")."""
    if not _definite(tok):
        return None
    doc = tok.doc
    first = window_start(doc, tok.sent.start, _ISSUER_SENTENCES)
    for earlier in reversed(doc[first : tok.i]):
        if earlier.lemma_ != tok.lemma_ or earlier.i == tok.i:
            continue
        owner = _owner(earlier)
        if owner is not None:
            return owner
        if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in earlier.children):
            continue
        verb = earlier.head.head if earlier.head.dep_ == "prep" else earlier.head
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subj = verb_subject(verb)
        if subj is not None and subj.pos_ in {"PROPN", "NOUN"}:
            return subj
    return _chained(tok, hops)


_CHAIN_SENTENCES = 8  # how far back the "the statement" before may be
_CHAIN_HOPS = 3  # "the statement said … the statement said …": links followed back


def _chained(tok: Token, hops: int) -> Token | None:
    """``according to a statement from the Kaldrian government. …, the statement said. …
    (seven sentences) The statement said only that …`` (read38): a definite document whose
    issuer is not in the sentences just before is the document the nearest earlier mention
    of it meant, when that mention is definite too ("the statement") and its issuer is
    found; an indefinite or unresolved mention nearer stops the look (it may be another
    document). A mention with a modifier of its own ("the Velmari statement") keeps it only
    for an issuer whose name holds that word."""
    if hops >= _CHAIN_HOPS:
        return None
    doc = tok.doc
    first = window_start(doc, tok.sent.start, _CHAIN_SENTENCES)
    earlier = next(
        (t for t in reversed(doc[first : tok.i]) if t.lemma_ == tok.lemma_ and t.pos_ == "NOUN"),
        None,
    )
    if earlier is None:
        return None
    # an indefinite mention ("a statement was read out") gives no issuer_of: the look stops
    issuer = issuer_of(earlier, hops + 1)
    if issuer is None or not (_modifiers_fit(tok, issuer) and _modifiers_fit(earlier, issuer)):
        return None
    return issuer


def _modifiers_fit(document: Token, issuer: Token) -> bool:
    """Whether every word that modifies the document before its noun ("the Velmari
    statement", "the ministry statement") is a word of the issuer's phrase."""
    words = {t.lower_ for t in issuer.subtree}
    return all(
        c.lower_ in words
        for c in document.lefts
        if c.dep_ in {"amod", "compound", "nmod"} and c.pos_ in {"ADJ", "PROPN", "NOUN"}
    )
