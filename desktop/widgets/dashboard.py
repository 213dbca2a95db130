"""The results at a glance: the Xiamen 2026 targets, the qualification ladder, the gaps most worth
closing and the digital-maturity chart. A click on any of them opens that scheme's criteria.

Every view updates on `Session.assessed`, so a what-if edit anywhere shows everywhere at once; while the
dashboard is on a hidden tab it updates once, when shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assessments.engine import SCHEMES, Assessment
from assessments.labels import target_text
from assessments.priorities import scored_indicator
from assessments.results import Row, SchemeResult, Status, Verdict
from assessments.rules.schema import CriteriaPack, DigitalPack
from desktop.i18n import lang
from desktop.models.result_table_model import gap_quantity_text
from desktop.session import Session
from desktop.widgets import parts
from desktop.widgets import status_style as style
from desktop.widgets.digital_chart import DigitalChart
from desktop.widgets.ladder_view import LadderView
from desktop.widgets.lazy_refresh import LazyRefresh
from desktop.widgets.scheme_detail import SchemeDetail
from desktop.widgets.target_card import TargetCard

TARGETS = "xiamen_2026_targets"
TARGET_ROWS = ("rd_share", "class1_ip", "digital_level")
DIGITAL = "digital_level"
GAPS_SHOWN = 6
GAPS_PER_SCHEME = 3
CELL_LINES = 5  # at 1366×768 a gap and its criterion read whole; longer ones are cut, whole in the tooltip
FULL_TEXT = Qt.ItemDataRole.UserRole
# Which results' gaps are worth listing, most pressing first; a scheme already met needs nothing.
GAP_VERDICTS = (Verdict.DOES_NOT_QUALIFY, Verdict.CANNOT_TELL, Verdict.LIKELY)
OPEN_STATUSES = (Status.NOT_MET, Status.UNKNOWN, Status.MANUAL)
SCHEME_ORDER = (TARGETS, *(name for name, _ in SCHEMES if name != TARGETS))


@dataclass(frozen=True)
class GapEntry:
    scheme: str
    row: Row


def useful_gaps(assessment: Assessment) -> list[GapEntry]:
    """Gaps of the schemes not yet met: quantities first, then gaps an input can close, then the most
    pressing verdict, in ladder order (the Xiamen targets first)."""
    ranked: list[tuple[tuple[bool, bool, int, int, int], GapEntry]] = []
    for order, scheme in enumerate(SCHEME_ORDER):
        result = assessment.results.get(scheme)
        if result is None or result.verdict not in GAP_VERDICTS:
            continue
        severity = GAP_VERDICTS.index(result.verdict)
        for position, row in enumerate(_scheme_gaps(result)):
            ranked.append(((*_kind(row), severity, order, position), GapEntry(scheme, row)))
    return _distinct([entry for _rank, entry in sorted(ranked, key=lambda pair: pair[0])])


def _distinct(entries: list[GapEntry]) -> list[GapEntry]:
    """One line per change: the targets' digital level and the digital scheme's own target ask the
    same thing of the same input; the better-ranked one stays."""
    seen: set[tuple[str, object, str]] = set()
    kept = []
    for entry in entries:
        gap = entry.row.gap
        assert gap is not None
        key = (gap.field, gap.amount, gap.unit)
        if gap.field and key in seen:
            continue
        seen.add(key)
        kept.append(entry)
    return kept


def _scheme_gaps(result: SchemeResult) -> list[Row]:
    """A few per scheme, headline criteria before scored indicators, so one scheme's long list (the
    15 digital items) does not crowd out the rest."""
    rows = [
        r for r in result.rows if r.gap is not None and r.status in OPEN_STATUSES and not scored_indicator(r)
    ]
    return sorted(rows, key=lambda r: (*_kind(r), bool(r.group)))[:GAPS_PER_SCHEME]


def _kind(row: Row) -> tuple[bool, bool]:
    """(no quantity, no input to edit): False sorts first."""
    assert row.gap is not None
    return row.gap.amount is None, not row.gap.field


def section_title() -> QLabel:
    label = parts.label("sectionTitle")
    return label


class GapTable(QTableWidget):
    """How much, what to do, and for which criterion; a click opens that criterion."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("gapTable")
        self.entries: list[GapEntry] = []
        self._shown: tuple[str, list[GapEntry]] | None = None  # (language, entries) on screen
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setShowGrid(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.setColumnWidth(2, 200)
        self.retranslate()

    def set_entries(self, entries: list[GapEntry], assessment: Assessment) -> None:
        if self._shown == (lang(), entries):
            return
        self.entries, self._shown = entries, (lang(), entries)
        self.setRowCount(len(entries))
        language = lang()
        for i, entry in enumerate(entries):
            gap = entry.row.gap
            assert gap is not None
            amount = gap_quantity_text(gap) or "—"
            where = f"{assessment[entry.scheme].title.get(language)} · {entry.row.label.get(language)}"
            self._put(i, 0, amount, bold=True)
            self._put(i, 1, gap.text.get(language))
            self._put(i, 2, where)
        self._fit_rows()

    def _put(self, row: int, column: int, text: str, bold: bool = False) -> None:
        item = QTableWidgetItem(text)
        item.setData(FULL_TEXT, text)
        item.setToolTip(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            item.setForeground(style.colour(style.AMBER_RED.ink))
        self.setItem(row, column, item)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows()  # wrapped rows need the final column widths

    def _fit_rows(self) -> None:
        """Long texts (the digital path) cut to a few lines; the whole text is in the tooltip."""
        metrics = self.fontMetrics()
        for column in (1, 2):
            budget = int(self.columnWidth(column) * CELL_LINES * 0.85)
            for row in range(self.rowCount()):
                item = self.item(row, column)
                item.setText(metrics.elidedText(item.data(FULL_TEXT), Qt.TextElideMode.ElideRight, budget))
        self.resizeRowsToContents()
        self.setFixedHeight(self._content_height())

    def _content_height(self) -> int:
        rows = sum(self.rowHeight(i) for i in range(self.rowCount()))
        return rows + self.horizontalHeader().height() + 2 * self.frameWidth() + 2

    def retranslate(self) -> None:
        self._shown = None
        self.setHorizontalHeaderLabels([self.tr("How much"), self.tr("What to close"), self.tr("For")])


class Overview(QWidget):
    """The dashboard's first page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = parts.label("dashboardHeading")
        self.targets_title = section_title()
        self.targets_note = parts.wrapped("", "targetsNote")
        self.cards = {row_id: TargetCard() for row_id in TARGET_ROWS}
        self.ladder_title = section_title()
        self.ladder = LadderView()
        self.gaps_title = section_title()
        self.gaps = GapTable()
        self.no_gaps = parts.wrapped("", "noGaps")
        self.digital_title = section_title()
        self.chart = DigitalChart()
        self._lay_out()

    def _lay_out(self) -> None:
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for card in self.cards.values():
            cards.addWidget(card, 1)
        gaps = QVBoxLayout()
        for widget in (self.gaps_title, self.gaps, self.no_gaps):
            gaps.addWidget(widget)
        gaps.addStretch()
        digital = QVBoxLayout()
        digital.addWidget(self.digital_title)
        digital.addWidget(self.chart)
        digital.addStretch()
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addLayout(gaps, 3)
        bottom.addLayout(digital, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 20)
        layout.setSpacing(8)
        for widget in (self.heading, self.targets_title, self.targets_note):
            layout.addWidget(widget)
        layout.addLayout(cards)
        layout.addWidget(self.ladder_title)
        layout.addWidget(self.ladder)
        layout.addLayout(bottom)
        layout.addStretch()


class Dashboard(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.overview = Overview()
        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.overview)
        self.detail = SchemeDetail()
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.lazy = LazyRefresh(self, lambda: self.show_assessment(self.session.assessment))
        self._connect()
        self.retranslate()

    def _connect(self) -> None:
        overview = self.overview
        for card in overview.cards.values():
            card.row_clicked.connect(lambda row_id: self.open_scheme(TARGETS, row_id))
        overview.ladder.scheme_clicked.connect(self.open_scheme)
        overview.chart.row_clicked.connect(lambda row_id: self.open_scheme(DIGITAL, row_id))
        overview.gaps.cellClicked.connect(self._on_gaps_cell_clicked)
        self.detail.back_clicked.connect(self.show_overview)
        self.session.assessed.connect(self.lazy.request)  # on another tab: when shown

    # --- navigation ---------------------------------------------------------------------------

    def open_scheme(self, scheme: str, row_id: str = "") -> None:
        self.detail.show_scheme(self.session.assessment, scheme, row_id)
        self.stack.setCurrentWidget(self.detail)

    def show_overview(self) -> None:
        self.stack.setCurrentIndex(0)

    def _on_gaps_cell_clicked(self, row: int, _column: int) -> None:
        entry = self.overview.gaps.entries[row]
        self.open_scheme(entry.scheme, entry.row.id)

    # --- content ------------------------------------------------------------------------------

    def show_assessment(self, assessment: Assessment) -> None:
        self._show_heading(assessment)
        self._show_targets(assessment)
        self.overview.ladder.set_results(assessment.results)
        self._show_gaps(assessment)
        pack = assessment.packs.get(DIGITAL)
        self.overview.chart.set_result(assessment[DIGITAL], pack if isinstance(pack, DigitalPack) else None)
        if self.stack.currentWidget() is self.detail:  # a hidden detail refreshes when opened
            self.detail.set_assessment(assessment)

    def _show_heading(self, assessment: Assessment) -> None:
        name = assessment.firm.profile.name or self.tr("(unnamed firm)")
        purpose = self.tr("re-review") if assessment.purpose.value == "review" else self.tr("new application")
        self.overview.heading.setText(
            self.tr("%1 · assessed on %2 · %3")
            .replace("%1", name)
            .replace("%2", assessment.on.isoformat())
            .replace("%3", purpose)
        )

    def _show_targets(self, assessment: Assessment) -> None:
        result = assessment[TARGETS]
        in_force = result.verdict is not Verdict.NOT_IN_FORCE
        pack = assessment.packs.get(TARGETS)
        for row_id, card in self.overview.cards.items():
            card.setVisible(in_force)
            if in_force:
                goal = (
                    target_text(pack.criterion(row_id).threshold("min"))
                    if isinstance(pack, CriteriaPack)
                    else None
                )
                card.set_row(result.row(row_id), goal)
        # In force, the pack's own title (in 2027: the end-of-period reading on FY2026); out of force, the
        # engine's summary names the last pack and when it ended.
        title = result.title.get(lang()) if in_force else self.tr("Xiamen 2026 targets")
        self.overview.targets_title.setText(title)
        # The summary says it all ("未满足：…", "全部条件满足"): a verdict before it would double it.
        self.overview.targets_note.setText(result.summary.get(lang()))

    def _show_gaps(self, assessment: Assessment) -> None:
        entries = useful_gaps(assessment)
        self.overview.gaps.set_entries(entries[:GAPS_SHOWN], assessment)
        self.overview.gaps.setVisible(bool(entries))
        self.overview.no_gaps.setVisible(len(entries) != len(entries[:GAPS_SHOWN]) or not entries)
        if not entries:
            self.overview.no_gaps.setText(self.tr("Nothing to close: every scheme in force is met."))
        else:
            more = len(entries) - GAPS_SHOWN
            self.overview.no_gaps.setText(
                self.tr("%1 more in the schemes' details.").replace("%1", str(more))
            )

    # --- language -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        overview = self.overview
        overview.ladder_title.setText(self.tr("Qualification ladder"))
        overview.gaps_title.setText(self.tr("Gaps most worth closing"))
        overview.digital_title.setText(self.tr("Digital maturity"))
        overview.gaps.retranslate()
        self.show_assessment(self.session.assessment)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
