"""Figures by fiscal year as a table: rows are figures, columns the three past years and this year's plan.

The years follow the assessment date: 上年度 is the year before it, with the two before that to its left,
and the plan column (`years.plan.<field>`) last. Under the figures sit read-only ratio rows computed with
the domain's own arithmetic. A cell typed wrong is refused with the reason and keeps its old value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from assessments.edit import get_path, set_path
from assessments.labels import YEAR_FIELDS, year_field
from assessments.model import AMOUNT_CEILING, COUNT_CEILING, STAFF_CEILING, FiscalYear
from assessments.numbers import fmt_pct, pct
from assessments.plausibility import Doubt, doubt
from assessments.validation import Issue
from desktop.i18n import lang
from desktop.models.cell_style import (
    ERROR_BACKGROUND,
    FAINT,
    PLAN_BACKGROUND,
    RATIO_BACKGROUND,
    RATIO_FOREGROUND,
    issue_background,
    issues_by_field,
    italic,
)
from desktop.session import Session
from desktop.wizard.bindings import format_decimal, parse_decimal, refusal

# The model's own bounds, so the grid refuses what a load would refuse, with the same reason.
CEILINGS = {"wan": AMOUNT_CEILING, "staff": STAFF_CEILING, "count": Decimal(COUNT_CEILING)}
PAST_YEARS = 3  # 上年度 and the two before it: the longest look-back any scheme takes
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Figure:
    """One row of figures: a FiscalYear field, its unit and what may be typed into it."""

    name: str
    unit: str = "wan"  # wan (万元), staff (people) or count (items)
    allow_negative: bool = False
    integer: bool = False


@dataclass(frozen=True)
class Ratio:
    """A read-only row: `part` as a percentage of `whole`, per column; `label` is called when shown."""

    label: Callable[[], str]
    part: str
    whole: str


@dataclass(frozen=True)
class Written:
    """What a write did: how many texts were accepted, and each refused one with its reason."""

    accepted: int
    refused: tuple[tuple[Index, str, str], ...]


@dataclass(frozen=True)
class CellDoubt:
    """A figure just written that looks typed in 元: its path, its cell's label and the doubt."""

    path: str
    label: str
    doubt: Doubt


class YearGridModel(QAbstractTableModel):
    edit_refused = Signal(str)  # the message: which cell, what was typed, why it was refused
    edit_accepted = Signal(str)  # the path written
    doubted = Signal(list)  # the CellDoubts of the figures just written (empty: no question stands)

    def __init__(
        self,
        session: Session,
        figures: Sequence[Figure],
        ratios: Sequence[Ratio] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.figures = tuple(figures)
        self.ratios = tuple(ratios)
        self._refused: dict[str, tuple[str, str]] = {}  # path → (text typed, reason)
        self._doubts: list[CellDoubt] = []
        self._issues: dict[str, list[Issue]] = {}
        self._values_of: object = None  # the document `_values` were read from
        self._values: dict[tuple[int, int], Any] = {}
        self._first_year = self._years()[0]
        self._collect_issues()
        session.changed.connect(self._on_session_changed)

    # --- what each cell stands for ---------------------------------------------------------------

    def _years(self) -> list[int]:
        last = self.session.doc.on.year - 1
        return [last - back for back in reversed(range(PAST_YEARS))]

    def year_of(self, column: int) -> int | None:
        """The fiscal year of a column; None for the plan column."""
        return self._years()[column] if column < PAST_YEARS else None

    def figure_of(self, row: int) -> Figure | None:
        return self.figures[row] if row < len(self.figures) else None

    def path(self, index: Index) -> str:
        figure = self.figure_of(index.row())
        if figure is None:
            return ""
        year = self.year_of(index.column())
        return f"years.{'plan' if year is None else year}.{figure.name}"

    def cell_label(self, index: Index) -> str:
        """E.g. "2025年营业收入" / "FY2025 operating revenue" / "2026年计划 营业收入"."""
        figure = self.figure_of(index.row())
        if figure is None:
            return ""
        year = self.year_of(index.column())
        if year is None:
            return (
                self.tr("%1 plan: %2")
                .replace("%1", str(self.session.doc.on.year))
                .replace("%2", YEAR_FIELDS[figure.name].get(lang()))
            )
        return year_field(year, figure.name).get(lang())

    def _fiscal_year(self, column: int) -> FiscalYear | None:
        year = self.year_of(column)
        firm = self.session.doc.firm
        return firm.plan() if year is None else firm.year(year)

    def _value(self, row: int, column: int) -> Any:
        """A painted grid asks each cell for a dozen roles: the values are read once per document (the
        documents are immutable, so a new one means an edit)."""
        if self._values_of is not self.session.doc:
            self._values_of, self._values = self.session.doc, {}
        key = (row, column)
        if key not in self._values:
            self._values[key] = self.session.value(self.path(self.index(row, column)))
        return self._values[key]

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.figures) + len(self.ratios)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else PAST_YEARS + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.figure_of(index.row()) else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if self.figure_of(index.row()) is None:
            return self._ratio_data(index, role)
        return self._figure_data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        figure = self.figure_of(index.row()) if index.isValid() else None
        if figure is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = "" if value is None else str(value)
        return not self.write([(index, text)], self.cell_label(index)).refused

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        return self._row_header(section, role)

    # --- editing -------------------------------------------------------------------------------

    def write(self, entries: Sequence[tuple[Index, str]], label: str) -> Written:
        """Type texts into cells (one, or a pasted or cleared block): what is accepted goes into the
        document as ONE undo step, each refused text is marked in its cell with the reason and changes
        nothing, and figures out of all proportion are questioned (`doubted`)."""
        doc, changed, refused = self.session.doc, [], []
        for index, text in entries:
            value, reason = self._value_for(doc, index, text)
            if reason:
                refused.append((index, text, reason))
                continue
            if get_path(doc, self.path(index)) != value:
                doc = set_path(doc, self.path(index), value)
                changed.append(index)
        try:
            self._commit(doc, changed, label)
        except ValueError as failure:  # read-only, or the model refused: nothing was written
            refused += [(index, text, refusal(failure)) for index, text in entries if index in changed]
            changed = []
        written = Written(len(entries) - len(refused), tuple(refused))
        self._after_write([index for index, _text in entries], written)
        return written

    def _value_for(self, doc: Any, index: Index, text: str) -> tuple[Any, str]:
        """The value `text` stands for and "" , or None and why it cannot go into the cell."""
        figure = self.figure_of(index.row())
        if figure is None:
            return None, self.tr("Computed from the figures above; it cannot be typed.")
        ok, value, error = self._parse(figure, text)
        if not ok:
            return None, error
        try:
            set_path(doc, self.path(index), value)
        except ValueError as failure:  # the model refuses it: the same reason a load would give
            return None, refusal(failure)
        return value, ""

    def _commit(self, doc: Any, changed: list[Index], label: str) -> None:
        """One cell as a field edit (typing on in it merges into one step), several as one document."""
        if len(changed) == 1:
            index = changed[0]
            self.session.set_field(self.path(index), get_path(doc, self.path(index)), self.cell_label(index))
        elif changed:
            self.session.replace_document(doc, label)

    def _after_write(self, indexes: list[Index], written: Written) -> None:
        refused = {self.path(index) for index, _text, _reason in written.refused}
        for index in indexes:
            if self.path(index) not in refused:
                self._refused.pop(self.path(index), None)
        for index, text, reason in written.refused:
            self._refused[self.path(index)] = (text, reason)
        if indexes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.figures) - 1, PAST_YEARS))
        if written.refused:
            self.edit_refused.emit(self._refusal_message(written))
        else:
            self.edit_accepted.emit(self.path(indexes[0]) if indexes else "")
        self.show_doubts([i for i in indexes if self.path(i) not in refused])

    def _refusal_message(self, written: Written) -> str:
        index, text, reason = written.refused[0]
        message = (
            self.tr("%1: “%2” was not accepted. %3")
            .replace("%1", self.cell_label(index))
            .replace("%2", text)
            .replace("%3", reason)
        )
        if written.accepted or len(written.refused) > 1:
            summary = self.tr("%1 accepted, %2 not accepted (marked in red).")
            summary = summary.replace("%1", str(written.accepted)).replace("%2", str(len(written.refused)))
            message = summary + " " + message
        return message

    # --- plausibility: "是否按元填写？" ------------------------------------------------------------

    def show_doubts(self, indexes: Sequence[Index]) -> None:
        """Question the figures in 万元 just written that look typed in 元; `doubted` lists them with the
        earlier questions not answered yet."""
        paths = {self.path(index) for index in indexes}
        earlier = [cell for cell in self._doubts if cell.path not in paths]  # still unanswered
        found = [cell for cell in (self._doubt(index) for index in indexes) if cell is not None]
        self._doubts = earlier + found
        self.doubted.emit(list(self._doubts))

    def _doubt(self, index: Index) -> CellDoubt | None:
        figure = self.figure_of(index.row())
        if figure is None or figure.unit != "wan":
            return None
        row, column = index.row(), index.column()
        neighbours = [self._value(row, c) for c in (column - 1, column + 1) if 0 <= c <= PAST_YEARS]
        found = doubt(self._value(row, column), neighbours)
        return None if found is None else CellDoubt(self.path(index), self.cell_label(index), found)

    def divide_doubted(self) -> None:
        """Divide every questioned figure by 10,000 (entered in 元), as one undo step."""
        doc, count = self.session.doc, 0
        for cell in self._doubts:
            if get_path(doc, cell.path) == cell.doubt.value:  # not changed since it was questioned
                doc, count = set_path(doc, cell.path, cell.doubt.in_wan), count + 1
        self._doubts = []
        self.doubted.emit([])
        if count:
            self.session.replace_document(doc, self.tr("Divide by 10,000 (entered in yuan)"))

    def keep_doubted(self) -> None:
        self._doubts = []
        self.doubted.emit([])

    def _drop_stale_doubts(self) -> None:
        """A questioned figure changed since (undone, typed over): its question no longer stands."""
        kept = [cell for cell in self._doubts if self.session.value(cell.path) == cell.doubt.value]
        if len(kept) != len(self._doubts):
            self._doubts = kept
            self.doubted.emit(list(kept))

    def check(self, index: Index, text: str) -> str:
        """Why `text` cannot go into the cell, or "" if it can (used while the user types)."""
        figure = self.figure_of(index.row())
        if figure is None:
            return self.tr("Computed from the figures above; it cannot be typed.")
        return self._parse(figure, text)[2]

    @staticmethod
    def _parse(figure: Figure, text: str) -> tuple[bool, Any, str]:
        return parse_decimal(
            text,
            allow_negative=figure.allow_negative,
            integer=figure.integer,
            ceiling=CEILINGS[figure.unit],
            unit=figure.unit,
        )

    def refused(self, index: Index) -> tuple[str, str] | None:
        """(text typed, reason) of the last refused entry in the cell, until it is corrected."""
        return self._refused.get(self.path(index))

    # --- roles -------------------------------------------------------------------------------------

    def _figure_data(self, index: Index, role: int) -> Any:
        value = self._value(index.row(), index.column())
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self.tr("to confirm") if value is None else _grouped(value)
            case Qt.ItemDataRole.EditRole:
                return format_decimal(value)
            case Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            case Qt.ItemDataRole.ForegroundRole:
                return QBrush(FAINT) if value is None else None
            case Qt.ItemDataRole.FontRole:
                return italic() if value is None else None
            case Qt.ItemDataRole.BackgroundRole:
                return self._background(index)
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(index)
        return None

    def _ratio_data(self, index: Index, role: int) -> Any:
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._ratio_text(index)
            case Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            case Qt.ItemDataRole.ForegroundRole:
                return QBrush(RATIO_FOREGROUND)
            case Qt.ItemDataRole.BackgroundRole:
                return QBrush(RATIO_BACKGROUND)
            case Qt.ItemDataRole.ToolTipRole:
                return self.tr("Computed from the figures above")
        return None

    def _ratio_text(self, index: Index) -> str:
        ratio = self.ratios[index.row() - len(self.figures)]
        fy = self._fiscal_year(index.column())
        part, whole = _figure(fy, ratio.part), _figure(fy, ratio.whole)
        if part is None or whole is None:
            return "—"
        return fmt_pct(pct(part, whole))

    def issues(self, index: Index) -> list[Issue]:
        """The domain checks' errors and warnings about this cell (e.g. main revenue above revenue)."""
        figure = self.figure_of(index.row())
        if figure is None:
            return []
        year = self.year_of(index.column())
        if year is None:  # the checks name the plan by its own year
            plan = self.session.doc.firm.plan()
            year = plan.year if plan is not None else self.session.doc.on.year
        return self._issues.get(f"years.{year}.{figure.name}", [])

    def _background(self, index: Index) -> QBrush | None:
        if self.path(index) in self._refused:
            return QBrush(ERROR_BACKGROUND)
        flagged = issue_background(self.issues(index))
        if flagged is not None:
            return flagged
        return QBrush(PLAN_BACKGROUND) if self.year_of(index.column()) is None else None

    def _tooltip(self, index: Index) -> str:
        lines = [self.cell_label(index)]
        refused = self.refused(index)
        if refused is not None:
            lines.append(
                self.tr("“%1” was not accepted: %2").replace("%1", refused[0]).replace("%2", refused[1])
            )
        lines += [issue.message.get(lang()) for issue in self.issues(index)]
        if self.year_of(index.column()) is None:
            lines.append(self.tr("A plan: used only for what-if projections, never as an actual figure."))
        return "\n".join(lines)

    def _column_header(self, section: int, role: int) -> Any:
        year = self.year_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if year is None:
                return self.tr("%1 plan").replace("%1", str(self.session.doc.on.year))
            text = self.tr("FY%1").replace("%1", str(year))
            return text + "\n" + self.tr("(last year)") if section == PAST_YEARS - 1 else text
        if role == Qt.ItemDataRole.FontRole and year is None:
            return italic()
        if role == Qt.ItemDataRole.ToolTipRole and year is None:
            return self.tr("This year's plan: used only for what-if projections.")
        return None

    def _row_header(self, section: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        figure = self.figure_of(section)
        if figure is None:
            return self.ratios[section - len(self.figures)].label()
        label = YEAR_FIELDS[figure.name].get(lang())
        label = label[:1].upper() + label[1:]
        return self.tr("%1 (%2)").replace("%1", label).replace("%2", self._unit(figure.unit))

    def _unit(self, unit: str) -> str:
        return {"wan": self.tr("10k CNY"), "staff": self.tr("people"), "count": self.tr("items")}[unit]

    # --- refreshing --------------------------------------------------------------------------------

    def _on_session_changed(self, path: str) -> None:
        first_year = self._years()[0]
        moved = path in ("", "assessment.date") or first_year != self._first_year
        if path == "" or first_year != self._first_year:
            self._refused.clear()  # another document, or the columns moved to other years
        self._first_year = first_year
        self.refresh(headers=moved)
        self._drop_stale_doubts()

    def refresh(self, headers: bool = True) -> None:
        """Every cell again (an edit moves ratios and checks anywhere in the grid); the headers only when
        they may read differently (another document or date, another language): re-laying them out
        costs more than the cells."""
        self._collect_issues()
        if headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def _collect_issues(self) -> None:
        self._issues = issues_by_field(self.session.assessment.issues)


def _figure(fy: FiscalYear | None, name: str) -> Decimal | None:
    if fy is None:
        return None
    return fy.net_assets_value if name == "net_assets" else getattr(fy, name)


def _grouped(value: Any) -> str:
    return format(value, ",f") if isinstance(value, Decimal) else f"{value:,}"
