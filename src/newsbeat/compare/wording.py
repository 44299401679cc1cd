"""The conflicts' wording gate: how alike two claims' sentences are, numbers masked.

Two outlets' figures are compared only when their sentences say the same thing apart from the
number. The score is a TF-IDF cosine whose word weights are fitted on every sentence of the
story's articles (headline and text): a word the story says in many sentences (its place, its
event, its victim's name) weighs little, so two sentences score high only when they share what
the rest of the story does not say. The weights are fitted on the articles' text, never on the
claims read from it, so a claim read (or no longer read) elsewhere in the story moves no pair's
score (issue 12, session 29: with the weights fitted on the claim sentences, a right age claim
read in another article moved a dispute's score under the gate).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

# A sentence ends at . ! or ? (after an optional closing quote or bracket) followed by space and
# a capital, a digit or an opening quote; a line break always ends one.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]?\s+(?=[\"'“‘(\[]?[A-Z0-9])")


def story_sentences(texts: Iterable[str]) -> list[str]:
    """Every sentence of the given texts (headlines and article texts), as a plain splitter
    reads them: by line, then at a full stop, question or exclamation mark before a capital."""
    out: list[str] = []
    for text in texts:
        for line in text.splitlines():
            out.extend(s for s in _SENTENCE_END.split(line) if s.strip())
    return out


def masked_similarity(
    sentences: Sequence[str], story: Sequence[str], numbers: re.Pattern[str]
) -> Callable[[int, int], float]:
    """The score of two of ``sentences`` (claim sentences) by index: TF-IDF cosine with every
    ``numbers`` match masked, the weights fitted on the ``story``'s sentences (see
    :func:`story_sentences`); the claim sentences themselves when the story gives none."""
    masked = [numbers.sub(" ", s) for s in sentences]
    if not masked:
        return lambda i, j: 0.0
    from sklearn.feature_extraction.text import TfidfVectorizer  # heavy: only when comparing

    fit = [numbers.sub(" ", s) for s in story] or masked
    try:
        vectoriser = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit(fit)
        matrix = vectoriser.transform(masked)
    except ValueError:  # nothing but stop words and numbers
        return lambda i, j: 0.0
    cache: dict[tuple[int, int], float] = {}

    def similarity(i: int, j: int) -> float:
        key = (min(i, j), max(i, j))
        if key not in cache:
            cache[key] = float((matrix[key[0]] @ matrix[key[1]].T).toarray()[0, 0])
        return cache[key]

    return similarity
