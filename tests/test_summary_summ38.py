"""Summary rules of session 38 (branch summ38; invented fixtures): a quote that only narrates
the told event again is a retelling; a suicide told as done is a death; in another language,
an opening addressing the reader or naming no one and counting nothing is not cited, and a
figure's abbreviated magnitude ("85 тыс.") does not cut the opening sentence.

Each test names its rule (``compare/summary_events.py``, ``data/summary_event_kinds.json``)
and fails with that rule taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_events import event_facts, retells
from newsbeat.compare.summary_openers import nameless_opening, second_person_opening
from newsbeat.models import Article

PERSONS = ["Ivo Korr", "Pia Lund", "Tomas Vell", "Ruth Brandt"]


def _retold(sentence: str, *chosen: str) -> bool:
    return retells(event_facts(sentence, PERSONS), [event_facts(c, PERSONS) for c in chosen])


PARTY = "A former cook who opened fire at the Velmar Inn staff party killed one man, police said."


@pytest.mark.parametrize(
    ("sentence", "retold"),
    [
        # rule: _NARRATING_KINDS (a quote telling two told kinds again narrates the event)
        (
            '"A man who had just lost his job there walked in, shot and killed another man,"'
            " a police constable said.",
            True,
        ),
        (
            "“He came in through the kitchen and shot dead the head waiter,” the constable said.",
            True,
        ),
        # guards: a reaction names the event once at most
        ('"It is a terrible death for a family man," the mayor said.', False),
        ("“We are heartbroken by this killing,” the inn's owner said.", False),
        # guards: a quote adding a count, a denial or another kind is new
        ('"He shot and killed two other guests in the car park," the constable said.', False),
        ('"He did not shoot and kill anyone else," the constable said.', False),
        ('"He shot and killed a man and was arrested at the door," the constable said.', False),
        # a quote naming a person after a sentence that named nobody may retell it (as any
        # sentence: summary_events._two_events)
        ('"Tomas Vell was shot and killed," said Ruth Brandt.', True),
    ],
)
def test_a_quote_narrating_the_told_event_is_a_retelling(sentence: str, retold: bool) -> None:
    assert _retold(sentence, PARTY) is retold


def test_a_quote_on_another_named_persons_event_is_new() -> None:
    # guard: _two_events (the chosen sentence names Ivo Korr; the quote, Tomas Vell)
    chosen = "Ivo Korr shot and killed a guard at the Velmar depot on Monday, police said."
    assert not _retold('"Tomas Vell was shot and killed on Friday," said Ruth Brandt.', chosen)


@pytest.mark.parametrize(
    ("sentence", "death"),
    [
        # rule: the "death" kind's suicide forms (data/summary_event_kinds.json)
        ("Ivo Korr, 52, hung himself in his cell on Monday evening.", True),
        ("The prisoner committed suicide hours after his arrest.", True),
        ("Pia Lund took her own life in 2019, her family said.", True),
        # guards: "hung" alone, and an inquiry into how it could happen
        ("The jury hung on the second charge on Monday.", False),
        ("Police opened an inquiry into how Korr was able to commit suicide.", False),
        ("The painting hung in the hall of the Arden museum.", False),
    ],
)
def test_a_suicide_told_as_done_is_a_death(sentence: str, death: bool) -> None:
    assert ("death" in event_facts(sentence, PERSONS).kinds) is death


def test_a_suicide_retelling_the_lead_is_left_out() -> None:
    # rule: the suicide forms: "hung himself" retells the lead's death (found hanging)
    lead = "A suspected gang boss arrested on Monday was found dead in his cell in Arden."
    assert _retold("Ivo Korr, 52, hung himself in his cell on Monday evening.", lead)


def _article(aid: int, outlet: str, text: str) -> Article:
    return Article(id=aid, title="", text=text, outlet=outlet, published=f"2026-03-0{aid}")


PARTY_STORY = [
    _article(
        1,
        "Wire",
        "A former cook who opened fire at the Velmar Inn staff party killed one man and has"
        " been charged with murder, police in Arden said Saturday.\n\nAbout 40 guests were at"
        " the party when the gunman arrived at 9 p.m., a police spokesman said.",
    ),
    _article(
        2,
        "Post",
        "Police in Arden charged a former Velmar Inn cook with murder on Saturday.\n\n"
        '"A man who had just lost his job there walked in, shot and killed another man,"'
        " constable Ivo Korr said.\n\nThe inn will stay closed until Thursday, its owner"
        " Pia Lund said.",
    ),
]


def test_the_narrating_quote_leaves_the_summary() -> None:
    # rule: _NARRATING_KINDS in summarise_articles (the quote tells the lead's shooting and
    # death again; the freed slot goes to a new fact)
    texts = [s.text for s in summarise_articles(PARTY_STORY, None, SummaryOptions(sentences=4))]
    assert texts[0].startswith("A former cook who opened fire"), texts
    assert not any("walked in, shot and killed" in t for t in texts), texts


# Other-language openings (compare/summary_openers.py, compare/summary_candidates.py).


@pytest.mark.parametrize(
    ("text", "language", "reader"),
    [
        # rule: _SECOND_PERSON (the reader addressed: a site's blurb, advice)
        ("Nesta página você encontra sempre a tabela atualizada da liga Arvena!", "pt", True),
        ("Hier findest du jeden Morgen die neuen Preise der Velmar-Bahn.", "de", True),
        ("Вы всегда найдёте здесь расписание паромов Арвены.", "ru", True),
        # guards: inside quote marks, an ambiguous "Sie", another language's list
        ("„Du bist nicht allein“, sagte Bürgermeisterin Pia Lund am Montag.", "de", False),
        ("Sie sagte am Montag, die Fähre nach Arvena fahre wieder.", "de", False),
        ("A prefeita Pia Lund anunciou na segunda-feira o novo porto de Arvena.", "pt", False),
        ("Vous trouverez ici les horaires.", None, False),
    ],
)
def test_an_opening_addressing_the_reader_in_another_language(
    text: str, language: str | None, reader: bool
) -> None:
    assert second_person_opening(text, language) is reader


@pytest.mark.parametrize(
    ("text", "language", "nameless"),
    [
        # rule: nameless_opening (no figure, no capitalised word past the first)
        ("Эта каша пришла к нам с востока и почти не содержит сахара.", "ru", True),
        ("Viver uma amizade verdadeira é um dos maiores prazeres da vida.", "pt", True),
        ("Ils ont quitté leurs tentes en pleine nuit.", "fr", True),
        # guard: a name
        ("Мэр Арвены Пиа Лунд открыла новый паромный причал.", "xx", False),
        # guards: a count or a date in words (_COUNTED_OR_DATED)
        ("A prefeitura registrou nesta manhã o furto de dois dos cinco carros.", "pt", False),
        ("Вчера вечером паром не вышел из порта.", "ru", False),
        ("Les secours ont évacué trois familles mardi soir.", "fr", False),
        # guards: German nouns' capitals, a script without capitals
        ("Die Fähre nach Arvena fährt ab Montag wieder.", "xx", False),
        ("아르베나 시장이 새 항구를 열었다.", "xx", False),
    ],
)
def test_an_opening_naming_no_one_and_counting_nothing(
    text: str, language: str, nameless: bool
) -> None:
    assert nameless_opening(text, language) is nameless


def _told(aid: int, language: str, text: str) -> Article:
    return Article(
        id=aid,
        title="",
        text=text,
        outlet=f"Outlet {aid}",
        published="2026-03-02",
        language=language,
    )


def test_another_languages_blurb_and_generic_opening_are_not_cited() -> None:
    # rules: second_person_opening and nameless_opening in summary_candidates.openings
    blurb = _told(1, "pt", "Nesta página você terá sempre a tabela atualizada da liga Arvena!")
    generic = _told(2, "pt", "Viver uma amizade verdadeira é um dos maiores prazeres da vida.")
    assert summarise_articles([blurb]) == []
    assert summarise_articles([generic]) == []


def test_a_figures_abbreviated_magnitude_does_not_cut_the_opening() -> None:
    # rule: _NUMBER_ABBREVIATION_END ("85 тыс." | "паромов ...": one sentence, the lead)
    report = _told(
        1,
        "ru",
        "АРВЕНА, 3 марта. Компания «Велмар Лайн» отзывает около 85 тыс. билетов на паромы"
        " из-за ошибки в расписании. Как сообщили в компании, о жалобах пока не известно.",
    )
    texts = [s.text for s in summarise_articles([report])]
    assert texts and texts[0].startswith("Компания «Велмар Лайн» отзывает около 85 тыс."), texts


@pytest.mark.parametrize(
    ("text", "comment"),
    [
        # rule: summary_generic._OPINION_OPENING (the writer's verdict on someone's words)
        ("Vell is right: The Arden club needed to win that game.", True),
        ("Coach Pia Lund was not wrong: the defence collapsed twice.", True),
        # guards: no colon (a finding, a report), a name that is no verdict
        ("Vell was right about the date, the Arden court found on Monday.", False),
        ("Right Wing Party leader Ivo Korr resigned on Monday.", False),
    ],
)
def test_the_writers_verdict_on_someones_words_is_commentary(text: str, comment: bool) -> None:
    from newsbeat.compare.summary_generic import commentary

    assert commentary(text) is comment


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        # rule: summary_factless.photo_caption (a picture's caption left in the text)
        ("Rescued sailors raise their hands as a Velmar coast guard boat approaches.", True),
        ("Mayor Pia Lund waves to supporters as she arrives at the Arden town hall.", True),
        ("Ferry passengers look on as divers search the harbour.", True),
        # guards: something happened (a past, a perfect, a figure, a date, a source)
        ("Rescued sailors raised their hands as a Velmar coast guard boat approached.", False),
        ("Mayor Pia Lund waves to supporters on Monday as she arrives in Arden.", False),
        ("Twelve sailors raise their hands as 3 boats approach, the coast guard said.", False),
        # guards: no caption verb; a long sentence
        ("The Velmar coast guard is the oldest rescue service in the region.", False),
        (
            "Ferry passengers look on as divers from the Velmar coast guard and two volunteer"
            " crews from the islands of Arden and Bruck search the cold and crowded harbour"
            " waters for the missing deckhand and his small boat.",
            False,
        ),
    ],
)
def test_a_photo_caption_is_no_fact_of_the_story(text: str, caption: bool) -> None:
    from newsbeat.compare.summary_factless import photo_caption

    assert photo_caption(text) is caption


def test_a_caption_is_not_a_bullet() -> None:
    # rule: photo_caption in summary_candidates._Reader._never_chosen (without it the caption
    # is the second bullet)
    story = [
        _article(
            1,
            "Wire",
            "Firefighters in Arden fought a blaze at the Velmar port warehouse on Sunday,"
            " officials said.\nDock workers watch as smoke rises over the Velmar warehouse"
            " roof.\nThe warehouse stored grain for export, its owner said.",
        )
    ]
    texts = [s.text for s in summarise_articles(story, None, SummaryOptions(sentences=4))]
    assert texts[0].startswith("Firefighters in Arden fought a blaze"), texts
    assert not any("Dock workers watch" in t for t in texts), texts
    assert any(t.startswith("The warehouse stored grain") for t in texts), texts
