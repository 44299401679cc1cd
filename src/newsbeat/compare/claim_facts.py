"""What the comparison reads off each claim (``_Facts``) and each story (``_Story``)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsbeat.compare.claim_context import DETERMINERS, agentless_passive, background_date, is_value
from newsbeat.compare.claim_totals import _is_total
from newsbeat.compare.claim_units import dimension, measure_words, unit_head
from newsbeat.compare.count_nouns import RIDE, WAY, canonical_count, priced_nouns, ridden
from newsbeat.compare.name_variants import _spelling, _written_as_name
from newsbeat.compare.records import CompareOptions, _cased_tokens, _head, _singular, _tokens
from newsbeat.enrich.claim_ages import described_age
from newsbeat.models import Claim
from newsbeat.sentence_vectors import Meaning

# fmt: off
_NUMBER_WORDS = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "dozen", "dozens",
    "hundreds", "thousands", "millions",
})
_FILLER = frozenset({
    "and", "or", "of", "the", "a", "an", "some", "about", "around", "nearly", "almost", "more",
    "than", "over", "up", "to", "at", "least", "most", "fewer", "less", "under", "just",
    "roughly", "approximately", "estimated",
})
_UNIT_PREFIXES = frozenset({"square", "sq", "cubic", "nautical"})
_PERIOD = frozenset({
    "week", "weeks", "month", "months", "year", "years", "quarter", "days", "decade", "weekend",
    "season", "hours",
})
_PARTITIVE = frozenset({"the", "them", "those", "these", "its", "their", "whom"})
# fmt: on
_CASUALTY_CLASS = {
    "killed": "killed",
    "dead": "killed",
    "injured": "injured",
    "wounded": "injured",
    "hurt": "injured",
    "arrested": "arrested",
    "detained": "arrested",
}  # fmt: skip
_PEOPLE = frozenset({"people", "person", "persons", "civilian", "civilians"})


@dataclass(frozen=True, kw_only=True)
class _Facts:
    """What a claim counts, read once: unit, counted noun, qualifiers, time, scope, actors."""

    unit: str
    noun: str
    suffix: str  # "injured" of "workers injured"
    modifiers: frozenset[str] | None  # words between the number and the noun (None: unknown)
    time: str
    total: bool
    actors: frozenset[str]  # actors named next to the number
    part: bool  # "two of the four", "including $281 million in cash": a part of a total
    role: str  # from the claim's slot: total, part, rate, distance; "" for a plain count
    event: str  # the verb it hangs on ("kill", "deploy"); "" when unknown
    subject: str  # the actor doing it; "" when unknown
    named: bool  # the subject is written as a name (every word capitalised: "Red Sox")
    place: str  # a distance's named place; "" when unknown
    dated: str  # an earlier event's date in the sentence ("in February", "in 2003"); "" else
    occasion: str  # the game or period it is counted in ("in tuesday s game"); "" when none
    agentless: bool  # its sentence is a passive naming no agent ("300 rounds were seized")
    when: str = ""  # its date as written ("on saturday"), folded; "" when none
    poll: frozenset[str] | None = None  # a poll's share: its pollsters named (None: no poll)
    wording: tuple[str, ...] = ()  # its sentence's words without the numbers
    position: int | None = None  # where its counted word stands among them (None: not found)
    ago: bool = False  # a span before "ago" ("married two weeks ago"): when, not how long
    person: bool = False  # its subject is a person its sentence names ("Fred Kell served ...")
    aged: bool = False  # its subject is only an age no one of the story has ("36-year-old")
    anchors: frozenset[str] = frozenset()  # other names its sentence writes ("Watergate")
    priced: frozenset[str] = frozenset()  # a bare measure's noun: "an offer of $160 million"
    whole: str = ""  # the figure of the whole a part is picked from ("100" of "two of the 100")
    written_noun: str = ""  # the counted word as written ("civilian" of "civilians killed")
    unsure: bool = False  # its pronoun subject follows two named people (see _pronoun_of_two)
    recipient: str = ""  # the named party its act is done to ("offered Drost"), folded; "" else
    # a share's own place ("60 per cent in Ostravia": ostravia; see share_places); empty else
    shared: frozenset[str] = frozenset()
    share_of: frozenset[str] = frozenset()  # what a share is of ("of web services": service, web)
    definite: bool = False  # written after "the" or a possessive ("the seven bullets"): a set


@dataclass(kw_only=True)
class _Story:
    """What the pair rules read of a whole story, computed once per story."""

    opts: CompareOptions
    by_article: Mapping[int, Sequence[int]]
    lead: Sequence[bool]  # the claim is in its article's headline or lead
    people: Sequence[frozenset[str]]  # the people a claim's sentence names
    places: Sequence[frozenset[str]]  # the places it names
    listed: Sequence[frozenset[str]]  # the things its sentence counts
    ambiguous: set[int] = field(default_factory=set)  # its article gives two figures for it
    personal: set[int] = field(default_factory=set)  # its article gives one figure per person
    narrowed: set[int] = field(default_factory=set)  # an open bound its own article narrows
    converted: bool = False  # some article converts a sum into dollars in one sentence
    # The places and days its article's headline and lead name (see gathering_slots).
    lead_places: Sequence[frozenset[str]] = ()
    lead_days: Sequence[frozenset[str]] = ()
    # Closeness in meaning of two claims' masked sentences and of their counted phrases
    # (sentence vectors; None: not asked for, or no encoder installed).
    meaning: Meaning | None = None
    phrase_meaning: Meaning | None = None


# Words before a figure that make it a set told before ("the seven bullets", "their 12 ships").
_DEFINITE = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})


def _facts(
    claim: Claim,
    names: Sequence[str],
    people: frozenset[str] = frozenset(),
    aged: Mapping[str, str] | None = None,
) -> _Facts:
    """What a claim counts; ``people`` are the surnames of the persons its sentence names,
    ``aged`` the story's person for each age a subject is described by (:func:`_story_ages`)."""
    written = unit_head(claim)
    unit = dimension(written)  # years and months are one quantity, compared converted
    words = [_singular(w) for w in _tokens(claim.what)]
    spelling = measure_words(claim)
    spelled = words[0] if spelling and not claim.unit else ""  # "feet": counted, no unit
    if spelling:
        # a bare "four years" counts a duration, as "4.5 months" does; "200 feet" a length
        words = [unit, *words[spelling:]]
    # the counted word before the folds below: "civilians killed" are no "soldiers killed"
    written_noun = words[0] if words and words[0] not in _CASUALTY_CLASS else ""
    if words and words[-1] in _CASUALTY_CLASS and (len(words) == 1 or words[0] in _PEOPLE):
        words = ["people", _CASUALTY_CLASS[words[-1]]]  # "50 were injured" = "80 people hurt"
    if claim.event == "population" and words and words[0] in {"resident", "inhabitant"}:
        words = ["people", *words[1:]]  # "200,000 residents" = "home to 120,000 people"
    noun = words[0] if words else unit
    suffix = _casualty_suffix(words[1:])
    tokens = _tokens(claim.sentence)
    found = _locate(tokens, _head(claim.unit) or spelled or noun, claim)
    noun, event = canonical_count(noun, claim.event or "", suffix, claim.sentence)
    if noun == WAY:
        suffix = ""  # "buildings arrested" of "was arrested five buildings away": a way still
    subject = claim.subject or ""
    described = subject in (aged or {})
    if described:
        subject = (aged or {})[subject]  # "a 36-year-old climber": the story's 36-year-old
    if ridden(noun, claim.sentence, lambda token: is_value(token, claim)):
        event, subject = RIDE, ""  # "the pirates, in three boats, were attempting to hijack"
    modifiers = None
    ago = False
    window: list[str] = []
    capital: Sequence[bool] | None = None
    wording = tuple(t for t in tokens if not _is_number(t))
    position = None
    if found is not None:
        j, i = found
        position = sum(1 for t in tokens[:i] if not _is_number(t))
        # "two other rifles" are rifles: "other" sets them apart from those named before,
        # it names no kind of rifle ("assault rifles" does).
        modifiers = frozenset(
            t for t in _fraction_dropped(tokens[j + 1 : i]) if t not in _FILLER and t != "other"
        )
        if written.startswith(("square ", "cubic ", "nautical ")):
            modifiers -= _UNIT_PREFIXES  # "30 square miles" is an area, not a kind of mile
        window = tokens[max(j - 3, 0) : i + 4]  # "Norland's 400 troops", "400 troops from X"
        if (cased := _capitals(claim.sentence, len(tokens))) is not None:
            capital = cased[max(j - 3, 0) : i + 4]
        ago = unit == "duration" and tokens[i + 1 : i + 2] == ["ago"]
    time_words = [w for w in _tokens(claim.time_ref or "") if w not in DETERMINERS]
    if not _PERIOD.intersection(time_words):
        time_words = []  # a date ("Feb. 28", "on Monday") says when it was said, not a period
    named = _written_as_name(subject)
    return _Facts(
        unit=unit,
        noun=noun,
        written_noun=written_noun,
        suffix=suffix,
        modifiers=modifiers,
        time=" ".join(time_words),
        total=_is_total(claim),
        actors=_actors_in(window, names, claim.claimant, capital),
        part=claim.role == "part"
        or any(
            (t.isdigit() or t in _NUMBER_WORDS)
            and nxt == "of"
            and after in _PARTITIVE
            and is_value(t, claim)  # "$108 million ... in one of the largest heists": whole
            for t, nxt, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
        ),
        whole=_whole(tokens, claim),
        role=claim.role or "",
        event=event,
        subject=_spelling(" ".join(_tokens(subject))),
        named=named,
        person=named and (described or bool(set(_tokens(subject)[-1:]) & people)),
        aged=described_age(subject) is not None,
        anchors=_anchors(tokens, claim.sentence, subject),
        place=" ".join(_tokens(claim.place or "")),
        dated=background_date(claim.time_ref),
        occasion=" ".join(_tokens(claim.occasion or "")),
        agentless=agentless_passive(claim.sentence),
        when=" ".join(_tokens(claim.time_ref or "")),
        wording=wording,
        position=position,
        poll=_pollsters(claim, unit, tokens),
        ago=ago,
        priced=_priced_words(claim) if noun == unit else frozenset(),
        recipient=_spelling(" ".join(_tokens(claim.recipient or ""))),
        definite=found is not None and found[0] > 0 and tokens[found[0] - 1] in _DEFINITE,
    )


def _casualty_suffix(words: Sequence[str]) -> str:
    """The words after a counted noun, a casualty's participle folded to its class ("soldiers
    wounded" / "soldiers injured", "suspects detained" / "suspects arrested"): the figure's
    event is folded the same way, so the two counts hang on one slot. Other participles are
    left as written ("soldiers killed" is no "soldiers injured")."""
    if not words:
        return ""
    return " ".join([*words[:-1], _CASUALTY_CLASS.get(words[-1], words[-1])])


def _priced_words(claim: Claim) -> frozenset[str]:
    """The nouns a bare measure is said of (:func:`~newsbeat.compare.count_nouns.priced_nouns`),
    singular."""
    return frozenset(_singular(w) for w in priced_nouns(claim.sentence, claim.low, claim.high))


_POLL_WORDS = frozenset({"poll", "polls", "survey", "surveys", "pollster", "pollsters"})
_NAME = r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
_POLLSTERS = (
    # "a poll for the Morning Ledger", "a survey published by Ethnos"
    re.compile(
        r"\b(?:poll|survey)s?\s+(?:(?:published|conducted|commissioned|carried\s+out)\s+)?"
        rf"(?:for|by|from|of)\s+{_NAME}"
    ),
    # "a Morning Ledger poll", "the Ledger's survey"
    re.compile(rf"{_NAME}(?:'s?|’s?)?\s+(?:opinion\s+)?(?:poll|survey)s?\b"),
)


def _pollsters(claim: Claim, unit: str, tokens: Sequence[str]) -> frozenset[str] | None:
    """The pollsters a share names when its sentence reports a poll or survey ("a poll for the
    Morning Ledger found that 68 percent", "an Evening Star survey"); None for any other figure.
    Two polls ask other people other questions: their shares are two measures, not a dispute."""
    if unit != "percent" or not _POLL_WORDS.intersection(tokens):
        return None
    found = set()
    for pattern in _POLLSTERS:
        for match in pattern.finditer(claim.sentence):
            words = _tokens(match.group(1))
            while words and words[0] in DETERMINERS:
                words = words[1:]  # "A Morning Ledger poll": the sentence's capital
            if words:
                found.add(" ".join(words))
    return frozenset(found)


def _is_number(token: str) -> bool:
    return any(c.isdigit() for c in token) or token in _NUMBER_WORDS


def _anchors(tokens: Sequence[str], sentence: str, subject: str) -> frozenset[str]:
    """The names a sentence writes besides its subject: words with a capital that do not open
    it ("for his role in the Watergate scandal" -> watergate); none when the cased reading
    does not line up with the tokens."""
    cased = _capitals(sentence, len(tokens))
    if cased is None:
        return frozenset()
    own = set(_tokens(subject)) | _TITLES
    return frozenset(
        t
        for t, up in zip(tokens[1:], cased[1:], strict=True)
        if up and t.isalpha() and t not in own
    )


_TITLES = frozenset({"mr", "mrs", "ms", "dr", "i"})
_FRACTIONS = frozenset({"half", "quarter"})


def _fraction_dropped(words: Sequence[str]) -> list[str]:
    """The words between a number and its noun without a fraction the number goes on with:
    "four *and a half* months" is one figure, 4.5, not four months qualified as "half"."""
    out = list(words)
    for k in range(len(out) - 2):
        if out[k] == "and" and out[k + 1] in {"a", "one"} and out[k + 2] in _FRACTIONS:
            del out[k : k + 3]
            break
    return out


def _locate(tokens: Sequence[str], noun: str, claim: Claim) -> tuple[int, int] | None:
    """(number index, noun index) of the claim's own "<number> ... <noun>" in a sentence's
    tokens: the first whose number is the claim's figure, else the first of any number.

    A sentence may count one noun twice ("seven assault rifles and two hunting rifles"): the
    words before the noun qualify the figure they follow, not the sentence's first one.
    """
    if not noun:
        return None
    first = None
    for i, token in enumerate(tokens):
        if _singular(token) != noun:
            continue
        for j in range(i - 1, max(i - 6, -1), -1):
            if tokens[j].isdigit() or tokens[j] in _NUMBER_WORDS:
                if is_value(tokens[j], claim) or _split_value(tokens, j, claim):
                    return j, i
                first = first or (j, i)
                break
    return first


_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def _split_value(tokens: Sequence[str], j: int, claim: Claim) -> bool:
    """Whether the digits ``tokens[j]`` end the claim's own figure written with a point or a
    thousands comma, which the word tokens split ("3.5 GW" as "3", "5"; "1,500" as "1",
    "500"), a scale word maybe after it ("2.6 million"). Without it, a sentence's other
    figure of the same unit is taken for the claim's own ("3 GW ..., while X had 3.5 GW"),
    and the claim's actors are read around the wrong one."""
    if j < 1 or not (tokens[j - 1].isdigit() and tokens[j].isdigit()):
        return False
    scale = _SCALE_WORDS.get(tokens[j + 1], 1.0) if j + 1 < len(tokens) else 1.0
    whole, part = tokens[j - 1], tokens[j]
    values = {claim.low, claim.high}
    read = {float(f"{whole}.{part}") * scale}
    if len(part) == 3:
        read.add(float(whole + part) * scale)
    return any(v is not None and any(math.isclose(v, r) for r in read) for v in values)


def _whole(tokens: Sequence[str], claim: Claim) -> str:
    """The figure of the whole a claim's part is picked from: "100" of "two of the 100
    richest people"; "" when the claim is no part of a counted whole."""
    for k in range(len(tokens) - 3):
        t, whole = tokens[k], tokens[k + 3]
        if (
            tokens[k + 1 : k + 3] == ["of", "the"]
            and (t.isdigit() or t in _NUMBER_WORDS)
            and is_value(t, claim)
            and (whole.isdigit() or whole in _NUMBER_WORDS)
        ):
            return whole
    return ""


def _actors_in(
    window: Sequence[str],
    names: Sequence[str],
    claimant: str | None,
    capital: Sequence[bool] | None = None,
) -> frozenset[str]:
    """Actors named around a claim's number, except the claimant (who says, not who counts).

    ``capital`` tells, for each word of the window, whether the sentence writes it with a
    capital: a name is named only where it is so written. "was shot eleven times" names no
    "New York Times", and "after police said" no "Police" of another sentence.
    """
    skip = set(_tokens(claimant or ""))
    found = set()
    for name in names:
        words = _tokens(name)
        if not words or set(words) <= skip:
            continue
        if _named_in(window, words, capital):
            found.add(name)
    return frozenset(found)


def _named_in(window: Sequence[str], words: Sequence[str], capital: Sequence[bool] | None) -> bool:
    """Whether a name's words, or its last word alone ("Gray" of "Kimani Gray"), stand in the
    window where the sentence writes them as a name."""
    n = len(words)
    for k in range(len(window) - n + 1):
        if list(window[k : k + n]) == list(words) and (capital is None or capital[k]):
            return True
    return n > 1 and any(
        w == words[-1] and (capital is None or capital[k]) for k, w in enumerate(window)
    )


def _capitals(sentence: str, count: int) -> list[bool] | None:
    """For each token of a sentence (as ``_tokens`` reads it), whether it is written with a
    capital or starts with a digit; None when the two readings do not line up."""
    raw = _cased_tokens(sentence)
    if len(raw) != count:
        return None
    return [not w[:1].islower() for w in raw]
