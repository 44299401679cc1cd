"""Names of things, not actors: products, works, awards and programmes (issue 12, item 3).

NER tags a laptop, a car, a film or an award as an organisation, a person or a place. What
the text says of the name decides instead:

* a name with an award's word ("the Velmar Prize", "an Award for Best Score") is an award;
* unless it acts (says something, has staff): a name ending in an event's head word ("the
  Velmar Air Show") is an event, one ending in a plan's ("the Harbour Development Plan") a
  document, a name ending in a venue's word ("the Orsk Arena", "the Kessel Amphitheatre",
  "the Statehouse", "the Tamsin Assembly Facility") is a building, as NER's facilities are, and a
  one-word name that always follows a model number ("the 787 Max jet") is part of a model's
  name (a first name after three digits or more);
* the text calls it a thing: "X is a game", "the sequel, X", "the novel X";
* weaker cues, each overruled when the name acts like an actor anywhere in the article (it
  says, tells or announces something; it has a spokesman or a chief):
  - the article's NER tags the same name as a work where the text quotes it as a title
    ("the sequel 'X'"), or as a product or law with a model number ("X 55");
  - "his X", "in her X" with nothing after the name (a possession, not "his X teammates");
  - a size before it: "the 13-inch X";
  - "all X we make", "this X": a name used as a common noun;
  - (that mention only, for a maker the package knows or a name written as a model, whoever
    the name is) "a X", "an old X", "the new X" heading its phrase: one item of many, a car
    or a phone, not its maker ("a Honda", "the new Skoda"); never a body or a team ("the
    new Parliament said", "beat a Chelsea that looked tired");
  - every mention of it names the kind of a device: "a X display", "the best X phone";
  - every mention of it is in a list of what a product comes with: "comes standard with X
    and Y, as well as Z", "equipped with X";
  - initials the text defines for a name that is no actor: NER gives the name no actor's
    label there ("its Internet Explorer (IE) web browser", "the Endangered Species Act (ESA)",
    a law) and the article never makes it an organisation or a place; or for a phrase in lower
    case ("hypersensitivity pneumonitis (HP)", a disease);
  - a name the text gives release versions: two different ones ("X 7" and "X 8", "X6"
    beside "X"), or a dotted one ("X 3.05"). A single small number after a name is too
    often something else ("Channel 4", a team's yard line, a score) to count alone.

A dropped thing takes with it the actors named after it ("X Pro", "Xs") that do not act.

A car's model name is a product: each mention of "Model Y", "ID. 4", "Mach-E" (a hyphen and one
capital), of a make right before one ("Velo" of "the Velo ID. 4") and of a model NER cut short
("Velo Model" before "Y", "Velo Mach" before "-E") goes
(:func:`~newsbeat.enrich.actor_car_models.drop_car_models`); the make's other mentions stay,
and a cut-short model's other mentions are the make's when the make is an actor (else they go
too)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import (
    MentionSpan,
    _pos_ids,
    _span_key,
    spans_by_actor,
)
from newsbeat.enrich.actor_merge import kind_of_person
from newsbeat.enrich.actor_product_names import product_names
from newsbeat.enrich.actor_products import (
    _DEVICE_NAME_ENDS,
    _INDEFINITE,
    _MODEL_NUMBER,
    _a_make_or_model,
    _a_product,
    _listed_as_equipment,
    _model_suffix,
    _qualifies_a_device,
)
from newsbeat.enrich.actor_releases import _named_after, versioned_names
from newsbeat.enrich.actor_software import software_names
from newsbeat.enrich.actor_table import ArticleActors, clean_name, lookup_country
from newsbeat.enrich.actor_titled_things import (
    _WORK_NOUN,
    _WORK_NOUN_LOWER,
    WORK_RUNS,
    _an_award,
    _titled,
)
from newsbeat.enrich.actor_web_things import web_thing_names
from newsbeat.enrich.doc_arrays import (
    children,
    dep_id,
    doc_arrays,
    doc_ents,
    heads,
    lemmas_lower,
    lower_flags,
    lowers,
    pos_id,
    quote_flags,
    sent_start_flags,
    span_root,
    texts,
    with_dep,
    word_ids,
)
from newsbeat.enrich.doc_text import doc_text
from newsbeat.enrich.name_context import found_case_blind
from newsbeat.enrich.names import common_phrase_initials, initials_definitions, place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc


__all__ = [
    "THING_LABELS",
    "acts",
    "drop_things",
]

THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_AWARD_WORDS = frozenset({"award", "awards", "prize", "prizes", "medal", "trophy"})
# Head words that make an award's name a body that gives it ("the Velmar Prize Committee").
_BODY_ENDS = frozenset(
    {"committee", "foundation", "board", "academy", "jury", "council", "society", "trust"}
)
# What the text may call a thing. Our own list of common nouns.
_THING_NOUNS = frozenset(
    {
        "game", "film", "movie", "book", "novel", "song", "album", "show", "series",
        "sequel", "prequel", "franchise", "musical", "documentary", "episode", "poem",
        "painting", "sitcom", "trilogy", "memoir", "videogame", "phone", "smartphone", "laptop",
        "computer", "tablet", "car", "vehicle", "suv", "sedan", "coupe", "hatchback",
        "console", "app", "device", "gadget", "notebook", "headset", "programme", "program",
        "grant", "award", "prize", "disease", "plague", "pandemic", "drug", "vaccine",
        "condition", "illness", "syndrome", "disorder", "infection",
        "work", "artwork", "installation", "sculpture", "mural", "statue", "exhibit",
        "adaptation", "installment", "instalment",
    }
)  # fmt: skip
_QUOTES = "\"'“”‘’"
_Q1 = frozenset(_QUOTES)
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "my", "your", "our"})
_COMMON_USE = frozenset({"all", "every", "each", "this", "these", "those", "any"})
_OWNED_OR_COMMON = _POSSESSIVE_DETERMINERS | _COMMON_USE
# "a 6.1-inch Velo", "a 6.1in Velo"; "in" only glued or hyphened: "on June 9 in Kittby" is a
# date and a place, no size.
_SIZE_BEFORE = re.compile(
    r"\b\d+(?:\.\d+)?(?:[- ]?(?:inch|mm|cm|litre|liter|megapixel|core|cylinder|door)|-?in)\s+\Z",
    re.IGNORECASE,
)
# What an actor does that no thing does.
_SPEECH_LEMMAS = frozenset(
    {
        "say", "tell", "announce", "report", "state", "confirm", "deny", "explain", "claim",
        "add", "warn", "promise", "insist", "argue", "declare", "reveal", "suggest", "decline",
        "refuse", "respond", "reply", "comment",
    }
)  # fmt: skip
_STAFF_AFTER = re.compile(
    r"\s*(?:['’]s\s+)?(?:spokesman|spokeswoman|spokesperson|chief|ceo|president|executive|"
    r"director|official|officials|founder|chairman|employees|staff)\b",
    re.IGNORECASE,
)


def drop_things(doc: Doc, table: ArticleActors) -> None:
    """Remove the actors that are things (see the module docstring), in place."""

    thing_spans = (
        _thing_label_names(doc, clean_name)
        | _initials_of_things(doc, table)
        | versioned_names(table.text, list(table.actors))
        | software_names(doc, table.text, list(table.actors))
        | product_names({name: info.type for name, info in table.actors.items()})
        | web_thing_names(table.text, list(table.actors))
    )
    spans_of = spans_by_actor(doc, table)
    # the text can call a name a thing only with a word of _THING_NOUNS or "season" (see
    # _called_a_thing)
    may_call = not (_THING_NOUNS | {"season"}).isdisjoint(lemmas_lower(doc))
    # else no name is written as a title
    may_title = found_case_blind(table.text, _WORK_NOUN_LOWER, _WORK_NOUN, WORK_RUNS)
    dropped: list[str] = []
    dropped_mentions: set[tuple[int, int]] = set()
    for name, info in list(table.actors.items()):
        if info.type == "GROUP" or info.iso3 or lookup_country(name) is not None:
            continue
        spans = spans_of.get(name, [])
        called = [s for s in spans if _called_a_thing(doc, s)] if may_call else []
        protected = _protected(name, info.type)
        # whether the name acts is read only where a cue would drop it (the cues are tried
        # first: most names meet none, and acting is the dearest test of all)
        acting = _Acting(doc, table.text, spans)
        if (
            _is_award(name)
            or (not protected and _an_award(table.text, spans) and not acting())
            or (called and not protected and not acting())
            or (may_title and _titled(table.text, name) and not (protected or _speaks(doc, spans)))
            or ((_is_event(name) or _is_venue(name)) and not acting())
            or (_model_suffix(doc, name, spans) and not acting())
        ):
            dropped.append(name)
        elif called:
            # "a movie, The Notorious Lena Holm": that mention is the film, she is still she
            dropped_mentions.update((s.start_char, s.end_char) for s in called)
        elif (
            not protected
            and _weakly_a_thing(doc, table.text, name, info.type, spans, thing_spans)
            and not acting()
        ):
            dropped.append(name)
        if name not in dropped and not protected and _a_make_or_model(name):
            # "a Honda", "the new Skoda": that mention is a car or a phone, the maker is not
            dropped_mentions.update((s.start_char, s.end_char) for s in spans if _a_product(doc, s))
    for thing in list(dropped):
        for name in list(table.actors):
            if (
                name not in dropped
                and _named_after(name, thing)
                and not acts(doc, table.text, spans_of.get(name, []))
            ):
                dropped.append(name)
    for name in dropped:
        table.actors.pop(name, None)
    if dropped or dropped_mentions:
        gone = set(dropped)  # popped above: dropping one of their mentions counts nothing
        table.drop_mentions(
            lambda m: m.actor in gone or _span_key(doc, m.start, m.end) in dropped_mentions
        )


class _Acting:
    """Whether a name acts (:func:`acts`), read on the first call and kept."""

    __slots__ = ("_doc", "_found", "_spans", "_text")

    def __init__(self, doc: Doc, text: str, spans: list[MentionSpan]) -> None:
        self._doc, self._text, self._spans = doc, text, spans
        self._found: bool | None = None

    def __call__(self) -> bool:
        if self._found is None:
            self._found = acts(self._doc, self._text, self._spans)
        return self._found


def _weakly_a_thing(
    doc: Doc,
    text: str,
    name: str,
    type_: str,
    spans: list[MentionSpan],
    thing_spans: set[str],
) -> bool:
    """The weak cues of the module docstring (a name that acts anywhere is kept whatever they
    say; the caller asks): owned or sized, a device's kind, listed as equipment, or a name
    the text makes a thing otherwise (``thing_spans``)."""
    if name in thing_spans:
        return True
    # a device's kind is said of no person either ("its Skyhook lander" tagged PERSON)
    if type_ in {"ORG", "GPE", "LOC", "PERSON"} and (
        name.split()[-1].lower() in _DEVICE_NAME_ENDS
        or (bool(spans) and all(_qualifies_a_device(doc, s) for s in spans))
    ):
        return True
    # "comes standard with X and Y, as well as Z": equipment, features
    if spans and all(_listed_as_equipment(text, s) for s in spans):
        return True
    return type_ in {"ORG", "GPE", "LOC"} and any(_owned_or_sized(doc, s) for s in spans)


def _protected(name: str, type_: str) -> bool:
    """A country, capital or US state, or a person with a known first name: weak cues never
    make these things."""
    return place_kind(name) in {"country", "capital", "state"} or (
        type_ == "PERSON" and kind_of_person(name)
    )


def _thing_label_names(doc: Doc, clean: Callable[[str], str]) -> set[str]:
    """The names NER tags as a thing where the text also says so: a work whose title is in
    quotation marks ("'X' sequel"), a product or law with a model number ("X 55 quattro",
    not a year). NER alone tags teams, ships and magazines as products and works too."""
    out: set[str] = set()
    text = doc_text(doc)
    for ent in doc_ents(doc):
        if ent.label_ == "WORK_OF_ART":
            # the marks right around the name, or taken into the span by NER
            opened = ent.text[:1] in _QUOTES or text[ent.start_char - 1 : ent.start_char] in _Q1
            after = text[ent.end_char : ent.end_char + 2].lstrip(",.")
            closed = ent.text[-1:] in _QUOTES or after[:1] in _Q1
            if ent.start_char > 0 and opened and closed:
                out.add(clean(ent.text.strip(_QUOTES)))
        elif ent.label_ in THING_LABELS:
            words = [t for t in ent if not t.is_punct]
            numbers = [i for i, t in enumerate(words) if _MODEL_NUMBER.fullmatch(t.text)]
            if numbers and numbers[0] > 0:
                first = numbers[0]
                if all(t.is_lower or t.like_num for t in words[first:]):
                    out.add(clean(" ".join(t.text for t in words[:first])))
    return {name for name in out if name[:1].isupper()}


# NER labels that name an actor (a facility such as "Kessel Airport (KSL)" is left alone too)
_ACTOR_NER = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def _initials_of_things(doc: Doc, table: ArticleActors) -> set[str]:
    """Initials the text defines for a name that names no actor, and the name (the module
    docstring)."""
    if "(" not in table.text:
        return common_phrase_initials(table.text)
    bodies = {a.name for a in table.actors.values() if a.type in {"ORG", "GPE", "LOC", "GROUP"}}
    out: set[str] = set()
    for start, end, initials in initials_definitions(table.text):
        name = table.text[start:end]
        if any(
            e.label_ in _ACTOR_NER
            for e in doc_ents(doc)
            if e.start_char < end and start < e.end_char
        ):
            continue
        covering = {m.actor for m in table.mentions if m.start < end and start < m.end}
        if covering & bodies or any(b.endswith(name) for b in bodies):
            continue
        out.update((initials, name))
    return out | common_phrase_initials(table.text)


# Head words of an event's name ("the Velmar Air Show", "the Orsk Cup"); not "conference" or
# "games" (leagues and studios bear them), not "fair" (a magazine).
_EVENT_ENDS = frozenset(
    {"show", "expo", "summit", "festival", "cup", "marathon", "tournament", "championships"}
    # a tournament named so ("the South African Open", "the U.S. Masters", ents37)
    | {"open", "masters", "prix"}
)
# Head words of a plan's or a roadmap's name ("the Third Harbour Development Plan"): a
# document, no actor, as an event is none.
_PLAN_ENDS = frozenset({"plan", "roadmap", "blueprint"})


def _is_event(name: str) -> bool:
    """ "Velmar Air Show": an event's head word (or a plan's: "the Harbour Development Plan")
    ends a name of two words or more."""
    words = name.lower().split()
    return len(words) >= 2 and (words[-1] in _EVENT_ENDS or words[-1] in _PLAN_ENDS)


# Head words of a venue's or a public building's name ("the Orsk Arena"); not "center" or
# "hall", which end institutes' and councils' names too ("the Kessel Research Center"), nor
# "jail", which the entity gold types as an institution ("the Orsa County Jail").
_VENUE_ENDS = frozenset(
    {
        "arena", "stadium", "theater", "theatre", "amphitheatre", "amphitheater", "pavilion",
        "coliseum", "colosseum", "ballpark", "speedway", "velodrome", "fieldhouse", "statehouse",
        "facility",
    }
)  # fmt: skip
# Venue words that are a building's whole name alone ("the Statehouse"); "Arena" alone may
# be a company.
_VENUE_WORDS = frozenset({"statehouse", "fieldhouse", "ballpark", "courthouse"})


def _is_venue(name: str) -> bool:
    """ "Orsk Arena", "Statehouse": a venue's or public building's name (see above)."""
    words = name.lower().split()
    return (len(words) >= 2 and words[-1] in _VENUE_ENDS) or (
        len(words) == 1 and words[0] in _VENUE_WORDS
    )


def _is_award(name: str) -> bool:
    """ "Velmar Prize", "Award for Best Score": an award's word, not a body's name."""
    words = name.lower().split()
    if not words or words[-1] in _BODY_ENDS:
        return False
    return bool(_AWARD_WORDS & set(words)) or " for best " in f" {name.lower()} "


def _called_a_thing(doc: Doc, span: MentionSpan) -> bool:
    """The text calls the name a thing: "X is a game", "X, a film", "the sequel, X", "the
    novel X", "a condition called X" (not "the film Holm directed": a subject of a verb is
    someone). Each way needs a token whose lower-cased lemma is one of ``_THING_NOUNS``."""
    arrays, head, kids = doc_arrays(doc), heads(doc), children(doc)
    dep, lemma, quote = arrays.dep, lemmas_lower(doc), quote_flags(doc)
    root = span_root(doc, span.start, span.end)
    up = head[root]
    if (
        dep[root] == dep_id("nsubj")
        and arrays.lemma[up] in word_ids(("be",))
        and any(dep[c] == dep_id("attr") and lemma[c] in _THING_NOUNS for c in kids[up])
    ):
        return True
    n = len(head)
    after = span.end if span.end < n else None
    quoted = after is not None and quote[after] and span.start > 0 and quote[span.start - 1]
    if after is not None and quote[after]:
        after = span.end + 1 if span.end + 1 < n else None
    if after is not None and arrays.pos[after] in _pos_ids("VERB", "AUX") and not quoted:
        return False  # "the film Holm directed": Holm; 'his movie "Ted" preceded': a title
    if after is not None and _title_before_its_kind(doc, span, after):
        return True
    if any(dep[c] == dep_id("appos") and lemma[c] in _THING_NOUNS for c in kids[root]):
        return True
    if dep[root] == dep_id("appos") and lemma[up] in _THING_NOUNS:
        return True
    before = span.start - 1
    while before >= 0 and quote[before]:
        before -= 1
    if _named_after_thing(doc, before):
        return True
    return (
        before >= 0
        and lower_flags(doc)[before]
        and arrays.pos[before] == pos_id("NOUN")
        and lemma[before] in _THING_NOUNS
    )


# Kinds of work written after a title that opens with its own capital "The" ("The Velmar
# Games franchise"); not "series" or "show", which follow newspapers' names too ("The Kessel
# Herald series").
_TITLE_KINDS = frozenset({"film", "movie", "franchise", "sequel", "prequel", "trilogy", "novel"})


def _title_before_its_kind(doc: Doc, span: MentionSpan, after: int) -> bool:
    """ "to direct The Velmar Games sequel": the name follows a capital "The" inside a sentence
    (a title's own article) and comes before a kind of work in lower case that ends its phrase
    (not "The Kessel Times film critic")."""
    words, pos = texts(doc), doc_arrays(doc).pos
    the = span.start - 1
    if the < 1 or words[the] != "The" or sent_start_flags(doc)[the]:
        return False
    if not (lower_flags(doc)[after] and lemmas_lower(doc)[after] in _TITLE_KINDS):
        return False
    return after + 1 >= len(words) or pos[after + 1] not in _pos_ids("NOUN", "PROPN")


_NAMING_WORDS = frozenset({"called", "named", "titled", "entitled", "dubbed", "known"})


def _named_after_thing(doc: Doc, before: int) -> bool:
    """ "a condition called X", "a drug known as X", "the disease dubbed the X", "the book was
    called X": the token at ``before`` ends "called", "named", "titled", "dubbed" or "known as"
    (and "the") after a thing's noun (and "is" or "was"). Also "an episode of X", and "the
    third season of The X" with the title's own capital "The" (a team's "season of the Velmar
    Lions" is no show)."""
    words, lemma = lowers(doc), lemmas_lower(doc)
    title_the = before >= 1 and texts(doc)[before] == "The"
    if before >= 1 and words[before] == "the":
        before -= 1
    if before >= 1 and words[before] == "of":
        return lemma[before - 1] == "episode" or (
            title_the and lemma[before - 1] in {"season", "series"}
        )
    if before >= 2 and words[before] == "as" and words[before - 1] == "known":
        before -= 1
    if before < 1 or words[before] not in _NAMING_WORDS:
        return False
    noun = before - 1
    if noun >= 1 and lemma[noun] == "be":
        noun -= 1  # "the book was called X"
    return lemma[noun] in _THING_NOUNS


def acts(doc: Doc, text: str, spans: list[MentionSpan]) -> bool:
    """The name says, tells or announces something, or has staff ("X spokesman")."""
    return _speaks(doc, spans) or any(_STAFF_AFTER.match(text, s.end_char) for s in spans)


def _speaks(doc: Doc, spans: list[MentionSpan]) -> bool:
    """The name says, tells or announces something (a film has a director, but says nothing)."""
    if not spans:
        return False
    speakers = _speaking_subjects(doc)
    dep, head, lemma = doc_arrays(doc).dep, heads(doc), lemmas_lower(doc)
    subjects = (dep_id("nsubj"), dep_id("nsubjpass"))
    for s in spans:
        if s.start < s.end:
            # the root is one of the span's tokens: none of them a speaker, no root is one
            k = bisect_left(speakers, s.start)
            if k == len(speakers) or speakers[k] >= s.end:
                continue
        root = span_root(doc, s.start, s.end)
        if dep[root] in subjects and lemma[head[root]] in _SPEECH_LEMMAS:
            return True
    return False


_SPEAKERS_KEY = "newsbeat_speech_subjects"


def _speaking_subjects(doc: Doc) -> list[int]:
    """The indices of the doc's tokens that are the subject of a speech verb (what
    :func:`_speaks` asks of a span's root), in order; read once per doc from the columns and
    kept with it (each actor of the article asks)."""
    found: list[int] | None = doc.user_data.get(_SPEAKERS_KEY)
    if found is None:
        head, lemma = heads(doc), lemmas_lower(doc)
        found = doc.user_data[_SPEAKERS_KEY] = sorted(
            i
            for i in with_dep(doc, "nsubj") + with_dep(doc, "nsubjpass")
            if lemma[head[i]] in _SPEECH_LEMMAS
        )
    return found


def _owned_or_sized(doc: Doc, span: MentionSpan) -> bool:
    """ "in his X" (nothing after the name), "the 13-inch X", "all X we make", "a new X"."""
    pos, words = doc_arrays(doc).pos, lowers(doc)
    before = span.start - 1 if span.start > 0 else None
    after = span.end if span.end < len(pos) else None
    head_of_phrase = after is None or pos[after] in _pos_ids(
        "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON"
    )
    if head_of_phrase and before is not None and words[before] in _OWNED_OR_COMMON:
        return True
    # "a new X", "an old X": one of many, a thing bought, not a body
    if (
        head_of_phrase
        and before is not None
        and pos[before] == pos_id("ADJ")
        and span.start > 1
        and words[span.start - 2] in _INDEFINITE
    ):
        return True
    text = doc_text(doc)
    return _SIZE_BEFORE.search(text, max(0, span.start_char - 24), span.start_char) is not None
