"""Every input the app binds to a firm field has its official definition beside it."""

from __future__ import annotations

import re
from pathlib import Path

from assessments.help import catalogue, help_for
from assessments.labels import YEAR_FIELDS

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
BOUND = re.compile(r'"((?:profile|honours|hnte|spend)\.[a-z_.]+)"')


def test_every_bound_input_has_help():
    paths = {p for f in DESKTOP.rglob("*.py") for p in BOUND.findall(f.read_text(encoding="utf-8"))}
    assert paths
    assert sorted(p for p in paths if help_for(p) is None) == []


def test_every_fiscal_year_field_has_help():
    assert sorted(f for f in YEAR_FIELDS if help_for(f"years.2025.{f}") is None) == []


def test_help_is_bilingual():
    assert all(h.text.zh and h.text.en for h in catalogue().values())
