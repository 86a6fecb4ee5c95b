"""The package's shape: no import cycles between modules, no module reaching into another's private names,
and a wheel that carries every subpackage and data file (the install users, Docker images and Dask workers
get)."""

from __future__ import annotations

import ast
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "pipeline"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path) -> list[tuple[str, list[str]]]:
    """(module imported, names taken from it) for every import in a module, function-level ones included."""
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = name.split(".") if is_package else name.split(".")[:-1]
                parent = parent[: len(parent) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            names = [alias.name for alias in node.names]
            submodules = [n for n in names if f"{base}.{n}" in MODULES]
            found += [(f"{base}.{n}", []) for n in submodules]
            found.append((base, [n for n in names if n not in submodules]))
    return [(m, n) for m, n in found if m in MODULES]


def _graph() -> dict[str, set[str]]:
    return {name: {m for m, _ in _imports(name, path) if m != name} for name, path in MODULES.items()}


def test_no_import_cycles_between_modules():
    graph = _graph()
    # The package's own __init__ is imported by everything that asks for `pipeline.X`; leave it out.
    graph = {k: {m for m in v if m != "pipeline"} for k, v in graph.items() if k != "pipeline"}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, stack + [nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    assert cycles == [], cycles


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def test_no_module_imports_another_modules_private_names():
    reaching = []
    for name, path in MODULES.items():
        imported = _imports(name, path)
        for module, names in imported:
            if module != name:
                reaching += [f"{name} takes {module}.{n}" for n in names if _private(n)]
        # `from pipeline.facts import officials` then `officials._patterns()`
        modules = {m.rsplit(".", 1)[-1] for m, names in imported if not names and m != name}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules \
                    and _private(node.attr):
                reaching.append(f"{name} uses {node.value.id}.{node.attr}")
    assert reaching == [], reaching


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True)
    return next(out.glob("vnie-*.whl"))


def test_the_wheel_carries_every_subpackage_and_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*")
               if p.is_file() and p.suffix in (".py", ".txt", ".tsv", ".json") and "__pycache__" not in p.parts
               and str(p.relative_to(ROOT)) not in names]
    assert missing == [], missing
