"""Whether one sentence may be a summary bullet: rules on the sentence alone.

A sentence is no candidate when it is too short or too long, starts mid-thought (lower case, a
closing quote mark), ends without sentence punctuation, holds unbalanced quote marks (a fragment
of a quote that runs over several sentences), or quotes someone without naming them in the same
sentence: "no quote fragment without its speaker" (a quote attributed to "she" is out); nor may
a pronoun open the sentence or speak before any name ("He said 30 of the 80 wounded ...", "Their
decision ...": who it is lies in a sentence the summary does not show). Also out: definitional
filler ("The X is the official name of Y.", "X is a town in Y."), a broadcast's lead-in
("There is breaking news out of X."), an outlet's offer of its own pictures ("News X has
exclusive pictures of ..."), background that opens on
another time ("In February, a quake ...", "Last year, ...", "At the end of July, ..."), and an
opening that answers the sentence before ("But police said ..."). A demonstrative opening
("This frightening video ...") points at a sentence not shown, as do a referring "it" ("It was
the second crash in a week"), "If so", "Then", "Later that day", a first person outside
quote marks, a pronoun subject after an opening phrase naming no one ("Throughout the war,
she was ...") and a sentence adverb going on from the sentence before ("In fact, ...", "At the
time, ...") (:func:`points_back`: such a sentence stays in the sentence graph, never chosen).
A quoted name or term ("diagnosed with “pillow lung”") needs no speaker; a credit line ("On
behalf of X, Esq.") is no sentence; a share of a set ("Most of the ...",
:func:`partitive_back`) waits for the sentence before it.

The patterns on dates (:data:`OTHER_MONTH`, :data:`LAST_YEAR`, :data:`FUTURE`,
:func:`told_before`), datelines and cut titles are used where the sentence's place in its
article is known (:mod:`newsbeat.compare.summary_candidates`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbeat.compare.summary_facts import WORD
from newsbeat.compare.summary_options import SummaryOptions
from newsbeat.compare.summary_quote_marks import (
    capitalised_words,
    other_language,
    pair_quote_marks,
    quoted_title,
    speech_verb,
)
from newsbeat.enrich.number_names import MONTH_WORD
from newsbeat.enrich.quote_terms import NAMING_BEFORE

__all__ = [
    "DATELINE",
    "FUTURE",
    "LABEL",
    "LAST_YEAR",
    "OTHER_MONTH",
    "POSTED",
    "QUOTED",
    "SPLIT_END",
    "TITLE_END",
    "definite_organisation",
    "partitive_back",
    "points_back",
    "sentence_like",
    "told_before",
    "usable",
]

_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|according to|warned|argued|"
    r"insisted|wrote|writes|asked|announced|declared)\b",
    re.IGNORECASE,
)
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_NAME = re.compile(r"\b[A-Z][\w'’-]+")
# "VELMAR, March 5 (CPW) — " or "KITTBY — " at the start of a lead: not part of the sentence.
DATELINE = re.compile(
    r"^[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ .'-]{2,}(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?"
    r"(?:\s+\([^)]{1,16}\))?\s+[—–-]+\s+"
)
# "Posted at 9:14 a.m.", "Updated on March 5, 2026 at 10:02 p.m. EST": a page's posting time
# before the lead's first sentence (the sentencizer does not cut after "a.m."); no news.
# A clock time: "9:14", "9:14 a.m.", "9.14pm", "9 a.m." (not "12.50", a figure).
_MERIDIEM = r"(?:[ap]\.m\.|[ap]m\b|[AP]M\b)"
_CLOCK = rf"\d{{1,2}}(?::\d{{2}}\s*{_MERIDIEM}?|(?:\.\d{{2}})?\s*{_MERIDIEM})"
POSTED = re.compile(
    r"^(?:Posted|Updated|Published|Last updated|Last modified)(?:\s+(?:at|on))?\s+"
    rf"[\w ,/]{{0,40}}?\b{_CLOCK}(?:\s+[A-Z]{{2,4}}\b)?[.,]?\s*"
)
# "Summary: MWEB has restored 83% ...", "UPDATE: The road reopened ...": a page's label
# before a sentence, no part of what it tells (cut off, as the posting time is).
LABEL = re.compile(r"^(?:Summary|In\s+brief|Update|UPDATE|Updated|UPDATED)\s*:\s+(?=[A-Z0-9])")
# "The Strait Defence Alliance is the official name of the pact.", "Qeshm is an island in ...",
# "The film is based on the second book of ...": a definition, not news.
_FILLER = re.compile(
    r"\b(?:is|are|was|were)\s+(?:the|an?)\s+(?:(?:official|formal|full|short|common|legal|"
    r"original|former)\s+)?(?:name|term|abbreviation|acronym|title)\b|\b(?:stands for|refers to|"
    r"is short for|is shorthand for)\b|^[A-Z][\w'’ -]{0,40}\s+(?:is|was)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}(?:city|town|village|island|province|region|country|state|district|"
    r"port|capital|county|municipality|nation)\s+(?:in|of|on|off|near)\b[^,;]*\.$"
    # "The film is based on the second book in Vell's series.": where a work comes from
    r"|\b(?:is|are|was|were|will\s+be)\s+(?:based\s+on|adapted\s+from)\s+(?:the|an?|[A-Z][\w'’-]*)"
    r"\b(?:\W+[\w'’-]+){0,6}?\W+(?:book|novel|series|comic|memoir|play|story|saga|musical|"
    r"poem|film|movie|trilogy)s?\b",
)
# A broadcast's lead-in announces news without telling any: "There is breaking news out of
# Kessel, a suburb of Orsk.", "We have breaking news tonight."
_LEAD_IN = re.compile(r"^(?:There\s+is|There['’]s|We\s+have)\s+(?:some\s+)?breaking\s+news\b")
# An outlet advertising its own material tells no fact of the event: "News X has exclusive
# pictures of the operation.", "Watch the video above." (read29, 12_10ecbplus). Only its own
# offer: "Police have released pictures of the suspect" says who did what and stays.
_PROMO = re.compile(
    r"^(?:[A-Z0-9][\w.'’&-]*\s+){0,4}(?:(?:has|have)(?:\s+obtained)?|brings\s+you|obtained)"
    r"\s+(?:these\s+)?exclusive\s+(?:pictures|photos|photographs|images|footage|videos?)\b|"
    r"^(?:Watch|See|View|Click\s+here\s+(?:to|for))\s+(?:the\s+|our\s+|more\s+)?"
    r"(?:video|videos|photos|pictures|gallery|footage|slideshow)\b",
)
# A sentence opening on another time is background: "In February, ...", "Last year, ...",
# "Just last week, ...".
_BACKGROUND = re.compile(
    r"^(?:And\s+)?(?:[Ii]n|[Bb]y|Since|Back in|Earlier in|Until|(?:At|By|Towards?) the "
    rf"(?:end|start|beginning|middle) of)\s+(?:early\s+|late\s+|mid-?\s*)?(?:{MONTH_WORD}|"
    r"(?:19|20)\d\d)\b|^(?:And\s+)?(?:(?:Just|Only|Even)\s+)?(?:[Ll]ast|Earlier this|"
    r"Earlier that)\s+(?:year|month|week|decade)\b|"
    r"^(?:\w+\s+)?(?:years?|months?|decades?)\s+ago\b",
)
SPLIT_END = re.compile(r"\d\.$")
# "..., Troy police Lt." / "No." then "2 official at the FBI ...": a title or "No." always comes
# before a name or a number, so a sentence ending on one was cut there; both halves are
# fragments ("Ft." then "Lanner late on Friday, cutting power ...").
TITLE_END = re.compile(
    r"\b(?:Lt|Lieut|Sgt|Gen|Brig|Col|Capt|Cmdr|Adm|Maj|Cpl|Det|Insp|Supt|Dr|Mr|Mrs|Ms|Gov|"
    r"Sen|Rep|Rev|Fr|Prof|Atty|Pres|Hon|Ft|No)\.$"
)
# "... struck southern Iran in September, killing ...": an event dated to a whole month is an
# earlier one, not the news of the day; an article's opening sentence is exempt, and so is a
# plan ("the work is due to begin in April" is the story's own news).
OTHER_MONTH = re.compile(
    rf"\b(?:in|last|earlier in)\s+(?:early\s+|late\s+|mid-?\s*)?{MONTH_WORD}\b(?!\s+\d)"
)
# "... was acquired in a deal with Atlanta last season", "... guaranteed last year to Hunter":
# past an article's opening sentence, an event of the year or season before the story's is
# background (an obituary may still tell it); not a plan or an expectation beside it ("The
# airline, which carried 2.3 million passengers last year, expects ...").
LAST_YEAR = re.compile(r"\b(?:last|previous|the\s+past|this\s+past)\s+(?:year|season)\b")
# "Varga was previously at the Stenvik clinic", "The league previously said it was looking
# into ...": past an article's opening sentence, an act told as before the story's is
# background; not "previously" before a noun ("a previously announced date") nor in an aside on
# who a person is (", who had previously been convicted,": the sentence tells something else).
_PREVIOUSLY = re.compile(r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)\bpreviously\b")
_ASIDE = re.compile(r",\s+(?:who|whose|which)\s[^,;:]*,")
FUTURE = re.compile(
    r"\b(?:will|would|shall|due|plans?|planned|expected|scheduled|set to|to (?:begin|start))\b",
    re.IGNORECASE,
)
# A sentence ends on . ! ? (a closing quote mark may follow it); a line ending otherwise is a
# headline, a date line or a byline.
_SENTENCE_END = re.compile(r"[.!?][\"”’'\s]*$")
# "He said ...", "Their decision ...", "..., she told reporters": the speaker or subject is a
# pronoun whose antecedent is in a sentence the summary does not show.
_PRONOUN_OPENING = re.compile(r"^(?:He|She|They|His|Her|Their|Hers|Theirs|Him|Them)\b")
# "This frightening video ...", "That's more than five times the limit.", "This is the fifth
# operation ...": a demonstrative opening points at a sentence the summary does not show; one
# naming a time ("This year, ...", "That night ...") does not.
TIME_WORDS = (
    "year", "week", "month", "morning", "afternoon", "evening", "night", "weekend", "day",
    "season", "spring", "summer", "autumn", "fall", "winter", "decade", "century", "time",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",
)  # fmt: skip
_DEMONSTRATIVE_OPENING = re.compile(
    r"^(?:This|That|These|Those)\b(?!\s+(?:(?:early|late|past|coming)\s+)?(?:"
    + "|".join(TIME_WORDS)
    + r")s?\b)"
)
# "And it was confirmed days later ...", "And that's why ...": a coordinating conjunction
# continues the sentence before; with a pronoun or a demonstrative after it, what that
# points at is in the sentence the summary does not show.
_CONJUNCTION_OPENING = re.compile(r"^(?:And|So|Or|Nor)\b,?\s+")
_ANAPHOR = re.compile(r"^(?:it|its|it's|it’s|he|she|they|his|her|their|him|them)\b", re.I)
# "It was the second death in the park in two days.", "It will be Varga's second term.", "It
# was the pool that made her famous." (a cleft), "It destroyed 300 homes.": "it" stands for
# something a sentence not shown named. Not the "it" of "It is expected that ...", "It was
# unclear whether ...", "It seems ...", which stands for nothing. Nor "If so, ...", "Then ...",
# "Later that day, ...": each answers or follows a sentence not shown.
_REFERRING_OPENING = re.compile(
    r"^It(?:['’]s|\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been))\s+"
    r"(?:(?:also|not|still|now|just)\s+)?(?:the|a|an|his|her|its|their|this|that|one|\d|[A-Z])\b"
    r"|^It\s+(?:also\s+)?(?!(?:is|was|has|does|seems|seemed|appears|appeared|remains|remained|"
    r"emerged|turns|turned|takes|transpired|follows|followed|means|matters|mattered)\b)"
    r"(?:[a-z]+(?:ed|s)|found|hit|had|made|left|gave|sent|began|came|won|lost|struck|shook|"
    r"broke|spread|went|ran|fell|rose|grew|tore|swept|caught|burnt|drew|flew|sank|sold|"
    r"bought|built|led|paid)\b"
    # "It follows the closure of ...", "It means the plant will close": what follows or what
    # it means is told; the act "it" stands for is in a sentence not shown (the "it" of "It
    # follows that ..." stands for nothing)
    r"|^It\s+(?:also\s+)?(?:(?:follows|followed)\b(?!\s+that\b)|(?:means|meant)\b)"
    r"|^It\s+(?:would|will|could|can|may|might|won['’]?t)\s+(?!take\b)"
    # "It later reverted to its old name.": an act in time after one told before
    r"|^It\s+(?:later|then|soon|eventually|since|subsequently)\s+[a-z]+"
    # "It is available on the update site.", "It is highly contagious, ...", "It was down 6%
    # ...": an adjective with no clause after it for "it" to stand for ("It is unclear whether
    # ...", "It was possible to ...", "It is likely that ...": those "it" stand for nothing)
    r"|^It(?:['’]s|\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been))\s+"
    r"(?:(?:also|not|still|now|just|only|very|too|so|quite|[a-z]+ly)\s+)*"
    r"(?:[a-z]+(?:able|ible|ive|ous|ent|ant|al|ic|ful|less)|up|down|off|back|online|offline)\b"
    r"(?!\s+(?:to|that|whether|if|how|what|when|why|who|where|which|for|enough)\b)"
    # "It also has a sculpted hood.": "it" holds something, so it stands for a thing named
    r"|^It\s+(?:also\s+)?(?:has|had)\s+(?:a|an|the|no|its|two|three|\d)\b"
    r"|^If\s+(?:so|not|this|that|it)\b|^Then\b(?!-)|^Later\s+(?:that|in\s+the|on\s+that)\b"
)
# "President Vell: Before I introduce ...", "I'd like to thank ...", "We are thrilled to
# announce ...": the first person outside quote marks is a transcript's, a press release's or
# a column's voice, not a reported fact ("I" before a verb, not a numeral: "World War I"; "us",
# not "US"; the outlet's "our correspondent says" reports).
_FIRST_PERSON = re.compile(
    r"\bI(?:['’](?:m|d|ve|ll)\b|\s+[a-z])|\b(?:[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|"
    r"us|[Oo]urs|[Oo]urselves)\b|\b[Oo]ur\b(?!\s+(?:own\s+)?(?:correspondents?|reporters?|editors?)\b)"
)
# "Throughout the war, she was ...", "After the crash, he drove on": a pronoun subject after a
# short opening phrase; who it is lies in a sentence not shown unless a name comes before it.
# "In fact, Velmar still backs the plan.", "At the time, the firm called it a test.": a
# sentence adverb that goes on from the sentence before (adds to it, restates it, draws its
# consequence, or dates by its time), comma and all; "In addition to the fee, ..." names
# what it adds and stands alone.
_CONTINUATION_OPENING = re.compile(
    r"^(?:In\s+fact|Indeed|In\s+other\s+words|That\s+said|Even\s+so|As\s+such|"
    r"As\s+a\s+result|Likewise|Similarly|Moreover|Furthermore|In\s+addition|Besides|"
    r"After\s+all|Plus|At\s+the\s+time|At\s+that\s+(?:time|point)|Back\s+then|By\s+then|"
    r"Since\s+then|Until\s+then|Before\s+that|After\s+that),\s"
)
# "The move comes after ...", "The decision was taken late on Monday.", "The latest move
# drew protests.": a definite noun that only sums up an act told in the sentence before; with
# what it is after it ("The decision to close the plant ...", "The move by Velmar to ...") it
# names it.
_SUMMING_NOUN = re.compile(
    r"^(?:The|Such\s+an?)\s+(?:(?:latest|new|surprise|sudden|unexpected|controversial|"
    r"unusual|rare|bold|same)\s+)?(?:move|decision|announcement|step|development|shift|"
    r"measure|measures|action|comments|remarks|revelation|admission|reversal|U-turn|"
    r"about-face)\b"
    r"(?!\s+(?:to|by|of|on|for|from|that|against|in|at|over|about)\b|-)"
)
_PRONOUN_SUBJECT = re.compile(r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6},\s+(?:he|she|they)\b")
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|they|it)\s+(?:(?:also|then|later|had|has|have)\s+)?(?:said|says|told|tells|added|"
    r"stated|warned|argued|insisted|wrote|asked|announced|declared)\b"
)


def told_before(sentence: str) -> bool:
    """Whether the sentence tells an act as done before the story's news ("previously"),
    outside an aside on who someone is and not as a noun's modifier."""
    return bool(_PREVIOUSLY.search(_ASIDE.sub(",", sentence)))


# A short span in quote marks that names rather than quotes: after a naming word (the quote
# rules' NAMING_BEFORE: "was diagnosed with “feather-duvet lung,”", "a fund dubbed “Blue
# Harbor”", "the word “we”"), or
# every word a handle's or a code's, a capital or a digit past its first letter (“velmarNEWS”,
# “K9”), with no sentence punctuation inside. A capitalised word alone may be a title or a
# speaker's word (“Unacceptable”), so it stays a quote.
# What names in a bullet besides the quote rules' naming phrases: a bare naming participle ("a
# fund dubbed", "a condition called"; in a bullet whose speaker is not shown, wording and name
# alike need none), "diagnosed with", "the label", "the hashtag".
_NAMING_TOO = re.compile(
    r"\b(?:called|dubbed|named|renamed|termed|nicknamed|titled|entitled|labell?ed|"
    r"diagnosed\s+with|so-called|the\s+(?:words?|term|phrase|name|label|slogan|hashtag))"
    r"(?:\s+(?:the|as))?\s*$",
    re.IGNORECASE,
)
_TERM = re.compile(r"^[\w'’&-]+(?:\s+[\w'’&-]+){0,3}[,.]?$")
_HANDLE_WORD = re.compile(r"^[\w'’&-]+[A-Z0-9][\w'’&-]*$")


def _names_not_quotes(sentence: str) -> str:
    """The sentence with quoted names and terms unquoted (see :data:`NAMING_BEFORE` and
    :data:`_NAMING_TOO`): they
    are no one's words, so they need no speaker."""

    def unquote(found: re.Match[str]) -> str:
        inner = found.group()[1:-1].strip()
        if not _TERM.match(inner):
            return found.group()
        before = sentence[: found.start()]
        if NAMING_BEFORE.search(before) or _NAMING_TOO.search(before):
            return inner
        if inner[-1:] not in ",." and all(_HANDLE_WORD.match(w) for w in inner.split()):
            return inner
        return found.group()

    return QUOTED.sub(unquote, sentence)


def _quote_ok(sentence: str, speakers: Sequence[str], language: str | None = None) -> bool:
    """A sentence with quote marks must be whole and name its speaker outside the quotes;
    quoted names and terms are no quotes. In another language than English (``language``)
    its quote marks are paired in their order, a short unpunctuated span in them is a title,
    and its speaker's verbs and capitalised names are read (:mod:`summary_quote_marks`)."""
    other = other_language(language)
    if other:
        sentence = pair_quote_marks(sentence)
    straight = sentence.count('"')
    if straight % 2 or sentence.count("“") != sentence.count("”"):
        return False
    sentence = _names_not_quotes(sentence)
    if other and not speech_verb(QUOTED.sub(" ", sentence), other):
        # “Città Verde”, “La leggenda del Grande Tempio”: titles, no one's words (where a
        # speaker's verb is told, the quoted words are his and need him named)
        sentence = QUOTED.sub(
            lambda m: (
                m.group()[1:-1] if quoted_title(m.group(), sentence[: m.start()]) else m.group()
            ),
            sentence,
        )
    straight = sentence.count('"')
    if not straight and "“" not in sentence:
        return True
    outside = QUOTED.sub(" ", sentence)
    if not (_ATTRIBUTION.search(outside) or speech_verb(outside, other)):
        return False
    names = capitalised_words(outside) if other else set(_NAME.findall(outside))
    if speakers:
        # The enrichment knows who speaks in this article: one of them must be named here.
        return any(part in names for s in speakers for part in s.split() if len(part) > 2)
    # Without enrichment: a capitalised word (a name) besides the first word of the sentence.
    first = sentence.lstrip('"“ ').split(" ", 1)[0]
    return bool(names - {first.strip(",.")})


# "But police said ...", "However, the mayor ...", "Yet the ship ...": a sentence that opens by
# answering or qualifying the one before it says half of what it means without that sentence.
# Additive openers that stand alone ("Meanwhile", "Also") are left to the other rules.
_CONTRASTIVE_OPENING = re.compile(
    r"^(?:But|Yet|However|Still|Nevertheless|Nonetheless|Instead|Otherwise)\b"
    # the same set in the first clause: "Recently, though, the agency ...", "The port,
    # however, stayed open": the contrast is with the sentence before
    r"|^(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s+(?:though|however|nevertheless|nonetheless|instead),"
)


# "On behalf of Vell & Dreyer, LLP.", "Posted by Anna Vell, Esq.": a credit line on its own,
# a name and nothing told after the credit words; no sentence.
_CREDIT_LINE = re.compile(
    r"^(?:On\s+behalf\s+of|(?:Posted|Written|Submitted|Contributed|Compiled|Edited)\s+by|"
    r"Courtesy\s+of|Photo\s+by)\s+(?:[A-Z][\w'’&-]*\.?|&|and|of|for|the)"
    r"(?:,?\s+(?:[A-Z][\w'’&-]*\.?|&|and|of|for|the))*$"
)


def sentence_like(text: str) -> bool:
    """Whether a line piece is a sentence, not a headline, a date line or a byline: it ends
    like a sentence, is not in headline case ("Jury Finds Driver Guilty in Crash!") and is no
    credit line ("On behalf of Vell & Dreyer, LLP.")."""
    if not text or not _SENTENCE_END.search(text) or _CREDIT_LINE.match(text):
        return False
    long_words = [w for w in WORD.findall(text) if len(w) > 3]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return not (len(long_words) >= 4 and capitals >= 0.8 * len(long_words))


def _first_person(text: str) -> bool:
    """The first person speaks ("Before I met ...", "My view ..."); "I" after a capitalised
    word past the first is a numeral ("World War I"), unless a comma ends that word ("As
    co-creator of the 2B Mindset, I want ...")."""
    for found in _FIRST_PERSON.finditer(text):
        before = text[: found.start()].split()
        # "World War I"; not "As co-creator of the 2B Mindset, I want ..." (a clause ended)
        previous = before[-1] if before else ""
        numeral = len(before) > 1 and previous[:1].isupper()
        if found.group().startswith("I") and numeral and not previous.endswith((",", ";", ":")):
            continue
        return True
    return False


def points_back(sentence: str) -> bool:
    """A sentence continuing the one before it: a pronoun or a demonstrative after "And"/"So"
    ("And it was confirmed days later ...", "And that's why ..."), an "it" that refers ("It
    was the second death in two days"), "If so", "Then", "Later that day": what it points at
    lies in a sentence not shown. So does a first person outside quote marks (a transcript's
    "Before I introduce ..."), a pronoun subject after an opening phrase naming no one
    ("Throughout the war, she was ..."), and a sentence adverb going on from the sentence
    before ("In fact, ...", "As a result, ...", "At the time, ..."), and a definite noun
    summing up an act told before ("The move comes after ...", "The decision was ...")."""
    if _first_person(QUOTED.sub(" ", sentence)) or _REFERRING_OPENING.match(sentence):
        return True
    if _CONTINUATION_OPENING.match(sentence) or _SUMMING_NOUN.match(sentence):
        return True
    subject = _PRONOUN_SUBJECT.match(sentence)
    if subject and not _names_before(sentence, subject.end()):
        return True
    conjunction = _CONJUNCTION_OPENING.match(sentence)
    if conjunction is None:
        return False
    rest = sentence[conjunction.end() :]
    rest = rest[:1].upper() + rest[1:]
    return bool(_ANAPHOR.match(rest) or _DEMONSTRATIVE_OPENING.match(rest))


# "The company confirmed ...", "The firm said ...": a definite organisation noun as the
# subject stands for an organisation named in a sentence before it.
_DEFINITE_ORGANISATION = re.compile(
    r"^The\s+(?:company|firm|group|startup|retailer|airline|carrier|bank|automaker|carmaker|"
    r"insurer|lender|manufacturer|network|platform|studio|publisher|chain|conglomerate|"
    r"giant|outlet|broadcaster|developer|maker)\b"
)


# "Most of the design cues were kept.", "Some of them left early.": a share of a set the
# sentence before named; alone, it does not say of what.
_PARTITIVE_BACK = re.compile(
    r"^(?:Most|Some|Many|Much|None|All|Both|Several|Few|Half|Each|Either|Neither|A\s+few|"
    r"The\s+(?:rest|remainder|bulk|majority))\s+of\s+(?:the|these|those|them|its|their|it)\b"
)


def partitive_back(sentence: str) -> bool:
    """Whether the sentence opens on a share of a set named before ("Most of the cues ...")."""
    return bool(_PARTITIVE_BACK.match(sentence))


def definite_organisation(sentence: str) -> bool:
    """Whether the sentence opens on a definite organisation noun ("The company said ...")."""
    return bool(_DEFINITE_ORGANISATION.match(sentence))


def _names_before(sentence: str, end: int) -> bool:
    """Whether a person may be named before ``end``: a capitalised word past the first that is
    not an acronym ("WWII", "FBI": a war, an agency, no person)."""
    first = sentence.split(" ", 1)[0]
    return any(w != first and not w.isupper() for w in _NAME.findall(sentence[:end]))


def _speaker_hidden(sentence: str) -> bool:
    """A pronoun opens the sentence or speaks before any name does ("While on the stand he
    told jurors that Vell ..."): who it is lies in a sentence the summary does not show."""
    if _PRONOUN_OPENING.match(sentence) or _DEMONSTRATIVE_OPENING.match(sentence):
        return True
    found = _PRONOUN_SPEAKER.search(sentence)
    if found is None:
        return False
    first = sentence.split(" ", 1)[0]
    before = set(_NAME.findall(sentence[: found.start()])) - {first}
    return not before


def usable(
    sentence: str,
    options: SummaryOptions,
    speakers: Sequence[str],
    language: str | None = None,
) -> bool:
    """Whether a sentence may be a candidate at all: not filler, not background opening on
    another time, not answering a sentence not shown, no hidden speaker, of a usable length,
    not starting mid-thought, ending like a sentence, and quoting only a speaker it names
    (``speakers``: who the enrichment found speaking in its article; ``language``: the
    article's, for its quote marks and speaker's verbs)."""
    if _FILLER.search(sentence) or _BACKGROUND.match(sentence) or _LEAD_IN.match(sentence):
        return False
    if _PROMO.match(sentence):
        return False
    if _CONTRASTIVE_OPENING.match(sentence):
        return False
    if _speaker_hidden(sentence):
        return False
    words = sentence.split()
    if not options.min_words <= len(words) <= options.max_words:
        return False
    start = sentence[0]
    if start.islower() or start in "”’)]":
        return False
    if sentence[-1] not in '.!?"”’':
        return False
    return _quote_ok(sentence, speakers, language)
