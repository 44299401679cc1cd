"""Named people's ages in the shapes news writes them beyond "Ann Kerr, 32," (issue 12).

:func:`newsbeat.enrich.claim_figures.ages` reads "Ann Kerr, 32,", "the 32-year-old Ann Kerr",
"Ann Kerr died at 91" and "Ann Kerr, who was 91,". Reporters write a named person's age in a
few more shapes, each read here only when the text leaves one person it can belong to:

* two conjoined names and "both N" ("Capt. Tom Ardel and Trooper Will Hask, both 51, died"):
  one age for each, when the two names are all the phrase holds;
* "turned N" ("Ann Kerr, who turned 68 on Saturday"; "Kerr turned 68 last week"): the age
  now; "will turn", "turns 29 in April" are a birthday to come, no age;
* a noun of a person described by the age, in apposition to a name ("his 38-year-old wife,
  Lena Rusk,"): the name;
* "At N," opening a sentence whose subject is a name ("At 38, Lena Rusk is the youngest"):
  only from 13 up, where no clock time is read as an age;
* an age set off by dashes after a name ("Ann Kerr -- 38 -- said"), never a single hyphen
  (scores, ranges);
* a dying verb's "aged N" hung on its last word ("has died peacefully in her sleep aged 91"),
  with a subject that is a name or a noun in apposition to one ("Golden girl of the screen,
  Ann Kerr, has died"), and no person's noun before "aged" ("a car driven by a man aged 91").

The caller resolves each name to the article's person (:func:`newsbeat.enrich.claims`); an
:class:`~newsbeat.enrich.claim_figures.Age` built here never names a pronoun.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import TITLE_WORDS
from newsbeat.enrich.claim_carry import personal_noun
from newsbeat.enrich.claim_figures import Age, name_cased
from newsbeat.enrich.doc_arrays import indices_in, lowers, texts, with_digit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["more_ages", "title_word"]

_AGE_MAX = 110
_GROUP_LABELS = frozenset({"ORG", "NORP"})
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "LOC", "FAC", "MONEY", "QUANTITY"})
# Words of a rank or post before a name that the title list leaves out ("Senior Trooper").
_RANK_WORDS = frozenset({"senior", "junior", "staff", "master", "special", "agent", "private"})
_TITLES = frozenset(w.rstrip(".") for w in TITLE_WORDS) | _RANK_WORDS
_DASHES = frozenset({"--", "—", "–"})
_DYING = frozenset({"die", "pass"})
# What may follow "turned N" for the age to be the person's age now.
_TURNED_AFTER = frozenset({".", ",", ";", "on", "this", "last", "earlier", "recently", "and"})
_CUES = frozenset({"both", "turned", "at", "aged", "old"})  # the words more_ages reads
_AT_MIN = 13  # "At 10, Kerr left": a clock time as likely as an age


def title_word(tok: Token) -> bool:
    """Whether a word is a title or a rank written before a name ("Capt.", "Senior", "Dr")."""
    return tok.lower_.rstrip(".") in _TITLES


def more_ages(doc: Doc) -> list[Age]:
    """The ages of the shapes of the module docstring, in text order."""
    out: list[Age] = []
    words = texts(doc)
    # Only the cue words and the short digit runs can start a shape: found on the doc's
    # columns, not by a token object for each of the article's words.
    digits = [i for i in compress(range(len(words)), with_digit(doc)) if _is_age_text(words[i])]
    for i in sorted({*indices_in(lowers(doc), _CUES), *digits}):
        tok = doc[i]
        low = tok.lower_
        if low == "both":
            out.extend(_both(doc, tok))
        elif low == "turned":
            out.extend(_turned(doc, tok))
        elif low == "at":
            out.extend(_at_age(doc, tok))
        elif low == "aged":
            out.extend(_died_aged(doc, tok))
        elif low == "old":
            out.extend(_kin_named(doc, tok))
        elif _is_age(tok):
            out.extend(_dash_aside(doc, tok))
    return sorted(out, key=lambda a: a.first)


def _is_age(tok: Token) -> bool:
    return _is_age_text(tok.text)


def _is_age_text(text: str) -> bool:
    return text.isdigit() and len(text) <= 3 and 0 < int(text) <= _AGE_MAX


def _name_like(tok: Token) -> bool:
    """A word a person's name may end with: a capitalised proper noun NER did not tag as a
    date, a number or a place (a group label is kept: NER types some surnames as groups)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _NOT_NAMES and name_cased(tok.text)


def _age(tok: Token, person: Token, *, first: int | None = None) -> list[Age]:
    return [Age(tok.i if first is None else first, tok.i, float(tok.text), person)]


def _closed(doc: Doc, i: int) -> bool:
    """Whether the token at ``i`` closes a set-off age: a comma, a bracket, a full stop or a
    semicolon, and not the thousands of a number written "10, 000"."""
    if i >= len(doc) or doc[i].text not in {",", ")", ".", ";"}:
        return False
    return not (doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].text.isdigit())


def _name_start(doc: Doc, last: int) -> int:
    """The first word of the name ending at ``last``, past a title before it ("Senior
    Trooper William Hask": "Senior")."""
    k = last
    while k > 0 and (_name_like(doc[k - 1]) or title_word(doc[k - 1])):
        k -= 1
    return k


def _both(doc: Doc, both: Token) -> list[Age]:
    """ "Tom Ardel and Will Hask, both 51,": the two names, each the age."""
    i = both.i
    if i < 2 or i + 2 >= len(doc) or doc[i - 1].text != "," or not _is_age(doc[i + 1]):
        return []
    if not _closed(doc, i + 2):
        return []
    second = doc[i - 2]
    if not _name_like(second):
        return []
    start = _name_start(doc, second.i)
    if start < 2 or doc[start - 1].lower_ != "and":
        return []
    first = doc[start - 2]
    if not _name_like(first):
        return []
    before = _name_start(doc, first.i) - 1
    if before >= 0 and doc[before].text == ",":
        return []  # "Ann, Tom Ardel and Will Hask, both 51": a list of more than two
    number = doc[i + 1]
    return [*_age(number, first, first=both.i), *_age(number, second)]


def _turned(doc: Doc, verb: Token) -> list[Age]:
    """ "Ann Kerr, who turned 68 on Saturday", "Kerr turned 68 last week"."""
    i = verb.i
    if i + 1 >= len(doc) or not _is_age(doc[i + 1]):
        return []
    number = doc[i + 1]
    after = doc[i + 2].lower_ if i + 2 < len(doc) else "."
    if after not in _TURNED_AFTER or number.head.i != verb.i:
        return []
    if any(c.dep_ == "aux" for c in verb.children):
        return []  # "would have turned 68": no age now
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    if subject.lower_ == "who" and verb.dep_ == "relcl":
        subject = verb.head
    return _age(number, subject) if _name_like(subject) else []


def _at_age(doc: Doc, at: Token) -> list[Age]:
    """ "At 38, Lena Rusk is the youngest": the sentence's named subject."""
    i = at.i
    if at.text != "At" or at.i != at.sent.start or i + 2 >= len(doc):
        return []
    number = doc[i + 1]
    if not _is_age(number) or int(number.text) < _AT_MIN or not _closed(doc, i + 2):
        return []
    if doc[i + 2].text != ",":
        return []
    root = at.sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not _name_like(subject):
        return []
    if any(c.dep_ == "conj" for c in subject.children):
        return []  # "At 38, Rusk and Toll are ...": whose age?
    if subject.i != _after_name(doc, i + 3):
        return []  # the name must open the clause the age is set before
    return _age(number, subject)


def _after_name(doc: Doc, k: int) -> int:
    """The last word of the name (titles first) starting at ``k``, or -1."""
    while k < len(doc) and title_word(doc[k]):
        k += 1
    if k >= len(doc) or not _name_like(doc[k]):
        return -1
    while k + 1 < len(doc) and _name_like(doc[k + 1]):
        k += 1
    return k


def _dash_aside(doc: Doc, number: Token) -> list[Age]:
    """ "Ann Kerr -- 38 -- said": a number set off by dashes (not single hyphens) after a
    name."""
    i = number.i
    before, after = _dash_run(doc, i - 1, -1), _dash_run(doc, i + 1, 1)
    if before is None or after is None:
        return []
    name_at = before - 1
    if name_at < 0 or not _name_like(doc[name_at]):
        return []
    if after + 1 < len(doc) and (doc[after + 1].like_num or doc[after + 1].is_punct):
        return []  # "15 -- 2 -- 1": a record, a score
    return _age(number, doc[name_at])


def _dash_run(doc: Doc, k: int, step: int) -> int | None:
    """The index past a dash ("—", "--", or "- -" as the ECB+ texts space it) starting at
    ``k`` going by ``step``, or None."""
    if not 0 <= k < len(doc):
        return None
    if doc[k].text in _DASHES:
        return k + step
    nxt = k + step
    if doc[k].text == "-" and 0 <= nxt < len(doc) and doc[nxt].text == "-":
        return nxt + step
    return None


def _died_aged(doc: Doc, aged: Token) -> list[Age]:
    """ "Ann Kerr has died peacefully in her sleep aged 91": "aged" hung on the last noun of a
    phrase of the dying verb."""
    i = aged.i
    if i + 1 >= len(doc) or not _is_age(doc[i + 1]) or doc[i + 1].head.i != i:
        return []
    if i + 2 < len(doc) and not _closed(doc, i + 2):
        return []
    noun = aged.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.pos_ == "PROPN" or personal_noun(noun):
        return []  # "driven by a man aged 91": the man's age
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    verb = prep.head
    if verb.lemma_.lower() not in _DYING:
        return []
    if verb.lemma_.lower() == "pass" and not any(c.lower_ == "away" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    if not _name_like(subject):
        named = [c for c in subject.children if c.dep_ == "appos" and _name_like(c)]
        if subject.pos_ != "NOUN" or len(named) != 1:
            return []
        subject = named[0]  # "Golden girl of the screen, Ann Kerr, has died"
    return _age(doc[i + 1], subject)


def _kin_named(doc: Doc, old: Token) -> list[Age]:
    """ "his 38-year-old wife, Lena Rusk,": the name in apposition to the noun the age
    describes."""
    noun = old.head
    if old.dep_ != "amod" or noun.pos_ != "NOUN" or noun.i <= old.i or not personal_noun(noun):
        return []
    years = next((c for c in old.children if c.lower_ in {"year", "years"}), None)
    if years is None:
        return []
    numbers = [c for c in years.children if c.dep_ == "nummod" and _is_age(c)]
    if len(numbers) != 1 or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    named = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    if len(named) != 1 or not _name_like(named[0]):
        return []
    if _name_start(doc, named[0].i) != noun.i + 2:
        return []  # the name must follow the comma at once
    return _age(numbers[0], named[0])


_COMPANY_ENDS = frozenset({"inc", "corp", "co", "ltd", "llc", "plc", "group", "bank", "party"})


_SPEAKING = frozenset({"say", "tell"})
_HE_SHE = frozenset({"he", "she"})


def person_shaped(doc: Doc, age: Age) -> bool:
    """Whether an age's shape says a person even of a name NER typed as a group: the age set
    off by commas right after the name ("Teixeira, 28,": no firm or team is written with a
    number so), or "the N-year-old Name" saying of itself "he" or "she" ("25-year-old Guzel
    said she had come")."""
    if age.first != age.last:
        return False
    name = age.person
    if name.i == age.first - 2:
        return doc[age.first - 1].text == "," and _closed(doc, age.first + 1)
    if not age.first < name.i <= age.first + 6 or doc[name.i - 1].lower_ != "old":
        return False
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in _SPEAKING:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    return any(t.dep_ == "nsubj" and t.lower_ in _HE_SHE for c in said for t in c.children)


def person_typed_group(name: str, label: str | None) -> bool:
    """Whether an actor NER typed as an organisation may be the person an age set off after
    it belongs to ("Teixeira, 28,"): one to three words, each written as a name is, no
    company's ending, no place of the gazetteer."""
    from newsbeat.enrich.names import place_kind

    words = name.replace(".", " ").split()
    if label != "ORG" or not 1 <= len(words) <= 3:
        return False
    if not all(name_cased(w) or (len(w) == 1 and w.isupper()) for w in words):
        return False
    if words[-1].lower() in _COMPANY_ENDS:
        return False
    return place_kind(name) is None
