"""An organisation whose own name has commas in it.

"the Ministry of Trade, Industry and Energy" or "Boeing Defense, Space, and Security" reads
like a list, and the actor table splits NER's lists of places and organisations at their
commas ("Orsa, Kittby and Brask" are three towns). Two shapes are one name:

- an office "of" several portfolios: "Ministry of Trade, Industry and Energy", "Department of
  Health, Education and Welfare" (each later part capitalised words, no country, no acronym);
- a company's division of three or more common nouns: "Boeing Defense, Space, and Security"
  (each later part one common noun the article tags nowhere as a name of its own; a list of
  two, "Big Machine, Braun", is read as the list it usually is);
- a firm of partners' names joined by "&" before its legal form: "Brask, Orvell & Tamm,
  LLP" (each part one or two capitalised words; ents34). Without the legal form after it the
  span stays a list ("Brask, Orvell & Tamm won seats").
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ORG_HEADS, clean_name, lookup_country
from newsbeat.enrich.actor_teams import noun_plural
from newsbeat.enrich.names import is_first_name

_PARTS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# NER's span sometimes runs into the acronym the text defines: "Energy (MOTIE"
_OPEN_BRACKET = re.compile(r"\s*\([^)]*$")
# the name's last part when NER's span stopped short of it: "Boeing Defense, Space" + ", and
# Security"
_MORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)([A-Z][a-z]+)\b")
_OFFICES = frozenset(
    {
        "ministry", "department", "office", "bureau", "secretariat", "commission", "committee",
        "council", "institute", "school", "faculty", "college", "agency", "board", "secretary",
        "minister",
    }
)  # fmt: skip
# a firm's legal form after its partners' names: "Brask, Orvell & Tamm, LLP"
_FIRM_END = re.compile(r",?[ \t]*(?:LLP|LLC|PLLC|L\.L\.P|L\.L\.C|P\.C|P\.A)\b")
_OFFICE_OF = re.compile(r"\b([A-Z][a-z]+) of [A-Z]")


def one_name_with_commas(
    span: str, after: str, label: str, nouns: frozenset[str], elsewhere: frozenset[str]
) -> str | None:
    """The organisation's whole name when the NER span with commas is one name, else None.

    Args:
        span: the NER span's text.
        after: the article's text right after the span.
        label: its NER label (only ORG spans are read).
        nouns: the pipeline's common nouns (lower case).
        elsewhere: the names NER tags elsewhere in the article; a part that is one of them is a
            name of its own ("CBS All Access, Disney and Apple" where Disney acts again),
            whatever the word list says (it lists "disney" and "braun" too).

    Returns:
        The name as written (from the span's start), which may run on past the span's end.
    """
    if label != "ORG" or not nouns:
        return None
    text = _OPEN_BRACKET.sub("", span)
    if text == span:
        more = _MORE.match(after)
        while more is not None and _portfolio(more.group(1), nouns, elsewhere):
            text += more.group(0)
            after = after[more.end() :]
            more = _MORE.match(after)
    first, *rest = _PARTS.split(text)
    if _a_firm(text, after):
        return clean_name(text)
    head = first.split()
    if not rest or len(head) < 2:
        return None
    office = _OFFICE_OF.search(first)
    if office is not None and office.group(1).lower() in _OFFICES:
        if all(_capitalised_words(part, elsewhere) for part in rest):
            return clean_name(text)
        return None
    last = head[-1].lower()
    if len(rest) < 2 or not (last in nouns or noun_plural(head[-1], nouns) is not None):
        return None
    if last in ORG_HEADS:
        return None  # "Lund University, Harvard and Yale": the first part is a name whole
    for part in rest:
        words = part.split()
        if len(words) != 1 or not _portfolio(words[0], nouns, elsewhere):
            return None
    return clean_name(text)


def _a_firm(text: str, after: str) -> bool:
    """Partners' names, the last joined by "&", before a legal form ("…, LLP")."""
    if "&" not in text or _FIRM_END.match(after) is None:
        return False
    parts = [p.strip() for p in re.split(r",|&", text)]
    return len(parts) >= 3 and all(
        1 <= len(p.split()) <= 2 and all(w[:1].isupper() for w in p.split()) for p in parts
    )


def _portfolio(word: str, nouns: frozenset[str], elsewhere: frozenset[str]) -> bool:
    """A capitalised common noun (or its plural) that names no country, no person's first
    name and nothing the article tags as a name on its own."""
    if not word[:1].isupper() or word.isupper() or word in elsewhere:
        return False
    if lookup_country(word) is not None or is_first_name(word):
        return False
    return word.lower() in nouns or noun_plural(word, nouns) is not None


def _capitalised_words(part: str, elsewhere: frozenset[str]) -> bool:
    """One to three capitalised words, none in capitals, no country, not a name of its own."""
    words = part.split()
    if not 1 <= len(words) <= 3 or part in elsewhere or lookup_country(part) is not None:
        return False
    return all(w[:1].isupper() and not w.isupper() for w in words)
