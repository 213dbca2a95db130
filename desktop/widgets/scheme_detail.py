"""One scheme in full: its verdict and score, the criteria table, and for the selected criterion the whole
calculation trace, the clause it rests on and the gap to close.

Where a scheme has an older or newer rule pack, the user may compare: the engine re-runs with the other
pack forced, and the table shows that regime's criteria until the toggle is switched off.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assessments.engine import Assessment, assess
from assessments.results import Row, SchemeResult
from assessments.rules.catalogue import versions_of
from assessments.rules.schema import AnyPack
from desktop.i18n import lang
from desktop.models.result_table_model import Column, ResultTableModel, points_text, score_line
from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.widgets.card import chip
from desktop.widgets.wrapping_table import WrappingTable, set_widths

# Room for what matters (issue 12): at 1366×768 the criterion, requirement and gap wrap within their
# column, never "…"; the calculation takes the rest and the trace below holds every text in full.
COLUMN_WIDTHS = {
    Column.CRITERION: 240,
    Column.REQUIREMENT: 180,
    Column.POINTS: 84,
    Column.STATUS: 108,
    Column.GAP: 210,
}
TABLE_LINES = 5  # a taller cell is cut; its tooltip and the trace show it whole


class SchemeDetail(QWidget):
    back_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemeDetail")
        self.assessment: Assessment | None = None
        self.scheme = ""
        self.shown: SchemeResult | None = None
        self.model = ResultTableModel(parent=self)
        self._make_widgets()
        self._lay_out()
        self.back.clicked.connect(self.back_clicked)
        self.compare.toggled.connect(self._on_compare_toggled)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.dataChanged.connect(lambda *_: self._show_trace())
        self.model.modelReset.connect(self._show_trace)
        self.retranslate()

    def _make_widgets(self) -> None:
        self.back = QPushButton()
        self.back.setObjectName("detailBack")
        self.title = parts.label("detailTitle")
        self.verdict = chip("verdictChip")
        self.score = parts.label("detailScore")
        self.document = parts.wrapped("", "detailDocument")
        self.summary = parts.wrapped("", "detailSummary")
        self.notes = parts.wrapped("", "detailNotes")
        self.unverified = parts.wrapped("", "detailUnverified")
        self.compare = QCheckBox()
        self.compare.setObjectName("detailCompare")
        self.comparing = parts.wrapped("", "detailComparing")
        self.table = self._make_table()
        self.trace = QTextBrowser()
        self.trace.setObjectName("detailTrace")
        self.trace.setOpenLinks(False)

    def _make_table(self) -> QTableView:
        table = WrappingTable("criteriaTable", TABLE_LINES)
        table.setModel(self.model)
        table.verticalHeader().setDefaultSectionSize(26)
        table.setAlternatingRowColors(True)
        set_widths(table, COLUMN_WIDTHS, (Column.VALUE,))
        return table

    def _lay_out(self) -> None:
        heading = QHBoxLayout()
        heading.addWidget(self.back)
        heading.addSpacing(8)
        heading.addWidget(self.title)
        heading.addWidget(self.verdict)
        heading.addSpacing(8)
        heading.addWidget(self.score)
        heading.addStretch()
        heading.addWidget(self.compare)
        splitter = parts.split(self.table, self.trace, 3)
        splitter.setSizes([420, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addLayout(heading)
        for widget in (self.document, self.summary, self.notes, self.comparing, self.unverified):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)

    # --- content ------------------------------------------------------------------------------

    def show_scheme(self, assessment: Assessment, scheme: str, row_id: str = "") -> None:
        """Open a scheme; `row_id` selects a criterion (else the first one that needs attention)."""
        changed = scheme != self.scheme
        self.scheme = scheme
        if changed:
            self.compare.blockSignals(True)
            self.compare.setChecked(False)
            self.compare.blockSignals(False)
        self.set_assessment(assessment)
        self.select_row(row_id or self._first_open_row())

    def set_assessment(self, assessment: Assessment) -> None:
        self.assessment = assessment
        if not self.scheme:
            return
        other = self._other_pack()
        self.compare.setVisible(other is not None)
        if other is not None:
            self.compare.setText(self.tr("Compare with the %1 rules").replace("%1", other.version))
        shown = self._compared(other) if self.compare.isChecked() and other is not None else None
        self._show_result(shown or assessment[self.scheme], compared=shown is not None)

    def _other_pack(self) -> AnyPack | None:
        assert self.assessment is not None
        current = self.assessment[self.scheme].pack_version
        others = [p for p in versions_of(self.scheme) if p.version != current]
        return others[-1] if others else None

    def _compared(self, pack: AnyPack) -> SchemeResult:
        a = self.assessment
        assert a is not None
        return assess(a.firm, a.on, a.purpose, overrides={self.scheme: pack})[self.scheme]

    def _show_result(self, result: SchemeResult, compared: bool) -> None:
        self.shown = result
        language = lang()
        self.title.setText(result.title.get(language))
        tone = style.verdict_tone(result.verdict)
        style.paint_chip(self.verdict, style.verdict_text(result.verdict), tone)
        self.verdict.setToolTip(style.verdict_hint(result.verdict))
        self.score.setText(score_line(result))
        self.document.setText(self._document_line(result))
        self.summary.setText(result.summary.get(language))
        self.notes.setText("\n".join(f"• {n.get(language)}" for n in result.notes))
        self.notes.setVisible(bool(result.notes))
        self.comparing.setVisible(compared)
        self.comparing.setText(self._comparing_line(result) if compared else "")
        self.unverified.setText(self._unverified_line(result))
        self.unverified.setVisible(bool(result.unverified))
        self.model.set_result(result)
        self.table.setColumnHidden(Column.POINTS, all(r.points is None for r in result.rows))

    def _document_line(self, result: SchemeResult) -> str:
        if not result.document:
            return self.tr("No rule pack of this scheme is in force on the assessment date.")
        return (
            self.tr("Rules: %1 (rule pack %2)")
            .replace("%1", result.document)
            .replace("%2", result.pack_version)
        )

    def _unverified_line(self, result: SchemeResult) -> str:
        """The scheme's one warning: which criteria rest on a single source, not yet checked."""
        if not result.unverified:
            return ""
        labels = dict.fromkeys(r.label.get(lang()) for r in result.unverified)
        return self.tr("Single source, to verify: %1. Treat their results as provisional.").replace(
            "%1", self.tr(", ").join(labels)
        )

    def _comparing_line(self, result: SchemeResult) -> str:
        assert self.assessment is not None
        current = self.assessment[self.scheme]
        return (
            self.tr(
                "For comparison only: the %1 rules. The rules in force on the assessment date are %2: %3."
            )
            .replace("%1", result.pack_version)
            .replace("%2", current.pack_version)
            .replace("%3", style.verdict_name(current.verdict))
        )

    def _first_open_row(self) -> str:
        """The headline criterion with a gap (the digital level's path), else any with a gap."""
        rows = self.shown.rows if self.shown is not None else ()
        with_gap = sorted((r for r in rows if r.gap is not None), key=lambda r: bool(r.group))
        return with_gap[0].id if with_gap else rows[0].id if rows else ""

    def select_row(self, row_id: str) -> None:
        position = self.model.row_of(row_id)
        if position < 0:
            self._show_trace()
            return
        self.table.selectRow(position)
        self.table.scrollTo(self.model.index(position, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    # --- the trace of the selected criterion --------------------------------------------------

    def current_row(self) -> Row | None:
        selected = self.table.selectionModel().selectedRows()
        return self.model.row_at(selected[0]) if selected else None

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_trace()

    def _show_trace(self) -> None:
        row = self.current_row()
        self.trace.setHtml(self._trace_html(row) if row is not None else self._hint_html())

    def _hint_html(self) -> str:
        return f"<p style='color:#6b7685'>{escape(self.tr('Select a criterion to see its calculation, clause and gap.'))}</p>"

    def _trace_html(self, row: Row) -> str:
        language = lang()
        html = [f"<h3>{escape(row.label.get(language))}</h3>"]
        status = style.row_status_text(row) + (f"  {style.on_edge_text()}" if row.on_edge else "")
        tone = style.row_tone(row)
        html.append(
            f"<p><span style='color:{tone.ink}; background:{tone.fill}'>&nbsp;{escape(status)}&nbsp;</span></p>"
        )
        entries = [
            (self.tr("Calculation"), row.calc.get(language)),
            (self.tr("Requirement"), row.requirement.get(language)),
            (self.tr("Points"), points_text(row)),
            (self.tr("Clause"), self._clause(row)),
            (self.tr("Confidence"), self._confidence(row)),
            (self.tr("Note"), row.note.get(language) if row.note is not None else ""),
            (
                self.tr("Room to gain") if row.partial_score else self.tr("Gap"),
                row.gap.text.get(language) if row.gap is not None else "",
            ),
            (style.on_edge_text(), style.on_edge_hint(row) if row.on_edge else ""),
        ]
        html.append("<table cellspacing='0' cellpadding='3'>")
        for name, text in entries:
            if text:
                html.append(
                    f"<tr><td style='color:#6b7685; padding-right:12px' valign='top'>{escape(name)}</td>"
                    f"<td>{escape(text)}</td></tr>"
                )
        html.append("</table>")
        return "".join(html)

    @staticmethod
    def _clause(row: Row) -> str:
        source = row.source
        return f"{source.cite} — {source.note}" if source.note else source.cite

    @staticmethod
    def _confidence(row: Row) -> str:
        return style.confidence_name(row)

    # --- toggles and language -----------------------------------------------------------------

    def _on_compare_toggled(self, _checked: bool) -> None:
        if self.assessment is not None:
            selected = self.current_row()
            self.set_assessment(self.assessment)
            self.select_row(selected.id if selected is not None else self._first_open_row())

    def retranslate(self) -> None:
        self.back.setText(self.tr("← Overview"))
        self.model.retranslate()
        if self.assessment is not None and self.scheme:
            self.set_assessment(self.assessment)
        self._show_trace()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
