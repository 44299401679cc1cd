"""Awards, their ceremonies and named storms: no actors (issue 12, entities).

NER tags an award that has a person's name ("an Oscar", "a Tony") as a person, and its
ceremony ("the Oscars", "the Tonys") as an organisation; a storm's name ("Hurricanes Kira and
Tomas") as a person. None of them is an actor, so, as :mod:`actor_things` does for
awards and works, their mentions leave the actor table (the bench reads a name that is no
actor as NOT_ENTITY; relations and speakers never see them):

* a ceremony known by its plural ("the Oscars", "the Grammys": a short list), as if the text
  had made its singular an award;
* a word the text itself makes an award: "X Award(s)" ("the Velmar Award"), "X-winning",
  "X-nominated", "won an X", "winning two Xs", "nominated for an X", "the X ceremony", "the X
  telecast", "an X statuette". Once the article says so, a mention that is exactly that word
  or its plural ("the Velmars", the ceremony or the awards) is the award, unless the text makes
  that mention a person ("son Velmar, 8", "his daughter Velmar"). A name merely followed by
  "nominee" or "nomination" is not enough ("the Holm nominee" is someone's nominee);
* a ceremony the article names in the plural ("the Velmars") and also in the singular before a
  word of its show: "the Velmar host", "Velmar-hosting", "Velmar night", "the Velmar ceremony",
  "Velmar Sunday". The plural is the check: "the Fox host" names a network's presenter, and no
  story writes "the Foxs" (not "a Democrat winning the seat" beside "the Democrats": a win is
  no show word);
  so are "an Xs host", "as Xs host" and "the Xs ceremony" (the plural before a show word,
  not after "the" for "host": "the Lakers host the Kings" is a game);
* a name whose last word says it is a prize or a contest ("the Velmar Prize", "the Kaldria
  Cup Finals", "the Northern League Playoffs", "the 2020 Dravonia Championships"): none is an
  actor, as the realnews gold types "NFL Pro Bowl" and "NCAA Tournament" NOT_ENTITY;
* a capitalised name right after "Hurricane", "Typhoon", "Cyclone" or "Tropical Storm", or in
  a list after the plural ("Hurricanes Kira and Tomas"): a storm. A team called the Hurricanes
  is never followed by a list of single names joined by "and".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.award_titles import more_award_words
from newsbeat.enrich.name_context import holds_any, letter_runs, written_as_word

if TYPE_CHECKING:
    from newsbeat.enrich.actor_table import ArticleActors, MentionRef

__all__ = ["drop_awards_and_storms"]

_NAME = r"[A-Z][a-z]+"
_NUMBER_WORD = r"(?:an?|two|three|four|five|six|seven|eight|nine|ten|\d+)"
# Words that may follow "won an X" (not a noun: "won a Senate seat").
_AFTER_WON = (
    r"(?:for|in|at|and|as|with|on|but|or|after|before|since|last|this|that|when|while|from|"
    r"by|to|the|a|an|his|her|its|their)\b"
)


def _won_cue() -> re.Pattern[str]:
    """ "won an X", "winning two Xs", "nominated for an X" (group 1 is the word)."""
    return re.compile(
        rf"\b(?:won|wins|win|winning|nominated[ \t]+for)[ \t]+{_NUMBER_WORD}[ \t]+"
        rf"([A-Z][a-z]+?)s?\b(?=[ \t]*(?:[,.;:!?)\"'\u2019]|\n|\Z|{_AFTER_WON}))"
    )


# The words before the number of the won cue, as letter runs (each match holds one whole,
# after ``\b`` and before a space or tab): a text none of whose runs is one is not scanned.
_WON_WORDS = frozenset({"won", "wins", "win", "winning", "nominated"})
# Ways the text makes a capitalised word an award (group 1 is the word), each with words one of
# which every match of it holds: a cue is tried only on a text that has one of them (a literal
# search, far cheaper than trying the pattern at every word).
_AWARD_CUES = (
    (re.compile(rf"\b({_NAME})s?[ \t]+Awards?\b"), ("Award",)),
    (
        re.compile(rf"\b({_NAME})[ \t]*-[ \t]*(?:winning|winner|nominated)\b"),
        ("winn", "nominated"),
    ),
    (_WON_CUE := _won_cue(), ("won", "win", "nominated")),
    (
        re.compile(rf"\b\d+(?:st|nd|rd|th)[ \t]+({_NAME})[ \t]+(?:ceremony|awards)\b"),
        ("ceremony", "awards"),
    ),
    (re.compile(rf"\b({_NAME})[ \t]+(?:telecast|statuettes?)\b"), ("telecast", "statuette")),
)
# Words never taken for an award: "the Award ceremony", "won a Pulitzer Prize".
# A ceremony's show words after its singular name, each with the plural name written in the
# text (see the module docstring), and the plural's own cues.
_SHOW_WORDS = r"(?:host|hosts|hosting|ceremony|night|Sunday|show)"
_SINGULAR_SHOW = re.compile(rf"\b([A-Z][a-z]*[a-rt-z])(?:[ \t]*-[ \t]*|[ \t]+){_SHOW_WORDS}\b")
_PLURAL_SHOW = re.compile(
    r"\b(?:(?:[Aa]n?|[Aa]s)[ \t]+([A-Z][a-z]+[a-rt-z])s[ \t]+host"
    r"|([A-Z][a-z]+[a-rt-z])s[ \t]+(?:telecast|ceremony|statuettes?))\b"
)
# Words one of which every match of the two show cues holds (tried only on such a text).
_SHOW_GATE = ("host", "ceremony", "night", "Sunday", "show", "telecast", "statuette")
# The show words of each cue as letter runs (name_context.letter_runs, lower case): each match
# holds one whole, after a space, tab or hyphen and before ``\b`` (a character that is no
# letter a-z, or the end). A text none of whose runs is one is not scanned.
_SINGULAR_SHOW_WORDS = frozenset(
    {"host", "hosts", "hosting", "ceremony", "night", "sunday", "show"}
)
_PLURAL_SHOW_WORDS = frozenset({"host", "telecast", "ceremony", "statuette", "statuettes"})
# Last words of the name of a prize or a contest (an "® mark" stripped first).
_CONTEST_ENDS = frozenset(
    {"Award", "Awards", "Prize", "Prizes", "Trophy", "Finals", "Playoffs", "Olympics"}
    | {"Paralympics", "Championship", "Championships", "Tournament", "Series"}
)
_MARKS = "®™ \t"
_NOT_AWARDS = frozenset({"Award", "Awards", "The", "This", "That", "Academy"})
# What makes one mention a person: a kinship word before it, an age after it.
_PERSON_BEFORE = re.compile(
    r"\b(?:son|daughter|brother|sister|wife|husband|father|mother|uncle|aunt|nephew|niece|"
    r"cousin|grandson|granddaughter|child|friend|boyfriend|girlfriend)[ \t]+\Z",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"[ \t]*,[ \t]*\d")
_STORM = re.compile(
    rf"\b(?:Hurricane|Typhoon|Cyclone|Tropical[ \t]+Storm)[ \t]+({_NAME})\b(?![ \t]+[A-Z])"
    rf"|\b(?:Hurricanes|Typhoons|Cyclones|Tropical[ \t]+Storms)[ \t]+"
    rf"((?:{_NAME}[ \t]*,[ \t]*)*{_NAME}[ \t]+(?:and|or)[ \t]+{_NAME})\b(?![ \t]+[A-Z])"
)
_STORM_WORDS = ("Hurricane", "Typhoon", "Cyclone", "Tropical")  # one in every match of _STORM


# Ceremonies known by their plural alone: an article on the show writes "host the Oscars"
# with no award cue (read34b: "the Oscars" ORG in eleven mentions). Plurals only: "Oscar",
# "Emmy" and "Tony" are first names too.
_KNOWN_CEREMONIES = (
    "Oscars",
    "Emmys",
    "Grammys",
    "Tonys",
    "Baftas",
    "BAFTAs",
    "Oliviers",
    "Razzies",
)


def award_words(text: str) -> frozenset[str]:
    """The capitalised words the text makes awards (see the module docstring)."""
    found = {
        m.group(1)
        for cue, words in _AWARD_CUES
        if any(w in text for w in words)
        and (cue is not _WON_CUE or not _WON_WORDS.isdisjoint(letter_runs(text)))
        for m in cue.finditer(text)
    }
    if any(w in text for w in _SHOW_GATE):
        runs = letter_runs(text)
        if not _SINGULAR_SHOW_WORDS.isdisjoint(runs):
            found |= {
                m.group(1)
                for m in _SINGULAR_SHOW.finditer(text)
                if written_as_word(text, m.group(1) + "s")  # letters only: no pattern compiled
            }
        if not _PLURAL_SHOW_WORDS.isdisjoint(runs):
            found |= {m.group(1) or m.group(2) for m in _PLURAL_SHOW.finditer(text)}
    found |= {w[:-1] for w in _KNOWN_CEREMONIES if written_as_word(text, w)}
    found |= more_award_words(text)  # "Velmar winner Ana Holm", "four-time Velmar nominee"
    return frozenset(w for w in found if w and w not in _NOT_AWARDS)


def is_contest_name(name: str) -> bool:
    """A name of two words or more whose last word names a prize or a contest."""
    words = name.rstrip(_MARKS).split()
    return len(words) > 1 and words[-1] in _CONTEST_ENDS


def storm_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names a storm, its first name with the word before it ("Hurricane
    Kira"; "Hurricanes Kira" and "Tomas" of "Hurricanes Kira and Tomas"): NER may take the
    word into the name."""
    spans: list[tuple[int, int]] = []
    if not holds_any(text, _STORM_WORDS):
        return spans  # most texts name no storm: the pattern is tried at every word
    for m in _STORM.finditer(text):
        if m.group(1):
            spans.append((m.start(), m.end(1)))
            continue
        base = m.start(2)
        names = [n for n in re.finditer(_NAME, m.group(2)) if n.group() not in {"and", "or"}]
        spans.append((m.start(), base + names[0].end()))
        spans.extend((base + n.start(), base + n.end()) for n in names[1:])
    return spans


def _inside_storm(start: int, end: int, storms: list[tuple[int, int]]) -> bool:
    """The mention is a storm's name, or the storm's word and its name."""
    return any(s <= start and end <= e and (end == e) for s, e in storms)


def drop_awards_and_storms(table: ArticleActors) -> None:
    """Drop the mentions that are awards, award ceremonies or storms, in place."""
    text = table.text
    awards = award_words(text)
    storms = (
        storm_spans(text)
        if "Hurricane" in text or "Typhoon" in text or "Cyclone" in text or "Storm" in text
        else []
    )
    if not awards and not storms:
        if any(is_contest_name(a) for a in table.actors):
            table.drop_mentions(lambda m: is_contest_name(m.actor))
        return
    plurals = {w + "s" for w in awards}

    def gone(m: MentionRef) -> bool:
        if is_contest_name(m.actor):
            return True
        surface = text[m.start : m.end]
        if _inside_storm(m.start, m.end, storms):
            return True
        if surface not in awards and surface not in plurals:
            return False
        if m.actor not in (surface, surface[:-1]) and m.actor not in awards | plurals:
            return False  # part of a longer name ("Velmar Holm") is the name's
        return not (
            _PERSON_BEFORE.search(text, max(0, m.start - 16), m.start)
            or _AGE_AFTER.match(text, m.end)
        )

    table.drop_mentions(gone)
