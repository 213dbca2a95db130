"""The planned spend the support measures are worked out on: figures, small lists and the firm's own word.

Each figure is a bound input (`spend.<field>`); credit-insurance policies, pledge loans and planned
standards are small lists edited through a dialog. Empty means "not known yet": the measure's amount
stays to be estimated, never zero.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget

from assessments.model import CreditPolicy, PlannedStandard, PledgeLoan
from assessments.numbers import num
from assessments.support.matching import level_name
from desktop.i18n import lang
from desktop.session import Session
from desktop.widgets.enum_names import as_choices, standard_level_names, standard_role_names
from desktop.widgets.record_dialog import FieldSpec, RecordDialog
from desktop.widgets.record_list import RecordList
from desktop.wizard import bindings as b
from desktop.wizard.form import Form

DIGITAL_LEVELS = (1, 2, 3, 4)


class SpendRecordDialog(RecordDialog):
    """A record dialog whose `positive` inputs must be above zero (a premium rate of 0‰ means nothing)."""

    def __init__(self, parent: QWidget | None, positive: frozenset[str]) -> None:
        super().__init__(parent)
        self.positive = positive

    def parse(self, key: str) -> b.Parsed:
        ok, value, error = super().parse(key)
        if ok and key in self.positive and value is not None and value <= 0:
            return False, None, QCoreApplication.translate("SpendForm", "Must be above zero")
        return ok, value, error


class SpendForm(Form):
    """The planned spend, in the order a manager thinks of it: investment, services, finance, statements."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._block_help: dict[QObject, tuple[str, str]] = {}
        self.lists: dict[str, RecordList] = {}
        self._investment()
        self._services()
        self._finance()
        self._standards()
        self._statements()
        self.grid.setRowStretch(self._row, 1)

    # --- sections ---------------------------------------------------------------------------------

    def _investment(self) -> None:
        self.section(self.tr("Investment"))
        self.decimal("spend.equipment_last_year", self.tr("Equipment investment last year"), self.tr("万元"))
        self.decimal("spend.digital_retrofit", self.tr("Digital-retrofit spend"), self.tr("万元"))
        levels = [(level_name(self.session.assessment, n).get(lang()), n) for n in DIGITAL_LEVELS]
        self.choice(
            "spend.retrofit_level_after", self.tr("Digital level expected after the retrofit"), levels
        )
        self.decimal(
            "spend.joint_lab_equipment", self.tr("New research equipment of a joint lab"), self.tr("万元")
        )

    def _services(self) -> None:
        self.section(self.tr("Services and market"))
        self.decimal("spend.consulting", self.tr("Management-consulting fees"), self.tr("万元"))
        self.decimal("spend.training_person_days", self.tr("Digital-skills training"), self.tr("person-days"))
        self.decimal(
            "spend.fair_venue_rent", self.tr("Venue rent of domestic launches and fairs"), self.tr("万元")
        )

    def _finance(self) -> None:
        self.section(self.tr("Finance"))
        self.decimal("spend.lpr_1y_pct", self.tr("One-year loan prime rate (LPR)"), "%")
        self.block(
            "spend.ip_loans",
            self.tr("Patent and trademark pledge loans"),
            RecordList(
                self.session,
                "spend.ip_loans",
                PledgeLoan,
                self._loan_specs,
                lambda r: [num(r.amount), f"{num(r.rate_pct)}%", str(r.months)],
                lambda: [self.tr("Loan (万元)"), self.tr("Interest rate"), self.tr("Months")],
            ),
        )
        self.block(
            "spend.credit_insurance",
            self.tr("Domestic trade-credit insurance policies"),
            RecordList(
                self.session,
                "spend.credit_insurance",
                CreditPolicy,
                self._policy_specs,
                lambda r: [num(r.premium), f"{num(r.rate_permille)}‰"],
                lambda: [self.tr("Premium paid (万元)"), self.tr("Premium rate")],
                partial(SpendRecordDialog, positive=frozenset({"rate_permille"})),
            ),
        )

    def _standards(self) -> None:
        self.section(self.tr("Standards"))
        self.block(
            "spend.standards",
            self.tr("Standards the firm plans to draft"),
            RecordList(
                self.session,
                "spend.standards",
                PlannedStandard,
                self._standard_specs,
                lambda r: [standard_level_names()[r.level], standard_role_names()[r.role], str(r.count)],
                lambda: [self.tr("Level"), self.tr("Role"), self.tr("Projects")],
            ),
        )

    def _statements(self) -> None:
        self.section(self.tr("The firm's own word (no published list to check)"))
        self.yes_no("spend.reserve_listed", self.tr("On the little-giant reserve list"))
        self.yes_no("spend.key_little_giant", self.tr("Selected as a key little giant (重点小巨人)"))

    # --- full-width blocks with help ----------------------------------------------------------------

    def block(self, path: str, title: str, widget: RecordList) -> None:
        """A short list under its own caption, across the form; focusing it shows its help. With no
        planned spend yet the list is simply empty."""
        widget.table.setMinimumHeight(90)
        widget.table.setMaximumHeight(130)
        self.section(title).setObjectName("spendListTitle")
        self.grid.addWidget(widget, self._row, 0, 1, 3)
        self._row += 1
        self.lists[path] = widget
        self._block_help[widget.table] = (title, path)
        widget.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self._block_help:
            self.help.show_help(*self._block_help[watched])
        return False

    # --- list inputs ----------------------------------------------------------------------------------

    def _loan_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("amount", self.tr("Loan amount (万元)"), "decimal", required=True),
            FieldSpec("rate_pct", self.tr("Annual interest rate (%)"), "decimal", required=True),
            FieldSpec("months", self.tr("Months of interest"), "integer", required=True, minimum=0),
        ]

    def _policy_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("premium", self.tr("Premium paid (万元)"), "decimal", required=True),
            FieldSpec("rate_permille", self.tr("Premium rate (‰)"), "decimal", required=True),
        ]

    def _standard_specs(self) -> list[FieldSpec]:
        return [
            FieldSpec("level", self.tr("Level"), "choice", as_choices(standard_level_names()), True),
            FieldSpec("role", self.tr("Role"), "choice", as_choices(standard_role_names()), True),
            FieldSpec("count", self.tr("Number of projects"), "integer", required=True, minimum=1),
        ]
