"""The bundled demo corpus: fictional outlets covering the port city of Velmar, and its gold file.

The corpus (``corpus/``) holds keyword dumps, HTML pages, JSONL exports and a few deliberately
malformed files; ``gold.json`` states what every later stage should find in it. Both are package
data, described in ``docs/demo-corpus.md``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from newsbeat.exceptions import ConfigError

__all__ = ["corpus_path", "gold_path"]


def _package_file(name: str) -> Path:
    """Return a bundled file or folder of this package as a real filesystem path.

    Raises:
        ConfigError: newsbeat is installed in a form (e.g. a zip archive) whose data files are
            not on disk, or the data file is missing from the installation.
    """
    traversable = resources.files(__name__) / name
    if not isinstance(traversable, Path):
        raise ConfigError(
            f"the demo {name} is not on disk ({traversable!r}); install newsbeat from a source "
            "checkout or an unzipped wheel"
        )
    if not traversable.exists():
        raise ConfigError(f"the demo {name} is missing from the installation: {traversable}")
    return traversable


def corpus_path() -> Path:
    """The folder holding the demo corpus (dumps, HTML, JSONL and the malformed files).

    Returns:
        Path of ``newsbeat/demo/corpus``.
    """
    return _package_file("corpus")


def gold_path() -> Path:
    """The gold file stating the expected stories, quotes, claims, conflicts and relations.

    Returns:
        Path of ``newsbeat/demo/gold.json`` (schema in ``docs/demo-corpus.md``).
    """
    return _package_file("gold.json")
