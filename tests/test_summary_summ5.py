"""Summary rules of branch summ5 (invented fixtures, fictional names): a feature's news sits in
its nut graf, quoted names and terms need no speaker, sentence adverbs that go on from the
sentence before point back, and a conditional's main clause follows "then".

Each test names its rule and fails with it taken out.
"""

from __future__ import annotations

import pytest

from newsbeat.compare.summarise import SummaryOptions, summarise_articles
from newsbeat.compare.summary_generic import commentary, generic, tells_news
from newsbeat.compare.summary_usable import points_back, sentence_like, usable
from newsbeat.models import Article


def _summary(text: str, title: str = "") -> list[str]:
    article = Article(title=title, text=text, outlet="velmar-post.example", id=1)
    return [s.text for s in summarise_articles([article], {}, SummaryOptions())]


FEATURE = (
    "Earlier this year, Korvane showed a concept of its Aster roadster at a private event.\n\n"
    "At the time, Korvane called the Aster roadster concept a study of a small roadster.\n\n"
    "Now, at the Halden Motor Show, the carmaker has unveiled the production car, which "
    "goes on sale at 41,000 crowns.\n\n"
    "The Aster roadster keeps the concept's narrow lamps and the concept's folding cloth roof.\n\n"
    "The Aster roadster's two-litre engine gives 250 horsepower and drives the rear wheels."
)


def test_a_features_news_comes_from_its_nut_graf() -> None:
    # rule: summary_candidates._nut_graf and summary_select.select (ledes from nut grafs)
    bullets = _summary(FEATURE)
    assert bullets[0].startswith("Now, at the Halden Motor Show")


def test_an_opening_hook_gives_way_to_the_nut_graf() -> None:
    # rule: summary_candidates._nut_graf behind a hook (summary_generic.hook is filler)
    text = (
        "To Mira Kessel, a triple-double is not a goal.\n\n"
        "Wins also matter more to Kessel than triple-doubles, so Kessel was glad her "
        "triple-double came in a win for the Halden Herons.\n\n"
        "Kessel became the first player in league history to record a triple-double against "
        "every team, and Ona Dreyer scored 31 points in the 98-90 win over Brask on Tuesday "
        "night.\n\n"
        "Kessel finished with 12 points, 10 rebounds and 11 assists for the Herons, who have "
        "won eight straight."
    )
    assert _summary(text)[0].startswith("Kessel became the first player")


def test_a_news_opening_stays_the_lead() -> None:
    # guard: an opening that tells news is the lead, whatever follows
    text = (
        "The Velmar ferry line cut its winter timetable on Monday, dropping six crossings.\n\n"
        "Now, at the harbour office, the operator has put up notices for travellers.\n\n"
        "Tickets bought for the dropped crossings will be refunded, the line said."
    )
    assert _summary(text)[0].startswith("The Velmar ferry line cut")


@pytest.mark.parametrize(
    ("sentence", "news"),
    [
        ("Now Velmar's space agency has studied how sleeping crews would change a mission.", True),
        ("Why galaxies spin as they do remains a puzzle for the field.", False),
        ("Delays also hit the Brask line in the same week.", False),
        ("Wondering why a pillow could make you ill?", False),
    ],
)
def test_what_tells_news(sentence: str, news: bool) -> None:
    # rule: summary_generic.tells_news (a told verb, no "also", no question)
    assert tells_news(sentence) is news


@pytest.mark.parametrize(
    ("sentence", "ok"),
    [
        (
            'A 40-year-old man fell ill and was diagnosed with "pillow lung," according to '
            "a case report from Halden.",
            True,
        ),
        (
            "The Velmar Greens were accused on Monday of renaming their press account to "
            "“checkVelmar” during the debate.",
            True,
        ),
        ("A new fund dubbed “Blue Harbor” opened on Monday in Halden.", True),
        # near misses: a speaker's word stays a quote, a title alone too
        ("The minister's answer was “Unacceptable.”", False),
        ("The harbour board called the plan “a costly mistake” on Monday.", False),
        ("The band's song “Breathless” has little to do with pillows.", False),
    ],
)
def test_quoted_names_and_terms_need_no_speaker(sentence: str, ok: bool) -> None:
    # rule: summary_usable._names_not_quotes (in _quote_ok)
    assert usable(sentence, SummaryOptions(), ["Anna Vell"]) is ok


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("In fact, Korvane still believes in small roadsters for their looks.", True),
        ("At the time, Korvane called the car a study.", True),
        ("As a result, the ferry line dropped six crossings.", True),
        ("Furthermore, no one has said how the fund was built.", True),
        ("It later reverted to its old name and logo.", True),
        # near misses: the adverb names what it adds, or the time is its own
        ("In addition to the fee, riders pay a harbour tax of two crowns.", False),
        ("At the time of the crash, the bridge was closed to lorries.", False),
        ("It is expected that the lane will reopen in May.", False),
    ],
)
def test_sentence_adverbs_that_go_on_point_back(sentence: str, back: bool) -> None:
    # rule: summary_usable._CONTINUATION_OPENING and "It later ..." in _REFERRING_OPENING
    assert points_back(sentence) is back


def test_a_conditional_main_clause_follows_then() -> None:
    # rule: summary_generic._main_clause_generic splits at "then"
    assert generic("If a spaceship has no warp drive then it is usually fitted with sleep pods.")
    # near miss: "then" in a told sentence naming someone
    assert not generic("If Brask wins then Halden can usually stay up, Vell said.")


def test_a_share_of_a_set_only_follows_its_sentence() -> None:
    # rule: summary_usable.partitive_back, summary_candidates (follows) and
    # summary_select._says_new: "Most of the ..." only right after the sentence it counts from
    lead = "Korvane unveiled the production Aster roadster at the Halden Motor Show on Tuesday."
    share = "Most of the concept's panels have simply been carried over to the Aster."
    alone = (
        f"{lead}\n\nUnsurprisingly, the Aster looks much like the concept Korvane showed in "
        f"March.\n\n{share}\n\nThe Aster's two-litre engine gives 250 horsepower."
    )
    assert share not in _summary(alone)
    after = (
        f"{lead}\n\nThe Aster keeps the narrow lamps and long bonnet of the Aster concept car."
        f"\n\n{share}\n\nIts price will be set at 41,000 crowns."
    )
    bullets = _summary(after)
    assert share in bullets
    assert bullets.index(share) > bullets.index(
        "The Aster keeps the narrow lamps and long bonnet of the Aster concept car."
    )


@pytest.mark.parametrize(
    ("sentence", "back"),
    [
        ("It is available on the Velmar update site and through the app.", True),
        ("It is highly contagious, spreading from one person to the next.", True),
        ("It also has a wider grille and two new lamps.", True),
        # near misses: an "it" that stands for the clause after it
        ("It is unclear whether the line will reopen before May.", False),
        ("It was possible to see the fire from Halden.", False),
        ("It is likely that the ferry will run again on Friday.", False),
    ],
)
def test_an_it_with_an_adjective_or_a_thing_held_refers(sentence: str, back: bool) -> None:
    # rule: summary_usable._REFERRING_OPENING ("It is available ...", "It also has a ...")
    assert points_back(sentence) is back


def test_as_usual_is_the_writers_comment() -> None:
    # rule: summary_generic._OPINION_OPENING ("As usual", "As always", "As ever")
    assert commentary("As usual, the attackers are a step ahead of the defenders.")
    # near miss: an expectation met is news
    assert not commentary("As expected, the Velmar central bank raised its rate on Monday.")


@pytest.mark.parametrize(
    ("line", "sentence"),
    [
        ("On behalf of Vell & Dreyer, LLP.", False),
        ("On behalf of Anna K. Vell, Esq.", False),
        ("Posted by Ona Dreyer.", False),
        # near miss: a sentence that opens on the phrase
        ("On behalf of the crew, Vell thanked the harbour staff on Monday.", True),
    ],
)
def test_a_credit_line_is_no_sentence(line: str, sentence: bool) -> None:
    # rule: summary_usable._CREDIT_LINE (in sentence_like)
    assert sentence_like(line) is sentence


def test_an_articles_bullets_keep_its_order() -> None:
    # rule: summary_select._in_article_order (the lead first, then each article's own
    # sentences in its order, in the slots its sentences hold)
    from newsbeat.compare.summary_select import _in_article_order

    post = Article(title="", text="", outlet="velmar-post.example", id=1)
    wire = Article(title="", text="", outlet="halden-wire.example", id=2)
    found = [("a", post, 1), ("b", post, 2), ("c", post, 3), ("d", wire, 1), ("e", wire, 4)]
    found += [("f", wire, 2)]
    # chosen by MMR: the lead, then post's 3rd, wire's 4th, post's 2nd, wire's 2nd
    assert _in_article_order(found, [0, 2, 4, 1, 5]) == [0, 1, 5, 2, 4]
    # the lead stays first even when its article tells another sentence before it
    assert _in_article_order(found, [2, 1, 0]) == [2, 0, 1]
