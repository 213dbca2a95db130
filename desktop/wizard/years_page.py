"""Page 2: the financial figures of the last three fiscal years and this year's plan, as a grid."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from desktop.models.year_grid_model import Figure, Ratio
from desktop.session import Session
from desktop.widgets.year_grid import YearGrid
from desktop.wizard.form import HelpPanel
from desktop.wizard.translated_page import TranslatedPage

FIGURES = (
    Figure("revenue"),
    Figure("main_revenue"),
    Figure("net_profit", allow_negative=True),
    Figure("total_assets"),
    Figure("total_liabilities"),
    Figure("net_assets", allow_negative=True),  # negative when liabilities exceed assets
    Figure("hitech_revenue"),
    Figure("total_income"),
    Figure("costs_expenses"),
    Figure("qualified_equity"),
)


class YearsPage(TranslatedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.help = HelpPanel()
        self.grid = YearGrid(session, FIGURES, self._ratios(), self.help)
        column = QVBoxLayout()
        column.addWidget(self.grid)
        column.addStretch()
        self.place(column, self.help)
        session.changed.connect(self._on_session_changed)
        self.retranslate()

    def _ratios(self) -> list[Ratio]:
        return [
            Ratio(lambda: self.tr("Main-revenue share (%)"), "main_revenue", "revenue"),
            Ratio(lambda: self.tr("Debt ratio (%)"), "total_liabilities", "total_assets"),
            Ratio(lambda: self.tr("Net margin (%)"), "net_profit", "revenue"),
        ]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Financial figures"))
        last = self.session.doc.on.year - 1
        self.setSubTitle(
            self.tr(
                "From the annual accounts, in 10k CNY (万元). FY%1 is the last complete year before the "
                "assessment date; the last column is this year's plan, used only for what-if projections. "
                "Leave unknown cells empty: they stay “to confirm”."
            ).replace("%1", str(last))
        )
        self.grid.retranslate()
