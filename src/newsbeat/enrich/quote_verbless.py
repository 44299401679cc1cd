"""A quote whose attribution has no verb: ``"…," Ola Berg, head of the Harbour Trust.``

Some wire copy drops the verb of saying when the name and the speaker's post close the
paragraph (read38: '"…," Andrew Mwangura, head of the Seafarers Assistance Program in
Mombasa, Kenya' with no "said"). :func:`verbless_teller` gives such a quote to the person when
the quote runs on with a comma into the closing mark, a person's name follows it directly, then
a comma and a phrase naming a post or part ("head of …", "a spokeswoman for …", "the
director"), and nothing more in the paragraph: no verb, no other quote. Without the comma
('"…." Ola Berg, head of …': a signature or a caption), or with no post after the name ('"…,"
Ola Berg, oil on canvas, 1921': a work's credit), or with a verb anywhere after the name (the
cue rules read those), nobody is given.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.quote_records import Attribution
from newsbeat.enrich.speaker_rolenouns import PERSON_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors
    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["verbless_teller"]

# The run-on comma, the closing mark and the space before the name.
_CLOSING = re.compile(r",?\s*[\"”’']?\s*")
# Posts a paragraph's closing appositive may name beside those of any person's role noun
# ("head of", "chief of" are no person's noun alone in a sentence, but are after a name).
_POSTS = PERSON_ROLES | frozenset({"head", "chief", "director", "chairman", "chairwoman"})
_POST_LEFTS = frozenset({"det", "amod", "compound", "nmod", "poss", "case"})


def _run_on(text: str, q: QuoteSpan) -> int | None:
    """Where the words after the quote start when the quote ends with a comma inside its
    marks ('…,"'), else None."""
    closing = _CLOSING.match(text, q.end)
    if closing is None or "," not in text[q.end - 1 : closing.end()]:
        return None
    if not re.search(r"[\"”’']", text[q.end : closing.end()]):
        return None
    return closing.end()


def verbless_teller(doc: Doc, q: QuoteSpan, actors: ArticleActors) -> Attribution | None:
    """The person a verbless '"…," Name, post.' closing the paragraph names (see the module
    docstring), else None."""
    text = actors.text
    after = _run_on(text, q)
    if after is None:
        return None
    name = next((m for m in actors.mentions if m.start == after), None)
    if name is None or actors.type_of(name.actor) != "PERSON":
        return None
    comma = re.compile(r"\s*,\s*").match(text, name.end)
    if comma is None:
        return None
    stop = text.find("\n", comma.end())
    stop = len(text) if stop < 0 else stop
    tail = doc.char_span(comma.end(), stop, alignment_mode="expand")
    if tail is None or not len(tail) or any(t.pos_ in {"VERB", "AUX"} for t in tail):
        return None
    if any(t.text in {'"', "“", "”"} for t in tail):
        return None
    post = next((t for t in tail if t.pos_ in {"NOUN", "PROPN"}), None)
    if post is None or post.lower_ not in _POSTS or post.pos_ != "NOUN":
        return None
    if any(t.dep_ not in _POST_LEFTS for t in tail if t.i < post.i):
        return None
    return Attribution(speaker=name.actor, start=name.start, end=name.end, via=None, distance=1)
