"""Who speaks where the parse hides the speaker (the quote code asks these;
:mod:`newsbeat.enrich.speakers`, which finds whom a pronoun stands for, re-exports them):

- "…, as X put it" attributes the words to X (:func:`as_put_it`);
- a speech noun names its owner: "X's claim that there were '…'" is X (:func:`noun_owner`);
- a participle of speech with no subject of its own speaks for the subject of the clause it
  hangs from: "The group, …, formed … and sent a letter stating that '…'" is the group
  (:func:`participle_subject`);
- "the Daily Courier quoted Lena Holm as saying" is Holm's speech, the outlet only relays it
  (:func:`quoted_as_saying`);
- "a video of Breck saying '…'" is Breck's speech, not that of whoever shows the video
  (:func:`recorded_speaker`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "SPEECH_NOUNS",
    "as_put_it",
    "noun_owner",
    "participle_subject",
    "quoted_as_saying",
    "recorded_speaker",
]


# Nouns for someone's words: "Trump's claim that …", "the senator's warning that …".
SPEECH_NOUNS = frozenset(
    {
        "claim",
        "statement",
        "remark",
        "comment",
        "assertion",
        "allegation",
        "warning",
        "promise",
        "pledge",
        "argument",
        "suggestion",
        "insistence",
        "accusation",
        "description",
    }
)


def as_put_it(verb: Token) -> bool:
    """ "…, as a ministry memo put it": "put it" with "as" attributes the words before."""
    if verb.lemma_ != "put":
        return False
    deps = {(c.lower_, c.dep_) for c in verb.children}
    return ("it", "dobj") in deps and any(w == "as" for w, _ in deps)


def noun_owner(tok: Token) -> Token | None:
    """The owner of a speech noun: "X's claim that …" -> X; None for other tokens."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_NOUNS:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in {"PROPN", "NOUN"}:
        return None
    return owner


_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_LINKS = frozenset({"advcl", "conj", "xcomp"})
_CLIMB = 6
# Documents a sender issues; "a letter stating that …" states its sender's words.
_SENT_DOCUMENTS = frozenset({"letter", "statement", "release", "memo", "note", "email"})


def participle_subject(verb: Token) -> Token | None:
    """Who speaks through a participle of speech without a subject of its own.

    ``…, stating "…"`` hangs from a clause (adverbial or coordinated): its subject is the
    subject of the nearest clause above that has one. A participle clause that describes a
    noun (``The group, formed … and sent a letter stating …``, parsed as a reduced relative)
    has that noun as its subject. A participle hanging straight from a noun is someone's only
    when the noun is a document sent by the subject of its verb (``sent a letter stating``);
    otherwise None (``a call from the ship saying …``: whose words is unclear).
    """
    if verb.tag_ != "VBG" or any(c.dep_ in _OWN_SUBJECTS for c in verb.children):
        return None
    node = verb
    if node.dep_ == "acl":
        noun = node.head
        if noun.lemma_.lower() not in _SENT_DOCUMENTS or noun.dep_ != "dobj":
            return None
        node = noun.head
        if node.pos_ not in {"VERB", "AUX"}:
            return None
    for _ in range(_CLIMB):
        subjects = [c for c in node.children if c.dep_ in _OWN_SUBJECTS]
        if subjects and node.i != verb.i:
            return subjects[0]
        if node.dep_ == "acl" and node.i != verb.i:
            noun = node.head
            return noun if noun.pos_ in {"NOUN", "PROPN"} else None
        if node.dep_ not in _CLAUSE_LINKS or node.head.i == node.i:
            return None
        node = node.head
    return None


# Nouns of a recording that shows someone speaking ("a video of X saying …"): our own list.
_RECORDINGS = frozenset(
    {"video", "footage", "recording", "clip", "tape", "audio", "film", "videotape", "broadcast"}
)


def recorded_speaker(verb: Token) -> Token | None:
    """``a video of Breck saying "…"``: the participle right after the person a recording
    shows is that person's speech, whether the parse hangs it on the sentence's verb (whose
    subject, "the rally", shows the video and says nothing) or makes the recording its subject
    ("A video of Mayor Ana Velt saying "…" was shown"). The person is the object of "of" after
    a recording noun, standing right before the participle; a role noun ("footage of the mayor
    saying") is given too, and names nobody unless the article resolves it."""
    if verb.i == 0 or verb.tag_ != "VBG":
        return None
    shown = verb.doc[verb.i - 1]
    prep = shown.head
    if shown.dep_ != "pobj" or prep.lower_ != "of" or shown.pos_ not in {"PROPN", "PRON", "NOUN"}:
        return None
    recording = prep.head
    if recording.lemma_.lower() not in _RECORDINGS:
        return None
    if any(c.dep_ in _OWN_SUBJECTS and c.i != recording.i for c in verb.children):
        return None  # a speaker of its own
    return shown


# Verbs that relay another's words with "as saying": "X quoted Y as saying", "cited Y as saying".
_RELAYING = frozenset({"quote", "cite"})
_SAYING = frozenset({"say", "tell", "add", "state", "write", "describe", "call"})


def quoted_as_saying(verb: Token) -> Token | None:
    """The person an outlet quotes: the object of "X quoted Y as saying" (the verb given is
    "quoted" or "saying"); None for any other verb. Y speaks; X only carries the words. A
    pronoun object ("the Courier quoted him as saying") is read as "he said" is (quotes34:
    before, the outlet was the speaker)."""
    if verb.lemma_ in _SAYING and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        verb = verb.head.head
    if verb.lemma_ not in _RELAYING or verb.pos_ != "VERB":
        return None
    saying = any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pcomp" and g.lemma_ in _SAYING for g in c.children)
        for c in verb.children
    )
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if saying and obj is not None and obj.pos_ in {"PROPN", "NOUN", "PRON"} else None
