"""A site name that says more than the outlet's name is cut to it; a title phrase is no name."""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.site_names import outlet_site_name

NONE: frozenset[str] = frozenset()


def _name(
    name: str,
    label: str | None = None,
    handles: frozenset[str] = NONE,
    declared: str | None = None,
    title: str | None = None,
) -> str | None:
    return outlet_site_name(
        name, label=label, handles=handles, declared=declared, title_element=title
    )


def test_sections_after_pipes_leave_the_name() -> None:
    assert _name("Harbour Wheels | F1 | Indy | Rally", "harbourwheels") == "Harbour Wheels"
    assert _name("Kessa Link | Kessa's popular news platform") == "Kessa Link"


def test_a_home_page_word_before_the_name_is_not_the_name() -> None:
    assert _name("Home | Kessa Ledger | Ferries and harbours") == "Kessa Ledger"


def test_the_segment_spelling_the_domain_or_a_handle_is_the_name() -> None:
    assert _name("Velmar 80/90 - Memorabilia anni 80/90", "velmar8090") == "Velmar 80/90"
    assert _name("Daily news | Orsa Courier", None, frozenset({"orsacourier"})) == "Orsa Courier"


def test_a_name_with_dashes_is_cut_only_where_the_domain_is_spelled() -> None:
    assert _name("Velmar 80/90 - Memorabilia anni 80/90") == "Velmar 80/90 - Memorabilia anni 80/90"
    assert _name("Channel 5 - Kessa-Lund Bay", "ch5kessa") == "Channel 5 - Kessa-Lund Bay"
    assert _name("Kessa-Lund Bay Times", "klbtimes") == "Kessa-Lund Bay Times"


def test_a_title_phrase_with_a_sentence_period_is_no_name() -> None:
    title = "Diet of the week (14 days) - lose up to 10 kg. Reviews"
    assert _name("lose up to 10 kg. Reviews", "dietweek", title=title) is None


def test_abbreviations_and_declared_names_stay_names() -> None:
    title = "Ferry strike ends | St. Kessa Post"
    assert _name("St. Kessa Post", "stkessapost", title=title) == "St. Kessa Post"
    title = "Ferry strike ends - Ledger news. daily"
    declared = "Ledger news. daily"
    assert _name(declared, "ledger", declared=declared, title=title) == declared


BODY = "".join(
    f"<p>{line}</p>"
    for line in (
        "The ferry crews of Kessa ended their strike on Monday after the council agreed to "
        "pay for two more boats on the morning crossing.",
        "The crews had stopped work for nine days, the longest strike on the crossing since "
        "the service began.",
    )
)


def _page(site_name: str | None, title: str) -> str:
    meta = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return (
        f"<html><head><title>{title}</title>{meta}</head><body><article>"
        f"<h1>Kessa ferry strike ends</h1>{BODY}</article></body></html>"
    )


def test_the_outlet_of_a_page_whose_site_name_lists_its_sections() -> None:
    page = _page("Harbour Wheels | F1 | Indy | Rally", "Kessa ferry strike ends | Harbour Wheels")
    article = extract_article(page, url="https://www.harbourwheels.example/kessa-ferry")
    assert article.outlet == "Harbour Wheels"
    assert article.title == "Kessa ferry strike ends"


def test_a_title_phrase_is_not_the_outlet() -> None:
    page = _page(None, "Kessa ferry strike ends - crews back at work. Reviews")
    article = extract_article(page, url="https://dietweek.example/kessa-ferry")
    assert article.outlet == "dietweek.example"
