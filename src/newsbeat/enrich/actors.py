"""Actors: people, organisations, countries and groups, with canonical names.

Within one article every entity mention is tied to an actor:

* a person's full name starts an actor; a bare surname or first name later goes to the
  compatible full name that fits its context best: a title before it ("Mr Holm", "Prime
  Minister Holm") that matches an actor's role, role words in the same sentence ("the union"
  for "Erik Holm, a union spokesman"), else the one bearer named in this sentence or the one
  before (a quotation's own sentences not counted), else the bearer the article introduced
  first (a relative introduced later is called by the first name); when two bearers were
  introduced together ("Ana Holm and Ivo Holm"), nobody: the surname stays an actor of its
  own (:mod:`newsbeat.enrich.actor_surnames`);
* titles are stripped into a role ("Mayor Ingrid Falk" -> Ingrid Falk, role Mayor), and an
  appositive ("Erik Holm, a union spokesman,") is a role too;
* country names, aliases, demonyms and capitals map to one country actor (``countries.json``);
* groups such as "the mayors of four coastal towns" are actors of type GROUP.

Across articles the canonical name is the identity: the same name is the same actor.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_acronyms import (
    merge_acronyms,
    merge_inverted_names,
    merge_known_aliases,
    merge_shortened_names,
    merge_state_codes,
)
from newsbeat.enrich.actor_awards import drop_awards_and_storms
from newsbeat.enrich.actor_characters import drop_characters
from newsbeat.enrich.actor_codes import (
    drop_instrument_codes,
    join_split_companies,
    merge_short_company_names,
    split_owners,
)
from newsbeat.enrich.actor_common_words import drop_common_words, drop_shouted_title_words
from newsbeat.enrich.actor_companies import is_known_company, type_known_companies
from newsbeat.enrich.actor_context import type_by_context
from newsbeat.enrich.actor_cut_names import extend_cut_names
from newsbeat.enrich.actor_fragments import drop_fragments
from newsbeat.enrich.actor_furniture import drop_page_furniture
from newsbeat.enrich.actor_initials import merge_written_initials
from newsbeat.enrich.actor_institutions import type_institutions
from newsbeat.enrich.actor_kind_cues import type_by_kind_cues
from newsbeat.enrich.actor_landmarks import type_landmarks
from newsbeat.enrich.actor_leagues import type_leagues
from newsbeat.enrich.actor_listings import read_listings
from newsbeat.enrich.actor_marks import drop_marks
from newsbeat.enrich.actor_merge import (
    city_placed_in_text,
    kind_of_person,
    merge_initials,
    merge_variants,
    retype_actor,
    type_non_persons,
    type_places,
    type_vessels,
)
from newsbeat.enrich.actor_nicknames import (
    drop_nicknames,
    nicknamed_names,
    type_nicknamed_people,
)
from newsbeat.enrich.actor_offices import drop_office_words
from newsbeat.enrich.actor_organisms import drop_organisms
from newsbeat.enrich.actor_outlets import type_outlets
from newsbeat.enrich.actor_people import (
    join_compound_surnames,
    join_missed_first_names,
    join_surname_spellings,
)
from newsbeat.enrich.actor_person_cues import type_people_by_cues
from newsbeat.enrich.actor_places import (
    promote_listed_places,
    split_town_and_state,
    type_listed_places,
)
from newsbeat.enrich.actor_repeats import add_missed_first_names, add_missed_repeats
from newsbeat.enrich.actor_single_names import type_names_of_people, type_voted_people
from newsbeat.enrich.actor_space import type_space_things
from newsbeat.enrich.actor_streets import type_streets
from newsbeat.enrich.actor_surnames import HONORIFIC_SEX, Seen, choose_bearer
from newsbeat.enrich.actor_table import (
    ACTOR_LABELS,
    HONORIFICS,
    ORG_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    ArticleActors,
    Country,
    MentionRef,
    capital_keys,
    clean_name,
    country_lookup,
    lookup_country,
    split_title,
)
from newsbeat.enrich.actor_teams import type_teams
from newsbeat.enrich.actor_things import drop_car_models, drop_owned_titles, drop_things
from newsbeat.enrich.actor_unify import (
    type_listed_companies,
    type_listed_names,
    type_listed_people,
    type_persons_named_so,
    type_platforms,
    unify_spellings,
)
from newsbeat.enrich.actor_work_titles import drop_titled_mentions
from newsbeat.enrich.doc_arrays import (
    doc_arrays,
    doc_ents,
    expanded_bounds,
    indices_in,
    lowers,
    sent_start_flags,
    texts,
    word_ids,
)
from newsbeat.enrich.doc_text import doc_text, span_text
from newsbeat.enrich.function_words import DETERMINERS, FUNCTION_WORDS
from newsbeat.enrich.game_rules import game_side
from newsbeat.enrich.name_clock import is_time_zone
from newsbeat.enrich.name_commas import one_name_with_commas
from newsbeat.enrich.name_context import (
    at_boundary,
    gated_finditer,
    lower_word_before,
    occurrences,
    word_ends_at,
    written_as_word,
)
from newsbeat.enrich.name_search import name_matches
from newsbeat.enrich.name_spans import headline_lines, name_spans
from newsbeat.enrich.name_titled import titled_names
from newsbeat.enrich.names import is_first_name, place_kind, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ACTOR_LABELS",
    "ArticleActors",
    "Country",
    "MentionRef",
    "build_actors",
    "country_lookup",
    "full_name_in_text",
    "lookup_country",
]


# Portfolio words of a title ("Defence Minister"): NER tags them alone as an organisation.
_PORTFOLIOS = frozenset(
    {
        "foreign", "interior", "defence", "defense", "finance", "justice", "health", "economy",
        "trade", "energy", "education", "environment", "prime", "deputy", "vice", "acting",
    }
)  # fmt: skip
# Title heads that are nobody's surname: a "name" ending with one is a role ("Deputy City
# Attorney"), whereas "Stephen King" and "Julie Bishop" are names.
_ROLE_ENDINGS = frozenset(
    {
        "attorney", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "director", "commissioner", "chairman", "chairwoman", "president", "mayor",
        "ambassador", "councillor", "councilor", "premier", "chancellor", "governor",
        "superintendent", "coordinator", "executive", "officer", "manager",
        "councilman", "councilwoman", "congressman", "congresswoman", "assemblyman",
        "assemblywoman",
    }
)  # fmt: skip
_LIST_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_SPACES = re.compile(r"\s+")
_APPOSITIVE_ROLE = re.compile(
    r"^\s*,\s+(?:a|an|the|its|his|her|their)\s+((?:[\w'’-]+\s+){0,5}?"
    r"(?:spokesman|spokeswoman|spokesperson|minister|mayor|leader|official|chief|president|"
    r"director|head|secretary|analyst|professor|member|chairman|chairwoman|ambassador|envoy|"
    r"economist|researcher|adviser|advisor|negotiator|commander|general|representative|"
    r"lawyer|councillor|senator|governor|organiser|organizer|officer|manager|owner|worker)"
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[\w'’ -]{1,40}?)?)(?=\s*[,.;]|\s+(?:said|says|told))",
)
_GROUP_OF = (
    r"(?:mayors|leaders|ministers|heads|presidents|governors|representatives|officials|chiefs|"
    r"envoys|delegates|unions|councils|members)\s+(?:of|from)\s"
)
_GROUP = re.compile(
    r"\b(?:the\s+)?((?:[a-z]+\s+)?" + _GROUP_OF + r"+"
    r"(?:the\s+)?(?:\w+\s+){0,3}?(?:towns|cities|countries|states|nations|municipalities|regions|"
    r"unions|parties|ports|villages|councils|provinces|islands|governments|companies))\b"
)
# What every match of _GROUP holds: searched first (a literal start is found fast, where
# _GROUP is tried at every word), most texts have none.
_GROUP_GATE = re.compile(_GROUP_OF)


def _group_starts(text: str, at: int) -> tuple[int | None, ...]:
    """Where a match of _GROUP holding the gate's match at ``at`` can start: there, or at
    the one or two lower-case words before it ("the", a word)."""
    word = lower_word_before(text, at)
    return (at, word, None if word is None else lower_word_before(text, word))


# Offences written as abbreviations ("charged with DUI"): NER takes them for organisations.
_OFFENCE_ABBREVIATIONS = frozenset({"DUI", "DWI", "DWAI", "OUI", "OVI", "OWI", "DUII"})
# Initialisms of common nouns NER tags as organisations: "plans for an IPO", "a CT scan", "PE
# shops" (private equity), a chief's title alone. A place label is left alone ("Hartford,
# CT" is Connecticut).
_COMMON_INITIALISMS = frozenset(
    {
        "IPO", "IPOs", "CEO", "CEOs", "CFO", "COO", "CTO", "CT", "MRI", "GDP", "ETF", "ETFs",
        "SUV", "SUVs", "ATM", "ATMs", "LBO", "PE", "VC", "WTF", "LOL", "OMG", "FAQ",
    }
)  # fmt: skip


def _stands_for_state(ent: Span) -> bool:
    """A capital used for its state ("Moscow said", "Moscow's decision", "condemned by
    Washington"), not as the place where something happens ("held in Moscow") nor as the
    city's team ("Ottawa held on to beat Detroit")."""
    root = ent.root
    if root.dep_ in {"nsubj", "poss"}:
        return not game_side(root)
    return root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent"


def _title_before(doc: Doc, ent: Span) -> list[str]:
    """Title-like words just before an entity in the same sentence ("Interior Minister")."""
    words: list[str] = []
    i = ent.start - 1
    if i < 0 or doc_arrays(doc).lower[i] not in word_ids(TITLE_WORDS):
        return []  # most names: the word before is no title word (no token object read)
    while i >= 0 and ent.start - i <= 4:
        tok = doc[i]
        low = tok.lower_
        if tok.is_sent_end or not (
            low in TITLE_HEADS or low in HONORIFICS or (low in TITLE_MODIFIERS and tok.is_title)
        ):
            break
        words.insert(0, tok.text)
        i -= 1
    if not any(w.lower() in TITLE_HEADS or w.lower() in HONORIFICS for w in words):
        return []  # "(Secretary of) State Lena Holm": a modifier alone is no title
    return words


def _title_only(before: str) -> str:
    """The title before a name without a small word the pattern took with it ("a video of
    Mayor Per Ekdal": "Mayor", not "of Mayor")."""
    first, _, rest = before.partition(" ")
    if rest and (first.lower() in FUNCTION_WORDS or first.lower() in _SMALL_WORDS):
        return rest.strip()
    return before


_SMALL_WORDS = frozenset({"of", "the", "a", "an", "and", "or"})


def _rank_into_role(
    text: str, start: int, role: str, words: list[str]
) -> tuple[int, str, list[str]]:
    """A titled name whose name words still open with a rank ("Det Chief" + "Insp Carl
    Gaskin", "Det" + "Con Ada Rowe": the pattern takes one title word): the rank joins the
    role and the name starts after it. Returns the name's start, the role and the name
    words."""
    rank, rest = split_title([*role.split(), *words])
    if rank is None or not rest or len(rest) >= len(words):
        return start, role, words
    moved = [w for w in words[: len(words) - len(rest)] if w.lower() not in HONORIFICS]
    start = text.index(rest[0], start + len(words[0]))
    return start, " ".join([role, *moved]), rest


def _appositive_role(text: str, end: int) -> str | None:
    match = _APPOSITIVE_ROLE.match(text[end : end + 120])
    return _SPACES.sub(" ", match.group(1)).strip() if match else None


_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")


def build_actors(doc: Doc) -> ArticleActors:
    """Resolve every PERSON/ORG/GPE/LOC/NORP mention (and group phrases) of a parsed article.

    Args:
        doc: the article parsed by the spaCy pipeline.

    Returns:
        The article's actors and the mention index used by quotes, claims and relations.
    """
    text = doc_text(doc)
    table = ArticleActors(text=text)
    table.headlines = headline_lines(doc)
    ents = name_spans(doc, clean_name, table.headlines)
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    # Titled names NER missed ("harbour master Per Ekdal"): found first, so bare surnames
    # later in the article resolve to them.
    titled: list[tuple[int, int, str, str]] = []
    person_spans = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
    for m in titled_names(text):
        start, end = m.span(2)
        if any(a < end and start < b for a, b in person_spans):
            continue
        before = _title_only(m.group(0)[: m.start(2) - m.start(0)].strip())
        start, title_role, words = _rank_into_role(text, start, before, m.group(2).split())
        if lookup_country(words[0]) is not None or any(w.isupper() for w in words):
            continue
        if words[-1].lower() in _ROLE_ENDINGS:
            continue  # "Chief Deputy City Attorney": titles, not a name
        titled.append((start, end, " ".join(words), title_role))
    persons_full: list[str] = []  # canonical full names in order of first mention
    seen = Seen()
    pending: list[tuple[Span, str, str | None]] = []  # bare names seen before any full name
    for t_start, t_end, t_name, t_role in titled:
        persons_full.append(t_name)
        table._add(t_name, "PERSON", t_start, t_end, role=t_role, title=t_role)
        seen.saw(t_name, t_start, t_end)
    labels = [e.label_ for e in ents]  # each read once (spaCy looks a label up at each read)
    raws = [clean_name(span_text(e)) for e in ents]
    surnames = {
        raw.split()[-1]
        for label, raw in zip(labels, raws, strict=True)
        if label == "PERSON" and raw
    }
    # 'Vincent "The Chin" Gigante', which NER splits: a full name before any bare surname is
    # resolved, and the pieces NER tagged inside it are read no further.
    nicknamed = nicknamed_names(text, surnames)
    for n_start, n_end, n_name in nicknamed:
        if n_name not in persons_full:
            persons_full.append(n_name)
        table._add(n_name, "PERSON", n_start, n_end)
        seen.saw(n_name, n_start, n_end)
    named_like_people = {e for e in ents if _person_named_org(e, surnames)}
    bodies = {
        raw
        for label, raw in zip(labels, raws, strict=True)
        if label in {"ORG", "FAC", "GPE", "LOC"}
    }
    companies = {raw for label, raw in zip(labels, raws, strict=True) if label == "ORG"}
    named_after = {
        e
        for e, label in zip(ents, labels, strict=True)
        if label == "PERSON" and _named_after_person(e, bodies, surnames)
    }
    singles = {
        raw
        for e, label, raw in zip(ents, labels, raws, strict=True)
        if label == "PERSON" and len(e) == 1
    }
    headline_pairs = {e for e in ents if _headline_pair(e, singles)}
    all_full: set[str] = {g[1] for g in map(_glued_country, raws) if g is not None}
    all_full.update(n_name for _, _, n_name in nicknamed)
    for e, label, raw in zip(ents, labels, raws, strict=True):
        if not (label == "PERSON" or e in named_like_people):
            continue
        name_words = split_title(raw.split())[1]
        if (
            len(name_words) >= 2
            and not _two_named_together(e)
            and e not in headline_pairs
            and e not in named_after
        ):
            all_full.add(" ".join(name_words))

    places = {
        span_text(e) for e, label in zip(ents, labels, strict=True) if label in {"GPE", "LOC"}
    }
    full_last_words = {p.split()[-1] for p in all_full}  # what a full name's bearer is called
    covered_to = -1  # the end of a name read past its NER span ("…, Space, and Security")
    for ent, ent_label in zip(ents, labels, strict=True):
        if ent_label not in ACTOR_LABELS or ent.start_char < covered_to:
            continue
        if any(n_start <= ent.start_char < n_end for n_start, n_end, _ in nicknamed):
            continue
        if "\n" in span_text(ent).strip():
            # NER ran across a paragraph break ("Kaldrian.\n\nHaldis"): keep the last part.
            cut = span_text(ent).rstrip().rfind("\n") + 1
            tail = doc.char_span(
                ent.start_char + cut, ent.end_char, label=ent_label, alignment_mode="contract"
            )
            if tail is None or not tail.text.strip():
                continue
            ent = tail
        raw = clean_name(span_text(ent))
        if not raw or not any(ch.isalpha() for ch in raw):
            continue
        if ent_label == "PERSON":
            raw = _whole_person_name(raw, text, ent.end_char)
        if _two_named_together(ent):
            # "flights between Haldis and Straumen" tagged as one person: two actors.
            for part in span_text(ent).split(" and "):
                name = clean_name(part)
                offset = ent.start_char + span_text(ent).find(part)
                surname_of = [p for p in all_full if p.split()[-1] == name]
                country = lookup_country(name)
                if len(surname_of) == 1:
                    name, label = surname_of[0], "PERSON"
                elif country is not None:
                    name, label = country.name, "GPE"
                else:
                    label = "GPE" if name in places else ent_label
                table._add(name, label, offset, offset + len(part))
            continue
        if _common_word_at_sentence_start(ent) or ent in headline_pairs:
            continue
        if ent in named_after:
            # "the Obama White House" tagged as a person: a body named after him, not a
            # full name his bare surname ("Obama") stands for
            table._add(raw, "ORG", ent.start_char, ent.end_char)
            continue
        # "Leader said" after "Janice Leader" is her, whatever the word means elsewhere.
        borne = raw in full_last_words
        if not borne and (_common_noun_opening(ent, ents) or _only_a_title(doc, ent, raw)):
            continue
        if raw.lower() == raw:
            continue  # "thick bush", "headphone jack": a name has a capital
        if raw in _OFFENCE_ABBREVIATIONS or is_time_zone(text, ent.start_char, raw):
            continue
        if raw in _COMMON_INITIALISMS and ent_label != "GPE":
            continue
        glued = _glued_country(raw)
        if glued is not None:
            # "envoy to Ukraine Kurt Volker" tagged as one name: the country, then the person
            country, named = glued
            cut = ent.start_char + span_text(ent).find(named)
            table._add(country.name, "GPE", ent.start_char, cut - 1, iso3=country.iso3)
            if named not in persons_full:
                persons_full.append(named)
            table._add(named, "PERSON", cut, ent.end_char)
            seen.saw(named, cut, ent.end_char)
            continue
        person_in = _person_inside(raw, all_full) if ent_label != "PERSON" else None
        if person_in is not None:
            # "Secretary of the Interior Dirk Kempthorne" tagged ORG as "Interior Dirk
            # Kempthorne": the person the article names.
            table._add(person_in, "PERSON", ent.start_char, ent.end_char)
            seen.saw(person_in, ent.start_char, ent.end_char)
            continue
        if ent_label == "PERSON" or ent in named_like_people or _titled_name(doc, ent, raw):
            words = _title_before(doc, ent) + raw.split()
            title, name_words = split_title(words)
            if not name_words:
                continue
            name_words = [w for w in name_words if w.lower() not in HONORIFICS] or name_words
            if len(name_words) >= 2 and name_words[-1].lower() in _ROLE_ENDINGS:
                continue  # "Deputy City Attorney": a role, not a name
            role = title or _appositive_role(text, ent.end_char)
            if len(name_words) >= 2:
                name = " ".join(name_words)
                if name not in persons_full:
                    persons_full.append(name)
                table._add(name, "PERSON", ent.start_char, ent.end_char, role=role, title=title)
                seen.saw(name, ent.start_char, ent.end_char)
                continue
            single = name_words[0]
            candidates = [p for p in persons_full if surname(p) == single or p.split()[0] == single]
            if not candidates:
                pending.append((ent, single, title))
                continue
            chosen = choose_bearer(
                candidates,
                table,
                title,
                ent.sent,
                seen,
                quoted,
                sex=HONORIFIC_SEX.get(words[0].lower()),
                by_surname=any(surname(p) == single for p in candidates),
            )
            chosen = chosen or single
            table._add(chosen, "PERSON", ent.start_char, ent.end_char, role=role, title=title)
            seen.saw(chosen, ent.start_char, ent.end_char)
            continue
        if ent_label in {"GPE", "LOC", "NORP", "ORG"} and (
            re.search(r",\s|\sand$", span_text(ent))
            or _place_pair(span_text(ent), ent_label, places)
        ):
            elsewhere = frozenset(
                raw
                for e, raw in zip(ents, raws, strict=True)
                if not ent.start_char <= e.start_char <= ent.end_char + 80
            )
            whole = one_name_with_commas(
                span_text(ent),
                text[ent.end_char : ent.end_char + 80],
                ent_label,
                _nouns(doc),
                elsewhere,
            )
            if whole is not None:
                # "the Ministry of Trade, Industry and Energy": one name with commas in it
                start = text.find(whole, ent.start_char)
                table._add(whole, "ORG", start, start + len(whole))
                covered_to = start + len(whole)
                continue
            # "Orsa, Kittby and Brask" tagged as one place: one actor per place.
            for part in _LIST_SEP.split(span_text(ent)):
                name = clean_name(part)
                if not name:
                    continue
                offset = ent.start_char + span_text(ent).find(part)
                country = lookup_country(name)
                bearers = [p for p in all_full if surname(p) == name] if not country else []
                if bearers:
                    # "Ortiz, Orozco" tagged as one organisation: surnames of people the
                    # article names in full are those people (of several bearers, the one
                    # the context picks, else a person by the surname alone)
                    person = bearers[0] if len(bearers) == 1 else None
                    if person is None:
                        person = choose_bearer(sorted(bearers), table, None, ent.sent, seen, quoted)
                    table._add(person or name, "PERSON", offset, offset + len(part))
                    continue
                table._add(
                    country.name if country else name,
                    ent_label if not country else "GPE",
                    offset,
                    offset + len(part),
                )
            continue
        if " " not in raw and ent_label in {"ORG", "GPE", "NORP", "LOC"}:
            # NER sometimes tags a bare surname as a place or organisation ("Ekdal said").
            # With two bearers of the surname, context picks one, as for a bare PERSON name;
            # iterating the set and taking the first made the answer depend on hash order.
            bearers = sorted(p for p in all_full if surname(p) == raw)
            by_surname = bool(bearers)
            if not bearers and ent_label in {"GPE", "LOC"} and _no_place(raw):
                # "Ramarley's father" beside "Ramarley Graham": a first name the article
                # gives in full, no place of the gazetteer (an organisation is often the
                # first word of a longer name, "Kessvik" of "Kessvik Model"; a "person" whose
                # last word the text writes in lower case is a body, "Matanuska Creamery")
                bearers = sorted(
                    p for p in all_full if p.split()[0] == raw and not _lower_word(text, surname(p))
                )
            person = None
            if bearers:
                before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
                sex = HONORIFIC_SEX.get(before)
                person = (
                    choose_bearer(
                        bearers, table, None, ent.sent, seen, quoted, sex=sex,
                        by_surname=by_surname,
                    )
                    or raw
                )  # fmt: skip
            if person is None and ent_label == "ORG":
                person = full_name_in_text(text, raw, titled=True)
            if person is not None:
                table._add(person, "PERSON", ent.start_char, ent.end_char)
                seen.saw(person, ent.start_char, ent.end_char)
                continue
        country = lookup_country(raw)
        alias_of = _company_of_plural_alias(ent, raw, country, companies)
        if alias_of is not None:
            # "Emirates had a fleet of 270" beside "Emirates Airline": the airline
            table._add(alias_of, "ORG", ent.start_char, ent.end_char)
            continue
        if country is not None and raw.lower() in capital_keys() and not _stands_for_state(ent):
            # "a fire in Wellington" (a town in Somerset too), "talks held in Moscow": the
            # city, not the state (a capital stands for its state only as an agent)
            country = None
        if country is not None and ent_label in {"GPE", "NORP", "LOC", "ORG"}:
            # "Indian commandos", "the German automaker": the country's actor, but the mention
            # is a nationality word, not a place name.
            demonym = ent_label == "NORP" or _is_demonym_of(raw, country.name)
            table._add(
                country.name,
                "GPE",
                ent.start_char,
                ent.end_char,
                iso3=country.iso3,
                label="NORP" if demonym else None,
            )
            continue
        if raw.lower() == raw:
            continue  # a name has a capital: "that quay" tagged as a place is a common noun
        label = ent_label
        if label in {"GPE", "LOC"} and " " in raw and raw.split()[-1].lower() in ORG_HEADS:
            label = "ORG"
        table._add(raw, label, ent.start_char, ent.end_char)

    outvoted = {
        single
        for single in _outvoted_organisations(table, pending)
        if full_name_in_text(text, single) is None
        and not any(single in (surname(p), p.split()[0]) for p in persons_full)
    }
    for ent, single, title in pending:
        later = [p for p in persons_full if single in (surname(p), p.split()[0])]
        name = later[0] if len(later) == 1 else full_name_in_text(text, single) or single
        # "Jaguars" NER took for a person, whose full name is the article's organisation
        # "the Jacksonville Jaguars": a mention of that organisation, labelled as it is.
        kind = table.type_of(name) if not later and title is None else None
        if kind is not None and (is_first_name(name.split()[0]) or name in outvoted):
            kind = None  # "Peyton Manning" typed ORG by NER is still a person's name
        label = kind if kind in {"ORG", "GROUP"} else "PERSON"
        table._add(name, label, ent.start_char, ent.end_char, role=title, title=title)
    for name in outvoted:
        retype_actor(table, name, "PERSON")

    _link_demonyms(table)
    promote_listed_places(doc, table)
    split_town_and_state(doc, table)
    type_listed_places(doc, table)
    add_missed_repeats(doc, table, clean_name, TITLE_HEADS, TITLE_MODIFIERS)
    _officials_states(doc, table)
    _places_by_context(table)
    drop_instrument_codes(table)
    split_owners(table)
    merge_initials(table)
    merge_written_initials(table)
    extend_cut_names(table)
    merge_variants(table)
    unify_spellings(table)
    type_persons_named_so(table)
    add_missed_first_names(doc, table)
    type_places(table)
    type_vessels(table)
    type_non_persons(table)
    type_listed_names(doc, table)
    type_listed_people(doc, table)
    join_missed_first_names(doc, table)
    join_compound_surnames(table)
    join_surname_spellings(table)
    type_platforms(table)
    type_by_context(doc, table)
    type_people_by_cues(table)
    type_listed_companies(doc, table)
    type_voted_people(table)
    type_nicknamed_people(table)
    drop_nicknames(table)
    type_institutions(table)
    type_teams(doc, table)
    type_leagues(table)
    type_outlets(doc, table)
    join_split_companies(table)
    type_known_companies(table)
    merge_short_company_names(table)
    drop_things(doc, table)
    drop_awards_and_storms(table)
    drop_titled_mentions(table)
    drop_car_models(table)
    drop_owned_titles(table)
    drop_marks(doc, table)
    type_space_things(doc, table)
    drop_page_furniture(table)
    drop_fragments(table)
    type_streets(table)
    type_by_kind_cues(table)
    drop_office_words(table)
    read_listings(table)
    merge_state_codes(table)
    merge_acronyms(table)
    merge_known_aliases(table)
    merge_shortened_names(table)
    merge_inverted_names(table)
    drop_common_words(doc, table)
    drop_shouted_title_words(doc, table)
    drop_organisms(table)
    drop_characters(table)
    type_names_of_people(table)
    type_landmarks(doc, table)
    for match in gated_finditer(_GROUP, _GROUP_GATE, text, _group_starts):
        start, end = match.span(1)
        if table.actor_at(start, end) is None:
            table._add(_SPACES.sub(" ", match.group(1)), "GROUP", start, end)
    table.mentions.sort(key=lambda m: m.start)
    table.seal()
    return table


def _outvoted_organisations(
    table: ArticleActors, pending: list[tuple[Span, str, str | None]]
) -> set[str]:
    """One-word organisations of the table that NER tags as a person more often than not,
    after an honorific ("Mr. Vosk" 24 times, "Vosk" tagged ORG once): a person whose first
    name the article never gives, not an organisation (the caller keeps a word the article
    names in full). A majority alone is not enough: NER tags companies as people too ("said
    Mozilla" PERSON twice, its ORG once)."""
    votes: dict[str, int] = {}
    honoured: set[str] = set()
    for ent, single, _title in pending:
        votes[single] = votes.get(single, 0) + 1
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in HONORIFICS:
            honoured.add(single)
    out: set[str] = set()
    for single, count in votes.items():
        info = table.actors.get(single)
        if info is None or info.type != "ORG":
            continue
        if single in honoured and count > info.mentions:
            out.add(single)
    return out


def _lower_word(text: str, word: str) -> bool:
    """Whether the text writes ``word`` in lower case somewhere ("creamery")."""
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def _no_place(name: str) -> bool:
    """A name no country or gazetteer place bears ("Paris" of "Paris Hilton" may be the city)."""
    return place_kind(name) is None and lookup_country(name) is None


def _company_of_plural_alias(
    ent: Span, raw: str, country: Country | None, companies: set[str]
) -> str | None:
    """The one organisation of the article named after a country's plural short name that
    this mention stands for: a plural name of a country takes "the" ("the Emirates", "the
    Bahamas"), so without it, beside "Emirates Airline", the word is the company. Not the
    country's own full name, nor a nationality word."""
    if country is None or raw == country.name or ent.label_ == "NORP":
        return None
    if not raw.endswith("s") or " " in raw:
        return None
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "the" or ent.text.lower().startswith("the "):
        return None
    named = [c for c in companies if c.startswith(raw + " ")]
    return named[0] if len(named) == 1 else None


# Words that make a rank of a title head ("Rear Admiral", "Lieutenant General").
_RANKS = frozenset({"rear", "vice", "lieutenant", "major", "brigadier", "staff", "first"})


def _only_a_title(doc: Doc, ent: Span, raw: str) -> bool:
    """A non-person span that is a title, not a name: a title head alone ("VP"), or portfolio
    words right before a title head ("Defence" in "Defence Minister Oskar Brenn"). The caller
    keeps a surname of the article ("Leader" after "Janice Leader")."""
    if ent.label_ == "PERSON":
        return False
    words = [w.lower() for w in raw.split()]
    if len(words) == 1 and words[0] in TITLE_HEADS:
        return True
    if len(words) > 1 and words[-1] in TITLE_HEADS and all(w in _RANKS for w in words[:-1]):
        return True  # a rank: "Rear Admiral", "Staff Sergeant"
    if not all(w in _PORTFOLIOS for w in words):
        return False
    after = lowers(doc)[ent.end] if ent.end < len(doc) else ""
    return after in TITLE_HEADS


def _person_named_org(ent: Span, surnames: set[str]) -> bool:
    """An organisation span that is a person's name: a known first name, then a surname the
    article also tags as a person ("Bettie Page" tagged ORG beside "Page" tagged PERSON), or
    any name the text goes on to describe with "who", or a known first name and a surname the
    article gives an age ("Paul Riva" tagged ORG throughout, and "Riva, 47, of Warren") or
    that says something ("…, Ivo Brandt said"; not a listed company, "Morgan Stanley said", nor
    a name opening with a country, "France Telecom said"). A place span (no place the
    gazetteer knows) is a person's name only by what is said of people right before it
    (:func:`_said_of_a_person`)."""
    if ent.label_ not in {"ORG", "LOC", "GPE"}:
        return False
    words = clean_name(span_text(ent)).split()
    if not (2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() for w in words)):
        return False
    text = doc_text(ent.doc)
    if ent.label_ != "ORG":
        name = " ".join(words)
        return (
            kind_of_person(name)
            and place_kind(name) is None
            and lookup_country(name) is None
            and _said_of_a_person(text, ent.start_char)
        )
    if _said_of_a_person(text, ent.start_char) and kind_of_person(" ".join(words)):
        return True
    if re.match(r"\s*,\s*who\b", text[ent.end_char :]):
        return True  # "Montell Figgins, who represents Thomas": "who" is said of people
    if not kind_of_person(" ".join(words)):
        return False
    if _SAID_AFTER.match(text, ent.end_char) and _speaks_as_person(words):
        return True  # "…, Ivo Brandt said.": a known first name and a surname that speaks
    return words[-1] in surnames or _given_an_age(text, words[-1])


def _speaks_as_person(words: list[str]) -> bool:
    """Whether a name that says something is a person's by its words: no listed company, no
    first word that is also a country, a state or a capital ("France Telecom said")."""
    first = words[0]
    if is_known_company(" ".join(words)) or lookup_country(first) is not None:
        return False
    return place_kind(first) not in {"country", "state", "capital"}


_SAID_AFTER = re.compile(r"\s+(?:said|says|told)\b")  # not "added" ("added three stores")


_AN_AGE = re.compile(r",\s+\d{1,3}\s*,")
# Said of a person right before the name: "63-year-old X" (ECB+ spaces its hyphens), "in
# memory of X", "identified by the police as X".
_OF_A_PERSON = re.compile(
    r"(?:\b\d{1,2}\s*-?\s*years?\s*-?\s*old|\bin memory of|\bidentified(?: by [\w ]{1,30})? as)\s+$"
)


def _said_of_a_person(text: str, start: int) -> bool:
    """What is said right before a name says it is a person's (see :data:`_OF_A_PERSON`)."""
    return _OF_A_PERSON.search(text[max(0, start - 60) : start]) is not None


def _given_an_age(text: str, name: str) -> bool:
    """ "Riva, 47," somewhere in the text: an age after a name is said of a person."""
    return any(
        at_boundary(text, at) and _AN_AGE.match(text, at + len(name)) is not None
        for at in occurrences(text, name)
    )


def _headline_pair(ent: Span, singles: set[str]) -> bool:
    """ "Holm Rebukes Dahl" (a headline) tagged as one person: its first and last words are
    each a person the article names alone, so it is a sentence about two people."""
    if ent.label_ != "PERSON":
        return False
    words = clean_name(span_text(ent)).split()
    return (
        len(words) >= 3 and words[0] in singles and words[-1] in singles and words[0] != words[-1]
    )


def _named_after_person(ent: Span, bodies: set[str], surnames: set[str]) -> bool:
    """A person span that is a name and then an organisation or building the article names
    on its own ("Obama White House" beside "White House"): the body as the person's (his
    administration), the body's name two words or more. A given name that is no surname of
    the article's people stays a person's ("Paris Hilton Hotel Group"); "Clinton" of "the
    Clinton White House" is a surname when the article names "Bill Clinton"."""
    words = clean_name(span_text(ent)).split()
    if len(words) < 3 or (is_first_name(words[0]) and words[0] not in surnames):
        return False
    # the body's name has two words or more: "Arte Moreno" beside a "Moreno" NER took for an
    # organisation is still his name
    return any(" ".join(words[i:]) in bodies for i in range(1, len(words) - 1))


def _person_inside(raw: str, full_names: set[str]) -> str | None:
    """The full name of a person of the article that a longer place or organisation span ends
    with ("Interior Dirk Kempthorne")."""
    for name in full_names:
        if raw != name and raw.endswith(" " + name):
            return name
    return None


def _titled_name(doc: Doc, ent: Span, raw: str) -> bool:
    """An organisation or place span right after a title head is a person ("President Dane"
    tagged ORG, "Dane" although it is also a demonym): one to three capitalised words, not
    named like an organisation."""
    if ent.label_ not in {"ORG", "GPE", "NORP"}:
        return False
    words = raw.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if words[-1].lower() in _ORG_ENDINGS or any(w.isupper() and len(w) > 1 for w in words):
        return False
    return any(w.lower() in TITLE_HEADS for w in _title_before(doc, ent))


_ORG_ENDINGS = frozenset(
    {"union", "party", "company", "authority", "group", "bank", "council", "association", "inc"}
)


def _two_named_together(ent: Span) -> bool:
    """Two one-word names joined by "and" are two actors when NER calls them one person (no
    one is called "Haldis and Straumen") or when "between" comes first ("an alliance between
    Kaldria and Sorvenland"). Organisations named so ("Smith and Company") stay one."""
    parts = span_text(ent).split(" and ")
    if len(parts) != 2 or lookup_country(span_text(ent)) is not None:
        return False
    words = [clean_name(p).split() for p in parts]
    if not all(len(w) == 1 and w[0][:1].isupper() for w in words):
        return False
    if words[1][0].lower() in _ORG_ENDINGS or words[1][0].lower() in {"company", "sons", "co"}:
        return False
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return ent.label_ == "PERSON" or before == "between"


def _common_word_at_sentence_start(ent: Span) -> bool:
    """A one-word name that is capitalised only where it opens a sentence and is written in
    lower case elsewhere in the article ("Harbour master Per Ekdal said" … "the harbour";
    "Trucks queued" … "trucks") is a common word, not a nationality, place or organisation.
    "Labour" stays when the article also writes "the Labour leader" mid-sentence."""
    starts = sent_start_flags(ent.doc)
    if (
        ent.label_ not in {"NORP", "ORG", "GPE", "LOC", "PERSON"}
        or len(ent) != 1
        or not starts[ent.start]
    ):
        return False
    word = span_text(ent).strip()
    if lookup_country(word) is not None:
        return False
    if not written_as_word(doc_text(ent.doc), word.lower()):
        return False
    if ent.label_ == "PERSON" and any(
        e.label_ == "PERSON" and len(e) > 1 and word in span_text(e).split()
        for e in doc_ents(ent.doc)
    ):
        return False  # "Rice said" after "Condoleezza Rice", whatever "rice prices" says
    doc = ent.doc
    return not any(
        not starts[i] and not _inside_a_longer_name(doc[i]) for i in indices_in(texts(doc), (word,))
    )


def _nouns(doc: Doc) -> frozenset[str]:
    """The pipeline's common nouns (:func:`newsbeat.enrich.nlp.common_nouns`)."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    return common_nouns(doc)


def _inside_a_longer_name(tok: Token) -> bool:
    """The word is a later word of a longer entity ("Bank" in "West Coast Bank"): capitalised
    there as part of that name, which says nothing of the word alone. A first word ("Labour"
    in "Labour Party") still counts: the short name may stand for the long one."""
    return tok.ent_iob_ == "I" and tok.ent_type_ in {"ORG", "GPE", "LOC", "FAC", "PERSON"}


def _common_noun_opening(ent: Span, ents: list[Span]) -> bool:
    """A one-word name opening a sentence that the tagger reads as a common noun of the
    pipeline's word list ("Flames and smoke were coming", "Church officials said", "Celebrity
    website TMZ") is that noun, unless it is a country or place, or the article capitalises it
    mid-sentence other than inside a longer name ("The Labour leader", not "Wasilla Bible
    Church"). The caller keeps a surname of the article."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    doc = ent.doc
    starts = sent_start_flags(doc)
    if len(ent) != 1 or not starts[ent.start]:
        return False  # read from the columns first: a token object only for a sentence's opener
    tok = ent[0]
    if tok.tag_ not in {"NN", "NNS"}:
        return False
    if tok.lemma_.lower() not in common_nouns(doc) and tok.lower_ not in common_nouns(doc):
        return False
    word = span_text(ent).strip()
    if lookup_country(word) is not None or place_kind(word) is not None:
        return False
    longer = [(e.start, e.end) for e in ents if len(e) > 1]
    return not any(
        not starts[i] and not any(a <= i < b for a, b in longer)
        for i in indices_in(texts(doc), (word,))
    )


def _place_pair(text: str, label: str, places: set[str]) -> bool:
    """ "Kaldria and Sorvenland" tagged as one entity: two places, not one. Not a country of
    that form ("Trinidad and Tobago"), not an organisation ("National Rail and Dock Union",
    "Procter and Gamble"): an ORG splits only when a part is a place of the article or a
    country."""
    parts = text.split(" and ")
    if len(parts) != 2 or lookup_country(text) is not None:
        return False
    for part in parts:
        words = clean_name(part).split()
        if not 1 <= len(words) <= 2 or not all(w[:1].isupper() for w in words):
            return False
        if words[-1].lower() in _ORG_ENDINGS:
            return False
    if label in {"GPE", "LOC"}:
        return True
    return any(clean_name(p) in places or lookup_country(p) is not None for p in parts)


@lru_cache(maxsize=64)  # asked again for each mention of a bare name, by actors and quotes
def full_name_in_text(text: str, surname: str, *, titled: bool = False) -> str | None:
    """The first "Firstname Surname" in the text (titles stripped) when NER missed it.

    Args:
        text: the article.
        surname: the bare name.
        titled: only accept a name right after a title ("harbour master Per Ekdal").
    """
    if surname not in text:
        return None
    for match in name_matches(text, surname):
        if "\n" in match.words or any(
            len(w) > 2 and w.endswith(".") and w.lower() not in HONORIFICS
            for w in match.words.split()
        ):
            continue  # "… Kaldrian.\n\nHaldis": a sentence ends before the name
        title, words = split_title([*match.words.split(), surname])
        before = (match.before or "").strip().lower()
        if titled and not (title or before in TITLE_HEADS or before in HONORIFICS):
            continue
        words = [w for w in words if w.lower() not in HONORIFICS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            if lookup_country(words[0]) is not None or words[0].isupper():
                continue
            if words[0].lower() in _DETERMINERS:
                continue  # "The Bush administration": no one is called "The Bush"
            words = words[-3:]
            if len(words) == 3 and _glued_word(words[0], words[1]):
                words = words[1:]  # "of Public Prosecution Eva-Marie Persson": her name
            return " ".join(words)
    return None


_GIVEN_NAME_TAIL = re.compile(r"-[a-z]{1,4}\b")


def _whole_person_name(raw: str, text: str, end: int) -> str:
    """A person's name as NER should have cut it: the part before a colon ("Lena Holm:
    Theft", a charge list's label) and a given name's hyphenated end NER left off ("Moon
    Jae" of "Moon Jae-in")."""
    if ": " in raw:
        raw = raw.split(": ")[0]
    tail = _GIVEN_NAME_TAIL.match(text, end)
    if tail is not None and text[end - len(raw) : end] == raw:
        raw += tail.group()
    return raw


def _glued_word(lead: str, first: str) -> bool:
    """A word before a first name that is no first name itself: the end of a title or a place
    written before the name ("ambassador to Ukraine Marie Ekdal", "Director of Public
    Prosecution Eva Lund")."""
    return not is_first_name(lead) and is_first_name(first.split("-")[0])


def _glued_country(raw: str) -> tuple[Country, str] | None:
    """ "Ukraine Marie Ekdal" tagged as one name: a country (no first name itself) and a
    person's full name after it."""
    words = raw.split()
    if len(words) < 3 or not _glued_word(words[0], words[1]) or words[-1].lower() in ORG_HEADS:
        return None
    country = lookup_country(words[0])
    if country is None or country.name != words[0]:
        return None  # "British Royal Navy", "U.S. Forest Service": a body of the country
    return country, " ".join(words[1:])


# Words that never start a person's name ("The Bush administration", "After Kaldria signed").
_DETERMINERS = frozenset(
    DETERMINERS
    | {"a", "an", "our"}
    | {"after", "before", "when", "while", "although", "though", "because", "since", "unless"}
    | {"until", "once", "if", "but", "and", "or", "in", "on", "at", "for", "with", "by", "from"}
    | FUNCTION_WORDS
)
# Role words of people who act for a state.
_STATE_ROLES = frozenset(
    {
        "president",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "ambassador",
        "envoy",
        "emir",
        "sultan",
        "secretary",
        "foreign",
    }
)
_MINISTRY = re.compile(r"\b(?:ministry|ministries|department)\b", re.IGNORECASE)
# What precedes "ministry": a place word, a possessive, an area ("the Sorven defence ").
_MINISTRY_OWNER = re.compile(r"\b([A-Z][\w’'-]*?)(?:['’]s)?\s+((?:[A-Za-z]+\s+)?)$")


def place_of_word(table: ArticleActors, word: str) -> str | None:
    """The place a name or demonym stands for: a place of the article ("Kaldria"), the
    country table ("Israeli"), or a demonym of a place of the article ("Sorven" ->
    Sorvenland, "Kaldrian" -> Kaldria)."""
    word = clean_name(word)
    if not word or not word[0].isupper():
        return None
    info = table.actors.get(word)
    if info is not None and (info.type == "GPE" or (info.type == "ORG" and " " not in word)):
        return word
    country = lookup_country(word)
    if country is not None:
        return country.name
    places = [
        p
        for p in table.actors.values()
        if p.type in {"GPE", "ORG"} and len(p.name) >= 4 and " " not in p.name
    ]
    places.sort(key=lambda p: p.type != "GPE")
    return next((p.name for p in places if _is_demonym_of(word, p.name)), None)


def _is_demonym_of(word: str, place: str) -> bool:
    """ "Kaldrian" of Kaldria, "Sorven" of Sorvenland (a name and its place, no table)."""
    if word == place or len(word) < 4:
        return False
    if _DEMONYM_END.search(word) and word.startswith(place[:-1]):
        return True
    return place.startswith(word) and place[len(word) :] in {"land", "ia", "a", "y"}


def _officials_states(doc: Doc, table: ArticleActors) -> None:
    """Which country each titled official acts for, when the article says so.

    "Sorven President Aurel Dane" / "Dravonia's Foreign Minister Viktor Sarn" (a place word
    before the title), "Lena Holm of Kaldria" (after the name), or a minister whose ministry
    the article names with its country ("Defence Minister Oskar Brenn" in an article about
    "the Sorven defence ministry"). Only state roles count (president, minister, ambassador …).
    """
    officials = {
        a.name: [r.lower() for r in a.roles]
        for a in table.actors.values()
        if a.type == "PERSON"
        and {w for r in a.roles for w in re.findall(r"[a-z]+", r.lower())} & _STATE_ROLES
    }
    if not officials:
        return
    ministries: dict[str, set[str]] = {}
    text = doc_text(doc)
    for match in _MINISTRY.finditer(text):
        owner = _MINISTRY_OWNER.search(text[max(0, match.start() - 60) : match.start()])
        if owner is None:
            continue
        place = place_of_word(table, owner.group(1))
        if place is not None:
            area = owner.group(2).strip().lower()
            ministries.setdefault(area, set()).add(place)
    found: dict[str, set[str]] = {}
    for m in table.mentions:
        roles = officials.get(m.actor)
        if roles is None:
            continue
        places = found.setdefault(m.actor, set())
        bounds = expanded_bounds(doc, m.start, m.end)
        if bounds is None:
            continue
        i = bounds[0] - 1
        while i >= 0 and doc[i].lower_ in TITLE_WORDS:
            i -= 1
        if i >= 0 and i < bounds[0] - 1:
            before = doc[i]
            if before.lower_ in {"'s", "’s"} and i > 0:
                before = doc[i - 1]
            place = place_of_word(table, before.text)
            if place is not None:
                places.add(place)
        after = doc[bounds[1] : bounds[1] + 2]
        if len(after) == 2 and after[0].lower_ == "of":
            place = place_of_word(table, after[1].text)
            if place is not None:
                places.add(place)
        for r in roles:
            words = r.split()
            if words and words[-1] == "minister" and len(words) >= 2:
                area = words[-2]
                if area in ministries:
                    places |= ministries[area]
    for person, places in found.items():
        if len(places) == 1:
            table.state_of[person] = next(iter(places))
    # A place with a president, ministers or ministries is a state, whatever NER called it.
    for place in {*table.state_of.values(), *(p for ps in ministries.values() for p in ps)}:
        info = table.actors.get(place)
        if info is not None and info.type == "ORG":
            retype_actor(table, place, "GPE")


_PLACE_NOUNS = (
    r"(?:harbour|harbor|port|beach|beaches|coast|coastline|mayor|streets|residents|town hall|"
    r"city hall|old town|waterfront|town council|city council)"
)
_PLACE_BEFORE = (  # each with a word boundary before it, the name right after
    *("town of ", "city of ", "village of ", "port of ", "island of ", "region of "),
    *("province of ", "mayor of ", "people of ", "residents of ", "area of ", "district of "),
    *("outskirts of ", "suburb of ", "suburbs of ", "county of "),
)
# "in X" puts a name somewhere unless the words around say X is no place: an owner's 's after
# it ("a role in NASA's science directorate"), a plural noun it modifies ("work in WeWork
# buildings"), or an "in" of a stake or a comparison ("a stake in Arvo", "as in Arvo"). Real
# business pages typed four companies as places through the bare "in".
_LOOSE_BEFORE = ("In ", "in ", "off ", "near ", "outside ")
_NOT_PLACE_IN = ("as in ", "stake in ", "stakes in ", "shares in ", "interest in ")
_NOT_AFTER_A_PLACE = re.compile(
    r"(?:'s|’s)\b|\s(?!(?:is|was|has|says|does|its|this|his|thus|across|always|perhaps)\b)"
    r"[a-z]*[^\Ws]s\b"
)
_NOUN_AFTER = re.compile(rf"(?:'s|’s)?(?: [a-z]+)? {_PLACE_NOUNS}\b")
# Institutions are "in Parliament" too; they are not places.
_INSTITUTIONS = frozenset(
    {"parliament", "congress", "senate", "government", "cabinet", "court", "assembly"}
    | {"council", "committee", "police", "army", "navy", "office", "ministry", "church"}
)


def _places_by_context(table: ArticleActors) -> None:
    """A one-word "organisation" that is somewhere ("in Kittby", "off Velmar"), has a mayor, a
    harbour or residents ("Kittby's ferry harbour", "Orsa mayor Ingrid Falk"), or is "the town
    of …" is a place: NER tags small towns it has not seen as organisations. A city of the
    gazetteer is a place with the wider cues of a known city too ("a helicopter from X", "a X
    man"), unless the article names a team or body after it ("X Rovers": then "from X" may be
    the team)."""
    for info in table.actors.values():
        if info.type != "ORG" or " " in info.name or info.name.lower() in _INSTITUTIONS:
            continue
        named_after = any(
            other.startswith(info.name + " ") and a.type in {"ORG", "GROUP"}
            for other, a in table.actors.items()
        )
        if _placed_by_context(info.name, table.text) or (
            not named_after and city_placed_in_text(info.name, table.text)
        ):
            retype_actor(table, info.name, "GPE")


def _placed_by_context(name: str, text: str) -> bool:
    """A word of ``_PLACE_BEFORE`` right before the name, or ``_NOUN_AFTER`` right after it,
    somewhere in the text (tried at each occurrence of the name, not compiled with it)."""
    for start in occurrences(text, name):
        end = start + len(name)
        if not at_boundary(text, end):
            continue
        if word_ends_at(text, start, _PLACE_BEFORE):
            return True  # "the town of Kittby"
        if (
            word_ends_at(text, start, _LOOSE_BEFORE)
            and not word_ends_at(text, start, _NOT_PLACE_IN)
            and not _NOT_AFTER_A_PLACE.match(text, end)
        ):
            return True  # "in Kittby, ...", "off Velmar on Monday"
        if at_boundary(text, start) and _NOUN_AFTER.match(text, end):
            return True  # "Kittby's ferry harbour", "Orsa mayor"
    return False


_DEMONYM_END = re.compile(r"(?:ian|ean|an|ese|ish|i|n)$")


def _link_demonyms(table: ArticleActors) -> None:
    """A demonym the country table lacks goes to a place of this article it derives from.

    "Kaldrian" -> "Kaldria" when the article names Kaldria: the demonym starts with the
    place name less its last letter. "Sorven" -> "Sorvenland": the place is the demonym plus
    "land"/"ia"/"a"/"y". A one-word name tagged as a place or organisation that is such a
    demonym goes the same way ("the Sorven flag").
    """
    places = [a for a in table.actors.values() if a.type in {"GPE", "ORG"} and len(a.name) >= 4]
    words = [a for a in table.actors.values() if a.type in {"NORP", "GPE", "ORG"}]
    for norp in words:
        if " " in norp.name or norp.name not in table.actors:
            continue
        # a country's own name is no demonym of another's: "Iran" is not Iraq's, "Niger" not
        # Nigeria's, though each looks like one
        own = lookup_country(norp.name)
        place = next(
            (
                p
                for p in places
                if p is not norp
                and p.name in table.actors
                and _is_demonym_of(norp.name, p.name)
                and (own is None or own == lookup_country(p.name))
            ),
            None,
        )
        if place is None:
            continue
        if norp.type == "NORP" and place.type == "ORG":
            # what has a nationality is a country, whatever NER said
            retype_actor(table, place.name, "GPE")
        place.mentions += norp.mentions
        del table.actors[norp.name]
        table.mentions = [
            MentionRef(start=m.start, end=m.end, actor=place.name, label=place.type)
            if m.actor == norp.name
            else m
            for m in table.mentions
        ]
