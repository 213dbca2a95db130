"""Layering rules that keep the domain usable from a CLI and testable without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMES = ROOT / "assessments" / "schemes"
# Small integers are structure (year offsets, counts of one), never rule parameters.
STRUCTURAL = {0, 1, 2, 100}


def test_import_linter_contract_is_kept():
    linter = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run([str(linter)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 kept, 0 broken" in run.stdout


def _operands(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.Compare):
        return [node.left, *node.comparators]
    if isinstance(node, ast.BinOp):
        return [node.left, node.right]
    return []


def _numbers(path: Path) -> list[tuple[int, object]]:
    """Literals a scheme compares or computes with (a threshold in disguise), and Decimal("…") literals.

    Labels keyed by level, display widths and calendar days are not rules and are not reported.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        for operand in _operands(node):
            value = getattr(operand, "value", None) if isinstance(operand, ast.Constant) else None
            if type(value) in (int, float) and value not in STRUCTURAL:
                found.append((operand.lineno, value))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Decimal" and node.args:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((node.lineno, arg.value))
    return found


def test_scheme_modules_hold_no_thresholds():
    """Thresholds, bands and points live in rule packs with their citation, not in Python."""
    offenders = {p.name: _numbers(p) for p in SCHEMES.glob("*.py")}
    assert {name: hits for name, hits in offenders.items() if hits} == {}
