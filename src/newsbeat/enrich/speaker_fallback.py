"""When a he/she that resolved to nobody may take the previous speaker's name.

A pronoun no person of the last sentences fitted falls back on the speaker of the quote before
(``"…," Vell said. … "…," he added``). That guess is safe only while
nobody else the pronoun could mean was named since: otherwise "he" may well be the person the
text moved on to, whom the parse did not see as a subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich import speaker_trace as trace
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.speaker_captions import caption_starts
from newsbeat.enrich.speaker_hints import stated_genders
from newsbeat.enrich.speaker_persons import compatible_name

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from newsbeat.enrich.actors import ArticleActors
    from newsbeat.enrich.quote_records import FoundQuote


def _sentences_from(doc: Doc, start_char: int, end_char: int) -> int:
    """How many sentences the character ``end_char`` stands after ``start_char`` (0: the same
    sentence)."""
    first = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    last = doc.char_span(end_char, end_char + 1, alignment_mode="expand")
    if first is None or last is None or not len(first) or not len(last):
        return 0
    sent, target, count = first[0].sent, last[0].i, 0
    while sent.end <= target and count < 100:
        sent, count = doc[sent.end].sent, count + 1
    return count


def previous_sex_fits(doc: Doc, actors: ArticleActors, speaker: str, sex: str) -> bool:
    """Whether the previous speaker may be a pronoun of that sex: the sex the article states
    for them when it states one; else a first name given only to the other sex rules them out,
    and so does a first name given *mostly* to one sex ("Bernie", "Leslie"): it may be either,
    and a fallback that guesses the sex of a name guesses the speaker ("she" after Bernie
    Sanders' quote is someone else's). A name the list does not know (or one word) fits."""
    stated = stated_genders(doc, actors).get(speaker)
    if stated is not None:
        return stated == sex
    only = first_name_gender(speaker, only=True)
    if only is not None:
        return only == sex
    return first_name_gender(speaker) is None


def previous_speaker_fits(
    doc: Doc,
    actors: ArticleActors,
    previous: FoundQuote,
    pronoun_start: int,
    gender: str | None,
    inside: Callable[[int], bool],
) -> tuple[bool, str]:
    """Whether a pronoun at ``pronoun_start`` that named nobody may be ``previous``'s speaker:
    no other person the pronoun may stand for (of its sex, or of no known sex) is named outside
    quotes and captions between them. How far back the previous quote is does not decide
    (read on samples A-G and the real-news dev gold: right at four to eight sentences back as
    often as nearer, the article's subject going on); it is only traced, with the verdict, in
    the label (``bench/speaker_paths.py``), which is empty outside a trace."""
    stated = stated_genders(doc, actors)
    between = sorted(
        {
            m.actor
            for m in actors.mentions
            if m.label == "PERSON"
            and previous.end <= m.start < pronoun_start
            and not inside(m.start)
            and not _in_caption(doc, m.start)
            and not _same_person(m.actor, previous.speaker)
            and compatible_name(m.actor, gender, stated)
        }
    )
    label = ""
    if trace.on():  # the distance is for the trace only: not walked in a plain run
        back = _sentences_from(doc, max(previous.end - 1, previous.start), pronoun_start)
        label = f"he/she:previous@{back}" + (":others" if between else "")
    return not between, label


def _in_caption(doc: Doc, start_char: int) -> bool:
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].sent.start in caption_starts(doc)


def _same_person(name: str, speaker: str | None) -> bool:
    """Whether a mention's actor is the previous speaker written another way ("Vell" for
    "Tom Vell"): the same last word."""
    if speaker is None:
        return False
    return name.split()[-1:] == speaker.split()[-1:]
