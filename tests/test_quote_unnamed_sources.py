"""Quotes whose source the text gives but does not name (a common noun, a he/she that
resolves to nobody): the quote keeps that source's span and no speaker, its continuation
keeps the same source, and nobody else's name is put on it. Invented articles, one per rule."""

from __future__ import annotations

from newsbeat.enrich.actors import build_actors
from newsbeat.enrich.nlp import load_pipeline
from newsbeat.enrich.quote_marks import find_quote_spans
from newsbeat.enrich.quote_records import FoundQuote
from newsbeat.enrich.quotes import extract_quotes


def _direct(text: str, words: str) -> FoundQuote:
    doc = load_pipeline("en_core_web_sm")(text)
    found = [q for q in extract_quotes(doc, build_actors(doc)) if q.kind == "direct"]
    match = [q for q in found if words in q.text]
    assert match, found
    return match[0]


def _source(text: str, quote: FoundQuote) -> str | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return text[quote.speaker_start : quote.speaker_end]


def test_the_next_quote_of_an_unnamed_source_keeps_that_source() -> None:
    text = (
        "Lena Holm opened the meeting on Monday.\n\n"
        '"The hall was already full by noon," the caretaker said. '
        '"Nobody had expected so many people from the valley."'
    )
    quote = _direct(text, "Nobody had expected")
    assert quote.speaker is None
    assert _source(text, quote) == "the caretaker"


def test_a_she_that_resolves_to_nobody_keeps_its_own_span() -> None:
    text = (
        '"The gate closes at nine," the caretaker said. Then the caretaker locked the door.\n\n'
        '"Nobody gets in after that, whatever they say," she said.'
    )
    quote = _direct(text, "Nobody gets in")
    assert quote.speaker is None
    assert _source(text, quote) == "she"


def test_an_unnamed_subject_of_a_partial_quote_is_its_source_not_the_speaker_before() -> None:
    text = (
        '"We start at nine," Lena Holm said. The family has called on the council to reopen '
        'the case "as a matter of simple fairness to everyone" and to publish the report.'
    )
    quote = _direct(text, "simple fairness")
    assert quote.speaker is None
    assert _source(text, quote) == "The family"


def test_a_short_term_after_an_unnamed_subject_stays_no_quote() -> None:
    text = (
        "Lena Holm spoke first. The rules give the chair the right to call a "
        '"special meeting" at any time.'
    )
    doc = load_pipeline("en_core_web_sm")(text)
    assert not [q for q in extract_quotes(doc, build_actors(doc)) if "special" in q.text]


def test_an_unnamed_subject_does_not_replace_the_source_the_sentence_gives() -> None:
    text = (
        "According to a civil complaint filed in May, the developers ran a "
        '"massive and fraudulent scheme over eight long years" in which investors lost money.'
    )
    quote = _direct(text, "fraudulent scheme")
    assert quote.speaker is None
    assert _source(text, quote) != "the developers"


# -- quotes the outlet left implicit (heldout2 shapes) -----------------------------------------


def test_a_quote_standing_alone_after_a_released_statement_is_the_issuers() -> None:
    text = (
        "Lena Holm was stopped by the police on Monday.\n"
        "Holm released a statement through her club later on Tuesday.\n"
        '" I was stopped by an officer.\nI will clear my name in court. "\n'
        "The club had no comment."
    )
    assert _direct(text, "stopped by an officer").speaker == "Lena Holm"


def test_a_quote_standing_alone_after_other_news_has_no_speaker() -> None:
    # a body, not a person, is the subject before it (after "Holm denied the report", the
    # quote is Holm's: the person the sentence before introduces, speakgen3)
    text = (
        "Lena Holm was stopped by the police on Monday.\n"
        "The club denied the report later on Tuesday.\n"
        '" I was stopped by an officer.\nI will clear my name in court. "\n'
        "The club had no comment."
    )
    assert _direct(text, "stopped by an officer").speaker is None


def test_an_unclosed_quote_before_its_attribution_and_a_colon_ends_there() -> None:
    text = (
        "Maria Lopez wrote to her readers on Monday.\n"
        '" I am sad that Erik is leaving us, she wrote on her site, but then noted:\n'
        '"Nobody needs to worry about the next book."\n'
        "The publisher said nothing."
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert spans == [
        " I am sad that Erik is leaving us",
        "Nobody needs to worry about the next book.",
    ]
    assert _direct(text, "Nobody needs").speaker == "Maria Lopez"


def test_a_quote_running_into_the_next_paragraph_still_carries_over_a_colon() -> None:
    text = (
        "Erik Holm spoke after the vote.\n"
        '"We have three demands, and all of them are simple:\n'
        '"First, the port must reopen before the winter," Holm said.'
    )
    spans = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert len(spans) == 1 and spans[0].startswith("We have three demands")


def test_she_is_a_surname_subject_ner_typed_an_organisation() -> None:
    text = (
        "Maria Lopez left the project in May. The film adapts Lena Holm's second novel. "
        'Holm wrote a letter to her readers. "Nobody needs to worry about the film," she wrote.'
    )
    doc = load_pipeline("en_core_web_sm")(text)
    tagged = [
        ("Maria Lopez", text.index("Maria Lopez"), "PERSON"),
        ("Lena Holm", text.index("Lena Holm"), "ORG"),  # NER's mistake, as in real articles
        ("Holm", text.index("Holm wrote"), "ORG"),
    ]
    spans = [doc.char_span(at, at + len(words), label=label) for words, at, label in tagged]
    doc.ents = [span for span in spans if span is not None]
    found = [q for q in extract_quotes(doc, build_actors(doc)) if "Nobody needs" in q.text]
    assert found and found[0].speaker == "Lena Holm"


def test_a_quote_ending_its_line_with_a_comma_is_attributed_on_the_next_line() -> None:
    text = (
        "Erik Holm of Velmar Freight said the port was closed.\n"
        'Traffic "from the port to the city has now been sent along the coast road,"\n'
        "Sorvik Telecom said in an e-mailed update, adding that delays were likely.\n"
    )
    assert _direct(text, "from the port").speaker == "Sorvik Telecom"


def test_a_partial_quote_of_a_which_clause_is_the_described_noun() -> None:
    text = (
        '"She was the finest model of her time," Erik Holm said on Thursday. '
        "She posed for the new magazine Velmar Monthly, which named her "
        '"the face of the whole decade" in its first issue.'
    )
    assert _direct(text, "face of the whole decade").speaker == "Velmar Monthly"


def test_a_caption_with_a_persons_name_and_role_before_a_colon_names_the_speaker() -> None:
    text = (
        "Public defender Erik Holm spoke to reporters after the hearing.\n"
        'Erik Holm/Defence Attorney: "I am not going to offer any comments on the testimony."\n'
    )
    assert _direct(text, "offer any comments").speaker == "Erik Holm"


def test_a_caption_naming_no_person_of_the_article_names_nobody() -> None:
    text = (
        "Public defender Erik Holm spoke to reporters after the hearing.\n"
        'Court Desk/Late Update: "No comments on the testimony will be offered today."\n'
    )
    assert _direct(text, "No comments").speaker != "Court Desk"
