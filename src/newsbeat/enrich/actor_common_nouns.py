"""Spans that are common words, not names: sentence openers, initialisms and offences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbeat.enrich.actor_table import known_place, lookup_country
from newsbeat.enrich.doc_arrays import doc_ents, indices_in, sent_start_flags, texts
from newsbeat.enrich.doc_text import doc_text, span_text
from newsbeat.enrich.name_context import written_as_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Offences written as abbreviations ("charged with DUI"): NER takes them for organisations.
_OFFENCE_ABBREVIATIONS = frozenset({"DUI", "DWI", "DWAI", "OUI", "OVI", "OWI", "DUII"})
# Initialisms of common nouns NER tags as organisations: "plans for an IPO", "a CT scan", "PE
# shops" (private equity), a chief's title alone. A place label is left alone ("Hartford,
# CT" is Connecticut).
_COMMON_INITIALISMS = frozenset(
    {
        "IPO", "IPOs", "CEO", "CEOs", "CFO", "COO", "CTO", "CT", "MRI", "GDP", "ETF", "ETFs",
        "SUV", "SUVs", "ATM", "ATMs", "LBO", "PE", "VC", "WTF", "LOL", "OMG", "FAQ",
    }
)  # fmt: skip


def _common_word_at_sentence_start(ent: Span) -> bool:
    """A one-word name that is capitalised only where it opens a sentence and is written in
    lower case elsewhere in the article ("Harbour master Per Ekdal said" … "the harbour";
    "Trucks queued" … "trucks") is a common word, not a nationality, place or organisation.
    "Labour" stays when the article also writes "the Labour leader" mid-sentence."""
    starts = sent_start_flags(ent.doc)
    if (
        ent.label_ not in {"NORP", "ORG", "GPE", "LOC", "PERSON"}
        or len(ent) != 1
        or not starts[ent.start]
    ):
        return False
    word = span_text(ent).strip()
    if lookup_country(word) is not None:
        return False
    if not written_as_word(doc_text(ent.doc), word.lower()):
        return False
    if ent.label_ == "PERSON" and any(
        e.label_ == "PERSON" and len(e) > 1 and word in span_text(e).split()
        for e in doc_ents(ent.doc)
    ):
        return False  # "Rice said" after "Condoleezza Rice", whatever "rice prices" says
    doc = ent.doc
    return not any(
        not starts[i] and not _inside_a_longer_name(doc[i]) for i in indices_in(texts(doc), (word,))
    )


def _nouns(doc: Doc) -> frozenset[str]:
    """The pipeline's common nouns (:func:`newsbeat.enrich.nlp.common_nouns`)."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    return common_nouns(doc)


def _inside_a_longer_name(tok: Token) -> bool:
    """The word is a later word of a longer entity ("Bank" in "West Coast Bank"): capitalised
    there as part of that name, which says nothing of the word alone. A first word ("Labour"
    in "Labour Party") still counts: the short name may stand for the long one."""
    return tok.ent_iob_ == "I" and tok.ent_type_ in {"ORG", "GPE", "LOC", "FAC", "PERSON"}


def _common_noun_opening(ent: Span, ents: list[Span]) -> bool:
    """A one-word name opening a sentence that the tagger reads as a common noun of the
    pipeline's word list ("Flames and smoke were coming", "Church officials said", "Celebrity
    website TMZ") is that noun, unless it is a country or place, or the article capitalises it
    mid-sentence other than inside a longer name ("The Labour leader", not "Wasilla Bible
    Church"). The caller keeps a surname of the article."""
    from newsbeat.enrich.nlp import common_nouns  # spaCy is loaded when there is a parse

    doc = ent.doc
    starts = sent_start_flags(doc)
    if len(ent) != 1 or not starts[ent.start]:
        return False  # read from the columns first: a token object only for a sentence's opener
    tok = ent[0]
    if tok.tag_ not in {"NN", "NNS"}:
        return False
    if tok.lemma_.lower() not in common_nouns(doc) and tok.lower_ not in common_nouns(doc):
        return False
    word = span_text(ent).strip()
    if known_place(word):
        return False
    longer = [(e.start, e.end) for e in ents if len(e) > 1]
    return not any(
        not starts[i] and not any(a <= i < b for a, b in longer)
        for i in indices_in(texts(doc), (word,))
    )
