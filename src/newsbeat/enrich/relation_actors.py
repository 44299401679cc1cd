"""Actor finding: who a noun phrase stands for.

The actors of a phrase are its entity mentions with their conjuncts and nationality modifiers
("Hungarian and Romanian officials" -> Hungary, Romania), a named kind of organisation, unnamed
groups counted against the places named before ("the two countries"), and the person a title
noun or a relative pronoun refers to. Who a trigger's subject is (its subject, a passive's
agent or the subject of the verb it completes, a pronoun resolved to the reporting subject or
the one salient person) is :mod:`~newsbeat.enrich.relation_subjects`.

Moved verbatim out of :mod:`newsbeat.enrich.relations`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_team_nicknames import TEAM_NICKNAMES
from newsbeat.enrich.actors import ArticleActors, clean_name
from newsbeat.enrich.doc_arrays import (
    conjuncts,
    texts,
    token_offsets,
)
from newsbeat.enrich.relation_ends import modifier_end
from newsbeat.enrich.relation_lexicon import _AGREEMENT_WORDS, _AUTHORED, _CIVILIANS
from newsbeat.enrich.relation_rules import (
    acts_for_state,
    counted_nationals,
    is_law_word,
    modifies_only,
    nationality_adjective,
    place_modifier,
    unnamed_individual,
)
from newsbeat.enrich.relation_verbal import indefinite_name

if TYPE_CHECKING:
    from spacy.tokens import Token


# Heads of unnamed group actors ("the mayors of four coastal towns", "300 dock workers").
_GROUP_HEADS = frozenset(
    [
        "mayors",
        "leaders",
        "ministers",
        "officials",
        "governments",
        "countries",
        "nations",
        "states",
        "towns",
        "cities",
        "municipalities",
        "councils",
        "unions",
        "workers",
        "dockers",
        "fishermen",
        "fishers",
        "farmers",
        "students",
        "soldiers",
        "troops",
        "protesters",
        "demonstrators",
        "residents",
        "members",
        "parties",
        "rebels",
        "militants",
        "police",
        "officers",
        "companies",
        "firms",
        "delegates",
        "envoys",
        "lawmakers",
        "senators",
        "members",
    ]
)

# Those who act for a person or an organisation that names them: "the Obama administration",
# "the Angels' front office", "Teixeira's lawyers" (a state's agents: STATE_AGENTS). A
# body's members are not its agents (:data:`_MEMBERS`).
_AGENT_NOUNS = frozenset(
    {"administration", "team", "camp", "campaign", "office", "staff", "aide", "lawyer"}
    | {"attorney", "family", "spokesman", "spokeswoman", "representative", "board"}
    | {"management", "executive", "ministry", "department", "agency"}
    | {"jury", "panel", "tribunal", "committee", "commission"}
)
# A body's members: "House members who endorsed X", "party members criticised Y" act each for
# themself, unlike a spokesman ("the House voted" is the House); only in an armed act do they
# act for their group ("Hamas members fired rockets"), the group's operation (see
# :data:`FORCE_ACTS`).
_MEMBERS = frozenset({"member"})
FORCE_ACTS = frozenset({"FIGHT", "ASSAULT", "COERCE", "SEIZE", "THREATEN"})
# A person's own staff: they act for the person ("Teixeira's lawyers offered"), but who acts on
# them acts on them, not on the person ("sent a message to Lund's lawyer", "aides to Holm").
PERSONAL_STAFF = frozenset(
    {"aide", "adviser", "advisor", "assistant", "lawyer", "attorney", "counsel", "staffer"}
    | {"spokesman", "spokeswoman", "spokesperson"}
)
# A person's family and kin: who meets, helps or attacks them acts on them, not on the person
# ("met with Lund's family", "attacked Pell's wife"; read on ECB+ train, rel35).
PERSONAL_KIN = frozenset(
    {"family", "families", "relative", "kin", "widow", "widower", "wife", "husband", "parent"}
    | {"mother", "father", "son", "daughter", "child", "brother", "sister", "sibling"}
    | {"grandmother", "grandfather", "grandson", "granddaughter", "cousin", "niece", "nephew"}
    | {"uncle", "aunt", "fiance", "fiancee", "girlfriend", "boyfriend", "stepson", "stepdaughter"}
)
# Common nouns for a country's executive: "the administration" is not whichever agency of
# the article has "Administration" in its name.
_EXECUTIVE = frozenset({"administration", "government", "regime", "authorities", "cabinet"})
# Kinds of organisation a common noun can refer to by name.
_ORG_KINDS = frozenset({"party", "union", "authority", "airline", "company", "association"})
# Kinds a name seldom says ("Verizon", "Delta", unlike "the Civic Party", "the Dock Union"): after
# an organisation the article named, "the company" is most likely that one, not a new one.
_UNSAID_KINDS = frozenset({"company", "airline"})

_PLACE_GROUPS = frozenset(
    {"councils", "towns", "cities", "municipalities", "villages", "countries", "nations", "states"}
)
_SMALL_NUMBERS = {
    w: i + 2
    for i, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
} | {str(i): i for i in range(2, 11)}
# Plural nouns that refer back to countries named before ("the two countries").
_PLACE_NOUNS = frozenset({"country", "nation", "state", "government", "neighbour", "neighbor"})

# A state's institutions, which its adjective names ("the Kaldrian navy" is Kaldria's navy),
# unlike one of its ships or units ("a Kaldrian warship", "the Kaldrian commandos").
_INSTITUTIONS = frozenset(
    {"navy", "army", "military", "government", "authorities", "police", "ministry", "parliament"}
    | {"cabinet", "regime", "air", "coast", "president", "presidency", "judiciary", "court"}
    | {"forces"}
)


def _actors_of(
    tok: Token,
    actors: ArticleActors,
    *,
    adjectives: list[str] | None = None,
    modifiers: list[str] | None = None,
    shown: dict[str, str | None] | None = None,
    force: bool = False,
    acted_on: bool = False,
) -> list[str]:
    """Actors a noun phrase stands for: its entity mentions (conjuncts included); not a name
    that only modifies a rule or a period ("a Holm-era rule", "the Holm rule banned ...").

    Args:
        tok: the head of the noun phrase.
        actors: the article's actors.
        adjectives: filled with the actors named only by a nationality adjective before a
            noun other than a state institution ("an Indian warship", "the Kaldrian
            commandos"): no grammatical subject of an event by themselves.
        modifiers: filled with the actors named only in a modifier of a noun that does not
            act for them ("Clark's hot start", "Quinn's pass"; not "Kaldria's navy", "the
            Obama administration", "a US request").
        shown: filled with what a reader is shown for a name found only in a modifier of
            the head noun, where that differs from the name (``relation_ends.modifier_end``:
            "the Obama administration" is shown as itself, "the US President-elect" as its
            one holder, or None: nobody).
        force: the phrase is an end of an armed act, where a group's members act for it.
        acted_on: the phrase is what the act is aimed at: a person's staff
            (:data:`PERSONAL_STAFF`) are then not the person, whose name only modifies them.
    """
    antecedent = _antecedent(tok)
    doc = tok.doc
    heads = [_possessed_person(tok), *[doc[c] for c in conjuncts(doc, tok.i) if c > tok.i]]
    if antecedent is not None:  # "whom X shot", "who was fired from Y": who it stands for
        heads = [antecedent]
    found: list[str] = []
    for head in heads:
        names: list[str] = []
        mention = actors.actor_at(head.idx, head.idx + len(head.text))
        if mention is not None and counted_nationals(head, mention.actor):
            continue  # "11 Yemeni (pirates)", "12 Somalis": people of a country, not the state
        if mention is not None and indefinite_name(head):
            continue  # "a super PAC that opposed Trump": one of a kind, no named actor
        named = None if mention is not None else _named_kind(head, actors)
        person = None if mention is not None else _apposed_person(head, actors)
        if mention is not None:
            names.append(mention.actor)
            if shown is not None and head.text in TEAM_NICKNAMES:
                # "the Sixers fired X": shown as the sentence names the team, as the gold does
                shown.setdefault(mention.actor, head.text)
        elif person is not None:
            names.append(person)  # "the FBI director Patrick Gray": the director is Gray
        elif named is not None:
            names.append(named)  # "Kaldria's largest opposition party" -> the Civic Party
        else:
            # Modifiers: "Hungarian and Romanian officials", "Norway's minister", "the mayors
            # of four coastal towns", "the leaders of X".
            # The words of the subtree up to the head. (The later words never count: spaCy
            # makes a new Token at each ``.head``, so an older ``t.head is head`` that let some
            # in never held.)
            at, offsets, words = head.i, token_offsets(head.doc), texts(head.doc)
            individual = unnamed_individual(head, _AUTHORED | {"presence", "appeal"})
            # "Kaldria's constitution bars ...": the law, not Kaldria, whatever modifies it
            subtree = () if is_law_word(head) else head.subtree
            for t in subtree:
                k = t.i
                if k > at:
                    continue  # (not break: a non-projective parse may interleave)
                if t.dep_ in {"relcl", "acl", "advcl"}:
                    continue
                if individual and t.dep_ in {"compound", "amod", "nmod"}:
                    continue  # "an off-duty Velmar policeman": one man, not Velmar
                m = actors.actor_at(offsets[k], offsets[k] + len(words[k]))
                if m is None:
                    continue
                if m.actor in names:
                    continue
                if (
                    nationality_adjective(t, m.actor) or place_modifier(t, m.label)
                ) and not acts_for_state(head, _CIVILIANS | _AUTHORED):
                    # "the Scottish actor", "Somali nationals": not the country. Its agents
                    # ("Indian commandos") and its people as victims ("Palestinian
                    # detainees", PLOVER's coding) are.
                    continue
                if modifies_only(t, head):
                    continue  # "revoked a Holm-era rule", "the Holm rule banned": not Holm
                if (
                    adjectives is not None
                    and (m.label == "NORP" or actors.type_of(m.actor) == "GPE")
                    and nationality_adjective(t, m.actor)
                    and head.lemma_.lower() not in _INSTITUTIONS
                    and head.lower_ not in _INSTITUTIONS
                ):
                    adjectives.append(m.actor)
                if modifiers is not None and (
                    not _stands_for(head, force=force)
                    or (acted_on and _staff_of_person(head, m.actor, actors))
                ):
                    modifiers.append(m.actor)
                if shown is not None and t.i < head.i:
                    end = modifier_end(head, t, m, actors)
                    if end != m.actor:
                        shown.setdefault(m.actor, end)
                names.append(m.actor)
        if not names:
            # "the two countries' navies", "both nations": the places named just before.
            for t in (head, *[c for c in head.children if c.dep_ == "poss"]):
                names.extend(n for n in _plural_reference(t, actors) if n not in names)
        if not names:
            names.extend(_counted_places(head, actors))  # "four councils" -> the four named
        if (
            not names
            and head.pos_ == "NOUN"
            and any(
                c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "its", "this"}
                for c in head.children
            )
        ):
            # "the dockers' union", "their union": an organisation named earlier.
            left = min([head.i, *[c.left_edge.i for c in head.lefts]])
            nominal = actors.resolve_nominal(head.doc[left : head.i + 1].text, head.idx)
            if nominal is not None and head.lemma_.lower() not in _EXECUTIVE:
                names.append(nominal)
        if not names and head.pos_ == "NOUN" and head.lower_ in _ORG_KINDS:
            # "their union" in an article that never names it: the organisation as written,
            # "the union"; `resolve_unnamed` names it from the story's other articles.
            kids = [c for c in head.children if c.dep_ in {"det", "poss"}]
            if (
                any(c.lower_ in {"the", "their", "its"} for c in kids)
                and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in kids)
                and not (head.lower_ in _UNSAID_KINDS and _organisation_before(head, actors))
            ):
                names.append(f"the {head.lower_}")
        if (
            not names
            and head.pos_ in {"NOUN", "PROPN"}
            and head.ent_type_ not in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"}
            and head.lower_ in _GROUP_HEADS
            and any(c.dep_ in {"nummod", "amod", "compound"} for c in head.children)
        ):
            left = min([head.i, *[c.left_edge.i for c in head.lefts]])
            names.append(clean_name(head.doc[left : head.i + 1].text))
        for n in names:
            if n not in found and n.rsplit(" ", 1)[-1].lower() not in _AGREEMENT_WORDS:
                found.append(n)
    return found


def _staff_of_person(head: Token, name: str, actors: ArticleActors) -> bool:
    """Whether ``head`` is a noun of a person's own staff or kin and ``name`` a person."""
    lemma = head.lemma_.lower()
    return lemma in PERSONAL_STAFF | PERSONAL_KIN and actors.type_of(name) == "PERSON"


def _organisation_before(head: Token, actors: ArticleActors) -> bool:
    """Whether the article names an organisation before ``head``: "the company" then refers to
    one named ("Vessen Telecom … called the company"), whose name lacks the kind word, so the
    phrase is nobody the relation can name."""
    return any(m.start < head.idx and actors.type_of(m.actor) == "ORG" for m in actors.mentions)


def _possessed_person(tok: Token) -> Token:
    """ "praised Breitbart News' political editor Matthew Boyle": a name ending in "s" with a
    bare apostrophe after it owns what follows; the parser, reading the mark as punctuation,
    makes the person an apposition of the owner. The person is who the phrase names."""
    doc = tok.doc
    if not tok.lower_.endswith("s") or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in "’'":
        return tok
    person = next(
        (
            c
            for c in tok.children
            if c.dep_ == "appos" and c.i > tok.i + 1 and c.ent_type_ == "PERSON"
        ),
        None,
    )
    return tok if person is None else person


def _apposed_person(head: Token, actors: ArticleActors) -> str | None:
    """The person a title noun is in apposition with ("the Velmar police chief Gary Olsen"):
    the phrase is that person, and its modifiers only describe the job."""
    if head.pos_ != "NOUN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            mention = actors.actor_at(child.idx, child.idx + len(child.text))
            if mention is not None and actors.type_of(mention.actor) == "PERSON":
                return mention.actor
    return None


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("his father, X, whom Y shot": X; "a resident
    who was fired": the resident, or the name the resident is in apposition to)."""
    if tok.tag_ not in {"WP", "WDT"} or tok.lower_ not in {"who", "whom", "that", "which"}:
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "whom X shot and killed": the first verb's clause
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    before = [c for c in (noun, *noun.conjuncts) if c.i < tok.i]
    if before:  # "between X and Y, who was chairman": the nearest, Y
        noun = max(before, key=lambda c: c.i)
    if tok.lower_ in {"who", "whom"}:
        if _person_between(noun, tok):
            return None
        noun = _phrase_owner(noun)
    if noun.dep_ == "appos" and noun.pos_ == "NOUN":
        noun = noun.head  # "X, a 38-year-old resident who ...": X
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _person_between(noun: Token, pronoun: Token) -> bool:
    """Whether another person is named between the noun the parser hangs a "who" clause from
    and the pronoun: "X, the successor of Y, who ruled for two decades" most likely means Y,
    and either reading is a guess (say less)."""
    # the noun's own name in apposition is no other person ("his father, Ike Parsons LaRue
    # Sr., whom Fred LaRue shot": the father)
    own = {k for c in noun.children if c.dep_ == "appos" for k in range(c.left_edge.i, c.i + 1)}
    return any(
        t.ent_type_ == "PERSON" and t.text != noun.text and t.i not in own
        for t in noun.doc[noun.i + 1 : pronoun.i]
    )


def _phrase_owner(noun: Token) -> Token:
    """ "X, the president of the Foundation for Peace, who criticises …": "who" is a person,
    so a place or organisation the parser hangs it from inside an "of"/"for" phrase of a noun
    in apposition to X stands for that noun ("president", then X)."""
    if noun.ent_type_ not in {"ORG", "GPE", "LOC", "FAC", "NORP"} or noun.dep_ != "pobj":
        return noun
    node = noun
    for _ in range(8):
        if node.dep_ not in {"pobj", "prep", "compound"} or node.head.i == node.i:
            break
        node = node.head
    # only a noun in apposition to the name before it: "the rise of Sanders, who …" (NER's
    # ORG on a person) stays Sanders
    return node if node.pos_ == "NOUN" and node.dep_ == "appos" else noun


def _stands_for(head: Token, *, force: bool = False) -> bool:
    """Whether a noun acts for, or is the act of, whoever names it in a modifier: a state's
    or a person's agents ("Kaldria's navy", "the Obama team"), what they author ("a US
    request"), or a name ("the Velmar Port Authority" as NER missed it)."""
    if head.pos_ == "PROPN":
        return True
    lemma = head.lemma_.lower()
    if head.like_num or lemma in {"billion", "million", "thousand", "trillion"}:
        return True  # "lend Greece billions", parsed as a compound of the amount: the dative
    if lemma in _MEMBERS:
        return force
    return lemma in _AGENT_NOUNS or acts_for_state(head, _AUTHORED | {"presence", "appeal"})


def _named_kind(head: Token, actors: ArticleActors) -> str | None:
    """A common noun naming a kind of organisation ("the opposition party", "the union", "the
    port authority") is the one organisation of that kind the article names, before or after
    ("Karl Meisner, leader of the Civic Party"). None when it names none or several."""
    if head.pos_ != "NOUN" or head.lower_ not in _ORG_KINDS:
        return None
    if not any(c.dep_ in {"det", "poss"} for c in head.children):
        return None  # "a party", "parties": not a reference
    named = [
        a.name
        for a in actors.actors.values()
        if a.type == "ORG" and " " in a.name and a.name.rsplit(" ", 1)[-1].lower() == head.lower_
    ]
    return named[0] if len(named) == 1 else None


def _home_place(subj: Token, actors: ArticleActors) -> str | None:
    """The actor of a subject's possessive ("Kaldria's largest opposition party" -> Kaldria,
    "the airline's union" -> the airline). A named person has none: "Microsoft's Dustin
    Childs advised users" names his employer, not whom he addresses."""
    if subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON":
        return None
    for child in subj.children:
        if child.dep_ == "poss":
            m = actors.actor_at(child.idx, child.idx + len(child.text))
            if m is not None and m.label in {"GPE", "ORG"}:
                return m.actor
    return None


def _counted_places(head: Token, actors: ArticleActors) -> list[str]:
    """ "Four councils formed an alliance" in an article that then lists four places ("Velmar,
    Orsa, Kittby and Brask will share…"): those four. The indefinite "four councils" introduces
    places named after it; the definite "the four councils" refers to places named before.
    Only when exactly one such list of that many places exists; otherwise the group stays."""
    if head.lower_ not in _PLACE_GROUPS:
        return []
    count = next((_SMALL_NUMBERS.get(c.lower_) for c in head.children if c.dep_ == "nummod"), None)
    if count is None:
        return []
    definite = any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in head.children)
    lists = {
        tuple(sorted(names)): names
        for at, names in actors.place_lists
        if len(names) == count and (at < head.idx if definite else at > head.idx)
    }
    return next(iter(lists.values())) if len(lists) == 1 else []


def _plural_reference(tok: Token, actors: ArticleActors) -> list[str]:
    """ "the two countries", "both nations", "the two sides": the last two places named before.

    Only a plural country noun with "both" or "the two" counts; "two countries" without the
    article introduces new ones and "the countries" is too vague.
    """
    if tok.lemma_.lower() not in _PLACE_NOUNS or tok.tag_ != "NNS":
        return []
    kids = {c.lower_ for c in tok.children if c.dep_ in {"det", "nummod", "predet", "poss"}}
    if not ("both" in kids or {"the", "two"} <= kids):
        return []
    places = actors.places_before(tok.idx, 2)
    return places if len(places) == 2 else []
