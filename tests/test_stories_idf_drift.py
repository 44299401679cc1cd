"""A second ingest must not merge two stories because the vocabulary statistics moved.

Each story member is kept as a unit vector under the IDF of the run it joined in. The next
run's IDF weighs the rare terms more (more documents lack them), the old members grow, and the
merge pass's average link (centroid dot product over member counts) grew with them: read32's
L.A. Auto Show and PG&E shutoff stories (one article each, cosine 0.060) merged at a stale
0.097 over the 0.07 second chance after five more pages came in; one ingest of all fifteen kept
them apart. Stories now keep their members' mean squared norm, rescaled when the term counts
change, and the merge pass divides by it.

The articles are invented: a motor fair and a power cut on one day that share some everyday
words (electric, charging, station, north, queued), and unrelated news. Undated, so the time
factor and the headline guard of the merge pass play no part.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.cluster_state import live_stories
from newsbeat.stories.features import ArticleFeatures, ArticleText, Vectoriser, build_features
from newsbeat.stories.merge_pass import pair_dots
from newsbeat.stories.stage import _pack_story, _unpack_story
from newsbeat.stories.term_squares import TermSquares

_FIRST = {
    "fair": (
        "New electric cars and hybrids fill the Corvane motor fair",
        "Carmakers showed new electric cars and hybrids at the Corvane motor fair on "
        "Wednesday. The Tamsel Eagle gets a bigger battery and a range of 400 kilometres, and "
        "its maker says charging at a public station takes half an hour. The Rovik Ten, a "
        "small hybrid, uses less gas than last year's model and gets new safety features, "
        "including emergency braking. Visitors queued in the north hall to sit in the luxury "
        "models, and organisers expect the fair to draw a record crowd before it closes on "
        "Sunday.",
    ),
    "cut": (
        "Drennick power company cuts supply to thousands over wildfire risk",
        "The Drennick power company cut electricity to 40,000 homes in the north of the valley "
        "on Wednesday as dry winds raised the risk of wildfire. It said its lines could spark "
        "fires in the gusts and that supply would return once crews had checked them. Families "
        "queued at a public charging station for their phones, and a bakery ran its ovens on a "
        "generator. The county opened shelters in two schools, and officials urged people not "
        "to run generators indoors.",
    ),
    "match": (
        "Harbour club wins the cup final on penalties",
        "The harbour club won the cup final on penalties after a goalless evening. Its captain "
        "lifted the trophy in front of a sold-out stadium, and the coach praised his young "
        "goalkeeper.",
    ),
    "frost": (
        "Late frost threatens the southern orchards",
        "A late frost is expected to settle over the southern orchards tonight, and growers lit "
        "fires between the rows to keep the blossom warm. Forecasters expect milder air by "
        "Sunday.",
    ),
}
_SECOND = {
    "grain": (
        "Grain prices fall as the new harvest comes in",
        "Grain prices fell for a third week as the new harvest reached the markets. Traders "
        "said the large stocks in the ports would keep prices low until the summer.",
    ),
    "museum": (
        "City museum reopens after a two-year renovation",
        "The city museum reopened its doors after two years of work on its roof and galleries. "
        "The director said the collection of old maps would be shown in full for the first "
        "time.",
    ),
    "election": (
        "Mayor of Pellin wins a third term",
        "The mayor of Pellin won a third term with a narrow lead over her rival, who promised "
        "to contest the count in the courts.",
    ),
    "school": (
        "Teachers in Oskar county vote to accept the pay offer",
        "Teachers in Oskar county voted to accept the pay offer after months of talks, ending "
        "the threat of a strike before the exams.",
    ),
    "bridge": (
        "Old stone bridge closes for repairs",
        "The old stone bridge over the river will close for six months while engineers repair "
        "its arches, and drivers will take a detour through the town.",
    ),
}
_FAIR, _CUT = 1, 2  # article ids of the two stories that must stay apart


def _features(reports: dict[str, tuple[str, str]], start: int) -> list[ArticleFeatures]:
    items = [
        ArticleText(article_id=start + n, title=title, lead=text[:400], body=text[400:])
        for n, (title, text) in enumerate(reports.values())
    ]
    return build_features(Vectoriser(), items, names=False)


def _pair(state: ClusterState) -> tuple[float, float]:
    """The fair and cut stories' average link as stored (dots over counts), and as the merge
    pass reads it now (over the members' norms)."""
    live = live_stories(state, ClusterOptions())
    dots = pair_dots(live, state.stats)
    where = {story.titles[0][0]: n for n, story in enumerate(live)}
    a, b = where[_FAIR], where[_CUT]
    fa, fb = live[a].features, live[b].features
    stale = float(dots[a, b]) / (fa.size * fb.size)
    return stale, stale / float(np.sqrt(fa.member_norm_sq * fb.member_norm_sq))


def test_two_ingests_keep_two_one_article_stories_apart() -> None:
    options = ClusterOptions()
    state = ClusterState()
    cluster_articles(state, _features(_FIRST, 1), options)
    second = cluster_articles(state, _features(_SECOND, 10), options, final_merge=False)
    stale, read = _pair(state)
    # the stored vectors would have read as far above the second chance...
    assert stale >= 2 * options.small_merge_threshold
    # ...while the pair's cosine under the new IDF is below it
    assert read < options.small_merge_threshold
    assert not second.merges
    last = cluster_articles(state, [], options)  # the merge pass at the end of a run
    assert not last.merges
    assert len({s.id for s in state.stories.values() if s.features.size}) == 9


def test_the_merge_pass_reads_one_ingest_and_two_alike() -> None:
    options = ClusterOptions()
    two = ClusterState()
    cluster_articles(two, _features(_FIRST, 1), options)
    cluster_articles(two, _features(_SECOND, 10), options, final_merge=False)
    one = ClusterState()
    cluster_articles(one, _features(_FIRST, 1) + _features(_SECOND, 10), options, final_merge=False)
    _, read_two = _pair(two)
    stale_one, read_one = _pair(one)
    assert read_two == pytest.approx(read_one, rel=1e-5)
    assert read_one == stale_one  # one run: every member a unit vector, nothing to rescale


def test_member_norms_survive_a_save() -> None:
    options = ClusterOptions()
    state = ClusterState()
    cluster_articles(state, _features(_FIRST, 1), options)
    cluster_articles(state, _features(_SECOND, 10), options)
    story = next(s for s in state.stories.values() if s.titles[0][0] == _FAIR)
    assert story.features.member_norm_sq > 1.5  # five more documents: rarer terms weigh more
    again = _unpack_story(story.id, story.status, _pack_story(story))
    assert again.features.member_norm_sq == pytest.approx(story.features.member_norm_sq)
    assert again.features.heads == pytest.approx(story.features.heads, abs=1e-6)
    assert again.features.squares.as_dict() == pytest.approx(
        story.features.squares.as_dict(), rel=1e-6
    )


def test_a_story_saved_without_squares_reads_its_one_member_exactly() -> None:
    state = ClusterState()
    cluster_articles(state, _features(_FIRST, 1), ClusterOptions())
    story = next(s for s in state.stories.values() if s.titles[0][0] == _FAIR)
    kept = story.features.squares.as_dict()
    story.features.squares = TermSquares()  # as saved before session 32
    again = _unpack_story(story.id, story.status, _pack_story(story))
    assert again.features.squares.as_dict() == pytest.approx(kept, rel=1e-5)
