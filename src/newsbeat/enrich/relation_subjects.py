"""Who acts: the subject of a relation's trigger (split from
:mod:`~newsbeat.enrich.relation_actors`, review36).

:func:`subject_of` gives a trigger's subject, a passive's agent or the subject of the verb
it completes (a passive without an agent names no one). A pronoun subject stands for the
subject of the verb that reports it (:func:`reporter_subject`: "Sorvenland said it would lend
ships") or for the one person the text is about (:func:`salient_person`); a passive dismissal
with no agent was made by the body it was "from" (:func:`dismissed_from`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import children, doc_arrays, word_ids
from newsbeat.enrich.event_agent import told_clause_subject
from newsbeat.enrich.game_rules import lost_subject
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.relation_rules import (
    dismissal,
    gerund_clause_subject,
    is_reported,
    participle_of_report,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = ["dismissed_from", "reporter_subject", "salient_person", "subject_of"]


def subject_of(tok: Token) -> Token | None:
    """Who acts: the subject, the agent of a passive ("by X"), or the subject of the verb a
    complement or adverbial clause hangs from. A passive without an agent names no one: its
    subject, or the main clause's, is who the act was done to ("with Rahman getting pounded,
    Weeks called a halt"; "Assange was due to be released from Belmarsh")."""
    doc = tok.doc
    kids, dep, wanted = children(doc), doc_arrays(doc).dep, word_ids(("nsubj", "csubj"))
    seen = 0
    while seen < 6:
        subjects = [doc[c] for c in kids[tok.i] if dep[c] in wanted]  # nsubj, csubj
        if subjects:
            # "His sister Paula created ..." parsed with two subjects: the name
            named = next((c for c in subjects if c.pos_ == "PROPN"), None)
            if named is None and len(subjects) > 1:
                # two common-noun subjects ("Constable Lena Holm allege the man opened
                # fire", "allege" read as a noun): the parse cannot say who acts
                return None
            return named or subjects[0]
        for child in tok.children:
            if child.dep_ == "agent":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children):
            return None
        clause = gerund_clause_subject(tok)
        if clause is not None and participle_of_report(clause):
            return None  # "After shooting X, Whiteside said LaCalamita walked …": not the reporter
        if clause is not None:  # "after signing X, the Kings …": the Kings signed
            tok = clause
            seen += 1
            continue
        lost = lost_subject(tok)
        if lost is not None:  # "… the leader and the Bluejays defeated Drake"
            return lost
        if tok.dep_ == "advcl" and participle_of_report(tok.head):
            return None  # "Having shot X, Whiteside said Y walked …": not the reporter
        if tok.dep_ == "conj" and _disagreeing_conjunct(tok):
            return None  # "agree that China has taken … and support X": not China's
        told = told_clause_subject(tok)
        if told is not None:  # "told police LaCalamita loaded …": LaCalamita loaded
            return told
        if tok.dep_ in {"xcomp", "conj", "acomp", "advcl"} and tok.head.i != tok.i:
            tok = tok.head
            seen += 1
            continue
        if _coordinated_clause(tok):  # "X suspected him … and five times ordered Y to …"
            tok = tok.head
            seen += 1
            continue
        return None
    return None


def reporter_subject(tok: Token, pronoun: Token) -> Token | None:
    """For "it"/"we"/"they"/"he"/"she" as a trigger's subject in reported words ("Sorvenland
    said it would lend ships", "the rebels said they will release", "Holm said she told X to
    leave"), the subject of the reporting verb when its number agrees ("they received a call,
    the ministry said" is someone else) and, for "he"/"she", when it comes first."""
    node = tok
    for _ in range(4):
        if node.head.i == node.i:
            return None
        if node.dep_ == "ccomp" and is_reported(node):
            reporter = subject_of(node.head)
            if reporter is None:
                return None
            if pronoun.lower_ in {"he", "she"} and reporter.i > pronoun.i:
                return None  # "He shot Ortiz, Peavy said": he is someone else
            plural = reporter.tag_ in {"NNS", "NNPS"} or any(
                c.dep_ == "conj" for c in reporter.children
            )
            return reporter if plural == (pronoun.lower_ == "they") else None
        node = node.head
    return None


def salient_person(pronoun: Token, actors: ArticleActors) -> Token | None:
    """ "he"/"she" as a subject, when one named person is who the text is about: the subject of
    a clause earlier in the same sentence ("When Olsen was assigned …, he pressed Baxter"),
    else of the sentence before. Several named people there, or none, or one whose first name
    is given to the other sex: nobody."""
    if pronoun.lower_ not in {"he", "she"}:
        return None
    sent = pronoun.sent
    before = [t for t in sent if t.i < pronoun.i]
    if not any(t.dep_ in {"nsubj", "nsubjpass"} for t in before) and sent.start > 0:
        before = list(pronoun.doc[sent.start - 1].sent)
    people: dict[str, Token] = {}
    subjects: set[str] = set()
    for t in before:
        mention = actors.actor_at(t.idx, t.idx + len(t.text))
        if mention is None or actors.type_of(mention.actor) != "PERSON":
            continue
        people.setdefault(mention.actor, t)
        if t.dep_ in {"nsubj", "nsubjpass"}:
            subjects.add(mention.actor)
    # one named person there, and the subject: anyone else named makes "he" unclear
    if len(people) != 1 or not subjects:
        return None
    name, tok = next(iter(people.items()))
    sex = first_name_gender(name, only=True)
    if sex is not None and sex != ("male" if pronoun.lower_ == "he" else "female"):
        return None  # "Clinton arrived …, where he met X", Clinton read as Hillary: not her
    return tok


def dismissed_from(tok: Token) -> Token | None:
    """The "from" object of a passive dismissal with no agent ("was fired from Kestrel
    Advisors"): who dismissed."""
    if not dismissal(tok) or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"):
        return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _disagreeing_conjunct(tok: Token) -> bool:
    """A plain or plural present verb ("support") parsed as the conjunct of a verb whose
    auxiliary is singular ("Many businesses agree that China has long taken advantage of X and
    support Y's efforts"), or of a singular present verb ("Lynch has a tough job … in proving
    that his client did not pull the trigger and, in the end, kill Thomas"): it neither shares
    "has" nor agrees with a singular subject, so the parse joined it to the wrong verb and whose
    act it is stays unknown (a reader's page: "China SUPPORT Trump"; reader18b: "Lynch ASSAULT
    Thomas")."""
    if tok.tag_ not in {"VB", "VBP"} or any(
        c.dep_ in {"aux", "auxpass", "nsubj"} for c in tok.children
    ):
        return False
    if tok.head.tag_ == "VBZ":
        return True  # "Varga has a tough job … and, in the end, kill Berg": not "kills"
    return any(
        c.dep_ in {"aux", "auxpass"} and (c.tag_ == "VBZ" or c.lower_ == "was")
        for c in tok.head.children
    )


def _coordinated_clause(tok: Token) -> bool:
    """A finite verb parsed as a complement clause though "and"/"but" joins it to its head:
    with no subject of its own, it shares the head's."""
    if tok.dep_ != "ccomp" or tok.tag_ not in {"VBD", "VBZ", "VBP"} or tok.head.i > tok.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in tok.children):
        return False
    left = tok.left_edge.i - 1
    return left > tok.head.i and tok.doc[left].lower_ in {"and", "but"}
