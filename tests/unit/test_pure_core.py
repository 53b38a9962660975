"""The pure core stays free of the web framework and the database."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "quizapp"
FORBIDDEN = ("flask", "flask_sqlalchemy", "sqlalchemy", "werkzeug", "wtforms")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("core", ["analysis", "grading", "interop"])
def test_pure_core_imports_neither_flask_nor_sqlalchemy(core):
    files = sorted((PACKAGE / core).rglob("*.py"))
    assert files, f"quizapp/{core} has no modules"
    offenders = {
        str(f.relative_to(PACKAGE)): sorted(_imports(f) & set(FORBIDDEN)) for f in files
    }
    assert {f: i for f, i in offenders.items() if i} == {}


def test_live_game_rules_import_only_the_standard_library():
    import sys

    rules = PACKAGE / "grading" / "live.py"
    outside = {name for name in _imports(rules) if name not in sys.stdlib_module_names}
    assert outside == set()
