"""A quote box's "Click To Tweet" label leaves the end of its sentence; the sentence stays."""

from __future__ import annotations

from newsbeat.extract.article import extract_article
from newsbeat.extract.tweet_boxes import without_tweet_buttons

SENTENCE = "The crossing is a public service, not a private business."


def test_the_label_leaves_the_sentence() -> None:
    assert without_tweet_buttons([f"{SENTENCE}Click To Tweet"]) == [SENTENCE]
    assert without_tweet_buttons([f"{SENTENCE} click to tweet", "Click To Tweet"]) == [SENTENCE]


def test_a_sentence_about_tweeting_stays() -> None:
    line = "The council asked residents to click to tweet their support for the ferry crews."
    assert without_tweet_buttons([line]) == [line]


def test_the_page_keeps_the_boxed_sentence_without_its_label() -> None:
    lines = (
        "The ferry crews of Kessa ended their strike on Monday after nine days, the union said.",
        "The council will vote on the money for two more boats on Friday, its clerk said.",
    )
    body = "".join(f"<p>{line}</p>" for line in lines)
    box = f'<p>{SENTENCE}<a href="https://twitter.com/intent/tweet?text=x">Click To Tweet</a></p>'
    page = (
        "<html><head><title>Kessa ferry strike ends</title></head><body><article>"
        f"<h1>Kessa ferry strike ends</h1>{body}{box}<p>{lines[0]}</p></article></body></html>"
    )
    text = extract_article(page, url="https://ledger.example/kessa").text
    assert SENTENCE in text.split("\n\n")
