"""Summary candidates earlier readers of real news found wrong (issue 12, fixleft22): a page's
posting time read into the lead's first bullet, a model's name after "the" cut at its full
stop. Invented texts, fictional names."""

from __future__ import annotations

from newsbeat.compare.summary_candidates import candidate_sentences
from newsbeat.models import Article

_LEAD = "The council voted 7-2 on Monday to close the Arden ferry, the mayor said."


def _candidates(text: str, title: str = "") -> list[str]:
    article = Article(title=title, text=text, outlet="orrin-courier.example", id=1)
    return [c[0] for c in candidate_sentences([article])]


def test_a_posting_time_before_the_lead_is_cut_off() -> None:
    assert _candidates(f"Posted at 9:14 a.m. {_LEAD}") == [_LEAD]
    assert _candidates(f"Updated on March 5, 2026 at 10:02 p.m. EST. {_LEAD}") == [_LEAD]


def test_posted_in_a_sentence_of_news_stays() -> None:
    sentence = "Posted by the council at noon, the notice said the Arden ferry would close."
    assert _candidates(sentence) == [sentence]
    figure = "Published in 2019, the audit found 12.50 crowns lost on every Arden ferry ticket."
    assert _candidates(figure) == [figure]


def test_a_model_name_after_the_is_whole_again() -> None:
    sentence = "Velo unveiled the ID. Buzz at the Orrin show on Monday, the maker said."
    found = _candidates(f"{sentence}\n\nThe van will cost 52,000 crowns.", "Velo shows ID. Buzz")
    assert found[0] == sentence
    assert not any(c.startswith("Buzz") for c in found), found


def test_a_sentence_ending_on_the_capitals_of_a_body_stays_cut() -> None:
    found = _candidates(
        "The suspect was arrested by the FBI. Police said he had fled Orrin on Monday."
    )
    assert found == [
        "The suspect was arrested by the FBI.",
        "Police said he had fled Orrin on Monday.",
    ]
