"""Which part of a named-entity span is a name.

The statistical NER takes in more, or less, than a name where the text misleads it; each rule
here is about the span, not about any name:

* a function word opening a sentence is glued to the name after it ("Only Paula", "As
  Greeks", "Across Athens"): ``function_words.LEADING_FUNCTION_WORD`` (applied by
  ``clean_name``);
* in a title-case headline above the text ("Lindsay Lohan Checks Into Rehab"), every word is
  capitalised and NER runs names into the verbs and nouns after them. A span there keeps only
  its longest first part that the article names elsewhere, in ordinary sentences (for a
  person: whose words it capitalises there); a span with no such part is dropped ("Daring
  Diamond Heist");
* an organisation's head word after a hyphenated word is cut off ("the Coastal Clean-up" and
  "Alliance"): the two spans are one name; so are a capitalised nationality and the name
  ending in a head word right after it ("Kaldrian" and "Maritime Safety Board"), and a team
  or body and the place after "of" ("The Velmar Rovers" and "Orsk" of "The Velmar Rovers of
  Orsk");
* an organisation named for its purpose is cut inside it ("the Committee to Re - Elect" of
  "the Committee to Re - Elect the President"): the span runs on through the capitalised
  words after "to", bounded;
* a time zone after a clock time ("09: 30 BST", "1: 00pm CST") is no name: the span is
  dropped when its text is an abbreviation of the time zone database;
* what the span runs on into is cut off (:func:`trimmed`): the words after a quotation mark
  or an unclosed bracket inside it ('Reid explains,"I', "Security (SANS"), a fight record or
  list number after a dash ("Joe Baxter 26 - 1", "Orlek province - 15"), and at its end a
  function word or the stem of a negative contraction ("Thompson in", "Ross doesn" of
  "doesn ’ t": spaCy's stop words and tokenizer exceptions), a rank abbreviation glued on
  before the officer's name ("Velmar Police Lt", "Velmar Police and Capt");
* a game's score inside a span ("Orsk United 2-1 Velmar City") ends one side's name and
  starts the other's: two spans (:func:`_score_parts`);
* a month and a day ("Mar 5" of a page's "Mar 5, 2009" line) are a date, no name;
* a roster list of sports copy after a player's name ("Ivo Kerr on Injured Reserve") is cut
  off, and a span that is only such a list ("Injured Reserve") is no name;
* a country's name and a party's plural right after it ("Sweden" and "Democrats", or
  "Democrats" not tagged) are one party's name, "the Sweden Democrats"
  (:func:`_country_parties`); an abbreviation ("U.S. Democrats") stays two;
* a common word before a person's full name ("Unemployed John Baxter", "Fullback Tom
  Orsk", "GM Ed Brask") is a description, not the name: dropped when it is a capitalised
  WordNet noun or an acronym and no first name, and the next word is a first name of the
  list.

:func:`name_spans` applies the last ten to a parsed article's entities.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import (
    HONORIFICS,
    ORG_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    lookup_country,
)
from newsbeat.enrich.doc_arrays import (
    alphas,
    doc_ents,
    lowers,
    puncts,
    texts,
    token_offsets,
    words_text,
)
from newsbeat.enrich.doc_text import doc_text, span_text
from newsbeat.enrich.name_clock import is_time_zone
from newsbeat.enrich.name_countries import company_of_country
from newsbeat.enrich.names import is_first_name, place_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["headline_lines", "name_spans", "org_heads", "trimmed"]

# Head words that end an organisation's name ("Alliance", "Council").
_ORG_HEAD_WORDS = frozenset(
    {
        "alliance", "association", "authority", "board", "centre", "center", "coalition",
        "commission", "committee", "council", "federation", "forum", "foundation", "front",
        "group", "institute", "league", "movement", "network", "party", "society", "union",
    }
)  # fmt: skip
# Entity labels that are never the first part of a name ("on Monday Council voted").
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# What may stand between two parts of one name: a space, or the rest of a hyphenated word
# ("Clean" + "-up " + "Alliance").
_JOIN_GAP = re.compile(r"(?:-[a-z]+)?\s")
_SENTENCE_END = re.compile(r"[.!?:;][\"”’')\]]*\s*$")
_HEADLINE_SHARE = 0.75
_BY = re.compile(r"(?:^|\s)[Bb]y\s")
# An embedded post's sign-off ("— The Orsa Council (@OrsaCouncil) May 2, 2019") or a line
# with a handle: the poster's name, no headline.
_SIGN_OFF = re.compile(r"\s*[—–-]|.*@\w")
# A line of names, each of one to four capitalised words ("Ada Lorne, Per Ekdal and Ivo Dahl").
_NAME = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_NAME_LIST = re.compile(rf"{_NAME}(?:(?:,| and|, and) {_NAME})*")
_HEADLINE_MIN_WORDS = 3
_HEADLINE_MAX_WORDS = 25
# Roster lists of sports copy, which NER tags as organisations ("placed on Injured Reserve").
_ROSTER_LISTS = frozenset(
    {"injured reserve", "disabled list", "injured list", "practice squad", "reserve list"}
)
_ROSTER_CUT = re.compile(
    r"\s+(?:on|to|from|off)\s+(?:the\s+)?(?:" + "|".join(_ROSTER_LISTS) + r")$", re.IGNORECASE
)
# A month (or its abbreviation) and a day: a date NER took for a name.
# The month word exactly: "Marvel 10", "Decker 3" and "Junction 12" are names.
_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
_MONTH_DAY = re.compile(rf"{_MONTH_WORD}\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?")
# A party's name made of its country's name and a plural ("Sweden Democrats").
_PARTY_PLURALS = frozenset(
    {"democrats", "liberals", "conservatives", "socialists", "greens", "nationalists"}
)


def headline_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the lines written as a title-case headline: lines before the
    article's first sentence (a credit line at the end, "Reporting by Ada Lorne; Editing by
    Clara Moss", is no headline) with at most a few dozen words, three quarters or more of
    their content words (three at least) capitalised; and, further down, the headlines of
    linked stories a page sets between its paragraphs ("Man Shot at Orsa Ferry Dies at
    Hospital"): such a line, a paragraph of its own (a line of a paragraph wrapped at a fixed
    width is none), with no sentence end, no "by", no handle or sign-off dash of an embedded
    post, that is no line of names ("Ada Lorne, Per Ekdal and Ivo Dahl")."""
    out: list[tuple[int, int]] = []
    body = False
    text = doc_text(doc)
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if _SENTENCE_END.search(line):
            body = True
            continue
        if body and (
            _BY.search(line) or _SIGN_OFF.match(line) or not _own_paragraph(text, *match.span())
        ):
            continue
        span = doc.char_span(*match.span(), alignment_mode="expand")
        if span is None:
            continue
        words = [t for t in span if t.is_alpha and not t.is_stop]
        if not _HEADLINE_MIN_WORDS <= len(words) <= _HEADLINE_MAX_WORDS:
            continue
        capitalised = [t for t in words if t.text[:1].isupper()]
        if len(capitalised) < _HEADLINE_SHARE * len(words):
            continue
        if body and _NAME_LIST.fullmatch(line.strip()):
            continue
        out.append(match.span())
    return out


def _own_paragraph(text: str, start: int, end: int) -> bool:
    """Whether a blank line (or the text's start or end) comes before and after the line."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (start == 0 or before.endswith("\n\n")) and (end == len(text) or after == "\n\n")


def _joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """Entities with an organisation's name NER cut in two joined back into one."""
    out: list[Span] = []
    for ent in ents:
        whole = _rejoined(doc, out[-1], ent) if out else None
        if whole is None:
            out.append(ent)
        else:
            out[-1] = whole
    return out


def _rejoined(doc: Doc, before: Span, ent: Span) -> Span | None:
    """One organisation's span over ``before`` and ``ent`` when they are its two halves: a head
    word cut off ("Velmar Port" + "Authority"), a nationality before it, or "of" a place."""
    if not (
        _cut_head(doc, before, ent)
        or _adjective_of_name(doc, before, ent)
        or _of_a_place(doc, before, ent)
    ):
        return None
    return doc.char_span(before.start_char, ent.end_char, label="ORG")


def _cut_head(doc: Doc, before: Span, ent: Span) -> bool:
    """An organisation's head word alone ("Authority") right after the name it ends."""
    return (
        len(ent) == 1
        and (word := texts(doc)[ent.start]).lower() in _ORG_HEAD_WORDS
        and word[:1].isupper()
        and before.label_ not in _NOT_NAMES
        and _JOIN_GAP.fullmatch(doc_text(doc)[before.end_char : ent.start_char]) is not None
    )


@cache
def org_heads() -> frozenset[str]:
    """The head words that end an organisation's name: this module's and the actor table's."""
    return ORG_HEADS | _ORG_HEAD_WORDS


def _adjective_of_name(doc: Doc, adjective: Span, body: Span) -> bool:
    """ "The Kaldrian" + "Maritime Safety Board": a capitalised nationality written right
    before an organisation's name that ends in its head word is the first word of that name
    (NER gives the adjective its own NORP span); "Chinese Communist Party" is one actor, not
    a people and a party."""
    return (
        adjective.label_ == "NORP"
        and body.label_ == "ORG"
        and adjective.text[:1].isupper()
        and doc_text(doc)[adjective.end_char : body.start_char] == " "
        and body[-1].text[:1].isupper()
        and body[-1].lower_ in org_heads()
    )


def _of_a_place(doc: Doc, body: Span, place: Span) -> bool:
    """ "The Velmar Rovers" + "of" + "Orsk" (a place): one organisation's name that NER cut in
    two; the first part ends in a plural common noun (a team) or an organisation's head word
    ("Commission"), so a person's "Tom Baxter of Orsk" stays two."""
    if body.label_ != "ORG" or place.label_ not in {"ORG", "GPE", "LOC"}:
        return False
    if doc_text(doc)[body.end_char : place.start_char] != " of ":
        return False
    if place.label_ == "ORG" and not (place_kind(place.text) or lookup_country(place.text)):
        return False
    from newsbeat.enrich.actor_teams import noun_plural
    from newsbeat.enrich.nlp import common_nouns  # spaCy's: loaded with a parse

    head = body[-1]
    plural = noun_plural(head.text, common_nouns(doc)) is not None
    return plural or head.lower_ in org_heads()


_PURPOSE_MAX = 8  # tokens after "to": "to Re - Elect the President"
_PURPOSE_JOINERS = frozenset({"the", "of", "for", "and"})


def _purpose_end(doc: Doc, ent: Span) -> int | None:
    """Where an organisation's name named for its purpose ends ("Committee to Protect
    Journalists"): its head word, "to", a capitalised verb, then capitalised words, hyphens
    between them and small words before a capitalised one. None when the span is no such name
    or already ends there."""
    words, written = lowers(doc), texts(doc)
    heads = [
        i
        for i in range(ent.start, ent.end)
        if words[i] in _ORG_HEAD_WORDS and written[i][:1].isupper()
    ]
    if not heads:
        return None
    to = heads[-1] + 1
    if to + 1 >= len(doc) or doc[to].lower_ != "to" or not doc[to + 1].text[:1].isupper():
        return None
    last = None
    for j in range(to + 1, min(len(doc), to + 1 + _PURPOSE_MAX)):
        tok = doc[j]
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if "\n" in tok.text:
            break
        if tok.is_alpha and tok.text[:1].isupper():
            last = j
            if "\n" in tok.whitespace_:
                break
        elif not (
            nxt is not None
            and nxt.text[:1].isupper()
            and (tok.text in {"-", "‐", "–"} or tok.lower_ in _PURPOSE_JOINERS)
        ):
            break
    return last + 1 if last is not None and last + 1 > ent.end else None


def _through_purpose(doc: Doc, ents: list[Span]) -> list[Span]:
    """Organisation spans cut inside a name of purpose extended to its end (NER stops at
    "the Committee to Re - Elect"); entities inside the extension give way."""
    out: list[Span] = []
    covered_to = -1
    for ent in ents:
        if ent.start < covered_to:
            continue
        end = _purpose_end(doc, ent) if ent.label_ == "ORG" else None
        whole = doc[ent.start : end] if end is not None else None
        if whole is not None:
            whole = doc.char_span(whole.start_char, whole.end_char, label="ORG")
        if whole is not None:
            out.append(whole)
            covered_to = whole.end
        else:
            out.append(ent)
    return out


def name_spans(
    doc: Doc, clean: Callable[[str], str], headlines: list[tuple[int, int]]
) -> list[Span]:
    """The entities of a parsed article, each cut to its name (see the module docstring).

    Args:
        doc: the parsed article.
        clean: how a span's text becomes a name (``clean_name``), to compare names.
        headlines: the article's title-case lines (:func:`headline_lines`).

    Returns:
        The entity spans, in text order; a span may be shorter than NER's, or left out.
    """
    ents = _through_purpose(doc, _joined(doc, _country_parties(doc, list(doc_ents(doc)))))
    ents = company_of_country(doc, ents)  # "Vodafone Egypt said": the company, not Egypt
    ents = [p for e in ents for p in _score_parts(doc, e)]
    ents = [t for e in ents if not _time_zone(doc, e) and (t := trimmed(doc, e)) is not None]
    if not headlines:
        return ents

    def in_headline(start: int) -> bool:
        return any(a <= start < b for a, b in headlines)

    named = {clean(span_text(e)) for e in ents if not in_headline(e.start_char)}
    # Words the article capitalises in its sentences: a person's name is confirmed by its
    # words ("Lindsay" and "Lohan" written apart) as well as whole.
    capitalised = {
        word
        for word, at in zip(texts(doc), token_offsets(doc), strict=True)
        if word[:1].isupper() and not in_headline(at)
    }
    out: list[Span] = []
    for ent in ents:
        if not in_headline(ent.start_char):
            out.append(ent)
            continue
        for end in range(min(ent.end, _line_end(doc, ent)), ent.start, -1):
            part = doc[ent.start : end]
            words = [t.text for t in part if not t.is_punct]
            if clean(part.text) in named or (
                ent.label_ == "PERSON" and len(words) >= 2 and set(words) <= capitalised
            ):
                out.append(doc.char_span(part.start_char, part.end_char, label=ent.label_) or part)
                break
    return out


def _score_parts(doc: Doc, ent: Span) -> list[Span]:
    """The span, or the names either side of a game's score inside it ("Orsk United 2-1
    Velmar City": a number, a dash, a number, with a name word before and after)."""
    written = span_text(ent)
    if not any(dash in written for dash in _DASHES):
        return [ent]
    for i in range(ent.start + 1, ent.end - 3):
        if doc[i].like_num and doc[i + 1].text in _DASHES and doc[i + 2].like_num:
            parts = (doc[ent.start : i], doc[i + 3 : ent.end])
            if all(any(_name_word(t) for t in part) for part in parts):
                from spacy.tokens import Span

                return [Span(doc, p.start, p.end, label=ent.label_) for p in parts]
    return [ent]


def _country_parties(doc: Doc, ents: list[Span]) -> list[Span]:
    """A country's span and a party's plural after it made one organisation (see the module
    docstring); the plural's own span, if NER gave it one, goes."""
    out: list[Span] = []
    joined_to = -1
    words = lowers(doc)
    for ent in ents:
        if ent.start < joined_to:
            continue
        # the word after read from the columns first: a token object only after a plural
        party = doc[ent.end] if ent.end < len(words) and words[ent.end] in _PARTY_PLURALS else None
        if (
            ent.label_ == "GPE"
            and party is not None
            and party.text[:1].isupper()
            and ent.text.isalpha()
            and not ent.text.isupper()
            and ent[-1].whitespace_ == " "
            and lookup_country(ent.text) is not None
        ):
            whole = doc.char_span(ent.start_char, party.idx + len(party.text), label="ORG")
            if whole is not None:
                out.append(whole)
                joined_to = whole.end
                continue
        out.append(ent)
    return out


def _time_zone(doc: Doc, ent: Span) -> bool:
    """Whether the span is a time zone's abbreviation right after a clock time."""
    text = doc_text(doc)
    return is_time_zone(text, ent.start_char, text[ent.start_char : ent.end_char])


def _line_end(doc: Doc, ent: Span) -> int:
    """The token index where the entity's line ends (NER may run past a line break)."""
    for tok in ent:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            return tok.i + 1 if "\n" in tok.whitespace_ else tok.i
    return ent.end


# Rank abbreviations written before an officer's name, which NER glues to the force's name
# ("Oregon State Police Lt. Orsk"). The dotted title abbreviations of the title list, less
# those that end names too ("Mulholland Dr", "Dominican Rep", "Hun Sen"); our own choice.
_RANKS = frozenset({"lt", "capt", "sgt", "det", "cpl", "col", "gen", "prof", "const", "cst"})
_QUOTE_MARKS = frozenset('"“”')  # not the apostrophe of "O’Brien", nor ‘…’
_DASHES = frozenset({"-", "–", "—"})


@cache
def _contraction_stems() -> frozenset[str]:
    """ "doesn", "didn", "can": what is left of a negative contraction the text spaced out
    ("doesn ’ t"), from spaCy's English tokenizer exceptions."""
    from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    return frozenset(k.lower()[:-2] for k in TOKENIZER_EXCEPTIONS if k.lower().endswith("n't"))


@cache
def _stop_words() -> frozenset[str]:
    """spaCy's English stop words (imported on first use: spaCy is loaded with a parse)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _name_word(tok: Token) -> bool:
    """A capitalised word that is no function word ("Orsk", not "The")."""
    return tok.is_alpha and tok.text[:1].isupper() and tok.lower_ not in _stop_words()


def _loose_end(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is one a name does not end with (see the module docstring), read
    from the doc's columns. A possessive stays: the readers of the span ("X's spokesman")
    expect it."""
    word = texts(doc)[i]
    if lowers(doc)[i] in {"'s", "’s", "'", "’"}:
        return False
    if puncts(doc)[i] and word not in {")", "."}:
        return True
    if word.islower() and (word in _stop_words() or word in _contraction_stems()):
        return True
    return word.rstrip(".").lower() in _RANKS


def trimmed(doc: Doc, ent: Span) -> Span | None:
    """The span without what NER ran on into (the module docstring); ``None`` when nothing of
    a name is left."""
    start, end = ent_start, ent_end = ent.start, ent.end
    written = doc_text(doc)[ent.start_char : ent.end_char]
    marks = sum(map(written.count, _QUOTE_MARKS))  # single characters: each counted once
    # the span's tokens are read only when its text holds what the checks look for
    inside = ent[1:] if marks % 2 or "(" in written else ()
    for tok in inside:
        # a mark the span does not close (a nickname in marks, 'Vincent "Chin" Orsk', stays)
        if (marks % 2 and any(ch in _QUOTE_MARKS for ch in tok.text)) or (
            tok.text == "(" and not any(t.text == ")" for t in doc[tok.i : ent.end])
        ):
            if any(_name_word(t) for t in doc[start : tok.i]):
                end = tok.i
            else:  # 'the “ Orsk City': the name is after the mark
                start = tok.i + 1
            break
    # a record or a list number after a dash: "26 - 1", "- 15"
    if "-" in written or "–" in written or "—" in written:  # one of _DASHES
        words = doc[start:end]
        if len(words) >= 3 and words[-1].like_num and words[-2].text in _DASHES:
            end -= 3 if len(words) >= 4 and words[-3].like_num else 2
    # the span's own words (most spans): its text as written
    said = written if (start, end) == (ent_start, ent_end) else words_text(doc, start, end)
    roster = _ROSTER_CUT.search(said)
    if roster is not None:  # "Ivo Kerr on Injured Reserve"
        cut = doc[start:end].char_span(0, roster.start(), alignment_mode="contract")
        end = cut.end if cut is not None and len(cut) else start
        said = words_text(doc, start, end)
    if said.lower() in _ROSTER_LISTS or _MONTH_DAY.fullmatch(said):
        return None
    if " the " in said:
        start = _past_glued_object(doc, start, end)
    while end > start + 1 and _loose_end(doc, end - 1):
        end -= 1
    label = ent_label = ent.label_
    if (
        3 <= end - start <= 4
        and _may_be_described(doc, start + 1)
        and _described(doc[start], doc[start + 1], doc[start + 2 : end])
    ):
        rest = doc[start + 1 : end].text
        # an organisation's span only when the article names that person elsewhere
        if label == "PERSON" or any(
            e.label_ == "PERSON" and e.text.split()[-1] == rest.split()[-1] for e in doc_ents(doc)
        ):
            start, label = start + 1, "PERSON"
    if (start, end, label) == (ent_start, ent_end, ent_label):
        return ent
    if start >= end or not any(_name_word(t) for t in doc[start:end]):
        return None
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def _past_glued_object(doc: Doc, start: int, end: int) -> int:
    """Where the name starts when NER ran a preposition's object into the name after it ("In
    Parliament the Communist Party of Greece has accused …"): the words before an inner "the"
    hang on a preposition outside the span, the words from it on a verb outside it, so they
    are two phrases; the name is the second. "Save the Children" (the rest hangs on "Save")
    and "the Office of the Surgeon General's Web site" (a function word before "the", the rest
    on a noun) stay whole."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ != "the":
            continue
        first = [t for t in doc[start:k] if not start <= t.head.i < k]
        rest = [t for t in doc[k:end] if not k <= t.head.i < end]
        if (
            len(first) == 1
            and len(rest) == 1
            and doc[k - 1].is_title
            and rest[0].head.pos_ in {"VERB", "AUX"}
            and first[0].dep_ == "pobj"
            and not start <= first[0].head.i < end
            and not start <= rest[0].head.i < end
        ):
            return k
    return start


def _may_be_described(doc: Doc, second: int) -> bool:
    """What :func:`_described` first asks of its second word, read from the doc's columns
    (no token objects for most names): a capitalised word of letters, a known first name."""
    word = texts(doc)[second]
    return word[:1].isupper() and alphas(doc)[second] and is_first_name(word)


def _described(first: Token, second: Token, rest: Span) -> bool:
    """ "Unemployed" or "GM" before "John Baxter": a description before a person's name (a
    first name of the list and one or two capitalised words, the last no organisation's
    head word, "Central Orsk Fire Department"; the first word no place, "Ras Al Orsk")."""
    if not second.text[:1].isupper() or not second.is_alpha or not is_first_name(second.text):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() for t in rest):
        return False
    if rest[-1].lower_ in org_heads() or place_kind(first.text) is not None:
        return False
    word = first.text
    from newsbeat.enrich.nlp import common_nouns  # spaCy's: loaded with a parse

    # A lower-case noun NER ran into the name ("rookie Emil Bemstrom") is left: cutting it
    # (branch entbiz2) gave the held-out check a false conflict (docs, session 16).
    if not word.isalpha() or not word[:1].isupper() or is_first_name(word):
        return False
    if word.lower() in TITLE_HEADS | TITLE_MODIFIERS | HONORIFICS:
        return False  # a title: the title rules make it the person's role
    acronym = word.isupper() and len(word) <= 4
    return acronym or word.lower() in common_nouns(first.doc)
