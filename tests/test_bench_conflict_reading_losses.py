"""The shape classes ``bench/conflict_reading_losses.py`` sorts unread gold numbers into.

Invented spans (no gold is read)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "conflict_reading_losses.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("conflict_reading_losses", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["conflict_reading_losses"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("span", "shape"),
    [
        ("a 47 - year - old nurse", "age"),
        ("the 52-year-old driver", "age"),
        ("who were 70 and 44 years old", "age"),
        ("38, was hurt on Friday", "age"),
        ("ages 4 and 9", "age"),
        ("said it was 5. 8.", "split decimal"),
        ("a level of. 07 percent", "split decimal"),
        ("a 98-91 win", "score or record"),
        ("the 14th round", "ordinal or rank"),
        ("his third season as coach", "ordinal or rank"),
        ("a five - time champion", "times or frequency"),
        ("less than an hour after", "a span without a figure"),
        ("a week ago", "a span without a figure"),
        ("nine seasons with the club", "seasons"),
        ("a quarter of the town's people", "share in words"),
        ("two of them", "part of a number (N of ...)"),
        ("tens of thousands who marched", "vague or alternative"),
        ("30 or 40 of them", "vague or alternative"),
        ("$12 million", "sum of money"),
        ("a 12-metre boat", "size before a noun (N-unit noun)"),
        ("17.", "bare number"),
        ("nine trucks", "other"),
    ],
)
def test_shape(span: str, shape: str) -> None:
    assert _load_script().shape(span) == shape
