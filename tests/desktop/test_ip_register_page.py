"""The IP register page: add, edit and remove through the real dialog and keys; import from Excel."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPushButton

from assessments.model import IpItem, IpOrigin, IpType
from assessments.results import Status
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop.session import Session
from desktop.wizard.ip_item_dialog import IpItemDialog
from desktop.wizard.ip_register_page import IpRegisterPage
from tests.assessments.builders import blank, firm
from tests.assessments.test_ip_import import write_workbook

ON = dt.date(2026, 3, 31)
OWN = IpItem(
    type=IpType.INVENTION,
    number="ZL1",
    title="一种阀门",
    granted_on=dt.date(2021, 5, 1),
    origin=IpOrigin.OWN_RD,
    supports_main_product=True,
    applied_with_benefit=True,
    holder_rank=1,
)
LICENSED = OWN.model_copy(update={"number": "ZL2", "title": "许可专利", "origin": IpOrigin.LICENCE})


@pytest.fixture
def session(qtbot, tmp_path) -> Iterator[Session]:
    session = Session(Workspace(tmp_path / "workspace.sqlite"))
    session.create(AssessmentFile(firm=firm().model_copy(update={"ip": (OWN, LICENSED)}), on=ON))
    yield session
    session.workspace.close()


@pytest.fixture
def page(qtbot, session) -> IpRegisterPage:
    page = IpRegisterPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def field(dialog: IpItemDialog, key: str):
    return dialog.inputs[key]


def choose(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def type_over(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def press_ok(qtbot, dialog: IpItemDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_an_item_through_the_dialog(page, session, qtbot):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    choose(field(dialog, "type"), IpType.UTILITY_MODEL)
    type_over(qtbot, field(dialog, "number"), "ZL3")
    type_over(qtbot, field(dialog, "granted_on"), "2020-01-15")
    choose(field(dialog, "origin"), IpOrigin.OWN_RD)
    type_over(qtbot, field(dialog, "holder_rank"), "2")
    press_ok(qtbot, dialog)
    added = session.doc.firm.ip[-1]
    assert (added.type, added.number, added.granted_on, added.holder_rank) == (
        IpType.UTILITY_MODEL,
        "ZL3",
        dt.date(2020, 1, 15),
        2,
    )
    assert added.supports_main_product is None  # left "to confirm", not "no"
    assert page.model.rowCount() == 3
    assert "Ⅱ" in page.model.index(2, 0).data()
    session.undo_stack.undo()
    assert len(session.doc.firm.ip) == 2


def test_the_dialog_refuses_a_bad_date_and_rank_with_the_reason(page, session, qtbot):
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    type_over(qtbot, field(dialog, "granted_on"), "2020-13-01")
    type_over(qtbot, field(dialog, "holder_rank"), "0")
    assert not dialog.ok_button.isEnabled()
    assert dialog.errors["granted_on"].isVisibleTo(dialog)
    assert "月份应在1至12之间" in dialog.errors["granted_on"].text()  # the reason, not only a format
    assert "1" in dialog.errors["holder_rank"].text()
    press_ok(qtbot, dialog)
    assert len(session.doc.firm.ip) == 2
    type_over(qtbot, field(dialog, "granted_on"), "2020-12-01")
    field(dialog, "holder_rank").clear()
    qtbot.keyClicks(field(dialog, "holder_rank"), "1")
    assert dialog.ok_button.isEnabled()


def test_double_click_edits_the_item(page, session, qtbot):
    index = page.model.index(0, 2)
    rect = page.view.visualRect(index)
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = page.dialog
    assert field(dialog, "number").text() == "ZL1"
    type_over(qtbot, field(dialog, "title"), "new title")
    press_ok(qtbot, dialog)
    assert session.doc.firm.ip[0].title == "new title"
    assert session.doc.firm.ip[0].number == "ZL1"
    assert len(session.doc.firm.ip) == 2


def test_delete_key_removes_the_selected_item_and_undo_brings_it_back(page, session, qtbot):
    page.view.selectRow(1)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert session.doc.firm.ip == (OWN,)
    session.undo_stack.undo()
    assert session.doc.firm.ip == (OWN, LICENSED)


def test_two_additions_are_two_undo_steps(page, session, qtbot):
    for number in ("A", "B"):
        page.add_item()
        type_over(qtbot, field(page.dialog, "number"), number)
        press_ok(qtbot, page.dialog)
    assert [i.number for i in session.doc.firm.ip] == ["ZL1", "ZL2", "A", "B"]
    session.undo_stack.undo()
    assert [i.number for i in session.doc.firm.ip] == ["ZL1", "ZL2", "A"]


def test_the_scheme_view_says_which_schemes_count_the_selected_item_and_why(page, session):
    page.view.selectRow(1)  # licensed only
    reasons = [page.counts.item(r, 2).text() for r in range(page.counts.rowCount())]
    assert page.counts.rowCount() == sum(
        1 for p in session.assessment.packs.values() if getattr(p, "ip", None)
    )
    assert all(reason in ("仅获许可，不拥有所有权", "licensed only, not owned") for reason in reasons)
    page.view.selectRow(0)
    verdicts = [page.counts.item(r, 1).text() for r in range(page.counts.rowCount())]
    assert all("✓" in v for v in verdicts)


def test_import_from_excel_shows_bad_cells_and_imports_the_good_rows_as_one_step(
    page, session, qtbot, tmp_path
):
    path = write_workbook(
        tmp_path / "ip.xlsx",
        [
            ("发明专利", "X1", "好", "2023-01-01", "有效", "自主研发", None, "是", "是", 1, "否"),
            ("发明专利", "X2", "坏", "2023/13/01", "有效", "自主研发", None, "是", "是", 1, "否"),
            (
                "软件著作权",
                "X3",
                "好",
                dt.datetime(2022, 6, 1),
                "有效",
                "自主研发",
                None,
                "是",
                "否",
                1,
                None,
            ),
        ],
    )
    page.import_file(path)
    qtbot.waitUntil(lambda: page.review is not None and page.review.isVisible())
    text = page.review.problems.toPlainText()
    assert "Sheet1!D3" in text
    assert "2023/13/01" in text
    assert len(session.doc.firm.ip) == 2  # nothing changes before the user confirms
    qtbot.mouseClick(page.review.import_button, Qt.MouseButton.LeftButton)
    assert [i.number for i in session.doc.firm.ip] == ["ZL1", "ZL2", "X1", "X3"]
    session.undo_stack.undo()
    assert [i.number for i in session.doc.firm.ip] == ["ZL1", "ZL2"]


def test_a_clean_workbook_imports_at_once(page, session, qtbot, tmp_path):
    path = write_workbook(tmp_path / "ip.xlsx", [("实用新型", "U1"), ("外观设计", "D1")])
    page.import_file(path)
    qtbot.waitUntil(lambda: len(session.doc.firm.ip) == 4)
    assert [i.type for i in session.doc.firm.ip[2:]] == [IpType.UTILITY_MODEL, IpType.DESIGN]
    assert page.status.isVisibleTo(page)


def test_cancelling_the_review_imports_nothing(page, session, qtbot, tmp_path):
    path = write_workbook(tmp_path / "ip.xlsx", [("专利", "bad")])
    page.import_file(path)
    qtbot.waitUntil(lambda: page.review is not None and page.review.isVisible())
    assert page.review.import_button is None  # no good row: only Cancel
    page.review.reject()
    assert len(session.doc.firm.ip) == 2


def test_the_ip_model_keeps_qts_contract(qtmodeltester, page):
    qtmodeltester.check(page.model)


def test_cancelling_a_long_import_changes_nothing(page, session, qtbot, tmp_path):
    path = write_workbook(tmp_path / "ip.xlsx", [("发明专利", f"N{n}") for n in range(3000)])
    page.import_file(path)
    page.progress.canceled.emit()  # what its Cancel button (or Esc) sends
    qtbot.waitUntil(lambda: page.status.isVisibleTo(page))
    assert len(session.doc.firm.ip) == 2
    assert page.review is None


# --- "we have none" (decision 14) ----------------------------------------------------------------


def blank_page(qtbot, tmp_path) -> tuple[IpRegisterPage, Session]:
    session = Session(Workspace(tmp_path / "blank.sqlite"))
    session.create(AssessmentFile(firm=blank(), on=ON))
    page = IpRegisterPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page, session


def test_one_click_confirms_no_ip_and_undo_takes_it_back(qtbot, tmp_path):
    page, session = blank_page(qtbot, tmp_path)
    button = page.findChild(QPushButton, "ipNoneButton")
    assert button.isVisible() and button.isEnabled()
    assert session.assessment["xiamen_2026_targets"].row("class1_ip").status is Status.UNKNOWN

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert session.doc.firm.ip_none_confirmed
    assert session.assessment["xiamen_2026_targets"].row("class1_ip").status is Status.NOT_MET
    assert not button.isEnabled()
    session.undo_stack.undo()
    assert not session.doc.firm.ip_none_confirmed and button.isEnabled()
    assert session.assessment["xiamen_2026_targets"].row("class1_ip").status is Status.UNKNOWN
    session.workspace.close()


def test_the_none_button_is_hidden_while_the_register_has_items(page):
    assert not page.findChild(QPushButton, "ipNoneButton").isVisible()
