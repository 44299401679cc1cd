"""Summarise a story in a few extractive sentences, each citing the article it came from.

The public interface of the summaries; the work is done in small modules:

1. **Candidates** (:mod:`newsbeat.compare.summary_candidates`): the lead of each article cut
   into sentences; reprints and sentences several outlets share word for word kept once. A
   sentence is dropped by the rules on one sentence (:mod:`newsbeat.compare.summary_usable`:
   fragments, quotes without their speaker, a pronoun's or a demonstrative's opening, filler,
   background opening on another time) or marked as background (dated years before the story,
   :mod:`newsbeat.compare.summary_time`) or never to be chosen (generic statements,
   :mod:`newsbeat.compare.summary_generic`, and sentences pointing back at one not shown); a
   share of a set ("Most of the ...") only right after the sentence naming the set. A feature
   that opens on no news (a hook, background) has its nut graf marked.
2. **Selection** (:mod:`newsbeat.compare.summary_select`): LexRank centrality over a TF-IDF
   sentence graph; the story's lead fact first (the most central opening sentence of an
   article, or a nut graf when no article opens on its news), then maximal marginal relevance,
   never taking a sentence that tells a chosen one's fact again: too similar, the same figure
   (:mod:`newsbeat.compare.summary_facts`), the same words, or the same event with a detail
   added (:mod:`newsbeat.compare.summary_events`); each article's sentences are then shown in
   its own order, the lead fact first.
3. **Rendering**: a person named by surname alone at first mention gets the first name
   (:mod:`newsbeat.compare.summary_names`); each sentence carries its outlet, article, URL
   and language.

Languages: the rules above read English. A story with English articles is summarised from
them alone (articles of no known language count as English); a story told only in other
languages gets at most three sentences, the opening sentences of its articles in one language
(:func:`summarise_articles`).

Why a story with English sentences never cites another language's, even for a fact only that
language reports (decided for issue 17, precision first): nothing here can tell whether a
sentence in another language tells a fact the English ones do not.

- The repeat checks (similarity, figures, words, events) compare words: across languages
  only the sentence vectors could, and they do not separate "the same fact" from "another
  fact of the story". On the demo, the German pact report's opening, a retelling of the
  English lead, scores 0.59 against it, about what two different events of one topic score
  (~0.5); the Swedish strike report's opening (Swedish has no vectors), ships diverted to
  Haldis, scores 0.26 against the English sentence telling the same diversion: it would be
  cited as new, a repeat.
- A sentence unlike every English one is also what an article wrongly joined across languages
  looks like (the least precise join, :mod:`newsbeat.stories.across_languages`): citing it
  would put another event in the summary.
- Past an article's opening, the sentence rules (a pronoun's opening, a quote without its
  speaker, filler, background) cannot vet another language's sentence; and the comparison
  reads English only, so a figure that contradicts an English one would be shown unflagged.

The views name the story's other-language outlets instead (the languages line), and a story
whose English articles give no sentence falls back to the other-language openings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.compare.summary_candidates import candidate_sentences, openings, read_candidates
from newsbeat.compare.summary_names import introduce_names, story_people
from newsbeat.compare.summary_options import SummaryOptions, SummarySentence
from newsbeat.compare.summary_select import lexrank, select
from newsbeat.models import Article, Enrichment, Story
from newsbeat.settings import Settings
from newsbeat.story_views.languages import (
    ENGLISH,
    UNKNOWN,
    is_english,
    language_code,
    language_order,
)

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


def summarise_articles(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment] | None = None,
    options: SummaryOptions | None = None,
) -> list[SummarySentence]:
    """Extractive summary of one story's articles, most central sentence first.

    English sentences first: the summary is made from the story's English articles (and those
    of no known language) alone when they give one. A story told only in other languages gets
    a short summary from one of them (:func:`_other_language`), each sentence citing its
    outlet and carrying its language.

    Args:
        articles: the story's articles.
        enrichments: enrichment by article id (checks quoted speakers are named).
        options: summary options (defaults when None).

    Returns:
        Up to ``options.sentences`` sentences, each with its outlet, article id and URL.
    """
    opts = options or SummaryOptions()
    english = [a for a in articles if is_english(a.language)]
    if len(english) == len(articles):
        return _summarise(articles, enrichments, opts)
    found = _summarise(english, enrichments, opts) if english else []
    return found or _other_language(articles, enrichments, opts)


def _summarise(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment] | None,
    opts: SummaryOptions,
    *,
    openings_only: bool = False,
) -> list[SummarySentence]:
    """The summary of these articles (one language); ``openings_only``: only each article's
    opening sentence may be chosen (the rest stay in the sentence graph), shown in the order
    the articles were published."""
    candidates = read_candidates(articles, enrichments, opts)
    if openings_only:
        candidates = openings(candidates)
    selection = select(candidates, enrichments or {}, opts)
    if openings_only:  # the articles' openings as they were published, earliest first
        selection = replace(selection, chosen=sorted(selection.chosen))
    chosen = [candidates.found[i] for i in selection.chosen]
    # A person named by surname alone at first mention gets the first name: "[Otto] Brenn".
    texts_out = introduce_names(
        (text for text, _, _ in chosen),
        story_people(enrichments or {}, (a.text for a in articles)),
    )
    return [
        SummarySentence(
            text=text,
            article_id=article.id or 0,
            outlet=article.outlet or "unknown outlet",
            url=article.url,
            score=round(float(selection.centrality[i]), 6),
            language=article.language,
        )
        for i, (_, article, _), text in zip(selection.chosen, chosen, texts_out, strict=True)
    ]


# A summary in a language the rules were not written for: at most this many sentences.
_OTHER_LANGUAGE_SENTENCES = 3


def _other_language(
    articles: Sequence[Article],
    enrichments: Mapping[int, Enrichment] | None,
    opts: SummaryOptions,
) -> list[SummarySentence]:
    """A short summary of a story no English article summarises: the opening sentences of
    the articles in one language, the one most outlets wrote in (then the next, when its
    articles give none). The sentence rules were written for English (a pronoun's opening, a
    quote without its speaker, filler): an article's opening sentence is the one its writer
    made to stand alone, and two languages are never mixed (their repeats could not be told).
    """
    languages = language_order((a.language, a.outlet) for a in articles)
    short = replace(opts, sentences=min(opts.sentences, _OTHER_LANGUAGE_SENTENCES))
    for code in languages:
        if code in (ENGLISH, UNKNOWN):
            continue
        told = [a for a in articles if language_code(a.language) == code]
        if found := _summarise(told, enrichments, short, openings_only=True):
            return found
    return []


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
