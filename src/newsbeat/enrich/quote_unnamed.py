"""Tellers the text does not name: ``Witnesses said …``, ``officials say …``, ``a police source
said …``, ``according to investigators, …`` (issue 12, quotes34).

read33 counted about twenty such reports on real news that gave no quote at all: the indirect
rules dropped every report whose subject resolves to no actor. A common noun for people the
text does not name (witnesses, officials, sources, investigators …) is a *description* of the
teller, not a name: the report is kept as an indirect quote with no speaker and the noun's
span kept, as a direct quote of "a source said" is stored (:func:`quotes.extract_quotes`
keeps the source's span and no speaker). No name is looked for elsewhere: "officials" is
not the last organisation named, nor the person the sentence before quotes.

:func:`unnamed_teller` is the test; the reporting rules (:mod:`quote_indirect`,
:mod:`quote_according`) decide the words as for a named speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["plain_report", "unnamed_teller"]

# Lemmas of nouns for people a report may cite without naming them (our own list): the
# plural is a group ("witnesses said"), the singular one unnamed person ("a source said").
_TELLERS = frozenset(
    {"official", "witness", "source", "investigator", "expert", "critic", "analyst"}
    | {"observer", "resident", "neighbor", "neighbour", "detective", "deputy", "officer"}
    | {"cop", "firefighter", "relative", "bystander", "juror", "researcher", "scientist"}
    | {"diplomat", "aide", "insider", "eyewitness", "prosecutor", "trooper", "agent"}
)
# Words before a singular noun that make it one unnamed person ("a source", "one juror");
# "the source" may be someone named before, left to the other rules.
_INDEFINITE = frozenset({"a", "an", "one", "another"})
# Words before a plural noun that keep it a group nobody names ("the officials", "some
# experts"); a possessive ("his aides", "Holm's relatives") is someone's people, still unnamed.
_GROUP_DETS = frozenset({"the", "some", "many", "several", "other", "most", "few", "two"})


def unnamed_teller(tok: Token) -> bool:
    """Whether a subject (or the object of "according to") is a common noun for people the
    text does not name, or a member of a group a nationality, party or faith names ("a senior
    Democrat", "two Republicans": the tagger's NORP): a plural with no determiner, a group
    determiner or a possessive ("Witnesses", "some experts", "Interior officials", "his
    aides"), or a
    singular after "a/an/one/another" ("a police source", "one juror"). Not a noun joined to
    another ("police and the woman's friend": two tellers, one a body), nor one carrying a
    relative clause or a name in apposition (the other rules read those)."""
    member = tok.ent_type_ == "NORP" and tok.pos_ in {"PROPN", "NOUN"}  # "a senior Democrat"
    if not member and (tok.pos_ != "NOUN" or tok.lemma_.lower() not in _TELLERS):
        return False
    if any(c.dep_ in {"conj", "appos", "relcl", "acl"} for c in tok.children):
        return False
    dets = [c.lower_ for c in tok.children if c.dep_ in {"det", "nummod"}]
    if tok.tag_ in {"NNS", "NNPS"}:
        return all(d in _GROUP_DETS for d in dets)
    return tok.tag_ in {"NN", "NNP"} and len(dets) == 1 and dets[0] in _INDEFINITE


def plain_report(verb: Token, clause: Token, speech: frozenset[str]) -> bool:
    """Whether an unnamed teller's report is plain enough to keep (read on ECB+ train, where
    each of these gave wrong words): the verb is finite and the sentence's own ("prosecution
    witnesses testifying that …, and" is a participle the parse cut), not in a relative
    clause ("the problems Georgia prosecutors say they face": the words are no clause of
    theirs), and what it reports is no one else's report ("His attorneys argued that …;
    prosecutors argued …") nor holds one before its verb ("… reported sensing it, although
    others told X they had felt nothing")."""
    if verb.tag_ in {"VBG", "VBN"} or verb.dep_ in {"relcl", "acl"}:
        return False
    if clause.lemma_ in speech:
        return False
    # a verb of saying with its own subject before the clause's verb: another's report
    return not any(
        t.i < clause.i and t.lemma_ in speech and any(c.dep_ == "nsubj" for c in t.children)
        for t in clause.subtree
    )
