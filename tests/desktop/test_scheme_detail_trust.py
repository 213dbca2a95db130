"""The scheme detail warns once, above the table, which criteria rest on a single source."""

from __future__ import annotations

import pytest

from assessments.engine import assess
from assessments.storage.srdi_file import load
from desktop.models.result_table_model import Column
from desktop.widgets.scheme_detail import SchemeDetail
from tests.assessments.examples_demo import DEMO_PATH


@pytest.fixture
def detail(qtbot):
    doc = load(DEMO_PATH)
    widget = SchemeDetail()
    qtbot.addWidget(widget)
    widget.show_scheme(assess(doc.firm, doc.on, doc.purpose), "innovative_sme")
    return widget


def _cells(detail: SchemeDetail) -> str:
    model = detail.model
    return " ".join(str(model.index(r, c).data()) for r in range(model.rowCount()) for c in Column)


def test_the_single_source_warning_is_one_line_naming_the_criteria(detail):
    unverified = detail.shown.unverified
    assert unverified and len(unverified) < len(detail.shown.rows)
    line = detail.unverified.text()
    assert not detail.unverified.isHidden()
    assert line.count("单一资料，待核验") == 1
    for row in unverified:
        assert row.label.zh in line
    assert "待核验" not in _cells(detail)


def test_a_scheme_resting_on_official_text_shows_no_warning(detail):
    detail.show_scheme(detail.assessment, "srdi_sme")
    if detail.shown.unverified:
        pytest.skip("the demo's date applies a pack with single-source rules")
    assert detail.unverified.isHidden()
