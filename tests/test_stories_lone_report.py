"""A lone report of one event joins its story through the merge pass.

read36b (real dated imports, session 36) found four reports of one event left alone:
- a verdict seven days after the last report of its trial (the trial story was quiet longer
  than ``dormant_days``, so the merge pass gave the pair no second chance: its average link,
  0.097 times the time factor 0.91, was far under the normal 0.18 and over the second
  chance's 0.07); a trade paper's report of a nomination a week later likewise (0.149);
- a press release on the day of a nomination, congratulating the nominee, whose average link
  with the nomination's story (0.065) fell just under the second chance's 0.07;
- a report of an out-of-cycle patch whose lead first recalls the month's faulty updates: the
  story's headlines and leads against the report's whole text read 0.082 (under 0.10 and
  0.6 of the centroids' 0.174), although the report's own headline and lead tell the patch.

``late_days``: a lone report (a story of one article) of the story's one language keeps the
second chance for ``late_days`` after the story's span; the time factor still decays, and the
headline-and-lead check still applies. ``same_day_bonus``: a lone report of the story's
language within ``grace_days`` of its span whose headline and lead and the story's reach
``head_threshold`` both ways keeps 1.4 of the time factor at the second chance (0.07 met at
an average link of 0.05; other small pairs keep none of it). ``lone_heads``:
for a lone report against a larger story, the head check reads the report's headline and lead
against the story, not the story's against the report's whole text. On the multilingual
gold's train split the lone reports a week later that would have joined a story of several
languages were sibling events (a second mine fire, a second pact): the rules are for a lone
report of the story's one language. The merge pass also rescored a merged story's pairs
before folding its halves, so its head check read the kept half alone.

The reports are invented.
"""

from __future__ import annotations

from dataclasses import replace

from newsbeat.stories.cluster import ClusterOptions, ClusterState, cluster_articles
from newsbeat.stories.features import ArticleFeatures, ArticleText, Vectoriser, build_features
from newsbeat.stories.features import parse_time as _time

_TRIAL = {
    "trial1": (
        "Edvin Marsk goes on trial over the Karlsund grain store fire",
        "The trial of Edvin Marsk, 34, accused of setting the fire that destroyed the "
        "Karlsund grain store and killed night watchman Oskar Lindahl, opened at Brenna "
        "county court on Monday.\n\n"
        "Prosecutor Hanne Vik told the jury that Marsk had bought two cans of lamp oil on the "
        "evening of the fire and was seen near the loading bay. Marsk denies murder and arson. "
        "The court heard that the store, built by the co-operative in 1952, held eight "
        "hundred tonnes of barley when the roof fell in; firemen from three villages fought "
        "the blaze until dawn, and the smoke closed the coast road for a day.",
        "2026-03-02T12:00:00+00:00",
    ),
    "trial2": (
        "Witness places Marsk near Karlsund grain store on the night of the fire",
        "A lorry driver told the Brenna county court on Tuesday that he saw Edvin Marsk "
        "walking away from the Karlsund grain store minutes before the flames were seen.\n\n"
        "Marsk is on trial for the murder of watchman Oskar Lindahl, who died in the fire. "
        "Prosecutor Hanne Vik showed the jury a receipt for two cans of lamp oil. "
        "Under cross-examination the driver agreed that the yard lights were off and that "
        "he had been driving for eleven hours; the defence asked him about his glasses, the "
        "rain that evening and the speed at which he passed the bay.",
        "2026-03-03T12:00:00+00:00",
    ),
    "trial3": (
        "Marsk tells jury he was home when Karlsund grain store burned",
        "Edvin Marsk told the jury at Brenna county court on Wednesday that he was at home "
        "when the Karlsund grain store caught fire, and that the lamp oil was for his "
        "mother's cottage.\n\n"
        "Prosecutor Hanne Vik asked why his phone was near the loading bay. Watchman Oskar "
        "Lindahl died in the fire last autumn. Closing speeches are expected next week. "
        "His mother, a retired teacher, told the court that her son had mended her cottage "
        "roof that autumn and kept paraffin lamps because the power often failed in storms.",
        "2026-03-04T12:00:00+00:00",
    ),
}
_VERDICT = (
    "Jury finds Edvin Marsk guilty",
    "Jurors in Brenna took four hours to reach their verdict on Wednesday: Edvin Marsk is "
    "guilty of the Karlsund fire. Marsk, who had told them he was at home that night, "
    "looked at the floor as it was read.\n\n"
    "The judge thanked the jurors and set sentencing for next month. Relatives of the "
    "dead man wept and embraced outside.",
)
_RELEASE = (
    "Karlsund farmers thank the jury and witnesses at the Marsk trial",
    "The Karlsund Farmers' Guild thanked the witnesses and the jury at the trial of Edvin "
    "Marsk for their courage. Its members stored their harvest in the burned building.\n\n"
    "The Guild said it would rebuild on the same site, with sprinklers, and name the new "
    "hall after the dead man. Guild chair Ragna Holt, herself a witness, said farmers "
    "lost a year's seed and thanked neighbours who lent their barns and tractors for the "
    "spring sowing. The "
    "Guild's cattle market moves to the school field until the hall is built, its annual "
    "fair will go ahead in August with a ploughing match and a sheep show, and members "
    "will vote on the yearly fee at the spring meeting in the chapel.",
)

# one-article stories of other subjects, a day apart, so that the IDF is not the trial's alone
_BACKGROUND = [
    (
        "Orchard growers count the cost of a late frost",
        "A late frost blackened the apple blossom across the Solvik valley, and growers said "
        "half the crop may be lost. Smudge pots burned all night in the upper orchards.",
    ),
    (
        "Harbour club wins the cup final on penalties",
        "Harbour FC beat Dunmere Rovers on penalties to lift the regional cup after a goalless "
        "final. Their goalkeeper saved two kicks in front of a crowd of four thousand.",
    ),
    (
        "Ferry timetable changes for the summer",
        "The island ferry will sail six times a day from June, the operator said, with a late "
        "boat on Fridays. Fares for cyclists rise by a tenth.",
    ),
    (
        "Choir of the old mill town sings in the capital",
        "Sixty singers from the mill town choir performed a requiem in the cathedral of the "
        "capital, their first concert outside the county in twenty years.",
    ),
    (
        "Music school opens a wing for drummers",
        "A soundproof wing with eight practice rooms opened at the county music school, paid "
        "for by a bequest from a former pupil who played in a dance band.",
    ),
    (
        "Coastal path reopens after winter landslips",
        "Walkers can again follow the cliff path from Ostby to the lighthouse after rangers "
        "cut a new route inland around two landslips.",
    ),
]


def _background() -> dict[str, tuple[str, str, str]]:
    return {
        f"bg{n}": (title, body, f"2026-03-{2 + n:02d}T15:00:00+00:00")
        for n, (title, body) in enumerate(_BACKGROUND)
    }


_OFF = replace(ClusterOptions(), late_days=0.0, same_day_bonus=1.0)


def _features(
    reports: dict[str, tuple[str, str, str]], languages: dict[str, str]
) -> tuple[list[str], list[ArticleFeatures]]:
    keys = sorted(reports, key=lambda k: (reports[k][2], k))
    items = [
        ArticleText(
            article_id=n,
            title=reports[key][0],
            lead=reports[key][1][:300],
            body=reports[key][1][300:],
            time=_time(reports[key][2]),
            language=languages.get(key, "en"),
        )
        for n, key in enumerate(keys, start=1)
    ]
    return keys, build_features(Vectoriser(), items, names=False)


def _story_of(
    extra: dict[str, tuple[str, str, str]],
    options: ClusterOptions,
    languages: dict[str, str] | None = None,
) -> dict[str, str]:
    """Report key -> its story, the trial, the background and ``extra`` clustered in one call."""
    keys, features = _features({**_TRIAL, **_background(), **extra}, languages or {})
    result = cluster_articles(ClusterState(), features, options)
    return {keys[a.article_id - 1]: a.story_id for a in result.assignments}


def _verdict(day: str) -> dict[str, tuple[str, str, str]]:
    return {"late": (*_VERDICT, f"2026-03-{day}T12:00:00+00:00")}


def test_the_trial_is_one_story() -> None:
    story = _story_of({}, ClusterOptions())
    assert story["trial1"] == story["trial2"] == story["trial3"]


def test_a_verdict_a_week_after_its_trial_joins_it() -> None:
    story = _story_of(_verdict("11"), ClusterOptions())
    assert story["late"] == story["trial1"]


def test_without_the_rule_the_verdict_stays_apart() -> None:
    story = _story_of(_verdict("11"), _OFF)
    assert story["late"] != story["trial1"]


def test_a_verdict_later_than_late_days_stays_apart() -> None:
    story = _story_of(_verdict("20"), ClusterOptions())
    assert story["late"] != story["trial1"]


def test_a_verdict_in_a_story_of_two_languages_stays_apart() -> None:
    # the trial told in two languages (its third report tagged German): a lone report a week
    # later may be a sibling event whose other languages' reports are still to come
    story = _story_of(_verdict("11"), ClusterOptions(), {"trial3": "de"})
    assert story["late"] != story["trial1"]


def test_two_reports_a_week_later_are_no_lone_report() -> None:
    second = (
        "Marsk found guilty of killing Karlsund watchman",
        _VERDICT[1].replace("showed no emotion", "looked at the floor"),
        "2026-03-11T13:00:00+00:00",
    )
    story = _story_of({**_verdict("11"), "late2": second}, ClusterOptions())
    assert story["late"] == story["late2"] != story["trial1"]


def _release(day: str) -> dict[str, tuple[str, str, str]]:
    return {"release": (*_RELEASE, f"2026-03-{day}T18:00:00+00:00")}


def test_a_same_day_statement_joins_its_story() -> None:
    story = _story_of(_release("04"), ClusterOptions())
    assert story["release"] == story["trial1"]


def test_without_the_same_day_bonus_the_statement_stays_apart() -> None:
    story = _story_of(_release("04"), _OFF)
    assert story["release"] != story["trial1"]


def test_the_statement_days_after_the_story_stays_apart() -> None:
    story = _story_of(_release("08"), replace(ClusterOptions(), late_days=0.0))
    assert story["release"] != story["trial1"]


def test_unrelated_one_article_stories_within_grace_days_stay_apart() -> None:
    # the orchard frost and the ferry timetable, two days apart, share a few common words
    # (average link 0.06 in this small corpus), not their headlines and leads
    story = _story_of({}, ClusterOptions())
    assert story["bg0"] != story["bg2"]


_PATCH = {
    "patch1": (
        "Velmor rushes out an emergency fix for Skyport browser flaw",
        "Velmor released an emergency fix on Tuesday for a flaw in its Skyport browser that "
        "attackers were already using to take over computers through booby-trapped pages.\n\n"
        "The company said the flaw lets a page run code when Skyport opens a crafted image. "
        "Security firm Halden Labs found the attacks aimed at shipping companies in the north. "
        "The fix comes weeks after Velmor's monthly update broke printing in many offices "
        "and froze laptops, and had to be pulled and sent again; schools sent pupils home "
        "and help desks were swamped with calls about lost documents.",
        "2026-03-10T09:00:00+00:00",
    ),
    "patch2": (
        "Skyport users urged to install Velmor's emergency fix",
        "Security experts urged Skyport users to install Velmor's emergency fix at once, "
        "after attackers used the browser flaw to take over computers at shipping companies.\n\n"
        "Halden Labs said the booby-trapped pages carried a crafted image. Velmor said the fix "
        "would reach most computers within a day through automatic updates. Help desks, still "
        "busy with the monthly update that broke printers and froze laptops at start-up, "
        "were told to send the fix first.",
        "2026-03-10T14:00:00+00:00",
    ),
    "patch3": (
        "Velmor fixes Skyport flaw used in attacks on shippers",
        "Velmor has fixed the Skyport browser flaw that attackers exploited to break into "
        "shipping companies, the company said, two days after Halden Labs reported it.\n\n"
        "The flaw let a crafted image on a page run code. Velmor did not wait for its "
        "monthly update and shipped the emergency fix on its own; that update, which broke "
        "printing and was pulled and sent again, left offices wary of installing anything.",
        "2026-03-10T18:00:00+00:00",
    ),
}
_BAD_MONTH = (
    "A hard month ends with a Skyport fix from Velmor",
    "It has been a hard month for the company. Its monthly update broke printing for many "
    "offices, froze laptops at start-up and had to be pulled and sent again a week later, "
    "and help desks were swamped with calls about lost documents and slow machines.\n\n"
    "Schools in two counties sent pupils home when their laptops would not start, and a "
    "hospital in Ostby went back to paper forms for a morning. The firm apologised twice, "
    "blamed a faulty driver package from a supplier and promised to test its monthly "
    "updates on more printers before sending them out. Its shares fell for four days.\n\n"
    "Unions at two banks asked for overtime pay for staff who typed up forms by hand, and "
    "a council in the west said it would claim the cost of a lost day of parking fines. "
    "The regulator wrote to the company asking how it tests updates for public bodies.\n\n"
    "Shopkeepers on the high street of Brenna said their tills had printed blank receipts "
    "for two days; a bakery gave away its bread rather than turn customers away, and a "
    "chemist wrote prescriptions in pencil. Taxi firms lost their booking screens, cinemas "
    "sold tickets from a cash box, and the county library lent laptops it had wiped and "
    "loaded again by hand. Farmers filing grain returns asked for a week's grace, which the "
    "ministry granted, and a ferry company printed its timetables on a copier borrowed from "
    "a church hall. Dentists rang patients one by one, a driving school lost a week of "
    "bookings, the harbour master kept the tide tables on a blackboard, and the brass band "
    "cancelled its spring concert when nobody could print the programmes or the raffle "
    "tickets in time for the Easter fair at the old cattle market.\n\n"
    "Now it has shipped a repair for its browser. Office managers said "
    "they would wait a day to see whether printers kept working.",
)


# every report starts a story of its own: the merge pass alone decides
_NO_JOIN = replace(ClusterOptions(), threshold=0.95, revive_threshold=0.95)


def _patch_story_of(options: ClusterOptions) -> dict[str, str]:
    extra = {**_PATCH, "month": (*_BAD_MONTH, "2026-03-10T20:00:00+00:00")}
    return _story_of(extra, options)


def test_a_report_that_opens_on_another_matter_joins_its_story() -> None:
    story = _patch_story_of(_NO_JOIN)
    assert story["patch1"] == story["patch2"] == story["patch3"] == story["month"]


def test_without_the_lone_heads_rule_it_stays_apart() -> None:
    story = _patch_story_of(replace(_NO_JOIN, lone_heads=False))
    assert story["patch1"] == story["patch2"] == story["patch3"] != story["month"]


def test_the_merge_pass_rescores_with_the_merged_story() -> None:
    # The same report naming the browser: its link to the patch story is read when the third
    # patch report joins the first two. Read with the first two's headlines alone (the fold
    # came after the rescoring) the pair fell short and was never offered again.
    body = _BAD_MONTH[1].replace("a repair for its browser", "a fix for Skyport, its browser")
    extra = {**_PATCH, "month": (_BAD_MONTH[0], body, "2026-03-10T20:00:00+00:00")}
    story = _story_of(extra, replace(_NO_JOIN, lone_heads=False))
    assert story["patch1"] == story["patch2"] == story["patch3"] == story["month"]


def test_a_late_report_that_leads_with_colour_stays_apart() -> None:
    # a week later the report must lead with the story's event: this one opens on the weather
    # in the square (its headline and lead reach 0.093 with the trial story, under the 0.10
    # floor though over the share of the head check). The generated stream's unrelated lone
    # stories a week after a story passed the share too.
    colour = (
        "Rain fell on the old square all afternoon, and the cafe across the road ran out of "
        "buns by two as the reporters waited. Pigeons crowded the steps; a school band "
        "practised in the hall next door.\n\n"
    )
    body = (
        colour + _VERDICT[1] + " Edvin Marsk's lawyer said he would appeal; the Karlsund grain "
        "store will be rebuilt."
    )
    late = {"late": ("Jury finds Marsk guilty", body, "2026-03-11T12:00:00+00:00")}
    story = _story_of(late, ClusterOptions())
    assert story["late"] != story["trial1"]
