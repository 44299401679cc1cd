"""Claims about people's standings: series, clock times, fight records, ages and their holders."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_typo_surnames import misspelt_surname
from newsbeat.enrich.actors import ArticleActors
from newsbeat.enrich.claim_clock import CLOCK, clock_at, clock_event
from newsbeat.enrich.claim_dates import standing_date
from newsbeat.enrich.claim_described_ages import described_ages
from newsbeat.enrich.claim_events import participle_clause
from newsbeat.enrich.claim_figures import ages, stated_ages
from newsbeat.enrich.claim_found import FoundClaim, _claim
from newsbeat.enrich.claim_hedges import _hedge, _range
from newsbeat.enrich.claim_kin import Kin
from newsbeat.enrich.claim_listed_ages import listed_ages
from newsbeat.enrich.claim_named_ages import (
    more_ages,
    person_shaped,
    person_typed_group,
    title_word,
)
from newsbeat.enrich.claim_numbers import WORDS
from newsbeat.enrich.claim_obituary_ages import deceased_of
from newsbeat.enrich.claim_ordinals import ORDINAL, ORDINAL_WORDS, series_at
from newsbeat.enrich.claim_pronouns import named_possessive, named_pronoun
from newsbeat.enrich.claim_records import Record
from newsbeat.enrich.claim_scans import _digit_or_word, _then
from newsbeat.enrich.claim_tables import in_table
from newsbeat.enrich.claim_untyped_names import untyped_person
from newsbeat.enrich.claim_voices import quoted_at
from newsbeat.enrich.doc_arrays import doc_ents, span_ents, token_offsets
from newsbeat.enrich.name_variants import one_name
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.speaker_tokens import resolve_speaker_token

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _whole_claim(claim: FoundClaim, noun: Token | None, number: Token) -> FoundClaim | None:
    """The whole's claim with the event of its own participle clause ("the seven bullets
    *fired* by the officers"), else None: the sentence's verb tells what the part did ("two of
    the five suspects were released": the five were not), and a bare whole is often a ranking's
    size, no count of the story ("two of the 100 richest people", "three of the 50 states")."""
    own = participle_clause(noun, number)
    if own is None:
        return None
    return replace(claim, event=own.lemma_.lower(), subject=None, role=None)


def _series_claims(
    doc: Doc, text: str, actors: ArticleActors, quotes: list[FoundQuote]
) -> list[FoundClaim]:
    """The claims of the ordinals that count a series so far ("the eighth day of protests",
    "his sixth title defence": :mod:`newsbeat.enrich.claim_ordinals`), in the unit
    ``ORDINAL``, with the series' event and holder."""
    out: list[FoundClaim] = []
    for i in _digit_or_word(doc, ORDINAL_WORDS):
        if in_table(doc, text, i):
            continue
        series = series_at(doc, i)
        if series is None:
            continue
        value = float(series.value)
        claim = _claim(doc, i, i, series.what, ORDINAL, value, value, True, actors, quotes)
        # a title's holder is whoever holds it, whatever type the name was given ("Wladimir
        # Klitschko" read as a place)
        holder = None if series.holder is None else _person(series.holder, actors, any_type=True)
        out.append(replace(claim, event=series.event, subject=holder, role=None, occasion=None))
    return out


def _clock_claims(
    doc: Doc, text: str, taken: set[int], actors: ArticleActors, quotes: list[FoundQuote]
) -> list[FoundClaim]:
    """The claims of the moments within a round a figure tells ("44 seconds into the seventh
    round": :mod:`newsbeat.enrich.claim_clock`), in seconds, with the role
    ``CLOCK`` and the round as the occasion."""
    out: list[FoundClaim] = []
    offsets = token_offsets(doc)
    for i in _digit_or_word(doc, WORDS):
        if offsets[i] in taken:
            continue
        clock = clock_at(doc, i)
        if clock is None or in_table(doc, text, i):
            continue
        value = clock.seconds
        claim = _claim(doc, clock.first, clock.last, "seconds", "seconds", value, value, True,
                       actors, quotes)  # fmt: skip
        event, occasion = clock_event(clock.verb), f"round {clock.round_no}"
        # no doer: the winner "stopped" the fight, so did the referee; a fight stops once
        out.append(replace(claim, role=CLOCK, event=event, occasion=occasion, subject=None))
    return out


def _record_claims(
    doc: Doc,
    record: Record,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    year: str | None,
) -> list[FoundClaim]:
    """The claims of a record apposed to a name: the wins and, when given, the knockouts, both
    the named person's standing whatever the sentence's verb, occasion and date (none when the
    name is no person the article names: a record of no one is no claim)."""
    fighter = record.knockouts is not None  # a knockout count: a fighter, whatever NER typed
    person = _person(record.name, actors, any_type=fighter)
    if person is None:
        return []
    figures: list[tuple[int, str, Token | None]] = [(record.wins, "wins", None)]
    if record.knockouts is not None and record.knockout_noun is not None:
        figures.append((record.knockouts, "knockouts", doc[record.knockout_noun]))
    out = []
    for at, what, noun in figures:
        value = float(doc[at].text)
        claim = _claim(doc, at, at, what, None, value, value, True, actors, quotes, noun=noun)
        # a standing, not counted in "the seventh round": no occasion either
        dated = year or _standing_date(doc, record, claim.time_ref)
        out.append(replace(_standing(claim, "record", person, dated), occasion=None))
    return out


def _owner(kin: Kin, actors: ArticleActors, quotes: list[FoundQuote]) -> str | None:
    """Whose children a kin figure counts: the parent named next to "mother of"; for "her 12
    children" the person "her" surely stands for, else the pronoun ("she", "he", "they"),
    which no other outlet's name is matched with."""
    if kin.name is None:
        return None
    if kin.name.dep_ != "poss" or kin.name.lower_ not in _PERSONAL:
        return _person(kin.name, actors)
    return named_possessive(kin.name, actors, quoted_at(quotes)) or _PERSONAL[kin.name.lower_]


_PERSONAL = {"his": "he", "her": "she", "their": "they"}


def _standing(claim: FoundClaim, event: str, holder: str | None, dated: str | None) -> FoundClaim:
    """A figure that is what a person has or is (children, a record, an age): the holder's,
    whatever the sentence's verb does, with no role or place of its own, and dated ``dated``
    (the caller's choice: the date line's year, else the sentence's date)."""
    return replace(claim, event=event, subject=holder, role=None, place=None, time_ref=dated)


def _standing_date(doc: Doc, record: Record, time_ref: str | None) -> str | None:
    """The date of its sentence a record keeps: not one read inside the record itself (the
    tagger may call "45-1" a date), nor the start of a period that runs to the time of writing
    ("Kerr (45-1) has trained in Spain since September": the record is today's, not
    September's). A past date of the sentence's own event still dates it ("In 2005, Kerr
    (40-1) beat Ruiz")."""
    if time_ref is None:
        return None
    for ent in span_ents(doc[record.wins].sent):
        if ent.label_ != "DATE" or ent.text != time_ref:
            continue
        inside = ent.start <= record.end and ent.end > record.wins
        since = ent.start > 0 and doc[ent.start - 1].lower_ == "since"
        if inside or since:
            return None
    return time_ref


def _with_ages(
    doc: Doc,
    actors: ArticleActors,
    quotes: list[FoundQuote],
    out: list[FoundClaim],
    year: str | None,
) -> list[FoundClaim]:
    """The claims and every named person's age ("Ann Kerr, 32,"), in text order. An age is
    dated to the year of the article's date line, if it has one: ages told in two years are
    not one quantity."""
    taken = {c.start for c in out}
    inside = quoted_at(quotes)
    found = [*ages(doc), *stated_ages(doc), *more_ages(doc)]
    for age in sorted(found, key=lambda a: a.first):
        if doc[age.first].idx in taken:
            continue
        taken.add(doc[age.first].idx)
        if age.person.pos_ == "PRON":
            person = named_pronoun(age.person, actors, inside)
            person = person or deceased_of(age.person, actors, inside)  # "… has died. He was 95."
        else:
            person = _person(age.person, actors)
        if person is None and age.person.pos_ != "PRON" and person_shaped(doc, age):
            grouped = _person(age.person, actors, any_type=True)  # "Teixeira, 28," typed ORG
            if grouped is not None and person_typed_group(grouped, actors.type_of(grouped)):
                person = grouped
        if person is None and age.person.pos_ != "PRON":
            person = untyped_person(doc, age, actors)  # "T.J. Simons, 17, who …" (claims39)
        if person is None or _then(doc, age.first):
            continue  # an age of no one the article names is no claim
        low, high, exact, hedge = _range(age.value, _hedge(doc, age.first))
        claim = _claim(
            doc, age.first, age.last, "age", None, low, high, exact, actors, quotes, hedge=hedge
        )
        dated = standing_date(doc, claim.time_ref, year, age.last)
        out.append(_standing(claim, "age", person, dated))
    for age, described in [*described_ages(doc), *listed_ages(doc)]:
        if doc[age.first].idx in taken or _then(doc, age.first):
            continue  # a named shape took it; "then-31-year-old" is an age of the past
        taken.add(doc[age.first].idx)
        low, high, exact, hedge = _range(age.value, _hedge(doc, age.first))
        claim = _claim(
            doc, age.first, age.last, "age", None, low, high, exact, actors, quotes, hedge=hedge
        )
        dated = standing_date(doc, claim.time_ref, year, age.last)
        out.append(_standing(claim, "age", described, dated))
    return sorted(out, key=lambda c: c.start)


def _person(name: Token, actors: ArticleActors, *, any_type: bool = False) -> str | None:
    """The person actor a name stands for, when every word of the name as written is in it
    ("Orozco" is Jose Luis Orozco; "Kathryn Gomes" is not the Gary Gomes her surname may
    resolve to when NER took only "Gomes"). ``any_type``: the context says the name is a
    person's, whatever type the actor was given."""
    person = resolve_speaker_token(name, actors, [])[0]
    if not person or (actors.type_of(person) != "PERSON" and not any_type):
        return None
    doc = name.doc
    span = next((e for e in doc_ents(doc) if e.start <= name.i < e.end), doc[name.i : name.i + 1])
    start = span.start
    before = doc[start - 1] if start > 0 else None
    if (
        span.start == name.i
        and before is not None
        and before.pos_ == "PROPN"
        and before.is_title
        and not before.ent_type_
        and not title_word(before)  # "Trooper Will Hask": a rank, no first name
    ):
        start -= 1  # a first name NER left out of the entity
    written = {t.lower_ for t in doc[start : span.end] if t.is_alpha and not title_word(t)}
    if written <= set(person.lower().replace(".", " ").split()):
        return person
    # a form of the name the article folded into the actor ("Thomas E. Vollan" of "Tom
    # Vollan"): the whole name as written is one of its mentions, another form of one name
    mention = actors.actor_at(doc[start].idx, span.end_char)
    whole = mention is not None and (mention.start, mention.end) == (doc[start].idx, span.end_char)
    form = doc[start : span.end].text
    folded = whole and mention is not None and mention.actor == person and form != person
    if folded and " " not in form and misspelt_surname(form, person.split()[-1]):
        return person  # "Klitchsko's sixth defense", a slip the article folded (ents37)
    return person if folded and one_name(form, person) else None
