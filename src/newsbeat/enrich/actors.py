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
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_acronyms import (
    merge_acronyms,
    merge_inverted_names,
    merge_known_aliases,
    merge_shortened_names,
    merge_state_codes,
)
from newsbeat.enrich.actor_adjacent_names import join_adjacent_names
from newsbeat.enrich.actor_aircraft_models import drop_aircraft_models
from newsbeat.enrich.actor_animals import drop_animals
from newsbeat.enrich.actor_awards import drop_awards_and_storms
from newsbeat.enrich.actor_branch_names import fold_branch_names
from newsbeat.enrich.actor_car_models import drop_car_models
from newsbeat.enrich.actor_champion_titles import drop_champion_titles
from newsbeat.enrich.actor_characters import drop_characters
from newsbeat.enrich.actor_codes import (
    drop_instrument_codes,
    join_split_companies,
    merge_short_company_names,
    split_owners,
)
from newsbeat.enrich.actor_common_nouns import (
    _COMMON_INITIALISMS,
    _OFFENCE_ABBREVIATIONS,
    _common_noun_opening,
    _common_word_at_sentence_start,
    _nouns,
)
from newsbeat.enrich.actor_common_words import drop_common_words, drop_shouted_title_words
from newsbeat.enrich.actor_companies import type_known_companies
from newsbeat.enrich.actor_context import type_by_context
from newsbeat.enrich.actor_credited_works import drop_credited_works
from newsbeat.enrich.actor_cut_names import extend_cut_names
from newsbeat.enrich.actor_cut_papers import join_cut_papers
from newsbeat.enrich.actor_demonym_names import glued_demonym, type_demonym_modifiers
from newsbeat.enrich.actor_diseases import drop_diseases
from newsbeat.enrich.actor_dotted import read_dotted_initials
from newsbeat.enrich.actor_ensembles import type_ensembles
from newsbeat.enrich.actor_families import type_families
from newsbeat.enrich.actor_firm_names import type_firm_names
from newsbeat.enrich.actor_fragments import drop_fragments
from newsbeat.enrich.actor_full_names import (
    _glued_country,
    _person_inside,
    _whole_person_name,
    full_name_in_text,
)
from newsbeat.enrich.actor_furniture import drop_page_furniture
from newsbeat.enrich.actor_glued_owners import split_glued_owners
from newsbeat.enrich.actor_glued_words import drop_glued_words
from newsbeat.enrich.actor_groups import _GROUP, _GROUP_GATE, GROUP_WORDS, _group_starts
from newsbeat.enrich.actor_holidays import drop_holidays
from newsbeat.enrich.actor_honour_titles import drop_honour_titles
from newsbeat.enrich.actor_housing import type_housing
from newsbeat.enrich.actor_ideas import drop_ideas
from newsbeat.enrich.actor_indefinite_things import drop_indefinite_things
from newsbeat.enrich.actor_initialled_people import join_initialled_surnames
from newsbeat.enrich.actor_initials import merge_bracketed_initials, merge_written_initials
from newsbeat.enrich.actor_institutions import type_institutions
from newsbeat.enrich.actor_joined_names import _place_pair, _two_named_together
from newsbeat.enrich.actor_kin_names import name_relatives
from newsbeat.enrich.actor_kind_cues import type_by_kind_cues
from newsbeat.enrich.actor_landmarks import type_landmarks
from newsbeat.enrich.actor_laws import drop_laws
from newsbeat.enrich.actor_leagues import type_leagues
from newsbeat.enrich.actor_listed_surnames import type_listed_surnames
from newsbeat.enrich.actor_listings import read_listings
from newsbeat.enrich.actor_lone_surnames import fold_lone_surnames
from newsbeat.enrich.actor_makers import type_makers
from newsbeat.enrich.actor_marks import drop_marks
from newsbeat.enrich.actor_merchant_ships import drop_merchant_ships
from newsbeat.enrich.actor_merge import (
    merge_initials,
    merge_variants,
    retype_actor,
    type_non_persons,
    type_places,
    type_vessels,
)
from newsbeat.enrich.actor_misspelt_countries import merge_misspelt_countries
from newsbeat.enrich.actor_name_forms import merge_name_forms
from newsbeat.enrich.actor_naval_adjectives import name_navies
from newsbeat.enrich.actor_navy_ships import type_navy_ships
from newsbeat.enrich.actor_nicknames import (
    drop_nicknames,
    nicknamed_names,
    type_nicknamed_people,
)
from newsbeat.enrich.actor_norp_people import type_norp_people
from newsbeat.enrich.actor_numbered_titles import drop_numbered_titles
from newsbeat.enrich.actor_office_names import drop_office_names
from newsbeat.enrich.actor_officer_bodies import type_officer_bodies
from newsbeat.enrich.actor_offices import drop_office_words
from newsbeat.enrich.actor_opening_words import drop_opening_adjectives
from newsbeat.enrich.actor_org_variants import merge_org_variants
from newsbeat.enrich.actor_organisms import drop_organisms
from newsbeat.enrich.actor_outlets import type_outlets
from newsbeat.enrich.actor_party_plurals import fold_party_plurals
from newsbeat.enrich.actor_people import (
    join_compound_surnames,
    join_missed_first_names,
    join_surname_spellings,
)
from newsbeat.enrich.actor_people_as_places import type_people_typed_places
from newsbeat.enrich.actor_people_cues import type_people_by_marks
from newsbeat.enrich.actor_peoples import type_peoples
from newsbeat.enrich.actor_person_cues import type_people_by_cues
from newsbeat.enrich.actor_person_spans import (
    _headline_pair,
    _named_after_person,
    _person_named_org,
)
from newsbeat.enrich.actor_place_context import _places_by_context
from newsbeat.enrich.actor_place_nouns import type_named_places
from newsbeat.enrich.actor_place_units import type_place_units
from newsbeat.enrich.actor_placed_names import type_placed_names
from newsbeat.enrich.actor_places import (
    promote_listed_places,
    split_town_and_state,
    type_listed_places,
)
from newsbeat.enrich.actor_radio_channels import drop_radio_channels
from newsbeat.enrich.actor_repeats import add_missed_first_names, add_missed_repeats
from newsbeat.enrich.actor_rooms import type_rooms
from newsbeat.enrich.actor_screen_roles import drop_screen_roles
from newsbeat.enrich.actor_shop_items import drop_shop_items
from newsbeat.enrich.actor_single_names import type_names_of_people, type_voted_people
from newsbeat.enrich.actor_space import type_space_things
from newsbeat.enrich.actor_split_names import join_split_names
from newsbeat.enrich.actor_state_abbreviations import merge_state_abbreviations
from newsbeat.enrich.actor_states import (
    _company_of_plural_alias,
    _is_demonym_of,
    _link_demonyms,
    _officials_states,
    _stands_for_state,
)
from newsbeat.enrich.actor_streets import type_streets
from newsbeat.enrich.actor_sunday_papers import keep_sunday_papers
from newsbeat.enrich.actor_surnames import HONORIFIC_SEX, Seen, choose_bearer
from newsbeat.enrich.actor_table import (
    ACTOR_LABELS,
    HONORIFICS,
    ORG_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    ArticleActors,
    Country,
    MentionRef,
    capital_keys,
    clean_name,
    country_lookup,
    known_place,
    lookup_country,
    split_title,
)
from newsbeat.enrich.actor_team_cities import type_team_cities
from newsbeat.enrich.actor_team_nicknames import add_team_nicknames
from newsbeat.enrich.actor_teams import type_teams
from newsbeat.enrich.actor_thing_initials import drop_thing_initials
from newsbeat.enrich.actor_things import drop_things
from newsbeat.enrich.actor_tickers import type_ticker_companies
from newsbeat.enrich.actor_title_cuts import fold_title_cuts
from newsbeat.enrich.actor_title_mentions import drop_cut_titles
from newsbeat.enrich.actor_titled_things import drop_owned_titles
from newsbeat.enrich.actor_titles import (
    _ROLE_ENDINGS,
    _SPACES,
    _appositive_role,
    _only_a_title,
    _rank_into_role,
    _title_before,
    _title_only,
    _titled_name,
)
from newsbeat.enrich.actor_trademarks import drop_trademarked_products
from newsbeat.enrich.actor_typo_surnames import merge_typo_surnames
from newsbeat.enrich.actor_unify import (
    type_listed_companies,
    type_listed_names,
    type_listed_people,
    type_persons_named_so,
    type_platforms,
    unify_spellings,
)
from newsbeat.enrich.actor_web_outlets import type_web_outlets
from newsbeat.enrich.actor_work_titles import drop_titled_mentions
from newsbeat.enrich.doc_text import doc_text, span_text
from newsbeat.enrich.name_clock import is_time_zone
from newsbeat.enrich.name_commas import one_name_with_commas
from newsbeat.enrich.name_context import gated_finditer, holds_any, written_lower
from newsbeat.enrich.name_spans import headline_lines, name_spans
from newsbeat.enrich.name_titled import titled_names
from newsbeat.enrich.names import is_first_name, surname

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "ACTOR_LABELS",
    "ArticleActors",
    "Country",
    "MentionRef",
    "build_actors",
    "country_lookup",
    "lookup_country",
]

_LIST_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
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
    nouns = _nouns(doc)
    glued_names = {
        raw: g
        for raw in raws
        if (g := _glued_country(raw) or glued_demonym(raw, nouns)) is not None
    }  # "Ukraine Marie Ekdal", "American Hasim Rahman": a country's word, then a person
    all_full: set[str] = {g[1] for g in glued_names.values()}
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
        glued = glued_names.get(raw)
        if glued is not None:
            # "envoy to Ukraine Kurt Volker" tagged as one name: the country, then the person
            # ("the American Hasim Rahman": the nationality word, ents37)
            country, named = glued
            cut = ent.start_char + span_text(ent).find(named)
            demonym = raw.split()[0] != country.name.split()[0]
            table._add(
                country.name,
                "GPE",
                ent.start_char,
                cut - 1,
                iso3=country.iso3,
                label="NORP" if demonym else None,
            )
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
            if not bearers and ent_label in {"GPE", "LOC"} and not known_place(raw):
                # "Ramarley's father" beside "Ramarley Graham": a first name the article
                # gives in full, no place of the gazetteer (an organisation is often the
                # first word of a longer name, "Kessvik" of "Kessvik Model"; a "person" whose
                # last word the text writes in lower case is a body, "Matanuska Creamery")
                bearers = sorted(
                    p
                    for p in all_full
                    if p.split()[0] == raw and not written_lower(text, surname(p))
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
    merge_bracketed_initials(table)
    extend_cut_names(table)
    join_split_names(doc, table)
    join_adjacent_names(table)
    split_glued_owners(table)
    merge_variants(table)
    unify_spellings(table)
    type_persons_named_so(table)
    add_missed_first_names(doc, table)
    type_places(table)
    type_vessels(table)
    type_navy_ships(table)
    drop_merchant_ships(table)
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
    add_team_nicknames(doc, table)
    type_team_cities(table)
    type_leagues(table)
    join_cut_papers(table)
    type_outlets(doc, table)
    type_web_outlets(table)
    join_split_companies(table)
    type_known_companies(table)
    type_firm_names(table)
    merge_short_company_names(table)
    drop_things(doc, table)
    drop_numbered_titles(doc, table)
    drop_ideas(doc, table)
    drop_indefinite_things(doc, table)
    drop_awards_and_storms(table)
    drop_cut_titles(table)
    fold_title_cuts(table)
    drop_opening_adjectives(doc, table)
    drop_glued_words(doc, table)
    drop_titled_mentions(table)
    drop_car_models(table)
    drop_aircraft_models(table)
    drop_trademarked_products(table)
    drop_radio_channels(table)
    drop_shop_items(table)
    drop_owned_titles(table)
    drop_credited_works(doc, table)
    drop_marks(doc, table)
    type_space_things(doc, table)
    drop_page_furniture(table)
    drop_fragments(table)
    type_streets(table)
    type_by_kind_cues(table)
    drop_office_words(table)
    drop_office_names(doc, table)
    drop_champion_titles(doc, table)
    drop_laws(doc, table)
    drop_thing_initials(doc, table)
    type_rooms(doc, table)
    type_housing(doc, table)
    name_navies(table)
    fold_branch_names(table)
    read_listings(table)
    read_dotted_initials(table)
    join_initialled_surnames(table)
    merge_state_codes(table)
    merge_state_abbreviations(table)
    merge_acronyms(table)
    merge_known_aliases(table)
    merge_shortened_names(table)
    merge_inverted_names(table)
    merge_misspelt_countries(table)
    merge_org_variants(table)
    merge_name_forms(table)
    drop_common_words(doc, table)
    drop_shouted_title_words(doc, table)
    drop_organisms(table)
    drop_characters(table)
    drop_screen_roles(table)
    drop_honour_titles(table)
    drop_animals(table)
    drop_holidays(table)
    drop_diseases(table)
    type_named_places(table)
    type_names_of_people(table)
    type_people_typed_places(table)
    type_people_by_marks(doc, table)
    type_families(table)
    type_ensembles(table)
    type_peoples(table)
    type_demonym_modifiers(doc, table)
    type_ticker_companies(table)
    type_landmarks(doc, table)
    type_place_units(table)
    type_placed_names(table)
    keep_sunday_papers(table)
    type_makers(table)
    type_officer_bodies(table)
    fold_lone_surnames(table)
    type_norp_people(doc, table)
    type_listed_surnames(doc, table)
    merge_typo_surnames(table)
    name_relatives(table)
    fold_party_plurals(table)
    grouped = holds_any(text, GROUP_WORDS)  # else the gate finds nothing
    for match in gated_finditer(_GROUP, _GROUP_GATE, text, _group_starts) if grouped else ():
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
