"""The importer interface: one signature per format, registered by name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsbeat.exceptions import ImportFailure
from newsbeat.models import Article

__all__ = ["ImportItem", "Importer", "register", "registry"]

# An importer yields articles, and failures in line so that one bad record never stops the rest.
ImportItem = Article | ImportFailure


@dataclass(frozen=True)
class Importer:
    """A file format newsbeat can read.

    Attributes:
        name: the ``--format`` name.
        sniff: given the path and the first bytes (already gunzipped), whether this format fits.
            Importers are asked in registration order; the first yes wins.
        read: yields articles and :class:`ImportFailure` records for the file. It may also yield
            a beat name (str) that the file declares (keyword dumps do).
    """

    name: str
    sniff: Callable[[Path, bytes], bool]
    read: Callable[[Path], Iterator[Article | ImportFailure | str]]


registry: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    """Add an importer to the registry (keyed by its name)."""
    registry[importer.name] = importer
    return importer
