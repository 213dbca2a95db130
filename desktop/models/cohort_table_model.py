"""The firms of a cohort as a table: name, assessment date, the three target figures and the verdict.

Each figure carries its status as a mark and a colour (met, not met, to confirm); a firm whose targets are
not in force on its date reads grey and says it is left out of the cohort figures. The same reading gives
the rows of the CSV export, with numbers as numbers so that a spreadsheet can compute with them.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from assessments.cohort import Cohort, CohortFirm
from assessments.export.csv_file import CsvCell
from assessments.numbers import round2
from assessments.results import Row
from desktop.i18n import lang
from desktop.models.cell_style import FAINT
from desktop.models.result_table_model import quantity_text
from desktop.models.row_table_model import RowTableModel
from desktop.widgets import status_style as style

FIRM_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    FIRM = 0
    DATE = 1
    RD_SHARE = 2
    CLASS1 = 3
    DIGITAL = 4
    VERDICT = 5


COLUMNS = tuple(Column)
TARGET_OF = {Column.RD_SHARE: "rd_share", Column.CLASS1: "class1_ip", Column.DIGITAL: "digital_level"}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def plain_number(value: Decimal | None) -> Decimal | None:
    """A figure the CSV writes as a number ("9.6", "10", "3.69"); None (empty) when unknown."""
    return None if value is None else round2(value)


class CohortTableModel(RowTableModel):
    def __init__(self, cohort: Cohort | None = None, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda firm: firm.firm_id, parent)
        self._rows = cohort.firms if cohort is not None else ()
        self._readers = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.BackgroundRole: _background,
            Qt.ItemDataRole.ForegroundRole: _foreground,
            Qt.ItemDataRole.TextAlignmentRole: _alignment,
            FIRM_ROLE: lambda firm, _column: firm,
            SORT_ROLE: _sort_key,
            FILTER_ROLE: lambda firm, _column: f"{firm.name} {firm.credit_code}",
        }

    def set_cohort(self, cohort: Cohort) -> None:
        self._replace_rows(cohort.firms)

    def _headers(self) -> dict[Column, str]:
        return {
            Column.FIRM: self.tr("Firm"),
            Column.DATE: self.tr("Assessment date"),
            Column.RD_SHARE: self.tr("R&D share"),
            Column.CLASS1: self.tr("Class I IP"),
            Column.DIGITAL: self.tr("Digital level"),
            Column.VERDICT: self.tr("Three targets"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.RD_SHARE: self.tr("Last year's R&D expense ÷ revenue"),
            Column.CLASS1: self.tr("Valid Class I IP items the firm owns"),
            Column.DIGITAL: self.tr("Digital maturity level"),
            Column.VERDICT: self.tr("The firm's own verdict on the three targets"),
        }

    # --- how a firm reads ---------------------------------------------------------------------

    def _display(self, firm: CohortFirm, column: Column) -> str:
        match column:
            case Column.FIRM:
                return firm.name or self.tr("(unnamed firm)")
            case Column.DATE:
                return firm.on.isoformat()
            case Column.VERDICT:
                return style.verdict_text(firm.result.verdict)
        row = firm.target(TARGET_OF[column])
        if row is None:
            return "—"
        if row.value is None:
            return style.status_text(row.status)
        return f"{style.STATUS_MARK[row.status]} {quantity_text(row.value, row.unit)}"

    def _tooltip(self, firm: CohortFirm, column: Column) -> str:
        if not firm.in_force:
            return self._left_out_text()
        if column in TARGET_OF:
            row = firm.target(TARGET_OF[column])
            return _row_tooltip(row) if row is not None else ""
        if column is Column.VERDICT:
            return firm.result.summary.get(lang())
        return firm.credit_code if column is Column.FIRM else ""

    def _left_out_text(self) -> str:
        return self.tr(
            "Left out of the cohort figures: the 2026 targets are not in force on this assessment date."
        )

    # --- the CSV export -----------------------------------------------------------------------

    def csv_header(self) -> list[str]:
        status = self.tr("%1 status")
        return [
            self.tr("Firm"),
            self.tr("Unified social credit code"),
            self.tr("Assessment date"),
            self.tr("R&D share (%)"),
            status.replace("%1", self.tr("R&D share")),
            self.tr("Class I IP (items)"),
            status.replace("%1", self.tr("Class I IP")),
            self.tr("Digital level"),
            status.replace("%1", self.tr("Digital level")),
            self.tr("Three targets"),
            self.tr("In the cohort figures"),
        ]

    def csv_rows(self) -> list[list[CsvCell]]:
        """Every firm of the cohort, whatever the search box shows."""
        return [self._csv_row(firm) for firm in self._rows]

    def _csv_row(self, firm: CohortFirm) -> list[CsvCell]:
        cells: list[CsvCell] = [firm.name, firm.credit_code, firm.on.isoformat()]
        for row_id in TARGET_OF.values():
            row = firm.target(row_id)
            cells += [plain_number(row.value), style.status_name(row.status)] if row else [None, None]
        counted = self.tr("yes") if firm.in_force else self.tr("no")
        return [*cells, style.verdict_name(firm.result.verdict), counted]


def _row_tooltip(row: Row) -> str:
    language = lang()
    lines = [style.status_name(row.status), row.calc.get(language), row.requirement.get(language)]
    if row.gap is not None:
        lines.append(row.gap.text.get(language))
    return "\n".join(lines)


def _sort_key(firm: CohortFirm, column: Column) -> str | float:
    """Names and dates sort as text, figures as numbers with the unknown ones first."""
    match column:
        case Column.FIRM:
            return firm.name
        case Column.DATE:
            return firm.on.isoformat()
        case Column.VERDICT:
            return firm.result.verdict.value
    row = firm.target(TARGET_OF[column])
    # A float only orders the rows; the figures shown are the engine's Decimals.
    return -1.0 if row is None or row.value is None else float(row.value)


def _background(firm: CohortFirm, column: Column) -> QColor | None:
    if not firm.in_force:
        return None
    if column is Column.VERDICT:
        return style.colour(style.verdict_tone(firm.result.verdict).fill)
    row = firm.target(TARGET_OF[column]) if column in TARGET_OF else None
    return style.colour(style.status_tone(row.status).fill) if row is not None else None


def _foreground(firm: CohortFirm, column: Column) -> QColor | None:
    if not firm.in_force:
        return FAINT
    if column is Column.VERDICT:
        return style.colour(style.verdict_tone(firm.result.verdict).ink)
    row = firm.target(TARGET_OF[column]) if column in TARGET_OF else None
    return style.colour(style.status_tone(row.status).ink) if row is not None else None


def _alignment(_firm: CohortFirm, column: Column) -> int | None:
    return RIGHT if column in TARGET_OF else None
