"""The actor a speaker's token stands for.

A quote rule finds the token that gives the source (the subject of "said", the object of
"according to", the subject of a colon's clause) and asks :func:`resolve_speaker_token` whom it
names: an entity the article resolved, a person named in apposition, a relative pronoun's noun,
a pronoun's salient person or organisation (:mod:`newsbeat.enrich.speakers`), a role noun's
holder (:mod:`newsbeat.enrich.speaker_roles`), the person an epithet ("the actor") refers
back to (:mod:`newsbeat.enrich.speaker_epithets`), a document's issuer
(:mod:`newsbeat.enrich.quote_issuers`), a capitalised name NER missed, or the body a
spokesperson speaks for. A plain common noun names nobody when the caller says so.
:func:`noun_phrase` gives the words of a token's noun phrase; :data:`PRONOUNS_PERSON` and
:data:`FIRST_PERSON` are the pronouns the rules treat apart.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich import speaker_trace as trace
from newsbeat.enrich.actor_full_names import full_name_in_text
from newsbeat.enrich.actor_table import TITLE_HEADS
from newsbeat.enrich.actor_teams import noun_plural
from newsbeat.enrich.actors import ArticleActors, clean_name, split_title
from newsbeat.enrich.doc_arrays import words_text
from newsbeat.enrich.quote_issuers import ISSUED, issuer_of
from newsbeat.enrich.quote_records import inside
from newsbeat.enrich.speaker_bodies import earlier_spokesperson, force_named, sole_body
from newsbeat.enrich.speaker_documents import document_it
from newsbeat.enrich.speaker_epithets import epithet_person
from newsbeat.enrich.speaker_hints import surname_bearer, written_full_name
from newsbeat.enrich.speaker_missed import bearers_of, missed_name
from newsbeat.enrich.speaker_possessive import pronoun_owner
from newsbeat.enrich.speaker_postnominals import titled_conjunct_name
from newsbeat.enrich.speaker_roles import (
    another_owners_role,
    appositive_name,
    bare_definite,
    owned_role_of_bare_title,
    role_holder,
    salient_body,
    salient_it,
    spoken_for,
    spokesperson_body,
    statement_body,
)
from newsbeat.enrich.speaker_service_chiefs import service_chief
from newsbeat.enrich.speakers import salient_person, subject_it

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.quote_marks import QuoteSpan

__all__ = [
    "FIRST_PERSON",
    "PRONOUNS_PERSON",
    "document_that",
    "joint_actors",
    "noun_phrase",
    "resolve_speaker_token",
]


PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})


FIRST_PERSON = frozenset({"i", "we", "me", "us"})


def joint_actors(tok: Token, actors: ArticleActors) -> list[str]:
    """The distinct actors a subject and its conjuncts name, in order ("The IMF and the World
    Bank said …": both); one or none for a subject that names one actor or none."""
    names: list[str] = []
    for part in (tok, *tok.conjuncts):
        found = actors.actor_at(part.idx, part.idx + len(part.text))
        if found is not None and found.actor not in names:
            names.append(found.actor)
    return names


def noun_phrase(tok: Token) -> str:
    """The noun phrase of a token: its left modifiers and the token (no relative clauses)."""
    left = [
        t
        for t in tok.lefts
        if t.dep_ in {"det", "amod", "compound", "poss", "nummod", "case", "nmod"}
        and t.pos_ != "VERB"  # "Said Ellis:" parses the cue as a compound of the name
    ]
    start = min([tok.i, *[t.left_edge.i for t in left]])
    words = words_text(tok.doc, start, tok.i + 1)
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
# Title abbreviations written with a full stop before a name, as news style writes them
# ("Dist. Atty. Steve Cooley", "Lt. Gov. Anna Berg"); our own list. A splitter or NER that
# cuts at the stop leaves the abbreviation as the subject: it is no name.
_TITLE_ABBREVIATIONS = frozenset(
    {"Adm", "Amb", "Asst", "Atty", "Capt", "Cmdr", "Col", "Cpl", "Dep", "Det", "Dist", "Gen"}
    | {"Gov", "Insp", "Lt", "Maj", "Pvt", "Rep", "Rev", "Sen", "Sgt", "Supt", "Dr", "Prof"}
)
_ABBREVIATIONS_RUN = 4


def _past_title_abbreviations(tok: Token) -> Token:
    """The name after title abbreviations (``said Dist. Atty. Steve Cooley``: Cooley); the
    token itself when it is no abbreviation with its stop, or when no capitalised word
    follows, or when a capitalised word precedes it (the surname of "Hun Sen.")."""
    doc = tok.doc
    if tok.text not in _TITLE_ABBREVIATIONS or (tok.i > 0 and doc[tok.i - 1].is_title):
        return tok
    i = tok.i
    for _ in range(_ABBREVIATIONS_RUN):
        if doc[i].text.rstrip(".") not in _TITLE_ABBREVIATIONS:
            break
        i += 1 if doc[i].text.endswith(".") else 2
        if i >= len(doc) or (doc[i - 1].text != "." and not doc[i - 1].text.endswith(".")):
            return tok
    if i >= len(doc) or not (doc[i].is_title and doc[i].is_alpha):
        return tok
    while i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha:
        i += 1  # the name's last word: the mention NER gives it covers it
    return doc[i]


def _named_as_person(actors: ArticleActors, actor: str) -> bool:
    """Whether another mention of ``actor`` in the article is typed PERSON: the tagger reads
    some surnames as a people ("Klitschko said" after "Klitschko's record"), and a name the
    article also gives a person is no group word."""
    return any(m.actor == actor and m.label == "PERSON" for m in actors.mentions)


def resolve_speaker_token(
    tok: Token, actors: ArticleActors, quotes: list[QuoteSpan], *, bare_nouns: bool = True
) -> tuple[str | None, int, int]:
    """The actor a subject token stands for: entity, pronoun, role noun or plain phrase.

    ``bare_nouns``: whether "the union" with no named holder stands for the body "union" (a
    claimant, fine); a quote's speaker passes False: a bare common noun names nobody."""
    tok = _past_title_abbreviations(tok)
    tok = titled_conjunct_name(tok) or tok  # "HCA president and chief officer Ana Velde"
    start, end = tok.idx, tok.idx + len(tok.text)
    for child in tok.children:  # "the spokesman, Erik Holm, said"
        if (child.dep_ == "appos" and child.ent_type_ == "PERSON") or _stacked_title(tok, child):
            tok = child
            start, end = tok.idx, tok.idx + len(tok.text)
            break
    else:
        named = appositive_name(tok, actors)  # a name in apposition NER typed otherwise
        if named is not None:
            trace.note("appos_name")
            return named.actor, named.start, named.end
    mention = actors.actor_at(start, end)
    if (
        mention is not None
        and not bare_nouns
        and mention.label == "NORP"
        and not _named_as_person(actors, mention.actor)
    ):
        # "another Muslim said", "Democrats in Iowa said", "six in 10 Republicans said": a
        # group word names members nobody can look up, not a speaker; the span is kept
        trace.note("group_word")
        return None, start, end
    if mention is not None:
        if mention.label == "PERSON" and " " not in actors.text[mention.start : mention.end]:
            other = written_full_name(tok, mention.actor)  # "Ivanka Trump" beside Donald Trump
            if other is not None:
                trace.note("written_full_name")
                return other, tok.doc[tok.i - 1].idx, mention.end
        bearer = surname_bearer(tok.doc, actors, mention.start, mention.end, mention.actor)
        trace.note("surname_bearer" if bearer else f"entity:{mention.label}")
        return bearer or mention.actor, mention.start, mention.end
    low = tok.lower_
    if (
        (low in {"who", "which"} or (low == "that" and document_that(tok)))
        and tok.head.dep_ == "relcl"
        and tok.head.head.i != tok.head.i
    ):
        # "McConnell, who in 2010 said …", "the magazine Playboy, which named her "…"": the
        # speaker is the noun the clause describes.
        described = tok.head.head
        trace.note("relative")
        if described.dep_ == "appos" and described.head.i != described.i:
            described = described.head  # "McConnell, now the majority leader, who said"
        name, s, e = resolve_speaker_token(described, actors, quotes, bare_nouns=bare_nouns)
        if name is None and described.pos_ == "NOUN":
            # "a career Army officer who described it as "…"": a common noun that names
            # nobody is the source, whose span is kept (not the previous speaker's)
            return None, s, e
        return name, start, end
    if tok.pos_ == "PRON":
        trace.note("pronoun")
        if low in PRONOUNS_PERSON:
            # The salient person (a recent subject, of a compatible sex), not the last name
            # mentioned ("the Biden administration").
            salient = salient_person(tok.doc, actors, tok, lambda pos: inside(pos, quotes))
            if salient is not None:
                return salient, start, end
            trace.note("he/she:nobody")
            if not bare_nouns:
                # no person fits: an unnamed spokeswoman of a named body said it before
                body = spokesperson_body(tok, actors, lambda pos: inside(pos, quotes))
                if body is not None:
                    trace.note("spokesperson_body")
                    return body, start, end
        if low == "it" and not bare_nouns:
            if tok.dep_ in {"nsubjpass", "expl"} or tok.head.lemma_ == "be":
                return None, start, end  # "it was reported that", "it's safe to say": no one
            found = (
                subject_it(
                    tok.doc, actors, tok, lambda pos: inside(pos, quotes), {"ORG", "GROUP", "GPE"}
                )
                or salient_it(tok, actors, lambda pos: inside(pos, quotes))
                # "The statement said …. It said …": whoever issued the statement
                or document_it(
                    tok,
                    lambda pos: inside(pos, quotes),
                    lambda t: resolve_speaker_token(t, actors, quotes, bare_nouns=False)[0],
                )
            )
            trace.note("it")
            return found, start, end
        if low == "it":
            # the organisation the sentence is about, not the last one named in it
            found = subject_it(
                tok.doc, actors, tok, lambda pos: inside(pos, quotes), {"ORG", "GROUP", "GPE"}
            )
            if found is not None:
                return found, start, end
        if low == "they" and not bare_nouns:
            # "Big Machine have denied it. "…," they said": the organisation that is a subject
            # just before; else nobody (the last name before it is almost never who: a player,
            # a country, a courthouse), the source's span kept
            trace.note("they")
            return salient_it(tok, actors, lambda pos: inside(pos, quotes)), start, end
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
            trace.note("age_noun")
            return cand, tok.doc[tok.left_edge.i].idx, end
    issuer = issuer_of(tok) if tok.lemma_.lower() in ISSUED else None
    if issuer is None and tok.lemma_.lower() in ISSUED:
        # '"…," Holm's letter continued': the words of the one whose letter it is
        issuer = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if issuer is not None:
        # '"…," the statement read': whoever issued the statement named before
        name, _, _ = resolve_speaker_token(issuer, actors, quotes, bare_nouns=bare_nouns)
        if name:
            trace.note("issuer")
            return name, start, end
    if not bare_nouns:
        # '…, Norvik Telecom said. "…," a statement said': that organisation's statement
        body = statement_body(tok, actors, lambda pos: inside(pos, quotes))
        if body is not None:
            trace.note("statement_body")
            return body, start, end
    phrase = noun_phrase(tok)
    resolved = actors.resolve_nominal(phrase, start)
    if resolved is not None and _modifier_only(phrase, resolved, actors):
        # "police said" is not Police Chief Arne Dahl
        trace.note("modifier_only")
        resolved = None
    if resolved is not None:
        # "State police said" is the Oregon State Police named before, not a town's
        # "Police Department" named nearer
        level = _level_of_body(phrase, resolved, actors, start, _noun_modifiers(tok))
        if level != resolved:
            trace.note("level_of_body")
            resolved = level
    resolved = resolved or role_holder(tok, actors)
    if resolved is not None and _another_persons_body(tok, resolved):
        # "the Bush administration" is not the Federal Aviation Administration named before
        trace.note("another_persons_body")
        resolved = None
    if resolved is not None and another_owners_role(tok, resolved, actors):
        # "Brisk's spokeswoman" is not "Murko's spokeswoman Galia Steyn": nobody named
        trace.note("another_owners_role")
        return None, tok.doc[tok.left_edge.i].idx, end
    if resolved is not None and owned_role_of_bare_title(tok, resolved, actors):
        # "the sorority's president" is not "President Lena Ortiz": nobody named
        trace.note("owned_role_of_bare_title")
        return None, tok.doc[tok.left_edge.i].idx, end
    if resolved is not None:
        trace.note("role_or_nominal")
        return resolved, start, end
    if not bare_nouns:
        # '"…," said the actor': the one person the paragraph is about
        person = epithet_person(tok, actors, lambda pos: inside(pos, quotes))
        if person is not None:
            trace.note("epithet")
            return person, tok.doc[tok.left_edge.i].idx, end
        # '"…," said the navy chief': the admiral named just before
        person = service_chief(tok, actors, lambda pos: inside(pos, quotes))
        if person is not None:
            trace.note("service_chief")
            return person, tok.doc[tok.left_edge.i].idx, end
    if not bare_nouns:
        # "the company said": the organisation the text is about, as "it" would be
        body = salient_body(tok, actors, lambda pos: inside(pos, quotes))
        if body is not None:
            trace.note("salient_body")
            return body, tok.doc[tok.left_edge.i].idx, end
    if tok.pos_ == "PROPN" or (
        # a capitalised subject mid-sentence is a name even when tagged a noun or verb
        tok.pos_ in {"NOUN", "VERB"} and tok.is_title and not tok.is_sent_start
    ):
        whole = clean_name(phrase).split()
        if whole and whole[-1].lower() in _ORG_HEADS:
            # "the General Staff", "the Joint Command": an organisation, whole; "General" is
            # no title here.
            trace.note("org_heads")
            return " ".join(whole), tok.doc[tok.left_edge.i].idx, end
        _, words = split_title(whole)
        bare = words
        while len(bare) > 1 and not bare[0][:1].isupper():
            bare = bare[1:]  # "the 14th-ranked Schwartzman": a modifier before the name
        if bare is not words and all(w[:1].isupper() for w in bare):
            known = [a for a in actors.actors if a.split()[-1] == bare[-1]]
            if len(known) == 1:
                trace.note("untagged:known_surname")
                return known[0], start, end
        if words and all(w[:1].isupper() for w in words):
            known = [a for a in actors.actors if a.split()[-1] == words[-1]]
            if len(known) == 1:
                trace.note("untagged:known_surname")
                return known[0], start, end
            if len(words) == 1:
                full = full_name_in_text(actors.text, words[0])
                if full is None and not bare_nouns and _common_plural_opening(tok):
                    # 'Associates described his "outstanding loyalty."': people the text
                    # does not name, not a name (read37); the source's span stays
                    trace.note("untagged:common_plural")
                    return None, tok.doc[tok.left_edge.i].idx, end
                if full is None and not bare_nouns and _capitalised_role(tok):
                    # a standfirst's 'Filmmaker says he …' (read39): a person's common
                    # noun written with a capital, no name; the source's span stays
                    trace.note("untagged:capitalised_role")
                    return None, tok.doc[tok.left_edge.i].idx, end
                trace.note("untagged:one_word")
                return full or words[0], start, end
            trace.note("untagged:words")
            return " ".join(words), start, end
    if tok.pos_ == "PROPN":
        trace.note("untagged:phrase")
        return clean_name(phrase), tok.doc[tok.left_edge.i].idx, end
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _ORG_HEADS | _BODIES:
        # "His office said" after a sentence naming one man: that man's office
        owner = pronoun_owner(tok, actors, lambda pos: inside(pos, quotes))
        if owner is not None:
            trace.note("pronoun_owner")
            return f"{owner}'s {tok.lower_}", tok.doc[tok.left_edge.i].idx, end
    if tok.pos_ == "NOUN" and tok.is_sent_start and missed_name(tok):
        # "Darcy Davies, a student, …. Davies wrote that": a surname NER missed at a
        # sentence's start, read as a plural noun; its one bearer named before (NER may
        # have missed the full name too), else nobody
        bearer = _missed_surname_bearer(tok, actors)
        if bearer is not None:
            trace.note("missed_surname")
            return bearer, start, end
    if tok.pos_ == "NOUN":
        trace.note("common_noun")
        return _body_of(tok, actors, bare_nouns), tok.doc[tok.left_edge.i].idx, end
    trace.note("unresolved")
    return None, start, end


def document_that(tok: Token) -> bool:
    """The relative "that" of a document a body published ("released two reports that
    depicted …", read37); any other "that" ("a school that claimed the life of …") is left to
    the pronoun rules as before."""
    described = tok.head.head
    return (
        tok.tag_ == "WDT" and described.lemma_.lower() in _ISSUED_BY and bool(_publisher(described))
    )


# Nouns for a person by post, part or fame that are no surname (our own list: "King",
# "Judge", "Singer", "Cook" or "Bishop" are surnames too, and stay names).
_NO_SURNAMES = frozenset(
    {"filmmaker", "film-maker", "director", "actor", "actress", "rapper", "comedian"}
    | {"novelist", "playwright", "songwriter", "singer-songwriter", "musician", "lawmaker"}
    | {"spokesman", "spokeswoman", "spokesperson", "official", "prosecutor", "economist"}
    | {"analyst", "activist", "researcher", "scientist", "investigator", "candidate"}
    | {"president", "minister", "senator", "governor", "chairman", "chairwoman", "ceo"}
)


def _capitalised_role(tok: Token) -> bool:
    """Whether a lone capitalised word is a noun for a person by post, part or fame that is
    no surname ("Filmmaker", "Director", "Actress"): tagged a common noun, or a proper noun
    opening its sentence outside every entity (the capital a sentence gives any word)."""
    if tok.lower_ not in _NO_SURNAMES:
        return False
    return tok.pos_ == "NOUN" or (
        tok.pos_ == "PROPN" and bool(tok.is_sent_start) and not tok.ent_type_
    )


def _common_plural_opening(tok: Token) -> bool:
    """A capitalised plural of a common noun opening its sentence ("Associates", "Neighbours"),
    alone in its phrase and never written with its capital inside a sentence: a word the
    tagger took for a name ("Lyons", a surname the word list holds, is written so elsewhere)."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy's: loaded with a parse

    if not tok.is_sent_start or any(c.dep_ in {"compound", "amod", "det"} for c in tok.lefts):
        return False
    if any(t.text == tok.text and not t.is_sent_start for t in tok.doc):
        return False  # ", Lyons warned": written with its capital mid-sentence, a name
    return noun_plural(tok.text, common_nouns(tok.doc)) is not None


def _missed_surname_bearer(tok: Token, actors: ArticleActors) -> str | None:
    """The one person named before ``tok`` whose full name ends with its word: among the
    tagged persons, else among the full names written in the text; None when two or more
    share the surname ("Nerys Davies … Tom Davies … Davies wrote": either may have)."""
    names = bearers_of(tok.text, tok, actors)
    if names:
        return names.pop() if len(names) == 1 else None
    before = actors.text[: tok.idx]
    full = full_name_in_text(before, tok.text)
    if full is None or full_name_in_text(before.replace(full, " "), tok.text) is not None:
        return None
    return full


_BODIES = frozenset(
    {"military", "coastguard", "ministry", "embassy", "company", "firm", "union", "party"}
    | {"administration", "campaign", "club", "team", "university", "school", "hospital"}
    | {"airline", "bank", "fund", "institute", "organisation", "organization", "association"}
    | {"federation", "league", "church", "group", "prosecutors", "prosecution", "opposition"}
    | {"regulator", "watchdog", "monitor", "tribunal", "senate", "congress", "legislature"}
)


# Words that head a role or an organisation's name: a noun before them only modifies them.
_HEAD_WORDS = TITLE_HEADS | _ORG_HEADS | _BODIES

# What a body issues: "the TexAuto Facts report", "a report from Kotak Institutional Equities".
_ISSUED_BY = frozenset(
    {"report", "study", "survey", "data", "datum", "statistic", "figure", "poll", "analysis"}
    | {"estimate", "note"}
    | {"forecast", "filing", "letter", "memo", "email", "notice", "account", "website"}
    | {"statement", "release"}
)
# Who speaks for the organisation a noun before them names ("a Surrey Police spokeswoman",
# "a Pentagon official", "CNN management"); an officer, engineer or nurse of one speaks for
# themself.
_SPEAKS_FOR = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "spokespeople"}
    | {"official", "representative", "source", "management", "leadership", "office", "aide"}
    | {"adviser", "advisor", "lawyer", "attorney", "counsel", "executive", "press"}
    | {"secretary", "staff", "team", "camp"}
    # "Norvik Labs researchers reported", "researchers at Norvik Labs said" (spk36)
    | {"researcher", "analyst", "expert", "scientist", "engineer", "investigator"}
    | _ISSUED_BY
    # a web address a tokenizer split ("SI. com is reporting"): the site speaks
    | {"com", "org", "net"}
)


def _body_of(tok: Token, actors: ArticleActors, bare_nouns: bool = True) -> str | None:
    """``a Surrey Police spokeswoman``, ``a spokesman for the Navy``: the organisation a
    common-noun speaker speaks for; None for a plain common noun ("the staff member"), which
    names nobody. A body named by a common noun ("the Indian navy", "the government") is
    itself the speaker."""
    if tok.lemma_.lower() in _ORG_HEADS | _BODIES:
        if not bare_nouns and bare_definite(tok) and tok.lemma_.lower() not in _ORG_HEADS:
            return None  # "the group" with no holder named: a common noun names nobody
        return clean_name(noun_phrase(tok))
    # "a Surrey Police spokeswoman"; "a career Army officer" speaks for himself
    modifiers = {"compound", "poss", "nmod"} if tok.lemma_.lower() in _SPEAKS_FOR else {"poss"}
    parts = [c for c in tok.children if c.dep_ in modifiers]
    # "a spokesman for the Navy"; "a report from Kotak Institutional Equities", "a report by
    # the Tarsk Institute"
    issued = tok.lemma_.lower() in _ISSUED_BY
    preps = {"for", "of", "at", "from", "by"} if issued else {"for", "of", "at"}
    parts += [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if issued:
        parts += _publisher(tok)
    for part in parts:
        mention = actors.actor_at(part.idx, part.idx + len(part.text))
        if mention is not None and mention.label in {"ORG", "GROUP"}:
            return mention.actor
    if tok.lemma_.lower() in _SPEAKS_FOR:
        for part in parts:
            known = (
                _untagged_body(part, actors)
                or sole_body(part, actors)  # "a navy spokesman"
                or force_named(part, actors)  # "a statement from Tollby police" (spk37)
            )
            if known is not None:
                return known
    before = earlier_spokesperson(tok, lambda t: _body_of(t, actors, bare_nouns))
    if before is not None:  # "…, the spokeswoman said" after "a France Telecom spokeswoman"
        return _body_of(before, actors, bare_nouns)
    return spoken_for(tok, actors)


# Last words a company's full name adds to its short name ("DeskNest Inc." → "DeskNest").
_COMPANY_ENDS = frozenset({"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "group"})


def _untagged_body(part: Token, actors: ArticleActors) -> str | None:
    """``a DeskNest spokesperson`` where the tagger left "DeskNest" no organisation: the
    organisation of the article that the proper name before the noun names, as written or
    with a company ending ("DeskNest Inc."); None when no organisation is so named."""
    if part.dep_ != "compound" or part.pos_ != "PROPN":
        return None
    words = part.doc[part.left_edge.i : part.i + 1].text
    for name, info in actors.actors.items():
        if info.type not in {"ORG", "GROUP"} or not name.startswith(words):
            continue
        rest = name[len(words) :].strip(" .,").lower()
        if not rest or rest in _COMPANY_ENDS:
            return name
    return None


# What a body does with the document it issues: "data released by the Halden Energy Agency".
# A document a body obtained or received is someone else's words ("a police report obtained
# by the Elmford Times", "a letter received by the council"), save the reports or accounts
# a body gathers from elsewhere and tells from: "reports received by Amnesty International".
_PUBLISHING = frozenset(
    {"release", "publish", "issue", "compile", "provide", "collect", "gather", "produce"}
    | {"prepare", "post", "put", "file", "submit", "commission"}
)
_GATHERED = frozenset({"reports", "accounts"})


def _publishes(verb: Token, document: Token) -> bool:
    """Whether ``verb``, a participle of ``document``, makes its agent the document's
    author: a verb of publishing, or "received" of plural reports or accounts."""
    lemma = verb.lemma_.lower()
    return lemma in _PUBLISHING or (lemma == "receive" and document.lower_ in _GATHERED)


def _publisher(tok: Token) -> list[Token]:
    """The agents of a participle that publishes a document noun ("figures published by X",
    "data released by X", "a survey commissioned by X"); "from" is kept ("data provided
    from X"), any other preposition is not ("data released in March")."""
    agents = [
        g
        for verb in tok.children
        if verb.dep_ == "acl" and _publishes(verb, tok)
        for c in verb.children
        if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "from"}
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _publishes(tok.head, tok):
        # "X released two reports that depicted "…"": the subject that published them (read37)
        agents += [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return agents


def _modifier_only(phrase: str, resolved: str, actors: ArticleActors) -> bool:
    """Whether a common noun fits a person only as a word that modifies the head of their
    role: "police" is not Police Chief Arne Dahl (the chief is the head: "the chief" is him).
    Organisations are left as they were ("police" may be the "Police Department" named)."""
    words = re.findall(r"[a-z]+", phrase.lower())
    info = actors.actors.get(resolved)
    if not words or info is None or info.type != "PERSON":
        return False
    head = words[-1]
    for role in info.roles:
        own = re.findall(r"[a-z]+", role.lower())
        for k, word in enumerate(own):
            if word == head and (k + 1 == len(own) or own[k + 1] not in _HEAD_WORDS):
                return False
    return True


def _another_persons_body(tok: Token, resolved: str) -> bool:
    """Whether a person's name modifies the noun (``the Bush administration``, ``the Velde
    campaign``) and the organisation it was matched to by its head does not read "<name>
    <noun>": that person's body, not the "… Administration" named earlier (nor a headline's
    "Administration Flips Bush")."""
    name = f" {resolved.lower()} "
    return any(
        c.dep_ in {"compound", "nmod"}
        and c.ent_type_ == "PERSON"
        and f" {c.lower_} {tok.lower_} " not in name
        for c in tok.children
    )


# Words of the level of government a body works at: "state police" is no town's police.
_LEVELS = frozenset({"state", "federal", "county", "national", "provincial", "city"})


def _stacked_title(tok: Token, child: Token) -> bool:
    """``said Anchorage businessman and blogger Ada Lind``: two titles joined by "and" before
    one name, which the parse coordinates with the first title. The first has no determiner
    (a title, not "the businessman") and the name its own title word: one person, the name.
    "The businessman and Ada Lind" are two, and so are "union members and organiser Ada
    Lind": both titles are singular, a plural noun is a group, not her title."""
    return (
        child.dep_ == "conj"
        and child.ent_type_ == "PERSON"
        and tok.tag_ == "NN"
        and not any(c.dep_ in {"det", "poss"} for c in tok.children)
        and any(c.dep_ == "compound" and c.tag_ == "NN" and c.is_lower for c in child.lefts)
    )


def _noun_modifiers(tok: Token) -> frozenset[str]:
    """The lower-case common nouns that modify ``tok`` ("evening" in "local evening news")."""
    return frozenset(
        c.lower_ for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
    )


def _level_of_body(
    phrase: str, resolved: str, actors: ArticleActors, pos: int, kinds: frozenset[str]
) -> str | None:
    """The organisation a common noun with a modifier stands for ("State police"), when the
    one :meth:`~ArticleActors.resolve_nominal` found lacks the modifier: the nearest one
    named before whose name holds every word of the phrase (the "Oregon State Police"), else
    nobody when the modifier is a level of government ("state", "federal", "county", …) or a
    common noun of ``kinds`` ("local evening news" is no "Fox News": a kind of news, not the
    brand) the found name does not hold; else the found one. A person's role is left as it
    was."""
    words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in {"the", "a", "an"}]
    info = actors.actors.get(resolved)
    if len(words) < 2 or info is None or info.type not in {"ORG", "GROUP"}:
        return resolved
    name_words = set(re.findall(r"[a-z]+", resolved.lower()))
    missing = [w for w in words[:-1] if w not in name_words]
    if not missing:
        return resolved
    best: tuple[int, str] | None = None
    for m in actors.mentions:
        other = actors.actors.get(m.actor)
        if m.start >= pos or other is None or other.type not in {"ORG", "GROUP"}:
            continue
        holds = set(words) <= set(re.findall(r"[a-z]+", m.actor.lower()))
        if holds and (best is None or m.start > best[0]):
            best = (m.start, m.actor)
    if best is not None:
        return best[1]
    return None if any(w in _LEVELS or w in kinds for w in missing) else resolved


def _persons_before(
    actors: ArticleActors,
    pos: int,
    quotes: list[QuoteSpan],
    *,
    labels: frozenset[str] | set[str] = frozenset({"PERSON"}),
) -> list[str]:
    best: list[tuple[int, str]] = []
    for m in actors.mentions:
        if m.label in labels and m.end <= pos and not inside(m.start, quotes):
            best.append((m.start, m.actor))
    best.sort(reverse=True)
    return [name for _, name in best[:1]]
