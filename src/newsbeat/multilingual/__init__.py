"""Language-neutral evidence for articles in any language and script.

* :mod:`.script`: transliteration to ASCII, word stems robust to case endings, and a consonant
  skeleton that lets a Korean loanword meet the Latin spelling of the same name;
* :mod:`.places`: place and country names in any script -> gazetteer ids;
* :mod:`.figures`: figures written with any thousands separator or scale word -> one number;
* :mod:`.keys`: :class:`EntityKeys` of an article and what two articles share.
"""

from newsbeat.multilingual.keys import EntityKeys, article_keys, shared_keys, transliterate

__all__ = ["EntityKeys", "article_keys", "shared_keys", "transliterate"]
