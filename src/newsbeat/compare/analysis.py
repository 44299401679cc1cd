"""Per-story analyses (comparison and summary), stored with a stamp of their inputs.

Why persist: comparing and summarising a story costs tens of milliseconds (sentence splitting,
TF-IDF, LexRank), which is minutes for a beat of thousands of stories but nothing for the few
stories a run changes. The ``compare`` and ``summarise`` pipeline stages therefore analyse only
the stories whose inputs changed, and reports read the stored results. The stamp is a digest of
the story's articles, reprints, dates and enrichment times (:meth:`Store.story_inputs_stamp`),
the analysis kind, :data:`ANALYSIS_VERSION` and the options; a report never shows a stale
analysis: when a stamp does not match (a stage did not run since the story changed), the report
computes that story afresh.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Protocol

from newsbeat.compare import (
    CompareOptions,
    StoryMaterialStore,
    compare_articles,
    load_story_material,
)
from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.models import Article, Enrichment, Story
from newsbeat.serialize import entities_json, events_json
from newsbeat.settings import Settings
from newsbeat.stage import RunOptions, StageResult
from newsbeat.store import AnalysisStore, Store, Transactional

__all__ = [
    "ANALYSIS_VERSION",
    "KINDS",
    "AnalysesStore",
    "AnalysisOptions",
    "compare_stage",
    "compute",
    "story_analyses",
    "summarise_stage",
]

log = logging.getLogger(__name__)

# Bump when the comparison or summary algorithm changes, so stored results are redone.
# 16: compare rules (subject named on one side, near-synonyms, shadowing by quantity) and
# summary rules (lines, headlines, pronoun speakers, retold lead facts)
# 17: one quantity in two units (durations in days, temperatures in Celsius)
#     summary rules (measured figures, inflections, opening penalty, no outlet bonus, cosine
# limit 0.25, demonstrative openings, "it said", sentences cut after a title)
# 18: one long sentence retold with another figure is one slot (compare/pair_explain._retold); one
#     list of things told twice is one report (_same_list)
#     summary rule (a sentence dated two or more years before its story is background, unless
#     the lead fact is a death)
# 19: summary rule (a sentence opening with "But", "However", "Yet" … is no candidate)
# 20: an age is compared as the whole number it is (no implied precision of a round figure)
# 21: count nouns in other words (compare/count_nouns.py: fire vehicles, hits on one named
#     person; confslot); summary rule: a bullet retelling an event already told, with no new
#     count or kind of fact, is left out (compare/summary_events.py; sumfix4); an open lower
#     bound its own article narrows ("at least 50" beside "about 50") is no figure fitting
#     the other outlet's (compare/pair_explain._narrowed; confbound); a generic statement (no
#     name, figure, date or speaker; "can"/"usually" happens) is no bullet, and "in protest
#     against …" tells a cause (compare/summary_generic.py, summary_events.py; sumfill);
#     a treaty signed is one event kind however it is told ("signed", "put its signature on")
# 22: the compare analysis lists each name once with its main type (serialize.entities_json)
# 23: story names: two-word surnames after a particle, generational suffixes, one-word
#     surnames typed as a place or organisation are the story's one bearer
#     (enrich/story_names.py; lead)
# 24: pairing: a figure's own qualifiers, "other" no qualifier, a name without its middle
#     names or spelled one letter apart is one subject (compare/claims.py; confpair2);
#     summaries: event kinds from the CAMEO dictionary (data/summary_event_kinds.json), a
#     surname-only first mention gets its first name in brackets (summary_names.py),
#     continuation lines and first person outside quotes are no bullets (sumverbs)
# 25: summaries: event kinds for talks, roster moves, knockdowns and verb-plus-object kinds
#     (dismissal, appointment, stoppage, offer, release) with guards, a word inside another
#     kind's phrase counts once, referring/cleft openings never chosen, background clauses
#     and last year's events past the opening sentence, filler and first-person voice
#     (sumkinds)
# 26: summaries (sumsplit): possessive names ("Williams'") are the person, "decided to fire"
#     is a dismissal, rule changes are an event kind, a pronoun subject after an opening
#     phrase with no name before it is never chosen, acts done "previously" are background
# 27: summaries (lead, read on unseen real pages): a feature's opening hook (a present copula
#     with a common-noun subject, nothing told) is never chosen
# 28: conflicts (confnoun): a distance counted in buildings, houses or doors is one noun and
#     the names beside it its two ends, a closed compound is its head plus a qualifier
#     ("speedboats" = "speed boats"), a gathering's people, protesters and crowd are one noun
# 29: summaries: a title-case dateline of a known place ("Indianapolis – ") is cut from the
#     opening sentence, as enrich masks it
# 30: summaries: a fact check's lead skips its examined claim and headings
# 31: comparison: "compatible" only for figures linked by a strict pair (the slot a conflict
#     needs); a figure another text states with the same counted word is not "only one reports"
# 32: conflicts (confnoun2): vehicles the doers came in count what carried them (event
#     "ride"); a named fighter's record and a person's weight are one measure each, a weight
#     taken as stated; "N weeks ago" on both sides dates the event, no bare duration
# 33: summaries: "The company ..." of an article naming several organisations is no bullet
# 34: a distinctive figure (100 or more, a fraction, 10 or more of a unit) another text writes
#     under another word is not "only one reports"; "X, though, ..." opens on a contrast
# 35: summaries: the writer's comment (an opinion opener, a question outside quotes) is no bullet
# 36: a quote whose words another text quotes under another speaker, or that runs inside a
#     longer quote of its own text, is not "only one reports"
# 37: conflicts (confnoun3): plurals in -ches/-shes/-sses/-xes read back, the month May is no
#     modal, actors named only where written with a capital, one noun written two ways
#     (TDs/touchdowns), two names of one city one place (compare/place_aliases.py)
# 38: the lead (session 19): an agreed quote shows the words every text prints; a quote another
#     text paraphrases (TF-IDF >= 0.42) and a side of a disagreement are no outlet's alone
# 39: summaries (summ5): a feature's nut graf leads, openers leaning on the sentence before and
#     "Most of the ..." only after their antecedent, each article's bullets in its own order;
#     conflicts (confnoun4): one named person's own act pins a pair, a period against a day is
#     two time frames
# 40: an undated article's quote wordings, relation reports and first report carry no date
#     (they carried its import time); dollar figures of a sum given in another currency are
#     no conflict; a surname speaker takes the story's one full name of it; quotes that share
#     only function words and a name are two quotes (lead20)
# 41: conflicts (confread8): shots, bullets and rounds fired are one count, a round's clock one
#     measure of a fight both sentences name; labels "the 8th day", "44 seconds into round 7";
#     a series counted on two days ("the seventh day of protests") is no conflict (lead)
# 42: conflicts (confunits20): lengths, masses, areas, volumes and speeds compared across units
#     (feet/metres, miles/km, pounds/kg, tons/tonnes, acres/hectares, gallons/litres, mph/km/h;
#     a ton and a gallon within their two sizes); "30 square miles" is an area, shown as written
# 43: summaries (summ6): a model's name cut at its full stop ("the Velo ID. 4") is one
#     sentence again, a feature's opening scene around a named person is no lead and its
#     dated news (also past the lead) is, "The move ..."/"The decision ..."/"It means ..."
#     point back
# 44: review (lead): a quote's surname speaker is renamed only through the story's actors
#     (story_names: never an organisation, never a name an article keeps apart)
# 45: two wordings of a quote with other numbers are two quotes (review)
# 46: the currency rule needs a conversion in one sentence of the story (review)
# 47: days of protests named in other places are two series (fixclaims20)
# 48: a bare sum said of a noun ("an offer of $140 million") counts that noun (confnoun21)
# 49: a subject described by an age is the story's one person of that age, two ages are two
#     people; a long name with letters turned round is one name (confsubj21)
# 50: parts of other wholes ("two of the 100" / "three of the 400") are no conflict; lengths,
#     masses, areas, volumes and speeds converted before the tenfold check (fixprec21)
# 51: crowds in sentences naming other places are two crowds; a country written as a place's
#     owner is no place of its own (confevent21)
# 52: a summary never chooses a scene naming its person by the first name alone (fixent21)
# 53: a figure linked only to other figures and in no pair shown is its outlet's own; a vague
#     count ("millions of") contradicts none and is nobody's alone (fixclaim21)
# 54: review fixes (fixrev21a): a priced noun's window stops at punctuation ("the offer, a
#     premium of $30 million" prices premiums); an age names no one when the described noun's
#     sex differs, the article also names that person, or an unnamed person has that age
# 55: fixuniq22: one fact another outlet tells with a pronoun subject, another noun or no
#     claim of it ("two managers"/"two bosses wounded", "Riva, 47,") is no outlet's own
# 56: units (fixvague22): a length counted as "foot" ("a 170,000-square-foot building") is the
#     measure "feet" spells, as "200 feet" is (it was a noun of its own)
# 57: one person's name forms joined across a story ("Fred LaRue", "Frederick C. LaRue",
#     "Young Frederick": enrich/name_variants.py, applied by resolve_surnames) (fixspeak22)
# 58: two disjoint figures kept apart only by the wording gate pass it when their masked
#     sentences are close in meaning (sentence vectors, cosine >= 0.65) (semsim22)
# 59: claims (confslot22): an expectation ("was expected to be $85-100 million") shadows no
#     other outlet's figure of the deed; a modal in a ", who ..." clause about a person that
#     counts nothing tells no future of the sentence
# 60: fixleft22: a posting time before the lead is cut off; "the ID. Buzz" is one sentence
# 61: review fixes (fixrev22a): "total losses" keeps its total; the same injury word echoes
#     only nouns that may name the same people; only "pieces/items of X" name X; a count of
#     anyone or of another year's event echoes nothing; an age echo needs the first name
# 62: review fixes (fixrev22c, fixrev22d, lead): no "Young X" for a story's full name; no
#     name forms joined when an article keeps them apart or the story writes the surname with
#     a suffix; the route through meaning closed to another instance, other dates and
#     sentences each writing a name the other does not (capitalised words, tagged or not)
# 63: an ordinal day of the month is a day ("the 5th of May"); a figure counted "since" a
#     start in its own clause is a running total; one named body's act toward a named party
#     passes the wording gate (_named_act); no broadcast lead-in bullet
# 64: casualty participles fold like their events; written ranges and vague multiples shown
#     as written; summary labels, abbreviation cuts and irregular "It" openings; two named
#     recipients keep two claims apart; running totals only from a perfect verb over a span
#     that starts at "since"; ordinal periods no day; "X III" no longer joined to "X"
# 65: a story's summary cites English sentences only when it has English articles; a story
#     told only in other languages gets its articles' openings, marked with their language
# 66: two percentages placed in different countries by their own phrase are two things; two
#     shares of one place with one event pass the wording gate (compare/share_places.py)
# 67: dollar figures over three times apart are no currency conversion (recall12m); a crowd
#     with no verb of its own counts a gathering's people; a place written only inside an
#     organisation's name is no place of its sentence (recall12n); rules version 99
# 68: two spans between events compare only when both name the same other event (relt12); a
#     crowd size's place and day may come from its article's headline and lead, an early
#     count never meets a later one (gate12); "may/might have" + participle is no forecast
#     (hedge12); figures counted from other anchors ("two weeks ago" / "two weeks before the
#     fight") neither agree nor conflict (lead); rules version 101
# 69: a street (a place entity named by its street word) is no place of a claim's sentence
#     for the place gates (ents28); rules version 102
# 70: "thus far", "to date", "during its five operations" mark a running total; an exact
#     figure and its hedged form against one figure are one conflict (confscope29); an outlet
#     offering its own pictures is no summary bullet (lead)
# 71: each article's only count of one thing by one act is one count told twice, a subject
#     unknown on one side and the wording gate notwithstanding (recall30c)
# 72: one figure in two units ("about 200 feet", "about 60 metres") against one figure is one
#     conflict, printed in the other side's unit (conf30)
# 73: two named people's ages are no echo of each other in the "only one outlet reports" list
#     ("Dean Riva, 47," / "Paul Riva, 47,"; ages28, ported by ages31); the wording gate's word
#     weights are fitted per kind of figure, ages apart from the rest (ages31)
# 74: a part of a set named only by its kind ("17 of the hijacked ships are held") is the
#     count of its own act, under each article's only count of it (recall31a)
# 75: the age of a person described only by it ("a 31-year-old nurse") takes the story's one
#     person of that age only when the story names that person with one age (conf36)
# 76: summaries (summ38): a quote narrating the told event again is a retelling; a suicide
#     told as done is a death; a photo caption and the writer's verdict ("X is right: ...")
#     are no bullet; another language's opening addressing the reader or naming no one and
#     counting nothing is not cited; "85 тыс." no longer cuts an opening sentence
# 77: a country's navy or army written bare ("navy") or "<country>'s navy" is one speaker with
#     the story's full name of it in quote groups (alias38)
# 78: a navy's ship written bare ("Mysore") is the story's one "INS Mysore" in quote groups;
#     an organisation misspelt once ("Gordon Advisers") is the story's one spelt so (ents39)
# 79: an item of a list of kinds under a whole written without a figure ("a cache of arms,
#     including seven rifles, three machine guns") is the count of its own noun, no part
#     (conf39b); one figure of one act told of one group under a word of no group ("23
#     people arrested", "23 suspects") or another word for the attackers ("23 raiders") is one
#     agreement with "23 pirates arrested" (conf39b)
# 80: summaries of another language than English pair its quote marks in order ("„…“",
#     "«…»"), let a short capitalised quoted title stand without a speaker, and know its
#     speech verbs (summ39)
# 81: an organisation written in two letter cases ("LionsGate", "Lionsgate") is the story's one
#     name in quote groups (ents39b)
ANALYSIS_VERSION = "81"
KINDS = ("compare", "summary")
_PARALLEL_FROM = 64  # stories; below this, worker start-up costs more than it saves


@dataclass(frozen=True, kw_only=True)
class AnalysisOptions:
    """Options of both analyses and how many processes may run them."""

    compare: CompareOptions = field(default_factory=CompareOptions)
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    workers: int = 0  # 0: one per CPU

    @classmethod
    def from_settings(cls, settings: Settings) -> AnalysisOptions:
        """Defaults, with the summary length of the settings."""
        return cls(summary=SummaryOptions.from_settings(settings))

    def key(self, kind: str) -> str:
        """What, besides the inputs, the stored result of ``kind`` depends on."""
        return f"{kind}|{ANALYSIS_VERSION}|{self.compare if kind == 'compare' else self.summary}"


def compute(
    kind: str,
    articles: Sequence[Article],
    enrichments: dict[int, Enrichment],
    options: AnalysisOptions,
) -> dict[str, Any]:
    """One analysis of one story as JSON-ready data.

    Args:
        kind: ``compare`` (first outlet, comparison, quote groups, relations, events,
            entities) or
            ``summary`` (cited sentences).
        articles: the story's articles, reprints included (:func:`load_story_material`).
        enrichments: their enrichment by article id.
        options: analysis options.

    Returns:
        The analysis data.
    """
    if kind == "summary":
        sentences = summarise_articles(articles, enrichments, options.summary)
        return {"sentences": [s.to_json() for s in sentences]}
    comparison = compare_articles(articles, enrichments, options.compare)
    # A reprint repeats its original's mentions and events.
    originals = [
        enrichment
        for article in articles
        if article.duplicate_of is None and (enrichment := enrichments.get(article.id or -1))
    ]
    return {
        "first": comparison.first,
        "comparison": comparison.to_json(),
        "quotes": [g.to_json() for g in comparison.quotes],
        "relations": [g.to_json() for g in comparison.relations],
        "events": events_json(originals),
        # one entry per name, with the type most of its mentions carry (as the story's JSON)
        "entities": entities_json(originals)[:15],
    }


_Job = tuple[str, list[Article], dict[int, Enrichment], "AnalysisOptions", tuple[str, ...]]
_Done = tuple[str, dict[str, dict[str, Any]], str | None]


def _compute_all(job: _Job) -> _Done:
    """Run in a worker: an error becomes a message so one bad story does not stop the batch."""
    story_id, articles, enrichments, options, kinds = job
    try:
        return story_id, {k: compute(k, articles, enrichments, options) for k in kinds}, None
    except Exception as exc:
        log.debug("analysis of story %s failed", story_id, exc_info=True)
        return story_id, {}, f"story {story_id}: analysis failed: {type(exc).__name__}: {exc}"


class AnalysesStore(StoryMaterialStore, AnalysisStore, Transactional, Protocol):
    """What :func:`story_analyses` needs: stored analyses and their stamps, the stories'
    material to compute missing ones, and a transaction to save them."""


def _stamp(
    store: AnalysisStore,
    story_id: str,
    options: AnalysisOptions,
    kind: str,
    inputs: str | None = None,
) -> str:
    inputs = inputs if inputs is not None else store.story_inputs_stamp(story_id)
    return hashlib.sha256(f"{inputs}|{options.key(kind)}".encode()).hexdigest()


def story_analyses(
    store: AnalysesStore,
    stories: Sequence[Story],
    options: AnalysisOptions,
    *,
    save: bool = False,
    on_story: Callable[[int, int], None] | None = None,
) -> dict[str, dict[str, dict[str, Any]]]:
    """Both analyses of each story: stored ones when their stamp matches, else computed.

    Args:
        store: the store.
        stories: the stories.
        options: analysis options.
        save: store what had to be computed (the pipeline stages do; reports do not write).
        on_story: progress callback ``(done, total)``.

    Returns:
        ``{story_id: {"compare": ..., "summary": ...}}``; a story whose analysis failed has
        ``{"error": {"message": ...}}`` instead (the failure is logged, the others go on).
    """
    results: dict[str, dict[str, dict[str, Any]]] = {}
    stale: list[tuple[Story, tuple[str, ...], dict[str, str]]] = []
    done = 0
    for story in stories:
        inputs = store.story_inputs_stamp(story.id)
        stamps = {kind: _stamp(store, story.id, options, kind, inputs) for kind in KINDS}
        found: dict[str, dict[str, Any]] = {}
        for kind in KINDS:
            stored = store.get_story_analysis(story.id, kind)
            if stored is not None and stored[0] == stamps[kind]:
                found[kind] = stored[1]
        results[story.id] = found
        missing = tuple(k for k in KINDS if k not in found)
        if missing:
            stale.append((story, missing, stamps))
        else:
            done += 1
            if on_story is not None:
                on_story(done, len(stories))
    jobs = (
        (story.id, *load_story_material(store, story), options, missing)
        for story, missing, _ in stale
    )
    stamps_of = {story.id: stamps for story, _, stamps in stale}
    for story_id, computed, error in _run(jobs, len(stale), options.workers):
        if error is not None:
            log.warning("%s", error)
            results[story_id]["error"] = {"message": error}
            continue
        results[story_id].update(computed)
        if save:
            with store.transaction():
                for kind, data in computed.items():
                    store.save_story_analysis(story_id, kind, stamps_of[story_id][kind], data)
        done += 1
        if on_story is not None:
            on_story(done, len(stories))
    return results


def _run(jobs: Iterable[_Job], count: int, workers: int) -> Iterable[_Done]:
    """Compute jobs in this process, or in worker processes when there are many."""
    processes = workers or (os.cpu_count() or 1)
    if count < _PARALLEL_FROM or processes < 2:
        yield from map(_compute_all, jobs)
        return
    # fork where there is one: workers start at once with the libraries already imported, and
    # nothing re-runs the main module (``python -m newsbeat`` has no ``__main__`` guard).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        yield from pool.map(_compute_all, jobs, chunksize=8)


def _stage(kind: str, store: Store, settings: Settings, options: RunOptions) -> StageResult:
    opts = AnalysisOptions.from_settings(settings)
    stories = store.list_stories(beat=options.beat, since=options.since)
    stale = [
        story
        for story in stories
        if (stored := store.get_story_analysis(story.id, kind)) is None
        or stored[0] != _stamp(store, story.id, opts, kind)
    ]
    jobs = ((s.id, *load_story_material(store, s), opts, (kind,)) for s in stale)
    failures: list[str] = []
    for done, (story_id, computed, error) in enumerate(
        _run(jobs, len(stale), opts.workers), start=1
    ):
        if options.progress is not None:
            options.progress(done, len(stale))
        if error is not None:
            log.warning("%s", error)
            failures.append(error)
            continue
        store.save_story_analysis(
            story_id, kind, _stamp(store, story_id, opts, kind), computed[kind]
        )
    result = StageResult(name="compare" if kind == "compare" else "summarise", failures=failures)
    result.counts = {"stories": len(stories), "analysed": len(stale) - len(failures)}
    return result


def compare_stage(store: Store, settings: Settings, options: RunOptions) -> StageResult:
    """Pipeline stage ``compare``: compare the outlets of every story whose inputs changed."""
    return _stage("compare", store, settings, options)


def summarise_stage(store: Store, settings: Settings, options: RunOptions) -> StageResult:
    """Pipeline stage ``summarise``: summarise every story whose inputs changed."""
    return _stage("summary", store, settings, options)
