"""What the article itself says about the people who may speak: their sex and their kin.

Helpers of :mod:`newsbeat.enrich.speakers` and :mod:`newsbeat.enrich.speaker_tokens`, kept apart so
each rule stays a small function:

* :func:`stated_genders`: a person's sex as the text states it ("Lena Holm, his widow", "Holm
  is one of three women", "Mrs. Holm", "Holm said she would run" for a name the first-name
  list does not settle); it overrides the first-name list, which guesses. A
  person named by a first name alone ("Ben", no one's surname) has that first name's sex.
* :func:`gendered_noun`: "female"/"male" for a noun that names a person of one sex
  ("mother", "widow", "father", …), used when the salient subject is "Holm's mother".
* :func:`kin_name`: the name a kin noun stands for, from an apposition in the article
  ("Holm's mother, Ada, …" → Ada), the same possessor and noun earlier in the text included.
* :func:`kin_bearers`: first names that the text gives a surname by kinship ("Holm's widow,
  Ada" makes Ada a second Holm), so that a bare surname is known to have two bearers.
* :func:`surname_bearer`: which of two bearers a bare surname in speaker position means.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.doc_arrays import indices_in, lemmas_lower
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.sentence_window import window_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsbeat.enrich.actors import ArticleActors

__all__ = [
    "gendered_noun",
    "kin_bearers",
    "kin_name",
    "mention_root",
    "mistyped_surname",
    "noun_sex",
    "stated_genders",
    "surname_bearer",
    "written_full_name",
]

_FEMALE = frozenset(
    {
        "woman",
        "mother",
        "wife",
        "widow",
        "daughter",
        "sister",
        "girl",
        "girlfriend",
        "grandmother",
        "granddaughter",
        "aunt",
        "niece",
        "mom",
        "mum",
        "actress",
        "congresswoman",
        "spokeswoman",
        "businesswoman",
        "chairwoman",
        "queen",
        "princess",
        "lady",
        "stepmother",
        "fiancee",
    }
)
_MALE = frozenset(
    {
        "man",
        "father",
        "husband",
        "widower",
        "son",
        "brother",
        "boy",
        "boyfriend",
        "grandfather",
        "grandson",
        "uncle",
        "nephew",
        "dad",
        "congressman",
        "spokesman",
        "businessman",
        "king",
        "prince",
        "stepfather",
        "fiance",
    }
)
# Kin who usually share the person's surname ("Holm's widow, Ada" is Ada Holm).
_SURNAME_KIN = frozenset(
    {"wife", "widow", "husband", "widower", "son", "daughter", "brother", "sister", "father"}
    | {"mother"}
)
_HONORIFIC = {"mrs": "female", "ms": "female", "miss": "female", "mr": "male"}


def noun_sex(word: str) -> str | None:
    """ "female" or "male" when a lower-case noun (a lemma, or "women"/"men") names a person of
    that sex ("widow", "father"), else None."""
    if word in _FEMALE or word == "women":
        return "female"
    if word in _MALE or word == "men":
        return "male"
    return None


def gendered_noun(tok: Token) -> str | None:
    """ "female" or "male" when the token is a noun naming a person of that sex."""
    if tok.pos_ != "NOUN":
        return None
    sex = noun_sex(tok.lemma_.lower())
    if sex is None and tok.lower_ in {"women", "men"}:
        sex = noun_sex(tok.lower_)
    return sex


def mention_root(doc: Doc, start: int, end: int) -> Token | None:
    """The root token of the characters ``[start, end)`` of a mention (None when they cover
    no token)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _stated(tok: Token) -> str | None:
    """The sex the sentence states for a name token: an apposition with a gendered noun
    ("Ada, his widow" / "his widow, Ada"), a copula with one ("Holm is one of two women"), or
    an honorific before it ("Mrs. Holm")."""
    for child in tok.children:
        if child.dep_ == "appos" and (found := gendered_noun(child)) is not None:
            return found
    if tok.dep_ == "appos" and (found := gendered_noun(tok.head)) is not None:
        return found
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        for attr in tok.head.children:
            if attr.dep_ != "attr":
                continue
            nouns = [attr, *(g for p in attr.children if p.lower_ == "of" for g in p.children)]
            for noun in nouns:
                if (found := gendered_noun(noun)) is not None:
                    return found
    first = tok.doc[tok.left_edge.i]
    return _HONORIFIC.get(first.lower_.rstrip("."))


_GENDERS_KEY = "newsbeat.stated_genders"  # doc.user_data: (the actors' mentions, the map)


def stated_genders(doc: Doc, actors: ArticleActors) -> dict[str, str]:
    """Actor name → sex as the article states it (one consistent statement; a person the
    text calls both is left out). Computed once per article and kept in the doc's
    ``user_data`` for the mentions list it was computed from (a module-global cache could mix
    two articles analysed in two threads)."""
    cached = doc.user_data.get(_GENDERS_KEY)
    if cached is not None and cached[0] is actors.mentions:
        known: dict[str, str] = cached[1]
        return known
    found: dict[str, set[str]] = {}
    for m in actors.mentions:
        if m.label != "PERSON":
            continue
        tok = mention_root(doc, m.start, m.end)
        sex = _stated(tok) if tok is not None else None
        if sex is not None:
            found.setdefault(m.actor, set()).add(sex)
    out = {name: next(iter(sexes)) for name, sexes in found.items() if len(sexes) == 1}
    for name, sex in _said_pronouns(doc, actors).items():
        out.setdefault(name, sex)
    for name, sex in _lone_first_names(actors).items():
        out.setdefault(name, sex)
    doc.user_data[_GENDERS_KEY] = (actors.mentions, out)
    return out


# Verbs whose subject is, nearly always, the "he"/"she" of the clause they report.
_REPORTING = frozenset({"say", "tell", "add", "insist", "argue", "claim", "explain", "note"})
_PRONOUN_SEX = {"he": "male", "she": "female"}


def _said_pronouns(doc: Doc, actors: ArticleActors) -> dict[str, str]:
    """``Ayotte said she would vote for the bill``: the sex the article shows a person by the
    pronoun of the clause their own speech verb reports. Read only for a person whose first
    name the list does not give to one sex only ("Ayotte", "Kelly Ayotte", "Chris Lane"), and
    only when every such pronoun of theirs is of one sex (``Trump said she was weak`` is
    about someone else, and Donald is a man's name whatever the clause says)."""
    votes: dict[str, set[str]] = {}
    for m in actors.mentions:
        if m.label != "PERSON" or first_name_gender(m.actor, only=True) is not None:
            continue
        tok = mention_root(doc, m.start, m.end)
        if tok is None or tok.dep_ != "nsubj" or tok.head.lemma_ not in _REPORTING:
            continue
        for clause in tok.head.children:
            if clause.dep_ != "ccomp" or clause.i < tok.head.i:
                continue
            for subj in clause.children:
                sex = _PRONOUN_SEX.get(subj.lower_) if subj.dep_ in {"nsubj", "nsubjpass"} else None
                if sex is not None:
                    votes.setdefault(m.actor, set()).add(sex)
    return {name: next(iter(sexes)) for name, sexes in votes.items() if len(sexes) == 1}


def _lone_first_names(actors: ArticleActors) -> dict[str, str]:
    """A person the article calls by a first name alone ("Ben", "Linda": one word that is no
    other person's surname) has the sex the first-name list gives that name."""
    people = [n for n, info in actors.actors.items() if info.type == "PERSON"]
    surnames = {n.split()[-1] for n in people if len(n.split()) > 1}
    out: dict[str, str] = {}
    for name in people:
        if " " in name or name in surnames or not name.isalpha():
            continue
        sex = first_name_gender(f"{name} {name}")  # the list is read from a full name's first word
        if sex is not None:
            out[name] = sex
    return out


def _possessor(tok: Token) -> str | None:
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return owner.text if owner is not None else None


def _appos_person(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.is_title:
            return child
    return None


def kin_name(tok: Token, actors: ArticleActors) -> str | None:
    """The name a kin noun ("Holm's mother") stands for: its own apposition, else the
    apposition of the same noun with the same possessor earlier in the article; None when the
    text never names them."""
    named = _appos_person(tok)
    if named is None:
        owner = _possessor(tok)
        for earlier in reversed(tok.doc[: tok.i]):
            if earlier.lemma_ == tok.lemma_ and _possessor(earlier) == owner:
                named = _appos_person(earlier)
                if named is not None:
                    break
    if named is None:
        return None
    mention = actors.actor_at(named.idx, named.idx + len(named.text))
    return mention.actor if mention is not None else named.text


_KIN_KEY = "newsbeat.kin_bearers"


def kin_bearers(doc: Doc) -> dict[str, list[tuple[int, str]]]:
    """Surname → (offset, first name) of each person the text gives that surname by kinship:
    "Holm's widow, Ada," makes "Ada Holm" a bearer of "Holm" at Ada's offset. Read once per
    doc (kept in its ``user_data``): every speaker's surname asks."""
    cached = doc.user_data.get(_KIN_KEY)
    if cached is not None:
        return cached
    out: dict[str, list[tuple[int, str]]] = {}
    for i in indices_in(lemmas_lower(doc), _SURNAME_KIN):
        tok = doc[i]
        if tok.pos_ != "NOUN":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        named = _appos_person(tok)
        if owner is None or named is None or named.text == owner.text:
            continue
        out.setdefault(owner.text, []).append((named.idx, f"{named.text} {owner.text}"))
    doc.user_data[_KIN_KEY] = out
    return out


_WINDOW = 2  # sentences before the speaker's own in which a bearer must be named


def _kin_possessor(tok: Token) -> bool:
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in _SURNAME_KIN


def surname_bearer(doc: Doc, actors: ArticleActors, start: int, end: int, actor: str) -> str | None:
    """Which bearer a bare surname in speaker position means when the text gives that surname
    to a second person by kinship ("Holm's widow, Ada"): the one of them named in this or the
    two sentences before; the surname alone when both or neither are (precision first: no
    guess between two people). None when the surname has one bearer."""
    surname = actors.text[start:end]
    if " " in surname or not actor.endswith(" " + surname):
        return None
    bearers = [b for b in kin_bearers(doc).get(surname, []) if b[0] < start and b[1] != actor]
    if not bearers:
        return None
    here = doc.char_span(start, end, alignment_mode="expand")
    if here is None or not len(here):
        return surname
    first = window_start(doc, here[0].sent.start, _WINDOW)
    low = doc[first].idx
    named = {name for offset, name in bearers if low <= offset < start}
    for m in actors.mentions:
        if m.actor != actor or not low <= m.start < start:
            continue
        root = mention_root(doc, m.start, m.end)
        if root is not None and not _kin_possessor(root):
            named.add(actor)
    return named.pop() if len(named) == 1 else surname


def mistyped_surname(actors: ArticleActors, tok: Token) -> str | None:
    """``Meyer penned a letter`` where NER calls "Meyer" an organisation: a one-word proper
    noun subject of its sentence's main verb that is the last word of exactly one two-word
    name given before ("Stephenie Meyer's series") is that person; None otherwise, and never
    a word with an article ("the Daily Courier … the Courier reported"; reader21: "the Post
    stated" made the referent of a "she")."""
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.pos_ != "PROPN":
        return None
    if not tok.is_title or any(c.dep_ in {"compound", "flat"} for c in tok.children):
        return None
    if any(c.dep_ == "det" for c in tok.children):
        return None  # "the Courier reported": a surname takes no article
    here = actors.actor_at(tok.idx, tok.idx + len(tok.text))
    if here is not None and here.label != "ORG":
        return None
    names = set()
    for m in actors.mentions:
        words = m.actor.split()
        if m.end > tok.idx or len(words) != 2 or words[1] != tok.text or words[0] == tok.text:
            continue
        if words[0].isalpha() and words[0].istitle():
            names.add(m.actor)
    return names.pop() if len(names) == 1 else None


def written_full_name(tok: Token, actor: str) -> str | None:
    """``Ivanka Trump, who …, told`` where NER tagged only "Trump" and the article's "Trump"
    is Donald Trump: the first name the text writes before the surname (a compound proper
    noun that is a known first name) differs from the actor's, so the mention is another
    person of the same surname, named in full here. None when the text writes no such first
    name, or the same one."""
    if tok.pos_ != "PROPN":
        return None
    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    if len(words) != 1 or words[0].i != tok.i - 1 or not words[0].is_title:
        return None
    first = words[0].text
    if first == actor.split()[0] or first in actor.split():
        return None
    full = f"{first} {tok.text}"
    return full if first_name_gender(full) is not None else None
