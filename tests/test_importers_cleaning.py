"""The junk pattern list: every listed junk line goes, every real sentence stays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbeat.exceptions import ConfigError
from newsbeat.extract.cleaning import clean_lines, default_patterns, is_junk, load_patterns

EXAMPLES = json.loads(
    (Path(__file__).parent / "fixtures" / "importers" / "junk_lines.json").read_text("utf-8")
)
JUNK = [(group, line) for group, lines in EXAMPLES["junk"].items() for line in lines]


@pytest.mark.parametrize(("group", "line"), JUNK, ids=[line[:40] for _, line in JUNK])
def test_junk_line_is_removed_by_its_group(group: str, line: str) -> None:
    assert is_junk(line)
    assert is_junk(f"  {line}  ")
    assert default_patterns().group_of(line) == group


@pytest.mark.parametrize("line", EXAMPLES["keep"], ids=[s[:40] for s in EXAMPLES["keep"]])
def test_real_sentence_is_kept(line: str) -> None:
    assert not is_junk(line)


def test_every_group_of_the_data_file_has_examples() -> None:
    groups = {group for group, _ in default_patterns().patterns}
    assert groups == set(EXAMPLES["junk"])


def test_clean_lines_drops_blank_and_junk_lines_in_order() -> None:
    lines = ["  First paragraph. ", "", "Advertisement", "Second paragraph.", "Recommended Stories"]
    assert clean_lines(lines) == ["First paragraph.", "Second paragraph."]


def test_long_paragraphs_are_never_junk() -> None:
    assert not is_junk("Advertisement " + "word " * 100)


def test_custom_pattern_file_and_invalid_pattern(tmp_path: Path) -> None:
    good = tmp_path / "junk.txt"
    good.write_text("# comment\n[mine]\nbreaking news\n", encoding="utf-8")
    patterns = load_patterns(good)
    assert clean_lines(["Breaking News", "Kept."], patterns) == ["Kept."]
    bad = tmp_path / "bad.txt"
    bad.write_text("[x]\nfine\n(unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad.txt:3: invalid junk pattern"):
        load_patterns(bad)
