"""A damaged, locked, shared or deleted-under-us workspace: the app starts, says what happened and never
loses what the user typed. Real files, real SQLite connections, the real app (offscreen)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from assessments.model import Firm, Profile
from assessments.storage.srdi_file import AssessmentFile
from assessments.storage.workspace import Workspace
from desktop import i18n
from desktop.app import build
from desktop.main_window import MainWindow
from tests.desktop.conftest import dispose

GOOD, BAD = "厦门甲精密制造有限公司", "厦门乙信息技术有限公司"
RD = "years.2025.rd_expense"


@pytest.fixture(autouse=True)
def chinese_ui(qapp) -> Iterator[None]:
    i18n.install(i18n.DEFAULT)
    yield
    i18n.install(i18n.DEFAULT)


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SRDI_DATA_DIR", str(folder))
    return folder


def two_firms(folder: Path) -> Path:
    """A sound workspace with two firms, closed (its log folded into the file)."""
    path = folder / "workspace.sqlite"
    workspace = Workspace(path)
    for name in (GOOD, BAD):
        workspace.create(
            AssessmentFile(Firm(profile=Profile(name=name)), on=__import__("datetime").date(2026, 5, 15))
        )
    workspace.close()
    return path


def sql(path: Path, statement: str) -> None:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute(statement)
    db.close()


def truncate(path: Path) -> None:
    with open(path, "r+b") as file:
        file.truncate(path.stat().st_size // 2 + 100)


DAMAGE: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "truncated": (truncate, set()),
    "random bytes": (lambda p: p.write_bytes(os.urandom(16384)), set()),
    "zero bytes": (lambda p: p.write_bytes(b""), set()),
    "a newer format": (lambda p: sql(p, "PRAGMA user_version = 99"), {GOOD, BAD}),
    "a row with bad JSON": (
        lambda p: sql(p, "UPDATE assessment SET document = '{\"firm\": ' WHERE id = 2"),
        {GOOD},
    ),
    "a row with a bad date": (
        lambda p: sql(p, "UPDATE assessment SET on_date = '2026-13-45' WHERE id = 2"),
        {GOOD},
    ),
}


@pytest.fixture
def start(qtbot, data_dir: Path) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def started() -> MainWindow:
        _app, window = build([])
        windows.append(window)
        return window

    yield started
    for window in windows:
        dispose(window)


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_workspace_is_backed_up_recovered_and_explained(start, data_dir: Path, damage: str):
    path = two_firms(data_dir)
    spoil, survivors = DAMAGE[damage]
    spoil(path)
    window = start()
    names = {firm.name for firm in window.session.workspace.firms()}
    assert survivors <= names
    assert window.workspace.tree.topLevelItemCount() >= len(survivors) > 0 or not survivors
    assert list(data_dir.glob("workspace.sqlite.damaged-20*")), "the damaged file is kept"
    message = window.recovery_message.full_text()
    assert "工作区" in message and "damaged-" in message
    if BAD not in names and survivors:
        assert BAD in message  # the row left behind is named
    assert not window.session.read_only


def test_a_read_only_workspace_opens_read_only_with_a_banner(start, data_dir: Path):
    path = two_firms(data_dir)
    path.chmod(0o444)
    window = start()
    assert {f.name for f in window.session.workspace.firms()} == {GOOD, BAD}
    assert window.session.read_only and "只读" in window.banner.text()
    with pytest.raises(ValueError, match="只读"):
        window.session.set_field(RD, Decimal(5))
    assert window.message is not None and "只读" in window.message.text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o400  # still read-only, now for the user alone


def test_a_failed_save_is_shown_kept_and_retried(start, data_dir: Path, qtbot):
    window = start()
    session = window.session
    other = sqlite3.connect(data_dir / "workspace.sqlite", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    session.set_field(RD, Decimal("1234"))
    assert "未保存" in window.banner.text()
    assert window.isWindowModified() and session.value(RD) == Decimal("1234")
    other.execute("ROLLBACK")
    other.close()
    session.retry_timer.setInterval(10)
    qtbot.waitUntil(lambda: not session.unsaved, timeout=5000)
    assert window.banner.text() == "" and not window.isWindowModified()
    fresh = Workspace(data_dir / "workspace.sqlite")
    assert fresh.load(session.assessment_id).firm.year(2025).rd_expense == Decimal("1234")
    fresh.close()


def test_an_assessment_deleted_elsewhere_keeps_the_edit_and_says_so(start, data_dir: Path, qtbot):
    window = start()
    session = window.session
    doomed = session.assessment_id
    other = Workspace(data_dir / "workspace.sqlite")
    other.delete_assessment(doomed)
    session.set_field(RD, Decimal("777"))
    assert "删除" in window.banner.text() and "未保存" in window.banner.text()
    assert session.value(RD) == Decimal("777")
    save_as_new = next(b for b in window.banner.buttons if b.text() == "另存为新评估")
    save_as_new.click()
    assert not session.unsaved and session.revision != 0  # a new row, even where SQLite reused the id
    assert other.load(session.assessment_id).firm.year(2025).rd_expense == Decimal("777")
    other.close()


def test_an_assessment_changed_elsewhere_is_not_overwritten(start, data_dir: Path):
    window = start()
    session = window.session
    other = Workspace(data_dir / "workspace.sqlite")
    theirs = other.load_stored(session.assessment_id)
    other.save(session.assessment_id, theirs.doc, theirs.revision)
    session.set_field(RD, Decimal("888"))
    assert "修改" in window.banner.text()
    assert other.load(session.assessment_id).firm.year(2025).rd_expense != Decimal("888")
    session.discard_changes()
    assert not session.unsaved and session.value(RD) != Decimal("888")
    other.close()


def test_one_unreadable_assessment_does_not_block_the_others(start, data_dir: Path):
    two_firms(data_dir)
    window = start()
    sql(data_dir / "workspace.sqlite", "UPDATE assessment SET document = 'not json' WHERE id = 2")
    window.workspace.refresh()
    assert window.workspace.tree.topLevelItemCount() == 2
    current = window.session.assessment_id
    assert window.session.open(2) is False
    assert window.session.assessment_id == current
    assert "无法读取" in window.message.text()


def test_the_data_folder_and_its_files_are_private(start, data_dir: Path):
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    window = start()
    i18n.set_language("zh_CN")  # writes the settings file
    QApplication.processEvents()
    if os.name == "nt":
        pytest.skip("Windows: the data folder is in the user's own profile")
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "workspace.sqlite").stat().st_mode) == 0o600
    assert stat.S_IMODE((data_dir / "settings.ini").stat().st_mode) == 0o600
    assert window.session.workspace.firms()


def test_temporaries_left_by_a_killed_export_are_swept_at_start(start, data_dir: Path, tmp_path: Path):
    exports = tmp_path / "exports"
    exports.mkdir()
    data_dir.mkdir()
    (data_dir / "written-folders.txt").write_text(f"{exports}\n", encoding="utf-8")
    left = [
        exports / ".report.xlsx~999999-0badf00d.part",
        data_dir / ".workspace.sqlite~999999-0badf00d.part",
    ]
    for path in left:
        path.write_bytes(b"half")
    start()
    assert not any(path.exists() for path in left)
