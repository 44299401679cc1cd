"""The story-level packages keep their interfaces (review39, session 39).

- ``newsbeat.actors`` exports its names in ``__all__``, each resolving to its home module's
  object, and library code outside the package imports only the package (its modules are its
  own; tests may read them);
- importing ``newsbeat.actors`` or a ``newsbeat.story_views`` module loads no heavy library
  (the actor graph's networkx loads on first use of its names);
- ``newsbeat.story_views/__init__`` imports nothing.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsbeat"


def test_every_exported_actors_name_is_its_modules_object() -> None:
    actors = importlib.import_module("newsbeat.actors")
    homes = ("newsbeat.actors.names", "newsbeat.actors.central", "newsbeat.actors.graph")
    defined = {}
    for home in homes:
        module = importlib.import_module(home)
        defined.update({name: getattr(module, name) for name in module.__all__})
    assert actors.__all__ == sorted(actors.__all__)
    for name in actors.__all__:
        assert getattr(actors, name) is defined[name], name
    with pytest.raises(AttributeError):
        _ = actors.no_such_name


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_library_code_outside_the_actors_package_imports_only_the_package() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "actors" and path.parent.parent == PACKAGE:
            continue
        inner = {m for m in _imported_modules(path) if m.startswith("newsbeat.actors.")}
        if inner:
            offenders.append(f"{path.relative_to(PACKAGE)} imports {sorted(inner)}")
    assert offenders == []


def test_the_story_views_package_imports_nothing() -> None:
    init = PACKAGE / "story_views" / "__init__.py"
    assert _imported_modules(init) == set()


def test_the_packages_load_no_heavy_library() -> None:
    probe = (
        "import sys\n"
        "import newsbeat.actors\n"
        "import newsbeat.story_views.related, newsbeat.story_views.coverage\n"
        "import newsbeat.story_views.languages, newsbeat.story_views.shown_speakers\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'networkx', 'numpy', 'spacy', 'sklearn', 'jinja2'}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
