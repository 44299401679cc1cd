"""Whether a summary candidate carries no fact of the story: timeless lines, the writer's
asides, calls to action, a reaction told alone, a retrospective hook and a photo caption.

read33 counted summary bullets of real pages that tell nothing of what happened (issue 12,
session 34): a definitional or evaluative line ("Pneumonic plague is the most deadly form of
the disease.", "BED is about more than food, it's a recognized psychological condition."), the
writer's aside ("Presumably, other games also offer less-than-ideal visual performance."), a
call to action ("Start your day with the Opening Bell ..."), a scene's reaction with no event
("The cabinet members gathered around Mr. Trump laughed.") and a feature's hook ("A half
century on, The Doobie Brothers are still smoking."); read38 one more, a photograph's caption
left in the text ("Suspects raise their hands as a navy boat approaches.": :func:`photo_caption`).
Each is kept in the sentence graph and
never chosen (:mod:`newsbeat.compare.summary_candidates`), so a story whose candidates are all
such lines gets fewer bullets, not worse ones.

Each rule asks for a sentence that is **timeless** (:func:`timeless`): nothing in it happened or
will (no past, perfect, progressive or future verb), and no figure, date, source or quote. A
present state of the story ("The crash is still under investigation.", "The results of a blood
test are pending.") is timeless too; it is spared because the rules also ask for a generic
predicate, an evaluative opener or a reaction verb. Precision first: a name beside a timeless
line keeps it unless the line opens on the writer's comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbeat.compare.summary_generic import (
    _CAPITAL,
    _DATE,
    _FIGURE,
    _REPORTED,
    _STORY_TIME,
)
from newsbeat.compare.summary_usable import QUOTED

__all__ = [
    "call_to_action",
    "evaluative_aside",
    "photo_caption",
    "reaction_only",
    "retrospective_hook",
    "tells_no_fact",
    "timeless",
]

# A verb telling that something happened or will: a past or perfect auxiliary, a modal of the
# future, a common irregular past, or a plan ("set to", "expected").
_HAPPENED = re.compile(
    r"\b(?:was|were|had|has|have|hasn['’]t|haven['’]t|did|didn['’]t|will|won['’]t|would|"
    r"could|said|told|took|made|gave|went|came|found|left|won|lost|hit|put|set|cut|shot|"
    r"struck|fell|rose|met|held|led|sent|spent|built|bought|brought|caught|fought|thought|"
    r"began|broke|chose|drew|drove|flew|got|grew|knew|ran|saw|sold|spoke|stood|became|kept|"
    r"paid|fled|beat|felt|meant|sought|taught|ago|expected|going\s+to|due\s+to|plans?\s+to)\b"
    r"|['’](?:ll|ve|d)\b",
    re.IGNORECASE,
)
# A past tense in "-ed" ("arrested", "announced"); not a participle used as an adjective after a
# determiner, a degree adverb or a copula ("a recognized condition", "are reserved for").
_ED_VERB = re.compile(
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bmost\s)(?<!\bmore\s)(?<!\bvery\s)(?<!\bwell\s)"
    r"(?<!\bhighly\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b[a-z]{2,}ed\b"
)
# A present progressive tells an event under way ("Protesters are pressing for elections.").
_PROGRESSIVE = re.compile(
    r"\b(?:is|are|am|isn['’]t|aren['’]t|['’]s|['’]re)\s+(?:(?:now|still|already|not|only|just|"
    r"fast|also|[a-z]+ly)\s+){0,2}[a-z]{2,}ing\b",
    re.IGNORECASE,
)
# A claim reported in the present ("The government claims that ... is a major step."): someone's
# words, a fact of the story.
_CLAIMED = re.compile(
    r"\b(?:claims?|argues?|believes?|insists?|maintains?|contends?|suggests?|thinks?|"
    r"reports?|notes?|writes?|warns?|reportedly|allegedly|apparently|purportedly|"
    r"officially)\b",
    re.IGNORECASE,
)


def timeless(text: str) -> bool:
    """Whether nothing in the sentence happened or will: no quote, figure, date, source, past,
    perfect, progressive or future verb (see :data:`_HAPPENED`)."""
    if QUOTED.search(text) or _FIGURE.search(text) or _DATE.search(text):
        return False
    if _STORY_TIME.search(text) or _REPORTED.search(text) or _CLAIMED.search(text):
        return False
    return not (_HAPPENED.search(text) or _ED_VERB.search(text) or _PROGRESSIVE.search(text))


# A definitional or evaluative predicate: a copula before an article, a superlative, a degree
# word, "about", "part of", "one of" ("is the most deadly form", "is about more than food",
# "is a big deal"), an adverb of degree or habit before an adjective ("is inevitably fatal";
# not "is currently reviewing", "is reportedly safe": a state of the story, a source), or
# "There is a ..." opening the sentence.
_COPULA = r"(?:is|are|isn['’]t|aren['’]t|['’]s|['’]re)"
_GENERIC_PREDICATE = re.compile(
    rf"\b{_COPULA}\s+(?:(?:not|also|only|just|still|often|always|really|truly|simply|"
    r"usually|generally)\s+)?(?:an?\b|one\s+of\b|part\s+of\b|about\b|the\s+(?:most|least|"
    r"best|worst|biggest|greatest|only|key|real)\b|(?:more|less|so|too|very|quite|much|"
    r"far|hardly)\s+[a-z]|(?:inevitably|invariably|incredibly|extremely|utterly|absolutely|"
    r"highly|notoriously|famously|hugely|vastly|nearly|almost|always|never|rarely)\s+"
    r"(?![a-z]+ing\b)[a-z]{3,}\b)"
    rf"|^There\s*{_COPULA}?\s+(?:an?|some|no|many|plenty\s+of|nothing|little|much)\b",
    re.IGNORECASE,
)
# "In place of a fixed roof is a soft top.": an inverted subject after an opening
# prepositional phrase tells what the thing has, not a view of it.
_INVERTED = re.compile(r"^(?:In|On|At|Under|Behind|Above|Below|Inside|Beside)\s[^,]*$")


def _nameless(text: str, names: Iterable[str]) -> bool:
    """No capitalised word past the first ("I" aside), and the first word no part of
    ``names`` (the article's entities)."""
    first, _, rest = text.lstrip("\"“‘' ").partition(" ")
    if any(m.group() != "I" for m in _CAPITAL.finditer(rest)):
        return False
    parts = {p.casefold() for name in names for p in name.split() if p}
    return first.strip(",.;:'’").casefold() not in parts


def tells_no_fact(text: str, names: Iterable[str] = ()) -> bool:
    """Whether the sentence is a timeless definitional or evaluative line naming no one:
    timeless (:func:`timeless`), no name (none of the article's ``names``, no capitalised
    word past the first) and a generic predicate (:data:`_GENERIC_PREDICATE`): "Pneumonic
    plague is the most deadly form of the disease.", "There's a strange disconnect in the
    online business world."."""
    if not timeless(text) or not _nameless(text, names):
        return False
    found = _GENERIC_PREDICATE.search(text)
    if found is None:
        return False
    return not _INVERTED.match(text[: found.start()].strip())


# The writer's evaluative aside opening the sentence ("Presumably, ...", "Sadly, ...").
_EVALUATIVE_OPENING = re.compile(
    r"^(?:Presumably|Unsurprisingly|Predictably|Sadly|Unfortunately|Fortunately|Thankfully|"
    r"Hopefully|Ironically|Interestingly|Perhaps|Surprisingly|Oddly|Strangely|Tragically|"
    r"Luckily|Mercifully|Alas),\s"
)
# A simple past or a future: what happened, whatever the writer thinks of it ("Sadly, the
# mother of two died ..."); a present perfect state ("has become a standard feature") is none.
_PAST_OR_FUTURE = re.compile(
    r"\b(?:was|were|had|did|didn['’]t|will|won['’]t|would|could|said|told|took|made|gave|"
    r"went|came|found|left|won|lost|hit|put|set|cut|shot|struck|fell|rose|met|held|led|sent|"
    r"spent|built|bought|brought|caught|fought|began|broke|chose|drew|drove|flew|got|grew|"
    r"knew|ran|saw|sold|spoke|stood|became|kept|paid|fled|beat|felt|sought|ago|going\s+to)\b",
    re.IGNORECASE,
)


def evaluative_aside(text: str) -> bool:
    """Whether the sentence opens on the writer's evaluation ("Presumably, ...", "Sadly,
    ...") and tells no event: no quote, figure, date or source, and no simple past or future
    (the present and a present perfect state are the writer's view: "Sadly, Delhi pollution
    has become a standard feature of winter.")."""
    if not _EVALUATIVE_OPENING.match(text) or QUOTED.search(text):
        return False
    if _FIGURE.search(text) or _DATE.search(text) or _STORY_TIME.search(text):
        return False
    if _REPORTED.search(text) or _CLAIMED.search(text) or _PAST_OR_FUTURE.search(text):
        return False
    return not _ED_VERB.search(text.replace("has become", "").replace("have become", ""))


# A page's call to action: an imperative opening the sentence ("Sign up for the newsletter.",
# "Start your day with ...", "Sound off in the comments below!").
_CALL_TO_ACTION = re.compile(
    r"^(?:Sign\s+up|Subscribe|Click|Follow\s+us|Join\s+us|Check\s+out|Sound\s+off|"
    r"Stay\s+tuned|Read\s+more|Learn\s+more|Find\s+out|Don['’]t\s+miss|Start\s+your|"
    r"Tune\s+in|Share\s+(?:this|your))\b"
)


def call_to_action(text: str) -> bool:
    """Whether the sentence opens on an imperative to the reader (see
    :data:`_CALL_TO_ACTION`): the page's promotion, no fact."""
    return bool(_CALL_TO_ACTION.match(text))


# "The cabinet members gathered around Mr. Trump laughed.": how those present reacted to
# something told before; alone it says nothing of the story.
_REACTION = re.compile(
    r"^[^,;:]{0,80}\s(?:laughed|applauded|cheered|gasped|nodded|smiled|chuckled|clapped|"
    r"groaned|booed|giggled|sighed|shrugged|wept|sobbed|erupted)(?:\s+(?:loudly|again|too|"
    r"nervously|politely|awkwardly))?[.!]$"
)


def reaction_only(text: str) -> bool:
    """Whether the sentence tells only a reaction (a subject, then a reaction verb ending
    the sentence: "The crowd cheered.") with no figure, date or quote."""
    if QUOTED.search(text) or _FIGURE.search(text) or _STORY_TIME.search(text):
        return False
    return bool(_REACTION.match(text))


# "A half century on, The Doobie Brothers are still smoking.": a span of time since, then a
# present line on how the subject stands: a feature's retrospective hook.
_SPAN_SINCE = re.compile(
    r"^(?:A\s+half[-\s]century|Half\s+a\s+century|A\s+(?:decade|century|generation)|"
    r"(?:Decades|Years|Generations|Centuries)|(?:Two|Three|Four|Five|Ten|Twenty|Thirty|"
    r"Forty|Fifty|Sixty|Seventy|Eighty|A\s+hundred)\s+(?:years|decades))\s+"
    r"(?:on|later|after)\s*,\s"
)


def retrospective_hook(text: str) -> bool:
    """Whether an opening sentence is a retrospective hook: a span of time since (see
    :data:`_SPAN_SINCE`), then a present line telling no event (no digit, no past or future
    verb, no source): "Fifty years on, the band is still touring."."""
    found = _SPAN_SINCE.match(text)
    if found is None:
        return False
    rest = text[found.end() :]
    if re.search(r"\d", rest) or QUOTED.search(rest) or _REPORTED.search(rest):
        return False
    return not (_PAST_OR_FUTURE.search(rest) or _ED_VERB.search(rest))


# A photograph's caption left in the text: what the picture shows, in the present simple
# ("Piracy suspects raise their hands in surrender as a navy boat approaches.", "The mayor
# waves to supporters as she arrives at the hall."): a caption verb, nothing that happened.
_CAPTION_VERB = re.compile(
    r"\b(?:raises?|approach(?:es)?|gestures?|poses?|waves?|looks?\s+on|stands?|watch(?:es)?|"
    r"reacts?|walks?|sits?|arrives?|greets?|embrac(?:e|es)|hugs?|shakes?\s+hands|"
    r"pictured|seen\s+here)\b"
)
# A caption is one short line.
_CAPTION_WORDS = 25


def photo_caption(text: str) -> bool:
    """Whether the sentence reads as a photograph's caption: a short sentence (at most
    :data:`_CAPTION_WORDS` words, no semicolon) with a caption verb in the present
    (:data:`_CAPTION_VERB`) in which nothing happened or will (:func:`timeless`: no past,
    perfect, progressive or future verb, no figure, date, quote or source)."""
    if len(text.split()) > _CAPTION_WORDS or ";" in text:
        return False
    return bool(_CAPTION_VERB.search(text)) and timeless(text)
