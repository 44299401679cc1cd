"""A small story that points at one large story joins it after the merge pass (stories33).

A small import has an IDF of its own: the names half of its articles share weigh little, so a
columnist's note on an event falls under the second chance (0.07) although nothing else comes
near it. Invented reports (fictional places and people): a barge strikes a bridge, a surgeon is
named to run a health service, and first-person columns on the surgeon's appointment.
"""

from __future__ import annotations

import numpy as np

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import ArticleText, Vectoriser, build_features
from newsbeat.stories.stand_out import member_cosine, stands_out

OFF = ClusterOptions(stand_out_ratio=0.0)

BRIDGE = [
    (
        "Barge strikes Osterby Bridge in Velmora, span closed",
        "A grain barge struck the Osterby Bridge in Velmora on Monday night and the harbour "
        "authority closed the span to traffic. Captain Ilse Randahl said the barge Nordlys "
        "Kestrel lost steering in the current. Engineers from the Velmora harbour authority "
        "inspected the pillars overnight.",
    ),
    (
        "Osterby Bridge closed after barge collision",
        "The Osterby Bridge in Velmora will stay closed for at least a week after the barge "
        "Nordlys Kestrel hit a pillar, the harbour authority said. Captain Ilse Randahl told "
        "reporters the crew was unhurt. Divers examined the damaged pillar on Tuesday.",
    ),
    (
        "Velmora harbour authority inspects damaged Osterby pillar",
        "Divers from the Velmora harbour authority found cracks in the pillar of the Osterby "
        "Bridge that the barge Nordlys Kestrel struck. Ferries will carry commuters across the "
        "harbour while the span is closed, the authority said.",
    ),
    (
        "Commuters take ferries as Osterby Bridge stays shut",
        "Commuters in Velmora queued for ferries after the Osterby Bridge closed. The barge "
        "Nordlys Kestrel, which hit the bridge, was towed to the grain quay. Captain Ilse "
        "Randahl said an inquiry would look at the steering failure.",
    ),
    (
        "Inquiry opens into Nordlys Kestrel steering failure",
        "Investigators opened an inquiry into the steering failure of the barge Nordlys "
        "Kestrel, which struck the Osterby Bridge in Velmora. The harbour authority said the "
        "span could reopen to light traffic once the cracked pillar is braced.",
    ),
]
HEALTH = [
    (
        "Tamsin Okoro named chief of Kelderland health service",
        "Prime Minister Aurel Vasko named surgeon Tamsin Okoro chief of the Kelderland health "
        "service on Wednesday. Okoro, who led the trauma unit at Brenholt General Hospital, will "
        "take office in March, the cabinet office said.",
    ),
    (
        "Vasko picks trauma surgeon Okoro to run health service",
        "Aurel Vasko chose Tamsin Okoro, head of trauma surgery at Brenholt General Hospital, to "
        "run the Kelderland health service. The appointment needs the approval of the health "
        "committee of parliament, the cabinet office said.",
    ),
    (
        "Brenholt surgeon Okoro to lead Kelderland health service",
        "Tamsin Okoro of Brenholt General Hospital will lead the Kelderland health service, "
        "Prime Minister Aurel Vasko announced. Okoro said she would shorten waiting lists for "
        "surgery and hire more nurses.",
    ),
    (
        "Health committee to question Okoro on waiting lists",
        "The health committee of the Kelderland parliament will question Tamsin Okoro next "
        "week before approving her as chief of the health service. Members want to hear how "
        "Okoro would shorten waiting lists, committee chair Benedikt Rosmer said.",
    ),
    (
        "Okoro appointment welcomed by nurses' union",
        "The Kelderland nurses' union welcomed the appointment of Tamsin Okoro as chief of the "
        "health service. Aurel Vasko's choice of a working surgeon from Brenholt General "
        "Hospital was a good sign, the union said.",
    ),
]
COLUMN = (
    "Why I almost spilled my coffee this morning",
    "I read the news twice before I believed it. My neighbour, who never follows politics, "
    "called to ask whether I knew. I did not, and I still wonder what the quiet surgeon from the "
    "Brenholt wards makes of the cameras outside her door. Tamsin Okoro, Aurel Vasko's choice, "
    "will need patience to run the Kelderland health service; so will we. The column returns on "
    "Friday with your letters about parking, gardens, dogs and the late buses.",
)
# the same column with less of the event in it: it still points at the surgeon's story alone,
# but far more loosely than the story's own reports are tied to each other
LOOSE_COLUMN = (
    "Why I almost spilled my coffee this morning",
    "I read the news twice before I believed it. My neighbour, who never follows politics, "
    "called to ask whether I knew. I did not, and I still wonder what the quiet surgeon from the "
    "Brenholt wards makes of the cameras outside her door. Tamsin Okoro will need patience to "
    "run a health service; so will we. The column returns on Friday with your letters about "
    "parking, gardens, dogs and the late buses.",
)


def _stories(docs: list[tuple[str, str]], options: ClusterOptions) -> list[str]:
    """Final story id of each document, clustered in one call."""
    items = [
        ArticleText(article_id=n + 1, title=title, lead=body[:400], body=body[400:])
        for n, (title, body) in enumerate(docs)
    ]
    result = cluster_articles(
        ClusterState(), build_features(Vectoriser(), items, names=False), options
    )
    return [a.story_id for a in result.assignments]


def test_a_column_on_one_event_joins_the_story_it_points_at() -> None:
    stories = _stories([*BRIDGE, *HEALTH, COLUMN], ClusterOptions())
    assert len(set(stories[:5])) == 1 and len(set(stories[5:10])) == 1
    assert stories[0] != stories[5]
    assert stories[10] == stories[5]


def test_without_the_rule_the_column_stays_apart() -> None:
    stories = _stories([*BRIDGE, *HEALTH, COLUMN], OFF)
    assert stories[10] not in {stories[0], stories[5]}


def test_a_column_far_looser_than_the_story_stays_apart() -> None:
    # its link (0.043) is under a quarter of the story's own mean member cosine (0.20)
    stories = _stories([*BRIDGE, *HEALTH, LOOSE_COLUMN], ClusterOptions())
    assert stories[10] not in {stories[0], stories[5]}


def test_nothing_stands_out_beside_one_large_story() -> None:
    # the column's link to the surgeon's story alone is no evidence that it stands out
    stories = _stories([*HEALTH, COLUMN], ClusterOptions())
    assert stories[5] != stories[0]


def test_the_best_large_story_stands_out_by_the_ratio() -> None:
    links = np.array([1.0, 0.05, 0.02, 0.0])
    sizes = np.array([1.0, 10.0, 8.0, 0.0])
    assert stands_out(links, sizes, 1.0, 3) == (1, 0.05)


def test_a_rival_within_the_ratio_stops_it() -> None:
    links = np.array([1.0, 0.05, 0.03])
    sizes = np.array([1.0, 10.0, 8.0])
    assert stands_out(links, sizes, 1.0, 3) is None


def test_a_link_under_the_floor_stops_it() -> None:
    links = np.array([1.0, 0.025, 0.001])
    sizes = np.array([1.0, 10.0, 8.0])
    assert stands_out(links, sizes, 1.0, 3) is None


def test_small_stories_are_no_rivals_and_no_candidates() -> None:
    # the other pieces of one split event are each other's nearest
    links = np.array([1.0, 0.05, 0.02, 0.06])
    sizes = np.array([1.0, 10.0, 8.0, 2.0])
    assert stands_out(links, sizes, 1.0, 3) == (1, 0.05)


def test_a_peer_is_no_candidate_but_still_a_rival() -> None:
    # a story of three beside one of four: two events of one kind, not a piece and its story
    links = np.array([1.0, 0.05, 0.01])
    sizes = np.array([3.0, 4.0, 20.0])
    assert stands_out(links, sizes, 3.0, 3) is None
    links = np.array([1.0, 0.01, 0.05])
    sizes = np.array([3.0, 4.0, 20.0])
    assert stands_out(links, sizes, 3.0, 3) == (2, 0.05)
    links = np.array([1.0, 0.04, 0.05])
    assert stands_out(links, sizes, 3.0, 3) is None


def test_merged_away_stories_count_for_nothing() -> None:
    links = np.array([1.0, 0.05, 0.04, 0.02])
    sizes = np.array([1.0, 10.0, 0.0, 6.0])
    assert stands_out(links, sizes, 1.0, 3) == (1, 0.05)


LATE_COLUMN = (
    "Letters, parking and one surprise",
    "The letters this week were about parking, gardens, dogs and the late buses, as they are "
    "most weeks, and I thank every reader who wrote. The garden club wants a bench by the pond; "
    "the bus company says the late service will run again in spring. Then the news. I still "
    "wonder what the quiet surgeon from the Brenholt wards makes of the cameras outside her "
    "door. Tamsin Okoro, Aurel Vasko's choice, will need patience to run the Kelderland health "
    "service; so will we.",
)


def _dated(docs: list[tuple[str, str]], options: ClusterOptions) -> list[str]:
    """As :func:`_stories`, every document published the same day."""
    items = [
        ArticleText(article_id=n + 1, title=title, lead=body[:400], body=body[400:], time=1.7e9 + n)
        for n, (title, body) in enumerate(docs)
    ]
    result = cluster_articles(
        ClusterState(), build_features(Vectoriser(), items, names=False), options
    )
    return [a.story_id for a in result.assignments]


def test_an_undated_column_that_leads_with_colour_joins() -> None:
    stories = _stories([*BRIDGE, *HEALTH, LATE_COLUMN], ClusterOptions())
    assert stories[10] == stories[5]


def test_dated_stories_are_left_to_the_time_factor() -> None:
    # with dates, a small story may be a new event's first reports (the generated stream: a
    # young story sharing one name with a running one); the rule is for text alone
    # (same_day_bonus off: the column's headline and lead do tell the appointment, and the
    # second chance of a lone same-day report takes it, tests/test_stories_lone_report.py)
    stories = _dated([*BRIDGE, *HEALTH, COLUMN], ClusterOptions(same_day_bonus=1.0))
    assert len(set(stories[5:10])) == 1
    assert stories[10] != stories[5]


def test_a_story_s_member_cosine_leaves_out_each_member_with_itself() -> None:
    # three unit members, every pair at cosine 0.2: |c|^2 = 3 + 6 * 0.2
    assert abs(member_cosine(3 + 6 * 0.2, 3.0, 3) - 0.2) < 1e-9
    assert member_cosine(1.0, 1.0, 1) == 1.0
