"""The sentences a summary may use: each article's lead, cut into sentences.

Each article's lead (its first paragraphs, where news writing puts the facts) is split into
sentences by spaCy's rule-based sentencizer and at every line break (a line is a paragraph: a
headline, a date line or a byline on its own line ends without sentence punctuation, or is in
headline case, and is neither a candidate nor counted as the article's opening sentence).
Reprints are left out (they repeat their original) and a sentence that several outlets share
word for word is kept once, cited to the earliest. Besides the rules on one sentence
(:mod:`newsbeat.compare.summary_usable`), out are: fragments of a number split by a stray space
("... a preliminary magnitude of 4." followed by "6 struck ..."), a sentence cut after a title
or "No." ("..., police Lt." / "Tim Fanning said ...") with the half after it, and, past an
article's opening sentence, one dating its event to a whole month ("... struck the island in
September, killing ..."). Kept in the sentence graph but marked: an event dated to a year two
or more before the story's (:mod:`newsbeat.compare.summary_time`: "Page was born on April 22,
1923") or last year's, which only an obituary may use, and a generic statement or one pointing
back (:mod:`newsbeat.compare.summary_generic`), which none may use, and so is a feature's
opening hook ("To X, ferries are not a business.": a present copula, nothing told). A share of
a set ("Most of the design cues were kept.") is usable only right after the sentence before it
(``follows``). When an article's opening tells no news (no candidate, or filler), the first
later sentence within six that tells something is its nut graf (``nut_grafs``), the lead fact
when no article opens on its news.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsbeat.compare.summary_generic import commentary, generic, hook, tells_news
from newsbeat.compare.summary_options import SummaryOptions
from newsbeat.compare.summary_time import earlier_event, story_year
from newsbeat.compare.summary_usable import (
    DATELINE,
    FUTURE,
    LAST_YEAR,
    OTHER_MONTH,
    SPLIT_END,
    TITLE_END,
    definite_organisation,
    partitive_back,
    points_back,
    sentence_like,
    told_before,
    usable,
)
from newsbeat.enrich.fact_checks import checked_claim_spans
from newsbeat.enrich.nlp import title_dateline_end
from newsbeat.models import Article, Enrichment

__all__ = ["Candidates", "candidate_sentences", "read_candidates"]

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Candidates:
    """A story's candidate sentences as (text, article, position in its article), earliest
    article first, with the indices of those dated before the story (``background``: only an
    obituary may use them) and of those never chosen (``filler``: generic statements, sentences
    pointing back); both stay in the sentence graph. ``nut_grafs``: each feature's news
    sentence behind an opening that tells none; ``follows``: a sentence that may be chosen only
    after the one it names (its article's sentence before it)."""

    found: list[tuple[str, Article, int]]
    background: set[int]
    filler: set[int]
    # each article's nut graf when its opening is no news (see :func:`_nut_graf`)
    nut_grafs: set[int] = field(default_factory=set)
    # a sentence counting from the one before it ("Most of the ...") -> that sentence: it may
    # be chosen only after it
    follows: dict[int, int] = field(default_factory=dict)


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _lead(article: Article, options: SummaryOptions) -> str:
    paragraphs = article.paragraphs
    boxes = [article.text[s:e] for s, e in checked_claim_spans(article.text)]
    if boxes:  # a fact check: its lead is what it found, past the examined claim and headings
        paragraphs = [
            p for p in paragraphs if len(p.split()) > 3 and not any(b in p for b in boxes)
        ]
    paragraphs = paragraphs[: options.lead_paragraphs]
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
    return read_candidates(articles, enrichments, options or SummaryOptions()).found


def read_candidates(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment] | None,
    opts: SummaryOptions,
) -> Candidates:
    """The candidates, which of them tell an event dated years before the story's, and which
    are generic statements (filler: "For crash victims, the aftermath can be hard.") or point
    back at a sentence not shown.

    Both stay in the sentence graph (they are part of what the articles say, and taking
    them out moves every centrality: read on a heist story, the lead then lost its figure)
    but are never chosen; the dated ones may be when the lead fact is a death (an obituary
    tells a life).
    """
    speakers = _speakers_by_article(enrichments or {})
    ordered = sorted(
        (a for a in articles if a.id is not None and a.duplicate_of is None),
        key=lambda a: (a.order_time, a.id),
    )
    leads = [_lead(a, opts) for a in ordered]
    year = story_year((a.published for a in ordered), (a.text for a in ordered))
    seen: set[str] = set()
    found: list[tuple[str, Article, int]] = []
    background: set[int] = set()
    filler: set[int] = set()
    nut_grafs: set[int] = set()
    follows: dict[int, int] = {}
    names = {
        aid: [e.name for e in enrichment.entities]
        for aid, enrichment in (enrichments or {}).items()
    }
    # Articles naming two or more organisations twice or more: there "The company ..." may
    # stand for any of them (reader17's round-up: Amazon's item, then WeWork's).
    several_organisations = {
        aid
        for aid, enrichment in (enrichments or {}).items()
        if sum(e.type == "ORG" and e.mentions >= 2 for e in enrichment.entities) >= 2
    }
    for article, doc in zip(ordered, _sentencizer().pipe(leads, batch_size=64), strict=True):
        position = 0
        cut_title = False
        opening = True
        first = len(found)
        for start, end in _pieces(doc):
            text = DATELINE.sub("", _SPACE.sub(" ", doc.text[start:end]).strip())
            if not text:
                continue  # the empty piece between a sentence's end and its line break
            if opening:  # "Indianapolis – Several thousand teachers …", as enrich masks it
                text, opening = text[title_dateline_end(text) :], False
            after_title, cut_title = cut_title, bool(TITLE_END.search(text))
            if not sentence_like(text):
                continue  # a headline, date line or byline: neither a candidate nor a lead
            position += 1
            if _split_number_fragment(doc.text, start, end) or cut_title or after_title:
                continue
            if not usable(text, opts, speakers.get(article.id or -1, [])):
                continue
            if position > 1 and OTHER_MONTH.search(text) and not FUTURE.search(text):
                continue
            key = _norm(text)
            if key in seen:
                continue
            seen.add(key)
            before = (LAST_YEAR.search(text) or told_before(text)) and not FUTURE.search(text)
            if position > 1 and (earlier_event(text, year) or before):
                background.add(len(found))  # "Page was born on April 22, 1923."
            if (
                generic(text, names.get(article.id or -1, ()))
                or points_back(text)
                or commentary(text)
            ):
                filler.add(len(found))  # in the graph (centralities stay), never chosen
            elif definite_organisation(text) and (article.id or -1) in several_organisations:
                filler.add(len(found))  # "The company ..." of a round-up: which one is not shown
            elif position == 1 and hook(text):
                filler.add(len(found))  # a feature's hook: its news comes after it
            elif partitive_back(text):
                # "Most of the design cues were kept.": only right after what it counts from
                previous = found[-1] if len(found) > first else None
                if previous is not None and previous[2] == position - 1:
                    follows[len(found)] = len(found) - 1
                else:
                    filler.add(len(found))
            found.append((text, article, position))
        nut = _nut_graf(found, first, background | filler | set(follows))
        if nut is not None:
            nut_grafs.add(nut)
    return Candidates(
        found=found, background=background, filler=filler, nut_grafs=nut_grafs, follows=follows
    )


# How far into an article its news may sit behind a feature's opening (in sentences).
_NUT_GRAF_REACH = 6


def _nut_graf(found: list[tuple[str, Article, int]], first: int, unfit: set[int]) -> int | None:
    """The candidate an article's news is in when its opening sentence tells none: the
    opening is no candidate (too short, background: "Earlier this year, ...") or a hook, a
    generic line or a comment (``unfit``); then the news is the first later candidate, within
    :data:`_NUT_GRAF_REACH` sentences, that tells something (:func:`tells_news`) and is no
    filler or background. None when the opening is news or no such candidate follows."""
    mine = range(first, len(found))
    if any(found[i][2] == 1 and i not in unfit for i in mine):
        return None  # the opening is the article's lead fact
    for i in mine:
        text, _, position = found[i]
        if position > _NUT_GRAF_REACH:
            break
        if i not in unfit and tells_news(text):
            return i
    return None


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
    if SPLIT_END.search(head) and after[:1].isdigit():
        return True
    before = text[max(0, start - 3) : start].rstrip(" ")
    return text[start : start + 1].isdigit() and SPLIT_END.search(before) is not None
