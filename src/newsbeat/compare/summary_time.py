"""Whether a summary sentence tells an earlier event: a past year its main clause is dated to.

Past an article's opening, news writing gives the background in dated sentences: "Page was
born on April 22, 1923", "Ford finished his career in 1978 with 2,290 points", "Lohan was
previously in Betty Ford in 2010". The day's own event is dated by weekday or "today" and
seldom by its year. So a sentence whose date adverbial ("in 1978", "in May 2005", "on April 22,
1923", "until 2003") names a year two or more years before the story's latest year, and which
has no day of its own (a weekday, "today", "this week") and no plan ("will", "is due to"), is
background.

The year must date the clause, not something nested in it or compared with it:

- a year that modifies a noun ("the 2005 murder", "a 2008 Bentley", "the 2007 ceremony") is a
  reference, not the sentence's date;
- a date after a verb in -ing ("charged with killing her on Oct. 21, 2011", "one season after
  posting the worst record in 2011") dates that nested event: the sentence's own may be today's
  (a verdict, a win); a noun in -ing ("born in a fishing village in 1948") is taken for such a
  verb too, and the rule then says nothing;
- a date in a relative clause or an aside between commas ("The actress, who shot to fame in
  1999, decided to check in last week", "The crane, built in 1994, had been locked to its
  rails") dates a fact about a name, not the sentence;
- a date after "since" or a comparative "than" is a comparison ("the worst riots since the fall
  of the junta in 1974", "the first losing season since 2003", "five rounds sooner than when he
  won their first fight in 2008") that describes today's event; "more than 26,000 people ...
  in 2003" is a quantity, and its sentence can still be background.

The story's latest year is the latest publication year of its articles, else the latest year
its texts name (ECB+ texts have no publication date). Two years, not one, because a story
told from texts alone may name a year later than its own (an article written in January on a
season that ended in December).

An obituary is the exception: when the lead fact is a death ("Bettie Page died of pneumonia
..."), the dead person's past (born in 1923, the source of the Watergate stories in 1972) is the
story, not background.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbeat.enrich.number_names import MONTH_WORD, WEEKDAY_WORD, YEAR, YEAR_DIGITS

__all__ = ["earlier_event", "obituary", "story_year"]

_MONTH = rf"(?:{MONTH_WORD}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# "in 1978", "in early 2005", "in May 2005", "on April 22, 1923", "until May 2005"; not a span
# ("from 1943-1947"). A year after a determiner ("the 2005 film") never follows the preposition.
_DATED = re.compile(
    r"\b(?:in|on|from|until|till|by|during)\s+(?:(?:early|late|mid-?)\s*)?(?:"
    + _MONTH
    + r"\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?(?P<year>"
    + YEAR_DIGITS
    + r")\b(?!\s*[-–]\s*\d)"
)
_DAY = re.compile(
    rf"\b(?:{WEEKDAY_WORD}|today|tonight|yesterday|this (?:week|morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_PLAN = re.compile(
    r"\b(?:will|would|shall|due|plans?|planned|expected|scheduled|set to|to (?:begin|start))\b",
    re.IGNORECASE,
)
# An -ing verb up to eight words before the date: the date is that nested event's.
_NESTED = re.compile(r"\b\w{2,}ing\b(?:\W+\S+){0,8}\W*$")
# "the worst riots since ...", "five rounds sooner than when he won in 2008": a comparison; "more
# than 26,000 people" is a quantity, not one.
_COMPARED = re.compile(
    r"\bsince\b|\bthan\s+(?!\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half|"
    r"twice|double)\b)",
    re.IGNORECASE,
)
# Inside a relative clause ("The actress, who shot to fame in 1999, decided ...").
# Between commas, a few words after one: an aside ("The crane, built in 1994, had been locked").
_ASIDE_OPEN = re.compile(r",\s*(?:\S+\s+){0,5}$")
_RELATIVE = re.compile(r",\s*(?:who|whom|which|whose|where)\b[^,]*$", re.IGNORECASE)
# "X died Thursday", "X has died", "X, who ..., passed away": the lead of an obituary.
_DEATH = re.compile(r"\b(?:died|dies|has died|passed away|death of)\b", re.IGNORECASE)
# Two years: see the module docstring.
_GAP = 2


def story_year(published: Iterable[str | None], texts: Iterable[str]) -> int | None:
    """The story's latest year: of its articles' publication dates, else named in its texts.

    Args:
        published: the articles' ISO publication dates (None when unknown).
        texts: the articles' texts.

    Returns:
        The year, or None when neither gives one.
    """
    years = [int(p[:4]) for p in published if p and p[:4].isdigit()]
    if years:
        return max(years)
    named = [int(y) for text in texts for y in YEAR.findall(text)]
    return max(named) if named else None


def earlier_event(sentence: str, year: int | None) -> bool:
    """Whether the sentence's date adverbial puts it two or more years before ``year``.

    Args:
        sentence: a candidate summary sentence (past an article's opening).
        year: the story's latest year (:func:`story_year`); None: never.

    Returns:
        True when the sentence is background dated to an earlier year.
    """
    if year is None or _DAY.search(sentence) or _PLAN.search(sentence):
        return False
    for found in _DATED.finditer(sentence):
        before = sentence[: found.start()]
        if _NESTED.search(before) or _COMPARED.search(before) or _RELATIVE.search(before):
            continue
        if _ASIDE_OPEN.search(before) and sentence[found.end() :].startswith(","):
            continue  # "The crane, built in 1994, had been locked ..."
        if int(found.group("year")) <= year - _GAP:
            return True
    return False


def obituary(lead: str) -> bool:
    """Whether a story's lead fact is a death, so that the dead person's past is its story.

    Args:
        lead: the story's lead sentence.

    Returns:
        True when the lead says someone died.
    """
    return _DEATH.search(lead) is not None
