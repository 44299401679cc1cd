"""A figure's subject carried from the sentence before, when its own sentence only describes it.

"Tomas Vell joined the club in 2001. The striker scored 20 goals in his first season": the
sentence of the 20 goals gives its doer as "the striker", which names no one, so the claim has
no subject and is never set against another outlet's "Vell scored 18 goals". The reader takes
the name from the sentence before only on a narrow path, because a wrong subject makes a false
conflict:

* the figure's verb has a subject of its own that is a definite description ("the striker",
  "the man"; "the company", "the club") or, for a body, a noun owned by "its" / "their" ("Their
  offer was $40 million"); a name, a pronoun or a number as the subject is never replaced, and
  a sentence with no subject at all is left alone (a passive, a list, a headline);
* the description fits the antecedent's kind: a noun of a person (by sex or post) takes a
  person, a noun of a body takes an organisation;
* the antecedent is the one named subject (or the owner of the subject: "Kelbury's quarter")
  of the sentence right before, in the same paragraph (a blank line breaks the chain), outside
  quotations and captions;
* that sentence names no other actor of the kind, nor does the figure's sentence (then the
  description may be that one); for a person, neither mentions another person before the
  subject ("Vell fouled a defender. The player ..." may be either);
* a noun of one sex takes no name known to be of the other.

The claim keeps a mark that its subject was carried (``carried = "subject"``, stored in its
slot) for a reader to see where the subject came from; the comparison does not read it yet.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import MentionRef
from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.speaker_captions import caption_starts
from newsbeat.enrich.speaker_hints import gendered_noun, stated_genders
from newsbeat.enrich.speaker_rolenouns import person_role

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["BODIES", "carried_subject", "personal_noun"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DEFINITE = frozenset({"the", "this"})
_OWNERS = frozenset({"its", "their"})
# Singular nouns that stand for one body, the way "the striker" stands for one person.
BODIES = frozenset({
    "company", "firm", "club", "team", "bank", "airline", "carrier", "retailer", "insurer",
    "automaker", "carmaker", "lender", "franchise", "group", "conglomerate", "manufacturer",
})  # fmt: skip
# People of a body its own nouns do not show as people ("its chief executive", "their staff").
_STAFF = frozenset({
    "executive", "chief", "ceo", "head", "official", "staff", "employee", "boss", "chair",
    "spokesperson", "representative", "board", "owner", "attorney", "counsel", "crew",
})  # fmt: skip
_ORG_LABELS = frozenset({"ORG"})
_PERSON_LABELS = frozenset({"PERSON"})
# Subject pronouns and nouns that may be a person other than the antecedent.
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "you", "someone", "somebody"})


def carried_subject(
    holder: Token, actors: ArticleActors, inside: Callable[[int], bool]
) -> str | None:
    """The named subject of the sentence before, standing for ``holder``'s described subject
    (see the module docstring), or None when the path is not sure.

    Args:
        holder: the verb that holds the figure's subject (after conjoined verbs and
            participles are climbed).
        actors: the article's actors.
        inside: whether a character offset is inside a quotation.
    """
    subjects = [c for c in holder.children if c.dep_ in _SUBJECTS]
    if len(subjects) != 1 or inside(subjects[0].idx):
        return None
    labels = _kind(subjects[0])
    if labels is None:
        return None
    sent = holder.sent
    doc = holder.doc
    if sent.start == 0:
        return None
    before = _sentence_before(sent)
    if before is None or _paragraph_break(before, sent) or before.start in caption_starts(doc):
        return None
    if inside(before[0].idx):
        return None  # a quotation's sentence: its subject is the speaker's, not the article's
    mentions = [m for m in actors.mentions if not inside(m.start)]
    if any(m.label in labels and sent.start_char <= m.start < sent.end_char for m in mentions):
        return None  # the figure's own sentence names someone the description may be
    kind = [
        m for m in mentions if m.label in labels and before.start_char <= m.start < before.end_char
    ]
    names = {m.actor for m in kind}
    if len(names) != 1 or not any(_is_subject(before, m.start, m.end) for m in kind):
        return None
    name = names.pop()
    if labels == _PERSON_LABELS and not (
        _fits(subjects[0], name, actors)
        and not _other_person(before, kind)
        and not _other_person_before(sent, subjects[0])
    ):
        return None
    return name


def _kind(subject: Token) -> frozenset[str] | None:
    """The actor labels a described subject may stand for: a person's for "the striker", a
    body's for "the company" or "their offer"; None for anything else."""
    if subject.pos_ != "NOUN" or subject.tag_ != "NN" or subject.ent_type_:
        return None
    words = list(subject.children)
    if any(w.like_num or w.pos_ == "PROPN" or w.ent_type_ for w in subject.subtree):
        return None  # "the 40-year-old man", "the Acme team": the words tell who it is
    if any(w.dep_ == "poss" and w.lower_ in _OWNERS for w in words):
        # "its offer" is the body's; "its chief executive" a person of it, no body's figure
        staff = personal_noun(subject) or subject.lemma_.lower() in _STAFF
        return None if staff else _ORG_LABELS
    if not any(w.dep_ == "det" and w.lower_ in _DEFINITE for w in words):
        return None
    if subject.lemma_.lower() in BODIES:
        return _ORG_LABELS
    if gendered_noun(subject) or person_role(subject):
        return _PERSON_LABELS
    return None


def _sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` that has a word: the parser may leave a closing quotation
    mark as a sentence of its own."""
    start = sent.start
    while start > 0:
        before = sent.doc[start - 1].sent
        if any(t.is_alpha for t in before):
            return before
        start = before.start
    return None


def _paragraph_break(before: Span, sent: Span) -> bool:
    """Whether a blank line stands between two sentences (the parser may put the line breaks
    at the end of the first or the start of the second)."""
    words = [t for t in before if not t.is_space]
    own = [t for t in sent if not t.is_space]
    if not words or not own:
        return True
    end = words[-1].idx + len(words[-1].text)
    return doc_text(before.doc)[end : own[0].idx].count("\n") >= 2


def _is_subject(sent: Span, start: int, end: int) -> bool:
    """Whether the mention at ``[start, end)`` of ``sent`` stands as a subject, or owns one
    ("Kelbury's quarter ended badly": Kelbury is what the sentence is about)."""
    toks = [t for t in sent if start <= t.idx < end]
    heads = [t for t in toks if not start <= t.head.idx < end or t.head.i == t.i]
    if len(heads) != 1:
        return False
    head = heads[0]
    return head.dep_ in _SUBJECTS or (head.dep_ == "poss" and head.head.dep_ in _SUBJECTS)


def _fits(subject: Token, name: str, actors: ArticleActors) -> bool:
    """Whether a noun of one sex may stand for the person: no sex known for the name, or the
    same."""
    sex = gendered_noun(subject)
    if sex is None:
        return True
    known = stated_genders(subject.doc, actors).get(name) or first_name_gender(name)
    return known in {None, sex}


def _other_person(before: Span, named: list[MentionRef]) -> bool:
    """Whether the sentence before mentions a person besides the named one: a person pronoun
    other than a possessive, a person noun, or a name the actors missed."""
    spans = [(m.start, m.end) for m in named]
    for tok in before:
        if any(a <= tok.idx < b for a, b in spans):
            continue
        if tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS:
            return True
        if tok.pos_ == "PROPN" and tok.ent_type_ in {"", "PERSON"} and tok.dep_ in _SUBJECTS:
            return True
        if personal_noun(tok):
            return True
    return False


def personal_noun(tok: Token) -> bool:
    """A noun that may name people, in the singular or the plural: by sex, by post, or for
    want of a full list by an agent's ending ("a defender", "two climbers"; a "number" blocks
    too: only a carried name is lost)."""
    if tok.pos_ != "NOUN":
        return False
    if gendered_noun(tok) or person_role(tok):
        return True
    return tok.lemma_.lower().endswith(("er", "or", "ist", "man", "woman", "ian", "ant", "ent"))


def _other_person_before(sent: Span, subject: Token) -> bool:
    """Whether the figure's sentence has a person pronoun or person noun before its subject
    ("After the guard left, the man ..."): it may be the one described."""
    for tok in sent.doc[sent.start : subject.i]:
        if tok.pos_ == "PRON" and tok.lower_ in _PERSON_PRONOUNS:
            return True
        if personal_noun(tok):
            return True
    return False
