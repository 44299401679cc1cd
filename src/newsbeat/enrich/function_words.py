"""Words that open sentences but never names ("Only Paula voted", "But Kaldria refused"), and
the pattern that strips one from the front of a name. Apart from ``name_spans`` (which cuts
spans with them) so that ``actor_table.clean_name`` reads them without importing the span
rules, which import the actor table."""

from __future__ import annotations

import re

__all__ = ["DETERMINERS", "FUNCTION_WORDS", "LEADING_FUNCTION_WORD"]

# Adverbs, conjunctions, prepositions and determiners that never start a name but open
# sentences ("Only Paula voted", "But Kaldria refused"). Words that do start names ("No
# Doubt", "All Blacks", "An" as a first name, "So" as a family name) are not listed. Our own
# list.
FUNCTION_WORDS = frozenset(
    {
        "only", "even", "also", "just", "then", "now", "still", "yet", "already", "meanwhile",
        "however", "instead", "perhaps", "maybe", "indeed", "thus", "hence", "later",
        "earlier", "finally", "today", "yesterday", "tonight", "but", "nor", "as", "across",
        "among", "amid", "against", "around", "at", "between", "by", "during", "for", "from",
        "in", "inside", "into", "near", "on", "outside", "over", "through", "throughout", "to",
        "toward", "towards", "under", "like", "unlike", "upon", "with", "within", "without",
        "despite", "this", "that", "these", "those", "every", "each", "both", "either", "neither",
        "another", "several", "many", "when", "while", "where", "if", "whether", "although",
        "though", "because", "after", "before", "since", "unless", "until", "once",
        # sentence adverbs ("Ironically Holm told the court"), spk36
        "ironically", "additionally", "separately", "similarly", "likewise", "moreover",
        "furthermore", "nevertheless", "nonetheless", "notably", "reportedly", "apparently",
        "unfortunately", "fortunately", "interestingly", "surprisingly", "previously",
        "initially", "originally", "subsequently", "consequently", "eventually", "sadly",
        "tragically",
        # ents39 ("Naturally Scott Boras will try to draw this out")
        "naturally", "obviously", "clearly", "certainly", "undoubtedly",
    }
)  # fmt: skip
# Definite and possessive determiners: a figure or a name after one is referred to, not
# introduced ("the September 11 attacks", "its four towns", "The Bush administration").
DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})
LEADING_FUNCTION_WORD = re.compile(rf"^(?i:{'|'.join(sorted(FUNCTION_WORDS))}),?\s+(?=[A-Z])")
