"""What the data-file build scripts of this folder share: the notice kept with entries derived
from the PETRARCH2 dictionaries, and how a data file is written.

The scripts are run by path (``python scripts/build_….py``), so this sibling is importable."""

from __future__ import annotations

import json
from pathlib import Path

PETRARCH2_NOTICE = (
    "Entries derived from PETRARCH2 dictionaries: The MIT License (MIT) Copyright (c) "
    "2015 Open Event Data Alliance. Permission is hereby granted, free of charge, to any "
    "person obtaining a copy of this software and associated documentation files, to "
    "deal in the Software without restriction, subject to the condition that the above "
    "copyright notice and this permission notice shall be included in all copies or "
    "substantial portions of the Software. THE SOFTWARE IS PROVIDED AS IS, WITHOUT "
    "WARRANTY OF ANY KIND."
)


def write_data(out: Path, data: dict[str, object]) -> None:
    """Write a data file as every build script does (UTF-8 JSON, one-space indent)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
