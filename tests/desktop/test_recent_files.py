"""File → Recent files: newest first, at most eight, missing files dropped, kept across a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QApplication

from assessments.model import Firm, Profile
from assessments.storage import srdi_file
from assessments.storage.srdi_file import AssessmentFile
from desktop.app import build
from desktop.recent_files import LIMIT, RecentFiles

from .conftest import dispose


def save_files(window, folder: Path, count: int) -> list[Path]:
    paths = [folder / f"firm{n}.srdi" for n in range(count)]
    for path in paths:
        window.save_file(str(path))
    return paths


def entries(window) -> list[str]:
    return [action.text() for action in window.recent_menu.actions() if action.toolTip().endswith(".srdi")]


def test_saved_and_opened_files_come_first_in_the_menu(window, tmp_path):
    first, second = save_files(window, tmp_path, 2)
    assert window.recent.paths() == [second, first]
    window.open_file(str(first))
    assert window.recent.paths() == [first, second]  # opened again: moved up, not listed twice
    assert entries(window)[0].startswith("&1  firm0.srdi")


def test_the_list_keeps_the_newest_eight(window, tmp_path):
    paths = save_files(window, tmp_path, LIMIT + 2)
    assert window.recent.paths() == paths[::-1][:LIMIT]
    assert len(entries(window)) == LIMIT


def test_choosing_a_file_in_the_menu_opens_it(window, tmp_path):
    path = tmp_path / "other.srdi"
    other = AssessmentFile(firm=Firm(profile=Profile(name="厦门另一家科技有限公司")), on=dt.date(2026, 5, 1))
    srdi_file.save(other, path)
    window.recent.add(path)
    window.recent_menu.actions()[0].trigger()
    assert window.session.doc.firm.profile.name == "厦门另一家科技有限公司"
    assert window.recent.paths() == [path]


def test_a_file_of_a_firm_already_here_offers_the_choice_instead_of_a_copy(window, tmp_path):
    (path,) = save_files(window, tmp_path, 1)
    firms = len(window.session.workspace.firms())
    window.recent_menu.actions()[0].trigger()
    assert window.firm_import_dialog is not None and window.firm_import_dialog.isVisible()
    assert len(window.session.workspace.firms()) == firms
    assert window.recent.paths() == [path]
    window.firm_import_dialog.reject()


def test_a_file_gone_missing_is_removed_with_a_message(window, tmp_path):
    first, second = save_files(window, tmp_path, 2)
    second.unlink()
    assessment = window.session.assessment_id
    window.recent_menu.actions()[0].trigger()
    assert window.recent_menu.message is not None and window.recent_menu.message.isVisible()
    assert str(second) in window.recent_menu.message.text()
    assert window.recent.paths() == [first]
    assert window.session.assessment_id == assessment
    window.recent_menu.message.accept()


def test_the_list_survives_a_restart_and_drops_files_deleted_meanwhile(qtbot, data_dir: Path):
    _app, first = build([])
    kept, gone, newest = save_files(first, data_dir, 3)
    dispose(first)
    gone.unlink()
    assert (data_dir / "settings.ini").is_file()
    _app, again = build([])
    assert again.recent.paths() == [newest, kept]
    assert RecentFiles().paths() == [newest, kept]  # the dropped file is gone from the settings too
    dispose(again)


def test_clear_list_empties_the_menu(window, tmp_path):
    save_files(window, tmp_path, 2)
    clear = next(a for a in window.recent_menu.actions() if a.text() == window.recent_menu.tr("Clear list"))
    clear.trigger()
    QApplication.processEvents()
    assert window.recent.paths() == []
    assert [a.isEnabled() for a in window.recent_menu.actions()] == [False]  # "No recent files"
