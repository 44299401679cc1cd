"""Build ``src/newsbeat/data/summary_event_kinds.json``: the word forms of each news event kind.

The summary's retelling rule (:mod:`newsbeat.compare.summary_events`) reduces a sentence to the
kinds of event it tells: a death, an attack, an arrest, a signing ... This script derives those
kinds' words from the CAMEO verb dictionary of PETRARCH2 (``../shared/lexicons/petrarch2/
CAMEO.2.0.txt``, MIT licence, Open Event Data Alliance), whose verb blocks are synonym sets
("STORM", "ASSAULT", "ATTACK" share one block; "RAID" has a block of the same CAMEO code). A
kind is a list of blocks (``"KILL"``) or single members of a block (``"BLAME.CONVICT"``); every
member's inflections are generated (the dictionary lists irregular ones in braces), so that
"stormed", "raided" and "assaulting" fall in one kind without being listed here.

What the dictionary does not give is kept beside it, marked ``curated``: CAMEO codes political
events with verbs, so the nouns and adjectives of an event ("dead", "injuries", "heist"), and
kinds outside politics (a fall, an earthquake, an arraignment) are our own. Members with a
common sense outside the event ("strike" a deal, "hit" a record, "match", "fight" a charge, a
"shell" company) are left out by name (``EXCLUDED``): a false kind makes a new fact look told.

A signing is also read from a verb and its object together, as the dictionary's patterns do: a
verb whose ``- * &TREATY`` pattern is coded 057 (sign formal agreement: "concluded a pact",
"entered into an accord") tells a signing when a treaty noun is in the sentence; "treaty"
alone does not ("Under the treaty, the navies will patrol" tells what it does, a new fact).

Run from the repository root::

    .venv/bin/python scripts/build_summary_events.py [--shared ../shared]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

from data_build import PETRARCH2_NOTICE, build_main, cameo_verb_blocks

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsbeat" / "data" / "summary_event_kinds.json"

# Each kind: CAMEO blocks ("KILL") or single members ("BLAME.CONVICT").
KINDS: dict[str, list[str]] = {
    "death": ["KILL", "DIE", "ASSASSINATE", "MASSACRE"],
    "shooting": ["SHOOT", "GUNFIRE"],
    "attack": ["PHYSICAL_CONFLICT", "RAID", "AMBUSH", "STAB", "BESIEGE"],
    "kidnapping": ["KIDNAP"],
    "hit": ["CRASH", "POUND.RAM"],
    "injury": ["HURT.INJURE", "HURT.WOUND", "HURT.HURT"],
    "arrest": [
        "APPREHEND.ARREST",
        "APPREHEND.APPREHEND",
        "APPREHEND.CAPTURE",
        "APPREHEND.NAB",
        "RE_ARREST",
        "CONFINE.DETAIN",
    ],
    "charge": ["BLAME.CHARGE", "BLAME.INDICT", "BLAME.ACCUSE", "PROSECUTE"],
    "verdict": ["BLAME.CONVICT", "ACQUIT.ACQUIT", "ACQUIT.EXONERATE"],
    "sentence": ["SENTENCE"],
    "robbery": ["STEAL", "RANSACK.LOOT", "RANSACK.PLUNDER", "RANSACK.PILLAGE", "RANSACK.RANSACK"],
    "escape": ["EVACUATE.ESCAPE", "EVACUATE.FLEE", "EVACUATE.ABSCOND", "EVACUATE.TAKE_FLIGHT"],
    "fire": ["BURN", "EXPLOSIVE_DESTRUCTION.TORCH"],
    "riot": ["RIOT"],
    "appointment": ["NAME.APPOINT", "NAME.NOMINATE"],
    "resignation": ["RESIGN"],
    "rescue": ["RESCUE"],
    "signing": ["SIGN"],
}
# Members of a listed block with a common sense outside the event.
EXCLUDED = frozenset(
    {
        # PHYSICAL_CONFLICT: sports, figures of speech, a labour strike, a record "hit"
        "hit",
        "match",
        "pit",
        "struggle",
        "hammer",
        "strike",
        "fight",
        "fight_back",
        "fight_down",
        "battle",
        "combat",
        "conflict",
        "quarrel",
        "duel",
        "stone",
        "square_off",
        "wage_war",
        "retaliate",
        "altercate",
        "attacked_and_stabbed",
        "shot_and",
        "grapple",
        "clobber",
        "wrestle",
        "kick",
        "pummel",
        # KILL: a hung jury; dictionary artefacts of conjoined verbs
        "hang",
        "kidnapped_and_killed",
        "killed_and",
        "killed_or",
        "stamp_out",
        "wipe_out",
        "string_up",
        "shoot_down",
        # GUNFIRE: a shell company
        "shell",
        # CRASH: "slammed the decision"
        "slam",
    }
)
# Single forms left out: the weather ("a storm hit the coast"; "stormed" is the assault).
EXCLUDED_FORMS = frozenset({"storm", "storms"})
# Beside the dictionary (ours): nouns and adjectives of an event, phrases, and the kinds CAMEO,
# a coder of political events, has no block for (a fall, an earthquake, an arraignment). No
# agent nouns ("the gunman", "the attacker"): a sentence naming who did it tells who, a new fact.
CURATED: dict[str, list[str]] = {
    "death": [
        "dead",
        "death",
        "deaths",
        "fatal",
        "fatally",
        "homicide",
        "homicides",
        "perish",
        "perished",
        # a person hanged (a jury is "hung", left out of the dictionary's block)
        "hanged",
        # the euphemism obituaries use ("passed away early Thursday in her sleep")
        "passed away",
        "pass away",
        "passes away",
        "passing away",
        # a suicide told as done ("committed suicide", "hung himself"; "hung" alone is a jury's
        # or a picture's; "suicide" alone is also a bomber's, and "how he was able to commit
        # suicide" is what an inquiry asks, a new fact)
        "committed suicide",
        "hung himself",
        "hung herself",
        "hung themselves",
        "took his own life",
        "took her own life",
        "taken his own life",
        "taken her own life",
    ],
    "shooting": [
        "gunned",
        "gunfire",
        "gunshot",
        "gunshots",
        "opened fire",
        "open fire",
        "opens fire",
        "opening fire",
    ],
    "hit": ["struck", "collided", "ran over", "run over", "mowed down", "hit and", "hit by"],
    "fall": ["fell", "fall", "falls", "falling", "plunge", "plunged", "plunging", "plunges"],
    "injury": ["injury", "injuries", "wounds"],
    "arrest": ["custody"],
    "charge": ["charges", "indictment"],
    "verdict": ["guilty", "verdict"],
    "sentence": ["death penalty", "capital punishment", "death row", "life in prison"],
    "arraignment": ["arraign", "arraigned", "arraignment"],
    "robbery": [
        "rob",
        "robs",
        "robbed",
        "robbing",
        "robbery",
        "robberies",
        "robber",
        "robbers",
        "heist",
        "heists",
        "theft",
        "thief",
        "thieves",
        "stolen",
        "snatched",
        "snatching",
        "burglar",
        "burglars",
        "burglary",
        "burglaries",
        "made off",
        "making off",
        "make off",
    ],
    "escape": ["ran away", "run away", "getaway"],
    "quake": [
        "earthquake",
        "earthquakes",
        "quake",
        "quakes",
        "tremor",
        "tremors",
        "aftershock",
        "aftershocks",
    ],
    "fire": [
        "blaze",
        "blazes",
        "arson",
        "on fire",
        "caught fire",
        "set fire",
        "setting fire",
        "flames",
    ],
    "riot": [
        "rioters",
        "protest",
        "protests",
        "protested",
        "protesting",
        "protesters",
        "clash",
        "clashes",
        "clashed",
        "unrest",
    ],
    "appointment": [
        "appointment",
        "nomination",
        "tapped",
        "hire",
        "hired",
        "named as",
        "to helm",
        "to direct",
        "to lead",
        "will coach",
        "succeed",
        "succeeds",
        "succeeded",
    ],
    "resignation": ["resignation", "step down", "steps down", "stepped down", "quit", "quits"],
    # Talks under way between two sides (CAMEO codes them 04x with the noun set &NEGOTIATION,
    # no verb block of their own): "is in negotiations with", "back at the negotiating table".
    "talks": [
        "negotiation",
        "negotiations",
        "negotiating",
        "negotiate",
        "negotiates",
        "in talks",
        "talks with",
        "negotiating table",
    ],
    # A player taken off the active roster: a sports list, not a new injury ("placed on
    # injured reserve" covers its "injured").
    "roster": ["injured reserve", "IR", "injured list", "disabled list"],
    # A boxer put down: a detail of a fight told already ("floored Rahman in the sixth").
    "knockdown": [
        "floored",
        "flooring",
        "floors",
        "to floor",
        "knocked down",
        "knocking down",
        "knocked him down",
        "knocking him down",
        "on the canvas",
        "onto the canvas",
        "to the canvas",
    ],
    # A fight ended inside the distance: what "stopped X in the seventh round" tells.
    "stoppage": [
        "stoppage",
        "technical knockout",
        "TKO",
        "knocked out",
        "knocking out",
        "called a halt",
        "call a halt",
        "calling a halt",
        "called an end",
        "call an end",
        "waved it off",
        "wave it off",
    ],
    "rescue": ["freed"],
    "signing": ["signature", "signatures"],
}
PART_OF: dict[str, str] = {"knockdown": "stoppage"}
CASE_STEPS: list[str] = ["arrest", "charge", "arraignment", "verdict", "sentence"]
# Kinds told by a verb with its object, as the signing is (below): a post ("fired head coach
# Maurice Cheeks", "named interim coach", "is out as head coach") makes a verb of many senses
# ("fired", "named", "replaced", "relieved") a dismissal or an appointment, and a fight or a
# round makes "stopped" a stoppage ("stopped Rahman in the seventh round"). ``before``: how
# many words may stand between an object written first and its verb ("the coach was fired").


class ObjectKind(TypedDict, total=False):
    """A kind told by one of ``verbs`` with one of ``objects`` after it (within six words), or
    before it with at most ``before`` words between (0: after only); not when the verb is
    followed by one of ``unless_next`` or comes right after one of ``unless_after``. With
    ``person``, a person's name right after the verb is an object too ("fired Jim Varga")."""

    verbs: list[str]
    objects: list[str]
    before: int
    unless_next: list[str]
    unless_after: list[str]
    person: bool


# A verb after these tells what may or is meant to happen, not what did.
_MODALS = ["can", "could", "will", "would", "should", "may", "might", "must", "to"]
_POSTS = [
    "coach",
    "coaches",
    "coaching",
    "manager",
    "director",
    "chief",
    "chairman",
    "chairwoman",
    "president",
    "ceo",
    "boss",
    "job",
    "post",
    "position",
    "duties",
    "responsibilities",
]
WITH_OBJECT: dict[str, ObjectKind] = {
    "dismissal": {
        "verbs": [
            "fired",
            "firing",
            "sacked",
            "sacking",
            "dismissed",
            "dismissing",
            "dismissal",
            "ousted",
            "ousting",
            "ouster",
            "axed",
            "relieved",
            "removed",
            "let go",
            "parted ways with",
            "out as",
        ],
        "objects": _POSTS,
        "before": 3,
        # "Shots were fired at the coach": a gun's verb, aimed
        "unless_next": ["at", "on", "upon", "into", "off", "back", "shots", "rounds", "bullets"],
        # "the gunman, who had recently been fired from his job": a person's past
        "unless_after": ["had been", "had recently been", "had just been", "who was", "recently"],
        # "The Comets fired Ansel Drobny": the person fired is the object
        "person": True,
    },
    "appointment": {
        "verbs": [
            "named",
            "naming",
            "replace",
            "replaced",
            "replaces",
            "replacing",
            "take over as",
            "takes over as",
            "took over as",
            "taking over as",
        ],
        "objects": [*_POSTS, "interim", "successor"],
        "before": 0,
    },
    # A post offered ("has been offered the post of Surgeon General"): not yet an appointment.
    "offer": {
        "verbs": ["offered", "offering", "offers", "offer"],
        "objects": ["post", "job", "position", "role"],
        "before": 0,
        "unless_after": _MODALS,
    },
    # Software put out ("released an emergency patch", "issued a security update").
    "release": {
        "verbs": [
            "released",
            "releases",
            "releasing",
            "issued",
            "issues",
            "issuing",
            "rolled out",
            "rolls out",
            "rolling out",
            "put out",
            "pushed out",
            "shipped",
        ],
        "objects": ["patch", "patches", "update", "updates", "fix", "fixes", "upgrade"],
        "before": 0,
        # "until Microsoft can put out an update", "serious enough to release a fix": not yet
        "unless_after": _MODALS,
    },
    "stoppage": {
        "verbs": ["stop", "stops", "stopped", "stopping", "halt", "halted", "halting"],
        "objects": ["fight", "bout", "contest", "round", "rounds"],
        "before": 0,
    },
    # A rule made or undone ("announced a new rule", "rescinded the changes to the
    # regulations", "overturned the ban"): one kind, whichever way it goes. Not a rule drafted
    # ("proposed"), nor one only meant ("would reverse the rule").
    "rule_change": {
        "verbs": [
            "announced",
            "announces",
            "unveiled",
            "unveils",
            "issued",
            "issues",
            "adopted",
            "adopts",
            "rescinded",
            "rescinds",
            "rescinding",
            "revoked",
            "revokes",
            "reversed",
            "reverses",
            "reversing",
            "overturned",
            "overturns",
            "repealed",
            "repeals",
            "scrapped",
            "scraps",
        ],
        "objects": ["rule", "rules", "regulation", "regulations", "change to", "changes to"],
        "before": 0,
        "unless_after": _MODALS,
    },
}
# The CAMEO code of signing a formal agreement: a verb of a block with a "- * &TREATY" pattern
# of this code tells a signing with a treaty noun in the sentence.
SIGNING_CODE = "057"
# Blocks whose 057 pattern is another act than making the agreement: approving or backing it,
# or gathering to join one.
NOT_SIGNING_BLOCKS = frozenset({"ALLOW", "SUPPORT", "ASSEMBLE"})

_VOWELS = "aeiou"


@dataclass
class Block:
    """One verb block of the CAMEO dictionary."""

    head: str
    code: str
    members: dict[str, list[str]] = field(default_factory=dict)
    patterns: list[tuple[str, str]] = field(default_factory=list)


def synsets(text: str) -> dict[str, list[str]]:
    """The noun synonym sets of the dictionary's head (``&TREATY`` -> treaty, pact, ...)."""
    head = text.split("####### VERB PATTERNS #######", 1)[0]
    out: dict[str, list[str]] = {}
    name = ""
    for line in head.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("&"):
            name = line.rstrip("_")
            out[name] = []
        elif line.startswith("+") and name:
            out[name].append(line[1:].rstrip("_").lower().replace("_", " "))
        elif not line:
            name = ""
    return out


def blocks(text: str) -> dict[str, Block]:
    """The verb blocks by head: members (with irregular forms) and ``- * ...`` patterns."""
    out: dict[str, Block] = {}
    for word, code, lines in cameo_verb_blocks(text):
        block = Block(word, code)
        for line in lines:
            if not line.strip():
                continue
            if line.startswith("-"):
                code = re.search(r"\[([^\]]+)\]", line)
                block.patterns.append((line, code.group(1) if code else ""))
                continue
            m = re.match(r"\+?([A-Z][A-Z_'-]*)\s*(?:\{([^}]*)\})?", line.strip())
            if m:
                irregular = [f.lstrip("+").lower() for f in (m.group(2) or "").split()]
                block.members.setdefault(m.group(1).lower(), []).extend(irregular)
        out[block.head] = block
    return out


def inflections(base: str, irregular: list[str]) -> set[str]:
    """A verb's forms: the base, -s, -ed, -ing (and -ings, the nouns "killings"), plus the
    dictionary's irregular forms; a phrasal verb inflects its first word."""
    word, _, rest = base.replace("_", " ").partition(" ")
    tail = f" {rest}" if rest else ""
    if word.endswith("e") and not word.endswith(("ee", "ie")):
        stem_ing, past = word[:-1] + "ing", word + "d"
    elif word.endswith("ie"):
        stem_ing, past = word[:-2] + "ying", word + "d"
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        stem_ing, past = word + "ing", word[:-1] + "ied"
    elif (
        len(word) <= 4
        and len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        stem_ing, past = word + word[-1] + "ing", word + word[-1] + "ed"
    else:
        stem_ing, past = word + "ing", word + "ed"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        third = word + "es"
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    forms = {word, third, stem_ing, past}
    if not rest:
        forms.add(stem_ing + "s")
    out = {f + tail for f in forms}
    out.update(f.replace("_", " ") for f in irregular)
    if irregular:
        # The dictionary's own forms replace guessed ones of the same slot ("shot", not "shooted").
        out = {f for f in out if not f.startswith(word + "ed") or f in irregular}
        if not any(f.endswith("ed") for f in irregular):
            out.discard(past + tail)
    return out


def _members(block: Block, only: str | None) -> list[tuple[str, list[str]]]:
    names = dict(block.members)
    if "_" not in block.head and block.head.lower() not in names:
        names[block.head.lower()] = []
    chosen = [(m, f) for m, f in names.items() if only is None or m == only.lower()]
    return [(m, f) for m, f in chosen if m not in EXCLUDED]


def build(shared: Path) -> dict[str, object]:
    """The data file's structure: per kind, the CAMEO-derived and the curated word forms."""
    text = (shared / "lexicons" / "petrarch2" / "CAMEO.2.0.txt").read_text(
        encoding="utf-8", errors="replace"
    )
    table = blocks(text)
    nouns = synsets(text)
    kinds: dict[str, dict[str, list[str]]] = {}
    for kind, specs in KINDS.items():
        forms: set[str] = set()
        for spec in specs:
            head, _, only = spec.partition(".")
            for member, irregular in _members(table[head], only or None):
                forms |= inflections(member, irregular)
        kinds[kind] = {"cameo": sorted(forms - EXCLUDED_FORMS)}
    for kind, words in CURATED.items():
        kinds.setdefault(kind, {"cameo": []})["curated"] = sorted(set(words))
    verbs: set[str] = set()
    for block in table.values():
        if block.head in NOT_SIGNING_BLOCKS or block.head == "SIGN":
            continue
        if any(
            "&TREATY" in line and code.split(":")[0] == SIGNING_CODE
            for line, code in block.patterns
        ):
            for member, irregular in _members(block, None):
                verbs |= inflections(member, irregular)
    objects = set(nouns.get("&TREATY", []))
    objects |= {(o[:-1] + "ies" if o.endswith("y") else o + "s") for o in list(objects)}
    return {
        "about": (
            "Event kinds of news sentences for the summary's retelling rule: word forms per "
            "kind. Built by scripts/build_summary_events.py from the PETRARCH2 CAMEO verb "
            "dictionary (CAMEO.2.0.txt: its verb blocks are synonym sets; 'cameo' lists) and "
            "our own additions ('curated': nouns, adjectives, phrases, kinds outside politics)."
        ),
        "notice": PETRARCH2_NOTICE,
        "kinds": kinds,
        # A kind told whenever the kind it is part of is: a knockdown is part of a stoppage
        # told already ("stopped X in the seventh" covers "floored X in the sixth").
        "part_of": PART_OF,
        # The steps of a criminal case in their order: a sentence telling only an earlier step
        # than the lead's, of the same persons, is the case's past ("found guilty last month"
        # under a lead on the sentencing).
        "case_steps": CASE_STEPS,
        "with_object": {
            "signing": {
                "verbs": sorted(verbs),
                "objects": sorted(objects),
                "before": 0,
                "unless_next": [],
                "unless_after": [],
                "person": False,
            },
            **{
                kind: {
                    "verbs": sorted(spec["verbs"]),
                    "objects": sorted(spec["objects"]),
                    "before": spec["before"],
                    "unless_next": sorted(spec.get("unless_next", [])),
                    "unless_after": sorted(spec.get("unless_after", [])),
                    "person": spec.get("person", False),
                }
                for kind, spec in WITH_OBJECT.items()
            },
        },
    }


def main() -> None:
    """Write the data file."""
    build_main(__doc__, build, OUT, ("kinds",))


if __name__ == "__main__":
    main()
