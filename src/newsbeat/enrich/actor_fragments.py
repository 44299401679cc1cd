"""Names that are no actor's: a tournament's group, a street address, a rank or a title's
first words (issue 12, entities).

NER tags pieces of real pages as people, places or organisations:

* a tournament's group or play-off path: "Group D", "Pool B", "Path A" (or its word alone,
  every mention before the letter);
* a street of an address: every mention after a house number ("of 1909 Orsk Drive") or at
  a crossing with another street ("near Seventh Street and Harbour Avenue");
* a rank's abbreviation alone: "Cmdr." before a name NER did not join to it;
* the first words of a title: "the then Velmar Home Secretary, Lena Holm" gives "Velmar
  Home", "Mr. Ranking Member" gives "Ranking": that mention is part of the title;
* a technical initialism: "EV", "AWD", "USB-C", "GPS" name a kind of thing, not a body.
"""

from __future__ import annotations

import re

from newsbeat.enrich.actor_table import ArticleActors

__all__ = ["drop_fragments"]

_GROUP = re.compile(r"(?:Group|Pool|Path|Bracket)\s+[A-L]")
_GROUP_LETTER = re.compile(r"\s+[A-L]\b")  # "Group" of "Group E" when NER left the letter out
_STREET_ENDS = frozenset(
    {
        "street", "st", "avenue", "ave", "drive", "dr", "road", "rd", "place", "pl", "lane",
        "ln", "boulevard", "blvd", "terrace", "parkway", "pkwy", "circle", "cir", "way",
    }
)  # fmt: skip
_HOUSE_NUMBER = re.compile(r"\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?\Z")
_CROSSING = re.compile(r"\s+(?:and|&)\s+\Z")
_RANKS = frozenset(
    {
        "Cmdr", "Cdr", "Lt", "Col", "Gen", "Sgt", "Capt", "Maj", "Adm", "Cpl", "Pvt", "Brig",
        "Supt", "Insp", "Det", "Lt Col", "Lt Gen", "Maj Gen", "Brig Gen", "Rear Adm", "Vice Adm",
    }
)  # fmt: skip
# the last word of a title's first part and the title word after it
_TITLE_LEADS = frozenset({"home", "foreign", "interior", "ranking", "shadow", "defence", "defense"})
_TITLE_AFTER = re.compile(r"\s+(?:Secretary|Minister|Member)\b")
# Initialisms of techniques, parts and measures that NER types as organisations. Our own
# list; not those a body bears too ("API", the American Petroleum Institute; "ICE"; "NFC";
# "ABS"; "RAM", a truck maker; state codes such as "AR").
_TECHNICAL = frozenset(
    {
        "EV", "PHEV", "BEV", "HEV", "AWD", "4WD", "FWD", "RWD", "SUV", "ADAS", "USB", "HDMI",
        "LED", "OLED", "LCD", "GPS", "CPU", "GPU", "SSD", "LTE", "5G", "4G", "3D", "VPN",
        "PDF", "DVD", "Wi-Fi", "WiFi", "IoT", "AI", "VR", "MPG", "MPH", "kWh", "RPM", "DNA",
        "RNA", "MRI", "GDP", "IPO", "ETF",
    }
)  # fmt: skip
_MODEL_MARK = re.compile(r"[A-Z0-9]{1,3}")  # "USB-C", "LTE-A"


def drop_fragments(table: ArticleActors) -> None:
    """Drop the actors and mentions of the module docstring, in place."""
    text = table.text
    gone = {
        name
        for name in table.actors
        if _GROUP.fullmatch(name)
        or _a_groups_word(table, name)
        or name.rstrip(".") in _RANKS
        or _a_street(table, name)
        or _technical(name)
    }
    kept = []
    for m in table.mentions:
        if m.actor in gone:
            continue
        last = m.actor.split()[-1].lower()
        if last in _TITLE_LEADS and _TITLE_AFTER.match(text, m.end):
            table.actors[m.actor].mentions -= 1
            if table.actors[m.actor].mentions <= 0:
                gone.add(m.actor)
            continue
        kept.append(m)
    table.mentions = kept
    for name in gone:
        table.actors.pop(name, None)


def _a_groups_word(table: ArticleActors, name: str) -> bool:
    """ "Group" every mention of which a group's letter follows ("in Group E")."""
    if _GROUP.fullmatch(f"{name} A") is None:
        return False
    return table.every_mention_followed(name, _GROUP_LETTER.match)


def _technical(name: str) -> bool:
    """A technical initialism of the list, its plural ("EVs") or a variant ("USB-C")."""
    if name in _TECHNICAL or (name.endswith("s") and name[:-1] in _TECHNICAL):
        return True
    head, dash, tail = name.partition("-")
    return bool(dash) and head in _TECHNICAL and _MODEL_MARK.fullmatch(tail) is not None


def _a_street(table: ArticleActors, name: str) -> bool:
    """Every mention of a name ending in a street's word follows a house number or another
    street's name and "and"."""
    words = name.split()
    if len(words) < 2 or words[-1].lower().rstrip(".") not in _STREET_ENDS:
        return False
    starts = [m.start for m in table.mentions if m.actor == name]
    return bool(starts) and all(_in_address(table.text, s) for s in starts)


def _in_address(text: str, start: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _HOUSE_NUMBER.search(before):
        return True
    crossing = _CROSSING.search(before)
    if crossing is None:
        return False
    words = before[: crossing.start()].split()
    return bool(words) and words[-1].lower().rstrip(".,") in _STREET_ENDS
