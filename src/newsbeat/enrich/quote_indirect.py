"""Indirect speech: ``X said (that) …`` outside quotation marks.

:func:`indirect_quotes` takes the clause a speech verb reports (its complement, or a
``that``-clause hung from the medium: ``X said in a statement issued by her office that …``),
gives it to the verb's subject, or to the speaker a medium relays (``X vowed to …, state media
reported``: X's words via state media), and drops reported words a reader could not trust as
what was said (cut at a comma, no subject or verb of their own, a participle hanging off a
noun, a report of telling cut from what was told: "Some witnesses told police [that …]").

Nor is a speech verb that says nothing (read on real news by reader21: "He declined to say
whether the church had received threats" printed as the pastor's words, and agreed across
outlets): a negated verb (``couldn't say if …``, ``would not say where …``), one a refusal or an
inability governs (``declined to say``, ``refused to confirm``, ``was unable to say``), and a
clause that asks rather than states (``said whether …``) report no words (:func:`_says_nothing`).
A negation on a verb that refuses nothing does not count (``did not hesitate to say …`` says
it), and a second speech verb the parse joins to the reported clause ends the words
(``not only said the plan had failed but also warned …``: :func:`_reported_end`).

What a recording shows, reported (``The Herald said a video of Holm showed her saying …``), is
no one's words but the recorded person's: the reporter is given none (fixleft22). Words two
named actors report together (``The IMF and the World Bank said in a joint statement
that …``) are given to neither (fixleft22: one of them alone was shown as the speaker); since
speak31 the quote is kept with both names in ``speakers`` when each is a person or an
organisation joined by "and" (before, it was dropped).

Read on real news by reader23: a clause that asks and ends its line at a colon (``explained
how she sees her role:``) announces words and says none, and narration about the speaker by
name that ends in his quoted phrase (``…, President Ortiz named Dr. Oram the "nation's
doctor," Ortiz said``) is the writer's, not his words; an organisation reporting that users
"are continuing to face" problems is not relaying the users' speech ("continue" there is no
verb of saying).

A report by people the text does not name (``Witnesses said …``, ``officials say``, ``a police
source said``: :func:`~newsbeat.enrich.quote_unnamed.unnamed_teller`) is kept since quotes34
with no speaker and the subject's span (read33 counted such reports left out); a named
speaker's report in the same sentence is taken before it.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.doc_arrays import doc_arrays, indices_in, sentence_bounds, word_ids
from newsbeat.enrich.doc_text import span_text
from newsbeat.enrich.quote_attribution import CUE_LEMMAS, TO_HEARERS
from newsbeat.enrich.quote_issuers import verb_subject as _subject
from newsbeat.enrich.quote_joint import joint_span, joint_speakers
from newsbeat.enrich.quote_media import actor_or_phrase, is_media, via_in
from newsbeat.enrich.quote_records import FoundQuote, inside
from newsbeat.enrich.quote_unnamed import plain_report, unnamed_teller
from newsbeat.enrich.relation_plans import FUTURE_AUX
from newsbeat.enrich.speaker_tokens import FIRST_PERSON, resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = ["indirect_quotes"]


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
        # no "deny": what "X denied that …" reports is what X says is untrue, not X's words
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


_MEDIUM_PATH = frozenset({"prep", "pobj", "acl", "agent", "dobj"})


def _reported_clause(verb: Token) -> Token | None:
    """The clause a speech verb reports: its complement, or a ``that``-clause hanging from the
    medium (``X said in a statement issued by her office that …``, parsed as the content of
    "statement")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _closed_off(c, verb)]
    if clauses:
        # "There were reports the store was looted; the spokeswoman said only that the tills
        # were not robbed": the clause after the verb is its words, not the narration (spk37)
        return next((c for c in clauses if c.i > verb.i), clauses[0])
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


def _closed_off(clause: Token, verb: Token) -> bool:
    """Whether a complement can be what its verb reports: one after the verb, or one before it
    closed by punctuation ("The bank was damaged, police said"). Narration running into the
    speaker ("The knee was examined over the weekend and coach Sean Payton said that …") is
    not the words reported."""
    if clause.i > verb.i:
        return True
    last = clause.right_edge
    subject = next((c for c in verb.lefts if c.dep_ in {"nsubj", "nsubjpass"}), None)
    end = subject.left_edge.i if subject is not None and subject.i > last.i else verb.i
    # "…, until 5 a.m. Saturday, the Daily News reported": the verb's own words may stand
    # between the clause and the comma
    return last.is_punct or any(t.is_punct for t in clause.doc[last.i + 1 : end])


# verbs whose object is the one who hears the words: with none, a passive subject is it


# What records someone's words: "a video of Holm showed her saying …" tells her words, which
# the recording's reporter did not say.
# Not "film" ("his film was better received"): a work, whatever it shows.
_RECORDINGS = frozenset({"video", "footage", "recording", "clip", "tape", "audio"})
_SHOWING = frozenset({"show", "capture", "depict", "feature", "reveal"})


def _recording_shows(clause: Token) -> bool:
    """Whether the reported clause tells what a recording shows ("the Herald said a video of
    Holm showed her saying …"): someone else's words, not the reporter's. What the reporter
    says of the recording itself ("said the footage was filmed in May") stays."""
    subj = _subject(clause)
    return (
        subj is not None
        and subj.lemma_.lower() in _RECORDINGS
        and clause.lemma_.lower() in _SHOWING
    )


def _hearer(verb: Token, subj: Token) -> bool:
    """Whether a speech verb's subject hears the words rather than says them: a passive
    subject ("Holm was told by her doctor that …", "He was said to be ill"), or the passive
    subject a "tell" with no hearer of its own shares ("a bank had been contacted by an
    individual and told that a bomb had been planted": the caller speaks)."""
    if subj.dep_ != "nsubjpass":
        return False
    if subj.head.i == verb.i:
        return True
    return verb.lemma_ in TO_HEARERS and not any(
        c.dep_ in {"dobj", "dative", "iobj"} for c in verb.children
    )


_ASKED = frozenset({"dobj", "dative", "iobj"})


def _relayed(clause: Token, reporter: Token, actors: ArticleActors) -> tuple[Token, Token] | None:
    """(speaker, their words) when a medium reports someone's speech: in "X vowed to …, state
    media reported" the medium's clause is itself X's speech verb. None otherwise, and None
    for a request to someone ("X asked Y to serve as …": Y's act, no words of X's)."""
    if not is_media(reporter, actors) or reporter.ent_type_ == "PERSON":
        return None
    if clause.lemma_ not in CUE_LEMMAS or clause.pos_ != "VERB":
        return None
    speaker = _subject(clause)
    words = next((c for c in clause.children if c.dep_ in {"ccomp", "xcomp"}), None)
    if speaker is None or words is None or speaker.lower_ in FIRST_PERSON:
        return None
    if clause.lemma_ == "continue" and words.dep_ == "xcomp":
        return None  # "Acme said users are continuing to face …": Acme's words, no speech
    if words.dep_ == "xcomp" and any(c.dep_ in _ASKED for c in clause.children):
        # "X has asked Y to serve as …, CNN reported": what Y is asked to do, not X's words
        return None
    return speaker, words


_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
# Words that refuse or cannot do what their "to"-clause says (our own list).
_REFUSING = frozenset({"decline", "refuse", "unable", "fail", "reluctant", "unwilling"})
# Words that refuse or cannot when negated ("not able to say", "did not want to say"); not
# "hesitate", "wait" or "help": "did not hesitate to say" says it.
_REFUSING_NEGATED = frozenset({"able", "willing", "prepared", "ready", "want", "care"})
_CLIMB_CONTROL = 3  # "did not want to be able to say": heads climbed above the speech verb


# Subordinators that make a clause a time or a cause of the saying, not what was said: 'X said
# before Kelly appeared on the scene' (read28: given as X's words when the parse hung the
# clause on "said" as its complement).
_CIRCUMSTANCE_MARKS = frozenset(
    {"before", "after", "when", "while", "until", "till", "since", "once", "as", "because"}
)


def _says_nothing(verb: Token, clause: Token) -> bool:
    """Whether a speech verb reports no words (see the module docstring): it is negated, a
    refusal or an inability governs it through "to" ("declined to say", "was not able to
    say"), its clause is a question ("whether …") or only tells when or why it was said
    ("said before Kelly appeared"). A negation on any other verb above it counts for nothing
    ("did not hesitate to say")."""
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in clause.children):
        return True
    first = clause.left_edge  # "notes that while …, rules …": a "that" opens the words
    if first.dep_ == "mark" and first.head.i == clause.i and first.lower_ in _CIRCUMSTANCE_MARKS:
        return True
    if _negated(verb):
        return True
    node = verb
    for _ in range(_CLIMB_CONTROL):
        if node.dep_ not in {"xcomp", "acomp"} or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_ in _REFUSING or (node.lemma_ in _REFUSING_NEGATED and _negated(node)):
            return True
    return False


def _negated(tok: Token) -> bool:
    """Whether a word carries a negation of its own ("not", "n't", "never")."""
    return any(c.dep_ == "neg" for c in tok.children)


_JOINING_MARKS = frozenset({",", ";", "—", "–", "-"})


def _reported_end(clause: Token) -> int:
    """Where the reported words end (a token index, exclusive): at the clause's end, or before a
    speech verb the parse joined to the clause with no subject of its own ("Velt not only said
    the plan had failed but also warned …": "warned" is Velt's, not the plan's)."""
    end = clause.right_edge.i + 1
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.lemma_ not in _INDIRECT_LEMMAS or conj.pos_ != "VERB":
            continue
        if any(c.dep_ in _OWN_SUBJECT for c in conj.children):
            continue
        cut = conj.left_edge.i
        while cut - 1 > clause.i and (
            clause.doc[cut - 1].dep_ == "cc" or clause.doc[cut - 1].text in _JOINING_MARKS
        ):
            cut -= 1  # "… but also warned", "…, and warned"; a closing quote mark stays
        end = min(end, cut)
    return end


def _run_on_clauses(verb: Token, clause: Token, right: int) -> int:
    """Where the reported words end when the parse split them into complements of the verb
    that touch (read37: "The Agency reports Saints running back X (knee) will miss the rest
    of the season" parsed as "Saints running … X" and "will miss …", two complements of
    "reports"): a later complement opening right where the words end, nothing between, goes
    on with them. A comma, a conjunction or any word between keeps it apart."""
    if clause.i < verb.i or right != clause.right_edge.i + 1:
        return right
    for later in sorted(
        (c for c in verb.children if c.dep_ == "ccomp" and c.i > clause.i), key=lambda c: c.i
    ):
        doc = verb.doc
        if later.left_edge.i != right or {doc[right - 1].text, doc[right].text} & _JOINING_MARKS:
            break  # a comma between: "the port is shut, the ships are gone"
        right = _reported_end(later)
        if right != later.right_edge.i + 1:
            break  # cut at a speech verb of its own
    return right


def _discourse_said(clause: Token) -> bool:
    """Whether the reported clause is the idiom "that (being) said" (read38: 'That being said,
    "people with … shouldn't panic …," he said' parsed with "That being said" as what "he
    said" reports): a phrase that turns the argument, no words of anyone's; the quote in
    marks is what the verb attributes."""
    return clause.lemma_ == "say" and any(
        c.dep_ == "nsubjpass" and c.lower_ in {"that", "this"} for c in clause.children
    )


def _garbled_report(verb: Token, clause: Token, content: str) -> bool:
    """Reported words a reader could not trust as what was said: cut at a comma ("… flew in
    the helicopter," while the sentence goes on), a clause with no subject or verb of its own
    ("a trawler that the navy said was a pirate vessel", "declared polar bears a threatened
    species"), or the words of a participle hanging without a comma from a noun ("a distress
    call from the ship saying it was under attack": whose words is unclear)."""
    if content.rstrip().endswith(","):
        return True
    if _told_without_its_words(clause) or _tells_nothing(clause):
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


# Words opening a clause that asks rather than states ("how she sees her role").
_WH_WORDS = frozenset({"how", "what", "why", "where", "when", "who", "which"})


def _leads_in(doc: Doc, right: int) -> bool:
    """Whether the reported words end at a colon that ends their line. With a clause that
    asks (``explained how she sees her role:``) they announce the words on the next line and
    say nothing; a "that" clause (``noted that agencies must meet one of these
    conditions:``) says something."""
    if right >= len(doc) or doc[right].text != ":":
        return False
    return right + 1 == len(doc) or "\n" in doc[right].whitespace_ + doc[right + 1].text


def _narrated_before_quote(
    verb: Token, clause: Token, words: Span, actors: ArticleActors, spans: list[QuoteSpan]
) -> bool:
    """``As politicos watch the hearings, President Ortiz named Dr. Oram the "nation's
    doctor," Ortiz said.``: words reported before the verb that tell what the speaker did,
    by name, and end in a direct quote. The quote is what the verb attributes; the rest is
    the writer's narration about the speaker, not the speaker's words. ("The ships will
    reach Velmar "within weeks," Brenn said" reports his words: its subject is no speaker;
    nor is a plan of the speaker's own, "Ruiz will sign the bill "within days," Ruiz said":
    what is still to be done the writer knows from her.)"""
    if words.start > verb.i or not len(words):
        return False
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in clause.children):
        return False
    first, end = words.start_char, words.end_char
    if not any(first < q.start and abs(end - q.end) <= _QUOTE_END_SLACK for q in spans):
        return False
    doer, speaker = _subject(clause), _subject(verb)
    if doer is None or speaker is None or doer.pos_ != "PROPN":
        return False
    named = actors.actor_at(doer.idx, doer.idx + len(doer.text))
    says = actors.actor_at(speaker.idx, speaker.idx + len(speaker.text))
    return named is not None and says is not None and named.actor == says.actor


# Characters between a quote's content and the end of the words reported ('…, "' / '…"').
_QUOTE_END_SLACK = 3


def _cut_inside_quote(words: Span, spans: list[QuoteSpan]) -> bool:
    """Whether reported words that open outside quotation marks end inside a quote that goes
    on past them ('Bringing in X is "a stretch for the show, but at this stage, …," Pond
    said', read39: the parse ended the clause at "but", an open mark kept): the quote's own
    rules attribute the words in the marks; the cut clause says nothing whole."""
    if not len(words):
        return False
    doc, first, end = words.doc, words.start_char, words.end_char
    for q in spans:
        if q.start <= first < q.end or not q.start < end < q.end:
            continue
        # the quote goes on with words, not only a closing full stop or comma ("hitting
        # "everyone."", '"within the next few days," Ortiz said')
        k = words.end
        while k < len(doc) and doc[k].idx < q.end:
            if any(c.isalnum() for c in doc[k].text):
                return True
            k += 1
    return False


def _told_without_its_words(clause: Token) -> bool:
    """Whether the reported clause is itself a report whose words the parse hung elsewhere:
    its verb is one of saying and the "that" of what was said comes right after it ("Some
    witnesses told police [that when the shooter walked in, he looked …], the chief said":
    the frame alone, "Some witnesses told police", says nothing the chief reported)."""
    after = clause.right_edge.i + 1
    doc = clause.doc
    return (
        clause.lemma_ in _INDIRECT_LEMMAS
        and after < len(doc)
        and doc[after].lower_ == "that"
        and doc[after].dep_ == "mark"
    )


# What a reported verb of saying may carry that says something: a clause, a thing told, a
# topic ("told them about the fire").
_TOLD_CONTENT = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "prep", "dative", "attr"})


def _tells_nothing(clause: Token) -> bool:
    """Whether the reported clause is a verb of saying that tells nothing itself: only whom
    ('"…," he said he told them': what he told them is the quote before, spk37), no clause,
    no topic, no object but a pronoun of people ("told her everything" says little but is
    kept)."""
    if clause.lemma_ not in _TELLING or not any(c.dep_ == "nsubj" for c in clause.children):
        return False  # "such cases can never be predicted", "attacks had been reported": said
    for child in clause.children:
        if child.dep_ == "ccomp" and _tells_nothing(child):
            continue  # "he said he told them": a report of a report of nothing
        if child.dep_ in _TOLD_CONTENT:
            return False
        if child.dep_ == "dobj" and child.lower_ not in _PEOPLE_PRONOUNS:
            return False
    return True


_PEOPLE_PRONOUNS = frozenset({"them", "him", "her", "us", "me", "you"})
_HEDGED_THAT = ("only that ", "merely that ", "simply that ")
_TELLING = frozenset({"tell", "say"})


def _inside_another_report(verb: Token, clause: Token) -> bool:
    """Whether the speech verb and its words hang inside another speaker's report that opens
    the sentence ("Witnesses said the shooter used a rifle, Lt. Ola Brin said", parsed as
    the witnesses saying both): the words are the first speaker's, which the second relays;
    given to the second they would say more than he did (read29 unseen text)."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and head.i < clause.i < verb.i
        and head.lemma_ in _INDIRECT_LEMMAS
        and head.pos_ == "VERB"
    )


def _subject_past_another(verb: Token) -> bool:
    """Whether a speech verb with no subject of its own, joined by "and" to a verb before it,
    has another clause's subject between the two (``He hit a rival … after the rival flashed
    signs and said …``, parsed as "He … said"): whose words they are, the parse cannot say,
    and the nearer subject is as likely the speaker as the one it gives (read29 unseen
    text)."""
    if verb.dep_ != "conj" or any(c.dep_ in _OWN_SUBJECT for c in verb.children):
        return False
    head = verb.head
    return any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and t.head.dep_ in _SIDE_CLAUSES  # not "couldn't say if anyone was …, but said …"
        and t.tag_ not in {"WDT", "WP"}
        and head.i < t.head.i < verb.i
        for t in verb.doc[head.i + 1 : verb.i]
    )


# Clauses that tell when or why (not what the first verb says or asks, nor a relative
# clause: "defended his plans, which foresee cuts, and said …" is still his).
_SIDE_CLAUSES = frozenset({"advcl"})


def indirect_quotes(doc: Doc, actors: ArticleActors, spans: list[QuoteSpan]) -> list[FoundQuote]:
    """``X said (that) …`` outside quotation marks."""
    from spacy.symbols import VERB  # loaded with a parse

    out: list[FoundQuote] = []
    arrays = doc_arrays(doc)
    wanted, pos = word_ids(_INDIRECT_LEMMAS), arrays.pos
    verbs = [i for i in indices_in(arrays.lemma, wanted) if pos[i] == VERB]
    if not verbs:
        return out
    for start, end in sentence_bounds(doc):
        # the sentence's verbs of those lemmas: no other token passes the first test
        here = verbs[bisect_left(verbs, start) : bisect_left(verbs, end)]
        if not here:
            continue  # no span made for a sentence without one
        sent = doc[start:end]
        unnamed: FoundQuote | None = None  # the first report of a teller nobody names
        for i in here:
            tok = doc[i]
            if tok.lemma_ not in _INDIRECT_LEMMAS or tok.pos_ != "VERB" or inside(tok.idx, spans):
                continue
            clause = _reported_clause(tok)
            if clause is not None and (
                inside(clause.idx, spans) or inside(clause.left_edge.idx + 1, spans)
            ):
                continue  # the reported words open a direct quote: not indirect speech
            subj = _subject(tok)
            if clause is None or subj is None or subj.lower_ in FIRST_PERSON:
                continue
            if _discourse_said(clause):
                continue  # 'That being said, "…," he said': the marks hold his words
            if _subject_past_another(tok):
                continue  # "… after the rival flashed signs and said …": not the "He" before
            if _hearer(tok, subj):
                continue
            together = joint_speakers(subj, actors)
            if together is None:
                continue  # "A and B said" with a name that speaks for nobody: no one's
            via = via_in(sent, subj, actors)
            relayed = _relayed(clause, subj, actors)
            if relayed is not None and together:
                continue  # "A and B reported X vowed …": as before speak31, no quote
            if relayed is not None:
                # "X vowed to …, state media reported": X's words, via state media.
                via = actor_or_phrase(subj, actors)
                subj, clause = relayed
            left, right = clause.left_edge.i, _reported_end(clause)
            right = _run_on_clauses(tok, clause, right)
            content = span_text(doc[left:right]).strip()
            if content.lower().startswith(_HEDGED_THAT):
                content = content.split(" ", 1)[1]  # "said only that …" (spk37)
            if content.lower().startswith(("that ", "to ")):
                content = content.split(" ", 1)[1]
            if len(content.split()) < 3 or _garbled_report(tok, clause, content):
                continue
            if _cut_inside_quote(doc[left:right], spans):
                continue  # 'X is "a stretch, but …," Pond said': the marks hold his words
            if _leads_in(doc, right) and content.split(" ", 1)[0].lower() in _WH_WORDS:
                continue  # "Dr. Oram explained how she sees her role:": what follows says it
            if _narrated_before_quote(tok, clause, doc[left:right], actors, spans):
                continue  # '…, the "leading spokesperson …," Obama said': his words are those
            if _inside_another_report(tok, clause):
                continue  # "Witnesses said X, the officer said": the witnesses' words
            if _says_nothing(tok, clause) or _recording_shows(clause):
                continue  # "declined to say whether …": no words of his
            if together:
                # "A and B said …": both say it, neither alone (speak31)
                name, (s, e) = None, joint_span(subj)
            else:
                name, s, e = resolve_speaker_token(subj, actors, spans, bare_nouns=False)
                if name is None and not (
                    unnamed_teller(subj) and plain_report(tok, clause, _INDIRECT_LEMMAS)
                ):
                    continue
            found = FoundQuote(
                text=content,
                start=doc[left].idx,
                end=doc[right - 1].idx + len(doc[right - 1].text),
                speaker=name,
                speaker_start=s,
                speaker_end=e,
                via=via,
                kind="indirect",
                sentence=span_text(sent).strip(),
                speakers=together,
            )
            if name is None and not together:
                # "Witnesses said …" (quotes34): nobody named, the span kept; a named
                # speaker's report in the same sentence comes first ("Some neighbours told
                # police that …, Chief Brandt said": his words)
                unnamed = unnamed or found
                continue
            out.append(found)
            break
        else:
            if unnamed is not None:
                out.append(unnamed)
    return out
