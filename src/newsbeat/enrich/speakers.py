"""Who "he" or "she" is: the salient person, not the last name mentioned.

A pronoun speaker ("…," she said) stands for the subject of its own sentence or of the
sentences before it, the nearest first, whose first name does not say the other sex
(:func:`~newsbeat.enrich.names.first_name_gender`); in a sentence, the subject of the main
clause comes first, and a first name and surname NER left untagged count as a person. A name
inside a modifier is never the
speaker: "Biden" in "the Biden administration" or "Trump's lawyer" is not a person speaking.
With no such subject in the last few sentences, the last person mentioned outside quotes and
modifiers (and of a compatible sex) is taken when that mention stands at most three sentences
before the pronoun and is not the noun the pronoun's own relative clause describes ("Aldo Perk,
whom he describes as …"); a person mentioned further back names nobody. "It" is likewise the
organisation or place that is the subject of its own sentence ("The Council condemned
Kaldria's test and pledged sanctions against what it called …" is the Council, not Kaldria).
(Who speaks where the parse hides the speaker, "…, as X put it", "X's claim that …", is read
in :mod:`newsbeat.enrich.speaker_hidden`; its names are re-exported here.)

The one a question was put to answers it: after "Ann Kole asked Senator Brandt whether …" (or
"pressed", "questioned", "interviewed" him; "Brandt was asked"), the next sentences' "he" of a quote
is Brandt, not the asker who is the sentence's subject, when Brandt's sex fits
(:func:`~newsbeat.enrich.speaker_objects._asked_person`); a request ("asked Brandt to resign", "for
his vote") is no question, and a question told in an adverbial or relative clause ("…, when a
student asked Brandt why …") is part of someone else's account.

A sentence before the pronoun's whose subject cannot be the pronoun (an imperative with none: "Just
look at Speaker Tom Vell."; or people of the other sex: "Maria Lind told Senator Aldo Perk …") gives
it the one person of its sex it names as an object
(:func:`~newsbeat.enrich.speaker_objects._object_person`). With no subject fitting, the last person
mentioned is taken, unless that mention's sentence names a second person who fits as well (two men,
a "he": nobody, rather than a guess).

Just before the pronoun's sentence, a sentence with no fitting subject that names a fitting person
only as an owner ("Pleas were entered on Vell's behalf. Asked …, he responded") gives the pronoun to
that owner when the story named them before and the sentence writes no other name of a person and
has no name for a subject; an owner named there for the first time ("Aldo Perk's boats have
waited"), or two, leave it to nobody rather than to a subject further back
(:func:`~newsbeat.enrich.speaker_owners._fitting_owners`). A sentence that names a fitting person as
an owner while a person of a post or part is its subject ("Brell's lawyer said …", "The judge
rejected Brell's request") gives the pronoun to the one the text calls by that noun, else to nobody:
that other person may be the one speaking (:func:`~newsbeat.enrich.speaker_owners._role_subject`).

The sex the text states ("X is one of two women",
"his widow, X") overrides the first-name list; a subject that is the same pronoun ("He was
arrested … he said") passes to that pronoun's person, and a kin noun of the pronoun's sex
("Holm's mother") to the name the text gives it (:mod:`newsbeat.enrich.speaker_hints`), and a
definite role noun of that sex with no kin name ("the actress") to the one person the text
called so before ("actress Mara Quill"; several or none: nobody), quotes33.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich import speaker_trace as trace
from newsbeat.enrich.names import first_name_gender
from newsbeat.enrich.speaker_barriers import _fronted_report, _hidden_person, _skipped_person
from newsbeat.enrich.speaker_captions import caption_starts
from newsbeat.enrich.speaker_described import unnamed_tellers
from newsbeat.enrich.speaker_hidden import (  # re-exported: public names of this module
    SPEECH_NOUNS,
    as_put_it,
    noun_owner,
    participle_subject,
    quoted_as_saying,
    recorded_speaker,
)
from newsbeat.enrich.speaker_hints import (
    gendered_noun,
    kin_name,
    mention_root,
    mistyped_surname,
    stated_genders,
    written_full_name,
)
from newsbeat.enrich.speaker_last_person import _all_quoted, _last_person, _most_mentioned
from newsbeat.enrich.speaker_missed import _missed_word, bearer_of
from newsbeat.enrich.speaker_objects import _asked_person, _object_person, according_person
from newsbeat.enrich.speaker_owners import (
    _fitting_owners,
    _followed_before,
    _noun_subject_before,
    _other_name,
    _pronoun_owned,
    _role_subject,
)
from newsbeat.enrich.speaker_persons import (
    _as_subject,
    _compatible,
    _depth,
    _person_roots,
    _subjects_in,
)
from newsbeat.enrich.speaker_rolenouns import role_noun_holder, role_speaker
from newsbeat.enrich.speaker_roles import role_holder
from newsbeat.enrich.speaker_word_surnames import word_surname_subjects

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

    from newsbeat.enrich.actors import ArticleActors, MentionRef

__all__ = [
    "SPEECH_NOUNS",
    "as_put_it",
    "noun_owner",
    "participle_subject",
    "quoted_as_saying",
    "recorded_speaker",
    "salient_person",
    "subject_it",
]

_GENDER = {"she": "female", "her": "female", "he": "male", "him": "male"}
_SENTENCES_BACK = 3
_SENTENCES_MAX = 10  # quoted sentences included


# Labels NER gives a person's name in a brand's or a book's context ("Ivanka Trump" the label).
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})


def _untagged_name(tok: Token) -> str | None:
    """A subject NER missed that is a person's name: two or more capitalised proper nouns, the
    first a known first name or the name described by an apposition ("Eswar Prasad, a trade
    professor, said"); a name NER typed a product or a work of art counts when its first
    name is a known one."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ != "PROPN":
        return None
    if tok.ent_type_ and tok.ent_type_ not in _THING_LABELS:
        return None
    words = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [tok]
    name = " ".join(t.text for t in words)
    if len(words) < 2 or not all(t.is_title for t in words):
        return None
    if tok.ent_type_:
        # typed a product or a work ("Marta Quell, who runs the hotel, told …"): a person
        # only when the first name is one
        return name if first_name_gender(name) is not None else None
    described = any(c.dep_ == "appos" for c in tok.children)  # "X Y, a trade professor,"
    return name if described or first_name_gender(name) is not None else None


_CHAIN = 3  # how many "he … He … he" links a pronoun may follow back


def _unnamed_subjects(
    subjects: list[Token],
    pronoun: Token,
    own: Span,
    gender: str | None,
    inside: Callable[[int], bool],
) -> list[tuple[Token, None]]:
    """Of a sentence's subjects (:func:`_subjects_in`), those that are no name but stand for
    a person of the pronoun's sex: the same
    pronoun ("He was arrested … he said": the chain goes on) and a kin noun ("Holm's mother
    … she said"). ``own`` is the pronoun's sentence: its subjects after the pronoun are not
    taken."""
    out: list[tuple[Token, None]] = []
    for tok in subjects:
        if inside(tok.idx) or tok.i == pronoun.i:
            continue
        if tok.i > pronoun.i and own.start <= tok.i < own.end:
            continue
        same = _GENDER.get(tok.lower_) if tok.pos_ == "PRON" else gendered_noun(tok)
        if gender is not None and same == gender:
            out.append((tok, None))
    return out


def _unnamed_referent(
    doc: Doc, actors: ArticleActors, tok: Token, inside: Callable[[int], bool], chain: int
) -> str | None:
    """The name behind a salient subject that is no name: an earlier pronoun's referent, or
    the name the text gives a kin noun; None when unknown (nobody rather than a guess)."""
    if tok.pos_ == "PRON":
        if chain >= _CHAIN:
            return None
        return salient_person(doc, actors, tok, inside, _chain=chain + 1)
    named = kin_name(tok, actors)
    if named is None:
        # "the actress wasn't itching …. "…," she said": the one person the text called
        # "actress" before ("Oscar-winning actress Mara Quill"); several, or none: nobody
        named = role_holder(tok, actors)
        if named is not None and actors.type_of(named) != "PERSON":
            named = None
    return named


# Verbs by which a pronoun goes on with the words before ("…," he continued / added).
_GOING_ON = frozenset({"continue", "add"})


def _sentences_back(
    doc: Doc, sentence: Span, inside: Callable[[int], bool], going_on: bool
) -> list[Span]:
    """The pronoun's sentence and the ``_SENTENCES_BACK`` sentences before it, nearest first.
    For a pronoun that goes on with the words before ("…," he continued), a sentence all in
    quotes is the same speaker's run ("…," he said, three quoted sentences, "…," he
    continued): it does not use up the window, so the window reaches who began the run."""
    sentences: list[Span] = [sentence]
    captions = caption_starts(doc)
    told, cursor = 0, sentence
    while told < _SENTENCES_BACK and cursor.start > 0 and len(sentences) < _SENTENCES_MAX:
        before = cursor = doc[cursor.start - 1].sent
        if before.start in captions:
            continue  # a photo's credit or caption is no sentence of the story
        sentences.append(before)
        if not any(t.is_alpha for t in before):
            continue  # a closing mark the parser made a sentence of is no sentence
        if not going_on or not _all_quoted(before, inside):
            told += 1
    return sentences


def salient_person(
    doc: Doc,
    actors: ArticleActors,
    pronoun: Token,
    inside: Callable[[int], bool],
    *,
    _chain: int = 0,
) -> str | None:
    """The person a personal pronoun stands for (see the module docstring).

    Args:
        doc: the parsed article.
        actors: its actors.
        pronoun: the pronoun token ("he", "she", …).
        inside: whether a character offset is inside a quotation.

    Returns:
        The actor's name, or None when the article has no fitting person before the pronoun.
    """
    gender = _GENDER.get(pronoun.lower_)
    captions = caption_starts(doc)
    told = _fronted_report(pronoun)
    own = pronoun.sent  # the pronoun's sentence, walked once
    rooted = [
        (m, tok)
        for m, tok in _person_roots(doc, actors)
        if m.end <= pronoun.idx
        and not inside(m.start)
        and not (tok is not None and tok.i in told)
        # the person in a photo's caption is not whom the story's pronoun means
        and not (tok is not None and tok.sent.start in captions and tok.sent != own)
    ]
    sentences = _sentences_back(doc, own, inside, pronoun.head.lemma_ in _GOING_ON)
    covered = {tok.i for _, tok in _person_roots(doc, actors) if tok is not None}
    stated = stated_genders(doc, actors)
    # a fitting person in a skipped subhead, or the one the fronted words name: past them
    # the pronoun may mean them, so nobody rather than someone further back (say less)
    barrier = _skipped_person(doc, actors, pronoun, sentences[-1].start, gender, stated)
    hidden = _hidden_person(doc, actors, told, gender, stated)
    missed: str | None = None  # the word of a subject that is a name NER missed
    for sent in sentences:
        if barrier is not None and sent.end <= barrier:
            trace.note("he/she:past_subhead:nobody")
            return None
        asked = _asked_person(sent, pronoun, gender, rooted, stated)
        if asked is not None:
            trace.note("he/she:asked")
            return asked  # the one asked answers, not the asker who is the subject
        subjects: list[tuple[Token, str | None]] = [
            (subject, name)
            for m, tok in rooted
            if tok is not None and sent.start <= tok.i < sent.end
            for subject in [_as_subject(tok)]
            if subject is not None
            for name in [written_full_name(tok, m.actor) or m.actor]
            if _compatible(name, gender, stated)
        ]
        candidates = [t for t in _subjects_in(sent) if t.i not in told]  # only subjects below
        subjects += [
            (tok, name)
            for tok in candidates
            if tok.i < pronoun.i and tok.i not in covered and not inside(tok.idx)
            for name in [_untagged_name(tok)]
            if name is not None and _compatible(name, gender)
        ]
        subjects += [
            (tok, name)
            for tok in candidates
            if tok.i < pronoun.i and tok.i not in covered and not inside(tok.idx)
            for name in [mistyped_surname(actors, tok)]
            if name is not None and _compatible(name, gender, stated)
        ]
        # "Early says …": a surname the parse read as a word (read39)
        subjects += [
            (tok, name)
            for tok, name in word_surname_subjects(sent, actors, inside)
            if tok.i < pronoun.i and _compatible(name, gender, stated)
        ]
        subjects += _unnamed_subjects(candidates, pronoun, own, gender, inside)
        # 'A neighbour recalled …. "…," he said': the unnamed teller, nobody named
        subjects += unnamed_tellers(sent, candidates, own, gender, inside)
        if missed is not None:
            if subjects:  # the one named so, else nobody
                name = min(subjects, key=lambda s: (_depth(s[0]), s[0].i))[1]
                return name if name is not None and name.split()[-1] == missed else None
            continue
        if not subjects:
            missed = _missed_word(candidates, pronoun, inside)
            if missed is not None:
                # "Davies wrote that …. "…," she wrote": someone NER did not name
                trace.note("he/she:missed_name")
                continue
        if not subjects:
            role = role_speaker(pronoun, candidates, inside)
            holder = role_noun_holder(role, actors) if role is not None else None
            if role is not None and (holder is None or _compatible(holder, gender, stated)):
                # '"…," the candidate said. "…," he went on': the candidate's words go on,
                # whoever was named before them; the holder the text gives the noun, or nobody
                trace.note("he/she:role_noun" if holder else "he/she:role_noun:nobody")
                return holder
        if not subjects and sent.start != own.start:
            role = _role_subject(candidates, inside)
            holder = role_noun_holder(role, actors) if role is not None else None
            # (just before the pronoun's sentence, which has no subject of its own before the
            # pronoun: "The prosecutor gambled when he denied …" means the prosecutor)
            just_before = sent.end == own.start and not _noun_subject_before(pronoun)
            owners = (
                _fitting_owners(sent, rooted, gender, stated)
                if role is not None or just_before
                else set()
            )
            if (
                role is not None
                and (holder is None or _compatible(holder, gender, stated))
                and (_pronoun_owned(role) or owners - {holder})
            ):
                # "The judge rejected Brell's request. '…,' he said": the judge or the lawyer
                # of "Brell's lawyer said …" or "His lawyer said …" is another person than the
                # owner and may be the "he"; the person the text calls so, else nobody
                trace.note("he/she:owner_role" if holder else "he/she:owner_role:nobody")
                return holder
            teller = (
                according_person(sent, gender, rooted, stated, inside)
                if sent.end == own.start and not hidden
                else None
            )
            if teller is not None:
                # "…, according to chief executive X. / "…," he said": X goes on
                trace.note("he/she:according")
                return teller
            named = _object_person(sent, candidates, gender, rooted, stated, inside)
            if named is not None and hidden:
                trace.note("he/she:fronted:nobody")
                return None
            if named is not None:
                trace.note("he/she:object")
                return named  # "Just look at Speaker Tom Vell. He has said …"
            if (
                just_before
                and len(owners) == 1
                and _followed_before(next(iter(owners)), sent, rooted)
                and not _other_name(sent, next(iter(owners)), rooted, inside)
            ):
                # "Pleas were entered on Vell's behalf. Asked …, he responded": the person
                # the story follows, named there as an owner, not a subject further back
                trace.note("he/she:owner")
                return owners.pop()
            if just_before and owners:
                # "Aldo Perk's boats have waited. '…,' he said": someone new named in
                # passing may be whom the pronoun means; nobody rather than a subject
                # further back (say less)
                trace.note("he/she:passed_person:nobody")
                return None
        if subjects:
            # the main clause's subject, not one of a clause inside it ("X declined to say
            # whether Y slept on the night Z died")
            main, name = min(subjects, key=lambda s: (_depth(s[0]), s[0].i))
            if _deeper_than_unfitting(main, sent, rooted, pronoun):
                # "Larson said Kafoury was well-liked. She said …": the sayer is the main
                # subject, ruled out only by a guessed sex; not the person she spoke of
                trace.note("he/she:inner_subject:nobody")
                return None
            back = sentences.index(sent)
            if name is None:
                trace.note(f"he/she:chain@{back}")
                return _unnamed_referent(doc, actors, main, inside, _chain)
            trace.note(f"he/she:subject@{back}")
            return name
    if missed is not None:
        bearer = bearer_of(missed, pronoun, actors)
        return bearer if bearer is not None and _compatible(bearer, gender, stated) else None
    if barrier is not None or hidden:
        trace.note("he/she:past_subhead_or_fronted:nobody")
        return None
    return _last_person(
        rooted, gender, stated, pronoun, inside, _most_mentioned(doc, actors), actors
    )


def _deeper_than_unfitting(
    main: Token, sent: Span, rooted: list[tuple[MentionRef, Token | None]], pronoun: Token
) -> bool:
    """Whether the chosen subject sits below another person who is a subject nearer the
    sentence's root (the fitting subjects were filtered by the pronoun's sex): that person is
    the one the sentence is about."""
    depth = _depth(main)
    return any(
        tok is not None
        and sent.start <= tok.i < sent.end
        and tok.i < pronoun.i
        and (subject := _as_subject(tok)) is not None
        and _depth(subject) < depth
        for _, tok in rooted
    )


def subject_it(
    doc: Doc,
    actors: ArticleActors,
    pronoun: Token,
    inside: Callable[[int], bool],
    labels: frozenset[str] | set[str],
) -> str | None:
    """The organisation or place "it" stands for when it is the subject of the pronoun's own
    sentence (before the pronoun, outside quotes; the main clause's subject first)."""
    sent = pronoun.sent
    subjects = []
    for m in actors.mentions:
        if m.label not in labels or not sent.start_char <= m.start < pronoun.idx:
            continue
        if inside(m.start):
            continue
        tok = mention_root(doc, m.start, m.end)
        if tok is not None and tok.dep_ in {"nsubj", "nsubjpass"}:
            subjects.append((_depth(tok), tok.i, m.actor))
    return min(subjects)[2] if subjects else None
