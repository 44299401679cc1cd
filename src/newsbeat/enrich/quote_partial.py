"""Short words in marks inside a sentence: a term, or a partial quote and whose it is.

One to three words in marks with the sentence going on at both sides are a term or scare
quote (``issued "revised" rules``, :func:`scare_quote`; a member of a list, ``corporations,
"creators," and people``, :func:`listed_term`) unless they are an argument of a verb of
saying or naming (``called it "a con"``) or a speaker's own wording inside the clause a speech
verb reports (:func:`spoken`). A partial quote belongs to the subject of the verb it hangs
from, passed up past a subjectless verb (``X accused them of failing to "…"``) and a reporting
verb (``X worried that the levy was becoming "…"``), or to the owner of a speech noun
(``X's claim that …``) (:func:`embedding_subject`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.quote_attribution import CUE_LEMMAS
from newsbeat.enrich.quote_issuers import verb_subject as _subject
from newsbeat.enrich.quote_records import Attribution, inside
from newsbeat.enrich.speaker_hidden import noun_owner
from newsbeat.enrich.speaker_tokens import (
    FIRST_PERSON,
    PRONOUNS_PERSON,
    document_that,
    resolve_speaker_token,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["embedding_subject", "listed_term", "scare_quote", "spoken"]


_SCARE_WORDS = 3
# "torpor"—the term; "Twilight" - style: a hyphen after the marks goes on with the sentence
_WORD_AFTER = re.compile(r"[^\S\n]*[\"”»’']?[,;:—–-]?[^\S\n]*[\w(]")


def scare_quote(text: str, q: QuoteSpan, words: int) -> bool:
    """``other "midnight rules" made in``, ``issued "revised" regulations``, ``known as "take,"
    carries``, ``the Velo "edition one": it will``: one to three words in marks with the
    sentence going on at both sides on the same line (past a comma, colon or semicolon after
    the closing mark) are a term or scare quote, not someone's words."""
    if words > _SCARE_WORDS or "\n" in text[q.start : q.end]:
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : max(line_start, q.start - 1)].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "’'"):
        return False
    return _WORD_AFTER.match(text, q.end + 1 if q.end < len(text) else q.end) is not None


_LIST_BEFORE = re.compile(r"\w[\w’'-]*,[^\S\n]*$")
_LIST_AFTER = re.compile(r"[^\S\n]*[\"”»’']?,?[^\S\n]*[\"”»’']?[^\S\n]+(?:and|or)[^\S\n]+\w")


def listed_term(text: str, q: QuoteSpan, words: int, first_word: Token) -> bool:
    """``toggle between being corporations, "creators," and normal people``: one to three
    words in marks standing as a member of a list (a word and a comma before the opening mark,
    a comma and "and"/"or" after the words) are a term, like a scare quote, even though the
    comma before them leaves the sentence no word right before the mark. Not after a speech
    verb (``she said, "no," and left``)."""
    if words > _SCARE_WORDS or "\n" in text[q.start : q.end]:
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    if _LIST_BEFORE.search(text, line_start, max(line_start, q.start - 1)) is None:
        return False
    if _LIST_AFTER.match(text, q.end - 1 if text[q.end - 1 : q.end] == "," else q.end) is None:
        return False
    before = first_word.doc[first_word.i - 1] if first_word.i else None
    while before is not None and before.is_punct and before.i:
        before = before.doc[before.i - 1]
    return before is None or before.lemma_ not in _NAMING_LEMMAS


# Verbs that give someone's words or name a thing in their words ("called it "a con"").
_NAMING_LEMMAS = CUE_LEMMAS | frozenset(
    {"call", "brand", "dub", "label", "term", "deem", "accuse", "promise", "pledge", "praise"}
    | {"criticize", "criticise", "dismiss", "hail", "mock", "refer", "slam", "blast"}
)
# Nouns whose clause is someone's words ("Holm's claim that there were "thousands"").
_SPEECH_NOUNS = frozenset(
    {"claim", "statement", "remark", "comment", "promise", "pledge", "accusation", "assertion"}
    | {"warning", "reference", "tweet", "description", "suggestion", "vow", "threat", "word"}
)
_SPOKEN_HOPS = 2


_ARGUMENT_DEPS = frozenset(
    {"dobj", "attr", "acomp", "oprd", "dative", "appos", "conj", "nsubj", "nsubjpass"}
    | {"ccomp", "xcomp"}
)


def _argument_link(tok: Token) -> bool:
    """Whether a token is an argument of its head (object, complement, predicate, "as X"),
    not an adjunct."""
    if tok.dep_ in _ARGUMENT_DEPS:
        return True
    if tok.dep_ in {"pobj", "pcomp"}:
        return tok.head.lower_ in {"as", "of", "about"}
    return tok.dep_ == "prep" and tok.lower_ in {"as", "of", "about"}


def spoken(quoted: Span, quotes: list[QuoteSpan]) -> bool:
    """Whether a short quote inside a sentence hangs from a verb of saying or naming (``X
    called it "a con"``, ``X says he has "big plans"``): then it is a partial quote, not a
    term in scare quotes (``issued "revised" rules``, ``other "midnight rules" made``)."""
    tok = quoted.root
    verb = None
    for _ in range(8):
        if tok.head.i == tok.i or not _argument_link(tok):
            break  # "along with other "midnight rules"": an adjunct, no one's words
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and not inside(tok.idx, quotes):
            verb = tok
            break
    for _ in range(_SPOKEN_HOPS):
        if verb is None:
            break
        if verb.lemma_ in _NAMING_LEMMAS and verb.pos_ == "VERB":
            return True
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _SPEECH_NOUNS:
            return True
        hop = verb.dep_ in {"ccomp", "xcomp", "advcl"} and verb.head.i != verb.i
        verb = verb.head if hop else None
    return _in_reported_clause(quoted, quotes)


_MIXED_WORDS = 2
_ANCESTORS = 12


def _in_reported_clause(quoted: Span, quotes: list[QuoteSpan]) -> bool:
    """Mixed quotation: ``X told Z she was sorry if it was related to the "undeserved
    attention" …``. Two or more words in marks inside the clause a speech verb with a subject
    of its own reports are that speaker's wording when they qualify or predicate something (an
    adjective, adverb or verb among them); a noun compound or a title in marks stays a term."""
    words = quoted.text.split()
    if len(words) < _MIXED_WORDS or all(w[:1].isupper() for w in words):
        return False  # one word, or a title ("Wild Rose")
    if not any(t.pos_ in {"ADJ", "ADV", "VERB"} for t in quoted):
        return False  # a name for a thing ("midnight rules"): a term, not someone's wording
    node = quoted.root
    for _ in range(_ANCESTORS):
        if node.head.i == node.i:
            return False
        if (
            node.dep_ == "ccomp"
            and node.head.lemma_ in CUE_LEMMAS
            and node.head.pos_ == "VERB"
            and node.head.i < node.i
            and not inside(node.head.idx, quotes)
            and any(c.dep_ == "nsubj" for c in node.head.children)
        ):
            return True
        node = node.head
    return False


# Verbs whose complement clause is the subject's words or thoughts.
_REPORTING_LEMMAS = (
    CUE_LEMMAS
    | {"think", "believe", "worry", "fear", "hope", "wonder", "question", "imply", "doubt"}
    | {"feel"}
    # a ruling or a finding: "a judge ruled that X should stay in jail because of his "…""
    | frozenset({"rule", "decide", "find", "determine", "judge"})
)


def _outermost_reporter(verb: Token, subj: Token, quotes: list[QuoteSpan]) -> Token:
    """``Ryan worried that the safety net was becoming "a hammock"``: a verb in a complement
    clause reports someone else's thought; its words are the ones of the subject above it.
    The climb stops at a verb of saying: in ``a spokesman said the witness told detectives she
    could not see "from the angle I was at"`` the words are the witness's, relayed (read28)."""
    while verb.dep_ == "ccomp" and verb.head.i != verb.i and verb.lemma_ not in CUE_LEMMAS:
        head = verb.head
        if head.lemma_ not in _REPORTING_LEMMAS or head.pos_ != "VERB" or inside(head.idx, quotes):
            break
        above = _subject(head)
        if above is None:
            break
        verb, subj = head, above
    return subj


# Verbs whose object is someone seen or remembered doing something ("remembered X rehearsing").
_RECALLING = frozenset(
    {"remember", "recall", "recollect", "describe", "picture", "imagine", "see", "watch", "hear"}
)


def _recalled_action(verb: Token) -> bool:
    """A gerund clause that is what someone remembers or saw another person do: its subject
    is the person remembered, not the one whose words the quote gives."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"ccomp", "xcomp", "dobj", "oprd"}
        and verb.head.lemma_ in _RECALLING
    )


# Verbs that judge or name their object in the quoted words: "called X's remarks "…"".
_JUDGING = _NAMING_LEMMAS - CUE_LEMMAS - {"accuse", "promise", "pledge", "refer"} | {"describe"}
# Links by which a quote stands inside a noun's own content ("X's claim that "…"").
_CONTENT_DEPS = frozenset({"acl", "relcl", "ccomp", "appos"})


def _judged_noun(noun: Token, quoted: Span) -> bool:
    """``Y called X's statements "childish"``: a speech noun that is the object of a verb
    judging or naming it, with the quote outside the noun's own clause, holds X's words but
    the quote is Y's verdict on them, so X does not speak it."""
    if noun.dep_ not in {"dobj", "oprd"} or noun.head.lemma_ not in _JUDGING:
        return False
    node = quoted.root
    while node.i != noun.i and node.head.i != node.i:
        if node.head.i == noun.i:
            return node.dep_ not in _CONTENT_DEPS
        node = node.head
    return True


def _verbless_subject(verb: Token, quotes: list[QuoteSpan]) -> Token | None:
    """``Beruff, a party ally, called the rules "strong."`` where the parse made "called" a
    reduced relative of the sentence's first noun and left the sentence with no verb: a
    sentence has a main verb, so a past verb of naming hung as a modifier of a sentence whose
    root is that noun phrase is the main verb, and the root its subject. None otherwise (``a
    group called "Friends of the Park" met`` has its own verb, which is the root)."""
    root = verb.sent.root
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or verb.lemma_ not in _JUDGING:
        return None
    if root.pos_ not in {"PROPN", "NOUN"} or root.i >= verb.i or inside(root.idx, quotes):
        return None
    if not any(c.dep_ in {"dobj", "oprd"} for c in verb.children):
        return None
    node = verb
    while node.head.i != node.i:  # every link up to the root is a modifier of nouns
        if node.dep_ not in {"acl", "relcl", "pobj", "prep", "appos"}:
            return None
        node = node.head
    return root


def _stray_main_verb(root: Token, quoted: Span, quotes: list[QuoteSpan]) -> Token | None:
    """The verb of naming hung under a noun root before the quote that
    :func:`_verbless_subject` takes for the sentence's main verb (``Beruff, an ally, called
    the rules "strong."`` with "strong" hung from "Beruff"); None when there is none."""
    for child in root.children:
        subject = _verbless_subject(child, quotes) if child.i < quoted.start else None
        if subject is not None and subject.i == root.i:
            return child
    return None


_RELATIVE_SUBJECTS = frozenset({"they", "it", "which"})
# What a paper prints that tells something itself: "a story establishing that …".
_TELLING_DOCUMENTS = frozenset({"story", "article", "report", "editorial", "column", "study"})
_TELLING_PARTICIPLES = frozenset({"establish", "show", "say", "claim", "reveal", "allege"})


def _told_by_document(tok: Token) -> bool:
    """A participle of telling hung on a document noun ("a story establishing that …")."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and tok.lemma_.lower() in _TELLING_PARTICIPLES
        and tok.head.lemma_.lower() in _TELLING_DOCUMENTS
    )


# Passive verbs whose subject does speak: "X was quoted as saying "…"".
_SPEAKING_PASSIVES = frozenset({"quote", "cite"})


def _passive_subject(subj: Token) -> bool:
    """Whether a subject is the patient of a passive verb ("a Marine was found guilty of
    "…"", "if a prosecution is not pursued because "…""): not who said the words."""
    return subj.dep_ == "nsubjpass" and subj.head.lemma_ not in _SPEAKING_PASSIVES


def embedding_subject(
    quoted: Span, actors: ArticleActors, quotes: list[QuoteSpan]
) -> Attribution | None:
    """A partial quote inside a sentence: the subject of the verb it hangs from.

    ``Japan branded North Korea an "outlaw nation"`` -> Japan; ``X called the plan "a
    betrayal"`` -> X; a verb without a subject of its own passes to the verb above it (``X
    accused them of failing to "…"`` -> X). Only for quotes that do not open their sentence.
    """
    sent = quoted[0].sent
    if quoted.start <= sent.start + 1:
        return None
    tok = quoted.root
    spoken_by_verb = False  # a verb of saying on the way up ("known for telling others "…"")
    for _ in range(8):
        if tok.head.i != tok.i:
            tok = tok.head
        else:  # the root: a noun phrase whose verb the parse hung under it
            stray = _stray_main_verb(tok, quoted, quotes)
            if stray is None:
                break
            tok = stray
        owner = noun_owner(tok)  # "X's claim that there were "…"": X
        if owner is not None and _judged_noun(tok, quoted):
            owner = None  # "Y called X's statements "childish"": Y judges X's words
        if owner is not None and not inside(owner.idx, quotes):
            name, s, e = resolve_speaker_token(owner, actors, quotes, bare_nouns=False)
            if name is not None:
                return Attribution(speaker=name, start=s, end=e, via=None, distance=0)
        if _told_by_document(tok) and not inside(tok.head.idx, quotes):
            # "steered the paper to a story establishing that … "…"": the story's words, not
            # the one who steered (read37); its issuer when named, else nobody
            name, s, e = resolve_speaker_token(tok.head, actors, quotes, bare_nouns=False)
            return Attribution(speaker=name, start=s, end=e, via=None, distance=0)
        if tok.pos_ == "VERB" and not inside(tok.idx, quotes):
            if _recalled_action(tok):
                continue  # "Cook remembered Jobs rehearsing and "…"": Cook's words
            if tok.dep_ in {"acl", "ccomp"} and noun_owner(tok.head) is not None:
                # "Vell's accusation that Lund is playing the "toll card"": the clause is the
                # content of Vell's words, its subject only what they are about
                continue
            spoken_by_verb = spoken_by_verb or tok.lemma_ in _NAMING_LEMMAS
            subj = _subject(tok) or _verbless_subject(tok, quotes)
            if subj is None:
                continue  # "accused him of preventing …": the subject is the accuser's
            subj = _outermost_reporter(tok, subj, quotes)
            if inside(subj.idx, quotes):
                return None
            if subj.lower_ in FIRST_PERSON or (_passive_subject(subj) and not spoken_by_verb):
                # "We have seen this "cover-up …"": the writer's sentence; "X was found guilty
                # of "…"": the words of whoever judged X (but "X was known for telling others
                # "…"" are X's: a verb of saying carries them). Neither is a named speaker's,
                # nor the last speaker's: the source's span is kept, no name.
                end = subj.idx + len(subj.text)
                return Attribution(speaker=None, start=subj.idx, end=end, via=None, distance=0)
            if (
                subj.pos_ == "PRON"
                and subj.lower_ not in PRONOUNS_PERSON | _RELATIVE_SUBJECTS
                # "reports that depicted "…"": the relative "that", read as "which" (read37)
                and not document_that(subj)
            ):
                return None
            name, s, e = resolve_speaker_token(subj, actors, quotes, bare_nouns=False)
            if name is None and subj.pos_ != "NOUN":
                return None
            # an unnamed subject ("the family has called for "…"") keeps its span: the quote
            # is that source's, not the previous speaker's
            return Attribution(speaker=name, start=s, end=e, via=None, distance=0)
    return None
