"""Every importer fixture against the expectations written beside it.

``tests/fixtures/importers/X.<ext>`` is read with auto-detection and compared with
``X.expected.json``: the detected ``format`` (null when detection itself fails), the ``beats``
the file declares, each article's fields in order (``text_contains`` / ``text_lacks`` check
parts of the text, ``position`` the provenance position) and each failure's ``location``
(relative to the fixture folder) and ``reason`` (or ``reason_contains``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsbeat.exceptions import ImportFailure
from newsbeat.importers import DeclaredBeat, InputSource, detect, read_inputs
from newsbeat.models import Article

FIXTURES = Path(__file__).parent / "fixtures" / "importers"
EXPECTED_SUFFIX = ".expected.json"


def _cases() -> list[tuple[Path, Path]]:
    cases = []
    for expected in sorted(FIXTURES.glob(f"*{EXPECTED_SUFFIX}")):
        stem = expected.name.removesuffix(EXPECTED_SUFFIX)
        inputs = [
            p
            for p in FIXTURES.iterdir()
            if p.name.split(".")[0] == stem and not p.name.endswith(EXPECTED_SUFFIX)
        ]
        assert len(inputs) == 1, f"{expected.name}: expected one input named {stem}.*"
        cases.append((inputs[0], expected))
    return cases


CASES = _cases()


def test_every_fixture_has_expectations() -> None:
    covered = {case[0] for case in CASES}
    for path in FIXTURES.iterdir():
        if path.name.endswith(".json"):
            continue
        assert path in covered, f"{path.name} has no {EXPECTED_SUFFIX} beside it"
    assert len(CASES) >= 15


def _check_article(article: Article, want: dict[str, Any], where: str) -> None:
    for key, value in want.items():
        if key == "text_contains":
            for part in value:
                assert part in article.text, f"{where}: text lacks {part!r}"
        elif key == "text_lacks":
            for part in value:
                assert part not in article.text, f"{where}: text still has {part!r}"
        elif key == "position":
            positions = [p.position for p in article.provenance]
            assert positions == [value], f"{where}: provenance {positions}"
        else:
            assert getattr(article, key) == value, f"{where}: {key}"
    assert all(p.location == str(article.provenance[0].location) for p in article.provenance)


@pytest.mark.parametrize(("path", "expected"), CASES, ids=[c[0].name for c in CASES])
def test_fixture(path: Path, expected: Path) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    try:
        detected: str | None = detect(InputSource(path)).name
    except ImportFailure:
        detected = None
    assert detected == want["format"]

    items = list(read_inputs([path]))
    beats = [i.name for i in items if isinstance(i, DeclaredBeat)]
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, ImportFailure)]
    assert beats == want["beats"]
    assert len(articles) == len(want["articles"]), [a.title for a in articles]
    for number, (article, article_want) in enumerate(zip(articles, want["articles"], strict=True)):
        _check_article(article, article_want, f"{path.name} article {number + 1}")
        assert article.provenance[0].location == str(path.resolve())

    assert len(failures) == len(want["failures"]), [str(f) for f in failures]
    for failure, failure_want in zip(failures, want["failures"], strict=True):
        assert failure.location == f"{path.parent}/{failure_want['location']}"
        if "reason" in failure_want:
            assert failure.reason == failure_want["reason"]
        else:
            assert failure_want["reason_contains"] in failure.reason
