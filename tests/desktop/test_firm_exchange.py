"""Firms between PCs and evidence in the app: opening a .srdi of a firm already in the workspace offers
merge / keep both / skip (never a silent second copy), a clash is shown side by side, firms export with
a password, and evidence is added per criterion, marked when expired and exported for an application."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from assessments.edit import set_path
from assessments.evidence import Kind, add_evidence, list_evidence
from assessments.storage import srdi_file
from assessments.storage.firm_import import Choice, Keep
from assessments.storage.portable import Kdf, pack_of_workspace, read_pack, write_pack
from desktop.dialogs.evidence_dialog import EvidenceDialog, evidence_viewer_copy
from desktop.dialogs.firm_export_dialog import FirmExportDialog
from desktop.dialogs.firm_import_dialog import FirmImportDialog
from tests.desktop.conftest import type_text


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _sample_with_other_figures(window, tmp_path: Path) -> Path:
    """The open sample firm saved to a file with a changed 2025 revenue (same date, same purpose)."""
    path = tmp_path / "sample-changed.srdi"
    srdi_file.save(set_path(window.session.doc, "years.2025.revenue", "12345"), path)
    return path


def _firm_rows(window) -> list[tuple[str, int]]:
    return [(f.name, f.assessments) for f in window.session.workspace.firms()]


def test_opening_a_srdi_of_a_known_firm_offers_the_choice_and_skip_changes_nothing(window, qtbot, tmp_path):
    before = _firm_rows(window)
    window.open_file(str(_sample_with_other_figures(window, tmp_path)))
    dialog = window.firm_import_dialog
    assert isinstance(dialog, FirmImportDialog) and dialog.isVisible()
    assert _firm_rows(window) == before  # nothing written while the user decides
    (box,) = dialog.firm_boxes
    _choose(box.choice_combo, Choice.SKIP)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _firm_rows(window) == before


def test_the_differing_assessment_is_shown_side_by_side_and_both_can_be_kept(window, qtbot, tmp_path):
    old_revenue = str(window.session.doc.firm.year(2025).revenue)
    window.open_file(str(_sample_with_other_figures(window, tmp_path)))
    dialog = window.firm_import_dialog
    (box,) = dialog.firm_boxes
    (clash,) = box.clash_boxes
    table = clash.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows == {"2025年营业收入": (old_revenue, "12345")}
    _choose(clash.keep_combo, Keep.BOTH)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert [n for _name, n in _firm_rows(window)] == [2]  # one firm, now with both assessments
    assert str(window.session.doc.firm.year(2025).revenue) == "12345"  # the imported one is open


def test_keep_both_on_a_known_firm_adds_a_second_firm_on_purpose(window, qtbot, tmp_path):
    window.open_file(str(_sample_with_other_figures(window, tmp_path)))
    dialog = window.firm_import_dialog
    _choose(dialog.firm_boxes[0].choice_combo, Choice.KEEP_BOTH)
    assert not dialog.firm_boxes[0].clash_boxes[0].isEnabled()  # the clash only matters for a merge
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(_firm_rows(window)) == 2


def test_a_srdi_of_a_new_firm_opens_as_before(window, tmp_path):
    path = Path(__file__).resolve().parents[2] / "resources" / "samples" / "firm_b.srdi"
    window.open_file(str(path))
    assert getattr(window, "firm_import_dialog", None) is None or not window.firm_import_dialog.isVisible()
    assert len(_firm_rows(window)) == 2
    assert window.session.doc.firm.profile.name == "厦门乙信息技术有限公司"


def test_firms_export_with_a_password_and_import_elsewhere(window, qtbot, tmp_path):
    dialog = FirmExportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.kdf = Kdf(n=2**12)
    type_text(qtbot, dialog.password, "pw1")
    type_text(qtbot, dialog.repeat, "pw2")
    assert not dialog.export_to(tmp_path / "x.srdifirms")
    assert dialog.problem.text() == "两次输入的密码不一致。"
    dialog.repeat.clear()
    type_text(qtbot, dialog.repeat, "pw1")
    assert dialog.export_to(tmp_path / "x.srdifirms")
    pack = read_pack(tmp_path / "x.srdifirms", "pw1")
    assert [f.name for f in pack.firms] == [window.session.doc.firm.profile.name] and pack.encrypted


def test_a_firms_file_of_new_firms_imports_them_all(window, qtbot, tmp_path):
    from assessments.storage.workspace import Workspace

    other = Workspace(tmp_path / "other" / "workspace.sqlite")
    samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
    ids = [other.firm_of(other.create(srdi_file.load(samples / n))) for n in ("firm_c.srdi", "firm_d.srdi")]
    write_pack(tmp_path / "two.srdifirms", pack_of_workspace(other, ids)[0])
    other.close()
    window.import_firms(str(tmp_path / "two.srdifirms"))
    dialog = window.firm_import_dialog
    assert [b.choice_combo.count() for b in dialog.firm_boxes] == [0, 0]  # new firms: nothing to choose
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(_firm_rows(window)) == 3


@pytest.fixture
def evidence(window, qtbot):
    dialog = EvidenceDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_file_is_added_to_a_criterion_and_listed_under_it(window, evidence, qtbot, tmp_path):
    source = tmp_path / "高企证书.pdf"
    source.write_bytes(b"%PDF hnte")
    assert evidence.empty.isVisible()
    form = evidence.ask_details(source)
    form.select_target("hnte/ip_core")
    _choose(form.kind_combo, Kind.HNTE_CERTIFICATE)
    type_text(qtbot, form.issued_edit, "2023-12-01")
    type_text(qtbot, form.expires_edit, "2026-01-31")
    form._on_buttons_accepted()
    (record,) = list_evidence(window.session.workspace, window.session.firm_id)
    assert (record.criterion, record.kind, record.expires_on) == (
        "hnte/ip_core",
        "hnte_certificate",
        dt.date(2026, 1, 31),
    )
    group = evidence.tree.topLevelItem(0)
    assert group.text(0).endswith(window.session.assessment.results["hnte"].row("ip_core").label.zh)
    assert group.child(0).text(0) == "高企证书.pdf"
    assert group.child(0).text(3) == "2026-01-31（已过期）"  # the sample is assessed on 2026-05-15
    assert not evidence.empty.isVisible()


def test_a_bad_date_keeps_the_form_open_and_adds_nothing(window, evidence, qtbot, tmp_path):
    source = tmp_path / "a.pdf"
    source.write_bytes(b"x")
    form = evidence.ask_details(source)
    type_text(qtbot, form.expires_edit, "2026-13-01")
    form._on_buttons_accepted()
    assert form.isVisible() and "月份应在1至12之间" in form.problem.text()  # the wizard's reason
    assert list_evidence(window.session.workspace, window.session.firm_id) == []


def test_the_form_reads_dates_as_chinese_users_type_them(window, evidence, qtbot, tmp_path):
    source = tmp_path / "a.pdf"
    source.write_bytes(b"x")
    form = evidence.ask_details(source)
    type_text(qtbot, form.issued_edit, "2024年6月18日")
    type_text(qtbot, form.expires_edit, "2027/6/17")
    assert form.check() == ""
    assert (form.values()["issued_on"], form.values()["expires_on"]) == (dt.date(2024, 6, 18), dt.date(2027, 6, 17))


def test_the_evidence_exports_as_a_numbered_zip(window, evidence, tmp_path):
    source = tmp_path / "licence.pdf"
    source.write_bytes(b"licence")
    add_evidence(window.session.workspace, window.session.firm_id, source, Kind.BUSINESS_LICENCE)
    evidence.refresh()
    assert evidence.export_to(tmp_path / "out.zip") == ["01_基本材料/01_营业执照.pdf"]
    assert zipfile.ZipFile(tmp_path / "out.zip").read("01_基本材料/01_营业执照.pdf") == b"licence"


def _answer_password_prompts(answers: list[str], seen: list[str]) -> None:
    """Type each answer into the password prompt when it appears (it is modal: it runs its own loop)."""

    def answer() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, QInputDialog):
            QTimer.singleShot(10, answer)
            return
        seen.append(prompt.labelText())
        text = answers.pop(0)
        if text:
            prompt.setTextValue(text)
            prompt.accept()
        else:
            prompt.reject()
        if answers:
            QTimer.singleShot(0, answer)

    QTimer.singleShot(0, answer)


@pytest.fixture
def sealed_file(window, tmp_path) -> Path:
    pack, _ = pack_of_workspace(window.session.workspace, [window.session.firm_id])
    path = tmp_path / "sealed.srdifirms"
    write_pack(path, pack, "right", Kdf(n=2**12))
    return path


def test_an_encrypted_file_asks_again_after_a_wrong_password(window, sealed_file):
    seen: list[str] = []
    _answer_password_prompts(["wrong", "right"], seen)
    window.import_firms(str(sealed_file))
    assert seen == ["此企业交换文件的密码：", "密码不正确（或文件头已被改动）\n此企业交换文件的密码："]
    dialog = window.firm_import_dialog
    assert dialog.isVisible() and dialog.plans[0].match is not None  # the sample, already here


def test_giving_up_on_the_password_imports_nothing(window, sealed_file):
    before = _firm_rows(window)
    _answer_password_prompts([""], [])
    window.import_firms(str(sealed_file))
    assert getattr(window, "firm_import_dialog", None) is None
    assert _firm_rows(window) == before


def test_reopening_the_same_srdi_opens_the_stored_assessment(window, qtbot, tmp_path):
    path = tmp_path / "same.srdi"
    srdi_file.save(window.session.doc, path)
    opened = window.session.assessment_id
    window.session.create(
        set_path(window.session.doc, "assessment.date", "2025-01-01"), window.session.firm_id
    )
    window.open_file(str(path))
    dialog = window.firm_import_dialog
    assert "已有1份" in dialog.firm_boxes[0].status.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.session.assessment_id == opened
    assert [n for _name, n in _firm_rows(window)] == [2]


def test_a_file_opens_under_its_own_name_so_the_viewer_knows_its_type(window, evidence, tmp_path):
    source = tmp_path / "审计报告 2025.pdf"
    source.write_bytes(b"%PDF audit")
    record = add_evidence(window.session.workspace, window.session.firm_id, source, Kind.AUDIT_REPORT)
    viewing = evidence_viewer_copy(window.session, record)
    assert viewing.name == "审计报告 2025.pdf" and viewing.read_bytes() == b"%PDF audit"
