"""Who a claim's claimant is when the text names it by a common noun.

``… across Facebook's platforms, according to the company``: a claimant written as a definite
body-kind noun (``the company``, ``the airline``, ``the bank``) is the one organisation the
sentence names before it, or else the organisation the text is about
(:func:`~newsbeat.enrich.speaker_roles.salient_body`, as a quote's "the company said" is);
when neither is found the noun stays as written, as before. "it" and "they" are read as a
quote's "it said" is: the organisation that is a subject just before, else nobody (never the
last organisation named, which is the pronoun's referent too rarely). "According to X"
tells the figures of the whole sentence but of a conjunct clause whose subject is another
named actor ("According to data released by X, capacity reached 2.4 GW and Norvia plans to
install 12 GW": the 12 GW is Norvia's plan, not X's data; "… and imports fell 3%" stays X's).
A document that finds or shows a figure tells it for whoever issued it ("A report from the
Harlow Institute found that 12% …", "The Budget Office's projections show a deficit of …":
:func:`document_finds`; only a body named in the document's own phrase, :func:`named_within`),
and an estimate in the passive is its agent's ("The deficit is
projected by the Budget Office to reach …": :func:`passive_agent`). A teller closing the
sentence tells the figures before its comma (:func:`tail_teller`), and so does one closing an
earlier clause, but not past another teller closing the sentence ("9 percent, the IMF says, and
growth will slow to 2 percent, the World Bank projects": the 2 percent is the World Bank's,
:func:`closes_before`; "…, analysts said" tells the 2 percent for nobody named). Two named
actors joined as the subject tell a figure together ("The IMF and the World Bank said …": the
claimant "IMF and World Bank", never one of them alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_team_tellers import TEAM_NOUNS, team_teller
from newsbeat.enrich.doc_arrays import lowers, texts
from newsbeat.enrich.speaker_roles import BODY_KINDS, bare_definite, salient_body
from newsbeat.enrich.speaker_tokens import joint_actors, resolve_speaker_token

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

__all__ = [
    "according_covers",
    "claimant_of",
    "closes_before",
    "document_finds",
    "named_within",
    "passive_agent",
    "slashed_pair",
    "tail_teller",
]

_NAMED = frozenset({"ORG", "GPE", "PERSON", "NORP"})


def claimant_of(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The claimant a subject or "according to" object names (see the module docstring);
    ``inside`` tells whether a character is inside a direct quote."""
    if tok.lower_ in {"it", "they"}:
        # as a quote's "it said": the organisation that is a subject just before, never the
        # last one named ("its order of 30 Orsa jets, it announced …" is not Orsa's)
        return resolve_speaker_token(tok, actors, [], bare_nouns=False)[0]
    joint = joint_actors(tok, actors)
    if len(joint) > 1:
        return " and ".join(joint)  # "The IMF and the World Bank said …": both tell it
    name, start, end = resolve_speaker_token(tok, actors, [])
    if name is not None and tok.lemma_.lower() in TEAM_NOUNS and bare_definite(tok):
        return team_teller(tok, actors, inside)  # "…, the team said": the team, or no one
    if name is not None:
        name = slashed_pair(name, start, end, actors)
    if name is None or not bare_definite(tok) or tok.lemma_.lower() not in BODY_KINDS:
        return name
    return _named_before(tok, actors, inside) or salient_body(tok, actors, inside) or name


def slashed_pair(name: str, start: int, end: int, actors: ArticleActors) -> str:
    """``a CNN/ORC poll``: two names written as one with a slash and no space between are one
    claimant (the pair that ran the poll), not the name the parse made the head. ``name`` is
    the actor mentioned at ``start..end``; the pair is returned as written when both are
    organisations touching across the slash ("Israel/Gaza" names no pollster)."""
    mention = actors.actor_at(start, end)
    if mention is None or mention.label != "ORG":
        return name
    text = actors.text
    first, last = mention.start, mention.end
    for other in actors.mentions:
        if other.label != "ORG" or other.start == first:
            continue
        if other.end + 1 == first and text[other.end] == "/":
            first = other.start
        elif last + 1 == other.start and text[last] == "/":
            last = other.end
    return text[first:last] if (first, last) != (mention.start, mention.end) else name


def _named_before(tok: Token, actors: ArticleActors, inside: Callable[[int], bool]) -> str | None:
    """The one organisation the noun's sentence names before it, outside quotes (None for
    none or several)."""
    sent = tok.sent
    named = {
        m.actor
        for m in actors.mentions
        if m.label == "ORG"
        and sent.start_char <= m.start
        and m.end <= tok.idx
        and not inside(m.start)
    }
    return next(iter(named)) if len(named) == 1 else None


def according_covers(according: Token, pos: int) -> bool:
    """Whether an "according to" phrase tells the figure at character ``pos``: not when the
    figure is in a later conjunct clause of the phrase's verb whose subject is a name."""
    verb = according.head
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < according.i:
            continue
        own = any(c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ in _NAMED for c in conj.children)
        first, last = conj.left_edge, conj.right_edge
        if own and first.idx <= pos < last.idx + len(last.text):
            return False
    return True


# Documents whose findings are their issuer's figures (our own list): "the report found",
# "the figures show". Any other subject of "find" or "show" ("police found 12 bodies", "the
# video shows 12 men") tells nothing.
_DOCUMENTS = frozenset(
    {"report", "study", "survey", "data", "datum", "figure", "statistic", "poll", "analysis"}
    | {"estimate", "projection", "forecast", "review", "audit", "research", "census"}
    | {"assessment", "finding", "count", "tally"}
)
_FINDING = frozenset({"find", "show"})


def document_finds(verb: Token) -> bool | None:
    """For "find" or "show": whether the verb's subject is a document whose findings it gives
    (``A report from X found that …``); None for any other verb."""
    if verb.lemma_ not in _FINDING:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in _DOCUMENTS:
        return False
    # "polls from Monmouth and CNN/ORC respectively show 56% and 54%": whose figure is which
    # the claim cannot say
    return not any(t.dep_ == "conj" for t in subj.subtree)


def passive_agent(verb: Token) -> Token | None:
    """``The deficit is projected by the Budget Office to reach …``: the "by" phrase of a
    passive verb with no subject of its own, else None."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def named_within(tok: Token, name: str, actors: ArticleActors) -> bool:
    """Whether ``name`` is mentioned in the words ``tok`` heads ("the Gallup poll", "a poll by
    X", "X's projections"): a document's issuer is named with it, not found elsewhere."""
    last = tok.right_edge
    start, end = tok.left_edge.idx, last.idx + len(last.text)
    within = {m.actor for m in actors.mentions if start <= m.start and m.end <= end}
    # a slashed pair (slashed_pair) is named when both its names are
    return name in within or ("/" in name and all(p in within for p in name.split("/")))


# Verbs of telling a figure that close a sentence after the teller ("…, the Budget Office
# projects."), in the forms a parse there may read as a plural noun or leave unattached.
_TAIL_VERBS = frozenset(
    {"projects", "estimates", "forecasts", "predicts", "expects", "reports", "says", "said"}
    | {"projected", "estimated", "forecast", "predicted", "reported", "calculates"}
)
_TAIL_MARKS = frozenset({".", "!", '"', "”", "'", "’"})


def _ends_with_telling(doc: Doc, start: int, end: int) -> bool:
    """Whether the last word of tokens ``start`` to ``end`` (spaces and closing marks left
    out, as :func:`_tail` reads them) is a verb of telling, read from the doc's columns (a
    space token is one whose text is whitespace, as spaCy sets ``is_space``)."""
    written = texts(doc)
    for k in range(end - 1, start - 1, -1):
        word = written[k]
        if not (word.isspace() or word in _TAIL_MARKS):
            return lowers(doc)[k] in _TAIL_VERBS
    return False


def _tail(sent: Span, pos: int) -> tuple[list[Token], int] | None:
    """The words of a sentence closing with a comma, a teller and a verb of telling that holds
    the figure at character ``pos`` before that comma, and the comma's place in the words; None
    for any other sentence."""
    if not _ends_with_telling(sent.doc, sent.start, sent.end):
        return None  # most sentences: no token object read
    words = [t for t in sent if not t.is_space]
    while words and words[-1].text in _TAIL_MARKS:
        words.pop()
    if len(words) < 3 or words[-1].lower_ not in _TAIL_VERBS:
        return None
    comma = next((k for k in range(len(words) - 2, -1, -1) if words[k].text == ","), None)
    if comma is None or comma < 1 or pos >= words[comma].idx:
        return None
    return words, comma


def closes_before(teller: Token, pos: int) -> bool:
    """Whether a teller (a verb of telling, or the object of "according to") closes a clause
    before the figure at character ``pos`` while another teller closes the figure's sentence:
    a comma right after the teller's words stands before the figure (``…, the IMF says, and
    growth will slow to 2 percent, the World Bank projects``). That teller tells what precedes
    it; ``Velt said the levy raised …, the Courier reported`` closes nothing."""
    doc = teller.doc
    after = teller.right_edge.i + 1 if teller.dep_ == "pobj" else teller.i + 1
    if after >= len(doc) or doc[after].text != "," or doc[after].idx >= pos:
        return False
    tail = _tail(teller.sent, pos)
    return tail is not None and tail[0][tail[1]].i > after


def tail_teller(sent: Span, pos: int, actors: ArticleActors) -> str | None:
    """``The deficit will reach $1.2 trillion, the Congressional Budget Office projects.``:
    a sentence that ends with a comma, a named body or person and a verb of telling tells the
    figures before the comma for that name, whatever the parse made of the verb ("projects"
    read as the object's plural noun)."""
    tail = _tail(sent, pos)
    if tail is None:
        return None
    words, comma = tail
    first = comma + 1 + (words[comma + 1].lower_ == "the")
    if first >= len(words) - 1:
        return None
    last = words[-2]
    end = last.idx + len(last.text)
    mention = actors.actor_at(words[first].idx, end)
    if mention is None or mention.label not in _NAMED - {"NORP"}:
        return None
    if mention.start not in {words[comma + 1].idx, words[first].idx} or mention.end != end:
        return None  # the name must fill the words between the comma and the verb
    return slashed_pair(mention.actor, mention.start, mention.end, actors)
