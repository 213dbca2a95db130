"""The IP register (`firm.ip`) as a read-only table; items are edited through a dialog, never in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from assessments.ip import TRANSFERRED, count_ip
from assessments.labels import IP_ORIGINS, IP_STATUSES, IP_TYPES
from assessments.model import IpItem
from assessments.rules.schema import AnyPack, IpRule
from assessments.validation import Issue
from desktop.i18n import lang
from desktop.models.cell_style import FAINT, issue_background, issues_by_field, italic
from desktop.session import Session

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "type",
    "number",
    "title",
    "granted_on",
    "status",
    "origin",
    "transferred_on",
    "supports_main_product",
    "applied_with_benefit",
    "holder_rank",
    "high_value",
)
CLASS_MARK = {"I": "Ⅰ", "II": "Ⅱ", None: "—"}


def ip_rule(packs: Mapping[str, AnyPack]) -> IpRule | None:
    """The IP rule of the first scheme in force that has one (the Class Ⅰ/Ⅱ lists agree across packs)."""
    return next((rule for pack in packs.values() if (rule := getattr(pack, "ip", None)) is not None), None)


class IpTableModel(QAbstractTableModel):
    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._classes: list[str | None] = []
        self._issues: dict[str, list[Issue]] = {}
        self._collect()
        session.changed.connect(self._on_session_changed)

    def items(self) -> tuple[IpItem, ...]:
        return self.session.doc.firm.ip

    def item(self, row: int) -> IpItem:
        return self.items()[row]

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self.item(index.row()), COLUMNS[index.column()])
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._text(index, value)
            case Qt.ItemDataRole.ForegroundRole:
                return QBrush(FAINT) if value is None else None
            case Qt.ItemDataRole.FontRole:
                return italic() if value is None and self._to_confirm(index) else None
            case Qt.ItemDataRole.BackgroundRole:
                return issue_background(self.issues(index))
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(index, value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        return [  # two-line headers keep the eleven columns readable without scrolling
            self.tr("Type (class)"),
            self.tr("Number"),
            self.tr("Title"),
            self.tr("Granted\non"),
            self.tr("Status"),
            self.tr("How\nobtained"),
            self.tr("Transferred\non"),
            self.tr("Main product\nrelated"),
            self.tr("Applied with\nbenefit"),
            self.tr("Holder\nrank"),
            self.tr("High\nvalue"),
        ]

    # --- cells -----------------------------------------------------------------------------------

    def _text(self, index: Index, value: Any) -> str:
        name = COLUMNS[index.column()]
        if name == "type":
            return f"{IP_TYPES[value].get(lang())} ({CLASS_MARK[self._classes[index.row()]]})"
        if name == "transferred_on" and self._not_transferred(index.row()):
            return "—"
        if value is None:
            return self.tr("to confirm") if name not in ("number", "title") else ""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, dt.date):
            return value.isoformat()
        if name == "status":
            return IP_STATUSES[value].get(lang())
        if name == "origin":
            return IP_ORIGINS[value].get(lang())
        return str(value)

    def _to_confirm(self, index: Index) -> bool:
        name = COLUMNS[index.column()]
        return name not in ("number", "title") and not (
            name == "transferred_on" and self._not_transferred(index.row())
        )

    def _not_transferred(self, row: int) -> bool:
        origin = self.item(row).origin
        return origin is not None and origin not in TRANSFERRED

    def _tooltip(self, index: Index, value: Any) -> str | None:
        lines = [value] if COLUMNS[index.column()] == "title" and value else []
        lines += [issue.message.get(lang()) for issue in self.issues(index)]
        return "\n".join(lines) or None

    def issues(self, index: Index) -> list[Issue]:
        return self._issues.get(f"ip.{index.row()}.{COLUMNS[index.column()]}", [])

    # --- refreshing --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Headers and cells are read in the current language each time they are asked for."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def _on_session_changed(self, path: str) -> None:
        if path in ("", "ip", "assessment.date"):
            self.beginResetModel()
            self._collect()
            self.endResetModel()

    def _collect(self) -> None:
        rule = ip_rule(self.session.assessment.packs)
        items, on = self.items(), self.session.doc.on
        self._classes = (
            [d.klass for d in count_ip(items, rule, on).decisions] if rule else [None] * len(items)
        )
        self._issues = issues_by_field(self.session.assessment.issues)
