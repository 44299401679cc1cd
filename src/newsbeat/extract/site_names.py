"""The outlet's name out of a page's site name that says more than the name.

trafilatura's site name is the page's ``og:site_name``, a JSON-LD publisher's name, or a part of
the ``<title>`` holding a dot (meant for ``Site.com``). Two shapes of it are not the name
readers call the outlet:

- a name followed by a tagline or the site's sections (``Harbour Wheels | F1 | Indy | Rally``,
  ``Kessa Link | Kessa's popular news platform``): the outlet is the segment that spells the
  site's domain (``harbourwheels.example``) or one of its declared handles, else, with ``|``
  separators, the first segment that is not a home page's word (``Home | Kessa Ledger``); a
  name with dashes is cut only where a segment spells the domain (``Velmar 80/90 -
  Memorabilia`` on ``velmar8090.example``), because dashes join real names too;
- a phrase of the ``<title>`` taken for a site name because it holds a sentence's period after
  a lower-case word (``Diet of the week - lose up to 10 kg. Reviews``), which the page does not
  declare as its ``og:site_name``: not a name at all.

On the 181 real pages of the article-extraction benchmark (session 36) the first shape is 6
pages of 3 sites, the second 1 page.
"""

from __future__ import annotations

import re

__all__ = ["outlet_site_name"]

_SEGMENTS = re.compile(r"\s+([|–—·-])\s+")
_WORDS = re.compile(r"\w+")
# a home page's or section's word some sites put before their name ("Home | Kessa Ledger")
_PAGE_WORDS = frozenset(
    ["home", "homepage", "news", "latestnews", "startseite", "inicio", "início", "accueil"]
)
# a word ending a sentence inside the name: lower case, so "St. Kessa Post" and "Ledger Co. Ltd"
# are still names
_SENTENCE_END = re.compile(r"([^\W\d_]+)\.\s")


def _key(text: str) -> str:
    """Letters and digits only, folded (``Velmar 80/90`` -> ``velmar8090``)."""
    return "".join(_WORDS.findall(text.casefold()))


def _domainish(text: str) -> bool:
    return "." in text and not any(c.isspace() for c in text)


def outlet_site_name(
    name: str,
    *,
    label: str | None,
    handles: frozenset[str],
    declared: str | None,
    title_element: str | None,
) -> str | None:
    """The outlet's name in a site name, or None when the site name is no name.

    Args:
        name: trafilatura's site name, stripped.
        label: the first label of the page's registrable domain (``harbourwheels``), None
            without an address.
        handles: the page's declared Twitter handles and app names, folded, without ``@``.
        declared: the page's ``og:site_name`` as written (None when it declares none).
        title_element: the text of the page's ``<title>`` (None when it has none).

    Returns:
        ``name`` itself, the segment of it that is the name, or None for a phrase of the
        ``<title>`` that holds a sentence's period.
    """
    if (
        title_element
        and "." in name
        and not _domainish(name)
        and any(word.islower() and len(word) >= 2 for word in _SENTENCE_END.findall(name + " "))
        and name.casefold() != (declared or "").strip().casefold()
        and f" {name.casefold()}" in f" {title_element.casefold()}"
        and title_element.strip().casefold() != name.casefold()
    ):
        return None
    parts = _SEGMENTS.split(name)
    if len(parts) < 3:
        return name
    segments = [part.strip() for part in parts[::2]]
    separators = set(parts[1::2])
    spelled = {_key(label)} if label else set()
    spelled |= {_key(handle) for handle in handles}
    spelled.discard("")
    for segment in segments:
        bare = segment.split(".", 1)[0] if _domainish(segment) else segment
        if _key(bare) in spelled and len(_key(bare)) >= 3:
            return segment
    named = [segment for segment in segments if _key(segment) not in _PAGE_WORDS]
    first = named[0] if named else ""
    if separators == {"|"} and len(first) >= 2 and not _domainish(first):
        return first
    return name
