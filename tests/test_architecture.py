"""The layout's rules, checked over the package's own imports.

- no import cycle between modules at import time;
- no library module imports the CLI or the web UI (they are thin layers over the library);
- the stage types live in a leaf module, and the pipeline imports every stage directly;
- read-only commands load neither scikit-learn, spaCy, trafilatura nor any other heavy part.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsbeat"
HEAVY = (
    "sklearn",
    "spacy",
    "thinc",
    "trafilatura",
    "networkx",
    "numpy",
    "datasketch",
    "httpx",
    "jinja2",
    "fastapi",
    "feedparser",
    "dask",
    "distributed",
    "warcio",
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _imports(path: Path, *, top_level_only: bool) -> set[str]:
    """The newsbeat modules a file imports (at import time only, when ``top_level_only``)."""
    module = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(nodes: list[ast.stmt]) -> None:
        for node in nodes:
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(module, path.name == "__init__.py", node)
                found.add(target)
                found.update(f"{target}.{a.name}" for a in node.names)
            elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                continue
            elif top_level_only and isinstance(
                node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
            ):
                if isinstance(node, ast.ClassDef):
                    visit(node.body)
                continue
            else:
                for field in ("body", "orelse", "finalbody", "handlers"):
                    visit([n for n in getattr(node, field, []) if isinstance(n, ast.stmt)])

    visit(tree.body)
    return {m for m in found if m == "newsbeat" or m.startswith("newsbeat.")}


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _graph(*, top_level_only: bool) -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {m for m in _imports(path, top_level_only=top_level_only) if m in modules}
    return graph


def test_no_import_cycle() -> None:
    graph = _graph(top_level_only=True)
    # importing a submodule runs its package's __init__ first: that edge is implied
    for name in list(graph):
        if "." in name:
            graph[name].add(name.rsplit(".", 1)[0])
    visiting: list[str] = []
    done: set[str] = set()

    def walk(node: str) -> None:
        if node in done:
            return
        if node in visiting:
            cycle = [*visiting[visiting.index(node) :], node]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        visiting.append(node)
        for child in sorted(graph[node]):
            # a package importing its own submodules is not a cycle
            if not child.startswith(node + ".") and node != child:
                walk(child)
        visiting.pop()
        done.add(node)

    for module in sorted(graph):
        walk(module)


def test_no_library_module_imports_the_cli_or_the_web() -> None:
    offenders = []
    for name, path in _modules().items():
        if name.startswith(("newsbeat.cli", "newsbeat.web")) or name == "newsbeat.__main__":
            continue
        bad = {
            m
            for m in _imports(path, top_level_only=False)
            if m.startswith(("newsbeat.cli", "newsbeat.web"))
        }
        if bad:
            offenders.append(f"{name} imports {sorted(bad)}")
    assert offenders == []


def test_stage_types_are_a_leaf() -> None:
    assert _imports(PACKAGE / "stage.py", top_level_only=True) == set()


def test_pipeline_imports_every_stage_directly() -> None:
    imported = _imports(PACKAGE / "pipeline.py", top_level_only=True)
    for stage in (
        "newsbeat.collect.run",
        "newsbeat.stories.dedupe",
        "newsbeat.stories.stage",
        "newsbeat.enrich.stage",
        "newsbeat.compare.analysis",
        "newsbeat.report.alerts",
    ):
        assert stage in imported, stage
    assert "importlib" not in (PACKAGE / "pipeline.py").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [["stories", "--json"], ["beat", "list"], ["alert", "list"], ["story", "s-none"], ["--help"]],
)
def test_read_only_commands_load_no_heavy_library(command: list[str], db_path: str) -> None:
    args = command if command == ["--help"] else [*command, "--db", db_path]
    probe = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from newsbeat.cli import app\n"
        f"CliRunner().invoke(app, {args!r})\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
