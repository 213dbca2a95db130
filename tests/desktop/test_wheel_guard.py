"""Scrolling a long wizard page with the mouse over an input scrolls the page and changes no answer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QScrollArea, QSpinBox, QWidget

from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.session import Session
from desktop.widgets import wheel_guard
from desktop.wizard.profile_page import ProfilePage
from tests.assessments.builders import firm


@pytest.fixture
def session(qtbot, tmp_path) -> Iterator[Session]:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(AssessmentFile(firm=firm(), on=dt.date(2026, 3, 31)))
    yield session
    session.workspace.close()


@pytest.fixture
def page(qtbot, session) -> ProfilePage:
    wheel_guard.install(QApplication.instance())
    page = ProfilePage(session)
    qtbot.addWidget(page)
    page.resize(900, 320)  # shorter than the form: the page scrolls
    page.show()
    qtbot.waitExposed(page)
    return page


def turn_wheel(widget: QWidget, notches: int = -1) -> None:
    """One wheel turn over the middle of `widget`, as the mouse sends it (down for a negative count)."""
    middle = QPointF(widget.rect().center())
    event = QWheelEvent(
        middle,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def scroll_bar(page: ProfilePage):
    return page.findChild(QScrollArea).verticalScrollBar()


def test_a_wheel_over_an_unfocused_yes_no_box_scrolls_the_page_and_keeps_the_answer(page, session):
    session.set_field("profile.compliance.clean_record", None)  # 待确认
    steps = session.undo_stack.count()
    combo = page.findChild(QComboBox, "profile.compliance.clean_record")
    assert combo.currentIndex() == 0
    bar = scroll_bar(page)
    assert bar.maximum() > 0 and bar.value() == 0
    turn_wheel(combo)
    assert combo.currentIndex() == 0  # still 待确认, not 是 or 否
    assert session.value("profile.compliance.clean_record") is None
    assert session.undo_stack.count() == steps
    assert bar.value() > 0  # the page scrolled instead
    assert not combo.hasFocus()


def test_a_wheel_over_the_focused_combo_still_picks_as_before(page, session):
    combo = page.findChild(QComboBox, "profile.industry")
    combo.setFocus()
    assert combo.hasFocus()
    before = combo.currentIndex()
    turn_wheel(combo)
    assert combo.currentIndex() == before + 1  # the user is choosing in it: the wheel steps on
    assert session.value("profile.industry") == combo.currentData()


def test_unfocused_spin_boxes_ignore_the_wheel_and_the_page_scrolls(page):
    spins = [QSpinBox(), QDoubleSpinBox()]
    host = page.findChild(QScrollArea).widget()
    for spin in spins:
        spin.setRange(0, 100)
        spin.setValue(50)
        host.layout().addWidget(spin, 0, 3)  # top of the form: visible before the page scrolls
        spin.show()
    bar = scroll_bar(page)
    for spin in spins:
        before = bar.value()
        turn_wheel(spin, notches=-1)
        assert spin.value() == 50
        assert bar.value() > before


def test_inputs_never_take_the_focus_from_a_wheel(page):
    combo = page.findChild(QComboBox, "profile.district")
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_the_guard_is_installed_once():
    app = QApplication.instance()
    assert wheel_guard.install(app) is wheel_guard.install(app)
