"""A quote's attribution in the sentences it sits in: the verb that frames it and its subject.

:data:`CUE_LEMMAS` are the verbs of saying. :func:`cue_attribution` reads the tokens around a
quote for a cue (a speech verb outside the quote, ``according to``, ``as X put it``, or any
verb standing right after a quote that ends in ``,`` ``?`` ``!``: ``"…," X grumbled``), takes
its subject (or the name the parse left elsewhere: ``"…," says Early``, ``Said Ellis:``, a
phrase between the closing mark and the verb: :mod:`newsbeat.enrich.quote_after_mark`),
resolves it (:mod:`newsbeat.enrich.speaker_tokens`) and keeps the nearest cue, with the medium
(:mod:`newsbeat.enrich.quote_media`). A cue verb inside the words another cue verb reports
does not attribute, unless it stands right at the quote or reports the clause holding it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich import speaker_trace as trace
from newsbeat.enrich.actors import ArticleActors, split_title
from newsbeat.enrich.doc_arrays import doc_arrays, word_ids
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.quote_after_mark import (
    _on_the_quotes_line,
    _phrase_after_cue,
    _phrase_after_quote,
    _right_after_quote,
)
from newsbeat.enrich.quote_issuers import ISSUED
from newsbeat.enrich.quote_issuers import verb_subject as _subject
from newsbeat.enrich.quote_media import via_in
from newsbeat.enrich.quote_records import Attribution, inside
from newsbeat.enrich.rank_stops import TITLE_STOPS
from newsbeat.enrich.speaker_appositions import written_apposition
from newsbeat.enrich.speaker_epithets import introduces_someone
from newsbeat.enrich.speaker_hidden import (
    as_put_it,
    participle_subject,
    quoted_as_saying,
    recorded_speaker,
)
from newsbeat.enrich.speaker_postnominals import name_before_letters
from newsbeat.enrich.speaker_tokens import FIRST_PERSON, resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["CUE_LEMMAS", "TO_HEARERS", "cue_attribution", "cue_candidates"]


# Cue verbs whose words go to a hearer ("X told Y that ..."): the hearer is no speaker.
TO_HEARERS = frozenset({"tell", "inform", "assure", "warn", "remind", "brief", "notify"})
CUE_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "state",
        "announce",
        "declare",
        "insist",
        "argue",
        "claim",
        "warn",
        "explain",
        "note",
        "write",
        "tweet",
        "post",
        "ask",
        "reply",
        "respond",
        "answer",
        "continue",
        "stress",
        "admit",
        "acknowledge",
        "suggest",
        "recall",
        "confirm",
        "deny",
        "complain",
        "predict",
        "vow",
        "promise",
        "urge",
        "describe",
        "quip",
        "joke",
        "shout",
        "emphasise",
        "emphasize",
        "conclude",
        "testify",
        "comment",
        "observe",
        "remark",
        "concede",
        "maintain",
        "assert",
        "contend",
        "caution",
        "reiterate",
        "recount",
        "lament",
        "boast",
        "agree",
        "disagree",
        "counter",
        "charge",
        "allege",
        "indicate",
        "report",
    ]
)


def _reported_by_outer_cue(tok: Token, quotes: list[QuoteSpan]) -> bool:
    """Whether a cue verb sits in the words another cue verb reports.

    ``X said the walkout would continue``: the outer verb attributes. A cue verb inside the
    quote (``"…I just say, 'Thanks,'" Bennett explained``) does not count, nor one merely
    coordinated with the verb (``X said …, but he said that …``: two attributions).
    """
    node = tok
    while node.head.i != node.i:
        head = node.head
        if (
            node.dep_ not in {"conj", "prep"}  # "concludes with footage of X saying": no report
            and head.lemma_ in CUE_LEMMAS
            and head.pos_ == "VERB"
            and not inside(head.idx, quotes)
        ):
            return True
        node = head
    return False


def _introduces(verb: Token, q: QuoteSpan, text: str) -> bool:
    """Whether the verb opens the quote itself (``…, the mother replied, "…"``): it has a
    subject of its own and only a comma or colon and the opening mark stand between it and the
    quote, so it frames these words, whatever clause a parse hangs it from."""
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False  # "…, saying, "…"": whose words a parse decides (the verb above)
    gap = text[verb.idx + len(verb.text) : q.start]
    return _INTRODUCES.fullmatch(gap) is not None


_INTRODUCES = re.compile(r"\s*[,:]\s*[\"“«]")


# Verbs that report an act of speaking, not a judgement ("Washington had concluded that …").
_SPEECH_ACTS = frozenset(
    {"say", "tell", "add", "state", "announce", "declare", "write", "tweet", "post", "ask"}
    | {"reply", "respond", "answer", "shout", "testify", "insist", "claim", "warn", "explain"}
    | {"vow", "promise", "urge", "admit", "deny", "complain", "quip", "joke", "boast", "allege"}
    | {"recount", "reiterate", "comment", "remark", "stress"}
)


def _after_colon(text: str, end: int) -> bool:
    """Whether the text before ``end`` ends with a colon, whitespace apart (no copy of it)."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ":"


def _reports_quote(verb: Token, q: QuoteSpan) -> bool:
    """Nested speech: ``X said that Y told Z she was sorry if it was "…"``. A speech verb with
    a subject of its own whose reported clause (after it) holds the quote frames those words
    even inside another speaker's report: they are Y's, as X relays them."""
    if verb.lemma_ not in _SPEECH_ACTS or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if q.end > verb.sent.end_char or _after_colon(doc_text(verb.doc), q.start - 1):
        return False  # a quote of its own after a colon or past the sentence: not nested
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if clause is None:
        return False
    last = clause.right_edge
    # the quote's own closing stop, spaced off as some copy does ('at. ”', read28), is no word
    text = doc_text(verb.doc)
    end = q.start + len(text[q.start : q.end].rstrip(" .,;:!?"))
    return clause.left_edge.idx <= q.start and end <= last.idx + len(last.text) + 1


def _opens_after(verb: Token, q: QuoteSpan, text: str) -> bool:
    """``X recalled that he said, "…"``: a speech verb whose words open right after it (a
    comma or colon and the mark between) frames the quote itself, even inside another
    speaker's report; its subject speaks, not the one recalling."""
    end = verb.idx + len(verb.text)
    return end < q.start and not text[end : q.start].strip(" ,:\"“«'‘")


# Finite verb tags: only a finite verb can frame a quote by where it stands ("…," barked X).
_FINITE = frozenset({"VBD", "VBZ", "VBP", "VB"})
_RELATIVES = frozenset({"which"})


def _reporter_of_conjunct(verb: Token, subj: Token | None) -> Token | None:
    """``X said it was too early but added, "…"``: a speech verb the parse coordinated with the
    clause X's verb reports (not with X's verb) borrows that clause's subject ("it"); the one
    adding is X, who said the first part. Any other subject is returned as it is."""
    if subj is None or verb.dep_ != "conj" or subj.head.i == verb.i:
        return subj
    clause = verb.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in CUE_LEMMAS or clause.head.i > verb.i:
        return subj
    return _subject(clause.head) or subj


def _framing_verb(tok: Token, q: QuoteSpan, text: str) -> bool:
    """Whether a verb of any lemma frames a quote as speech by where it stands.

    ``"…," Holm barked`` / ``"…?" shot back Holm``: a quote ending in a comma, question or
    exclamation mark and followed on its line by a subject and a verb (or a verb and a subject)
    is attributed by that verb, whatever it is.
    """
    if tok.pos_ != "VERB" or not _on_the_quotes_line(tok, q, text):
        return False
    if tok.tag_ not in _FINITE and not any(c.dep_ in {"aux", "auxpass"} for c in tok.children):
        return False  # "…,'' blaming X": a participle goes on the sentence, it frames nothing
    first = tok.i  # the first word after the closing mark
    while first > 0 and tok.doc[first - 1].idx >= q.end:
        first -= 1
    while tok.doc[first].is_punct or tok.doc[first].is_space:
        first += 1
    if first == tok.i:
        return True  # "…," barked Holm
    subj = _subject(tok)
    if subj is not None and subj.lower_ in _RELATIVES:
        return False  # "…,'' which votes in June": a clause about a word of the quote
    # the verb right after the subject's phrase, an apposition included ('"…," Ada Lind,
    # head of the board, notified the panel')
    if subj is None or subj.left_edge.i != first:
        return False
    return tok.i - subj.i <= 2 or 0 < tok.i - subj.right_edge.i <= 2


_NAME_RUN = 5
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "NORP"})


def _name_after_cue(tok: Token, q: QuoteSpan, actors: ArticleActors) -> Attribution | None:
    """``"…," says Early.`` / ``"…," said Lena Holm, a …``: the capitalised words right after
    a speech verb that itself follows the quote's closing mark are the speaker, whatever the
    parse made of them (an adverb "Early", the subject of a later verb). Only when the quote
    ends with ``,`` ``?`` ``!`` and nothing but punctuation stands between mark and verb."""
    text = actors.text
    if tok.lemma_ not in CUE_LEMMAS or not _right_after_quote(tok, q, text):
        return None
    doc = tok.doc
    run: list[Token] = []
    for nxt in doc[tok.i + 1 : tok.i + 1 + _NAME_RUN]:
        if not (nxt.text[:1].isupper() and nxt.is_alpha) or nxt.ent_type_ in _NOT_NAMES:
            break
        run.append(nxt)
    after = doc[run[-1].i + 1] if run and run[-1].i + 1 < len(doc) else None
    if not run or (after is not None and not after.is_punct and after.lower_ not in {"of", "who"}):
        return None
    start, end = run[0].idx, run[-1].idx + len(run[-1].text)
    mention = actors.actor_at(run[-1].idx, end)
    if mention is not None and mention.label in {"PERSON", "ORG"}:
        name = mention.actor
    elif mention is not None:
        return None
    else:
        _, words = split_title([t.text for t in run])
        if not words:
            return None
        known = [a for a in actors.actors if a.split()[-1] == words[-1]]
        name = known[0] if len(known) == 1 else " ".join(words)
    distance = min(abs(tok.idx - q.end), abs(tok.idx - q.start))
    return Attribution(speaker=name, start=start, end=end, via=None, distance=distance)


def _participle_of_noun(verb: Token, q: QuoteSpan, text: str) -> Token | None:
    """``a series of advertisements featuring farmers declaring, "…"``: a participle of
    speech with no subject of its own, hanging from a common noun and opening the quote. The
    words are those of whoever the noun's phrase shows, named by nobody: the noun is returned
    (its span kept as the source) and no name is looked for elsewhere. A document ("a
    statement saying") is left to the rules that find its issuer."""
    noun = verb.head
    if (
        verb.tag_ != "VBG"
        or verb.dep_ != "acl"
        or verb.lemma_ not in CUE_LEMMAS
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        or noun.pos_ != "NOUN"
        or noun.ent_type_
        or noun.lemma_.lower() in ISSUED
    ):
        return None
    return noun if _opens_after(verb, q, text) else None


_CLOSED_PARAGRAPH = re.compile(r"(\w*)[.!?][\"'”’)]*[ \t]*\n")
# a full stop of these ends no sentence: 'Vancouver police Const.' / 'Tim Eld told …'
_ABBREVIATED = frozenset(t.lower() for t in TITLE_STOPS) | {
    *("mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "rev", "prof", "jr", "sr"),
    *("cst", "no", "vs"),
}


def _paragraph_closed(between: str) -> bool:
    """True when the text between a quote and a later verb holds a sentence's end followed
    by a line break: the quote's paragraph is over before the verb's starts (a run-on quote
    may still cross a bare break to its cue: '"…,"' / 'said Ola Berg.'; a title's or an
    initial's full stop ends no sentence)."""
    return any(
        len(m.group(1)) > 1 and m.group(1).lower() not in _ABBREVIATED
        for m in _CLOSED_PARAGRAPH.finditer(between)
    )


_WORDS = 4  # words of a quote that is someone's statement, not a term or a nickname


def cue_candidates(doc: Doc, first: int, last: int) -> list[int]:
    """The indices of ``doc[first:last]`` that :func:`cue_attribution` can read a speaker
    from: "according", a verb, an auxiliary of a cue lemma, "put" ("as X put it"). Found in
    the doc's arrays; every other token would only be skipped. (The loop's two stops, past
    the quote's sentence and past a paragraph break, hold for every token after the first
    they hold for: a skipped token never stops it earlier than the next candidate.)"""
    from spacy.symbols import AUX, VERB  # loaded with a parse

    window = doc[first:last]
    arrays = doc_arrays(doc)
    pos, lower, lemma = arrays.pos, arrays.lower, arrays.lemma
    according, cues, put = word_ids(("according",)), word_ids(CUE_LEMMAS), word_ids(("put",))
    return [
        k
        for k in range(window.start, window.end)
        if pos[k] == VERB
        or lower[k] in according
        or (pos[k] == AUX and lemma[k] in cues)
        or lemma[k] in put
    ]


def _how(verb: Token, subj: Token | None, q: QuoteSpan, text: str) -> str:
    """For the trace: how a cue verb found its subject (its place and the verb's kind)."""
    if subj is None:
        return "none"
    quoted = quoted_as_saying(verb)
    if quoted is not None and quoted.i == subj.i:
        return "quoted_as_saying"
    if subj.head.i != verb.i:
        return "borrowed_subject"
    known = "cue" if verb.lemma_ in CUE_LEMMAS else "other_verb"
    side = "after_quote" if verb.idx >= q.end else "before_quote" if verb.idx < q.start else "in"
    order = "inverted" if subj.i > verb.i else "plain"
    return f"{known}:{side}:{order}"


def cue_attribution(
    doc: Doc, first: int, last: int, q: QuoteSpan, actors: ArticleActors, quotes: list[QuoteSpan]
) -> Attribution | None:
    """The attribution of a quote within tokens ``first..last`` (sentences around it)."""
    best: Attribution | None = None
    # a quote ending in a comma runs on into its attribution, across a line break too
    run_on = actors.text[q.start : q.end].rstrip().rstrip("’'\"”").endswith(",")
    own_end = doc.char_span(q.start, q.end, alignment_mode="expand")
    own_sent_end = own_end[-1].sent.end if own_end is not None and len(own_end) else last
    # where the next quote of a few words starts after this one (found once, not per verb)
    next_quote = min(
        (
            o.start
            for o in quotes
            if o.start >= q.end and len(actors.text[o.start : o.end].split()) >= _WORDS
        ),
        default=None,
    )
    for k in cue_candidates(doc, first, last):
        tok = doc[k]
        if inside(tok.idx, quotes):
            continue
        if tok.i >= own_sent_end and next_quote is not None and next_quote < tok.idx:
            # a verb past the quote's sentence and another quote frames that one (not a
            # nickname in marks inside the attribution: 'Del. Marcia "Cia" Price shouted')
            break
        if tok.idx >= q.end and "\n" in actors.text[q.end : tok.idx] and not run_on:
            break  # '"…."' / 'That adds its own pressure.': a new paragraph is not its cue
        if tok.idx >= q.end and _paragraph_closed(actors.text[q.end : tok.idx]):
            # '"…," Ola Berg, head of X.' / 'The navy declined to comment.': the quote's
            # paragraph ended with its sentence; the next paragraph's verb is not its cue
            break
        speaker_tok: Token | None = None
        how = "according_to"
        according = (
            tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor(1).lower_ == "to"
        )
        if according:
            # "…," according to Danny Gold of Metropolis: whoever "to" names (checked first: a
            # framing "according" would look for a subject it never has)
            speaker_tok = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
            if speaker_tok is not None and not any(c.dep_ == "appos" for c in speaker_tok.children):
                # 'According to his aunt, Vera Collum, "…"': the name the parse left unhung
                speaker_tok = written_apposition(speaker_tok) or speaker_tok
        elif (
            (tok.lemma_ in CUE_LEMMAS and tok.pos_ in {"VERB", "AUX"})
            or _framing_verb(tok, q, actors.text)
            or as_put_it(tok)
        ):
            if _reported_by_outer_cue(tok, quotes) and not (
                _introduces(tok, q, actors.text)
                or _framing_verb(tok, q, actors.text)
                or _opens_after(tok, q, actors.text)
                or _reports_quote(tok, q)
            ):
                continue  # reported words, unless the verb stands right at this quote
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
            if (
                tok.dep_ == "relcl"
                and clause is not None
                and (
                    clause.right_edge.idx + len(clause.right_edge) <= q.start
                    or clause.left_edge.idx >= q.end
                )
            ):
                continue  # "an architect who said he was stiffed": other words reported
            # "X quoted Y as saying": Y's words, relayed by X
            speaker_tok = quoted_as_saying(tok)
            if speaker_tok is None and _passive(tok) and _described_as(tok, q):
                distance = min(abs(tok.idx - q.end), abs(tok.idx - q.start))
                if best is None or distance < best.distance:
                    best = _passive_source(tok, actors, quotes, distance)
                continue
            speaker_tok = (
                speaker_tok
                or recorded_speaker(tok)  # "a video of Breck saying": not the rally showing it
                or _subject(tok)
                or participle_subject(tok)
            )
            speaker_tok = _reporter_of_conjunct(tok, speaker_tok)
            if speaker_tok is None or inside(speaker_tok.idx, quotes):
                # "Ana Velde, DC, said": the parse lost the subject or took one in the quote
                speaker_tok = name_before_letters(tok) or speaker_tok
            if trace.on():
                how = _how(tok, speaker_tok, q, actors.text)
            if speaker_tok is None and _right_after_quote(tok, q, actors.text):
                # "…," said Leslie Wimes: sometimes parsed as an object; only a verb standing
                # right after the quote ("Will described Trump as …": the parse lost "Will")
                speaker_tok = next(
                    (
                        c
                        for c in tok.rights
                        if c.dep_ in {"dobj", "attr", "npadvmod", "oprd"}
                        and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                    ),
                    None,
                )
                how = "verb_object"
            if speaker_tok is None and tok.lemma_ in CUE_LEMMAS:
                speaker_tok = _phrase_after_cue(tok, q, actors.text)
                how = "phrase_after_cue"
            if (
                speaker_tok is None
                and tok.dep_ == "compound"
                and tok.head.i > tok.i
                and (tok.head.ent_type_ == "PERSON" or tok.head.pos_ == "PROPN")
            ):
                speaker_tok = tok.head  # "Said Ellis: …": the parser glues the verb to the name
                how = "said_compound"
        else:
            continue
        distance = min(abs(tok.idx - q.end), abs(tok.idx - q.start))
        if speaker_tok is None and (best is None or distance < best.distance):
            named = _name_after_cue(tok, q, actors)
            if named is not None:
                best = named
                trace.clear()
                trace.note("cue=name_after_cue")
                continue
        if speaker_tok is None or inside(speaker_tok.idx, quotes):
            speaker_tok = _phrase_after_quote(tok, q, actors.text)
            how = "phrase_after_quote"
        if speaker_tok is None:
            shown = _participle_of_noun(tok, q, actors.text)
            if shown is not None and (best is None or distance < best.distance):
                trace.clear()
                trace.note("cue=participle_of_noun")
                start, end = shown.left_edge.idx, shown.idx + len(shown.text)
                best = Attribution(
                    speaker=None, start=start, end=end, via=None, distance=distance, final=True
                )
            continue
        if speaker_tok.lower_ in FIRST_PERSON:
            continue
        distance = min(abs(tok.idx - q.end), abs(tok.idx - q.start))
        if best is not None and distance >= best.distance:
            continue
        trace.clear()
        trace.note(f"cue={how}")
        name, s, e = resolve_speaker_token(speaker_tok, actors, quotes, bare_nouns=False)
        if name and speaker_tok.i == tok.head.i and name.startswith(tok.text + " "):
            name, s = name[len(tok.text) + 1 :], s + len(tok.text) + 1  # NER took "Said Ellis"
        via = None
        if tok.lower_ != "according":
            via = via_in(tok.sent, speaker_tok, actors)
        if via is not None and via == name:
            via = None
        best = Attribution(
            speaker=name,
            start=s,
            end=e,
            via=via,
            distance=distance,
            final=_new_person(name, speaker_tok, tok),
        )
    return best


def _passive(verb: Token) -> bool:
    """Whether a verb of saying is written in the passive voice ("was described", "is
    told"): its subject, or the one it borrows, is spoken of or to, not the speaker. Not
    when the verb hands its subject a speech verb of its own ("X was quoted as saying",
    "X was reported to have said"): X speaks."""
    if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False
    own = [c for c in verb.children if c.dep_ == "xcomp"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
    ]
    return not any(t.lemma_ in CUE_LEMMAS for t in own)


def _described_as(verb: Token, q: QuoteSpan) -> bool:
    """Whether the quote stands in an "as" phrase of the verb, or of a phrase of its
    ("was described in a profile as a '…'"): the words said of the subject, not a quote the
    clause only mentions ("an error that was reported in a 'hit piece' by the Times": the one
    calling it so speaks)."""
    for t in verb.subtree:
        if t.dep_ != "prep" or t.lower_ != "as":
            continue
        if not (t.idx < q.end and q.start < t.right_edge.idx + len(t.right_edge.text)):
            continue
        node = t
        while node.i != verb.i and node.dep_ in {"prep", "pobj"}:
            node = node.head
        if node.i == verb.i:
            return True
    return False


def _passive_source(
    verb: Token, actors: ArticleActors, quotes: list[QuoteSpan], distance: int
) -> Attribution:
    """The source of a quote a passive verb of saying frames ("X was described in a profile
    as a '…'"): X is the one spoken of, so the words are those of the verb's agent ("by a
    neighbour"), named or not, else of nobody; for good either way (the subject is never
    looked for again, through the quote's sentence or the one before)."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    agent = None if by is None else next((c for c in by.children if c.dep_ == "pobj"), None)
    trace.clear()
    if agent is None or inside(agent.idx, quotes):
        trace.note("cue=passive:nobody")
        start, end = verb.idx, verb.idx + len(verb.text)
        return Attribution(
            speaker=None, start=start, end=end, via=None, distance=distance, final=True
        )
    trace.note("cue=passive:agent")
    name, s, e = resolve_speaker_token(agent, actors, quotes, bare_nouns=False)
    return Attribution(speaker=name, start=s, end=e, via=None, distance=distance, final=True)


def _new_person(name: str | None, subject: Token, verb: Token) -> bool:
    """``"…," said the singer, who lived next door``: a common noun a relative clause or an
    appositive describes, the subject of the verb of saying itself, brings in someone new.
    Unnamed, it is the quote's source for good: never the person the sentence before reports.
    (The object of "according to court records, which indicate he … told her" is no such
    source: the words are those of the man the records tell about.)"""
    return (
        name is None
        and subject.pos_ == "NOUN"
        and subject.head.i == verb.i
        and subject.dep_ in {"nsubj", "nsubjpass"}
        and introduces_someone(subject)
    )
