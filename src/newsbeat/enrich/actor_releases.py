"""Names the text gives release versions ("X 7" and "X 8", "X 3.05"), and names after them."""

from __future__ import annotations

import re

from newsbeat.enrich.actor_merge import kind_of_person
from newsbeat.enrich.names import place_kind


def _named_after(name: str, thing: str) -> bool:
    """ "X Pro", "Xs" and a release "X6" are named after the thing X."""
    if name.startswith(thing + " ") or name in {thing + "s", thing + "es"}:
        return True
    return name.startswith(thing) and _VERSION.fullmatch(name[len(thing) :]) is not None


# A release number: one digit, dotted ("7", "3.05", "5.01", "4. 0": a decimal split by the
# text's spacing) or a year ("X Server 2003"; a name needs two releases, so one "Velmar 2008"
# is none). Not two digits (a team's "27 - yard line", a score), not part of a longer number,
# record or time ("3 - 1", "9:30").
_VERSION = re.compile(r"(?:19|20)\d\d|\d(?:\.\s?\d{1,2}){0,2}")


_VERSION_END = r"(?!\w|\.\d|\s?[-–:/%]|\s*,\s*\d)"


# What may follow a dotted release: punctuation, the end, a name, a conjunction ("3.05 and
# later"); not a counted noun ("14.9 points", "2.5 million").
_AFTER_DOTTED = re.compile(r"\s*(?:[,;.)]|$|and\b|or\b|[A-Z])")


# What follows the name, compiled once (not a pattern per name): a space (optional after an
# all-capitals name: "IE6", not "Windows7") and the release.
_RELEASE_AFTER = {
    glue: re.compile(rf"{glue}({_VERSION.pattern}){_VERSION_END}") for glue in (r"\s?", r"\s")
}


_NOT_AFTER_WORD = re.compile(r"(?<![\w-])")


_NAMED_RELEASE = re.compile(rf"(.+?)\s?({_VERSION.pattern})$")


def _releases(text: str, name: str) -> list[re.Match[str]]:
    """What ``finditer`` of ``(?<![\\w-])NAME GLUE (VERSION) END`` finds, as the matches of
    the part after the name: tried at each occurrence of the name, from the end of the
    previous match on."""
    after = _RELEASE_AFTER[r"\s?" if name.isupper() else r"\s"]
    found: list[re.Match[str]] = []
    at = text.find(name)
    while at >= 0:
        m = after.match(text, at + len(name)) if _NOT_AFTER_WORD.match(text, at) else None
        if m is not None:
            found.append(m)
        at = text.find(name, at + 1 if m is None else max(m.end(), at + 1))
    return found


def versioned_names(text: str, names: list[str]) -> set[str]:
    """The names the text gives release versions (the module docstring): two different
    numbers right after the name ("X 7", "X 8", or "X7" written as one word), or one dotted
    number ("X 3.05") not followed by a counted noun. Places of the gazetteer and persons
    with a known first name never are."""
    versions: dict[str, set[str]] = {}
    dotted: set[str] = set()
    for name in names:
        if not name[:1].isupper():
            continue
        releases = _releases(text, name)  # most names have none: the name tests after it
        if not releases or place_kind(name) is not None or kind_of_person(name):
            continue
        for m in releases:
            number = re.sub(r"\s", "", m.group(1))
            versions.setdefault(name, set()).add(number)
            if "." in number and _AFTER_DOTTED.match(text, m.end()):
                dotted.add(name)
    for name in names:
        base = _NAMED_RELEASE.match(name)
        if base and (base.group(1) in versions or base.group(1) in names):
            versions.setdefault(base.group(1), set()).add(base.group(2))
    return {n for n, found in versions.items() if len(found) >= 2} | dotted
