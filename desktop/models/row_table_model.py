"""The plumbing the tables over immutable rows share: one row a record, one column an enum member.

A subclass names its columns, how a record is keyed and, per role, a reader `(record, column) → value`;
this base answers Qt's model interface from them. Rows replaced by records with the same keys in the same
order update the cells in place, so the selection and scroll position survive a what-if edit.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
Reader = Callable[[Any, Any], Any]


class RowTableModel(QAbstractTableModel):
    def __init__(
        self,
        columns: Sequence[IntEnum],
        key: Callable[[Any], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)  # index → column without an enum lookup per cell
        self._key = key
        self._rows: tuple[Any, ...] = ()
        self._readers: dict[int, Reader] = {}

    # --- content ------------------------------------------------------------------------------

    def _replace_rows(self, rows: Sequence[Any]) -> None:
        rows = tuple(rows)
        if rows and [self._key(r) for r in rows] == [self._key(r) for r in self._rows]:
            self._rows = rows
            self._all_changed()
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, index: Index) -> Any | None:
        return self._rows[index.row()] if index.isValid() and index.row() < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The position of the record with this key, or -1."""
        return next((i for i, r in enumerate(self._rows) if self._key(r) == key), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._all_changed()

    def _all_changed(self) -> None:
        if self._rows:
            bottom = self.index(len(self._rows) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), bottom, [])

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[self.columns[section]]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(self.columns[section])
        return None

    def _headers(self) -> dict[Any, str]:
        raise NotImplementedError

    def _header_tips(self) -> dict[Any, str]:
        return {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per visible cell on every repaint: answer the unserved ones first.
        reader = self._readers.get(role)
        record = self.row_at(index) if reader is not None else None
        return None if record is None or reader is None else reader(record, self.columns[index.column()])
