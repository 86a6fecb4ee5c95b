"""No module of the package binds a top-level name twice: a second `_DEADLINE = ...` silently replaces the first one's
meaning for every function of the module that reads it (a shadowed pattern turned a planned inauguration into an event,
sixtieth session)."""

from __future__ import annotations

import ast
import collections
from pathlib import Path

import pipeline


def test_no_module_binds_a_top_level_name_twice() -> None:
    twice = {}
    for path in Path(pipeline.__file__).parent.rglob("*.py"):
        names: collections.Counter[str] = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        bound = sorted(n for n, c in names.items() if c > 1 and n != "__all__")
        if bound:
            twice[path.name] = bound
    assert twice == {}
