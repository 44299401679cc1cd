"""The extract stage: a fetched page or a scraped text becomes a clean article.

- :mod:`~newsbeat.extract.article.article`: HTML page -> Article with trafilatura (and htmldate).
- :mod:`~newsbeat.extract.article.cleaning`: junk lines that scrapers leave in the text.
- :mod:`~newsbeat.extract.article.outlets`: the outlet read from the text when the link is lost
  (datelines, sign-offs, title suffixes, wire agencies).

The package imports nothing itself, so that reading outlets or cleaning lines does not load
trafilatura.
"""
