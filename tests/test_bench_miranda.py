"""``newsbeat bench miranda``: the loader of Miranda et al. (2018) clustering files, its
validation, the per-language and per-pair B³, and the command, on a tiny invented file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbeat.bench.miranda import (
    MirandaError,
    iso_language,
    load_miranda,
    run_miranda,
)
from newsbeat.cli import app

_FERRY_EN = (
    "A fire broke out on the ferry Marlen Stoy in the port of Gdansk on Monday, and all 212"
    " passengers were taken ashore. The harbour master Ilse Korvander said the fire started in"
    " the engine room of the Marlen Stoy and was put out after two hours."
)
_MILL_EN = (
    "The paper maker Brodvik Papper will close its mill in Sundsvall by June, cutting 340 jobs."
    " Chief executive Tove Ramsgard said demand for newsprint had fallen for six years."
)
# 8 documents, 3 languages (eng/deu/spa as the 2018 release writes them), 3 events.
DOCS = [
    {
        "id": 1,
        "lang": "eng",
        "date": "2026-05-04 08:00:00",
        "title": "Fire on ferry Marlen Stoy in Gdansk port",
        "text": _FERRY_EN,
        "cluster": 10,
    },
    {
        "id": 2,
        "lang": "eng",
        "date": "2026-05-04 11:30:00",
        "title": "Ferry Marlen Stoy fire: 212 passengers taken ashore in Gdansk",
        "text": "All 212 passengers of the ferry Marlen"
        " Stoy were taken ashore in Gdansk on Monday after a fire in the engine room. " + _FERRY_EN,
        "cluster": 10,
    },
    {
        "id": 3,
        "lang": "deu",
        "date": "2026-05-04 12:00:00",
        "title": "Brand auf der Fähre Marlen Stoy in Danzig",
        "text": "Auf der Fähre Marlen Stoy ist im Hafen von Danzig ein Feuer"
        " ausgebrochen. Alle 212 Passagiere wurden an Land gebracht.",
        "cluster": 10,
    },
    {
        "id": 4,
        "lang": "spa",
        "date": "2026-05-05 09:00:00",
        "title": "Incendio en el ferri Marlen Stoy en Gdansk",
        "text": "Un incendio en la sala de máquinas del ferri Marlen Stoy obligó a"
        " desembarcar a sus 212 pasajeros en el puerto de Gdansk.",
        "cluster": 10,
    },
    {
        "id": 5,
        "lang": "eng",
        "date": "2026-05-06 07:00:00",
        "title": "Brodvik Papper to close Sundsvall mill, 340 jobs lost",
        "text": _MILL_EN,
        "cluster": 20,
    },
    {
        "id": 6,
        "lang": "deu",
        "date": "2026-05-06 10:00:00",
        "title": "Brodvik Papper schließt Werk in Sundsvall",
        "text": "Der Papierhersteller Brodvik Papper schließt bis Juni sein"
        " Werk in Sundsvall; 340 Stellen fallen weg.",
        "cluster": 20,
    },
    {
        "id": 7,
        "lang": "spa",
        "date": "2026-05-06 13:00:00",
        "title": "Brodvik Papper cerrará su fábrica de Sundsvall",
        "text": "La papelera Brodvik Papper cerrará en junio su fábrica de"
        " Sundsvall, con 340 despidos.",
        "cluster": 20,
    },
    {
        "id": 8,
        "lang": "spa",
        "date": "2026-05-07 09:00:00",
        "title": "La selección de Chile presenta a su nuevo entrenador",
        "text": "La federación presentó al técnico Rolando"
        " Quiroga Ibarra, que firmó por cuatro años.",
        "cluster": 30,
    },
]


def _write_array(folder: Path, docs: list[dict[str, object]]) -> Path:
    path = folder / "miranda.json"
    path.write_text(json.dumps(docs, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _write_lines(folder: Path, docs: list[dict[str, object]]) -> Path:
    path = folder / "miranda.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs) + "\n", "utf-8")
    return path


def test_an_array_and_json_lines_load_the_same_documents(tmp_path: Path) -> None:
    from_array = load_miranda(_write_array(tmp_path, DOCS))
    from_lines = load_miranda(_write_lines(tmp_path, DOCS))
    assert from_array == from_lines
    first = from_array[0]
    assert (first.id, first.lang, first.date, first.cluster) == (
        "1",
        "en",
        "2026-05-04T08:00:00",
        "10",
    )
    assert [d.lang for d in from_array].count("es") == 3


def test_language_codes_of_two_or_three_letters_become_iso_639_1() -> None:
    assert [iso_language(c) for c in ("eng", "deu", "ger", "spa", "fre", "KOR", "sv")] == [
        "en",
        "de",
        "de",
        "es",
        "fr",
        "ko",
        "sv",
    ]
    assert iso_language("klingon") is None
    assert iso_language("e1") is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.pop("cluster"), "record 3 (id 3): missing field cluster"),
        (lambda d: d.update(lang="xx-old"), "record 3 (id 3): lang 'xx-old'"),
        (lambda d: d.update(date="4 May 2026"), "record 3 (id 3): date '4 May 2026'"),
        (lambda d: d.update(id=2), "record 3 (id 2): duplicate id"),
        (lambda d: d.update(title="", text="  "), "record 3 (id 3): title and text are both empty"),
        (lambda d: d.update(cluster=None), "record 3 (id 3): cluster must be"),
        (lambda d: d.update(id=True), "record 3: id must be"),
        (lambda d: d.update(text=["not", "a", "string"]), "record 3 (id 3): title and text must"),
    ],
)
def test_a_bad_record_is_named_with_its_file_and_position(
    tmp_path: Path, change: object, message: str
) -> None:
    docs = [dict(d) for d in DOCS]
    change(docs[2])  # type: ignore[operator]
    path = _write_array(tmp_path, docs)
    with pytest.raises(MirandaError) as caught:
        load_miranda(path)
    text = str(caught.value)
    assert str(path) in text
    assert message in text


def test_broken_json_names_the_line_and_other_shapes_are_refused(tmp_path: Path) -> None:
    lines = _write_lines(tmp_path, DOCS)
    lines.write_text(lines.read_text("utf-8") + '{"id": 9, "lang": "eng"\n', "utf-8")
    with pytest.raises(MirandaError, match=r"miranda\.jsonl: line 9: not JSON"):
        load_miranda(lines)
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"documents": DOCS}, indent=2), "utf-8")
    with pytest.raises(MirandaError, match="one JSON object; expected an array"):
        load_miranda(one)
    strings = tmp_path / "strings.json"
    strings.write_text('["a", "b"]', "utf-8")
    with pytest.raises(MirandaError, match="record 1: not a JSON object"):
        load_miranda(strings)
    empty = tmp_path / "empty.json"
    empty.write_text("[]", "utf-8")
    with pytest.raises(MirandaError, match="no documents"):
        load_miranda(empty)
    with pytest.raises(MirandaError, match="cannot be read"):
        load_miranda(tmp_path / "absent.json")


def test_the_stories_stage_runs_over_the_file_in_date_order(tmp_path: Path) -> None:
    shuffled = list(reversed(DOCS))  # the loader, not the file, puts them in date order
    result = run_miranda(_write_array(tmp_path, shuffled))
    assert result["documents"] == 8 and result["gold_clusters"] == 3
    assert sorted(result["languages"]) == ["de", "en", "es"]
    assert sorted(result["pairs"]) == ["de-en", "de-es", "en-es"]
    # Every language and pair is scored however few its documents, and says how many it read.
    assert [result["languages"][lang]["documents"] for lang in ("de", "en", "es")] == [2, 3, 3]
    assert result["pairs"]["de-en"]["documents"] == 5
    # The two English reports of the ferry fire share a story; the mill closure has its own.
    assert result["languages"]["en"]["b3_f1"] == 1.0
    assert 0.0 < result["b3_f1"] <= 1.0


def test_languages_and_limit_choose_the_documents(tmp_path: Path) -> None:
    path = _write_lines(tmp_path, DOCS)
    only = run_miranda(path, languages=["eng", "es"])
    assert only["documents"] == 6 and sorted(only["languages"]) == ["en", "es"]
    first = run_miranda(path, limit=3)
    assert first["documents"] == 3 and first["gold_clusters"] == 1
    with pytest.raises(MirandaError, match="no documents left"):
        run_miranda(path, languages=["ko"])


def test_bench_miranda_prints_json_and_fails_clearly_on_a_bad_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = _write_array(tmp_path, DOCS)
    ok = CliRunner().invoke(app, ["bench", "miranda", str(path), "--json", "--limit", "5"])
    assert ok.exit_code == 0, ok.output
    payload = json.loads(ok.stdout)
    assert payload["documents"] == 5 and "de-en" in payload["pairs"]
    assert (tmp_path / "bench" / "results" / "miranda-latest.json").exists()
    text = CliRunner().invoke(app, ["bench", "miranda", str(path), "--languages", "en,de"])
    assert text.exit_code == 0, text.output
    assert "de-en: B³ F1" in text.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": 1, "lang": "eng"}]', "utf-8")
    failed = CliRunner().invoke(app, ["bench", "miranda", str(bad)])
    assert failed.exit_code != 0
    assert "bad.json: record 1 (id 1): missing field" in failed.output


def test_extra_fields_are_ignored_and_an_undated_document_comes_last(tmp_path: Path) -> None:
    docs = [dict(d) for d in DOCS]
    docs[0] = {**docs[0], "date": None, "features": {"tokens": [1, 2]}, "source": "Some Wire"}
    loaded = load_miranda(_write_array(tmp_path, docs))
    assert loaded[0].date is None and loaded[0].id == "1"
    result = run_miranda(_write_array(tmp_path, docs), limit=7)
    # Date order puts the undated document after the seven dated ones, so the limit drops it.
    assert result["documents"] == 7
    assert result["languages"]["en"]["documents"] == 2
