"""Words in marks that name something are no quotes (enrich/quote_terms.py, the dash after a
term in quote_partial; read on real pages by reader18: song titles, a condition's names, a
nickname, a trademark word and a term given to the nearest speaker). Invented text."""

from __future__ import annotations

import pytest

from newsbeat.enrich.analysis import ArticleInput, EnrichOptions, analyse_doc
from newsbeat.enrich.nlp import load_pipeline


def _quotes(text: str) -> list[tuple[str | None, str]]:
    doc = load_pipeline("en_core_web_sm")(text)
    found = analyse_doc(doc, ArticleInput(id=1, text=text, outlet="o"), EnrichOptions())
    return [(q.speaker, q.text) for q in found.quotes]


SPOKEN = '"We will play every night," Ivo Brandt said.'


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            f"{SPOKEN} According to Velmark, fans can expect to hear hits, including"
            " “Silver Harbor,” “Northern Lights” and “Rain On The Quay.”",
            "Silver Harbor",
        ),
        (
            f"{SPOKEN} When the dust comes from a pillow, the illness is called"
            " “dust pillow lung.”",
            "dust pillow lung",
        ),
        (f"{SPOKEN} Among farmers, the term is “barn lung.”", "barn lung"),
        (
            f'{SPOKEN} A drug would be given to induce "stupor"—the term for the resting state.',
            "stupor",
        ),
        (f"{SPOKEN} He sold his trademark of the word “We” to the company.", "We"),
    ],
)
def test_a_name_in_marks_is_no_quote(text: str, term: str) -> None:
    found = _quotes(text)
    assert ("Ivo Brandt", "We will play every night") in found
    assert not any(quoted.rstrip(".,") == term for _, quoted in found), found


def test_words_an_actor_calls_something_stay_a_quote() -> None:
    found = _quotes('Jon Varga called the plan "a con and a disgrace" on Monday.')
    assert ("Jon Varga", "a con and a disgrace") in found


def test_lower_case_words_listed_in_marks_stay_spoken() -> None:
    text = 'Asked about the vote, Jon Varga said "we will win," and "we will govern well."'
    assert any(speaker == "Jon Varga" for speaker, _ in _quotes(text))


def test_a_numbered_heading_in_marks_takes_no_speaker() -> None:
    # rule: quote_context.heading with a list number (reader18: '6. "The Gordon problem"'
    # was given to the previous section's speaker)
    text = (
        "The hearing went on for nine hours.\n\n"
        'Lena Lindqvist told the committee she was worried. "I raised it twice," Lindqvist'
        " said.\n\n"
        '6. "The Marrow problem"\n\n'
        "Ivo Brandt said the ambassador had been sidelined by the council."
    )
    found = _quotes(text)
    assert ("Lena Lindqvist", "I raised it twice") in found
    assert not any(quoted == "The Marrow problem" and speaker for speaker, quoted in found)


@pytest.mark.parametrize(
    "text",
    [
        '"With the patch out, anyone can copy the flaw and use it," said Ivo Brandt, chief'
        ' engineer with the firm Quallis Inc.\n"Fix Its" are pieces of software for fixing'
        " security flaws that must be downloaded and installed on PCs.",
    ],
)
def test_a_term_in_marks_as_its_sentences_subject_is_no_quote(text: str) -> None:
    # rule: quote_terms.subject_term (read28: '"Fix Its" are pieces of software …' was given
    # to the speaker of the quote before it)
    found = _quotes(text)
    assert any(speaker == "Ivo Brandt" for speaker, _ in found), found
    assert all(quoted.rstrip(".,") != "Fix Its" for _, quoted in found), found


def test_spoken_words_before_a_verb_stay_a_quote() -> None:
    found = _quotes('"Stop the count," was all Ivo Brandt said before he left the hall.')
    assert any(quoted.startswith("Stop the count") for _, quoted in found), found
