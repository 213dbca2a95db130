"""The firms of a cohort as a table: name, district, assessment date, the three target figures, the
verdict and the next title with its distance.

Each figure carries its status as a mark and a colour (met, not met, to confirm); a firm left out of the
cohort figures (the built-in sample, or targets not in force on its date) reads grey and says why. The
same reading gives the rows of the CSV export, with numbers as numbers so that a spreadsheet can compute.
"""

from __future__ import annotations

from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from assessments.cohort import Cohort, Figure, Member
from assessments.export.csv_file import CsvCell
from assessments.numbers import round2
from assessments.sample import with_sample_label
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
    DISTRICT = 1
    DATE = 2
    RD_SHARE = 3
    CLASS1 = 4
    DIGITAL = 5
    VERDICT = 6
    NEXT_TITLE = 7


COLUMNS = tuple(Column)
TARGET_OF = {Column.RD_SHARE: "rd_share", Column.CLASS1: "class1_ip", Column.DIGITAL: "digital_level"}
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def plain_number(value: Decimal | None) -> Decimal | None:
    """A figure the CSV writes as a number ("9.6", "10", "3.69"); None (empty) when unknown."""
    return None if value is None else round2(value)


class CohortTableModel(RowTableModel):
    def __init__(self, cohort: Cohort | None = None, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda firm: firm.key, parent)
        self._rows = cohort.members if cohort is not None else ()
        self._readers = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.BackgroundRole: _background,
            Qt.ItemDataRole.ForegroundRole: _foreground,
            Qt.ItemDataRole.TextAlignmentRole: _alignment,
            FIRM_ROLE: lambda firm, _column: firm,
            SORT_ROLE: _sort_key,
            FILTER_ROLE: lambda firm, _column: f"{firm.name} {firm.credit_code} {' '.join(firm.tags)}",
        }

    def set_cohort(self, cohort: Cohort) -> None:
        self._replace_rows(cohort.members)

    def _headers(self) -> dict[Column, str]:
        return {
            Column.FIRM: self.tr("Firm"),
            Column.DISTRICT: self.tr("District or park"),
            Column.DATE: self.tr("Assessment date"),
            Column.RD_SHARE: self.tr("R&D share"),
            Column.CLASS1: self.tr("Class I IP"),
            Column.DIGITAL: self.tr("Digital level"),
            Column.VERDICT: self.tr("Three targets"),
            Column.NEXT_TITLE: self.tr("Next title"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.RD_SHARE: self.tr("Last year's R&D expense ÷ revenue"),
            Column.CLASS1: self.tr("Valid Class I IP items the firm owns"),
            Column.DIGITAL: self.tr("Digital maturity level"),
            Column.VERDICT: self.tr("The firm's own verdict on the three targets"),
            Column.NEXT_TITLE: self.tr(
                "The first title of the ladder not yet reached: criteria not met, to confirm"
            ),
        }

    # --- how a firm reads ---------------------------------------------------------------------

    def _display(self, firm: Member, column: Column) -> str:
        match column:
            case Column.FIRM:
                return self._name(firm)
            case Column.DISTRICT:
                return firm.district
            case Column.DATE:
                return firm.on.isoformat()
            case Column.VERDICT:
                return style.verdict_text(firm.verdict)
            case Column.NEXT_TITLE:
                return self._next_title(firm)
        row = firm.figure(TARGET_OF[column])
        if row is None:
            return "—"
        if row.value is None:
            return style.status_text(row.status)
        return f"{style.STATUS_MARK[row.status]} {quantity_text(row.value, row.unit)}"

    def _name(self, firm: Member) -> str:
        return with_sample_label(firm.name or self.tr("(unnamed firm)"), firm.credit_code, lang())

    def _next_title(self, firm: Member) -> str:
        found = firm.next_title
        if found is None:
            return ""
        distance = self.tr("%1 not met, %2 to confirm").replace("%1", str(found.not_met))
        return f"{found.title.get(lang())}: {distance.replace('%2', str(found.unknown))}"

    def _tooltip(self, firm: Member, column: Column) -> str:
        if not firm.counted:
            return self._left_out_text(firm)
        if column in TARGET_OF:
            row = firm.figure(TARGET_OF[column])
            return _row_tooltip(row) if row is not None else ""
        if column is Column.VERDICT:
            return firm.summary.get(lang())
        if column is Column.NEXT_TITLE and firm.next_title is not None:
            return "\n".join(g.get(lang()) for g in firm.next_title.gaps)
        return f"{firm.credit_code} {'、'.join(firm.tags)}".strip() if column is Column.FIRM else ""

    def _left_out_text(self, firm: Member) -> str:
        if firm.sample:
            return self.tr(
                "Left out of the cohort figures: the built-in sample firm, whose figures are invented."
            )
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
            self.tr("District or park"),
            self.tr("Tags"),
        ]

    def csv_rows(self) -> list[list[CsvCell]]:
        """Every firm of the cohort, whatever the search box shows."""
        return [self._csv_row(firm) for firm in self._rows]

    def _csv_row(self, firm: Member) -> list[CsvCell]:
        cells: list[CsvCell] = [firm.name, firm.credit_code, firm.on.isoformat()]
        for row_id in TARGET_OF.values():
            row = firm.figure(row_id)
            cells += [plain_number(row.value), style.status_name(row.status)] if row else [None, None]
        counted = self.tr("yes") if firm.counted else self.tr("no")
        return [*cells, style.verdict_name(firm.verdict), counted, firm.district, "、".join(firm.tags)]


def _row_tooltip(row: Figure) -> str:
    language = lang()
    lines = [style.status_name(row.status), row.calc.get(language), row.requirement.get(language)]
    if row.gap is not None:
        lines.append(row.gap.get(language))
    if row.note is not None:
        lines.append(row.note.get(language))
    return "\n".join(lines)


def _sort_key(firm: Member, column: Column) -> str | float:
    """Names and dates sort as text, figures as numbers with the unknown ones first."""
    match column:
        case Column.FIRM:
            return firm.name
        case Column.DISTRICT:
            return firm.district
        case Column.DATE:
            return firm.on.isoformat()
        case Column.VERDICT:
            return firm.verdict.value
        case Column.NEXT_TITLE:
            found = firm.next_title
            return -1.0 if found is None else float(found.not_met * 1000 + found.unknown)
    row = firm.figure(TARGET_OF[column])
    # A float only orders the rows; the figures shown are the engine's Decimals.
    return -1.0 if row is None or row.value is None else float(row.value)


def _background(firm: Member, column: Column) -> QColor | None:
    if not firm.counted:
        return None
    if column is Column.VERDICT:
        return style.colour(style.verdict_tone(firm.verdict).fill)
    row = firm.figure(TARGET_OF[column]) if column in TARGET_OF else None
    return style.colour(style.status_tone(row.status).fill) if row is not None else None


def _foreground(firm: Member, column: Column) -> QColor | None:
    if not firm.counted:
        return FAINT
    if column is Column.VERDICT:
        return style.colour(style.verdict_tone(firm.verdict).ink)
    row = firm.figure(TARGET_OF[column]) if column in TARGET_OF else None
    return style.colour(style.status_tone(row.status).ink) if row is not None else None


def _alignment(_firm: Member, column: Column) -> int | None:
    return RIGHT if column in TARGET_OF else None
