"""Page 3: R&D spending and staff by year, and the firm's own grades for the 高企 items experts judge."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from assessments.rules.catalogue import versions_of
from assessments.rules.schema import CriteriaPack, Criterion
from assessments.schemes.hnte_score import ORGANISATION
from desktop.i18n import lang
from desktop.models.year_grid_model import Figure, Ratio
from desktop.session import Session
from desktop.widgets.year_grid import YearGrid
from desktop.wizard import bindings as b
from desktop.wizard.form import Form
from desktop.wizard.translated_page import TranslatedPage

FIGURES = (
    Figure("rd_expense"),
    Figure("rd_domestic"),
    Figure("staff", unit="staff"),
    Figure("rd_staff", unit="staff"),
    Figure("st_staff", unit="staff"),
    Figure("tech_conversions", unit="count", integer=True),
)
GRADES = "ABCDE"


def hnte_pack(session: Session) -> CriteriaPack:
    """The 高企 pack in force, or the latest one when none is (the self-score inputs stay usable)."""
    pack = session.assessment.packs.get("hnte") or versions_of("hnte")[-1]
    assert isinstance(pack, CriteriaPack)
    return pack


class _OrganisationScores:
    """The four 研发组织管理 self-scores: written together as one tuple, or none of them (to confirm)."""

    def __init__(self, form: Form, criteria: list[Criterion], titles: list[str]) -> None:
        self.criteria = criteria
        self.edits = [
            form.text(
                "hnte.organisation",
                title,
                lambda _text, i=i: self.parse(i),
                lambda scores, i=i: _num(scores[i]) if scores else "",
                QCoreApplication.translate("Form", "to confirm"),
            )
            for i, title in enumerate(titles)
        ]

    def parse(self, i: int) -> b.Parsed:
        values = []
        for criterion, edit in zip(self.criteria, self.edits, strict=False):
            ok, value, error = self._score(criterion, edit.text())
            if not ok:
                return (False, None, error) if edit is self.edits[i] else (False, None, "")
            values.append(value)
        if len(values) < len(self.criteria) or all(v is None for v in values):
            return True, None, ""
        if any(v is None for v in values):
            return (
                False,
                None,
                QCoreApplication.translate(
                    "RdStaffPage", "Enter all four self-scores, or leave all four empty"
                ),
            )
        return True, tuple(values), ""

    @staticmethod
    def _score(criterion: Criterion, text: str) -> b.Parsed:
        ok, value, error = b.parse_decimal(text)
        cap = criterion.max_points
        if ok and value is not None and cap is not None and value > cap:
            return (
                False,
                None,
                QCoreApplication.translate("RdStaffPage", "At most %1 points").replace("%1", _num(cap)),
            )
        return ok, value, error


def _num(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


class RdStaffPage(TranslatedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.form = self._make_form(session)
        self.grid = YearGrid(session, FIGURES, self._ratios(), self.form.help)
        self.form.layout().removeWidget(self.form.help)  # one help panel beside the grid and the form
        column = QVBoxLayout()
        column.addWidget(self.grid)
        column.addWidget(self.form, 1)
        self.place(column, self.form.help)
        session.changed.connect(self._on_session_changed)
        self.retranslate()

    def _ratios(self) -> list[Ratio]:
        return [
            Ratio(lambda: self.tr("R&D share of revenue (%)"), "rd_expense", "revenue"),
            Ratio(lambda: self.tr("R&D spent in China (% of R&D)"), "rd_domestic", "rd_expense"),
            Ratio(lambda: self.tr("R&D staff share (%)"), "rd_staff", "staff"),
            Ratio(lambda: self.tr("S&T staff share (%)"), "st_staff", "staff"),
        ]

    def _make_form(self, session: Session) -> Form:
        pack = hnte_pack(session)
        form = Form(session)
        form.section(self.tr("High-tech enterprise (高企) self-assessment — optional"))
        form.choice(
            "hnte.tech_advanced",
            self.tr("How advanced the core technology is (self-grade)"),
            self._grades(self.tr("high"), self.tr("fairly high"), self.tr("average"), self.tr("low")),
        )
        form.choice(
            "hnte.core_support",
            self.tr("Core support of the IP to the main products (self-grade)"),
            self._grades(self.tr("strong"), self.tr("fairly strong"), self.tr("average"), self.tr("weak")),
        )
        criteria = [pack.criterion(cid) for cid in ORGANISATION]
        self.organisation = _OrganisationScores(form, criteria, [self._score_title(c) for c in criteria])
        form.date("hnte.applying_on", self.tr("Planned application date"))
        return form

    def _score_title(self, criterion: Criterion) -> str:
        label = criterion.label_zh if lang() == "zh" else criterion.label_en
        return (
            self.tr("%1 (self-score, at most %2 points)")
            .replace("%1", label)
            .replace("%2", _num(criterion.max_points))
        )

    def _grades(self, *words: str) -> list[tuple[str, str]]:
        words = (*words, self.tr("none"))
        return [(f"{grade} — {word}", grade) for grade, word in zip(GRADES, words, strict=True)]

    def retranslate(self) -> None:
        self.setTitle(self.tr("R&D and staff"))
        self.setSubTitle(
            self.tr(
                "R&D expense in 10k CNY (万元) and head counts by fiscal year, as in the R&D sub-ledger and "
                "the staff roster. Leave unknown cells empty: they stay “to confirm”."
            )
        )
        self.grid.retranslate()
