"""A reporter named by a role noun or a title, resolved to the one named holder.

``"…," the sheriff said`` after ``Genesee County Sheriff Robert Pickell`` is Pickell's;
``the group added`` after ``The group, WeWorkers Coalition, formed …`` is the coalition's;
``Sweden's deputy director of public prosecutions, Eva-Marie Persson, said`` is Persson's (the
name in apposition, whatever label the tagger gave it). A definite noun phrase refers back to
the referent the text introduced with that noun, so the holder is the one person or body
earlier given that noun as a title before its name or in apposition to it. When no holder or
more than one fits, nobody is named: the common noun itself never becomes a speaker.

A definite noun for a kind of organisation ("the company", "the software maker") that no
title or apposition introduced refers back, like "it", to the organisation the text is about:
the named organisation that is the subject of the nearest sentence before it that has one
(:func:`salient_body`); "The software maker said" after "Microsoft released a fix" is
Microsoft's. Such a noun that is itself an earlier subject ("The company said …") passes on
to its own referent. A spokesperson speaks for the body named after "for" even when the tagger
left that name untyped ("A spokesman for Waitrose said", :func:`spoken_for`). "She said"
after an unnamed spokeswoman of a named body ("a Norvik spokeswoman who asked not to be
named said") is that body's, when no person fits the pronoun (:func:`spokesperson_body`);
"a statement said" right after "…, Norvik Telecom said." is the statement of that organisation
(:func:`statement_body`). A role noun written with an owner (``the sorority's president``,
``HCA president``, ``Dravonia, whose president``) is not the holder the text introduced by
the bare title (``President Lena Ortiz``): nobody is named (:func:`owned_role_of_bare_title`,
reader23).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from newsbeat.enrich.actor_table import TITLE_WORDS
from newsbeat.enrich.doc_arrays import doc_arrays, lemmas_lower
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.sentence_window import window_start
from newsbeat.enrich.speaker_bodies import _SPOKES, force_named
from newsbeat.enrich.speaker_persons import _depth

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from spacy.tokens import Span, Token

    from newsbeat.enrich.actors import ArticleActors, MentionRef

_T = TypeVar("_T")

__all__ = [
    "BODY_KINDS",
    "another_owners_role",
    "appositive_name",
    "bare_definite",
    "nearest_back",
    "owned_role_of_bare_title",
    "role_holder",
    "salient_body",
    "spoken_for",
    "spokesperson_body",
    "statement_body",
]

_NAMED = frozenset({"PERSON", "ORG", "GROUP"})
_PLURAL = frozenset({"NNS", "NNPS"})


def _named_mention(tok: Token, actors: ArticleActors) -> MentionRef | None:
    """The mention of a person or body at a proper-noun token, else None."""
    if tok.pos_ != "PROPN":
        return None
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    if mention is None:
        return None
    if mention.label in _NAMED or actors.type_of(mention.actor) in _NAMED:
        return mention
    return None


def appositive_name(tok: Token, actors: ArticleActors) -> MentionRef | None:
    """``the deputy director …, Eva-Marie Persson,`` / ``The group, WeWorkers Coalition,``:
    the named person or body in apposition to a common noun, if any."""
    if tok.pos_ != "NOUN":
        return None
    for child in tok.children:
        if child.dep_ == "appos" and not any(c.dep_ == "conj" for c in child.children):
            # a list in apposition ("Three groups, A, B and C,") names no single holder
            mention = _named_mention(child, actors)
            if mention is not None and mention.start == child.left_edge.idx:
                return mention  # the whole appositive is the name
            if mention is not None and _end_of_joined_name(tok, child, mention, actors.text):
                return mention
    return None


def _end_of_joined_name(tok: Token, child: Token, mention: MentionRef, text: str) -> bool:
    """The appositive is the end piece of an organisation's name the actor table joined at
    its "and" ("a message from the Commission for Polls and Referenda said", parsed with
    "Referenda" in apposition to "message"): the mention starts after the noun, before the
    piece, with "and" right before the piece (ents36)."""
    return tok.idx < mention.start < child.idx and text[: child.idx].endswith(" and ")


def bare_definite(tok: Token) -> bool:
    """``the group``, ``the sheriff``: a common noun with ``the`` and no other word of its
    own phrase before it."""
    lefts = list(tok.lefts)
    return (
        tok.pos_ == "NOUN"
        and len(lefts) == 1
        and lefts[0].dep_ == "det"
        and lefts[0].lower_ == "the"
    )


def _holder_at(tok: Token, actors: ArticleActors) -> str | None:
    """The person or body an earlier occurrence of the role noun introduces: a name in
    apposition either way (``the group, X,`` / ``X, the county sheriff,``) or a name the noun
    is a title of (``County Sheriff Robert Pickell``)."""
    mention = appositive_name(tok, actors)
    if mention is not None:
        return mention.actor
    if tok.dep_ == "appos":
        mention = _named_mention(tok.head, actors)
        if mention is not None:
            return mention.actor
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        mention = _named_mention(tok.head, actors)
        if mention is not None and actors.type_of(mention.actor) == "PERSON":
            return mention.actor
    return None


_NEAR_SENTENCES = 1  # sentences before the noun's own in which a holder is the one meant


def role_holder(tok: Token, actors: ArticleActors) -> str | None:
    """The one holder of a definite role noun (``the sheriff``, ``the group``) introduced
    earlier in the article; of several, the one introduced in the noun's sentence or the one
    before, in its paragraph, when only one is; None when none fits, or several and not one
    of them so near."""
    if tok.tag_ in _PLURAL:
        return None  # "the physicians" are several: no one holder
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    doc = tok.doc
    lemmas, lower = lemmas_lower(doc), doc_arrays(doc).lower
    lemma, word = lemmas[tok.i], lower[tok.i]
    holders: dict[str, int] = {}  # each holder and where the noun last introduced them
    for k in range(tok.i):
        if lemmas[k] != lemma and lower[k] != word:
            continue  # (read from the doc's columns: no token object for the other words)
        earlier = doc[k]
        if earlier.tag_ in _PLURAL:
            continue
        holder = _holder_at(earlier, actors)
        if holder is not None:
            holders[holder] = k
    if len(holders) == 1:
        return next(iter(holders))
    # several ("Judge Glasser … Judge Weinstein reflected …. "…," the judge said"): the one
    # the sentence before (or the noun's own) introduces, in the noun's paragraph, when it
    # introduces only one (spk36)
    near = window_start(doc, tok.sent.start, _NEAR_SENTENCES)
    text = actors.text
    recent = [
        h for h, k in holders.items() if k >= near and "\n\n" not in text[doc[k].idx : tok.idx]
    ]
    return recent[0] if len(recent) == 1 else None


def another_owners_role(tok: Token, holder: str, actors: ArticleActors) -> bool:
    """``Brisk's spokeswoman said`` after ``Murko's spokeswoman Galia Steyn``: a role noun
    with a named possessor refers back only to a holder the text introduced with that same
    possessor (a spokeswoman, aide or lawyer of one person is not the other's). True when the
    holder was introduced by this role noun only under another possessor; False when the
    noun has no named possessor or an earlier mention of it fits."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or tok.pos_ != "NOUN":
        return False
    others = False
    for use in _earlier_uses(tok, holder, actors):
        earlier = next((c for c in use.children if c.dep_ == "poss"), None)
        if earlier is None or earlier.text == owner.text:
            return False
        others = True
    return others


def _earlier_uses(tok: Token, holder: str, actors: ArticleActors) -> Iterator[Token]:
    """The earlier uses of the role noun ``tok`` (same lemma) that introduce ``holder``."""
    doc = tok.doc
    lemmas = lemmas_lower(doc)
    for k in range(tok.i):
        if lemmas[k] == lemmas[tok.i] and _holder_at(doc[k], actors) == holder:
            yield doc[k]


# Owners that refer back to the body or country the article is about, whose officers the text
# may well have introduced by a bare title ("Chief executive Tom Brell … the company's chief
# executive", "President Ortiz … the country's president").
_OWN_BODIES = frozenset(
    {"company", "firm", "corporation", "bank", "group", "country", "nation", "state"}
    | {"city", "town", "government", "administration", "team", "club"}
)


def _owner_of_role(tok: Token) -> Token | None:
    """The owner a role noun is written with: a possessive noun or name (``the sorority's
    president``, ``Acme's chief``, ``Dravonia, whose minister``) or a name before it (``HCA
    president``); None for a bare title or a personal pronoun's ("his spokesman")."""
    for child in tok.children:
        if child.i > tok.i:
            continue
        if child.dep_ == "poss" and (child.pos_ in {"NOUN", "PROPN"} or child.lower_ == "whose"):
            return child  # "Dravonia, whose foreign minister": the body the clause describes
        if child.dep_ == "compound" and child.pos_ == "PROPN" and _body_name(child):
            return child
    return None


def _body_name(tok: Token) -> bool:
    """Whether a word before a role noun names a body ("HCA", "Acme", "Velmar") rather than a
    portfolio ("Defence Minister"): an organisation's or place's entity, or an acronym."""
    return tok.ent_type_ in {"ORG", "GPE", "NORP"} or (tok.is_upper and len(tok.text) > 1)


def owned_role_of_bare_title(tok: Token, holder: str, actors: ArticleActors) -> bool:
    """``the sorority's national president announced`` after ``President Lena Ortiz``: a role
    noun with an owner is some body's holder of that role, not the one the text introduced by
    the bare title. True when ``tok`` has an owner and every earlier use of the noun that
    introduces ``holder`` has none; False when the noun has no owner, an earlier use with an
    owner introduces the holder ("Acme chief Tom Brell … the company's chief"), or none is
    found."""
    owner = _owner_of_role(tok)
    if tok.pos_ != "NOUN" or owner is None or owner.lemma_.lower() in _OWN_BODIES:
        return False
    seen = False
    for use in _earlier_uses(tok, holder, actors):
        if not _bare_title(use) or _of_owner(use, owner):
            return False
        seen = True
    return seen


def _of_owner(title: Token, owner: Token) -> bool:
    """Whether a title before a name is written with the same owner after the name
    (``President Lena Ortiz of Velmar`` … ``Velmar's president``): that body's holder."""
    heads = {title.i, title.head.i}
    return any(
        t.lower_ == "of" and t.head.i in heads and any(c.text == owner.text for c in t.children)
        for t in title.sent
    )


def _bare_title(tok: Token) -> bool:
    """Whether a role noun is written with no owner: no possessive, and no capitalised word
    in its phrase before it (``Acme chief executive`` has one, whatever the parse made of
    "Acme"; ``President`` before a name and ``the president`` have none)."""
    if _owner_of_role(tok) is not None:
        return False
    return not any(
        t.text[:1].isupper() and t.pos_ != "DET" and t.lower_ not in TITLE_WORDS
        for t in tok.doc[tok.left_edge.i : tok.i]
    )


# Nouns that name a kind of organisation and never a person ("maker": "the software maker";
# "filmmaker" and "lawmaker" are other words).
BODY_KINDS = frozenset(
    {"company", "firm", "corporation", "maker", "manufacturer", "retailer", "airline"}
    | {"carrier", "bank", "lender", "insurer", "conglomerate", "giant", "chain"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_BODY_SENTENCES = 3  # sentences looked back, as for a pronoun
_BODY_CHAIN = 3  # "The company said … The company said": links followed back


def _definite_kind(tok: Token) -> bool:
    """``the company``, ``the software giant``: singular, with ``the``, of a body kind."""
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ not in _PLURAL
        and tok.lemma_.lower() in BODY_KINDS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _body_subjects(
    sent: Span, before: int, actors: ArticleActors, inside: Callable[[int], bool]
) -> list[tuple[Token, str | None]]:
    """The subjects of a sentence (before token ``before``, outside quotes) that are a named
    organisation (with its name) or a definite body-kind noun (None: a link to follow)."""
    out: list[tuple[Token, str | None]] = []
    for tok in sent:
        if tok.i >= before or tok.dep_ not in _SUBJECTS or inside(tok.idx):
            continue
        if _definite_kind(tok):
            out.append((tok, None))
            continue
        mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
        if mention is None or tok.pos_ != "PROPN" or tok.head.lemma_ == "report":
            continue  # "BFMTV reported …": an outlet, not the body the story is about
        kind = actors.type_of(mention.actor) or mention.label
        if mention.label in {"ORG", "GROUP"} and kind in {"ORG", "GROUP"}:
            out.append((tok, mention.actor))
    return out


def salient_body(
    tok: Token, actors: ArticleActors, inside: Callable[[int], bool], *, _chain: int = 0
) -> str | None:
    """The named organisation a definite body-kind noun (``the company``) stands for: the
    organisation that is the subject of its own sentence before it or of the nearest of the
    sentences before (the main clause's subject first); None when the noun is no body kind or
    no such subject is near."""
    if not _definite_kind(tok) or _chain > _BODY_CHAIN:
        return None
    subjects = nearest_back(
        tok, _BODY_SENTENCES, lambda s: _body_subjects(s, tok.i, actors, inside)
    )
    if not subjects:
        return None
    main, name = min(subjects, key=lambda s: (_depth(s[0]), s[0].i))
    if name is None:
        return salient_body(main, actors, inside, _chain=_chain + 1)
    return name


def nearest_back(tok: Token, sentences: int, found: Callable[[Span], list[_T]]) -> list[_T]:
    """What ``found`` finds in ``tok``'s own sentence, else in the nearest of the
    ``sentences`` sentences before it that has any; empty when none has."""
    sent = tok.sent
    for _ in range(sentences + 1):
        out = found(sent)
        if out:
            return out
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return []


def _quoted_only(sent: Span, inside: Callable[[int], bool]) -> bool:
    """A sentence that is all quoted words (a quote paragraph): no subject of the text's own."""
    return all(t.is_punct or t.is_space or inside(t.idx) for t in sent)


def salient_it(
    tok: Token, actors: ArticleActors, inside: Callable[[int], bool], *, _chain: int = 0
) -> str | None:
    """``"…," it said`` (or ``they said`` of a body): the named organisation that is the
    subject of the pronoun's own sentence before it or of the sentence before (quote
    paragraphs passed over; the main clause's subject first; a "the company" there is
    followed to its own referent, an "it"/"they" there to its own); None when neither has
    one. Not the last organisation or place named: that is the pronoun's referent too
    rarely."""
    if _chain > _BODY_CHAIN:
        return None
    doc = tok.doc
    sent = tok.sent
    for _ in range(2):
        subjects = _body_subjects(sent, tok.i, actors, inside)
        if subjects:
            main, name = min(subjects, key=lambda s: (_depth(s[0]), s[0].i))
            return name if name is not None else salient_body(main, actors, inside, _chain=1)
        main_subject = next(
            (
                t
                for t in sent
                if t.i < tok.i
                and t.dep_ == "nsubj"
                and t.head.i == sent.root.i
                and not inside(t.idx)
            ),
            None,
        )
        if main_subject is not None and main_subject.lower_ in {"it", "they"}:
            # "Now they've put out another statement." / "…," it says: its referent
            return salient_it(main_subject, actors, inside, _chain=_chain + 1)
        while True:
            if sent.start == 0:
                return None
            sent = doc[sent.start - 1].sent
            if not _quoted_only(sent, inside):
                break
    return None


def spoken_for(tok: Token, actors: ArticleActors) -> str | None:
    """``a spokesman for Waitrose``, ``a statement from Waitrose`` (spk37): the proper name a
    spokesperson speaks for, or a body's statement comes from, when no actor covers it (the
    tagger missed it); None for other nouns, a person's name or a common noun."""
    lemma = tok.lemma_.lower()
    if lemma in _SPOKES:
        preps = {"for"}
    elif lemma in _BODY_DOCUMENTS:
        preps = {"from"}
    else:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN" or obj.ent_type_ == "PERSON":
                continue
            words = [c for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            first = min([obj.i, *(c.i for c in words)])
            name = obj.doc[first : obj.i + 1]
            if actors.actor_at(name.start_char, name.end_char) is not None:
                continue  # a tagged name: the caller's rules decide
            if first_name_gender(name.text) is not None or any(
                actors.type_of(a) == "PERSON" and a.split()[-1] == name[-1].text
                for a in actors.actors
            ):
                continue  # "a spokesman for Jane Doe" / "for Doe": a person's
            return name.text
    return None


_SPOKES_SEX = {"spokesman": "male", "spokeswoman": "female"}
_PRONOUN_SEX = {"he": "male", "him": "male", "she": "female", "her": "female"}
_SPOKES_BACK = 3
# Objects are not who speaks; any other place is (a parse may hang "…, a Norvik spokeswoman
# who asked not to be named said" in apposition to the sentence's last name).
_OBJECTS = frozenset({"dobj", "pobj", "dative", "iobj", "attr"})


def spokesperson_body(
    pron: Token, actors: ArticleActors, inside: Callable[[int], bool], *, _chain: int = 0
) -> str | None:
    """``a Norvik spokeswoman who asked not to be named said …; "…," she said``: the named
    organisation an unnamed spokesperson speaks for, found (no object of a verb or preposition)
    in the pronoun's sentence or the few before it (nearest first) with a sex the pronoun
    allows (a sentence all quoted is no sentence of the text's own and is not counted); None
    when the spokesperson is named or speaks for no organisation the article names."""
    sex = _PRONOUN_SEX.get(pron.lower_)
    if sex is None:
        return None
    sent = pron.sent
    counted = 0
    while counted <= _SPOKES_BACK:
        if _quoted_only(sent, inside) and sent.start != pron.sent.start:
            if sent.start == 0:
                break
            sent = pron.doc[sent.start - 1].sent
            continue
        counted += 1
        for tok in sent:
            if (
                tok.i >= pron.i
                or tok.lemma_.lower() not in _SPOKES
                or tok.dep_ in _OBJECTS  # "told a spokeswoman": she listened
                or _SPOKES_SEX.get(tok.lemma_.lower(), sex) != sex
                or any(c.dep_ == "appos" for c in tok.children)
            ):
                continue
            parts = [c for c in tok.children if c.dep_ in {"compound", "poss", "nmod"}]
            parts += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            for part in parts:
                mention = actors.actor_at(part.idx, part.idx + len(part.text))
                if mention is not None and mention.label in {"ORG", "GROUP"}:
                    return mention.actor
                force = force_named(part, actors)  # "A police spokeswoman said …" (spk37)
                if force is not None:
                    return force
        said = _same_pronoun_said(sent, pron, inside)
        if said is not None and _chain < _SPOKES_CHAIN:
            # "…, Navy spokesperson said. …, he said. … …, he added": the "he" before goes on
            return spokesperson_body(said, actors, inside, _chain=_chain + 1)
        if sent.start == 0:
            break
        sent = pron.doc[sent.start - 1].sent
    return None


_SPOKES_CHAIN = 2  # "he said" pronouns followed back to the spokesperson


def _same_pronoun_said(sent: Span, pron: Token, inside: Callable[[int], bool]) -> Token | None:
    """The last "he" (of the same word as ``pron``) in ``sent``, before ``pron``, that is the
    subject of a verb of saying outside quotes (``…, he said.``); None when there is none."""
    found = [
        t
        for t in sent
        if t.i < pron.i
        and t.lower_ == pron.lower_
        and t.dep_ == "nsubj"
        and t.head.lemma_ in _SAYING_GOES_ON
        and not inside(t.idx)
    ]
    return found[-1] if found else None


_SAYING_GOES_ON = frozenset({"say", "add", "tell", "explain", "note", "continue"})


# What a body issues in its own name (not a letter or a memo, which a person writes).
_BODY_DOCUMENTS = frozenset({"statement", "release", "communique"})
_SAYING = frozenset({"say", "announce", "state", "add", "confirm"})


def statement_body(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """``…, Norvik Telecom said. "…," a statement said``: the organisation that is the subject
    of a verb of saying in the sentence right before an indefinite "a statement" that speaks
    (its own sentence first, before it); None for any other noun or when no organisation said
    anything there."""
    if tok.lemma_.lower() not in _BODY_DOCUMENTS or not any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children
    ):
        return None
    sent = tok.sent
    for _ in range(2):
        said = [
            name
            for subj, name in _body_subjects(sent, tok.i, actors, inside)
            if name is not None and subj.head.lemma_ in _SAYING and subj.head.i != tok.head.i
        ]
        if said:
            return said[-1]
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
    return None
