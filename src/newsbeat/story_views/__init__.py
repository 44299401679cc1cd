"""What every view shows of a story, computed once: its coverage, languages, related stories.

The report (Markdown, HTML, JSON), the terminal digest, ``stories``/``story`` and the web pages
all show a story's articles and outlets, the languages it was told in, what analysis each
article got, the stories of the same running matter and a quote's shown speaker. Each of these
is counted one way, here, so that no two views disagree:

- :mod:`~newsbeat.story_views.coverage`: a story's articles and outlets, reprints included,
  its dates (undated articles never dated by their import time), listings of stories and
  articles;
- :mod:`~newsbeat.story_views.languages`: the languages a story was told in and the outlets per
  language;
- :mod:`~newsbeat.story_views.article_analysis`: what analysis each article got (full, entities
  only, skipped) and why;
- :mod:`~newsbeat.story_views.related`: the related stories (the stories stage's links and the
  central actors shared, :mod:`newsbeat.actors.central`);
- :mod:`~newsbeat.story_views.shown_speakers`: the speaker a view shows for a quote.

Why a package of its own: these read the store and the stored enrichment (below the report,
the CLI and the web; above :mod:`newsbeat.store` and :mod:`newsbeat.actors`) and are used by
all the views and by :mod:`newsbeat.serialize`. They are not part of :mod:`newsbeat.report`,
whose package loads the renderers (jinja2) and the compare stage: ``stories --json`` and the
web's story list must stay light (``tests/test_architecture.py``). This ``__init__`` imports
nothing, so that a caller that needs only a quote's speaker does not load the store; import
each name from its module.
"""
