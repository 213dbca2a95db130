"""The city's support measures as a table: number, measure, agency, standing, amount, formula, gap, source.

The rows are `assessments.support.matching`'s immutable `MeasureMatch`es, one per measure in the pack's
order; the model only says how each reads. A new match list of the same measures (a spend typed, a
what-if edit) updates the cells in place, so the selection and scroll position survive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from assessments.numbers import num
from assessments.results import Text
from assessments.support.matching import MatchStatus, MeasureMatch
from desktop.i18n import lang
from desktop.models.row_table_model import Index, RowTableModel
from desktop.widgets import status_style as style

MATCH_ROLE = Qt.ItemDataRole.UserRole  # the MeasureMatch of the row
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # its status value ("claimable"…), for the filter
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class Column(IntEnum):
    NUMBER = 0
    MEASURE = 1
    STATUS = 2
    AMOUNT = 3
    FORMULA = 4
    GAP = 5
    AGENCY = 6
    SOURCE = 7


COLUMNS = tuple(Column)


@dataclass(frozen=True)
class Total:
    """What the measures claimable now add up to."""

    count: int  # claimable measures
    priced: int  # of which an amount is known
    amount: Decimal  # 万元
    up_to: bool  # some amounts are maxima the agency sets


def total(matches: Sequence[MeasureMatch], status: MatchStatus = MatchStatus.CLAIMABLE) -> Total:
    chosen = [m for m in matches if m.status is status]
    priced = [m for m in chosen if m.amount is not None]
    amount = sum((m.amount for m in priced if m.amount is not None), Decimal(0))
    return Total(len(chosen), len(priced), amount, any(m.up_to for m in priced))


def status_text(status: MatchStatus) -> str:
    """The standing as the table and the detail pane word it; "expired" is ours (decision 11)."""
    if status is MatchStatus.EXPIRED:
        return "⌛ " + QCoreApplication.translate("MeasureTableModel", "expired")
    return style.measure_status_text(status)


def status_hint(status: MatchStatus) -> str:
    if status is MatchStatus.EXPIRED:
        return QCoreApplication.translate(
            "MeasureTableModel", "The measures' document has ended: this measure can no longer be claimed."
        )
    return style.measure_status_hint(status)


def status_tone(status: MatchStatus) -> style.Tone:
    return style.MUTED if status is MatchStatus.EXPIRED else style.measure_tone(status)


def reasons_text(found: MeasureMatch, separator: str = "\n") -> str:
    return separator.join(reason.get(lang()) for reason in found.reasons)


SHARED_AT_LEAST = 3  # a reason this many near misses share is said once, above the table (issue 12)


def shared_reasons(matches: Sequence[MeasureMatch]) -> list[tuple[Text, int]]:
    """The unlocking reasons several near misses share ("取得专精特新中小企业称号…"), most shared first."""
    counts = Counter(r for m in matches if m.status is MatchStatus.NEAR_MISS for r in m.reasons)
    return [(reason, n) for reason, n in counts.most_common() if n >= SHARED_AT_LEAST]


class MeasureTableModel(RowTableModel):
    def __init__(self, matches: Sequence[MeasureMatch] = (), parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda found: found.number, parent)
        self._rows = tuple(matches)
        self._shared: frozenset[Text] = frozenset(r for r, _n in shared_reasons(self._rows))
        self._readers = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.BackgroundRole: _background,
            Qt.ItemDataRole.ForegroundRole: _foreground,
            Qt.ItemDataRole.TextAlignmentRole: _alignment,
            MATCH_ROLE: lambda found, _column: found,
            STATUS_ROLE: lambda found, _column: found.status.value,
        }

    # --- content ------------------------------------------------------------------------------

    def set_matches(self, matches: Sequence[MeasureMatch]) -> None:
        if tuple(matches) != self._rows:
            self._shared = frozenset(r for r, _n in shared_reasons(matches))
            self._replace_rows(matches)

    def matches(self) -> tuple[MeasureMatch, ...]:
        return self._rows

    def match_at(self, index: Index) -> MeasureMatch | None:
        return self.row_at(index)

    def _headers(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("No."),
            Column.MEASURE: self.tr("Measure"),
            Column.STATUS: self.tr("Standing"),
            Column.AMOUNT: self.tr("Amount (万元)"),
            Column.FORMULA: self.tr("Calculation"),
            Column.GAP: self.tr("To unlock or to check"),
            Column.AGENCY: self.tr("Agency"),
            Column.SOURCE: self.tr("Source"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.NUMBER: self.tr("The measure's number in the Xiamen SRDI support measures"),
            Column.AMOUNT: self.tr("An estimate from the measure's wording and your planned spend, in 万元"),
            Column.GAP: self.tr(
                "For a near miss, the gap that would unlock it; otherwise what to ask the agency"
            ),
        }

    # --- how a measure reads ------------------------------------------------------------------

    def _display(self, found: MeasureMatch, column: Column) -> str:
        language = lang()
        match column:
            case Column.NUMBER:
                return f"({found.number})"
            case Column.MEASURE:
                return found.title.get(language)
            case Column.STATUS:
                return status_text(found.status)
            case Column.AMOUNT:
                return self._amount(found)
            case Column.FORMULA:
                return found.formula.get(language)
            case Column.GAP:
                return self._reasons_cell(found)
            case Column.AGENCY:
                return found.agency.get(language)
            case Column.SOURCE:
                return found.cite
        return ""

    def _reasons_cell(self, found: MeasureMatch) -> str:
        """A reason many measures share is the headline above the table; the cell points to it."""
        own = [r.get(lang()) for r in found.reasons if r not in self._shared]
        if len(own) < len(found.reasons):
            own.insert(0, self.tr("↑ see above"))
        return "\n".join(own)

    def _amount(self, found: MeasureMatch) -> str:
        if found.amount is None:
            return ""
        if found.up_to:
            return self.tr("up to %1").replace("%1", num(found.amount))
        return num(found.amount)

    def _tooltip(self, found: MeasureMatch, column: Column) -> str:
        match column:
            case Column.NUMBER:
                return found.cite
            case Column.MEASURE:
                return "\n".join(t for t in (found.title.get(lang()), found.measure.text_zh) if t)
            case Column.STATUS:
                return status_hint(found.status)
            case Column.AMOUNT:
                return self._amount_tip(found)
            case Column.GAP:
                return reasons_text(found)  # in full, the shared headline too
            case Column.SOURCE:
                until = found.until.isoformat() if found.until is not None else ""
                tip = self.tr("In force until %1").replace("%1", until) if until else ""
                if found.status is MatchStatus.EXPIRED:
                    tip = self.tr("Expired on %1").replace("%1", until)
                return "\n".join(t for t in (found.cite, tip) if t)
        return self._display(found, column)

    def _amount_tip(self, found: MeasureMatch) -> str:
        if found.status is MatchStatus.EXPIRED:
            return self.tr("No amount: the measure has expired")
        if found.amount is None:
            return self.tr("No amount: not eligible, not money, or a figure of the planned spend is missing")
        if found.status is MatchStatus.NEAR_MISS:
            return self.tr("What the measure would give once the gap is closed")
        if found.up_to:
            return self.tr("A maximum: the agency sets the amount under its implementing rules")
        return self.tr("An estimate from the measure's wording")


def _background(found: MeasureMatch, column: Column) -> QColor | None:
    return style.colour(status_tone(found.status).fill) if column is Column.STATUS else None


def _foreground(found: MeasureMatch, column: Column) -> QColor | None:
    if column is Column.STATUS:
        return style.colour(status_tone(found.status).ink)
    if found.status in (MatchStatus.NOT_ELIGIBLE, MatchStatus.EXPIRED):
        return style.colour(style.MUTED.ink)  # not for this firm: readable, but quiet
    if column is Column.GAP and found.status is MatchStatus.NEAR_MISS:
        return style.colour(style.AMBER.ink)
    if column is Column.AMOUNT and found.status is not MatchStatus.CLAIMABLE:
        return style.colour(style.GREY.ink)  # not money in hand yet
    return None


def _alignment(_found: MeasureMatch, column: Column) -> int:
    return RIGHT if column in (Column.AMOUNT, Column.NUMBER) else TOP
