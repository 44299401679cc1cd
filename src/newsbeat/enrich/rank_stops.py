"""The rank and road abbreviations :mod:`newsbeat.enrich.title_stops` reads, in a module that
loads no spaCy (the actor table, which read-only commands import, lists the ranks as titles)."""

from __future__ import annotations

__all__ = ["ROAD_STOPS", "TITLE_STOPS"]

# Our own list: ranks and offices written before a name, none of them a word of its own.
TITLE_STOPS: tuple[str, ...] = (
    "Sgt",
    "Const",
    "Det",
    "Insp",
    "Supt",
    "Cpl",
    "Lt",
    "Capt",
    "Col",
    "Maj",
    "Cmdr",
    "Cdr",
    "Comdr",
    "Lieut",
    "Pvt",
    "Pte",
    "Spc",
    "Msgr",
    "Cllr",
    "Atty",
    "Dist",
    "Asst",
    "Ofc",
    "Tpr",
)


# Our own list: road words written short before a stop.
ROAD_STOPS: frozenset[str] = frozenset({"Ave", "Blvd", "Hwy", "Pkwy", "Rd", "St"})
