"""The profile page keeps what the file holds and reads dates as Chinese users type them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolButton

from assessments.lists import DISTRICTS, suggestions_with
from assessments.storage.srdi_file import load
from assessments.storage.workspace import Workspace
from desktop.paths import resources_dir
from desktop.session import Session
from desktop.wizard.profile_page import ProfilePage

from .conftest import type_text


@pytest.fixture
def session(qtbot, tmp_path) -> Iterator[Session]:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(load(resources_dir() / "samples" / "demo.srdi"))
    yield session
    session.workspace.close()


@pytest.fixture
def page(qtbot, session) -> ProfilePage:
    page = ProfilePage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_samples_district_shows_as_it_is_not_as_to_confirm(page, session):
    combo = page.findChild(QComboBox, "profile.district")
    assert session.value("profile.district") == "湖里区（火炬高新区）"
    assert combo.currentText() == "湖里区（火炬高新区）"


def test_any_district_may_be_typed_and_empty_is_to_confirm(page, session, qtbot):
    combo = page.findChild(QComboBox, "profile.district")
    combo.lineEdit().selectAll()
    type_text(qtbot, combo.lineEdit(), "集美区（软件园三期）")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert session.value("profile.district") == "集美区（软件园三期）"
    combo.lineEdit().clear()
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert session.value("profile.district") is None
    session.undo_stack.undo()  # edits of one field merge into one step: back to the sample's
    assert combo.currentText() == session.value("profile.district") == "湖里区（火炬高新区）"


def test_the_suggestions_keep_a_stored_value_that_is_not_among_them():
    assert suggestions_with(None) == DISTRICTS
    assert suggestions_with("湖里区") == DISTRICTS
    assert suggestions_with("湖里区（火炬高新区）")[-1] == "湖里区（火炬高新区）"


@pytest.mark.parametrize("typed", ["2014/6/18", "2014-6-18", "2014年6月18日", "20140618", "2014.6.18"])
def test_a_date_is_read_the_way_it_is_typed(page, session, qtbot, typed):
    edit = page.findChild(QLineEdit, "profile.founded_on")
    edit.clear()
    type_text(qtbot, edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert session.value("profile.founded_on") == dt.date(2014, 6, 18)
    assert edit.text() == "2014-06-18"


def test_a_two_digit_year_is_refused_with_the_reason_and_changes_nothing(page, session, qtbot):
    edit = page.findChild(QLineEdit, "profile.founded_on")
    before = session.value("profile.founded_on")
    edit.clear()
    type_text(qtbot, edit, "14/6/18")
    assert session.value("profile.founded_on") == before
    errors = [label.text() for label in page.findChildren(QLabel, "fieldError") if label.isVisible()]
    assert any("年份请写四位数" in text for text in errors)


def test_a_day_picked_from_the_calendar_is_saved_and_the_field_may_still_be_emptied(page, session, qtbot):
    edit = page.findChild(QLineEdit, "profile.founded_on")
    button = page.findChild(QToolButton, "profile.founded_on.calendar")
    button.menu().aboutToShow.emit()
    calendar = button.calendar
    assert calendar.selectedDate() == QDate(2014, 6, 18)  # opens on the field's date
    calendar.clicked.emit(QDate(2015, 3, 2))
    assert session.value("profile.founded_on") == dt.date(2015, 3, 2)
    assert edit.text() == "2015-03-02"
    edit.clear()
    type_text(qtbot, edit, " ")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert session.value("profile.founded_on") is None  # unknown stays possible


def test_the_ip_dialog_has_a_calendar_on_its_dates_and_reads_chinese_dates(qtbot):
    from desktop.wizard.ip_item_dialog import IpItemDialog

    dialog = IpItemDialog()
    qtbot.addWidget(dialog)
    button = dialog.findChild(QToolButton, "granted_onCalendar")
    button.calendar.clicked.emit(QDate(2020, 5, 1))
    assert dialog.values()["granted_on"] == dt.date(2020, 5, 1)
    dialog.inputs["granted_on"].setText("2021年2月3日")
    assert dialog.check() and dialog.values()["granted_on"] == dt.date(2021, 2, 3)
