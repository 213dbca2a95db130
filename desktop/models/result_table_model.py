"""The criteria of one scheme result as a table: criterion, calculation, requirement, points, status, gap.

The rows are the engine's immutable `Row`s; the model only says how each reads. A what-if edit that
keeps the same criteria updates the cells in place, so the selection and scroll position survive.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from assessments.gaps import gap_unit
from assessments.numbers import fmt_unit
from assessments.results import Gap, Row, SchemeResult
from desktop.i18n import lang
from desktop.models.row_table_model import RowTableModel
from desktop.widgets import status_style as style

ROW_ROLE = Qt.ItemDataRole.UserRole


class Column(IntEnum):
    CRITERION = 0
    VALUE = 1
    REQUIREMENT = 2
    POINTS = 3
    STATUS = 4
    GAP = 5


COLUMNS = tuple(Column)


def quantity_text(value: Decimal | None, unit: str) -> str:
    """A figure in its unit, in the UI language: "9.6%", "8项" / "8 items", "50.01万元", "9.725分"."""
    zh, en = fmt_unit(value, unit)
    if unit == "points" and value is not None:  # points are never rounded (1.875 stays 1.875)
        zh, en = f"{points_number(value)}分", f"{points_number(value)} points"
    return en if lang() == "en" else zh


def gap_quantity_text(gap: Gap) -> str:
    """A gap's quantity in the UI language; a share's gap in percentage points: "3.2个百分点"."""
    if gap.amount is None:
        return ""
    zh, en = gap_unit(gap.amount, gap.unit)
    return en if lang() == "en" else zh


def points_number(value: Decimal) -> str:
    """Points exactly as kept, never rounded (the digital questionnaire scores 1.875): "5.625", "20"."""
    return format(value.normalize(), "f")


def range_text(low: Decimal, high: Decimal | None) -> str:
    """ "67" or "67–82" when experts may give more."""
    if high is None or high == low:
        return points_number(low)
    return f"{points_number(low)}–{points_number(high)}"


def points_text(row: Row) -> str:
    if row.points is None:
        return ""
    got = range_text(row.points, row.points_max)
    return got if row.max_points is None else f"{got} / {points_number(row.max_points)}"


def score_text(result: SchemeResult) -> str:
    return "" if result.score is None else range_text(result.score, result.score_max)


def score_line(result: SchemeResult) -> str:
    """ "Score 67–82 · pass line 70", or "" for schemes without a score."""
    if result.score is None:
        return ""
    line = QCoreApplication.translate("ResultTableModel", "Score %1").replace("%1", score_text(result))
    if result.pass_score is None:
        return line
    pass_line = QCoreApplication.translate("ResultTableModel", " · pass line %1")
    return line + pass_line.replace("%1", points_number(result.pass_score))


class ResultTableModel(RowTableModel):
    def __init__(self, result: SchemeResult | None = None, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda row: row.id, parent)
        self._rows = result.rows if result is not None else ()
        self._readers = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.BackgroundRole: _background,
            Qt.ItemDataRole.ForegroundRole: _foreground,
            Qt.ItemDataRole.FontRole: _font,
            Qt.ItemDataRole.TextAlignmentRole: _alignment,
            ROW_ROLE: lambda row, _column: row,
        }

    # --- content ------------------------------------------------------------------------------

    def set_result(self, result: SchemeResult) -> None:
        if result.rows != self._rows:
            self._replace_rows(result.rows)

    def _headers(self) -> dict[Column, str]:
        return {
            Column.CRITERION: self.tr("Criterion"),
            Column.VALUE: self.tr("Value and calculation"),
            Column.REQUIREMENT: self.tr("Requirement"),
            Column.POINTS: self.tr("Points"),
            Column.STATUS: self.tr("Status"),
            Column.GAP: self.tr("Gap"),
        }

    # --- how a row reads ----------------------------------------------------------------------

    def _display(self, row: Row, column: Column) -> str:
        language = lang()
        match column:
            case Column.CRITERION:
                return row.label.get(language)
            case Column.VALUE:
                return row.calc.get(language)
            case Column.REQUIREMENT:
                return row.requirement.get(language)
            case Column.POINTS:
                return points_text(row)
            case Column.STATUS:
                mark = f"  {style.ON_EDGE_MARK}" if row.on_edge else ""  # the tooltip says what it means
                return style.row_status_text(row) + mark
            case Column.GAP:
                return row.gap.text.get(language) if row.gap is not None else ""

    def _tooltip(self, row: Row, column: Column) -> str:
        language = lang()
        match column:
            case Column.CRITERION:
                note = row.note.get(language) if row.note is not None else ""
                return "\n".join(t for t in (row.label.get(language), note) if t)
            case Column.REQUIREMENT:
                return self._requirement_tooltip(row)
            case Column.POINTS:
                return self.tr("Points given / maximum points") if row.points is not None else ""
            case Column.STATUS:
                edge = f"{style.on_edge_text()}: {style.on_edge_hint(row)}" if row.on_edge else ""
                return "\n".join(t for t in (style.row_status_name(row), edge) if t)
        return self._display(row, column)

    def _requirement_tooltip(self, row: Row) -> str:
        lines = [
            row.requirement.get(lang()),
            self.tr("Source: %1").replace("%1", row.source.cite),
            self.tr("Confidence: %1").replace("%1", style.confidence_name(row)),
        ]
        if not row.verified:
            lines.append(style.unverified_hint(row))
        return "\n".join(lines)


def _background(row: Row, column: Column) -> QColor | None:
    return style.colour(style.row_tone(row).fill) if column is Column.STATUS else None


def _foreground(row: Row, column: Column) -> QColor | None:
    if column is Column.STATUS:
        return style.colour(style.row_tone(row).ink)
    if column is Column.GAP and row.gap is not None:  # points still to gain are room, not a shortfall
        return style.colour((style.SCORE if row.partial_score else style.AMBER_RED).ink)
    return None


def _font(_row: Row, _column: Column) -> QFont | None:
    # No per-row warning: the scheme detail names the criteria resting on a single source once, above the table.
    return None


def _alignment(_row: Row, column: Column) -> int | None:
    return (
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if column is Column.POINTS else None
    )
