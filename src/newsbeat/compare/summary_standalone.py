"""Whether a summary candidate stands alone and tells the story: the reader's voice and
sentences leaning on the one before.

Two kinds of sentence read33 found as bullets of real pages (issue 12, session 33), each
kept in the sentence graph and never chosen (:mod:`newsbeat.compare.summary_candidates`):

- **Filler addressed to the reader** (:func:`addresses_reader`): a page that talks to its
  reader ("If you want a book that makes you proud, this is it.", "You must be data driven
  ...", "Save $31 if you get the bundle.") gives advice, a sales pitch or a greeting, not a
  fact of the story; so do a greeting ("Welcome to the new ...") and the writer's stock
  phrases ("At the end of the day, ...", "it's time to sit back and reflect", "Heck, ...")
  and an advice line on "one important law/rule/thing is that ..." (a law firm's blog in a
  crash story). "you" inside quote marks is a speaker's; a capitalised "You" past the first
  word is a title's.
- **Sentences leaning on the one before** (:func:`leans_back`): an elided verb after a
  pronoun ("Every day it does, the party appears weaker": does what?), an opening phrase on a
  bare demonstrative ("Amid all this, ...", "Based on these qualifiers, ..."), "It's
  because ...", a relative opening ("Which is not to say ...", "What
  it is to say is ..."), "It did not reveal ..." (what "it" is), a reason with no main clause
  ("Because space travel is hard."), a contrast in the subject's first clause longer than
  :mod:`newsbeat.compare.summary_usable` reads ("Staying on the Moon and reaching Mars,
  however, ..."), a conjunction before a sentence adverb ("So, in other words, ...") and a
  subject left out ("Includes a warranty.", "Got it up on the site at 2:36 p.m.").
"""

from __future__ import annotations

import re

from newsbeat.compare.summary_usable import QUOTED, TIME_WORDS

__all__ = ["addresses_reader", "leans_back"]

# "you", "your", "yourself" outside quote marks; "You"/"Your" only as the first word (a
# capitalised "You" further on is a title's: "the film Love You Back").
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b|^(?:You|Your|Yours)\b")
# A greeting, the writer's stock phrase or an exhortation: no fact told.
_STOCK = re.compile(
    r"^(?:Welcome\s+to\b|At\s+the\s+end\s+of\s+the\s+day,|Heck,)"
    r"|\bit['’]s\s+time\s+to\s+(?:sit\s+back|relax|reflect|celebrate|look\s+back)\b"
)
# "One extremely important law is that both drivers must stop.": advice on a class of
# cases, not the story's fact.
_ADVICE = re.compile(
    r"^One\s+(?:of\s+the\s+)?(?:(?:most|very|extremely|really|particularly)\s+)?"
    r"(?:important|key|crucial|essential|vital|critical|basic|golden|simple|best)\s+"
    r"(?:[a-z]+\s+)?(?:laws?|rules?|things?|tips?|steps?|lessons?|mistakes?)\s+"
    r"(?:to\s+\w+\s+)?(?:is|are)\s+(?:that|to)\b"
)
# Reported words: "told residents that you should leave" reports an order.
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|according to|warned|urged|advised|asked)\b", re.IGNORECASE
)


# The reader is the subject from the start ("If you want ...", "You must ...", "When you
# live in ...") or of a condition ("... what to do if you have been in a crash").
_YOU_FIRST = re.compile(
    r"^(?:(?:If|When|Whether|In\s+case|As|Once|Unless|While|Before|After)\s+)?(?:You|Your|you|your)\b"
    # "... there are laws about what to do if you have been in a crash": advice's condition
    r"|.*\b(?:if|when|whether|unless|in\s+case)\s+you\b"
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z][\w'’-]*")
_SMALL = frozenset({"The", "Of", "And", "In", "On", "At", "For", "To", "A", "An", "With", "By"})


def _specific(text: str) -> bool:
    """A figure or two names past the first word ("Taylor Swift", "Scooter Braun"): a fact of
    the story may sit in the sentence beside the words to the reader."""
    if re.search(r"\d", text):
        return True
    names = {w for w in _CAPITALISED.findall(text.split(" ", 1)[-1]) if w not in _SMALL}
    return len(names) >= 2


def addresses_reader(text: str) -> bool:
    """Whether the sentence talks to the reader ("you" outside quote marks, no one's words
    reported; a sentence with a figure or names keeps its fact unless the reader is its
    subject from the start: "on your TV at up to 4K" stays), greets them, is a stock phrase
    or a line of advice (see :data:`_STOCK`, :data:`_ADVICE`)."""
    if _STOCK.search(text) or _ADVICE.match(text):
        return True
    outside = QUOTED.sub(" ", text).lstrip()
    if _REPORTED.search(outside) or not _SECOND_PERSON.search(outside):
        return False
    return bool(_YOU_FIRST.match(outside)) or not _specific(outside)


# "Every day it does, ...", "If they do, ...": a pronoun and an auxiliary with the verb left
# out before the comma: what it does is in the sentence before.
_ELIDED_VERB = re.compile(
    r"^(?=[A-Z])(?!As\s+it\s+(?:is|was|stands)\b)(?:[\w'’-]+\s+){0,5}?(?:it|he|she|they|we)\s+(?:does|did|do|has|have|had|is|was|were|"
    r"will|would|can|could|should)(?:\s+not|n['’]t)?\s*,"
)
# the time words of a demonstrative opening (summary_usable's) and the points of a story
_TIME = (
    r"(?:(?:early|late|past|coming)\s+)?(?:"
    + "|".join((*TIME_WORDS, "stage", "point", "moment", "hour", "juncture"))
    + r")s?['’]?s?\b"
)
# An opening phrase on a bare demonstrative (not a time: "At this point," and "This week,"
# tell when, now): "Amid all this, ...", "Based on these broad qualifiers, ...".
_DEMONSTRATIVE_PHRASE = re.compile(
    r"^(?:(?:And|But|So|Yet),?\s+)?(?i:amid|despite|after|before|given|like|unlike|beyond|"
    r"besides|with|without|under|in|at|on|by|for|from|following|based\s+on|because\s+of|"
    r"apart\s+from|aside\s+from|due\s+to|in\s+spite\s+of|in\s+light\s+of)\s+"
    rf"(?:all\s+(?:of\s+)?)?(?:this|these|those)\b(?!\s+{_TIME})(?:\s+[a-z-]+){{0,3}},"
)
# "It's because ...", "Which is not to say ...", "What it is to say is ...".
_REASON_OF_IT = re.compile(r"^It(?:['’]s|\s+is|\s+was)\s+(?:all\s+|partly\s+|just\s+)?because\b")
_RELATIVE_OPENING = re.compile(
    r"^Which\s+(?:is|was|means|meant|makes|made|explains|is\s+why)\b|^What\s+it\s+is\s+to\b"
)
# "It did not reveal the crash location": "it" (the military, the firm) is named before;
# "It did not take long ..." stands for nothing.
_IT_NEGATED = re.compile(
    r"^It\s+(?:did|does|has|had)(?:\s+not|n['’]t)\s+(?!(?:take|matter|seem|appear|help|hurt|"
    r"happen|work|last)\b)[a-z]+"
)
# "Because space travel is anything but easy.": a reason whose main clause is the sentence
# before (no comma: no clause after it).
_BARE_REASON = re.compile(r"^Because\s+(?!of\b)[^,;:—–]*[.!]$")
# "Staying on the Moon and reaching Mars, however, haven't.": the contrast in the subject's
# first clause (summary_usable reads up to five words before it).
_LONG_CONTRAST = re.compile(
    r"^(?:[\w'’-]+\s+){5,9}[\w'’-]+,\s+(?:though|however|nevertheless|nonetheless|instead),"
)
# "So, in other words, ...", "And, in fact, ...": a conjunction before a sentence adverb
# that goes on from the sentence before.
_CONJUNCTION_ADVERB = re.compile(
    r"^(?:And|So|But|Or),?\s+(?:in\s+other\s+words|in\s+fact|indeed|as\s+a\s+result|"
    r"after\s+all|in\s+addition|at\s+the\s+time|since\s+then|by\s+then),"
)
# "Includes a 90-day warranty.", "Got it up on the Web site at 2:36 p.m.": a verb opening
# the sentence with its subject left out (a list's item, a columnist's note).
_NO_SUBJECT = re.compile(
    r"^(?:Includes|Comes|Got)\s+"
    r"(?:a|an|the|it|its|up|with|in|\d)\b"
)


_LEANING = (
    _ELIDED_VERB,
    _DEMONSTRATIVE_PHRASE,
    _REASON_OF_IT,
    _RELATIVE_OPENING,
    _IT_NEGATED,
    _BARE_REASON,
    _LONG_CONTRAST,
    _CONJUNCTION_ADVERB,
    _NO_SUBJECT,
)


def leans_back(text: str) -> bool:
    """Whether the sentence leans on the one before it (see the patterns above): what it
    points at, answers or leaves out is told in a sentence the summary does not show."""
    return any(p.match(text) for p in _LEANING)
