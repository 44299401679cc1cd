"""How summaries are made, and what a summary sentence is (:mod:`newsbeat.compare.summarise`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsbeat.settings import Settings, SummariseSettings

__all__ = ["SummaryOptions", "SummarySentence"]


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
    """One summary sentence and its citation (``language``: the cited article's, as stored)."""

    text: str
    article_id: int
    outlet: str
    url: str | None
    score: float = 0.0
    language: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The public shape: ``{text, article_id, outlet, url, language}``."""
        return {
            "text": self.text,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
            "language": self.language,
        }
