"""What the data-file build scripts of this folder share: the notice kept with entries derived
from the PETRARCH2 dictionaries, and how a data file is written.

The scripts are run by path (``python scripts/build_….py``), so this sibling is importable."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable, Iterator, Sized
from pathlib import Path

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

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


def build_main(
    description: str | None,
    build: Callable[[Path], dict[str, object]],
    out: Path,
    counted: tuple[str, ...],
) -> None:
    """A build script's command line: ``--shared`` (default: the ``shared`` folder beside the
    repository), build, write ``out``, and say how many entries of each ``counted`` key."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--shared", default=str(SHARED))
    data = build(Path(parser.parse_args().shared))
    write_data(out, data)
    sizes = []
    for key in counted:
        value = data[key]
        assert isinstance(value, Sized)
        sizes.append(f"{len(value)} {key}")
    print(f"wrote {out}: {', '.join(sizes)}")


def cameo_verb_blocks(text: str) -> Iterator[tuple[str, str, list[str]]]:
    """The verb blocks of PETRARCH2's CAMEO dictionary text (between its VERB PATTERNS and
    TRANSFORMATIONS headers): each block's head word, its CAMEO code, and its lines after the
    ``--- HEAD [code]`` line with ``#`` comments cut off."""
    body = text.split("####### VERB PATTERNS #######", 1)[-1].split("######## TRANSFORMATIONS")[0]
    for chunk in re.split(r"\n(?=---\s)", body):
        lines = [ln.split("#", 1)[0].rstrip() for ln in chunk.splitlines()]
        head = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", lines[0] if lines else "")
        if head:
            yield head.group(1), head.group(2), lines[1:]
