"""Actors: people, organisations, countries and groups, with canonical names.

Within one article every entity mention is tied to an actor:

* a person's full name starts an actor; a bare surname or first name later goes to the
  compatible full name that fits its context best: a title before it ("Mr Holm", "Prime
  Minister Holm") that matches an actor's role, role words in the same sentence ("the union"
  for "Erik Holm, a union spokesman"), else the most recently mentioned compatible name;
* titles are stripped into a role ("Mayor Ingrid Falk" -> Ingrid Falk, role Mayor), and an
  appositive ("Erik Holm, a union spokesman,") is a role too;
* country names, aliases, demonyms and capitals map to one country actor (``countries.json``);
* groups such as "the mayors of four coastal towns" are actors of type GROUP.

Across articles the canonical name is the identity: the same name is the same actor.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

__all__ = [
    "ACTOR_LABELS",
    "ArticleActors",
    "Country",
    "MentionRef",
    "build_actors",
    "country_lookup",
    "full_name_in_text",
    "lookup_country",
]

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})

# Head words of titles and roles (lower case). Our own list.
TITLE_HEADS = frozenset(
    [
        "president",
        "vice-president",
        "minister",
        "premier",
        "chancellor",
        "mayor",
        "governor",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "secretary",
        "general",
        "gen.",
        "admiral",
        "colonel",
        "col.",
        "lieutenant",
        "captain",
        "commander",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "judge",
        "justice",
        "ambassador",
        "envoy",
        "commissioner",
        "chairman",
        "chairwoman",
        "chair",
        "ceo",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "sheikh",
        "speaker",
        "archbishop",
        "bishop",
        "professor",
        "prof.",
        "dr.",
        "dr",
        "deputy",
        "councillor",
        "councilor",
        "president-elect",
        "leader",
        "head",
        "emir",
        "sultan",
        "ayatollah",
        "master",
        "executive",
        "manager",
        "officer",
        "inspector",
        "superintendent",
        "coordinator",
    ]
)
HONORIFICS = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady"]
)
_TITLE_MODIFIERS = frozenset(
    [
        "prime",
        "foreign",
        "interior",
        "defence",
        "defense",
        "finance",
        "justice",
        "health",
        "economy",
        "trade",
        "deputy",
        "vice",
        "former",
        "acting",
        "chief",
        "general",
        "state",
        "labour",
        "labor",
        "energy",
        "education",
        "environment",
        "police",
        "opposition",
        "party",
        "union",
    ]
)
_LIST_SEP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_NAME_CLEAN = re.compile(r"^(?:the\s+)|(?:['’]s?)$|\s+(?:and|or|&)$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_APPOSITIVE_ROLE = re.compile(
    r"^\s*,\s+(?:a|an|the|its|his|her|their)\s+((?:[\w'’-]+\s+){0,5}?"
    r"(?:spokesman|spokeswoman|spokesperson|minister|mayor|leader|official|chief|president|"
    r"director|head|secretary|analyst|professor|member|chairman|chairwoman|ambassador|envoy|"
    r"economist|researcher|adviser|advisor|negotiator|commander|general|representative|"
    r"lawyer|councillor|senator|governor|organiser|organizer|officer|manager|owner|worker)"
    r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[\w'’ -]{1,40}?)?)(?=\s*[,.;]|\s+(?:said|says|told))",
)
_GROUP = re.compile(
    r"\b(?:the\s+)?((?:[a-z]+\s+)?(?:mayors|leaders|ministers|heads|presidents|governors|"
    r"representatives|officials|chiefs|envoys|delegates|unions|councils|members)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,3}?(?:towns|cities|countries|states|nations|municipalities|regions|"
    r"unions|parties|ports|villages|councils|provinces|islands|governments|companies))\b"
)


@dataclass(frozen=True, kw_only=True)
class Country:
    """A country: canonical name and ISO-3 code."""

    name: str
    iso3: str


@lru_cache(maxsize=1)
def country_lookup() -> dict[str, Country]:
    """Lower-case alias, demonym or capital -> country, from ``data/countries.json``."""
    raw = json.loads(
        resources.files("newsbeat").joinpath("data/countries.json").read_text(encoding="utf-8")
    )
    table: dict[str, Country] = {}
    for entry in raw["countries"]:
        country = Country(name=entry["name"], iso3=entry["iso3"])
        for alias in [*entry["aliases"], *entry["capitals"]]:
            table.setdefault(alias, country)
    return table


def lookup_country(text: str) -> Country | None:
    """The country a name, alias, demonym or capital stands for, if any.

    ``US`` only matches in capitals (``us`` is a pronoun); a leading "the" and a trailing
    possessive are ignored.
    """
    clean = clean_name(text)
    if clean.lower() == "us" and clean != "US":
        return None
    table = country_lookup()
    key = clean.lower()
    return table.get(key) or table.get(key.rstrip("s")) if key else None


def clean_name(text: str) -> str:
    """Whitespace folded, a dateline or leading "the" and a trailing possessive removed.

    ``"HALDIS — Sorvair"`` (a dateline glued to a name) gives ``Sorvair``; an all-capitals
    dateline word (``VELMAR``) is title-cased; short acronyms (NATO, UN) stay.
    """
    text = re.split(r"\s[—–]\s", text)[-1]
    text = _SPACES.sub(" ", text).strip(" \t\n,.;:\"'“”‘’()—–-")
    if text.isupper() and len(text) > 5 and " " not in text:
        text = text.title()
    previous = None
    while previous != text:
        previous = text
        text = _NAME_CLEAN.sub("", text).strip()
    return text


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """Split leading title words from a name: ``["Prime", "Minister", "Lena", "Holm"]``.

    Returns:
        (role or None, the remaining name words). Honorifics are dropped without a role.
    """
    last_title = -1
    for i, word in enumerate(words[:-1]):
        low = word.lower()
        if low in TITLE_HEADS or low in HONORIFICS:
            last_title = i
        elif low not in _TITLE_MODIFIERS and last_title < 0 and i > 2:
            break
    if last_title < 0:
        return None, words
    title_words = [w for w in words[: last_title + 1] if w.lower() not in HONORIFICS]
    # Modifiers alone ("Former") are not a role; a role needs a head word.
    if not any(w.lower() in TITLE_HEADS for w in title_words):
        return None, words[last_title + 1 :]
    return " ".join(title_words), words[last_title + 1 :]


@dataclass(frozen=True, kw_only=True)
class MentionRef:
    """One mention in an article: character span, the actor it stands for, and its label."""

    start: int
    end: int
    actor: str
    label: str
    title: str | None = None


@dataclass(kw_only=True)
class _ActorInfo:
    name: str
    type: str
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    iso3: str | None = None


@dataclass(kw_only=True)
class ArticleActors:
    """Every actor of one article and where each is mentioned."""

    actors: dict[str, _ActorInfo] = field(default_factory=dict)
    mentions: list[MentionRef] = field(default_factory=list)
    text: str = ""

    def _add(
        self,
        name: str,
        type_: str,
        start: int,
        end: int,
        *,
        role: str | None = None,
        iso3: str | None = None,
        title: str | None = None,
    ) -> None:
        info = self.actors.get(name)
        if info is None:
            info = self.actors[name] = _ActorInfo(name=name, type=type_, iso3=iso3)
        info.mentions += 1
        if role and role not in info.roles:
            info.roles.append(role)
        self.mentions.append(MentionRef(start=start, end=end, actor=name, label=type_, title=title))

    def actor_at(self, start: int, end: int) -> MentionRef | None:
        """The mention overlapping the character span, if any (the first one)."""
        for m in self.mentions:
            if m.start < end and start < m.end:
                return m
        return None

    def type_of(self, name: str) -> str | None:
        """The type of an actor of this article."""
        info = self.actors.get(name)
        return info.type if info else None

    def roles_of(self, name: str) -> list[str]:
        """The roles seen for an actor in this article."""
        info = self.actors.get(name)
        return list(info.roles) if info else []

    def nearest_person_before(self, pos: int) -> str | None:
        """The person mentioned last before ``pos`` (for pronouns)."""
        best = None
        for m in self.mentions:
            if m.label == "PERSON" and m.end <= pos and (best is None or m.start > best.start):
                best = m
        return best.actor if best else None

    def resolve_nominal(self, phrase: str, pos: int) -> str | None:
        """ "the minister" / "the union" -> the nearest preceding actor whose role or name fits.

        Args:
            phrase: a common-noun phrase such as "the interior minister".
            pos: character offset of the phrase.

        Returns:
            The actor's canonical name, or None when nothing fits.
        """
        words = [w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in {"the", "a", "an"}]
        if not words:
            return None
        head = words[-1]
        best: MentionRef | None = None
        for m in self.mentions:
            if m.start >= pos:
                continue
            info = self.actors[m.actor]
            if info.type == "PERSON":
                fits = any(head in r.lower().split() for r in info.roles)
            else:
                fits = info.type in {"ORG", "GROUP"} and head in info.name.lower().split()
            if fits and (best is None or m.start > best.start):
                best = m
        return best.actor if best else None

    def to_entities(self) -> list[tuple[str, str, int, str | None]]:
        """(name, type, mentions, role) of every actor, most mentioned first."""
        rows = [
            (a.name, a.type, a.mentions, a.roles[0] if a.roles else None)
            for a in self.actors.values()
        ]
        return sorted(rows, key=lambda r: (-r[2], r[0]))


def _title_before(doc: Doc, ent: Span) -> list[str]:
    """Title-like words just before an entity in the same sentence ("Interior Minister")."""
    words: list[str] = []
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 4:
        tok = doc[i]
        low = tok.lower_
        if tok.is_sent_end or not (
            low in TITLE_HEADS or low in HONORIFICS or (low in _TITLE_MODIFIERS and tok.is_title)
        ):
            break
        words.insert(0, tok.text)
        i -= 1
    return words


def _appositive_role(text: str, end: int) -> str | None:
    match = _APPOSITIVE_ROLE.match(text[end : end + 120])
    return _SPACES.sub(" ", match.group(1)).strip() if match else None


_QUOTED = re.compile(r"[\"“][^\"“”\n]*[\"”]")


def _role_score(role_words: set[str], sentence: Span, quoted: list[tuple[int, int]]) -> int:
    """Role words of a candidate found in the sentence, outside quotations."""
    sent_words = {t.lower_ for t in sentence if not any(a <= t.idx < b for a, b in quoted)}
    return len(role_words & sent_words)


_TITLED_NAME = re.compile(
    r"\b(?:[A-Za-z]+\s+)?((?i:"
    + "|".join(sorted((re.escape(t) for t in TITLE_HEADS), key=len, reverse=True))
    + r"))\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\b"
)


def build_actors(doc: Doc) -> ArticleActors:
    """Resolve every PERSON/ORG/GPE/LOC/NORP mention (and group phrases) of a parsed article.

    Args:
        doc: the article parsed by the spaCy pipeline.

    Returns:
        The article's actors and the mention index used by quotes, claims and relations.
    """
    text = doc.text
    table = ArticleActors(text=text)
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    # Titled names NER missed ("harbour master Per Ekdal"): found first, so bare surnames
    # later in the article resolve to them.
    titled: list[tuple[int, int, str, str]] = []
    person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for m in _TITLED_NAME.finditer(text):
        start, end = m.span(2)
        if any(a < end and start < b for a, b in person_spans):
            continue
        words = m.group(2).split()
        if lookup_country(words[0]) is not None or any(w.isupper() for w in words):
            continue
        titled.append((start, end, " ".join(words), m.group(0)[: m.start(2) - m.start(0)].strip()))
    persons_full: list[str] = []  # canonical full names in order of first mention
    last_seen: dict[str, int] = {}
    pending: list[tuple[Span, str, str | None]] = []  # bare names seen before any full name
    for t_start, t_end, t_name, t_role in titled:
        persons_full.append(t_name)
        table._add(t_name, "PERSON", t_start, t_end, role=t_role, title=t_role)
        last_seen[t_name] = t_start
    all_full = {
        " ".join(split_title(clean_name(e.text).split())[1])
        for e in doc.ents
        if e.label_ == "PERSON" and len(split_title(clean_name(e.text).split())[1]) >= 2
    }

    for ent in doc.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if "\n" in ent.text.strip():
            # NER ran across a paragraph break ("Kaldrian.\n\nHaldis"): keep the last part.
            cut = ent.text.rstrip().rfind("\n") + 1
            tail = doc.char_span(
                ent.start_char + cut, ent.end_char, label=ent.label_, alignment_mode="contract"
            )
            if tail is None or not tail.text.strip():
                continue
            ent = tail
        raw = clean_name(ent.text)
        if not raw or not any(ch.isalpha() for ch in raw):
            continue
        if ent.label_ == "PERSON":
            words = _title_before(doc, ent) + raw.split()
            title, name_words = split_title(words)
            if not name_words:
                continue
            name_words = [w for w in name_words if w.lower() not in HONORIFICS] or name_words
            role = title or _appositive_role(text, ent.end_char)
            if len(name_words) >= 2:
                name = " ".join(name_words)
                if name not in persons_full:
                    persons_full.append(name)
                table._add(name, "PERSON", ent.start_char, ent.end_char, role=role, title=title)
                last_seen[name] = ent.start_char
                continue
            single = name_words[0]
            candidates = [
                p for p in persons_full if p.split()[-1] == single or p.split()[0] == single
            ]
            if not candidates:
                pending.append((ent, single, title))
                continue
            chosen = _choose(candidates, table, title, ent.sent, last_seen, quoted)
            table._add(chosen, "PERSON", ent.start_char, ent.end_char, role=role, title=title)
            last_seen[chosen] = ent.start_char
            continue
        if ent.label_ in {"GPE", "LOC", "NORP", "ORG"} and re.search(r",\s|\sand$", ent.text):
            # "Orsa, Kittby and Brask" tagged as one place: one actor per place.
            for part in _LIST_SEP.split(ent.text):
                name = clean_name(part)
                if not name:
                    continue
                offset = ent.start_char + ent.text.find(part)
                country = lookup_country(name)
                table._add(
                    country.name if country else name,
                    ent.label_ if not country else "GPE",
                    offset,
                    offset + len(part),
                )
            continue
        if " " not in raw and ent.label_ in {"ORG", "GPE", "NORP", "LOC"}:
            # NER sometimes tags a bare surname as a place or organisation ("Ekdal said").
            person = next((p for p in all_full if p.split()[-1] == raw), None)
            if person is None and ent.label_ == "ORG":
                person = full_name_in_text(text, raw, titled=True)
            if person is not None:
                table._add(person, "PERSON", ent.start_char, ent.end_char)
                last_seen[person] = ent.start_char
                continue
        country = lookup_country(raw)
        if country is not None and ent.label_ in {"GPE", "NORP", "LOC", "ORG"}:
            table._add(country.name, "GPE", ent.start_char, ent.end_char, iso3=country.iso3)
            continue
        if ent.label_ == "NORP" and raw.lower() == raw:
            continue
        table._add(raw, ent.label_, ent.start_char, ent.end_char)

    for ent, single, title in pending:
        later = [p for p in persons_full if single in (p.split()[-1], p.split()[0])]
        name = later[0] if len(later) == 1 else full_name_in_text(text, single) or single
        table._add(name, "PERSON", ent.start_char, ent.end_char, role=title, title=title)

    _link_demonyms(table)
    for match in _GROUP.finditer(text):
        start, end = match.span(1)
        if table.actor_at(start, end) is None:
            table._add(_SPACES.sub(" ", match.group(1)), "GROUP", start, end)
    table.mentions.sort(key=lambda m: m.start)
    return table


@lru_cache(maxsize=512)
def _name_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(r"(\w+\s+)?((?:[A-Z][\w'’.-]*\s+){1,3})" + re.escape(surname) + r"\b")


def full_name_in_text(text: str, surname: str, *, titled: bool = False) -> str | None:
    """The first "Firstname Surname" in the text (titles stripped) when NER missed it.

    Args:
        text: the article.
        surname: the bare name.
        titled: only accept a name right after a title ("harbour master Per Ekdal").
    """
    if surname not in text:
        return None
    for match in _name_pattern(surname).finditer(text):
        title, words = split_title([*match.group(2).split(), surname])
        before = (match.group(1) or "").strip().lower()
        if titled and not (title or before in TITLE_HEADS or before in HONORIFICS):
            continue
        words = [w for w in words if w.lower() not in HONORIFICS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            if lookup_country(words[0]) is not None or words[0].isupper():
                continue
            return " ".join(words[-3:])
    return None


_DEMONYM_END = re.compile(r"(?:ian|ean|an|ese|ish|i|n)$")


def _link_demonyms(table: ArticleActors) -> None:
    """A demonym the country table lacks goes to a place of this article it derives from.

    "Kaldrian" -> "Kaldria" when the article names Kaldria: the demonym starts with the
    place name less its last letter.
    """
    places = [a for a in table.actors.values() if a.type in {"GPE", "ORG"} and len(a.name) >= 4]
    for norp in [a for a in table.actors.values() if a.type == "NORP"]:
        if not _DEMONYM_END.search(norp.name) or " " in norp.name:
            continue
        place = next((p for p in places if norp.name.startswith(p.name[:-1])), None)
        if place is None:
            continue
        place.mentions += norp.mentions
        del table.actors[norp.name]
        table.mentions = [
            MentionRef(start=m.start, end=m.end, actor=place.name, label=place.type)
            if m.actor == norp.name
            else m
            for m in table.mentions
        ]


def _choose(
    candidates: list[str],
    table: ArticleActors,
    title: str | None,
    sentence: Span,
    last_seen: dict[str, int],
    quoted: list[tuple[int, int]],
) -> str:
    """Pick the full name a bare surname stands for (see the module docstring)."""
    if len(candidates) == 1:
        return candidates[0]
    if title:
        low = title.lower()
        titled = [c for c in candidates if any(low in r.lower() for r in table.roles_of(c))]
        if len(titled) == 1:
            return titled[0]
    scored = []
    for c in candidates:
        role_words = {
            w
            for r in table.roles_of(c)
            for w in re.findall(r"[a-z]+", r.lower())
            if w not in {"a", "an", "the", "of", "for"}
        }
        scored.append((_role_score(role_words, sentence, quoted), last_seen.get(c, -1), c))
    scored.sort(reverse=True)
    return scored[0][2]
