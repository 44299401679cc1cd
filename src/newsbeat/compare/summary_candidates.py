"""The sentences a summary may use: each article's lead, cut into sentences.

Each article's lead (its first paragraphs, where news writing puts the facts) is split into
sentences by spaCy's rule-based sentencizer and at every line break (a line is a paragraph: a
headline, a date line or a byline on its own line ends without sentence punctuation, or is in
headline case, and is neither a candidate nor counted as the article's opening sentence).
Reprints are left out (they repeat their original) and a sentence that several outlets share
word for word is kept once, cited to the earliest. Besides the rules on one sentence
(:mod:`newsbeat.compare.summary_usable`), out are: fragments of a number split by a stray space
("... a preliminary magnitude of 4." followed by "6 struck ..."), a sentence cut after a title
or "No." ("..., police Lt." / "Tim Fanning said ...") with the half after it (a model's name
cut at its full stop, "the Velo ID. 4", "the ID. Buzz", is one sentence again:
:func:`_cut_in_a_name`), a page's posting time before a sentence ("Posted at 9:14 a.m. The
council ...": :data:`~newsbeat.compare.summary_usable.POSTED`, cut off, as is a page's label,
"Summary:"), a sentence cut at an abbreviation's full stop (the piece after it goes on in lower
case: "... of the Medical Assn." / "of the State of Kessel in 2002.") and,
past an article's opening sentence, one dating its event to a whole month ("... struck the
island in September, killing ..."). Kept in the sentence graph but marked: an event dated to a
year two or more before the story's (:mod:`newsbeat.compare.summary_time`: "Page was born on
April 22, 1923") or last year's, which only an obituary may use, and a generic statement or one
pointing back (:mod:`newsbeat.compare.summary_generic`), which none may use, nor one carrying
no fact of the story (:mod:`newsbeat.compare.summary_factless`: a timeless definitional or
evaluative line naming no one, the writer's aside, a call to action, a reaction told alone),
nor one naming its person by the first name alone ("Ana ran back into the house.", the reader
cannot tell who:
:func:`newsbeat.compare.summary_names.first_name_only`), and so is a feature's
opening hook ("To X, ferries are not a business.": a present copula, nothing told). A share of
a set ("Most of the design cues were kept.") is usable only right after the sentence before it
(``follows``). When an article's opening tells no news (no candidate, or filler), the first
later sentence within six that tells something is its nut graf (``nut_grafs``), the lead fact
when no article opens on its news: first one telling dated news (a figure or the story's
time), then, for want of one, one in the paragraphs after the lead (a feature's opening scene
may run four paragraphs: "Marta Vell was making breakfast when the phone rang.", itself
filler), and only then any told line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newsbeat.compare.summary_factless import (
    call_to_action,
    evaluative_aside,
    photo_caption,
    reaction_only,
    retrospective_hook,
    tells_no_fact,
)
from newsbeat.compare.summary_generic import (
    anecdote,
    commentary,
    dated_news,
    generic,
    hook,
    tells_news,
)
from newsbeat.compare.summary_names import first_name_only
from newsbeat.compare.summary_openers import (
    activity_hook,
    first_person_opening,
    list_title,
    nameless_opening,
    past_decade_opening,
    second_person_opening,
)
from newsbeat.compare.summary_options import SummaryOptions
from newsbeat.compare.summary_standalone import addresses_reader, leans_back
from newsbeat.compare.summary_time import earlier_event, story_year
from newsbeat.compare.summary_usable import (
    DATELINE,
    FUTURE,
    LABEL,
    LAST_YEAR,
    OTHER_MONTH,
    POSTED,
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

__all__ = ["Candidates", "candidate_sentences", "openings", "read_candidates"]

_SPACE = re.compile(r"\s+")
# A sentence opening on a quotation mark or a dash (a quote in Swedish, French, Russian):
# who speaks is told after it, in words the English rules cannot read.
_QUOTE_OPENING = re.compile(r"^[\"'“”„‟«»‹›‚‘’「『–—-]")


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


def openings(candidates: Candidates) -> Candidates:
    """The candidates with only each article's opening sentence choosable (every other one,
    an opening on a quote, one in the writer's first person, "Wir hoffen ...", one addressing
    the reader and one naming no one and counting nothing (:mod:`summary_openers`) is filler:
    in the sentence graph, never chosen), for a text the sentence rules cannot read (another
    language than English).

    The opening is the article's earliest candidate: when the first sentence was left out (a
    fragment cut at an abbreviation or a German ordinal, "Am 12." of "Am 12. September"; a
    reading-time line), the next one opens the article rather than none (read34: three of five
    stories in other languages had no summary at all); so does the sentence after an opening
    quote („Wir haben ...“, sagte ...: a candidate since its quote marks are paired, summ39,
    never cited)."""
    first: dict[int, int] = {}
    for text, article, position in candidates.found:
        if _QUOTE_OPENING.match(text):
            continue  # an opening quote is never cited: the sentence after it opens (summ39)
        key = id(article)
        first[key] = min(position, first.get(key, position))
    never = {
        i
        for i, (text, article, position) in enumerate(candidates.found)
        if position != first.get(id(article))
        or _QUOTE_OPENING.match(text)
        or first_person_opening(text, article.language)  # the writer's voice (summary_openers)
        or past_decade_opening(text, article.language)  # "In den achtziger Jahren ..."
        or second_person_opening(text, article.language)  # "Hier findest du ..."
        or nameless_opening(text, article.language)  # no one named, nothing counted
    }
    return Candidates(
        found=candidates.found,
        background=candidates.background,
        filler=candidates.filler | never,
    )


@lru_cache(maxsize=1)
def _sentencizer() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _lead(article: Article, options: SummaryOptions) -> tuple[str, str]:
    """An article's lead (its first ``lead_paragraphs`` paragraphs, at most ``lead_chars``)
    and as many paragraphs after it, where a feature's news may sit (empty when the lead
    was cut short)."""
    paragraphs = article.paragraphs
    boxes = [article.text[s:e] for s, e in checked_claim_spans(article.text)]
    if boxes:  # a fact check: its lead is what it found, past the examined claim and headings
        paragraphs = [
            p for p in paragraphs if len(p.split()) > 3 and not any(b in p for b in boxes)
        ]
    count = options.lead_paragraphs
    text = "\n\n".join(paragraphs[:count])
    if len(text) > options.lead_chars:
        cut = text.rfind(" ", 0, options.lead_chars)
        return text[: cut if cut > 0 else options.lead_chars], ""
    rest = "\n\n".join(paragraphs[count : 2 * count])
    if len(rest) > options.lead_chars:  # whole sentences only: the cut one ends unpunctuated
        rest = rest[: max(rest.rfind(" ", 0, options.lead_chars), 0)]
    return text, rest


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
    ordered = sorted(
        (a for a in articles if a.id is not None and a.duplicate_of is None),
        key=lambda a: (a.order_time, a.id),
    )
    leads = [_lead(a, opts) for a in ordered]
    reader = _Reader(
        opts=opts,
        speakers=_speakers_by_article(enrichments or {}),
        year=story_year((a.published for a in ordered), (a.text for a in ordered)),
        names={
            aid: [e.name for e in enrichment.entities]
            for aid, enrichment in (enrichments or {}).items()
        },
        people={
            aid: [e.name for e in enrichment.entities if e.type == "PERSON"]
            for aid, enrichment in (enrichments or {}).items()
        },
        # Articles naming two or more organisations twice or more: there "The company ..."
        # may stand for any of them (reader17's round-up: Amazon's item, then WeWork's).
        story_text="\n".join(f"{a.title}\n{a.text}" for a in ordered),
        several_organisations={
            aid
            for aid, enrichment in (enrichments or {}).items()
            if sum(e.type == "ORG" and e.mentions >= 2 for e in enrichment.entities) >= 2
        },
    )
    docs = _sentencizer().pipe((lead for lead, _ in leads), batch_size=64)
    for article, (_, rest), doc in zip(ordered, leads, docs, strict=True):
        first = len(reader.found)
        reader.read(article, doc)
        unfit = reader.background | reader.filler | set(reader.follows)
        nut = _nut_graf(reader.found, first, unfit, dated_news)
        if nut is None and rest and _opening_unfit(reader.found, first, unfit):
            nut = reader.nut_graf_past_lead(article, _sentencizer()(rest))
        if nut is None:
            nut = _nut_graf(reader.found, first, unfit, tells_news)
        if nut is not None:
            reader.nut_grafs.add(nut)
    return Candidates(
        found=reader.found,
        background=reader.background,
        filler=reader.filler,
        nut_grafs=reader.nut_grafs,
        follows=reader.follows,
    )


@dataclass
class _Reader:
    """Reads a story's articles into candidates, keeping what the rules need across them
    (sentences seen, the indices marked)."""

    opts: SummaryOptions
    speakers: dict[int, list[str]]
    year: int | None
    names: dict[int, list[str]]
    # each article's persons (PERSON entities): a scene naming one by first name is not shown
    people: dict[int, list[str]]
    several_organisations: set[int]
    # every article's title and text: a model's name written twice ("ID. Buzz") is a name
    story_text: str
    seen: set[str] = field(default_factory=set)
    found: list[tuple[str, Article, int]] = field(default_factory=list)
    background: set[int] = field(default_factory=set)
    filler: set[int] = field(default_factory=set)
    nut_grafs: set[int] = field(default_factory=set)
    follows: dict[int, int] = field(default_factory=dict)
    # the position of the last sentence read in the article (candidate or not)
    position: int = 0
    # whether a heading line followed a sentence in the article read (a list's first item)
    past_heading: bool = False

    def _sentences(self, article: Article, doc: Any, position: int) -> Iterator[tuple[str, int]]:
        """The usable sentences of ``doc`` (an article's lead or what follows it) with their
        positions in the article, counting on from ``position``; a sentence seen before in
        the story is left out."""
        cut_title = False
        opening = position == 0
        pieces = _pieces(doc, self.story_text)
        for k, (start, end) in enumerate(pieces):
            text = DATELINE.sub("", _SPACE.sub(" ", doc.text[start:end]).strip())
            text = POSTED.sub("", text)  # "Posted at 9:14 a.m. The council voted …"
            text = LABEL.sub("", text)  # "Summary: MWEB has restored …"
            if not text:
                continue  # the empty piece between a sentence's end and its line break
            if opening:  # "Indianapolis – Several thousand teachers …", as enrich masks it
                text, opening = text[title_dateline_end(text) :], False
            after_title = cut_title
            cut_title = bool(TITLE_END.search(text)) or _cut_before_lower(doc.text, pieces, k)
            if not sentence_like(text):
                # a headline, date line or byline: neither a candidate nor a lead; past the
                # first sentence, a list article's item heading ("Vell Kettle Pro for $35")
                self.past_heading = self.past_heading or position > 0
                continue
            position += 1
            self.position = position
            if _split_number_fragment(doc.text, start, end) or cut_title or after_title:
                continue
            speakers = self.speakers.get(article.id or -1, [])
            if not usable(text, self.opts, speakers, article.language):
                continue
            if position > 1 and OTHER_MONTH.search(text) and not FUTURE.search(text):
                continue
            if _norm(text) in self.seen:
                continue
            yield text, position

    def _dated_before(self, text: str, position: int) -> bool:
        before = (LAST_YEAR.search(text) or told_before(text)) and not FUTURE.search(text)
        return position > 1 and bool(earlier_event(text, self.year) or before)

    def _never_chosen(self, text: str, article: Article, position: int) -> bool:
        """Filler: a generic line, one pointing back or commenting, "The company ..." of a
        round-up, a feature's opening hook or anecdote."""
        aid = article.id or -1
        if self.past_heading and list_title(article.title):
            return True  # a list article's item: one item's blurb is no point (summary_openers)
        if generic(text, self.names.get(aid, ())) or points_back(text) or commentary(text):
            return True  # in the graph (centralities stay), never chosen
        if addresses_reader(text) or leans_back(text):
            return True  # "If you want ...", "Every day it does, ..." (summary_standalone)
        if tells_no_fact(text, self.names.get(aid, ())) or evaluative_aside(text):
            return True  # "Pneumonic plague is the most deadly form ..." (summary_factless)
        if call_to_action(text) or reaction_only(text):
            return True  # "Start your day with ...", "The cabinet members ... laughed."
        if photo_caption(text):
            return True  # "Suspects raise their hands as a navy boat approaches." (a caption)
        if definite_organisation(text) and aid in self.several_organisations:
            return True  # "The company ..." of a round-up: which one is not shown
        people = self.people.get(aid, ())
        if first_name_only(text, people, set(self.names.get(aid, ())) - set(people)):
            return True  # "Ana ran back into the house.": who Ana is is not shown
        # a feature's hook or opening scene: its news comes after it
        if position == 1 and activity_hook(text, self.names.get(aid, ())):
            return True  # "Crossing the strait, while not easy, has been done."
        return position == 1 and (hook(text) or anecdote(text) or retrospective_hook(text))

    def _add(self, text: str, article: Article, position: int) -> int:
        self.seen.add(_norm(text))
        self.found.append((text, article, position))
        return len(self.found) - 1

    def read(self, article: Article, doc: Any) -> None:
        """Add the candidates of one article's lead."""
        first = len(self.found)
        self.position = 0
        self.past_heading = False
        for text, position in self._sentences(article, doc, 0):
            index = len(self.found)
            if self._dated_before(text, position):
                self.background.add(index)  # "Page was born on April 22, 1923."
            if self._never_chosen(text, article, position):
                self.filler.add(index)
            elif partitive_back(text):
                # "Most of the design cues were kept.": only right after what it counts from
                previous = self.found[-1] if index > first else None
                if previous is not None and previous[2] == position - 1:
                    self.follows[index] = index - 1
                else:
                    self.filler.add(index)
            self._add(text, article, position)

    def nut_graf_past_lead(self, article: Article, doc: Any) -> int | None:
        """A feature's news told past its lead (``doc``: the paragraphs after it, read right
        after the lead by :meth:`read`): the first
        sentence there that tells dated news (:func:`dated_news`) and is usable, neither
        background nor filler, added as a candidate; None when there is none."""
        for text, at in self._sentences(article, doc, self.position):
            if self._dated_before(text, at) or self._never_chosen(text, article, at):
                continue
            if partitive_back(text) or not dated_news(text):
                continue
            return self._add(text, article, at)
        return None


# How far into an article its news may sit behind a feature's opening (in sentences).
_NUT_GRAF_REACH = 6


def _opening_unfit(found: list[tuple[str, Article, int]], first: int, unfit: set[int]) -> bool:
    """Whether an article's opening sentence (read from ``first``) is no news: no candidate,
    or background, filler or a hook (``unfit``)."""
    return not any(found[i][2] == 1 and i not in unfit for i in range(first, len(found)))


def _nut_graf(
    found: list[tuple[str, Article, int]],
    first: int,
    unfit: set[int],
    news: Callable[[str], bool],
) -> int | None:
    """The candidate an article's news is in when its opening sentence tells none: the
    opening is no candidate (too short, background: "Earlier this year, ...") or a hook, a
    generic line or a comment (``unfit``); then the news is the first later candidate, within
    :data:`_NUT_GRAF_REACH` sentences, that ``news`` accepts (:func:`dated_news`, else
    :func:`tells_news`) and is no filler or background. None when the opening is news or no
    such candidate follows."""
    if not _opening_unfit(found, first, unfit):
        return None  # the opening is the article's lead fact
    for i in range(first, len(found)):
        text, _, position = found[i]
        if position > _NUT_GRAF_REACH:
            break
        if i not in unfit and news(text):
            return i
    return None


def _pieces(doc: Any, story_text: str = "") -> list[tuple[int, int]]:
    """The sentences of a lead as (start, end) offsets, cut at every line break too.

    A line is a paragraph (the importers read a text without blank lines one paragraph per
    line), so a headline, a date line or a byline on its own line never runs into the sentence
    below it; without closing punctuation it is then no candidate. Within a line, two pieces
    the sentencizer cut inside a model's name are one sentence again (:func:`_cut_in_a_name`;
    ``story_text``: the story's titles and texts).
    """
    pieces: list[tuple[int, int]] = []
    for span in doc.sents:
        start = span.start_char
        for line in doc.text[span.start_char : span.end_char].split("\n"):
            end = start + len(line)
            previous = pieces[-1] if pieces else None
            if previous and (
                _cut_in_a_name(doc.text, previous, (start, end), story_text)
                or _cut_in_a_date(doc.text, previous, (start, end))
                or _TITLE_ABBREVIATION_END.search(doc.text[previous[0] : previous[1]].rstrip())
                or _NUMBER_ABBREVIATION_END.search(doc.text[previous[0] : previous[1]].rstrip())
            ):
                pieces[-1] = (previous[0], end)
            else:
                pieces.append((start, end))
            start = end + 1
    return pieces


# Titles abbreviated in other languages: the English tokenizer keeps "Dr." and "Prof." whole,
# not these ("O prof." | "Carlos Nadalim apresenta ...": read34).
_TITLE_ABBREVIATION_END = re.compile(
    r"(?:^|\s)(?:prof|sr|sra|srta|dott|dott\.ssa|ing|avv|sig|sig\.ra|hr|fr|mme|mlle|dra)\.$",
    re.IGNORECASE,
)
# A figure's abbreviated unit or order of magnitude in another language, which the English
# tokenizer cuts at ("около 85 тыс." | "компактных автомобилей ...", "2,5 Mio." | "Euro"):
# the sentence goes on (summ38: three Russian reports of the multilingual gold lost their
# opening sentence, the lead fact, and opened on the next one).
_NUMBER_ABBREVIATION_END = re.compile(
    r"\d[\d\s.,]*\s*(?:тыс|млн|млрд|трлн|руб|долл|Mio|Mrd|Tsd|mln|mld|mrd|bln)\.$"
)
# "Am 12. September", "am 3. und 4. Mai", "op 12. mei": a day written as an ordinal before
# its month (German, Dutch, Scandinavian usage), or before "bis"/"und" and the next day.
_ORDINAL_DAY_END = re.compile(r"(?:^|\s)\d{1,2}\.$")
_DATE_GOES_ON = re.compile(
    r"^(?:(?:bis|und|oder|til|og|tot|en|[–-])\s*\d{1,2}\.|(?:jan(?:uar|uari|vier)?|jänner"
    r"|feb(?:ruar|ruari)?|märz|maart|marts|mars|april|mai|mei|juni|juli|aug(?:ust|ustus)?"
    r"|sep(?:t|tember)?|o[ck]t(?:ober)?|nov(?:ember)?|de[sz](?:ember)?|dec(?:ember)?)\b)",
    re.IGNORECASE,
)


def _cut_in_a_date(text: str, head: tuple[int, int], tail: tuple[int, int]) -> bool:
    """Whether the sentencizer cut at the full stop of a day's ordinal ("Am 12." | "Bis 13."
    | "September startet ..."): English writes no full stop after a day, so only another
    language's sentence is joined again (read34: a German page's opening was lost this way)."""
    head_text = text[head[0] : head[1]].rstrip()
    return bool(_ORDINAL_DAY_END.search(head_text)) and bool(
        _DATE_GOES_ON.match(text[tail[0] : tail[1]].lstrip())
    )


# "the Velo ID. 4": a capitals word of up to three letters after a capitalised one or a
# determiner ("the ID. Buzz"), before a number, is a model's name ("ID. 4"); before a word,
# only when the article writes the two together again ("ID. Buzz" in a title or another
# sentence of the story): a cut sentence ("... the FBI. Police said ...") does not repeat
# word for word. (A sentence cut after a title stays
# out, both halves: made whole, the restored sentences moved the centralities of real
# stories' summaries and their redundancy rose; see TITLE_END.)
_NAME_PART_END = re.compile(
    r"\b(?:[A-Z][\w'’-]*|the|its|their|his|her|a|an|new)\s+(?P<part>[A-Z]{1,3})\.$"
)
_NEXT_WORD = re.compile(r"^[A-Z][\w'’-]*")
_NOT_A_NAME = frozenset({"The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That"})


def _cut_in_a_name(
    text: str, head: tuple[int, int], tail: tuple[int, int], story_text: str
) -> bool:
    """Whether the sentencizer cut one sentence at the full stop inside a model's name
    (:data:`_NAME_PART_END`): ``head`` and ``tail`` are adjacent pieces of ``text`` on one
    line; ``story_text``, the story's titles and texts, shows a name written twice."""
    if "\n" in text[head[1] : tail[0]]:
        return False
    part = _NAME_PART_END.search(text[head[0] : head[1]].rstrip())
    second = text[tail[0] : tail[1]].lstrip()
    if part is None or not second:
        return False
    if second[0].isdigit():
        return True
    word = _NEXT_WORD.match(second)
    if word is None or word.group() in _NOT_A_NAME:
        return False
    return story_text.count(f"{part['part']}. {word.group()}") >= 2


def _cut_before_lower(text: str, pieces: list[tuple[int, int]], k: int) -> bool:
    """Whether the sentencizer cut the ``k``-th piece inside a sentence at an abbreviation's
    full stop ("... president of the Medical Assn." / "of the State of Alabama in 2002."):
    the next piece goes on on the same line in lower case."""
    end = pieces[k][1]
    following = next((s for s, e in pieces[k + 1 :] if text[s:e].strip()), None)
    if following is None or "\n" in text[end:following]:
        return False  # the empty piece before a line break is no sentence going on
    return (
        text[pieces[k][0] : end].rstrip().endswith(".") and text[following:].lstrip()[:1].islower()
    )


def _split_number_fragment(text: str, start: int, end: int) -> bool:
    """Whether a sentence is half of a decimal split by a stray space: "... a magnitude of 4."
    then "6 struck the coast ..." (the sentence splitter cut at the decimal point)."""
    head = text[start:end].rstrip()
    after = text[end : end + 3].lstrip(" ")
    if SPLIT_END.search(head) and after[:1].isdigit():
        return True
    before = text[max(0, start - 3) : start].rstrip(" ")
    return text[start : start + 1].isdigit() and SPLIT_END.search(before) is not None
