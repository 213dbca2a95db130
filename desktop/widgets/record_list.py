"""A small list of the document (awards, standards, planned loans…) as a read-only table with Add / Edit /
Remove buttons; each record is typed into a RecordDialog and the whole list written as one undo step."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.session import Session
from desktop.widgets.record_dialog import FieldSpec, RecordDialog


def set_list(session: Session, path: str, items: tuple[Any, ...], label: str) -> None:
    """Write a whole list (IP register, awards…) as its own undo step.

    `set_field` merges consecutive edits of one path, which suits typing into a field but would fold
    two separate additions into a single undo; a macro around the edit keeps each one apart.
    """
    if session.value(path) == items:
        return
    session.undo_stack.beginMacro(label)
    try:
        session.set_field(path, items, label)
    finally:
        session.undo_stack.endMacro()


class RecordList(QWidget):
    """A read-only table of one list of the document, with Add / Edit / Remove through a RecordDialog
    (or the dialog `make_dialog` builds, given the list as its parent)."""

    def __init__(
        self,
        session: Session,
        path: str,
        record: type[BaseModel],
        specs: Callable[[], Sequence[FieldSpec]],
        cells: Callable[[Any], list[str]],
        headers: Callable[[], list[str]],
        make_dialog: Callable[[QWidget], RecordDialog] = RecordDialog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.path, self.record, self.specs, self.cells = session, path, record, specs, cells
        self.headers, self.make_dialog = headers, make_dialog
        self.dialog: RecordDialog | None = None
        self.table = QTableWidget(0, len(headers()))
        self.table.setObjectName(path)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self._lay_out()
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.doubleClicked.connect(lambda index: self.open_dialog(index.row()))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)
        session.changed.connect(self._on_session_changed)
        self.retranslate()
        self.refresh()

    def _lay_out(self) -> None:
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(self.headers())
        self.add_button.setText(self.tr("Add…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def records(self) -> tuple[Any, ...]:
        return self.session.value(self.path) or ()

    def refresh(self) -> None:
        records = self.records()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, text in enumerate(self.cells(record)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _on_session_changed(self, path: str) -> None:
        if path in ("", self.path):
            self.refresh()

    def open_dialog(self, row: int | None) -> None:
        record = None if row is None else self.records()[row]
        self.dialog = self.make_dialog(self)
        title = self.tr("Add") if record is None else self.tr("Edit")
        self.dialog.build(title, self.specs(), dict(record) if record is not None else {})
        self.dialog.accepted.connect(partial(self._on_dialog_accepted, row))
        self.dialog.open()

    def _on_dialog_accepted(self, row: int | None) -> None:
        assert self.dialog is not None
        record = self.record(**{k: v for k, v in self.dialog.values().items() if v is not None})
        records = list(self.records())
        if row is None:
            records.append(record)
        else:
            records[row] = record
        set_list(self.session, self.path, tuple(records), self.dialog.windowTitle())

    def _on_edit_button_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_dialog(rows[0].row())

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if rows:
            kept = tuple(r for i, r in enumerate(self.records()) if i not in rows)
            set_list(self.session, self.path, kept, self.tr("Remove"))
