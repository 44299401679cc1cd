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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors, clean_name, full_name_in_text, split_title
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.quote_context import MARKS_AND_SPACE as _MARKS_AND_SPACE
from newsbeat.enrich.quote_context import alone_on_lines as _alone_on_lines
from newsbeat.enrich.quote_context import heading as _heading
from newsbeat.enrich.quote_context import (
    introduced_speaker,
    opens_sentence,
    said_by_narrator,
)
from newsbeat.enrich.quote_context import line_after as _line_after
from newsbeat.enrich.quote_context import sentence_before as _sentence_before
from newsbeat.enrich.quote_hints import announced_by
from newsbeat.enrich.quote_issuers import ISSUED, issuer_of
from newsbeat.enrich.quote_issuers import verb_subject as _subject
from newsbeat.enrich.quote_marks import (
    QuoteSpan,
    doc_quote_spans,
    find_quote_spans,
    marks_text,
    quote_text,
)
from newsbeat.enrich.speaker_hints import surname_bearer
from newsbeat.enrich.speaker_roles import (
    appositive_name,
    bare_definite,
    role_holder,
    salient_body,
    salient_it,
    spoken_for,
)
from newsbeat.enrich.speakers import (
    as_put_it,
    noun_owner,
    participle_subject,
    salient_person,
    subject_it,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "CUE_LEMMAS",
    "FoundQuote",
    "QuoteSpan",
    "extract_quotes",
    "find_quote_spans",
    "quote_text",
]

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
_INDIRECT_LEMMAS = frozenset(
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
        "stress",
        "admit",
        "acknowledge",
        "suggest",
        "confirm",
        "deny",
        "predict",
        "vow",
        "promise",
        "conclude",
        "testify",
        "maintain",
        "assert",
        "contend",
        "reiterate",
        "allege",
        "indicate",
        "report",
    ]
)
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
_SEX = {"he": "male", "him": "male", "she": "female", "her": "female"}
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_MEDIA_WORDS = frozenset(
    [
        "agency",
        "news",
        "newspaper",
        "radio",
        "television",
        "tv",
        "broadcaster",
        "channel",
        "daily",
        "paper",
        "times",
        "post",
        "reuters",
        "ap",
        "afp",
        "bbc",
        "cnn",
        "press",
        "wire",
        "magazine",
        "media",
        "outlet",
        "outlets",
    ]
)


@dataclass(frozen=True, kw_only=True)
class FoundQuote:
    """A quote with where it is: content span, and the speaker mention's span if any."""

    text: str
    start: int
    end: int
    speaker: str | None
    speaker_start: int | None
    speaker_end: int | None
    via: str | None
    kind: str
    sentence: str


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


# -- attribution -----------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class _Attribution:
    speaker: str | None
    start: int | None
    end: int | None
    via: str | None
    distance: int


def _inside(pos: int, spans: list[QuoteSpan]) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _phrase(tok: Token) -> str:
    """The noun phrase of a token: its left modifiers and the token (no relative clauses)."""
    left = [
        t
        for t in tok.lefts
        if t.dep_ in {"det", "amod", "compound", "poss", "nummod", "case", "nmod"}
        and t.pos_ != "VERB"  # "Said Ellis:" parses the cue as a compound of the name
    ]
    start = min([tok.i, *[t.left_edge.i for t in left]])
    words = tok.doc[start : tok.i + 1].text
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in {"of", "for", "at"}:
            words = tok.doc[start : child.right_edge.i + 1].text
            break
    return words


# Last words of organisation names that follow a title-like word ("General Staff").
_ORG_HEADS = frozenset(
    {
        "staff",
        "command",
        "council",
        "office",
        "ministry",
        "committee",
        "department",
        "service",
        "forces",
        "army",
        "navy",
        "guard",
        "police",
        "agency",
        "court",
        "assembly",
        "parliament",
        "government",
        "commission",
        "board",
        "bureau",
        "authority",
        "headquarters",
        "secretariat",
        "cabinet",
    }
)
_AGE_NOUN = re.compile(r"\b\d+[- ]year[- ]old$")


def resolve_speaker_token(
    tok: Token, actors: ArticleActors, quotes: list[QuoteSpan], *, bare_nouns: bool = True
) -> tuple[str | None, int, int]:
    """The actor a subject token stands for: entity, pronoun, role noun or plain phrase.

    ``bare_nouns``: whether "the union" with no named holder stands for the body "union" (a
    claimant, fine); a quote's speaker passes False: a bare common noun names nobody."""
    start, end = tok.idx, tok.idx + len(tok.text)
    for child in tok.children:  # "the spokesman, Erik Holm, said"
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            tok = child
            start, end = tok.idx, tok.idx + len(tok.text)
            break
    else:
        named = appositive_name(tok, actors)  # a name in apposition NER typed otherwise
        if named is not None:
            return named.actor, named.start, named.end
    mention = actors.actor_at(start, end)
    if mention is not None:
        bearer = surname_bearer(tok.doc, actors, mention.start, mention.end, mention.actor)
        return bearer or mention.actor, mention.start, mention.end
    low = tok.lower_
    if low in {"who", "which"} and tok.head.dep_ == "relcl" and tok.head.head.i != tok.head.i:
        # "McConnell, who in 2010 said …", "the magazine Playboy, which named her "…"": the
        # speaker is the noun the clause describes.
        described = tok.head.head
        if described.dep_ == "appos" and described.head.i != described.i:
            described = described.head  # "McConnell, now the majority leader, who said"
        name, _, _ = resolve_speaker_token(described, actors, quotes, bare_nouns=bare_nouns)
        return name, start, end
    if tok.pos_ == "PRON":
        if low in _PRONOUNS_PERSON:
            # The salient person (a recent subject, of a compatible sex), not the last name
            # mentioned ("the Biden administration").
            salient = salient_person(tok.doc, actors, tok, lambda pos: _inside(pos, quotes))
            if salient is not None:
                return salient, start, end
        if low == "it" and not bare_nouns:
            if tok.dep_ in {"nsubjpass", "expl"} or tok.head.lemma_ == "be":
                return None, start, end  # "it was reported that", "it's safe to say": no one
            found = subject_it(
                tok.doc, actors, tok, lambda pos: _inside(pos, quotes), {"ORG", "GROUP", "GPE"}
            ) or salient_it(tok, actors, lambda pos: _inside(pos, quotes))
            return found, start, end
        if low == "it":
            # the organisation the sentence is about, not the last one named in it
            found = subject_it(
                tok.doc, actors, tok, lambda pos: _inside(pos, quotes), {"ORG", "GROUP", "GPE"}
            )
            if found is not None:
                return found, start, end
        if low == "they" and not bare_nouns:
            # "Big Machine have denied it. "…," they said": the organisation that is a subject
            # just before; else nobody (the last name before it is almost never who: a player,
            # a country, a courthouse), the source's span kept
            return salient_it(tok, actors, lambda pos: _inside(pos, quotes)), start, end
        if low in {"they", "it"}:
            labels = (
                {"ORG", "GROUP", "GPE", "NORP"}
                if low == "it"
                else {"ORG", "GROUP", "GPE", "NORP", "PERSON"}
            )
            for cand in _persons_before(actors, start, quotes, labels=labels):
                return cand, start, end
        return None, start, end
    if _AGE_NOUN.search(tok.doc[tok.left_edge.i : tok.i + 1].text):
        # "said the 46-year-old": a person already named, like a pronoun
        for cand in _persons_before(actors, start, quotes):
            return cand, tok.doc[tok.left_edge.i].idx, end
    issuer = issuer_of(tok) if tok.lemma_.lower() in ISSUED else None
    if issuer is not None:
        # '"…," the statement read': whoever issued the statement named before
        name, _, _ = resolve_speaker_token(issuer, actors, quotes, bare_nouns=bare_nouns)
        if name:
            return name, start, end
    phrase = _phrase(tok)
    resolved = actors.resolve_nominal(phrase, start) or role_holder(tok, actors)
    if resolved is not None:
        return resolved, start, end
    if not bare_nouns:
        # "the company said": the organisation the text is about, as "it" would be
        body = salient_body(tok, actors, lambda pos: _inside(pos, quotes))
        if body is not None:
            return body, tok.doc[tok.left_edge.i].idx, end
    if tok.pos_ == "PROPN" or (
        # a capitalised subject mid-sentence is a name even when tagged a noun or verb
        tok.pos_ in {"NOUN", "VERB"} and tok.is_title and not tok.is_sent_start
    ):
        whole = clean_name(phrase).split()
        if whole and whole[-1].lower() in _ORG_HEADS:
            # "the General Staff", "the Joint Command": an organisation, whole; "General" is
            # no title here.
            return " ".join(whole), tok.doc[tok.left_edge.i].idx, end
        _, words = split_title(whole)
        if words and all(w[:1].isupper() for w in words):
            known = [a for a in actors.actors if a.split()[-1] == words[-1]]
            if len(known) == 1:
                return known[0], start, end
            if len(words) == 1:
                full = full_name_in_text(actors.text, words[0])
                return full or words[0], start, end
            return " ".join(words), start, end
    if tok.pos_ == "PROPN":
        return clean_name(phrase), tok.doc[tok.left_edge.i].idx, end
    if tok.pos_ == "NOUN":
        return _body_of(tok, actors, bare_nouns), tok.doc[tok.left_edge.i].idx, end
    return None, start, end


_BODIES = frozenset(
    {"military", "coastguard", "ministry", "embassy", "company", "firm", "union", "party"}
    | {"administration", "campaign", "club", "team", "university", "school", "hospital"}
    | {"airline", "bank", "fund", "institute", "organisation", "organization", "association"}
    | {"federation", "league", "church", "group", "prosecutors", "prosecution", "opposition"}
    | {"regulator", "watchdog", "monitor", "tribunal", "senate", "congress", "legislature"}
)


def _body_of(tok: Token, actors: ArticleActors, bare_nouns: bool = True) -> str | None:
    """``a Surrey Police spokeswoman``, ``a spokesman for the Navy``: the organisation a
    common-noun speaker speaks for; None for a plain common noun ("the staff member"), which
    names nobody. A body named by a common noun ("the Indian navy", "the government") is
    itself the speaker."""
    if tok.lemma_.lower() in _ORG_HEADS | _BODIES:
        if not bare_nouns and bare_definite(tok) and tok.lemma_.lower() not in _ORG_HEADS:
            return None  # "the group" with no holder named: a common noun names nobody
        return clean_name(_phrase(tok))
    parts = [c for c in tok.children if c.dep_ in {"compound", "poss", "nmod"}]
    parts += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in {"for", "of", "at"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for part in parts:
        mention = actors.actor_at(part.idx, part.idx + len(part.text))
        if mention is not None and mention.label in {"ORG", "GROUP"}:
            return mention.actor
    return spoken_for(tok, actors)


def _persons_before(
    actors: ArticleActors,
    pos: int,
    quotes: list[QuoteSpan],
    *,
    labels: frozenset[str] | set[str] = frozenset({"PERSON"}),
) -> list[str]:
    best: list[tuple[int, str]] = []
    for m in actors.mentions:
        if m.label in labels and m.end <= pos and not _inside(m.start, quotes):
            best.append((m.start, m.actor))
    best.sort(reverse=True)
    return [name for _, name in best[:1]]


def _via_in(sent: Span, speaker_tok: Token | None, actors: ArticleActors) -> str | None:
    """The medium in a sentence: "according to Y" (when someone else speaks), "told Y", ..."""
    for tok in sent:
        if tok.lower_ == "according" and speaker_tok is not None:
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return _actor_or_phrase(obj, actors)
        if tok.lower_ == "interview" and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "with":
            for obj in tok.nbor(1).children:
                if obj.dep_ == "pobj":
                    return _actor_or_phrase(obj, actors)
        if (
            tok.lemma_ == "report"
            and speaker_tok is not None
            and not _inside_phrase(speaker_tok, tok)
        ):
            # "X said …, local media reported": the medium that carried X's words.
            reporter = _subject(tok)
            if reporter is not None and reporter.i != speaker_tok.i and _is_media(reporter, actors):
                return _actor_or_phrase(reporter, actors)
        if tok.lemma_ == "tell":
            for obj in tok.children:
                if obj.dep_ in {"dobj", "dative", "iobj"} and _is_media(obj, actors):
                    return _actor_or_phrase(obj, actors)
    return None


def _inside_phrase(speaker: Token, verb: Token) -> bool:
    """Whether the verb is the speaker's own (the speaker is its subject)."""
    return any(c.i == speaker.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})


def _is_media(tok: Token, actors: ArticleActors) -> bool:
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    words = set(_phrase(tok).lower().split())
    return bool(words & _MEDIA_WORDS) or (mention is not None and mention.label == "ORG")


def _actor_or_phrase(tok: Token, actors: ArticleActors) -> str:
    for child in tok.children:  # "the agency, NTB," / "the state news agency NTB": the name
        if (child.dep_ == "appos" or (child.dep_ == "compound" and tok.pos_ != "PROPN")) and (
            child.pos_ == "PROPN" and child.ent_type_ in {"ORG", "PERSON"}
        ):
            tok = child
            break
    if tok.ent_type_ not in {"ORG", "PERSON"}:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if nxt is not None and nxt.ent_type_ == "ORG" and nxt.head is tok:
            tok = nxt
    mention = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    return mention.actor if mention else clean_name(_phrase(tok))


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
            and not _inside(head.idx, quotes)
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
    return clause.left_edge.idx <= q.start and q.end <= last.idx + len(last.text) + 1


def _opens_after(verb: Token, q: QuoteSpan, text: str) -> bool:
    """``X recalled that he said, "…"``: a speech verb whose words open right after it (a
    comma or colon and the mark between) frames the quote itself, even inside another
    speaker's report; its subject speaks, not the one recalling."""
    end = verb.idx + len(verb.text)
    return end < q.start and not text[end : q.start].strip(" ,:\"“«'‘")


def _phrase_after_quote(verb: Token, q: QuoteSpan, text: str) -> Token | None:
    """``"…," Holm, 58, told AFP``, where the parser hung the verb inside the quote: the noun
    phrase filling the gap between the closing mark and the verb is its subject."""
    if verb.idx < q.end:
        return None
    first = verb.i
    while first > 0 and verb.doc[first - 1].idx >= q.end:
        first -= 1
    while first < verb.i and (verb.doc[first].is_punct or verb.doc[first].is_space):
        first += 1
    head = verb.doc[first]
    if head.pos_ == "DET":
        # '"… his campaign" the Post's editor Steven Ginsberg responded', no comma: the
        # phrase's own head is the one word of the gap hung outside it
        outside = [t for t in verb.doc[first : verb.i] if not first <= t.head.i < verb.i]
        head = outside[0] if len(outside) == 1 else head
    if first == verb.i or head.pos_ not in {"PROPN", "NOUN", "PRON"}:
        return None
    if "\n" in text[q.end : head.idx]:
        return None
    covered = {t.i for t in head.subtree}
    gap = verb.doc[first : verb.i]
    return head if all(t.i in covered or t.is_punct for t in gap) else None


def _framing_verb(tok: Token, q: QuoteSpan, text: str) -> bool:
    """Whether a verb of any lemma frames a quote as speech by where it stands.

    ``"…," Holm barked`` / ``"…?" shot back Holm``: a quote ending in a comma, question or
    exclamation mark and followed on its line by a subject and a verb (or a verb and a subject)
    is attributed by that verb, whatever it is.
    """
    if tok.pos_ != "VERB" or tok.idx < q.end or "\n" in text[q.end : tok.idx]:
        return False
    if not text[q.start : q.end].rstrip().rstrip("’'").endswith((",", "?", "!")):
        return False
    first = tok.i  # the first word after the closing mark
    while first > 0 and tok.doc[first - 1].idx >= q.end:
        first -= 1
    while tok.doc[first].is_punct or tok.doc[first].is_space:
        first += 1
    if first == tok.i:
        return True  # "…," barked Holm
    subj = _subject(tok)
    return subj is not None and subj.left_edge.i == first and tok.i - subj.i <= 2


_NAME_RUN = 5
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "GPE", "NORP"})


def _name_after_cue(tok: Token, q: QuoteSpan, actors: ArticleActors) -> _Attribution | None:
    """``"…," says Early.`` / ``"…," said Lena Holm, a …``: the capitalised words right after
    a speech verb that itself follows the quote's closing mark are the speaker, whatever the
    parse made of them (an adverb "Early", the subject of a later verb). Only when the quote
    ends with ``,`` ``?`` ``!`` and nothing but punctuation stands between mark and verb."""
    text = actors.text
    if tok.lemma_ not in CUE_LEMMAS or tok.idx < q.end or "\n" in text[q.end : tok.idx]:
        return None
    if not text[q.start : q.end].rstrip().rstrip("’'").endswith((",", "?", "!")):
        return None
    if text[q.end + 1 : tok.idx].strip(" \"”»’'"):
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
    return _Attribution(speaker=name, start=start, end=end, via=None, distance=distance)


def _attribution(
    doc: Doc, first: int, last: int, q: QuoteSpan, actors: ArticleActors, quotes: list[QuoteSpan]
) -> _Attribution | None:
    """The attribution of a quote within tokens ``first..last`` (sentences around it)."""
    best: _Attribution | None = None
    for tok in doc[first:last]:
        if _inside(tok.idx, quotes):
            continue
        speaker_tok: Token | None = None
        according = (
            tok.lower_ == "according" and tok.i + 1 < len(doc) and tok.nbor(1).lower_ == "to"
        )
        if according:
            # "…," according to Danny Gold of Metropolis: whoever "to" names (checked first: a
            # framing "according" would look for a subject it never has)
            speaker_tok = next((c for c in tok.nbor(1).children if c.dep_ == "pobj"), None)
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
            speaker_tok = _subject(tok) or participle_subject(tok)
            if speaker_tok is None:  # "…," said Leslie Wimes: sometimes parsed as an object
                speaker_tok = next(
                    (
                        c
                        for c in tok.rights
                        if c.dep_ in {"dobj", "attr", "npadvmod", "oprd"}
                        and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
                    ),
                    None,
                )
            if (
                speaker_tok is None
                and tok.dep_ == "compound"
                and tok.head.i > tok.i
                and (tok.head.ent_type_ == "PERSON" or tok.head.pos_ == "PROPN")
            ):
                speaker_tok = tok.head  # "Said Ellis: …": the parser glues the verb to the name
        else:
            continue
        distance = min(abs(tok.idx - q.end), abs(tok.idx - q.start))
        if speaker_tok is None and (best is None or distance < best.distance):
            named = _name_after_cue(tok, q, actors)
            if named is not None:
                best = named
                continue
        if speaker_tok is None or _inside(speaker_tok.idx, quotes):
            speaker_tok = _phrase_after_quote(tok, q, actors.text)
        if speaker_tok is None:
            continue
        if speaker_tok.lower_ in _FIRST_PERSON:
            continue
        distance = min(abs(tok.idx - q.end), abs(tok.idx - q.start))
        if best is not None and distance >= best.distance:
            continue
        name, s, e = resolve_speaker_token(speaker_tok, actors, quotes, bare_nouns=False)
        if name and speaker_tok.i == tok.head.i and name.startswith(tok.text + " "):
            name, s = name[len(tok.text) + 1 :], s + len(tok.text) + 1  # NER took "Said Ellis"
        via = None
        if tok.lower_ != "according":
            via = _via_in(tok.sent, speaker_tok, actors)
        if via is not None and via == name:
            via = None
        best = _Attribution(speaker=name, start=s, end=e, via=via, distance=distance)
    return best


_SIGNATURE = re.compile(r"([A-Z][\w.'’-]+(?:[ ][A-Z][\w.'’-]*){1,3})")
_DASH = re.compile(r"^[\s,]*[―—–]\s*")


def _dash_or_colon(
    doc: Doc, lo: int, q: QuoteSpan, actors: ArticleActors, quotes: list[QuoteSpan]
) -> _Attribution | None:
    """``"…" ― Name`` after the quote, or ``X reports:`` just before it."""
    text = actors.text  # the parsed text; Doc.text would rebuild it from the tokens
    dash = _DASH.match(text[q.end + 1 : q.end + 8])
    if dash:
        pos = q.end + 1 + dash.end()
        for m in actors.mentions:
            if m.start == pos and m.label in {"PERSON", "ORG"}:
                return _Attribution(speaker=m.actor, start=m.start, end=m.end, via=None, distance=0)
        signed = _SIGNATURE.match(text, pos)  # a name NER did not tag
        if signed:
            return _Attribution(
                speaker=signed.group(1),
                start=signed.start(1),
                end=signed.end(1),
                via=None,
                distance=0,
            )
    colon = _colon_before(text, q)
    if colon is not None:
        for m in actors.mentions:  # "… - Lena Holm: “…”"
            if m.end == colon and m.label in {"PERSON", "ORG"}:
                return _Attribution(speaker=m.actor, start=m.start, end=m.end, via=None, distance=0)
        captioned = _caption_person(doc, colon, actors)
        if captioned is not None:
            return captioned
    prev_sent = _sentence_before(doc, lo)
    if prev_sent is not None and _leads_into_quote(prev_sent):
        found = _attribution(doc, prev_sent.start, prev_sent.end, q, actors, quotes)
        last = [t for t in prev_sent if not t.is_space][-1]
        if found is None and colon is None and last.text == ":":
            # "X, director of Y, was blunt:" / the quote on the next line: X, whatever the verb
            return _colon_subject(doc, last.idx, actors, quotes)
        if found is not None or colon is None:
            return found
    if colon is not None:
        return _colon_subject(doc, colon, actors, quotes)
    return None


_COLON_MIN_WORDS = 4
_CAPTION_WORDS = 8
_CAPTION_SPLIT = re.compile(r"\s*[/,]\s*")


def _caption_person(doc: Doc, colon: int, actors: ArticleActors) -> _Attribution | None:
    """``Erik Holm/Defence Attorney: "…"``, ``Erik Holm, the mayor: "…"``: a caption opening
    its line with the name of a person of the article (before any slash or comma), a few words
    of role and no verb names that person."""
    text = actors.text
    line_start = text.rfind("\n", 0, colon) + 1
    label = text[line_start:colon]
    if len(label.split()) > _CAPTION_WORDS:
        return None
    words = doc.char_span(line_start, colon, alignment_mode="expand")
    if words is None or any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    head = _CAPTION_SPLIT.split(label.strip(), maxsplit=1)[0]
    people = {m.actor for m in actors.mentions if m.label == "PERSON"}
    if head not in people or len(head.split()) < 2:
        return None
    start = line_start + label.index(head)
    return _Attribution(speaker=head, start=start, end=start + len(head), via=None, distance=0)


def _leads_into_quote(sent: Span) -> bool:
    """A sentence that leads into the quote after it: it ends with a colon (``X was blunt:``)
    or with a speech verb and a comma (``X commented,``)."""
    words = [t for t in sent if not t.is_space]
    if not words:
        return False
    if words[-1].text == ":":
        return True
    return (
        len(words) > 1
        and words[-1].text == ","
        and words[-2].lemma_ in CUE_LEMMAS
        and words[-2].pos_ == "VERB"
    )


def _colon_before(text: str, q: QuoteSpan) -> int | None:
    """Offset of the colon that introduces a quote on the same line (``X: "…"``), if any."""
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : max(line_start, q.start - 1)].rstrip()
    if not before.endswith(":") or len(text[q.start : q.end].split()) < _COLON_MIN_WORDS:
        return None  # 'Holm: "No comment"' is a headline tag, not a quote
    return line_start + len(before) - 1


def _colon_subject(
    doc: Doc, colon: int, actors: ArticleActors, quotes: list[QuoteSpan]
) -> _Attribution | None:
    """``She then turned to the crowd: "…"``: the subject of the clause a colon closes, whatever
    its verb."""
    span = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span[0].head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or _inside(verb.idx, quotes):
        return None
    subj = _subject(verb)
    if subj is None or _inside(subj.idx, quotes) or subj.lower_ in _FIRST_PERSON:
        return None
    name, s, e = resolve_speaker_token(subj, actors, quotes, bare_nouns=False)
    if name is None:
        return None
    return _Attribution(speaker=name, start=s, end=e, via=None, distance=0)


_LABEL = re.compile(r"\s*([A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,2}):\s")


def _transcript_label(text: str, q: QuoteSpan, actors: ArticleActors) -> _Attribution | None:
    """A transcript turn quoted whole: ``"PENCE: Well, the question …"``."""
    label = _LABEL.match(text, q.start, q.end)
    if label is None or len(label.group(1)) < 3:
        return None
    words = [w.capitalize() for w in label.group(1).split()]
    known = [a for a in actors.actors if a.split()[-1] == words[-1]]
    if len(known) == 1:
        name = known[0]
    else:
        name = (full_name_in_text(text, words[0]) if len(words) == 1 else None) or " ".join(words)
    return _Attribution(speaker=name, start=label.start(1), end=label.end(1), via=None, distance=0)


_CONTINUE_GAP = 400


# Verbs whose complement clause is the subject's words or thoughts.
_REPORTING_LEMMAS = CUE_LEMMAS | frozenset(
    ["think", "believe", "worry", "fear", "hope", "wonder", "question", "imply", "doubt", "feel"]
)


def _outermost_reporter(verb: Token, subj: Token, quotes: list[QuoteSpan]) -> Token:
    """``Ryan worried that the safety net was becoming "a hammock"``: a verb in a complement
    clause reports someone else's thought; its words are the ones of the subject above it."""
    while verb.dep_ == "ccomp" and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_ not in _REPORTING_LEMMAS or head.pos_ != "VERB" or _inside(head.idx, quotes):
            break
        above = _subject(head)
        if above is None:
            break
        verb, subj = head, above
    return subj


# Verbs whose object is someone seen or remembered doing something ("remembered X rehearsing").
_RECALLING = frozenset(
    {"remember", "recall", "recollect", "describe", "picture", "imagine", "see", "watch", "hear"}
)


def _recalled_action(verb: Token) -> bool:
    """A gerund clause that is what someone remembers or saw another person do: its subject
    is the person remembered, not the one whose words the quote gives."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in {"ccomp", "xcomp", "dobj", "oprd"}
        and verb.head.lemma_ in _RECALLING
    )


_RELATIVE_SUBJECTS = frozenset({"they", "it", "which"})


def _embedding_subject(
    quoted: Span, actors: ArticleActors, quotes: list[QuoteSpan]
) -> _Attribution | None:
    """A partial quote inside a sentence: the subject of the verb it hangs from.

    ``Japan branded North Korea an "outlaw nation"`` -> Japan; ``X called the plan "a
    betrayal"`` -> X; a verb without a subject of its own passes to the verb above it (``X
    accused them of failing to "…"`` -> X). Only for quotes that do not open their sentence.
    """
    sent = quoted[0].sent
    if quoted.start <= sent.start + 1:
        return None
    tok = quoted.root
    for _ in range(8):
        if tok.head is tok:
            break
        tok = tok.head
        owner = noun_owner(tok)  # "X's claim that there were "…"": X
        if owner is not None and not _inside(owner.idx, quotes):
            name, s, e = resolve_speaker_token(owner, actors, quotes, bare_nouns=False)
            if name is not None:
                return _Attribution(speaker=name, start=s, end=e, via=None, distance=0)
        if tok.pos_ == "VERB" and not _inside(tok.idx, quotes):
            if _recalled_action(tok):
                continue  # "Cook remembered Jobs rehearsing and "…"": Cook's words
            subj = _subject(tok)
            if subj is None:
                continue  # "accused him of preventing …": the subject is the accuser's
            subj = _outermost_reporter(tok, subj, quotes)
            if _inside(subj.idx, quotes) or subj.lower_ in _FIRST_PERSON:
                return None
            if subj.pos_ == "PRON" and subj.lower_ not in _PRONOUNS_PERSON | _RELATIVE_SUBJECTS:
                return None
            name, s, e = resolve_speaker_token(subj, actors, quotes, bare_nouns=False)
            if name is None and subj.pos_ != "NOUN":
                return None
            # an unnamed subject ("the family has called for "…"") keeps its span: the quote
            # is that source's, not the previous speaker's
            return _Attribution(speaker=name, start=s, end=e, via=None, distance=0)
    return None


def _said_before(
    doc: Doc,
    sent: Span,
    q: QuoteSpan,
    actors: ArticleActors,
    spans: list[QuoteSpan],
    *,
    across_lines: bool = False,
) -> _Attribution | None:
    """``The port may stay shut, Holm said. "The other problem is …"``: a quote opening its
    sentence, with no attribution of its own, continues the person whose words the sentence
    just before (no quote in it) reports with a speech verb of its main clause. The sentence
    is in the same paragraph, or (``across_lines``: the quote gives no source of its own) it
    ends the line before a quote paragraph (``…, Ingaldson said.`` / ``"But inside, …"``)."""
    if sent.start == 0 or not opens_sentence(sent, q):
        return None
    before = doc[sent.start - 1].sent
    if any(before.start_char < other.end and other.start < before.end_char for other in spans):
        return None
    text = actors.text
    if before.root.lemma_ not in CUE_LEMMAS:
        return None
    # with a lead-in ("Later in the afternoon, "…"") the sentence, not the quote, opens the line
    line = q if q.start - sent.start_char <= 1 else QuoteSpan(start=sent.start_char, end=q.end)
    if "\n" in text[before.start_char : q.start] and not (
        across_lines
        and _line_after(text, before.start_char + len(before.text.rstrip()), line.start)
        and _alone_on_lines(text, line)
        # a paraphrase: the verb reports words ("…, X said."), not "X denied the report"
        and any(c.dep_ == "ccomp" for c in before.root.children)
    ):
        return None
    found = _attribution(doc, before.start, before.end, q, actors, spans)
    return found if found is not None and found.speaker is not None else None


def _announced(
    doc: Doc, lo: int, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> _Attribution | None:
    """``Holm released a statement.`` / ``"We will appeal …"``: a quote standing alone on its
    lines (nothing but marks before and after it) right after a sentence announcing a
    statement is the statement's, its issuer's words."""
    text = actors.text
    if not _alone_on_lines(text, q):
        return None
    before = _sentence_before(doc, lo)
    if before is None or not _MARKS_AND_SPACE.fullmatch(text[before.end_char : q.start]):
        return None
    if any(before.start_char < other.end and other.start < before.end_char for other in spans):
        return None
    subj = announced_by(before)
    if subj is None:
        return None
    name, s, e = resolve_speaker_token(subj, actors, spans, bare_nouns=False)
    if name is None:
        return None
    return _Attribution(speaker=name, start=s, end=e, via=None, distance=0)


def _continues(
    doc: Doc, previous: FoundQuote, q: QuoteSpan, actors: ArticleActors, spans: list[QuoteSpan]
) -> bool:
    """Whether an unattributed quote continues the previous speaker's words.

    True when the previous quote had a speaker (a name, or the span of a source the text
    does not name), ended shortly before, and no other person
    became the subject of a sentence in between (outside quotes and outside the previous
    quote's own attribution sentence).
    """
    if previous.kind != "direct" or (previous.speaker is None and previous.speaker_start is None):
        return False
    if q.start - previous.end > _CONTINUE_GAP:
        return False
    after = previous.end
    if previous.speaker_start is not None:
        speaker_tok = doc.char_span(
            previous.speaker_start,
            previous.speaker_end or previous.speaker_start + 1,
            alignment_mode="expand",
        )
        if speaker_tok is not None and len(speaker_tok):
            after = max(after, speaker_tok[0].sent.end_char)
    for m in actors.mentions:
        if not (after <= m.start < q.start) or _inside(m.start, spans):
            continue
        if m.label != "PERSON" or m.actor == previous.speaker:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}:
            return False
    return True


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


_SCARE_WORDS = 3
_WORD_AFTER = re.compile(r"[^\S\n]*[\"”»’']?[^\S\n]*[\w(]")


def _scare_quote(text: str, q: QuoteSpan, words: int) -> bool:
    """``other "midnight rules" made in``, ``issued "revised" regulations``, ``known as "take,"
    carries``: one to three words in marks with the sentence going on at both sides on the
    same line are a term or scare quote, not someone's words."""
    if words > _SCARE_WORDS or "\n" in text[q.start : q.end]:
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    before = text[line_start : max(line_start, q.start - 1)].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "’'"):
        return False
    return _WORD_AFTER.match(text, q.end + 1 if q.end < len(text) else q.end) is not None


def _given_unnamed(text: str, attribution: _Attribution | None) -> bool:
    """Whether the quote's own attribution gives a source by a common noun that names
    nobody (``the union wrote``, no union named before): a colon or dash before the quote
    does not then make someone else its speaker."""
    if attribution is None or attribution.speaker is not None or attribution.start is None:
        return False
    words = text[attribution.start : attribution.end].lower().split()
    return len(words) == 2 and words[0] == "the" and words[1].isalpha()


def _unnamed_source(text: str, attribution: _Attribution) -> bool:
    """Whether an attribution points at a source that is not named (a common noun, a
    he/she/it that resolved to nobody, "they"): such a quote keeps the source's span and no
    speaker rather than the previous one's. "who" is the relative pronoun's clause."""
    if attribution.start is None or attribution.end is None:
        return False
    return text[attribution.start : attribution.end].lower() != "who"


# Verbs that give someone's words or name a thing in their words ("called it "a con"").
_NAMING_LEMMAS = CUE_LEMMAS | frozenset(
    {"call", "brand", "dub", "label", "term", "deem", "accuse", "promise", "pledge", "praise"}
    | {"criticize", "criticise", "dismiss", "hail", "mock", "refer", "slam", "blast"}
)
# Nouns whose clause is someone's words ("Holm's claim that there were "thousands"").
_SPEECH_NOUNS = frozenset(
    {"claim", "statement", "remark", "comment", "promise", "pledge", "accusation", "assertion"}
    | {"warning", "reference", "tweet", "description", "suggestion", "vow", "threat", "word"}
)
_SPOKEN_HOPS = 2


_ARGUMENT_DEPS = frozenset(
    {"dobj", "attr", "acomp", "oprd", "dative", "appos", "conj", "nsubj", "nsubjpass"}
    | {"ccomp", "xcomp"}
)


def _argument_link(tok: Token) -> bool:
    """Whether a token is an argument of its head (object, complement, predicate, "as X"),
    not an adjunct."""
    if tok.dep_ in _ARGUMENT_DEPS:
        return True
    if tok.dep_ in {"pobj", "pcomp"}:
        return tok.head.lower_ in {"as", "of", "about"}
    return tok.dep_ == "prep" and tok.lower_ in {"as", "of", "about"}


def _spoken(quoted: Span, quotes: list[QuoteSpan]) -> bool:
    """Whether a short quote inside a sentence hangs from a verb of saying or naming (``X
    called it "a con"``, ``X says he has "big plans"``): then it is a partial quote, not a
    term in scare quotes (``issued "revised" rules``, ``other "midnight rules" made``)."""
    tok = quoted.root
    verb = None
    for _ in range(8):
        if tok.head.i == tok.i or not _argument_link(tok):
            break  # "along with other "midnight rules"": an adjunct, no one's words
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"} and not _inside(tok.idx, quotes):
            verb = tok
            break
    for _ in range(_SPOKEN_HOPS):
        if verb is None:
            break
        if verb.lemma_ in _NAMING_LEMMAS and verb.pos_ == "VERB":
            return True
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _SPEECH_NOUNS:
            return True
        hop = verb.dep_ in {"ccomp", "xcomp", "advcl"} and verb.head.i != verb.i
        verb = verb.head if hop else None
    return _in_reported_clause(quoted, quotes)


_MIXED_WORDS = 2
_ANCESTORS = 12


def _in_reported_clause(quoted: Span, quotes: list[QuoteSpan]) -> bool:
    """Mixed quotation: ``X told Z she was sorry if it was related to the "undeserved
    attention" …``. Two or more words in marks inside the clause a speech verb with a subject
    of its own reports are that speaker's wording when they qualify or predicate something (an
    adjective, adverb or verb among them); a noun compound or a title in marks stays a term."""
    words = quoted.text.split()
    if len(words) < _MIXED_WORDS or all(w[:1].isupper() for w in words):
        return False  # one word, or a title ("Wild Rose")
    if not any(t.pos_ in {"ADJ", "ADV", "VERB"} for t in quoted):
        return False  # a name for a thing ("midnight rules"): a term, not someone's wording
    node = quoted.root
    for _ in range(_ANCESTORS):
        if node.head.i == node.i:
            return False
        if (
            node.dep_ == "ccomp"
            and node.head.lemma_ in CUE_LEMMAS
            and node.head.pos_ == "VERB"
            and node.head.i < node.i
            and not _inside(node.head.idx, quotes)
            and any(c.dep_ == "nsubj" for c in node.head.children)
        ):
            return True
        node = node.head
    return False


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
    for q in spans:
        content = quote_text(text, q)
        words = len(content.split())
        first_tok = doc.char_span(q.start, q.end, alignment_mode="expand")
        if first_tok is None or not len(first_tok):
            continue
        if _scare_quote(text, q, words) and not _spoken(first_tok, spans):
            continue
        sent_first = first_tok[0].sent
        sent_last = first_tok[-1].sent
        lo = sent_first.start
        hi = sent_last.end
        # A quote ending a sentence is often attributed in the next short one ("…." He said.).
        if hi < len(doc) and (doc[hi].sent.end - hi <= 8 or _runs_on(text, q, doc[hi].idx)):
            hi = doc[hi].sent.end
        attribution = _transcript_label(text, q, actors) or _attribution(
            doc, lo, hi, q, actors, spans
        )
        if _given_unnamed(text, attribution):
            pass  # '"…," the union wrote': that source, not a name looked for elsewhere
        elif attribution is None or attribution.speaker is None:
            attribution = _dash_or_colon(doc, lo, q, actors, spans) or attribution
        if attribution is None or attribution.speaker is None:
            embedded = _embedding_subject(first_tok, actors, spans)
            if embedded is not None and (
                embedded.speaker is not None
                # an unnamed subject only for a quote long enough to be someone's words, and
                # never over a source the sentence already gives ("according to a report")
                or (words >= min_words and (attribution is None or attribution.start is None))
            ):
                attribution = embedded
        if attribution is None or attribution.speaker is None:
            own_source = attribution is not None and attribution.start is not None
            attribution = (
                _said_before(doc, sent_first, q, actors, spans, across_lines=not own_source)
                or attribution
            )
        if attribution is None or attribution.start is None:
            attribution = _announced(doc, lo, q, actors, spans) or attribution
        if (
            attribution is not None
            and attribution.speaker is None
            and attribution.start is not None
            and text[attribution.start : attribution.end].lower() in _PRONOUNS_PERSON
            and previous is not None
            and previous.speaker is not None
            # not across the sexes: "he said" after Hillary Clinton's quote is not hers
            and first_name_gender(previous.speaker, only=True)
            in {None, _SEX[text[attribution.start : attribution.end].lower()]}
        ):
            # "he said" with no person recognised before: the last speaker we attributed.
            attribution = _Attribution(
                speaker=previous.speaker,
                start=attribution.start,
                end=attribution.end,
                via=attribution.via,
                distance=attribution.distance,
            )
        sentence = doc[lo : sent_last.end].text.strip()
        if attribution is None or attribution.speaker is None:
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
                continue
            if (attribution is None or attribution.start is None) and said_by_narrator(
                doc[lo:hi], spans, CUE_LEMMAS
            ):
                # '"Okay," I said': the writer's words, nobody's continued, and a break in
                # the previous speaker's run
                previous = _direct(content, q, sentence, (None, None, None, None))
                if words >= min_words:
                    found.append(previous)
                continue
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
            if introduced is not None:
                # "X, 17, who works at …, also heard the blast." / "At first I thought …":
                # the person the sentence before introduces, not the previous speaker
                found.append(_direct(content, q, sentence, (*introduced, None)))
                previous = found[-1]
                continue
            if (
                previous is not None
                and not _heading(text, q)
                and _continues(doc, previous, q, actors, spans)
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
                continue
            if words < min_words:
                continue
            found.append(_direct(content, q, sentence, (None, None, None, None)))
            previous = found[-1]
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
    found.extend(_indirect(doc, actors, spans))
    found.sort(key=lambda f: f.start)
    return found


_MEDIUM_PATH = frozenset({"prep", "pobj", "acl", "agent", "dobj"})


def _reported_clause(verb: Token) -> Token | None:
    """The clause a speech verb reports: its complement, or a ``that``-clause hanging from the
    medium (``X said in a statement issued by her office that …``, parsed as the content of
    "statement")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is not None:
        return clause
    for cand in verb.subtree:
        if cand.i <= verb.i or cand.dep_ not in {"acl", "ccomp"}:
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in cand.children):
            continue
        node = cand.head
        while node.i != verb.i and node.dep_ in _MEDIUM_PATH:
            node = node.head
        if node.i == verb.i:
            return cand
    return None


def _relayed(clause: Token, reporter: Token, actors: ArticleActors) -> tuple[Token, Token] | None:
    """(speaker, their words) when a medium reports someone's speech: in "X vowed to …, state
    media reported" the medium's clause is itself X's speech verb. None otherwise."""
    if not _is_media(reporter, actors) or reporter.ent_type_ == "PERSON":
        return None
    if clause.lemma_ not in CUE_LEMMAS or clause.pos_ != "VERB":
        return None
    speaker = _subject(clause)
    words = next((c for c in clause.children if c.dep_ in {"ccomp", "xcomp"}), None)
    if speaker is None or words is None or speaker.lower_ in _FIRST_PERSON:
        return None
    return speaker, words


_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})


def _garbled_report(verb: Token, clause: Token, content: str) -> bool:
    """Reported words a reader could not trust as what was said: cut at a comma ("… flew in
    the helicopter," while the sentence goes on), a clause with no subject or verb of its own
    ("a trawler that the navy said was a pirate vessel", "declared polar bears a threatened
    species"), or the words of a participle hanging without a comma from a noun ("a distress
    call from the ship saying it was under attack": whose words is unclear)."""
    if content.rstrip().endswith(","):
        return True
    if clause.pos_ not in {"VERB", "AUX"} or clause.left_edge.i <= verb.i <= clause.right_edge.i:
        return True  # no verb, or the words take in their own speech verb ("that X said was")
    if any(c.dep_ in _OWN_SUBJECT and c.tag_ in {"WDT", "WP"} for c in clause.children):
        return True  # "what officials said were …": the subject is extracted
    if not any(c.dep_ in _OWN_SUBJECT for c in clause.children) and not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
    ):
        return True
    if verb.tag_ == "VBG" and not any(c.dep_ in _OWN_SUBJECT for c in verb.children):
        before = verb.doc[verb.i - 1] if verb.i else None
        return before is None or before.text not in {",", "—", "–", "-", "("}
    return False


def _indirect(doc: Doc, actors: ArticleActors, spans: list[QuoteSpan]) -> list[FoundQuote]:
    """``X said (that) …`` outside quotation marks."""
    out: list[FoundQuote] = []
    for sent in doc.sents:
        for tok in sent:
            if tok.lemma_ not in _INDIRECT_LEMMAS or tok.pos_ != "VERB" or _inside(tok.idx, spans):
                continue
            clause = _reported_clause(tok)
            if clause is not None and (
                _inside(clause.idx, spans) or _inside(clause.left_edge.idx + 1, spans)
            ):
                continue  # the reported words open a direct quote: not indirect speech
            subj = _subject(tok)
            if clause is None or subj is None or subj.lower_ in _FIRST_PERSON:
                continue
            via = _via_in(sent, subj, actors)
            relayed = _relayed(clause, subj, actors)
            if relayed is not None:
                # "X vowed to …, state media reported": X's words, via state media.
                via = _actor_or_phrase(subj, actors)
                subj, clause = relayed
            left, right = clause.left_edge.i, clause.right_edge.i + 1
            content = doc[left:right].text.strip()
            if content.lower().startswith(("that ", "to ")):
                content = content.split(" ", 1)[1]
            if len(content.split()) < 3 or _garbled_report(tok, clause, content):
                continue
            name, s, e = resolve_speaker_token(subj, actors, spans, bare_nouns=False)
            if name is None:
                continue
            out.append(
                FoundQuote(
                    text=content,
                    start=doc[left].idx,
                    end=doc[right - 1].idx + len(doc[right - 1].text),
                    speaker=name,
                    speaker_start=s,
                    speaker_end=e,
                    via=via,
                    kind="indirect",
                    sentence=sent.text.strip(),
                )
            )
            break
    return out
