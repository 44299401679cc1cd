"""``newsbeat bench fuzz``: run the fuzz targets of :mod:`newsbeat.bench.fuzz` for a budget.

Two engines:

- ``atheris`` (coverage-guided, libFuzzer), when it is installed (``pip install atheris``; a
  prebuilt wheel for CPython 3.11 on Linux x86-64, nothing to compile). Each target runs in a
  child process (``python -m newsbeat.bench.fuzzing TARGET [libFuzzer options]``) with
  newsbeat's modules instrumented, seeded with the inputs kept under ``tests/fixtures/fuzz``.
- ``hypothesis`` otherwise: random inputs (``st.binary``) in batches until the budget is
  spent, no shrinking budget limit, no example database.

Every crashing input is written to ``<crashes>/<target>/`` (by default the repository's
``tests/fixtures/fuzz``), where ``tests/test_fuzz_regressions.py`` replays it from then on.
Not part of the default test run: it runs for as long as it is told to.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

__all__ = ["default_crash_dir", "engine_available", "run_fuzz"]

ENGINES = ("atheris", "hypothesis")
_REPO = Path(__file__).resolve().parents[3]
_INSTRUMENTED = (
    "newsbeat.bench.fuzz",
    "newsbeat.importers",
    "newsbeat.query",
    "newsbeat.since",
    "newsbeat.compare.claims",
    "newsbeat.compare.records",
    "newsbeat.enrich.claims",
    "newsbeat.store",
)


def default_crash_dir() -> Path:
    """``tests/fixtures/fuzz`` of the repository when running from a checkout, else
    ``bench/results/fuzz-crashes`` under the current folder."""
    fixtures = _REPO / "tests" / "fixtures"
    return fixtures / "fuzz" if fixtures.is_dir() else Path("bench/results/fuzz-crashes")


def engine_available(engine: str) -> bool:
    """Whether the engine's package is installed."""
    return importlib.util.find_spec(engine) is not None


def run_fuzz(
    targets: list[str], seconds: float, *, engine: str = "auto", crashes: Path | None = None
) -> dict[str, Any]:
    """Fuzz each target for ``seconds``; keep every crashing input.

    Args:
        targets: names from :data:`newsbeat.bench.fuzz.TARGETS`.
        seconds: the budget of each target.
        engine: ``atheris``, ``hypothesis`` or ``auto`` (atheris when installed).
        crashes: where crashing inputs go (``<crashes>/<target>/crash-<sha1>``).

    Returns:
        ``{"engine", "seconds", "targets": {name: {"runs", "crashes", "kept"}}, "crashes"}``.

    Raises:
        ValueError: an unknown engine or target, or the engine is not installed.
    """
    from newsbeat.bench.fuzz import TARGETS

    unknown = [t for t in targets if t not in TARGETS]
    if unknown:
        raise ValueError(f"unknown fuzz target(s) {unknown} (known: {', '.join(TARGETS)})")
    if engine == "auto":
        engine = "atheris" if engine_available("atheris") else "hypothesis"
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r} (known: auto, {', '.join(ENGINES)})")
    if not engine_available(engine):
        raise ValueError(f"{engine} is not installed (pip install {engine})")
    crashes = crashes or default_crash_dir()
    results = {}
    for target in targets:
        run = _run_atheris if engine == "atheris" else _run_hypothesis
        results[target] = run(target, seconds, crashes / target)
    return {
        "engine": engine,
        "seconds": seconds,
        "targets": results,
        "crashes": sum(int(r["crashes"]) for r in results.values()),
    }


def _keep(folder: Path, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{hashlib.sha1(data).hexdigest()}"
    path.write_bytes(data)
    return path


def _run_atheris(target: str, seconds: float, kept: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="newsbeat-fuzz-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir()
        if kept.is_dir():
            for seed in kept.iterdir():
                if seed.is_file():
                    shutil.copy(seed, corpus / seed.name)
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "newsbeat.bench.fuzzing",
                target,
                str(corpus),
                f"-max_total_time={max(1, int(seconds))}",
                f"-artifact_prefix={work}/",
                "-rss_limit_mb=2048",
                "-timeout=60",
                "-print_final_stats=1",
            ],
            capture_output=True,
            text=True,
            timeout=seconds + 600,
            check=False,
        )
        found = [
            p
            for p in work.iterdir()
            if p.is_file() and p.name.startswith(("crash-", "oom-", "timeout-"))
        ]
        paths = [str(_keep(kept, p.read_bytes())) for p in found]
    runs = re.search(r"stat::number_of_executed_units:\s*(\d+)", proc.stderr)
    return {
        "runs": int(runs.group(1)) if runs else None,
        "crashes": len(paths),
        "kept": paths,
        "exit_code": proc.returncode,
    }


def _run_hypothesis(target: str, seconds: float, kept: Path) -> dict[str, Any]:
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import strategies as st

    from newsbeat.bench.fuzz import TARGETS

    function = TARGETS[target]
    runs = 0
    failing: list[bytes] = []

    @settings(
        max_examples=200,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(st.binary(max_size=4096))
    def batch(data: bytes) -> None:
        nonlocal runs
        runs += 1
        try:
            function(data)
        except Exception:
            failing.append(data)
            raise

    paths: list[str] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            batch()
        except Exception:
            paths.append(str(_keep(kept, min(failing, key=len))))
            failing.clear()
    return {"runs": runs, "crashes": len(paths), "kept": paths, "exit_code": 0}


def _atheris_main(argv: list[str]) -> None:
    import importlib

    import atheris

    target = argv[1]
    for name in _INSTRUMENTED:
        importlib.import_module(name)
    from newsbeat.bench.fuzz import TARGETS

    # newsbeat's package imports much of it at once, so instrument what is loaded by now
    # (instrument_imports would miss what the package had already imported).
    atheris.instrument_all()
    atheris.Setup([argv[0], *argv[2:]], TARGETS[target])
    atheris.Fuzz()


if __name__ == "__main__":
    _atheris_main(sys.argv)
