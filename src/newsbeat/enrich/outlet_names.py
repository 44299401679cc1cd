"""The news outlets the package's data names, read once for the enrich rules (review36).

``data/wire_agencies.json`` maps the wire agencies' abbreviations to their full names (read
through :func:`newsbeat.extract.outlets.wire_agencies`, the extract stage's reader of it);
``data/domains.json`` maps sites' domains to their outlets' names.
:func:`wire_abbreviations` gives the agencies' abbreviations as written ("AP", "AFP"),
:func:`outlet_full_names` the full names of both files, case-folded ("associated press",
"reuters").
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

from newsbeat.extract.outlets import wire_agencies

__all__ = ["outlet_full_names", "wire_abbreviations"]


@cache
def wire_abbreviations() -> frozenset[str]:
    """The wire agencies' abbreviations, as ``data/wire_agencies.json`` writes them."""
    return frozenset(wire_agencies())


@cache
def outlet_full_names() -> frozenset[str]:
    """The full names of the wire agencies and of the sites' outlets, case-folded."""
    text = resources.files("newsbeat").joinpath("data/domains.json").read_text("utf-8")
    sites = json.loads(text)
    names = {v.casefold() for v in wire_agencies().values()}
    names.update(str(v).casefold() for k, v in sites.items() if not k.startswith("_"))
    return frozenset(names)
