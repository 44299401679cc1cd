"""Initialisms of things and single letters named as actors (issue 12, entities; ents35).

NER tags the short form of a common thing as an organisation: a part or a measure of a
computer ("32GB of RAM", "a max FPS of 147.4", "a HDMI or DVI monitor"), a unit ("around 8.69
GW", "a 1TB model"), a format or a network ("HTML email messages", "SQL injection", "HDR
color", "wired to a LAN"), a figure of online advertising ("the highest CTR", "an open RTB
exchange"), a play or a list of a sport ("two TD passes", "placed on IR", "an MVP season",
"51 by KO"), a virus or a test ("the HPV vaccine", "the ECG"), a call for help ("the SOS
call"). None of them is a body that acts. Single capital letters ("around the G, H, and J
keys") are no names either.

An actor whose whole name is one of our own list of such initialisms (as written, or with a
plural "s": "CPUs", "TDs") or one letter goes; a unit's ("GW", "TB", "GHz") only where every
mention follows a number. Only initialisms that no well-known body shares are listed: "GM"
(General Motors, a general manager), "AC" (AC Milan, an adapter), "AAA" (the motoring club, a
game's class), "ROI" (the Republic of Ireland's team), "GB", "NAS", "IPS", "CCTV" (China's
broadcaster, a camera), "NFC" (a football conference), "RBI" (India's central bank), "CPM"
(an Indian party), "ICT" (a tribunal), "DNA" (Romania's anti-graft office), "DEP" and "MD"
(a state's code) are left out.

"CCTV" is a camera, not China's broadcaster, where every mention is followed by what a camera
gives or who watches it ("a CCTV operator", "CCTV footage", "CCTV cameras") or follows "on"
("caught on CCTV"), in an article that names neither China nor Beijing (ents37).

Guard: a name that acts stays (it says, announces, has a spokesman:
:func:`~newsbeat.enrich.actor_things.acts`), so a company that happens to bear one of these
letters and speaks in the article keeps its actor. Only the exact names go: a longer name
that starts with one ("TD Bank", "SQL Server") is not touched here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsbeat.enrich.actor_mention_spans import spans_by_actor
from newsbeat.enrich.actor_things import acts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_thing_initials", "thing_initialism"]

# Initialisms of things: computer parts, formats and networks; units; advertising measures;
# sports plays and lists; viruses, tests and treatments; other common things. Our own list.
_THING_INITIALISMS = frozenset(
    {
        # computers, devices, formats, networks
        "RAM", "CPU", "GPU", "eGPU", "SSD", "HDD", "USB", "HDMI", "DVI", "HDR", "LED", "LCD",
        "OLED", "RGB", "LAN", "GSM", "SIM", "LTE", "VPN", "HTML", "SQL", "DLL", "API",
        "SDK", "PDF", "URL", "GPS", "FPS", "DVD", "VOD", "ISP", "GaN",
        # advertising and business measures
        "CTR", "RTB", "SEO", "KPI",
        # sports plays, records and lists
        "TD", "TFL", "PBU", "KO", "TKO", "MVP", "PPR", "IR",
        # viruses, tests, treatments, substances
        "HPV", "ECG", "EKG", "CPR", "ICU", "DDT",
        # other common things
        "SOS", "ASAP", "RPG",
    }
)  # fmt: skip
# Units: a thing only where every mention follows a number ("around 8.69 GW", "a 1TB model"):
# "GW" is also a university's short name, "MB" a bank's.
_UNITS = frozenset(
    {"GW", "MW", "kW", "GWh", "MWh", "kWh", "TB", "MB", "GHz", "MHz", "Mbps", "Gbps"}
)
_NUMBER_BEFORE = re.compile(r"\d\s?\Z")
# A camera's initialism: a thing only where every mention reads as the camera (see above).
_CAMERAS = frozenset({"CCTV"})
_CAMERA_NOUN_AFTER = re.compile(
    r"[ \t]+(?:cameras?|footage|operators?|images?|pictures?|systems?|recordings?|monitors?"
    r"|monitoring|surveillance|video|stills)\b"
)
_ON_BEFORE = re.compile(r"\b(?:on|via)[ \t]+\Z")
_CHINA = re.compile(r"\b(?:China|Chinese|Beijing)\b")


def thing_initialism(name: str) -> bool:
    """Whether ``name`` is one capital letter or an initialism of the list (or its plural)."""
    if len(name) == 1:
        return name.isupper()
    return name in _THING_INITIALISMS or (name.endswith("s") and name[:-1] in _THING_INITIALISMS)


def _after_a_number(text: str, start: int) -> bool:
    """Whether a number ends right before ``start`` ("8.69 GW", "1TB")."""
    return _NUMBER_BEFORE.search(text, max(0, start - 2), start) is not None


def _a_camera(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``–``end`` reads as a camera ("a CCTV operator", "caught
    on CCTV")."""
    return (
        _CAMERA_NOUN_AFTER.match(text, end) is not None
        or _ON_BEFORE.search(text, max(0, start - 8), start) is not None
    )


def drop_thing_initials(doc: Doc, table: ArticleActors) -> None:
    """Drop the actors named by a thing's initialism or a letter that do not act, in place."""
    named = [name for name in table.actors if thing_initialism(name)]
    named += [
        name
        for name in table.actors
        if name in _UNITS
        and table.every_mention(name, lambda m: _after_a_number(table.text, m.start))
    ]
    named += [
        name
        for name in table.actors
        if name in _CAMERAS
        and table.every_mention(name, lambda m: _a_camera(table.text, m.start, m.end))
        and _CHINA.search(table.text) is None
    ]
    if not named:
        return
    spans_of = spans_by_actor(doc, table)
    table.drop_actors({name for name in named if not acts(doc, table.text, spans_of.get(name, []))})
