"""Summarise a story in a few extractive sentences, each citing the article it came from.

1. **Candidates**: the lead of each article (its first paragraphs, where news writing puts the
   facts), split into sentences by spaCy's rule-based sentencizer and at every line break (a
   line is a paragraph: a headline, a date line or a byline on its own line ends without
   sentence punctuation, or is in headline case, and is neither a candidate nor counted as the
   article's opening sentence). Reprints are left out (they repeat their original) and a
   sentence that several outlets share word for word is kept once, cited to the earliest. A
   sentence is dropped when it is too short or too long, starts mid-thought (lower case, a
   closing quote mark), holds unbalanced quote marks (a fragment of a quote that runs over
   several sentences), or quotes someone without naming them in the same sentence: "no quote
   fragment without its speaker" (a quote attributed to "she" is out); nor may a pronoun open
   the sentence or speak before any name ("He said 30 of the 80 wounded ...", "Their decision
   ...": who it is lies in a sentence the summary does not show). Also out: fragments of a
   number split by a stray space ("... a preliminary magnitude of 4." followed by "6 struck
   ..."), definitional filler ("The X is the official name of Y.", "X is a town in Y.") and
   background that opens on another time ("In February, a quake ...", "Last year, ...", "At the
   end of July, ...") or, past an article's opening sentence, dates its event to a whole month
   ("... struck the island in September, killing ...") or to a year two or more before the
   story's (:mod:`newsbeat.compare.summary_time`: "Page was born on April 22, 1923", "Ford
   finished his career in 1978"). A demonstrative opening ("This
   frightening video ...", "That is five times the limit") points at a sentence not shown, as
   do a referring "it" ("It was the second crash in a week"), "If so", "Then" and "Later that
   day" (never chosen, like generic statements), and
   a sentence cut after a title or "No." ("..., police Lt." / "Tim Fanning said ...") is out
   with the half after it. A generic statement (no name, figure or date; what can or usually
   happens: "For crash victims the aftermath can be hard",
   :mod:`newsbeat.compare.summary_generic`) stays in the sentence graph but is never chosen.
2. **Centrality**: LexRank over a TF-IDF sentence graph (scikit-learn's ``TfidfVectorizer``;
   cosine similarities are the edge weights; PageRank-style power iteration with damping).
3. **Selection**: the story's lead fact comes first: the most central opening sentence of an
   article. Then maximal marginal relevance (MMR) trades centrality against similarity to what
   is already chosen (by default no bonus for an outlet not cited yet: it pulled in other
   outlets' retellings of the lead; a summary of one outlet still takes a second outlet's
   sentence). A sentence too similar to a chosen one (cosine above ``max_similarity``), giving
   the same measured figure ("€2 million", "2,000 feet") or the same number about the same
   names (:mod:`newsbeat.compare.summary_facts`), is never taken, nor is one sharing more than
   ``max_overlap`` of its content words (reporting words such as "said" and "police" aside,
   inflections folded) with a chosen one: the same fact in other words, which TF-IDF misses
   because the story's own words weigh little. An article's opening sentence mostly retells the
   lead fact in another outlet's words, so it must share even less (``max_lead_overlap``,
   counted over the smaller of the two sentences' words; a later sentence that only adds to a
   short chosen one is kept); past the lead it also loses ``opening_penalty`` in MMR. So no two
   sentences say the same thing. A sentence sharing (almost) nothing with the lead fact and the
   story's other sentences
   (``min_event_similarity``) is about another event and is left out.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from newsbeat.compare.summary_events import earlier_step, event_facts, retells, surname_keys
from newsbeat.compare.summary_facts import same_fact, stem
from newsbeat.compare.summary_generic import generic
from newsbeat.compare.summary_names import introduce_names, story_people
from newsbeat.compare.summary_time import earlier_event, obituary, story_year
from newsbeat.models import Article, Enrichment, Story
from newsbeat.settings import Settings, SummariseSettings

if TYPE_CHECKING:  # for hints only, like the lazy load_story_material import below
    from newsbeat.compare import StoryMaterialStore

__all__ = [
    "SummaryOptions",
    "SummarySentence",
    "candidate_sentences",
    "lexrank",
    "summarise_articles",
    "summarise_story",
]

log = logging.getLogger(__name__)

_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|stated|states|according to|warned|argued|"
    r"insisted|wrote|writes|asked|announced|declared)\b",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_NAME = re.compile(r"\b[A-Z][\w'’-]+")
_SPACE = re.compile(r"\s+")
# "VELMAR, March 5 (CPW) — " or "KITTBY — " at the start of a lead: not part of the sentence.
_DATELINE = re.compile(
    r"^[A-ZÅÄÖÆØ][A-ZÅÄÖÆØ .'-]{2,}(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?"
    r"(?:\s+\([^)]{1,16}\))?\s+[—–-]+\s+"
)
_WORD = re.compile(r"[^\W_][\w'’]*", re.UNICODE)
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
# A sentence opening on another time is background: "In February, ...", "Last year, ...",
# "Just last week, ...".
_BACKGROUND = re.compile(
    r"^(?:And\s+)?(?:[Ii]n|[Bb]y|Since|Back in|Earlier in|Until|(?:At|By|Towards?) the "
    r"(?:end|start|beginning|middle) of)\s+(?:early\s+|late\s+|mid-?\s*)?(?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December|"
    r"(?:19|20)\d\d)\b|^(?:And\s+)?(?:(?:Just|Only|Even)\s+)?(?:[Ll]ast|Earlier this|"
    r"Earlier that)\s+(?:year|month|week|decade)\b|"
    r"^(?:\w+\s+)?(?:years?|months?|decades?)\s+ago\b",
)
_SPLIT_END = re.compile(r"\d\.$")
# "..., Troy police Lt." / "No." then "2 official at the FBI ...": a title or "No." always comes
# before a name or a number, so a sentence ending on one was cut there; both halves are
# fragments.
_TITLE_END = re.compile(
    r"\b(?:Lt|Sgt|Gen|Col|Capt|Cmdr|Adm|Maj|Cpl|Det|Insp|Supt|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Rev|"
    r"Prof|No)\.$"
)
# "... struck southern Iran in September, killing ...": an event dated to a whole month is an
# earlier one, not the news of the day; an article's opening sentence is exempt, and so is a
# plan ("the work is due to begin in April" is the story's own news).
_OTHER_MONTH = re.compile(
    r"\b(?:in|last|earlier in)\s+(?:early\s+|late\s+|mid-?\s*)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
# "... was acquired in a deal with Atlanta last season", "... guaranteed last year to Hunter":
# past an article's opening sentence, an event of the year or season before the story's is
# background (an obituary may still tell it); not a plan or an expectation beside it ("The
# airline, which carried 2.3 million passengers last year, expects ...").
_LAST_YEAR = re.compile(r"\b(?:last|previous|the\s+past|this\s+past)\s+(?:year|season)\b")
_FUTURE = re.compile(
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
_DEMONSTRATIVE_OPENING = re.compile(
    r"^(?:This|That|These|Those)\b(?!\s+(?:(?:early|late|past|coming)\s+)?(?:year|week|month|"
    r"morning|afternoon|evening|night|weekend|day|season|spring|summer|autumn|fall|winter|"
    r"decade|century|time|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b)"
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
    r"(?:[a-z]+(?:ed|s)|found|hit|had|made|left|gave|sent|began|came|won|lost|struck|shook)\b"
    r"|^It\s+(?:would|will|could|can|may|might|won['’]?t)\s+(?!take\b)"
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
_PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|they|it)\s+(?:(?:also|then|later|had|has|have)\s+)?(?:said|says|told|tells|added|"
    r"stated|warned|argued|insisted|wrote|asked|announced|declared)\b"
)
# Words that say who reported a fact, not what happened: left out when two sentences are
# compared for restating the same fact.
_REPORTING = frozenset(
    {"said", "say", "told", "tell", "according", "added", "report", "reported", "reporting"}
    | {"statement", "new", "news", "agency", "police", "official", "spokesman", "spokeswoman"}
    | {"spokesperson"}
)
_REPORTING_STEMS = frozenset(stem(w) for w in _REPORTING)
_ACTOR_TYPES = frozenset({"PERSON"})


@dataclass(frozen=True, kw_only=True)
class SummaryOptions:
    """How summaries are made.

    Attributes:
        sentences: how many sentences (3-5 reads well; fewer when the story is thin); the
            ``[summarise] sentences`` setting.
        lead_paragraphs: how many leading paragraphs of each article supply candidates.
        lead_chars: at most this many characters of each article's lead are read.
        min_words: shorter sentences are not candidates.
        max_words: longer sentences are not candidates.
        damping: LexRank damping factor.
        mmr_lambda: weight of centrality against redundancy in MMR.
        outlet_bonus: MMR bonus for a sentence from an outlet not cited yet.
        max_similarity: a sentence this similar (cosine) to a chosen one is never chosen.
        voice_similarity: the same limit for the sentence that brings a second outlet into a
            summary of one outlet (a second voice is worth a closer sentence).
        opening_penalty: subtracted from the MMR score of an article's opening sentence past
            the lead: read on the 24 real-news stories, 6 of 13 opening sentences chosen after
            the lead retold it, against 13 of 58 later sentences.
        min_event_similarity: a sentence less similar than this to the lead fact and to every
            other candidate is about another event (left out).
        max_overlap: a sentence sharing more than this share of its own content words with a
            chosen sentence restates it (never chosen).
        max_lead_overlap: the same for an article's opening sentence, which in a story of many
            outlets mostly retells the lead fact, counted over the smaller of the two sets
            (chosen on the real-news stories).
    """

    sentences: int = SummariseSettings().sentences
    lead_paragraphs: int = 4
    lead_chars: int = 1500
    min_words: int = 6
    max_words: int = 60
    damping: float = 0.85
    mmr_lambda: float = 0.7
    outlet_bonus: float = 0.0
    max_similarity: float = 0.25
    min_event_similarity: float = 0.05
    max_overlap: float = 0.4
    max_lead_overlap: float = 0.3
    opening_penalty: float = 0.3
    voice_similarity: float = 0.3

    @classmethod
    def from_settings(cls, settings: Settings) -> SummaryOptions:
        """Options with the sentence count of the settings (``[summarise] sentences``)."""
        return cls(sentences=settings.summarise.sentences)


@dataclass(frozen=True, kw_only=True)
class SummarySentence:
    """One summary sentence and its citation."""

    text: str
    article_id: int
    outlet: str
    url: str | None
    score: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """The public shape: ``{text, article_id, outlet, url}``."""
        return {
            "text": self.text,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
        }


@dataclass(frozen=True, kw_only=True)
class _Candidate:
    text: str
    article: Article
    position: int


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _when(article: Article) -> str:
    return article.published or article.imported_at or article.fetched_at or ""


def _lead(article: Article, options: SummaryOptions) -> str:
    paragraphs = article.paragraphs[: options.lead_paragraphs]
    text = "\n\n".join(paragraphs)
    if len(text) > options.lead_chars:
        cut = text.rfind(" ", 0, options.lead_chars)
        text = text[: cut if cut > 0 else options.lead_chars]
    return text


def _speakers_by_article(enrichments: Mapping[int, Enrichment]) -> dict[int, list[str]]:
    return {
        aid: [q.speaker for q in enrichment.quotes if q.speaker]
        for aid, enrichment in enrichments.items()
    }


def _quote_ok(sentence: str, speakers: Sequence[str]) -> bool:
    """A sentence with quote marks must be whole and name its speaker outside the quotes."""
    straight = sentence.count('"')
    if straight % 2 or sentence.count("“") != sentence.count("”"):
        return False
    if not straight and "“" not in sentence:
        return True
    outside = _QUOTED.sub(" ", sentence)
    if not _ATTRIBUTION.search(outside):
        return False
    names = set(_NAME.findall(outside))
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
)


def _sentence_like(text: str) -> bool:
    """Whether a line piece is a sentence, not a headline, a date line or a byline: it ends
    like a sentence and is not in headline case ("Jury Finds Driver Guilty in Crash!")."""
    if not text or not _SENTENCE_END.search(text):
        return False
    long_words = [w for w in _WORD.findall(text) if len(w) > 3]
    capitals = sum(1 for w in long_words if w[0].isupper())
    return not (len(long_words) >= 4 and capitals >= 0.8 * len(long_words))


def _first_person(text: str) -> bool:
    """The first person speaks ("Before I met ...", "My view ..."); "I" after a capitalised
    word past the first is a numeral ("World War I")."""
    for found in _FIRST_PERSON.finditer(text):
        before = text[: found.start()].split()
        if found.group().startswith("I") and len(before) > 1 and before[-1][:1].isupper():
            continue
        return True
    return False


def _points_back(sentence: str) -> bool:
    """A sentence continuing the one before it: a pronoun or a demonstrative after "And"/"So"
    ("And it was confirmed days later ...", "And that's why ..."), an "it" that refers ("It
    was the second death in two days"), "If so", "Then", "Later that day": what it points at
    lies in a sentence not shown. So does a first person outside quote marks (a transcript's
    "Before I introduce ...")."""
    if _first_person(_QUOTED.sub(" ", sentence)) or _REFERRING_OPENING.match(sentence):
        return True
    conjunction = _CONJUNCTION_OPENING.match(sentence)
    if conjunction is None:
        return False
    rest = sentence[conjunction.end() :]
    rest = rest[:1].upper() + rest[1:]
    return bool(_ANAPHOR.match(rest) or _DEMONSTRATIVE_OPENING.match(rest))


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


def _usable(sentence: str, options: SummaryOptions, speakers: Sequence[str]) -> bool:
    if _FILLER.search(sentence) or _BACKGROUND.match(sentence):
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
    return _quote_ok(sentence, speakers)


def _terms(text: str) -> list[str]:
    """Content words, case-folded, plurals folded ("beaches" = "beach"), stop words out."""
    terms = []
    for word in _WORD.findall(text.casefold()):
        if word in ENGLISH_STOP_WORDS or len(word) < 2:
            continue
        if len(word) > 4 and word.endswith("ies"):
            word = word[:-3] + "y"
        elif len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes")):
            word = word[:-2]
        elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
        terms.append(word)
    return terms


def _norm(text: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def candidate_sentences(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment] | None = None,
    options: SummaryOptions | None = None,
) -> list[tuple[str, Article, int]]:
    """The sentences a summary may use, earliest article first: (text, article, position).

    Args:
        articles: the story's articles (reprints are skipped).
        enrichments: enrichment by article id, used to check that quoted speakers are named.
        options: summary options (defaults when None).

    Returns:
        Usable sentences; a sentence several outlets share is kept once (the earliest). One
        dated years before the story is among them: only an obituary's summary may use it; so
        is a generic statement (:mod:`newsbeat.compare.summary_generic`), which none may use.
    """
    return _read_sentences(articles, enrichments, options or SummaryOptions())[0]


def _read_sentences(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment] | None,
    opts: SummaryOptions,
) -> tuple[list[tuple[str, Article, int]], set[int], set[int]]:
    """The candidates, which of them tell an event dated years before the story's, and which
    are generic statements (filler: "For crash victims, the aftermath can be hard.").

    Both stay in the sentence graph (they are part of what the articles say, and taking
    them out moves every centrality: read on a heist story, the lead then lost its figure)
    but are never chosen; the dated ones may be when the lead fact is a death (an obituary
    tells a life).
    """
    speakers = _speakers_by_article(enrichments or {})
    ordered = sorted(
        (a for a in articles if a.id is not None and a.duplicate_of is None),
        key=lambda a: (_when(a), a.id),
    )
    leads = [_lead(a, opts) for a in ordered]
    year = story_year((a.published for a in ordered), (a.text for a in ordered))
    seen: set[str] = set()
    found: list[tuple[str, Article, int]] = []
    background: set[int] = set()
    filler: set[int] = set()
    names = {
        aid: [e.name for e in enrichment.entities]
        for aid, enrichment in (enrichments or {}).items()
    }
    for article, doc in zip(ordered, _sentencizer().pipe(leads, batch_size=64), strict=True):
        position = 0
        cut_title = False
        for start, end in _pieces(doc):
            text = _DATELINE.sub("", _SPACE.sub(" ", doc.text[start:end]).strip())
            if not text:
                continue  # the empty piece between a sentence's end and its line break
            after_title, cut_title = cut_title, bool(_TITLE_END.search(text))
            if not _sentence_like(text):
                continue  # a headline, date line or byline: neither a candidate nor a lead
            position += 1
            if _split_number_fragment(doc.text, start, end) or cut_title or after_title:
                continue
            if not _usable(text, opts, speakers.get(article.id or -1, [])):
                continue
            if position > 1 and _OTHER_MONTH.search(text) and not _FUTURE.search(text):
                continue
            key = _norm(text)
            if key in seen:
                continue
            seen.add(key)
            last_year = _LAST_YEAR.search(text) and not _FUTURE.search(text)
            if position > 1 and (earlier_event(text, year) or last_year):
                background.add(len(found))  # "Page was born on April 22, 1923."
            if generic(text, names.get(article.id or -1, ())) or _points_back(text):
                filler.add(len(found))  # in the graph (centralities stay), never chosen
            found.append((text, article, position))
    return found, background, filler


def _pieces(doc: Any) -> list[tuple[int, int]]:
    """The sentences of a lead as (start, end) offsets, cut at every line break too.

    A line is a paragraph (the importers read a text without blank lines one paragraph per
    line), so a headline, a date line or a byline on its own line never runs into the sentence
    below it; without closing punctuation it is then no candidate.
    """
    pieces = []
    for span in doc.sents:
        start = span.start_char
        for line in doc.text[span.start_char : span.end_char].split("\n"):
            pieces.append((start, start + len(line)))
            start += len(line) + 1
    return pieces


def _split_number_fragment(text: str, start: int, end: int) -> bool:
    """Whether a sentence is half of a decimal split by a stray space: "... a magnitude of 4."
    then "6 struck the coast ..." (the sentence splitter cut at the decimal point)."""
    head = text[start:end].rstrip()
    after = text[end : end + 3].lstrip(" ")
    if _SPLIT_END.search(head) and after[:1].isdigit():
        return True
    before = text[max(0, start - 3) : start].rstrip(" ")
    return text[start : start + 1].isdigit() and _SPLIT_END.search(before) is not None


def _content(text: str) -> frozenset[str]:
    """Content words without the reporting words ("said", "police", "according")."""
    return frozenset(stem(t) for t in _terms(text)) - _REPORTING_STEMS


def _overlap(a: frozenset[str], b: frozenset[str], either: bool = False) -> float:
    """The share of ``a``'s content words that ``b`` has (1.0: ``a`` says nothing new); with
    ``either``, of the smaller set's (also 1.0 when ``a`` only adds to ``b``)."""
    if not a or not b:
        return 0.0
    return len(a & b) / (min(len(a), len(b)) if either else len(a))


def _actor_names(enrichments: Mapping[int, Enrichment]) -> list[str]:
    """The story's persons, by name (two sentences on different persons tell two events)."""
    return sorted(
        {e.name for en in enrichments.values() for e in en.entities if e.type in _ACTOR_TYPES}
    )


def _openings(candidates: Sequence[tuple[str, Article, int]]) -> set[int]:
    """Each article's first usable sentence: what it opens on, most often the lead fact
    again in another outlet's words."""
    first: dict[int, int] = {}
    for i, (_, article, _) in enumerate(candidates):
        first.setdefault(id(article), i)
    return set(first.values())


def lexrank(similarity: np.ndarray, damping: float = 0.85, iterations: int = 100) -> np.ndarray:
    """Continuous LexRank: the stationary distribution of a random walk on the sentence graph.

    Args:
        similarity: a square matrix of non-negative sentence similarities.
        damping: probability of following an edge rather than jumping anywhere.
        iterations: at most this many power iterations (stops earlier on convergence).

    Returns:
        One centrality score per sentence, summing to 1.
    """
    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = similarity.astype(float).copy()
    np.fill_diagonal(weights, 0.0)
    sums = weights.sum(axis=1, keepdims=True)
    # A sentence similar to nothing jumps uniformly.
    transition = np.where(sums > 0, weights / np.where(sums > 0, sums, 1.0), 1.0 / n)
    scores = np.full(n, 1.0 / n)
    for _ in range(iterations):
        updated = (1.0 - damping) / n + damping * (transition.T @ scores)
        if np.abs(updated - scores).sum() < 1e-8:
            scores = updated
            break
        scores = updated
    total = float(scores.sum())
    return scores / total if total else scores


def summarise_articles(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment] | None = None,
    options: SummaryOptions | None = None,
) -> list[SummarySentence]:
    """Extractive summary of one story's articles, most central sentence first.

    Args:
        articles: the story's articles.
        enrichments: enrichment by article id (checks quoted speakers are named).
        options: summary options (defaults when None).

    Returns:
        Up to ``options.sentences`` sentences, each with its outlet, article id and URL.
    """
    opts = options or SummaryOptions()
    candidates, background, filler = _read_sentences(articles, enrichments, opts)
    if len(background | filler) == len(candidates):
        return []
    texts = [c[0] for c in candidates]
    try:
        matrix = TfidfVectorizer(analyzer=_terms, sublinear_tf=True).fit_transform(texts)
        similarity = (matrix @ matrix.T).toarray()
    except ValueError:  # only stop words: nothing to rank on; keep the lead order
        similarity = np.eye(len(texts))
    centrality = lexrank(similarity, opts.damping)
    content = [_content(t) for t in texts]
    surnames = surname_keys(_actor_names(enrichments or {}))
    facts = [event_facts(t, surnames=surnames) for t in texts]
    peak = float(centrality.max()) or 1.0
    relevance = centrality / peak
    outlets_all = {c[1].outlet or "unknown outlet" for c in candidates}
    chosen: list[int] = []
    cited: set[str] = set()
    available = set(range(len(candidates))) - filler
    ledes = [i for i, c in enumerate(candidates) if c[2] == 1 and i not in filler]
    openings = _openings(candidates)
    if ledes:  # the story's lead fact first: the most central opening sentence
        lead = max(ledes, key=lambda i: (relevance[i], -i))
        chosen.append(lead)
        cited.add(candidates[lead][1].outlet or "unknown outlet")
        available.discard(lead)
        # Another event: shares (almost) nothing with the lead fact nor with other candidates.
        off_event = {
            i
            for i in available
            if similarity[i, lead] < opts.min_event_similarity
            and max((similarity[i, j] for j in range(len(texts)) if j != i), default=0.0)
            < opts.min_event_similarity
        }
        available -= off_event
        if not obituary(texts[lead]):
            available -= background  # an obituary's past is its story
        # The case's past: an arrest under a lead on the verdict, a verdict under a sentencing.
        available -= {i for i in available if earlier_step(facts[i], facts[lead])}
    else:
        available -= background
    while len(chosen) < opts.sentences and available:
        best, best_score = -1, -np.inf
        for i in available:
            redundancy = max((similarity[i, j] for j in chosen), default=0.0)
            if redundancy > opts.max_similarity:
                continue
            if any(same_fact(texts[i], texts[j]) for j in chosen):
                continue
            opening = i in openings
            limit = opts.max_lead_overlap if opening else opts.max_overlap
            if any(_overlap(content[i], content[j], opening) > limit for j in chosen):
                continue  # the same fact in other words
            if retells(facts[i], [facts[j] for j in chosen]):
                continue  # the same event again, with only a detail added
            outlet = candidates[i][1].outlet or "unknown outlet"
            bonus = opts.outlet_bonus if outlet not in cited else 0.0
            score = opts.mmr_lambda * relevance[i] - (1 - opts.mmr_lambda) * redundancy + bonus
            if opening:
                score -= opts.opening_penalty
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
        cited.add(candidates[best][1].outlet or "unknown outlet")
        available.discard(best)
    if len(cited) == 1 and len(outlets_all) > 1 and len(chosen) > 1:
        # Guarantee two voices: the best sentence from another outlet joins the summary when
        # there is room, else it takes the weakest pick's place.
        room = len(chosen) < opts.sentences
        kept = chosen if room else chosen[:-1]
        others = [
            i
            for i in available
            if (candidates[i][1].outlet or "unknown outlet") not in cited
            and max(similarity[i, j] for j in kept) <= opts.voice_similarity
            and not retells(facts[i], [facts[j] for j in kept])
        ]
        if others:
            voice = max(others, key=lambda i: relevance[i])
            if room:
                chosen.append(voice)
            else:
                chosen[-1] = voice
    # A person named by surname alone at first mention gets the first name: "[Otto] Brenn".
    texts_out = introduce_names(
        (candidates[i][0] for i in chosen),
        story_people(enrichments or {}, (a.text for a in articles)),
    )
    return [
        SummarySentence(
            text=text,
            article_id=candidates[i][1].id or 0,
            outlet=candidates[i][1].outlet or "unknown outlet",
            url=candidates[i][1].url,
            score=round(float(centrality[i]), 6),
        )
        for i, text in zip(chosen, texts_out, strict=True)
    ]


def summarise_story(
    store: StoryMaterialStore,
    settings: Settings,
    story: Story,
    options: SummaryOptions | None = None,
) -> list[SummarySentence]:
    """Summarise a stored story (see :func:`summarise_articles`).

    Args:
        store: where the story's articles and enrichment are.
        settings: ``[summarise] sentences`` sets the length unless ``options`` are given.
        story: the story.
        options: summary options (default: from the settings).

    Returns:
        The cited summary sentences.
    """
    from newsbeat.compare import load_story_material

    articles, enrichments = load_story_material(store, story)
    return summarise_articles(
        articles, enrichments, options or SummaryOptions.from_settings(settings)
    )
