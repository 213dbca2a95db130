"""A line editor for the cells of a model that can say why a text would be refused (`check(index, text)`).

The editor is marked invalid and `text_checked` carries the reason while the user types, so the view can
show it before the entry is committed; the model still refuses the entry itself when it is committed.
"""

from __future__ import annotations

from functools import partial
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.widgets import status_style as style

Index = QModelIndex | QPersistentModelIndex


class CheckingModel(Protocol):
    def check(self, index: Index, text: str) -> str: ...


class CheckedLineDelegate(QStyledItemDelegate):
    text_checked = Signal(str)  # the reason the text would be refused, or ""

    def __init__(self, model: CheckingModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = model

    def prepare(self, editor: QLineEdit, index: QModelIndex) -> None:
        """Name, alignment and placeholder of a new editor: the subclass's say."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        self.prepare(editor, index)
        editor.textEdited.connect(partial(self._on_editor_text_edited, editor, QPersistentModelIndex(index)))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QLineEdit) and not editor.isModified():
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def _on_editor_text_edited(self, editor: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        error = self.model.check(index, text)
        style.set_state(editor, "invalid", bool(error))
        self.text_checked.emit(error)
