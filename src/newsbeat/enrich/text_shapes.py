"""Text shapes that break the parse, undone once before it, with every offset kept.

Copies of news that went through a tokeniser and back, or whose text was pulled out across
inline tags, lose or gain spaces: a quotation mark sits on the wrong side of its space
(``profession, "Msgr. Farmer said, noting the"amazing …" she``), a hyphenated word is spaced
("re - signed", "30 - year - old"), a number is split ("200, 000", "4. 6"). spaCy reads these as
other words (its features include the space after each token): a mark glued to a word is one
token with it, and the quote marks pair wrongly, so a quote runs on over its own attribution.

:func:`shape_text` finds these shapes and the spaces to add or drop to undo them (nothing else is
ever changed: each edit inserts or removes one space between two characters that are not
spaces, or writes a quote mark of two characters as one). The pipeline
(:mod:`newsbeat.enrich.nlp`) parses the repaired copy and lays its tokens and annotations back
over the original characters, so that every offset, sentence and span the stages emit is the
stored text's; quote marks are paired on the repaired copy
(:func:`newsbeat.enrich.quote_marks.doc_quote_spans`). A text with none of the repaired shapes
is parsed as it is. Which shapes are repaired (:data:`REPAIRED`) and why the others are only
found is measured in docs/realnews-annotation.md ("Text shapes before the parse").

The shapes, and the rules that tell them from look-alikes:

- **quote marks** (repaired): in a text with a straight mark glued on both sides ("the"amazing",
  ``,"and``, ``."Then``), the spacing of its marks tells nothing: they alternate, opening and
  closing (a quote left open at a line's end runs on unless the next line opens with a mark),
  and each is spaced as its role wants; a text whose marks do not pair up, with inch marks or
  with curly marks is left alone;
- **doubled marks** (repaired): a double quotation mark written with two characters (two
  apostrophes, two backticks, two curly single marks, as archives and corpora write them) is
  written as one straight mark in the copy, when it opens or closes a quote by its shape and in
  its turn (heights such as "5'10''", a lone opener or closer are left alone); the stored text
  keeps its two characters (the one edit that is not a space);
- **spaced hyphens** (found): in a text that writes no hyphen between two word characters
  anywhere (a re-tokenised copy), `` - `` between two words of letters (or a number before
  letters) is a hyphen; a text that also writes hyphens tight uses the spaced one as a dash, and
  so does any text before a word that opens a clause ("- which", "- the");
- **spaced apostrophes** (found): a clitic set apart on both sides of its apostrophe ("He ’ s",
  "can ’ t");
- **split numbers** (found): a group of exactly three digits after one to three digits and
  ``", "`` is a thousands group ("200, 000"; "March 3, 200 people" is not: a month comes first);
  a decimal point followed by a space inside a number of at most three digits and before a digit
  is a split decimal ("4. 6"), unless the next words open a new sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["REPAIRED", "SHAPED", "SHAPES", "Shaped", "find_shapes", "shape_text", "shaped_of"]

SHAPED = "newsbeat_shaped"  # the doc's user_data key of its repaired text, when it has one


@dataclass(frozen=True)
class Shaped:
    """A text and its repaired copy: ``text`` is what is parsed, ``original`` what is stored.

    Offsets of ``text`` map to ``original`` with :meth:`to_original` (a character of ``text``
    that was inserted maps to the next original character; a straight mark written for a
    doubled one maps to the doubled mark's first character, and a span ending with it ends after
    both)."""

    original: str
    text: str
    counts: dict[str, int] = field(default_factory=dict)
    _at: tuple[int, ...] = ()
    _shift: tuple[int, ...] = ()
    _wide: frozenset[int] = frozenset()  # copy offsets of a mark written with two characters

    @property
    def changed(self) -> bool:
        """Whether any space was added or dropped."""
        return self.text != self.original

    def to_original(self, offset: int) -> int:
        """The original offset of the character at ``offset`` of the repaired text."""
        k = bisect_right(self._at, offset) - 1
        return offset + (self._shift[k] if k >= 0 else 0)

    def doubled_marks(self) -> list[tuple[int, bool]]:
        """Each mark the original writes with two characters and the copy as one straight
        mark: its original offset, and whether it opens a quote (by its shape in the copy: not
        after a word, and before one)."""
        out = []
        for at in sorted(self._wide):
            before = self.text[at - 1] if at else " "
            after = self.text[at + 1] if at + 1 < len(self.text) else " "
            out.append((self.to_original(at), _opens(before, after)))
        return out

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the repaired text's ``[start, end)`` (an empty span stays
        empty)."""
        if end <= start:
            at = self.to_original(start)
            return at, at
        last = end - 1
        return self.to_original(start), self.to_original(last) + (2 if last in self._wide else 1)


def shaped_of(doc: Doc) -> Shaped | None:
    """The repaired text a doc was parsed from, or None when its text was parsed as it is."""
    found = doc.user_data.get(SHAPED)
    return found if isinstance(found, Shaped) else None


# -- spaced hyphens -------------------------------------------------------------------------

_TIGHT_HYPHEN = re.compile(r"[^\W_]-[^\W_]")
# one piece: a word of letters or digits (a possessive or a dotted piece is never joined)
_SPACED_HYPHEN = re.compile(r"(?<![\w'’.-])([^\W_]+) - (?=([^\W_]+)(?![\w'’]))")
# Words that open a clause or a phrase after a dash, never the second half of a compound
# ("the deal - which …", "in life - I think"); "and", "of", "in" join only inside a chain
# ("hit - and - run", "out - of - band").
_DASH_OPENER_WORDS = (
    "a an the this that these those which who whom whose where when while what it its he she "
    "they we you i his her their our my your not even but or nor so yet as if though although "
    "because since until unless including especially perhaps just only also then there here "
    "is are was were be been has have had do does did will would can could should may might "
    "must to for with by at on from into after before during over under without against "
    "through like than"
)
_DASH_OPENERS = frozenset(_DASH_OPENER_WORDS.split())
_SENTENCE_ENDS = frozenset('.!?:\n"“')
_CHAIN_ONLY = frozenset({"and", "of", "in", "to", "or", "the", "a", "on", "for", "by", "at"})


_Edits = list[list[tuple[int, int]]]  # per occurrence: (offset, -1 drop the space / +1 add one)


def _hyphen_edits(text: str) -> _Edits:
    """Per spaced hyphen of a re-tokenised text, the two spaces to drop."""
    if _TIGHT_HYPHEN.search(text):
        return []  # the text writes its hyphens tight: a spaced one is a dash
    found: list[tuple[int, str, str]] = []  # (offset of " - ", left piece, right piece)
    for m in _SPACED_HYPHEN.finditer(text):
        found.append((m.end(1), m.group(1), m.group(2)))
    edits: _Edits = []
    for index, (at, left, right) in enumerate(found):
        chained = (index > 0 and found[index - 1][0] + 3 + len(left) == at) or (
            index + 1 < len(found) and at + 3 + len(right) == found[index + 1][0]
        )
        before = text[max(0, at - len(left) - 2) : at - len(left)].rstrip(" ")
        opens = not before or before[-1] in _SENTENCE_ENDS
        if not _joins(left, right, chained, opens):
            continue
        edits.append([(at, -1), (at + 2, -1)])
    return edits


def _joins(left: str, right: str, chained: bool, opens_sentence: bool) -> bool:
    """Whether "left - right" is one hyphenated word rather than two words and a dash."""
    low_left, low_right = left.lower(), right.lower()
    if right.isdigit():
        return False  # "11 - 5", "AK - 47": a score, a range or a model: one token if joined
    if low_right in _CHAIN_ONLY or low_left in _CHAIN_ONLY:
        return chained  # "hit - and - run", "out - of - band"
    if low_right in _DASH_OPENERS:
        return False
    if chained:
        return True  # "30 - year - old", "Ex - Mafia - boss"
    if left.isdigit():
        return right.islower()  # "90 - day", "53 - man"; "2019 - Verified" is a dash
    if right[0].isupper():
        # a prefix before a name ("post - Soviet", "al - Qaida", "ex - Gotti"); a dash
        # between two names or before a capitalised word ("Reuters - Scientists")
        return left.islower() and len(left) <= 4
    # lower case after: a compound ("court - mandated", "co - workers"), or one opening a
    # sentence ("Organized - crime"); after a name or an acronym ("Society - sent", "AS -
    # www") it is a dash
    return left.islower() or (opens_sentence and left[1:].islower())


# -- split numbers --------------------------------------------------------------------------

_SPLIT_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}),( )(?=\d{3}(?![\d\w]))")
_SPLIT_DECIMAL = re.compile(r"(?<![\w.,])(\d{1,3})\.( )(?=\d+(?![\d,]|\.\d| [A-Z]))")
_MONTHS = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$")


def _number_edits(text: str) -> _Edits:
    """Per split number, its stray space to drop."""
    edits: _Edits = []
    for m in _SPLIT_THOUSANDS.finditer(text):
        if _MONTHS.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "May 5, 200 people": a date, then another number
        edits.append([(m.start(2), -1)])
    for m in _SPLIT_DECIMAL.finditer(text):
        edits.append([(m.start(2), -1)])
    return edits


# -- quote marks ----------------------------------------------------------------------------

# A straight mark with no space on either side, between a word or a clause mark and a word:
# it was spaced once, and the copy lost the space.
_GLUED_MARK = re.compile(r'(?<=[^\W_]|[,.:;!?])"(?=[^\W_])')
_INCH = re.compile(r'\d"')
_OPEN_BEFORE = set("([{—–-/")
_MARK_OR_BREAK = re.compile('["\n]')


def _quote_edits(text: str) -> _Edits:
    """Per straight mark of a text whose marks lost their spacing and that its place in the
    alternation wants spaced otherwise, the spaces to add or drop; none when the text's marks do
    not pair up or include inch marks."""
    if _GLUED_MARK.search(text) is None or _INCH.search(text) or "“" in text or "”" in text:
        return []
    marks = [m.start() for m in re.finditer('"', text)]
    roles = _roles(text, marks)
    if roles is None:
        return []
    edits: _Edits = []
    for at, opens in zip(marks, roles, strict=True):
        mark: list[tuple[int, int]] = []
        before = text[at - 1] if at else "\n"
        after = text[at + 1] if at + 1 < len(text) else "\n"
        if opens:
            if after == " " and at + 2 < len(text) and not text[at + 2].isspace():
                mark.append((at + 1, -1))  # '" He' -> '"He'
            if not before.isspace() and before not in _OPEN_BEFORE and before != '"':
                mark.append((at, +1))  # 'the"amazing' -> 'the "amazing'
        else:
            if before == " " and at >= 2 and not text[at - 2].isspace():
                mark.append((at - 1, -1))  # 'profession, "' -> 'profession,"'
            if after.isalnum() or after in "([{“‘":
                mark.append((at + 1, +1))  # '"Msgr.' -> '" Msgr.'
        if mark:
            edits.append(mark)
    return edits


def _roles(text: str, marks: list[int]) -> list[bool] | None:
    """Whether each straight mark opens (True) or closes, by alternation, a quote left open at
    a line's end running on into the next line unless that line starts with a mark (which then
    opens again, the newspaper convention); None when the text ends inside a quote."""
    roles: list[bool] = []
    inside = False
    line_start = 0  # offset where the current line starts
    first_on_line = True
    for m in _MARK_OR_BREAK.finditer(text):
        if m.group() == "\n":
            line_start, first_on_line = m.end(), True
            continue
        at = m.start()
        if inside and first_on_line and not text[line_start:at].strip():
            inside = False  # the paragraph re-opens the quote carried over
        first_on_line = False
        roles.append(not inside)
        inside = not inside
    return None if inside or len(roles) != len(marks) else roles


# -- doubled marks --------------------------------------------------------------------------

# Archives, wire databases and corpora write a double quotation mark as two characters: two
# apostrophes (the New York Times' text in PolNeAR), the Penn Treebank's two backticks for an
# opener, or two curly single marks. A doubled mark is one only when shaped as an opener (after
# a space, a line's start or a bracket, before a non-space) or as a closer (after a non-space,
# before a space, punctuation or the end), and only in its turn: a closer closes the quote an
# opener of its paragraph opened (or of the paragraphs before it, each re-opened at its start),
# and a quote never closed makes none of its marks one. So a height ("5'10''"), a stray closer
# and a lone opener are left alone. Three apostrophes are a single mark inside a double one:
# the double mark is the outer pair. A curly double mark takes its turn too ("“…’’"), as it is.
_DOUBLED = re.compile("'''|''|``|\u2018\u2018|\u2019\u2019|\u201c|\u201d")
_TWO_CHARACTERS = ("''", "``", "\u2018\u2018", "\u2019\u2019")
_DOUBLE_OPENS = frozenset({"''", "``", "\u2018\u2018", "'''", "\u201c"})
_DOUBLE_CLOSES = frozenset({"''", "\u2019\u2019", "'''", "\u201d"})
_BEFORE_OPENER = frozenset("([{—–-/")
_AFTER_CLOSER = frozenset(".,;:!?)]}—–-…")
_HEIGHT = re.compile(r"\d['’]\d{1,2}$")  # 5'10'': feet and inches, never a closing mark
_AS_MARK = 2  # an edit's change: the two characters at the offset become one straight mark


def _doubled_edits(text: str) -> _Edits:
    """Per doubled mark that opens or closes a quote by its shape and its turn, its place (the
    two characters the repaired copy writes as one straight mark)."""
    if not any(mark in text for mark in _TWO_CHARACTERS):
        return []
    edits: _Edits = []
    pending: _Edits = []  # the marks of the quote still open
    line_start = -1
    for m in _DOUBLED.finditer(text):
        mark, at = m.group(), m.start()
        start_of_line = text.rfind("\n", 0, at) + 1
        if start_of_line != line_start:
            line_start = start_of_line
            if (
                pending
                and mark in _DOUBLE_OPENS
                and not text[line_start:at].strip()
                and not text[text.find("\n", pending[-1][0][0]) : line_start].strip()
            ):
                pending.append([(at, _AS_MARK)])  # the next paragraph re-opens the quote
                continue
            pending = []  # left open, not re-opened: its opener was no mark
        if pending and mark in _DOUBLE_CLOSES:
            close = at + (len(mark) == 3)  # of "'''", the outer pair: the last two
            before = text[close - 1] if close else "\n"
            after = text[at + len(mark)] if at + len(mark) < len(text) else "\n"
            # a closer may be set apart by a space after a word or a single mark
            # ("coalitions, '' said", "poor,' '' she said"): nothing else closes the quote
            spaced = before == " " and close >= 2 and not text[close - 2].isspace()
            if (_closes(before, after) or (spaced and after.isspace())) and _HEIGHT.search(
                text[max(0, at - 5) : at]
            ) is None:
                edits.extend(_doubled_only(text, [*pending, [(close, _AS_MARK)]]))
                pending = []
                continue
        if mark in _DOUBLE_OPENS:
            before = text[at - 1] if at else "\n"
            after = text[at + len(mark)] if at + len(mark) < len(text) else "\n"
            if _opens(before, after):
                pending = [[(at, _AS_MARK)]]  # an opener while open: the last one was none
    return edits


def _doubled_only(text: str, marks: _Edits) -> _Edits:
    """The marks of a closed quote written with two characters (a curly double mark stays as it
    is)."""
    return [mark for mark in marks if text[mark[0][0]] not in "\u201c\u201d"]


def _opens(before: str, after: str) -> bool:
    """Whether a doubled mark between these two characters is shaped as an opening mark."""
    return (before.isspace() or before in _BEFORE_OPENER) and not after.isspace()


def _closes(before: str, after: str) -> bool:
    """Whether a doubled mark between these two characters is shaped as a closing mark."""
    return not before.isspace() and (after.isspace() or after in _AFTER_CLOSER)


# -- spaced apostrophes ---------------------------------------------------------------------

# "He ’ s", "can ’ t", "Quinn ’ s pass": a clitic set apart from its word on both sides.
_SPACED_CLITIC = re.compile(r"(?<=[^\W_])( )['’]( )(?:s|t|re|ve|ll|d|m)(?![\w'’])")


def _apostrophe_edits(text: str) -> _Edits:
    """Per clitic set apart from its word by spaces on both sides of its apostrophe, the two
    spaces to drop."""
    return [[(m.start(1), -1), (m.start(2), -1)] for m in _SPACED_CLITIC.finditer(text)]


# -- putting it together --------------------------------------------------------------------


_FINDERS = {
    "spaced_hyphen": _hyphen_edits,
    "split_number": _number_edits,
    "quote_mark": _quote_edits,
    "spaced_apostrophe": _apostrophe_edits,
    "doubled_mark": _doubled_edits,
}
SHAPES = tuple(_FINDERS)
# What the pipeline repairs. A split number is found but not repaired: joined, it would be one
# token with a space inside its text ("200, 000"), which the number rules (reading token texts)
# do not read; the claims stage rejoins its pieces itself (claim_numbers.rejoined). A spaced
# hyphen is found but not repaired: the small English model reads the tight word no better
# ("re-signed": "re" is still the verb), and on 200 ECB+ articles the repair changed 8 analyses,
# one of them to a wrong speaker (docs/realnews-annotation.md, "Text shapes before the parse").
# A spaced apostrophe ("He ’ s", "Quinn ’ s pass") is found but not repaired: its clitic
# would be one token with a space inside ("’ s"), which the name rules do not strip ("Salazar ’ s"
# became an actor of its own in 6 of 200 ECB+ articles).
REPAIRED = ("quote_mark", "doubled_mark")


def find_shapes(text: str, shapes: tuple[str, ...] = SHAPES) -> dict[str, _Edits]:
    """Each shape found in ``text`` (of ``shapes``: ``spaced_hyphen``, ``split_number``,
    ``quote_mark``, ``spaced_apostrophe``, ``doubled_mark``): per occurrence, the spaces to drop
    or add, or the doubled marks to write as one."""
    return {shape: _FINDERS[shape](text) for shape in shapes}


def shape_text(
    text: str, shapes: tuple[str, ...] = REPAIRED, keep: frozenset[int] = frozenset()
) -> Shaped:
    """The repaired copy of ``text`` and how its offsets map back (see the module docstring).

    Args:
        text: an article's text, as stored (datelines masked).
        shapes: the shapes to repair (:data:`REPAIRED` by default).
        keep: offsets of spaces never to drop (an occurrence that would drop one is left).

    Returns:
        The repaired copy; ``text`` itself, unchanged, when it has none of the shapes.
    """
    edits: dict[int, int] = {}
    counts: dict[str, int] = {}
    for shape, found in find_shapes(text, shapes).items():
        for occurrence in found:
            if any(at in edits or (change < 0 and at in keep) for at, change in occurrence):
                continue  # one edit per place: the first shape that claims it
            edits.update(occurrence)
            counts[shape] = counts.get(shape, 0) + 1
    if not edits:
        return Shaped(original=text, text=text)
    return _apply(text, edits, counts)


def _apply(text: str, edits: dict[int, int], counts: dict[str, int]) -> Shaped:
    """Apply the edits (offset -> -1: drop the space at it; +1: add one before it; 2: write the
    two characters at it as one straight mark)."""
    pieces: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    wide: list[int] = []
    done = 0  # original characters copied
    delta = 0  # original offset minus repaired offset, after the last edit
    length = 0  # repaired characters written
    for offset in sorted(edits):
        pieces.append(text[done:offset])
        length += offset - done
        done = offset
        if edits[offset] == _AS_MARK:
            pieces.append('"')  # maps to the doubled mark's first character
            wide.append(length)
            done += 2
            length += 1
            delta += 1
            at.append(length)
            shift.append(delta)
        elif edits[offset] < 0:
            if text[offset] != " ":
                continue
            done += 1  # the space is dropped: what follows moves one back
            delta += 1
            at.append(length)
            shift.append(delta)
        else:
            pieces.append(" ")  # inserted: maps to the original character after it
            at.append(length)
            shift.append(delta)
            length += 1
            delta -= 1
            at.append(length)
            shift.append(delta)
    pieces.append(text[done:])
    return Shaped(
        original=text,
        text="".join(pieces),
        counts=counts,
        _at=tuple(at),
        _shift=tuple(shift),
        _wide=frozenset(wide),
    )
