"""Whether a summary candidate is a generic statement: filler, not news.

An outlet pads its lead with a line about a whole class of events ("For the families of
crash victims, the months after can be hard to bear.", "Such cases often take years to
resolve."). It names no one and nothing, gives no figure and no date, and tells no event:
nothing happened to anyone in it, it says what can, may or usually happen. Each of those
marks alone is common in news (a short line without a name: "The driver fled on foot."; a
modal: "Dalby may face more charges."), so only a sentence with none of the specifics and a
generic predicate is filler. Precision first: a sentence with any name, number or date is
never judged here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbeat.compare.summary_usable import QUOTED
from newsbeat.enrich.number_names import MONTH_WORD, WEEKDAY_WORD

__all__ = ["anecdote", "commentary", "dated_news", "generic", "hook", "tells_news"]

# A proper name: a capitalised word past the sentence's first ("I" and a capital after an
# opening quote mark aside).
_CAPITAL = re.compile(r"(?<![\"“‘'])\b[A-Z][\w'’-]*")
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|first|second|third|"
    r"half)\b",
    re.IGNORECASE,
)
# A date or a span of time; month and day names only capitalised ("may" is a modal).
_DATE = re.compile(
    r"(?i:\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|overnight|"
    r"weekend|days?|hours?|weeks?|months?|years?|recently|ago)\b)|"
    rf"\b(?:{WEEKDAY_WORD}|{MONTH_WORD})\b",
)
# What can, may or usually happen, not what did: a modal of possibility in the present (not
# "may have been", a guess about one event; not "could", most often a past ability) or an
# adverb of habit.
_GENERIC = re.compile(
    r"\b(?:can|cannot|can['’]t|may|might)\b(?!\s+(?:not\s+)?(?:have|had)\b)|"
    r"\b(?:often|usually|typically|generally|commonly|frequently|rarely|seldom|tends? to)\b",
    re.IGNORECASE,
)
# A modal inside a subordinate clause ("... because its fumes might harm ...", "more than
# the cells can hold") qualifies a specific fact; only the main clause's predicate counts.
_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|because|if|unless|whether|than|so|when|where|while|although)\b",
    re.IGNORECASE,
)
# Reported content ("the rules say the law may not be used ...") is news about what was said.
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|according to|stated|states|announced|warned)\b",
    re.IGNORECASE,
)


def _main_clause_generic(text: str) -> bool:
    for found in _GENERIC.finditer(text):
        # "If a ship has no engine then it is usually towed": the main clause follows "then"
        clause = re.split(r"[,;:—–]|\bthen\b", text[: found.start()])[-1]
        if not _SUBORDINATE.search(clause):
            return True
    return False


def generic(text: str, names: Iterable[str] = ()) -> bool:
    """Whether ``text`` is a generic statement: it names no person, organisation or place (no
    capitalised word past its first, and its first word is no part of ``names``, the
    article's entities), gives no figure or date, reports no one's words, and its main
    clause says what can, may or usually happen rather than what did."""
    if _FIGURE.search(text) or _DATE.search(text) or _REPORTED.search(text):
        return False
    if not _main_clause_generic(text):
        return False
    stripped = text.lstrip("\"“‘' ")
    first, _, rest = stripped.partition(" ")
    if any(m.group() != "I" for m in _CAPITAL.finditer(rest)):
        return False
    parts = {p.casefold() for name in names for p in name.split() if p}
    return first.strip(",.;:'’").casefold() not in parts


# A feature's hook: an opening line that characterises rather than tells ("To Lena Holm,
# ferries are not a business.", "The making of a treaty is a slow dance between capitals.").
# Its main clause is a present copula with a common-noun subject before a noun or a negation
# (a named subject is news: "Lena Holm is the new mayor"), and nothing in it happened:
# no figure, no date, no verb in a past or perfect form, no "will". A present progressive
# ("Fighting is raging in Brask.") tells an event and stays.
_PRESENT_COPULA = re.compile(
    r"^(?P<subject>[^,;:—–]*?)\s(?:is|are)\s+(?:not\s+|no\s+longer\s+)?(?:an?|the|no)\b"
)
_TOLD = re.compile(
    r"\d|\b(?:was|were|had|has|have|did|will|would|[a-z]{2,}ed|said|told|took|made|gave|went|"
    r"came|found|left|won|lost|hit|put|set|cut|shot|struck|fell|rose|met|held|led|sent|spent|"
    r"built|bought|brought|caught|fought|thought|began|broke|chose|drew|drove|flew|got|grew|"
    r"knew|ran|saw|sold|spoke|stood|became|kept|paid|fled|beat|felt|meant|sought|taught|"
    r"today|tonight|yesterday|tomorrow|ago)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|June|July|August|September|October|"
    r"November|December)\b",
    re.IGNORECASE,
)


def hook(text: str) -> bool:
    """Whether an article's opening sentence is a feature's hook (a present copula that
    characterises, nothing told: see :data:`_PRESENT_COPULA`), not its news."""
    body = re.sub(r"^To [^,]{1,40},\s*", "", text)  # "To Lena Holm, ferries are …"
    found = _PRESENT_COPULA.search(body)
    if found is None or _TOLD.search(text) is not None or _REPORTED.search(text) is not None:
        return False
    # a named subject is news ("Lena Holm is the new mayor"); a hook's is a common noun
    words = found["subject"].split()
    opens_common = bool(words) and (words[0][:1].islower() or words[0] in {"The", "A", "An"})
    return opens_common and not any(w[:1].isupper() for w in words[1:])


# The writer's own comment, not a fact told: an opinion opener ("No doubt the coupe looks
# stylish.", "Obviously, three years is a long time.") or a question put to the reader
# ("Wondering how a duvet could make you sick?"), its mark outside any quote.
_OPINION_OPENING = re.compile(
    r"^(?:No\s+doubt|Obviously|Clearly|Of\s+course|Undoubtedly|Admittedly|Frankly|Honestly|"
    r"Needless\s+to\s+say|Surely|Arguably|Let['’]s\s+face\s+it|Make\s+no\s+mistake|"
    # "As usual, the attackers are ahead.": the writer's view of how things go
    r"As\s+(?:usual|always|ever))\b"
    # "Vell is right: the club needed that win.": the writer's verdict on someone's words,
    # then the writer's own restatement of them (summ38: a column's second bullet)
    r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:is|was|are|were)\s+(?:absolutely\s+|"
    r"quite\s+|partly\s+|not\s+)?(?:right|correct|wrong|mistaken)\s*:"
)


def commentary(text: str) -> bool:
    """Whether the sentence is the writer's comment: an opinion opener or a question asked
    outside quote marks (see :data:`_OPINION_OPENING`)."""
    if _OPINION_OPENING.match(text):
        return True
    return QUOTED.sub("", text).rstrip(" \"'’”").endswith("?")


# "Triple-doubles also mean little to Vell, ...": a line adding to another is no lead fact.
_ADDED = re.compile(r"\b(?:also|as\s+well)\b", re.IGNORECASE)


def tells_news(text: str) -> bool:
    """Whether a sentence can be an article's lead fact behind a feature's opening: it tells
    something that happened or will (a past or perfect verb, "will", a figure or a date;
    see :data:`_TOLD`), is no question and adds to no sentence before it ("also")."""
    if commentary(text) or _ADDED.search(QUOTED.sub(" ", text)):
        return False
    return _TOLD.search(text) is not None


# A feature's opening scene: a named person in the middle of something when it happened
# ("Marta Vell was making breakfast when the phone rang."), or remembering it ("Ivo Dane still
# remembers the smell of the smoke."), or before it ("Ana Kell had just locked the shop when
# ..."). The news comes later; with a date, a figure or a source the same shape is the news
# itself ("A 34-year-old was walking home on Monday when a car hit him, police said.").
_SCENE = re.compile(
    # a person's first and last name (not "Kettby Police", "The Harbour Crews")
    r"^(?!(?:The|A|An|This|That)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
    r"(?<!Police)(?<!Officers)(?<!Crews)(?<!Troops)(?<!Forces)(?<!Rescuers)(?<!Officials)"
    r"(?<!Firefighters)(?<!Authorities)(?<!Soldiers)(?<!Workers)(?<!Guard)(?:,\s+\d{1,3},)?\s+(?:"
    r"(?:was|were)\s+(?:just\s+|still\s+|busy\s+)?[a-z]{3,}ing\b.*\bwhen\b"
    r"|had\s+(?:just|barely|only\s+just|hardly)\s+[a-z]{3,}(?:ed|en|t)\b.*\bwhen\b"
    # not "recalls": "Velmar Motors recalls its Aster sedans" is a recall, the news itself
    r"|(?:still\s+)?remembers\b)"
)
# The story's own time: a weekday, "yesterday", "this week", a month's day.
_STORY_TIME = re.compile(
    rf"\b(?:{WEEKDAY_WORD}|{MONTH_WORD}\s+\d)|(?i:\b(?:today|tonight|yesterday|"
    r"(?:this|last|next)\s+(?:week|month|year|night)|now)\b)"
)
# "Vell, 54, ...": an age is no figure of the news.
_AGE = re.compile(r",\s+\d{1,3},")


def _dated(text: str) -> bool:
    """A figure (an age aside) or the story's time (:data:`_STORY_TIME`)."""
    return bool(_STORY_TIME.search(text) or re.search(r"\d", _AGE.sub(",", text)))


def anecdote(text: str) -> bool:
    """Whether an article's opening sentence is a feature's scene around a named person (see
    :data:`_SCENE`) telling no date, figure or source: its news comes later."""
    if not _SCENE.match(text) or _REPORTED.search(text) is not None:
        return False
    return not _dated(text)


def dated_news(text: str) -> bool:
    """Whether a sentence tells news (:func:`tells_news`) with a figure (an age aside) or the
    story's time (:data:`_STORY_TIME`): a feature's nut graf, not a line of its opening scene
    ("The caller said her brother's boat had not come back.")."""
    return tells_news(text) and _dated(text)
