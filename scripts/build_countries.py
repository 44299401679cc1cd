"""Build ``src/newsbeat/data/countries.json``: every country's names, aliases, demonyms, capitals.

Sources, merged in this order:

1. pycountry (ISO 3166-1): ``name``, ``official_name``, ``common_name``, alpha-3 code.
2. The PETRARCH2 country actor dictionary (``../shared/lexicons/petrarch2/
   Phoenix.Countries.actors.txt``, MIT licence, Open Event Data Alliance): only aliases that
   look like demonyms (Norwegian, Britons, ...) or long forms of the country name are kept;
   its city names are not (a city is not its government).
3. The curated table below (our own): short canonical names, everyday aliases (UK, Britain,
   the US), demonyms the dictionary misses, and the capitals that stand for governments in
   news copy ("Beijing said", "talks between London and Oslo").

Aliases claimed by two countries are dropped as ambiguous. Run from the repository root::

    .venv/bin/python scripts/build_countries.py [--shared ../shared]
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pycountry
from data_build import build_main

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsbeat" / "data" / "countries.json"

# Short names news copy uses, by ISO alpha-3.
CANONICAL = {
    "BOL": "Bolivia",
    "BRN": "Brunei",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CZE": "Czech Republic",
    "FSM": "Micronesia",
    "GBR": "United Kingdom",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TUR": "Turkey",
    "TWN": "Taiwan",
    "TZA": "Tanzania",
    "USA": "United States",
    "VAT": "Vatican City",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
    "CIV": "Ivory Coast",
    "CPV": "Cape Verde",
    "SWZ": "Eswatini",
    "MKD": "North Macedonia",
}

# Everyday aliases and demonyms (lower case), by ISO alpha-3.
ALIASES = {
    "GBR": ["uk", "u.k.", "britain", "great britain", "british", "briton", "britons"],
    "USA": ["us", "u.s.", "usa", "u.s.a.", "america", "american", "americans", "united states"],
    "RUS": ["russia", "russian", "russians", "russian federation"],
    "CHN": ["china", "chinese", "prc", "people's republic of china"],
    "KOR": ["south korea", "south korean", "south koreans", "korea"],
    "PRK": ["north korea", "north korean", "north koreans", "dprk"],
    "UKR": ["ukraine", "ukrainian", "ukrainians"],
    "DEU": ["germany", "german", "germans"],
    "FRA": ["france", "french"],
    "NLD": ["netherlands", "holland", "dutch", "the netherlands"],
    "NOR": ["norway", "norwegian", "norwegians"],
    "SWE": ["sweden", "swedish", "swede", "swedes"],
    "DNK": ["denmark", "danish", "dane", "danes"],
    "FIN": ["finland", "finnish", "finn", "finns"],
    "ISL": ["iceland", "icelandic", "icelander", "icelanders"],
    "EST": ["estonia", "estonian", "estonians"],
    "LVA": ["latvia", "latvian", "latvians"],
    "LTU": ["lithuania", "lithuanian", "lithuanians"],
    "POL": ["poland", "polish", "pole", "poles"],
    "IRL": ["ireland", "irish", "republic of ireland"],
    "CHE": ["switzerland", "swiss"],
    "ESP": ["spain", "spanish", "spaniard", "spaniards"],
    "PRT": ["portugal", "portuguese"],
    "ITA": ["italy", "italian", "italians"],
    "GRC": ["greece", "greek", "greeks"],
    "TUR": ["turkey", "turkish", "turk", "turks", "türkiye"],
    "ISR": ["israel", "israeli", "israelis"],
    "PSE": ["palestine", "palestinian", "palestinians"],
    "IRN": ["iran", "iranian", "iranians"],
    "IRQ": ["iraq", "iraqi", "iraqis"],
    "SYR": ["syria", "syrian", "syrians"],
    "SAU": ["saudi arabia", "saudi", "saudis"],
    "ARE": ["uae", "u.a.e.", "emirates", "emirati", "emiratis"],
    "EGY": ["egypt", "egyptian", "egyptians"],
    "IND": ["india", "indian", "indians"],
    "PAK": ["pakistan", "pakistani", "pakistanis"],
    "JPN": ["japan", "japanese"],
    "VNM": ["vietnam", "vietnamese", "viet nam"],
    "PHL": ["philippines", "filipino", "filipinos", "philippine"],
    "AUS": ["australia", "australian", "australians"],
    "NZL": ["new zealand", "new zealander", "new zealanders", "kiwi"],
    "CAN": ["canada", "canadian", "canadians"],
    "MEX": ["mexico", "mexican", "mexicans"],
    "BRA": ["brazil", "brazilian", "brazilians"],
    "ARG": ["argentina", "argentine", "argentinian", "argentinians"],
    "ZAF": ["south africa", "south african", "south africans"],
    "NGA": ["nigeria", "nigerian", "nigerians"],
    "KEN": ["kenya", "kenyan", "kenyans"],
    "ETH": ["ethiopia", "ethiopian", "ethiopians"],
    "AFG": ["afghanistan", "afghan", "afghans"],
    "CZE": ["czechia", "czech", "czechs"],
    "SVK": ["slovakia", "slovak", "slovaks"],
    "HUN": ["hungary", "hungarian", "hungarians"],
    "ROU": ["romania", "romanian", "romanians"],
    "BGR": ["bulgaria", "bulgarian", "bulgarians"],
    "SRB": ["serbia", "serbian", "serbs"],
    "HRV": ["croatia", "croatian", "croats"],
    "BLR": ["belarus", "belarusian", "belarusians"],
    "GEO": ["georgian", "georgians"],
    "BEL": ["belgium", "belgian", "belgians"],
    "AUT": ["austria", "austrian", "austrians"],
    "TWN": ["taiwan", "taiwanese"],
    "IDN": ["indonesia", "indonesian", "indonesians"],
    "MYS": ["malaysia", "malaysian", "malaysians"],
    "THA": ["thailand", "thai"],
    "CUB": ["cuba", "cuban", "cubans"],
    "VEN": ["venezuela", "venezuelan", "venezuelans"],
    "COL": ["colombia", "colombian", "colombians"],
    "CHL": ["chile", "chilean", "chileans"],
    "PER": ["peru", "peruvian", "peruvians"],
    "LBN": ["lebanon", "lebanese"],
    "JOR": ["jordan", "jordanian", "jordanians"],
    "YEM": ["yemen", "yemeni", "yemenis"],
    "QAT": ["qatar", "qatari", "qataris"],
    "KWT": ["kuwait", "kuwaiti", "kuwaitis"],
    "LBY": ["libya", "libyan", "libyans"],
    "SDN": ["sudan", "sudanese"],
    "SOM": ["somalia", "somali", "somalis"],
    "MAR": ["morocco", "moroccan", "moroccans"],
    "DZA": ["algeria", "algerian", "algerians"],
    "TUN": ["tunisia", "tunisian", "tunisians"],
}

# Capitals that stand for their governments in news copy.
CAPITALS = {
    "USA": ["washington"],
    "GBR": ["london", "downing street", "whitehall"],
    "RUS": ["moscow", "the kremlin", "kremlin"],
    "CHN": ["beijing"],
    "JPN": ["tokyo"],
    "KOR": ["seoul"],
    "PRK": ["pyongyang"],
    "UKR": ["kyiv", "kiev"],
    "DEU": ["berlin"],
    "FRA": ["paris", "the elysee", "élysée"],
    "ITA": ["rome"],
    "ESP": ["madrid"],
    "PRT": ["lisbon"],
    "NLD": ["the hague"],
    "BEL": ["brussels"],
    "NOR": ["oslo"],
    "SWE": ["stockholm"],
    "DNK": ["copenhagen"],
    "FIN": ["helsinki"],
    "ISL": ["reykjavik"],
    "EST": ["tallinn"],
    "LVA": ["riga"],
    "LTU": ["vilnius"],
    "POL": ["warsaw"],
    "CZE": ["prague"],
    "SVK": ["bratislava"],
    "HUN": ["budapest"],
    "ROU": ["bucharest"],
    "BGR": ["sofia"],
    "SRB": ["belgrade"],
    "GRC": ["athens"],
    "TUR": ["ankara"],
    "AUT": ["vienna"],
    "CHE": ["bern"],
    "IRL": ["dublin"],
    "ISR": ["jerusalem"],
    "IRN": ["tehran"],
    "IRQ": ["baghdad"],
    "SYR": ["damascus"],
    "SAU": ["riyadh"],
    "EGY": ["cairo"],
    "IND": ["new delhi"],
    "PAK": ["islamabad"],
    "AFG": ["kabul"],
    "TWN": ["taipei"],
    "VNM": ["hanoi"],
    "PHL": ["manila"],
    "IDN": ["jakarta"],
    "THA": ["bangkok"],
    "AUS": ["canberra"],
    "NZL": ["wellington"],
    "CAN": ["ottawa"],
    "MEX": ["mexico city"],
    "BRA": ["brasilia", "brasília"],
    "ARG": ["buenos aires"],
    "CUB": ["havana"],
    "VEN": ["caracas"],
    "ZAF": ["pretoria"],
    "NGA": ["abuja"],
    "KEN": ["nairobi"],
    "ETH": ["addis ababa"],
    "BLR": ["minsk"],
    "GEO": ["tbilisi"],
    "LBN": ["beirut"],
    "JOR": ["amman"],
    "QAT": ["doha"],
    "LBY": ["tripoli"],
    "SDN": ["khartoum"],
}

_DEMONYM_END = re.compile(r"(?:ian|ians|ean|eans|an|ans|ese|ish|i|is|ic|ot|ots)$")
_GENERIC = {"republic", "kingdom", "state", "states", "federation", "united", "democratic", "the"}


def _stems(names: set[str]) -> set[str]:
    """First four letters of each distinctive word of a country's names."""
    return {w[:4] for n in names for w in re.findall(r"[a-z]{4,}", n) if w not in _GENERIC}


def _keep_alias(alias: str, stems: set[str]) -> bool:
    """A demonym or long form shares a stem with the country's own names; a city does not."""
    words = re.findall(r"[a-z]{4,}", alias)
    return bool(_DEMONYM_END.search(alias) or len(words) > 1) and any(
        w[:4] in stems for w in words if w not in _GENERIC
    )


def _phoenix_aliases(path: Path) -> dict[str, list[str]]:
    """Aliases per ISO-3 code from the PETRARCH2 country dictionary (demonyms, long forms)."""
    aliases: dict[str, list[str]] = defaultdict(list)
    code = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line or line.startswith("\t") or line.startswith(" "):
            continue
        head = re.match(r"^([A-Z0-9_.'\-]+)\s+\[([A-Z]{3})\]\s*$", line)
        if head:
            code = head.group(2)
            continue
        if line.startswith("+") and code:
            alias = line[1:].strip().strip("_").replace("_", " ").lower()
            if alias:
                aliases[code].append(alias)
        elif not line.startswith("+"):
            code = None  # a person entry: its lines are not country aliases
    return aliases


def build(shared: Path) -> dict[str, object]:
    """Merge the sources into the data file's structure."""
    phoenix_file = shared / "lexicons" / "petrarch2" / "Phoenix.Countries.actors.txt"
    phoenix = _phoenix_aliases(phoenix_file) if phoenix_file.exists() else {}
    countries: list[dict[str, object]] = []
    owners: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        code = c.alpha_3
        name = CANONICAL.get(code) or getattr(c, "common_name", None) or c.name.split(",")[0]
        names = {name.lower(), c.name.lower()}
        for attr in ("official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.add(value.lower())
        names.update(a.lower() for a in ALIASES.get(code, []))
        stems = _stems(names)
        names.update(a for a in phoenix.get(code, []) if _keep_alias(a, stems))
        names = {n for n in names if len(n) >= 2}
        capitals = sorted(set(CAPITALS.get(code, [])))
        for n in names | set(capitals):
            owners[n].add(code)
        countries.append(
            {"name": name, "iso3": code, "aliases": sorted(names), "capitals": capitals}
        )
    ambiguous = {n for n, codes in owners.items() if len(codes) > 1}
    for entry in countries:
        entry["aliases"] = [a for a in entry["aliases"] if a not in ambiguous]  # type: ignore[attr-defined]
        entry["aliases"] = sorted(set(entry["aliases"]) | {str(entry["name"]).lower()})  # type: ignore[call-overload]
    return {
        "about": (
            "Country names, aliases, demonyms and capitals (lower case) -> canonical name. "
            "Built by scripts/build_countries.py from pycountry (ISO 3166-1), a curated list, "
            "and demonyms from the PETRARCH2 dictionary Phoenix.Countries.actors.txt."
        ),
        "notice": (
            "Parts derived from PETRARCH2 dictionaries: The MIT License (MIT) Copyright (c) "
            "2014 Open Event Data Alliance. Permission is hereby granted, free of charge, to "
            "any person obtaining a copy of this software and associated documentation files, "
            "to deal in the Software without restriction, subject to the condition that the "
            "above copyright notice and this permission notice shall be included in all "
            "copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED AS IS, "
            "WITHOUT WARRANTY OF ANY KIND."
        ),
        "ambiguous_dropped": sorted(ambiguous),
        "countries": countries,
    }


def main() -> None:
    """Write the data file."""
    build_main(__doc__, build, OUT, ("countries",))


if __name__ == "__main__":
    main()
