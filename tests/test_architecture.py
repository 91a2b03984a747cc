"""The layering rules of STYLE.md, checked on the source (import-linter checks the same
in `make test`; this test also runs under a bare `pytest`)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "overleg"

# Which top-level parts of overleg each layer may import.
ALLOWED = {
    "domain": {"domain"},
    "storage": {"domain", "storage"},
    "exports": {"domain", "exports", "resource_paths"},
    "imports": {"domain", "imports"},
    "services": {"domain", "storage", "exports", "imports", "services", "resource_paths"},
    "ui": {"domain", "services", "ui", "resource_paths", "exports", "imports"},
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def sources():
    return sorted(p for p in PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layers_point_one_way_and_qt_stays_in_the_ui(path):
    layer = path.relative_to(PACKAGE).parts[0]
    names = imports(path)
    if layer != "ui":
        assert not any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names), \
            "PySide6 imported outside overleg/ui"
    if layer in ALLOWED:
        used = {n.split(".")[1] for n in names if n.startswith("overleg.")}
        assert used <= ALLOWED[layer], f"{layer} imports {used - ALLOWED[layer]}"


def test_no_file_grows_past_the_ceiling():
    big = [str(p.relative_to(PACKAGE)) for p in sources()
           if len(p.read_text(encoding="utf-8").splitlines()) > 400]
    assert big == []
