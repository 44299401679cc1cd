"""Two large stories that are pieces of one event told many times join (stories38b).

A small undated import has an IDF of its own: a wire event told by many outlets can come apart
into pieces of several reports each (read38: a navy's capture of 23 pirates, 8 + 6 + 5), whose
average link stays under the merge threshold for two large stories. They join when each is the
other's nearest, the link reaches a share of their own members' cosine, and half the headlines
of each state one figure. Invented reports (fictional places, ships and people): a trawler's 37
fishermen rescued, told by local reports and by wire copy; a cargo ship's 52 sailors saved in
the same gulf (an event of one kind); three unrelated notes.
"""

from __future__ import annotations

import numpy as np

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import ArticleText, Vectoriser, build_features
from newsbeat.stories.peer_pieces import peer_pairs
from newsbeat.stories.shared_figures import common_figures, headline_figures, share_a_figure

OFF = ClusterOptions(peer_share=0.0)

LOCAL = [
    (
        "Coastguard cutter Morvane rescues 37 fishermen from sinking trawler Silver Tern",
        "Harbourmaster Edda Lunn of Port Varro said the cutter Morvane reached the trawler "
        "Silver Tern before dawn and lifted 37 fishermen from the water. The Port Varro "
        "lifeboat crew helped. Lunn said the trawler's engine room flooded in heavy seas "
        "off Kestrel Point.",
    ),
    (
        "Port Varro welcomes 37 fishermen saved from Silver Tern",
        "Families gathered on the Port Varro quay as the cutter Morvane brought home 37 "
        "fishermen of the Silver Tern. The crew were in good health, the harbour doctor "
        "said. The trawler sank off Kestrel Point after its engine room flooded.",
    ),
    (
        "Silver Tern crew of 37 safe after night at sea",
        "All 37 fishermen of the trawler Silver Tern are safe after a night in the water "
        "off Kestrel Point. The cutter Morvane found them by searchlight, the Port Varro "
        "harbour office said, and the lifeboat brought two to the harbour clinic.",
    ),
    (
        "Harbourmaster Lunn praises lifeboat crew after 37 saved",
        "Edda Lunn, harbourmaster of Port Varro, praised the lifeboat volunteers who joined "
        "the cutter Morvane to save 37 fishermen from the Silver Tern off Kestrel Point. "
        "The harbour clinic treated two men for cold, Lunn said.",
    ),
]
WIRE = [
    (
        "Ministry says 37 rescued as trawler Silver Tern sinks",
        "The Ministry of the Sea said on Sunday that 37 crew of the trawler Silver Tern "
        "were rescued off Kestrel Point. Spokesman Tomas Brecht told reporters a coastguard "
        "vessel answered the distress call within the hour. The ministry gave no cause for "
        "the sinking.",
    ),
    (
        "Ministry: coastguard saves 37 from trawler in Gulf of Sarn",
        "A coastguard cutter rescued 37 fishermen from the sinking trawler Silver Tern, the "
        "Ministry of the Sea said. Spokesman Tomas Brecht said the crew were in good "
        "health. Storms have battered the Gulf of Sarn for a week, forecasters said.",
    ),
    (
        "37 fishermen rescued in Gulf of Sarn, ministry says",
        "Thirty-seven fishermen were pulled from the sea off Kestrel Point after the Silver "
        "Tern sank, spokesman Tomas Brecht of the Ministry of the Sea said on Sunday. He "
        "said the coastguard answered the distress call within the hour.",
    ),
    (
        "Gulf of Sarn storm sinks trawler, 37 rescued",
        "Storms sank the trawler Silver Tern when its engine room flooded, and a coastguard "
        "cutter rescued all 37 men aboard, the Ministry of the Sea said. Spokesman Tomas "
        "Brecht said the ministry would review safety rules for trawlers in winter.",
    ),
]
DECOY = [
    (
        "Coastguard rescues 52 sailors from cargo ship Amber Reed in Gulf of Sarn",
        "A coastguard vessel rescued 52 sailors from the cargo ship Amber Reed after it ran "
        "aground in the Gulf of Sarn, the harbour office of Dunmarra said. The cargo of "
        "timber was lost.",
    ),
    (
        "Amber Reed aground in Gulf of Sarn, 52 crew saved",
        "All 52 crew of the cargo ship Amber Reed were saved when it ran aground in the "
        "Gulf of Sarn, the Ministry of the Sea said. The timber cargo washed ashore near "
        "Dunmarra.",
    ),
    (
        "52 sailors saved as Amber Reed runs aground",
        "The coastguard saved 52 sailors of the Amber Reed, a timber carrier aground in the "
        "Gulf of Sarn. Dunmarra residents collected timber from the beach, the ministry "
        "said.",
    ),
    (
        "Timber from Amber Reed washes up at Dunmarra after 52 rescued",
        "Timber from the grounded cargo ship Amber Reed washed up at Dunmarra, where the 52 "
        "rescued sailors were brought ashore. The Ministry of the Sea said salvage would "
        "begin.",
    ),
]
OTHER = [
    (
        "Brenholt council votes to close two libraries",
        "The Brenholt council voted on Tuesday to close two branch libraries to save money. "
        "Councillor Marit Havel said the books would move to the central library by spring.",
    ),
    (
        "Velmora orchestra names new conductor",
        "The Velmora Philharmonic named the violinist Oskar Tiede its chief conductor from "
        "next season. Tiede said he would tour the provinces with a programme of new music.",
    ),
    (
        "Kelderland wheat harvest falls after dry summer",
        "Farmers in Kelderland harvested less wheat this year after a dry summer, the farm "
        "bureau said. Prices for bread flour rose in the markets of the capital.",
    ),
]
# the wire copy with the figure left out of its headlines ("thirty-seven" is no figure)
WIRE_NO_FIGURE = [
    ("Ministry says crew rescued as trawler Silver Tern sinks", WIRE[0][1]),
    ("Ministry: coastguard saves trawler crew in Gulf of Sarn", WIRE[1][1]),
    ("Thirty-seven fishermen rescued in Gulf of Sarn, ministry says", WIRE[2][1]),
    ("Gulf of Sarn storm sinks trawler, crew rescued", WIRE[3][1]),
]


def _stories(
    docs: list[tuple[str, str]], options: ClusterOptions, dated: bool = False
) -> list[str]:
    """Final story id of each document, clustered in one call (dated: one second apart)."""
    items = [
        ArticleText(
            article_id=n + 1,
            title=title,
            lead=body[:400],
            body=body[400:],
            time=1.7e9 + n if dated else None,
        )
        for n, (title, body) in enumerate(docs)
    ]
    result = cluster_articles(
        ClusterState(), build_features(Vectoriser(), items, names=False), options
    )
    return [a.story_id for a in result.assignments]


def test_two_pieces_of_one_rescue_join() -> None:
    stories = _stories([*LOCAL, *WIRE, *DECOY, *OTHER], ClusterOptions())
    assert len(set(stories[:8])) == 1
    assert stories[8] != stories[0] and len(set(stories[8:12])) == 1


def test_without_the_rule_the_pieces_stay_apart() -> None:
    stories = _stories([*LOCAL, *WIRE, *DECOY, *OTHER], OFF)
    assert len(set(stories[:4])) == 1 and len(set(stories[4:8])) == 1
    assert stories[0] != stories[4]


def test_pieces_whose_headlines_state_no_common_figure_stay_apart() -> None:
    stories = _stories([*LOCAL, *WIRE_NO_FIGURE, *DECOY, *OTHER], ClusterOptions())
    assert stories[0] != stories[4]


def test_a_link_under_the_share_stays_apart() -> None:
    # link 0.106 against the members' own 0.27 and 0.29: 0.37 of it, under 0.5
    stories = _stories([*LOCAL, *WIRE, *DECOY, *OTHER], ClusterOptions(peer_share=0.5))
    assert stories[0] != stories[4]


def test_dated_pieces_are_left_to_the_time_factor() -> None:
    stories = _stories([*LOCAL, *WIRE, *DECOY, *OTHER], ClusterOptions(), dated=True)
    assert stories[0] != stories[4]


def test_headline_figures_leave_out_years_and_single_digits() -> None:
    assert headline_figures("Navy holds 23 pirates, 2 boats in 2008 raid") == {"23"}
    assert headline_figures("1,200 jobs go; 1200 more at risk; 2.5% cut.") == {"1200", "2.5"}
    assert headline_figures("Flight AB123 lands; MS08-078 patch") == set()


def test_a_common_figure_needs_half_the_headlines() -> None:
    titles = ["37 rescued", "Trawler sinks", "37 fishermen safe", "Skipper thanks crew"]
    assert common_figures(titles) == {"37"}
    assert common_figures([*titles, "Storm in the gulf"]) == set()
    assert common_figures([]) == set()
    assert share_a_figure(titles, ["Ministry: 37 saved", "37 crew home"])
    assert not share_a_figure(titles, ["52 sailors saved", "Amber Reed aground"])


LINKS = np.array(
    [
        [1.0, 0.10, 0.02, 0.01],
        [0.10, 1.0, 0.03, 0.01],
        [0.02, 0.03, 1.0, 0.01],
        [0.01, 0.01, 0.01, 1.0],
    ]
)
OWN = np.array([0.25, 0.20, 0.3, 0.3])


def test_two_mutual_nearest_large_stories_are_offered() -> None:
    sizes = np.array([6.0, 5.0, 4.0, 8.0])
    assert peer_pairs(LINKS, sizes, OWN, 3, 0.03, 0.35) == [(0.10, 0, 1)]


def test_a_nearer_third_story_stops_the_pair() -> None:
    # story 1's nearest is story 2 (a third piece, small or large): read that pair first
    links = LINKS.copy()
    links[1, 2] = links[2, 1] = 0.12
    assert peer_pairs(links, np.array([6.0, 5.0, 2.0, 8.0]), OWN, 3, 0.03, 0.35) == []
    assert peer_pairs(links, np.array([6.0, 5.0, 4.0, 8.0]), OWN, 3, 0.03, 0.35) == [(0.12, 1, 2)]


def test_small_stories_floor_share_and_merged_away() -> None:
    assert peer_pairs(LINKS, np.array([6.0, 3.0, 4.0, 8.0]), OWN, 3, 0.03, 0.35) == []
    assert peer_pairs(LINKS, np.array([6.0, 5.0, 4.0, 8.0]), OWN, 3, 0.11, 0.35) == []
    assert peer_pairs(LINKS, np.array([6.0, 5.0, 4.0, 8.0]), OWN, 3, 0.03, 0.41) == []
    # story 1 merged away: story 0's nearest is now story 2
    sizes = np.array([6.0, 0.0, 4.0, 8.0])
    assert peer_pairs(LINKS, sizes, OWN, 3, 0.0, 0.0) == [(0.02, 0, 2)]
