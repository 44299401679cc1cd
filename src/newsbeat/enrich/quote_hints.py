"""Small cues around a quote that the outlet left implicit (issue 12, item 4).

Two shapes from real articles: a line whose quote is never closed because the outlet went on
with the attribution and a colon that leads into the next line's quote (``" I'm sad about it,
she wrote, but then noted:`` / ``"Nobody needs to worry."``), and a quote standing alone right
after the sentence that announces it (``X released a statement.`` / ``" Yesterday I …"``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["DOCUMENTS", "announced_by", "unclosed_words_end"]

# ", she wrote", ", Holm said", ", ' he added": an attribution written inside an open quote.
_INLINE_ATTRIBUTION = re.compile(
    r"[,?!]\s*['’]?\s+(?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2})\s+"
    r"(?:said|says|wrote|writes|added|adds|told|noted|explained|continued|recalled)\b"
)


def unclosed_words_end(para: str, start: int) -> int | None:
    """Where the words of a quote opened at ``start`` in a line and never closed end, when the
    line goes on with the quote's own attribution and ends with a colon leading into the next
    line's quote: the offset of the punctuation before the attribution; None otherwise (a
    quote running on into the next paragraph, the newspaper convention)."""
    if not para.rstrip().endswith(":"):
        return None
    found = _INLINE_ATTRIBUTION.search(para, start)
    return found.start() if found is not None else None


_ISSUING = frozenset({"release", "issue", "publish", "post", "send", "put", "read"})
# What an organisation or person issues in writing.
DOCUMENTS = frozenset({"statement", "release", "memo", "letter", "communique", "notice"})


def announced_by(sent: Span) -> Token | None:
    """``Jackson released a statement through the team.``: the subject of a sentence whose
    main verb issues a statement (or letter, memo …), which speaks in a quote standing alone
    right after it; None for any other sentence."""
    verb = sent.root
    if verb.lemma_ not in _ISSUING or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENTS for c in verb.children):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None
