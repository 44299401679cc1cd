"""Figures that are part of a title, a station's name or a model's, not counts (issue 12,
claims33; read on real pages by read33: "10 Things in Tech" → 10 things, "1010 WINS" → 1,010
wins; and in the extraction benchmark's articles: "iPhone 11 Pro Max" → 11 max).

- A list's title: a figure right before a capitalised list noun ("Things", "Tips", "Ways",
  "Reasons" …) that the title goes on after, capitalised at once or after one small word ("10
  Things in Tech", "5 Tips to Enjoy Game Day", "7 Habits of Happy Farmers", "10 Things You
  Need to Know"). A newsletter, a column or a listicle is named, nothing is counted. Any other
  capitalised plural keeps its count ("12 Marines in Kessa", "40 Nurses from Tarvia", "3
  Britons"), as does a list noun written small ("10 things to know").
- A radio station's dial and call sign: an AM frequency (530–1710) or an FM one (87.5–108)
  right before a call sign of three or four capitals opened by K or W ("1010 WINS", "880
  WKSA"), unless a small word after the sign is what is counted ("1200 WWE fans"). A sentence
  written all in capitals keeps its figures: its words are not told apart by case.
- A model's number: digits right after a brand written with a small first letter and a capital
  inside ("iPhone 11 Pro Max", "iPad 2", "eReader 4 owners"): the brand's number says which
  model, nothing is counted. A count before the brand keeps it ("sold 12 iPhones"). So do one
  or two digits after a brand written in camel case ("MagSafe 2 charger", "PlayStation 4";
  read34), unless the word is a person's name (the tagger's PERSON, or a "Mc" surname): a
  count of more digits after such a word is left alone ("the YouTube 200 list names 200").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_product_names import listed_product_word
from newsbeat.enrich.doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["number_in_title"]

_LIST_NOUNS = frozenset(
    {"things", "tips", "ways", "reasons", "facts", "questions", "lessons", "steps", "secrets",
     "rules", "signs", "habits", "mistakes", "ideas", "tricks", "myths", "takeaways", "truths",
     "thoughts"}
)  # fmt: skip
# small words a title goes on with before its next capitalised word ("Things in Tech")
_TITLE_LINKS = frozenset(
    {"in", "of", "to", "for", "about", "that", "on", "with", "from", "every", "and", "the", "a"}
)
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}")
_AM = re.compile(r"\d{3,4}")
_FM = re.compile(r"\d{2,3}\.\d")
_INNER_CAPITAL = re.compile(r"[a-z]+[A-Z][A-Za-z]*")
_CAMEL_CASE = re.compile(r"(?!Mc)[A-Z][a-z]+[A-Z][A-Za-z]*")  # "McAllister" is a surname


def number_in_title(doc: Doc, first: int, last: int) -> bool:
    """Whether the figure ``doc[first:last + 1]`` opens a list's title, tells a station's dial
    before its call sign or a model's number after its brand."""
    written = doc[first : last + 1].text
    if first > 0 and written.isdigit() and _model_brand(doc[first - 1], written):
        return True  # "iPhone 11 Pro Max", "MagSafe 2": a model's number
    if first > 0 and _listed_model(doc, first, written):
        return True  # "Thunderbolt 3 docks" (claims35): the listed product's model
    if last + 1 >= len(doc):
        return False
    return _list_title(doc, last) or _ranking_title(doc, first, last) or _station(doc, first, last)


def _listed_model(doc: Doc, first: int, written: str) -> bool:
    """Whether one or two digits follow a one-word product of ``data/products.json``
    ("Thunderbolt 3 docks", "Chromecast 2"): the model's number ("Xbox 360": three digits, no)."""
    return (
        written.isdigit()
        and len(written) <= 2
        and listed_product_word(doc[first - 1].text, doc_text(doc))
    )


def _ranking_title(doc: Doc, first: int, last: int) -> bool:
    """ "the ECRI top 10 Health Technology Hazards": a figure after "top" before two capitalised
    words or more is a ranking's title (claims35). "the top 10 Orsk schools" (one capitalised
    word, then a small one) keeps its count, as does a sentence in capitals."""
    if first == 0 or doc[first - 1].lower_ != "top":
        return False
    words = doc[last + 1 : last + 3]
    return (
        len(words) == 2
        and all(w.is_title and w.is_alpha for w in words)
        and any(t.is_lower for t in doc[first].sent)
    )


def _model_brand(brand: Token, digits: str) -> bool:
    """Whether ``brand`` names a product whose model the digits after it number."""
    if _INNER_CAPITAL.fullmatch(brand.text):
        return True
    camel = _CAMEL_CASE.fullmatch(brand.text) is not None
    return camel and len(digits) <= 2 and brand.ent_type_ != "PERSON"


def _list_title(doc: Doc, last: int) -> bool:
    """ "10 Things in Tech", "5 Tips to Enjoy": a capitalised list noun whose title goes on."""
    noun = doc[last + 1]
    if not noun.is_title or noun.lower_ not in _LIST_NOUNS:
        return False
    k = last + 2
    if k < len(doc) and doc[k].is_lower and doc[k].lower_ in _TITLE_LINKS:
        k += 1
    return k < len(doc) and doc[k].is_title and doc[k].is_alpha


def _station(doc: Doc, first: int, last: int) -> bool:
    """ "1010 WINS", "880 WKSA": a dial frequency before a call sign."""
    sign = doc[last + 1]
    written = doc[first : last + 1].text
    if not _CALL_SIGN.fullmatch(sign.text) or not _dial(written):
        return False
    counted = last + 2 < len(doc) and doc[last + 2].is_lower and doc[last + 2].pos_ == "NOUN"
    return not counted and any(t.is_lower for t in doc[first].sent)


def _dial(written: str) -> bool:
    """Whether digits can be an AM (530–1710 kHz) or an FM (87.5–108 MHz) frequency."""
    if _AM.fullmatch(written):
        return 530 <= int(written) <= 1710
    return bool(_FM.fullmatch(written)) and 87.5 <= float(written) <= 108.0
