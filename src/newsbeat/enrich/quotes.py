"""Quotes with their real speakers.

Direct quotes are the spans of paired quotation marks (:mod:`newsbeat.enrich.quote_marks`).
One to three words in marks with the sentence going on at both sides are a term or scare quote
(``issued "revised" rules``), not a quote, unless they are an argument of a verb of saying or
naming (``called it "a con"``).

The speaker comes from the attribution in the sentences the quote sits in, read off the
dependency parse: the subject of a speech verb outside the quote (``"…," X said`` / ``X said:
"…"`` / ``said X`` / ``Said X: "…"`` / ``X told Y`` / ``The Observer reports: "…"``), or the
object of ``according to``; a relative pronoun stands for the noun its clause describes
(``McConnell, who said …``); a transcript turn quoted whole names its speaker
(``"PENCE: Well, …"``). Where the parse is less tidy: a quote ending in ``,`` ``?`` ``!`` is
attributed by whatever verb follows it on its line (``"…," X grumbled``); a colon before a quote
names its speaker (``… - X: "…"``, ``He then addressed the crowd: "…"``); a partial quote
belongs to the subject above a subjectless verb (``X accused them of failing to "…"``) and
above a reporting verb (``X worried that the levy was becoming "…"``). Pronouns go to the
nearest preceding person outside quotes, "the minister" to the nearest person with that role,
"the company" to the named organisation that is the subject before it
(:func:`~newsbeat.enrich.speaker_roles.salient_body`), "the statement" or "the blog" to whoever
issued it (:mod:`newsbeat.enrich.quote_issuers`), "it"/"they" to the organisation that is a
subject just before (else nobody: never the last name mentioned), a quote standing alone after
the sentence that introduces a person to that person (:mod:`newsbeat.enrich.quote_context`),
and a quote paragraph with no attribution of its own continues the previous speaker. The medium
is kept apart as ``via`` (``…, the minister said, according to the state news agency``; ``X told
Reuters``; ``in an interview with Y``). ``X said that …`` without quotation marks is a quote of
kind ``indirect``, unless its words are garbled (cut at a comma, no subject or verb of their
own, a participle hanging off a noun). A plain common noun ("the staff member") names no
speaker, and such a quote keeps none rather than the previous speaker's, but keeps the source's
span, as does a he/she that resolves to nobody, and the next quote continues that source; a
body named by a common noun ("the navy", "the union") or the organisation in the phrase ("a
Velmar Police spokeswoman") speaks. Cues the outlet left implicit (a quote standing alone after
"X released a statement", an opening mark never closed before "…, she wrote, but noted:") are
read by :mod:`newsbeat.enrich.quote_hints`; a caption ``Name/Role: "…"`` names its person.
Words in marks that the subject denies having said (``Penn denied saying "…"``) are no quote
(:mod:`newsbeat.enrich.quote_denied`), nor is a title a verb acts on (``After hitting "…,"
the singer told …``, :func:`~newsbeat.enrich.quote_titles.title_object`) or a name or title in
headline case the sentence holds (``under the moniker, "Dark Lantern,"``,
:func:`~newsbeat.enrich.quote_titles.embedded_title`); a speech participle
of a common noun (``advertisements featuring farmers declaring, "…"``) names nobody, and no
later rule looks for a name elsewhere. A source someone owns (``left because "…," her father
said``, reader21) keeps a partial quote from the subject of the clause it sits in, and a "he"
never falls back on a previous speaker whose own source was "she" (nor the reverse). Words
a rule text states (``The league's conduct policy states: "…"``) are nobody's
(:mod:`~newsbeat.enrich.quote_documents`), and a few words in marks inside the writer's
sentence about a coalition or a plan do not go on with the last speaker
(:mod:`~newsbeat.enrich.quote_narration`) (reader23).

The rules live by feature, this module assembling them: the attribution read off a speech verb
(:mod:`~newsbeat.enrich.quote_attribution`), whom a speaker's token names
(:mod:`~newsbeat.enrich.speaker_tokens`), the medium (:mod:`~newsbeat.enrich.quote_media`), a
source written around a quote without a verb (:mod:`~newsbeat.enrich.quote_leadins`), terms and
partial quotes (:mod:`~newsbeat.enrich.quote_partial`), what came before an unattributed quote
(:mod:`~newsbeat.enrich.quote_continues`) and indirect speech
(:mod:`~newsbeat.enrich.quote_indirect`; ``X quoted Y as saying …``,
:mod:`~newsbeat.enrich.quote_quoted_as`; ``…, X said, …`` inside a sentence,
:mod:`~newsbeat.enrich.quote_parentheticals`); a line opening ``Name telling the jury, "…"``
(:mod:`~newsbeat.enrich.quote_participles`) and a byline glued to the speaker
(:mod:`~newsbeat.enrich.quote_bylines`) are read apart; the records are in
:mod:`~newsbeat.enrich.quote_records`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich import speaker_trace as trace
from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_arrays import words_text
from newsbeat.enrich.quote_according import according_quotes
from newsbeat.enrich.quote_according_frame import framing_person, sex_may_fit
from newsbeat.enrich.quote_attribution import CUE_LEMMAS, cue_attribution
from newsbeat.enrich.quote_bylines import unglue_bylines
from newsbeat.enrich.quote_context import heading as _heading
from newsbeat.enrich.quote_context import introduced_speaker, said_by_narrator
from newsbeat.enrich.quote_continues import announced, continues, said_before
from newsbeat.enrich.quote_denied import denied_words
from newsbeat.enrich.quote_descriptors import unglue_descriptors
from newsbeat.enrich.quote_documents import document_source
from newsbeat.enrich.quote_event_titles import event_title
from newsbeat.enrich.quote_indirect import indirect_quotes
from newsbeat.enrich.quote_joint import drop_held_words, joint_source
from newsbeat.enrich.quote_leadins import dash_or_colon, transcript_label
from newsbeat.enrich.quote_marks import QuoteSpan, doc_quote_spans, marks_text, quote_text
from newsbeat.enrich.quote_named_after import named_after
from newsbeat.enrich.quote_narration import narrated_by_other
from newsbeat.enrich.quote_org_pieces import whole_org_names
from newsbeat.enrich.quote_other_teller import other_teller_between, stray_colon_teller
from newsbeat.enrich.quote_pairs import pair_speakers
from newsbeat.enrich.quote_parentheticals import parenthetical_quotes
from newsbeat.enrich.quote_partial import embedding_subject, listed_term, scare_quote, spoken
from newsbeat.enrich.quote_participles import participle_teller
from newsbeat.enrich.quote_quoted_as import quoted_as_quotes
from newsbeat.enrich.quote_records import Attribution, FoundQuote, inside
from newsbeat.enrich.quote_repeats import fill_repeats
from newsbeat.enrich.quote_terms import (
    listed_title,
    named_term,
    relative_phrase,
    subject_term,
    term_after_on,
)
from newsbeat.enrich.quote_titles import embedded_title, headline_case, title_object
from newsbeat.enrich.quote_verbless import verbless_teller
from newsbeat.enrich.quote_works import headline_line, slogan_subject, work_title
from newsbeat.enrich.speaker_fallback import previous_sex_fits, previous_speaker_fits
from newsbeat.enrich.speaker_places import place_named
from newsbeat.enrich.speaker_tokens import PRONOUNS_PERSON, resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["extract_quotes"]


_SEX = {"he": "male", "him": "male", "she": "female", "her": "female"}


def _direct(
    content: str,
    q: QuoteSpan,
    sentence: str,
    source: tuple[str | None, int | None, int | None, str | None],
) -> FoundQuote:
    """A direct quote found at ``q``; ``source``: (speaker, its span's start and end, via)."""
    speaker, start, end, via = source
    return FoundQuote(
        text=content,
        start=q.start,
        end=q.end,
        speaker=speaker,
        speaker_start=start,
        speaker_end=end,
        via=via,
        kind="direct",
        sentence=sentence,
    )


_RUN_ON_ENDS = ",?!"


def _runs_on(text: str, q: QuoteSpan, next_start: int) -> bool:
    """Whether the sentence after a quote is its attribution cut off by the sentence splitter.

    A quote whose words end with a comma (``"…," Holm told reporters on Monday.``) cannot end
    its sentence: what follows on the same line belongs to it, however long, and so does the
    next line when the comma ends the quote's line (text split one sentence a line).
    """
    gap = text[q.end : next_start]
    words = text[q.start : q.end].rstrip().rstrip("’'")
    if words.endswith(",") and gap.count("\n") == 1 and not gap.strip(" \n\"”»’'"):
        return True
    return words.endswith(tuple(_RUN_ON_ENDS)) and "\n" not in gap


def _own_or_next(
    doc: Doc,
    lo: int,
    own_end: int,
    hi: int,
    q: QuoteSpan,
    actors: ArticleActors,
    spans: list[QuoteSpan],
) -> Attribution | None:
    """The cue attribution of a quote whose own sentences are ``lo..own_end``, read in
    ``lo..hi``, which may take in the short sentence after it (``"…." He said.``).

    That next sentence is read only when the quote's own sentence attributes nothing: in
    ``Velt said the levy "will pass." Reuters said the vote was close.`` the words stay Velt's,
    though the next verb stands nearer the quote. A quote cut off by the sentence splitter
    (:func:`_runs_on`) is one sentence with what follows and is read with it as before.
    """
    if hi > own_end and not _runs_on(actors.text, q, doc[own_end].idx):
        own = cue_attribution(doc, lo, own_end, q, actors, spans)
        if own is not None:
            return own
        trace.clear()
    return cue_attribution(doc, lo, hi, q, actors, spans)


def _given_unnamed(text: str, attribution: Attribution | None) -> bool:
    """Whether the quote's own attribution gives a source by a common noun that names
    nobody (``the union wrote``, no union named before): a colon or dash before the quote
    does not then make someone else its speaker."""
    if attribution is None or attribution.speaker is not None or attribution.start is None:
        return False
    words = text[attribution.start : attribution.end].lower().split()
    return len(words) == 2 and words[0] == "the" and words[1].isalpha()


# Owners whose person a noun names: "her father", "one of his lawyers" (not "its": a body's
# "its analysis" is a document more often than a person).
_PERSON_OWNERS = frozenset({"his", "her", "their"})


def _owned_source(doc: Doc, attribution: Attribution | None) -> bool:
    """Whether the quote's own attribution gives its source by a noun a person owns that names
    nobody (``"…," her father said``, ``one of his key lawyers would later say``): someone of
    that person's, so the subject of the clause the quote sits in is not its speaker."""
    if attribution is None or attribution.speaker is not None:
        return False
    if attribution.start is None or attribution.end is None:
        return False
    span = doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or not len(span) or span.root.pos_ == "PRON":
        return False
    return any(t.dep_ == "poss" and t.lower_ in _PERSON_OWNERS for t in span.root.subtree)


def _said_by_other_sex(text: str, previous: FoundQuote, sex: str) -> bool:
    """Whether the previous quote's own source is a pronoun of the other sex (``"…," she
    wrote`` before ``"…," he wrote``): the new "he" is not that speaker, whatever the list of
    first names knows of her name."""
    if previous.speaker_start is None or previous.speaker_end is None:
        return False
    said = _SEX.get(text[previous.speaker_start : previous.speaker_end].lower())
    return said is not None and said != sex


def _final(attribution: Attribution | None) -> bool:
    """Whether the attribution gives its source for good, named or not."""
    return attribution is not None and attribution.final


def _unnamed_source(text: str, attribution: Attribution) -> bool:
    """Whether an attribution points at a source that is not named (a common noun, a
    he/she/it that resolved to nobody, "they"): such a quote keeps the source's span and no
    speaker rather than the previous one's. "who" is the relative pronoun's clause."""
    if attribution.start is None or attribution.end is None:
        return False
    return text[attribution.start : attribution.end].lower() != "who"


def extract_quotes(doc: Doc, actors: ArticleActors, *, min_words: int = 4) -> list[FoundQuote]:
    """Direct quotes (with speakers) and indirect speech of one parsed article.

    Args:
        doc: the parsed article.
        actors: its resolved actors.
        min_words: quotes shorter than this need an attribution (otherwise they are scare
            quotes or titles).

    Returns:
        Quotes in text order.
    """
    text = actors.text  # the parsed text; Doc.text would rebuild it from the tokens
    spans = doc_quote_spans(doc, text)
    marked = marks_text(doc, text)
    if marked is not text:
        # quote marks written with two characters: every rule reads them as one
        text = marked
        actors = replace(actors, text=marked)
    found: list[FoundQuote] = []
    previous: FoundQuote | None = None
    previous_path: list[str] = []  # for the trace only (speaker_trace)
    joint: dict[tuple[int | None, int | None], tuple[str, ...]] = {}  # source span -> names
    for q in spans:
        content = quote_text(text, q)
        words = len(content.split())
        first_tok = doc.char_span(q.start, q.end, alignment_mode="expand")
        if first_tok is None or not len(first_tok):
            continue
        # a lone dash of a spaced-out hyphen ("seasoned - filmmaker fees") is no word
        term_words = sum(1 for w in content.split() if any(c.isalnum() for c in w))
        if (
            scare_quote(text, q, term_words) or listed_term(text, q, term_words, first_tok[0])
        ) and not spoken(first_tok, spans):
            continue
        if term_after_on(first_tok, term_words) and not spoken(first_tok, spans):
            continue  # 'insisted on remaining anonymous, or on "deep background."'
        if named_term(text, q, words) or listed_title(text, q, content, spans):
            continue  # "is called “…”", "including “Silver Harbor,” “Northern Lights”"
        if subject_term(text, q, content):
            continue  # '"Fix Its" are pieces of software …': a term the sentence is about
        if title_object(first_tok, content, CUE_LEMMAS):
            continue  # 'After hitting "Takin' It to the Streets," the singer told …'
        if embedded_title(first_tok, content, CUE_LEMMAS):
            continue  # 'known by the moniker, "Dark Lantern," …': a name, nobody's words
        if (
            work_title(text, q, content)
            or event_title(text, q, content)
            or headline_line(text, q)
            or slogan_subject(text, q, first_tok, CUE_LEMMAS)
        ):
            continue  # 'hit singles like 1978's "…"', 'the slogan? "…"', '"…" is rolling out'

        if denied_words(first_tok):
            continue  # 'Penn denied saying "…"': not his words, whoever says they were
        sent_first = first_tok[0].sent
        sent_last = first_tok[-1].sent
        lo = sent_first.start
        hi = sent_last.end
        # A quote ending a sentence is often attributed in the next short one ("…." He said.).
        if hi < len(doc) and (doc[hi].sent.end - hi <= 8 or _runs_on(text, q, doc[hi].idx)):
            hi = doc[hi].sent.end
        trace.clear()
        attribution = transcript_label(text, q, actors)
        path = ["transcript"]
        if attribution is None:
            attribution = _own_or_next(doc, lo, sent_last.end, hi, q, actors, spans)
            path = ["cue", *trace.take()]
        if attribution is None or attribution.speaker is None:
            ruled = document_source(text, q)
            if ruled is not None:
                # 'The league's conduct policy states: "…"': a rule text's words, nobody's
                attribution, path = ruled, ["document"]
        if _final(attribution):
            pass  # 'advertisements featuring farmers declaring, "…"': nobody named, final
        elif _given_unnamed(text, attribution):
            pass  # '"…," the union wrote': that source, not a name looked for elsewhere
        elif attribution is None or attribution.speaker is None:
            colon = dash_or_colon(doc, lo, q, actors, spans)
            if colon is not None:
                attribution, path = colon, ["colon", *trace.take()]
        if attribution is None or attribution.start is None:
            # '"…," Ola Berg, head of the Harbour Trust.' ending the paragraph: no verb
            verbless = verbless_teller(doc, q, actors)
            if verbless is not None:
                attribution, path = verbless, ["verbless"]
        if attribution is None or attribution.start is None:
            # 'Rossi telling the jury, "…"': the name opening the line and its participle
            told = participle_teller(doc, q, actors, spans)
            if told is not None:
                attribution, path = told, ["participle"]
        if (attribution is None or attribution.speaker is None) and not _final(attribution):
            trace.clear()
            embedded = embedding_subject(first_tok, actors, spans)
            if embedded is not None and (
                # 'left because "…," her father said': the father's words, not hers
                (embedded.speaker is not None and not _owned_source(doc, attribution))
                # an unnamed subject only for a quote long enough to be someone's words, and
                # never over a source the sentence already gives ("according to a report")
                or (words >= min_words and (attribution is None or attribution.start is None))
            ):
                attribution, path = embedded, ["partial", *trace.take()]
        if (attribution is None or attribution.speaker is None) and not _final(attribution):
            own_source = attribution is not None and attribution.start is not None
            trace.clear()
            before = said_before(doc, sent_first, q, actors, spans, across_lines=not own_source)
            if before is not None:
                attribution, path = before, ["said_before", *trace.take()]
        if attribution is None or attribution.start is None:
            trace.clear()
            statement = announced(doc, lo, q, actors, spans)
            if statement is not None:
                attribution, path = statement, ["announced", *trace.take()]
        if attribution is not None:
            # '"…," said A and B': both speak, the speaker field names one: neither
            attribution = joint_source(doc, actors, attribution)
            if attribution.speakers:
                joint[(attribution.start, attribution.end)] = attribution.speakers
            pair = pair_speakers(text, attribution, previous, joint, actors, spans)
            if pair:
                # '"…," said A and B. "…," the pair said': both again
                joint[(attribution.start, attribution.end)] = pair
                path = [*path, "pair"]
        if attribution is not None and place_named(doc, attribution.speaker):
            # a place, a date or an event the parse took for a person speaks for nobody
            attribution = replace(attribution, speaker=None)
            path = [*path, "not_a_speaker:place"]
        if (
            attribution is not None
            and attribution.start is not None
            and text[attribution.start : attribution.end].lower() in PRONOUNS_PERSON
        ):
            # 'According to X, Y was chosen "because …," People quoted him as saying': X
            framed = framing_person(doc, q, actors, spans)
            if framed is not None and framed != attribution.speaker:
                sex = _SEX[text[attribution.start : attribution.end].lower()]
                fits = sex_may_fit(doc, actors, framed, sex)
                attribution = replace(attribution, speaker=framed if fits else None)
                path = [*path, "according_frame" if fits else "according_frame:nobody"]
                if not fits:
                    attribution = replace(attribution, final=True)
        if (
            attribution is not None
            and attribution.speaker is None
            and not attribution.final
            and attribution.start is not None
            and text[attribution.start : attribution.end].lower() in PRONOUNS_PERSON
            and previous is not None
            and previous.speaker is not None
            # not across the sexes: "he said" after Hillary Clinton's quote is not hers
            and previous_sex_fits(
                doc,
                actors,
                previous.speaker,
                _SEX[text[attribution.start : attribution.end].lower()],
            )
            and not _said_by_other_sex(
                text, previous, _SEX[text[attribution.start : attribution.end].lower()]
            )
        ):
            # "he said" with no person recognised before: the last speaker we attributed,
            # when that quote is recent and nobody else the pronoun may mean came since
            fits, label = previous_speaker_fits(
                doc,
                actors,
                previous,
                attribution.start,
                _SEX[text[attribution.start : attribution.end].lower()],
                lambda pos: inside(pos, spans),
            )
            path = [*path, label]
            if fits:
                path = [*path, "he/she:previous_speaker"]
                attribution = replace(attribution, speaker=previous.speaker)
        sentence = words_text(doc, lo, sent_last.end).strip()  # not rebuilt from tokens
        if attribution is None or attribution.speaker is None:
            if relative_phrase(content):
                # 'attributed to someone, "who declined to be named …"': a phrase, no words
                continue
            if attribution is not None and _unnamed_source(text, attribution):
                # "…," the staff member said: someone the text does not name, not the
                # previous speaker; the source's span stays for the reader
                found.append(
                    _direct(
                        content,
                        q,
                        sentence,
                        (None, attribution.start, attribution.end, attribution.via),
                    )
                )
                previous = found[-1]
                previous_path = [*path, "unnamed_source"]
                trace.file_path(q.start, previous_path)
                continue
            if (attribution is None or attribution.start is None) and said_by_narrator(
                doc[lo:hi], spans, CUE_LEMMAS
            ):
                # '"Okay," I said': the writer's words, nobody's continued, and a break in
                # the previous speaker's run
                previous = _direct(content, q, sentence, (None, None, None, None))
                previous_path = ["narrator"]
                if words >= min_words:
                    found.append(previous)
                    trace.file_path(q.start, previous_path)
                continue
            trace.clear()
            introduced = (
                introduced_speaker(
                    doc,
                    q,
                    actors,
                    spans,
                    lambda tok: resolve_speaker_token(tok, actors, spans, bare_nouns=False),
                )
                if (attribution is None or attribution.start is None) and not _heading(text, q)
                else None
            )
            if introduced is not None and place_named(doc, introduced[0]):
                introduced = None
            if introduced is not None:
                # "X, 17, who works at …, also heard the blast." / "At first I thought …":
                # the person the sentence before introduces, not the previous speaker
                found.append(_direct(content, q, sentence, (*introduced, None)))
                previous = found[-1]
                previous_path = ["introduced", *trace.take()]
                trace.file_path(q.start, previous_path)
                continue
            stray = (
                stray_colon_teller(doc, q, actors, spans)
                if attribution is None or attribution.start is None
                else None
            )
            if stray is not None:
                # 'X said: " … / … / " The store will be rebuilt …': X's statement goes on
                found.append(
                    _direct(content, q, sentence, (stray.speaker, stray.start, stray.end, None))
                )
                previous = found[-1]
                previous_path = ["stray_colon"]
                trace.file_path(q.start, previous_path)
                continue
            if (
                previous is not None
                and not _heading(text, q)
                and continues(doc, previous, q, actors, spans)
                # '… She added: "…" / A statement from X said: …': X's, not hers
                and not other_teller_between(doc, previous, q, actors, spans)
                # 'In May a coalition … released a plan calling for "night care."': the
                # writer's sentence about others, not the last speaker going on
                and not narrated_by_other(sent_first, q, previous, actors, spans)
            ):
                found.append(
                    _direct(
                        content,
                        q,
                        sentence,
                        (
                            previous.speaker,
                            previous.speaker_start,
                            previous.speaker_end,
                            previous.via,
                        ),
                    )
                )
                previous = found[-1]
                if previous_path[:1] != ["continues"]:
                    previous_path = ["continues", *previous_path]
                trace.file_path(q.start, previous_path)
                continue
            if words < min_words or headline_case(content):
                # '… just tick "10 Things in Tech You Need to Know."': a title nobody says
                continue
            found.append(_direct(content, q, sentence, (None, None, None, None)))
            previous = found[-1]
            previous_path = ["none"]
            trace.file_path(q.start, previous_path)
            continue
        found.append(
            _direct(
                content,
                q,
                sentence,
                (attribution.speaker, attribution.start, attribution.end, attribution.via),
            )
        )
        previous = found[-1]
        previous_path = path
        trace.file_path(q.start, previous_path)
    found.extend(indirect_quotes(doc, actors, spans))
    found.extend(according_quotes(doc, actors, spans, found))  # "…, according to X."
    found.extend(quoted_as_quotes(doc, actors, spans))  # "X was quoted as saying …"
    found.extend(parenthetical_quotes(doc, actors, spans, found))  # "…, X said, …"
    found = unglue_bylines(found, actors)  # 'Computerworld - Microsoft said': Microsoft
    found = unglue_descriptors(found, actors)  # 'Norvik CTO Aldo Perk said': Aldo Perk
    found = whole_org_names(found, actors)  # 'the Council for Trade and Industry said'
    found = named_after(found, actors)  # "Kaldria's ambassador warned …. Ambassador X said"
    found = drop_held_words(found)  # 'said … hitting "everyone."': the indirect quote's word
    if joint:
        # a joint source's quote, and the quotes that go on from it, name its speakers
        found = [
            replace(f, speakers=joint[(f.speaker_start, f.speaker_end)])
            if f.speaker is None and (f.speaker_start, f.speaker_end) in joint
            else f
            for f in found
        ]
    found.sort(key=lambda f: f.start)
    return fill_repeats(found)
