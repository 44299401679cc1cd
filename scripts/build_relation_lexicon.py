"""Build ``src/newsbeat/data/relation_lexicon.json``: verbs and nouns -> PLOVER event types.

Sources:

1. The CAMEO verb dictionary of PETRARCH2 (``../shared/lexicons/petrarch2/CAMEO.2.0.txt``, MIT
   licence, Open Event Data Alliance): each verb block lists verbs and ``verb + object``
   patterns with a CAMEO code. A verb gets the block's code, else its own, else the code most
   of its patterns share; ``- * NOUN [code]`` patterns give verb+object entries.
2. CAMEO -> PLOVER by the code's two-digit root (``CAMEO2PLOVER-2021.txt`` in the PLOVER
   benchmark folder), using the type names of the PLOVER gold standard and the issue (DEMAND
   for appeals and requests, DISAPPROVE for criticism, INVESTIGATE, FIGHT for conventional
   force, ASSAULT for unconventional violence).
3. The curated tables below (our own), which win: the relation words of this product
   (alliances, treaties, pacts, partnerships, joint statements, military help), demand frames
   ("call for", "urge") and the PLOVER types CAMEO spreads over several roots.

Run from the repository root::

    .venv/bin/python scripts/build_relation_lexicon.py [--shared ../shared]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from data_build import PETRARCH2_NOTICE, build_main, cameo_verb_blocks

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsbeat" / "data" / "relation_lexicon.json"

ROOT_TO_PLOVER = {
    "01": None,  # public statements: not a relation
    "02": "DEMAND",  # appeal
    "03": "AGREE",  # express intent to cooperate
    "04": "CONSULT",
    "05": "SUPPORT",  # diplomatic cooperation
    "06": "COOPERATE",  # material cooperation
    "07": "AID",
    "08": "CONCEDE",  # yield (084-087 are RETREAT)
    "09": "INVESTIGATE",
    "10": "DEMAND",
    "11": "DISAPPROVE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",  # exhibit force posture
    "16": "SANCTION",  # reduce relations
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "FIGHT",
    "20": "ASSAULT",
}

# Curated verbs (lemma -> type); these win over the CAMEO-derived defaults.
VERBS = {
    "ally": "COOPERATE",
    "partner": "COOPERATE",
    "cooperate": "COOPERATE",
    "collaborate": "COOPERATE",
    "team": "COOPERATE",
    "extradite": "COOPERATE",
    "share": "COOPERATE",
    "coordinate": "COOPERATE",
    # hiring and taking over a company are cooperation between two named actors
    "hire": "COOPERATE",
    "rehire": "COOPERATE",
    "re-hire": "COOPERATE",  # kept one word by newsbeat.enrich.redone_verbs (rel35)
    "absorb": "COOPERATE",
    "agree": "AGREE",
    "pledge": "AGREE",
    "promise": "AGREE",
    "offer": "AGREE",
    "commit": "AGREE",
    "vow": "AGREE",
    "accept": "AGREE",
    "approve": "AGREE",
    "sign": "AGREE",
    "ratify": "AGREE",
    "endorse": "SUPPORT",
    "back": "SUPPORT",
    "support": "SUPPORT",
    "praise": "SUPPORT",
    "welcome": "SUPPORT",
    "defend": "SUPPORT",
    "apologize": "SUPPORT",
    "apologise": "SUPPORT",
    "recognize": "SUPPORT",
    "recognise": "SUPPORT",
    "thank": "SUPPORT",
    "congratulate": "SUPPORT",
    "forgive": "SUPPORT",
    "meet": "CONSULT",
    "visit": "CONSULT",
    "host": "CONSULT",
    "negotiate": "CONSULT",
    "discuss": "CONSULT",
    "telephone": "CONSULT",
    "phone": "CONSULT",
    "call": "CONSULT",
    "consult": "CONSULT",
    "mediate": "CONSULT",
    "talk": "CONSULT",
    "arrive": "CONSULT",
    "aid": "AID",
    "help": "AID",
    "assist": "AID",
    "donate": "AID",
    "supply": "AID",
    "provide": "AID",
    "send": "AID",
    "deliver": "AID",
    "fund": "AID",
    "finance": "AID",
    "arm": "AID",
    "grant": "AID",
    "evacuate": "AID",
    "rescue": "AID",
    "lend": "AID",
    "demand": "DEMAND",
    "urge": "DEMAND",
    "request": "DEMAND",
    "appeal": "DEMAND",
    "press": "DEMAND",
    "push": "DEMAND",
    "insist": "DEMAND",
    "ask": "DEMAND",
    "pressure": "DEMAND",
    "pressurize": "DEMAND",
    "plead": "DEMAND",
    "beg": "DEMAND",
    "reject": "REJECT",
    "refuse": "REJECT",
    "decline": "REJECT",
    "deny": "REJECT",
    "veto": "REJECT",
    "oppose": "REJECT",
    "dismiss": "REJECT",
    "rebuff": "REJECT",
    "spurn": "REJECT",
    "resist": "REJECT",
    "block": "REJECT",
    "defy": "REJECT",
    "threaten": "THREATEN",
    "warn": "THREATEN",
    "vow_to_retaliate": "THREATEN",
    "protest": "PROTEST",
    "demonstrate": "PROTEST",
    "march": "PROTEST",
    "rally": "PROTEST",
    "boycott": "PROTEST",
    "picket": "PROTEST",
    "sanction": "SANCTION",
    "expel": "SANCTION",
    "suspend": "SANCTION",
    "embargo": "SANCTION",
    "sever": "SANCTION",
    "halt": "SANCTION",
    "cut": "SANCTION",
    "freeze": "SANCTION",
    "recall": "SANCTION",
    "withdraw": "RETREAT",
    "retreat": "RETREAT",
    "release": "RETREAT",
    "free": "RETREAT",
    "ease": "CONCEDE",
    "lift": "CONCEDE",
    "concede": "CONCEDE",
    "yield": "CONCEDE",
    # Giving up a post or a position is how the PLOVER gold codes these (RETREAT), not CONCEDE.
    "resign": "RETREAT",
    "surrender": "RETREAT",
    "fight": "FIGHT",
    "attack": "FIGHT",
    "shell": "FIGHT",
    "bomb": "FIGHT",
    "invade": "FIGHT",
    "clash": "FIGHT",
    "strike": "FIGHT",
    "raid": "FIGHT",
    "fire": "FIGHT",
    "occupy": "FIGHT",
    "blockade": "FIGHT",
    "besiege": "FIGHT",
    "shoot": "ASSAULT",
    "kill": "ASSAULT",
    "assassinate": "ASSAULT",
    "kidnap": "ASSAULT",
    "abduct": "ASSAULT",
    "torture": "ASSAULT",
    "massacre": "ASSAULT",
    "behead": "ASSAULT",
    "stab": "ASSAULT",
    "execute": "ASSAULT",
    "arrest": "COERCE",
    "detain": "COERCE",
    "jail": "COERCE",
    "imprison": "COERCE",
    "deport": "COERCE",
    "ban": "COERCE",
    "seize": "COERCE",
    "confiscate": "COERCE",
    "crack": "COERCE",
    "censor": "COERCE",
    "expropriate": "COERCE",
    "raze": "COERCE",
    "accuse": "DISAPPROVE",
    "criticize": "DISAPPROVE",
    "criticise": "DISAPPROVE",
    "condemn": "DISAPPROVE",
    "denounce": "DISAPPROVE",
    "blame": "DISAPPROVE",
    "complain": "DISAPPROVE",
    "sue": "DISAPPROVE",
    "indict": "DISAPPROVE",
    "charge": "DISAPPROVE",
    "slam": "DISAPPROVE",
    "rebuke": "DISAPPROVE",
    "investigate": "INVESTIGATE",
    "probe": "INVESTIGATE",
    "inspect": "INVESTIGATE",
    "examine": "INVESTIGATE",
    "mobilize": "MOBILIZE",
    "mobilise": "MOBILIZE",
    "deploy": "MOBILIZE",
    "mass": "MOBILIZE",
}
# Event nouns: the object of a light verb ("sign a treaty", "form an alliance"), or a subject
# ("the alliance between X and Y").
NOUNS = {
    "alliance": "COOPERATE",
    "partnership": "COOPERATE",
    "cooperation": "COOPERATE",
    "coalition": "COOPERATE",
    "collaboration": "COOPERATE",
    "exercise": "COOPERATE",
    "treaty": "AGREE",
    "pact": "AGREE",
    "agreement": "AGREE",
    "accord": "AGREE",
    "deal": "AGREE",
    "memorandum": "AGREE",
    "ceasefire": "AGREE",
    "truce": "AGREE",
    "declaration": "AGREE",
    "statement": "CONSULT",
    "talks": "CONSULT",
    "summit": "CONSULT",
    "meeting": "CONSULT",
    "visit": "CONSULT",
    "negotiation": "CONSULT",
    "mediation": "CONSULT",
    "aid": "AID",
    "assistance": "AID",
    "help": "AID",
    "support": "SUPPORT",
    "troops": "AID",
    "weapons": "AID",
    "arms": "AID",
    "loan": "AID",
    "funding": "AID",
    "asylum": "AID",
    "sanctions": "SANCTION",
    "sanction": "SANCTION",
    "embargo": "SANCTION",
    "tariffs": "SANCTION",
    "suspension": "SANCTION",
    "expulsion": "SANCTION",
    "withdrawal": "RETREAT",
    "attack": "FIGHT",
    "offensive": "FIGHT",
    "strike": "PROTEST",
    "protest": "PROTEST",
    "demonstration": "PROTEST",
    "boycott": "PROTEST",
    "threat": "THREATEN",
    "ultimatum": "THREATEN",
    "investigation": "INVESTIGATE",
    "inquiry": "INVESTIGATE",
    "probe": "INVESTIGATE",
    "criticism": "DISAPPROVE",
    "condemnation": "DISAPPROVE",
}
# Light verbs take their type from the event noun they govern.
LIGHT_VERBS = sorted(
    [
        "sign",
        "form",
        "forge",
        "join",
        "reach",
        "conclude",
        "seal",
        "strike",
        "enter",
        "announce",
        "issue",
        "hold",
        "launch",
        "hold",
        "make",
        "conduct",
        "undertake",
        "open",
        "start",
        "begin",
        "give",
        "extend",
        "set",
        "establish",
        "create",
        "build",
        "forge",
        "renew",
        "upgrade",
        "impose",
        "adopt",
    ]
)
# Frames that turn the event they govern into a demand, a threat, a rejection or nothing.
FRAMES = {
    "call for": "DEMAND",
    "urge": "DEMAND",
    "demand": "DEMAND",
    "ask": "DEMAND",
    "push for": "DEMAND",
    "press for": "DEMAND",
    "appeal for": "DEMAND",
    "plead for": "DEMAND",
    "insist on": "DEMAND",
    "threaten": "THREATEN",
    "warn": "THREATEN",
    "reject": "REJECT",
    "refuse": "REJECT",
    "decline": "REJECT",
    "oppose": "REJECT",
    "rule out": "REJECT",
    "veto": "REJECT",
    "deny": "REJECT",
}
HYPOTHETICAL = sorted(
    [
        "if",
        "unless",
        "whether",
        "could",
        "might",
        "may",
        "would",
        "consider",
        "mull",
        "weigh",
        "propose",
        "plan",
        "hope",
        "seek",
    ]
)


# More light verbs and event nouns (curated).
LIGHT_VERBS = sorted({*LIGHT_VERBS, "stage", "mount", "continue", "resume", "offer"})
NOUNS.update(
    {
        "hearing": "INVESTIGATE",
        "war": "FIGHT",
        "games": "COOPERATE",
        "riot": "PROTEST",
        "march": "PROTEST",
        "sit-in": "PROTEST",
        "rally": "PROTEST",
        "campaign": "PROTEST",
    }
)
_AGREEMENTS = (
    "treaty",
    "pact",
    "agreement",
    "accord",
    "deal",
    "memorandum",
    "declaration",
    "alliance",
    "protocol",
)
# Verb + object pairs that differ from both the verb and the noun alone (curated).
VERB_OBJECTS: dict[str, dict[str, str]] = {
    # Signing a formal agreement: CAMEO 057, SUPPORT in PLOVER's gold records.
    **{
        verb: dict.fromkeys(_AGREEMENTS, "SUPPORT")
        for verb in ("sign", "ratify", "conclude", "seal")
    },
    # Forming or joining an alliance or partnership: cooperation.
    **{
        verb: dict.fromkeys(("alliance", "partnership", "coalition", "union"), "COOPERATE")
        for verb in ("form", "forge", "join", "launch", "create", "establish")
    },
    "accept": {"demand": "CONCEDE", "condition": "CONCEDE"},
    # "agreed to terms with X": a contract agreed, its other party named (rel34)
    "agree": {"terms": "AGREE"},
    "meet": {"demand": "CONCEDE"},
    # Sharing is cooperation when what is shared is given to the other side ("shared
    # intelligence with X"); a shared standing, stage or award is no act ("the domination he
    # shares with his brother", "shared the award with X"): see VERB_CONDITIONS.
    "share": dict.fromkeys(
        (
            *("intelligence", "information", "data", "technology", "expertise", "know-how"),
            *("knowledge", "evidence", "resource", "equipment"),
        ),
        "COOPERATE",
    ),
    "give": {"aid": "AID", "asylum": "AID", "money": "AID", "support": "SUPPORT"},
    "impose": {
        "sanction": "SANCTION",
        "embargo": "SANCTION",
        "tariff": "SANCTION",
        "curfew": "COERCE",
        "ban": "COERCE",
        "blackout": "COERCE",
    },
    "lift": {
        "sanction": "CONCEDE",
        "embargo": "CONCEDE",
        "curfew": "CONCEDE",
        "ban": "CONCEDE",
        "blockade": "RETREAT",
        "siege": "RETREAT",
    },
    "end": {
        "mediation": "SANCTION",
        "talk": "SANCTION",
        "cooperation": "SANCTION",
        "strike": "CONCEDE",
        "boycott": "CONCEDE",
    },
    "call": {"strike": "PROTEST", "ceasefire": "AGREE"},
    # Courtesy is support, never a demand or disapproval ("conveyed warm wishes", "expressed
    # his appreciation"): CAMEO files "express ... wish" under appeals.
    **{
        verb: dict.fromkeys(
            (
                "appreciation",
                "gratitude",
                "thanks",
                "wish",
                "wishes",
                "greeting",
                "greetings",
                "congratulations",
                "condolence",
                "condolences",
                "sympathy",
                "solidarity",
                "respect",
            ),
            "SUPPORT",
        )
        for verb in ("express", "convey", "extend", "send", "offer", "voice", "pass")
    },
}
# Verbs that are an interaction only in one construction (read by
# ``newsbeat.enrich.verb_conditions``): ordered rows, the first that holds gives the type;
# ``None`` is no trigger; no row holding reads the verb like any other.
# What a walkout leaves, by the noun after "walked out of": a gathering, a body or an
# agreement (a protest or a withdrawal); any other thing named by a common noun is a place
# left ("the store", "the hospital"). A name ("Parliament") is always a walkout.
_WALKOUT_FROM = sorted(
    {"talks", "talk", "meeting", "negotiations", "negotiation", "session", "parliament"}
    | {"chamber", "assembly", "hearing", "summit", "conference", "debate", "ceremony"}
    | {"congress", "senate", "council", "vote", "speech", "address", "proceedings"}
    | {"treaty", "pact", "agreement", "accord", "deal", "alliance", "convention", "protocol"}
    | {"coalition", "government", "union", "league", "federation", "committee", "commission"}
)
# Where a boxer backs off to inside the ring: "retreated to the ropes", "into a corner".
_RING_PLACES = {"rope", "ropes", "corner", "canvas"}
_TELLING = [
    "comment",
    "confirm",
    "disclose",
    "discuss",
    "elaborate",
    "explain",
    "identify",
    "name",
    "reveal",
    "say",
    "specify",
    "speculate",
]
_ANSWER_ROWS = [
    # "will answer it with every measure": a threat; "responded to a call": no act
    {"when": "prep", "words": ["with"], "and": ["future"], "type": "DISAPPROVE"},
    {"type": None},
]
# Texts that are sent, filed or forwarded: what they say is not given to anyone.
_DOCUMENTS = [
    "rule",
    "regulation",
    "bill",
    "draft",
    "proposal",
    "report",
    "document",
    "memo",
    "letter",
    "message",
    "note",
    "request",
    "file",
    "copy",
]
VERB_CONDITIONS: dict[str, list[dict[str, object]]] = {
    # "charged X with murder": a charge, not criticism
    "charge": [{"when": "prep", "words": ["with"], "type": "COERCE"}],
    **dict.fromkeys(("answer", "respond", "react", "reply"), _ANSWER_ROWS),
    # "engaged in talks / heavy fighting" takes the type of its noun; "engaging in
    # cost-cutting measures" is nothing
    "engage": [{"when": "prep", "words": ["in"], "type": "@in_noun"}],
    # "found X guilty": a conviction
    "find": [
        {"when": "predicate_word", "words": ["guilty", "liable", "responsible"], "type": "COERCE"}
    ],
    # "asked if the US intended to ...": a question, not a demand
    **{
        verb: [{"when": "question_mark", "words": ["if", "whether"], "type": None}]
        for verb in ("inquire", "enquire")
    },
    "ask": [
        {"when": "question_mark", "words": ["if", "whether"], "type": None},
        # "asked X to leave / for help / that ...": a request; "… ,” Boyle asked Trump" and
        # "asked X about the vote" are questions put to X (an object noun keeps its entry:
        # "asked X's forgiveness")
        {"when": "request", "negate": True, "type": "@by_object"},
    ],
    # "walked out of the talks / of Parliament", "workers walked out": a walkout; "walking
    # out of the store", "walked out of the hospital": leaving a place (read dev196, rel35)
    # "was pulled over by the highway patrol", "pulled X over": a traffic stop, the police's
    # coercion of the driver (the readable gold's coerce, rel35); "pulled over and got out" is
    # the driver's own stop
    "pull": [{"when": "stopped_over", "type": "COERCE"}],
    "walk": [
        {"when": "out_of_other_than", "words": _WALKOUT_FROM, "type": None},
        {"when": "particle_or_prep", "words": ["out", "off"], "type": "PROTEST"},
    ],
    # CAMEO's "attempt" is an attempted assassination: "attempted to kill X" is an assault
    # (the attempt is the act); "attempted to re-engage X", "attempted a comeback" are none
    "attempt": [
        {"when": "complement_of_type", "words": ["ASSAULT", "FIGHT"], "type": "ASSAULT"},
        {"type": "@by_object"},
    ],
    # "declined to comment", "refused to disclose the amount": no act; "declined to
    # criticise X", "refused to attack X": refusing a hostile act rejects no one (the act is
    # read, negated, from the complement)
    **{
        verb: [
            {"when": "complement_lemma", "words": _TELLING, "type": None},
            {"when": "hostile_complement", "type": None},
        ]
        for verb in ("decline", "refuse")
    },
    # "dominated the glass", "grabs the mic": an act only on a named actor or what is theirs
    **{
        verb: [{"when": "named_object_or_owner", "negate": True, "type": None}]
        for verb in ("dominate", "grab")
    },
    # "hit Rahman at will"; "hit .308", "Paris hit by a heist": not a blow
    # "struck X with his car", "was struck by a car": a road crash, no blow (reader18b)
    "hit": [
        {"when": "vehicle_instrument", "type": None},
        {"when": "road_scene", "type": None},
        {"when": "named_object", "type": "FIGHT"},
    ],
    "ram": [{"when": "vehicle_instrument", "type": None}],
    # "stopped X in the 11th round", "floored X with a right hand": a boxer's blow ending or
    # downing a named opponent (rel34); "stopped X at the border", "floored by the news" none
    **{
        verb: [{"when": "bout_blow", "and": ["person_object"], "type": "FIGHT"}]
        for verb in ("stop", "floor")
    },
    # "stripped X of his title / citizenship": taking a right away; "stripping <player> in the
    # neutral zone" takes the puck, play in a game (read36), and "stripped the paint" nothing
    "strip": [
        {"when": "prep", "words": ["of"], "type": "COERCE"},
        {"type": None},
    ],
    # "retreated to the ropes / into his corner": a boxer's step back in a bout, no act
    # (read36); "retreated to their bases", "retreated from the town" stay RETREAT
    "retreat": [{"when": "prep_object", "words": sorted(_RING_PLACES), "type": None}],
    # "left to join the Dover Rovers", "joined NATO": becoming a member or an employee of a
    # named organisation is cooperation with it (hire and sign are); "joined the talks" keeps
    # its object entry, "joined Olsen on stage" (a person) is no membership
    "join": [{"when": "organisation_object", "type": "COOPERATE"}],
    # "pushing for talks" is a demand, "pushed a child out of the way" none
    "push": [{"when": "clause_or_prep", "words": ["for"], "negate": True, "type": None}],
    "check": [
        # "checked into rehab", "checked in at the timeout": no inquiry
        {"when": "particle_or_prep", "words": ["in", "out", "into"], "type": None},
        # "checked with X to see if ...": asking, not investigating
        {"when": "prep", "words": ["with"], "type": "CONSULT"},
    ],
    # "released a patch / an album": no one is freed; "released aid" keeps its object entry
    "release": [{"when": "frees_nobody", "type": "@by_object"}],
    "strike": [
        {"when": "vehicle_instrument", "type": None},
        {"when": "road_scene", "type": None},  # "struck her as she was walking"
        {"when": "particle", "words": ["up"], "type": None},  # "struck up a talk"
    ],
    # "struck and killed her as she was walking": a road death (newsbeat.enrich.relation_roads)
    "kill": [{"when": "road_scene", "type": None}],
    # "awarded task orders to Astrobotic": an order awarded is a purchase (a task order, a
    # purchase order), no command (CAMEO's DEMAND) given to the one who wins it
    "award": [{"when": "object_noun", "words": ["order", "orders"], "type": None}],
    "call": [
        # "called X an outstanding leader / X's plan a disgrace": praise or blame by the words
        # X is called (see newsbeat.enrich.relation_verbal); "a good friend" says nothing
        {"when": "judging", "type": "@by_judgment"},
        # "called X a liar": what the lexicon files as call's object names criticism
        {"when": "naming", "type": "@by_naming"},
        {"when": "next_prep_or_mark", "words": ["for", "on", "upon"], "type": "DEMAND"},
    ],
    # "are represented by attorney X": a lawyer's work for a client is aid to the client;
    # "represents Ohio in Congress", "represented the team" are no act (see
    # newsbeat.enrich.relation_verbal)
    "represent": [{"when": "by_counsel", "type": "AID"}, {"type": None}],
    # "shared intelligence with X" (see VERB_OBJECTS); "shares the stage with X": nothing
    "share": [{"type": "@by_object"}],
    # "hosted the Chinese president / a summit": a guest or a meeting; "hosted the Oscars"
    # (an event, an awards show) is no party
    "host": [{"when": "guest_object", "type": "CONSULT"}, {"type": "@by_object"}],
    # "sending Carney and Booth to Minnesota", "sent Olsen to the Rovers": a person moved
    # (a trade, a posting) is no aid to him or to where he goes; "sent envoy X" keeps its noun
    # "sent a rule to the budget office", "sent the bill to the Senate": a text sent for
    # review or a vote is no aid ("sent a letter" keeps its noun: CONSULT); "freed three
    # prisoners and sent them to Qatar": people sent, not known to be aid (reader18)
    **{
        verb: [
            {"when": "person_object", "type": "@by_object"},
            {"when": "pronoun_object", "type": "@by_object"},
            {"when": "object_noun", "words": _DOCUMENTS, "type": "@by_object"},
        ]
        for verb in ("send", "ship", "transfer", "dispatch")
    },
    # "will defend his WBC title against X": a sports title, not support of anyone
    "defend": [
        {
            "when": "object_noun",
            "words": ["title", "crown", "belt", "championship", "record"],
            "type": None,
        }
    ],
    # "sought assistance from X": a request for help, no agreement
    **{
        verb: [
            {
                "when": "object_noun",
                "words": ["help", "aid", "assistance", "support", "backing", "relief"],
                "type": "DEMAND",
            }
        ]
        for verb in ("seek", "request", "solicit")
    },
}
# The prepositions whose object is who an event of a type is aimed at ("clashed *with* X",
# "withdrew *from* X", "fired *at* X"); a verb's own entry wins over its type's. Any other
# preposition's object is no party ("returned it *for* a touchdown", "sent a message *on*
# Twitter", "returned *to* his old school").
TARGET_PREPS: dict[str, list[str]] = {
    "AGREE": ["with", "to", "between"],
    "SUPPORT": ["to", "for", "with", "behind"],
    "COOPERATE": ["with", "between", "to"],
    "CONSULT": ["with", "to", "between"],
    "AID": ["to", "for"],
    "DEMAND": ["from", "to", "on", "upon"],
    "DISAPPROVE": ["against", "at", "toward", "towards"],
    "REJECT": [],
    "THREATEN": ["against", "toward", "towards"],
    "PROTEST": ["against"],
    "MOBILIZE": ["against", "toward", "towards"],
    "SANCTION": ["against", "on", "upon"],
    "COERCE": ["against", "on", "upon"],
    "ASSAULT": ["against", "at", "on", "upon"],
    "FIGHT": ["against", "with", "at", "on", "upon", "between"],
    "CONCEDE": ["to"],
    "RETREAT": ["from"],
    "INVESTIGATE": ["into"],
    # The injured is the object; "injured it against the Rovers" names the game's opponent.
    **{verb: [] for verb in ("injure", "hurt", "wound")},
}
# The negations that are a refusal by the verb's meaning ("did not accept the offer",
# "would not agree"). Any other negated act is no relation: "did not sign" and "failed to
# sign" say nothing was done, not that anyone was rejected.
NEGATED_TYPES: dict[str, str] = dict.fromkeys(
    ("accept", "agree", "approve", "endorse", "recognize", "recognise", "consent"), "REJECT"
)
# Acts a speaker accuses someone of by saying they did them ("X said Y lied"): DISAPPROVE.
ACCUSATIONS = ["cheat", "lie"]
# Verbs that are no interaction between actors whatever CAMEO codes them ("Arden and Bruck
# estimate that ...", "the actor will replace X", "shovelled the first spadeful"), or whose
# CAMEO default is far from their everyday news sense ("died", "rose", "scored", "noted").
# Their verb+object entries stay ("claimed responsibility for the kidnapping").
NOT_TRIGGERS = frozenset(
    {
        # a failure is no rejection of anyone ("failed to sign X", "failed to find the end
        # zone"); what failed is read, negated, from the complement
        "fail",
        "estimate",
        "replace",
        "shovel",
        "dig",
        "claim",
        "stand",
        "face",
        "arrive",
        "assess",
        "accumulate",
        "acquire",
        "amass",
        "affect",
        "alter",
        "anticipate",
        "advertise",
        "advertize",
        "add",
        "arise",
        "aim",
        "adore",
        "die",
        "fall",
        "rise",
        "score",
        "play",
        "note",
        "mark",
        "value",
        "grow",
        "increase",
        "win",
        "leave",
        "fly",
        "drive",
        "head",
        "lead",
        "express",
        "convey",
        "voice",
        "witness",
        # a belief is no disapproval ("X believes that Y would have told him"); "hung with
        # the leaders for half an hour" is no attack
        "believe",
        "hang",
        # issue 12 item 2 audit: CAMEO defaults whose meaning is no interaction between two
        # actors (kept where PLOVER's gold codes them right: attempt, commit, engage, ensure,
        # return, rule, thrust, tighten)
        # wishes, plans, forecasts and states of the subject alone ("enjoyed a breakout
        # year", "is seeking a contract", "prepares for the game", "stayed for seven
        # seasons")
        "augur",
        "auspicate",
        "await",
        "boast",
        "brag",
        "broadcast",
        "certify",
        "change",
        "decide",
        "determine",
        "endeavor",
        "endeavour",
        "enjoy",
        "envisage",
        "forebode",
        "foresee",
        "foreshadow",
        "foretell",
        "groom",
        "indicate",
        "intend",
        "love",
        "mean",
        "modify",
        "patch",
        "plan",
        "point",
        "portend",
        "predict",
        "prefigure",
        "prepare",
        "presage",
        "prognosticate",
        "publicise",
        "publicize",
        "relish",
        "resurrect",
        "resuscitate",
        "revise",
        "revive",
        "schedule",
        "seek",
        "signal",
        "stay",
        "strive",
        "switch",
        "televise",
        "televize",
        "tout",
        "train",
        "want",
        # writing, spending and running things are no aid to anyone ("wrote in his
        # column", "has spent time with the Colts")
        "compose",
        "pen",
        "print",
        "publish",
        "write",
        "spend",
        "restructure",
        "reallocate",
        "pilot",
        "tend",
        "interfere",
        "pump",
        "stabilise",
        "stabilize",
        # harm to things or none at all, not an assault on an actor ("police identified
        # the man", "planted a tree")
        "identify",
        "embed",
        "engraft",
        "imbed",
        "implant",
        "plant",
        "contaminate",
        "corrupt",
        "spoil",
        "tarnish",
        "mar",
        "rip",
        "tear",
        "vitiate",
        "impair",
        "explode",
        "wrestle",
        # taking, holding or changing things, no coercion of an actor ("pulled the offer
        # back", "the report contains")
        "appropriate",
        "bill",
        "burn",
        "burnt",
        "extract",
        "moderate",
        "pull",
        "recover",
        "recuperate",
        "regain",
        "reinforce",
        "remove",
        "revolutionise",
        "revolutionize",
        "tap",
        "tax",
        "contain",
        "enclose",
        # no concession to anyone ("the Pistons eliminated the Sixers", "passed a bill", "retired")
        "bide",
        "clear",
        "detach",
        "disconnect",
        "eliminate",
        "erase",
        "fill",
        "legislate",
        "pass",
        "resolve",
        "retire",
        "satify",
        "tease",
        "verify",
        # thinking, travelling, gathering and getting: no meeting with a named partner
        # ("attending a game", "heard X say", "received $161 million from the Yankees")
        "assemble",
        "attain",
        "attend",
        "brave",
        "cable",
        "cluster",
        "conglomerate",
        "congregate",
        "conjoin",
        "consider",
        "constellate",
        "contemplate",
        "converge",
        "dawn",
        "debate",
        "deliberate",
        "depart",
        "dock",
        "earn",
        "egress",
        "elicit",
        "embark",
        "emerge",
        "excogitate",
        "flock",
        "gain",
        "gather",
        "hear",
        "huddle",
        "innovate",
        "insert",
        "introduce",
        "journey",
        "learn",
        "meditate",
        "mull",
        "muse",
        "obtain",
        "ponder",
        "procure",
        "promulgate",
        "reason",
        "receive",
        "reconsider",
        "review",
        "ruminate",
        "speculate",
        "think",
        "tour",
        "touring",
        "travel",
        "utter",
        "verbalise",
        "verbalize",
        "weigh",
        # managing, improving and changing things: no cooperation with a named partner
        # ("boosted sales", "manages the team", "directed the film")
        "abate",
        "address",
        "administer",
        "allot",
        "ameliorate",
        "amplify",
        "apportion",
        "attach",
        "attire",
        "augment",
        "bequeath",
        "benefit",
        "better",
        "blend",
        "boost",
        "chain",
        "coalesce",
        "combine",
        "command",
        "compound",
        "concern",
        "conflate",
        "connect",
        "constitute",
        "control",
        "deepen",
        "dictate",
        "direct",
        "enact",
        "endow",
        "enhance",
        "enjoin",
        "enlarge",
        "enlist",
        "enroll",
        "escalate",
        "evoke",
        "exaggerate",
        "expand",
        "expediate",
        "found",
        "fuse",
        "gear",
        "govern",
        "handle",
        "heighten",
        "import",
        "improve",
        "institute",
        "intensify",
        "invest",
        "invoke",
        "involve",
        "link",
        "magnify",
        "manage",
        "mitigate",
        "outfit",
        "oversee",
        "prescribe",
        "redouble",
        "regulate",
        "relate",
        "render",
        "serve",
        "simplify",
        "steer",
        "stock",
        "supervise",
        "supervize",
        "task",
        "teach",
        "tender",
        "unify",
        # counting, hoping and chasing: no demand on anyone ("calculated the cost",
        # "hopes to play", "applied for a permit")
        "apply",
        "bid",
        "calculate",
        "campaign",
        "chase",
        "count",
        "crusade",
        "desire",
        "figure",
        "gauge",
        "hint",
        "hope",
        "hunt",
        "interview",
        "measure",
        "necessitate",
        "need",
        "reassesment",
        "suggest",
        "sum",
        "tally",
        "total",
        "track",
        "wonder",
        # feelings, perceptions, accidents and answers: no disapproval of anyone
        # ("trusted her", "regards him as", "responded with an MVP season", "sparked a
        # fire", "mourned")
        "actuate",
        "answer",
        "argue",
        "aver",
        "avow",
        "collision",
        "compensate",
        "compete",
        "contend",
        "contrast",
        "counterbalance",
        "crash",
        "cry",
        "cue",
        "deposit",
        "despair",
        "differ",
        "differentiate",
        "distinguish",
        "embroil",
        "enmesh",
        "ensnare",
        "entrap",
        "file",
        "grieve",
        "humble",
        "instigate",
        "label",
        "mire",
        "motivate",
        "mourn",
        "notice",
        "observe",
        "pin",
        "prompt",
        "react",
        "regard",
        "regret",
        "remind",
        "reply",
        "respond",
        "saw",
        "scar",
        "snare",
        "sound",
        "spark",
        "stick",
        "summit",
        "suspect",
        "tag",
        "trace",
        "trap",
        "trip",
        "trust",
        "view",
        "wail",
        "watch",
        "wedge",
        "weep",
        "whine",
        "wipe",
        "wreck",
        # movement, sport and excess: no fighting between actors ("broke the news", "the
        # bank broke", "struggled with injuries", "Teixeira hit .308")
        "best",
        "bestride",
        "blow",
        "break",
        "circle",
        "climb",
        "cross",
        "erupt",
        "hit",
        "howl",
        "imbue",
        "infest",
        "inhabit",
        "intrude",
        "master",
        "match",
        "obtrude",
        "overcome",
        "overshadow",
        "overtake",
        "penetrate",
        "permeate",
        "perpetuate",
        "pervade",
        "pit",
        "reside",
        "ride",
        "ring",
        "roar",
        "struggle",
        "surmount",
        # collecting is no investigation
        "collect",
        "compile",
        "hoard",
        "mine",
        "rake",
        "skim",
        "sweep",
        # pouring, performing and substituting: no mobilisation
        "decant",
        "garner",
        "perform",
        "pour",
        "rumble",
        "steady",
        "stream",
        "substitute",
        "supersede",
        "supplant",
        "toughen",
        # feelings are no protest ("upset", "frustrated", "provoked anger")
        "agonise",
        "agonize",
        "annoy",
        "arouse",
        "bother",
        "discomfit",
        "disconcert",
        "disquiet",
        "distress",
        "disturb",
        "enkindle",
        "frustrate",
        "irk",
        "irritate",
        "plague",
        "provoke",
        "rag",
        "upset",
        "vex",
        # no rejection of anyone ("outpaced", "shrugged", "manipulated data")
        "dally",
        "fiddle",
        "manipulate",
        "outpace",
        "outstrip",
        "procrastinate",
        "reappraise",
        "recreate",
        "remit",
        "retard",
        "shrug",
        "toy",
        "transcend",
        "trifle",
        # raising and laying things is no retreat
        "elevate",
        "hoist",
        "lay",
        "surface",
        "revert",
        # things falling apart or remembered: no sanction on an actor ("the talks
        # collapsed", "split the vote")
        "abort",
        "buckle",
        "cave",
        "cleave",
        "collapse",
        "crumble",
        "disarray",
        "disassemble",
        "disorder",
        "dissect",
        "divide",
        "falter",
        "fold",
        "lop",
        "partition",
        "remember",
        "shear",
        "slacken",
        "split",
        "strain",
        "subside",
        "trash",
        "weaken",
        # "walked to the mixing area" (a walkout is read from "walk out/off" in relations.py)
        "walk",
        # saying, disclosing, growing and celebrating: no support for anyone ("admitted",
        # "revealed that", "developed a drug", "thrived")
        "acknowledge",
        "admit",
        "associate",
        "bargain",
        "barter",
        "bless",
        "bloom",
        "blossom",
        "burgeon",
        "celebrate",
        "cheer",
        "clap",
        "commemorate",
        "confess",
        "confide",
        "conform",
        "correlate",
        "cultivate",
        "deal",
        "develop",
        "disclose",
        "divulge",
        "doctor",
        "enliven",
        "expose",
        "exult",
        "exuberate",
        "fix",
        "flourish",
        "formalize",
        "foster",
        "galvanize",
        "glorify",
        "grasp",
        "gratify",
        "haggle",
        "harvest",
        "impact",
        "influence",
        "inspire",
        "integrate",
        "invigorate",
        "mend",
        "orchestrate",
        "organise",
        "organize",
        "prefer",
        "profess",
        "proliferate",
        "reap",
        "reconstruct",
        "rejoice",
        "repair",
        "reveal",
        "rouse",
        "sanctify",
        "spur",
        "swell",
        "synchronise",
        "synchronize",
        "tempt",
        "thrive",
        "toast",
        "triumph",
        "unveil",
        "warm",
        # feeding and risking: no threat to anyone ("fuelled speculation", "risked a fine")
        "conspire",
        "contrive",
        "feed",
        "fuel",
        "refuel",
        "risk",
        "scheme",
        "stimulate",
    }
)


def _cameo_verbs(path: Path, plover_roots: dict[str, str | None]) -> tuple[dict, dict]:
    """Verb defaults and verb+object types from the CAMEO verb dictionary."""

    def plover(code: str) -> str | None:
        code = code.split(":")[0].strip()
        if not code or code.startswith("-") or not code[:2].isdigit():
            return None
        if code.startswith("08") and code[:3] in {"084", "085", "086", "087"}:
            return "RETREAT"
        return plover_roots.get(code[:2])

    verbs: dict[str, str] = {}
    objects: dict[str, dict[str, str]] = defaultdict(dict)
    text = path.read_text(encoding="utf-8", errors="replace")
    for _, code, lines in cameo_verb_blocks(text):
        block_type = plover(code)
        members: list[tuple[str, str | None]] = []
        pattern_types: Counter[str] = Counter()
        pattern_objects: list[tuple[str, str]] = []
        for line in lines:
            if not line.strip():
                continue
            if line.startswith("-"):
                m = re.match(r"-\s+\*\s+([A-Z][A-Z_'-]*)\s*\[([^\]]+)\]", line)
                code = re.search(r"\[([^\]]+)\]", line)
                t = plover(code.group(1)) if code else None
                if t:
                    pattern_types[t] += 1
                if m and t:
                    pattern_objects.append((m.group(1).lower().replace("_", " "), t))
                continue
            m = re.match(r"\+?([A-Z][A-Z_-]*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?", line.strip())
            if m:
                members.append((m.group(1).lower().replace("_", " "), plover(m.group(2) or "")))
        majority = None
        if pattern_types:
            top, count = pattern_types.most_common(1)[0]
            if count / sum(pattern_types.values()) >= 0.5:
                majority = top
        for verb, own in members:
            t = own or block_type or majority
            if t and " " not in verb:
                verbs.setdefault(verb, t)
            for noun, nt in pattern_objects:
                if " " not in verb:
                    objects[verb].setdefault(noun, nt)
    return verbs, {k: dict(sorted(v.items())) for k, v in objects.items()}


def build(shared: Path) -> dict[str, object]:
    """Merge CAMEO-derived and curated entries into the data file's structure."""
    cameo = shared / "lexicons" / "petrarch2" / "CAMEO.2.0.txt"
    verbs, objects = _cameo_verbs(cameo, ROOT_TO_PLOVER) if cameo.exists() else ({}, {})
    for light in LIGHT_VERBS:
        verbs.pop(light, None)  # typed by their object noun instead
    verbs.update(VERBS)
    for generic in ("go", "come", "get", "take", "put", "keep", "see", "make", "expect"):
        verbs.pop(generic, None)  # too general to signal an event on their own
    for light in (
        "sign",
        "announce",
        "make",
        "hold",
        "give",
        "issue",
        "open",
        "start",
        "stage",
        "mount",
        "continue",
        "resume",
        "launch",
    ):
        verbs.pop(light, None)
    for verb in NOT_TRIGGERS:
        verbs.pop(verb, None)
    for verb, table in VERB_OBJECTS.items():
        objects.setdefault(verb, {}).update(table)
    return {
        "about": (
            "Verb and noun lexicon for relation extraction, PLOVER event types. Built by "
            "scripts/build_relation_lexicon.py from the PETRARCH2 CAMEO verb dictionary "
            "(CAMEO.2.0.txt, mapped to PLOVER by code root) and curated tables."
        ),
        "notice": PETRARCH2_NOTICE,
        "verbs": dict(sorted(verbs.items())),
        "verb_objects": objects,
        "verb_conditions": VERB_CONDITIONS,
        "target_preps": TARGET_PREPS,
        "negated_types": NEGATED_TYPES,
        "accusations": ACCUSATIONS,
        "nouns": dict(sorted(NOUNS.items())),
        "light_verbs": LIGHT_VERBS,
        "frames": FRAMES,
        "hypothetical": HYPOTHETICAL,
    }


def main() -> None:
    """Write the data file."""
    build_main(__doc__, build, OUT, ("verbs", "verb_objects"))


if __name__ == "__main__":
    main()
