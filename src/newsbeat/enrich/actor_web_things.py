"""Web techniques, malware, browser releases, update services, menus and security bulletins
named as actors: no actors (issue 12, entities; ents36).

Security copy names the parts of an attack and of its fix the way it names a company: "an
IFrame redirects visitors", "a Velox Trojan", "users of IE6", "through Automatic Updates",
"from the Tools menu", "Kessel Security Bulletin KS08-067". NER types such a name ORG, a
place, a nationality or a person; a reader sees a thing, which issue 12 §3 counts as no actor.
A name is one here when

* its whole name is a web technique, a markup or script language or a web medium of our own
  list ("IFrame", "JavaScript", "HTML", "Webcasts"), in any case of letters;
* it names a piece of malware: two words or more ending in "Trojan", "Worm", "Rootkit" or
  "Botnet" ("the Velox Trojan"), or "Trojan(s)" alone in an article that speaks of malware,
  viruses, hackers or spyware ("the Trojans" of a sports story stay);
* it is a browser's short name with a release number ("IE6", "IE 8", "Windows IE 8 Beta 2"),
  or "IE" alone in an article that names Internet Explorer or Microsoft;
* it is an update service: "Microsoft Update", "Windows Update", "Automatic Updates", or its
  first word NER cut off ("Automatic" whose every mention is followed by "Update(s)");
* it is the name of a menu, a tab or a toolbar: one word whose every mention is followed by
  "menu", "tab" or "toolbar" ("the Tools menu"), in an article about software (it says
  "click", "select", "browser", "toolbar", "software" or "download": a restaurant's "the
  Kessel menu" stays);
* it is a security bulletin or advisory: a name ending in "Bulletin(s)" or "Advisory" with
  "Security" in it, or any name a bulletin's code follows at every mention ("Kessel Bulletin
  KS08-067").

:func:`~newsbeat.enrich.actor_things.drop_things` takes these as things: a name that acts (says
something, has staff), a country, a state or a person with a known first name stays, and the
names written after a dropped one go with it.
"""

from __future__ import annotations

import re

__all__ = ["web_thing_names"]

# Web techniques, markup and script languages, web media: whole names, lower case. Our own
# list; not "Java" (an island), "Flash" or "Ajax" (a team).
_WEB_TERMS = frozenset(
    {
        "iframe", "iframes", "javascript", "activex", "vbscript", "jscript", "html", "html5",
        "xhtml", "css", "xml", "webcast", "webcasts", "podcasts", "webinar", "webinars",
        "malware", "spyware", "adware", "ransomware", "rootkit", "rootkits",
    }
)  # fmt: skip
# The head words of a piece of malware's name ("the Velox Trojan").
_MALWARE_HEADS = frozenset({"Trojan", "Worm", "Rootkit", "Botnet"})
# What an article about malware says (a sports story of the "Trojans" says none of it).
_MALWARE_TALK = re.compile(
    r"\b(?:malware|malicious|virus(?:es)?|hackers?|spyware)\b", re.IGNORECASE
)
# A browser's short name and a release: "IE6", "IE 8", "Windows IE 8 Beta 2".
_BROWSER_RELEASE = re.compile(
    r"(?:Windows )?(?:IE|Internet Explorer|Firefox|Safari|Opera|Chrome) ?\d+(?:\.\d+)?"
    r"(?: Beta(?: \d+)?)?"
)
_BROWSER_MAKER = re.compile(r"\b(?:Internet Explorer|Microsoft)\b")
# Update services: "Microsoft Update", "Windows Update", "Automatic Updates".
_UPDATE_SERVICE = re.compile(r"(?:Microsoft|Windows|Automatic) Updates?")
_UPDATE_AFTER = re.compile(r" Updates?\b")
# A menu's, a tab's or a toolbar's name: "the Tools menu".
_MENU_AFTER = re.compile(r"[ \t]+(?:menu|menus|tab|toolbar)\b")
_MENU_ANYWHERE = re.compile(r"\b(?:menus?|tab|toolbar)\b")
# What an article about a screen's menus says (a restaurant's "the Kessel menu" says none).
_SCREEN_TALK = re.compile(
    r"\b(?:click(?:s|ing|ed)?|select(?:ing)?|browser|toolbar|software|download)\b", re.IGNORECASE
)
# A security bulletin's code after its name: "Bulletin KS08-067".
_BULLETIN_CODE = re.compile(r",?[ \t]+[A-Z]{2,4}\d{2}-\d{3}\b")
_BULLETIN_ENDS = frozenset({"Bulletin", "Bulletins", "Advisory", "Advisories"})


def _every_mention_followed(text: str, name: str, after: re.Pattern[str]) -> bool:
    """Whether ``name`` is written in ``text`` (as a whole word) and ``after`` matches right
    after each place it is."""
    found = False
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if after.match(text, m.end()) is None:
            return False
        found = True
    return found


def _a_web_thing(name: str, text: str, menus: bool) -> bool:
    """Whether the name is one of the module docstring's things in this article's ``text``
    (``menus``: whether the text says "menu", "tab" or "toolbar" at all)."""
    words = name.split()
    if name.lower() in _WEB_TERMS:
        return True
    if len(words) >= 2 and words[-1] in _MALWARE_HEADS:
        return True
    if name in {"Trojan", "Trojans"}:
        return _MALWARE_TALK.search(text) is not None
    if _BROWSER_RELEASE.fullmatch(name):
        return True
    if name == "IE":
        return _BROWSER_MAKER.search(text) is not None
    if _UPDATE_SERVICE.fullmatch(name):
        return True
    if name == "Automatic" and _every_mention_followed(text, name, _UPDATE_AFTER):
        return True
    if len(words) == 1 and menus and _every_mention_followed(text, name, _MENU_AFTER):
        return _SCREEN_TALK.search(text) is not None
    if words[-1] in _BULLETIN_ENDS and ("Security" in words[:-1]):
        return True
    return words[-1] in _BULLETIN_ENDS and _every_mention_followed(text, name, _BULLETIN_CODE)


def web_thing_names(text: str, names: list[str]) -> set[str]:
    """The actors' names that are web techniques, malware, browser releases, update services,
    menus or security bulletins (the module docstring)."""
    menus = _MENU_ANYWHERE.search(text) is not None
    return {name for name in names if _a_web_thing(name, text, menus)}
