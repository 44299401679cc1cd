"""Outlet, byline, section and dateline-date inference from the text (never a guess)."""

from __future__ import annotations

from datetime import date

import pytest

from newsbeat.extract.outlets import (
    Dateline,
    dates_in_name,
    find_dates,
    infer_year,
    outlet_key,
    parse_dateline,
    preferred_outlet,
    read_clues,
    split_title,
    wire_agencies,
    wire_name,
)


@pytest.mark.parametrize(
    ("abbreviation", "name"),
    [
        ("AP", "Associated Press"),
        ("UPI", "United Press International"),
        ("AFP", "Agence France-Presse"),
        ("Reuters", "Reuters"),
        ("dpa", "Deutsche Presse-Agentur"),
        ("DPA", "Deutsche Presse-Agentur"),
        ("CPW", "Coastline Press Wire"),
        ("the Coastline Press Wire", "Coastline Press Wire"),
        ("Velmar Courier", "Velmar Courier"),
        ("The Velmar Post", "The Velmar Post"),
        ("The  AP", "Associated Press"),
    ],
)
def test_wire_names(abbreviation: str, name: str) -> None:
    assert wire_name(abbreviation) == name


def test_wire_data_file_has_the_usual_agencies() -> None:
    assert {"AP", "UPI", "AFP", "Reuters", "dpa", "CPW"} <= set(wire_agencies())


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Velmar harbour strike ends after 19 days | Labour News",
            ("Velmar harbour strike ends after 19 days", "Labour News"),
        ),
        ("No section here", ("No section here", None)),
        ("A | B | World", ("A | B", "World")),
        ("Pipe at the end | ", ("Pipe at the end |", None)),
    ],
)
def test_split_title(title: str, expected: tuple[str, str | None]) -> None:
    assert split_title(title) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "VELMAR, Feb. 3 (CPW) — The port authority signed a pact.",
            Dateline(city="VELMAR", month=2, day=3, outlet="Coastline Press Wire"),
        ),
        (
            "THE HAGUE, Sept. 14, 2025 (Reuters) - Judges ruled on Monday.",
            Dateline(city="THE HAGUE", month=9, day=14, year=2025, outlet="Reuters"),
        ),
        (
            "LUND BAY (dpa) — A fish market opened.",
            Dateline(city="LUND BAY", outlet="Deutsche Presse-Agentur"),
        ),
        ("KESSA, March 14 — The council met.", Dateline(city="KESSA", month=3, day=14)),
        (
            "PORTLAND, Ore., Jan. 5 (AP) — Rain fell.",
            Dateline(city="PORTLAND", month=1, day=5, outlet="Associated Press"),
        ),
    ],
)
def test_parse_dateline(paragraph: str, expected: Dateline) -> None:
    assert parse_dateline(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "The port authority signed a pact on Feb. 3.",
        "NATO — the alliance — met on Monday.",
        "UPDATE — this story has been corrected.",
        "Velmar, Feb. 3 (CPW) — lower-case place names are not datelines.",
    ],
)
def test_not_a_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


def test_read_clues_priority_and_removal() -> None:
    lines = [
        "By Tove Sand, Harbour Ledger",
        "KESSA, April 2 (CPW) — Fares will rise.",
        "Tove Sand writes for the Emmet Herald.",
        "(c) 2026 Velmar Courier. All rights reserved.",
    ]
    kept, clues = read_clues(lines)
    assert kept == ["KESSA, April 2 (CPW) — Fares will rise."]
    assert (clues.outlet, clues.outlet_rule) == ("Velmar Courier", "copyright")
    assert clues.byline == "Tove Sand"
    assert clues.copyright_years == [2026]


@pytest.mark.parametrize(
    ("line", "outlet", "byline"),
    [
        (
            "Holm and Berger write for the Coastline Press Wire.",
            "Coastline Press Wire",
            "Holm and Berger",
        ),
        ("Anna Lind writes for the Velmar Courier", "Velmar Courier", "Anna Lind"),
        ("— Ivo Brandt reports for AP.", "Associated Press", "Ivo Brandt"),
        ("By Ivo Brandt, Staff Writer", None, "Ivo Brandt"),
        ("By Ivo Brandt, Velmar Correspondent", None, "Ivo Brandt"),
        ("By Ivo Brandt, Reuters", "Reuters", "Ivo Brandt"),
        ("By Ana Holm and Ole Berg", None, "Ana Holm and Ole Berg"),
        ("By Ana Holm, Ole Berg and Eva Lund", None, "Ana Holm"),
        ("© Kessa Evening Post", "Kessa Evening Post", None),
        ("Copyright 2025 Harbour Ledger", "Harbour Ledger", None),
    ],
)
def test_metadata_lines(line: str, outlet: str | None, byline: str | None) -> None:
    kept, clues = read_clues([line, "A paragraph of text that stays."])
    assert kept == ["A paragraph of text that stays."]
    assert clues.outlet == outlet
    assert clues.byline == byline


@pytest.mark.parametrize(
    "line",
    [
        "The mayor writes for the local paper every week, she said.",
        "By Tuesday, the harbour had reopened.",
        "Officials said the pact was signed by Norland and Vesta.",
        "Reporting by local papers was thin, the minister said.",
    ],
)
def test_sentences_are_not_metadata(line: str) -> None:
    kept, clues = read_clues([line])
    assert kept == [line]
    assert clues.outlet is None


def test_find_dates() -> None:
    text = "Signed on Feb. 3, 2026, ratified 2026-03-20 and in force 1 April 2026; since 2019."
    assert find_dates(text) == [date(2026, 3, 20), date(2026, 2, 3), date(2026, 4, 1)]
    assert find_dates("No dates at all, 4,200 workers.") == []


def test_dates_in_file_names() -> None:
    assert dates_in_name("harbour-2026-02-05.txt") == [date(2026, 2, 5)]
    assert dates_in_name("dump_20260205.txt") == [date(2026, 2, 5)]
    assert dates_in_name("harbour-2026.txt") == [date(2026, 7, 2)]
    assert dates_in_name("harbour.txt") == []


def test_infer_year_uses_the_closest_reference_and_never_guesses() -> None:
    assert infer_year(2, 3, [date(2026, 2, 5)]) == 2026
    assert infer_year(12, 30, [date(2027, 1, 4)]) == 2026
    assert infer_year(1, 2, [date(2026, 12, 28)]) == 2027
    assert infer_year(2, 3, [], lambda: [date(2025, 3, 1)]) == 2025
    assert infer_year(2, 3, [], lambda: [], [2024]) == 2024
    assert infer_year(2, 3, []) is None
    assert infer_year(2, 3, [], lambda: []) is None
    assert infer_year(8, 10, [date(2020, 2, 1)]) == 2019  # 175 days before, not 191 after
    assert infer_year(2, 29, [date(2026, 2, 20)]) is None  # no Feb. 29 near 2026


def test_a_dateline_without_a_year_takes_the_year_closest_before_it_was_read() -> None:
    # "ARDEN, Oct. 24 (UPI) -" read on 2026-03-02 was written in October 2025, not 2026.
    assert infer_year(10, 24, [], lambda: [], read_on=date(2026, 3, 2)) == 2025
    assert infer_year(2, 27, [], lambda: [], read_on=date(2026, 3, 2)) == 2026
    assert infer_year(3, 2, [], lambda: [], read_on=date(2026, 3, 2)) == 2026  # the same day
    assert infer_year(2, 29, [], lambda: [], read_on=date(2026, 3, 2)) == 2024  # leap day
    # A date in the text or the file still wins over the import time.
    assert infer_year(10, 24, [date(2026, 10, 20)], read_on=date(2026, 3, 2)) == 2026


def test_a_dateline_without_a_year_is_dated_by_the_import_time() -> None:
    from newsbeat.importers.base import fill_from_text
    from newsbeat.models import Article

    class NoFileDates:
        def file_dates(self) -> list[date]:
            return []

    article = Article(
        title="Bridge reopens",
        text="ARDEN, Oct. 24 (UPI) - The bridge reopened to traffic on Friday.",
        imported_at="2026-03-02T08:00:00+00:00",
    )
    fill_from_text(article, NoFileDates())
    assert (article.published, article.published_source) == ("2025-10-24", "dateline")
    assert article.outlet == "United Press International"


def test_file_dates_are_read_only_when_needed() -> None:
    calls = []

    def file_dates() -> list[date]:
        calls.append(1)
        return [date(2026, 1, 1)]

    assert infer_year(2, 3, [date(2026, 2, 1)], file_dates) == 2026
    assert calls == []


def test_outlet_key_and_preferred_spelling() -> None:
    assert outlet_key("The Velmar Post") == outlet_key("velmar post") == "velmar post"
    assert outlet_key("The Times") != outlet_key("Times Weekly")
    assert outlet_key("The") == "the"
    assert preferred_outlet("Velmar Post", "The Velmar Post") == "The Velmar Post"
    assert preferred_outlet("The Velmar Post", "velmar post") == "The Velmar Post"
    assert preferred_outlet("Velmar Post", "velmar post") == "Velmar Post"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("Reporting by Ada Lorne in Orsa; Editing by Clara Moss", "Ada Lorne"),
        (
            "Reporting by Jakob Fenn and Ada Lorne; Editing by Clara Moss",
            "Jakob Fenn and Ada Lorne",
        ),
        ("Editing by Clara Moss", None),
    ],
)
def test_wire_credit_lines_give_the_byline_and_stay(line: str, byline: str | None) -> None:
    kept, clues = read_clues(["A paragraph.", line])
    assert kept == ["A paragraph.", line]
    assert clues.byline == byline
    assert clues.outlet is None
