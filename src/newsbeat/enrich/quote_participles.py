"""A quote after a line that opens with a name and a participle of saying (issue 12, read31
Q-c).

Court and live reports write fragments: ``Rossi telling the jury, "As the girl lay …"``. No
verb of saying has a subject there (the parse hangs "telling" from the name), so the quote got
no speaker though its own sentence names him. A careful reader gives it to the name that opens
the line when a participle of saying follows the name directly and nothing but its hearer
stands between it and the quote's opening mark (a comma or colon before it). A common noun
there (``Witnesses telling reporters, "…"``) is a source that names nobody: the quote keeps
no speaker rather than the one before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_records import Attribution
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["participle_teller"]

_LEAD = re.compile(
    r"(?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) (?:telling|saying|adding|explaining"
    r"|insisting|warning|noting|declaring|writing)\b[^\"“”‘’'\n]{0,80}[,:]\s*[\"“‘']?\s*$"
)


def participle_teller(
    doc: Doc, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> Attribution | None:
    """The attribution of a quote whose line opens ``Name telling [hearer], "…"``, or None."""
    text = actors.text
    line_start = text.rfind("\n", 0, q.start) + 1
    lead = _LEAD.fullmatch(text, line_start, q.start)
    if lead is None:
        return None
    span = doc.char_span(line_start, line_start + len(lead.group("name")), alignment_mode="expand")
    if span is None or not len(span):
        return None
    name, start, end = resolve_speaker_token(span[-1], actors, spans, bare_nouns=False)
    # "Witnesses telling reporters, …": a source given that names nobody; its span is kept
    # and the quote goes on with no earlier speaker
    return Attribution(speaker=name, start=start, end=end, via=None, distance=0)
