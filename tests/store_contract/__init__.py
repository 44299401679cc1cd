"""The store contract: one suite every store backend passes (see ``backends.py``).

Each module covers one part protocol of :class:`newsbeat.store.Store` (``test_article_store``
covers :class:`~newsbeat.store.ArticleStore`, ...). The ``store`` fixture (``conftest.py``) runs
every test once per backend in :data:`~store_contract.backends.BACKENDS`. The tests use the
Store API only: no SQL, no backend module, no driver exception. What only SQLite does (WAL,
migrations, ``user_version``) is tested in ``tests/test_store_sqlite.py``.
"""
