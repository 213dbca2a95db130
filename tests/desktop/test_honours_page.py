"""The honours page: title dates, scores by year, small lists through their dialog, refused values."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton

from assessments.model import Award, Level, Title
from assessments.results import Status
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.session import Session
from desktop.wizard.honours_page import HonoursPage
from tests.assessments.builders import blank, firm

ON = dt.date(2026, 3, 31)


@pytest.fixture
def session(qtbot, tmp_path) -> Iterator[Session]:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(AssessmentFile(firm=firm(), on=ON))
    yield session
    session.workspace.close()


@pytest.fixture
def page(qtbot, session) -> HonoursPage:
    page = HonoursPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def edit(page: HonoursPage, name: str) -> QLineEdit:
    found = page.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def type_over(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    if text:
        qtbot.keyClicks(line, text)
    else:
        qtbot.keyClick(line, Qt.Key.Key_Delete)


def test_a_title_is_written_once_its_grant_date_is_typed(page, session, qtbot):
    type_over(qtbot, edit(page, "honours.hnte.granted_on"), "2023-11-20")
    assert session.doc.firm.honours.hnte == Title(granted_on=dt.date(2023, 11, 20))
    type_over(qtbot, edit(page, "honours.hnte.expires_on"), "2026-11-19")
    assert session.doc.firm.honours.hnte == Title(
        granted_on=dt.date(2023, 11, 20), expires_on=dt.date(2026, 11, 19)
    )
    assert session.assessment.results["hnte"] is not None


def test_an_expiry_date_alone_is_refused_with_the_reason(page, session, qtbot):
    type_over(qtbot, edit(page, "honours.little_giant.expires_on"), "2027-06-30")
    binding = page.titles["little_giant"]
    assert session.doc.firm.honours.little_giant is None
    assert binding.error
    assert binding.error_label.isVisibleTo(page)
    assert edit(page, "honours.little_giant.expires_on").text() == "2027-06-30"  # kept, not lost
    type_over(qtbot, edit(page, "honours.little_giant.granted_on"), "2024-07-01")
    assert session.doc.firm.honours.little_giant == Title(
        granted_on=dt.date(2024, 7, 1), expires_on=dt.date(2027, 6, 30)
    )
    assert not binding.error


def test_an_expiry_before_the_grant_is_refused(page, session, qtbot):
    type_over(qtbot, edit(page, "honours.srdi_sme.granted_on"), "2024-07-01")
    type_over(qtbot, edit(page, "honours.srdi_sme.expires_on"), "2023-07-01")
    assert session.doc.firm.honours.srdi_sme == Title(granted_on=dt.date(2024, 7, 1))
    assert page.titles["srdi_sme"].error


def test_clearing_the_dates_removes_the_title(page, session, qtbot):
    type_over(qtbot, edit(page, "honours.tech_sme.granted_on"), "2025-04-01")
    type_over(qtbot, edit(page, "honours.tech_sme.granted_on"), "")
    assert session.doc.firm.honours.tech_sme is None
    assert not page.titles["tech_sme"].error


def test_undo_takes_a_title_back_and_empties_its_fields(page, session, qtbot):
    granted = edit(page, "honours.tech_sme.granted_on")
    type_over(qtbot, granted, "2025-04-01")
    granted.clearFocus()
    session.undo_stack.undo()
    assert session.doc.firm.honours.tech_sme is None
    assert granted.text() == ""


def test_development_scores_are_kept_by_year(page, session, qtbot):
    type_over(qtbot, edit(page, "honours.srdi_dev_scores.0"), "72")
    type_over(qtbot, edit(page, "honours.srdi_dev_scores.1"), "65.5")
    assert session.doc.firm.honours.srdi_dev_scores == {2026: Decimal(72), 2025: Decimal("65.5")}
    type_over(qtbot, edit(page, "honours.srdi_dev_scores.0"), "")
    assert session.doc.firm.honours.srdi_dev_scores == {2025: Decimal("65.5")}


def test_local_points_outside_the_range_are_refused_with_the_reason(page, session, qtbot):
    points = edit(page, "honours.local_feature_points")
    type_over(qtbot, points, "16")
    binding = page.form.bindings["honours.local_feature_points"]
    assert session.doc.firm.honours.local_feature_points != Decimal(16)
    assert "15" in binding.error
    assert points.text() == "16"  # kept in the field with the reason beside it
    type_over(qtbot, points, "12.5")
    assert session.doc.firm.honours.local_feature_points == Decimal("12.5")
    assert not binding.error


def test_market_share_above_100_is_refused(page, session, qtbot):
    type_over(qtbot, edit(page, "honours.market_share_pct"), "120")
    assert session.doc.firm.honours.market_share_pct != Decimal(120)
    assert page.form.bindings["honours.market_share_pct"].error


def test_official_digital_level_is_a_choice_from_0_to_4(page, session):
    combo = page.findChild(QComboBox, "honours.official_digital_level")
    assert [combo.itemData(i) for i in range(combo.count())] == [None, 0, 1, 2, 3, 4]
    combo.setCurrentIndex(combo.findData(3))
    combo.activated.emit(combo.currentIndex())
    assert session.doc.firm.honours.official_digital_level == 3


def test_an_award_is_added_through_its_dialog_and_removed_with_undo(page, session, qtbot):
    page.tabs.setCurrentIndex(1)
    awards = page.lists["awards"]
    qtbot.mouseClick(awards.add_button, Qt.MouseButton.LeftButton)
    dialog = awards.dialog
    assert not dialog.ok_button.isEnabled()  # the year is required
    qtbot.keyClicks(dialog.inputs["name"], "Provincial S&T progress prize")
    dialog.inputs["level"].setCurrentIndex(dialog.inputs["level"].findData(Level.PROVINCIAL))
    qtbot.keyClicks(dialog.inputs["rank"], "2")
    qtbot.keyClicks(dialog.inputs["year"], "2024")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert session.doc.firm.honours.awards == (
        Award(
            name="Provincial S&T progress prize", level=Level.PROVINCIAL, science_tech=True, rank=2, year=2024
        ),
    )
    assert awards.table.rowCount() == 1
    awards.table.selectRow(0)
    awards.table.setFocus()
    qtbot.keyClick(awards.table, Qt.Key.Key_Delete)
    assert session.doc.firm.honours.awards == ()
    session.undo_stack.undo()
    assert len(session.doc.firm.honours.awards) == 1


def test_a_year_outside_a_plausible_range_is_refused_in_the_dialog(page, qtbot):
    standards = page.lists["standards"]
    standards.open_dialog(None)
    qtbot.keyClicks(standards.dialog.inputs["year"], "225")
    assert not standards.dialog.ok_button.isEnabled()
    assert "1950" in standards.dialog.errors["year"].text()


def test_dev_score_labels_follow_the_assessment_date(page, session):
    session.set_field("assessment.date", dt.date(2027, 1, 10))
    labels = [label.text() for label, _binding in page.dev_scores]
    assert "2027" in labels[0]
    assert all(isinstance(label, QLabel) for label, _binding in page.dev_scores)


# --- "we have none" (decision 14) ----------------------------------------------------------------


def test_one_click_confirms_no_honours_and_undo_takes_it_back(qtbot, tmp_path):
    session = Session(Workspace(tmp_path / "blank.sqlite"))
    session.create(AssessmentFile(firm=blank(), on=ON))
    page = HonoursPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    button = page.findChild(QPushButton, "honoursNoneButton")
    assert button.isVisible() and button.isEnabled()
    assert session.assessment["innovative_sme"].row("direct_honour").status is Status.UNKNOWN

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert session.doc.firm.honours.none_confirmed and not button.isEnabled()
    assert session.assessment["innovative_sme"].row("direct_honour").status is Status.NOT_MET
    session.undo_stack.undo()
    assert not session.doc.firm.honours.none_confirmed and button.isEnabled()
    assert session.assessment["innovative_sme"].row("direct_honour").status is Status.UNKNOWN
    session.workspace.close()


def test_the_none_button_hides_once_an_honour_is_entered(page, session):
    session.set_field("honours.hnte", Title(granted_on=dt.date(2024, 1, 1)))
    assert not page.findChild(QPushButton, "honoursNoneButton").isVisible()
