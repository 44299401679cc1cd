"""The game or part of a game a figure is counted in (a slot's ``occasion``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.claim_subjects import PRONOUN_SUBJECTS, _subject_holder

if TYPE_CHECKING:
    from spacy.tokens import Token


# fmt: off
# The game, the part of a game or the series of games a figure is counted in: "blocked two
# shots during the deciding run" is not the game's six; "in Tuesday's game" is not Saturday's.
_OCCASIONS = frozenset({
    "game", "match", "half", "quarter", "period", "inning", "innings", "run", "round", "set",
    "stretch", "overtime", "season", "series", "tournament", "final", "semifinal", "playoff",
    "playoffs", "race", "lap", "leg", "bout", "contest", "start", "outing", "appearance",
    "career", "spell", "session", "minute", "loss", "win", "victory", "defeat", "meeting",
})
_OCCASION_PREPS = frozenset({
    "during", "in", "at", "over", "throughout", "against", "before", "after", "since", "through",
})
# The phase of play a score is made in ("six touchdowns on offense", "three on punt
# returns"): "on" names an occasion only with these, and not for a sum ("spends $15 billion
# on defense"). Not "on 106 carries": what a total was made of is no occasion.
_PLAYS = frozenset({
    "offense", "offence", "defense", "defence", "return", "runback", "kickoff", "punt",
    "interception", "fumble",
})
# "in the game", "in the match": the story's own game, the same as saying nothing.
_OWN_OCCASIONS = frozenset({"game", "match", "contest", "fight", "bout", "race", "final"})
# fmt: on


def _occasion(event: Token | None, noun: Token | None, number: Token) -> str | None:
    """The occasion a figure is counted in, from the prepositions of its verb: "during the
    game's deciding 15 - 2 run", "in Tuesday's game", "in the second half", "against Drake"
    (an opponent names a game). A prepositional phrase fronted before the verb whose subject
    the figure's verb shares covers it too ("During the run, X scored ... and blocked two
    shots"). None when there is none, or when it is just "the game" of the story.
    """
    for prep in noun.children if noun is not None else ():  # "six shots against Drake"
        if (
            prep.dep_ == "prep"
            and prep.lower_ in _PHRASE_PREPS
            and (found := _occasion_phrase(prep))
        ):
            return found
    if event is None or event.pos_ not in {"VERB", "AUX"}:
        return _fronted_occasion(number)
    verbs = [event]
    holder = event
    while (h := _subject_holder(holder)).i != holder.i:
        holder = h
        verbs.append(holder)
    for n, verb in enumerate(verbs):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PHRASE_PREPS:
                continue
            if n and prep.i > verb.i:
                continue  # a later phrase of the governing verb is its own ("scored 11 in the
                # second half, grabbed 11 rebounds and blocked six shots")
            if prep.lower_ == "on" and (noun is None or noun.dep_ != "dobj" or noun.head != verb):
                continue  # "scored six touchdowns on offense": the play of the verb's object
                # only, not of a figure beside it ("spends $15 billion on defense with 177,000
                # soldiers")
            if found := _occasion_phrase(prep):
                return found
    return _fronted_occasion(event if event.i < number.i else number)


def _fronted_occasion(tok: Token) -> str | None:
    """A sentence opening on an occasion, up to its first comma or its subject ("During the
    game ’ s deciding 15 - 2 run, ..."; "In 54 games with the Angels he hit .358"), read from
    the words: the parser often attaches such an opening to the wrong verb. The figure (or its
    verb, ``tok``) must come after it."""
    sent = tok.sent
    opening = sent[0]
    if opening.lower_ not in _OCCASION_PREPS or opening.lower_ in {"at", "since"}:
        return None
    close = next(
        (
            t
            for t in sent[1:14]
            if t.text == "," or t.dep_ == "nsubj" or t.lower_ in PRONOUN_SUBJECTS
        ),
        None,
    )
    if close is not None and close.dep_ == "nsubj":
        close = close.left_edge  # "In 54 games with the Lions Tom Reyes hit ...": up to Tom
    if close is None or close.i >= tok.i or close.i <= opening.i:
        return None
    words = sent.doc[opening.i : close.i]
    nouns = [t for t in words if t.lemma_.lower() in _OCCASIONS and t.pos_ == "NOUN"]
    dated = any(t.ent_type_ == "DATE" for t in words) and bool(nouns)
    if not nouns or (not dated and [t.lower_ for t in words[1:]] in _BARE_OWN):
        return None
    return " ".join(t.lower_ for t in words if t.dep_ != "det" and not t.is_punct)


_BARE_OWN = [["the", noun] for noun in sorted(_OWN_OCCASIONS)]


def _occasion_phrase(prep: Token) -> str | None:
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None:
        return None
    if obj.dep_ == "pcomp":  # "during the game's deciding run": the run
        obj = next((c for c in obj.children if c.dep_ == "dobj"), obj)
    lemma = obj.lemma_.lower()
    if prep.lower_ == "on" and lemma not in _PLAYS:
        return None  # "on Monday", "on the island": no phase of play
    # "Tuesday's game", "the March 3 match" (not "its first week": a period, see time_ref)
    dated = any(
        c.dep_ in {"poss", "compound"} and c.ent_type_ == "DATE" and c.pos_ in {"PROPN", "NOUN"}
        for c in obj.children
    )
    opponent = prep.lower_ == "against" and (obj.pos_ == "PROPN" or obj.ent_type_ in _TEAMS)
    if prep.lower_ == "on":
        return " ".join(t.lower_ for t in prep.subtree if t.dep_ != "det" and not t.is_punct)
    if not (lemma in _OCCASIONS or dated or opponent):
        return None
    words = [t.lower_ for t in prep.subtree if t.dep_ != "det" and not t.is_punct]
    if words[1:] == [lemma] and lemma in _OWN_OCCASIONS and not dated:
        return None
    return " ".join(words)


_TEAMS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
_PHRASE_PREPS = _OCCASION_PREPS | {"on"}


def _phase_kept(occasion: str | None, unit: str | None) -> str | None:
    """A phase of play ("on offense") is the occasion of a count only, not of a measure or a
    sum ("spends $15 billion on defense")."""
    return None if occasion and occasion.startswith("on ") and unit is not None else occasion
