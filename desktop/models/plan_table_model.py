"""The action plan as a to-do table: done, action, what it changes, co-funding measures, cost, subsidy,
net cost, owner, due date and note.

The rows are the document's `ActionPlan` in the order `build_plan` gave them. Owner, due date, done and
note are the user's: an edit goes through `Session.set_field("plan.<action id>.<field>")`, so it is
undoable and saved at once. A due date typed wrong is refused with the reason and keeps the old value.
Actions past their due date and not done stand out.
"""

from __future__ import annotations

import datetime as dt
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from assessments.model import Action, Flip
from assessments.numbers import num
from assessments.results import Text
from assessments.support.effects import flip_text
from assessments.support.matching import measures_pack
from assessments.support.plan import EFFECT
from desktop.i18n import lang
from desktop.models.row_table_model import Index, RowTableModel
from desktop.session import Session
from desktop.widgets import status_style as style
from desktop.wizard.bindings import parse_date

ACTION_ROLE = Qt.ItemDataRole.UserRole
FLIPS_SHOWN = 3  # more flips than this: the rest in the tooltip
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
TOP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
CENTRE = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


class Column(IntEnum):
    DONE = 0
    ACTION = 1
    EFFECT = 2
    MEASURES = 3
    MONEY = 4
    OWNER = 5
    DUE = 6
    NOTE = 7


COLUMNS = tuple(Column)
EDITABLE = {Column.OWNER: "owner", Column.DUE: "due", Column.NOTE: "note"}
MEASURES_SHOWN = 6  # more co-funding measures than this: the rest in the tooltip


def is_overdue(action: Action, today: dt.date) -> bool:
    return action.due is not None and action.due < today and not action.done


class PlanTableModel(RowTableModel):
    edit_refused = Signal(str)  # which action, what was typed, why it was refused

    def __init__(self, session: Session, today: dt.date | None = None, parent: QObject | None = None) -> None:
        super().__init__(COLUMNS, lambda action: action.id, parent)
        self.session = session
        self.today = today or dt.date.today()
        self._measure_titles: dict[int, Text] = {}
        self._readers = {
            Qt.ItemDataRole.DisplayRole: self._display,
            Qt.ItemDataRole.EditRole: self._edit_value,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
            Qt.ItemDataRole.CheckStateRole: _check_state,
            Qt.ItemDataRole.BackgroundRole: self._background,
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.TextAlignmentRole: _alignment,
            ACTION_ROLE: lambda action, _column: action,
        }
        session.changed.connect(self._on_session_changed)
        self.refresh()

    # --- content ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the plan again; the same actions in the same order are updated in place."""
        plan = self.session.doc.plan
        actions = plan.actions if plan is not None else ()
        self._measure_titles = self._titles()
        self._replace_rows(actions)

    def _titles(self) -> dict[int, Text]:
        pack = measures_pack(self.session.doc.on)
        if pack is None:
            return {}
        return {m.number: Text(m.title_zh, m.title_en) for m in pack.measures.values()}

    def _on_session_changed(self, path: str) -> None:
        if path == "" or path.startswith("plan."):
            self.refresh()
        else:
            self._all_changed()  # the flips read the current results' labels

    def action_at(self, index: Index) -> Action | None:
        return self.row_at(index)

    def overdue(self) -> int:
        return sum(1 for a in self._rows if is_overdue(a, self.today))

    # --- Qt model interface -------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = COLUMNS[index.column()]
        if column is Column.DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable if column in EDITABLE else base

    def _headers(self) -> dict[Column, str]:
        return {
            Column.DONE: self.tr("Done"),
            Column.ACTION: self.tr("Action"),
            Column.EFFECT: self.tr("What it changes"),
            Column.MEASURES: self.tr("Co-funded by"),
            Column.MONEY: self.tr("Cost (万元)"),
            Column.OWNER: self.tr("Owner"),
            Column.DUE: self.tr("Due"),
            Column.NOTE: self.tr("Note"),
        }

    def _header_tips(self) -> dict[Column, str]:
        return {
            Column.EFFECT: self.tr(
                "The results that change once the action is done: scheme, criterion, before → after"
            ),
            Column.MEASURES: self.tr(
                "Support measures that co-fund the action once it is done (their numbers)"
            ),
            Column.MONEY: self.tr(
                "What the action costs where the figures say, the subsidy claimable on it and the net cost, in 万元"
            ),
            Column.OWNER: self.tr("Who takes it on (double-click to edit)"),
            Column.DUE: self.tr("The deadline, e.g. 2027-6-30 or 2027年6月30日 (double-click to edit)"),
            Column.NOTE: self.tr("Your note (double-click to edit)"),
        }

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        action = self.action_at(index)
        if action is None:
            return False
        column = COLUMNS[index.column()]
        if column is Column.DONE and role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            return self._write(action, "done", done, self.tr("Action done"))
        if column in EDITABLE and role == Qt.ItemDataRole.EditRole:
            return self._set_text(action, column, "" if value is None else str(value))
        return False

    # --- editing -------------------------------------------------------------------------------

    def check(self, index: Index, text: str) -> str:
        """Why a text typed into a cell would be refused, or ""."""
        if COLUMNS[index.column()] is not Column.DUE:
            return ""
        return parse_date(text)[2]

    def _set_text(self, action: Action, column: Column, text: str) -> bool:
        if column is Column.DUE:
            ok, due, error = parse_date(text)
            if not ok:
                message = self.tr("The due date of “%1” stays as it was: “%2” is not a date. %3")
                self.edit_refused.emit(
                    message.replace("%1", _short(action)).replace("%2", text).replace("%3", error)
                )
                return False
            return self._write(action, "due", due, self.tr("Due date of an action"))
        label = self.tr("Owner of an action") if column is Column.OWNER else self.tr("Note on an action")
        return self._write(action, EDITABLE[column], text.strip(), label)

    def _write(self, action: Action, field: str, value: Any, label: str) -> bool:
        try:
            self.session.set_field(f"plan.{action.id}.{field}", value, label)
        except (KeyError, ValueError) as failure:
            self.edit_refused.emit(str(failure).splitlines()[-1])
            return False
        return True

    # --- how an action reads ------------------------------------------------------------------

    def _display(self, action: Action, column: Column) -> str | None:
        match column:
            case Column.DONE:
                return None  # the check box says it
            case Column.ACTION:  # the effect has a column of its own: said once (issue 12)
                return action.text.get(lang()).partition(EFFECT.get(lang()))[0]
            case Column.EFFECT:
                return "\n".join(self._flip_lines(action.flips[:FLIPS_SHOWN])) + self._more(action)
            case Column.MEASURES:
                return _numbers(action.measures)
            case Column.MONEY:
                return "\n".join(self._money_lines(action))
            case Column.DUE:
                return self._due_text(action)
        return getattr(action, EDITABLE[column])

    def details(self, action: Action) -> str:
        """Everything about one action, for the pane under the table."""
        parts = [action.text.get(lang())]
        flips = self._flip_lines(action.flips)
        if flips:
            parts.append(self.tr("What it changes:") + "\n" + "\n".join(f"  {line}" for line in flips))
        if action.measures:
            lines = "\n".join(f"  {self._measure_line(n)}" for n in action.measures)
            parts.append(self.tr("Co-funded by:") + "\n" + lines)
        money = self._money_lines(action)
        if money:
            parts.append(self.tr("In 万元: %1").replace("%1", " · ".join(money)))
        return "\n".join(parts)

    def _money_lines(self, action: Action) -> list[str]:
        """ "Cost 50", "Subsidy 20", "Net 30": only the figures known."""
        named = (
            (self.tr("Cost %1"), action.cost),
            (self.tr("Subsidy %1"), action.subsidy),
            (self.tr("Net %1"), action.net_cost if action.subsidy is not None else None),
        )
        return [text.replace("%1", num(value)) for text, value in named if value is not None]

    def _due_text(self, action: Action) -> str:
        if action.due is None:
            return ""
        if is_overdue(action, self.today):
            return f"{action.due.isoformat()}\n{style.ON_EDGE_MARK} " + self.tr("overdue")
        return action.due.isoformat()

    def _more(self, action: Action) -> str:
        hidden = len(action.flips) - FLIPS_SHOWN
        return "\n" + self.tr("+%1 more").replace("%1", str(hidden)) if hidden > 0 else ""

    def _flip_lines(self, flips: tuple[Flip, ...]) -> list[str]:
        assessment = self.session.assessment
        lines = []
        for flip in flips:
            if flip.scheme in assessment.results:
                lines.append(flip_text(flip, assessment).get(lang()))
            else:  # a scheme not assessed on this date any more: say what is known
                lines.append(f"{flip.scheme} {flip.row}: {flip.before} → {flip.after}".replace(" :", ":"))
        return lines

    def _edit_value(self, action: Action, column: Column) -> str | None:
        if column is Column.DUE:
            return action.due.isoformat() if action.due is not None else ""
        return getattr(action, EDITABLE[column]) if column in EDITABLE else None

    def _tooltip(self, action: Action, column: Column) -> str | None:
        match column:
            case Column.DONE:
                return self.tr("Tick when the action is done")
            case Column.EFFECT:
                return "\n".join(self._flip_lines(action.flips)) or self.tr("No result changes on its own")
            case Column.MEASURES:
                return "\n".join(self._measure_line(n) for n in action.measures)
            case Column.DUE if is_overdue(action, self.today):
                return self.tr("Overdue: the due date has passed and the action is not done")
        return self._display(action, column)

    def _measure_line(self, number: int) -> str:
        title = self._measure_titles.get(number)
        return f"({number}) {title.get(lang())}" if title is not None else f"({number})"

    def _background(self, action: Action, column: Column) -> QColor | None:
        if column is Column.DUE and is_overdue(action, self.today):
            return style.colour(style.AMBER_RED.fill)
        return None

    def _foreground(self, action: Action, column: Column) -> QColor | None:
        if column is Column.DUE and is_overdue(action, self.today):
            return style.colour(style.AMBER_RED.ink)
        if action.done:
            return style.colour(style.MUTED.ink)  # done: quiet, still readable
        return None

    def _font(self, action: Action, column: Column) -> QFont | None:
        if column is Column.DUE and is_overdue(action, self.today):
            font = QFont()
            font.setBold(True)
            return font
        if column is Column.ACTION and action.done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


def _check_state(action: Action, column: Column) -> int | None:
    if column is not Column.DONE:
        return None
    return (Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked).value


def _alignment(_action: Action, column: Column) -> int:
    if column is Column.MONEY:
        return RIGHT
    return CENTRE if column is Column.DONE else TOP


def _numbers(measures: tuple[int, ...]) -> str:
    """ "4, 5, 6, 7, 8, 9 … +24": the first few measure numbers, the count of the rest."""
    if len(measures) <= MEASURES_SHOWN + 1:  # "… +1" would take the room of the number itself
        return ", ".join(str(n) for n in measures)
    shown = ", ".join(str(n) for n in measures[:MEASURES_SHOWN])
    return f"{shown} … +{len(measures) - MEASURES_SHOWN}"


def _short(action: Action, length: int = 40) -> str:
    text = action.text.get(lang())
    return text if len(text) <= length else text[: length - 1] + "…"
