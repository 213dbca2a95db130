"""Page 4: the IP register — add, edit, remove or import items, and see which schemes count each one."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.ip import count_ip
from assessments.ip_import import IpImport, read_ip_workbook
from desktop.i18n import lang
from desktop.models.ip_table_model import COLUMNS, IpTableModel
from desktop.session import Session
from desktop.tasks import Task, start
from desktop.widgets import parts
from desktop.widgets.record_list import set_list
from desktop.wizard.ip_item_dialog import IpItemDialog
from desktop.wizard.translated_page import TranslatedPage

TITLE_COLUMN = COLUMNS.index("title")
COUNTED_COLOURS = {True: QColor("#1e7b45"), False: QColor("#a33a2e"), None: QColor("#a0670b")}


class ImportReviewDialog(QDialog):
    """The problems found in a workbook; the user imports the good rows or cancels."""

    def __init__(self, result: IpImport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(620, 380)
        summary = QLabel(
            self.tr(
                "%1 rows read: %2 can be imported, %3 problems. Rows with a problem are left out; "
                "correct them in the workbook and import those rows again."
            )
            .replace("%1", str(result.rows))
            .replace("%2", str(len(result.items)))
            .replace("%3", str(len(result.problems)))
        )
        summary.setWordWrap(True)
        self.problems = QPlainTextEdit("\n".join(p.message.get(lang()) for p in result.problems))
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = None
        if result.items:
            text = self.tr("Import %1 good rows").replace("%1", str(len(result.items)))
            self.import_button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)


class SchemeCounts(QTableWidget):
    """For one IP item: per scheme in force, whether its IP rule counts the item, and why."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.session = session
        self.setObjectName("ipSchemeCounts")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setFixedHeight(190)  # room for every scheme with an IP rule, without taking the register's space
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Scheme"), self.tr("Counted?"), self.tr("Why")])

    def show_item(self, row: int | None) -> None:
        self.setRowCount(0)
        ip, on = self.session.doc.firm.ip, self.session.doc.on
        if row is None or row >= len(ip):
            return
        for pack in self.session.assessment.packs.values():
            rule = getattr(pack, "ip", None)
            if rule is not None:
                decision = count_ip(ip, rule, on).decisions[row]
                title = pack.title_zh if lang() == "zh" else pack.title_en
                self._add_row(title, decision.counted, decision.reason.get(lang()))

    def _add_row(self, title: str, counted: bool | None, reason: str) -> None:
        row = self.rowCount()
        self.insertRow(row)
        verdict = {True: self.tr("✓ counts"), False: self.tr("✗ not counted"), None: self.tr("? to confirm")}
        mark = QTableWidgetItem(verdict[counted])
        mark.setForeground(QBrush(COUNTED_COLOURS[counted]))
        for column, item in enumerate((QTableWidgetItem(title), mark, QTableWidgetItem(reason))):
            self.setItem(row, column, item)


class IpRegisterPage(TranslatedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.model = IpTableModel(session, self)
        self.view = self._make_view()
        self.add_button, self.edit_button = QPushButton(), QPushButton()
        self.remove_button, self.import_button = QPushButton(), QPushButton()
        # Decision 14: an empty register is "to confirm" until the user says the firm has no IP.
        self.none_note = parts.wrapped("", "ipNoneNote")
        self.none_button = QPushButton()
        self.none_button.setObjectName("ipNoneButton")
        self.status = parts.wrapped("", "ipStatus")
        self.status.setVisible(False)
        self.counts_title = parts.label("sectionTitle")
        self.counts = SchemeCounts(session)
        self.dialog: IpItemDialog | None = None
        self.review: ImportReviewDialog | None = None
        self.progress: QProgressDialog | None = None
        self.task: Task | None = None
        self._lay_out()
        self._connect()
        self.retranslate()

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setObjectName("ipTable")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TITLE_COLUMN, 180)  # the full title is in the cell's tooltip
        view.verticalHeader().setDefaultSectionSize(26)
        return view

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        none_row = QHBoxLayout()
        none_row.addWidget(self.none_note, 1)
        none_row.addWidget(self.none_button)
        layout.addLayout(none_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.counts_title)
        layout.addWidget(self.counts)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.none_button.clicked.connect(self.confirm_none)
        self.session.changed.connect(self._on_session_changed)
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)
        self.model.modelReset.connect(self._on_selection_moved)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    # --- add, edit, remove ------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.view.selectionModel().selectedRows())

    def add_item(self) -> None:
        self._open_dialog(None)

    def edit_item(self, row: int) -> None:
        self._open_dialog(row)

    def _open_dialog(self, row: int | None) -> None:
        item = None if row is None else self.model.item(row)
        self.dialog = IpItemDialog(item, self)
        self.dialog.accepted.connect(partial(self._on_dialog_accepted, row))
        self.dialog.open()

    def _on_dialog_accepted(self, row: int | None) -> None:
        assert self.dialog is not None
        items = list(self.session.doc.firm.ip)
        if row is None:
            items.append(self.dialog.item())
            label, row = self.tr("Add IP item"), len(items) - 1
        else:
            items[row] = self.dialog.item()
            label = self.tr("Edit IP item")
        set_list(self.session, "ip", tuple(items), label)
        self.view.selectRow(row)

    def remove_selected(self) -> None:
        rows = set(self.selected_rows())
        if not rows:
            return
        kept = tuple(item for i, item in enumerate(self.session.doc.firm.ip) if i not in rows)
        set_list(self.session, "ip", kept, self.tr("Remove IP items"))
        self._say(self.tr("%1 items removed. Undo (Ctrl+Z) brings them back.").replace("%1", str(len(rows))))

    def confirm_none(self) -> None:
        """One click: the firm holds no IP, so the counts read 0 (undo with Ctrl+Z)."""
        self.session.set_field("ip_none_confirmed", True, self.tr("Confirm: no IP"))

    def _on_session_changed(self, path: str) -> None:
        super()._on_session_changed(path)
        self._show_none_state()

    def _show_none_state(self) -> None:
        firm = self.session.doc.firm
        self.none_button.setVisible(not firm.ip)
        self.none_button.setEnabled(not firm.ip_none_confirmed)
        self.none_note.setVisible(not firm.ip)
        if firm.ip_none_confirmed:
            self.none_note.setText(self.tr("Confirmed: the firm holds no IP. Every IP count reads 0."))
        else:
            self.none_note.setText(
                self.tr(
                    "The register is empty, so every IP count is to confirm: add the items, or confirm "
                    "that the firm has none."
                )
            )

    def _on_edit_button_clicked(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.edit_item(rows[0])

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.edit_item(index.row())

    def _on_view_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._on_selection_moved()

    def _on_selection_moved(self) -> None:
        rows = self.selected_rows()
        self.edit_button.setEnabled(len(rows) == 1)
        self.remove_button.setEnabled(bool(rows))
        self._show_counts(rows[0] if len(rows) == 1 else None)

    def _show_counts(self, row: int | None) -> None:
        self.counts.show_item(row)
        if row is None:
            self.counts_title.setText(self.tr("Select one item to see which schemes count it"))
            return
        item = self.model.item(row)
        name = item.title or item.number or str(row + 1)
        self.counts_title.setText(self.tr("Which schemes count “%1”").replace("%1", name))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- import from Excel ------------------------------------------------------------------------

    def _on_import_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import IP list"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read the workbook in the background; a progress dialog lets the user cancel."""
        self.task = Task(partial(read_ip_workbook, path))
        self.progress = QProgressDialog(
            self.tr("Reading %1…").replace("%1", path.name), self.tr("Cancel"), 0, 100, self
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(self.task.cancel)
        self.task.signals.progressed.connect(self._on_task_progressed)
        self.task.signals.finished.connect(self._on_task_finished)
        self.task.signals.failed.connect(self._on_task_failed)
        self.task.signals.cancelled.connect(self._on_task_cancelled)
        start(self.task)

    def _on_task_progressed(self, percent: int, _text: str) -> None:
        if self.progress is not None:
            self.progress.setValue(percent)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_task_finished(self, result: IpImport) -> None:
        self._close_progress()
        if not result.problems:
            self._append(result)
            return
        self.review = ImportReviewDialog(result, self)
        self.review.accepted.connect(partial(self._append, result))
        self.review.open()

    def _on_task_failed(self, message: str) -> None:
        self._close_progress()
        self._say(self.tr("The import failed: %1").replace("%1", message))

    def _on_task_cancelled(self) -> None:
        self._close_progress()
        self._say(self.tr("Import cancelled: nothing was changed."))

    def _append(self, result: IpImport) -> None:
        if not result.items:
            self._say(self.tr("No IP items found in the workbook."))
            return
        items = (*self.session.doc.firm.ip, *result.items)
        set_list(self.session, "ip", items, self.tr("Import IP items from Excel"))
        self._say(
            self.tr("%1 items imported. Undo (Ctrl+Z) takes them all back.").replace(
                "%1", str(len(result.items))
            )
        )

    # --- texts -------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("IP register"))
        self.setSubTitle(
            self.tr(
                "Every patent, software copyright and other IP item the firm holds or has applied for. "
                "Each scheme counts items by its own rule: select an item to see which count it and why."
            )
        )
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.import_button.setText(self.tr("Import from Excel…"))
        self.none_button.setText(self.tr("We have none"))
        self.none_button.setToolTip(self.tr("Confirm that the firm holds no IP (undo with Ctrl+Z)"))
        self._show_none_state()
        self.counts.retranslate()
        self.model.retranslate()
        self._on_selection_moved()
