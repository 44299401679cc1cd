"""``deploy/``: what can be checked offline. The systemd unit by ``systemd-analyze verify`` (when
the machine has it) and by its keys; the Dockerfile statically (no image is built)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
UNIT = DEPLOY / "newsbeat-watch.service"
DOCKERFILE = DEPLOY / "Dockerfile"


def _unit_keys(text: str) -> dict[str, dict[str, list[str]]]:
    """``{section: {key: [values]}}`` of a unit file (keys may repeat; no line continuations)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"key outside a section: {line!r}"
        key, sep, value = line.partition("=")
        assert sep, f"not a key=value line: {line!r}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_the_unit_runs_watch_unprivileged_with_a_state_directory() -> None:
    unit = _unit_keys(UNIT.read_text(encoding="utf-8"))
    service = unit["Service"]
    assert service["DynamicUser"] == ["yes"] and "User" not in service
    assert service["StateDirectory"] == ["newsbeat"]
    assert "NEWSBEAT_DB=%S/newsbeat/newsbeat.db" in service["Environment"]
    [command] = service["ExecStart"]
    assert command.split()[1:3] == ["watch", "--every"] and command.startswith("/")
    assert service["Restart"] == ["on-failure"]
    assert service["KillSignal"] == ["SIGTERM"] and service["KillMode"] == ["mixed"]
    assert service["NoNewPrivileges"] == ["yes"] and service["ProtectSystem"] == ["strict"]
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]
    assert "network-online.target" in unit["Unit"]["After"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze here")
def test_systemd_analyze_verifies_the_unit(tmp_path: Path) -> None:
    # verify checks that ExecStart's program exists: point it at this environment's newsbeat
    newsbeat = Path(sys.executable).with_name("newsbeat")
    assert newsbeat.exists()
    text = UNIT.read_text(encoding="utf-8").replace("/opt/newsbeat/bin/newsbeat", str(newsbeat))
    copy = tmp_path / UNIT.name
    copy.write_text(text, encoding="utf-8")
    run = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0, run.stderr
    assert str(copy) not in run.stderr, run.stderr  # no warning about a line of the unit


def _instructions(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of a Dockerfile: comments dropped, continuations joined."""
    joined = re.sub(
        r"\\\n",
        " ",
        "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#")),
    )
    result = []
    for line in joined.splitlines():
        if line.strip():
            word, _, rest = line.strip().partition(" ")
            result.append((word.upper(), " ".join(rest.split())))
    return result


def test_the_dockerfile_is_debian_slim_non_root_with_a_data_volume() -> None:
    steps = _instructions(DOCKERFILE.read_text(encoding="utf-8"))
    names = [name for name, _ in steps]
    assert names[0] == "FROM"
    assert re.fullmatch(r"python:3\.1[1-9]-slim-(bookworm|trixie)", steps[0][1])
    assert "ADD" not in names  # COPY only: nothing fetched from a URL at build time
    users = [args for name, args in steps if name == "USER"]
    assert users and users[-1].split(":")[0] not in ("root", "0")
    last_user = max(i for i, name in enumerate(names) if name == "USER")
    assert all(name != "RUN" for name in names[last_user:])  # nothing runs as root after it
    assert ("VOLUME", '["/data"]') in steps
    env = " ".join(args for name, args in steps if name == "ENV")
    assert "NEWSBEAT_DB=/data/newsbeat.db" in env
    assert ("ENTRYPOINT", '["newsbeat", "watch"]') in steps
    assert ("STOPSIGNAL", "SIGTERM") in steps
    for name, args in steps:
        assert "sudo " not in args and "curl " not in args and "wget " not in args
        if name == "RUN" and "apt-get install" in args:
            assert "--no-install-recommends" in args


def test_the_dockerfile_copies_files_that_exist_and_are_not_ignored() -> None:
    steps = _instructions(DOCKERFILE.read_text(encoding="utf-8"))
    ignored = {
        line.strip()
        for line in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    copied = [args.split()[:-1] for name, args in steps if name == "COPY"]
    assert copied
    for sources in copied:
        for source in sources:
            assert (REPO / source).exists(), source
            assert source not in ignored, source
    runs = " ".join(args for name, args in steps if name == "RUN")
    for requirement in re.findall(r"/tmp/newsbeat/(requirements/\S+)", runs):
        assert (REPO / requirement).is_file(), requirement
