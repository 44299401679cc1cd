"""Verbal acts in political news: words of violence used for criticism, judgments made by
"calling" someone something, and negations the modal reading misses.

* "Trump attacked Obama", "Scott blasted Congress", "has long targeted the Clintons", "has
  hammered Bush", "fired back at Trump", "has hit Clinton for …": a named person's attack in
  words of violence on a person or an organisation, with nothing of arms, bodily harm or a
  bout in the sentence, is criticism (DISAPPROVE), not fighting; states, armed groups and a
  sentence that speaks of guns, wounds, blows to the body or titles keep FIGHT, unless the
  attack is made "by" saying something ("attacked Fiorina by reminding voters that the merger
  forced HP to slash jobs": what was said is no scene of force);
* "called X an outstanding leader" praises X (SUPPORT), "called X's plan a disgrace"
  criticises X (DISAPPROVE); a naming of no clear polarity says nothing;
* "Neither X nor Y is inclined to attack Z", "No party attacked Z": a subject of "neither",
  "no" or "none" negates the act; "is inclined to" is a disposition, not an act;
* "declined to criticise X" is no rejection of X: refusing a hostile act rejects no one;
* "are represented by attorney X": a lawyer's representation is aid to the client (AID);
  "represents Ohio in Congress" is none;
* "a super PAC", "an NGO": a name under an indefinite article is a common noun (one of a
  kind), not a named actor, whatever the NER tags it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.relation_lexicon import verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = [
    "DISPOSITIONS",
    "HOSTILE_ACTS",
    "by_counsel",
    "called_words",
    "indefinite_name",
    "judgment_type",
    "negative_subject",
    "verbal_attack",
]

# Words whose "attack" may be spoken: the verbs, and the noun of "launched an attack on X".
_ATTACK_WORDS = frozenset({"attack", "blast", "target", "offensive"})
# The lexicon's FIGHT and ASSAULT verbs that political news uses for words: "has hammered
# Bush", "has hit Clinton for …", "assailed", "lashed out at", "sniped at", "pummeled … in the
# debate", "clashed with Kelly", "sparred with". Verbs of defeat (beat, crush, defeat,
# topple) are contests, not words; killing, shooting and wounding never are words.
_FIGURATIVE = frozenset(
    {"hammer", "hit", "assail", "pummel", "clobber", "snipe", "pound", "lash", "clash", "spar"}
)
# Verbs that news uses for words only, whoever speaks them and at whomever: "lashed out at
# Turkey", "sniped at the committee", "assailed the ruling", "The White House blasted
# congressional Republicans" (with a word of arms in the sentence they stay force).
_ONLY_WORDS = frozenset({"lash", "snipe", "assail", "blast"})
# "fired back at Trump", "fired at Trump": spoken only with "at" or "back"; "fired Comey"
# is a dismissal, not an attack.
_FIRE_MARKS = frozenset({"at", "back"})
# Lemmas that make an attack physical: arms, wounds, force ("attacked X with a knife").
_FORCE_WORDS = frozenset(
    {"gun", "gunman", "gunfire", "rifle", "pistol", "knife", "bomb", "bombing", "grenade"}
    | {"missile", "rocket", "explosive", "weapon", "shoot", "shot", "stab", "kill", "wound"}
    | {"injure", "injury", "hospital", "police", "arrest", "troop", "soldier", "army", "militant"}
    | {"airstrike", "strike", "shelling", "beat", "punch", "assault", "dead", "death", "fire"}
    # a bout or a game: "blasted a sluggish Rahman … to retain the heavyweight titles"
    | {"title", "ko", "knockout", "bout", "round", "match", "game", "heavyweight", "belt"}
    | {"fight", "fighter", "boxer", "referee"}
    # a blow to the body or with a thing: "hit him in the chest", "hit X with a bat"
    | {"chest", "face", "jaw", "neck", "stomach", "helmet", "bat", "fist", "pipe", "bottle"}
    | {"car", "vehicle", "truck", "brick", "stone", "rock"}
)
# Verbs of saying: an attack made "by reminding voters" or "by calling him a liar" is words.
_SAYING = frozenset(
    {"say", "remind", "tell", "call", "accuse", "argue", "note", "point", "suggest", "claim"}
    | {"tweet", "charge", "question", "describe", "compare", "label", "mock", "write", "ask"}
    | {"insist", "allege", "declare", "brand", "liken", "portray", "post", "highlight"}
)
# Hostile acts: refusing one of them ("declined to criticise X") is no rejection of X.
HOSTILE_ACTS = frozenset(
    {"DISAPPROVE", "FIGHT", "ASSAULT", "THREATEN", "PROTEST", "COERCE", "SANCTION", "REJECT"}
)
# "is inclined to attack": a leaning, not an act or a stated intention.
DISPOSITIONS = frozenset({"inclined", "disposed", "tempted", "minded"})
_NEGATIVE_DETS = frozenset({"neither", "no"})
_NEGATIVE_SUBJECTS = frozenset({"neither", "none", "nobody", "no-one"})
# Judgments of a person or of what is theirs, by the word they are called (curated here, not
# taken from any sentiment list): a naming of none of these words says nothing.
_PRAISE = frozenset(
    {"outstanding", "excellent", "brilliant", "exceptional", "extraordinary", "remarkable"}
    | {"courageous", "brave", "hero", "heroic", "visionary", "admirable", "superb", "great"}
)
_BLAME = frozenset(
    {"careless", "reckless", "disgrace", "disgraceful", "disaster", "disastrous", "dangerous"}
    | {"dishonest", "corrupt", "incompetent", "irresponsible", "shameful", "outrageous"}
    | {"unacceptable", "appalling", "terrible", "horrible", "fraud", "foe", "enemy", "threat"}
    | {"failure", "unfit", "racist", "bigot", "crook", "hypocrite", "hypocritical", "absurd"}
    | {"ridiculous", "sham", "farce", "travesty", "hoax", "betrayal", "embarrassment", "voodoo"}
    # names for a bad person (rel34: "called X a predator" after a sentencing)
    | {"predator", "coward", "traitor", "thug", "liar", "bully", "demagogue", "criminal"}
)


def verbal_attack(
    tok: Token, sources: list[str], targets: list[str], actors: ArticleActors
) -> bool:
    """Whether a FIGHT or ASSAULT trigger is a named person's spoken attack on a person or
    an organisation ("Trump attacked Obama", "launched an attack against Obama", "blasted
    Congress", "has hammered Bush", "fired back at Trump") with no word of arms or harm in
    the sentence."""
    words = {tok.lemma_.lower()} | {
        c.lemma_.lower() for c in tok.children if c.dep_ in {"dobj", "pobj", "prep"}
    }
    words |= {o.lemma_.lower() for p in tok.children if p.dep_ == "prep" for o in p.children}
    if not _spoken_verb(tok, words) or not sources or not targets:
        return False
    if _by_saying(tok):
        return True  # "hit Snowden back by accusing him": words, whoever says them
    if tok.lemma_.lower() in _ONLY_WORDS:
        # "lashed out at Turkey", "the party blasted Holm": words, whoever speaks them and
        # at whomever, unless the sentence speaks of arms or harm
        return not any(t.lemma_.lower() in _FORCE_WORDS for t in _scene(tok, sources + targets))
    if any(actors.type_of(s) != "PERSON" for s in sources):
        return False  # "Israel attacked Gaza", "Hamas attacked": states and groups fight
    if any(actors.type_of(t) not in {"PERSON", "ORG"} for t in targets):
        return False
    return not any(t.lemma_.lower() in _FORCE_WORDS for t in _scene(tok, sources + targets))


def _by_saying(tok: Token) -> bool:
    """The attack is made "by" a gerund of saying ("by reminding voters", "by calling him")."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "by"
        and any(g.tag_ == "VBG" and g.lemma_.lower() in _SAYING for g in p.children)
        for p in tok.children
    )


def _scene(tok: Token, parties: list[str]) -> list[Token]:
    """The sentence's words that may tell how the act was done: all but the trigger ("fired
    back at" is no gunfire) and relative clauses that neither hold it nor describe one of
    its parties ("Trump, who has hit Clinton for …, released a video of the women who have
    accused him of assault"; "attacked X, who had been stabbed" keeps the stabbing), and
    the words of the parties' own names ("Barbara Boxer")."""
    names = {w for p in parties for w in p.split()}
    # a party's own name is no scene ("Barbara Boxer attacked Fiorina": no boxer)
    skip = {tok.i} | {t.i for t in tok.sent if t.text in names}
    for rel in tok.sent:
        if rel.dep_ != "relcl" or rel.head.text in names:
            continue
        if not rel.left_edge.i <= tok.i <= rel.right_edge.i:
            skip.update(range(rel.left_edge.i, rel.right_edge.i + 1))
    return [t for t in tok.sent if t.i not in skip]


def _spoken_verb(tok: Token, words: set[str]) -> bool:
    """Whether the trigger is a word of violence news uses for criticism (see the lists)."""
    lemma = verb_lemma(tok) if tok.pos_ == "VERB" else tok.lemma_.lower()  # "sniped"
    if words & _ATTACK_WORDS or lemma in _FIGURATIVE:
        return True
    return lemma == "fire" and any(c.lower_ in _FIRE_MARKS for c in tok.children)


def negative_subject(tok: Token, subj: Token | None) -> bool:
    """A subject that says nobody did it: "Neither X nor Y", "No party", "None of them"."""
    if subj is None:
        return False
    if subj.lower_ in _NEGATIVE_SUBJECTS:
        return True
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in _NEGATIVE_DETS for c in subj.children)


def called_words(tok: Token) -> list[Token]:
    """The words a "call X Y" predicates of its object: the object predicate ("a liar",
    "extremely careless") and an indefinite apposition inside the object ("called Mr. Y, a
    former director …, an outstanding leader"), each with its modifiers."""
    heads = [c for c in tok.children if c.dep_ == "oprd"]
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        heads += [
            t
            for t in obj.subtree
            if t.dep_ == "appos" and any(d.lower_ in {"a", "an"} for d in t.children)
        ]
    words = []
    for head in heads:
        words.append(head)
        words += [c for c in head.children if c.dep_ in {"amod", "compound", "advmod"}]
    return words


def judgment_type(tok: Token) -> str | None:
    """SUPPORT or DISAPPROVE for "call X Y" when the words X is called have one polarity
    (see the module's lists); None when they have none or both, or are negated ("not a
    threat")."""
    words = called_words(tok)
    if any(c.dep_ == "neg" or c.lower_ == "no" for w in words for c in w.children):
        return None
    lemmas = {w.lemma_.lower() for w in words} | {w.lower_ for w in words}
    praise, blame = bool(lemmas & _PRAISE), bool(lemmas & _BLAME)
    if praise == blame:
        return None
    return "SUPPORT" if praise else "DISAPPROVE"


def indefinite_name(head: Token) -> bool:
    """A tagged name under an indefinite article ("a super PAC that opposed Trump", "an NGO"):
    one of a kind, not the named actor. A person stays the person ("blasted a sluggish
    Rahman")."""
    return (
        head.pos_ == "PROPN"
        and head.ent_type_ != "PERSON"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in head.children)
    )


_COUNSEL = frozenset({"attorney", "lawyer", "counsel", "solicitor", "barrister", "advocate"})


def by_counsel(tok: Token) -> bool:
    """The one who represents is called a lawyer next to the name ("are represented by
    attorney Larry Klayman", "lawyer Anna Berg represents X", "X, a lawyer, represents Y")."""
    agents = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    agents += [c for c in tok.children if c.dep_ == "nsubj"]
    return any(
        t.lemma_.lower() in _COUNSEL
        for a in agents
        for t in (a, *a.children)
        if t is a or t.dep_ in {"compound", "appos"}
    )
